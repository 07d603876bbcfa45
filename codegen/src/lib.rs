//! msgraph-sync's generator: Microsoft Graph OpenAPI (synchronization fragment) → Rust.
//!
//! The pipeline reads one way: spec text ([`load`]) → typed spec ([`spec`]) → IR ([`resolve`],
//! [`ir`]) → tokens ([`emit`]) → formatted files ([`file`]). [`extract`] cuts the fragment out
//! of Microsoft's published document first.

#[cfg(feature = "cli")]
pub mod diff;
pub mod emit;
pub mod error;
#[cfg(feature = "cli")]
pub mod extract;
pub mod file;
pub mod glob;
pub mod ir;
pub mod load;
pub mod names;
pub mod navigation;
pub mod overlay;
pub mod resolve;
pub mod spec;

pub use error::{Error, Result};
pub use file::{OutputFile, WriteOutcome};

use std::path::Path;

/// The generator's version, recorded in lock files.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The API versions generated, as (spec file in `spec/`, API version).
pub const FRAGMENTS: &[(&str, &str)] = &[("beta.yaml", "beta"), ("v1.0.yaml", "v1.0")];

/// Generates the files of one spec (already read): `{module}/models.rs`, `enums.rs`, `registry.rs`, `requests.rs`, `samples.rs`.
pub fn generate_spec(source_name: &str, text: &str) -> Result<(ir::Ir, Vec<OutputFile>)> {
    let doc = load::parse(source_name, text)?;
    let ir = resolve::resolve(&doc)?;
    let files = emit_files(&ir, source_name)?;
    Ok((ir, files))
}

/// Renders the IR of one API version into its files. Each file is emitted and formatted on a
/// thread of its own (token streams are not `Send`, so a file never changes threads); the output
/// does not depend on scheduling.
pub fn emit_files(ir: &ir::Ir, source_name: &str) -> Result<Vec<OutputFile>> {
    type Emitter = fn(&ir::Ir) -> proc_macro2::TokenStream;
    let emitters: [(&str, Emitter); 5] = [
        ("models.rs", emit::models::emit),
        ("enums.rs", emit::enums::emit),
        ("registry.rs", emit::registry::emit),
        ("requests.rs", emit::requests::emit),
        ("samples.rs", emit::samples::emit),
    ];
    std::thread::scope(|scope| {
        let handles: Vec<_> = emitters
            .iter()
            .map(|(name, emitter)| {
                let path = format!("{}/{name}", ir.module);
                scope.spawn(move || file::render(&path, source_name, emitter(ir)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// Counts reported by `generate`.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub api_version: String,
    pub schemas: usize,
    pub operations: usize,
}

/// Generates one OpenAPI file (a fragment, or a whole upstream module), named in errors and
/// headers by `source_name`.
pub fn generate_file(path: &Path, source_name: &str) -> Result<(Summary, Vec<OutputFile>)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let (ir, files) = generate_spec(source_name, &text)?;
    let summary = Summary {
        api_version: ir.api_version.clone(),
        schemas: ir.component_schemas,
        operations: ir.operations.len(),
    };
    Ok((summary, files))
}

/// Generates every fragment in `spec_dir`, returning per-version summaries and all files.
pub fn generate_all(spec_dir: &Path) -> Result<(Vec<Summary>, Vec<OutputFile>)> {
    let mut summaries = Vec::new();
    let mut files = Vec::new();
    for (file_name, version) in FRAGMENTS {
        let (summary, mut out) = generate_file(&spec_dir.join(file_name), &format!("spec/{file_name}"))?;
        if summary.api_version != *version {
            return Err(Error::Unsupported {
                pointer: format!("spec/{file_name}#/servers/0/url"),
                what: format!("API version {:?}, expected {version:?}", summary.api_version),
            });
        }
        summaries.push(summary);
        files.append(&mut out);
    }
    Ok((summaries, files))
}
