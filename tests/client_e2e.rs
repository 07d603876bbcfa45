//! The client end to end against a fake synchronization service on 127.0.0.1.

use fake_graph::{FakeGraph, Scripted};
use msgraph_sync::client::Error;
use msgraph_sync::v1_0::*;
use msgraph_sync::{Client, Maybe};
use std::time::Duration;
use test_support::{client, client_builder};

const SP: &str = "sp-1";

/// `GET …/jobs/j` through the client: the request the failure tests script responses for.
async fn get_job_j(client: &Client) -> Result<SynchronizationJob, Error> {
    client
        .send(
            &client
                .v1_0()
                .service_principals()
                .item(SP)
                .synchronization()
                .jobs()
                .item("j")
                .get(),
        )
        .await
}

fn secret(key: SynchronizationSecret, value: &str) -> SynchronizationSecretKeyStringValuePair {
    SynchronizationSecretKeyStringValuePair {
        key: Maybe::Value(key),
        value: Maybe::Value(value.into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn documented_lifecycle() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let sync = client.v1_0().service_principals().item(SP).synchronization();

    // Create a job from a template: it starts Disabled.
    let template = SynchronizationJob {
        template_id: Maybe::Value("BoxOutDelta".into()),
        ..Default::default()
    };
    let job = client
        .send(&sync.jobs().create(&template))
        .await
        .unwrap()
        .expect("201 with a body");
    let job_id = job.id.value().cloned().expect("id");
    assert!(job_id.starts_with("BoxOutDelta."), "{job_id}");
    let schedule = job.schedule.value().unwrap();
    assert_eq!(schedule.state.value(), Some(&SynchronizationScheduleState::Disabled));
    assert!(schedule.expiration.is_null(), "explicit null kept");

    let item = sync.jobs().item(&job_id);
    client.send(&item.start()).await.unwrap();
    let active = client.send(&item.get()).await.unwrap();
    assert_eq!(
        active.status.value().unwrap().code.value(),
        Some(&SynchronizationStatusCode::Active)
    );

    client.send(&item.pause()).await.unwrap();
    let paused = client.send(&item.get()).await.unwrap();
    assert_eq!(
        paused.schedule.value().unwrap().state.value(),
        Some(&SynchronizationScheduleState::Paused)
    );

    use SynchronizationJobRestartScopeMember as Scope;
    let restart = RestartRequestBody {
        criteria: Maybe::Value(SynchronizationJobRestartCriteria {
            reset_scope: Maybe::Value(
                [Scope::Watermark, Scope::Escrows, Scope::QuarantineState]
                    .into_iter()
                    .collect(),
            ),
            ..Default::default()
        }),
        ..Default::default()
    };
    client.send(&item.restart(&restart)).await.unwrap();
    let restarted = fake.job(SP, &job_id).unwrap();
    assert_eq!(restarted["schedule"]["state"], "Active");
    assert!(
        restarted["synchronizationJobSettings"]
            .to_string()
            .contains("Escrows, Watermark, QuarantineState"),
        "the restart body arrived intact: {restarted}"
    );

    let on_demand = ProvisionOnDemandRequestBody {
        parameters: Maybe::Value(vec![SynchronizationJobApplicationParameters {
            rule_id: Maybe::Value("rule".into()),
            subjects: Maybe::Value(vec![SynchronizationJobSubject {
                object_id: Maybe::Value("user-1".into()),
                object_type_name: Maybe::Value("User".into()),
                ..Default::default()
            }]),
            ..Default::default()
        }]),
        ..Default::default()
    };
    let provisioned = client
        .send(&item.provision_on_demand(&on_demand))
        .await
        .unwrap()
        .expect("200 with a body");
    assert!(provisioned.value.value().unwrap().contains("user-1"));

    let credentials = ValidateCredentialsRequestBody {
        use_saved_credentials: Maybe::Value(false),
        credentials: Maybe::Value(vec![secret(SynchronizationSecret::UserName, "admin")]),
        ..Default::default()
    };
    client.send(&item.validate_credentials(&credentials)).await.unwrap();

    let secrets = SecretsRequestBody {
        value: Maybe::Value(vec![secret(
            SynchronizationSecret::BaseAddress,
            "https://example.test/scim",
        )]),
        ..Default::default()
    };
    client.send(&sync.secrets().put(&secrets)).await.unwrap();
    assert_eq!(fake.secrets(SP).len(), 1);

    let mut schema = client.send(&item.schema().get()).await.unwrap();
    let directories = schema.directories.value_mut().unwrap();
    directories[0].name = Maybe::Value("Renamed".into());
    client.send(&item.schema().put(&schema)).await.unwrap();
    let updated = client.send(&item.schema().get()).await.unwrap();
    assert_eq!(
        updated.directories.value().unwrap()[0].name.value().map(String::as_str),
        Some("Renamed")
    );

    let parse = ParseExpressionRequestBody {
        expression: Maybe::Value("Join(\",\", [givenName])".into()),
        ..Default::default()
    };
    let parsed = client
        .send(&item.schema().parse_expression(&parse))
        .await
        .unwrap()
        .expect("200 with a body");
    assert_eq!(parsed.parsing_succeeded.value(), Some(&true));

    client.send(&item.delete()).await.unwrap();
    let Error::Graph { error, attempts } = client.send(&item.get()).await.unwrap_err() else {
        panic!("expected a Graph error")
    };
    assert_eq!(
        (error.status, error.code.as_deref(), attempts),
        (404, Some("Request_ResourceNotFound"), 1)
    );
    assert!(error.request_id.is_some() && error.client_request_id.is_some());

    // Every request: bearer token, a UUID client-request-id of its own, the crate's User-Agent.
    let requests = fake.requests();
    let mut ids = std::collections::BTreeSet::new();
    for r in &requests {
        assert_eq!(r.header("authorization"), Some("Bearer test-token"));
        assert_eq!(r.header("user-agent"), Some(msgraph_sync::client::USER_AGENT));
        let id = r.header("client-request-id").expect("client-request-id");
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
        ids.insert(id.to_string());
    }
    assert_eq!(ids.len(), requests.len(), "a fresh id per request");
}

/// The schema round trip the docs describe (GET, edit one attribute mapping, PUT the whole schema,
/// GET) against a fake that, like the synchronization backend, answers PATCH on a schema with 404.
#[tokio::test]
async fn schema_round_trip_edits_one_attribute_mapping_through_put() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let jobs = client.v1_0().service_principals().item(SP).synchronization().jobs();
    let template = SynchronizationJob {
        template_id: Maybe::Value("scim".into()),
        ..Default::default()
    };
    let job = client
        .send(&jobs.create(&template))
        .await
        .unwrap()
        .expect("201 with a body");
    let schema_requests = jobs.item(job.id.value().expect("id")).schema();

    let original = client.send(&schema_requests.get()).await.unwrap();
    let mut edited = original.clone();
    let rules = edited.synchronization_rules.value_mut().expect("rules");
    let mappings = rules[0].object_mappings.value_mut().expect("object mappings")[0]
        .attribute_mappings
        .value_mut()
        .expect("attribute mappings");
    let mail = mappings
        .iter_mut()
        .find(|m| m.target_attribute_name.value().is_some_and(|n| n.starts_with("emails")))
        .expect("the emails mapping");
    let source = mail.source.value_mut().expect("source");
    source.expression = Maybe::Value("Coalesce([mail], [userPrincipalName])".into());
    source.name = Maybe::Value("Coalesce".into());
    source.r#type = Maybe::Value(AttributeMappingSourceType::Function);
    assert_ne!(
        serde_json::to_value(&edited).unwrap(),
        serde_json::to_value(&original).unwrap()
    );

    fake.clear_requests();
    client.send(&schema_requests.put(&edited)).await.unwrap();
    let sent = &fake.requests()[0];
    assert_eq!(sent.method, "PUT", "the builder sends what the service accepts");
    assert_eq!(
        sent.body_json(),
        Some(serde_json::to_value(&edited).unwrap()),
        "the whole schema"
    );

    let read_back = client.send(&schema_requests.get()).await.unwrap();
    assert_eq!(
        serde_json::to_value(&read_back).unwrap(),
        serde_json::to_value(&edited).unwrap(),
        "the PUT replaced the schema"
    );

    // What the builders used to send, and every Microsoft SDK still sends: PATCH gets the backend's 404.
    let mut patch = schema_requests.put(&edited).build().unwrap();
    *patch.method_mut() = http::Method::PATCH;
    let (response, _) = client.execute(patch).await.unwrap();
    assert_eq!(response.status(), 404);
    let body = String::from_utf8_lossy(response.body());
    assert!(
        body.contains("No HTTP resource was found that matches the request URI")
            && body.contains("syncfabric.windowsazure.com"),
        "{body}"
    );
    let unchanged = client.send(&schema_requests.get()).await.unwrap();
    assert_eq!(
        serde_json::to_value(&unchanged).unwrap(),
        serde_json::to_value(&edited).unwrap()
    );
}

/// The flow the docs give for configuring provisioning through Graph, from the gallery to the logs.
#[tokio::test]
async fn provisioning_flow_from_the_gallery_to_the_logs() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(2);
    // This test reads the logs more often than the reports limit (5 per 10 s) allows; the limit has
    // its own tests (provisioning/tests/bulk_upload.rs).
    fake.set_reports_limit(0, Duration::ZERO);
    let client = client(&fake);
    let api = client.v1_0();

    // 1. Find the application in the gallery.
    let found = client
        .collect_all(&api.application_templates().list().filter("displayName eq 'Contoso HR'"))
        .await
        .unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    let template_id = found[0].id.value().cloned().expect("template id");
    let template = client
        .send(&api.application_templates().item(&template_id).get())
        .await
        .unwrap();
    assert_eq!(template.display_name.value().map(String::as_str), Some("Contoso HR"));

    // 2. Instantiate it: an application and its service principal.
    let instance = InstantiateRequestBody {
        display_name: Maybe::Value("Contoso HR provisioning".into()),
        ..Default::default()
    };
    let created = client
        .send(&api.application_templates().item(&template_id).instantiate(&instance))
        .await
        .unwrap()
        .expect("201 with a body");
    let application = created.application.value().expect("application");
    let service_principal = created.service_principal.value().expect("service principal");
    let app_id = application.app_id.value().cloned().expect("appId");
    assert_eq!(service_principal.app_id.value(), Some(&app_id));
    assert_eq!(fake.service_principals().len(), 1);
    assert_eq!(fake.applications().len(), 1);

    // 3. Find its service principal: by $filter on appId, by the appId alternate key, by id.
    let by_filter = client
        .collect_all(&api.service_principals().list().filter(&format!("appId eq '{app_id}'")))
        .await
        .unwrap();
    assert_eq!(by_filter.len(), 1);
    let sp_id = by_filter[0].id.value().cloned().expect("id");
    let by_app_id = client
        .send(&api.service_principals_by_app_id(&app_id).get())
        .await
        .unwrap();
    assert_eq!(by_app_id.id.value(), Some(&sp_id));
    let by_id = client.send(&api.service_principals().item(&sp_id).get()).await.unwrap();
    assert_eq!(
        by_id.display_name.value().map(String::as_str),
        Some("Contoso HR provisioning")
    );
    let none = client
        .collect_all(&api.service_principals().list().filter("appId eq 'not-there'"))
        .await
        .unwrap();
    assert!(none.is_empty());

    // 4. Create the job from a template, validate credentials, save secrets, start.
    let sync = api.service_principals().item(&sp_id).synchronization();
    let job = client
        .send(&sync.jobs().create(&SynchronizationJob {
            template_id: Maybe::Value("scim".into()),
            ..Default::default()
        }))
        .await
        .unwrap()
        .expect("201 with a body");
    let job_id = job.id.value().cloned().expect("job id");
    let credentials = vec![
        secret(SynchronizationSecret::BaseAddress, "https://example.test/scim"),
        secret(SynchronizationSecret::SecretToken, "token"),
    ];
    client
        .send(
            &sync
                .jobs()
                .item(&job_id)
                .validate_credentials(&ValidateCredentialsRequestBody {
                    credentials: Maybe::Value(credentials.clone()),
                    ..Default::default()
                }),
        )
        .await
        .unwrap();
    client
        .send(&sync.secrets().put(&SecretsRequestBody {
            value: Maybe::Value(credentials),
            ..Default::default()
        }))
        .await
        .unwrap();
    assert_eq!(fake.secrets(&sp_id).len(), 2);
    client.send(&sync.jobs().item(&job_id).start()).await.unwrap();
    // Another job's cycle, so the jobId filter has something to leave out.
    let other = client
        .send(&sync.jobs().create(&SynchronizationJob {
            template_id: Maybe::Value("other".into()),
            ..Default::default()
        }))
        .await
        .unwrap()
        .expect("201 with a body");
    client
        .send(&sync.jobs().item(other.id.value().expect("id")).start())
        .await
        .unwrap();

    // 5. Read the provisioning logs of the job: filtered, paged (3 entries, pages of 2), counted.
    let logs = api.audit_logs().provisioning();
    let by_job = format!("jobId eq '{job_id}'");
    fake.clear_requests();
    let entries = client.collect_all(&logs.list().filter(&by_job)).await.unwrap();
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert!(entries.iter().all(|e| e.job_id.value() == Some(&job_id)));
    assert_eq!(fake.requests().len(), 2, "two pages");
    assert_eq!(client.send(&logs.count().filter(&by_job)).await.unwrap(), 3);
    assert_eq!(client.send(&logs.count()).await.unwrap(), 6);
    let page = client
        .send(&logs.list().filter(&by_job).count(true).top(1))
        .await
        .unwrap();
    assert_eq!(page.value.value().map(Vec::len), Some(1));
    assert_eq!(
        page.additional_properties
            .get("@odata.count")
            .map(|count| count.as_str()),
        Some("3")
    );
    // The second and third entries of the job's cycle are a minute apart from the first.
    let first = entries[0]
        .activity_date_time
        .value()
        .expect("activityDateTime")
        .as_str()
        .to_string();
    let later = client
        .collect_all(&logs.list().filter(&format!("{by_job} and activityDateTime gt {first}")))
        .await
        .unwrap();
    assert_eq!(later.len(), 2);
    let one = client
        .send(&logs.item(entries[2].id.value().expect("id")).get())
        .await
        .unwrap();
    assert_eq!(one.id, entries[2].id);
}

#[tokio::test]
async fn three_page_listing_follows_next_links() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(2);
    let client = client(&fake);
    let jobs = client.v1_0().service_principals().item(SP).synchronization().jobs();
    for i in 0..5 {
        let job = SynchronizationJob {
            template_id: Maybe::Value(format!("T{i}")),
            ..Default::default()
        };
        client.send(&jobs.create(&job)).await.unwrap();
    }
    fake.clear_requests();
    let all = client.collect_all(&jobs.list()).await.unwrap();
    let templates: Vec<&str> = all
        .iter()
        .filter_map(|j| j.template_id.value().map(String::as_str))
        .collect();
    assert_eq!(templates, ["T0", "T1", "T2", "T3", "T4"]);
    let pages: Vec<Option<String>> = fake.requests().iter().map(|r| r.query.clone()).collect();
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert_eq!(client.send(&jobs.count()).await.unwrap(), 5);
}

#[tokio::test]
async fn throttling_honors_retry_after_then_succeeds_with_the_same_body() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    fake.script("POST", "/synchronization/jobs", vec![Scripted::throttled(1)]);
    let job = SynchronizationJob {
        template_id: Maybe::Value("Retried".into()),
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let created = client
        .send(
            &client
                .v1_0()
                .service_principals()
                .item(SP)
                .synchronization()
                .jobs()
                .create(&job),
        )
        .await;
    assert!(created.unwrap().is_some());
    assert!(started.elapsed() >= Duration::from_secs(1), "waited for Retry-After");
    let requests = fake.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body, "the body is re-sent intact");
    assert_eq!(
        requests[0].header("client-request-id"),
        requests[1].header("client-request-id")
    );
}

#[tokio::test]
async fn a_503_storm_gives_up_after_the_retry_limit() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    fake.script(
        "GET",
        "/jobs/j",
        (0..10)
            .map(|_| Scripted::error(503, "ServiceUnavailable", "busy"))
            .collect(),
    );
    let err = get_job_j(&client).await;
    let Error::Graph { error, attempts } = err.unwrap_err() else {
        panic!("expected a Graph error")
    };
    assert_eq!((error.status, attempts), (503, 3));
    assert_eq!(fake.requests().len(), 3);
}

#[tokio::test]
async fn other_errors_are_not_retried_and_decode() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    fake.script(
        "GET",
        "/jobs/j",
        vec![Scripted::error(400, "BadRequest", "Invalid filter clause")],
    );
    let err = get_job_j(&client).await;
    let Error::Graph { error, attempts } = err.unwrap_err() else {
        panic!("expected a Graph error")
    };
    assert_eq!(
        (error.status, error.code.as_deref(), attempts),
        (400, Some("BadRequest"), 1)
    );
    assert_eq!(error.message.as_deref(), Some("Invalid filter clause"));
    assert!(!error.raw_body.is_empty());
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn a_malformed_body_is_a_decode_error() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    fake.script(
        "GET",
        "/jobs/j",
        vec![Scripted::Raw {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: "{\"id\": \"j\", \"status\": ".into(),
        }],
    );
    let err = get_job_j(&client).await;
    let Error::Decode {
        status,
        body_start,
        message,
    } = err.unwrap_err()
    else {
        panic!("expected a decode error")
    };
    assert_eq!(status, 200);
    assert!(body_start.starts_with("{\"id\": \"j\""), "{body_start}");
    assert!(message.contains("$.status"), "{message}");
}

#[tokio::test]
async fn a_slow_response_times_out() {
    let fake = FakeGraph::start().await;
    let client = client_builder(&fake)
        .request_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    fake.script("GET", "/jobs/j", vec![Scripted::Delay(Duration::from_secs(3))]);
    let err = get_job_j(&client).await;
    assert!(matches!(err, Err(Error::Timeout(_))), "{err:?}");
}

#[tokio::test]
async fn a_next_link_to_another_host_is_refused_without_sending_the_token() {
    let fake = FakeGraph::start().await;
    let elsewhere = FakeGraph::start().await;
    let client = client(&fake);
    let foreign = format!(
        "{}/v1.0/servicePrincipals/{SP}/synchronization/jobs?$skiptoken=2",
        elsewhere.base_url()
    );
    fake.script(
        "GET",
        "/synchronization/jobs",
        vec![Scripted::json(
            200,
            serde_json::json!({"value": [{"id": "a"}], "@odata.nextLink": foreign}),
        )],
    );
    let jobs = client.v1_0().service_principals().item(SP).synchronization().jobs();
    let err = client.collect_all(&jobs.list()).await.unwrap_err();
    assert!(
        matches!(&err, Error::ForeignHost { url, .. } if url.starts_with(&elsewhere.base_url())),
        "{err:?}"
    );
    assert!(elsewhere.requests().is_empty(), "the other host never saw a request");
    // The same for a request built for another base URL.
    let other = msgraph_sync::v1_0::Api::with_base_url(&elsewhere.base_url());
    let err = client
        .send(&other.service_principals().item(SP).synchronization().get())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::ForeignHost { .. }), "{err:?}");
    assert!(elsewhere.requests().is_empty());
}
