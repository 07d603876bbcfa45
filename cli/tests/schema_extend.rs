//! Schema from the feed through the built binary, against the fake on 127.0.0.1: `schema extend`
//! (its dry run prints the PUT the real run sends; a second run sends none) and `sync` refusing a
//! feed whose attributes the job's schema does not define. The oracle is what the fake received.

use crate::common;

use std::path::{Path, PathBuf};

use common::{run, run_against};
use fake_graph::FakeGraph;
use serde_json::Value;

const SP: &str = "sp-1";
const CONTOSO: &str = "urn:ietf:params:scim:schemas:extension:contoso:1.0:User";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-schema-extend-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const MAP: &str = "EmployeeID = externalId
Email = userName
active := true
HireDate = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:HireDate
* = urn:ietf:params:scim:schemas:extension:contoso:1.0:User
";

const FEED: &str =
    "EmployeeID,Email,HireDate,JobCode\nE1,a@contoso.com,2024-01-02,J7\nE2,b@contoso.com,2024-02-03,J8\n";

fn schema_requests(fake: &FakeGraph) -> Vec<String> {
    fake.requests()
        .iter()
        .filter(|r| r.path.ends_with("/schema"))
        .map(|r| r.method.clone())
        .collect()
}

fn uploads(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn extend_dry_run_prints_the_put_the_real_run_sends_and_a_second_run_sends_none() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "API2AAD");
    let base = fake.base_url();
    let dir = dir("extend");
    let path = |name: &str| dir.join(name).display().to_string();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    std::fs::write(dir.join("feed.csv"), FEED).unwrap();
    let (map, feed, pulled) = (path("map.txt"), path("feed.csv"), path("pulled.json"));
    let pull = run_against(&fake, &["schema", "pull", "-s", SP, "-j", &job, "-o", &pulled], None).await;
    assert_eq!(pull.code, 0, "{}", pull.both());
    fake.clear_requests();
    let extend = [
        "schema", "extend", "-s", SP, "-j", &job, "--input", &feed, "--map", &map,
    ];

    let mut dry_args = vec!["--dry-run", "--json", "--base-url", &base];
    dry_args.extend_from_slice(&extend);
    dry_args.extend_from_slice(&["--base", &pulled]);
    let dry = run(&dry_args, &[], None).await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    assert!(fake.requests().is_empty(), "the dry run sent {:?}", fake.requests());
    let document: Value = serde_json::from_str(&dry.stdout).expect("one JSON document");
    let steps = document["steps"].as_array().unwrap();
    let notes: Vec<&str> = steps.iter().filter_map(|s| s["note"].as_str()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains(&format!("+ attribute API / User / {CONTOSO}:JobCode (String, from"))),
        "{notes:?}"
    );
    let printed: Vec<&Value> = steps.iter().filter_map(|s| s.get("request")).collect();

    let real = run_against(&fake, &extend, None).await;
    assert_eq!(real.code, 0, "{}", real.both());
    assert!(
        real.stdout.contains(&format!(
            "+ attribute API / User / {CONTOSO}:HireDate (String, from {map}:4)"
        )),
        "{}",
        real.stdout
    );
    assert!(
        real.stdout
            .contains("added 2 attribute definitions to the source directory \"API\""),
        "{}",
        real.stdout
    );
    let received = fake.requests();
    assert_eq!(printed.len(), received.len(), "{printed:?} vs {received:?}");
    for (shown, got) in printed.iter().zip(&received) {
        assert_eq!(shown["method"], got.method.as_str());
        assert_eq!(shown["url"], format!("{base}{}", got.path).as_str());
        assert_eq!(shown.get("body").cloned(), got.body_json());
    }
    assert_eq!(schema_requests(&fake), ["GET", "PUT"]);
    let put = received[1].body_json().unwrap();
    let names: Vec<&str> = put["directories"][0]["objects"][0]["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    let hire = format!("{CONTOSO}:HireDate");
    let job_code = format!("{CONTOSO}:JobCode");
    assert_eq!(names[names.len() - 2..], [hire.as_str(), job_code.as_str()]);

    // Again: nothing missing, no PUT, said so.
    fake.clear_requests();
    let again = run_against(&fake, &extend, None).await;
    assert_eq!(again.code, 0, "{}", again.both());
    assert!(again.stdout.contains("nothing pushed"), "{}", again.stdout);
    assert_eq!(schema_requests(&fake), ["GET"]);
    let mut json_args = vec!["--json"];
    json_args.extend_from_slice(&extend);
    let json = run_against(&fake, &json_args, None).await;
    let document: Value = serde_json::from_str(&json.stdout).expect("one JSON document");
    assert_eq!(document["report"]["pushed"], false, "{document}");
    assert_eq!(document["report"]["additions"], serde_json::json!([]));
}

fn sync_args<'a>(state: &'a str, job: &'a str, feed: &'a str, map: &'a str) -> Vec<&'a str> {
    vec![
        "--state",
        state,
        "sync",
        "-s",
        SP,
        "--job",
        job,
        "--input",
        feed,
        "--map",
        map,
        "--log-delay",
        "0s",
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_refuses_attributes_the_job_does_not_know_naming_the_map_line() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(1000);
    let job = fake.create_job(SP, "API2AAD");
    let base = fake.base_url();
    let dir = dir("sync");
    let path = |name: &str| dir.join(name).display().to_string();
    let map_text = MAP.replace("* = urn:ietf:params:scim:schemas:extension:contoso:1.0:User\n", "");
    std::fs::write(dir.join("map.txt"), &map_text).unwrap();
    std::fs::write(dir.join("feed.csv"), FEED).unwrap();
    let (map, feed, state, pulled) = (path("map.txt"), path("feed.csv"), path("state.db"), path("pulled.json"));
    let pull = run_against(&fake, &["schema", "pull", "-s", SP, "-j", &job, "-o", &pulled], None).await;
    assert_eq!(pull.code, 0, "{}", pull.both());
    fake.clear_requests();

    // A dry run checks against the pulled schema, and refuses as the real run would.
    let mut dry_args = vec!["--dry-run", "--base-url", &base];
    dry_args.extend(sync_args(&state, &job, &feed, &map));
    dry_args.extend(["--job-schema", &pulled]);
    let dry = run(&dry_args, &[], None).await;
    assert_eq!(dry.code, 2, "{}", dry.both());
    assert!(
        dry.stderr.contains(&format!("{map}:4: {CONTOSO}:HireDate")),
        "{}",
        dry.stderr
    );
    assert!(fake.requests().is_empty(), "{:?}", fake.requests());

    let refused = run_against(&fake, &sync_args(&state, &job, &feed, &map), None).await;
    assert_eq!(refused.code, 2, "{}", refused.both());
    for expected in [
        format!("{map}:4: {CONTOSO}:HireDate is not an attribute of the job's source directory \"API\""),
        "`schema extend` adds".to_string(),
        "--allow-unknown-attributes".to_string(),
        "nothing was sent".to_string(),
    ] {
        assert!(refused.stderr.contains(&expected), "{expected}: {}", refused.stderr);
    }
    assert_eq!(schema_requests(&fake), ["GET"]);
    assert_eq!(uploads(&fake), 0);
    // With --json the error names each attribute and its map line.
    let mut json_args = vec!["--json"];
    json_args.extend(sync_args(&state, &job, &feed, &map));
    let json = run_against(&fake, &json_args, None).await;
    assert_eq!(json.code, 2, "{}", json.both());
    let document: Value = serde_json::from_str(&json.stdout).expect("one JSON document");
    let unknown = &document["error"]["unknownAttributes"][0];
    assert_eq!(
        unknown["attribute"]["name"],
        format!("{CONTOSO}:HireDate").as_str(),
        "{document}"
    );
    assert_eq!(unknown["attribute"]["mapLine"], 4);
    assert_eq!(unknown["attribute"]["namespace"], "custom");
    assert_eq!(uploads(&fake), 0);

    let mut allowed_args = sync_args(&state, &job, &feed, &map);
    allowed_args.push("--allow-unknown-attributes");
    let allowed = run_against(&fake, &allowed_args, None).await;
    assert_eq!(allowed.code, 0, "{}", allowed.both());
    assert!(
        allowed
            .stderr
            .contains(&format!("warning: {map}:4: {CONTOSO}:HireDate")),
        "{}",
        allowed.stderr
    );
    assert_eq!(uploads(&fake), 1);

    // Extended, the same map passes the check: a changed record goes out without the flag.
    let extend = run_against(
        &fake,
        &[
            "schema", "extend", "-s", SP, "-j", &job, "--input", &feed, "--map", &map,
        ],
        None,
    )
    .await;
    assert_eq!(extend.code, 0, "{}", extend.both());
    std::fs::write(dir.join("feed.csv"), FEED.replace("2024-02-03", "2024-02-04")).unwrap();
    let after = run_against(&fake, &sync_args(&state, &job, &feed, &map), None).await;
    assert_eq!(after.code, 0, "{}", after.both());
    assert!(!after.stderr.contains("warning"), "{}", after.stderr);
    assert_eq!(uploads(&fake), 2);
    let last = fake
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.path.ends_with("/bulkUpload"))
        .unwrap();
    let body = last.body_json().unwrap();
    assert_eq!(body["Operations"].as_array().unwrap().len(), 1);
    assert_eq!(body["Operations"][0]["data"][CONTOSO]["HireDate"], "2024-02-04");
}
