//! Deprecations as Microsoft writes them (`deprecated: true` with `x-ms-deprecation`:
//! `removalDate`, `date`, `version`, `description`) reach rustc as `#[deprecated]` on the builder
//! methods and models so marked, the registry (which the CLI reads to warn), and the API change
//! report with their removal dates. `dev/checks/whole-module` compiles the fixture and lints it.

use msgraph_sync_codegen::{diff, generate_spec, resolve};
use std::path::Path;

fn fixture() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/deprecations.yaml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// The fixture without its deprecations: `deprecated: true` lines and `x-ms-deprecation` blocks.
fn unmarked(text: &str) -> String {
    let mut out = Vec::new();
    let mut skip_deeper_than: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        if let Some(depth) = skip_deeper_than {
            if indent > depth {
                continue;
            }
            skip_deeper_than = None;
        }
        match line.trim() {
            "deprecated: true" => continue,
            "x-ms-deprecation:" => {
                skip_deeper_than = Some(indent);
                continue;
            }
            _ => out.push(line),
        }
    }
    out.join("\n") + "\n"
}

fn file<'f>(files: &'f [msgraph_sync_codegen::OutputFile], name: &str) -> &'f str {
    &files.iter().find(|f| f.path.ends_with(name)).expect(name).contents
}

const VALIDATE_NOTE: &str = "deprecated by Microsoft on 2026-01-06, removal on 2027-07-06 (2026-01/Synchronization): validateCredentials is deprecated; use validateConnectivity instead.";

#[test]
fn deprecated_builders_and_models_carry_the_removal_date_and_microsofts_text() {
    let (ir, files) = generate_spec("deprecations.yaml", &fixture()).expect("generates");
    let deprecated: Vec<String> = ir
        .operations
        .iter()
        .filter(|op| op.deprecation.is_some())
        .map(|op| format!("{} {}", op.method.to_uppercase(), op.path))
        .collect();
    assert_eq!(deprecated.len(), 5, "{deprecated:?}");
    // Compared with whitespace runs made one space: prettyplease breaks long attributes.
    let flat = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("( ", "(")
            .replace(" )", ")")
    };
    let requests = flat(file(&files, "requests.rs"));
    let attribute = format!("#[deprecated(note = \"{VALIDATE_NOTE}\")]");
    // Both validateCredentials (on a job, on the jobs collection), on the method itself.
    assert_eq!(
        requests
            .matches(&format!("{attribute} pub fn validate_credentials("))
            .count(),
        2,
        "{requests}"
    );
    let without_text =
        "#[deprecated(note = \"deprecated by Microsoft on 2026-01-06, removal on 2027-07-06 (2026-01/Synchronization)\")]";
    for method in ["acquire_access_token", "put", "count"] {
        assert!(
            requests.contains(&format!("{without_text} pub fn {method}(")),
            "{method}: {requests}"
        );
    }
    assert_eq!(requests.matches("#[deprecated(").count(), 5, "{requests}");
    // `GET …/secrets` is not deprecated although `PUT` of the same path is.
    assert!(!ir
        .operations
        .iter()
        .any(|op| op.method == "get" && op.path.to_string().ends_with("/secrets") && op.deprecation.is_some()));
    let models = flat(file(&files, "models.rs"));
    assert!(
        models.contains("#[deprecated(note = \"deprecated by Microsoft on 2026-01-06, removal on 2027-07-06 (2026-01/Reports): The oldReport API is deprecated; use newReport.\")] #[derive(Clone, Debug, Default, PartialEq)] pub struct OldReport"),
        "{models}"
    );
    assert_eq!(models.matches("#[deprecated(").count(), 1, "{models}");
    let registry = file(&files, "registry.rs");
    assert_eq!(registry.matches(".with_deprecation(").count(), 5, "{registry}");
}

#[test]
fn the_change_report_lists_newly_deprecated_items_with_their_removal_dates() {
    let ir = |text: &str| {
        resolve::resolve(&msgraph_sync_codegen::load::parse("deprecations.yaml", text).expect("parses"))
            .expect("resolves")
    };
    let (before, after) = (ir(&unmarked(&fixture())), ir(&fixture()));
    assert!(before.operations.iter().all(|op| op.deprecation.is_none()));
    let report = diff::report("before.yaml", "after.yaml", &before, &after);
    assert!(
        report.contains("Semver: **patch** (0 breaking, 0 additive, 6 compatible)"),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "| compatible | `POST …/synchronization/jobs/{{synchronizationJob-id}}/microsoft.graph.validateCredentials` (servicePrincipals) | newly {VALIDATE_NOTE} |"
        )),
        "{report}"
    );
    assert!(
        report.contains("| compatible | `microsoft.graph.oldReport` | newly deprecated by Microsoft on 2026-01-06, removal on 2027-07-06 (2026-01/Reports): The oldReport API is deprecated; use newReport. |"),
        "{report}"
    );
    // And back: no longer deprecated.
    let back = diff::report("after.yaml", "before.yaml", &after, &before);
    assert_eq!(back.matches("no longer deprecated").count(), 6, "{back}");
}
