//! A schema file on arbitrary text: a schema or an error naming line and column, never a panic; a
//! schema that parses differs from itself in nothing and survives its own round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgraph_sync_provisioning::schema;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = std::path::Path::new("fuzz.json");
    let Ok(parsed) = schema::from_text(text, path) else {
        return;
    };
    let diff = schema::diff(&parsed, &parsed).expect("a schema encodes");
    assert!(diff.is_empty(), "{diff}");
    let written = schema::to_text(&parsed).expect("a schema encodes");
    let again = schema::from_text(&written, path).expect("what was written reads back");
    assert!(schema::diff(&parsed, &again).expect("encodes").is_empty());
});
