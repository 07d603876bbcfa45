//! The blocking client against the fake service (feature `blocking`).
#![cfg(feature = "blocking")]

use fake_graph::{FakeGraph, Scripted};
use msgraph_sync::client::{blocking, Error, RetryPolicy, StaticToken};
use msgraph_sync::v1_0::*;
use msgraph_sync::{Client, Maybe};
use std::time::Duration;

#[test]
fn blocking_client_creates_starts_pages_and_retries() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let fake = runtime.block_on(FakeGraph::start());
    fake.set_page_size(1);
    let builder = Client::builder().base_url(fake.base_url()).retry(RetryPolicy {
        base_backoff: Duration::from_millis(5),
        ..RetryPolicy::default()
    });
    let client = blocking::Client::new(builder, StaticToken::new(FakeGraph::TOKEN)).unwrap();
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    for name in ["A", "B"] {
        let job = SynchronizationJob {
            template_id: Maybe::Value(name.into()),
            ..Default::default()
        };
        client.send(&jobs.create(&job)).unwrap();
    }
    fake.script(
        "GET",
        "/synchronization/jobs",
        vec![Scripted::Raw {
            status: 503,
            headers: vec![],
            body: String::new(),
        }],
    );
    let all = client.collect_all(&jobs.list()).unwrap();
    assert_eq!(all.len(), 2, "two pages of one, after one 503");
    let id = all[0].id.value().unwrap();
    client.send(&jobs.item(id).start()).unwrap();
    let err = client.send(&jobs.item("missing").get()).unwrap_err();
    assert!(
        matches!(err, Error::Graph { ref error, .. } if error.status == 404),
        "{err:?}"
    );

    // Tokens from a closure, per scope.
    let scoped = blocking::Client::new(Client::builder().base_url(fake.base_url()), |scope: &str| {
        assert_eq!(scope, "https://graph.microsoft.com/.default");
        Ok(msgraph_sync::client::Secret::new(FakeGraph::TOKEN))
    })
    .unwrap();
    assert_eq!(scoped.send(&jobs.count()).unwrap(), 2);
}
