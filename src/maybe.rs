//! `Maybe<T>`: a property that is absent, explicitly `null`, or has a value.
//!
//! Graph distinguishes the three: a response may omit a property (`$select`) or send `null`, and a
//! PATCH that sends `null` clears a value while one that omits it leaves it alone.

/// An optional, nullable property. `Default` is [`Maybe::Absent`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Maybe<T> {
    /// Not present in the JSON object.
    #[default]
    Absent,
    /// Present as `null`.
    Null,
    /// Present with a value.
    Value(T),
}

impl<T> Maybe<T> {
    /// The value, if there is one (absent and `null` both read as `None`).
    pub fn value(&self) -> Option<&T> {
        match self {
            Maybe::Value(v) => Some(v),
            _ => None,
        }
    }
    /// Mutable access to the value, if there is one.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Maybe::Value(v) => Some(v),
            _ => None,
        }
    }
    /// Consumes the property, keeping only the value.
    pub fn into_value(self) -> Option<T> {
        match self {
            Maybe::Value(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_absent(&self) -> bool {
        matches!(self, Maybe::Absent)
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Maybe::Null)
    }
    pub fn is_value(&self) -> bool {
        matches!(self, Maybe::Value(_))
    }
    /// `Some(v)` → `Value(v)`, `None` → `Absent` (leave the property out).
    pub fn from_option(option: Option<T>) -> Self {
        option.map_or(Maybe::Absent, Maybe::Value)
    }
    /// Maps the value, keeping absent and null as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Maybe<U> {
        match self {
            Maybe::Absent => Maybe::Absent,
            Maybe::Null => Maybe::Null,
            Maybe::Value(v) => Maybe::Value(f(v)),
        }
    }
    /// A view of the value by reference.
    pub fn as_ref(&self) -> Maybe<&T> {
        match self {
            Maybe::Absent => Maybe::Absent,
            Maybe::Null => Maybe::Null,
            Maybe::Value(v) => Maybe::Value(v),
        }
    }
}

impl<T> From<T> for Maybe<T> {
    fn from(value: T) -> Self {
        Maybe::Value(value)
    }
}

/// Serializes `null` for both `Null` and `Absent`; models skip absent properties before calling this.
impl<T: serde::Serialize> serde::Serialize for Maybe<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Maybe::Value(v) => v.serialize(serializer),
            _ => serializer.serialize_none(),
        }
    }
}

/// A present key decodes to `Null` or `Value`; absence is decided by the containing model.
impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Maybe<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|o| o.map_or(Maybe::Null, Maybe::Value))
    }
}
