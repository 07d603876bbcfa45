//! Which cargo features compile each generated item. An operation may belong to a feature
//! (`x-msgraph-sync-feature` in the spec, written by `extract`); every other item is compiled under
//! the union of the gates of what needs it:
//!
//! - a type is needed by the operations whose request or response body it is, by the structs
//!   with a field of it (directly or in a list), by the aliases naming it, and by the structs it
//!   is an `allOf` parent of. A type no operation reaches at all is compiled always, as is
//!   everything it needs: a gate is only ever put on what is provably reached through gated
//!   operations alone;
//! - a builder type (a position in the URL) by its operations and children, a builder method by
//!   its operation or target, an option marker type by the methods taking it.
//!
//! The result is the least fixpoint (gates only widen), so cycles of types are handled.

use crate::ir::{Gate, Ir, Navigation, Type, TypeDef};
use std::collections::BTreeMap;

/// Sets every `gate` field of `ir` from its operations' features.
pub fn decide(ir: &mut Ir) {
    decide_types(ir);
    decide_navigation(&mut ir.navigation);
}

/// The named types a type refers to (fields, list items, alias targets, `allOf` parents).
fn needs(def: &TypeDef) -> Vec<&str> {
    fn named<'t>(ty: &'t Type, out: &mut Vec<&'t str>) {
        match ty {
            Type::Named { rust_name, .. } => out.push(rust_name),
            Type::List(item) => named(item, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match def {
        TypeDef::Struct(s) => {
            for f in &s.fields {
                named(&f.ty, &mut out);
            }
            out.extend(s.parents.iter().map(String::as_str));
        }
        TypeDef::Alias(a) => named(&a.ty, &mut out),
        TypeDef::Enum(_) => {}
    }
    out
}

fn decide_types(ir: &mut Ir) {
    let mut reached: BTreeMap<String, Gate> = BTreeMap::new();
    let mut pending: Vec<(String, Gate)> = Vec::new();
    for op in &ir.operations {
        for body in [&op.request, &op.response].into_iter().flatten() {
            if let crate::ir::BodyKind::Typed(ty) = &body.kind {
                let mut names = Vec::new();
                collect_named(ty, &mut names);
                pending.extend(names.into_iter().map(|n| (n, op.gate())));
            }
        }
    }
    propagate(&ir.types, &mut reached, pending);
    // What no operation reaches is not known to be gated: always compiled, with all it needs.
    let unreached: Vec<(String, Gate)> = ir
        .types
        .keys()
        .filter(|name| !reached.contains_key(*name))
        .map(|name| (name.clone(), Gate::Always))
        .collect();
    propagate(&ir.types, &mut reached, unreached);
    for (name, def) in ir.types.iter_mut() {
        *def.gate_mut() = reached.remove(name).unwrap_or_default();
    }
}

fn collect_named(ty: &Type, out: &mut Vec<String>) {
    match ty {
        Type::Named { rust_name, .. } => out.push(rust_name.clone()),
        Type::List(item) => collect_named(item, out),
        _ => {}
    }
}

/// Widens `reached` from `pending` until nothing changes (a worklist: each type is revisited
/// only when its gate widened, at most once per feature plus once for `Always`).
fn propagate(
    types: &BTreeMap<String, TypeDef>,
    reached: &mut BTreeMap<String, Gate>,
    mut pending: Vec<(String, Gate)>,
) {
    while let Some((name, gate)) = pending.pop() {
        let widened = match reached.get(&name) {
            None => gate,
            Some(old) => {
                let new = old.union(&gate);
                if new == *old {
                    continue;
                }
                new
            }
        };
        reached.insert(name.clone(), widened.clone());
        if let Some(def) = types.get(&name) {
            pending.extend(needs(def).into_iter().map(|n| (n.to_string(), widened.clone())));
        }
    }
}

fn decide_navigation(nav: &mut Navigation) {
    // The URL tree is acyclic (a node's children are longer paths), and shared nodes are shared
    // whole: a node's gate is the union over its own subtree, whichever root reaches it.
    fn node_gate(nav: &Navigation, name: &str, memo: &mut BTreeMap<String, Gate>) -> Gate {
        if let Some(gate) = memo.get(name) {
            return gate.clone();
        }
        let Some(node) = nav.nodes.get(name) else {
            return Gate::Always;
        };
        let mut gate: Option<Gate> = None;
        let mut widen = |g: &Gate| gate = Some(gate.as_ref().map_or_else(|| g.clone(), |old| old.union(g)));
        for m in &node.operations {
            widen(&m.gate);
        }
        for child in &node.children {
            widen(&node_gate(nav, &child.target, memo));
        }
        let gate = gate.unwrap_or_default();
        memo.insert(name.to_string(), gate.clone());
        gate
    }
    let mut memo = BTreeMap::new();
    let names: Vec<String> = nav.nodes.keys().cloned().collect();
    for name in &names {
        node_gate(nav, name, &mut memo);
    }
    for child in &mut nav.roots {
        child.gate = memo.get(&child.target).cloned().unwrap_or_default();
    }
    let mut option_gates: BTreeMap<String, Gate> = BTreeMap::new();
    for node in nav.nodes.values_mut() {
        node.gate = memo.get(&node.rust_name).cloned().unwrap_or_default();
        for child in &mut node.children {
            child.gate = memo.get(&child.target).cloned().unwrap_or_default();
        }
        for m in &node.operations {
            if let Some(options) = &m.options {
                let widened = match option_gates.get(options) {
                    None => m.gate.clone(),
                    Some(old) => old.union(&m.gate),
                };
                option_gates.insert(options.clone(), widened);
            }
        }
    }
    nav.option_set_gates = option_gates;
}
