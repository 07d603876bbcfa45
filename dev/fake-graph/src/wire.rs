//! Reading what a request says: percent-decoded path segments and query parameters, JSON
//! bodies, and Graph's case-insensitive segment and action names.

use serde_json::Value;

use crate::reply::{bad_request, Reply};

/// Decodes `%XX` escapes (invalid escapes are kept as they are).
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of query parameter `name` (keys compared after decoding, so `%24skiptoken` is `$skiptoken`).
pub(crate) fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(key) == name).then(|| percent_decode(&value.replace('+', " ")))
    })
}

pub(crate) fn parse_json_object(body: &[u8]) -> Result<serde_json::Map<String, Value>, Reply> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(bad_request("The request body must be a JSON object.")),
        Err(e) => Err(bad_request(format!("Invalid JSON in the request body: {e}"))),
    }
}

/// `name` or `microsoft.graph.name`, case-insensitively (Graph's segments are case-insensitive).
pub(crate) fn is_action(segment: &str, name: &str) -> bool {
    segment.eq_ignore_ascii_case(name)
        || segment
            .get(..16)
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("microsoft.graph."))
            && segment[16..].eq_ignore_ascii_case(name)
}

/// Whether a path segment is `name`, ignoring case as Graph does.
pub(crate) fn is(segment: &str, name: &str) -> bool {
    segment.eq_ignore_ascii_case(name)
}
