//! The attribute map through the built binary: the warning for a map without `active` on standard
//! error (before anything is sent), and the shipped CSV2SCIM example in a dry run.

use crate::common;

use std::path::{Path, PathBuf};

use fake_graph::FakeGraph;

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-map-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn dry_run(fake: &FakeGraph, job: &str, input: &Path, map: &Path) -> common::Run {
    let (input, map) = (input.display().to_string(), map.display().to_string());
    let base = fake.base_url();
    let args = [
        "--base-url",
        &base,
        "bulk-upload",
        "-s",
        "sp1",
        "--job",
        job,
        "--input",
        &input,
        "--map",
        &map,
        "--dry-run",
        "--token",
        "t",
    ];
    common::run(&args, &[], None).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_map_without_active_is_warned_about_on_stderr() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("no-active");
    std::fs::write(dir.join("map.txt"), "Id = externalId\nUPN = userName\n").unwrap();
    std::fs::write(dir.join("users.csv"), "Id,UPN\nE1,ada@contoso.com\n").unwrap();
    let output = dry_run(&fake, &job, &dir.join("users.csv"), &dir.join("map.txt")).await;
    assert_eq!(output.code, 0, "{}", output.stderr);
    let map = dir.join("map.txt").display().to_string();
    assert!(
        output.stderr.contains(&format!(
            "{map}: warning: no line sets `active`. The provisioning service may treat a record without it as disabled"
        )),
        "{}",
        output.stderr
    );
    assert!(
        !output.stdout.contains("warning"),
        "the warning is for people, on stderr"
    );

    std::fs::write(dir.join("map.txt"), "Id = externalId\nUPN = userName\nactive := true\n").unwrap();
    let output = dry_run(&fake, &job, &dir.join("users.csv"), &dir.join("map.txt")).await;
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(!output.stderr.contains("warning"), "{}", output.stderr);
    assert!(output.stdout.contains(r#""active":true"#), "{}", output.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_csv2scim_example_dry_runs_naming_the_repeated_worker_ids() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    fake.clear_requests();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/csv2scim");
    let output = dry_run(&fake, &job, &examples.join("workers.csv"), &examples.join("map.txt")).await;
    // Two records repeat a WorkerID: rejected (exit 1), the other 19 printed, nothing sent.
    assert_eq!(output.code, 1, "{}", output.stderr);
    assert!(!output.stderr.contains("warning"), "{}", output.stderr);
    assert!(
        output.stderr.contains("externalId \"3005\" is also on line 6"),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains("externalId \"3002\" is also on line 3"),
        "{}",
        output.stderr
    );
    assert_eq!(
        output.stdout.matches(r#""externalId":"#).count(),
        19,
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains(r#""active":false"#));
    assert!(fake.requests().is_empty());
}
