//! One construct per fixture: `constructs/NAME.yaml` (an OpenAPI document) beside
//! `constructs/NAME.rs`, the models and enums it generates, headers included. CI compiles and
//! lints every `NAME.rs` (`dev/checks/whole-module` includes them all). A change in the output
//! fails here; `INSTA_UPDATE=always` (as for the snapshots) rewrites the expected files, for
//! review in `git diff`.

use msgraph_sync_codegen::generate_spec;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/constructs");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/constructs")
        .map(|entry| entry.expect("dir entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    specs
}

/// The models and enums files generated from `spec`, one after the other.
fn generated(spec: &Path) -> String {
    let text = std::fs::read_to_string(spec).expect("fixture");
    let name = spec.file_name().expect("file name").to_string_lossy();
    let (_, files) =
        generate_spec(&format!("constructs/{name}"), &text).unwrap_or_else(|e| panic!("{name} generates: {e}"));
    files
        .iter()
        .filter(|f| f.path.ends_with("models.rs") || f.path.ends_with("enums.rs"))
        .map(|f| format!("// ==> {}\n{}", f.path, f.contents))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_construct_generates_its_expected_file() {
    let update = std::env::var("INSTA_UPDATE").is_ok_and(|v| v == "always");
    let specs = fixtures();
    assert!(specs.len() >= 9, "constructs missing: {specs:?}");
    let mut differ = Vec::new();
    for spec in &specs {
        let expected_path = spec.with_extension("rs");
        let actual = generated(spec);
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            if update {
                std::fs::write(&expected_path, &actual).expect("write the expected file");
            }
            differ.push(
                expected_path
                    .file_name()
                    .expect("file name")
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    assert!(
        update || differ.is_empty(),
        "generated code differs from {differ:?}; review with `INSTA_UPDATE=always cargo test -p msgraph-sync-codegen --test constructs` and `git diff`"
    );
}
