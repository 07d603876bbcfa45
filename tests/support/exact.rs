//! Comparing two JSON texts exactly: object key order aside, numbers are compared as written
//! (integers by value, so `-0` equals `0`), never through `f64`, so a lost digit is a difference.

use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The differences between two JSON texts, as `path: description` lines (empty when equal).
pub fn differences(input: &str, output: &str) -> Vec<String> {
    let mut out = Vec::new();
    match (
        serde_json::from_str::<&RawValue>(input),
        serde_json::from_str::<&RawValue>(output),
    ) {
        (Ok(a), Ok(b)) => walk("$", a, b, &mut out),
        (a, b) => out.push(format!("$: not JSON: {:?} / {:?}", a.err(), b.err())),
    }
    out
}

fn first_byte(raw: &RawValue) -> u8 {
    raw.get().trim_start().as_bytes().first().copied().unwrap_or(b' ')
}

fn walk(path: &str, a: &RawValue, b: &RawValue, out: &mut Vec<String>) {
    match (first_byte(a), first_byte(b)) {
        (b'{', b'{') => {
            let a: BTreeMap<String, &RawValue> = serde_json::from_str(a.get()).unwrap();
            let b: BTreeMap<String, &RawValue> = serde_json::from_str(b.get()).unwrap();
            for (key, av) in &a {
                match b.get(key) {
                    Some(bv) => walk(&format!("{path}.{key}"), av, bv, out),
                    None => out.push(format!("{path}.{key}: dropped {}", av.get())),
                }
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push(format!("{path}.{key}: added {}", b[key].get()));
            }
        }
        (b'[', b'[') => {
            let a: Vec<&RawValue> = serde_json::from_str(a.get()).unwrap();
            let b: Vec<&RawValue> = serde_json::from_str(b.get()).unwrap();
            if a.len() != b.len() {
                out.push(format!("{path}: {} items became {}", a.len(), b.len()));
            }
            for (i, (av, bv)) in a.iter().zip(&b).enumerate() {
                walk(&format!("{path}[{i}]"), av, bv, out);
            }
        }
        (x, y) if is_number(x) && is_number(y) => {
            let (ta, tb) = (a.get().trim(), b.get().trim());
            let same_integer = matches!((ta.parse::<i128>(), tb.parse::<i128>()), (Ok(x), Ok(y)) if x == y);
            if ta != tb && !same_integer {
                out.push(format!("{path}: {ta} became {tb}"));
            }
        }
        _ => {
            let va: serde_json::Value = serde_json::from_str(a.get()).unwrap();
            let vb: serde_json::Value = serde_json::from_str(b.get()).unwrap();
            if va != vb {
                out.push(format!("{path}: {va} became {vb}"));
            }
        }
    }
}

fn is_number(first: u8) -> bool {
    first == b'-' || first.is_ascii_digit()
}
