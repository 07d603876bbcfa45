//! Generates the models from `spec/` into `OUT_DIR` (never anywhere else, so `cargo package`
//! verification passes). `generated/` holds the committed copy for review; a test keeps them equal.

use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let spec_dir = Path::new(&manifest_dir).join("spec");
    println!("cargo:rerun-if-changed=spec");
    println!("cargo:rerun-if-changed=build.rs");
    let (_, files) = match msgraph_sync_codegen::generate_all(&spec_dir) {
        Ok(generated) => generated,
        Err(err) => {
            // A readable error beats a panic backtrace in a build script.
            eprintln!("error: generating models from spec/: {err}");
            std::process::exit(1);
        }
    };
    for file in &files {
        if let Err(err) = msgraph_sync_codegen::file::write(Path::new(&out_dir), file) {
            eprintln!("error: {err}");
            std::process::exit(1);
        }
    }
}
