//! Enum members received in another spelling than the spec's, recorded while a model decodes and
//! written back as received when it encodes, through each field's [`DecodeField`] and
//! [`EncodeField`].

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
    crate::Base64Bytes,
    crate::DateTime,
    crate::Duration,
    crate::RawJson
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
