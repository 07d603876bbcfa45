//! The generator beyond the synchronization fragment: every upstream Applications document we have
//! (current and older, beta and v1.0) generates, and every emitted file parses as Rust. The current
//! documents are also compiled and linted by `dev/checks/whole-module`. These tests read the repository's
//! `spec/` and `tests/fixtures/`, so they are not part of the published package.

use msgraph_sync_codegen::{generate_file, generate_spec};
use std::path::Path;

#[test]
fn every_upstream_document_generates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upstream");
    let cases = [
        ("graph-beta-Applications.yml", "beta", 475, 1124),
        ("graph-v1.0-Applications.yml", "v1.0", 368, 693),
        ("history/graph-beta-Applications.2024-04-05.yml", "beta", 462, 1041),
        ("history/graph-beta-Applications.2023-06-13.yml", "beta", 407, 989),
        ("history/graph-v1.0-Applications.2024-04-05.yml", "v1.0", 359, 681),
        ("history/graph-v1.0-Applications.2023-06-13.yml", "v1.0", 319, 601),
    ];
    for (file, version, operations, schemas) in cases {
        let (summary, files) = generate_file(&dir.join(file), file, msgraph_sync_codegen::Formatting::Pretty)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            (summary.api_version.as_str(), summary.operations, summary.schemas),
            (version, operations, schemas),
            "{file}"
        );
        assert_eq!(files.len(), 5, "{file}");
        for f in &files {
            syn::parse_file(&f.contents).unwrap_or_else(|e| panic!("{file} {}: {e}", f.path));
        }
    }
}

/// What build.rs writes (compact token text) is, formatted, byte for byte what `generated/` holds,
/// on the largest inputs we have.
#[test]
fn compact_output_formats_to_the_pretty_output() {
    use msgraph_sync_codegen::{file::pretty_source, Formatting};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upstream");
    for file in ["graph-beta-Applications.yml", "graph-v1.0-Applications.yml"] {
        let (_, pretty) = generate_file(&dir.join(file), file, Formatting::Pretty).expect("generates");
        let (_, compact) = generate_file(&dir.join(file), file, Formatting::Compact).expect("generates");
        for (pretty, compact) in pretty.iter().zip(&compact) {
            assert_eq!(pretty.path, compact.path);
            assert_ne!(
                pretty.contents, compact.contents,
                "{file} {}: not compact",
                compact.path
            );
            let header_end = compact.contents.find("\n\n").expect("header") + 2;
            let formatted = pretty_source(&compact.path, &compact.contents).expect("compact output parses");
            assert!(
                compact.contents[..header_end].to_string() + &formatted == pretty.contents,
                "{file} {}: compact output formats differently",
                compact.path
            );
        }
    }
}

/// A file emitted in parts (formatted on several threads) is the same bytes as emitted whole.
#[test]
fn emitting_in_parts_does_not_change_the_bytes() {
    use msgraph_sync_codegen::emit::{models, Part};
    use msgraph_sync_codegen::file::{format, join_items, Formatting};
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/beta.yaml")).expect("spec");
    let ir =
        msgraph_sync_codegen::resolve::resolve(&msgraph_sync_codegen::load::parse("beta.yaml", &text).expect("parses"))
            .expect("resolves");
    let whole = format("models.rs", models::emit(&ir, Part::WHOLE), Formatting::Pretty).expect("formats");
    for count in 2..=5 {
        let mut joined = String::new();
        for index in 0..count {
            let part = format(
                "models.rs",
                models::emit(&ir, Part { index, count }),
                Formatting::Pretty,
            )
            .expect("formats");
            join_items(&mut joined, &part, Formatting::Pretty);
        }
        assert_eq!(joined, whole, "{count} parts");
    }
}

/// Every prefix of a real fragment either generates or fails with an error: no panic anywhere.
#[test]
fn truncated_real_spec_never_panics() {
    let text = include_str!("../../spec/v1.0.yaml");
    let mut errors = 0;
    for i in 1..200 {
        let mut cut = text.len() * i / 200;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if generate_spec("cut.yaml", &text[..cut]).is_err() {
            errors += 1;
        }
    }
    assert!(
        errors > 150,
        "most prefixes cut through a $ref target or the YAML: {errors}"
    );
}

/// Every Microsoft document in the repository (Applications and Reports of both versions, the
/// history, the sample modules) generates strictly: no operation refused or left out. The Reports
/// documents hold the OData functions with typed parameters (`date={date}`, `top={top}`) and
/// parameter aliases (`aggregationIntervalInMinutes=@aggregationIntervalInMinutes`).
#[test]
fn every_microsoft_document_generates_without_a_refused_operation() {
    use msgraph_sync_codegen::{generate_file_with, ir::OnUnsupported, Formatting};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upstream");
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for sub in ["", "history", "modules"] {
        for entry in std::fs::read_dir(dir.join(sub)).expect("upstream dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "yml") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert_eq!(files.len(), 13, "{files:?}");
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        let (summary, _) = generate_file_with(path, &name, Formatting::Compact, OnUnsupported::Refuse)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(summary.skipped.is_empty() && summary.operations > 0, "{name}");
    }
}
