//! Generation, per input and per stage: YAML parse (the floor: serde_yaml into a `Value`, and into
//! our typed spec), resolve to IR, emit tokens, prettyplease, write. `cargo bench -p msgraph-sync-codegen`.

use msgraph_sync_codegen::{file, load, resolve};
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

/// (label, path): both fragments and both whole upstream modules.
const INPUTS: &[&str] = &["fragment-beta", "fragment-v1.0", "module-beta", "module-v1.0"];

fn path(input: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    match input {
        "fragment-beta" => root.join("spec/beta.yaml"),
        "fragment-v1.0" => root.join("spec/v1.0.yaml"),
        "module-beta" => root.join("codegen/tests/upstream/graph-beta-Applications.yml"),
        "module-v1.0" => root.join("codegen/tests/upstream/graph-v1.0-Applications.yml"),
        other => panic!("unknown input {other}"),
    }
}

/// The tokens of all five files, each emitted whole on this thread.
fn all_tokens(ir: &msgraph_sync_codegen::ir::Ir) -> Vec<proc_macro2::TokenStream> {
    msgraph_sync_codegen::emit_tokens(ir)
}

fn text(input: &str) -> String {
    std::fs::read_to_string(path(input)).expect("input")
}

/// The floor: parsing the YAML alone with the serde_yaml API.
#[divan::bench(args = INPUTS, sample_count = 20)]
fn yaml_parse_value(bencher: divan::Bencher, input: &str) {
    let text = text(input);
    bencher.bench(|| serde_yaml::from_str::<serde_yaml::Value>(divan::black_box(&text)).unwrap());
}

/// Stage 1: YAML text → typed spec.
#[divan::bench(args = INPUTS, sample_count = 20)]
fn stage1_parse(bencher: divan::Bencher, input: &str) {
    let text = text(input);
    bencher.bench(|| load::parse(input, divan::black_box(&text)).unwrap());
}

/// Stage 2: typed spec → IR.
#[divan::bench(args = INPUTS, sample_count = 20)]
fn stage2_resolve(bencher: divan::Bencher, input: &str) {
    let doc = load::parse(input, &text(input)).unwrap();
    bencher.bench(|| resolve::resolve(divan::black_box(&doc)).unwrap());
}

/// Stage 3: IR → token streams (all five files).
#[divan::bench(args = INPUTS, sample_count = 20)]
fn stage3_emit_tokens(bencher: divan::Bencher, input: &str) {
    let ir = resolve::resolve(&load::parse(input, &text(input)).unwrap()).unwrap();
    bencher.bench_local(|| all_tokens(&ir));
}

/// Stage 4: tokens → formatted files (syn parse + prettyplease + header).
#[divan::bench(args = INPUTS, sample_count = 20)]
fn stage4_prettyplease(bencher: divan::Bencher, input: &str) {
    let ir = resolve::resolve(&load::parse(input, &text(input)).unwrap()).unwrap();
    let tokens = all_tokens(&ir);
    bencher.bench_local(|| {
        tokens
            .iter()
            .map(|t| file::render("x.rs", input, t.clone(), file::Formatting::Pretty).unwrap())
            .collect::<Vec<_>>()
    });
}

/// Stage 4, as build.rs does it: tokens → compact token text (no prettyplease).
#[divan::bench(args = INPUTS, sample_count = 20)]
fn stage4_compact(bencher: divan::Bencher, input: &str) {
    let ir = resolve::resolve(&load::parse(input, &text(input)).unwrap()).unwrap();
    let tokens = all_tokens(&ir);
    bencher.bench_local(|| {
        tokens
            .iter()
            .map(|t| file::render("x.rs", input, t.clone(), file::Formatting::Compact).unwrap())
            .collect::<Vec<_>>()
    });
}

/// Stage 5: write the files (into a temporary directory; unchanged files are not rewritten).
#[divan::bench(args = INPUTS, sample_count = 20)]
fn stage5_write(bencher: divan::Bencher, input: &str) {
    let (_, files) = msgraph_sync_codegen::generate_spec(input, &text(input)).unwrap();
    let dir = std::env::temp_dir().join(format!("msgraph-sync-bench-{}-{input}", std::process::id()));
    bencher.bench(|| {
        // Remove first so every iteration really writes, as a first generation does.
        let _ = std::fs::remove_dir_all(&dir);
        for f in &files {
            file::write(&dir, f).unwrap();
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
}

/// All stages: text → files in memory (what `generate` does before writing).
#[divan::bench(args = INPUTS, sample_count = 20)]
fn total_generate(bencher: divan::Bencher, input: &str) {
    let text = text(input);
    bencher.bench(|| msgraph_sync_codegen::generate_spec(input, divan::black_box(&text)).unwrap());
}

/// All stages as build.rs runs them: compact output instead of prettyplease.
#[divan::bench(args = INPUTS, sample_count = 20)]
fn total_generate_compact(bencher: divan::Bencher, input: &str) {
    let text = text(input);
    bencher.bench(|| {
        msgraph_sync_codegen::generate_spec_with(input, divan::black_box(&text), file::Formatting::Compact).unwrap()
    });
}
