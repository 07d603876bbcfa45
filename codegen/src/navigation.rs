//! Operations → the request-builder tree. Positions in the URL become types named from the path
//! (never from operationIds, which Graph does not keep unique); the same sub-tree under
//! `servicePrincipals/{id}` and `applications/{id}` is one set of types.

use crate::error::{pointer_segment, Error, Result};
use crate::ir::{Child, Gate, Navigation, Node, OperationDef, OperationMethod, Segment};
use crate::names;
use crate::resolve::{HEADER_OPTIONS, QUERY_OPTIONS};
use heck::ToSnakeCase;
use std::collections::BTreeMap;

/// A trie node over path segments, before naming.
#[derive(Default)]
struct Trie {
    children: Vec<(String, Trie)>,
    operations: Vec<usize>,
}

impl Trie {
    fn child(&mut self, segment: &str) -> &mut Trie {
        let at = match self.children.iter().position(|(s, _)| s == segment) {
            Some(at) => at,
            None => {
                self.children.push((segment.to_string(), Trie::default()));
                self.children.len() - 1
            }
        };
        &mut self.children[at].1
    }
}

fn is_key(segment: &str) -> bool {
    segment.starts_with('{') && segment.ends_with('}')
}

/// An action or function segment (`microsoft.graph.start`, `microsoft.graph.functions()`, `$count`).
fn is_operation_segment(segment: &str) -> bool {
    segment.starts_with('$') || segment.contains('.')
}

/// `filterOperators()` → `filter_operators`; `$count` → `count`; `servicePrincipals` → `service_principals`;
/// `applications(appId='{appId}')` → `applications_by_app_id`.
fn method_name(segment: &str) -> String {
    let mut name = names::segment_stem(segment).to_snake_case();
    if let Some((_, params)) = templated(segment) {
        let keys: Vec<String> = params.iter().map(|(key, _)| key.to_snake_case()).collect();
        name = format!("{name}_by_{}", keys.join("_and_"));
    }
    names::field_name(&name)
}

/// `applications(appId='{appId}')` → (`applications`, [(`appId`, `appId`)]): the prefix, and each
/// (key, path parameter) inside the parentheses. `None` for a segment without parameters.
pub fn templated(segment: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let (prefix, rest) = segment.split_once('(')?;
    let inside = rest.strip_suffix(')')?;
    if !inside.contains('{') {
        return None;
    }
    let params = inside
        .split(',')
        .map(|pair| {
            let (key, value) = pair.split_once('=')?;
            let param = value.trim_matches('\'').strip_prefix('{')?.strip_suffix('}')?;
            Some((key.trim(), param))
        })
        .collect::<Option<Vec<_>>>()?;
    Some((prefix, params))
}

fn templated_segment(segment: &str) -> Option<Segment> {
    let (_, params) = templated(segment)?;
    Some(Segment::Templated {
        template: segment.to_string(),
        params: params.iter().map(|(_, p)| p.to_string()).collect(),
    })
}

/// The type-name stem of a segment: `ApplicationsByAppId` for `applications(appId='{appId}')`.
fn segment_type_stem(segment: &str) -> String {
    let mut stem = names::segment_stem(segment);
    if let Some((_, params)) = templated(segment) {
        stem.push_str("By");
        stem.extend(params.iter().map(|(key, _)| names::upper_camel(key)));
    }
    stem
}

pub fn build(operations: &[OperationDef]) -> Result<Navigation> {
    let mut root = Trie::default();
    for (i, op) in operations.iter().enumerate() {
        let mut node = &mut root;
        for segment in op.path.split('/').filter(|s| !s.is_empty()) {
            node = node.child(segment);
        }
        node.operations.push(i);
    }
    let mut nav = Navigation::default();
    for (literal, trie) in &root.children {
        if is_key(literal) {
            return Err(Error::unsupported(
                &format!("#/paths/{}", pointer_segment(literal)),
                "a path that starts with a key",
            ));
        }
        // `/servicePrincipals/{id}` with nothing at `/servicePrincipals` itself: one entry point taking the id.
        let root = segment_type_stem(literal);
        // Below an entry point taking a key, names start afresh (`SynchronizationRequests`), so the
        // same sub-tree under `servicePrincipals/{id}` and `applications/{id}` is one set of types.
        let (prefix, segment, target_trie, target_name, suffix, stem) = match trie.children.as_slice() {
            [(key, item)] if trie.operations.is_empty() && is_key(key) => (
                Some(literal.clone()),
                Segment::Key(key.trim_matches(['{', '}']).to_string()),
                item,
                format!("{root}ItemRequests"),
                format!("/{literal}/{key}"),
                String::new(),
            ),
            _ => (
                None,
                templated_segment(literal).unwrap_or_else(|| Segment::Literal(literal.clone())),
                trie,
                format!("{root}Requests"),
                format!("/{literal}"),
                root.clone(),
            ),
        };
        let target = add_node(&mut nav, operations, target_trie, &target_name, &suffix, &stem, &root)?;
        nav.roots.push(Child {
            method: method_name(literal),
            prefix,
            segment,
            target,
            gate: Gate::Always,
        });
    }
    Ok(nav)
}

/// Adds the type for `trie` (named `name`; `stem` is the path-derived prefix of its children's names).
fn add_node(
    nav: &mut Navigation,
    operations: &[OperationDef],
    trie: &Trie,
    name: &str,
    suffix: &str,
    stem: &str,
    root: &str,
) -> Result<String> {
    let mut node = Node {
        rust_name: name.to_string(),
        suffix: display_suffix(suffix),
        children: Vec::new(),
        operations: Vec::new(),
        gate: Gate::Always,
    };
    let collection = trie.children.iter().any(|(s, _)| is_key(s));
    for &i in &trie.operations {
        let op = &operations[i];
        let method_name = match op.method.as_str() {
            "get" if op.pageable => "list",
            "get" => "get",
            "post" if collection || !suffix.rsplit('/').next().is_some_and(is_operation_segment) => "create",
            "post" => "post",
            "put" => "put",
            "patch" => "update",
            "delete" => "delete",
            other => other,
        };
        node.operations.push(OperationMethod {
            method_name: method_name.to_string(),
            operation: i,
            segment: None,
            options: option_set(nav, &op.options),
            gate: op.gate(),
        });
    }
    for (segment, child) in &trie.children {
        let child_suffix = format!("{suffix}/{segment}");
        if is_key(segment) {
            let child_stem = format!("{stem}Item");
            let child_name = format!("{child_stem}Requests");
            // The item of a root collection (`/servicePrincipals/{id}`) is an entry point like a
            // root taking the key: names below it start afresh, so its sub-tree is shared with
            // `applications(id)`'s as before `/servicePrincipals` itself was in the fragment.
            // Not when the root's own segment recurs below (`/sites/{id}/sites/{id1}`): fresh
            // names there would be the root's.
            let root_segment = suffix.trim_start_matches('/');
            let below_stem = if suffix.matches('/').count() == 1 && !contains_segment(child, root_segment) {
                ""
            } else {
                child_stem.as_str()
            };
            let target = add_node(nav, operations, child, &child_name, &child_suffix, below_stem, root)?;
            node.children.push(Child {
                method: "item".to_string(),
                prefix: None,
                segment: Segment::Key(segment.trim_matches(['{', '}']).to_string()),
                target,
                gate: Gate::Always,
            });
        } else if child.children.is_empty() && child.operations.len() == 1 && templated(segment).is_none() {
            // A leaf with one operation (an action, a function, `$count`): a method here.
            let i = child.operations[0];
            node.operations.push(OperationMethod {
                method_name: method_name(segment),
                operation: i,
                segment: Some(segment.clone()),
                options: option_set(nav, &operations[i].options),
                gate: operations[i].gate(),
            });
        } else {
            let child_stem = format!("{stem}{}", segment_type_stem(segment));
            let child_name = format!("{child_stem}Requests");
            let target = add_node(nav, operations, child, &child_name, &child_suffix, &child_stem, root)?;
            node.children.push(Child {
                method: method_name(segment),
                prefix: None,
                segment: templated_segment(segment).unwrap_or_else(|| Segment::Literal(segment.clone())),
                target,
                gate: Gate::Always,
            });
        }
    }
    check_unique_methods(&node, operations)?;
    // The same name under another root with another shape: this one takes its root's name as a prefix.
    let qualified = format!("{root}{name}");
    for candidate in [name, qualified.as_str()] {
        node.rust_name = candidate.to_string();
        match nav.nodes.get(candidate) {
            None => {
                nav.nodes.insert(candidate.to_string(), node);
                return Ok(candidate.to_string());
            }
            Some(existing) if same_shape(existing, &node, operations) => return Ok(candidate.to_string()),
            Some(_) => {}
        }
    }
    Err(Error::NameCollision {
        pointer: format!("#/paths/{}", pointer_segment(suffix)),
        first: nav.nodes.get(&qualified).map(|n| n.suffix.clone()).unwrap_or_default(),
        second: node.suffix.clone(),
        rust: qualified,
    })
}

/// Whether `segment` is a segment anywhere below `trie`.
fn contains_segment(trie: &Trie, segment: &str) -> bool {
    trie.children
        .iter()
        .any(|(s, child)| s == segment || contains_segment(child, segment))
}

/// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs` → `…/synchronization/jobs`:
/// the part shared by every root.
pub fn display_suffix(suffix: &str) -> String {
    let segments: Vec<&str> = suffix.split('/').filter(|s| !s.is_empty()).collect();
    if segments.len() > 2 && is_key(segments[1]) {
        format!("…/{}", segments[2..].join("/"))
    } else {
        suffix.to_string()
    }
}

/// Two builder methods with one name would not compile: report it with the path.
fn check_unique_methods(node: &Node, operations: &[OperationDef]) -> Result<()> {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    let names = node
        .children
        .iter()
        .map(|c| (c.method.as_str(), c.target.as_str()))
        .chain(
            node.operations
                .iter()
                .map(|o| (o.method_name.as_str(), operations[o.operation].path.as_str())),
        );
    for (method, what) in names {
        if let Some(first) = seen.insert(method, what) {
            return Err(Error::NameCollision {
                pointer: format!("#/paths/{}", pointer_segment(what)),
                first: first.to_string(),
                second: what.to_string(),
                rust: format!("{}::{method}", node.rust_name),
            });
        }
    }
    Ok(())
}

/// Nodes reached from different roots share a type only when their methods agree exactly, their
/// features included (a shared method has one `cfg`).
fn same_shape(a: &Node, b: &Node, operations: &[OperationDef]) -> bool {
    let signature = |n: &Node| {
        let ops: Vec<String> = n
            .operations
            .iter()
            .map(|o| {
                let op = &operations[o.operation];
                format!(
                    "{} {:?} {} {:?} {:?} {:?} {:?}",
                    o.method_name, o.segment, op.method, o.options, op.request, op.response, op.feature
                )
            })
            .collect();
        (n.children.clone(), ops, n.suffix.clone())
    };
    signature(a) == signature(b)
}

/// The marker type for a set of options, registered in `nav` (`None` when there are none).
fn option_set(nav: &mut Navigation, options: &[String]) -> Option<String> {
    let canonical: Vec<String> = QUERY_OPTIONS
        .iter()
        .chain(HEADER_OPTIONS)
        .filter(|o| options.iter().any(|x| x == *o))
        .map(|o| o.to_string())
        .collect();
    if canonical.is_empty() {
        return None;
    }
    let name: String = canonical
        .iter()
        .map(|o| match o.as_str() {
            "$orderby" => "OrderBy".to_string(),
            other => names::upper_camel(other.trim_start_matches('$')),
        })
        .chain(["Options".to_string()])
        .collect();
    nav.option_sets.insert(name.clone(), canonical);
    Some(name)
}
