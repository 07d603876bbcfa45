//! The attribute map parser on arbitrary text: a map or an error naming a line, never a panic; a map
//! that parses turns any record into a user object or a value error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgraph_sync_provisioning::attribute_map::{AttributeMap, SourceValue};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match AttributeMap::parse(text, "fuzz.map") {
        Ok(map) => {
            assert!(map.external_id < map.mappings.len());
            let _ = map.user_object(|i| map.columns[i].name.get(..).map(SourceValue::Text));
        }
        Err(error) => assert!(error.line <= text.lines().count(), "{error}"),
    }
});
