//! No two files of a workspace crate import each other in a circle (the rule is in the crate
//! docs of `msgraph_sync_import_cycles`).

use std::path::{Path, PathBuf};

/// The workspace members, as the root `Cargo.toml` lists them.
fn members(workspace: &Path) -> Vec<PathBuf> {
    let manifest = std::fs::read_to_string(workspace.join("Cargo.toml")).expect("the workspace manifest");
    let list = manifest
        .split_once("members = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("a `members = [...]` list in the workspace manifest");
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(|member| workspace.join(member))
        .collect()
}

#[test]
fn no_crate_has_an_import_circle() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let workspace = workspace.canonicalize().expect("the workspace folder");
    let members = members(&workspace);
    assert!(members.len() > 3, "members not found: {members:?}");
    let mut found = Vec::new();
    let mut roots = 0;
    for member in &members {
        for root in msgraph_sync_import_cycles::crate_roots(member) {
            roots += 1;
            found.extend(msgraph_sync_import_cycles::cycles(&root, &workspace).unwrap_or_else(|e| panic!("{e}")));
        }
    }
    assert!(roots >= members.len(), "crate roots not found ({roots})");
    let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(
        found.is_empty(),
        "{} import circle(s):\n{}",
        found.len(),
        shown.join("\n")
    );
}
