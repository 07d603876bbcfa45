//! `msgraph-sync fleet status`, the built binary against the fake service on 127.0.0.1.

use fake_graph::FakeGraph;
use serde_json::json;
use std::process::Command;

fn run(fake: &FakeGraph, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_msgraph-sync"))
        .args(args)
        .env("GRAPH_TOKEN", FakeGraph::TOKEN)
        .env("GRAPH_BASE_URL", fake.base_url())
        .env(
            "XDG_STATE_HOME",
            std::env::temp_dir().join(format!("msgraph-sync-cli-tests-{}", std::process::id())),
        )
        .env_remove("MSGRAPH_SYNC_STATE")
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

    // --dry-run prints exactly the $batch requests the real run sends (2 for 25 listings), and sends nothing.
    let before = fake.requests().len();
    let dry = tokio::task::block_in_place(|| run(fake_ref, &["--dry-run", "fleet", "status", "--ids-file", path]));
    assert_eq!(dry.status.code(), Some(0));
    assert_eq!(fake.requests().len(), before);
    let printed = String::from_utf8_lossy(&dry.stdout).into_owned();
    let dry_json = tokio::task::block_in_place(|| {
        run(
            fake_ref,
            &["--dry-run", "--json", "fleet", "status", "--ids-file", path],
        )
    });
    assert_eq!(dry_json.status.code(), Some(0));
    let plan: serde_json::Value = serde_json::from_slice(&dry_json.stdout).unwrap();
    assert_eq!(fake.requests().len(), before);
    fake.clear_requests();
    tokio::task::block_in_place(|| run(fake_ref, &["fleet", "status", "--ids-file", path]));
    let sent = fake.requests();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(printed.matches("POST ").count(), 2, "{printed}");
    assert!(!printed.lines().any(|line| line.starts_with("GET ")), "{printed}");
    let requests: Vec<&serde_json::Value> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|step| step.get("request"))
        .collect();
    assert_eq!(requests.len(), 2);
    // The two $batch requests go concurrently: they may arrive in either order.
    for received in &sent {
        let shown = requests
            .iter()
            .find(|shown| shown["body"] == received.body_json().unwrap())
            .expect("the received $batch is one printed");
        assert_eq!(received.path, "/v1.0/$batch");
        // Byte for byte: the body the real run sent is the one printed.
        let body = received.body_text();
        assert!(
            printed.contains(&format!("POST {}/v1.0/$batch\n", fake.base_url())),
            "{printed}"
        );
        assert!(printed.contains(&format!("\n\n{body}\n")), "{body}\n---\n{printed}");
        assert_eq!(shown["method"], "POST");
        assert_eq!(shown["url"], format!("{}{}", fake.base_url(), received.path));
        for name in ["content-type", "accept", "user-agent"] {
            assert_eq!(shown["headers"][name].as_str(), received.header(name), "{name}");
        }
    }

    // Neither a file nor a filter: a usage error.
    let out = tokio::task::block_in_place(|| run(fake_ref, &["fleet", "status"]));
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
