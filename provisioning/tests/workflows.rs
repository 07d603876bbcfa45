//! Jobs 3–6 of the provisioning library end to end against the fake service on 127.0.0.1: schema round
//! trip, job lifecycle and watch, provision on demand, gallery app bootstrap. Each asserts what the fake
//! received.

use std::path::Path;
use std::time::{Duration, Instant};

use fake_graph::{FakeGraph, Quarantine, Scripted};
use msgraph_sync::client::Secret;
use msgraph_sync::{Client, Maybe};
use msgraph_sync_provisioning::bootstrap::{self, BootstrapOptions, ReplicationPolicy, Step, TemplateRef};
use msgraph_sync_provisioning::job::{self, JobRef, WatchOptions, WatchOutcome};
use msgraph_sync_provisioning::on_demand::{OnDemand, Subject};
use msgraph_sync_provisioning::schema;
use serde_json::{json, Value};
use test_support::{client, client_builder};

const SP: &str = "sp-1";

fn create_job(fake: &FakeGraph, sp: &str, template: &str) -> JobRef {
    JobRef::new(sp, fake.create_job(sp, template))
}

fn job_path(job: &JobRef) -> String {
    format!(
        "/v1.0/servicePrincipals/{}/synchronization/jobs/{}",
        job.service_principal_id, job.job_id
    )
}

/// A schema as the service might send it: an undeclared property at three depths, enum and flags values
/// in other spellings than the spec's, mappings in a non-alphabetical order.
fn odd_schema(job_id: &str) -> String {
    r#"{
        "id": "JOB",
        "version": "Date:2026-11-28T12:00:00Z",
        "futureTopLevel": {"n": 12, "list": ["kept", null]},
        "synchronizationRules": [{
            "id": "USER_TO_USER",
            "name": "USER_TO_USER",
            "sourceDirectoryName": "Azure Active Directory",
            "targetDirectoryName": "customappsso",
            "futureRuleProperty": true,
            "objectMappings": [{
                "enabled": true,
                "flowTypes": "Add,Update",
                "name": "Provision Users",
                "sourceObjectName": "User",
                "targetObjectName": "User",
                "attributeMappings": [
                    {"targetAttributeName": "userName", "flowType": "always", "flowBehavior": "FlowWhenChanged",
                     "matchingPriority": 1, "source": {"expression": "[userPrincipalName]", "name": "userPrincipalName", "type": "Attribute", "parameters": []}},
                    {"targetAttributeName": "active", "flowType": "Always", "futureMappingProperty": "x",
                     "source": {"expression": "Not([IsSoftDeleted])", "name": "Not", "type": "Function", "parameters": []}},
                    {"targetAttributeName": "displayName", "flowType": "Always",
                     "source": {"expression": "[displayName]", "name": "displayName", "type": "Attribute", "parameters": []}}
                ]
            }]
        }],
        "directories": [{"id": "d1", "name": "Azure Active Directory", "discoverabilities": "AttributeNames, None", "objects": []}]
    }"#
    .replace("JOB", job_id)
}

async fn put_raw_schema(fake: &FakeGraph, client: &Client, job: &JobRef, schema: &str) {
    let request = msgraph_sync::http::Request::builder()
        .method("PUT")
        .uri(format!("{}{}/schema", fake.base_url(), job_path(job)))
        .header("content-type", "application/json")
        .body(schema.as_bytes().to_vec())
        .unwrap();
    let (response, _) = client.execute(request).await.unwrap();
    assert_eq!(response.status(), 204);
}

#[tokio::test]
async fn schema_round_trip_changes_only_the_edit() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    let original = odd_schema(&job.job_id);
    put_raw_schema(&fake, &client, &job, &original).await;

    let pulled = schema::pull(&client, &job).await.unwrap();
    let text = schema::to_text(&pulled).unwrap();
    let edited_text = text.replace(
        "Not([IsSoftDeleted])",
        "Switch([IsSoftDeleted], , \\\"False\\\", \\\"True\\\")",
    );
    assert_ne!(text, edited_text, "the edit applies");
    let edited = schema::from_text(&edited_text, Path::new("schema.json")).unwrap();
    fake.clear_requests();

    let report = schema::push(&client, &job, &edited, &schema::PushOptions::default())
        .await
        .unwrap();
    assert!(report.pushed);
    assert_eq!(report.diff.mappings.len(), 1, "{}", report.diff);
    assert!(report.diff.other.is_empty(), "{}", report.diff);
    let shown = report.diff.to_string();
    assert!(shown.contains("~ USER_TO_USER / Provision Users / active"), "{shown}");
    assert!(
        shown.contains(
            r#"source.expression: "Not([IsSoftDeleted])" -> "Switch([IsSoftDeleted], , \"False\", \"True\")""#
        ),
        "{shown}"
    );

    // On the wire: GET, one parseExpression with the new expression, one PUT; nothing else, no PATCH.
    let requests = fake.requests();
    let methods: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.method.as_str(), r.path.rsplit('/').next().unwrap()))
        .collect();
    assert_eq!(
        methods,
        [
            ("GET", "schema"),
            ("POST", "microsoft.graph.parseExpression"),
            ("PUT", "schema")
        ]
    );
    assert_eq!(
        requests[1].body_json().unwrap(),
        json!({"expression": "Switch([IsSoftDeleted], , \"False\", \"True\")"})
    );
    let mut expected: Value = serde_json::from_str(&original).unwrap();
    expected["synchronizationRules"][0]["objectMappings"][0]["attributeMappings"][1]["source"]["expression"] =
        json!("Switch([IsSoftDeleted], , \"False\", \"True\")");
    // Compared as text where spelling matters: enums and flags keep their case and form.
    let put_body = requests[2].body_text();
    assert!(put_body.contains(r#""flowType":"always""#), "{put_body}");
    assert!(put_body.contains(r#""flowTypes":"Add,Update""#), "{put_body}");
    assert!(
        put_body.contains(r#""discoverabilities":"AttributeNames, None""#),
        "{put_body}"
    );
    assert_eq!(requests[2].body_json().unwrap(), expected);
}

#[tokio::test]
async fn a_bad_expression_stops_the_push() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    let mut edited = schema::pull(&client, &job).await.unwrap();
    let mapping = &mut edited.synchronization_rules.value_mut().unwrap()[0]
        .object_mappings
        .value_mut()
        .unwrap()[0]
        .attribute_mappings
        .value_mut()
        .unwrap()[0];
    mapping.source.value_mut().unwrap().expression = Maybe::Value("Join(\",\", [mail]".into());
    fake.clear_requests();

    let error = schema::push(&client, &job, &edited, &schema::PushOptions::default())
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(
        matches!(error, schema::SchemaError::BadExpressions { ref failures } if failures.len() == 1),
        "{message}"
    );
    assert!(message.contains("userName"), "{message}");
    assert!(message.contains("is not closed"), "{message}");
    assert!(
        fake.requests().iter().all(|r| r.method != "PUT" && r.method != "PATCH"),
        "nothing pushed"
    );
}

#[test]
fn a_schema_file_error_names_line_and_column() {
    let error = schema::from_text("{\n  \"synchronizationRules\": 5\n}", Path::new("mine.json")).unwrap_err();
    let message = error.to_string();
    assert!(message.starts_with("mine.json: line 2, column"), "{message}");
    assert!(message.contains("synchronizationRules"), "{message}");
}

#[tokio::test]
async fn jobs_are_picked_by_template() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let scim = create_job(&fake, SP, "scim");
    create_job(&fake, SP, "BoxOutDelta");
    create_job(&fake, SP, "Salesforce"); // three jobs: two pages of the fake's listing

    let error = job::find_job(&client, SP, None).await.unwrap_err().to_string();
    assert!(error.contains("has 3 jobs"), "{error}");
    assert!(error.contains("choose one by template id"), "{error}");
    assert_eq!(job::find_job(&client, SP, Some("scim")).await.unwrap(), scim);
    let none = job::find_job(&client, SP, Some("Workday"))
        .await
        .unwrap_err()
        .to_string();
    assert!(none.contains("no synchronization job from template Workday"), "{none}");
}

fn fast_watch(deadline_ms: u64) -> WatchOptions {
    WatchOptions {
        deadline: Duration::from_millis(deadline_ms),
        initial_interval: Duration::from_millis(20),
        max_interval: Duration::from_millis(80),
    }
}

#[tokio::test]
async fn watch_reaches_a_steady_state_and_never_starts() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    job::start(&client, &job).await.unwrap();
    let mut polls = 0;
    let outcome = job::watch(&client, &job, &fast_watch(5_000), |_, n| polls = n)
        .await
        .unwrap();
    assert!(matches!(outcome, WatchOutcome::Steady(_)), "{outcome:?}");
    assert_eq!(polls, 2, "the fake is steady from the 2nd GET");
    let starts = fake
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/microsoft.graph.start"))
        .count();
    assert_eq!(starts, 1, "only the caller's start");
}

#[tokio::test]
async fn watch_reports_a_quarantine() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    job::start(&client, &job).await.unwrap();
    fake.set_gets_to_steady_state(u32::MAX);
    // Quarantined while the watch is under way: after its second poll found the job running.
    let mut polls = 0;
    let options = fast_watch(5_000);
    let outcome = job::watch(&client, &job, &options, |_, n| {
        polls = n;
        if n == 2 {
            assert!(fake.quarantine(
                SP,
                &job.job_id,
                Quarantine {
                    reason: "EncounteredEscrowProportionThreshold".into(),
                    series_count: 3,
                    next_attempt: "2026-11-28T13:00:00Z".into(),
                }
            ));
        }
    })
    .await;
    assert_eq!(polls, 3, "the poll after the quarantine reports it");
    let WatchOutcome::Quarantined(_, report) = outcome.unwrap() else {
        panic!("not quarantined")
    };
    assert_eq!(report.reason.as_deref(), Some("EncounteredEscrowProportionThreshold"));
    assert_eq!(report.series_count, Some(3));
    assert_eq!(report.next_attempt.as_deref(), Some("2026-11-28T13:00:00Z"));
    assert!(
        fake.requests()
            .iter()
            .filter(|r| r.path.ends_with("/microsoft.graph.start"))
            .count()
            == 1
    );
}

#[tokio::test]
async fn watch_stops_at_the_deadline_with_backoff() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    job::start(&client, &job).await.unwrap();
    fake.set_gets_to_steady_state(u32::MAX);
    fake.clear_requests();
    let started = Instant::now();
    let outcome = job::watch(&client, &job, &fast_watch(400), |_, _| {}).await.unwrap();
    assert!(matches!(outcome, WatchOutcome::Deadline(Some(_))), "{outcome:?}");
    assert!(started.elapsed() >= Duration::from_millis(400));
    // Waits of 20, 40, 80, 80, … ms: at most 1 + 2 + 4 polls in the first 140 ms and then one per 80 ms.
    let gets = fake.requests().len();
    assert!((2..=9).contains(&gets), "{gets} GETs");
    assert!(fake.requests().iter().all(|r| r.method == "GET"));
}

#[tokio::test]
async fn restart_sends_its_scope_and_the_fake_honours_it() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    let quarantine = Quarantine {
        reason: "TooManyDeletes".into(),
        series_count: 1,
        next_attempt: "2026-11-28T13:00:00Z".into(),
    };

    // The admin center's default: resetScope left empty.
    let default = job::restart_body(None, false).unwrap();
    fake.quarantine(SP, &job.job_id, quarantine.clone());
    job::restart(&client, &job, &default).await.unwrap();
    assert_eq!(
        fake.requests().last().unwrap().body_json().unwrap(),
        json!({"criteria": {}})
    );
    assert_eq!(fake.job(SP, &job.job_id).unwrap()["status"]["quarantine"], Value::Null);

    // Escrows only: the quarantine stays.
    fake.quarantine(SP, &job.job_id, quarantine.clone());
    let escrows = job::restart_body(Some(job::parse_scope(["escrows"]).unwrap()), false).unwrap();
    job::restart(&client, &job, &escrows).await.unwrap();
    assert_eq!(
        fake.requests().last().unwrap().body_json().unwrap(),
        json!({"criteria": {"resetScope": "Escrows"}})
    );
    assert_eq!(fake.job(SP, &job.job_id).unwrap()["status"]["code"], "Quarantine");

    // The docs' example scope.
    let scope = job::parse_scope(["Watermark, Escrows", "QuarantineState"]).unwrap();
    job::restart(&client, &job, &job::restart_body(Some(scope), false).unwrap())
        .await
        .unwrap();
    assert_eq!(
        fake.requests().last().unwrap().body_json().unwrap(),
        json!({"criteria": {"resetScope": "Escrows, Watermark, QuarantineState"}})
    );
    assert_eq!(fake.job(SP, &job.job_id).unwrap()["status"]["quarantine"], Value::Null);

    // ConnectorDataStore and None need the override; unknown members are refused.
    let sent = fake.requests().len();
    let refused = job::restart_body(Some(job::parse_scope(["ConnectorDataStore"]).unwrap()), false).unwrap_err();
    assert!(refused.to_string().contains("DO NOT USE"), "{refused}");
    assert!(job::restart_body(Some(job::parse_scope(["None"]).unwrap()), false).is_err());
    assert!(job::restart_body(Some(job::parse_scope(["ConnectorDataStore"]).unwrap()), true).is_ok());
    assert!(job::parse_scope(["Everything"])
        .unwrap_err()
        .to_string()
        .contains("Everything"));
    assert_eq!(fake.requests().len(), sent, "nothing sent for refused scopes");
}

#[tokio::test]
async fn on_demand_chooses_the_rule_and_decodes_the_steps() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = create_job(&fake, SP, "scim");
    let subject = Subject {
        object_id: "9bb0f679-a883-4a6f-8260-35b491b8b8c8".into(),
        object_type_name: "User".into(),
    };
    let result = OnDemand.provision(&client, &job, &subject, None, None).await.unwrap();
    assert_eq!(result.rule_id, "USER_TO_USER");
    assert!(result.succeeded());
    let steps: Vec<(&str, &str)> = result
        .record
        .provisioning_steps
        .iter()
        .map(|s| (s.step_type.as_deref().unwrap(), s.status.as_deref().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("Import", "Success"),
            ("Matching", "Success"),
            ("Scoping", "Success"),
            ("Export", "Success")
        ]
    );
    assert_eq!(
        result.record.modified_properties[0].display_name.as_deref(),
        Some("active")
    );
    let sent = fake.requests().last().unwrap().body_json().unwrap();
    assert_eq!(
        sent,
        json!({"parameters": [{"ruleId": "USER_TO_USER", "subjects": [{"objectId": subject.object_id, "objectTypeName": "User"}]}]})
    );

    // A failure is decoded too; a directory no rule reads from names the rules.
    let missing = Subject {
        object_id: "missing-1".into(),
        object_type_name: "User".into(),
    };
    let failed = OnDemand
        .provision(&client, &job, &missing, Some("USER_TO_USER"), None)
        .await
        .unwrap();
    assert!(!failed.succeeded());
    assert_eq!(failed.outcome.details["errorCode"], "EntryNotFound");
    let error = OnDemand
        .provision(&client, &job, &subject, None, Some("Workday"))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("USER_TO_USER (Azure Active Directory -> customappsso)"),
        "{error}"
    );
}

#[test]
fn on_demand_decodes_the_docs_example() {
    // tests/fixtures/docs/v1.0/synchronization-synchronizationjob-provisionondemand/example-1.json
    let text = include_str!(
        "../../tests/fixtures/docs/v1.0/synchronization-synchronizationjob-provisionondemand/example-1.json"
    );
    let example: Value = serde_json::from_str(text).unwrap();
    let response: msgraph_sync::v1_0::StringKeyStringValuePair =
        serde_json::from_value(example["response"]["body"].clone()).unwrap();
    let result = msgraph_sync_provisioning::on_demand::decode_result("r", &response).unwrap();
    assert_eq!(result.outcome.result.as_deref(), Some("Skipped"));
    assert_eq!(result.outcome.details["errorCode"], "RedundantExport");
    assert_eq!(result.record.provisioning_steps.len(), 4);
    assert_eq!(
        result.record.provisioning_steps[3].details["SkipReason"],
        "RedundantExport"
    );
    assert_eq!(
        result.record.reportable_identifier.as_deref(),
        Some("BillBob@contoso.com")
    );
    assert_eq!(result.record.modified_properties.len(), 7);
}

#[tokio::test]
async fn on_demand_stays_within_its_limit() {
    let fake = FakeGraph::start().await;
    // The documented 5 per 10 s, scaled to 5 per second on both sides.
    fake.set_on_demand_limit(5, Duration::from_secs(1));
    let window = msgraph_sync::client::Window::new(5, Duration::from_secs(1)).unwrap();
    let client = client_builder(&fake)
        .endpoint_limit(msgraph_sync::client::Endpoint::ProvisionOnDemand, window)
        .build()
        .unwrap();
    let job = create_job(&fake, SP, "scim");
    let limiter = OnDemand;
    for n in 0..7 {
        let subject = Subject {
            object_id: format!("user-{n}"),
            object_type_name: "User".into(),
        };
        limiter
            .provision(&client, &job, &subject, Some("USER_TO_USER"), None)
            .await
            .unwrap();
    }
    let arrivals = fake.on_demand_arrivals();
    assert_eq!(arrivals.len(), 7);
    // The fake's own window is the oracle; how the client fills a window without passing it is
    // proven on a paused clock in the client's limits tests.
    assert!(
        arrivals.iter().all(|(_, throttled)| !throttled),
        "the fake never had to throttle"
    );
}

#[tokio::test]
async fn on_demand_throttled_by_the_service_waits_retry_after() {
    let fake = FakeGraph::start().await;
    fake.set_on_demand_limit(1, Duration::from_secs(1));
    let window = msgraph_sync::client::Window::new(100, Duration::from_secs(1)).unwrap();
    let client = client_builder(&fake)
        .endpoint_limit(msgraph_sync::client::Endpoint::ProvisionOnDemand, window)
        .build()
        .unwrap();
    let job = create_job(&fake, SP, "scim");
    let loose = OnDemand;
    let subject = Subject {
        object_id: "user-1".into(),
        object_type_name: "User".into(),
    };
    loose
        .provision(&client, &job, &subject, Some("USER_TO_USER"), None)
        .await
        .unwrap();
    let started = Instant::now();
    loose
        .provision(&client, &job, &subject, Some("USER_TO_USER"), None)
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(900), "Retry-After honoured");
    let throttled: Vec<bool> = fake.on_demand_arrivals().iter().map(|(_, t)| *t).collect();
    assert_eq!(throttled, [false, true, false]);
}

fn bootstrap_options(secrets: Vec<(&str, &str)>) -> BootstrapOptions {
    BootstrapOptions {
        template: TemplateRef::DisplayName("Contoso HR".into()),
        display_name: "Contoso HR (test)".into(),
        job_template_id: "scim".into(),
        secrets: secrets
            .into_iter()
            .map(|(k, v)| (bootstrap::secret_key(k), Secret::new(v)))
            .collect(),
        replication: ReplicationPolicy {
            max_attempts: 8,
            initial_delay: Duration::from_millis(20),
            max_delay: Duration::from_millis(100),
        },
        start: true,
    }
}

#[tokio::test]
async fn bootstrap_waits_for_replication_then_runs_every_step() {
    let fake = FakeGraph::start().await;
    fake.set_replication_lag(Some(Duration::from_millis(150)));
    let client = client(&fake);
    let mut seen = Vec::new();
    let options = bootstrap_options(vec![
        ("BaseAddress", "https://scim.example.com"),
        ("SecretToken", "s3cr3t"),
    ]);
    let report = bootstrap::bootstrap(&client, &options, |step| seen.push(step))
        .await
        .unwrap();
    assert_eq!(seen, Step::ALL);
    assert!(report.replication_attempts > 1, "{report:?}");
    let sp = report.service_principal_id.clone().unwrap();
    let job_id = report.job_id.clone().unwrap();
    assert_eq!(fake.job(&sp, &job_id).unwrap()["schedule"]["state"], "Active");
    assert_eq!(
        fake.secrets(&sp),
        [
            json!({"key": "BaseAddress", "value": "https://scim.example.com"}),
            json!({"key": "SecretToken", "value": "s3cr3t"})
        ]
    );
    let requests = fake.requests();
    let sp_gets = requests
        .iter()
        .filter(|r| r.method == "GET" && r.path == format!("/v1.0/servicePrincipals/{sp}"))
        .count();
    assert_eq!(sp_gets as u32, report.replication_attempts);
    let validate = requests
        .iter()
        .find(|r| r.path.ends_with("validateCredentials"))
        .unwrap();
    assert_eq!(validate.body_json().unwrap()["useSavedCredentials"], false);
    assert_eq!(validate.body_json().unwrap()["credentials"][1]["value"], "s3cr3t");
}

#[tokio::test]
async fn bootstrap_names_the_step_replication_never_arrives() {
    let fake = FakeGraph::start().await;
    fake.set_replication_lag(None);
    let client = client(&fake);
    let error = bootstrap::bootstrap(&client, &bootstrap_options(vec![]), |_| {})
        .await
        .unwrap_err();
    assert_eq!(error.step, Step::WaitForServicePrincipal);
    let message = error.to_string();
    assert!(
        message.starts_with("step 3 of 7 (wait for the service principal to replicate) failed"),
        "{message}"
    );
    assert!(message.contains("after 8 attempts"), "{message}");
    assert!(error.partial.application_id.is_some(), "what was made is reported");
    assert!(
        !fake.requests().iter().any(|r| r.path.ends_with("/jobs")),
        "no job created"
    );
}

#[tokio::test]
async fn bootstrap_names_the_step_credentials_are_refused() {
    let fake = FakeGraph::start().await;
    fake.script(
        "POST",
        "validateCredentials",
        vec![Scripted::error(
            400,
            "CredentialValidationUnavailable",
            "The target refused the credentials.",
        )],
    );
    let client = client(&fake);
    let options = bootstrap_options(vec![("SecretToken", "s3cr3t")]);
    let error = bootstrap::bootstrap(&client, &options, |_| {}).await.unwrap_err();
    assert_eq!(error.step, Step::ValidateCredentials);
    let message = error.to_string();
    assert!(
        message.starts_with("step 5 of 7 (validate the credentials) failed"),
        "{message}"
    );
    assert!(!message.contains("s3cr3t"), "{message}");
    let requests = fake.requests();
    assert!(!requests
        .iter()
        .any(|r| r.path.ends_with("/secrets") || r.path.ends_with("/microsoft.graph.start")));
}
