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

#[cfg(test)]
mod tests {
    use crate::error::Error;
    use crate::ir::{Navigation, Segment};
    use crate::resolve::resolve_yaml;

    const NONE: &str = "{responses: {'204': {description: done}}}";
    const PAGED: &str = "{x-ms-pageable: {nextLinkName: '@odata.nextLink'}, responses: {'204': {description: done}}}";

    fn navigation(paths: &str) -> Navigation {
        resolve_yaml(paths, "{}").unwrap().navigation
    }

    /// `method → target or path` of the node `name`: its children, then its operations.
    fn methods(nav: &Navigation, name: &str) -> Vec<String> {
        let node = nav
            .nodes
            .get(name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", nav.nodes.keys()));
        let children = node.children.iter().map(|c| format!("{} → {}", c.method, c.target));
        let operations = node.operations.iter().map(|o| o.method_name.clone());
        children.chain(operations).collect()
    }

    #[test]
    fn http_methods_become_list_get_create_update_delete_and_verb_actions_take_action() {
        let nav = navigation(&format!(
            "{{/things: {{get: {PAGED}, post: {NONE}}},
              \"/things/{{thing-id}}\": {{get: {NONE}, patch: {NONE}, delete: {NONE}}},
              \"/things/{{thing-id}}/microsoft.graph.create\": {{post: {NONE}}},
              \"/things/{{thing-id}}/microsoft.graph.start\": {{post: {NONE}}},
              \"/things/{{thing-id}}/$count\": {{get: {NONE}}}}}"
        ));
        let root = &nav.roots[0];
        assert_eq!(
            (root.method.as_str(), root.target.as_str()),
            ("things", "ThingsRequests")
        );
        assert_eq!(
            methods(&nav, "ThingsRequests"),
            ["item → ThingsItemRequests", "list", "create"]
        );
        assert_eq!(
            methods(&nav, "ThingsItemRequests"),
            ["get", "update", "delete", "create_action", "start", "count"]
        );
        let start = &nav.nodes["ThingsItemRequests"].operations[4];
        assert_eq!(start.segment.as_deref(), Some("microsoft.graph.start"));
    }

    #[test]
    fn a_post_to_an_action_position_is_post() {
        // `microsoft.graph.run` has a child, so it is a position of its own, not a method.
        // (`x`, a leaf with one operation, is a method.)
        let nav = navigation(&format!(
            "{{/things/microsoft.graph.run: {{post: {NONE}}}, /things/microsoft.graph.run/x: {{get: {NONE}}}}}"
        ));
        assert_eq!(methods(&nav, "ThingsRunRequests"), ["post", "x"]);
    }

    #[test]
    fn alternate_and_composite_keys_are_by_methods_with_their_parameters() {
        let nav = navigation(&format!(
            "{{\"/applications(appId='{{appId}}')\": {{get: {NONE}}},
              \"/things/id='{{id}}',policyId='{{policyId}}'\": {{get: {NONE}}},
              \"/things/{{thing-id}}\": {{get: {NONE}}}}}"
        ));
        let by_app = nav
            .roots
            .iter()
            .find(|r| r.method == "applications_by_app_id")
            .expect("root");
        assert_eq!(by_app.target, "ApplicationsByAppIdRequests");
        assert_eq!(
            by_app.segment,
            Segment::Templated {
                template: "applications(appId='{appId}')".into(),
                params: vec!["appId".into()],
            }
        );
        let things = nav.roots.iter().find(|r| r.method == "things").expect("root");
        let composite = &nav.nodes[&things.target].children[0];
        assert_eq!(composite.method, "item_by_id_and_policy_id");
        assert_eq!(composite.target, "ThingsItemByIdPolicyIdRequests");
        assert!(matches!(&composite.segment, Segment::Templated { params, .. } if params == &["id", "policyId"]));
    }

    #[test]
    fn a_root_with_only_a_key_below_is_one_entry_point_taking_it() {
        let nav = navigation(&format!("{{\"/servicePrincipals/{{servicePrincipal-id}}/owners\": {{get: {NONE}}}, \"/servicePrincipals/{{servicePrincipal-id}}/owners/{{owner-id}}\": {{get: {NONE}}}}}"));
        let root = &nav.roots[0];
        assert_eq!(root.method, "service_principals");
        assert_eq!(root.prefix.as_deref(), Some("servicePrincipals"));
        assert_eq!(root.segment, Segment::Key("servicePrincipal-id".into()));
        assert_eq!(methods(&nav, &root.target)[0], "owners → OwnersRequests");
        assert_eq!(nav.nodes["OwnersRequests"].suffix, "…/owners");
    }

    #[test]
    fn one_sub_tree_under_two_roots_is_one_type_and_a_different_one_is_qualified() {
        let nav = navigation(&format!(
            "{{\"/as/{{a-id}}/jobs/{{job-id}}\": {{get: {NONE}}}, \"/bs/{{b-id}}/jobs/{{job-id}}\": {{get: {NONE}}}, \"/cs/{{c-id}}/jobs/{{job-id}}\": {{delete: {NONE}}}}}"
        ));
        let jobs: Vec<String> = nav.roots.iter().map(|r| methods(&nav, &r.target)[0].clone()).collect();
        assert_eq!(
            jobs,
            [
                "jobs → AsItemJobsRequests",
                "jobs → AsItemJobsRequests",
                "jobs → CsItemJobsRequests"
            ]
        );
        assert!(!nav.nodes.contains_key("JobsRequests"));
    }

    #[test]
    fn builder_types_never_take_a_model_name() {
        let ir = resolve_yaml(
            &format!("{{/jobs: {{get: {NONE}}}}}"),
            "{microsoft.graph.jobsRequests: {type: object}}",
        )
        .unwrap();
        assert!(ir.types.contains_key("JobsRequests"));
        assert_eq!(ir.navigation.roots[0].target, "Jobs2Requests");
    }

    #[test]
    fn two_methods_of_one_name_on_a_builder_are_a_name_collision() {
        let err = resolve_yaml(
            &format!("{{/things/a-b: {{get: {NONE}}}, /things/a_b: {{get: {NONE}}}}}"),
            "{}",
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, .. } if rust == "ThingsRequests::ab"),
            "{err}"
        );
    }

    #[test]
    fn option_sets_are_named_by_their_options_in_canonical_order() {
        let op = "{parameters: [{name: If-Match, in: header}, {name: $orderby, in: query}, {name: $top, in: query}], responses: {'204': {description: done}}}";
        let nav = navigation(&format!("{{/things: {{get: {op}}}}}"));
        assert_eq!(
            nav.option_sets.get("TopOrderByIfMatchOptions").map(Vec::as_slice),
            Some(&["$top".to_string(), "$orderby".to_string(), "If-Match".to_string()][..])
        );
        assert_eq!(
            nav.nodes["ThingsRequests"].operations[0].options.as_deref(),
            Some("TopOrderByIfMatchOptions")
        );
    }

    #[test]
    fn a_path_that_starts_with_a_key_is_refused() {
        let err = resolve_yaml(&format!("{{\"/{{id}}\": {{get: {NONE}}}}}"), "{}").unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { pointer, .. } if pointer == "#/paths/{id}"),
            "{err}"
        );
    }
}
