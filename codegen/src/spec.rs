//! The typed spec: the subset of OpenAPI 3.0 that Graph's documents use, as plain data.
//!
//! Unknown keywords are collected rather than ignored, so `resolve` can refuse a construct it
//! does not understand (instead of silently generating the wrong type).

use serde::Deserialize;
use std::collections::BTreeMap;

/// `Deserialize` for a struct read from a YAML mapping, as `#[derive(Deserialize)]` would do it:
/// `field: "wireName"` per field; `required` ones must be present, the others take their default
/// when absent (`None` for an `Option`); a repeated key is an error and unknown keys are skipped.
/// By hand, because the generator is a build-dependency of every user of the crate, and serde's
/// derive macro would be compiled into all their builds for a dozen structs.
macro_rules! deserialize_struct {
    ($name:ident { $($field:ident: $wire:literal $($required:ident)?),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($name)))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        $(let mut $field = None;)*
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $($wire => {
                                    if $field.is_some() {
                                        return Err(serde::de::Error::duplicate_field($wire));
                                    }
                                    $field = Some(map.next_value()?);
                                })*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok($name {
                            $($field: $crate::spec::deserialize_struct!(@value $field $wire $($required)?),)*
                        })
                    }
                }
                deserializer.deserialize_map(Visitor)
            }
        }
    };
    (@value $field:ident $wire:literal required) => {
        $field.ok_or_else(|| serde::de::Error::missing_field($wire))?
    };
    (@value $field:ident $wire:literal) => {
        $field.unwrap_or_default()
    };
}
pub(crate) use deserialize_struct;

/// A YAML mapping that keeps the document's key order (properties are emitted in spec order).
#[derive(Clone, Debug, PartialEq)]
pub struct Ordered<V>(pub Vec<(String, V)>);

impl<V> Default for Ordered<V> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<V> Ordered<V> {
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Sorts the entries by key (keys are unique: the parser refuses a repeated one).
    pub fn sort_by_key(&mut self) {
        self.0.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Ordered<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
            type Value = Ordered<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(String, V)> = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, V>()? {
                    if entries.iter().any(|(k, _)| *k == key) {
                        return Err(serde::de::Error::custom(format!("duplicate key {key:?}")));
                    }
                    entries.push((key, value));
                }
                Ok(Ordered(entries))
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// An OpenAPI document, reduced to what the generator reads.
#[derive(Clone, Debug)]
pub struct Document {
    pub openapi: String,
    pub info: Info,
    pub servers: Vec<Server>,
    pub paths: Ordered<PathItem>,
    pub components: Components,
}

impl Schema {
    /// The schema's deprecation (`deprecated: true` and/or `x-ms-deprecation`), if any.
    pub fn deprecation(&self) -> Option<Deprecation> {
        let text = |value: &serde_yaml::Value, key: &str| match value.get(key)? {
            serde_yaml::Value::String(s) => Some(s.clone()),
            other => serde_yaml::to_string(other).ok().map(|s| s.trim().to_string()),
        };
        match self.other.get("x-ms-deprecation") {
            Some(value) => Some(Deprecation {
                date: text(value, "date"),
                removal_date: text(value, "removalDate"),
                version: text(value, "version"),
                description: text(value, "description"),
            }),
            None => (self.other.get("deprecated") == Some(&serde_yaml::Value::Bool(true))).then(Deprecation::default),
        }
    }
}

impl Document {
    /// Puts paths and every kind of component in the byte order of their path or key, so that
    /// everything generated from them is ordered by something the document's order cannot move
    /// (a name), and errors name the same first offender whatever the order. What a spec orders
    /// for users, the properties of a schema and the members of an enum, keeps its order.
    pub fn sort_by_name(&mut self) {
        self.paths.sort_by_key();
        self.components.schemas.sort_by_key();
        self.components.responses.sort_by_key();
        self.components.parameters.sort_by_key();
        self.components.request_bodies.sort_by_key();
    }
}

#[derive(Clone, Debug)]
pub struct Info {
    pub title: String,
    pub version: String,
}

#[derive(Clone, Debug)]
pub struct Server {
    pub url: String,
}

#[derive(Clone, Debug, Default)]
pub struct Components {
    pub schemas: Ordered<Schema>,
    pub responses: Ordered<Response>,
    pub parameters: Ordered<Parameter>,
    pub request_bodies: Ordered<RequestBody>,
}

/// One path's operations, in the order methods are listed here (deterministic, not YAML order).
#[derive(Clone, Debug, Default)]
pub struct PathItem {
    pub get: Option<Operation>,
    pub put: Option<Operation>,
    pub post: Option<Operation>,
    pub patch: Option<Operation>,
    pub delete: Option<Operation>,
    pub parameters: Vec<Parameter>,
    pub description: Option<String>,
}

impl PathItem {
    /// (lower-case method, operation) pairs.
    pub fn operations(&self) -> impl Iterator<Item = (&'static str, &Operation)> {
        [
            ("get", &self.get),
            ("put", &self.put),
            ("post", &self.post),
            ("patch", &self.patch),
            ("delete", &self.delete),
        ]
        .into_iter()
        .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
    }
}

#[derive(Clone, Debug, Default)]
pub struct Operation {
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub external_docs: Option<ExternalDocs>,
    pub parameters: Vec<Parameter>,
    pub request_body: Option<RequestBody>,
    pub responses: Ordered<Response>,
    pub pageable: Option<Pageable>,
    pub deprecated: bool,
    /// `x-ms-deprecation`: when Microsoft deprecated the operation and when it goes.
    pub deprecation: Option<Deprecation>,
    /// `x-msgraph-sync-feature`: the cargo feature that compiles this operation's builder.
    pub feature: Option<String>,
}

/// Microsoft's `x-ms-deprecation` extension, beside `deprecated: true`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deprecation {
    /// When it was deprecated (`2026-01-06`).
    pub date: Option<String>,
    /// When Microsoft removes it (`2027-07-06`).
    pub removal_date: Option<String>,
    /// The API change that deprecated it (`2026-01/Sync`).
    pub version: Option<String>,
    /// Microsoft's text (`Use validateConnectivity instead.`).
    pub description: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ExternalDocs {
    pub url: String,
    pub description: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Pageable {
    pub next_link_name: Option<String>,
}

/// A parameter, or a `$ref` to one in `components/parameters`.
#[derive(Clone, Debug)]
pub struct Parameter {
    pub reference: Option<String>,
    pub name: Option<String>,
    pub location: Option<String>,
    pub description: Option<String>,
    pub required: bool,
    pub style: Option<String>,
    pub explode: Option<bool>,
    pub schema: Option<Schema>,
}

/// A request body, or a `$ref` to one in `components/requestBodies`.
#[derive(Clone, Debug)]
pub struct RequestBody {
    pub reference: Option<String>,
    pub description: Option<String>,
    pub content: Ordered<MediaType>,
    pub required: bool,
}

/// A response, or a `$ref` to one in `components/responses`.
#[derive(Clone, Debug)]
pub struct Response {
    pub reference: Option<String>,
    pub description: Option<String>,
    pub content: Ordered<MediaType>,
}

#[derive(Clone, Debug)]
pub struct MediaType {
    pub schema: Option<Schema>,
}

deserialize_struct!(Document {
    openapi: "openapi" required,
    info: "info" required,
    servers: "servers",
    paths: "paths",
    components: "components",
});
deserialize_struct!(Info { title: "title" required, version: "version" required });
deserialize_struct!(Server { url: "url" required });
deserialize_struct!(Components {
    schemas: "schemas",
    responses: "responses",
    parameters: "parameters",
    request_bodies: "requestBodies",
});
deserialize_struct!(PathItem {
    get: "get",
    put: "put",
    post: "post",
    patch: "patch",
    delete: "delete",
    parameters: "parameters",
    description: "description",
});
deserialize_struct!(Operation {
    operation_id: "operationId",
    summary: "summary",
    description: "description",
    external_docs: "externalDocs",
    parameters: "parameters",
    request_body: "requestBody",
    responses: "responses",
    pageable: "x-ms-pageable",
    deprecated: "deprecated",
    deprecation: "x-ms-deprecation",
    feature: "x-msgraph-sync-feature",
});
deserialize_struct!(Deprecation {
    date: "date",
    removal_date: "removalDate",
    version: "version",
    description: "description",
});
deserialize_struct!(ExternalDocs { url: "url" required, description: "description" });
deserialize_struct!(Pageable {
    next_link_name: "nextLinkName"
});
deserialize_struct!(Parameter {
    reference: "$ref",
    name: "name",
    location: "in",
    description: "description",
    required: "required",
    style: "style",
    explode: "explode",
    schema: "schema",
});
deserialize_struct!(RequestBody {
    reference: "$ref",
    description: "description",
    content: "content",
    required: "required",
});
deserialize_struct!(Response {
    reference: "$ref",
    description: "description",
    content: "content"
});
deserialize_struct!(MediaType { schema: "schema" });
deserialize_struct!(EnumFlags { is_flags: "isFlags" });

/// A schema object. Every keyword Graph uses is a field; anything else lands in `other`.
#[derive(Clone, Debug, Default)]
pub struct Schema {
    /// `$ref`
    pub reference: Option<String>,
    pub title: Option<String>,
    /// `type`
    pub kind: Option<String>,
    pub format: Option<String>,
    pub description: Option<String>,
    pub nullable: bool,
    pub properties: Option<Ordered<Schema>>,
    pub all_of: Option<Vec<Schema>>,
    pub any_of: Option<Vec<Schema>>,
    pub one_of: Option<Vec<Schema>>,
    pub items: Option<Box<Schema>>,
    /// `enum`
    pub enumeration: Option<Vec<serde_yaml::Value>>,
    pub additional_properties: Option<serde_yaml::Value>,
    /// `x-ms-enum-flags`
    pub enum_flags: Option<EnumFlags>,
    pub unique_items: bool,
    pub required: Vec<String>,
    pub read_only: bool,
    /// Keywords the generator does not model; validated in `resolve`.
    pub other: BTreeMap<String, serde_yaml::Value>,
}

// By hand rather than derived: a derived `#[serde(flatten)]` for `other` buffers every schema
// into serde's `Content` and deserializes it twice, which made parsing a third slower and the
// generator (a build-dependency of every user) much bigger to compile.
impl<'de> Deserialize<'de> for Schema {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Schema;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a schema object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Schema, A::Error> {
                use serde::de::Error;
                let mut s = Schema::default();
                let mut seen: Vec<&'static str> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let field = match key.as_str() {
                        "$ref" => "$ref",
                        "title" => "title",
                        "type" => "type",
                        "format" => "format",
                        "description" => "description",
                        "nullable" => "nullable",
                        "properties" => "properties",
                        "allOf" => "allOf",
                        "anyOf" => "anyOf",
                        "oneOf" => "oneOf",
                        "items" => "items",
                        "enum" => "enum",
                        "additionalProperties" => "additionalProperties",
                        "x-ms-enum-flags" => "x-ms-enum-flags",
                        "uniqueItems" => "uniqueItems",
                        "required" => "required",
                        "readOnly" => "readOnly",
                        _ => {
                            if s.other.contains_key(&key) {
                                return Err(A::Error::custom(format!("duplicate key {key:?}")));
                            }
                            let value = map.next_value()?;
                            s.other.insert(key, value);
                            continue;
                        }
                    };
                    if seen.contains(&field) {
                        return Err(A::Error::duplicate_field(field));
                    }
                    seen.push(field);
                    match field {
                        "$ref" => s.reference = map.next_value()?,
                        "title" => s.title = map.next_value()?,
                        "type" => s.kind = map.next_value()?,
                        "format" => s.format = map.next_value()?,
                        "description" => s.description = map.next_value()?,
                        "nullable" => s.nullable = map.next_value()?,
                        "properties" => s.properties = map.next_value()?,
                        "allOf" => s.all_of = map.next_value()?,
                        "anyOf" => s.any_of = map.next_value()?,
                        "oneOf" => s.one_of = map.next_value()?,
                        "items" => s.items = map.next_value()?,
                        "enum" => s.enumeration = map.next_value()?,
                        "additionalProperties" => s.additional_properties = map.next_value()?,
                        "x-ms-enum-flags" => s.enum_flags = map.next_value()?,
                        "uniqueItems" => s.unique_items = map.next_value()?,
                        "required" => s.required = map.next_value()?,
                        _ => s.read_only = map.next_value()?,
                    }
                }
                Ok(s)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

#[derive(Clone, Debug, Default)]
pub struct EnumFlags {
    pub is_flags: bool,
}

/// Keywords that only annotate a schema and never change the Rust type.
pub const ANNOTATION_KEYWORDS: &[&str] = &[
    "default",
    "example",
    "minimum",
    "maximum",
    "maxLength",
    "minLength",
    "pattern",
    "deprecated",
    "externalDocs",
    "writeOnly",
    "multipleOf",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(yaml: &str) -> Result<Schema, serde_yaml::Error> {
        serde_yaml::from_str(yaml)
    }

    #[test]
    fn schema_keywords_land_in_fields_and_the_rest_in_other() {
        let s = schema("$ref: '#/x'\ntype: string\nnullable: true\nrequired: [a]\nitems:\n  type: integer\nx-custom: 1\nminimum: 0\n")
            .expect("parses");
        assert_eq!(s.reference.as_deref(), Some("#/x"));
        assert_eq!(s.kind.as_deref(), Some("string"));
        assert!(s.nullable && !s.read_only);
        assert_eq!(s.required, ["a"]);
        assert_eq!(s.items.and_then(|i| i.kind).as_deref(), Some("integer"));
        assert_eq!(s.other.keys().collect::<Vec<_>>(), ["minimum", "x-custom"]);
    }

    #[test]
    fn structs_read_as_a_derive_would() {
        let missing = serde_yaml::from_str::<Info>("title: t\n")
            .expect_err("missing")
            .to_string();
        assert!(missing.contains("missing field `version`"), "{missing}");
        let twice = serde_yaml::from_str::<Info>("title: a\ntitle: b\nversion: v\n")
            .expect_err("twice")
            .to_string();
        assert!(twice.contains("duplicate field `title`"), "{twice}");
        let p: Parameter =
            serde_yaml::from_str("name: x\nin: query\nunknown: [1, 2]\nexplode: null\n").expect("parses");
        assert_eq!((p.name.as_deref(), p.location.as_deref()), (Some("x"), Some("query")));
        assert!(p.explode.is_none() && !p.required && p.schema.is_none());
        let wrong = serde_yaml::from_str::<Server>("[1]")
            .expect_err("not a mapping")
            .to_string();
        assert!(wrong.contains("struct Server"), "{wrong}");
    }

    #[test]
    fn a_repeated_schema_keyword_is_an_error() {
        let known = schema("type: string\ntype: integer\n")
            .expect_err("duplicate")
            .to_string();
        assert!(known.contains("duplicate field `type`"), "{known}");
        let other = schema("minimum: 0\nminimum: 1\n").expect_err("duplicate").to_string();
        assert!(other.contains("duplicate key \"minimum\""), "{other}");
        let wrong = schema("nullable: maybe\n").expect_err("not a bool").to_string();
        assert!(wrong.contains("nullable") || wrong.contains("bool"), "{wrong}");
    }
}
