//! Every generated line fits in [`WIDTH`] characters, so the generated files read (and diff) at
//! one width: what `generate` writes for `spec/`, what it writes for the hostile fixture, and the
//! committed copies. A failure names the file and the line.

mod common;

use msgraph_sync_codegen::file::WIDTH;
use msgraph_sync_codegen::{generate_all, generate_spec, OutputFile};
use std::path::Path;

fn too_wide(name: &str, contents: &str) -> Vec<String> {
    contents
        .lines()
        .enumerate()
        .filter(|(_, line)| line.chars().count() > WIDTH)
        .map(|(index, line)| format!("{name}:{}: {} characters: {line}", index + 1, line.chars().count()))
        .collect()
}

fn assert_fits(files: &[(String, String)]) {
    let wide: Vec<String> = files
        .iter()
        .flat_map(|(name, contents)| too_wide(name, contents))
        .collect();
    assert!(wide.is_empty(), "lines over {WIDTH} characters:\n{}", wide.join("\n"));
}

fn named(dir: &str, files: Vec<OutputFile>) -> Vec<(String, String)> {
    files
        .into_iter()
        .map(|f| (format!("{dir}/{}", f.path), f.contents))
        .collect()
}

#[test]
fn generated_lines_fit_the_width() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (_, files) = generate_all(&root.join("spec")).expect("spec/ generates");
    assert_fits(&named("generated", files));
    let hostile = include_str!("fixtures/hostile.yaml");
    let (_, files) = generate_spec("hostile.yaml", hostile).expect("hostile text generates");
    assert_fits(&named("hostile.yaml", files));
}

#[test]
fn committed_generated_files_fit_the_width() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in [root.join("generated/v1_0"), root.join("generated/beta")] {
        for entry in std::fs::read_dir(&dir).expect("generated/") {
            let path = entry.expect("entry").path();
            let contents = std::fs::read_to_string(&path).expect("readable");
            files.push((
                path.strip_prefix(&root).unwrap_or(&path).display().to_string(),
                contents,
            ));
        }
    }
    assert!(files.len() >= 10, "{files:?}");
    assert_fits(&files);
}

#[test]
fn too_wide_lines_are_named_by_file_and_line() {
    let wide = too_wide("x/models.rs", &format!("fits\n{}\n", "y".repeat(WIDTH + 1)));
    assert_eq!(wide.len(), 1);
    assert!(
        wide[0].starts_with(&format!("x/models.rs:2: {} characters", WIDTH + 1)),
        "{wide:?}"
    );
}

/// A registry entry keeps one shape whatever its names' lengths: renaming a model to a name
/// past the margin changes its lines, never how many there are.
#[test]
fn registry_entries_keep_their_shape_whatever_the_name_length() {
    let entry_lines = |name: &str| {
        let spec = common::document(&format!(
            "    microsoft.graph.{name}:\n      type: object\n      properties:\n        id: {{type: string}}\n        label: {{type: string}}\n"
        ));
        let (_, files) = generate_spec("shape.yaml", &spec).expect("generates");
        let registry = files
            .iter()
            .find(|f| f.path.ends_with("registry.rs"))
            .expect("registry.rs");
        let start = registry.contents.find("Model::new::<").expect("a model entry");
        let entry = &registry.contents[start..];
        entry[..entry.find("\n        ),\n").expect("the entry ends")]
            .lines()
            .count()
    };
    let short = entry_lines("job");
    // Long enough that prettyplease alone would break the call over five lines.
    assert_eq!(short, entry_lines(&format!("job{}", "Long".repeat(9))));
    assert_eq!(short, 7, "call, spec name, Rust name, `&[`, two properties, `],`");
}
