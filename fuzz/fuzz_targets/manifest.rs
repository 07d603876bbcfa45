//! An upload manifest on arbitrary bytes: read, or an error naming a line, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgraph_sync_provisioning::manifest::Manifest;

fuzz_target!(|data: &[u8]| {
    // The reader takes a path; one file per process, rewritten for each input.
    thread_local! {
        static PATH: std::path::PathBuf = std::env::temp_dir().join(format!("msgraph-sync-fuzz-manifest-{}.jsonl", std::process::id()));
    }
    PATH.with(|path| {
        std::fs::write(path, data).expect("the temporary file is writable");
        if let Err(error) = Manifest::read(path) {
            let lines = 1 + data.iter().filter(|b| **b == b'\n').count();
            assert!(error.line <= lines, "{error}");
        }
    });
});
