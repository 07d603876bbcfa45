//! `msgraph-sync bulk-upload` and `logs`, the built binary against the fake service on 127.0.0.1.

use crate::common;

use std::path::{Path, PathBuf};

use common::Run;
use fake_graph::{BulkOutcome, FakeGraph};

const MAP: &str = "EmployeeID = externalId\nEmail = userName\nActive = active\nDepartment = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\n";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-bulk-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    dir
}

fn rows(n: usize) -> String {
    let mut text = "EmployeeID,Email,Active,Department\n".to_string();
    for i in 1..=n {
        text.push_str(&format!("E{i:05},user{i}@contoso.com,true,Dept {}\n", i % 3));
    }
    text
}

/// Runs the binary with `args`, and the token in `GRAPH_TOKEN` when there is one.
async fn run(args: Vec<String>, token: Option<&str>) -> Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let env: Vec<(&str, &str)> = token.map(|t| ("GRAPH_TOKEN", t)).into_iter().collect();
    common::run(&args, &env, None).await
}

fn upload_args(fake: &FakeGraph, job: &str, dir: &Path, file: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec![
        "--base-url".to_string(),
        fake.base_url(),
        "bulk-upload".into(),
        "-s".into(),
        "sp1".into(),
        "--job".into(),
        job.into(),
        "--input".into(),
        dir.join(file).display().to_string(),
        "--map".into(),
        dir.join("map.txt").display().to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn bulk_requests(fake: &FakeGraph) -> Vec<fake_graph::Recorded> {
    fake.requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_then_logs_with_the_manifest() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    fake.set_bulk_outcome(
        "E00003",
        BulkOutcome::Failure {
            code: "AzureDirectoryB2BManagementPolicyCheckFailure".into(),
            reason: "Policy check failed.".into(),
        },
    );
    fake.set_bulk_outcome("E00060", BulkOutcome::Unseen);
    let dir = dir("upload");
    std::fs::write(dir.join("users.csv"), rows(60)).unwrap();
    let manifest = dir.join("manifest.jsonl").display().to_string();
    let output = run(
        upload_args(&fake, &job, &dir, "users.csv", &["--json", "--manifest", &manifest]),
        Some(FakeGraph::TOKEN),
    )
    .await;
    assert_eq!(output.code, 0, "{}", &output.stderr);
    for stream in [&output.stdout, &output.stderr] {
        assert!(!stream.contains(FakeGraph::TOKEN), "the token was printed");
    }
    let document: serde_json::Value = serde_json::from_str(&output.stdout).unwrap();
    assert_eq!(document["report"]["recordsAccepted"], 60);
    assert_eq!(document["report"]["chunksAccepted"], 2);
    let received = bulk_requests(&fake);
    assert_eq!(received.len(), 2);
    assert!(received
        .iter()
        .all(|r| r.header("content-type") == Some("application/scim+json")));
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&manifest)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["type"], "upload");
    assert_eq!(lines[0]["job"], job.as_str());
    let chunks: Vec<&serde_json::Value> = lines.iter().filter(|l| l["type"] == "chunk").collect();
    assert_eq!(chunks.len(), 2);
    assert!(chunks.iter().all(|c| c["location"]
        .as_str()
        .unwrap()
        .contains("/auditLogs/provisioning/?$filter=jobid%20eq%20")));
    assert_eq!(lines.last().unwrap()["type"], "summary");

    let logs = |json: bool| {
        let mut args = vec![
            "--base-url".to_string(),
            fake.base_url(),
            "logs".into(),
            "--manifest".into(),
            manifest.clone(),
        ];
        if json {
            args.push("--json".into());
        }
        args
    };
    fake.set_page_size(100);
    let output = run(logs(true), Some(FakeGraph::TOKEN)).await;
    assert_eq!(output.code, 1, "one record failed: {}", &output.stderr);
    let document: serde_json::Value = serde_json::from_str(&output.stdout).unwrap();
    let summary = &document["summary"];
    assert_eq!(
        (&summary["succeeded"], &summary["failed"], &summary["notYetSeen"]),
        (&serde_json::json!(58), &serde_json::json!(1), &serde_json::json!(1))
    );
    let output = run(logs(false), Some(FakeGraph::TOKEN)).await;
    let stdout = output.stdout.clone();
    assert!(
        stdout.contains(
            "failed        E00003 (line 4): AzureDirectoryB2BManagementPolicyCheckFailure: Policy check failed."
        ),
        "{stdout}"
    );
    assert!(stdout.contains("not yet seen  E00060 (line 61)"), "{stdout}");
    assert_eq!(fake.throttled_reports(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_row_is_named_and_the_rest_goes() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("bad-row");
    let csv = rows(5).replace("E00002,user2@contoso.com,true", "E00002,user2@contoso.com,sometimes");
    std::fs::write(dir.join("users.csv"), csv).unwrap();
    let output = run(upload_args(&fake, &job, &dir, "users.csv", &[]), Some(FakeGraph::TOKEN)).await;
    assert_eq!(output.code, 1);
    let stderr = output.stderr.clone();
    let file = dir.join("users.csv").display().to_string();
    assert!(
        stderr.contains(&format!(
            "{file}:3:3: column \"Active\": \"sometimes\" is not a boolean"
        )),
        "{stderr}"
    );
    assert!(
        &output.stdout.contains(&format!(
            "4 records accepted by job {job} in 1 bulk request (1 HTTP request"
        )),
        "{}",
        &output.stdout
    );
    let body = bulk_requests(&fake)[0].body_json().unwrap();
    assert_eq!(body["Operations"].as_array().unwrap().len(), 4);
    // Standard error is not a terminal here: the error line only, no progress bar.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    // A dry run with --all-or-nothing prints no request either.
    let output = run(
        upload_args(&fake, &job, &dir, "users.csv", &["--all-or-nothing", "--dry-run"]),
        None,
    )
    .await;
    assert_eq!(output.code, 2);
    assert!(output.stdout.is_empty(), "{}", &output.stdout);

    // With --all-or-nothing nothing goes, and the exit code says the input is wrong.
    fake.clear_requests();
    let output = run(
        upload_args(&fake, &job, &dir, "users.csv", &["--all-or-nothing"]),
        Some(FakeGraph::TOKEN),
    )
    .await;
    assert_eq!(output.code, 2);
    assert!(&output.stderr.contains(&format!("{file}:3:3:")));
    assert!(bulk_requests(&fake).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_prints_every_request_and_sends_none() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    fake.clear_requests();
    let dir = dir("dry-run");
    std::fs::write(dir.join("users.csv"), rows(51)).unwrap();
    let mut args = upload_args(&fake, &job, &dir, "users.csv", &["--dry-run"]);
    args.extend(["--token".to_string(), "secret-token-xyz".to_string()]);
    let output = run(args, None).await;
    assert_eq!(output.code, 0, "{}", &output.stderr);
    let stdout = output.stdout.clone();
    let url = format!(
        "POST {}/v1.0/servicePrincipals/sp1/synchronization/jobs/{job}/bulkUpload",
        fake.base_url()
    );
    assert_eq!(stdout.matches(&url).count(), 2, "{stdout}");
    assert_eq!(stdout.matches("content-type: application/scim+json").count(), 2);
    assert!(stdout.contains(r#""externalId":"E00051""#));
    assert!(!stdout.contains("secret-token-xyz") && !&output.stderr.contains("secret-token-xyz"));
    assert!(fake.requests().is_empty(), "a dry run sent {:?}", fake.requests());

    let output = run(
        vec![
            "--base-url".into(),
            fake.base_url(),
            "--dry-run".into(),
            "logs".into(),
            "--job".into(),
            job.clone(),
            "--since".into(),
            "2026-12-01T00:00:00Z".into(),
        ],
        None,
    )
    .await;
    assert_eq!(output.code, 0, "{}", &output.stderr);
    assert!(&output
        .stdout
        .starts_with(&format!("GET {}/v1.0/auditLogs/provisioning?", fake.base_url())));
    assert!(fake.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_since_and_bad_map_are_usage_errors() {
    let fake = FakeGraph::start().await;
    let dir = dir("usage");
    std::fs::write(dir.join("users.csv"), rows(1)).unwrap();
    std::fs::write(
        dir.join("map.txt"),
        "EmployeeID = externalId\nEmail = emails[type work].value\n",
    )
    .unwrap();
    let output = run(upload_args(&fake, "j", &dir, "users.csv", &[]), Some(FakeGraph::TOKEN)).await;
    assert_eq!(output.code, 2);
    let map = dir.join("map.txt").display().to_string();
    assert!(&output.stderr.contains(&format!("{map}:2:")), "{}", &output.stderr);
    let output = run(
        vec![
            "--base-url".into(),
            fake.base_url(),
            "logs".into(),
            "--job".into(),
            "j".into(),
            "--since".into(),
            "yesterday".into(),
        ],
        Some(FakeGraph::TOKEN),
    )
    .await;
    assert_eq!(output.code, 2);
    assert!(&output
        .stderr
        .contains("--since \"yesterday\" is not an RFC 3339 date-time"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manifest_never_overwrites_the_input_or_an_earlier_record() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("manifest-guard");
    std::fs::write(dir.join("users.csv"), rows(3)).unwrap();
    let input = dir.join("users.csv").display().to_string();
    let out = run(
        upload_args(&fake, &job, &dir, "users.csv", &["--manifest", &input]),
        Some(FakeGraph::TOKEN),
    )
    .await;
    assert_eq!(out.code, 2, "{}", out.both());
    assert_eq!(
        std::fs::read_to_string(dir.join("users.csv")).unwrap(),
        rows(3),
        "the input is intact"
    );
    let earlier = dir.join("earlier.jsonl");
    std::fs::write(&earlier, "an earlier run's record\n").unwrap();
    let path = earlier.display().to_string();
    let out = run(
        upload_args(&fake, &job, &dir, "users.csv", &["--manifest", &path]),
        Some(FakeGraph::TOKEN),
    )
    .await;
    assert_eq!(out.code, 2, "{}", out.both());
    assert!(out.stderr.contains("exists"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&earlier).unwrap(), "an earlier run's record\n");
    assert!(bulk_requests(&fake).is_empty(), "nothing sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_or_nothing_refuses_an_input_it_cannot_read_twice() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("all-or-nothing-pipe");
    let args = vec![
        "--base-url".to_string(),
        fake.base_url(),
        "bulk-upload".into(),
        "-s".into(),
        "sp1".into(),
        "--job".into(),
        job,
        "--input".into(),
        "/dev/stdin".into(),
        "--format".into(),
        "csv".into(),
        "--map".into(),
        dir.join("map.txt").display().to_string(),
        "--all-or-nothing".into(),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = common::run(&args, &[("GRAPH_TOKEN", FakeGraph::TOKEN)], Some(&rows(5))).await;
    assert_eq!(out.code, 2, "{}", out.both());
    assert!(out.stderr.contains("must be a regular file"), "{}", out.stderr);
    assert!(bulk_requests(&fake).is_empty());
}
