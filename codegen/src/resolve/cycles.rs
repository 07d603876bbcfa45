//! Graph passes over the resolved types: aliases that name each other are refused, and fields
//! through which a struct contains itself are boxed.

use super::schema_pointer;
use crate::error::{Error, Result};
use crate::ir::*;
use std::collections::BTreeMap;

/// Follows `type A = B;` aliases to the type they name (aliases are checked acyclic first).
fn through_aliases<'t>(types: &'t BTreeMap<String, TypeDef>, mut name: &'t str) -> &'t str {
    while let Some(TypeDef::Alias(AliasDef {
        ty: Type::Named { rust_name, .. },
        ..
    })) = types.get(name)
    {
        name = rust_name;
    }
    name
}

/// `a: {$ref: b}`, `b: {$ref: a}` would make `type A = B; type B = A;`.
pub(super) fn check_alias_cycles(types: &BTreeMap<String, TypeDef>) -> Result<()> {
    for (start, def) in types {
        let mut seen = vec![start.as_str()];
        let mut current = def;
        while let TypeDef::Alias(AliasDef {
            ty: Type::Named { rust_name, .. },
            spec_name,
            ..
        }) = current
        {
            if seen.contains(&rust_name.as_str()) {
                seen.push(rust_name);
                // Named as the spec names them, as the other errors do.
                let cycle: Vec<&str> = seen
                    .iter()
                    .map(|n| types.get(*n).map_or(*n, TypeDef::spec_name))
                    .collect();
                return Err(Error::CyclicAlias {
                    pointer: schema_pointer(spec_name),
                    cycle: cycle.join(" → "),
                });
            }
            seen.push(rust_name);
            match types.get(rust_name) {
                Some(next) => current = next,
                None => break,
            }
        }
    }
    Ok(())
}

/// The strongly connected component of every node (Kosaraju, iterative: no recursion on big specs).
fn strongly_connected(edges: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, usize> {
    let names: Vec<&String> = edges.keys().collect();
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
    let forward: Vec<Vec<usize>> = names
        .iter()
        .map(|n| {
            edges[*n]
                .iter()
                .filter_map(|t| index.get(t.as_str()).copied())
                .collect()
        })
        .collect();
    let mut backward = vec![Vec::new(); names.len()];
    for (from, targets) in forward.iter().enumerate() {
        for &to in targets {
            backward[to].push(from);
        }
    }
    // 1. Finishing order of a depth-first search on the forward graph.
    let mut order = Vec::with_capacity(names.len());
    let mut visited = vec![false; names.len()];
    for start in 0..names.len() {
        if visited[start] {
            continue;
        }
        visited[start] = true;
        let mut stack = vec![(start, 0usize)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&child) = forward[node].get(next) {
                stack.push((node, next + 1));
                if !visited[child] {
                    visited[child] = true;
                    stack.push((child, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    // 2. Components on the backward graph, in reverse finishing order.
    let mut component = vec![usize::MAX; names.len()];
    let mut count = 0;
    for &start in order.iter().rev() {
        if component[start] != usize::MAX {
            continue;
        }
        let mut stack = vec![start];
        component[start] = count;
        while let Some(node) = stack.pop() {
            for &prev in &backward[node] {
                if component[prev] == usize::MAX {
                    component[prev] = count;
                    stack.push(prev);
                }
            }
        }
        count += 1;
    }
    names
        .into_iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), component[i]))
        .collect()
}

/// Boxes every field through which a struct (directly, not via a list) contains itself.
pub(super) fn box_cycles(types: &mut BTreeMap<String, TypeDef>) {
    let direct: BTreeMap<String, Vec<String>> = types
        .iter()
        .filter_map(|(name, def)| match def {
            TypeDef::Struct(s) => Some((
                name.clone(),
                s.fields
                    .iter()
                    .filter_map(|f| match &f.ty {
                        Type::Named { rust_name, .. } => Some(through_aliases(types, rust_name).to_string()),
                        _ => None,
                    })
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    // A field needs a box exactly when its target lies on a cycle with the struct holding it:
    // the two are in one strongly connected component of the direct-containment graph.
    let component = strongly_connected(&direct);
    let mut to_box = Vec::new();
    for (name, targets) in &direct {
        for target in targets {
            if component.contains_key(target) && component.get(target) == component.get(name) {
                to_box.push((name.clone(), target.clone()));
            }
        }
    }
    let resolved: BTreeMap<String, String> = types
        .keys()
        .map(|k| (k.clone(), through_aliases(types, k).to_string()))
        .collect();
    for (name, target) in to_box {
        if let Some(TypeDef::Struct(s)) = types.get_mut(&name) {
            for f in &mut s.fields {
                if let Type::Named { rust_name, boxed } = &mut f.ty {
                    if resolved.get(rust_name.as_str()) == Some(&target) {
                        *boxed = true;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::resolve_yaml;
    use super::*;

    /// `(struct, field) → boxed` for every field of a named type.
    fn boxing(schemas: &str) -> Vec<(String, String, bool)> {
        let ir = resolve_yaml("{}", schemas).unwrap();
        let mut out = Vec::new();
        for (name, def) in &ir.types {
            if let TypeDef::Struct(s) = def {
                for f in &s.fields {
                    if let Type::Named { boxed, .. } = f.ty {
                        out.push((name.clone(), f.rust_name.clone(), boxed));
                    }
                }
            }
        }
        out
    }

    fn row(s: &str, f: &str, boxed: bool) -> (String, String, bool) {
        (s.to_string(), f.to_string(), boxed)
    }

    #[test]
    fn a_struct_holding_itself_is_boxed_and_one_holding_a_list_of_itself_is_not() {
        assert_eq!(
            boxing("{node: {type: object, properties: {parent: {$ref: '#/components/schemas/node'}, children: {type: array, items: {$ref: '#/components/schemas/node'}}}}}"),
            [row("Node", "parent", true)]
        );
    }

    #[test]
    fn every_field_on_a_cycle_is_boxed_and_fields_off_it_are_not() {
        assert_eq!(
            boxing(
                "{a: {type: object, properties: {b: {$ref: '#/components/schemas/b'}, leaf: {$ref: '#/components/schemas/leaf'}}},
                  b: {type: object, properties: {a: {$ref: '#/components/schemas/a'}}},
                  leaf: {type: object, properties: {up: {$ref: '#/components/schemas/c'}}},
                  c: {type: object, properties: {x: {type: string}}}}"
            ),
            [row("A", "b", true), row("A", "leaf", false), row("B", "a", true), row("Leaf", "up", false)]
        );
    }

    #[test]
    fn a_cycle_through_an_alias_boxes_the_field() {
        assert_eq!(
            boxing("{a: {$ref: '#/components/schemas/b'}, b: {type: object, properties: {x: {$ref: '#/components/schemas/a'}}}}"),
            [row("B", "x", true)]
        );
    }

    #[test]
    fn aliases_naming_each_other_are_a_cyclic_alias_error() {
        // The pointer is the alias whose `$ref` closes the cycle.
        let err = resolve_yaml(
            "{}",
            "{a: {$ref: '#/components/schemas/b'}, b: {$ref: '#/components/schemas/c'}, c: {$ref: '#/components/schemas/a'}}",
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::CyclicAlias { pointer, cycle } if pointer == "#/components/schemas/c" && cycle == "a → b → c → a"),
            "{err}"
        );
        // An alias chain that ends in a type is fine.
        resolve_yaml("{}", "{a: {$ref: '#/components/schemas/b'}, b: {type: string}}").unwrap();
    }

    #[test]
    fn strongly_connected_components_group_exactly_the_cycles() {
        let edges: BTreeMap<String, Vec<String>> = [
            ("a", vec!["b"]),
            ("b", vec!["c"]),
            ("c", vec!["a", "d"]),
            ("d", vec!["d"]),
            ("e", vec!["a", "unknown"]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
        .collect();
        let c = strongly_connected(&edges);
        assert!(c["a"] == c["b"] && c["b"] == c["c"]);
        assert_ne!(c["a"], c["d"]);
        assert_ne!(c["a"], c["e"]);
        assert_ne!(c["d"], c["e"]);
        assert_eq!(c.len(), 5);
    }
}
