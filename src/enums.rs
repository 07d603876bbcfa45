//! Evolvable enums and flags sets.
//!
//! Matching rule: a wire string is matched against the spec's members exactly first, then
//! ignoring ASCII case (Graph's service parses enums case-insensitively, and the spec itself spells
//! the sentinel both `unknownFutureValue` and `UnknownFutureValue`; the docs send `"string"` for
//! `String`). A known member is always written in the spec's spelling. Anything else is kept in
//! `Unrecognized` and written back verbatim.

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
/// Decoding accepts any spacing around commas and keeps unknown members. Encoding writes known
/// members in declaration order (as .NET's `Enum.ToString` does), then unknown ones sorted,
/// separated by `", "`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Flags<M> {
    members: Vec<M>,
}

impl<M> Default for Flags<M> {
    fn default() -> Self {
        Flags { members: Vec::new() }
    }
}

impl<M: Enumeration> Flags<M> {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }
    /// Decodes Graph's comma-separated form.
    pub fn from_wire(text: &str) -> Self {
        let mut set = Self::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            set.insert(M::from_wire(part));
        }
        set
    }
    /// Adds a member (no duplicates), keeping the canonical order: known members in declaration
    /// order, then unknown ones by their text, so two equal sets compare (and hash) equal.
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
        self.members.retain(|m| m != member);
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
        serializer.collect_str(self)
    }
}

impl<'de, M: Enumeration> serde::Deserialize<'de> for Flags<M> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = crate::model::Key::deserialize(deserializer)?;
        Ok(Self::from_wire(&text.0))
    }
}

impl<M: Enumeration> crate::Inspect for Flags<M> {
    fn inspect(&self, path: &str, out: &mut Vec<crate::Finding>) {
        for m in &self.members {
            inspect_member(m, path, out);
        }
    }
}
