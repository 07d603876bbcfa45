//! Bulk upload and provisioning logs end to end against the fake service on 127.0.0.1: what the
//! fake received (content type, operations per request, every record exactly once) and what the
//! library reports.

use std::path::{Path, PathBuf};
use std::time::Duration;

use msgraph_sync::client::RetryPolicy;
use msgraph_sync::Client;
use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::bulk::{self, ChunkStatus, Input, Stopped, UploadError, UploadObserver, UploadOptions};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::logs::{self, LogQuery, RecordStatus};
use msgraph_sync_provisioning::manifest::{Manifest, ManifestWriter, UploadHeader};
use msgraph_sync_provisioning::records::RecordError;
use serde_json::{json, Value};

use fake_graph::{BulkOutcome, FakeGraph};
use test_support::client_builder;

const MAP: &str = r#"# source column = SCIM attribute path
EmployeeID = externalId
Email = userName
First Name = name.givenName
Last Name = name.familyName
Email = emails[type eq "work"].value
Active = active
Department = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
Manager = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value
HireDate = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:HireDate
Level = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:Level as integer
"#;

const HEADER: &str = "EmployeeID,Email,First Name,Last Name,Active,Department,Manager,HireDate,Level\n";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bulk-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn csv_rows(n: usize) -> String {
    let mut text = HEADER.to_string();
    for i in 1..=n {
        text.push_str(&format!(
            "E{i:05},user{i}@contoso.com,First{i},Last{i},{},Dept {},E{:05},2026-01-{:02},{}\n",
            if i % 7 == 0 { "false" } else { "true" },
            i % 5,
            (i / 10).max(1),
            i % 28 + 1,
            i % 4
        ));
    }
    text
}

fn input(dir: &Path, file: &str, text: &str) -> Input {
    let path = dir.join(file);
    std::fs::write(&path, text).unwrap();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    Input {
        path,
        format: None,
        map: AttributeMap::from_file(&dir.join("map.txt")).unwrap(),
        operations_per_request: 50,
    }
}

async fn setup(retry: RetryPolicy) -> (FakeGraph, Client, JobRef) {
    let fake = FakeGraph::start().await;
    let client = client_builder(&fake).retry(retry).build().unwrap();
    let job = fake.create_job("sp1", "API2AAD");
    (fake, client, JobRef::new("sp1", job))
}

#[derive(Default)]
struct Collect {
    rejected: Vec<RecordError>,
    chunks: Vec<bulk::ChunkOutcome>,
}

impl UploadObserver for Collect {
    fn rejected(&mut self, error: &RecordError) -> std::io::Result<()> {
        self.rejected.push(error.clone());
        Ok(())
    }
    fn chunk(&mut self, outcome: &bulk::ChunkOutcome) -> std::io::Result<()> {
        self.chunks.push(outcome.clone());
        Ok(())
    }
}

/// Every operation the fake accepted, as (bulkId, externalId).
fn accepted_operations(fake: &FakeGraph) -> Vec<(String, String)> {
    fake.accepted_uploads()
        .iter()
        .flat_map(|u| u.body["Operations"].as_array().unwrap().clone())
        .map(|op| {
            (
                op["bulkId"].as_str().unwrap().to_string(),
                op["data"]["externalId"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn csv_records_reach_the_service_as_scim_bulk_requests_of_at_most_50() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    let dir = dir("csv");
    let input = input(&dir, "users.csv", &csv_rows(120));
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    assert_eq!(
        (report.records_accepted, report.chunks_accepted, report.requests),
        (120, 3, 3)
    );

    let mut uploads: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .collect();
    assert_eq!(uploads.len(), 3);
    // Up to 4 requests are in flight at once, so they may arrive in any order: sort by first record.
    uploads.sort_by_key(|r| {
        r.body_json().unwrap()["Operations"][0]["bulkId"]
            .as_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
    });
    for request in &uploads {
        assert_eq!(request.method, "POST");
        assert_eq!(request.header("content-type"), Some("application/scim+json"));
        assert_eq!(
            request.path,
            format!(
                "/v1.0/servicePrincipals/sp1/synchronization/jobs/{}/bulkUpload",
                job.job_id
            )
        );
    }
    let sizes: Vec<usize> = uploads
        .iter()
        .map(|r| r.body_json().unwrap()["Operations"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [50, 50, 20]);

    // Record 7 (line 8) in full, as the service received it.
    let body = uploads[0].body_json().unwrap();
    assert_eq!(
        body["schemas"],
        json!(["urn:ietf:params:scim:api:messages:2.0:BulkRequest"])
    );
    assert_eq!(body["failOnErrors"], Value::Null);
    assert_eq!(
        body["Operations"][6],
        json!({
            "method": "POST",
            "bulkId": "8",
            "path": "/Users",
            "data": {
                "schemas": [
                    "urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:contoso:1.0:User"
                ],
                "externalId": "E00007",
                "userName": "user7@contoso.com",
                "name": {"givenName": "First7", "familyName": "Last7"},
                "emails": [{"type": "work", "value": "user7@contoso.com"}],
                "active": false,
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                    "department": "Dept 2",
                    "manager": {"value": "E00001"}
                },
                "urn:ietf:params:scim:schemas:extension:contoso:1.0:User": {"HireDate": "2026-01-08", "Level": 3}
            }
        })
    );

    // Each chunk's Location is kept with its records.
    let location = format!(
        "{}/v1.0/auditLogs/provisioning/?$filter=jobid%20eq%20'{}'",
        fake.base_url(),
        job.job_id
    );
    assert_eq!(collect.chunks.len(), 3);
    let mut lines: Vec<u64> = Vec::new();
    for chunk in &collect.chunks {
        assert_eq!(chunk.status, ChunkStatus::Accepted);
        assert_eq!(chunk.location.as_deref(), Some(location.as_str()));
        lines.extend(chunk.records.iter().map(|r| r.line));
    }
    lines.sort();
    assert_eq!(lines, (2..=121).collect::<Vec<u64>>());

    // The Location is a query the reports endpoint answers: this job's entries.
    let request = msgraph_sync::http::Request::get(location).body(Vec::new()).unwrap();
    let (response, _) = client.execute(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let page: Value = serde_json::from_slice(response.body()).unwrap();
    let entries = page["value"].as_array().unwrap();
    assert!(!entries.is_empty());
    assert!(entries.iter().all(|e| e["jobId"] == job.job_id.as_str()), "{page}");
}

#[tokio::test]
async fn a_bad_row_names_file_line_and_column_and_the_rest_still_goes() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    let dir = dir("bad-row");
    let mut text = csv_rows(6);
    text = text.replacen(
        "E00002,user2@contoso.com,First2,Last2,true",
        "E00002,user2@contoso.com,First2,Last2,maybe",
        1,
    );
    text.push_str("E00099,short,row\n");
    text.push_str(",nobody@contoso.com,No,Id,true,D,,,\n");
    text.push_str("E00100,user100@contoso.com,F,L,true,D,,,x\n");
    let input = input(&dir, "users.csv", &text);
    let file = input.path.display().to_string();
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    let messages: Vec<String> = collect.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            format!("{file}:3:5: column \"Active\": \"maybe\" is not a boolean (true/false, 1/0, yes/no)"),
            format!("{file}:8:4: the record has 3 fields, the header 9"),
            format!("{file}:9:1: column \"EmployeeID\": externalId is empty (the service matches records by it)"),
            format!("{file}:10:9: column \"Level\": \"x\" is not an integer"),
        ]
    );
    assert_eq!((report.records_rejected, report.records_accepted), (4, 5));
    let ids: Vec<String> = accepted_operations(&fake).into_iter().map(|(_, id)| id).collect();
    assert_eq!(ids, ["E00001", "E00003", "E00004", "E00005", "E00006"]);
}

#[tokio::test]
async fn all_or_nothing_sends_nothing_when_a_row_is_bad() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    let dir = dir("all-or-nothing");
    let text = csv_rows(80).replacen(
        "E00070,user70@contoso.com,First70,Last70,false",
        "E00070,user70@contoso.com,First70,Last70,nope",
        1,
    );
    let input = input(&dir, "users.csv", &text);
    let options = UploadOptions {
        all_or_nothing: true,
        ..UploadOptions::default()
    };
    let error = bulk::upload(&client, &job, &input, &options, &mut ())
        .await
        .unwrap_err();
    let UploadError::AllOrNothing { count, first } = &error else {
        panic!("{error}")
    };
    assert_eq!(*count, 1);
    assert_eq!((first[0].line, first[0].column), (71, 5));
    assert!(fake.requests().iter().all(|r| !r.path.ends_with("/bulkUpload")));
}

/// A client whose bulkUpload window is `window` (the fake enforces the same).
async fn setup_with(
    fake: &FakeGraph,
    build: impl FnOnce(msgraph_sync::ClientBuilder) -> msgraph_sync::ClientBuilder,
) -> Client {
    build(client_builder(fake)).build().unwrap()
}

fn bulk_requests(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .count()
}

#[tokio::test]
async fn the_clients_window_keeps_bulk_uploads_under_the_services_limit() {
    let fake = FakeGraph::start().await;
    fake.set_bulk_upload_limit(3, Duration::from_secs(1));
    // A network between the two (the client's estimate of when a call arrived rests on its round trips).
    fake.set_latency(Duration::from_millis(40), Duration::from_millis(20));
    let window = msgraph_sync::client::Window::new(3, Duration::from_secs(1)).unwrap();
    let client = setup_with(&fake, |b| {
        b.endpoint_limit(msgraph_sync::client::Endpoint::BulkUpload, window)
    })
    .await;
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir("throttle");
    let input = input(&dir, "users.csv", &csv_rows(400));
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    assert_eq!(fake.throttled_uploads(), 0, "the client kept to the window");
    assert_eq!((report.records_accepted, report.chunks_accepted), (400, 8));
    assert_eq!(bulk_requests(&fake), 8);
    let mut bulk_ids: Vec<u64> = accepted_operations(&fake)
        .iter()
        .map(|(b, _)| b.parse().unwrap())
        .collect();
    bulk_ids.sort();
    assert_eq!(bulk_ids, (2..=401).collect::<Vec<u64>>());
}

#[tokio::test]
async fn endless_429s_end_the_run_after_the_policys_attempts() {
    let fake = FakeGraph::start().await;
    let client = setup_with(&fake, |b| b.retry(RetryPolicy::default())).await;
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    fake.script("POST", "/bulkUpload", vec![fake_graph::Scripted::throttled(0); 1000]);
    let dir = dir("endless-429");
    let input = input(&dir, "users.csv", &csv_rows(120));
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    // Each chunk already in flight gets the policy's attempts; then nothing more is sent.
    let attempts = RetryPolicy::default().max_attempts as usize;
    assert!(
        bulk_requests(&fake) <= 3 * attempts,
        "{} requests",
        bulk_requests(&fake)
    );
    assert_eq!(report.stopped, Some(Stopped::Throttled));
    assert_eq!(report.records_accepted, 0);
    assert_eq!(report.records_refused + report.records_not_sent, 120);
}

#[tokio::test]
async fn a_spent_daily_budget_sends_what_fits_and_reports_the_rest() {
    let fake = FakeGraph::start().await;
    let budget = msgraph_sync::client::DailyBudget::in_memory(3);
    let client = setup_with(&fake, |b| b.daily_budget(Some(budget))).await;
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir("budget");
    let input = input(&dir, "users.csv", &csv_rows(400));
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    assert_eq!(bulk_requests(&fake), 3, "exactly the budget was sent");
    assert_eq!((report.chunks_accepted, report.records_accepted), (3, 150));
    assert_eq!((report.chunks_not_sent, report.records_not_sent), (5, 250));
    assert!(matches!(report.stopped, Some(Stopped::BudgetSpent { .. })));
    // Every record is accounted for, once.
    let mut lines: Vec<u64> = collect
        .chunks
        .iter()
        .flat_map(|c| c.records.iter().map(|r| r.line))
        .collect();
    lines.sort();
    assert_eq!(lines, (2..=401).collect::<Vec<u64>>());
    // With whole_or_nothing a run that cannot fit sends nothing.
    let client = setup_with(&fake, |b| {
        b.daily_budget(Some(msgraph_sync::client::DailyBudget::in_memory(3)))
    })
    .await;
    fake.clear_requests();
    let options = UploadOptions {
        whole_or_nothing: true,
        ..UploadOptions::default()
    };
    let report = bulk::upload(&client, &job, &input, &options, &mut ()).await.unwrap();
    assert_eq!(bulk_requests(&fake), 0);
    assert_eq!(report.records_not_sent, 400);
}

#[tokio::test]
async fn the_services_daily_limit_is_not_waited_out() {
    let fake = FakeGraph::start().await;
    fake.set_daily_upload_budget(2);
    let client = setup_with(&fake, |b| b.daily_budget(None)).await;
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir("service-budget");
    let input = input(&dir, "users.csv", &csv_rows(400));
    let options = UploadOptions {
        concurrency: 1,
        ..UploadOptions::default()
    };
    let report = bulk::upload(&client, &job, &input, &options, &mut ()).await.unwrap();
    // Its Retry-After (hours) is beyond the policy's total wait: one 429, then the run stops.
    assert_eq!(fake.over_budget_uploads(), 1);
    assert_eq!(bulk_requests(&fake), 3);
    assert_eq!(report.chunks_accepted, 2);
    assert_eq!(report.stopped, Some(Stopped::Throttled));
    assert_eq!(report.records_refused + report.records_not_sent, 300);
}

#[tokio::test]
async fn a_5xx_is_unknown_not_refused() {
    let fake = FakeGraph::start().await;
    let client = setup_with(&fake, |b| b).await;
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    fake.script(
        "POST",
        "/bulkUpload",
        vec![fake_graph::Scripted::error(500, "InternalServerError", "boom")],
    );
    let dir = dir("5xx");
    let input = input(&dir, "users.csv", &csv_rows(10));
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut ())
        .await
        .unwrap();
    assert_eq!((report.records_unknown, report.records_refused), (10, 0));
    assert_eq!(
        bulk_requests(&fake),
        1,
        "a POST that may have been processed is not sent again"
    );
}

/// Fails every write after the first `ok` lines.
struct FailingWriter {
    ok: usize,
}

impl std::io::Write for FailingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.ok == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device",
            ));
        }
        if buf.ends_with(b"\n") {
            self.ok -= 1;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_manifest_that_cannot_be_written_stops_the_upload() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    let dir = dir("full-disk");
    let input = input(&dir, "users.csv", &csv_rows(300));
    let header = UploadHeader {
        job: job.clone(),
        input: "users.csv".into(),
        started_at: "2026-12-07T00:00:00Z".into(),
    };
    // The header and two more lines fit; then the disk is full.
    let mut writer = ManifestWriter::new(FailingWriter { ok: 3 }, header).unwrap();
    let result = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut writer).await;
    let Err(UploadError::Observer { report, .. }) = result else {
        panic!("{result:?}")
    };
    // Only chunks named in the manifest before sending were sent.
    assert!(bulk_requests(&fake) <= 2, "{} sent", bulk_requests(&fake));
    assert_eq!(
        report.records_accepted + report.records_not_sent,
        300,
        "every record is accounted for"
    );
    assert!(matches!(report.stopped, Some(Stopped::NotRecorded { .. })));
}

#[test]
fn a_manifest_cut_short_names_the_chunks_in_flight() {
    let dir = dir("cut-manifest");
    let path = dir.join("m.jsonl");
    let text = concat!(
        r#"{"type":"upload","servicePrincipal":"sp1","job":"j","input":"u.csv","startedAt":"2026-12-07T00:00:00Z"}"#,
        "\n",
        r#"{"type":"sending","index":0,"records":[{"line":2,"externalId":"E1","bulkId":"2"}]}"#,
        "\n",
        r#"{"type":"sending","index":1,"records":[{"line":3,"externalId":"E2","bulkId":"3"}]}"#,
        "\n",
        r#"{"type":"chunk","index":0,"status":"accepted","httpStatus":202,"attempts":1,"records":[{"line":2,"externalId":"E1","bulkId":"2"}]}"#,
        "\n",
        r#"{"type":"sending","index":2,"records":[{"line":4,"exte"#,
    );
    std::fs::write(&path, text).unwrap();
    let manifest = Manifest::read(&path).unwrap();
    let ids = |refs: &[msgraph_sync_provisioning::records::RecordRef]| {
        refs.iter().map(|r| r.external_id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&manifest.in_flight), ["E2"]);
    assert_eq!(ids(&manifest.sent), ["E1", "E2"]);
    // A bad line that is not the last is still an error naming it.
    std::fs::write(&path, format!("{}\n{{oops\n{}", text.lines().next().unwrap(), "\n")).unwrap();
    let error = Manifest::read(&path).unwrap_err();
    assert_eq!(error.line, 2);
}

#[tokio::test]
async fn the_client_retries_429_itself_first() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    fake.script("POST", "/bulkUpload", vec![fake_graph::Scripted::throttled(1)]);
    let dir = dir("client-retry");
    let input = input(&dir, "users.csv", &csv_rows(10));
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    assert_eq!((report.records_accepted, report.requests), (10, 2));
    assert_eq!(collect.chunks[0].attempts, 2);
    assert_eq!(fake.accepted_uploads().len(), 1);
}

#[tokio::test]
async fn the_fake_refuses_other_content_types_and_more_than_50_operations() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    let url = format!(
        "{}/v1.0/servicePrincipals/sp1/synchronization/jobs/{}/bulkUpload",
        fake.base_url(),
        job.job_id
    );
    let body = |n: usize| {
        let operations: Vec<Value> = (0..n)
            .map(|i| json!({"method": "POST", "bulkId": i.to_string(), "path": "/Users", "data": {"externalId": format!("X{i}")}}))
            .collect();
        json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": operations}).to_string()
    };
    let send = |content_type: &'static str, text: String| {
        let request = msgraph_sync::http::Request::post(url.clone())
            .header("content-type", content_type)
            .body(text.into_bytes())
            .unwrap();
        client.execute(request)
    };
    let (response, _) = send("application/json", body(1)).await.unwrap();
    assert_eq!(response.status(), 400);
    let error: Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(error["error"]["message"], "Invalid Data Format");
    let (response, _) = send("application/scim+json", body(51)).await.unwrap();
    assert_eq!(response.status(), 400);
    let (response, _) = send("application/scim+json", body(50)).await.unwrap();
    assert_eq!(response.status(), 202);
    assert_eq!(fake.accepted_uploads().len(), 1);
    assert_eq!(fake.provisioning_logs().len(), 50);
}

#[tokio::test]
async fn jsonl_records_go_and_a_bad_line_names_its_column() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    let dir = dir("jsonl");
    let text = concat!(
        r#"{"EmployeeID": "J1", "Email": "j1@contoso.com", "Active": true, "Level": 2}"#,
        "\n\n",
        r#"{"EmployeeID": "J2", "Email": "j2@contoso.com", "Active": "perhaps"}"#,
        "\n",
        r#"{"EmployeeID": "J3", "Email": }"#,
        "\n",
        r#"{"EmployeeID": 4, "First Name": "Four"}"#,
        "\n"
    );
    let input = input(&dir, "users.jsonl", text);
    let file = input.path.display().to_string();
    let mut collect = Collect::default();
    let report = bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut collect)
        .await
        .unwrap();
    let messages: Vec<String> = collect.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(
        messages[0],
        format!("{file}:3:49: member \"Active\": \"perhaps\" is not a boolean (true/false, 1/0, yes/no)")
    );
    assert!(
        messages[1].starts_with(&format!("{file}:4:31: not a JSON object: ")),
        "{}",
        messages[1]
    );
    assert_eq!(report.records_accepted, 2);
    let operations = &fake.accepted_uploads()[0].body["Operations"];
    assert_eq!(operations[0]["data"]["active"], true);
    assert_eq!(
        operations[0]["data"]["urn:ietf:params:scim:schemas:extension:contoso:1.0:User"]["Level"],
        2
    );
    assert_eq!(operations[1]["data"]["externalId"], "4");
}

async fn upload_with_manifest(client: &Client, job: &JobRef, input: &Input, manifest: &Path, since: &str) {
    let header = UploadHeader {
        job: job.clone(),
        input: input.path.display().to_string(),
        started_at: since.to_string(),
    };
    let mut writer = ManifestWriter::new(std::fs::File::create(manifest).unwrap(), header).unwrap();
    let report = bulk::upload(client, job, input, &UploadOptions::default(), &mut writer)
        .await
        .unwrap();
    writer.finish(&report).unwrap();
}

#[tokio::test]
async fn logs_are_matched_back_to_the_uploaded_records_within_the_reports_limit() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    fake.set_bulk_outcome(
        "E00002",
        BulkOutcome::Failure {
            code: "AzureActiveDirectoryConflictEntry".into(),
            reason: "Another object with the same value for property userPrincipalName already exists.".into(),
        },
    );
    fake.set_bulk_outcome(
        "E00003",
        BulkOutcome::Skipped {
            reason: "Out of scope.".into(),
        },
    );
    fake.set_bulk_outcome("E00004", BulkOutcome::Unseen);
    let dir = dir("logs");
    let input = input(&dir, "users.csv", &csv_rows(5));
    let manifest_path = dir.join("manifest.jsonl");
    upload_with_manifest(&client, &job, &input, &manifest_path, "2020-01-01T00:00:00Z").await;
    let manifest = Manifest::read(&manifest_path).unwrap();
    assert_eq!(manifest.sent.len(), 5);

    let query = LogQuery::new(job.job_id.clone(), &manifest.header.started_at)
        .unwrap()
        .with_page_size(2);
    fake.clear_requests();
    let summary = logs::summarize(&client, &query, Some(&manifest.sent), None, Duration::from_secs(1))
        .await
        .unwrap();
    assert_eq!(
        (summary.succeeded, summary.failed, summary.skipped, summary.not_yet_seen),
        (2, 1, 1, 1)
    );
    assert_eq!(summary.records[1].external_id, "E00002");
    assert_eq!(summary.records[1].line, Some(3));
    assert_eq!(
        summary.records[1].status,
        RecordStatus::Failed {
            code: Some("AzureActiveDirectoryConflictEntry".into()),
            reason: Some("Another object with the same value for property userPrincipalName already exists.".into())
        }
    );
    assert_eq!(summary.records[3].status, RecordStatus::NotYetSeen);
    // 4 entries, pages of 2 ($top): 2 requests, filtered on the job and the time, never throttled.
    let requests = fake.requests();
    assert_eq!(requests.len(), 2);
    let query_text = percent_decode(requests[0].query.as_deref().unwrap());
    assert!(
        query_text.contains(&format!(
            "jobId eq '{}' and activityDateTime ge 2020-01-01T00:00:00Z",
            job.job_id
        )),
        "{query_text}"
    );
    assert_eq!(fake.throttled_reports(), 0);
}

fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(&text.replace('+', " "))
        .decode_utf8()
        .unwrap()
        .into_owned()
}

#[tokio::test]
async fn a_jobs_regular_cycle_is_summarized_from_the_logs_alone() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    client
        .send(
            &client
                .v1_0()
                .service_principals()
                .item("sp1")
                .synchronization()
                .jobs()
                .item(&job.job_id)
                .start(),
        )
        .await
        .unwrap();
    let query = LogQuery::new(job.job_id.clone(), "2026-11-28T12:00:00Z").unwrap();
    let summary = logs::summarize(&client, &query, None, None, Duration::from_secs(1))
        .await
        .unwrap();
    let ids: Vec<&str> = summary.records.iter().map(|r| r.external_id.as_str()).collect();
    assert_eq!(ids, ["source-1", "source-2", "source-3"]);
    assert_eq!((summary.succeeded, summary.entries), (3, 3));
    assert_eq!(fake.throttled_reports(), 0);
}

#[tokio::test]
async fn reports_429s_are_honoured() {
    let (fake, client, job) = setup(RetryPolicy::default()).await;
    fake.set_page_size(1);
    fake.set_reports_limit(2, Duration::from_secs(2));
    let dir = dir("reports-429");
    let input = input(&dir, "users.csv", &csv_rows(4));
    bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut ())
        .await
        .unwrap();
    let query = LogQuery::new(job.job_id.clone(), "2020-01-01T00:00:00Z")
        .unwrap()
        .with_page_size(1);
    // The fake is stricter than the client's limit: the 429s are waited out, nothing is lost.
    let summary = logs::summarize(&client, &query, None, None, Duration::from_secs(1))
        .await
        .unwrap();
    assert_eq!(summary.succeeded, 4);
    assert!(fake.throttled_reports() > 0);
}

#[tokio::test]
async fn a_chunk_sent_without_an_answer_is_unknown_and_never_sent_again() {
    let fake = FakeGraph::start().await;
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let client = client_builder(&fake)
        .request_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    // The service takes the request, but answers too late for the client.
    fake.script(
        "POST",
        "/bulkUpload",
        vec![fake_graph::Scripted::Delay(Duration::from_secs(1))],
    );
    let dir = dir("unknown");
    let input = input(&dir, "users.csv", &csv_rows(60));
    let mut collect = Collect::default();
    let options = UploadOptions {
        concurrency: 1,
        ..UploadOptions::default()
    };
    let report = bulk::upload(&client, &job, &input, &options, &mut collect)
        .await
        .unwrap();
    assert_eq!((report.chunks_unknown, report.records_unknown), (1, 50));
    assert_eq!((report.chunks_accepted, report.records_accepted), (1, 10));
    let unknown = collect
        .chunks
        .iter()
        .find(|c| c.status == ChunkStatus::Unknown)
        .unwrap();
    assert_eq!((unknown.attempts, unknown.records.len()), (1, 50));
    fake.wait_idle().await;
    // Each chunk reached the service exactly once: the timed-out one was not sent again. (The fake
    // drops a request whose client hung up; the real service may have taken it, hence "unknown".)
    assert_eq!(
        fake.requests()
            .iter()
            .filter(|r| r.path.ends_with("/bulkUpload"))
            .count(),
        2
    );
    assert_eq!(accepted_operations(&fake).len(), 10);
}
