//! The integration tests, one binary: each `tests/*.rs` is a module here (one link instead of one per
//! file; `autotests = false` in Cargo.toml). One test: `cargo test -p msgraph-sync-provisioning --test it fleet::`.

mod bulk_upload;
mod fleet;
mod scim;
mod workflows;

/// With `autotests = false` a new `tests/*.rs` would silently never run: each must be a module above
/// or a `[[test]]` of its own in Cargo.toml.
#[test]
fn every_test_file_is_built() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let this = std::fs::read_to_string(root.join("tests/it.rs")).unwrap();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root.join("tests")).unwrap() {
        let path = entry.unwrap().path();
        let (Some(stem), Some("rs")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|e| e.to_str()),
        ) else {
            continue;
        };
        let module = this.lines().any(|l| l == format!("mod {stem};"));
        let target = manifest.contains(&format!("path = \"tests/{stem}.rs\""));
        if !module && !target {
            missing.push(format!("tests/{stem}.rs"));
        }
    }
    assert!(
        missing.is_empty(),
        "not built by any test target (add `mod …;` to tests/it.rs): {missing:?}"
    );
}
