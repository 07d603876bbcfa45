//! `diff`: reports on real upstream history (snapshots) and on one hand-made change of each kind.

use msgraph_sync_codegen::diff::{changes, diff_documents, semver, Impact};
use msgraph_sync_codegen::extract::{self, Input, SYNCHRONIZATION_INCLUDE};
use msgraph_sync_codegen::{load, resolve};

fn upstream(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/upstream")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The report between two upstream documents, through the synchronization include patterns (the
/// history has the Applications module only).
fn report(old: &str, new: &str) -> String {
    let (old_text, new_text) = (upstream(old), upstream(new));
    let include: Vec<String> = SYNCHRONIZATION_INCLUDE.iter().map(|s| s.to_string()).collect();
    let name = |n: &str| n.rsplit('/').next().unwrap_or(n).to_string();
    let (old_name, new_name) = (name(old), name(new));
    diff_documents(
        Input {
            name: &old_name,
            text: &old_text,
        },
        Input {
            name: &new_name,
            text: &new_text,
        },
        &include,
        &[],
        &[],
    )
    .expect("diff")
}

#[test]
fn real_history_reports() {
    let cases = [
        (
            "beta_2023_06_13_to_current",
            "history/graph-beta-Applications.2023-06-13.yml",
            "graph-beta-Applications.yml",
        ),
        (
            "beta_2024_04_05_to_current",
            "history/graph-beta-Applications.2024-04-05.yml",
            "graph-beta-Applications.yml",
        ),
        (
            "v1_0_2023_06_13_to_current",
            "history/graph-v1.0-Applications.2023-06-13.yml",
            "graph-v1.0-Applications.yml",
        ),
        (
            "v1_0_2024_04_05_to_current",
            "history/graph-v1.0-Applications.2024-04-05.yml",
            "graph-v1.0-Applications.yml",
        ),
        (
            "v1_0_to_beta_current",
            "graph-v1.0-Applications.yml",
            "graph-beta-Applications.yml",
        ),
    ];
    for (name, old, new) in cases {
        insta::assert_snapshot!(name, report(old, new));
    }
    // The same document against itself: nothing to report.
    assert!(report("graph-v1.0-Applications.yml", "graph-v1.0-Applications.yml").contains("No changes"));
}

/// What spec/overlay.yaml changes against the published documents: the fragment as extracted
/// without the overlay → as extracted with it (the committed one), per version.
#[test]
fn overlay_changes_against_upstream() {
    let overlay_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/overlay.yaml");
    let overlay = std::fs::read_to_string(&overlay_path).expect("spec/overlay.yaml");
    for (name, version) in [("overlay_beta", "beta"), ("overlay_v1_0", "v1.0")] {
        let texts = [
            upstream(&format!("graph-{version}-Applications.yml")),
            upstream(&format!("graph-{version}-Reports.yml")),
        ];
        let names = [
            format!("graph-{version}-Applications.yml"),
            format!("graph-{version}-Reports.yml"),
        ];
        let inputs: Vec<Input> = names
            .iter()
            .zip(&texts)
            .map(|(name, text)| Input { name, text })
            .collect();
        let include = extract::default_include();
        let fragment = |overlays: &[Input]| {
            extract::extract_with_features(
                &format!("{version}.yaml"),
                &inputs,
                &include,
                &extract::default_features(),
                overlays,
            )
            .expect("extracts")
            .fragment
        };
        let published = fragment(&[]);
        let fixed = fragment(&[Input {
            name: "overlay.yaml",
            text: &overlay,
        }]);
        let committed = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../spec/{version}.yaml")),
        )
        .expect("the committed fragment");
        assert_eq!(
            fixed, committed,
            "spec/{version}.yaml is not what extract writes; re-run extract"
        );
        let report = diff_documents(
            Input {
                name: "published (no overlay)",
                text: &published,
            },
            Input {
                name: "with spec/overlay.yaml",
                text: &fixed,
            },
            &[],
            &[],
            &[],
        )
        .expect("diff");
        insta::assert_snapshot!(name, report);
    }
}

const BASE: &str = r#"openapi: 3.0.1
info: {title: t, version: v1.0}
servers:
  - url: https://graph.microsoft.com/v1.0/
paths:
  /jobs:
    get:
      parameters:
        - {name: $top, in: query, schema: {type: integer}}
      responses:
        2XX:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/job'}
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/job'}
      responses:
        2XX: {description: ok}
components:
  schemas:
    job:
      type: object
      properties:
        name: {type: string}
        count: {type: integer, format: int32, nullable: true}
    state:
      type: string
      enum: [on, off]
    scope:
      type: string
      enum: [a, b]
      x-ms-enum-flags: {isFlags: true}
"#;

/// The (impact, change) pairs from `BASE` to `BASE` edited by `edit`.
fn change(edit: impl Fn(&str) -> String) -> (Vec<(Impact, String)>, &'static str) {
    let ir = |text: &str| resolve::resolve(&load::parse("t.yaml", text).unwrap()).unwrap();
    let found = changes(&ir(BASE), &ir(&edit(BASE)));
    let bump = semver(&found);
    (
        found
            .into_iter()
            .map(|c| (c.impact, format!("{}: {}", c.subject, c.what)))
            .collect(),
        bump,
    )
}

/// (name, edit of BASE, expected changes, expected semver bump).
type Case = (
    &'static str,
    Box<dyn Fn(&str) -> String>,
    Vec<(Impact, &'static str)>,
    &'static str,
);

#[test]
fn one_change_of_each_kind() {
    use Impact::*;
    let cases: Vec<Case> = vec![
        ("nothing", Box::new(|s: &str| s.to_string()), vec![], "none"),
        (
            "operation added",
            Box::new(|s: &str| {
                s.replace(
                    "    post:\n",
                    "    delete:\n      responses:\n        2XX: {description: ok}\n    post:\n",
                )
            }),
            vec![(Additive, "DELETE /jobs: added (response `none`)")],
            "minor",
        ),
        (
            "operation removed",
            Box::new(|s: &str| {
                let start = s.find("    post:\n").unwrap();
                let end = s.find("components:").unwrap();
                format!("{}{}", &s[..start], &s[end..])
            }),
            vec![(Breaking, "POST /jobs: removed")],
            "major",
        ),
        (
            "request retyped",
            Box::new(|s: &str| {
                s.replacen("            schema: {$ref: '#/components/schemas/job'}\n      responses:\n        2XX: {description: ok}", "            schema: {type: array, items: {$ref: '#/components/schemas/job'}}\n      responses:\n        2XX: {description: ok}", 1)
            }),
            vec![(
                Breaking,
                "POST /jobs: request body `Job (application/json)` → `Vec<Job> (application/json)`",
            )],
            "major",
        ),
        (
            "response retyped",
            Box::new(|s: &str| {
                s.replacen(
                    "              schema: {$ref: '#/components/schemas/job'}",
                    "              schema: {$ref: '#/components/schemas/state'}",
                    1,
                )
            }),
            vec![(
                Breaking,
                "GET /jobs: response `Job (application/json)` → `State (application/json)`",
            )],
            "major",
        ),
        (
            "option removed",
            Box::new(|s: &str| {
                s.replace(
                    "        - {name: $top, in: query, schema: {type: integer}}\n",
                    "        - {name: $skip, in: query, schema: {type: integer}}\n",
                )
            }),
            vec![
                (Breaking, "GET /jobs: option `$top` removed"),
                (Additive, "GET /jobs: option `$skip` added"),
            ],
            "major",
        ),
        (
            "property added",
            Box::new(|s: &str| {
                s.replace(
                    "        name: {type: string}\n",
                    "        name: {type: string}\n        label: {type: string}\n",
                )
            }),
            vec![(Additive, "job: property `label` added (`String`)")],
            "minor",
        ),
        (
            "property removed",
            Box::new(|s: &str| s.replace("        name: {type: string}\n", "")),
            vec![(Breaking, "job: property `name` removed")],
            "major",
        ),
        (
            "property retyped",
            Box::new(|s: &str| {
                s.replace(
                    "        name: {type: string}\n",
                    "        name: {type: integer, format: int64}\n",
                )
            }),
            vec![(Breaking, "job: property `name` retyped `String` → `i64`")],
            "major",
        ),
        (
            "nullability changed",
            Box::new(|s: &str| s.replace("format: int32, nullable: true}", "format: int32}")),
            vec![(Compatible, "job: property `count` now not nullable")],
            "patch",
        ),
        (
            "enum member added",
            Box::new(|s: &str| s.replace("enum: [on, off]", "enum: [on, off, standby]")),
            vec![(Additive, "state: member `standby` added")],
            "minor",
        ),
        (
            "enum member removed",
            Box::new(|s: &str| s.replace("enum: [on, off]", "enum: [on]")),
            vec![(Breaking, "state: member `off` removed")],
            "major",
        ),
        (
            "enum member respelled",
            Box::new(|s: &str| s.replace("enum: [on, off]", "enum: [on, Off]")),
            vec![(Compatible, "state: member `off` now spelled `Off`")],
            "patch",
        ),
        (
            "flags member added",
            Box::new(|s: &str| s.replace("enum: [a, b]", "enum: [a, b, c]")),
            vec![(Additive, "scope: member `c` added")],
            "minor",
        ),
        (
            "no longer flags",
            Box::new(|s: &str| s.replace("      x-ms-enum-flags: {isFlags: true}\n", "")),
            vec![(Breaking, "scope: no longer a flags set")],
            "major",
        ),
        (
            "model added",
            Box::new(|s: &str| format!("{s}    extra:\n      type: object\n")),
            vec![(Additive, "extra: added (a model)")],
            "minor",
        ),
        (
            "operation moved behind a feature (its model still reached ungated)",
            Box::new(|s: &str| s.replace("    post:\n", "    post:\n      x-msgraph-sync-feature: flow\n")),
            vec![(Breaking, "POST /jobs: feature none → `flow`")],
            "major",
        ),
        (
            "every user of a model behind a feature",
            Box::new(|s: &str| {
                s.replace("    post:\n", "    post:\n      x-msgraph-sync-feature: flow\n")
                    .replace("    get:\n", "    get:\n      x-msgraph-sync-feature: flow\n")
            }),
            vec![
                (Breaking, "GET /jobs: feature none → `flow`"),
                (Breaking, "POST /jobs: feature none → `flow`"),
                (Breaking, "job: compiled always → `flow`"),
            ],
            "major",
        ),
        (
            "operation added behind a feature",
            Box::new(|s: &str| {
                s.replace(
                    "    post:\n",
                    "    delete:\n      x-msgraph-sync-feature: flow\n      responses:\n        2XX: {description: ok}\n    post:\n",
                )
            }),
            vec![(Additive, "DELETE /jobs: added (response `none`, feature `flow`)")],
            "minor",
        ),
    ];
    for (name, edit, expected, bump) in cases {
        let (found, found_bump) = change(edit);
        let expected: Vec<(Impact, String)> = expected.into_iter().map(|(i, w)| (i, w.to_string())).collect();
        let mut found_sorted = found.clone();
        found_sorted.sort();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort();
        assert_eq!(found_sorted, expected_sorted, "{name}");
        assert_eq!(found_bump, bump, "{name}");
    }
}
