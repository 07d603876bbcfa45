//! Operations → the request-builder tree. Positions in the URL become types named from the path
//! (never from operationIds, which Graph does not keep unique); the same sub-tree under
//! `servicePrincipals/{id}` and `applications/{id}` is one set of types.
//!
//! Naming, in three steps that never look at the order of the spec's paths:
//! 1. every position gets a *shape*: its path below its root's key (`…/synchronization/jobs`,
//!    or the whole path where the root takes no key), its operations and its children's shapes.
//!    Positions of one shape share one type.
//! 2. each shape's preferred name comes from that path below the root's key
//!    (`SynchronizationJobsRequests`); its second from the whole path
//!    (`ServicePrincipalsItemSynchronizationJobsRequests`, the smallest over its positions).
//! 3. [`names::assign`] gives a name to a shape only when no other shape wants it; shapes that
//!    want the same name all take their next one. A path added elsewhere cannot rename a type
//!    unless it changes that type's own shape or wants that type's name itself.

use crate::error::{pointer_segment, Error, Result};
use crate::ir::{Body, Child, Gate, Navigation, Node, OperationDef, OperationMethod, Segment};
use crate::names;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// `applications(appId='{appId}')` → (`applications`, [(`appId`, `appId`)]): the prefix, and each
/// (key, path parameter) inside the parentheses. A bare key list (`id='{id}',policyId='{policyId}'`,
/// a composite key as a segment of its own) has the prefix `""`. `None` for a segment without
/// parameters.
pub fn templated(segment: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let (prefix, inside) = match segment.split_once('(') {
        Some((prefix, rest)) => (prefix, rest.strip_suffix(')')?),
        None if segment.contains("='{") => ("", segment),
        None => return None,
    };
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

/// The prefix and key names of a templated segment, as [`names`] takes them.
fn template_keys(segment: &str) -> Option<(&str, Vec<&str>)> {
    templated(segment).map(|(prefix, params)| (prefix, params.iter().map(|(key, _)| *key).collect()))
}

fn method_name(segment: &str) -> String {
    names::segment_method(segment, template_keys(segment))
}

fn segment_type_stem(segment: &str) -> String {
    names::segment_type_stem(segment, template_keys(segment))
}

fn templated_segment(segment: &str) -> Option<Segment> {
    let (_, params) = templated(segment)?;
    Some(Segment::Templated {
        template: segment.to_string(),
        params: params.iter().map(|(_, p)| p.to_string()).collect(),
    })
}

fn segment_of(segment: &str) -> Segment {
    if is_key(segment) {
        Segment::Key(segment.trim_matches(['{', '}']).to_string())
    } else {
        templated_segment(segment).unwrap_or_else(|| Segment::Literal(segment.to_string()))
    }
}

/// The type-name stem of a run of segments: keys are `Item`.
fn path_stem(segments: &[String]) -> String {
    segments
        .iter()
        .map(|s| {
            if is_key(s) {
                "Item".to_string()
            } else {
                segment_type_stem(s)
            }
        })
        .collect()
}

/// What makes two positions one type: the path below the root's key, the operations (with
/// everything their methods' signatures depend on) and the children, by method, segment and shape.
#[derive(PartialEq, Eq, Hash)]
struct Shape {
    suffix: String,
    operations: Vec<OperationShape>,
    children: Vec<(String, Segment, usize)>,
}

#[derive(PartialEq, Eq, Hash)]
struct OperationShape {
    method_name: String,
    segment: Option<String>,
    http_method: String,
    options: Option<String>,
    required_query: Vec<String>,
    request: Option<Body>,
    response: Option<Body>,
    feature: Option<String>,
}

/// A position's type before it is named.
struct Class {
    /// The node, its `rust_name` and its children's targets not yet filled in.
    node: Node,
    /// Shapes of the children, in `node.children` order.
    child_classes: Vec<usize>,
    preferred: String,
    /// The whole-path stem of each position of this shape.
    full_paths: Vec<(String, String)>,
}

struct Builder<'o> {
    operations: &'o [OperationDef],
    shapes: HashMap<Shape, usize>,
    classes: Vec<Class>,
    option_sets: BTreeMap<String, Vec<String>>,
}

/// Builds the tree; `taken` are the type names already decided (models, enums), which no builder
/// type may take.
pub fn build(operations: &[OperationDef], taken: &BTreeSet<String>) -> Result<Navigation> {
    let mut root = Trie::default();
    for (i, op) in operations.iter().enumerate() {
        let mut node = &mut root;
        for segment in op.path.split('/').filter(|s| !s.is_empty()) {
            node = node.child(segment);
        }
        node.operations.push(i);
    }
    let mut builder = Builder {
        operations,
        shapes: HashMap::new(),
        classes: Vec::new(),
        option_sets: BTreeMap::new(),
    };
    let mut roots = Vec::new();
    for (literal, trie) in &root.children {
        if is_key(literal) {
            return Err(Error::unsupported(
                &format!("#/paths/{}", pointer_segment(literal)),
                "a path that starts with a key",
            ));
        }
        // `/servicePrincipals/{id}` with nothing at `/servicePrincipals` itself: one entry point taking the id.
        let (prefix, segment, class) = match trie.children.as_slice() {
            [(key, item)] if trie.operations.is_empty() && is_key(key) => (
                Some(literal.clone()),
                segment_of(key),
                builder.add(item, &[literal.clone(), key.clone()])?,
            ),
            _ => (
                None,
                segment_of(literal),
                builder.add(trie, std::slice::from_ref(literal))?,
            ),
        };
        roots.push((method_name(literal), prefix, segment, class));
    }
    // Canonical order for numbering: by the smallest whole path of each shape.
    let mut order: Vec<usize> = (0..builder.classes.len()).collect();
    order.sort_by(|&a, &b| builder.classes[a].full_paths.cmp(&builder.classes[b].full_paths));
    let candidates: Vec<Vec<String>> = order
        .iter()
        .map(|&c| {
            let class = &builder.classes[c];
            let full = class
                .full_paths
                .iter()
                .map(|(stem, _)| stem)
                .min()
                .cloned()
                .unwrap_or_default();
            let mut list = vec![format!("{}Requests", class.preferred)];
            if full != class.preferred {
                list.push(format!("{full}Requests"));
            }
            list
        })
        .collect();
    let mut taken = taken.clone();
    taken.extend(builder.option_sets.keys().cloned());
    let mut class_names = vec![String::new(); builder.classes.len()];
    for (&c, name) in order.iter().zip(names::assign(&candidates, &["Requests"], &mut taken)) {
        class_names[c] = name;
    }
    let mut nav = Navigation {
        option_sets: builder.option_sets,
        ..Navigation::default()
    };
    nav.roots = roots
        .into_iter()
        .map(|(method, prefix, segment, class)| Child {
            method,
            prefix,
            segment,
            target: class_names[class].clone(),
            gate: Gate::Always,
        })
        .collect();
    for (c, class) in builder.classes.into_iter().enumerate() {
        let mut node = class.node;
        node.rust_name = class_names[c].clone();
        for (child, &target) in node.children.iter_mut().zip(&class.child_classes) {
            child.target = class_names[target].clone();
        }
        check_unique_methods(&node, operations)?;
        nav.nodes.insert(node.rust_name.clone(), node);
    }
    Ok(nav)
}

impl Builder<'_> {
    /// The shape of the position `path` (its trie `trie`), with those of the positions below it.
    fn add(&mut self, trie: &Trie, path: &[String]) -> Result<usize> {
        let full = format!("/{}", path.join("/"));
        let suffix = display_suffix(&full);
        // Below a root's key, names start afresh: the sub-tree is the same under every root.
        let preferred = if path.len() > 2 && is_key(&path[1]) {
            path_stem(&path[2..])
        } else {
            path_stem(path)
        };
        let collection = trie.children.iter().any(|(s, _)| is_key(s));
        let plain = !path.last().is_some_and(|s| names::is_operation_segment(s));
        let mut node = Node {
            rust_name: String::new(),
            suffix: suffix.clone(),
            children: Vec::new(),
            operations: Vec::new(),
            gate: Gate::Always,
        };
        for &i in &trie.operations {
            let op = &self.operations[i];
            node.operations.push(OperationMethod {
                method_name: names::verb_method(&op.method, op.pageable, collection || plain),
                operation: i,
                segment: None,
                options: self.option_set(&op.options),
                gate: op.gate(),
            });
        }
        let mut child_classes = Vec::new();
        for (segment, child) in &trie.children {
            if !is_key(segment)
                && child.children.is_empty()
                && child.operations.len() == 1
                && templated(segment).is_none()
            {
                // A leaf with one operation (an action, a function, `$count`): a method here.
                let i = child.operations[0];
                node.operations.push(OperationMethod {
                    method_name: method_name(segment),
                    operation: i,
                    segment: Some(segment.clone()),
                    options: self.option_set(&self.operations[i].options),
                    gate: self.operations[i].gate(),
                });
                continue;
            }
            let mut child_path = path.to_vec();
            child_path.push(segment.clone());
            let class = self.add(child, &child_path)?;
            node.children.push(Child {
                method: if is_key(segment) {
                    "item".to_string()
                } else {
                    method_name(segment)
                },
                prefix: None,
                segment: segment_of(segment),
                target: String::new(),
                gate: Gate::Always,
            });
            child_classes.push(class);
        }
        let shape = Shape {
            suffix,
            operations: node
                .operations
                .iter()
                .map(|m| {
                    let op = &self.operations[m.operation];
                    OperationShape {
                        method_name: m.method_name.clone(),
                        segment: m.segment.clone(),
                        http_method: op.method.clone(),
                        options: m.options.clone(),
                        required_query: op.required_query.clone(),
                        request: op.request.clone(),
                        response: op.response.clone(),
                        feature: op.feature.clone(),
                    }
                })
                .collect(),
            children: node
                .children
                .iter()
                .zip(&child_classes)
                .map(|(c, &class)| (c.method.clone(), c.segment.clone(), class))
                .collect(),
        };
        let full_stem = (path_stem(path), full);
        if let Some(&class) = self.shapes.get(&shape) {
            self.classes[class].full_paths.push(full_stem);
            return Ok(class);
        }
        let class = self.classes.len();
        self.shapes.insert(shape, class);
        self.classes.push(Class {
            node,
            child_classes,
            preferred,
            full_paths: vec![full_stem],
        });
        Ok(class)
    }

    /// The marker type for a set of options, registered (`None` when there are none).
    fn option_set(&mut self, options: &[String]) -> Option<String> {
        let canonical: Vec<String> = names::QUERY_OPTIONS
            .iter()
            .chain(names::HEADER_OPTIONS)
            .filter(|o| options.iter().any(|x| x == *o))
            .map(|o| o.to_string())
            .collect();
        if canonical.is_empty() {
            return None;
        }
        let name = names::option_set_name(&canonical);
        self.option_sets.insert(name.clone(), canonical);
        Some(name)
    }
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
