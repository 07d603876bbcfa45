//! `bulk-upload` selects its job as the other commands do (`-j`/`--job`, `-t`/`--template`), on the
//! wire; `--json` names every record it rejects (also under `--dry-run`, and for `sync`).

use std::path::{Path, PathBuf};

use fake_graph::FakeGraph;

use crate::common::{self, Run};

const MAP: &str = "EmployeeID = externalId\nEmail = userName\nActive = active\nDepartment = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\n";

/// Line 3 has a bad boolean, line 4 repeats line 2's EmployeeID.
const WITH_REJECTED: &str = "EmployeeID,Email,Active,Department\n\
E00001,user1@contoso.com,true,Sales\n\
E00002,user2@contoso.com,maybe,Sales\n\
E00001,user3@contoso.com,true,Sales\n\
E00004,user4@contoso.com,false,Sales\n";

fn dir(name: &str, csv: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-consistency-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    std::fs::write(dir.join("users.csv"), csv).unwrap();
    dir
}

async fn upload(fake: &FakeGraph, dir: &Path, selection: &[&str], extra: &[&str]) -> Run {
    let input = dir.join("users.csv").display().to_string();
    let map = dir.join("map.txt").display().to_string();
    let mut args = vec!["bulk-upload", "-s", "sp1"];
    args.extend_from_slice(selection);
    args.extend_from_slice(&["--input", &input, "--map", &map]);
    args.extend_from_slice(extra);
    common::run_against(fake, &args, None).await
}

fn bulk_paths(fake: &FakeGraph) -> Vec<String> {
    fake.requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/bulkUpload"))
        .map(|r| r.path)
        .collect()
}

const VALID: &str =
    "EmployeeID,Email,Active,Department\nE00001,user1@contoso.com,true,Sales\nE00002,user2@contoso.com,true,Sales\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_upload_finds_its_job_by_template_or_id() {
    let fake = FakeGraph::start().await;
    let inbound = fake.create_job("sp1", "API2AAD");
    let other = fake.create_job("sp1", "scim");
    let dir = dir("select", VALID);

    let run = upload(&fake, &dir, &["--template", "API2AAD"], &["--json"]).await;
    assert_eq!(run.code, 0, "{}", run.both());
    let expected = format!("/v1.0/servicePrincipals/sp1/synchronization/jobs/{inbound}/bulkUpload");
    assert_eq!(bulk_paths(&fake), [expected.as_str()]);
    let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["job"], inbound.as_str());

    fake.clear_requests();
    let run = upload(&fake, &dir, &["-t", "api2aad"], &[]).await;
    assert_eq!(run.code, 0, "{}", run.both());
    assert_eq!(
        bulk_paths(&fake),
        [expected],
        "the template id, as the other commands take it"
    );

    fake.clear_requests();
    let run = upload(&fake, &dir, &["-j", &other], &[]).await;
    assert_eq!(run.code, 0, "{}", run.both());
    assert_eq!(
        bulk_paths(&fake),
        [format!(
            "/v1.0/servicePrincipals/sp1/synchronization/jobs/{other}/bulkUpload"
        )]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_upload_without_a_choice_among_several_jobs_sends_nothing() {
    let fake = FakeGraph::start().await;
    fake.create_job("sp1", "API2AAD");
    fake.create_job("sp1", "scim");
    let dir = dir("ambiguous", VALID);
    let run = upload(&fake, &dir, &[], &[]).await;
    assert_eq!(run.code, 2, "a choice the service's data leaves open: {}", run.both());
    assert!(run.stderr.contains("choose one by template id"), "{}", run.stderr);
    assert!(bulk_paths(&fake).is_empty());
    let run = upload(&fake, &dir, &["-t", "nosuch"], &[]).await;
    assert_eq!(run.code, 2, "{}", run.both());
    assert!(
        run.stderr.contains("no synchronization job from template nosuch"),
        "{}",
        run.stderr
    );
    assert!(bulk_paths(&fake).is_empty());
    let run = upload(&fake, &dir, &["-j", "j1", "-t", "API2AAD"], &[]).await;
    assert_eq!(run.code, 2, "--job and --template conflict: {}", run.both());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_by_template_shows_the_listing_then_the_uploads() {
    let fake = FakeGraph::start().await;
    let dir = dir("dry-run", VALID);
    let run = upload(&fake, &dir, &["-t", "API2AAD"], &["--dry-run"]).await;
    assert_eq!(run.code, 0, "{}", run.both());
    let listing = run.stdout.find("GET ").expect("the listing");
    let upload = run.stdout.find("/bulkUpload").expect("the upload");
    assert!(listing < upload, "{}", run.stdout);
    assert!(
        run.stdout.contains("id of the job picked from the listing above"),
        "{}",
        run.stdout
    );
    assert!(fake.requests().is_empty(), "a dry run sends nothing");
}

/// The `rejected` member: line, externalId and reason of each.
fn assert_names_the_rejected(document: &serde_json::Value) {
    let rejected = document["rejected"].as_array().expect("a rejected array");
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    assert_eq!(rejected[0]["line"], 3);
    assert_eq!(rejected[0]["externalId"], "E00002");
    assert!(
        rejected[0]["reason"].as_str().unwrap().contains("Active"),
        "{rejected:?}"
    );
    assert_eq!(rejected[1]["line"], 4);
    assert_eq!(rejected[1]["externalId"], "E00001");
    assert!(
        rejected[1]["reason"].as_str().unwrap().contains("also on line 2"),
        "{rejected:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_names_every_rejected_record() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("rejected", WITH_REJECTED);

    let run = upload(&fake, &dir, &["-j", &job], &["--json"]).await;
    assert_eq!(run.code, 1, "records were rejected: {}", run.both());
    let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["report"]["recordsAccepted"], 2);
    assert_names_the_rejected(&document);

    let run = upload(&fake, &dir, &["-j", &job], &["--json", "--dry-run"]).await;
    assert_eq!(run.code, 1, "as the real run: {}", run.both());
    let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["dryRun"], true);
    assert_names_the_rejected(&document);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_json_names_every_rejected_record() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("sync-rejected", WITH_REJECTED);
    let input = dir.join("users.csv").display().to_string();
    let map = dir.join("map.txt").display().to_string();
    let state = dir.join("state.db").display().to_string();
    for dry_run in [true, false] {
        let mut args = vec![
            "--state", &state, "sync", "-s", "sp1", "--job", &job, "--input", &input, "--map", &map, "--json",
        ];
        if dry_run {
            args.push("--dry-run");
        }
        let run = common::run_against(&fake, &args, None).await;
        assert_eq!(run.code, 1, "dry run {dry_run}: {}", run.both());
        let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_names_the_rejected(&document);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_finds_its_job_by_template_too() {
    let fake = FakeGraph::start().await;
    let inbound = fake.create_job("sp1", "API2AAD");
    fake.create_job("sp1", "scim");
    let dir = dir("sync-select", VALID);
    let input = dir.join("users.csv").display().to_string();
    let map = dir.join("map.txt").display().to_string();
    let state = dir.join("state.db").display().to_string();
    let args = |extra: &'static [&'static str]| {
        let mut args = vec![
            "--state", &state, "sync", "-s", "sp1", "-t", "API2AAD", "--input", &input, "--map", &map,
        ];
        args.extend_from_slice(extra);
        args
    };
    let run = common::run_against(&fake, &args(&[]), None).await;
    assert_eq!(run.code, 0, "{}", run.both());
    assert_eq!(
        bulk_paths(&fake),
        [format!(
            "/v1.0/servicePrincipals/sp1/synchronization/jobs/{inbound}/bulkUpload"
        )]
    );
    let run = common::run_against(&fake, &args(&["--dry-run"]), None).await;
    assert_eq!(run.code, 2, "the state is read by job id: {}", run.both());
    assert!(run.stderr.contains("give --job"), "{}", run.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_or_nothing_names_the_records_that_stopped_it() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("all-or-nothing", WITH_REJECTED);
    for dry_run in [false, true] {
        let mut extra = vec!["--json", "--all-or-nothing"];
        if dry_run {
            extra.push("--dry-run");
        }
        let run = upload(&fake, &dir, &["-j", &job], &extra).await;
        assert_eq!(run.code, 2, "dry run {dry_run}: {}", run.both());
        let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(document["error"]["exitCode"], 2);
        assert_names_the_rejected(&document["error"]);
    }
    assert!(bulk_paths(&fake).is_empty(), "nothing sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_credential_while_finding_the_job_is_the_auth_exit_code() {
    let fake = FakeGraph::start().await;
    fake.create_job("sp1", "API2AAD");
    let dir = dir("refused", VALID);
    let (input, map) = (
        dir.join("users.csv").display().to_string(),
        dir.join("map.txt").display().to_string(),
    );
    let base = fake.base_url();
    let run = common::run(
        &[
            "--base-url",
            &base,
            "bulk-upload",
            "-s",
            "sp1",
            "-t",
            "API2AAD",
            "--input",
            &input,
            "--map",
            &map,
        ],
        &[("GRAPH_TOKEN", "not-the-token")],
        None,
    )
    .await;
    assert_eq!(run.code, 3, "{}", run.both());
    assert!(bulk_paths(&fake).is_empty());
}
