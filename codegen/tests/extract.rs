//! `extract`: include patterns, the component closure, overlays, lock files, determinism.

use msgraph_sync_codegen::extract::{self, Input};

const UPSTREAM: &str = r#"openapi: 3.0.1
info: {title: Applications, version: v1.0}
servers:
  - url: https://graph.microsoft.com/v1.0/
paths:
  /applications:
    get:
      responses:
        2XX: {$ref: '#/components/responses/app'}
  /applications/{application-id}/synchronization:
    get:
      responses:
        2XX:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/microsoft.graph.synchronization'}
  /applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/bulkUpload:
    get:
      responses:
        2XX: {description: ok}
components:
  schemas:
    microsoft.graph.application: {type: object}
    microsoft.graph.synchronization:
      allOf:
        - $ref: '#/components/schemas/microsoft.graph.entity'
        - type: object
    microsoft.graph.entity: {type: object, properties: {id: {type: string}}}
  responses:
    app:
      description: ok
      content:
        application/json:
          schema: {$ref: '#/components/schemas/microsoft.graph.application'}
"#;

const OVERLAY: &str = r#"overlay: 1.0.0
info: {title: fix, version: 1.0.0}
actions:
  - target: "$.paths['/applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/bulkUpload']"
    update:
      post:
        responses:
          2XX: {description: Accepted}
"#;

fn run(include: &[&str]) -> extract::Extracted {
    let include: Vec<String> = include.iter().map(|s| s.to_string()).collect();
    extract::extract(
        "v1.0.yaml",
        &[Input {
            name: "graph-v1.0-Applications.yml",
            text: UPSTREAM,
        }],
        &include,
        &[Input {
            name: "overlay.yaml",
            text: OVERLAY,
        }],
    )
    .expect("extracts")
}

#[test]
fn default_patterns_keep_synchronization_and_its_closure() {
    let defaults: Vec<&str> = extract::SYNCHRONIZATION_INCLUDE.to_vec();
    let out = run(&defaults);
    assert_eq!(
        (out.paths, out.operations, out.schemas),
        (2, 3, 2),
        "sync paths, GET+GET+overlay POST, synchronization+entity"
    );
    assert!(
        !out.fragment.contains("microsoft.graph.application:"),
        "unreferenced components are left out"
    );
    assert!(
        !out.fragment.contains("/applications:"),
        "non-matching paths are left out"
    );
    assert!(out.fragment.contains("Accepted"), "overlay applied");
}

#[test]
fn patterns_narrow_the_fragment() {
    let out = run(&["/applications/{application-id}/synchronization"]);
    assert_eq!((out.paths, out.operations, out.schemas), (1, 1, 2));
}

#[test]
fn extraction_is_byte_identical_and_locked() {
    let a = run(extract::SYNCHRONIZATION_INCLUDE);
    let b = run(extract::SYNCHRONIZATION_INCLUDE);
    assert_eq!(a.fragment, b.fragment);
    assert_eq!(a.lock, b.lock);
    for expected in [
        "upstream:\n- file: graph-v1.0-Applications.yml\n",
        &format!("  sha256: {}", extract::sha256(UPSTREAM)),
        "- /applications/{application-id}/synchronization/*",
        "- file: overlay.yaml",
        &format!("sha256: {}", extract::sha256(OVERLAY)),
        &format!("generator: msgraph-sync-codegen {}", msgraph_sync_codegen::VERSION),
        &format!("fragment_sha256: {}", extract::sha256(&a.fragment)),
    ] {
        assert!(a.lock.contains(expected), "lock lacks {expected:?}:\n{}", a.lock);
    }
}

#[test]
fn lock_verification_catches_hand_edits() {
    let dir = std::env::temp_dir().join(format!("msgraph-sync-lock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = run(extract::SYNCHRONIZATION_INCLUDE);
    std::fs::write(dir.join("v1.0.yaml"), &out.fragment).unwrap();
    std::fs::write(dir.join("v1.0.lock"), &out.lock).unwrap();
    std::fs::write(dir.join("overlay.yaml"), OVERLAY).unwrap();
    assert!(extract::verify_lock(&dir, "v1.0.yaml").unwrap().is_empty());
    std::fs::write(dir.join("v1.0.yaml"), out.fragment.replace("Accepted", "Edited")).unwrap();
    std::fs::write(dir.join("overlay.yaml"), OVERLAY.replace("Accepted", "Edited")).unwrap();
    let problems = extract::verify_lock(&dir, "v1.0.yaml").unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("v1.0.yaml differs from what extract wrote"),
        "{problems:?}"
    );
    assert!(problems[1].starts_with("overlay.yaml changed"), "{problems:?}");
}

#[test]
fn committed_fragments_match_their_locks() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    for (name, _) in msgraph_sync_codegen::FRAGMENTS {
        let problems = extract::verify_lock(&spec, name).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    }
}

#[test]
fn overlay_errors_name_the_action() {
    let bad = OVERLAY.replace("bulkUpload']", "nothing']");
    let err = extract::extract(
        "v1.0.yaml",
        &[Input {
            name: "up.yml",
            text: UPSTREAM,
        }],
        &["*".to_string()],
        &[Input {
            name: "overlay.yaml",
            text: &bad,
        }],
    )
    .map(|_| ())
    .expect_err("bad target");
    assert!(err.to_string().starts_with("overlay.yaml: action 0: target"), "{err}");
}

/// A second module of the same API version (as Reports is beside Applications): its own paths and
/// one component shared with the first, identical.
const REPORTS: &str = r#"openapi: 3.0.1
info: {title: Reports, version: v1.0}
servers:
  - url: https://graph.microsoft.com/v1.0/
paths:
  /auditLogs/provisioning:
    get:
      responses:
        2XX:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/microsoft.graph.provisioningObjectSummary'}
components:
  schemas:
    microsoft.graph.provisioningObjectSummary:
      allOf:
        - $ref: '#/components/schemas/microsoft.graph.entity'
        - type: object
    microsoft.graph.entity: {type: object, properties: {id: {type: string}}}
    microsoft.graph.application: {type: object, description: differs, but nothing here reaches it}
"#;

fn run_both(reports: &str, include: &[&str]) -> msgraph_sync_codegen::Result<extract::Extracted> {
    let include: Vec<String> = include.iter().map(|s| s.to_string()).collect();
    extract::extract(
        "v1.0.yaml",
        &[
            Input {
                name: "graph-v1.0-Applications.yml",
                text: UPSTREAM,
            },
            Input {
                name: "graph-v1.0-Reports.yml",
                text: reports,
            },
        ],
        &include,
        &[],
    )
}

#[test]
fn several_documents_merge_into_one_fragment_and_lock() {
    let out = run_both(
        REPORTS,
        &["/applications/{application-id}/synchronization", "/auditLogs/*"],
    )
    .expect("merges");
    assert_eq!((out.paths, out.operations, out.schemas), (2, 2, 3), "{}", out.fragment);
    assert!(out.fragment.contains("/auditLogs/provisioning:"));
    assert!(
        out.fragment
            .starts_with("# Extracted from graph-v1.0-Applications.yml, graph-v1.0-Reports.yml by"),
        "{}",
        out.fragment
    );
    for expected in [
        format!(
            "- file: graph-v1.0-Applications.yml\n  sha256: {}\n",
            extract::sha256(UPSTREAM)
        ),
        format!(
            "- file: graph-v1.0-Reports.yml\n  sha256: {}\n",
            extract::sha256(REPORTS)
        ),
    ] {
        assert!(out.lock.contains(&expected), "lock lacks {expected:?}:\n{}", out.lock);
    }
    // The order of the documents is the order of the output: deterministic.
    let again = run_both(
        REPORTS,
        &["/applications/{application-id}/synchronization", "/auditLogs/*"],
    )
    .unwrap();
    assert_eq!(out.fragment, again.fragment);
}

#[test]
fn merging_refuses_what_would_be_silently_lost() {
    // A component both define differently, reached by the fragment: which one is meant is unknowable.
    let differing = REPORTS.replace(
        "microsoft.graph.entity: {type: object, properties: {id: {type: string}}}",
        "microsoft.graph.entity: {type: object, properties: {key: {type: string}}}",
    );
    let err = run_both(&differing, &["/auditLogs/*"])
        .map(|_| ())
        .expect_err("differing");
    assert_eq!(
        err.to_string(),
        "#/components/schemas/microsoft.graph.entity: unsupported: defined differently in graph-v1.0-Applications.yml and graph-v1.0-Reports.yml; the fragment needs one definition"
    );
    // A path in both documents.
    let overlapping = REPORTS.replace("/auditLogs/provisioning:", "/applications:");
    let err = run_both(&overlapping, &["*"]).map(|_| ()).expect_err("overlap");
    assert_eq!(
        err.to_string(),
        "#/paths/~1applications: unsupported: in both graph-v1.0-Applications.yml and graph-v1.0-Reports.yml"
    );
    // Another API version.
    let beta = REPORTS.replace("graph.microsoft.com/v1.0/", "graph.microsoft.com/beta/");
    let err = run_both(&beta, &["*"]).map(|_| ()).expect_err("servers");
    assert!(err.to_string().contains("name different servers"), "{err}");
    // No document at all.
    let err = extract::extract("v1.0.yaml", &[], &["*".to_string()], &[])
        .map(|_| ())
        .expect_err("none");
    assert!(err.to_string().contains("at least one upstream"), "{err}");
}

fn run_with_features(features: &[(&str, &[&str])], overlay: &str) -> msgraph_sync_codegen::Result<extract::Extracted> {
    let features: Vec<extract::FeatureGate> = features
        .iter()
        .map(|(name, patterns)| extract::FeatureGate {
            name: name.to_string(),
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
        })
        .collect();
    extract::extract_with_features(
        "v1.0.yaml",
        &[Input {
            name: "graph-v1.0-Applications.yml",
            text: UPSTREAM,
        }],
        &["/applications*".to_string()],
        &features,
        &[Input {
            name: "overlay.yaml",
            text: overlay,
        }],
    )
}

#[test]
fn features_mark_the_operations_of_matching_paths_only() {
    let extracted = run_with_features(&[("flow", &["/applications"])], OVERLAY).expect("extracts");
    let doc: serde_yaml::Value = serde_yaml::from_str(&extracted.fragment).expect("yaml");
    let feature = |path: &str, method: &str| {
        doc["paths"][path][method]
            .get(extract::FEATURE_EXTENSION)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    assert_eq!(feature("/applications", "get").as_deref(), Some("flow"));
    // The synchronization paths below `/applications/{id}` are other paths: not gated.
    assert_eq!(feature("/applications/{application-id}/synchronization", "get"), None);
    let bulk = "/applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/bulkUpload";
    assert_eq!((feature(bulk, "get"), feature(bulk, "post")), (None, None));
    assert!(
        extracted
            .lock
            .contains("features:\n- name: flow\n  patterns:\n  - /applications\n"),
        "{}",
        extracted.lock
    );
    // The generated operation reads it.
    let ir = msgraph_sync_codegen::resolve::resolve(
        &msgraph_sync_codegen::load::parse("v1.0.yaml", &extracted.fragment).expect("parses"),
    )
    .expect("resolves");
    let gated: Vec<String> = ir
        .operations
        .iter()
        .filter(|op| op.feature.is_some())
        .map(|op| format!("{} {}", op.method, op.path))
        .collect();
    assert_eq!(gated, ["get /applications"]);
}

#[test]
fn a_path_in_two_features_or_against_an_overlay_is_an_error_naming_it() {
    let err = run_with_features(&[("a", &["/applications"]), ("b", &["/applications*"])], OVERLAY)
        .err()
        .expect("two features")
        .to_string();
    assert!(
        err.contains("#/paths/~1applications") && err.contains("\"a\" and \"b\""),
        "{err}"
    );
    let overlay = format!(
        "{OVERLAY}  - target: \"$.paths['/applications'].get\"\n    update:\n      x-msgraph-sync-feature: other\n"
    );
    let err = run_with_features(&[("flow", &["/applications"])], &overlay)
        .err()
        .expect("overlay disagrees")
        .to_string();
    assert!(
        err.contains("#/paths/~1applications/get/x-msgraph-sync-feature") && err.contains("\"flow\""),
        "{err}"
    );
    // An overlay may gate an operation itself, and agreeing with the configuration is fine.
    let overlay = overlay.replace("feature: other", "feature: flow");
    run_with_features(&[("flow", &["/applications"])], &overlay).expect("agrees");
}

/// The overlay shrinks when Microsoft publishes what it adds: extracting from a document that has
/// the object-connection operations and model (here the committed beta fragment, which has them
/// from the overlay) names each overlay entry upstream has caught up with, and `diff` lists them.
/// Against the published documents, nothing is caught up yet.
#[test]
fn overlay_entries_upstream_has_caught_up_with_are_reported() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let (overlay, fragment) = (read("spec/overlay.yaml"), read("spec/beta.yaml"));
    let overlays = [Input {
        name: "overlay.yaml",
        text: &overlay,
    }];
    let include = extract::default_include();
    let caught_up = |upstream: &str| -> Vec<String> {
        extract::extract_with_features(
            "beta.yaml",
            &[Input {
                name: "upstream.yml",
                text: upstream,
            }],
            &include,
            &[],
            &overlays,
        )
        .expect("extracts")
        .caught_up
        .iter()
        .map(ToString::to_string)
        .collect()
    };
    let published = read("codegen/tests/upstream/graph-beta-Applications.yml");
    assert_eq!(caught_up(&published), Vec::<String>::new());
    let now = caught_up(&fragment);
    let connection = "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}/objectConnections('{objectId}')";
    for what in [
        format!("GET {connection}"),
        format!("DELETE {connection}"),
        "schema microsoft.graph.objectConnection".to_string(),
    ] {
        assert!(
            now.iter()
                .any(|line| line.contains(&format!("adds {what}, which the upstream document now has"))),
            "{what}: {now:#?}"
        );
    }
    let report = msgraph_sync_codegen::diff::diff_documents(
        Input {
            name: "published.yml",
            text: &published,
        },
        Input {
            name: "newer.yml",
            text: &fragment,
        },
        &include,
        &[],
        &overlays,
    )
    .expect("diffs");
    assert!(
        report.contains("## Overlay entries newer.yml has caught up with"),
        "{report}"
    );
    assert!(report.contains(&format!("adds GET {connection}")), "{report}");
}
