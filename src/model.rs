//! The serde and inspection glue behind every generated struct.
//!
//! Generated code stays one line per struct (`model!(Name = "spec.name" { field: "wire", .. })`);
//! this macro writes what serde's derive would, plus what it cannot: absent vs `null`, and unknown
//! properties kept in `additional_properties` without `#[serde(flatten)]`'s buffering.

use std::borrow::Cow;

/// An object key, borrowed from the input when the deserializer allows it.
#[doc(hidden)]
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// Implements `Serialize`, `Deserialize`, [`Inspect`](crate::Inspect) and
/// [`Model`](crate::registry::Model) for a generated struct whose fields are all `Maybe<_>` plus
/// `additional_properties`.
#[doc(hidden)]
#[macro_export]
macro_rules! model {
    ($name:ident = $spec:literal { $($field:ident : $wire:literal),* $(,)? }) => {
        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                use $crate::serde::ser::SerializeMap;
                let len = 0 $(+ usize::from(!self.$field.is_absent()))* + self.additional_properties.len();
                let mut map = serializer.serialize_map(Some(len))?;
                $(
                    if !self.$field.is_absent() {
                        map.serialize_entry($wire, &self.$field)?;
                    }
                )*
                for (key, value) in &self.additional_properties {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                struct Visitor;
                impl<'de> $crate::serde::de::Visitor<'de> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                        f.write_str(concat!("a JSON object (", $spec, ")"))
                    }
                    fn visit_map<A: $crate::serde::de::MapAccess<'de>>(self, mut map: A) -> ::core::result::Result<$name, A::Error> {
                        let mut out = <$name as ::core::default::Default>::default();
                        while let Some(key) = map.next_key::<$crate::model::Key<'de>>()? {
                            match &*key.0 {
                                $(
                                    $wire => {
                                        if !out.$field.is_absent() {
                                            return Err(<A::Error as $crate::serde::de::Error>::duplicate_field($wire));
                                        }
                                        out.$field = map.next_value()?;
                                    }
                                )*
                                _ => {
                                    let value = map.next_value_seed($crate::model::StrictValue)?;
                                    // A repeated unknown key would silently replace the first value.
                                    if out.additional_properties.insert(key.0.into_owned(), value).is_some() {
                                        return Err(<A::Error as $crate::serde::de::Error>::custom("duplicate property"));
                                    }
                                }
                            }
                        }
                        Ok(out)
                    }
                }
                deserializer.deserialize_map(Visitor)
            }
        }

        impl $crate::Inspect for $name {
            fn inspect(&self, path: &str, out: &mut ::std::vec::Vec<$crate::Finding>) {
                $(
                    if let Some(value) = self.$field.value() {
                        $crate::Inspect::inspect(value, &$crate::inspect::child_path(path, $wire), out);
                    }
                )*
                $crate::inspect::additional(path, &self.additional_properties, out);
            }
        }

        impl $crate::registry::SpecName for $name {
            const SPEC_NAME: &'static str = $spec;
        }
    };
}

/// Decodes any JSON value like `serde_json::Value`, but refuses duplicate object keys at any depth
/// (a `Value` would keep only the last, silently dropping the others).
#[doc(hidden)]
pub struct StrictValue;

impl<'de> serde::de::DeserializeSeed<'de> for StrictValue {
    type Value = serde_json::Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<serde_json::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for StrictValue {
    type Value = serde_json::Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<serde_json::Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> Result<serde_json::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_none<E>(self) -> Result<serde_json::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<serde_json::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<serde_json::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrictValue)? {
            items.push(item);
        }
        Ok(serde_json::Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<serde_json::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let value = map.next_value_seed(StrictValue)?;
            if object.insert(key.0.into_owned(), value).is_some() {
                return Err(serde::de::Error::custom("duplicate property"));
            }
        }
        Ok(serde_json::Value::Object(object))
    }
}

/// Untyped JSON (`type: object` without declared properties, or any value), decoded strictly:
/// duplicate keys at any depth are an error rather than silently dropped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Json(pub serde_json::Value);

impl std::ops::Deref for Json {
    type Target = serde_json::Value;
    fn deref(&self) -> &serde_json::Value {
        &self.0
    }
}

impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Self {
        Json(value)
    }
}

impl serde::Serialize for Json {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::DeserializeSeed::deserialize(StrictValue, deserializer).map(Json)
    }
}

impl crate::Inspect for Json {
    fn inspect(&self, _: &str, _: &mut Vec<crate::Finding>) {}
}
