//! What a typed model saw in a payload that the spec did not promise: unknown properties and
//! enum members, values invalid for their format. Used by the `inspect` example and tests.

use std::fmt;

/// One observation, at a JSONPath-like location (`$.status.quarantine.currentBegan`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub path: String,
    pub kind: FindingKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// A property the spec does not declare (kept verbatim).
    UnknownProperty,
    /// An OData annotation such as `@odata.type` (kept verbatim; expected in real responses).
    Annotation,
    /// A string that is not a member of the named enum (kept verbatim).
    UnknownEnumMember { enumeration: &'static str, value: String },
    /// A value invalid for its format (kept verbatim; the typed accessor reports an error).
    InvalidFormat { format: &'static str, value: String },
    /// A flags or enum value of `of` (its spec name) not in the form Graph writes, kept and
    /// written back as received: flags with other spacing, order or repeats, an enum member in
    /// another case than the spec's.
    NotCanonical {
        of: &'static str,
        value: String,
        canonical: String,
    },
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            FindingKind::UnknownProperty => write!(f, "{}: property not in the spec", self.path),
            FindingKind::Annotation => write!(f, "{}: OData annotation", self.path),
            FindingKind::UnknownEnumMember { enumeration, value } => {
                write!(f, "{}: {value:?} is not a member of {enumeration}", self.path)
            }
            FindingKind::InvalidFormat { format, value } => {
                write!(f, "{}: {value:?} is not a valid {format}", self.path)
            }
            FindingKind::NotCanonical { of, value, canonical } => {
                write!(
                    f,
                    "{}: {of} {value:?} kept as received (canonical: {canonical:?})",
                    self.path
                )
            }
        }
    }
}

/// Walks a decoded value, reporting findings under `path`.
pub trait Inspect {
    fn inspect(&self, path: &str, out: &mut Vec<Finding>);
}

/// `$.a` + `b` → `$.a.b`; keys that are not plain names are bracketed: `$['@odata.type']`.
pub fn child_path(path: &str, key: &str) -> String {
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", serde_json::Value::from(key))
    }
}

macro_rules! nothing_to_inspect {
    ($($t:ty),*) => {$(
        impl Inspect for $t {
            fn inspect(&self, _: &str, _: &mut Vec<Finding>) {}
        }
    )*};
}
nothing_to_inspect!(String, bool, i32, i64, f64, serde_json::Value, crate::Base64Bytes);

impl<T: Inspect> Inspect for Vec<T> {
    fn inspect(&self, path: &str, out: &mut Vec<Finding>) {
        for (i, item) in self.iter().enumerate() {
            item.inspect(&format!("{path}[{i}]"), out);
        }
    }
}

impl<T: Inspect> Inspect for Box<T> {
    fn inspect(&self, path: &str, out: &mut Vec<Finding>) {
        (**self).inspect(path, out)
    }
}

impl<T: Inspect> Inspect for crate::Maybe<T> {
    fn inspect(&self, path: &str, out: &mut Vec<Finding>) {
        if let Some(v) = self.value() {
            v.inspect(path, out)
        }
    }
}

macro_rules! inspect_formatted {
    ($($t:ty => $format:literal),*) => {$(
        impl Inspect for $t {
            fn inspect(&self, path: &str, out: &mut Vec<Finding>) {
                if !self.is_valid() {
                    out.push(Finding {
                        path: path.to_string(),
                        kind: FindingKind::InvalidFormat { format: $format, value: self.as_str().to_string() },
                    });
                }
            }
        }
    )*};
}
inspect_formatted!(crate::DateTime => "date-time", crate::Duration => "duration", crate::Uuid => "uuid");

/// Reports the additional properties of a model.
pub fn additional(path: &str, extras: &crate::AdditionalProperties, out: &mut Vec<Finding>) {
    for key in extras.keys() {
        let kind = if key.contains('@') {
            FindingKind::Annotation
        } else {
            FindingKind::UnknownProperty
        };
        out.push(Finding {
            path: child_path(path, key),
            kind,
        });
    }
}
