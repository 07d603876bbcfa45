//! A SCIM body as the state keeps it: one canonical text per body, and its hash.
//!
//! The canonical text is compact JSON with every object's members in the order of their names
//! (byte order), whatever order the JSON was built or read in. `sync` hashes it for each feed record
//! straight from the mapped object, so an unchanged record is found without typing it as a
//! [`crate::scim::User`]; the body sent is the typed user read from this text.

use serde_json::{Map, Value};
use xxhash_rust::xxh3::xxh3_64;

/// Appends the canonical text of `object` to `out`.
pub fn write_object(object: &Map<String, Value>, out: &mut Vec<u8>) {
    out.push(b'{');
    let mut first = true;
    let mut member = |name: &String, value: &Value, out: &mut Vec<u8>| {
        if !first {
            out.push(b',');
        }
        first = false;
        write_str(name, out);
        out.push(b':');
        write_value(value, out);
    };
    // serde_json's map is ordered by name unless a dependency turns on `preserve_order`.
    if object.keys().is_sorted() {
        for (name, value) in object {
            member(name, value, out);
        }
    } else {
        let mut members: Vec<(&String, &Value)> = object.iter().collect();
        members.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (name, value) in members {
            member(name, value, out);
        }
    }
    out.push(b'}');
}

/// Appends the canonical text of `value` to `out`.
pub fn write_value(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        // Writing a number into a Vec cannot fail.
        Value::Number(number) => {
            let _ = serde_json::to_writer(&mut *out, number);
        }
        Value::String(text) => write_str(text, out),
        Value::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_value(item, out);
            }
            out.push(b']');
        }
        Value::Object(object) => write_object(object, out),
    }
}

/// Appends `text` as a JSON string to `out`.
pub fn write_str(text: &str, out: &mut Vec<u8>) {
    // What serde_json escapes: control characters, the quote and the backslash.
    // Without a short-circuit, so the check runs over many bytes at once.
    let plain = !text
        .bytes()
        .fold(false, |escape, b| escape | (b < 0x20) | (b == b'"') | (b == b'\\'));
    if plain {
        out.reserve(text.len() + 2);
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        // Writing a string into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, text);
    }
}

/// The canonical text of a JSON text (what the state kept before it was canonical, re-read).
pub fn canonical_text(json: &str) -> Result<String, serde_json::Error> {
    let value: Value = serde_json::from_str(json)?;
    let mut out = Vec::with_capacity(json.len());
    write_value(&value, &mut out);
    // Every byte written is JSON text from `&str`s: UTF-8.
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The canonical text of `object`, and its hash.
pub fn text_and_hash(object: &Map<String, Value>) -> (String, String) {
    let mut out = Vec::new();
    write_object(object, &mut out);
    let hash = hash(&out);
    (String::from_utf8_lossy(&out).into_owned(), hash)
}

/// The hash the state keeps of a canonical text: 16 hex digits of its XXH3-64.
pub fn hash(canonical: &[u8]) -> String {
    String::from_utf8_lossy(&hash_digits(canonical)).into_owned()
}

/// [`hash`]'s digits, without allocating (a run compares one per feed record).
pub fn hash_digits(canonical: &[u8]) -> [u8; 16] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let value = xxh3_64(canonical);
    let mut digits = [0u8; 16];
    for (index, digit) in digits.iter_mut().enumerate() {
        *digit = DIGITS[((value >> (60 - 4 * index)) & 0xf) as usize];
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_ordered_by_name_at_every_depth_and_text_is_compact() {
        let text = r#"{ "b": 1, "a": {"z": [true, null, "x\"y"], "m": -2.5}, "A": "é\n" }"#;
        assert_eq!(
            canonical_text(text).unwrap(),
            r#"{"A":"é\n","a":{"m":-2.5,"z":[true,null,"x\"y"]},"b":1}"#
        );
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for text in [
            "plain",
            "quote \" and \\ backslash",
            "tab\tnew\nline\u{1}",
            "é ü 日本 \u{7f}",
            "",
        ] {
            let mut out = Vec::new();
            write_value(&Value::from(text), &mut out);
            assert_eq!(out, serde_json::to_vec(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn an_object_built_out_of_order_has_the_text_of_one_built_in_order() {
        let mut in_order = Map::new();
        in_order.insert("a".into(), Value::from(1));
        in_order.insert("b".into(), Value::from("two"));
        let mut out_of_order = Map::new();
        out_of_order.insert("b".into(), Value::from("two"));
        out_of_order.insert("a".into(), Value::from(1));
        let (mut left, mut right) = (Vec::new(), Vec::new());
        write_object(&in_order, &mut left);
        write_object(&out_of_order, &mut right);
        assert_eq!(left, right);
        assert_eq!(hash(&left), hash(&right));
        assert_eq!(hash(&left).len(), 16);
        assert_eq!(hash(&left), format!("{:016x}", xxh3_64(&left)));
        assert_eq!(hash(b""), format!("{:016x}", xxh3_64(b"")));
        assert_ne!(hash(&left), hash(b"{\"a\":1,\"b\":\"three\"}"));
    }

    #[test]
    fn a_typed_users_text_re_read_is_the_mapped_objects_text() {
        // What the state migrated: bodies kept as a typed user wrote them.
        let object: Map<String, Value> = serde_json::from_str(
            r#"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"mira","externalId":"7",
                "name":{"givenName":"Mira","familyName":"Okafor"},"active":true,
                "addresses":[{"type":"work","locality":"Lisbon"}]}"#,
        )
        .unwrap();
        let user: crate::scim::User = serde_json::from_value(Value::Object(object.clone())).unwrap();
        let typed = serde_json::to_string(&user).unwrap();
        let mut mapped = Vec::new();
        write_object(&object, &mut mapped);
        assert_eq!(canonical_text(&typed).unwrap().as_bytes(), mapped.as_slice());
    }
}
