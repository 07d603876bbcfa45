//! The client end to end against a fake synchronization service on 127.0.0.1.

mod fake_graph;

use fake_graph::{FakeGraph, Scripted};
use msgraph_sync::client::{Error, RetryPolicy};
use msgraph_sync::v1_0::*;
use msgraph_sync::{Client, Maybe};
use std::time::Duration;

const SP: &str = "sp-1";

fn client(fake: &FakeGraph) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .retry(RetryPolicy {
            max_attempts: 3,
            max_total_wait: Duration::from_secs(5),
            base_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(50),
        })
        .build()
        .expect("client")
}

/// `GET …/jobs/j` through the client: the request the failure tests script responses for.
async fn get_job_j(client: &Client) -> Result<SynchronizationJob, Error> {
    client
        .send(
            &client
                .v1_0()
                .service_principals(SP)
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
    let sync = client.v1_0().service_principals(SP).synchronization();

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
    client.send(&item.schema().update(&schema)).await.unwrap();
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

#[tokio::test]
async fn three_page_listing_follows_next_links() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(2);
    let client = client(&fake);
    let jobs = client.v1_0().service_principals(SP).synchronization().jobs();
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
                .service_principals(SP)
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
    let client = Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
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
    let jobs = client.v1_0().service_principals(SP).synchronization().jobs();
    let err = client.collect_all(&jobs.list()).await.unwrap_err();
    assert!(
        matches!(&err, Error::ForeignHost { url, .. } if url.starts_with(&elsewhere.base_url())),
        "{err:?}"
    );
    assert!(elsewhere.requests().is_empty(), "the other host never saw a request");
    // The same for a request built for another base URL.
    let other = msgraph_sync::v1_0::Api::with_base_url(&elsewhere.base_url());
    let err = client
        .send(&other.service_principals(SP).synchronization().get())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::ForeignHost { .. }), "{err:?}");
    assert!(elsewhere.requests().is_empty());
}

#[tokio::test]
async fn tokens_stay_out_of_errors_and_traces() {
    let fake = FakeGraph::start().await;
    let client = Client::builder()
        .base_url(fake.base_url())
        .bearer_token("super-secret-token")
        .build()
        .unwrap();
    let (writer, captured) = capture();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_max_level(tracing::Level::TRACE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let err = get_job_j(&client).await.unwrap_err();
    let logs = String::from_utf8(captured.lock().unwrap().clone()).unwrap();
    let shown = format!("{err} {err:?} {client:?} {logs}");
    assert!(!shown.contains("super-secret-token"), "{shown}");
    assert!(logs.contains("graph_request"), "spans are emitted: {logs}");
    let Error::Graph { error, .. } = err else {
        panic!("401 expected")
    };
    assert_eq!(error.status, 401);
}

type Captured = std::sync::Arc<std::sync::Mutex<Vec<u8>>>;

fn capture() -> (impl for<'a> tracing_subscriber::fmt::MakeWriter<'a> + 'static, Captured) {
    #[derive(Clone)]
    struct Writer(Captured);
    impl std::io::Write for Writer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let captured = Captured::default();
    let writer = Writer(captured.clone());
    (move || writer.clone(), captured)
}
