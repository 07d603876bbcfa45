//! The built binary under hostile input and odd surroundings, against the fake on 127.0.0.1: exit
//! codes docs/cli.md's table promises, a closed standard output, terminal control characters in the
//! service's text, out-of-range durations, schema pushes that would remove parts, credentials in a
//! base URL. Each asserts what the process did and what the fake received.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use common::{run, run_against};
use fake_graph::{BulkOutcome, FakeGraph};

const SP: &str = "sp-1";
const MAP: &str = "EmployeeID = externalId\nEmail = userName\n";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-hostile-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    std::fs::write(
        dir.join("users.csv"),
        "EmployeeID,Email\nE1,a@contoso.com\nE2,b@contoso.com\n",
    )
    .unwrap();
    dir
}

fn upload_args<'a>(dir: &'a str, job: &'a str) -> Vec<String> {
    [
        "bulk-upload",
        "-s",
        SP,
        "--job",
        job,
        "--input",
        &format!("{dir}/users.csv"),
        "--map",
        &format!("{dir}/map.txt"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn bulk_requests(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upload_nobody_answers_exits_4_and_a_refused_credential_3() {
    let dir = dir("exit-codes");
    let path = dir.display().to_string();
    let args = upload_args(&path, "job-1");
    let mut all = vec!["--base-url", "http://127.0.0.1:9"];
    all.extend(args.iter().map(String::as_str));
    let unreachable = run(&all, &[("GRAPH_TOKEN", "t")], None).await;
    assert_eq!(unreachable.code, 4, "{}", unreachable.both());
    assert!(
        unreachable.stderr.contains("the service could not be reached"),
        "{}",
        unreachable.stderr
    );

    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "API2AAD");
    let args = upload_args(&path, &job);
    let base = fake.base_url();
    let mut all = vec!["--base-url", base.as_str()];
    all.extend(args.iter().map(String::as_str));
    let refused = run(&all, &[("GRAPH_TOKEN", "wrong-token")], None).await;
    assert_eq!(refused.code, 3, "{}", refused.both());
    assert!(refused.stderr.contains("(401)"), "{}", refused.stderr);
    assert!(!refused.both().contains("wrong-token"));
    assert!(fake.accepted_uploads().is_empty());
    assert_eq!(bulk_requests(&fake), 1);
}

/// Runs the binary against the fake with standard output already closed by its reader.
async fn run_with_stdout_closed(fake: &FakeGraph, args: &[&str]) -> (i32, String) {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_msgraph-sync"));
    command
        .arg("--base-url")
        .arg(fake.base_url())
        .args(args)
        .env("GRAPH_TOKEN", FakeGraph::TOKEN)
        // The state file (the daily budget's ledger) of these runs, never the user's.
        .env(
            "XDG_STATE_HOME",
            std::env::temp_dir().join(format!("msgraph-sync-cli-tests-{}", std::process::id())),
        )
        .env_remove("MSGRAPH_SYNC_STATE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().await.unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_standard_output_is_not_a_failure() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "API2AAD");
    let dir = dir("broken-pipe");
    let path = dir.display().to_string();
    let args = upload_args(&path, &job);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, stderr) = run_with_stdout_closed(&fake, &args).await;
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.to_lowercase().contains("broken pipe"), "{stderr}");
    assert_eq!(fake.accepted_uploads().len(), 1);

    for args in [
        &["job", "list", "-s", SP][..],
        &["job", "list", "-s", SP, "--json"],
        &["job", "status", "-s", SP, "-j", &job],
    ] {
        let (code, stderr) = run_with_stdout_closed(&fake, args).await;
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_services_control_characters_are_shown_not_obeyed() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    // The fake echoes the object id in the steps' descriptions, as the service does.
    let hostile = "u\u{1b}]0;owned\u{7}\r\u{9b}2J";
    let shown = run_against(
        &fake,
        &["on-demand", "-s", SP, "-j", &job, "--object-id", hostile],
        None,
    )
    .await;
    assert_eq!(shown.code, 0, "{}", shown.both());
    for c in ['\u{1b}', '\u{7}', '\r', '\u{9b}'] {
        assert!(
            !shown.both().contains(c),
            "{c:?} reached the terminal: {:?}",
            shown.both()
        );
    }
    assert!(
        shown.stdout.contains("u\\u{1b}]0;owned\\u{7}\\u{d}\\u{9b}2J"),
        "{}",
        shown.stdout
    );
    // --json stays exact: the same text, as JSON escapes.
    let json = run_against(
        &fake,
        &["on-demand", "-s", SP, "-j", &job, "--object-id", hostile, "--json"],
        None,
    )
    .await;
    assert_eq!(json.code, 0, "{}", json.both());
    assert!(!json.stdout.contains('\u{1b}') && !json.stdout.contains('\u{9b}'));
    let document: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(document["record"]["reportableIdentifier"], hostile);

    // A failure reason in the provisioning logs.
    let upload_job = fake.create_job(SP, "API2AAD");
    fake.set_bulk_outcome(
        "E2",
        BulkOutcome::Failure {
            code: "Conflict\u{1b}[31m".into(),
            reason: "red\u{1b}[2J\u{7}".into(),
        },
    );
    let dir = dir("escape");
    let path = dir.display().to_string();
    let manifest = format!("{path}/manifest.jsonl");
    let mut args = upload_args(&path, &upload_job);
    args.extend(["--manifest".to_string(), manifest.clone()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let uploaded = run_against(&fake, &args, None).await;
    assert_eq!(uploaded.code, 0, "{}", uploaded.both());
    let logs = run_against(&fake, &["logs", "--manifest", &manifest], None).await;
    assert_eq!(logs.code, 1, "{}", logs.both());
    assert!(
        !logs.both().contains('\u{1b}') && !logs.both().contains('\u{7}'),
        "{:?}",
        logs.both()
    );
    assert!(
        logs.stdout.contains("Conflict\\u{1b}[31m: red\\u{1b}[2J\\u{7}"),
        "{}",
        logs.stdout
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn durations_and_rates_out_of_range_are_refused_before_any_request() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    let huge = u64::MAX.to_string();
    for (args, expected) in [
        (
            vec!["logs", "--job", "j", "--since", "2026-01-01T00:00:00Z", "--wait", &huge],
            "is not in 0..=31622400",
        ),
        (
            vec![
                "logs",
                "--job",
                "j",
                "--since",
                "2026-01-01T00:00:00Z",
                "--wait",
                "10",
                "--interval",
                &huge,
            ],
            "is not in 1..=86400",
        ),
        (
            vec!["job", "watch", "-s", SP, "-j", &job, "--interval", "0s"],
            "at least 1s between polls",
        ),
        (
            vec!["job", "watch", "-s", SP, "-j", &job, "--max-interval", "10ms"],
            "at least 1s between polls",
        ),
        (
            vec!["job", "watch", "-s", SP, "-j", &job, "--deadline", "500000000years"],
            "at most 1year",
        ),
        (
            vec![
                "bulk-upload",
                "-s",
                SP,
                "--job",
                "j",
                "--input",
                "x.csv",
                "--map",
                "m",
                "--limit",
                "bulk-upload=2000000000/1s",
            ],
            "a window allows 1 to 100000 calls",
        ),
        (
            vec!["--limit", "bulk-upload=40/0s", "job", "list", "-s", SP],
            "a window lasts 1 ms to 1 h",
        ),
        (
            vec!["fleet", "status", "--filter", "x", "--concurrency", &huge],
            "--concurrency",
        ),
    ] {
        let out = run_against(&fake, &args, None).await;
        assert_eq!(out.code, 2, "{args:?}: {}", out.both());
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
    assert!(fake.requests().is_empty(), "{:?}", fake.requests().len());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_schema_push_of_an_empty_file_needs_allow_removals() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    let dir = dir("schema-removals");
    let empty = dir.join("empty.json");
    std::fs::write(&empty, "{}").unwrap();
    let empty = empty.display().to_string();
    let refused = run_against(&fake, &["schema", "push", "-s", SP, "-j", &job, &empty], None).await;
    assert_eq!(refused.code, 2, "{}", refused.both());
    assert!(
        refused
            .stderr
            .contains("nothing was pushed (pass --allow-removals to push it)"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("  rule USER_TO_USER"), "{}", refused.stderr);
    assert!(
        fake.requests().iter().all(|r| r.method == "GET"),
        "{:?}",
        fake.requests().len()
    );

    // A dry run against the pulled file says the same, and sends nothing.
    let pulled = dir.join("pulled.json").display().to_string();
    let pull = run_against(&fake, &["schema", "pull", "-s", SP, "-j", &job, "-o", &pulled], None).await;
    assert_eq!(pull.code, 0, "{}", pull.both());
    let dry = run(
        &[
            "--dry-run",
            "schema",
            "push",
            "-s",
            SP,
            "-j",
            &job,
            "--base",
            &pulled,
            &empty,
        ],
        &[],
        None,
    )
    .await;
    assert_eq!(dry.code, 2, "{}", dry.both());
    assert!(dry.stdout.contains("- rule USER_TO_USER (removed)"), "{}", dry.stdout);
    assert!(!dry.stdout.contains("PUT "), "{}", dry.stdout);

    let allowed = run_against(
        &fake,
        &["schema", "push", "-s", SP, "-j", &job, "--allow-removals", &empty],
        None,
    )
    .await;
    assert_eq!(allowed.code, 0, "{}", allowed.both());
    assert_eq!(fake.requests().iter().filter(|r| r.method == "PUT").count(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_password_in_the_base_url_is_never_echoed() {
    let out = run(
        &[
            "--base-url",
            "http://admin:hunter2@127.0.0.1:9",
            "job",
            "list",
            "-s",
            SP,
        ],
        &[("GRAPH_TOKEN", "t")],
        None,
    )
    .await;
    assert_eq!(out.code, 2, "{}", out.both());
    assert!(out.stderr.contains("invalid base URL"), "{}", out.stderr);
    assert!(!out.both().contains("hunter2"), "{}", out.both());
    assert!(!out.both().contains("admin"), "{}", out.both());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_overlapping_map_is_refused_naming_its_line() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "API2AAD");
    let dir = dir("map-overlap");
    std::fs::write(
        dir.join("map.txt"),
        "EmployeeID = externalId\nEmail = userName\nEmail = USERNAME\n",
    )
    .unwrap();
    let path = dir.display().to_string();
    let args = upload_args(&path, &job);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run_against(&fake, &args, None).await;
    assert_eq!(out.code, 2, "{}", out.both());
    assert!(
        out.stderr
            .contains("map.txt:3:9: USERNAME overlaps userName (column \"Email\", line 2)"),
        "{}",
        out.stderr
    );
    assert_eq!(bulk_requests(&fake), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_schema_pulled_to_standard_output_stays_exact_json() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    let dir = dir("schema-stdout");
    let pulled = dir.join("pulled.json").display().to_string();
    let pull = run_against(&fake, &["schema", "pull", "-s", SP, "-j", &job, "-o", &pulled], None).await;
    assert_eq!(pull.code, 0, "{}", pull.both());
    let text = std::fs::read_to_string(&pulled).unwrap();
    // A C1 control and a bidirectional override in a value, as the service could send them.
    let edited = text.replacen("\"[mail]\"", "\"[mail]\\u009b\\u202e\"", 1);
    assert_ne!(edited, text);
    std::fs::write(&pulled, &edited).unwrap();
    let push = run_against(
        &fake,
        &["schema", "push", "-s", SP, "-j", &job, "--no-check", &pulled],
        None,
    )
    .await;
    assert_eq!(push.code, 0, "{}", push.both());
    let to_stdout = run_against(&fake, &["schema", "pull", "-s", SP, "-j", &job, "-o", "-"], None).await;
    assert_eq!(to_stdout.code, 0, "{}", to_stdout.both());
    assert!(!to_stdout.stdout.contains('\u{9b}'), "{}", to_stdout.stdout);
    let printed: serde_json::Value = serde_json::from_str(&to_stdout.stdout).unwrap();
    let expected: serde_json::Value = serde_json::from_str(&edited).unwrap();
    assert_eq!(printed, expected);
}
