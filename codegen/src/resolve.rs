//! Typed spec → IR: decides every name, resolves every `$ref`, flattens `allOf`, and refuses
//! what it cannot translate faithfully, naming the place with a JSON pointer.

use crate::error::{pointer_segment, Error, Result};
use crate::ir::*;
use crate::names;
use crate::spec::{Document, MediaType, Ordered, Parameter, Schema, ANNOTATION_KEYWORDS};
use std::collections::{BTreeMap, BTreeSet};

const SCHEMA_REF_PREFIX: &str = "#/components/schemas/";
const RESPONSE_REF_PREFIX: &str = "#/components/responses/";
const REQUEST_BODY_REF_PREFIX: &str = "#/components/requestBodies/";
const PARAMETER_REF_PREFIX: &str = "#/components/parameters/";
pub use crate::names::{ADDITIONAL_PROPERTIES_FIELD, HEADER_OPTIONS, QUERY_OPTIONS, UNRECOGNIZED_VARIANT};
use crate::names::{DECLARED_ADDITIONAL_PROPERTIES_FIELD, RESERVED_TYPE_NAMES};

/// An inline object schema of a body, before it is named (see [`Resolver::name_inline`]).
struct Inline {
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

/// Builds the IR of one document.
pub fn resolve(doc: &Document) -> Result<Ir> {
    crate::check::check(doc)?;
    let mut resolver = Resolver {
        doc,
        rust_names: BTreeMap::new(),
        type_names: BTreeMap::new(),
        schemas: doc.components.schemas.iter().map(|(k, v)| (k.as_str(), v)).collect(),
        types: BTreeMap::new(),
        inline: Vec::new(),
    };
    resolver.name_components()?;
    let resolved = doc
        .components
        .schemas
        .iter()
        .map(|(key, schema)| Ok((resolver.type_name(key), resolver.component(key, schema)?)))
        .collect::<Result<Vec<(String, TypeDef)>>>()?;
    resolver.types.extend(resolved);
    let mut operations = resolver.operations()?;
    resolver.name_inline(&mut operations)?;
    check_alias_cycles(&resolver.types)?;
    box_cycles(&mut resolver.types);
    let api_version = api_version(doc);
    // The version names a module and an output directory: keep it to a plain name.
    if api_version.is_empty()
        || !api_version
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        || !api_version.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return Err(Error::unsupported(
            "#/servers/0/url",
            format!("API version {api_version:?} (from the server URL, else info.version) is not a plain name like v1.0 or beta"),
        ));
    }
    let taken: BTreeSet<String> = resolver.rust_names.keys().cloned().collect();
    let navigation = crate::navigation::build(&operations, &taken)?;
    let mut ir = Ir {
        navigation,
        module: module_name(&api_version),
        api_version,
        types: resolver.types,
        operations,
        component_schemas: doc.components.schemas.len(),
    };
    crate::gates::decide(&mut ir);
    Ok(ir)
}

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

/// The URL segment of the API version: the last segment of the first server URL
/// (`https://graph.microsoft.com/beta/` → `beta`), else `info.version`.
fn api_version(doc: &Document) -> String {
    doc.servers
        .first()
        .and_then(|s| s.url.trim_end_matches('/').rsplit('/').next())
        .filter(|segment| !segment.is_empty() && !segment.contains(':'))
        .map_or_else(|| doc.info.version.clone(), str::to_string)
}

/// `v1.0` → `v1_0`.
pub fn module_name(api_version: &str) -> String {
    api_version.replace(['.', '-'], "_")
}

struct Resolver<'a> {
    doc: &'a Document,
    /// Rust name → the spec name that claimed it, to report collisions.
    rust_names: BTreeMap<String, String>,
    /// Component key → Rust type name, decided once: a `$ref` is looked up, not renamed.
    type_names: BTreeMap<&'a str, String>,
    /// Component key → schema (the document keeps them in spec order, unindexed).
    schemas: BTreeMap<&'a str, &'a Schema>,
    types: BTreeMap<String, TypeDef>,
    /// Inline body schemas in spec order, named once all are known.
    inline: Vec<Inline>,
}

fn schema_pointer(key: &str) -> String {
    format!("{SCHEMA_REF_PREFIX}{}", pointer_segment(key))
}

impl<'a> Resolver<'a> {
    fn name_components(&mut self) -> Result<()> {
        for (key, schema) in self.doc.components.schemas.iter() {
            let rust = names::type_name(key);
            self.type_names.insert(key, rust.clone());
            let pointer = schema_pointer(key);
            if RESERVED_TYPE_NAMES.contains(&rust.as_str()) {
                return Err(Error::NameCollision {
                    pointer,
                    first: format!("Rust's `{rust}`, which generated code uses"),
                    second: key.to_string(),
                    rust,
                });
            }
            self.claim(&rust, key, &pointer)?;
            // A flags enum also names its member enum.
            if schema.enum_flags.as_ref().is_some_and(|f| f.is_flags) {
                self.claim(&names::flags_member_name(&rust), key, &pointer)?;
            }
        }
        Ok(())
    }

    /// The Rust name of a component (every key was named by `name_components`).
    fn type_name(&self, key: &str) -> String {
        self.type_names
            .get(key)
            .cloned()
            .unwrap_or_else(|| names::type_name(key))
    }

    fn claim(&mut self, rust: &str, spec_name: &str, pointer: &str) -> Result<()> {
        match self.rust_names.get(rust) {
            Some(first) if first != spec_name => Err(Error::NameCollision {
                pointer: pointer.to_string(),
                first: first.clone(),
                second: spec_name.to_string(),
                rust: rust.to_string(),
            }),
            _ => {
                self.rust_names.insert(rust.to_string(), spec_name.to_string());
                Ok(())
            }
        }
    }

    fn component(&self, key: &str, schema: &Schema) -> Result<TypeDef> {
        let pointer = schema_pointer(key);
        let rust_name = self.type_name(key);
        self.check_schema(schema, &pointer)?;
        let doc = schema.description.clone();
        if let Some(values) = &schema.enumeration {
            return Ok(TypeDef::Enum(enumeration(
                rust_name, key, doc, schema, values, &pointer,
            )?));
        }
        if schema.all_of.is_some() || schema.properties.is_some() || schema.kind.as_deref() == Some("object") {
            let fields = self.struct_fields(schema, &pointer, &mut vec![key.to_string()])?;
            // Checked by `struct_fields`: every `allOf` reference resolves.
            let parents = schema
                .all_of
                .iter()
                .flatten()
                .filter_map(|part| part.reference.as_deref())
                .filter_map(|target| target.strip_prefix(SCHEMA_REF_PREFIX))
                .map(|key| self.type_name(key))
                .collect();
            return Ok(TypeDef::Struct(StructDef {
                rust_name,
                spec_name: key.to_string(),
                doc,
                fields,
                parents,
                gate: Gate::Always,
            }));
        }
        let ty = self.property_type(schema, &pointer)?;
        Ok(TypeDef::Alias(AliasDef {
            rust_name,
            spec_name: key.to_string(),
            doc,
            ty,
            gate: Gate::Always,
        }))
    }

    /// Fields of an object schema, parents (`allOf`) first, names made unique.
    fn struct_fields(&self, schema: &Schema, pointer: &str, stack: &mut Vec<String>) -> Result<Vec<FieldDef>> {
        let mut raw = Vec::new();
        self.collect_properties(schema, pointer, stack, &mut raw)?;
        let mut taken: BTreeSet<String> = BTreeSet::from([ADDITIONAL_PROPERTIES_FIELD.to_string()]);
        let mut seen_wire: BTreeSet<String> = BTreeSet::new();
        let mut fields = Vec::new();
        for (wire, prop, prop_pointer) in raw {
            // A child redeclaring a parent's property overrides it (last declaration wins), and
            // takes over its field name.
            if !seen_wire.insert(wire.clone()) {
                if let Some(at) = fields.iter().position(|f: &FieldDef| f.wire_name == wire) {
                    taken.remove(&fields.remove(at).rust_name);
                }
            }
            let base = match names::field_name(&wire) {
                name if name == ADDITIONAL_PROPERTIES_FIELD => DECLARED_ADDITIONAL_PROPERTIES_FIELD.to_string(),
                name => name,
            };
            let mut rust_name = base.clone();
            let mut n = 2;
            while taken.contains(&rust_name) {
                rust_name = format!("{}_{n}", base.trim_start_matches("r#"));
                n += 1;
            }
            taken.insert(rust_name.clone());
            fields.push(FieldDef {
                ty: self.property_type(prop, &prop_pointer)?,
                doc: prop.description.clone(),
                nullable: prop.nullable,
                rust_name,
                wire_name: wire,
            });
        }
        Ok(fields)
    }

    fn collect_properties<'s>(
        &'s self,
        schema: &'s Schema,
        pointer: &str,
        stack: &mut Vec<String>,
        out: &mut Vec<(String, &'s Schema, String)>,
    ) -> Result<()> {
        self.check_schema(schema, pointer)?;
        if schema.any_of.is_some() || schema.one_of.is_some() {
            return Err(Error::unsupported(pointer, "anyOf/oneOf in an object schema"));
        }
        for (i, part) in schema.all_of.iter().flatten().enumerate() {
            let part_pointer = format!("{pointer}/allOf/{i}");
            if let Some(target) = &part.reference {
                let key = self.schema_key(target, &part_pointer)?;
                if let Some(at) = stack.iter().position(|k| k == key) {
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(key.to_string());
                    return Err(Error::CyclicAllOf {
                        pointer: part_pointer,
                        cycle: cycle.join(" → "),
                    });
                }
                let parent = self.schemas[key];
                stack.push(key.to_string());
                self.collect_properties(parent, &schema_pointer(key), stack, out)?;
                stack.pop();
            } else {
                self.collect_properties(part, &part_pointer, stack, out)?;
            }
        }
        for (name, prop) in schema.properties.iter().flat_map(Ordered::iter) {
            out.push((
                name.clone(),
                prop,
                format!("{pointer}/properties/{}", pointer_segment(name)),
            ));
        }
        Ok(())
    }

    /// Refuses unknown keywords, and a `$ref` under `additionalProperties` that points nowhere.
    fn check_schema(&self, schema: &Schema, pointer: &str) -> Result<()> {
        check_keywords(schema, pointer)?;
        if let Some(target) = schema
            .additional_properties
            .as_ref()
            .and_then(|a| a.get("$ref"))
            .and_then(|r| r.as_str())
        {
            self.schema_key(target, &format!("{pointer}/additionalProperties"))?;
        }
        Ok(())
    }

    fn schema_key<'r>(&self, target: &'r str, pointer: &str) -> Result<&'r str> {
        let dangling = || Error::DanglingRef {
            pointer: pointer.to_string(),
            target: target.to_string(),
        };
        let key = target.strip_prefix(SCHEMA_REF_PREFIX).ok_or_else(dangling)?;
        match self.schemas.get(key) {
            Some(_) => Ok(key),
            None => Err(dangling()),
        }
    }

    /// The type of a property (or array item, or body) schema.
    fn property_type(&self, schema: &Schema, pointer: &str) -> Result<Type> {
        self.check_schema(schema, pointer)?;
        if let Some(target) = &schema.reference {
            let key = self.schema_key(target, pointer)?;
            return Ok(Type::Named {
                rust_name: self.type_name(key),
                boxed: false,
            });
        }
        if schema.any_of.is_some() || schema.one_of.is_some() {
            return Err(Error::unsupported(pointer, "anyOf/oneOf"));
        }
        if let Some(parts) = &schema.all_of {
            return match parts.as_slice() {
                [single] if single.reference.is_some() => self.property_type(single, &format!("{pointer}/allOf/0")),
                _ => Err(Error::unsupported(pointer, "inline allOf in a property")),
            };
        }
        if schema.enumeration.is_some() {
            return Err(Error::unsupported(
                pointer,
                "inline enum (only component enums are named)",
            ));
        }
        let format = schema.format.as_deref();
        let ty = match (schema.kind.as_deref(), format) {
            // `date` and `time` (of day) stay in their wire form; no typed wrapper yet.
            (Some("string"), None | Some("date" | "time")) => Type::String,
            (Some("string"), Some("date-time")) => Type::DateTime,
            (Some("string"), Some("duration")) => Type::Duration,
            (Some("string"), Some("uuid")) => Type::Uuid,
            (Some("string"), Some("binary" | "byte" | "base64url")) => Type::Bytes,
            (Some("integer"), Some("int32" | "int16" | "int8" | "uint8")) => Type::I32,
            (Some("integer"), Some("int64") | None) => Type::I64,
            (Some("number"), Some("double" | "float" | "decimal") | None) => Type::F64,
            (Some("boolean"), None) => Type::Bool,
            (Some("array"), _) => {
                let items = schema
                    .items
                    .as_deref()
                    .ok_or_else(|| Error::unsupported(pointer, "array without items"))?;
                Type::List(Box::new(self.property_type(items, &format!("{pointer}/items"))?))
            }
            (Some("object") | None, None) if schema.properties.is_none() => Type::Json,
            (Some("object") | None, None) => {
                return Err(Error::unsupported(
                    pointer,
                    "inline object with properties (name it in components/schemas)",
                ))
            }
            (kind, format) => {
                return Err(Error::unsupported(
                    pointer,
                    format!(
                        "type {:?} with format {:?}",
                        kind.unwrap_or("(none)"),
                        format.unwrap_or("(none)")
                    ),
                ))
            }
        };
        Ok(ty)
    }

    fn operations(&mut self) -> Result<Vec<OperationDef>> {
        let doc = self.doc;
        let mut out = Vec::new();
        for (path, item) in doc.paths.iter() {
            let stem = path
                .rsplit('/')
                .find(|s| !s.starts_with('{'))
                .map(names::segment_stem)
                .unwrap_or_default();
            // The segments before the last one that name something (`items`, `list`, `drives`
            // for `/drives/{id}/list/items/microsoft.graph.delta()`), nearest first: inline types
            // that want one name are told apart by as many as it takes.
            let qualifiers: Vec<String> = path
                .rsplit('/')
                .skip(1)
                .filter(|s| !s.is_empty() && !s.starts_with('{') && !s.contains('.') && !s.starts_with('$'))
                .map(names::upper_camel)
                .collect();
            for (method, op) in item.operations() {
                let pointer = format!("#/paths/{}/{method}", pointer_segment(path));
                let request = match &op.request_body {
                    None => None,
                    Some(body) => {
                        let (content, body_pointer) = match &body.reference {
                            Some(r) => {
                                let key = r.strip_prefix(REQUEST_BODY_REF_PREFIX).unwrap_or(r);
                                let target =
                                    doc.components
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
                        self.body(content, &body_pointer, ("RequestBody", &stem), &qualifiers)?
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
                        response = self.body(content, &resp_pointer, ("Response", &stem), &qualifiers)?;
                    }
                }
                let mut options = Vec::new();
                let mut required_query = Vec::new();
                for (i, param) in item.parameters.iter().chain(&op.parameters).enumerate() {
                    let param = self.parameter(param, &format!("{pointer}/parameters/{i}"))?;
                    let name = param.name.clone().unwrap_or_default();
                    match param.location.as_deref() {
                        Some("path") => {}
                        Some("query") if param.required => required_query.push(name),
                        Some("query") if QUERY_OPTIONS.contains(&name.as_str()) => options.push(name),
                        Some("header") if HEADER_OPTIONS.contains(&name.as_str()) => options.push(name),
                        Some(_) if param.required => {
                            return Err(Error::unsupported(
                                &format!("{pointer}/parameters/{i}"),
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
                out.push(OperationDef {
                    method: method.to_string(),
                    path: path.clone(),
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
                });
            }
        }
        Ok(out)
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
        let short_name = format!("{stem}{kind_suffix}");
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
    fn name_inline(&mut self, operations: &mut [OperationDef]) -> Result<()> {
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
        let assigned = names::assign(&candidates, &["RequestBody", "Response"], &mut taken);
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

fn enumeration(
    rust_name: String,
    key: &str,
    doc: Option<String>,
    schema: &Schema,
    values: &[serde_yaml::Value],
    pointer: &str,
) -> Result<EnumDef> {
    let mut members: Vec<EnumMember> = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let wire = value
            .as_str()
            .ok_or_else(|| Error::unsupported(&format!("{pointer}/enum/{i}"), "non-string enum member"))?;
        // Members are matched ignoring ASCII case (as Graph's service does); the spec sometimes
        // lists one member twice in different cases (`unknownFutureValue`/`UnknownFutureValue`).
        if members.iter().any(|m| m.wire.eq_ignore_ascii_case(wire)) {
            continue;
        }
        // Distinct members that differ only in punctuation (`remoteControlSoftware`,
        // `remote_Control_Software`) get numbered variants, in spec order.
        let base = names::variant_name(wire);
        let mut variant = base.clone();
        let mut n = 2;
        while variant == UNRECOGNIZED_VARIANT || members.iter().any(|m| m.variant == variant) {
            variant = format!("{base}{n}");
            n += 1;
        }
        members.push(EnumMember {
            variant,
            wire: wire.to_string(),
        });
    }
    Ok(EnumDef {
        rust_name,
        spec_name: key.to_string(),
        doc,
        members,
        flags: schema.enum_flags.as_ref().is_some_and(|f| f.is_flags),
        gate: Gate::Always,
    })
}

/// Refuses keywords that would change the type but that the generator does not model.
fn check_keywords(schema: &Schema, pointer: &str) -> Result<()> {
    for keyword in schema.other.keys() {
        if !keyword.starts_with("x-") && !ANNOTATION_KEYWORDS.contains(&keyword.as_str()) {
            return Err(Error::unsupported(pointer, format!("keyword {keyword:?}")));
        }
    }
    Ok(())
}

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
fn check_alias_cycles(types: &BTreeMap<String, TypeDef>) -> Result<()> {
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
                return Err(Error::CyclicAllOf {
                    pointer: schema_pointer(spec_name),
                    cycle: format!("$ref aliases {}", seen.join(" → ")),
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
fn box_cycles(types: &mut BTreeMap<String, TypeDef>) {
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
