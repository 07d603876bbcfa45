//! The provisioning walkthrough (`examples/provision.rs`): dry run, and a real run on loopback.

#[allow(dead_code)]
#[path = "../examples/provision.rs"]
mod provision;

use fake_graph::FakeGraph;
use std::time::Duration;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn dry_run_prints_the_requests_and_needs_no_network() {
    let options = provision::Options::parse(
        &args(&[
            "--service-principal",
            "sp 1",
            "--template",
            "scim",
            "--dry-run",
            "--base-url",
            "http://127.0.0.1:9",
        ]),
        |_| None,
    )
    .unwrap();
    let mut out = Vec::new();
    provision::run(&options, &mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("POST http://127.0.0.1:9/v1.0/servicePrincipals/sp%201/synchronization/jobs\n"),
        "{text}"
    );
    assert!(text.contains("{\"templateId\":\"scim\"}"), "{text}");
    assert!(text.contains("/jobs/%7BjobId%7D/microsoft.graph.start"), "{text}");
    assert!(text.contains("authorization: Bearer <token>"), "{text}");
}

#[tokio::test]
async fn walkthrough_reaches_a_steady_state() {
    let fake = FakeGraph::start().await;
    let options = provision::Options::parse(
        &args(&[
            "--service-principal",
            "sp",
            "--template",
            "BoxOutDelta",
            "--poll-seconds",
            "0",
            "--max-polls",
            "5",
        ]),
        |k| match k {
            "GRAPH_BASE_URL" => Some(fake.base_url()),
            "GRAPH_TOKEN" => Some(FakeGraph::TOKEN.to_string()),
            _ => None,
        },
    )
    .unwrap();
    assert_eq!(options.poll, Duration::ZERO);
    let mut out = Vec::new();
    provision::run(&options, &mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("reached a steady state"), "{text}");
    assert!(text.contains("poll 1: Active"), "{text}");
}

#[test]
fn options_are_checked() {
    let err = provision::Options::parse(&args(&["--template", "x"]), |_| None).unwrap_err();
    assert!(err.contains("--service-principal"), "{err}");
    let err = provision::Options::parse(
        &args(&["--service-principal", "s", "--template", "x", "--max-polls", "many"]),
        |_| None,
    )
    .unwrap_err();
    assert!(err.contains("--max-polls takes a number"), "{err}");
}
