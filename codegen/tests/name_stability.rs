//! Names stay put when the spec grows: paths added to a real module — a new
//! root that reaches an existing sub-tree, an action beside an existing one, listed first so
//! that the spec's order changes too — rename no builder type, method, model, field or variant,
//! and the diff report on the change lists only additions.

use msgraph_sync_codegen::diff::{changes, Impact};
use msgraph_sync_codegen::ir::{Ir, TypeDef};
use msgraph_sync_codegen::spec::{Document, PathItem};
use std::collections::BTreeMap;
use std::path::Path;

fn document(file: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upstream").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    msgraph_sync_codegen::load::parse(file, &text).expect("parses")
}

fn resolve(doc: &Document) -> Ir {
    msgraph_sync_codegen::resolve::resolve(doc).expect("resolves")
}

/// Every public name: builder types with their methods (and what each returns), entry points,
/// models with their fields, enums with their variants, option sets.
fn public_names(ir: &Ir) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for root in &ir.navigation.roots {
        names.insert(format!("Api::{}", root.method), root.target.clone());
    }
    for (name, node) in &ir.navigation.nodes {
        names.insert(name.clone(), node.suffix.clone());
        for child in &node.children {
            names.insert(format!("{name}::{}", child.method), child.target.clone());
        }
        for op in &node.operations {
            names.insert(
                format!("{name}::{}", op.method_name),
                op.options.clone().unwrap_or_default(),
            );
        }
    }
    for (name, def) in &ir.types {
        names.insert(name.clone(), def.spec_name().to_string());
        match def {
            TypeDef::Struct(s) => s.fields.iter().for_each(|f| {
                names.insert(format!("{name}.{}", f.rust_name), f.wire_name.clone());
            }),
            TypeDef::Enum(e) => e.members.iter().for_each(|m| {
                names.insert(format!("{name}::{}", m.variant), m.wire.clone());
            }),
            TypeDef::Alias(_) => {}
        }
    }
    for name in ir.navigation.option_sets.keys() {
        names.insert(name.clone(), String::new());
    }
    names
}

/// Copies of the path items under `from` (a path prefix) put under `to`, placed first; each
/// copy sees the ones before it.
fn with_copies(doc: &Document, copies: &[(&str, &str)]) -> Document {
    let mut grown = doc.clone();
    for (from, to) in copies {
        let mut added: Vec<(String, PathItem)> = Vec::new();
        for (path, item) in &grown.paths.0 {
            if let Some(rest) = path.strip_prefix(from) {
                let new_path = format!("{to}{rest}");
                assert!(grown.paths.get(&new_path).is_none(), "{new_path} exists already");
                added.push((new_path, item.clone()));
            }
        }
        assert!(!added.is_empty(), "nothing under {from}");
        added.append(&mut grown.paths.0);
        grown.paths.0 = added;
    }
    grown
}

fn assert_only_additions(before: &Ir, after: &Ir) {
    let (old, new) = (public_names(before), public_names(after));
    let moved: Vec<String> = old
        .iter()
        .filter(|(name, meaning)| new.get(*name) != Some(meaning))
        .map(|(name, meaning)| format!("{name} ({meaning:?} → {:?})", new.get(name)))
        .collect();
    assert!(moved.is_empty(), "{} names changed: {moved:#?}", moved.len());
    assert!(new.len() > old.len(), "nothing was added");
    let report = changes(before, after);
    assert!(!report.is_empty());
    let not_additive: Vec<_> = report.iter().filter(|c| c.impact != Impact::Additive).collect();
    assert!(not_additive.is_empty(), "{not_additive:#?}");
}

#[test]
fn adding_a_root_and_an_action_renames_nothing_in_sites() {
    let doc = document("modules/graph-v1.0-Sites.yml");
    let before = resolve(&doc);
    // A new root reaching the sites sub-tree, as `/groups/{group-id}/sites` does, and an action
    // beside `microsoft.graph.getActivitiesByInterval()` of `/sites/{site-id}`.
    let grown = with_copies(
        &doc,
        &[
            ("/groups/{group-id}/sites", "/teams/{team-id}/sites"),
            (
                "/sites/{site-id}/microsoft.graph.getActivitiesByInterval()",
                "/sites/{site-id}/microsoft.graph.getRecentActivities()",
            ),
        ],
    );
    let after = resolve(&grown);
    assert!(after.navigation.roots.iter().any(|r| r.method == "teams"));
    assert_only_additions(&before, &after);
}

#[test]
fn adding_a_root_and_an_action_renames_nothing_in_applications() {
    let doc = document("graph-v1.0-Applications.yml");
    let before = resolve(&doc);
    let grown = with_copies(
        &doc,
        &[
            ("/servicePrincipals/{servicePrincipal-id}/synchronization", "/devices/{device-id}/synchronization"),
            (
                "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.pause",
                "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.resume",
            ),
            (
                "/applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.pause",
                "/applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.resume",
            ),
            (
                "/devices/{device-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.pause",
                "/devices/{device-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.resume",
            ),
        ],
    );
    let after = resolve(&grown);
    // The new root shares the existing sub-tree's types.
    let devices = after
        .navigation
        .nodes
        .get("DevicesItemRequests")
        .expect("the new root's item");
    assert!(
        devices.children.iter().any(|c| c.target == "SynchronizationRequests"),
        "{devices:?}"
    );
    assert_only_additions(&before, &after);
}

/// Names are a function of the set of paths: the same paths in reverse order give the same IR names.
#[test]
fn names_do_not_depend_on_path_order() {
    let doc = document("modules/graph-v1.0-Groups.yml");
    let mut reversed = doc.clone();
    reversed.paths.0.reverse();
    assert_eq!(public_names(&resolve(&doc)), public_names(&resolve(&reversed)));
}
