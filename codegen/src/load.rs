//! Spec text → typed spec. YAML errors carry line and column.

use crate::error::{Error, Result};
use crate::spec::Document;

/// Parses an OpenAPI document; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Document> {
    serde_yaml::from_str(text).map_err(|err| Error::yaml(file, &err))
}

/// Reads and parses an OpenAPI document from disk.
pub fn read(path: &std::path::Path) -> Result<Document> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(&path.display().to_string(), &text)
}
