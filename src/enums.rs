//! Evolvable enums and flags sets.
//!
//! Matching rule: a wire string is matched against the spec's members exactly first, then
//! ignoring ASCII case (Graph's service parses enums case-insensitively, and the spec itself spells
//! the sentinel both `unknownFutureValue` and `UnknownFutureValue`; the docs send `"string"` for
//! `String`). Anything else is kept in `Unrecognized` and written back verbatim.
//!
//! Nothing received is respelled: a member received in another case (`galleryApplicationIdentifier`
//! for the v1.0 spec's `GalleryApplicationIdentifier`) is the variant, and the model holding it
//! remembers the spelling ([`WireSpellings`](crate::WireSpellings)) and writes it back; flags keep
//! their text unless it is already in Graph's form. Values built in code are written in the
//! spec's spelling and Graph's form.

use std::fmt;

/// Implemented by every generated enum.
pub trait Enumeration: Sized + Clone + PartialEq {
    /// The spec's members, in declaration order.
    const MEMBERS: &'static [&'static str];
    /// The spec name of the enum (`microsoft.graph.objectFlowTypes`).
    const ENUM_NAME: &'static str;
    /// Decodes a wire string (never fails: unknown strings are kept).
    fn from_wire(text: &str) -> Self;
    /// The wire string.
    fn as_str(&self) -> &str;
    /// Declaration index of a known member; `None` for an unrecognized one.
    fn ordinal(&self) -> Option<usize>;
}

/// The index in `members` of `text`, exactly or ignoring ASCII case.
#[doc(hidden)]
pub fn match_member(members: &[&str], text: &str) -> Option<usize> {
    members
        .iter()
        .position(|m| *m == text)
        .or_else(|| members.iter().position(|m| m.eq_ignore_ascii_case(text)))
}

/// Implements [`Enumeration`], serde, `Display`, `FromStr` and `Inspect` for a generated enum.
#[doc(hidden)]
#[macro_export]
macro_rules! evolvable_enum {
    ($name:ident = $spec:literal { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $crate::Enumeration for $name {
            const MEMBERS: &'static [&'static str] = &[$($wire),*];
            const ENUM_NAME: &'static str = $spec;
            fn from_wire(text: &str) -> Self {
                const VARIANTS: &[$name] = &[$($name::$variant),*];
                match $crate::enums::match_member(Self::MEMBERS, text) {
                    Some(i) => VARIANTS[i].clone(),
                    None => $name::Unrecognized(text.to_string()),
                }
            }
            fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)*
                    $name::Unrecognized(text) => text,
                }
            }
            fn ordinal(&self) -> Option<usize> {
                Self::MEMBERS.iter().position(|m| *m == $crate::Enumeration::as_str(self))
                    .filter(|_| !matches!(self, $name::Unrecognized(_)))
            }
        }
        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::Enumeration::as_str(self))
            }
        }
        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(<$name as $crate::Enumeration>::from_wire(text))
            }
        }
        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str($crate::Enumeration::as_str(self))
            }
        }
        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let text = <$crate::model::Key<'de> as $crate::serde::Deserialize>::deserialize(deserializer)?;
                Ok(<$name as $crate::Enumeration>::from_wire(&text.0))
            }
        }
        impl $crate::Inspect for $name {
            fn inspect(&self, path: &str, out: &mut ::std::vec::Vec<$crate::Finding>) {
                $crate::enums::inspect_member(self, path, out)
            }
        }
        impl $crate::registry::SpecName for $name {
            const SPEC_NAME: &'static str = $spec;
        }
        impl<'de> $crate::model::DecodeField<'de> for $name {
            fn decode<D: $crate::serde::Deserializer<'de>>(deserializer: D, recorder: &mut $crate::model::Recorder<'_>) -> ::core::result::Result<Self, D::Error> {
                const VARIANTS: &[$name] = &[$($name::$variant),*];
                let members = <$name as $crate::Enumeration>::MEMBERS;
                let text = <$crate::model::Key<'de> as $crate::serde::Deserialize>::deserialize(deserializer)?;
                let matched = $crate::enums::match_member(members, &text.0);
                recorder.enum_value(&text.0, matched.map(|i| members[i]), $spec);
                Ok(match matched {
                    Some(i) => VARIANTS[i].clone(),
                    None => $name::Unrecognized(text.0.into_owned()),
                })
            }
        }
        impl $crate::model::EncodeField for $name {
            fn encode<S: $crate::serde::Serializer>(&self, serializer: S, replay: &$crate::model::Replay<'_>) -> ::core::result::Result<S::Ok, S::Error> {
                let spec = $crate::Enumeration::as_str(self);
                // Every value advances the count, as every value did when decoding.
                let received = replay.enum_value(spec);
                match self {
                    $name::Unrecognized(_) => serializer.serialize_str(spec),
                    _ => serializer.serialize_str(received.unwrap_or(spec)),
                }
            }
        }
    };
}

#[doc(hidden)]
pub fn inspect_member<E: Enumeration>(member: &E, path: &str, out: &mut Vec<crate::Finding>) {
    if member.ordinal().is_none() {
        out.push(crate::Finding {
            path: path.to_string(),
            kind: crate::FindingKind::UnknownEnumMember {
                enumeration: E::ENUM_NAME,
                value: member.as_str().to_string(),
            },
        });
    }
}

/// A flags enum (`x-ms-enum-flags`): a set of members, on the wire `"Watermark, Escrows"`.
///
/// Decoding accepts any spacing around commas, repeats and empty members, matches members as
/// enums do, and keeps unknown ones. Graph's form (what .NET's `Enum.ToString` writes) is known
/// members in declaration order, then unknown ones sorted, separated by `", "`: a value received
/// in another form (`"Add,Delete"`, `" Quarantine"`, `"Add, Add"`, `",,"`, `"add"`) keeps its
/// text and is written back as received; inspection reports it
/// ([`FindingKind::NotCanonical`](crate::FindingKind::NotCanonical)). A set built or changed in
/// code is written in Graph's form.
///
/// Equality and hashing are those of the set (Graph reads both forms alike): `"A,B"` equals
/// `"B, A"`. [`as_str`](Self::as_str) is the text that will be written.
#[derive(Clone, Debug)]
pub struct Flags<M> {
    members: Vec<M>,
    /// The text received, when it is not Graph's form of `members`.
    received: Option<Box<str>>,
}

impl<M> Default for Flags<M> {
    fn default() -> Self {
        Flags {
            members: Vec::new(),
            received: None,
        }
    }
}

impl<M: PartialEq> PartialEq for Flags<M> {
    fn eq(&self, other: &Self) -> bool {
        self.members == other.members
    }
}

impl<M: Eq> Eq for Flags<M> {}

impl<M: std::hash::Hash> std::hash::Hash for Flags<M> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.members.hash(state)
    }
}

impl<M: Enumeration> Flags<M> {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }
    /// Decodes Graph's comma-separated form, keeping the text when it is not in that form.
    pub fn from_wire(text: &str) -> Self {
        let mut set = Self::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            set.insert(M::from_wire(part));
        }
        if set.canonical_text() != text {
            set.received = Some(text.into());
        }
        set
    }
    /// Adds a member (no duplicates), keeping the canonical order: known members in declaration
    /// order, then unknown ones by their text, so two equal sets compare (and hash) equal. A
    /// change made in code is written in Graph's form.
    pub fn insert(&mut self, member: M) {
        if self.members.contains(&member) {
            return;
        }
        fn key<M: Enumeration>(m: &M) -> (usize, &str) {
            match m.ordinal() {
                Some(i) => (i, ""),
                None => (usize::MAX, m.as_str()),
            }
        }
        let at = self.members.partition_point(|m| key(m) <= key(&member));
        self.members.insert(at, member);
        self.received = None;
    }
    /// Builder form of [`insert`](Self::insert).
    pub fn with(mut self, member: M) -> Self {
        self.insert(member);
        self
    }
    pub fn contains(&self, member: &M) -> bool {
        self.members.contains(member)
    }
    pub fn remove(&mut self, member: &M) {
        let before = self.members.len();
        self.members.retain(|m| m != member);
        if self.members.len() != before {
            self.received = None;
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = &M> {
        self.members.iter()
    }
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
    pub fn len(&self) -> usize {
        self.members.len()
    }
    /// Whether the text written is Graph's form (always, for a set built in code).
    pub fn is_canonical(&self) -> bool {
        self.received.is_none()
    }
    /// The same set, to be written in Graph's form.
    pub fn to_canonical(&self) -> Self {
        Flags {
            members: self.members.clone(),
            received: None,
        }
    }
    /// The text that is written: as received, or Graph's form.
    pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
        match &self.received {
            Some(text) => std::borrow::Cow::Borrowed(text),
            None => std::borrow::Cow::Owned(self.canonical_text()),
        }
    }
    fn canonical_text(&self) -> String {
        let mut text = String::new();
        for (i, m) in self.members.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(m.as_str());
        }
        text
    }
}

impl<M: Enumeration> FromIterator<M> for Flags<M> {
    fn from_iter<I: IntoIterator<Item = M>>(iter: I) -> Self {
        let mut set = Self::new();
        for m in iter {
            set.insert(m);
        }
        set
    }
}

impl<M: Enumeration> fmt::Display for Flags<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = &self.received {
            return f.write_str(text);
        }
        for (i, m) in self.members.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(m.as_str())?;
        }
        Ok(())
    }
}

impl<M: Enumeration> serde::Serialize for Flags<M> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.received {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de, M: Enumeration> serde::Deserialize<'de> for Flags<M> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = crate::key::Key::deserialize(deserializer)?;
        Ok(Self::from_wire(&text.0))
    }
}

impl<M: Enumeration> crate::Inspect for Flags<M> {
    fn inspect(&self, path: &str, out: &mut Vec<crate::Finding>) {
        for m in &self.members {
            inspect_member(m, path, out);
        }
        if let Some(text) = &self.received {
            out.push(crate::Finding {
                path: path.to_string(),
                kind: crate::FindingKind::NotCanonical {
                    of: M::ENUM_NAME,
                    value: text.to_string(),
                    canonical: self.canonical_text(),
                },
            });
        }
    }
}
