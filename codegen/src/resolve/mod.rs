//! Typed spec → IR: decides every name, resolves every `$ref`, flattens `allOf`, and refuses
//! what it cannot translate faithfully, naming the place with a JSON pointer.
//!
//! One concern per file: `schemas.rs` (components → structs and aliases, `allOf` flattening,
//! property types), `operations.rs` (operations, parameters, bodies, inline body names),
//! `enums.rs`, and `cycles.rs` (alias cycles, boxing of recursive structs). This module holds the
//! pipeline and the claims on type names, which every concern makes through `Resolver::claim`.

mod cycles;
mod enums;
mod operations;
mod schemas;

use crate::error::{pointer_segment, Error, Result};
use crate::ir::*;
use crate::names;
use crate::names::RESERVED_TYPE_NAMES;
use crate::spec::{Document, Schema};
use std::collections::{BTreeMap, BTreeSet};

const SCHEMA_REF_PREFIX: &str = "#/components/schemas/";

/// Builds the IR of one document; an operation it cannot translate is skipped and named in
/// [`Ir::skipped`] ([`OnUnsupported::Skip`]).
pub fn resolve(doc: &Document) -> Result<Ir> {
    resolve_with(doc, OnUnsupported::Skip)
}

/// [`resolve`], choosing what an operation it cannot translate does to the document.
pub fn resolve_with(doc: &Document, on_unsupported: OnUnsupported) -> Result<Ir> {
    let paths = crate::check::path_templates(doc);
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
    let (mut operations, skipped) = resolver.operations(paths, on_unsupported)?;
    resolver.name_inline(&mut operations)?;
    cycles::check_alias_cycles(&resolver.types)?;
    cycles::box_cycles(&mut resolver.types);
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
        skipped,
    };
    crate::gates::decide(&mut ir);
    Ok(ir)
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
    /// Component key → schema (the document keeps them sorted by key, unindexed).
    schemas: BTreeMap<&'a str, &'a Schema>,
    types: BTreeMap<String, TypeDef>,
    /// Inline body schemas in path order, named once all are known.
    inline: Vec<operations::Inline>,
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
}

/// A document of `paths` and `schemas` (YAML flow mappings, `{}` for none), resolved: what the
/// unit tests of each concern start from.
#[cfg(test)]
pub(crate) fn resolve_yaml(paths: &str, schemas: &str) -> Result<Ir> {
    let text = format!(
        "{{openapi: 3.0.1, info: {{title: t, version: v1.0}}, servers: [{{url: 'https://graph.microsoft.com/v1.0/'}}], paths: {paths}, components: {{schemas: {schemas}}}}}"
    );
    resolve_with(&crate::load::parse("test.yaml", &text)?, OnUnsupported::Refuse)
}

/// A `get` returning the component `schema`, as a path item.
#[cfg(test)]
pub(crate) fn get_of(schema: &str) -> String {
    format!("{{get: {{responses: {{'200': {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/{schema}'}}}}}}}}}}}}}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schema_named_like_a_type_generated_code_uses_is_refused() {
        let err = resolve_yaml("{}", "{microsoft.graph.option: {type: object}}").unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, pointer, .. } if rust == "Option" && pointer == "#/components/schemas/microsoft.graph.option"),
            "{err}"
        );
    }

    #[test]
    fn two_keys_of_one_rust_name_collide_and_a_flags_enum_claims_its_member_name() {
        let err = resolve_yaml("{}", "{a.b: {type: object}, a_b: {type: object}}").unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, .. } if rust == "AB"),
            "{err}"
        );
        let ir = resolve_yaml(
            "{}",
            "{e: {type: string, enum: [x], x-ms-enum-flags: {isFlags: true}}, f: {type: string, enum: [x]}}",
        )
        .unwrap();
        assert!(ir.types.contains_key("E") && ir.types.contains_key("F"));
        let err = resolve_yaml(
            "{}",
            "{e: {type: string, enum: [x], x-ms-enum-flags: {isFlags: true}}, eMember: {type: string, enum: [x]}}",
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::NameCollision { rust, .. } if rust == "EMember"),
            "{err}"
        );
    }

    #[test]
    fn the_api_version_comes_from_the_server_url_and_must_be_a_plain_name() {
        let ir = resolve_yaml("{}", "{}").unwrap();
        assert_eq!((ir.api_version.as_str(), ir.module.as_str()), ("v1.0", "v1_0"));
        let text = "{openapi: 3.0.1, info: {title: t, version: '../x'}, paths: {}, components: {schemas: {}}}";
        let err = resolve_with(&crate::load::parse("t.yaml", text).unwrap(), OnUnsupported::Refuse).unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { pointer, .. } if pointer == "#/servers/0/url"),
            "{err}"
        );
    }
}
