//! The integration tests, one binary: each `tests/*.rs` is a module here (one link instead of one per
//! file; `autotests = false` in Cargo.toml). `hostile_servers.rs` stays its own binary: it bounds the
//! process's peak memory, which tests running beside it in one process would raise.
//! One test: `cargo test --test it client_tls::` (the module path filters).

mod bench_payloads;
mod client_azure;
mod client_batch;
mod client_blocking;
mod client_e2e;
mod client_tls;
mod docs_examples;
mod docs_resources;
mod example_provision;
mod generated_fresh;
mod inspect;
mod models;
mod requests;
mod round_trip_mutations;

/// With `autotests = false` a new `tests/*.rs` would silently never run: in every package that sets
/// it, each must be a module of that package's `tests/it.rs` or a `[[test]]` of its own.
#[test]
fn every_test_file_is_built() {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    for package in [".", "provisioning", "cli"] {
        let root = workspace.join(package);
        let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
        assert!(manifest.contains("autotests = false"), "{package}/Cargo.toml");
        let modules = std::fs::read_to_string(root.join("tests/it.rs")).unwrap();
        for entry in std::fs::read_dir(root.join("tests")).unwrap() {
            let path = entry.unwrap().path();
            let (Some(stem), Some("rs")) = (
                path.file_stem().and_then(|s| s.to_str()),
                path.extension().and_then(|e| e.to_str()),
            ) else {
                continue;
            };
            let module = modules.lines().any(|l| l == format!("mod {stem};"));
            let target = manifest.contains(&format!("path = \"tests/{stem}.rs\""));
            if !module && !target {
                missing.push(format!("{package}/tests/{stem}.rs"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not built by any test target (add `mod …;` to that package's tests/it.rs): {missing:?}"
    );
}
