//! Dry runs print exactly what the real run sends, and `--json` works under `--dry-run` for every
//! command; exit codes on the paths around them. The built binary against the fake on 127.0.0.1: the
//! oracle is what the fake received.

use crate::common;

use std::path::{Path, PathBuf};

use common::{run, run_against};
use fake_graph::FakeGraph;
use serde_json::Value;

const SP: &str = "sp-1";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-dry-run-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The requests of a `--dry-run --json` document.
///
/// (A value only an earlier response gives is shown as a placeholder, `<id of …>`: those dry runs
/// are checked for their shape in `json_works_under_dry_run_for_every_command` and in workflows.rs.)
fn planned(document: &Value) -> Vec<Value> {
    document["steps"]
        .as_array()
        .expect("a steps array")
        .iter()
        .filter_map(|step| step.get("request").cloned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn dry_runs_print_exactly_what_the_real_run_sends() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    let base = fake.base_url();
    let dir = dir("exact");
    std::fs::write(dir.join("map.txt"), "EmployeeID = externalId\nEmail = userName\n").unwrap();
    let mut users = "EmployeeID,Email\n".to_string();
    for i in 1..=7 {
        users.push_str(&format!("E{i},user{i}@contoso.com\n"));
    }
    std::fs::write(dir.join("users.csv"), users).unwrap();
    let (map, users) = (
        dir.join("map.txt").display().to_string(),
        dir.join("users.csv").display().to_string(),
    );
    let cases: Vec<Vec<&str>> = vec![
        // First, while the job has no log entries: one page.
        vec!["logs", "--job", &job, "--since", "2026-12-01T00:00:00Z"],
        // Three bulk requests, one at a time so that they arrive in order.
        vec![
            "bulk-upload",
            "-s",
            SP,
            "--job",
            &job,
            "--input",
            &users,
            "--map",
            &map,
            "--batch-size",
            "3",
            "--concurrency",
            "1",
        ],
        vec!["templates", "list", "-s", SP],
        vec!["job", "create", "-s", SP, "--template", "API2AAD"],
        vec!["job", "list", "-s", SP],
        vec!["job", "status", "-s", SP, "-j", &job],
        vec!["job", "start", "-s", SP, "-j", &job],
        vec!["job", "pause", "-s", SP, "-j", &job],
        vec!["job", "restart", "-s", SP, "-j", &job, "--scope", "Escrows,Watermark"],
        vec!["schema", "pull", "-s", SP, "-j", &job, "-o", "-"],
        vec![
            "on-demand",
            "-s",
            SP,
            "-j",
            &job,
            "--object-id",
            "u1",
            "--rule",
            "USER_TO_USER",
        ],
        vec!["job", "delete", "-s", SP, "-j", &job, "--yes"],
    ];
    for args in cases {
        let mut dry_args = vec!["--dry-run", "--json", "--base-url", &base];
        dry_args.extend_from_slice(&args);
        let dry = run(&dry_args, &[], None).await;
        assert_eq!(dry.code, 0, "{args:?}: {}", dry.both());
        assert!(
            fake.requests().is_empty(),
            "{args:?}: the dry run sent {:?}",
            fake.requests()
        );
        let document: Value = serde_json::from_str(&dry.stdout).expect("one JSON document");
        assert_eq!(document["dryRun"], true);
        let printed = planned(&document);

        let real = run_against(&fake, &args, None).await;
        assert_eq!(real.code, 0, "{args:?}: {}", real.both());
        let received = fake.requests();
        assert_eq!(printed.len(), received.len(), "{args:?}: {printed:?} vs {received:?}");
        for (shown, got) in printed.iter().zip(&received) {
            let url = match &got.query {
                Some(query) => format!("{base}{}?{query}", got.path),
                None => format!("{base}{}", got.path),
            };
            assert_eq!(shown["method"], got.method.as_str(), "{args:?}");
            assert_eq!(shown["url"], url.as_str(), "{args:?}");
            assert_eq!(shown.get("body").cloned(), got.body_json(), "{args:?}");
            for name in ["content-type", "accept", "user-agent", "prefer"] {
                assert_eq!(shown["headers"][name].as_str(), got.header(name), "{args:?}: {name}");
            }
            assert_eq!(shown["headers"]["authorization"], "Bearer <token>");
            assert!(got.header("client-request-id").is_some());
        }
        fake.clear_requests();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn json_works_under_dry_run_for_every_command() {
    let fake = FakeGraph::start().await;
    let base = fake.base_url();
    let dir = dir("json");
    let path = |name: &str| dir.join(name).display().to_string();
    std::fs::write(dir.join("ids.txt"), "sp-1\nsp-2\n").unwrap();
    std::fs::write(
        dir.join("schema.json"),
        "{\"synchronizationRules\": [], \"directories\": []}",
    )
    .unwrap();
    std::fs::write(
        dir.join("secrets.env"),
        "BaseAddress=https://example.com/scim\nSecretToken=hunter2\n",
    )
    .unwrap();
    std::fs::write(dir.join("map.txt"), "EmployeeID = externalId\nEmail = userName\n").unwrap();
    std::fs::write(dir.join("users.csv"), "EmployeeID,Email\nE1,a@contoso.com\n").unwrap();
    let (ids, schema, secrets, map, users) = (
        path("ids.txt"),
        path("schema.json"),
        path("secrets.env"),
        path("map.txt"),
        path("users.csv"),
    );
    let cases: Vec<Vec<&str>> = vec![
        vec!["templates", "list", "-s", SP],
        vec!["job", "list", "-s", SP],
        vec!["job", "create", "-s", SP, "-t", "scim"],
        vec!["job", "status", "-s", SP, "-t", "scim"],
        vec!["job", "start", "-s", SP, "-j", "j1"],
        vec!["job", "pause", "-s", SP, "-j", "j1"],
        vec!["job", "restart", "-s", SP, "-j", "j1"],
        vec!["job", "watch", "-s", SP, "-j", "j1"],
        vec!["job", "delete", "-s", SP, "-j", "j1", "--yes"],
        vec!["schema", "pull", "-s", SP, "-j", "j1", "-o", "-"],
        vec!["schema", "push", "-s", SP, "-j", "j1", &schema],
        vec![
            "schema", "extend", "-s", SP, "-j", "j1", "--input", &users, "--map", &map,
        ],
        vec!["on-demand", "-s", SP, "-j", "j1", "--object-id", "u1"],
        vec![
            "app",
            "instantiate",
            "--template-id",
            "t1",
            "--name",
            "n",
            "--job-template",
            "scim",
            "--secrets-file",
            &secrets,
        ],
        vec!["secrets", "set", "-s", SP, "--secrets-file", &secrets],
        vec!["fleet", "status", "--ids-file", &ids],
        vec!["fleet", "status", "--filter", "startswith(displayName,'HR')"],
        vec!["bulk-upload", "-s", SP, "--job", "j1", "--input", &users, "--map", &map],
        vec!["logs", "--job", "j1", "--since", "2026-12-01T00:00:00Z"],
    ];
    for args in cases {
        let mut all = vec!["--dry-run", "--json", "--base-url", &base];
        all.extend_from_slice(&args);
        let dry = run(&all, &[], None).await;
        assert_eq!(dry.code, 0, "{args:?}: {}", dry.both());
        let document: Value = serde_json::from_str(&dry.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not one JSON document ({e}): {}", dry.stdout));
        assert_eq!(document["dryRun"], true, "{args:?}");
        let requests = planned(&document);
        assert!(!requests.is_empty(), "{args:?}: {document}");
        for request in &requests {
            assert!(
                request["url"].as_str().unwrap().starts_with(&format!("{base}/v1.0/")),
                "{args:?}: {request}"
            );
            assert_eq!(request["headers"]["authorization"], "Bearer <token>", "{args:?}");
        }
        assert!(!dry.stdout.contains("hunter2"), "{args:?}: a secret in the dry run");
    }
    assert!(fake.requests().is_empty(), "dry runs sent {:?}", fake.requests());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bulk_upload_to_a_job_that_does_not_exist_exits_with_the_graph_error_code() {
    let fake = FakeGraph::start().await;
    let dir = dir("missing-job");
    std::fs::write(dir.join("map.txt"), "EmployeeID = externalId\nEmail = userName\n").unwrap();
    std::fs::write(
        dir.join("users.csv"),
        "EmployeeID,Email\nE1,a@contoso.com\nE2,b@contoso.com\n",
    )
    .unwrap();
    let (map, users) = (dir.join("map.txt"), dir.join("users.csv"));
    let args = [
        "bulk-upload",
        "-s",
        SP,
        "--job",
        "no-such-job",
        "--input",
        users.to_str().unwrap(),
        "--map",
        map.to_str().unwrap(),
    ];
    let missing = run_against(&fake, &args, None).await;
    assert_eq!(missing.code, 4, "{}", missing.both());
    assert!(missing.stderr.contains("no-such-job"), "{}", missing.stderr);
    assert!(missing.stderr.contains("(404)"), "{}", missing.stderr);
    let mut json_args = vec!["--json"];
    json_args.extend_from_slice(&args);
    let json = run_against(&fake, &json_args, None).await;
    assert_eq!(json.code, 4, "{}", json.both());
    let document: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(document["error"]["exitCode"], 4);
}

#[tokio::test(flavor = "multi_thread")]
async fn certificate_and_workload_identity_options_say_what_is_missing() {
    let list = ["--base-url", "http://127.0.0.1:9", "job", "list", "-s", SP];
    let ids = [("AZURE_TENANT_ID", "contoso.onmicrosoft.com"), ("AZURE_CLIENT_ID", "c")];
    let no_file = run(&[&["--auth", "client-certificate"][..], &list].concat(), &ids, None).await;
    assert_eq!(no_file.code, 3, "{}", no_file.both());
    assert!(
        no_file
            .stderr
            .contains("--certificate or AZURE_CLIENT_CERTIFICATE_PATH"),
        "{}",
        no_file.stderr
    );
    let missing = dir("certificate").join("missing.pem");
    let unreadable = run(
        &[
            &[
                "--auth",
                "client-certificate",
                "--certificate",
                missing.to_str().unwrap(),
            ][..],
            &list,
        ]
        .concat(),
        &ids,
        None,
    )
    .await;
    assert_eq!(unreadable.code, 3, "{}", unreadable.both());
    assert!(unreadable.stderr.contains("missing.pem"), "{}", unreadable.stderr);
    let no_tenant = run(&[&["--auth", "client-certificate"][..], &list].concat(), &[], None).await;
    assert_eq!(no_tenant.code, 3);
    assert!(
        no_tenant.stderr.contains("--tenant-id or AZURE_TENANT_ID"),
        "{}",
        no_tenant.stderr
    );
    let no_token_file = run(&[&["--auth", "workload-identity"][..], &list].concat(), &ids, None).await;
    assert_eq!(no_token_file.code, 3, "{}", no_token_file.both());
    assert!(
        no_token_file.stderr.contains("AZURE_FEDERATED_TOKEN_FILE"),
        "{}",
        no_token_file.stderr
    );
}
