//! The serde and inspection glue behind every generated struct.
//!
//! Generated code stays one line per struct (`model!(Name = "spec.name" { field: "wire", .. })`);
//! this macro writes what serde's derive would, plus what it cannot: absent vs `null`, and unknown
//! properties kept in `additional_properties` without `#[serde(flatten)]`'s buffering, and enum
//! members written back in the spelling they were received in (`wire_spellings`).

use crate::wire_spellings::{FieldSeed, Respelled};

// The paths the `model!` and `enumeration!` expansions name.
pub use crate::key::Key;
pub use crate::wire_spellings::{DecodeField, EncodeField, Recorder, Replay, WireSpellings};

/// Implements `Serialize`, `Deserialize`, [`Inspect`](crate::Inspect) and
/// [`Model`](crate::registry::Model) for a generated struct whose fields are all `Maybe<_>` plus
/// `additional_properties` and `wire_spellings`.
#[doc(hidden)]
#[macro_export]
macro_rules! model {
    ($name:ident = $spec:literal { $($field:ident : $wire:literal),* $(,)? }) => {
        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                use $crate::serde::ser::SerializeMap;
                let present: &[bool] = &[$(!self.$field.is_absent()),*];
                let len = present.iter().filter(|p| **p).count() + self.additional_properties.len();
                let mut map = serializer.serialize_map(Some(len))?;
                $( $crate::model::encode_field(&mut map, $wire, &self.$field, &self.wire_spellings)?; )*
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
                                $( $wire => $crate::model::decode_field(&mut map, $wire, &mut out.$field, &mut out.wire_spellings)?, )*
                                _ => {
                                    let value = map.next_value::<$crate::RawJson>()?;
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
                $( $crate::model::inspect_field(&self.$field, path, $wire, out); )*
                $crate::inspect::additional(path, &self.additional_properties, out);
                self.wire_spellings.inspect(path, out);
            }
        }

        impl<'de> $crate::model::DecodeField<'de> for $name {}
        impl $crate::model::EncodeField for $name {}

        impl $crate::registry::SpecName for $name {
            const SPEC_NAME: &'static str = $spec;
        }
    };
}

// The per-field work of `model!`, as one call per field: type-checking and borrow-checking the
// expanded code is what compiling a large module spends its time on.

/// Encodes one present field of a model, replaying its recorded spellings.
#[doc(hidden)]
pub fn encode_field<M: serde::ser::SerializeMap, T: EncodeField>(
    map: &mut M,
    wire: &'static str,
    value: &crate::Maybe<T>,
    spellings: &WireSpellings,
) -> Result<(), M::Error> {
    if value.is_absent() {
        return Ok(());
    }
    match spellings.of_field(wire) {
        None => map.serialize_entry(wire, value),
        Some(spellings) => map.serialize_entry(wire, &Respelled::new(value, spellings)),
    }
}

/// Decodes one field of a model into `slot`; a repeated key is an error, not a silent replacement.
#[doc(hidden)]
pub fn decode_field<'de, A: serde::de::MapAccess<'de>, T: DecodeField<'de>>(
    map: &mut A,
    wire: &'static str,
    slot: &mut crate::Maybe<T>,
    spellings: &mut WireSpellings,
) -> Result<(), A::Error> {
    if !slot.is_absent() {
        return Err(<A::Error as serde::de::Error>::duplicate_field(wire));
    }
    *slot = map.next_value_seed(FieldSeed::new(wire, spellings))?;
    Ok(())
}

/// Inspects one field of a model, if it has a value.
#[doc(hidden)]
pub fn inspect_field<T: crate::Inspect>(
    value: &crate::Maybe<T>,
    path: &str,
    wire: &str,
    out: &mut Vec<crate::Finding>,
) {
    if let Some(value) = value.value() {
        value.inspect(&crate::inspect::child_path(path, wire), out);
    }
}
