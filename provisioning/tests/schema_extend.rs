//! Schema from the feed, against the fake on 127.0.0.1: `schema extend` adds to the job's source
//! directory exactly the custom and enterprise attributes the feed writes that it lacks (the oracle
//! is the PUT the fake received and the schema it serves after), never removes, and sends no PUT
//! when nothing is missing; `sync` checks the feed against the job's schema before it sends.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use fake_graph::FakeGraph;
use msgraph_sync::Client;
use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::bulk::Input;
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::schema::{self, PushOptions};
use msgraph_sync_provisioning::schema_check::{self, Namespace};
use msgraph_sync_provisioning::schema_extend;
use msgraph_sync_provisioning::state::Store;
use msgraph_sync_provisioning::sync::{self, SyncError, SyncOptions, UnknownAttributes};
use serde_json::Value;

const CONTOSO: &str = "urn:ietf:params:scim:schemas:extension:contoso:1.0:User";
const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("schema-extend-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn client(fake: &FakeGraph) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .build()
        .expect("client")
}

/// A feed file and its map, as `sync` reads them.
fn input(dir: &Path, file: &str, feed: &str, map: &str) -> Input {
    let path = dir.join(file);
    std::fs::write(&path, feed).unwrap();
    std::fs::write(dir.join("map.txt"), map).unwrap();
    Input {
        path,
        format: None,
        map: AttributeMap::from_file(&dir.join("map.txt")).unwrap(),
        operations_per_request: 50,
    }
}

/// The names of the source directory's attributes in a schema document.
fn source_names(schema: &Value) -> Vec<String> {
    let directory = schema["synchronizationRules"][0]["sourceDirectoryName"]
        .as_str()
        .unwrap();
    let directory = schema["directories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == directory)
        .unwrap();
    directory["objects"][0]["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect()
}

async fn served(fake: &FakeGraph, job: &JobRef) -> Value {
    serde_json::to_value(schema::pull(&client(fake), job).await.unwrap()).unwrap()
}

fn puts(fake: &FakeGraph) -> Vec<Value> {
    fake.requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/schema"))
        .map(|r| r.body_json().unwrap())
        .collect()
}

const MAP: &str = "EmployeeID = externalId
Email = userName
active := true
Department = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
CostCenter = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter
Level = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:Level as integer
* = urn:ietf:params:scim:schemas:extension:contoso:1.0:User
";

const FEED: &str = "EmployeeID,Email,Department,CostCenter,Level,HireDate,JobCode
E1,a@contoso.com,Sales,C1,3,2024-01-02,J7
";

#[tokio::test]
async fn extend_adds_exactly_the_missing_attributes_then_nothing_and_never_removes() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    // A job whose source directory lacks one enterprise attribute the feed writes.
    let mut start = served(&fake, &job).await;
    let attributes = start["directories"][0]["objects"][0]["attributes"]
        .as_array_mut()
        .unwrap();
    attributes.retain(|a| a["name"] != format!("{ENTERPRISE}:costCenter").as_str());
    let start = schema::from_text(&start.to_string(), Path::new("start.json")).unwrap();
    let options = PushOptions {
        check_expressions: false,
        allow_removals: true,
    };
    schema::push(&client, &job, &start, &options).await.unwrap();
    let before = served(&fake, &job).await;
    let dir = dir("adds");
    let input = input(&dir, "feed.csv", FEED, MAP);
    fake.clear_requests();

    let report = schema_extend::extend(&client, &job, &input).await.unwrap();

    assert!(report.pushed);
    let added: Vec<(&str, &str, usize)> = report
        .additions
        .iter()
        .map(|a| {
            (
                a.attribute.attribute.name.as_str(),
                a.attribute.attribute.kind,
                a.attribute.attribute.map_line,
            )
        })
        .collect();
    let (level, hire, job_code, cost) = (
        format!("{CONTOSO}:Level"),
        format!("{CONTOSO}:HireDate"),
        format!("{CONTOSO}:JobCode"),
        format!("{ENTERPRISE}:costCenter"),
    );
    assert_eq!(
        added,
        [
            (cost.as_str(), "String", 5),
            (level.as_str(), "Integer", 6),
            (hire.as_str(), "String", 7),
            (job_code.as_str(), "String", 7),
        ]
    );
    assert_eq!(report.additions[0].directory, "API");
    assert_eq!(
        report.additions[2].attribute.attribute.column.as_deref(),
        Some("HireDate")
    );
    // One GET, one PUT: the body is the schema served before plus exactly these definitions.
    let methods: Vec<String> = fake.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["GET", "PUT"]);
    let put = &puts(&fake)[0];
    let mut expected = source_names(&before);
    expected.extend([cost.clone(), level.clone(), hire.clone(), job_code.clone()]);
    assert_eq!(source_names(put), expected);
    let definition = source_names(put).iter().position(|n| *n == hire).unwrap();
    let definition = &put["directories"][0]["objects"][0]["attributes"][definition];
    assert_eq!(
        *definition,
        serde_json::json!({
            "anchor": false, "caseExact": false, "defaultValue": null, "flowNullValues": false,
            "multivalued": false, "mutability": "ReadWrite", "name": hire, "required": false,
            "type": "String", "apiExpressions": [], "metadata": [], "referencedObjects": [],
        })
    );
    // Nothing else changed: the rest of the schema is as it was.
    let mut rest_before = before.clone();
    let mut rest_put = put.clone();
    rest_before["directories"][0]["objects"][0]["attributes"] = Value::Null;
    rest_put["directories"][0]["objects"][0]["attributes"] = Value::Null;
    assert_eq!(rest_put, rest_before);
    // The service keeps them.
    assert_eq!(source_names(&served(&fake, &job).await), expected);

    // Again: nothing to add, no PUT.
    fake.clear_requests();
    let again = schema_extend::extend(&client, &job, &input).await.unwrap();
    assert!(!again.pushed);
    assert!(again.additions.is_empty());
    assert!(puts(&fake).is_empty(), "{:?}", fake.requests());
    assert_eq!(source_names(&served(&fake, &job).await), expected);
}

#[tokio::test]
async fn core_attributes_the_job_lacks_are_reported_not_added() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir("core");
    let input = input(
        &dir,
        "feed.csv",
        "EmployeeID,Email,Badge\nE1,a@contoso.com,B1\n",
        "EmployeeID = externalId\nEmail = userName\nactive := true\nBadge = x509Certificates[type eq \"badge\"].value\n",
    );
    fake.clear_requests();
    let report = schema_extend::extend(&client, &job, &input).await.unwrap();
    assert!(!report.pushed);
    assert_eq!(report.not_added.len(), 1);
    assert_eq!(
        report.not_added[0].attribute.name,
        "x509Certificates[type eq \"badge\"].value"
    );
    assert_eq!(report.not_added[0].attribute.namespace, Namespace::Core);
    assert!(puts(&fake).is_empty());
}

#[test]
fn json_lines_members_behind_a_namespace_line_are_found_with_their_types() {
    let dir = dir("jsonl");
    let input = input(
        &dir,
        "feed.jsonl",
        "{\"id\": \"E1\", \"mail\": \"a@contoso.com\", \"Grade\": 4, \"Remote\": true}\n{\"id\": \"E2\", \"mail\": \"b@contoso.com\", \"Grade\": \"A\", \"Site\": \"Oslo\"}\n",
        "id = externalId\nmail = userName\nactive := true\n* = urn:ietf:params:scim:schemas:extension:contoso:1.0:User\nmail = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:badge.number\n",
    );
    let found = schema_check::feed_attributes(&input).unwrap();
    let custom: Vec<(String, &str, usize)> = found
        .iter()
        .filter(|a| a.namespace == Namespace::Custom)
        .map(|a| (a.name.clone(), a.kind, a.map_line))
        .collect();
    assert_eq!(
        custom,
        [
            (format!("{CONTOSO}:badge.number"), "String", 5),
            (format!("{CONTOSO}:Grade"), "String", 4),
            (format!("{CONTOSO}:Remote"), "Boolean", 4),
            (format!("{CONTOSO}:Site"), "String", 4),
        ]
    );
}

const SYNC_MAP: &str = "EmployeeID = externalId
Email = userName
active := true
HireDate = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:HireDate
";

const SYNC_FEED: &str = "EmployeeID,Email,HireDate\nE1,a@contoso.com,2024-01-02\nE2,b@contoso.com,2024-02-03\n";

fn sync_options(unknown_attributes: UnknownAttributes) -> SyncOptions {
    SyncOptions {
        log_delay: Duration::ZERO,
        unknown_attributes,
        ..SyncOptions::default()
    }
}

fn uploads(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .count()
}

#[tokio::test]
async fn sync_refuses_a_feed_with_attributes_the_job_does_not_know_before_sending_anything() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(1000);
    let client = client(&fake);
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir("sync-refuses");
    let store = Store::open(&dir.join("state.db")).unwrap();
    let input = input(&dir, "feed.csv", SYNC_FEED, SYNC_MAP);

    let error = sync::sync(
        &client,
        &store,
        &job,
        &input,
        &sync_options(UnknownAttributes::Refuse),
        &mut (),
    )
    .await
    .unwrap_err();
    let message = error.to_string();
    let SyncError::UnknownAttributes { unknown } = error else {
        panic!("{message}")
    };
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].attribute.name, format!("{CONTOSO}:HireDate"));
    assert_eq!(unknown[0].attribute.map_line, 4);
    assert!(message.contains("map.txt:4:"), "{message}");
    assert!(message.contains("`schema extend` adds"), "{message}");
    // The schema was read once; nothing was sent.
    let schema_gets = fake
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path.ends_with("/schema"))
        .count();
    assert_eq!(schema_gets, 1);
    assert_eq!(uploads(&fake), 0);
    assert!(fake.provisioned_users(&job.job_id).is_empty());

    // Allowed: warned, and sent.
    let report = sync::sync(
        &client,
        &store,
        &job,
        &input,
        &sync_options(UnknownAttributes::Warn),
        &mut (),
    )
    .await
    .unwrap();
    assert_eq!(report.unknown_attributes.len(), 1);
    assert_eq!(report.accepted.joiners, 2);
    assert_eq!(uploads(&fake), 1);

    // Once the schema is extended, the check passes and a change goes out without the flag.
    schema_extend::extend(&client, &job, &input).await.unwrap();
    let moved = self::input(
        &dir,
        "feed.csv",
        &SYNC_FEED.replace("2024-02-03", "2024-02-04"),
        SYNC_MAP,
    );
    let report = sync::sync(
        &client,
        &store,
        &job,
        &moved,
        &sync_options(UnknownAttributes::Refuse),
        &mut (),
    )
    .await
    .unwrap();
    assert!(report.unknown_attributes.is_empty());
    assert_eq!(report.accepted.movers, 1);
    assert_eq!(uploads(&fake), 2);
}

#[tokio::test]
async fn a_typo_in_a_custom_namespace_is_refused_with_the_nearest_name() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(1000);
    let client = client(&fake);
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir("typo");
    let store = Store::open(&dir.join("state.db")).unwrap();
    schema_extend::extend(&client, &job, &input(&dir, "feed.csv", SYNC_FEED, SYNC_MAP))
        .await
        .unwrap();
    let typo = input(
        &dir,
        "feed.csv",
        SYNC_FEED,
        &SYNC_MAP.replace("User:HireDate", "User:HireDat"),
    );
    fake.clear_requests();

    let error = sync::sync(
        &client,
        &store,
        &job,
        &typo,
        &sync_options(UnknownAttributes::Refuse),
        &mut (),
    )
    .await
    .unwrap_err();
    let SyncError::UnknownAttributes { unknown } = &error else {
        panic!("{error}")
    };
    assert_eq!(
        unknown[0].did_you_mean.as_deref(),
        Some(format!("{CONTOSO}:HireDate").as_str())
    );
    assert!(error.to_string().contains("did you mean"), "{error}");
    assert_eq!(uploads(&fake), 0);
}

#[tokio::test]
async fn a_dry_run_checks_against_a_given_schema_and_reads_nothing() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let pulled = schema::pull(&client, &job).await.unwrap();
    let dir = dir("dry");
    let store = Store::open(&dir.join("state.db")).unwrap();
    let input = input(&dir, "feed.csv", SYNC_FEED, SYNC_MAP);
    fake.clear_requests();
    let options = SyncOptions {
        dry_run: true,
        job_schema: Some(Arc::new(pulled)),
        ..sync_options(UnknownAttributes::Refuse)
    };
    let error = sync::sync(&client, &store, &job, &input, &options, &mut ())
        .await
        .unwrap_err();
    assert!(matches!(error, SyncError::UnknownAttributes { .. }), "{error}");
    assert!(fake.requests().is_empty(), "{:?}", fake.requests());
}
