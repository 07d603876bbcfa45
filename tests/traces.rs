//! Tokens stay out of errors and traces, and requests are traced.
//!
//! Its own process: `tracing` decides once per call site, on the first thread that reaches it, whether
//! anyone listens, and caches that answer for the whole process. In a binary whose other tests run
//! the client on threads without a subscriber, one of them can reach `graph_request` first and leave it
//! switched off for this test's subscriber too.

use fake_graph::FakeGraph;
use msgraph_sync::client::Error;
use msgraph_sync::Client;

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
    let job = client
        .v1_0()
        .service_principals()
        .item("sp-1")
        .synchronization()
        .jobs()
        .item("j")
        .get();
    let err = client.send(&job).await.unwrap_err();
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
