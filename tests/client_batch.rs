//! JSON batching, bounded concurrency with the shared throttle, and the client middleware
//! (headers, Prefer, Retry-Attempt, per-request retry policy, fault injection), on 127.0.0.1
//! against the fake service. Assertions are on what the fake received.

use fake_graph::{FakeGraph, Recorded, Scripted};
use futures_util::StreamExt;
use msgraph_sync::client::{Batch, BatchError, Error, FaultInjection, RetryPolicy, INJECTED_FAULT_HEADER};
use msgraph_sync::v1_0::*;
use msgraph_sync::{Client, Maybe};
use serde_json::json;
use std::time::{Duration, Instant};
use test_support::{client, client_builder, fast_retry};

const SP: &str = "sp-1";

fn seed(fake: &FakeGraph, sp: &str, ids: &[&str]) {
    for id in ids {
        fake.insert_job(
            sp,
            json!({"id": id, "templateId": "t", "schedule": {"state": "Active"}, "status": {"code": "Active"}}),
        );
    }
}

fn jobs(client: &Client, sp: &str) -> msgraph_sync::v1_0::requests::SynchronizationJobsRequests {
    client.v1_0().service_principals().item(sp).synchronization().jobs()
}

/// What a request looks like once the per-connection headers (token, ids, agent, framing) are
/// set aside: those are the transport's, not the operation's.
fn operation(r: &Recorded) -> Recorded {
    let mut headers: Vec<(String, String)> = r
        .headers
        .iter()
        .filter(|(n, _)| {
            !matches!(
                n.as_str(),
                "authorization" | "client-request-id" | "user-agent" | "host" | "content-length" | "accept-encoding"
            )
        })
        .cloned()
        .collect();
    headers.sort();
    Recorded { headers, ..r.clone() }
}

fn batch_posts(fake: &FakeGraph) -> Vec<serde_json::Value> {
    fake.requests()
        .iter()
        .filter(|r| r.path.ends_with("/$batch"))
        .map(|r| r.body_json().expect("batch body is JSON"))
        .collect()
}

#[tokio::test]
async fn batched_requests_reach_the_routes_as_sent_alone() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let template = SynchronizationJob {
        template_id: Maybe::Value("BoxOutDelta".into()),
        ..Default::default()
    };
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
    let secrets = SecretsRequestBody {
        value: Maybe::Value(vec![SynchronizationSecretKeyStringValuePair {
            key: Maybe::Value(SynchronizationSecret::BaseAddress),
            value: Maybe::Value("https://scim.example/ü?x=1&y=\"2\"".into()),
            ..Default::default()
        }]),
        ..Default::default()
    };
    let sync = client.v1_0().service_principals().item(SP).synchronization();

    // Alone.
    client.send(&jobs.create(&template)).await.unwrap();
    client.send(&jobs.item("j1").get()).await.unwrap();
    client
        .send(&jobs.list().top(5).select(&["id", "status"]))
        .await
        .unwrap();
    client.send(&jobs.count()).await.unwrap();
    client
        .send(&jobs.item("j1").provision_on_demand(&on_demand))
        .await
        .unwrap();
    client.send(&sync.secrets().put(&secrets)).await.unwrap();
    client
        .send(&jobs.item("j1").start().header("ConsistencyLevel", "eventual"))
        .await
        .unwrap();
    // No bulkUpload route in the fake: the 404 is beside the point, the bytes are not.
    let bytes = vec![0u8, 159, 146, 150, b'{', 255];
    let _ = client
        .send(&jobs.item("j1").bulk_upload().value().put(bytes.clone()))
        .await;
    let alone: Vec<_> = fake.requests().iter().map(operation).collect();
    assert_eq!(alone.len(), 8);

    // Through one $batch.
    let mut batch = Batch::new();
    batch.add(&jobs.create(&template)).unwrap();
    batch.add(&jobs.item("j1").get()).unwrap();
    batch.add(&jobs.list().top(5).select(&["id", "status"])).unwrap();
    batch.add(&jobs.count()).unwrap();
    batch.add(&jobs.item("j1").provision_on_demand(&on_demand)).unwrap();
    batch.add(&sync.secrets().put(&secrets)).unwrap();
    batch
        .add(&jobs.item("j1").start().header("ConsistencyLevel", "eventual"))
        .unwrap();
    batch.add(&jobs.item("j1").bulk_upload().value().put(bytes)).unwrap();
    fake.clear_requests();
    client.send_batch(&batch).await.unwrap();
    let through_batch: Vec<_> = fake.batch_items().iter().map(operation).collect();
    assert_eq!(through_batch, alone);

    // On the wire: one POST, relative URLs, unique ids, the non-JSON body base64.
    let posts = fake.requests();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].method, "POST");
    assert_eq!(posts[0].path, "/v1.0/$batch");
    let body = posts[0].body_json().unwrap();
    let items = body["requests"].as_array().unwrap();
    let ids: std::collections::HashSet<_> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 8);
    assert_eq!(
        items[2]["url"],
        "/servicePrincipals/sp-1/synchronization/jobs?$top=5&$select=id,status"
    );
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode([0u8, 159, 146, 150, b'{', 255]);
    assert_eq!(items[7]["body"], encoded.as_str());
    assert!(
        items[0]["body"].is_object(),
        "JSON bodies are embedded as JSON: {}",
        items[0]["body"]
    );
}

#[tokio::test]
async fn base64_body_is_standard_base64() {
    // Kept apart from the replay test: the exact encoding Graph's batch format asks for.
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let mut batch = Batch::new();
    batch
        .add(
            &jobs(&client, SP)
                .item("j")
                .bulk_upload()
                .value()
                .put(vec![0, 159, 146, 150, 255]),
        )
        .unwrap();
    client.send_batch(&batch).await.unwrap();
    let body = fake.requests()[0].body_json().unwrap();
    assert_eq!(body["requests"][0]["body"], "AJ+Slv8=");
    assert_eq!(
        body["requests"][0]["headers"]["content-type"],
        "application/octet-stream"
    );
    assert_eq!(fake.batch_items()[0].body, vec![0, 159, 146, 150, 255]);
}

#[tokio::test]
async fn each_item_decodes_as_its_operation() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1", "j2", "j3"]);
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let job = batch.add(&jobs.item("j1").get()).unwrap();
    let page = batch.add(&jobs.list()).unwrap();
    let count = batch.add(&jobs.count()).unwrap();
    let start = batch.add(&jobs.item("j2").start()).unwrap();
    let missing = batch.add(&jobs.item("nope").get()).unwrap();
    let responses = client.send_batch(&batch).await.unwrap();

    let job = responses.get(&job).unwrap();
    assert_eq!(job.id.value().map(String::as_str), Some("j1"));
    let page = responses.get(&page).unwrap();
    assert_eq!(page.value.value().map(Vec::len), Some(2), "the fake's page size");
    assert!(page.odata_next_link.value().is_some());
    assert_eq!(responses.get(&count).unwrap(), 3);
    assert_eq!(responses.get(&start).unwrap(), Vec::<u8>::new());
    match responses.get(&missing) {
        Err(Error::Graph { error, attempts }) => {
            assert_eq!(error.status, 404);
            assert_eq!(error.code.as_deref(), Some("Request_ResourceNotFound"));
            assert!(error.request_id.is_some());
            assert_eq!(attempts, 1);
        }
        other => panic!("expected a Graph error, got {other:?}"),
    }
    assert_eq!(fake.job(SP, "j2").unwrap()["status"]["code"], "Active");
    // The count came base64 (not JSON) inside the batch response and decoded as text/plain.
    let headers = responses.get_with_headers(&count).unwrap();
    assert_eq!(headers.header("content-type"), Some("text/plain"));
}

#[tokio::test]
async fn chunks_of_twenty_keep_dependency_groups_together() {
    let fake = FakeGraph::start().await;
    let ids: Vec<String> = (0..45).map(|i| format!("j{i}")).collect();
    seed(&fake, SP, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let mut keys = Vec::new();
    for id in ids.iter().take(19) {
        keys.push(batch.add(&jobs.item(id).get()).unwrap());
    }
    // A pair that must travel together: it does not fit in the first chunk's last slot.
    let first = batch.add(&jobs.item("j19").start()).unwrap();
    let second = batch.add_after(&jobs.item("j19").get(), &[first.id()]).unwrap();
    for id in ids.iter().skip(20) {
        keys.push(batch.add(&jobs.item(id).get()).unwrap());
    }
    let responses = client.send_batch(&batch).await.unwrap();
    for key in &keys {
        responses.get(key).unwrap();
    }
    let posts = batch_posts(&fake);
    let sizes: Vec<usize> = posts.iter().map(|p| p["requests"].as_array().unwrap().len()).collect();
    assert!(sizes.iter().all(|&n| n <= 20), "{sizes:?}");
    assert_eq!(sizes.iter().sum::<usize>(), 46);
    assert_eq!(sizes, vec![19, 20, 7]);
    let pair = &posts[1]["requests"];
    assert_eq!(pair[0]["id"], first.id());
    assert_eq!(pair[1]["dependsOn"], json!([first.id()]));
    assert_eq!(
        responses
            .get(&second)
            .unwrap()
            .status
            .value()
            .and_then(|s| s.code.value().cloned()),
        Some(SynchronizationStatusCode::Active)
    );
    assert_eq!(responses.batch_requests(), 3);

    // A group over 20 cannot be sent at all.
    let mut chain = Batch::new();
    let mut last = chain.add(&jobs.item("j0").get()).unwrap().id().to_string();
    for _ in 0..20 {
        last = chain
            .add_after(&jobs.item("j0").get(), &[&last])
            .unwrap()
            .id()
            .to_string();
    }
    assert!(matches!(
        client.send_batch(&chain).await,
        Err(Error::Batch(BatchError::DependencyGroupTooLarge { size: 21, .. }))
    ));
    assert!(matches!(
        Batch::new().add_after(&jobs.item("j0").get(), &["9"]),
        Err(Error::Batch(BatchError::UnknownDependency { .. }))
    ));
}

#[tokio::test]
async fn depends_on_orders_items_and_fails_dependents() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    fake.quarantine_job(SP, "j1", "EncounteredQuarantineException");
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    // Listed get-first, but the get depends on the pause: it sees Paused.
    let pause = batch.add(&jobs.item("j1").pause()).unwrap();
    let get = batch.add_after(&jobs.item("j1").get(), &[pause.id()]).unwrap();
    let broken = batch.add(&jobs.item("missing").pause()).unwrap();
    let after_broken = batch.add_after(&jobs.item("j1").start(), &[broken.id()]).unwrap();
    let responses = client.send_batch(&batch).await.unwrap();
    let job = responses.get(&get).unwrap();
    assert_eq!(
        job.status.value().and_then(|s| s.code.value().cloned()),
        Some(SynchronizationStatusCode::Paused)
    );
    match responses.get(&after_broken) {
        Err(Error::Graph { error, .. }) => assert_eq!(error.status, 424),
        other => panic!("{other:?}"),
    }
    let dispatched: Vec<String> = fake.batch_items().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        dispatched.len(),
        3,
        "the failed dependency's dependent never ran: {dispatched:?}"
    );
    assert_eq!(fake.job(SP, "j1").unwrap()["status"]["code"], "Paused");
}

#[tokio::test]
async fn throttled_items_are_retried_alone_after_their_retry_after() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1", "j2", "j3"]);
    fake.script("GET", "jobs/j2", vec![Scripted::throttled(1)]);
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let keys: Vec<_> = ["j1", "j2", "j3"]
        .iter()
        .map(|id| batch.add(&jobs.item(id).get()).unwrap())
        .collect();
    let started = Instant::now();
    let responses = client.send_batch(&batch).await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1), "Retry-After: 1 honoured");
    for key in &keys {
        responses.get(key).unwrap();
    }
    assert_eq!(responses.get_with_headers(&keys[1]).unwrap().attempts, 2);
    assert_eq!(responses.get_with_headers(&keys[0]).unwrap().attempts, 1);
    let posts = batch_posts(&fake);
    assert_eq!(posts.len(), 2);
    let retried = posts[1]["requests"].as_array().unwrap();
    assert_eq!(retried.len(), 1, "only the throttled item goes again");
    assert_eq!(retried[0]["id"], keys[1].id());
    assert_eq!(retried[0]["headers"]["retry-attempt"], "1");
    assert_eq!(
        fake.batch_items()
            .iter()
            .filter_map(|r| r.header("retry-attempt").map(str::to_string))
            .collect::<Vec<_>>(),
        vec!["1"]
    );
}

fn raw(status: u16, retry_after: Option<&str>) -> Scripted {
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    if let Some(after) = retry_after {
        headers.push(("Retry-After".to_string(), after.to_string()));
    }
    Scripted::Raw {
        status,
        headers,
        body: json!({"error": {"code": "x", "message": "y"}}).to_string(),
    }
}

#[tokio::test]
async fn item_retries_follow_the_non_idempotent_rule() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["a", "b", "c", "d", "e", "f"]);
    // POST 503 without Retry-After, POST 504: the service may have acted; not retried.
    fake.script("POST", "jobs/a/microsoft.graph.start", vec![raw(503, None)]);
    fake.script("POST", "jobs/b/microsoft.graph.start", vec![raw(504, None)]);
    // POST 503 with Retry-After and POST 429: it did not act; retried.
    fake.script("POST", "jobs/c/microsoft.graph.start", vec![raw(503, Some("0"))]);
    fake.script("POST", "jobs/d/microsoft.graph.start", vec![raw(429, None)]);
    // Opted in: POST 504 retried. GET 504: retried.
    fake.script("POST", "jobs/e/microsoft.graph.start", vec![raw(504, None)]);
    fake.script("GET", "jobs/f", vec![raw(504, None)]);
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let a = batch.add(&jobs.item("a").start()).unwrap();
    let b = batch.add(&jobs.item("b").start()).unwrap();
    let c = batch.add(&jobs.item("c").start()).unwrap();
    let d = batch.add(&jobs.item("d").start()).unwrap();
    let e = batch.add(&jobs.item("e").start().idempotent()).unwrap();
    let f = batch.add(&jobs.item("f").get()).unwrap();
    let responses = client.send_batch(&batch).await.unwrap();
    for (key, status) in [(&a, 503), (&b, 504)] {
        match responses.get(key) {
            Err(Error::Graph { error, attempts: 1 }) => assert_eq!(error.status, status),
            other => panic!("{other:?}"),
        }
    }
    for key in [&c, &d, &e] {
        assert_eq!(responses.get_with_headers(key).unwrap().attempts, 2);
    }
    assert_eq!(responses.get_with_headers(&f).unwrap().attempts, 2);
    let retried: Vec<String> = batch_posts(&fake)[1]["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(retried.len(), 4, "{retried:?}");
    assert!(!retried.iter().any(|u| u.contains("/jobs/a/") || u.contains("/jobs/b/")));
}

#[tokio::test]
async fn item_retries_stay_within_the_policy_bounds() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    fake.script("GET", "jobs/j1", (0..3).map(|_| raw(429, Some("0"))).collect());
    let client = client(&fake);
    let mut batch = Batch::new();
    let key = batch.add(&jobs(&client, SP).item("j1").get()).unwrap();
    let responses = client.send_batch(&batch).await.unwrap();
    match responses.get(&key) {
        Err(Error::Graph { error, attempts: 3 }) => assert_eq!(error.status, 429),
        other => panic!("{other:?}"),
    }
    assert_eq!(batch_posts(&fake).len(), 3, "max_attempts 3");
    // A Retry-After beyond the total wait gives up at once.
    fake.clear_requests();
    fake.script("GET", "jobs/j1", vec![raw(429, Some("3600"))]);
    let responses = client.send_batch(&batch).await.unwrap();
    assert!(matches!(responses.get(&key), Err(Error::Graph { attempts: 1, .. })));
    assert_eq!(batch_posts(&fake).len(), 1);
}

#[tokio::test]
async fn a_throttled_worker_pauses_every_worker() {
    let fake = FakeGraph::start().await;
    let ids: Vec<String> = (0..16).map(|i| format!("j{i}")).collect();
    seed(&fake, SP, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    fake.script("GET", "jobs/j0", vec![Scripted::throttled(1)]);
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let requests: Vec<_> = ids.iter().map(|id| jobs.item(id).get()).collect();
    let limit = 4;
    let results = client.send_all(limit, requests).await;
    assert!(results.iter().all(Result::is_ok));
    let recorded = fake.requests();
    let arrivals = fake.request_arrivals();
    assert_eq!(recorded.len(), 17, "each job once, j0 twice");
    let throttled_at = arrivals[recorded.iter().position(|r| r.path.ends_with("/j0")).unwrap()];
    // Every worker waited out the tenant's Retry-After, not only the one it was sent to: all but
    // the requests already in flight when the 429 came back arrived a second or more after it.
    // How they are held and released is proven on a paused clock in the throttle's tests.
    let late = arrivals
        .iter()
        .filter(|&&t| t >= throttled_at + Duration::from_secs(1))
        .count();
    assert!(late >= 16 - limit, "{late} requests after the Retry-After");
}

#[tokio::test]
async fn send_concurrent_bounds_the_requests_in_flight() {
    let fake = FakeGraph::start().await;
    let ids: Vec<String> = (0..12).map(|i| format!("j{i}")).collect();
    seed(&fake, SP, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    for id in &ids {
        fake.script(
            "GET",
            &format!("jobs/{id}"),
            vec![Scripted::Delay(Duration::from_millis(200))],
        );
    }
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let requests: Vec<_> = ids.iter().map(|id| jobs.item(id).get()).collect();
    let results: Vec<_> = client.send_concurrent(3, requests).collect().await;
    // Tagged with the position of their request.
    let mut got: Vec<(usize, String)> = results
        .into_iter()
        .map(|(i, r)| (i, r.unwrap().id.value().unwrap().clone()))
        .collect();
    got.sort();
    assert_eq!(got, ids.iter().cloned().enumerate().collect::<Vec<_>>());
    // 12 requests of 200 ms each, 3 at a time: the fake served 3 at once, never more.
    assert_eq!(fake.peak_in_flight(), 3);
}

#[tokio::test]
async fn headers_come_with_the_value() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    let location = "https://graph.microsoft.com/v1.0/auditLogs/provisioning/?$filter=jobId eq 'j1'";
    fake.script(
        "PUT",
        "bulkUpload/$value",
        vec![Scripted::Raw {
            status: 202,
            headers: vec![
                ("Location".into(), location.into()),
                ("request-id".into(), "rid-1".into()),
                ("x-ms-throttle-limit-percentage".into(), "0.9".into()),
                ("x-ms-throttle-scope".into(), "Tenant/All".into()),
            ],
            body: String::new(),
        }],
    );
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let upload = client
        .send_with_headers(&jobs.item("j1").bulk_upload().value().put(b"{}".to_vec()))
        .await
        .unwrap();
    assert_eq!(upload.status, 202);
    assert_eq!(upload.location(), Some(location));
    assert_eq!(upload.request_id(), Some("rid-1"));
    assert_eq!(
        upload.throttle_headers(),
        vec![
            ("x-ms-throttle-limit-percentage", "0.9"),
            ("x-ms-throttle-scope", "Tenant/All")
        ]
    );
    let job = client.send_with_headers(&jobs.item("j1").get()).await.unwrap();
    assert_eq!(job.value.id.value().map(String::as_str), Some("j1"));
    let sent_id = fake
        .requests()
        .last()
        .unwrap()
        .header("client-request-id")
        .unwrap()
        .to_string();
    assert_eq!(job.client_request_id(), Some(sent_id.as_str()));
    assert!(job.request_id().is_some());
}

#[tokio::test]
async fn prefer_include_unknown_enum_members_on_the_wire() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    client
        .send(&jobs.item("j1").get().include_unknown_enum_members())
        .await
        .unwrap();
    client
        .send(
            &jobs
                .item("j1")
                .get()
                .header("Prefer", "return=minimal")
                .include_unknown_enum_members(),
        )
        .await
        .unwrap();
    client.send(&jobs.item("j1").get()).await.unwrap();
    let everywhere = client_builder(&fake)
        .include_unknown_enum_members(true)
        .build()
        .unwrap();
    everywhere
        .send(&jobs.item("j1").get().header("Prefer", "return=minimal"))
        .await
        .unwrap();
    everywhere
        .send(&jobs.item("j1").get().include_unknown_enum_members())
        .await
        .unwrap();
    let prefer: Vec<Option<String>> = fake
        .requests()
        .iter()
        .map(|r| r.header("prefer").map(str::to_string))
        .collect();
    assert_eq!(
        prefer,
        vec![
            Some("include-unknown-enum-members".to_string()),
            Some("return=minimal, include-unknown-enum-members".to_string()),
            None,
            Some("return=minimal, include-unknown-enum-members".to_string()),
            Some("include-unknown-enum-members".to_string()),
        ]
    );
    let mut batch = Batch::new();
    batch
        .add(&jobs.item("j1").get().include_unknown_enum_members())
        .unwrap();
    client.send_batch(&batch).await.unwrap();
    assert_eq!(
        fake.batch_items()[0].header("prefer"),
        Some("include-unknown-enum-members")
    );
}

#[tokio::test]
async fn retry_attempt_header_counts_the_retries() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    fake.script("GET", "jobs/j1", vec![raw(429, Some("0")), raw(503, Some("0"))]);
    let client = client(&fake);
    client.send(&jobs(&client, SP).item("j1").get()).await.unwrap();
    let attempts: Vec<Option<String>> = fake
        .requests()
        .iter()
        .map(|r| r.header("retry-attempt").map(str::to_string))
        .collect();
    assert_eq!(attempts, vec![None, Some("1".into()), Some("2".into())]);
}

#[tokio::test]
async fn retry_policy_per_request_and_is_retryable() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    let client = client(&fake);
    let get = jobs(&client, SP).item("j1").get();
    fake.script("GET", "jobs/j1", vec![raw(429, Some("0")), raw(429, Some("0"))]);
    let once = client.with_retry_policy(RetryPolicy {
        max_attempts: 1,
        ..fast_retry()
    });
    let error = once.send(&get).await.unwrap_err();
    assert!(matches!(&error, Error::Graph { attempts: 1, .. }));
    assert!(error.is_retryable());
    assert_eq!(fake.requests().len(), 1);
    // The client itself keeps its policy: the queued 429 is retried.
    client.send(&get).await.unwrap();
    assert_eq!(fake.requests().len(), 3);
    // A policy in a hand-built request's extensions.
    fake.script("GET", "jobs/j1", vec![raw(503, Some("0"))]);
    let mut request = get.build().unwrap();
    request.extensions_mut().insert(RetryPolicy {
        max_attempts: 1,
        ..fast_retry()
    });
    let (response, attempts) = client.execute(request).await.unwrap();
    assert_eq!((response.status().as_u16(), attempts), (503, 1));
    let not_found = client.send(&jobs(&client, SP).item("nope").get()).await.unwrap_err();
    assert!(!not_found.is_retryable());
}

#[tokio::test]
async fn fault_injection_is_seeded_and_off_by_default() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    let build = |faults: Option<FaultInjection>, attempts: u32| {
        let mut builder = client_builder(&fake).retry(RetryPolicy {
            max_attempts: attempts,
            ..fast_retry()
        });
        if let Some(faults) = faults {
            builder = builder.fault_injection(faults);
        }
        builder.build().unwrap()
    };
    let get = jobs(&build(None, 1), SP).item("j1").get();

    // Every attempt faulted, no retries: nothing reaches the service.
    let always = build(Some(FaultInjection::new(1.0, 1)), 1);
    for _ in 0..20 {
        match always.send(&get).await {
            Err(Error::Graph { error, .. }) => {
                assert!([429, 503, 504].contains(&error.status));
                assert_eq!(error.code.as_deref(), Some("InjectedFault"));
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(fake.requests().is_empty());

    // Seeded: the same seed gives the same faults.
    let outcomes = |client: Client| {
        let get = get.clone();
        async move {
            let mut out = Vec::new();
            for _ in 0..40 {
                let (response, _) = client.execute(get.build().unwrap()).await.unwrap();
                out.push((
                    response.status().as_u16(),
                    response.headers().contains_key(INJECTED_FAULT_HEADER),
                ));
            }
            out
        }
    };
    let first = outcomes(build(Some(FaultInjection::new(0.3, 42)), 1)).await;
    let again = outcomes(build(Some(FaultInjection::new(0.3, 42)), 1)).await;
    assert_eq!(first, again);
    let injected = first.iter().filter(|(_, injected)| *injected).count();
    assert!((4..=24).contains(&injected), "about 30 % of 40: {injected}");
    assert!(first.iter().all(|&(status, injected)| injected || status == 200));

    // With retries, injected 429/503 (Retry-After: 0) are retried like real ones.
    let retried = build(Some(FaultInjection::new(0.3, 42)), 4);
    for _ in 0..10 {
        retried.send(&get).await.unwrap();
    }

    // Off by default.
    fake.clear_requests();
    let plain = build(None, 1);
    for _ in 0..20 {
        plain.send(&get).await.unwrap();
    }
    assert_eq!(fake.requests().len(), 20);
}

#[tokio::test]
async fn batch_items_count_against_the_tenant_bucket() {
    let fake = FakeGraph::start().await;
    let ids: Vec<String> = (0..30).map(|i| format!("j{i}")).collect();
    seed(&fake, SP, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    // 10 tokens, refilled at 10/s: of 30 items, about 20 wait for tokens.
    fake.set_tenant_rate_limit(10.0, 10);
    let client = client_builder(&fake)
        .retry(RetryPolicy {
            max_attempts: 8,
            max_total_wait: Duration::from_secs(20),
            ..fast_retry()
        })
        .build()
        .unwrap();
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let keys: Vec<_> = ids.iter().map(|id| batch.add(&jobs.item(id).get()).unwrap()).collect();
    let responses = client.send_batch(&batch).await.unwrap();
    for key in &keys {
        responses.get(key).unwrap();
    }
    let stats = fake.throttle_stats();
    assert_eq!(stats.admitted, 30);
    assert!(stats.throttled >= 10, "{stats:?}");
    assert!(responses.batch_requests() > 2);
}

#[tokio::test]
async fn rate_limit_paces_requests_and_batch_items() {
    let fake = FakeGraph::start().await;
    let ids: Vec<String> = (0..12).map(|i| format!("j{i}")).collect();
    seed(&fake, SP, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    let paced = client_builder(&fake)
        .rate_limit(msgraph_sync::client::RateLimit {
            per_second: 20.0,
            burst: 2,
        })
        .build()
        .unwrap();
    let jobs = jobs(&paced, SP);
    let requests: Vec<_> = ids.iter().map(|id| jobs.item(id).get()).collect();
    assert!(paced.send_all(8, requests).await.iter().all(Result::is_ok));
    // Two at once, then one every 50 ms: the 12th no sooner than 10 × 50 ms after the first.
    let arrivals = fake.request_arrivals();
    let span = arrivals
        .iter()
        .max()
        .unwrap()
        .duration_since(*arrivals.iter().min().unwrap());
    assert!(span >= Duration::from_millis(480), "{span:?}");

    // A $batch costs its items: 2 batches of 2 items each wait for 2 tokens.
    fake.clear_requests();
    let mut batch = Batch::new();
    for id in ids.iter().take(4) {
        batch.add(&jobs.item(id).get()).unwrap();
    }
    let started = Instant::now();
    paced.send_batch(&batch).await.unwrap();
    paced.send_batch(&batch).await.unwrap();
    // 8 items at 20/s from an empty bucket (the listing above drained it).
    assert!(
        started.elapsed() >= Duration::from_millis(280),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn blocking_client_batches_and_keeps_headers() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let fake = runtime.block_on(FakeGraph::start());
    seed(&fake, SP, &["j1", "j2"]);
    let builder = Client::builder().base_url(fake.base_url()).retry(fast_retry());
    let client =
        msgraph_sync::client::blocking::Client::new(builder, msgraph_sync::client::StaticToken::new(FakeGraph::TOKEN))
            .unwrap();
    let jobs = client.v1_0().service_principals().item(SP).synchronization().jobs();
    let mut batch = Batch::new();
    let one = batch.add(&jobs.item("j1").get()).unwrap();
    let count = batch.add(&jobs.count()).unwrap();
    let responses = client.send_batch(&batch, 2).unwrap();
    assert_eq!(responses.get(&one).unwrap().id.value().map(String::as_str), Some("j1"));
    assert_eq!(responses.get(&count).unwrap(), 2);
    let job = client.send_with_headers(&jobs.item("j2").get()).unwrap();
    assert!(job.request_id().is_some());
    let all = client.send_all(2, vec![jobs.item("j1").get(), jobs.item("j2").get()]);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(Result::is_ok));
}

#[tokio::test]
async fn an_items_own_retry_policy_holds_inside_a_batch() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1", "j2", "j3"]);
    for id in ["j1", "j2"] {
        fake.script("GET", &format!("jobs/{id}"), vec![raw(429, Some("0"))]);
    }
    fake.script("GET", "jobs/j3", vec![raw(429, Some("0")), raw(429, Some("0"))]);
    // The handle retries twice at most; j1 not at all, j3 up to three times.
    let client = client(&fake).with_retry_policy(RetryPolicy {
        max_attempts: 2,
        ..fast_retry()
    });
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let once = batch.add(&jobs.item("j1").get()).unwrap();
    let neighbour = batch.add(&jobs.item("j2").get()).unwrap();
    let patient = batch.add(&jobs.item("j3").get()).unwrap();
    batch.set_retry_policy(
        &once,
        RetryPolicy {
            max_attempts: 1,
            ..fast_retry()
        },
    );
    batch.set_retry_policy(
        &patient,
        RetryPolicy {
            max_attempts: 3,
            ..fast_retry()
        },
    );
    let responses = client.send_batch(&batch).await.unwrap();
    match responses.get(&once) {
        Err(Error::Graph { error, attempts: 1 }) => assert_eq!(error.status, 429),
        other => panic!("{other:?}"),
    }
    assert_eq!(responses.get_with_headers(&neighbour).unwrap().attempts, 2);
    assert_eq!(responses.get_with_headers(&patient).unwrap().attempts, 3);
    // On the wire: j1 once, j2 twice, j3 three times.
    let items = fake.batch_items();
    let sent = |id: &str| {
        items
            .iter()
            .filter(|r| r.path.ends_with(&format!("/jobs/{id}")))
            .count()
    };
    assert_eq!((sent("j1"), sent("j2"), sent("j3")), (1, 2, 3));
}

/// `jobs` GETs against a tenant bucket of `rate`/s (burst a quarter second's worth), with the
/// client's defaults (no `rate_limit`): what the bucket counted. That 429s after the first stay
/// under 1 % is proven on a paused clock in the throttle's tests; here, that the client learns
/// from the service's answers at all.
async fn against_the_bucket(
    batched: bool,
    adaptive: bool,
    jobs_n: usize,
    rate: f64,
) -> (fake_graph::ThrottleStats, usize) {
    let fake = FakeGraph::start().await;
    let ids: Vec<String> = (0..jobs_n).map(|i| format!("j{i}")).collect();
    seed(&fake, SP, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    fake.set_tenant_rate_limit(rate, (rate / 4.0) as u32);
    let client = client_builder(&fake)
        .retry(RetryPolicy {
            max_attempts: 10,
            max_total_wait: Duration::from_secs(60),
            ..fast_retry()
        })
        .adaptive_rate(adaptive)
        .build()
        .unwrap();
    let jobs = jobs(&client, SP);
    let requests: Vec<_> = ids.iter().map(|id| jobs.item(id).get()).collect();
    let ok = if batched {
        let mut batch = Batch::new();
        let keys: Vec<_> = requests.iter().map(|r| batch.add(r).unwrap()).collect();
        let responses = client.send_batch_concurrent(&batch, 4).await.unwrap();
        keys.iter().filter(|k| responses.get(k).is_ok()).count()
    } else {
        client.send_all(16, requests).await.iter().filter(|r| r.is_ok()).count()
    };
    let stats = fake.throttle_stats();
    eprintln!("batched {batched}, adaptive {adaptive}: {ok} ok, {stats:?}");
    (stats, ok)
}

fn after_the_first_percent(stats: fake_graph::ThrottleStats) -> f64 {
    stats.throttled.saturating_sub(1) as f64 * 100.0 / (stats.admitted + stats.throttled) as f64
}

#[tokio::test]
async fn the_adaptive_rate_learns_the_tenants_limit() {
    let (stats, ok) = against_the_bucket(false, true, 300, 200.0).await;
    assert_eq!((ok, stats.admitted), (300, 300), "{stats:?}");
    assert!(stats.throttled >= 1, "the bucket was reached: {stats:?}");
    // Without learning, 16 workers retrying every 429 after its Retry-After meet the empty
    // bucket again and again.
    assert!(after_the_first_percent(stats) < 10.0, "{stats:?}");
}

#[tokio::test]
async fn the_adaptive_rate_learns_the_tenants_limit_batched() {
    let (stats, ok) = against_the_bucket(true, true, 600, 400.0).await;
    assert_eq!((ok, stats.admitted), (600, 600), "{stats:?}");
    assert!(stats.throttled >= 1, "the bucket was reached: {stats:?}");
    // A 429 costs up to a whole batch of 20 items, and two teach the rate: a few batches' worth
    // at most.
    assert!(stats.throttled <= 4 * 20, "{stats:?}");
}

#[tokio::test]
async fn one_malformed_item_in_a_batch_answer_fails_that_item_alone() {
    let fake = FakeGraph::start().await;
    seed(&fake, SP, &["j1"]);
    // The service ran the POST (item 1); its answer for item 2 does not decode.
    fake.script(
        "POST",
        "$batch",
        vec![Scripted::Raw {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: json!({"responses": [
                {"id": "1", "status": 204, "headers": {}},
                {"id": "2", "status": "not a status", "headers": {}},
            ]})
            .to_string(),
        }],
    );
    let client = client(&fake);
    let jobs = jobs(&client, SP);
    let mut batch = Batch::new();
    let start = batch.add(&jobs.item("j1").start()).unwrap();
    let get = batch.add(&jobs.item("j1").get()).unwrap();
    let responses = client.send_batch(&batch).await.unwrap();
    assert!(responses.get(&start).is_ok(), "the POST the service ran is answered");
    assert!(
        matches!(responses.get(&get), Err(Error::Batch(BatchError::Malformed { .. }))),
        "{:?}",
        responses.get(&get).err()
    );
    let batches = fake.requests().iter().filter(|r| r.path.ends_with("/$batch")).count();
    assert_eq!(batches, 1, "nothing sent again");
}
