//! Models and operations by name, for code that does not name the Rust type: the docs tests,
//! the `inspect` example, and anyone holding a JSON value and an `@odata.type`.

use crate::inspect::{Finding, Inspect};
use serde::de::DeserializeOwned;
use std::fmt;

/// The spec name a generated type was made from.
pub trait SpecName {
    const SPEC_NAME: &'static str;
}

/// A decoded value of some model, behind a trait object.
pub trait Model: fmt::Debug + Send + Sync + 'static {
    /// Encodes back to JSON.
    fn to_json(&self) -> Result<serde_json::Value, serde_json::Error>;
    /// Encodes back to JSON text: exact, where a `serde_json::Value` would round numbers in untyped
    /// properties.
    fn to_json_text(&self) -> Result<String, serde_json::Error>;
    /// What the model saw that the spec did not promise.
    fn findings(&self) -> Vec<Finding>;
}

impl<T: serde::Serialize + Inspect + fmt::Debug + Send + Sync + 'static> Model for T {
    fn to_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        // Through bytes: reuses the `to_vec` code every model has anyway instead of compiling a
        // second serializer (to `Value`) per model.
        serde_json::from_slice(&serde_json::to_vec(self)?)
    }
    fn to_json_text(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
    fn findings(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        self.inspect("$", &mut out);
        out
    }
}

/// A JSON array of models (from [`ModelEntry::decode_list`]).
#[derive(Debug)]
struct ModelList(Vec<Box<dyn Model>>);

impl Model for ModelList {
    fn to_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        self.0
            .iter()
            .map(|m| m.to_json())
            .collect::<Result<Vec<_>, _>>()
            .map(serde_json::Value::Array)
    }
    fn to_json_text(&self) -> Result<String, serde_json::Error> {
        let items = self.0.iter().map(|m| m.to_json_text()).collect::<Result<Vec<_>, _>>()?;
        Ok(format!("[{}]", items.join(",")))
    }
    fn findings(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, model) in self.0.iter().enumerate() {
            out.extend(model.findings().into_iter().map(|mut f| {
                f.path = format!("$[{i}]{}", f.path.trim_start_matches('$'));
                f
            }));
        }
        out
    }
}

/// Why a payload did not decode, and where (`$.status.quarantine.seriesCount`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct DecodeError {
    pub path: String,
    pub message: String,
}

fn decode_error<E: fmt::Display>(err: serde_path_to_error::Error<E>) -> DecodeError {
    let path = err.path().to_string();
    DecodeError {
        path: if path == "." {
            "$".to_string()
        } else {
            format!("$.{path}")
        },
        message: err.into_inner().to_string(),
    }
}

/// Decodes JSON text as `T`, reporting the path of the first problem. Nesting is limited (serde_json's
/// recursion limit), so a hostile, deeply nested payload is an error, never a stack overflow.
pub fn decode_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(decode_error)?;
    de.end().map_err(|e| DecodeError {
        path: "$".to_string(),
        message: e.to_string(),
    })?;
    Ok(value)
}

/// Decodes a JSON value as `T`, reporting the path of the first problem.
pub fn decode_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, DecodeError> {
    serde_path_to_error::deserialize(value).map_err(decode_error)
}

type DecodeFn = fn(&[u8]) -> Result<Box<dyn Model>, DecodeError>;

/// One model (or enum) of one API version.
pub struct ModelEntry {
    /// Spec name: `microsoft.graph.synchronizationJob` (the OData type), or the Rust name of an
    /// inline body type.
    pub name: &'static str,
    pub rust_name: &'static str,
    /// Wire names of the declared properties (empty for enums and primitives).
    pub properties: &'static [&'static str],
    decode: DecodeFn,
}

impl ModelEntry {
    #[doc(hidden)]
    pub const fn new<T: DeserializeOwned + serde::Serialize + Inspect + fmt::Debug + Send + Sync + 'static>(
        name: &'static str,
        rust_name: &'static str,
        properties: &'static [&'static str],
    ) -> Self {
        ModelEntry {
            name,
            rust_name,
            properties,
            decode: |bytes| Ok(Box::new(decode_slice::<T>(bytes)?)),
        }
    }
    /// Decodes JSON text as this model.
    pub fn decode(&self, json: &[u8]) -> Result<Box<dyn Model>, DecodeError> {
        (self.decode)(json)
    }
    /// Decodes JSON text as an array of this model. Each item goes through [`decode`](Self::decode),
    /// so no per-type list code is compiled for every model.
    pub fn decode_list(&self, json: &[u8]) -> Result<Box<dyn Model>, DecodeError> {
        let items: Vec<Box<serde_json::value::RawValue>> = decode_slice(json)?;
        let models = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                self.decode(item.get().as_bytes()).map_err(|e| DecodeError {
                    path: format!("$[{i}]{}", e.path.trim_start_matches('$')),
                    message: e.message,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Box::new(ModelList(models)))
    }
}

impl fmt::Debug for ModelEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ModelEntry")
            .field("name", &self.name)
            .field("rust_name", &self.rust_name)
            .finish()
    }
}

/// One operation of the spec: method, path template, and body types.
#[derive(Clone, Copy, Debug)]
pub struct OperationEntry {
    pub method: &'static str,
    pub path: &'static str,
    pub request: Option<BodyEntry>,
    pub response: Option<BodyEntry>,
    pub pageable: bool,
    /// Microsoft's deprecation of the operation, as its builder's `#[deprecated]` note writes it
    /// (`deprecated by Microsoft on 2026-01-06, removal on 2027-07-06 (…): …`); `None` when it is not deprecated.
    pub deprecation: Option<&'static str>,
}

impl OperationEntry {
    /// The entry of the operation `method path` (method in any case, path as the spec writes it).
    pub fn find(operations: &'static [OperationEntry], method: &str, path: &str) -> Option<&'static OperationEntry> {
        operations
            .iter()
            .find(|op| op.method.eq_ignore_ascii_case(method) && op.path == path)
    }

    /// Marks the entry deprecated with this note.
    #[doc(hidden)]
    pub const fn with_deprecation(mut self, note: &'static str) -> Self {
        self.deprecation = Some(note);
        self
    }

    #[doc(hidden)]
    pub const fn new(
        method: &'static str,
        path: &'static str,
        request: Option<BodyEntry>,
        response: Option<BodyEntry>,
        pageable: bool,
    ) -> Self {
        OperationEntry {
            method,
            path,
            request,
            response,
            pageable,
            deprecation: None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct BodyEntry {
    pub content_type: &'static str,
    pub schema: BodySchema,
}

// Short constructors keep the generated operation table at a few lines per operation.
impl BodyEntry {
    /// A JSON body of the model named `name`.
    #[doc(hidden)]
    pub const fn json(name: &'static str) -> Self {
        Self::model("application/json", name, false)
    }
    /// A body of the model named `name` (a JSON array of it when `list`).
    #[doc(hidden)]
    pub const fn model(content_type: &'static str, name: &'static str, list: bool) -> Self {
        BodyEntry {
            content_type,
            schema: BodySchema::Model { name, list },
        }
    }
    /// A body of raw bytes.
    #[doc(hidden)]
    pub const fn bytes(content_type: &'static str) -> Self {
        BodyEntry {
            content_type,
            schema: BodySchema::Bytes,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum BodySchema {
    /// A model by registry name; `list` when the body is a JSON array of it.
    Model { name: &'static str, list: bool },
    /// Raw bytes.
    Bytes,
}

/// An API version of Microsoft Graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    #[cfg(feature = "v1_0")]
    V1_0,
    #[cfg(feature = "beta")]
    Beta,
}

impl ApiVersion {
    /// Every version compiled in.
    pub const ALL: &'static [ApiVersion] = &[
        #[cfg(feature = "v1_0")]
        ApiVersion::V1_0,
        #[cfg(feature = "beta")]
        ApiVersion::Beta,
    ];

    /// The URL segment: `v1.0` or `beta`.
    pub fn as_str(self) -> &'static str {
        match self {
            #[cfg(feature = "v1_0")]
            ApiVersion::V1_0 => "v1.0",
            #[cfg(feature = "beta")]
            ApiVersion::Beta => "beta",
        }
    }

    /// Every model and enum of this version, sorted by name (feature `registry`).
    #[cfg(feature = "registry")]
    pub fn models(self) -> &'static [ModelEntry] {
        match self {
            #[cfg(feature = "v1_0")]
            ApiVersion::V1_0 => crate::v1_0::registry::MODELS,
            #[cfg(feature = "beta")]
            ApiVersion::Beta => crate::beta::registry::MODELS,
        }
    }

    /// Every operation of this version.
    pub fn operations(self) -> &'static [OperationEntry] {
        match self {
            #[cfg(feature = "v1_0")]
            ApiVersion::V1_0 => crate::v1_0::registry::OPERATIONS,
            #[cfg(feature = "beta")]
            ApiVersion::Beta => crate::beta::registry::OPERATIONS,
        }
    }

    /// The model named `name` (`microsoft.graph.synchronizationJob`; a leading `#`, as in
    /// `@odata.type` values, is accepted).
    #[cfg(feature = "registry")]
    pub fn find(self, name: &str) -> Option<&'static ModelEntry> {
        let name = name.strip_prefix('#').unwrap_or(name);
        let models = self.models();
        models.binary_search_by(|m| m.name.cmp(name)).ok().map(|i| &models[i])
    }
}

impl std::str::FromStr for ApiVersion {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ApiVersion::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == text)
            .ok_or_else(|| {
                let known: Vec<&str> = ApiVersion::ALL.iter().map(|v| v.as_str()).collect();
                format!("unknown API version {text:?} (compiled in: {})", known.join(", "))
            })
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
