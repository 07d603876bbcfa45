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
use crate::ir::{
    Body, Child, Gate, Navigation, Node, OperationDef, OperationMethod, PathTemplate, QueryOption, Segment,
};
use crate::names;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A trie node over path segments, before naming.
#[derive(Default)]
struct Trie {
    children: Vec<(Segment, Trie)>,
    operations: Vec<usize>,
}

impl Trie {
    fn child(&mut self, segment: &Segment) -> &mut Trie {
        let at = match self.children.iter().position(|(s, _)| s == segment) {
            Some(at) => at,
            None => {
                self.children.push((segment.clone(), Trie::default()));
                self.children.len() - 1
            }
        };
        &mut self.children[at].1
    }
}

/// The argument identifiers of the step through `segment`: one per key or parameter.
fn segment_args(segment: &Segment) -> Vec<String> {
    match segment {
        Segment::Literal(_) => Vec::new(),
        Segment::Key(key) => names::argument_names(&[key], &[]),
        // The parameters in the path, then the aliases (sent as query options).
        Segment::Templated { params, aliases, .. } => names::argument_names(
            &params
                .iter()
                .map(String::as_str)
                .chain(aliases.iter().map(|a| a.name.as_str()))
                .collect::<Vec<_>>(),
            &[],
        ),
    }
}

/// The argument identifiers of an operation's required query parameters (after its body, if any).
fn query_args(op: &OperationDef) -> Vec<String> {
    let reserved: &[&str] = if op.request.is_some() {
        &[names::BODY_ARGUMENT]
    } else {
        &[]
    };
    names::argument_names(
        &op.required_query.iter().map(String::as_str).collect::<Vec<_>>(),
        reserved,
    )
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
    option_sets: BTreeMap<String, Vec<QueryOption>>,
    /// The first operation (index) using each option set, to name the place of a collision.
    option_set_users: BTreeMap<String, usize>,
}

/// Builds the tree; `taken` are the type names already decided (models, enums), which no builder
/// type may take.
pub fn build(operations: &[OperationDef], taken: &BTreeSet<String>) -> Result<Navigation> {
    let mut root = Trie::default();
    for (i, op) in operations.iter().enumerate() {
        let mut node = &mut root;
        for segment in &op.path.segments {
            node = node.child(segment);
        }
        node.operations.push(i);
    }
    let mut builder = Builder {
        operations,
        shapes: HashMap::new(),
        classes: Vec::new(),
        option_sets: BTreeMap::new(),
        option_set_users: BTreeMap::new(),
    };
    let mut roots = Vec::new();
    for (first, trie) in &root.children {
        if first.is_key() {
            return Err(Error::unsupported(
                &format!("#/paths/{}", pointer_segment(&first.text())),
                "a path that starts with a key",
            ));
        }
        // `/servicePrincipals/{id}` with nothing at `/servicePrincipals` itself: one entry point taking the id.
        let (prefix, segment, class) = match trie.children.as_slice() {
            [(key, item)] if trie.operations.is_empty() && key.is_key() => (
                Some(first.text()),
                key.clone(),
                builder.add(item, &[first.clone(), key.clone()])?,
            ),
            _ => (None, first.clone(), builder.add(trie, std::slice::from_ref(first))?),
        };
        roots.push((names::segment_method(first), prefix, segment, class));
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
            let mut list = vec![names::builder_name(&class.preferred)];
            if full != class.preferred {
                list.push(names::builder_name(&full));
            }
            list
        })
        .collect();
    // An option marker type shares the module's namespace with the models.
    for (name, &user) in &builder.option_set_users {
        if taken.contains(name) {
            let op = &operations[user];
            return Err(Error::NameCollision {
                pointer: format!("#/paths/{}/{}", pointer_segment(&op.path.to_string()), op.method),
                first: format!("a schema named `{name}`"),
                second: format!("the options of {} {}", op.method.to_uppercase(), op.path),
                rust: name.clone(),
            });
        }
    }
    let mut taken = taken.clone();
    taken.extend(builder.option_sets.keys().cloned());
    let mut class_names = vec![String::new(); builder.classes.len()];
    for (&c, name) in order
        .iter()
        .zip(names::assign(&candidates, &[names::BUILDER_SUFFIX], &mut taken))
    {
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
            args: segment_args(&segment),
            segment,
            target: class_names[class].clone(),
            gate: Gate::Always,
        })
        .collect();
    check_unique_roots(&nav.roots)?;
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
    fn add(&mut self, trie: &Trie, path: &[Segment]) -> Result<usize> {
        let template = PathTemplate {
            segments: path.to_vec(),
        };
        let full = template.to_string();
        let suffix = template.below_root_key();
        // Below a root's key, names start afresh: the sub-tree is the same under every root.
        let preferred = if path.len() > 2 && path[1].is_key() {
            names::path_type_stem(&path[2..])
        } else {
            names::path_type_stem(path)
        };
        let collection = trie.children.iter().any(|(s, _)| s.is_key());
        let plain = !path.last().is_some_and(names::is_operation_segment);
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
                options: self.option_set(&op.options, i),
                query_args: query_args(op),
                gate: op.gate(),
            });
        }
        let mut child_classes = Vec::new();
        for (segment, child) in &trie.children {
            if matches!(segment, Segment::Literal(_)) && child.children.is_empty() && child.operations.len() == 1 {
                // A leaf with one operation (an action, a function, `$count`): a method here.
                let i = child.operations[0];
                node.operations.push(OperationMethod {
                    method_name: names::segment_method(segment),
                    operation: i,
                    segment: Some(segment.text()),
                    options: self.option_set(&self.operations[i].options, i),
                    query_args: query_args(&self.operations[i]),
                    gate: self.operations[i].gate(),
                });
                continue;
            }
            let mut child_path = path.to_vec();
            child_path.push(segment.clone());
            let class = self.add(child, &child_path)?;
            node.children.push(Child {
                method: names::segment_method(segment),
                prefix: None,
                segment: segment.clone(),
                args: segment_args(segment),
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
        let full_stem = (names::path_type_stem(path), full);
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

    /// The marker type for a set of options, registered (`None` when there are none); `user`
    /// is the operation taking them.
    fn option_set(&mut self, options: &[String], user: usize) -> Option<String> {
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
        let options = canonical
            .into_iter()
            .map(|spec_name| QueryOption {
                trait_name: names::option_trait_name(&spec_name),
                spec_name,
            })
            .collect();
        self.option_sets.insert(name.clone(), options);
        self.option_set_users.entry(name.clone()).or_insert(user);
        Some(name)
    }
}

/// Two entry points of one name, or one named like `Api`'s own methods, would not compile.
fn check_unique_roots(roots: &[Child]) -> Result<()> {
    let mut seen: BTreeMap<&str, String> = names::API_METHODS
        .iter()
        .map(|m| (*m, format!("`Api::{m}`, which generated code defines")))
        .collect();
    for root in roots {
        let path = match &root.prefix {
            Some(prefix) => format!("/{prefix}/{}", root.segment.text()),
            None => format!("/{}", root.segment.text()),
        };
        if let Some(first) = seen.insert(&root.method, path.clone()) {
            return Err(Error::NameCollision {
                pointer: format!("#/paths/{}", pointer_segment(&path)),
                first,
                second: path,
                rust: format!("Api::{}", root.method),
            });
        }
    }
    Ok(())
}

/// Two builder methods with one name would not compile: report it with the path.
fn check_unique_methods(node: &Node, operations: &[OperationDef]) -> Result<()> {
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    let names = node
        .children
        .iter()
        .map(|c| (c.method.as_str(), c.target.clone()))
        .chain(
            node.operations
                .iter()
                .map(|o| (o.method_name.as_str(), operations[o.operation].path.to_string())),
        );
    for (method, what) in names {
        if let Some(first) = seen.insert(method, what.clone()) {
            return Err(Error::NameCollision {
                pointer: format!("#/paths/{}", pointer_segment(&what)),
                first,
                second: what,
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
            ["get", "update", "delete", "count", "create_action", "start"]
        );
        let start = &nav.nodes["ThingsItemRequests"].operations[5];
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
                prefix: "applications".into(),
                keys: vec!["appId".into()],
                params: vec!["appId".into()],
                literals: vec![crate::ir::LiteralKind::InQuotes],
                aliases: Vec::new(),
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
        let options: Vec<&str> = nav.option_sets["TopOrderByIfMatchOptions"]
            .iter()
            .map(|o| o.spec_name.as_str())
            .collect();
        assert_eq!(options, ["$top", "$orderby", "If-Match"]);
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

    #[test]
    fn arguments_sharing_an_identifier_are_numbered_and_the_body_keeps_its_name() {
        let body = "requestBody: {content: {application/json: {schema: {type: object}}}}";
        let nav = navigation(&format!(
            "{{\"/things(appId='{{appId}}',app_id='{{app_id}}')\": {{get: {NONE}}},
              /refs: {{delete: {{parameters: [{{name: '@id', in: query, required: true}}, {{name: id, in: query, required: true}}], responses: {{'204': {{description: done}}}}}},
                       post: {{parameters: [{{name: body, in: query, required: true}}], {body}, responses: {{'204': {{description: done}}}}}},
                       patch: {{parameters: [{{name: body, in: query, required: true}}], responses: {{'204': {{description: done}}}}}}}}}}"
        ));
        let things = nav.roots.iter().find(|r| r.target.starts_with("Things")).expect("root");
        assert_eq!(things.method, "things_by_app_id_and_app_id");
        assert_eq!(things.args, ["app_id", "app_id_2"]);
        let refs = &nav.nodes["RefsRequests"].operations;
        let args: Vec<(&str, &[String])> = refs
            .iter()
            .map(|o| (o.method_name.as_str(), o.query_args.as_slice()))
            .collect();
        assert_eq!(
            args,
            [
                ("create", &["body_2".to_string()][..]),
                ("update", &["body".to_string()][..]),
                ("delete", &["id".to_string(), "id_2".to_string()][..]),
            ]
        );
    }

    #[test]
    fn entry_points_of_one_name_or_named_like_api_methods_collide() {
        let err = resolve_yaml(&format!("{{/new: {{get: {NONE}}}}}"), "{}").unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, pointer, .. } if rust == "Api::new" && pointer == "#/paths/~1new"),
            "{err}"
        );
        let err = resolve_yaml(&format!("{{/a-b: {{get: {NONE}}}, /a_b: {{get: {NONE}}}}}"), "{}").unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, .. } if rust == "Api::ab"),
            "{err}"
        );
    }

    #[test]
    fn an_option_set_named_like_a_model_collides() {
        let op = "{parameters: [{name: $top, in: query}], responses: {'204': {description: done}}}";
        let err = resolve_yaml(
            &format!("{{/things: {{get: {op}}}}}"),
            "{microsoft.graph.topOptions: {type: object}}",
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, pointer, .. } if rust == "TopOptions" && pointer == "#/paths/~1things/get"),
            "{err}"
        );
    }

    #[test]
    fn option_traits_are_decided_with_the_set() {
        let op = "{parameters: [{name: $orderby, in: query}, {name: ConsistencyLevel, in: header}], responses: {'204': {description: done}}}";
        let nav = navigation(&format!("{{/things: {{get: {op}}}}}"));
        let traits: Vec<&str> = nav.option_sets["OrderByConsistencyLevelOptions"]
            .iter()
            .map(|o| o.trait_name.as_str())
            .collect();
        assert_eq!(traits, ["OrderBy", "ConsistencyLevel"]);
    }
}
