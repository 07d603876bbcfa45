//! The generator's one error type. Every variant names the place in the input it is about.

use std::path::PathBuf;

/// Why generation or extraction failed, and where.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The YAML text itself is malformed, or does not have the shape of an OpenAPI document.
    #[error("{file}: line {line}, column {column}: {message}")]
    Yaml {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A `$ref` points at a component that does not exist.
    #[error("{pointer}: dangling $ref {target:?}")]
    DanglingRef { pointer: String, target: String },
    /// `allOf` inheritance loops back on itself.
    #[error("{pointer}: cyclic allOf through {cycle}")]
    CyclicAllOf { pointer: String, cycle: String },
    /// Component schemas that are each only a `$ref` to the next, round to the first: no type
    /// lies at the end (`type A = B; type B = A;` would not compile).
    #[error("{pointer}: cyclic $ref aliases {cycle}: each schema is only a $ref to the next, so none is a type")]
    CyclicAlias { pointer: String, cycle: String },
    /// A construct this generator does not translate (rather than guessing, it stops).
    #[error("{pointer}: unsupported: {what}")]
    Unsupported { pointer: String, what: String },
    /// Two spec names map to one Rust name.
    #[error("{pointer}: name collision: {first:?} and {second:?} both become `{rust}`")]
    NameCollision {
        pointer: String,
        first: String,
        second: String,
        rust: String,
    },
    /// A path template that would not be sent as the spec means it (it could climb, add a query…).
    #[error("{pointer}: path {path:?}: {reason}")]
    InvalidPath {
        pointer: String,
        path: String,
        reason: String,
    },
    /// An overlay action could not be applied.
    #[error("{file}: action {index}: {message}")]
    Overlay {
        file: String,
        index: usize,
        message: String,
    },
    /// Bad command-line or option input.
    #[error("{0}")]
    Usage(String),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The emitted tokens did not parse back as Rust (a generator bug, reported rather than panicking).
    #[error("{file}: generated code does not parse: {message}")]
    Emit { file: String, message: String },
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn yaml(file: &str, err: &serde_yaml::Error) -> Self {
        let (line, column) = err.location().map(|l| (l.line(), l.column())).unwrap_or((0, 0));
        Error::Yaml {
            file: file.to_string(),
            line,
            column,
            message: err.to_string(),
        }
    }

    pub(crate) fn unsupported(pointer: &str, what: impl Into<String>) -> Self {
        Error::Unsupported {
            pointer: pointer.to_string(),
            what: what.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Escapes one JSON-pointer segment (RFC 6901): `~` → `~0`, `/` → `~1`.
pub fn pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
