//! Generates the models and builders of each enabled API version (`v1_0`, `beta` features) from
//! `spec/` into `OUT_DIR`, never anywhere else, so `cargo package` verification passes.
//! `generated/` holds the committed copy for review; a test keeps them equal.

use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let spec_dir = Path::new(&manifest_dir).join("spec");
    println!("cargo:rerun-if-changed=spec");
    println!("cargo:rerun-if-changed=build.rs");
    for (file_name, version) in msgraph_sync_codegen::FRAGMENTS {
        // `v1.0` → feature `v1_0` → CARGO_FEATURE_V1_0: a version that is not compiled is not generated.
        let feature = format!(
            "CARGO_FEATURE_{}",
            msgraph_sync_codegen::resolve::module_name(version).to_uppercase()
        );
        if std::env::var_os(feature).is_none() {
            continue;
        }
        let generated = msgraph_sync_codegen::generate_into(
            &spec_dir.join(file_name),
            &format!("spec/{file_name}"),
            Path::new(&out_dir),
        );
        if let Err(err) = generated {
            // A readable error beats a panic backtrace in a build script.
            eprintln!("error: generating models from spec/{file_name}: {err}");
            std::process::exit(1);
        }
    }
}
