//! Generates the whole upstream Applications module (both versions) into `OUT_DIR`.

use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let upstream = Path::new(&manifest_dir).join("../../tests/fixtures/upstream");
    println!("cargo:rerun-if-changed={}", upstream.display());
    for file in ["graph-beta-Applications.yml", "graph-v1.0-Applications.yml"] {
        let generated = msgraph_sync_codegen::generate_into(&upstream.join(file), file, Path::new(&out_dir));
        if let Err(err) = generated {
            eprintln!("error: generating {file}: {err}");
            std::process::exit(1);
        }
    }
}
