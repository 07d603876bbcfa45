//! How spec names become Rust names. Every rule lives here so the output stays predictable:
//! casing, the names the runtime agrees on, the suffixes of generated type names, builder method
//! and type names from typed path segments, numbering a name that is taken ([`first_free`]), and
//! [`assign`], which settles names that several spec items want without depending on the order
//! the spec lists them in.

use crate::ir::Segment;
use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::{BTreeMap, BTreeSet};

/// The suffix of a request builder's type: `SynchronizationJobsRequests`.
pub const BUILDER_SUFFIX: &str = "Requests";
/// The suffix of an inline request body's type: `StartRequestBody`.
pub const REQUEST_BODY_SUFFIX: &str = "RequestBody";
/// The suffix of an inline response body's type: `FilterOperatorsResponse`.
pub const RESPONSE_SUFFIX: &str = "Response";
/// The suffix of the member enum of a flags set: `ObjectFlowTypesMember`.
const FLAGS_MEMBER_SUFFIX: &str = "Member";
/// The suffix of an option set's marker type: `TopOrderByOptions`.
const OPTION_SET_SUFFIX: &str = "Options";
/// The builder method of a step to a key.
pub const KEY_METHOD: &str = "item";
/// The type-name stem of a key segment.
const KEY_STEM: &str = "Item";

/// The type name of the request builder whose stem is `stem`.
pub fn builder_name(stem: &str) -> String {
    format!("{stem}{BUILDER_SUFFIX}")
}

/// `base` when `taken` does not hold it, else the first of `base` numbered from 2 that it does
/// not: a snake-case identifier takes `_2` (`app_id_2`; a raw identifier drops its `r#`:
/// `type_2`), an UpperCamelCase name the bare number, before the first of `suffixes` it ends
/// with (`Remote2`, `XA2Response`). Numbers follow the order callers ask in.
pub fn first_free(base: &str, suffixes: &[&str], taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    let numbered = |n: usize| {
        if !base.starts_with(|c: char| c.is_ascii_uppercase()) {
            return format!("{}_{n}", base.trim_start_matches("r#"));
        }
        let (stem, suffix) = suffixes
            .iter()
            .find_map(|suffix| Some((base.strip_suffix(suffix)?, *suffix)))
            .unwrap_or((base, ""));
        format!("{stem}{n}{suffix}")
    };
    (2..).map(numbered).find(|name| !taken(name)).unwrap_or_default()
}

/// The OData query options the builders type (`crate::query` in the runtime).
pub const QUERY_OPTIONS: &[&str] = &[
    "$top", "$skip", "$search", "$filter", "$count", "$orderby", "$select", "$expand",
];
/// The optional headers the builders type.
pub const HEADER_OPTIONS: &[&str] = &["If-Match", "ConsistencyLevel"];
/// Field that holds properties the spec does not declare; no property may take its name.
pub const ADDITIONAL_PROPERTIES_FIELD: &str = "additional_properties";
/// The field of a property the spec itself calls `additionalProperties` (the catch-all field
/// has that name).
pub const DECLARED_ADDITIONAL_PROPERTIES_FIELD: &str = "declared_additional_properties";
/// Names generated code uses unqualified; a schema may not take them.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "String", "Vec", "Box", "Option", "Result", "Some", "None", "Ok", "Err", "Default", "Api",
];
/// Enum variant that holds members the spec does not declare.
pub const UNRECOGNIZED_VARIANT: &str = "Unrecognized";

/// The argument of a builder method that takes the request body.
pub const BODY_ARGUMENT: &str = "body";
/// Methods `Api` has of its own; no entry point may take their names.
pub const API_METHODS: &[&str] = &["new", "with_base_url"];

/// The identifiers of a builder method's arguments, from their spec names (`@id`, `appId`), in
/// order: `field_name` of each, and where two would be one identifier (`appId`, `app_id`) or one
/// would be a `reserved` one (`body`), the later is numbered as fields are (`app_id_2`). Arguments
/// are positional, so a number changes no call.
pub fn argument_names(spec_names: &[&str], reserved: &[&str]) -> Vec<String> {
    let mut taken: BTreeSet<String> = reserved.iter().map(|r| r.to_string()).collect();
    spec_names
        .iter()
        .map(|spec| {
            let name = first_free(&field_name(spec), &[], |name| taken.contains(name));
            taken.insert(name.clone());
            name
        })
        .collect()
}

/// Name of the member enum of a flags set: `ObjectFlowTypes` → `ObjectFlowTypesMember`.
pub fn flags_member_name(set_name: &str) -> String {
    format!("{set_name}{FLAGS_MEMBER_SUFFIX}")
}

/// The builder methods of HTTP methods and of steps to a key: an action or function segment
/// with one of these names (`microsoft.graph.create`) is named `{name}_action` instead, always,
/// so that neither name depends on whether the other exists.
const VERB_METHODS: &[&str] = &["list", "get", "create", "post", "put", "update", "delete", "item"];

/// The builder method of an HTTP method at a position: `list` (a pageable GET), `get`,
/// `create` (a POST to a collection or to a plain position), `post` (a POST to an action),
/// `put`, `update` (PATCH), `delete`.
pub fn verb_method(http_method: &str, pageable: bool, collection_or_plain: bool) -> String {
    match http_method {
        "get" if pageable => "list",
        "get" => "get",
        "post" if collection_or_plain => "create",
        "post" => "post",
        "patch" => "update",
        other => other,
    }
    .to_string()
}

/// The builder method of a step through a path segment: `filterOperators()` →
/// `filter_operators`; `$count` → `count`; `$ref` → `reference`; `servicePrincipals` →
/// `service_principals`; `applications(appId='{appId}')` → `applications_by_app_id`; a bare key
/// list `id='{id}',policyId='{policyId}'` → `item_by_id_and_policy_id`; `microsoft.graph.create`
/// → `create_action` (an action named like a builder verb gets `_action`); a key → `item`.
pub fn segment_method(segment: &Segment) -> String {
    let name = match segment {
        Segment::Key(_) => return KEY_METHOD.to_string(),
        Segment::Templated { prefix, keys, .. } => {
            let mut name = segment_stem(prefix).to_snake_case();
            if name.is_empty() {
                name = KEY_METHOD.to_string();
            }
            let keys: Vec<String> = keys.iter().map(|key| key.to_snake_case()).collect();
            format!("{name}_by_{}", keys.join("_and_"))
        }
        other => {
            let name = segment_stem(&other.text()).to_snake_case();
            if is_operation_segment(other) && VERB_METHODS.contains(&name.as_str()) {
                format!("{name}_action")
            } else {
                name
            }
        }
    };
    field_name(&name)
}

/// An action or function segment (`microsoft.graph.start`, `microsoft.graph.functions()`, `$count`).
pub fn is_operation_segment(segment: &Segment) -> bool {
    let text = segment.text();
    text.starts_with('$') || text.contains('.')
}

/// The type-name stem of a segment: `SynchronizationJobs` for `synchronization/jobs`, `Item` for
/// a key, `ApplicationsByAppId` for `applications(appId='{appId}')`, `ItemByIdPolicyId` for a
/// bare key list.
pub fn segment_type_stem(segment: &Segment) -> String {
    match segment {
        Segment::Key(_) => KEY_STEM.to_string(),
        Segment::Literal(literal) => segment_stem(literal),
        Segment::Templated { prefix, keys, .. } => {
            let mut stem = segment_stem(prefix);
            if stem.is_empty() {
                stem.push_str(KEY_STEM);
            }
            stem.push_str("By");
            stem.extend(keys.iter().map(|key| upper_camel(key)));
            stem
        }
    }
}

/// The type-name stem of a run of segments: their stems one after the other.
pub fn path_type_stem(segments: &[Segment]) -> String {
    segments.iter().map(segment_type_stem).collect()
}

/// The type-name stem of an operation's bodies: that of its last segment that is no key
/// (`microsoft.graph.filterOperators()` → `FilterOperators`).
pub fn operation_stem(segments: &[Segment]) -> String {
    segments
        .iter()
        .rev()
        .find(|s| !s.is_key())
        .map(|s| segment_stem(&s.text()))
        .unwrap_or_default()
}

/// The segments before an operation's last one that name something (`Items`, `List`, `Drives`
/// for `/drives/{id}/list/items/microsoft.graph.delta()`), nearest first, as type-name stems:
/// what tells apart inline types that want one name.
pub fn qualifiers(segments: &[Segment]) -> Vec<String> {
    segments
        .iter()
        .rev()
        .skip(1)
        .filter(|s| !s.is_key() && !is_operation_segment(s))
        .map(|s| upper_camel(&s.text()))
        .collect()
}

/// The type name of an inline body: `{stem}RequestBody` or `{stem}Response`.
pub fn body_type_name(stem: &str, suffix: &str) -> String {
    format!("{stem}{suffix}")
}

/// The marker type of an option set: `$top`, `$orderby` → `TopOrderByOptions`.
pub fn option_set_name(options: &[String]) -> String {
    options
        .iter()
        .map(|o| option_trait_name(o))
        .chain([OPTION_SET_SUFFIX.to_string()])
        .collect()
}

/// The runtime trait of one option (`crate::query::…`): `$orderby` → `OrderBy`, `If-Match` →
/// `IfMatch`.
pub fn option_trait_name(option: &str) -> String {
    match option {
        "$orderby" => "OrderBy".to_string(),
        other => upper_camel(&other.trim_start_matches('$').replace('-', "")),
    }
}

/// Settles names that several claimants want. Each claimant brings its candidates, shortest
/// first (every claimant at least one). Round by round, a candidate not in `taken` goes to the
/// one claimant that wants it, or, when several do, to the one for which it is the last
/// candidate; every other claimant of it moves on to its next one, so no claimant keeps a name
/// because it came first. Claimants whose candidates
/// run out get their last candidate numbered (`{stem}2{suffix}`, `{stem}3{suffix}`, …, before
/// the first of `suffixes` it ends with) in the
/// order given, which callers make canonical (sorted by path), so the result never fails.
/// Returns one name per claimant and adds them to `taken`.
pub fn assign(candidates: &[Vec<String>], suffixes: &[&str], taken: &mut BTreeSet<String>) -> Vec<String> {
    let mut level = vec![0usize; candidates.len()];
    let mut names: Vec<Option<String>> = vec![None; candidates.len()];
    loop {
        let mut wanted: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, list) in candidates.iter().enumerate() {
            if names[i].is_none() {
                if let Some(name) = list.get(level[i]) {
                    wanted.entry(name).or_default().push(i);
                }
            }
        }
        if wanted.is_empty() {
            break;
        }
        for (name, claimants) in wanted {
            // A contested name still goes to the one claimant for which it is the last (most
            // qualified) candidate, such as a builder's whole path: the others have more.
            let last: Vec<usize> = claimants
                .iter()
                .copied()
                .filter(|&i| level[i] + 1 == candidates[i].len())
                .collect();
            let winner = match (claimants.as_slice(), last.as_slice()) {
                ([only], _) | (_, [only]) if !taken.contains(name) => Some(*only),
                _ => None,
            };
            for &i in &claimants {
                if Some(i) == winner {
                    taken.insert(name.to_string());
                    names[i] = Some(name.to_string());
                } else {
                    level[i] += 1;
                }
            }
        }
    }
    names
        .into_iter()
        .zip(candidates)
        .map(|(name, list)| {
            name.unwrap_or_else(|| {
                let last = list.last().map_or("", String::as_str);
                let name = first_free(last, suffixes, |name| name == last || taken.contains(name));
                taken.insert(name.clone());
                name
            })
        })
        .collect()
}

/// Namespace prefix Graph puts on every model; it carries no information inside this crate.
const GRAPH_NAMESPACE: &str = "microsoft.graph.";

/// `microsoft.graph.synchronizationJob` → `SynchronizationJob`; names in sub-namespaces keep
/// them (`microsoft.graph.ODataErrors.MainError` → `ODataErrorsMainError`,
/// `microsoft.graph.termStore.group` → `TermStoreGroup`), so a name never depends on what else the
/// spec contains.
pub fn type_name(component: &str) -> String {
    let local = component.strip_prefix(GRAPH_NAMESPACE).unwrap_or(component);
    let camel: String = local.split('.').map(upper_camel).collect();
    if camel.is_empty() {
        return "Type".to_string();
    }
    identifier_safe(&camel, "Type")
}

/// UpperCamelCase that keeps Graph's acronyms readable (`ODataError` stays `ODataError`), made of
/// ASCII letters, digits and `_` only, so it is always a valid Rust identifier.
pub fn upper_camel(text: &str) -> String {
    // heck would turn "ODataError" into "OdataError"; Graph spells OData with a capital D everywhere.
    let camel = ascii_words(text).to_upper_camel_case();
    camel.replace("Odata", "OData")
}

/// Anything but ASCII letters and digits separates words (`x²` → `x `, `@odata.type` → ` odata type`).
fn ascii_words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// Property wire name → field name: `@odata.nextLink` → `odata_next_link`, `type` → `r#type`.
pub fn field_name(wire: &str) -> String {
    let snake = ascii_words(wire).to_snake_case();
    let snake = if snake.is_empty() { "field".to_string() } else { snake };
    let snake = if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    };
    keyword_safe(snake)
}

/// Enum member wire value → variant name: `unknownFutureValue` → `UnknownFutureValue`, `""` → `Empty`.
pub fn variant_name(member: &str) -> String {
    // A sign is meaning, not punctuation: `-INF` and `INF` are different members.
    let signed = match member.as_bytes().first() {
        Some(b'-') => format!("minus {}", &member[1..]),
        Some(b'+') => format!("plus {}", &member[1..]),
        _ => member.to_string(),
    };
    let camel = upper_camel(&signed);
    if camel.is_empty() {
        return "Empty".to_string();
    }
    identifier_safe(&camel, "V")
}

/// The type-name stem of a segment's text, or of a templated segment's prefix:
/// `microsoft.graph.filterOperators()` → `FilterOperators`.
fn segment_stem(segment: &str) -> String {
    let s = segment.strip_prefix(GRAPH_NAMESPACE).unwrap_or(segment);
    let s = s.split('(').next().unwrap_or(s);
    match s {
        // `r#ref` would be the method; OData calls `$ref` the entity reference.
        "$ref" => "Reference".to_string(),
        s => upper_camel(s.trim_start_matches('$')),
    }
}

fn identifier_safe(name: &str, digit_prefix: &str) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{digit_prefix}{name}")
    } else if name == "Self" {
        "Self_".to_string()
    } else {
        name.to_string()
    }
}

/// Rust keywords become raw identifiers; the four that cannot be raw get a trailing underscore.
fn keyword_safe(name: String) -> String {
    const CANNOT_BE_RAW: &[&str] = &["self", "super", "crate", "extern"];
    const KEYWORDS: &[&str] = &[
        "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
        "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
        "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type",
        "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    if CANNOT_BE_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name("microsoft.graph.synchronizationJob"), "SynchronizationJob");
        assert_eq!(
            type_name("microsoft.graph.ODataErrors.ODataError"),
            "ODataErrorsODataError"
        );
        assert_eq!(type_name("microsoft.graph.termStore.group"), "TermStoreGroup");
        assert_eq!(type_name("ODataCountResponse"), "ODataCountResponse");
        assert_eq!(field_name("@odata.nextLink"), "odata_next_link");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("Operations"), "operations");
        assert_eq!(variant_name("unknownFutureValue"), "UnknownFutureValue");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("2xx"), "V2xx");
        assert_eq!(variant_name("-INF"), "MinusInf");
        assert_eq!(segment_stem("microsoft.graph.filterOperators()"), "FilterOperators");
        assert_eq!(segment_stem("$count"), "Count");
        // Names that are not Rust identifiers never reach `quote` as such.
        assert_eq!(field_name("x²"), "x");
        assert_eq!(field_name("٣x"), "x");
        assert_eq!(field_name("@"), "field");
        assert_eq!(type_name("microsoft.graph."), "Type");
        assert_eq!(type_name("@"), "Type");
        assert_eq!(variant_name("²"), "Empty");
        let literal = |text: &str| Segment::Literal(text.to_string());
        assert_eq!(segment_method(&literal("$ref")), "reference");
        assert_eq!(segment_method(&literal("microsoft.graph.create")), "create_action");
        assert_eq!(segment_method(&literal("microsoft.graph.update")), "update_action");
        assert_eq!(segment_method(&literal("microsoft.graph.start")), "start");
        // A navigation property is no action: `item` stays (and a clash is reported).
        assert_eq!(segment_method(&literal("items")), "items");
        let templated = |template: &str, prefix: &str, keys: &[&str]| Segment::Templated {
            template: template.to_string(),
            prefix: prefix.to_string(),
            keys: keys.iter().map(|k| k.to_string()).collect(),
            params: keys.iter().map(|k| k.to_string()).collect(),
            literals: Vec::new(),
            aliases: Vec::new(),
        };
        let by_app_id = templated("applications(appId='{appId}')", "applications", &["appId"]);
        assert_eq!(segment_method(&by_app_id), "applications_by_app_id");
        assert_eq!(segment_type_stem(&by_app_id), "ApplicationsByAppId");
        let bare = templated("id='{id}',policyId='{policyId}'", "", &["id", "policyId"]);
        assert_eq!(segment_method(&bare), "item_by_id_and_policy_id");
        assert_eq!(segment_type_stem(&bare), "ItemByIdPolicyId");
        let path = [
            literal("things"),
            Segment::Key("thing-id".into()),
            literal("microsoft.graph.run"),
        ];
        assert_eq!(path_type_stem(&path), "ThingsItemRun");
        assert_eq!(operation_stem(&path), "Run");
        assert_eq!(qualifiers(&path), ["Things"]);
        assert_eq!(
            option_set_name(&["$top".into(), "$orderby".into(), "If-Match".into()]),
            "TopOrderByIfMatchOptions"
        );
    }

    #[test]
    fn taken_names_are_numbered_from_two_in_their_casing() {
        let taken = BTreeSet::from(["app_id".to_string(), "app_id_2".to_string(), "Remote".to_string()]);
        let free = |base: &str, suffixes: &[&str]| first_free(base, suffixes, |n| taken.contains(n));
        assert_eq!(free("app_id", &[]), "app_id_3");
        assert_eq!(free("r#type", &[]), "r#type");
        assert_eq!(first_free("r#type", &[], |n| n == "r#type"), "type_2");
        assert_eq!(free("Remote", &[]), "Remote2");
        assert_eq!(
            first_free("XAResponse", &["Response"], |n| n == "XAResponse"),
            "XA2Response"
        );
        assert_eq!(free("Other", &[]), "Other");
    }

    #[test]
    fn arguments_that_would_share_an_identifier_are_numbered_in_order() {
        assert_eq!(
            argument_names(&["appId", "app_id", "@id", "id", "body", "type"], &[BODY_ARGUMENT]),
            ["app_id", "app_id_2", "id", "id_2", "body_2", "r#type"]
        );
        assert_eq!(argument_names(&["body"], &[]), ["body"]);
    }

    fn lists(candidates: &[&[&str]]) -> Vec<Vec<String>> {
        candidates
            .iter()
            .map(|list| list.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn contested_names_go_to_nobody_and_claimants_move_on() {
        let mut taken = BTreeSet::from(["TakenResponse".to_string()]);
        let names = assign(
            &lists(&[
                &["DeltaResponse", "ItemsDeltaResponse", "ListItemsDeltaResponse"],
                &["DeltaResponse", "ItemsDeltaResponse", "DriveItemsDeltaResponse"],
                &["PingResponse"],
                &["TakenResponse", "JobsTakenResponse"],
            ]),
            &["Response"],
            &mut taken,
        );
        assert_eq!(
            names,
            [
                "ListItemsDeltaResponse",
                "DriveItemsDeltaResponse",
                "PingResponse",
                "JobsTakenResponse"
            ]
        );
        assert!(taken.contains("PingResponse"));
    }

    #[test]
    fn assignment_does_not_depend_on_claimant_order_and_never_runs_out() {
        let claims = lists(&[
            &["AResponse", "XAResponse"],
            &["AResponse", "YAResponse"],
            &["BResponse"],
        ]);
        let mut reversed = claims.clone();
        reversed.reverse();
        let forward = assign(&claims, &["Response"], &mut BTreeSet::new());
        let mut backward = assign(&reversed, &["Response"], &mut BTreeSet::new());
        backward.reverse();
        assert_eq!(forward, backward);
        // The claimant with no other candidate keeps a contested name.
        let names = assign(
            &lists(&[&["AResponse", "XAResponse"], &["AResponse"]]),
            &["Response"],
            &mut BTreeSet::new(),
        );
        assert_eq!(names, ["XAResponse", "AResponse"]);
        // Identical candidate lists run out: numbered, in the order given.
        let same = lists(&[&["AResponse", "XAResponse"], &["AResponse", "XAResponse"]]);
        assert_eq!(
            assign(&same, &["Response"], &mut BTreeSet::new()),
            ["XA2Response", "XA3Response"]
        );
    }
}
