//! `generated/` is the reviewed copy of what build.rs compiles; it must never drift.

use std::path::Path;

const FIX: &str = "run `cargo run -p msgraph-sync-codegen -- generate` and commit generated/";

#[test]
fn generated_dir_matches_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, files) = msgraph_sync_codegen::generate_all(&root.join("spec")).expect("spec/ generates");
    let stale: Vec<&str> = files
        .iter()
        .filter(|f| msgraph_sync_codegen::file::is_stale(&root.join("generated"), f))
        .map(|f| f.path.as_str())
        .collect();
    assert!(stale.is_empty(), "generated/ is stale: {stale:?}; {FIX}");
}

#[test]
fn generated_dir_matches_what_build_rs_compiled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(env!("OUT_DIR"));
    for (_, api_version) in msgraph_sync_codegen::FRAGMENTS {
        let version = &msgraph_sync_codegen::resolve::module_name(api_version);
        let mut files: Vec<String> = std::fs::read_dir(out.join(version))
            .expect("build.rs output")
            .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut expected = msgraph_sync_codegen::OUTPUT_FILES;
        expected.sort();
        assert_eq!(files, expected);
        for file in &files {
            // build.rs writes compact token text (no prettyplease in users' builds); formatted, it
            // must be the committed file, header included.
            let built = std::fs::read_to_string(out.join(version).join(file)).expect("build.rs output");
            let committed =
                std::fs::read_to_string(root.join("generated").join(version).join(file)).unwrap_or_default();
            let path = format!("{version}/{file}");
            let header_end = built.find("\n\n").expect("@generated header") + 2;
            let formatted = msgraph_sync_codegen::file::pretty_source(&path, &built).expect("build.rs output parses");
            assert!(
                built[..header_end].to_string() + &formatted == committed,
                "generated/{path} differs from what build.rs compiled; {FIX}"
            );
        }
    }
}
