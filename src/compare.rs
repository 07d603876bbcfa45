//! Comparing a payload with its re-encoding, the way the docs tests and `inspect` do: object key
//! order never matters. A difference only in spelling (an enum member's case, a flags value's form)
//! is classified as such; the models write back what they receive, so for a decoded payload any
//! difference, spelling included, is a change.

use serde_json::Value;
use std::fmt;

/// One difference between the input and the re-encoded JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub path: String,
    pub kind: DifferenceKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DifferenceKind {
    /// In the input, not in the output.
    Dropped(Value),
    /// In the output, not in the input.
    Added(Value),
    /// Different values.
    Changed { input: Value, output: Value },
    /// A flags value written in Graph's form (same members, other order or spacing).
    FlagsNormalized { input: String, output: String },
    /// An enum member written in the spec's spelling (it matched ignoring ASCII case).
    CaseNormalized { input: String, output: String },
}

impl Difference {
    /// Whether this is a difference in spelling only (the same enum member or flags set), rather
    /// than a loss or another value.
    pub fn is_normalization(&self) -> bool {
        matches!(
            self.kind,
            DifferenceKind::FlagsNormalized { .. } | DifferenceKind::CaseNormalized { .. }
        )
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.path;
        match &self.kind {
            DifferenceKind::Dropped(v) => write!(f, "{p}: dropped {v}"),
            DifferenceKind::Added(v) => write!(f, "{p}: added {v}"),
            DifferenceKind::Changed { input, output } => write!(f, "{p}: {input} became {output}"),
            DifferenceKind::FlagsNormalized { input, output } => {
                write!(f, "{p}: flags {input:?} written as {output:?}")
            }
            DifferenceKind::CaseNormalized { input, output } => {
                write!(f, "{p}: enum member {input:?} written as {output:?}")
            }
        }
    }
}

/// Every difference between `input` and `output`, in path order.
pub fn compare(input: &Value, output: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    walk("$", input, output, &mut out);
    out
}

/// Whether `output` is a flags value in Graph's written form: members joined by `", "`.
fn is_flags_form(output: &str) -> bool {
    output.split(", ").all(|m| !m.is_empty() && m.trim() == m)
}

/// The members of a flags value, compared ignoring ASCII case (as enum members are matched).
fn flags_set(text: &str) -> Vec<String> {
    let mut members: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    members.sort_unstable();
    members
}

fn walk(path: &str, input: &Value, output: &Value, out: &mut Vec<Difference>) {
    let push = |out: &mut Vec<Difference>, kind| {
        out.push(Difference {
            path: path.to_string(),
            kind,
        })
    };
    match (input, output) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, av) in a {
                let child = crate::inspect::child_path(path, key);
                match b.get(key) {
                    Some(bv) => walk(&child, av, bv, out),
                    None => out.push(Difference {
                        path: child,
                        kind: DifferenceKind::Dropped(av.clone()),
                    }),
                }
            }
            for (key, bv) in b.iter().filter(|(k, _)| !a.contains_key(*k)) {
                out.push(Difference {
                    path: crate::inspect::child_path(path, key),
                    kind: DifferenceKind::Added(bv.clone()),
                });
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (av, bv)) in a.iter().zip(b).enumerate() {
                walk(&format!("{path}[{i}]"), av, bv, out);
            }
            for (i, av) in a.iter().enumerate().skip(b.len()) {
                out.push(Difference {
                    path: format!("{path}[{i}]"),
                    kind: DifferenceKind::Dropped(av.clone()),
                });
            }
            for (i, bv) in b.iter().enumerate().skip(a.len()) {
                out.push(Difference {
                    path: format!("{path}[{i}]"),
                    kind: DifferenceKind::Added(bv.clone()),
                });
            }
        }
        (Value::String(a), Value::String(b)) if a != b => {
            let (input, output) = (a.clone(), b.clone());
            if a.eq_ignore_ascii_case(b) {
                push(out, DifferenceKind::CaseNormalized { input, output });
            } else if a.contains(',') || b.contains(',') {
                if is_flags_form(b) && flags_set(a) == flags_set(b) {
                    push(out, DifferenceKind::FlagsNormalized { input, output });
                } else {
                    push(
                        out,
                        DifferenceKind::Changed {
                            input: input.into(),
                            output: output.into(),
                        },
                    );
                }
            } else {
                push(
                    out,
                    DifferenceKind::Changed {
                        input: input.into(),
                        output: output.into(),
                    },
                );
            }
        }
        (a, b) if a != b => push(
            out,
            DifferenceKind::Changed {
                input: a.clone(),
                output: b.clone(),
            },
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn differences() {
        let input = json!({"a": "Watermark,Escrows", "b": "string", "c": [1, 2], "d": null, "e": "x"});
        let output = json!({"a": "Escrows, Watermark", "b": "String", "c": [1], "e": "y", "f": 1});
        let found: Vec<String> = compare(&input, &output).iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            vec![
                "$.a: flags \"Watermark,Escrows\" written as \"Escrows, Watermark\"",
                "$.b: enum member \"string\" written as \"String\"",
                "$.c[1]: dropped 2",
                "$.d: dropped null",
                "$.e: \"x\" became \"y\"",
                "$.f: added 1",
            ]
        );
        assert!(compare(&json!({"k": [1, {"x": null}]}), &json!({"k": [1, {"x": null}]})).is_empty());
    }
}

/// What `inspect` reports about one payload.
#[derive(Debug)]
pub struct Report {
    /// The re-encoded JSON.
    pub output: Value,
    /// What the typed model saw that the spec did not promise.
    pub findings: Vec<crate::Finding>,
    /// Differences between the input and `output`.
    pub differences: Vec<Difference>,
}

impl Report {
    /// 0 when the re-encoding equals the input (key order aside), else 1.
    pub fn exit_code(&self) -> u8 {
        u8::from(!self.differences.is_empty())
    }
}

/// Decodes `json` as the model `type_name` of `api` (a JSON array of it when `list`), re-encodes
/// it, and compares. An `Err` is a payload that cannot be decoded, with the JSON path of the problem.
#[cfg(feature = "registry")]
pub fn inspect_payload(api: crate::ApiVersion, type_name: &str, json: &[u8], list: bool) -> Result<Report, String> {
    let entry = api
        .find(type_name)
        .ok_or_else(|| format!("no model named {type_name:?} in {api}"))?;
    // The typed decode first: its errors name the JSON path of the problem.
    let decoded = if list {
        entry.decode_list(json)
    } else {
        entry.decode(json)
    };
    let model = decoded.map_err(|e| format!("does not decode as {}: {e}", entry.name))?;
    let input: Value = serde_json::from_slice(json).map_err(|e| format!("not JSON: {e}"))?;
    let output = model.to_json().map_err(|e| format!("does not encode: {e}"))?;
    Ok(Report {
        differences: compare(&input, &output),
        findings: model.findings(),
        output,
    })
}
