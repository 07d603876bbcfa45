//! Checks the "JSON representation" blocks of Microsoft's Graph docs resource pages
//! (tests/fixtures/docs/<version>/resources: synchronization; tests/fixtures/docs-provisioning/<version>/resources:
//! application templates, service principals, provisioning logs) against the models' declared properties, and keeps
//! the documented properties the spec lacks in a reviewed snapshot
//! (tests/snapshots/it__docs_resources__missing_properties.snap), so any change shows in a PR.
//!
//! The values in these blocks ("String", "Integer", "String (timestamp)", ...) are the docs'
//! notation for types, not data, so the blocks are never decoded as models: only their top-level
//! property names are compared.

use msgraph_sync::registry::ModelEntry;
use msgraph_sync::ApiVersion;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const VERSIONS: [&str; 2] = ["beta", "v1.0"];

/// The fixture sets, each `<set>/<version>/resources/*.json`.
const SETS: [&str; 2] = ["tests/fixtures/docs", "tests/fixtures/docs-provisioning"];

fn resource_files(version: &str) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for set in SETS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(set)
            .join(version)
            .join("resources");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        all.extend(files);
    }
    all
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The resource a block's file is named after: `synchronization-attributemappingsource-1.json`
/// → `attributemappingsource`, `synchronization-directorydefinition.older-02262c2e-2.json` →
/// `directorydefinition`.
fn resource_stem(file: &str) -> &str {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    let stem = stem.strip_prefix("synchronization-").unwrap_or(stem);
    let stem = stem.split('.').next().unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => stem,
    }
}

/// The model whose name (after `microsoft.graph.`) equals `stem` ignoring ASCII case, if exactly one.
fn infer_model(version: ApiVersion, stem: &str) -> Result<&'static ModelEntry, String> {
    let found: Vec<&'static ModelEntry> = version
        .models()
        .iter()
        .filter(|m| {
            m.name
                .strip_prefix("microsoft.graph.")
                .is_some_and(|n| n.eq_ignore_ascii_case(stem))
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("no model named like {stem:?}")),
        many => Err(format!(
            "several models named like {stem:?}: {:?}",
            many.iter().map(|m| m.name).collect::<Vec<_>>()
        )),
    }
}

/// One block's JSON: strict, or after the fixture's trivial fix; `Err(parse error)` otherwise.
fn block_body(record: &Value) -> Result<&Value, String> {
    match record.get("body_parse_error") {
        None => Ok(&record["body"]),
        Some(error) => {
            let fixed = record
                .get("trivial_fix_applied")
                .is_some_and(|f| !f.is_null() && *f != Value::Bool(false));
            match record.get("body_after_trivial_fix") {
                Some(body) if fixed => Ok(body),
                _ => Err(format!(
                    "not JSON, no trivial fix: {}",
                    error.as_str().unwrap_or("(no message)")
                )),
            }
        }
    }
}

/// Escapes a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[derive(Default)]
struct Report {
    /// (model, property, file) per version.
    missing: Vec<(String, String, String)>,
    /// (file, model, why the model was inferred).
    inferred: Vec<(String, String, String)>,
    /// (file, reason) for blocks whose model could not be determined.
    unresolved: Vec<(String, String)>,
    /// (file, reason) for blocks that are not JSON.
    unparsable: Vec<(String, String)>,
    blocks: usize,
    checked: usize,
    properties: usize,
}

fn check_version(version_text: &str) -> Report {
    let version: ApiVersion = version_text.parse().expect("beta and v1.0 compiled in");
    let mut report = Report::default();
    for path in resource_files(version_text) {
        report.blocks += 1;
        let file = file_name(&path);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let record: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: fixture is not JSON: {e}", path.display()));
        let body = match block_body(&record) {
            Ok(body) => body,
            Err(reason) => {
                report.unparsable.push((file, reason));
                continue;
            }
        };
        let Some(object) = body.as_object() else {
            report
                .unparsable
                .push((file, "the block is JSON but not an object".to_string()));
            continue;
        };

        // The annotation names the model; without one, or when it names a type the spec does
        // not have, the file name does.
        let annotated = record["annotation"]["@odata.type"].as_str();
        let model = match annotated.and_then(|name| version.find(name)) {
            Some(model) => model,
            None => match infer_model(version, resource_stem(&file)) {
                Ok(model) => {
                    let why = match annotated {
                        None => "no @odata.type annotation".to_string(),
                        Some(name) => format!("annotated {name}, which the spec does not have"),
                    };
                    report.inferred.push((file.clone(), model.name.to_string(), why));
                    model
                }
                Err(e) => {
                    let annotation = annotated.map_or("no @odata.type annotation".to_string(), |n| {
                        format!("annotated {n}, which the spec does not have")
                    });
                    let properties: Vec<&str> = object.keys().map(String::as_str).collect();
                    report.unresolved.push((
                        file,
                        format!("{annotation}; {e}; properties: {}", properties.join(", ")),
                    ));
                    continue;
                }
            },
        };

        report.checked += 1;
        for key in object.keys() {
            // `@odata.type` and other annotations are not properties.
            if key.contains('@') {
                continue;
            }
            report.properties += 1;
            if !model.properties.contains(&key.as_str()) {
                report.missing.push((model.name.to_string(), key.clone(), file.clone()));
            }
        }
    }
    report
}

fn render(reports: &[(&str, Report)]) -> String {
    let mut out = String::new();
    let total = |f: fn(&Report) -> usize| reports.iter().map(|(_, r)| f(r)).sum::<usize>();
    writeln!(out, "# Documented properties missing from the spec").unwrap();
    writeln!(out).unwrap();
    writeln!(
        out,
        "Top-level properties of the docs' resource-page JSON blocks (tests/fixtures/docs*/<version>/resources) \
         that the model's declared properties do not include. Generated by tests/docs_resources.rs."
    )
    .unwrap();
    writeln!(out).unwrap();
    writeln!(
        out,
        "{} blocks: {} checked ({} properties, {} missing from the spec; {} with the model inferred from the file name), \
         {} with no model in the spec, {} not JSON.",
        total(|r| r.blocks),
        total(|r| r.checked),
        total(|r| r.properties),
        total(|r| r.missing.len()),
        total(|r| r.inferred.len()),
        total(|r| r.unresolved.len()),
        total(|r| r.unparsable.len()),
    )
    .unwrap();
    for (version, report) in reports {
        writeln!(out).unwrap();
        writeln!(out, "## {version}").unwrap();
        writeln!(out).unwrap();
        if report.missing.is_empty() {
            writeln!(out, "None.").unwrap();
        } else {
            writeln!(out, "| model | property | file |").unwrap();
            writeln!(out, "|---|---|---|").unwrap();
            for (model, property, file) in &report.missing {
                writeln!(out, "| {} | {} | {} |", cell(model), cell(property), cell(file)).unwrap();
            }
        }
    }
    writeln!(out).unwrap();
    writeln!(out, "## Models inferred from the file name").unwrap();
    writeln!(out).unwrap();
    writeln!(out, "| version | file | model | why |").unwrap();
    writeln!(out, "|---|---|---|---|").unwrap();
    for (version, report) in reports {
        for (file, model, why) in &report.inferred {
            writeln!(out, "| {version} | {} | {} | {} |", cell(file), cell(model), cell(why)).unwrap();
        }
    }
    writeln!(out).unwrap();
    writeln!(out, "## Blocks with no model in the spec").unwrap();
    writeln!(out).unwrap();
    writeln!(out, "| version | file | reason |").unwrap();
    writeln!(out, "|---|---|---|").unwrap();
    for (version, report) in reports {
        for (file, reason) in &report.unresolved {
            writeln!(out, "| {version} | {} | {} |", cell(file), cell(reason)).unwrap();
        }
    }
    writeln!(out).unwrap();
    writeln!(out, "## Blocks not checked (not JSON)").unwrap();
    writeln!(out).unwrap();
    writeln!(out, "| version | file | reason |").unwrap();
    writeln!(out, "|---|---|---|").unwrap();
    for (version, report) in reports {
        for (file, reason) in &report.unparsable {
            writeln!(out, "| {version} | {} | {} |", cell(file), cell(reason)).unwrap();
        }
    }
    out
}

#[test]
fn resource_blocks_properties_are_declared_or_reported() {
    let reports: Vec<(&str, Report)> = VERSIONS.iter().map(|v| (*v, check_version(v))).collect();
    let blocks: usize = reports.iter().map(|(_, r)| r.blocks).sum();
    assert_eq!(
        blocks, 126,
        "expected the 100 + 26 resource blocks of tests/fixtures/docs*/INDEX.md; got {blocks}"
    );
    for (version, report) in &reports {
        assert_eq!(
            report.checked + report.unresolved.len() + report.unparsable.len(),
            report.blocks,
            "{version}: every block is checked or reported"
        );
    }
    insta::assert_snapshot!("missing_properties", render(&reports));
}

#[test]
fn resource_stem_strips_prefix_number_and_older_marker() {
    assert_eq!(
        resource_stem("synchronization-attributemappingsource-1.json"),
        "attributemappingsource"
    );
    assert_eq!(
        resource_stem("synchronization-directorydefinition.older-02262c2e-2.json"),
        "directorydefinition"
    );
    assert_eq!(resource_stem("synchronization-synchronization.json"), "synchronization");
    assert_eq!(
        infer_model(ApiVersion::V1_0, "attributemappingsource").map(|m| m.name),
        Ok("microsoft.graph.attributeMappingSource")
    );
}
