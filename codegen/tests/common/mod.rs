//! What the codegen tests share.
// Each test crate compiles this module and uses part of it.
#![allow(dead_code)]

/// An OpenAPI document (v1.0, no paths) around `schemas`, the indented entries of
/// `components/schemas`.
pub fn document(schemas: &str) -> String {
    document_with_paths("paths: {}\n", schemas)
}

/// An OpenAPI document (v1.0) with `paths` (the top-level `paths:` entry, written out) and
/// `schemas` (the indented entries of `components/schemas`).
pub fn document_with_paths(paths: &str, schemas: &str) -> String {
    format!(
        "openapi: 3.0.1\ninfo:\n  title: fixture\n  version: v1.0\nservers:\n  - url: https://graph.microsoft.com/v1.0/\n{paths}components:\n  schemas:\n{schemas}"
    )
}
