//! msgraph-sync's generator: Microsoft Graph OpenAPI (synchronization fragment) → Rust.
//!
//! The pipeline reads one way: spec text ([`load`]) → typed spec ([`spec`], checked by [`check`]) →
//! IR ([`resolve`], [`ir`]) → tokens ([`emit`]) → formatted files ([`file`](mod@file)). [`extract`]
//! cuts the fragment out
//! of Microsoft's published document first.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod check;
#[cfg(feature = "cli")]
pub mod diff;
pub mod emit;
pub mod error;
#[cfg(feature = "cli")]
pub mod extract;
pub mod file;
pub mod gates;
#[cfg(feature = "cli")]
pub mod glob;
pub mod ir;
pub mod load;
pub mod names;
pub mod navigation;
#[cfg(feature = "cli")]
pub mod overlay;
pub mod resolve;
pub mod spec;

pub use error::{Error, Result};
pub use file::{Formatting, OutputFile, WriteOutcome};

use emit::Part;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The generator's version, recorded in lock files.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The API versions generated, as (spec file in `spec/`, API version).
pub const FRAGMENTS: &[(&str, &str)] = &[("beta.yaml", "beta"), ("v1.0.yaml", "v1.0")];

/// Generates the files of one spec (already read), formatted for review:
/// `{module}/models.rs`, `enums.rs`, `registry.rs`, `requests.rs`, `samples.rs`.
#[cfg(feature = "pretty")]
pub fn generate_spec(source_name: &str, text: &str) -> Result<(ir::Ir, Vec<OutputFile>)> {
    generate_spec_with(source_name, text, Formatting::Pretty)
}

/// [`generate_spec`] with the formatting chosen. An operation the generator cannot translate is
/// left out and named in [`ir::Ir::skipped`] ([`ir::OnUnsupported::Skip`]).
pub fn generate_spec_with(source_name: &str, text: &str, formatting: Formatting) -> Result<(ir::Ir, Vec<OutputFile>)> {
    generate_spec_checked(source_name, text, formatting, ir::OnUnsupported::Skip)
}

/// [`generate_spec_with`], choosing what an operation the generator cannot translate does.
pub fn generate_spec_checked(
    source_name: &str,
    text: &str,
    formatting: Formatting,
    on_unsupported: ir::OnUnsupported,
) -> Result<(ir::Ir, Vec<OutputFile>)> {
    let doc = load::parse(source_name, text)?;
    let ir = resolve::resolve_with(&doc, on_unsupported)?;
    let files = emit_files(&ir, source_name, formatting)?;
    Ok((ir, files))
}

type Emitter = fn(&ir::Ir, Part) -> proc_macro2::TokenStream;

/// Each output file, its emitter, and how many parts it is emitted in. The largest comes first,
/// so that it does not start last.
const FILES: [(&str, Emitter, usize); 5] = [
    ("models.rs", emit::models::emit, 2),
    ("enums.rs", |ir, _| emit::enums::emit(ir), 1),
    ("registry.rs", |ir, _| emit::registry::emit(ir), 1),
    ("requests.rs", |ir, _| emit::requests::emit(ir), 1),
    ("samples.rs", |ir, _| emit::samples::emit(ir), 1),
];

/// The files generated for each API version, in `{module}/` (`v1_0/models.rs`, …).
pub const OUTPUT_FILES: [&str; FILES.len()] = {
    let mut names = [""; FILES.len()];
    let mut i = 0;
    while i < FILES.len() {
        names[i] = FILES[i].0;
        i += 1;
    }
    names
};

/// The tokens of every output file ([`OUTPUT_FILES`] order), each emitted whole on this thread
/// (what the benchmarks time as the emit stage).
pub fn emit_tokens(ir: &ir::Ir) -> Vec<proc_macro2::TokenStream> {
    FILES.iter().map(|&(_, emit, _)| emit(ir, Part::WHOLE)).collect()
}

/// Renders the IR of one API version into its files. Emitting and formatting is most of
/// generation, so the parts of the files are shared out, largest first, among one worker per
/// core. A part's token streams never change threads (they are not `Send`), and parts are
/// joined in order: the bytes do not depend on scheduling.
pub fn emit_files(ir: &ir::Ir, source_name: &str, formatting: Formatting) -> Result<Vec<OutputFile>> {
    let jobs: Vec<(usize, Part)> = FILES
        .iter()
        .enumerate()
        .flat_map(|(file, &(_, _, count))| (0..count).map(move |index| (file, Part { index, count })))
        .collect();
    let path = |file: usize| format!("{}/{}", ir.module, FILES[file].0);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        while let Some(&(file, part)) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
            let tokens = (FILES[file].1)(ir, part);
            done.push((file, part.index, file::format(&path(file), tokens, formatting)));
        }
        done
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len());
    let mut parts: Vec<(usize, usize, Result<String>)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers).map(|_| scope.spawn(work)).collect();
        let mut parts = work();
        for helper in helpers {
            parts.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        parts
    });
    parts.sort_by_key(|&(file, index, _)| (file, index));
    let mut bodies = vec![String::new(); FILES.len()];
    for (file, _, body) in parts {
        file::join_items(&mut bodies[file], &body?, formatting);
    }
    Ok(bodies
        .iter()
        .enumerate()
        .map(|(file, body)| OutputFile::new(&path(file), source_name, body))
        .collect())
}

/// Counts reported by `generate`.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub api_version: String,
    pub schemas: usize,
    pub operations: usize,
    /// Operations left out (see [`ir::OnUnsupported`]).
    pub skipped: Vec<ir::Skipped>,
}

/// Generates one OpenAPI file (a fragment, or a whole upstream module), named in errors and
/// headers by `source_name`; an operation the generator cannot translate is left out and named
/// in [`Summary::skipped`].
pub fn generate_file(path: &Path, source_name: &str, formatting: Formatting) -> Result<(Summary, Vec<OutputFile>)> {
    generate_file_with(path, source_name, formatting, ir::OnUnsupported::Skip)
}

/// [`generate_file`], choosing what an operation the generator cannot translate does.
pub fn generate_file_with(
    path: &Path,
    source_name: &str,
    formatting: Formatting,
    on_unsupported: ir::OnUnsupported,
) -> Result<(Summary, Vec<OutputFile>)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let (ir, files) = generate_spec_checked(source_name, &text, formatting, on_unsupported)?;
    let summary = Summary {
        api_version: ir.api_version.clone(),
        schemas: ir.component_schemas,
        operations: ir.operations.len(),
        skipped: ir.skipped.clone(),
    };
    Ok((summary, files))
}

/// What a build script does: generates one OpenAPI file in compact form into `out_dir` (rewriting
/// only the files that changed). Strict: a build compiles the whole document or fails naming
/// the operation it could not translate, never a module silently short of one.
pub fn generate_into(path: &Path, source_name: &str, out_dir: &Path) -> Result<()> {
    let (_, files) = generate_file_with(path, source_name, Formatting::Compact, ir::OnUnsupported::Refuse)?;
    files.iter().try_for_each(|f| file::write(out_dir, f).map(|_| ()))
}

/// Generates every fragment in `spec_dir` for review, returning per-version summaries and all files.
#[cfg(feature = "pretty")]
pub fn generate_all(spec_dir: &Path) -> Result<(Vec<Summary>, Vec<OutputFile>)> {
    let mut summaries = Vec::new();
    let mut files = Vec::new();
    for (file_name, version) in FRAGMENTS {
        // The crate's own fragments generate whole or not at all.
        let (summary, mut out) = generate_file_with(
            &spec_dir.join(file_name),
            &format!("spec/{file_name}"),
            Formatting::Pretty,
            ir::OnUnsupported::Refuse,
        )?;
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

/// The README's Rust example, compiled by `cargo test`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExample;
