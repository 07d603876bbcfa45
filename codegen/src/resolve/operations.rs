//! Operations: their parameters, request and response bodies, and the names of inline body
//! schemas, decided once every operation is read.

use super::Resolver;
use crate::error::{pointer_segment, Error, Result};
use crate::ir::*;
use crate::names::{self, HEADER_OPTIONS, QUERY_OPTIONS, RESERVED_TYPE_NAMES};
use crate::spec::{MediaType, Ordered, Parameter};
use std::collections::BTreeSet;

const RESPONSE_REF_PREFIX: &str = "#/components/responses/";
const REQUEST_BODY_REF_PREFIX: &str = "#/components/requestBodies/";
const PARAMETER_REF_PREFIX: &str = "#/components/parameters/";

/// An inline object schema of a body, before it is named (see [`Resolver::name_inline`]).
pub(super) struct Inline {
    /// `RequestBody` or `Response`: a request and a response of one shape stay two types.
    kind: &'static str,
    fields: Vec<FieldDef>,
    doc: Option<String>,
    /// Names from its path, shortest first: `DeltaResponse`, `ItemsDeltaResponse`, …
    candidates: Vec<String>,
    pointer: String,
}

/// Marks a body type whose inline schema is named after every operation is read.
const INLINE_PLACEHOLDER: &str = "\u{0}inline";

/// A feature name goes into `#[cfg(feature = "…")]` and users' Cargo.toml: cargo's rules
/// (ASCII letters, digits, `_`, `-`, `+`, `.`; a letter, digit or `_` first), and not empty.
fn check_feature_name(name: &str, pointer: &str) -> Result<String> {
    let valid = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '.'))
        && name.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(Error::unsupported(
            pointer,
            format!(
                "cargo feature name {name:?} (ASCII letters, digits, `_`, `-`, `+`, `.`; a letter, digit or `_` first)"
            ),
        ));
    }
    Ok(name.to_string())
}

impl<'a> Resolver<'a> {
    /// The operations of every path; `templates` are the paths parsed, in document order. An
    /// operation with a construct the generator does not translate (an [`Error::Unsupported`] or
    /// [`Error::InvalidPath`] of its own) is skipped and returned second, or refuses the document.
    pub(super) fn operations(
        &mut self,
        templates: Vec<Result<PathTemplate>>,
        on_unsupported: OnUnsupported,
    ) -> Result<(Vec<OperationDef>, Vec<Skipped>)> {
        let doc = self.doc;
        let mut out = Vec::new();
        let mut skipped = Vec::new();
        let mut skip = |method: &str, path: &str, err: Error| match (on_unsupported, &err) {
            (OnUnsupported::Skip, Error::Unsupported { .. } | Error::InvalidPath { .. }) => {
                skipped.push(Skipped {
                    method: method.to_uppercase(),
                    path: path.to_string(),
                    reason: err.to_string(),
                });
                Ok(())
            }
            _ => Err(err),
        };
        for ((path, item), template) in doc.paths.iter().zip(templates) {
            let template = match template {
                Ok(template) => template,
                Err(err) => {
                    let methods: Vec<&str> = item.operations().map(|(method, _)| method).collect();
                    // The reason alone: the pointer and the path are said again below.
                    let reason = match &err {
                        Error::InvalidPath { reason, .. } => reason.clone(),
                        other => other.to_string(),
                    };
                    for method in methods {
                        skip(
                            method,
                            path,
                            Error::InvalidPath {
                                pointer: format!("#/paths/{}", pointer_segment(path)),
                                path: path.clone(),
                                reason: reason.clone(),
                            },
                        )?;
                    }
                    // A path without operations generates nothing either way; refused when strict.
                    if item.operations().next().is_none() && on_unsupported == OnUnsupported::Refuse {
                        return Err(err);
                    }
                    continue;
                }
            };
            for (method, op) in item.operations() {
                match self.operation(path, item, &template, method, op) {
                    Ok(def) => out.push(def),
                    Err(err) => skip(method, path, err)?,
                }
            }
        }
        Ok((out, skipped))
    }

    /// One operation. Its parameters are read first, so that an operation refused for one of
    /// them leaves no inline body type behind.
    fn operation(
        &mut self,
        path: &str,
        item: &'a crate::spec::PathItem,
        template: &PathTemplate,
        method: &str,
        op: &'a crate::spec::Operation,
    ) -> Result<OperationDef> {
        let doc = self.doc;
        let stem = names::operation_stem(&template.segments);
        // Inline types that want one name are told apart by as many qualifiers as it takes.
        let qualifiers = names::qualifiers(&template.segments);
        let pointer = format!("#/paths/{}/{method}", pointer_segment(path));
        let mut parameters = Vec::new();
        for (i, param) in item.parameters.iter().chain(&op.parameters).enumerate() {
            let at = format!("{pointer}/parameters/{i}");
            parameters.push((self.parameter(param, &at)?, at));
        }
        let typed = self.typed_template(template, &parameters, &pointer)?;
        let aliases: Vec<&str> = typed
            .segments
            .iter()
            .flat_map(|s| match s {
                Segment::Templated { aliases, .. } => aliases.iter().map(|a| a.name.as_str()).collect(),
                _ => Vec::new(),
            })
            .collect();
        let mut options = Vec::new();
        let mut required_query = Vec::new();
        for (param, at) in &parameters {
            let name = param.name.clone().unwrap_or_default();
            match param.location.as_deref() {
                Some("path") => {}
                // A parameter alias's value goes with its segment (the builder step's argument).
                Some("query") if aliases.contains(&name.trim_start_matches('@')) => {}
                Some("query") if param.required => required_query.push(name),
                Some("query") if QUERY_OPTIONS.contains(&name.as_str()) => options.push(name),
                Some("header") if HEADER_OPTIONS.contains(&name.as_str()) => options.push(name),
                Some(_) if param.required => {
                    return Err(Error::unsupported(
                        at,
                        format!("required parameter {name:?} (only path keys may be required)"),
                    ))
                }
                // An optional parameter outside the OData set is still reachable through
                // the raw query/header escape hatch.
                _ => {}
            }
        }
        let feature = op
            .feature
            .as_deref()
            .map(|name| check_feature_name(name, &format!("{pointer}/x-msgraph-sync-feature")))
            .transpose()?;
        let request = match &op.request_body {
            None => None,
            Some(body) => {
                let (content, body_pointer) = match &body.reference {
                    Some(r) => {
                        let key = r.strip_prefix(REQUEST_BODY_REF_PREFIX).unwrap_or(r);
                        let target = doc
                            .components
                            .request_bodies
                            .get(key)
                            .ok_or_else(|| Error::DanglingRef {
                                pointer: format!("{pointer}/requestBody"),
                                target: r.clone(),
                            })?;
                        (
                            &target.content,
                            format!("#/components/requestBodies/{}", pointer_segment(key)),
                        )
                    }
                    None => (&body.content, format!("{pointer}/requestBody")),
                };
                self.body(content, &body_pointer, (names::REQUEST_BODY_SUFFIX, &stem), &qualifiers)?
            }
        };
        let mut response = None;
        for (status, resp) in op.responses.iter() {
            if !status.starts_with('2') {
                // Error responses decode into the runtime's OData error; their refs must still resolve.
                if let Some(r) = &resp.reference {
                    let key = r.strip_prefix(RESPONSE_REF_PREFIX).unwrap_or(r);
                    if doc.components.responses.get(key).is_none() {
                        return Err(Error::DanglingRef {
                            pointer: format!("{pointer}/responses/{}", pointer_segment(status)),
                            target: r.clone(),
                        });
                    }
                }
                continue;
            }
            let resp_pointer = format!("{pointer}/responses/{status}");
            let content = match &resp.reference {
                Some(r) => {
                    let key = r.strip_prefix(RESPONSE_REF_PREFIX).unwrap_or(r);
                    &doc.components
                        .responses
                        .get(key)
                        .ok_or_else(|| Error::DanglingRef {
                            pointer: resp_pointer.clone(),
                            target: r.clone(),
                        })?
                        .content
                }
                None => &resp.content,
            };
            // The first success response is the operation's; Graph's documents have one.
            if response.is_none() {
                response = self.body(content, &resp_pointer, (names::RESPONSE_SUFFIX, &stem), &qualifiers)?;
            }
        }
        Ok(OperationDef {
            method: method.to_string(),
            path: typed,
            operation_id: op.operation_id.clone(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            docs_url: op.external_docs.as_ref().map(|d| d.url.clone()),
            options,
            required_query,
            request,
            response,
            pageable: op.pageable.is_some(),
            feature,
            deprecation: match (&op.deprecation, op.deprecated) {
                (Some(deprecation), _) => Some(deprecation.clone()),
                (None, true) => Some(Deprecation::default()),
                (None, false) => None,
            },
        })
    }

    /// The template with the literal type of each unquoted function parameter and alias, from
    /// the schema of the parameter that declares it (`in: path` for `{param}`, `in: query` for
    /// `@alias`).
    fn typed_template(
        &self,
        template: &PathTemplate,
        parameters: &[(&'a Parameter, String)],
        pointer: &str,
    ) -> Result<PathTemplate> {
        let mut typed = template.clone();
        for segment in &mut typed.segments {
            let Segment::Templated {
                params,
                literals,
                aliases,
                template: text,
                ..
            } = segment
            else {
                continue;
            };
            for (param, literal) in params.iter().zip(literals.iter_mut()) {
                if *literal == LiteralKind::Untyped {
                    *literal = self.literal_kind(parameters, "path", param, text, pointer)?;
                }
            }
            for alias in aliases.iter_mut() {
                alias.kind = self.literal_kind(parameters, "query", &alias.name, text, pointer)?;
            }
        }
        Ok(typed)
    }

    /// How the value of the parameter `name` (declared `in: location`) is written as a literal.
    fn literal_kind(
        &self,
        parameters: &[(&'a Parameter, String)],
        location: &str,
        name: &str,
        segment: &str,
        pointer: &str,
    ) -> Result<LiteralKind> {
        let Some((param, at)) = parameters.iter().find(|(p, _)| {
            p.location.as_deref() == Some(location)
                && p.name.as_deref().map(|n| n.trim_start_matches('@')) == Some(name)
        }) else {
            return Err(Error::unsupported(
                pointer,
                format!("{name:?} in the segment {segment:?} has no `in: {location}` parameter giving its type"),
            ));
        };
        let schema = param.schema.as_ref();
        let reference = schema.and_then(|s| s.reference.as_deref());
        if let Some(reference) = reference {
            let key = reference.strip_prefix(super::SCHEMA_REF_PREFIX).unwrap_or(reference);
            return match self.schemas.get(key) {
                Some(target) if target.enumeration.is_some() => Ok(LiteralKind::Enum(key.to_string())),
                Some(_) => Err(Error::unsupported(
                    &format!("{at}/schema"),
                    format!("parameter {name:?} of a function segment is the non-enum type {key:?}"),
                )),
                None => Err(Error::DanglingRef {
                    pointer: format!("{at}/schema"),
                    target: reference.to_string(),
                }),
            };
        }
        let kind = schema.and_then(|s| s.kind.as_deref());
        let format = schema.and_then(|s| s.format.as_deref());
        match (kind, format) {
            (Some("integer"), Some("int64")) => Ok(LiteralKind::I64),
            (Some("integer"), None | Some("int32" | "int16" | "int8" | "uint8")) => Ok(LiteralKind::I32),
            (Some("boolean"), _) => Ok(LiteralKind::Bool),
            (Some("string"), Some("date")) => Ok(LiteralKind::Date),
            (Some("string"), Some("date-time")) => Ok(LiteralKind::DateTime),
            (Some("string"), None) => Ok(LiteralKind::String),
            _ => Err(Error::unsupported(
                &format!("{at}/schema"),
                format!(
                    "parameter {name:?} of a function segment: type {} format {} has no OData literal here",
                    kind.unwrap_or("(none)"),
                    format.unwrap_or("(none)")
                ),
            )),
        }
    }

    /// A parameter, following a `$ref` into `components/parameters`.
    fn parameter(&self, param: &'a Parameter, pointer: &str) -> Result<&'a Parameter> {
        match &param.reference {
            None => Ok(param),
            Some(r) => {
                let key = r.strip_prefix(PARAMETER_REF_PREFIX).unwrap_or(r);
                self.doc
                    .components
                    .parameters
                    .get(key)
                    .ok_or_else(|| Error::DanglingRef {
                        pointer: pointer.to_string(),
                        target: r.clone(),
                    })
            }
        }
    }

    /// The first media type of a body; an inline object schema is kept for [`Self::name_inline`]
    /// with the names it may take: `{stem}{kind}`, then qualified by one more of `qualifiers` each.
    fn body(
        &mut self,
        content: &Ordered<MediaType>,
        pointer: &str,
        (kind_suffix, stem): (&'static str, &str),
        qualifiers: &[String],
    ) -> Result<Option<Body>> {
        let short_name = names::body_type_name(stem, kind_suffix);
        let Some((content_type, media)) = content.iter().next() else {
            return Ok(None);
        };
        let Some(schema) = &media.schema else {
            return Ok(None);
        };
        let pointer = format!("{pointer}/content/{}/schema", pointer_segment(content_type));
        let kind = if schema.kind.as_deref() == Some("string") && schema.format.as_deref() == Some("binary") {
            BodyKind::Bytes
        } else if schema.reference.is_none() && schema.properties.is_some() {
            self.check_schema(schema, &pointer)?;
            let fields = self.struct_fields(schema, &pointer, &mut Vec::new())?;
            let doc = schema.description.clone().or_else(|| schema.title.clone());
            let mut candidates = vec![short_name.to_string()];
            let mut prefix = String::new();
            for qualifier in qualifiers {
                prefix.insert_str(0, qualifier);
                candidates.push(format!("{prefix}{short_name}"));
            }
            let placeholder = format!("{INLINE_PLACEHOLDER}{}", self.inline.len());
            self.inline.push(Inline {
                kind: kind_suffix,
                fields,
                doc,
                candidates,
                pointer,
            });
            BodyKind::Typed(Type::Named {
                rust_name: placeholder,
                boxed: false,
            })
        } else {
            BodyKind::Typed(self.property_type(schema, &pointer)?)
        };
        Ok(Some(Body {
            content_type: content_type.clone(),
            kind,
        }))
    }

    /// Names the inline body schemas. Identical schemas (the same fields, the same doc) are one
    /// type wherever they appear. Names are settled by [`names::assign`]: a name goes to a schema
    /// only when no other schema wants it, so which path comes first decides nothing, and
    /// qualifying runs out only where two schemas share every segment of their paths (then
    /// they are numbered in path order).
    pub(super) fn name_inline(&mut self, operations: &mut [OperationDef]) -> Result<()> {
        // Distinct shapes, each with its schemas' indices.
        let mut shapes: Vec<Vec<usize>> = Vec::new();
        let mut shape_of = vec![0; self.inline.len()];
        for (i, inline) in self.inline.iter().enumerate() {
            let same = |shape: &Vec<usize>| {
                let first = &self.inline[shape[0]];
                first.kind == inline.kind && first.fields == inline.fields && first.doc == inline.doc
            };
            shape_of[i] = match shapes.iter().position(same) {
                Some(at) => {
                    shapes[at].push(i);
                    at
                }
                None => {
                    shapes.push(vec![i]);
                    shapes.len() - 1
                }
            };
        }
        // Each shape's candidates: at each level, the smallest of its schemas' (a shape found at
        // `…/items/delta()` and `…/root/delta()` is `ItemsDeltaResponse` whichever comes first).
        let candidates_of = |shape: &Vec<usize>| -> Vec<String> {
            let levels = shape
                .iter()
                .map(|&i| self.inline[i].candidates.len())
                .max()
                .unwrap_or(0);
            (0..levels)
                .filter_map(|level| {
                    shape
                        .iter()
                        .filter_map(|&i| self.inline[i].candidates.get(level))
                        .min()
                        .cloned()
                })
                .collect()
        };
        let mut order: Vec<usize> = (0..shapes.len()).collect();
        let min_pointer = |shape: &Vec<usize>| shape.iter().map(|&i| self.inline[i].pointer.as_str()).min();
        order.sort_by(|&a, &b| min_pointer(&shapes[a]).cmp(&min_pointer(&shapes[b])));
        let candidates: Vec<Vec<String>> = order.iter().map(|&s| candidates_of(&shapes[s])).collect();
        let mut taken: BTreeSet<String> = self.rust_names.keys().cloned().collect();
        taken.extend(RESERVED_TYPE_NAMES.iter().map(|s| s.to_string()));
        let assigned = names::assign(
            &candidates,
            &[names::REQUEST_BODY_SUFFIX, names::RESPONSE_SUFFIX],
            &mut taken,
        );
        let mut shape_names = vec![String::new(); shapes.len()];
        for (&s, name) in order.iter().zip(assigned) {
            shape_names[s] = name;
        }
        for (s, shape) in shapes.iter().enumerate() {
            let name = shape_names[s].clone();
            let pointer = self.inline[shape[0]].pointer.clone();
            self.claim(&name, &name, &pointer)?;
            let first = &self.inline[shape[0]];
            self.types.insert(
                name.clone(),
                TypeDef::Struct(StructDef {
                    rust_name: name.clone(),
                    spec_name: name,
                    doc: first.doc.clone(),
                    fields: first.fields.clone(),
                    parents: Vec::new(),
                    gate: Gate::Always,
                    deprecation: None,
                }),
            );
        }
        for op in operations.iter_mut() {
            for body in [&mut op.request, &mut op.response].into_iter().flatten() {
                if let BodyKind::Typed(Type::Named { rust_name, .. }) = &mut body.kind {
                    if let Some(index) = rust_name.strip_prefix(INLINE_PLACEHOLDER) {
                        let index: usize = index.parse().unwrap_or_default();
                        *rust_name = shape_names[shape_of[index]].clone();
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{get_of, resolve_yaml};
    use crate::error::Error;
    use crate::ir::*;

    const THING: &str = "{microsoft.graph.thing: {type: object, properties: {name: {type: string}}}}";

    /// A `post` whose request body (or, with `response`, 200 response) is an inline object of `fields`.
    fn inline_post(fields: &str, response: bool) -> String {
        let schema = format!("{{content: {{application/json: {{schema: {{type: object, properties: {fields}}}}}}}}}");
        if response {
            format!("{{post: {{responses: {{'200': {schema}}}}}}}")
        } else {
            format!("{{post: {{requestBody: {schema}, responses: {{'204': {{description: done}}}}}}}}")
        }
    }

    fn body_name(body: &Option<Body>) -> &str {
        match body {
            Some(Body {
                kind: BodyKind::Typed(Type::Named { rust_name, .. }),
                ..
            }) => rust_name,
            other => panic!("no named body: {other:?}"),
        }
    }

    #[test]
    fn identical_inline_bodies_are_one_type_wherever_they_appear() {
        let same = inline_post("{x: {type: string}}", true);
        let ir = resolve_yaml(
            &format!("{{/a/microsoft.graph.delta(): {same}, /b/microsoft.graph.delta(): {same}}}"),
            "{}",
        )
        .unwrap();
        let names: Vec<&str> = ir.operations.iter().map(|op| body_name(&op.response)).collect();
        assert_eq!(names, ["DeltaResponse", "DeltaResponse"]);
        assert!(matches!(&ir.types["DeltaResponse"], TypeDef::Struct(s) if s.fields.len() == 1));
    }

    #[test]
    fn different_inline_bodies_wanting_one_name_are_qualified_by_their_paths() {
        let ir = resolve_yaml(
            &format!(
                "{{/roots/microsoft.graph.delta(): {}, /items/microsoft.graph.delta(): {}}}",
                inline_post("{x: {type: string}}", true),
                inline_post("{y: {type: string}}", true)
            ),
            "{}",
        )
        .unwrap();
        let names: Vec<&str> = ir.operations.iter().map(|op| body_name(&op.response)).collect();
        // Operations come in path order, whatever the document's.
        assert_eq!(names, ["ItemsDeltaResponse", "RootsDeltaResponse"]);
        assert!(!ir.types.contains_key("DeltaResponse"));
    }

    #[test]
    fn a_request_and_a_response_of_one_shape_stay_two_types() {
        let fields = "{x: {type: string}}";
        let ir = resolve_yaml(
            &format!(
                "{{/a/microsoft.graph.start: {}, /b/microsoft.graph.start: {}}}",
                inline_post(fields, false),
                inline_post(fields, true)
            ),
            "{}",
        )
        .unwrap();
        assert_eq!(body_name(&ir.operations[0].request), "StartRequestBody");
        assert_eq!(body_name(&ir.operations[1].response), "StartResponse");
    }

    #[test]
    fn an_inline_body_never_takes_a_component_name() {
        let ir = resolve_yaml(
            &format!(
                "{{/jobs/microsoft.graph.thing: {}}}",
                inline_post("{x: {type: string}}", false)
            ),
            "{microsoft.graph.thingRequestBody: {type: object}}",
        )
        .unwrap();
        assert_eq!(body_name(&ir.operations[0].request), "JobsThingRequestBody");
    }

    #[test]
    fn parameters_sort_into_required_query_typed_options_and_the_rest() {
        let params = "[{name: '@id', in: query, required: true}, {name: $top, in: query}, {name: If-Match, in: header},
                       {name: custom, in: query}, {name: thing-id, in: path, required: true}]";
        let get = get_of("microsoft.graph.thing");
        let ir = resolve_yaml(
            &format!(
                "{{\"/things/{{thing-id}}\": {{parameters: {params}, get: {}}}}}",
                &get[6..get.len() - 1]
            ),
            THING,
        )
        .unwrap();
        let op = &ir.operations[0];
        assert_eq!(op.required_query, ["@id"]);
        assert_eq!(op.options, ["$top", "If-Match"]);
    }

    #[test]
    fn a_required_parameter_outside_path_and_query_is_refused() {
        let err = resolve_yaml(
            "{/things: {get: {parameters: [{name: X-Tenant, in: header, required: true}], responses: {'204': {description: done}}}}}",
            "{}",
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { pointer, .. } if pointer == "#/paths/~1things/get/parameters/0"),
            "{err}"
        );
    }

    #[test]
    fn refs_of_bodies_and_parameters_must_resolve() {
        for (paths, pointer) in [
            (
                "{/things: {post: {requestBody: {$ref: '#/components/requestBodies/none'}, responses: {'204': {description: done}}}}}",
                "#/paths/~1things/post/requestBody",
            ),
            (
                "{/things: {get: {parameters: [{$ref: '#/components/parameters/none'}], responses: {'204': {description: done}}}}}",
                "#/paths/~1things/get/parameters/0",
            ),
            (
                "{/things: {get: {responses: {'200': {$ref: '#/components/responses/none'}}}}}",
                "#/paths/~1things/get/responses/200",
            ),
        ] {
            let err = resolve_yaml(paths, "{}").unwrap_err();
            assert!(
                matches!(&err, Error::DanglingRef { pointer: at, .. } if at == pointer),
                "{paths}: {err}"
            );
        }
    }

    #[test]
    fn a_feature_name_must_be_one_cargo_accepts() {
        let op = |feature: &str| {
            format!("{{/things: {{get: {{x-msgraph-sync-feature: '{feature}', responses: {{'204': {{description: done}}}}}}}}}}")
        };
        let ir = resolve_yaml(&op("jobs-v2"), "{}").unwrap();
        assert_eq!(ir.operations[0].feature.as_deref(), Some("jobs-v2"));
        let err = resolve_yaml(&op("a\"b"), "{}").unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { pointer, .. } if pointer == "#/paths/~1things/get/x-msgraph-sync-feature"),
            "{err}"
        );
    }

    /// A function path whose parameters are declared with these schemas (YAML flow mappings):
    /// `n` an integer, `d` a date, `b` a boolean, `e` the enum `color`, alias `@a` of `alias`.
    fn function_doc(alias: &str) -> String {
        format!(
            "{{openapi: 3.0.1, info: {{title: t, version: v1.0}}, servers: [{{url: 'https://graph.microsoft.com/v1.0/'}}],
              paths: {{\"/r/f(n={{n}},d={{d}},b={{b}},e={{e}},s='{{s}}',a=@a)\": {{get: {{parameters: [
                {{name: n, in: path, required: true, schema: {{type: integer, format: int64}}}},
                {{name: d, in: path, required: true, schema: {{type: string, format: date}}}},
                {{name: b, in: path, required: true, schema: {{type: boolean}}}},
                {{name: e, in: path, required: true, schema: {{$ref: '#/components/schemas/color'}}}},
                {{name: s, in: path, required: true, schema: {{type: string}}}},
                {{name: a, in: query, schema: {alias}}}], responses: {{'204': {{description: ok}}}}}}}},
                \"/r/other\": {{get: {{responses: {{'204': {{description: ok}}}}}}}}}},
              components: {{schemas: {{color: {{type: string, enum: [red]}}}}}}}}"
        )
    }

    #[test]
    fn function_parameters_take_the_literal_kind_of_their_schema() {
        let doc = crate::load::parse("t.yaml", &function_doc("{type: integer, format: int32}")).unwrap();
        let ir = crate::resolve::resolve_with(&doc, OnUnsupported::Refuse).unwrap();
        let op = ir
            .operations
            .iter()
            .find(|op| op.path.segments.len() == 2 && op.path.segments[1].is_function())
            .unwrap();
        let Segment::Templated { literals, aliases, .. } = &op.path.segments[1] else {
            panic!("{:?}", op.path)
        };
        assert_eq!(
            literals,
            &[
                LiteralKind::I64,
                LiteralKind::Date,
                LiteralKind::Bool,
                LiteralKind::Enum("color".into()),
                LiteralKind::InQuotes
            ]
        );
        assert_eq!(aliases[0].kind, LiteralKind::I32);
        // The alias's query parameter is the segment's argument, not a query option of its own.
        assert!(op.options.is_empty() && op.required_query.is_empty());
    }

    #[test]
    fn an_untranslatable_operation_is_skipped_and_named_or_refuses_when_strict() {
        let doc = crate::load::parse("t.yaml", &function_doc("{type: string, format: uuid}")).unwrap();
        let err = crate::resolve::resolve_with(&doc, OnUnsupported::Refuse).unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { what, .. } if what.contains("format uuid")),
            "{err}"
        );
        let ir = crate::resolve::resolve_with(&doc, OnUnsupported::Skip).unwrap();
        assert_eq!(ir.operations.len(), 1, "the other path is generated");
        assert_eq!(ir.skipped.len(), 1);
        let skipped = &ir.skipped[0];
        assert_eq!(
            (skipped.method.as_str(), skipped.path.as_str()),
            ("GET", "/r/f(n={n},d={d},b={b},e={e},s='{s}',a=@a)")
        );
        assert!(
            skipped.reason.contains("#/paths/") && skipped.reason.contains("format uuid"),
            "{}",
            skipped.reason
        );
        // A path that could not be sent as written is skipped the same way.
        let text = function_doc("{type: integer}").replace("/r/other", "/r/../other");
        let ir = crate::resolve::resolve(&crate::load::parse("t.yaml", &text).unwrap()).unwrap();
        assert_eq!(ir.skipped.len(), 1);
        assert!(ir.skipped[0].reason.contains("dot segment"), "{:?}", ir.skipped);
    }
}
