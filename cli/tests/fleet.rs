//! `msgraph-sync fleet status`, the built binary against the fake service on 127.0.0.1.

use fake_graph::FakeGraph;
use serde_json::json;
use std::process::Command;

fn run(fake: &FakeGraph, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_msgraph-sync"))
        .args(args)
        .env("GRAPH_TOKEN", FakeGraph::TOKEN)
        .env("GRAPH_BASE_URL", fake.base_url())
        .output()
        .expect("run msgraph-sync")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fleet_status_summarizes_and_exits_by_outcome() {
    let fake = FakeGraph::start().await;
    let dir = std::env::temp_dir().join(format!("msgraph-sync-fleet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ids_file = dir.join("ids.txt");
    let mut lines = vec!["# fleet".to_string(), String::new()];
    for i in 0..25 {
        let sp = format!("sp-{i}");
        if i != 24 {
            let state = if i == 5 { "Paused" } else { "Active" };
            fake.insert_job(
                &sp,
                json!({"id": "job", "templateId": "scim", "status": {"code": state}}),
            );
        }
        lines.push(sp);
    }
    std::fs::write(&ids_file, lines.join("\n")).unwrap();
    let path = ids_file.to_str().unwrap();

    let fake_ref = &fake;
    let out = tokio::task::block_in_place(|| run(fake_ref, &["--json", "fleet", "status", "--ids-file", path]));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["active"], 23);
    assert_eq!(report["summary"]["paused"], 1);
    assert_eq!(report["summary"]["notConfigured"], 1);
    assert_eq!(report["servicePrincipals"].as_array().unwrap().len(), 25);
    assert_eq!(report["servicePrincipals"][5]["jobs"][0]["state"], "Paused");
    assert_eq!(
        fake.requests().iter().filter(|r| r.path == "/v1.0/$batch").count(),
        2,
        "25 listings in batches of 20"
    );

    // A quarantined job: exit status 1, the reason in the text output.
    fake.quarantine_job("sp-3", "job", "EncounteredQuarantineException");
    let out = tokio::task::block_in_place(|| {
        run(
            fake_ref,
            &[
                "fleet",
                "status",
                "--ids-file",
                path,
                "--no-batch",
                "--concurrency",
                "3",
            ],
        )
    });
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("sp-3\tjob\tQuarantine (EncounteredQuarantineException)"),
        "{stdout}"
    );
    assert!(stdout.contains("sp-24\tNotConfigured"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("22 active, 1 paused, 1 quarantined"), "{stderr}");

    // --dry-run: the listings it would send, nothing sent.
    let before = fake.requests().len();
    let out = tokio::task::block_in_place(|| run(fake_ref, &["--dry-run", "fleet", "status", "--ids-file", path]));
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let listing = format!(
        "GET {}/v1.0/servicePrincipals/sp-7/synchronization/jobs\n",
        fake.base_url()
    );
    assert!(stdout.contains(&listing), "{stdout}");
    assert_eq!(stdout.matches("GET ").count(), 25);
    assert_eq!(fake.requests().len(), before);

    // Neither a file nor a filter: a usage error.
    let out = tokio::task::block_in_place(|| run(fake_ref, &["fleet", "status"]));
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
