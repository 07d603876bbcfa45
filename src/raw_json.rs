//! [`RawJson`]: untyped JSON kept as the text received.

use crate::key::Key;

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
pub struct RawJson(Box<serde_json::value::RawValue>);

impl RawJson {
    /// Checks and compacts JSON text.
    pub fn from_text(text: &str) -> Result<RawJson, serde_json::Error> {
        RawJson::checked(serde_json::from_str(text)?)
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

    fn checked(raw: Box<serde_json::value::RawValue>) -> Result<RawJson, serde_json::Error> {
        let text = raw.get();
        if !text.starts_with(['{', '[']) {
            return Ok(RawJson(raw));
        }
        let mut compact = String::with_capacity(text.len());
        check_and_compact(text, 0, &mut compact)?;
        if compact == text {
            Ok(RawJson(raw))
        } else {
            serde_json::value::RawValue::from_string(compact).map(RawJson)
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

impl Default for RawJson {
    fn default() -> Self {
        RawJson(serde_json::value::RawValue::NULL.to_owned())
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &RawJson) -> bool {
        self.as_str() == other.as_str()
    }
}

/// Compares the meaning, through `serde_json::Value` (false when the text does not fit one).
impl PartialEq<serde_json::Value> for RawJson {
    fn eq(&self, other: &serde_json::Value) -> bool {
        self.parse::<serde_json::Value>().is_ok_and(|v| v == *other)
    }
}

impl std::fmt::Debug for RawJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for RawJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<serde_json::Value> for RawJson {
    fn from(value: serde_json::Value) -> Self {
        RawJson::from(&value)
    }
}

impl From<&serde_json::Value> for RawJson {
    fn from(value: &serde_json::Value) -> Self {
        // A `Value` always serializes (its keys are strings), compactly.
        RawJson(serde_json::value::to_raw_value(value).expect("a Value serializes"))
    }
}

impl std::str::FromStr for RawJson {
    type Err = serde_json::Error;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        RawJson::from_text(text)
    }
}

impl serde::Serialize for RawJson {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RawJson {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
        RawJson::checked(raw).map_err(serde::de::Error::custom)
    }
}

impl crate::Inspect for RawJson {
    fn inspect(&self, _: &str, _: &mut Vec<crate::Finding>) {}
}
