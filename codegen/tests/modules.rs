//! Every sample module Microsoft publishes beside Applications resolves, with readable
//! names (`dev/checks/whole-module` generates, compiles and lints them). These read the
//! repository's `tests/fixtures/`, so they are not part of the published package.

use msgraph_sync_codegen::ir::Ir;
use std::path::Path;

fn resolve(file: &str) -> Ir {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/upstream/modules")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let doc = msgraph_sync_codegen::load::parse(file, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
    msgraph_sync_codegen::resolve::resolve(&doc).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Builder methods of a node, by name.
fn methods<'i>(ir: &'i Ir, node: &str) -> Vec<&'i str> {
    let node = ir.navigation.nodes.get(node).unwrap_or_else(|| panic!("no {node}"));
    node.children
        .iter()
        .map(|c| c.method.as_str())
        .chain(node.operations.iter().map(|o| o.method_name.as_str()))
        .collect()
}

/// Every sample module resolves, names and all (`dev/checks/whole-module` emits, compiles and lints them).
#[test]
fn every_sample_module_resolves() {
    let cases = [
        ("graph-beta-Devices.CloudPrint.yml", "beta", 204, 1045),
        ("graph-beta-Devices.CorporateManagement.yml", "beta", 1195, 1280),
        ("graph-v1.0-Groups.yml", "v1.0", 580, 707),
        ("graph-v1.0-People.yml", "v1.0", 3, 21),
        ("graph-v1.0-Sites.yml", "v1.0", 1782, 616),
    ];
    for (file, version, operations, schemas) in cases {
        let ir = resolve(file);
        assert_eq!(
            (ir.api_version.as_str(), ir.operations.len(), ir.component_schemas),
            (version, operations, schemas),
            "{file}"
        );
    }
}

/// A collection's POST is `create`, a PATCH `update`; the actions named so are `create_action`
/// and `update_action` whether or not the other exists.
#[test]
fn actions_named_like_verbs_keep_apart_from_the_verbs() {
    let print = resolve("graph-beta-Devices.CloudPrint.yml");
    let printers = methods(&print, "PrintPrintersRequests");
    assert!(
        printers.contains(&"create") && printers.contains(&"create_action"),
        "{printers:?}"
    );
    let corporate = resolve("graph-beta-Devices.CorporateManagement.yml");
    let policy_set = methods(&corporate, "DeviceAppManagementPolicySetsItemRequests");
    assert!(
        policy_set.contains(&"update") && policy_set.contains(&"update_action"),
        "{policy_set:?}"
    );
}

/// Inline schemas: one name per shape, however many paths have it; every name is taken.
#[test]
fn identical_inline_shapes_share_a_name() {
    use msgraph_sync_codegen::ir::{BodyKind, Type};
    let groups = resolve("graph-v1.0-Groups.yml");
    let response = |path: &str| {
        let op = groups
            .operations
            .iter()
            .find(|op| op.path.to_string() == path)
            .unwrap_or_else(|| panic!("no {path}"));
        match op.response.as_ref().map(|b| &b.kind) {
            Some(BodyKind::Typed(Type::Named { rust_name, .. })) => rust_name.clone(),
            other => panic!("{path}: {other:?}"),
        }
    };
    let items = response("/groups/{group-id}/drives/{drive-id}/items/{driveItem-id}/microsoft.graph.delta()");
    let root = response("/groups/{group-id}/drives/{drive-id}/root/microsoft.graph.delta()");
    let list_items = response("/groups/{group-id}/drives/{drive-id}/list/items/microsoft.graph.delta()");
    assert_eq!(items, root, "one shape (Vec<DriveItem>), one name");
    assert_ne!(items, list_items, "Vec<DriveItem> and Vec<ListItem> are two types");
}

/// Builder names come from the path below the root's key, never doubled by the order of roots.
#[test]
fn builder_names_are_readable_in_sites() {
    let sites = resolve("graph-v1.0-Sites.yml");
    let names: Vec<&String> = sites.navigation.nodes.keys().collect();
    let doubled: Vec<_> = names
        .iter()
        .filter(|n| n.starts_with("SitesSites") || n.starts_with("PlannerPlanner"))
        .collect();
    assert!(doubled.is_empty(), "{doubled:?}");
    assert!(sites.navigation.nodes.contains_key("SitesItemListsRequests"));
    let raw: Vec<_> = sites
        .navigation
        .nodes
        .values()
        .flat_map(|n| {
            n.children
                .iter()
                .map(|c| &c.method)
                .chain(n.operations.iter().map(|o| &o.method_name))
        })
        .filter(|m| m.starts_with("r#"))
        .collect();
    assert!(raw.is_empty(), "{raw:?}");
}
