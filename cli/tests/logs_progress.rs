//! `logs` asks for the largest page and says how far it has come: the `$top` the fake received, and
//! the progress lines on standard error when it is not a terminal.

use std::time::Duration;

use fake_graph::FakeGraph;
use serde_json::json;

use crate::common;

/// `count` log entries of job `job`, a minute apart from 2026-12-01T00:00:00Z, oldest first.
fn entries(job: &str, count: usize) -> Vec<serde_json::Value> {
    (0..count)
        .map(|i| {
            let at = format!("2026-12-{:02}T{:02}:{:02}:00Z", 1 + i / 1440, i / 60 % 24, i % 60);
            json!({
                "id": format!("entry-{i}"),
                "activityDateTime": at,
                "jobId": job,
                "provisioningAction": "create",
                "provisioningStatusInfo": {"status": "success", "errorInformation": null},
                "sourceIdentity": {"id": format!("E{i:05}"), "identityType": "User"},
            })
        })
        .collect()
}

fn log_requests(fake: &FakeGraph) -> Vec<fake_graph::Recorded> {
    fake.requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/auditLogs/provisioning"))
        .collect()
}

/// The `$top` of a recorded request's query.
fn top(request: &fake_graph::Recorded) -> Option<String> {
    request
        .query
        .as_deref()
        .unwrap_or_default()
        .split('&')
        .find_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            matches!(name, "$top" | "%24top").then(|| value.to_string())
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_ask_for_the_largest_page_and_the_fake_serves_it() {
    let fake = FakeGraph::start().await;
    fake.add_provisioning_logs(entries("j1", 1_500));
    let run = common::run_against(
        &fake,
        &["logs", "-j", "j1", "--since", "2026-12-01T00:00:00Z", "--json"],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.both());
    let requests = log_requests(&fake);
    assert_eq!(requests.len(), 2, "999 entries, then the other 501: {requests:?}");
    for request in &requests {
        assert_eq!(top(request).as_deref(), Some("999"), "{:?}", request.query);
    }
    let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["summary"]["entries"], 1_500);
    assert_eq!(document["summary"]["requests"], 2);
    assert_eq!(run.stderr, "", "--json: no progress lines");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_read_prints_progress_lines_when_stderr_is_not_a_terminal() {
    let fake = FakeGraph::start().await;
    fake.set_reports_limit(1_000, Duration::from_secs(1));
    fake.add_provisioning_logs(entries("j1", 60));
    // 60 entries 2 a page: 30 pages, so the page count alone brings a line (every 25 pages).
    let run = common::run_against(
        &fake,
        &[
            "--limit",
            "provisioning-logs=1000/1s",
            "logs",
            "--job",
            "j1",
            "--since",
            "2026-12-01T00:00:00Z",
            "--page-size",
            "2",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.both());
    let requests = log_requests(&fake);
    assert_eq!(requests.len(), 30);
    assert!(requests.iter().all(|r| top(r).as_deref() == Some("2")));
    let lines: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("logs: ")).collect();
    assert!(!lines.is_empty(), "no progress line: {}", run.stderr);
    for line in &lines {
        assert!(
            line.contains(" entries, ") && line.contains(" pages") && line.contains("% of the window"),
            "{line}"
        );
    }
    assert!(run.stdout.contains("60 log entries, 30 requests"), "{}", run.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_size_beyond_the_largest_is_a_usage_error() {
    let run = common::run(
        &[
            "logs",
            "--job",
            "j1",
            "--since",
            "2026-12-01T00:00:00Z",
            "--page-size",
            "1000",
        ],
        &[("GRAPH_TOKEN", "t")],
        None,
    )
    .await;
    assert_eq!(run.code, 2, "{}", run.both());
    assert!(run.stderr.contains("--page-size"), "{}", run.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_for_records_says_how_many_are_seen() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    fake.set_bulk_outcome("E00002", fake_graph::BulkOutcome::Unseen);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-logs-wait");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("map.txt"),
        "EmployeeID = externalId\nEmail = userName\nActive = active\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("users.csv"),
        "EmployeeID,Email,Active\nE00001,a@contoso.com,true\nE00002,b@contoso.com,true\n",
    )
    .unwrap();
    let manifest = dir.join("manifest.jsonl").display().to_string();
    let (input, map) = (
        dir.join("users.csv").display().to_string(),
        dir.join("map.txt").display().to_string(),
    );
    let upload = common::run_against(
        &fake,
        &[
            "bulk-upload",
            "-s",
            "sp1",
            "-j",
            &job,
            "--input",
            &input,
            "--map",
            &map,
            "--manifest",
            &manifest,
        ],
        None,
    )
    .await;
    assert_eq!(upload.code, 0, "{}", upload.both());
    // One record never shows: the read is repeated until the deadline, each wait said.
    let run = common::run_against(
        &fake,
        &["logs", "--manifest", &manifest, "--wait", "2", "--interval", "1"],
        None,
    )
    .await;
    assert_eq!(run.code, 5, "the deadline passed with a record unseen: {}", run.both());
    assert!(
        run.stderr
            .contains("logs: 1 of 2 records seen so far; reading again in 1 s"),
        "{}",
        run.stderr
    );
}
