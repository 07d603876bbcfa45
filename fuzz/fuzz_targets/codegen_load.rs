//! The generator on arbitrary YAML text: load, resolve and emit must return `Ok` or an error,
//! never panic, overflow the stack or run away with memory (deep nesting, aliases).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = msgraph_sync_codegen::generate_spec_with("fuzz.yaml", text, msgraph_sync_codegen::Formatting::Compact);
});
