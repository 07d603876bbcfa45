//! Generates the sample modules of over 1,000 operations (`codegen/tests/upstream/modules/`) into
//! `OUT_DIR/{file stem}`, compact as build.rs writes them for users.

use msgraph_sync_codegen::Formatting;
use std::path::Path;

/// Beta Devices.CorporateManagement: 1,195 operations, 1,280 schemas; v1.0 Sites: 1,782 operations.
const LARGE_MODULES: &[&str] = &["graph-beta-Devices.CorporateManagement.yml", "graph-v1.0-Sites.yml"];

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let modules = Path::new(&manifest_dir).join("../../../codegen/tests/upstream/modules");
    println!("cargo:rerun-if-changed={}", modules.display());
    for file in LARGE_MODULES {
        let out = Path::new(&out_dir).join(file.trim_end_matches(".yml"));
        let written = msgraph_sync_codegen::generate_file(&modules.join(file), file, Formatting::Compact).and_then(
            |(_, files)| {
                files
                    .iter()
                    .try_for_each(|f| msgraph_sync_codegen::file::write(&out, f).map(|_| ()))
            },
        );
        if let Err(err) = written {
            eprintln!("error: generating {file}: {err}");
            std::process::exit(1);
        }
    }
}
