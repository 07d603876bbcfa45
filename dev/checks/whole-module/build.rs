//! Generates the whole upstream Applications module (both versions) into `OUT_DIR`, the Reports
//! modules (both versions) into `OUT_DIR/reports/{file stem}`, the other
//! sample modules (`codegen/tests/upstream/modules/`) into `OUT_DIR/modules/{file stem}`, and
//! `hostile.yaml` twice: compact (as build.rs writes it) and prettyplease-formatted (as
//! `generated/` holds it), since the two spell doc comments differently; and the codegen tests'
//! construct outputs.

use msgraph_sync_codegen::Formatting;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    let upstream = Path::new(&manifest_dir).join("../../../codegen/tests/upstream");
    let hostile = Path::new(&manifest_dir).join("../../../codegen/tests/fixtures/hostile.yaml");
    println!("cargo:rerun-if-changed={}", upstream.display());
    println!("cargo:rerun-if-changed={}", hostile.display());
    for file in ["graph-beta-Applications.yml", "graph-v1.0-Applications.yml"] {
        let generated = msgraph_sync_codegen::generate_into(&upstream.join(file), file, out_dir);
        exit_on_error(file, generated);
    }
    // The Reports modules (OData functions with typed parameters and parameter aliases), strictly:
    // an operation left out would fail the build.
    for file in ["graph-beta-Reports.yml", "graph-v1.0-Reports.yml"] {
        let out = out_dir.join("reports").join(file.trim_end_matches(".yml"));
        exit_on_error(
            file,
            msgraph_sync_codegen::generate_into(&upstream.join(file), file, &out),
        );
    }
    // Every sample module is generated (a failure stops the build); `src/lib.rs` compiles them.
    let modules = upstream.join("modules");
    println!("cargo:rerun-if-changed={}", modules.display());
    for file in SAMPLE_MODULES {
        let out = out_dir.join("modules").join(file.trim_end_matches(".yml"));
        exit_on_error(file, generate_as(&modules.join(file), file, Formatting::Compact, &out));
    }
    exit_on_error(
        "hostile.yaml",
        generate(&hostile, Formatting::Compact, &out_dir.join("compact")),
    );
    exit_on_error(
        "hostile.yaml",
        generate(&hostile, Formatting::Pretty, &out_dir.join("pretty")),
    );
    // Names that would clash if emitters made them (`appId` beside `app_id`, a query `body`).
    let colliding = Path::new(&manifest_dir).join("../../../codegen/tests/fixtures/colliding_names.yaml");
    println!("cargo:rerun-if-changed={}", colliding.display());
    exit_on_error(
        "colliding_names.yaml",
        generate_as(
            &colliding,
            "colliding_names.yaml",
            Formatting::Compact,
            &out_dir.join("colliding"),
        ),
    );
    // Deprecations as Microsoft writes them: `#[deprecated]` builders and models must compile and
    // pass clippy, the generated code itself naming them without a warning.
    let deprecations = Path::new(&manifest_dir).join("../../../codegen/tests/fixtures/deprecations.yaml");
    println!("cargo:rerun-if-changed={}", deprecations.display());
    exit_on_error(
        "deprecations.yaml",
        generate_as(
            &deprecations,
            "deprecations.yaml",
            Formatting::Pretty,
            &out_dir.join("deprecations"),
        ),
    );
    constructs(
        &Path::new(&manifest_dir).join("../../../codegen/tests/constructs"),
        out_dir,
    );
}

/// `constructs.rs`: a module per expected output of the codegen construct tests
/// (`codegen/tests/constructs/*.rs`, models and enums in one file), so CI compiles and lints them.
fn constructs(dir: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("codegen/tests/constructs")
        .map(|entry| entry.expect("dir entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let modules: String = files
        .iter()
        .map(|path| {
            let name = path.file_stem().expect("file name").to_string_lossy();
            let path = path.canonicalize().expect("construct file");
            format!(
                // Models and enums share one module here: the models' `use super::*` (which
                // imports the enums in the crate) finds nothing to import.
                "pub mod {name} {{\n    #![allow(unused_imports)]\n    include!({:?});\n}}\n",
                path.display().to_string()
            )
        })
        .collect();
    std::fs::write(out_dir.join("constructs.rs"), modules).expect("write constructs.rs");
}

/// The sample modules of `codegen/tests/upstream/modules/` (all of them).
const SAMPLE_MODULES: &[&str] = &[
    "graph-beta-Devices.CloudPrint.yml",
    "graph-beta-Devices.CorporateManagement.yml",
    "graph-v1.0-Groups.yml",
    "graph-v1.0-People.yml",
    "graph-v1.0-Sites.yml",
];

fn generate(spec: &Path, formatting: Formatting, out_dir: &Path) -> msgraph_sync_codegen::Result<()> {
    generate_as(spec, "hostile.yaml", formatting, out_dir)
}

fn generate_as(spec: &Path, name: &str, formatting: Formatting, out_dir: &Path) -> msgraph_sync_codegen::Result<()> {
    let (_, files) = msgraph_sync_codegen::generate_file_with(
        spec,
        name,
        formatting,
        msgraph_sync_codegen::ir::OnUnsupported::Refuse,
    )?;
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
