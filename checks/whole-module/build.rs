//! Generates the whole upstream Applications module (both versions) into `OUT_DIR`, and
//! `hostile.yaml` twice: compact (as build.rs writes it) and prettyplease-formatted (as
//! `generated/` holds it), since the two spell doc comments differently.

use msgraph_sync_codegen::Formatting;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    let upstream = Path::new(&manifest_dir).join("../../tests/fixtures/upstream");
    let hostile = Path::new(&manifest_dir).join("../../codegen/tests/fixtures/hostile.yaml");
    println!("cargo:rerun-if-changed={}", upstream.display());
    println!("cargo:rerun-if-changed={}", hostile.display());
    for file in ["graph-beta-Applications.yml", "graph-v1.0-Applications.yml"] {
        let generated = msgraph_sync_codegen::generate_into(&upstream.join(file), file, out_dir);
        exit_on_error(file, generated);
    }
    exit_on_error(
        "hostile.yaml",
        generate(&hostile, Formatting::Compact, &out_dir.join("compact")),
    );
    exit_on_error(
        "hostile.yaml",
        generate(&hostile, Formatting::Pretty, &out_dir.join("pretty")),
    );
}

fn generate(spec: &Path, formatting: Formatting, out_dir: &Path) -> msgraph_sync_codegen::Result<()> {
    let (_, files) = msgraph_sync_codegen::generate_file(spec, "hostile.yaml", formatting)?;
    files
        .iter()
        .try_for_each(|f| msgraph_sync_codegen::file::write(out_dir, f).map(|_| ()))
}

fn exit_on_error(file: &str, result: msgraph_sync_codegen::Result<()>) {
    if let Err(err) = result {
        eprintln!("error: generating {file}: {err}");
        std::process::exit(1);
    }
}
