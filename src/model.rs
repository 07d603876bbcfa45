//! The serde and inspection glue behind every generated struct.
//!
//! Generated code stays one line per struct (`model!(Name = "spec.name" { field: "wire", .. })`);
//! this macro writes what serde's derive would, plus what it cannot: absent vs `null`, and unknown
//! properties kept in `additional_properties` without `#[serde(flatten)]`'s buffering, and enum
//! members written back in the spelling they were received in (`wire_spellings`).

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
                                    let value = map.next_value::<$crate::Json>()?;
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

/// Where, in one model's fields, enum members were received in a spelling other than the spec's
/// (`galleryApplicationIdentifier` for `GalleryApplicationIdentifier`): encoding writes them back
/// as received, so a GET → PUT changes nothing the user did not touch. Empty (no allocation) for
/// the usual payload.
///
/// Spelling is not part of a value's meaning (Graph matches enum members ignoring case), so it
/// never affects equality: two models differing only in it compare equal, as their enum values do.
#[derive(Clone, Debug, Default)]
pub struct WireSpellings(Vec<Spelling>);

/// One enum member received in another spelling than the spec's.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct Spelling {
    /// Wire name of the model's field.
    field: &'static str,
    /// Which enum value of that field, counting in encoding order (the index in a list).
    occurrence: u32,
    /// The spelling received.
    text: Box<str>,
    enumeration: &'static str,
    /// The spec's spelling.
    spec: &'static str,
}

impl PartialEq for WireSpellings {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl WireSpellings {
    /// Whether nothing was received in another spelling.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Forgets the received spellings: every member is written in the spec's spelling.
    pub fn clear(&mut self) {
        self.0.clear();
    }
    #[doc(hidden)]
    pub fn of_field(&self, field: &str) -> Option<&[Spelling]> {
        let all = &self.0;
        // A field is decoded once (a repeated key is an error), so its entries are contiguous.
        let start = all.iter().position(|s| s.field == field)?;
        let len = all[start..].iter().take_while(|s| s.field == field).count();
        Some(&all[start..start + len])
    }
    #[doc(hidden)]
    pub fn inspect(&self, path: &str, out: &mut Vec<crate::Finding>) {
        for s in &self.0 {
            out.push(crate::Finding {
                path: crate::inspect::child_path(path, s.field),
                kind: crate::FindingKind::NotCanonical {
                    of: s.enumeration,
                    value: s.text.to_string(),
                    canonical: s.spec.to_string(),
                },
            });
        }
    }
}

/// Counts the enum values decoded in one field and records those received in another spelling.
#[doc(hidden)]
pub struct Recorder<'a> {
    field: &'static str,
    next: u32,
    out: &'a mut WireSpellings,
}

impl Recorder<'_> {
    /// Called for each enum value of the field: `spec` is the spec's spelling of the member matched.
    pub fn enum_value(&mut self, text: &str, matched: Option<&'static str>, enumeration: &'static str) {
        let occurrence = self.next;
        self.next += 1;
        if let Some(spec) = matched.filter(|spec| *spec != text) {
            self.out.0.push(Spelling {
                field: self.field,
                occurrence,
                text: text.into(),
                enumeration,
                spec,
            });
        }
    }
}

/// Replays the recorded spellings of one field while it is encoded.
#[doc(hidden)]
pub struct Replay<'a> {
    next: std::cell::Cell<u32>,
    spellings: &'a [Spelling],
}

impl Replay<'_> {
    /// The spelling to write for the next enum value of the field, whose spec spelling is `spec`:
    /// the received one if it still names that member (the value may have been changed since).
    pub fn enum_value(&self, spec: &str) -> Option<&str> {
        let occurrence = self.next.get();
        self.next.set(occurrence + 1);
        self.spellings
            .iter()
            .find(|s| s.occurrence == occurrence)
            .map(|s| &*s.text)
            .filter(|text| text.eq_ignore_ascii_case(spec))
    }
}

/// A field type's decoding, with the enum values in it recorded. Only enums (and the containers
/// around them) override the default, which is plain `Deserialize`.
#[doc(hidden)]
pub trait DecodeField<'de>: serde::Deserialize<'de> {
    fn decode<D: serde::Deserializer<'de>>(deserializer: D, _: &mut Recorder<'_>) -> Result<Self, D::Error> {
        Self::deserialize(deserializer)
    }
}

/// A field type's encoding, with recorded spellings replayed. Only enums (and the containers
/// around them) override the default, which is plain `Serialize`.
#[doc(hidden)]
pub trait EncodeField: serde::Serialize {
    fn encode<S: serde::Serializer>(&self, serializer: S, _: &Replay<'_>) -> Result<S::Ok, S::Error> {
        self.serialize(serializer)
    }
}

macro_rules! plain_fields {
    ($($t:ty),*) => {$(
        impl<'de> DecodeField<'de> for $t {}
        impl EncodeField for $t {}
    )*};
}
plain_fields!(
    String,
    bool,
    i32,
    i64,
    f64,
    crate::Uuid,
    crate::Bytes,
    crate::DateTime,
    crate::Duration,
    Json
);
impl<'de, M: crate::Enumeration> DecodeField<'de> for crate::Flags<M> {}
impl<M: crate::Enumeration> EncodeField for crate::Flags<M> {}

/// Decodes one field of a model (`Maybe<T>`), recording its enum values' spellings.
#[doc(hidden)]
pub struct FieldSeed<'a, T> {
    recorder: Recorder<'a>,
    _type: std::marker::PhantomData<T>,
}

impl<'a, T> FieldSeed<'a, T> {
    pub fn new(field: &'static str, out: &'a mut WireSpellings) -> Self {
        FieldSeed {
            recorder: Recorder { field, next: 0, out },
            _type: std::marker::PhantomData,
        }
    }
}

impl<'de, T: DecodeField<'de>> serde::de::DeserializeSeed<'de> for FieldSeed<'_, T> {
    type Value = T;
    fn deserialize<D: serde::Deserializer<'de>>(mut self, deserializer: D) -> Result<T, D::Error> {
        T::decode(deserializer, &mut self.recorder)
    }
}

/// One value decoded through [`DecodeField`] with a borrowed recorder (list items, options).
struct Seed<'r, 'a, T>(&'r mut Recorder<'a>, std::marker::PhantomData<T>);

impl<'de, T: DecodeField<'de>> serde::de::DeserializeSeed<'de> for Seed<'_, '_, T> {
    type Value = T;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::decode(deserializer, self.0)
    }
}

impl<'de, T: DecodeField<'de>> DecodeField<'de> for crate::Maybe<T> {
    fn decode<D: serde::Deserializer<'de>>(deserializer: D, recorder: &mut Recorder<'_>) -> Result<Self, D::Error> {
        struct Visitor<'r, 'a, T>(&'r mut Recorder<'a>, std::marker::PhantomData<T>);
        impl<'de, T: DecodeField<'de>> serde::de::Visitor<'de> for Visitor<'_, '_, T> {
            type Value = crate::Maybe<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a value or null")
            }
            fn visit_none<E>(self) -> Result<Self::Value, E> {
                Ok(crate::Maybe::Null)
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(crate::Maybe::Null)
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
                T::decode(deserializer, self.0).map(crate::Maybe::Value)
            }
        }
        deserializer.deserialize_option(Visitor(recorder, std::marker::PhantomData))
    }
}

impl<'de, T: DecodeField<'de>> DecodeField<'de> for Vec<T> {
    fn decode<D: serde::Deserializer<'de>>(deserializer: D, recorder: &mut Recorder<'_>) -> Result<Self, D::Error> {
        struct Visitor<'r, 'a, T>(&'r mut Recorder<'a>, std::marker::PhantomData<T>);
        impl<'de, T: DecodeField<'de>> serde::de::Visitor<'de> for Visitor<'_, '_, T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON array")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // As serde's own `Vec` impl: never trust a size hint for more than a little.
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(item) = seq.next_element_seed(Seed::<T>(self.0, std::marker::PhantomData))? {
                    items.push(item);
                }
                Ok(items)
            }
        }
        deserializer.deserialize_seq(Visitor(recorder, std::marker::PhantomData))
    }
}

impl<'de, T: DecodeField<'de>> DecodeField<'de> for Box<T> {
    fn decode<D: serde::Deserializer<'de>>(deserializer: D, recorder: &mut Recorder<'_>) -> Result<Self, D::Error> {
        T::decode(deserializer, recorder).map(Box::new)
    }
}

/// A field value encoded through [`EncodeField`], replaying its recorded spellings.
#[doc(hidden)]
pub struct Respelled<'a, T> {
    value: &'a T,
    replay: Replay<'a>,
}

impl<'a, T> Respelled<'a, T> {
    pub fn new(value: &'a T, spellings: &'a [Spelling]) -> Self {
        Respelled {
            value,
            replay: Replay {
                next: std::cell::Cell::new(0),
                spellings,
            },
        }
    }
}

impl<T: EncodeField> serde::Serialize for Respelled<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.encode(serializer, &self.replay)
    }
}

/// A list item or option value encoded through [`EncodeField`] with a borrowed replay.
struct Item<'a, T>(&'a T, &'a Replay<'a>);

impl<T: EncodeField> serde::Serialize for Item<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.encode(serializer, self.1)
    }
}

impl<T: EncodeField> EncodeField for crate::Maybe<T> {
    fn encode<S: serde::Serializer>(&self, serializer: S, replay: &Replay<'_>) -> Result<S::Ok, S::Error> {
        match self {
            crate::Maybe::Value(v) => v.encode(serializer, replay),
            _ => serializer.serialize_none(),
        }
    }
}

impl<T: EncodeField> EncodeField for Vec<T> {
    fn encode<S: serde::Serializer>(&self, serializer: S, replay: &Replay<'_>) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for item in self {
            seq.serialize_element(&Item(item, replay))?;
        }
        seq.end()
    }
}

impl<T: EncodeField> EncodeField for Box<T> {
    fn encode<S: serde::Serializer>(&self, serializer: S, replay: &Replay<'_>) -> Result<S::Ok, S::Error> {
        (**self).encode(serializer, replay)
    }
}

/// serde_json's own nesting limit, applied to the containers inside an untyped value.
const MAX_DEPTH: usize = 128;

/// Untyped JSON: a property the spec types as any object, or one it does not declare
/// (`additional_properties`). Kept as the text received, so nothing is lost that a
/// `serde_json::Value` would lose: numbers of any length or precision
/// (`123456789012345678901234567890`, `1e-400`), and string escapes, exactly as sent.
///
/// Decoding checks it strictly (duplicate keys at any depth are an error, not a silent loss;
/// nesting is bounded) and drops only the whitespace between tokens. Encoding writes it back
/// verbatim. Equality compares that text. Read it with [`parse`](Self::parse) into any type
/// (`serde_json::Value`, `u128`, your own struct).
#[derive(Clone)]
pub struct Json(Box<serde_json::value::RawValue>);

impl Json {
    /// Checks and compacts JSON text.
    pub fn from_text(text: &str) -> Result<Json, serde_json::Error> {
        Json::checked(serde_json::from_str(text)?)
    }
    /// The JSON text, as received (whitespace between tokens aside).
    pub fn as_str(&self) -> &str {
        self.0.get()
    }
    /// Decodes the text as `T`: `serde_json::Value` (whose numbers are `f64`, `i64` or `u64`),
    /// or a type that keeps what you need (`u128`, a string of digits via your own visitor).
    pub fn parse<'a, T: serde::Deserialize<'a>>(&'a self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.0.get())
    }

    fn checked(raw: Box<serde_json::value::RawValue>) -> Result<Json, serde_json::Error> {
        let text = raw.get();
        if !text.starts_with(['{', '[']) {
            return Ok(Json(raw));
        }
        let mut compact = String::with_capacity(text.len());
        check_and_compact(text, 0, &mut compact)?;
        if compact == text {
            Ok(Json(raw))
        } else {
            serde_json::value::RawValue::from_string(compact).map(Json)
        }
    }
}

/// Writes `text` (one JSON value) to `out` without whitespace between tokens, refusing duplicate
/// object keys. Leaves (strings, numbers, literals) are copied byte for byte.
fn check_and_compact(text: &str, depth: usize, out: &mut String) -> Result<(), serde_json::Error> {
    use serde::de::Error;
    use serde_json::value::RawValue;
    match text.as_bytes().first() {
        Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => Err(serde_json::Error::custom("recursion limit exceeded")),
        Some(b'{') => {
            let members: Members = serde_json::from_str(text)?;
            out.push('{');
            for (i, (key, value)) in members.0.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::Value::from(&**key).to_string());
                out.push(':');
                check_and_compact(value.get(), depth + 1, out)?;
            }
            out.push('}');
            Ok(())
        }
        Some(b'[') => {
            let items: Vec<&RawValue> = serde_json::from_str(text)?;
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                check_and_compact(item.get(), depth + 1, out)?;
            }
            out.push(']');
            Ok(())
        }
        _ => {
            out.push_str(text);
            Ok(())
        }
    }
}

/// The members of one JSON object in order, values unparsed; a repeated key is an error.
struct Members<'a>(Vec<(std::borrow::Cow<'a, str>, &'a serde_json::value::RawValue)>);

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Members<'de>, A::Error> {
                let mut members: Vec<(std::borrow::Cow<'de, str>, &'de serde_json::value::RawValue)> = Vec::new();
                let mut seen = std::collections::HashSet::new();
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    if !seen.insert(key.0.clone()) {
                        return Err(serde::de::Error::custom(format_args!("duplicate property {:?}", key.0)));
                    }
                    members.push((key.0, map.next_value()?));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Default for Json {
    fn default() -> Self {
        Json(serde_json::value::RawValue::NULL.to_owned())
    }
}

impl PartialEq for Json {
    fn eq(&self, other: &Json) -> bool {
        self.as_str() == other.as_str()
    }
}

/// Compares the meaning, through `serde_json::Value` (false when the text does not fit one).
impl PartialEq<serde_json::Value> for Json {
    fn eq(&self, other: &serde_json::Value) -> bool {
        self.parse::<serde_json::Value>().is_ok_and(|v| v == *other)
    }
}

impl std::fmt::Debug for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Self {
        Json::from(&value)
    }
}

impl From<&serde_json::Value> for Json {
    fn from(value: &serde_json::Value) -> Self {
        // A `Value` always serializes (its keys are strings), compactly.
        Json(serde_json::value::to_raw_value(value).expect("a Value serializes"))
    }
}

impl std::str::FromStr for Json {
    type Err = serde_json::Error;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Json::from_text(text)
    }
}

impl serde::Serialize for Json {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
        Json::checked(raw).map_err(serde::de::Error::custom)
    }
}

impl crate::Inspect for Json {
    fn inspect(&self, _: &str, _: &mut Vec<crate::Finding>) {}
}
