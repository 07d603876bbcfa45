//! The typed spec: the subset of OpenAPI 3.0 that Graph's documents use, as plain data.
//!
//! Unknown keywords are collected rather than ignored, so `resolve` can refuse a construct it
//! does not understand (instead of silently generating the wrong type).

use serde::Deserialize;
use std::collections::BTreeMap;

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
#[derive(Clone, Debug, Deserialize)]
pub struct Document {
    pub openapi: String,
    pub info: Info,
    #[serde(default)]
    pub servers: Vec<Server>,
    #[serde(default)]
    pub paths: Ordered<PathItem>,
    #[serde(default)]
    pub components: Components,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Info {
    pub title: String,
    pub version: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Server {
    pub url: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Components {
    #[serde(default)]
    pub schemas: Ordered<Schema>,
    #[serde(default)]
    pub responses: Ordered<Response>,
    #[serde(default)]
    pub parameters: Ordered<Parameter>,
    #[serde(default, rename = "requestBodies")]
    pub request_bodies: Ordered<RequestBody>,
}

/// One path's operations, in the order methods are listed here (deterministic, not YAML order).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PathItem {
    pub get: Option<Operation>,
    pub put: Option<Operation>,
    pub post: Option<Operation>,
    pub patch: Option<Operation>,
    pub delete: Option<Operation>,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    #[serde(default)]
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

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Operation {
    #[serde(rename = "operationId")]
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    #[serde(rename = "externalDocs")]
    pub external_docs: Option<ExternalDocs>,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    #[serde(rename = "requestBody")]
    pub request_body: Option<RequestBody>,
    #[serde(default)]
    pub responses: Ordered<Response>,
    #[serde(rename = "x-ms-pageable")]
    pub pageable: Option<Pageable>,
    #[serde(default)]
    pub deprecated: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ExternalDocs {
    pub url: String,
    pub description: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Pageable {
    #[serde(rename = "nextLinkName")]
    pub next_link_name: Option<String>,
}

/// A parameter, or a `$ref` to one in `components/parameters`.
#[derive(Clone, Debug, Deserialize)]
pub struct Parameter {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub name: Option<String>,
    #[serde(rename = "in")]
    pub location: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub required: bool,
    pub style: Option<String>,
    pub explode: Option<bool>,
    pub schema: Option<Schema>,
}

/// A request body, or a `$ref` to one in `components/requestBodies`.
#[derive(Clone, Debug, Deserialize)]
pub struct RequestBody {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub content: Ordered<MediaType>,
    #[serde(default)]
    pub required: bool,
}

/// A response, or a `$ref` to one in `components/responses`.
#[derive(Clone, Debug, Deserialize)]
pub struct Response {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub content: Ordered<MediaType>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct MediaType {
    pub schema: Option<Schema>,
}

/// A schema object. Every keyword Graph uses is a field; anything else lands in `other`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Schema {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub title: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub format: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub nullable: bool,
    pub properties: Option<Ordered<Schema>>,
    #[serde(rename = "allOf")]
    pub all_of: Option<Vec<Schema>>,
    #[serde(rename = "anyOf")]
    pub any_of: Option<Vec<Schema>>,
    #[serde(rename = "oneOf")]
    pub one_of: Option<Vec<Schema>>,
    pub items: Option<Box<Schema>>,
    #[serde(rename = "enum")]
    pub enumeration: Option<Vec<serde_yaml::Value>>,
    #[serde(rename = "additionalProperties")]
    pub additional_properties: Option<serde_yaml::Value>,
    #[serde(rename = "x-ms-enum-flags")]
    pub enum_flags: Option<EnumFlags>,
    #[serde(default, rename = "uniqueItems")]
    pub unique_items: bool,
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(default, rename = "readOnly")]
    pub read_only: bool,
    /// Keywords the generator does not model; validated in `resolve`.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_yaml::Value>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct EnumFlags {
    #[serde(default, rename = "isFlags")]
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
