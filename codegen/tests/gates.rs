//! Which cargo features compile each generated item (`x-msgraph-sync-feature` on operations, the
//! rest decided by reachability in `gates.rs`): a fixture with each case, snapshots of where the
//! `cfg`s land, and the decision on the real fragments.

use msgraph_sync_codegen::generate_spec;
use msgraph_sync_codegen::ir::{Gate, Ir, Type, TypeDef};
use std::collections::BTreeSet;

/// Operations of feature `flow` (and one of `extra`), beside ungated ones:
/// - `Only` is reached by a gated operation only; `Shared` by a gated and an ungated one;
/// - `ViaModel` is reached from a gated operation and from the ungated model `Job`;
/// - `LoopA` ↔ `LoopB` is a cycle reached from a gated operation only; `CycleA` ↔ `CycleB` one
///   reached from a gated operation whose `CycleB` an ungated model (`Job`) also holds;
/// - `Child` (gated only) has the `allOf` parent `Parent`; `Kind` is an enum only `Only` holds;
/// - `Both` is reached by `flow` and `extra` operations; `Unused` by no operation.
const FIXTURE: &str = r#"
openapi: 3.0.1
info:
  title: fixture
  version: v1.0
servers:
  - url: https://graph.microsoft.com/v1.0/
paths:
  /jobs:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.job'
  /things:
    get:
      x-msgraph-sync-feature: flow
      parameters:
        - name: $filter
          in: query
          schema:
            type: string
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.only'
  /things/{thing-id}:
    get:
      x-msgraph-sync-feature: flow
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.child'
    patch:
      x-msgraph-sync-feature: flow
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/microsoft.graph.loopA'
      responses:
        '204':
          description: Success
  /things/{thing-id}/sync:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.shared'
  /things/{thing-id}/microsoft.graph.run:
    post:
      x-msgraph-sync-feature: flow
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                target:
                  $ref: '#/components/schemas/microsoft.graph.cycleA'
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.shared'
  /gallery:
    get:
      x-msgraph-sync-feature: flow
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.both'
  /extras:
    get:
      x-msgraph-sync-feature: extra
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/microsoft.graph.both'
components:
  schemas:
    microsoft.graph.job:
      type: object
      properties:
        via:
          $ref: '#/components/schemas/microsoft.graph.viaModel'
        cycle:
          $ref: '#/components/schemas/microsoft.graph.cycleB'
    microsoft.graph.only:
      type: object
      properties:
        kind:
          $ref: '#/components/schemas/microsoft.graph.kind'
        via:
          type: array
          items:
            $ref: '#/components/schemas/microsoft.graph.viaModel'
    microsoft.graph.kind:
      type: string
      enum:
        - one
        - two
    microsoft.graph.viaModel:
      type: object
      properties:
        name:
          type: string
    microsoft.graph.shared:
      type: object
      properties:
        name:
          type: string
    microsoft.graph.parent:
      type: object
      properties:
        id:
          type: string
    microsoft.graph.child:
      allOf:
        - $ref: '#/components/schemas/microsoft.graph.parent'
        - type: object
          properties:
            label:
              type: string
    microsoft.graph.loopA:
      type: object
      properties:
        next:
          $ref: '#/components/schemas/microsoft.graph.loopB'
    microsoft.graph.loopB:
      type: object
      properties:
        back:
          type: array
          items:
            $ref: '#/components/schemas/microsoft.graph.loopA'
    microsoft.graph.cycleA:
      type: object
      properties:
        next:
          $ref: '#/components/schemas/microsoft.graph.cycleB'
    microsoft.graph.cycleB:
      type: object
      properties:
        back:
          $ref: '#/components/schemas/microsoft.graph.cycleA'
    microsoft.graph.both:
      type: object
      properties:
        name:
          type: string
    microsoft.graph.unused:
      type: object
      properties:
        name:
          type: string
"#;

/// The fixture with a model no operation reaches that holds the gated-only `Only`.
fn with_orphan() -> String {
    format!(
        "{FIXTURE}    microsoft.graph.orphan:\n      type: object\n      properties:\n        only:\n          $ref: '#/components/schemas/microsoft.graph.only'\n"
    )
}

fn feature(names: &[&str]) -> Gate {
    Gate::AnyOf(names.iter().map(|n| n.to_string()).collect())
}

fn fixture() -> (Ir, Vec<msgraph_sync_codegen::OutputFile>) {
    generate_spec("gates.yaml", FIXTURE).expect("fixture generates")
}

fn type_gate<'a>(ir: &'a Ir, name: &str) -> &'a Gate {
    ir.types.get(name).unwrap_or_else(|| panic!("no type {name}")).gate()
}

#[test]
fn types_are_gated_exactly_when_only_gated_operations_reach_them() {
    let (lean, _) = fixture();
    let (ir, _) = generate_spec("gates.yaml", &with_orphan()).expect("generates");
    let flow = feature(&["flow"]);
    for (name, expected) in [
        ("Job", Gate::Always),
        ("Shared", Gate::Always),
        ("ViaModel", Gate::Always),
        ("CycleA", Gate::Always),
        ("CycleB", Gate::Always),
        ("Child", flow.clone()),
        ("Parent", flow.clone()),
        ("LoopA", flow.clone()),
        ("LoopB", flow.clone()),
        ("RunRequestBody", flow.clone()),
        ("Both", feature(&["extra", "flow"])),
        ("Unused", Gate::Always),
    ] {
        assert_eq!(type_gate(&lean, name), &expected, "{name}");
    }
    // Reached by a gated operation only: gated, with the enum it holds.
    assert_eq!(type_gate(&lean, "Only"), &flow);
    assert_eq!(type_gate(&lean, "Kind"), &flow);
    // A model no operation reaches is compiled always, and so is all it holds.
    assert_eq!(type_gate(&ir, "Orphan"), &Gate::Always);
    assert_eq!(type_gate(&ir, "Only"), &Gate::Always);
    assert_eq!(type_gate(&ir, "Kind"), &Gate::Always);
}

#[test]
fn builders_are_gated_where_only_gated_operations_lie_below() {
    let (ir, _) = fixture();
    let nav = &ir.navigation;
    let flow = feature(&["flow"]);
    let root = |method: &str| nav.roots.iter().find(|c| c.method == method).expect(method);
    assert_eq!(root("jobs").gate, Gate::Always);
    assert_eq!(root("gallery").gate, flow);
    assert_eq!(root("extras").gate, feature(&["extra"]));
    // `things()` and `item(id)` lead to the ungated `sync()`; `things().get()`, `item(id).get()`,
    // `update()` and `run()` are gated, each by itself.
    let things = &nav.nodes[&root("things").target];
    assert_eq!((&root("things").gate, &things.gate), (&Gate::Always, &Gate::Always));
    let item = things.children.iter().find(|c| c.method == "item").expect("item");
    assert_eq!(item.gate, Gate::Always);
    let item_node = &nav.nodes[&item.target];
    let methods: Vec<(&str, &Gate)> = things
        .operations
        .iter()
        .chain(&item_node.operations)
        .map(|m| (m.method_name.as_str(), &m.gate))
        .collect();
    assert_eq!(
        methods,
        [
            ("get", &flow),
            ("get", &flow),
            ("update", &flow),
            ("run", &flow),
            ("sync", &Gate::Always)
        ]
    );
    // The `$filter` marker type is used by the gated `list()` only.
    assert_eq!(nav.option_set_gates.get("FilterOptions"), Some(&flow));
}

#[test]
fn cfgs_land_on_gated_items_only() {
    let (_, files) = fixture();
    let out: String = files
        .iter()
        .map(|f| format!("==> {}\n{}", f.path, f.contents))
        .collect();
    insta::assert_snapshot!(out);
}

/// Every item is compiled whenever something needing it is: never a gated type inside an ungated
/// one, or a type gated more narrowly than an operation or builder using it.
fn assert_consistent(ir: &Ir) {
    let covers = |wide: &Gate, narrow: &Gate| wide.union(narrow) == *wide;
    let gate_of = |name: &str| ir.types.get(name).map(|d| d.gate().clone()).unwrap_or_default();
    fn named(ty: &Type, out: &mut Vec<String>) {
        match ty {
            Type::Named { rust_name, .. } => out.push(rust_name.clone()),
            Type::List(item) => named(item, out),
            _ => {}
        }
    }
    for (name, def) in &ir.types {
        let mut needs = Vec::new();
        match def {
            TypeDef::Struct(s) => {
                s.fields.iter().for_each(|f| named(&f.ty, &mut needs));
                needs.extend(s.parents.iter().cloned());
            }
            TypeDef::Alias(a) => named(&a.ty, &mut needs),
            TypeDef::Enum(_) => {}
        }
        for needed in needs {
            assert!(covers(&gate_of(&needed), def.gate()), "{name} needs {needed}");
        }
    }
    for op in &ir.operations {
        for body in [&op.request, &op.response].into_iter().flatten() {
            if let msgraph_sync_codegen::ir::BodyKind::Typed(ty) = &body.kind {
                let mut needs = Vec::new();
                named(ty, &mut needs);
                for needed in needs {
                    assert!(
                        covers(&gate_of(&needed), &op.gate()),
                        "{} {} needs {needed}",
                        op.method,
                        op.path
                    );
                }
            }
        }
    }
    for node in ir.navigation.nodes.values() {
        for m in &node.operations {
            assert!(covers(&node.gate, &m.gate), "{}::{}", node.rust_name, m.method_name);
        }
        for child in &node.children {
            assert!(covers(&node.gate, &child.gate), "{}::{}", node.rust_name, child.method);
            assert_eq!(child.gate, ir.navigation.nodes[&child.target].gate);
        }
    }
}

#[test]
fn fixture_gates_are_consistent() {
    assert_consistent(&fixture().0);
}

fn real(version: &str) -> Ir {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../spec/{version}.yaml"));
    let text = std::fs::read_to_string(&path).expect("fragment");
    let doc = msgraph_sync_codegen::load::parse(version, &text).expect("parses");
    msgraph_sync_codegen::resolve::resolve(&doc).expect("resolves")
}

#[test]
fn the_provisioning_flow_is_gated_and_synchronization_is_not() {
    let flow = feature(&["provisioning-flow"]);
    for version in ["v1.0", "beta"] {
        let ir = real(version);
        assert_consistent(&ir);
        // Every provisioning-flow operation carries the feature; no synchronization one does.
        for op in &ir.operations {
            let synchronization = op.path.to_string().contains("/synchronization");
            assert_eq!(
                op.gate() == flow,
                !synchronization,
                "{version}: {} {}",
                op.method,
                op.path
            );
        }
        for name in [
            "ServicePrincipal",
            "Application",
            "ProvisioningObjectSummary",
            "ApplicationTemplate",
        ] {
            assert_eq!(type_gate(&ir, name), &flow, "{version}: {name}");
        }
        for name in [
            "SynchronizationJob",
            "SynchronizationSchema",
            "SynchronizationTemplate",
            "ODataCountResponse",
        ] {
            assert_eq!(type_gate(&ir, name), &Gate::Always, "{version}: {name}");
        }
        let gated: BTreeSet<&str> = ir
            .types
            .iter()
            .filter(|(_, d)| *d.gate() == flow)
            .map(|(n, _)| n.as_str())
            .collect();
        // Many schemas are reached only through the flow.
        assert!(gated.len() > 60, "{version}: only {} gated types", gated.len());
        // `service_principals().item(id).synchronization()` stays; the lookups are gated.
        let nav = &ir.navigation;
        let sp = nav
            .roots
            .iter()
            .find(|c| c.method == "service_principals")
            .expect("root");
        assert_eq!(sp.gate, Gate::Always);
        let sp_node = &nav.nodes[&sp.target];
        let list = sp_node
            .operations
            .iter()
            .find(|m| m.method_name == "list")
            .expect("list");
        assert_eq!(list.gate, flow);
        let item = sp_node.children.iter().find(|c| c.method == "item").expect("item");
        assert_eq!(item.gate, Gate::Always);
        let item_node = &nav.nodes[&item.target];
        let get = item_node
            .operations
            .iter()
            .find(|m| m.method_name == "get")
            .expect("get");
        assert_eq!(get.gate, flow);
        let sync = item_node
            .children
            .iter()
            .find(|c| c.method == "synchronization")
            .expect("synchronization");
        assert_eq!(sync.gate, Gate::Always);
        for method in ["application_templates", "audit_logs", "service_principals_by_app_id"] {
            let root = nav.roots.iter().find(|c| c.method == method).expect(method);
            assert_eq!(root.gate, flow, "{version}: Api::{method}");
        }
    }
}

#[test]
fn a_feature_name_cargo_would_refuse_is_an_error_naming_the_operation() {
    let bad = FIXTURE.replace("x-msgraph-sync-feature: extra", "x-msgraph-sync-feature: \"a\\\"b\"");
    let err = msgraph_sync_codegen::generate_spec_checked(
        "gates.yaml",
        &bad,
        msgraph_sync_codegen::Formatting::Compact,
        msgraph_sync_codegen::ir::OnUnsupported::Refuse,
    )
    .map(|_| ())
    .expect_err("refused")
    .to_string();
    assert!(
        err.contains("#/paths/~1extras/get/x-msgraph-sync-feature") && err.contains("cargo feature name"),
        "{err}"
    );
    // By default the operation is left out, named with the same error, and the rest generated.
    let (ir, _) = generate_spec("gates.yaml", &bad)
        .map_err(|e| e.to_string())
        .expect("generates");
    assert_eq!(ir.skipped.len(), 1);
    assert_eq!(ir.skipped[0].reason, err);
}
