//! `connection show|repair` end to end against the fake: the documented object-connection behaviour
//! (lookup as source anchor then target anchor, 404, 400 on listing, 409 while the job is active,
//! idempotent 204) and the repair procedure, each asserted on what the fake received.

use crate::common;

use common::{run, run_against};
use fake_graph::{FakeGraph, ObjectConnection};
use msgraph_sync::client::{Client, RetryPolicy};

const SP: &str = "sp-1";

fn adele() -> ObjectConnection {
    ObjectConnection {
        source_anchor: "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb".to_string(),
        target_anchor: "701984".to_string(),
        display_name: Some("Adele Vance".to_string()),
        object_type_name: "user".to_string(),
    }
}

fn client(fake: &FakeGraph) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .retry(RetryPolicy {
            max_attempts: 1,
            max_total_wait: std::time::Duration::from_secs(1),
            base_backoff: std::time::Duration::from_millis(10),
            max_backoff: std::time::Duration::from_millis(10),
        })
        .build()
        .expect("client")
}

/// (method, path after `/servicePrincipals/sp-1/synchronization/jobs/{job}`) of each request.
fn received(fake: &FakeGraph, job: &str) -> Vec<String> {
    fake.requests()
        .iter()
        .map(|r| {
            let (version, rest) = r.path.trim_start_matches('/').split_once('/').unwrap_or_default();
            let rest = rest
                .strip_prefix(&format!("servicePrincipals/{SP}/synchronization/jobs/{job}"))
                .unwrap_or(rest);
            format!("{} {version} {rest}", r.method)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_fake_serves_object_connections_as_documented() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    fake.insert_object_connection(SP, &job, adele());
    let client = client(&fake);
    let api = client.beta();
    let jobs = api.service_principals().item(SP).synchronization().jobs().item(&job);
    // By source anchor, then by target anchor.
    for id in ["aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb", "701984"] {
        let found = client
            .send(&jobs.object_connections_by_object_id(id).get())
            .await
            .expect(id);
        assert_eq!(found.object_id.value().map(String::as_str), Some(id));
        assert_eq!(found.target_anchor.value().map(String::as_str), Some("701984"));
        assert_eq!(found.display_name.value().map(String::as_str), Some("Adele Vance"));
    }
    // The status of a failed request; 0 for a success (200 with the connection, or 204).
    let status = |result: Result<_, msgraph_sync::client::Error>| match result {
        Err(msgraph_sync::client::Error::Graph { error, .. }) => error.status,
        Err(other) => panic!("{other}"),
        Ok(()) => 0,
    };
    assert_eq!(
        status(
            client
                .send(&jobs.object_connections_by_object_id("nobody").get())
                .await
                .map(|_| ())
        ),
        404
    );
    run_against(&fake, &["job", "start", "-s", SP, "-j", &job], None).await;
    let delete = || jobs.object_connections_by_object_id("701984").delete();
    assert_eq!(
        status(client.send(&delete()).await.map(|_| ())),
        409,
        "an active job refuses the DELETE"
    );
    assert_eq!(fake.object_connections(SP, &job), [adele()]);
    run_against(&fake, &["job", "pause", "-s", SP, "-j", &job], None).await;
    assert_eq!(status(client.send(&delete()).await.map(|_| ())), 0);
    assert!(fake.object_connections(SP, &job).is_empty());
    // Idempotent: nothing there, 204 again.
    assert_eq!(status(client.send(&delete()).await.map(|_| ())), 0);
    let last = fake.requests().pop().expect("recorded");
    assert_eq!(
        (
            last.method.as_str(),
            last.path.ends_with("/objectConnections('701984')")
        ),
        ("DELETE", true)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn listing_the_collection_is_a_400() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    let url = format!(
        "{}/beta/servicePrincipals/{SP}/synchronization/jobs/{job}/objectConnections",
        fake.base_url()
    );
    let response = reqwest_get(&url).await;
    assert_eq!(response.0, 400, "{}", response.1);
}

/// A bare GET with the fake's token, through tokio's TCP (no HTTP client dependency needed).
async fn reqwest_get(url: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.strip_prefix("http://").expect("http");
    let (host, path) = rest.split_once('/').expect("path");
    let mut stream = tokio::net::TcpStream::connect(host).await.expect("connects");
    let request = format!(
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
        FakeGraph::TOKEN
    );
    stream.write_all(request.as_bytes()).await.expect("writes");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("reads");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_default();
    (status, response)
}

#[tokio::test(flavor = "multi_thread")]
async fn connection_show_finds_by_either_anchor() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    fake.insert_object_connection(SP, &job, adele());
    let shown = run_against(
        &fake,
        &["connection", "show", "-s", SP, "-j", &job, "--object-id", "701984"],
        None,
    )
    .await;
    assert_eq!(shown.code, 0, "{}", shown.both());
    assert!(
        shown
            .stdout
            .contains("source anchor aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("display name Adele Vance"), "{}", shown.stdout);
    let json = run_against(
        &fake,
        &[
            "--json",
            "connection",
            "show",
            "-s",
            SP,
            "-j",
            &job,
            "--object-id",
            "nobody",
        ],
        None,
    )
    .await;
    assert_eq!(json.code, 0, "{}", json.both());
    assert_eq!(json.stdout.trim(), r#"{"connection":null}"#);
    assert_eq!(
        received(&fake, &job),
        [
            "GET beta /objectConnections('701984')",
            "GET beta /objectConnections('nobody')",
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn connection_repair_follows_the_documented_procedure() {
    let fake = FakeGraph::start().await;
    let job = fake.create_job(SP, "scim");
    fake.insert_object_connection(SP, &job, adele());
    run_against(&fake, &["job", "start", "-s", SP, "-j", &job], None).await;
    fake.clear_requests();
    let repair = |extra: &'static [&'static str]| {
        let job = job.clone();
        let fake = &fake;
        async move {
            let mut args = vec![
                "connection",
                "repair",
                "-s",
                SP,
                "-j",
                job.as_str(),
                "--object-id",
                "701984",
            ];
            args.extend_from_slice(extra);
            run_against(fake, &args, None).await
        }
    };

    // An active job without --pause: stopped at the pause step, nothing changed.
    let refused = repair(&[]).await;
    assert_eq!(refused.code, 2, "{}", refused.both());
    assert!(
        refused.stderr.contains("step 3 of 8 (pause the job)"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("pass --pause"), "{}", refused.stderr);
    assert_eq!(
        received(&fake, &job),
        ["GET beta /objectConnections('701984')", "GET v1.0 "]
    );
    assert_eq!(fake.object_connections(SP, &job), [adele()]);
    fake.clear_requests();

    let repaired = repair(&["--pause", "--rule", "USER_TO_USER"]).await;
    assert_eq!(repaired.code, 0, "{}", repaired.both());
    assert_eq!(
        received(&fake, &job),
        [
            "GET beta /objectConnections('701984')",
            "GET v1.0 ",
            "POST v1.0 /microsoft.graph.pause",
            "GET v1.0 ",
            "DELETE beta /objectConnections('701984')",
            "POST v1.0 /microsoft.graph.provisionOnDemand",
            "GET beta /objectConnections('701984')",
            "POST v1.0 /microsoft.graph.start",
        ]
    );
    // Provisioned the source object (the connection's source anchor), as a User.
    let on_demand = fake
        .requests()
        .into_iter()
        .find(|r| r.path.ends_with("provisionOnDemand"))
        .and_then(|r| r.body_json())
        .expect("provisionOnDemand body");
    assert_eq!(
        on_demand["parameters"][0]["subjects"][0]["objectId"],
        "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"
    );
    assert_eq!(on_demand["parameters"][0]["subjects"][0]["objectTypeName"], "User");
    assert_eq!(on_demand["parameters"][0]["ruleId"], "USER_TO_USER");
    // The old association is gone; provisioning connected the object anew.
    let now = fake.object_connections(SP, &job);
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].target_anchor, "matched-aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb");
    assert_eq!(fake.job(SP, &job).expect("job")["schedule"]["state"], "Active");
    assert!(
        repaired
            .stdout
            .contains("deleted connection aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb -> 701984"),
        "{}",
        repaired.stdout
    );
    assert!(
        repaired
            .stdout
            .contains("job was Active, paused for the repair, started again"),
        "{}",
        repaired.stdout
    );

    // Nothing to repair any more under that target anchor: named, exit 4, nothing deleted.
    fake.clear_requests();
    let gone = repair(&["--pause"]).await;
    assert_eq!(gone.code, 4, "{}", gone.both());
    assert!(
        gone.stderr.contains("step 1 of 8 (get the object connection)"),
        "{}",
        gone.stderr
    );
    assert_eq!(received(&fake, &job), ["GET beta /objectConnections('701984')"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn connection_repair_dry_run_shows_the_requests() {
    let base = ["--dry-run", "--base-url", "http://127.0.0.1:9"];
    let dry = run(
        &[
            &base[..],
            &[
                "connection",
                "repair",
                "-s",
                SP,
                "-j",
                "j1",
                "--object-id",
                "o'1",
                "--pause",
            ],
        ]
        .concat(),
        &[],
        None,
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    let lines: Vec<&str> = dry
        .stdout
        .lines()
        .filter(|l| {
            l.starts_with("# step") || l.starts_with("GET ") || l.starts_with("POST ") || l.starts_with("DELETE ")
        })
        .collect();
    let connection =
        "http://127.0.0.1:9/beta/servicePrincipals/sp-1/synchronization/jobs/j1/objectConnections('o%27%271')";
    let job = "http://127.0.0.1:9/v1.0/servicePrincipals/sp-1/synchronization/jobs/j1";
    assert_eq!(
        lines,
        [
            "# step 1 of 8 (get the object connection)".to_string(),
            format!("GET {connection}"),
            "# step 2 of 8 (read the job's schedule)".to_string(),
            format!("GET {job}"),
            "# step 3 of 8 (pause the job) (if schedule.state is Active)".to_string(),
            format!("POST {job}/microsoft.graph.pause"),
            "# step 4 of 8 (confirm schedule.state is Paused or Disabled)".to_string(),
            format!("GET {job}"),
            "# step 5 of 8 (delete the object connection)".to_string(),
            format!("DELETE {connection}"),
            "# step 6 of 8 (provision the object on demand)".to_string(),
            format!("GET {job}/schema"),
            format!("POST {job}/microsoft.graph.provisionOnDemand"),
            "# step 7 of 8 (get the object connection again)".to_string(),
            format!("GET {connection}"),
            "# step 8 of 8 (start the job again) (if it was Active)".to_string(),
            format!("POST {job}/microsoft.graph.start"),
        ],
        "{}",
        dry.stdout
    );
}
