//! The generator beyond the synchronization fragment: every upstream Applications document we have
//! (current and older, beta and v1.0) generates, and every emitted file parses as Rust. The current
//! documents are also compiled and linted by `checks/whole-module`.

use msgraph_sync_codegen::generate_file;
use std::path::Path;

#[test]
fn every_upstream_document_generates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/upstream");
    let cases = [
        ("graph-beta-Applications.yml", "beta", 475, 1124),
        ("graph-v1.0-Applications.yml", "v1.0", 368, 693),
        ("history/graph-beta-Applications.2024-04-05.yml", "beta", 462, 1041),
        ("history/graph-beta-Applications.2023-06-13.yml", "beta", 407, 989),
        ("history/graph-v1.0-Applications.2024-04-05.yml", "v1.0", 359, 681),
        ("history/graph-v1.0-Applications.2023-06-13.yml", "v1.0", 319, 601),
    ];
    for (file, version, operations, schemas) in cases {
        let (summary, files) = generate_file(&dir.join(file), file).unwrap_or_else(|e| panic!("{file}: {e}"));
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
