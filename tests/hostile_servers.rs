//! The client against hostile servers on 127.0.0.1: raw tokio TCP servers that misbehave in ways
//! axum cannot (endless or dripping bodies, lying content-length, paging cycles, escaping
//! nextLinks, absurd Retry-After). Each test asserts what the servers received and how much time
//! and memory the client used, through the async client and (where the code path differs in
//! runtime only) the blocking one.

use msgraph_sync::client::{blocking, Error, RetryPolicy, StaticToken};
use msgraph_sync::v1_0::*;
use msgraph_sync::{BuildError, Client, ClientBuilder};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "hostile-test-token";
const MIB: usize = 1 << 20;

/// One request as the server read it off the socket.
#[derive(Clone, Debug)]
struct Recorded {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
}

impl Recorded {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn line(&self) -> String {
        format!("{} {}", self.method, self.target)
    }
}

/// What the server answers.
enum Reply {
    /// A whole response: `Content-Length` and `Connection: close` are added.
    Full {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// `head` (status line and headers, as given), after `delay`; then `chunk` every `every`
    /// (chunk-framed when `chunked`) until `max` body bytes are out or the client goes away;
    /// then the connection is held open, silent, until the client closes it.
    Stream {
        delay: Duration,
        head: String,
        chunk: Vec<u8>,
        chunked: bool,
        every: Duration,
        max: u64,
    },
}

fn json(status: u16, body: serde_json::Value) -> Reply {
    Reply::Full {
        status,
        headers: vec![("content-type", "application/json".into())],
        body: body.to_string().into_bytes(),
    }
}

fn status_with(status: u16, headers: Vec<(&'static str, String)>) -> Reply {
    let body = serde_json::json!({"error": {"code": "Hostile", "message": "scripted"}});
    let mut headers = headers;
    headers.push(("content-type", "application/json".into()));
    Reply::Full {
        status,
        headers,
        body: body.to_string().into_bytes(),
    }
}

type Handler = dyn Fn(&Recorded, usize, &str) -> Reply + Send + Sync;

/// A raw HTTP/1.1 server: one request per connection, every request recorded.
struct Server {
    base: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    /// Body bytes written by `Reply::Stream`s.
    streamed: Arc<AtomicU64>,
    /// Set when a `Reply::Stream` connection ended (the client closed it).
    stream_closed: Arc<AtomicBool>,
    accept: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

impl Server {
    /// `handler(request, index, base_url)` answers the `index`th request (0-based).
    async fn start(handler: impl Fn(&Recorded, usize, &str) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let streamed = Arc::new(AtomicU64::new(0));
        let stream_closed = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let accept = tokio::spawn({
            let (base, requests, streamed, closed) =
                (base.clone(), requests.clone(), streamed.clone(), stream_closed.clone());
            async move {
                while let Ok((socket, _)) = listener.accept().await {
                    let (base, requests, streamed, closed, handler) = (
                        base.clone(),
                        requests.clone(),
                        streamed.clone(),
                        closed.clone(),
                        handler.clone(),
                    );
                    tokio::spawn(async move {
                        let _ = serve(socket, &base, &requests, &streamed, &closed, &*handler).await;
                    });
                }
            }
        });
        Server {
            base,
            requests,
            streamed,
            stream_closed,
            accept,
        }
    }

    /// A server that answers every request with 200 `{}` (a bystander that must hear nothing).
    async fn bystander() -> Server {
        Server::start(|_, _, _| json(200, serde_json::json!({}))).await
    }

    fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    fn lines(&self) -> Vec<String> {
        self.requests().iter().map(Recorded::line).collect()
    }

    fn streamed(&self) -> u64 {
        self.streamed.load(Ordering::SeqCst)
    }

    /// Waits (up to `bound`) until the client has closed a streamed response.
    async fn stream_closed_within(&self, bound: Duration) -> bool {
        let started = Instant::now();
        while started.elapsed() < bound {
            if self.stream_closed.load(Ordering::SeqCst) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        false
    }
}

async fn serve(
    socket: TcpStream,
    base: &str,
    requests: &Mutex<Vec<Recorded>>,
    streamed: &AtomicU64,
    closed: &AtomicBool,
    handler: &Handler,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(socket);
    let mut line = String::new();
    reader.read_line(&mut line).await?;
    let mut parts = line.split_whitespace();
    let (method, target) = (
        parts.next().unwrap_or_default().to_string(),
        parts.next().unwrap_or_default().to_string(),
    );
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).await? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.trim_end().split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let recorded = Recorded {
        method,
        target,
        headers,
    };
    let length: usize = recorded
        .header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).await?;
    let index = {
        let mut all = requests.lock().unwrap();
        all.push(recorded.clone());
        all.len() - 1
    };
    let mut socket = reader.into_inner();
    match handler(&recorded, index, base) {
        Reply::Full { status, headers, body } => {
            let mut head = format!("HTTP/1.1 {status} Scripted\r\nconnection: close\r\n");
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
            socket.write_all(head.as_bytes()).await?;
            socket.write_all(&body).await?;
            socket.shutdown().await?;
        }
        Reply::Stream {
            delay,
            head,
            chunk,
            chunked,
            every,
            max,
        } => {
            let result = async {
                tokio::time::sleep(delay).await;
                socket.write_all(head.as_bytes()).await?;
                let framed = if chunked {
                    [
                        format!("{:x}\r\n", chunk.len()).into_bytes(),
                        chunk.clone(),
                        b"\r\n".to_vec(),
                    ]
                    .concat()
                } else {
                    chunk.clone()
                };
                while streamed.load(Ordering::SeqCst) < max {
                    socket.write_all(&framed).await?;
                    streamed.fetch_add(chunk.len() as u64, Ordering::SeqCst);
                    tokio::time::sleep(every).await;
                }
                // Silent until the client hangs up.
                let mut sink = [0u8; 64];
                while socket.read(&mut sink).await? > 0 {}
                Ok::<_, std::io::Error>(())
            }
            .await;
            closed.store(true, Ordering::SeqCst);
            result?;
        }
    }
    Ok(())
}

/// The process's peak resident memory so far (Linux `VmHWM`), in bytes; `None` elsewhere.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Asserts the peak RSS grew by less than `bound` bytes since `before`.
fn assert_peak_growth_below(before: Option<u64>, bound: u64) {
    if let (Some(before), Some(after)) = (before, peak_rss()) {
        let growth = after.saturating_sub(before);
        eprintln!("peak RSS growth: {} KiB", growth >> 10);
        assert!(
            growth < bound,
            "peak RSS grew by {} MiB (bound {} MiB)",
            growth >> 20,
            bound >> 20
        );
    }
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        max_total_wait: Duration::from_secs(10),
        base_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
    }
}

fn builder(server: &Server) -> ClientBuilder {
    Client::builder()
        .base_url(&server.base)
        .retry(fast_retries())
        .request_timeout(Duration::from_secs(10))
}

fn client(server: &Server) -> Client {
    builder(server).bearer_token(TOKEN).build().unwrap()
}

/// Runs `f` on its own thread and panics if it takes longer than `bound` (a hang, before the fix).
fn within<T: Send + 'static>(bound: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(f());
    });
    result
        .recv_timeout(bound)
        .unwrap_or_else(|_| panic!("did not finish within {bound:?}"))
}

/// A page of one job whose `@odata.nextLink` is `next`.
fn page(next: Option<String>) -> Reply {
    let mut body = serde_json::json!({"value": [{"id": "job"}]});
    if let Some(next) = next {
        body["@odata.nextLink"] = next.into();
    }
    json(200, body)
}

// ---------------------------------------------------------------------------------------------
// 1. Dot segments

/// Ids that a URL parser would collapse, in several spellings.
const DOT_IDS: [&str; 8] = ["..", ".", "%2E%2E", "%2e", ".%2E", "%2e.", "%252E%252E", "%2E"];
/// Ids with dots that are ordinary segments and must arrive intact.
const DOTTED_IDS: [(&str, &str); 4] = [("...", "..."), ("a..b", "a..b"), (".x", ".x"), ("%", "%25")];

#[tokio::test]
async fn dot_segment_ids_never_reach_the_wire() {
    let server = Server::bystander().await;
    let client = client(&server);
    let sps = client.v1_0();
    for id in DOT_IDS {
        let as_sp = sps
            .service_principals()
            .item(id)
            .synchronization()
            .jobs()
            .item("job")
            .delete();
        let as_job = sps
            .service_principals()
            .item("sp")
            .synchronization()
            .jobs()
            .item(id)
            .delete();
        for request in [as_sp, as_job] {
            let err = client.send(&request).await.unwrap_err();
            assert!(
                matches!(&err, Error::Build(BuildError::DotSegment { value, .. }) if value == id),
                "{id:?}: {err:?}"
            );
        }
    }
    // A hand-built request with an encoded dot segment is refused too, before any token is sent.
    let raw = http::Request::delete(format!(
        "{}/v1.0/servicePrincipals/%2E%2E/synchronization/jobs/job",
        server.base
    ))
    .body(Vec::new())
    .unwrap();
    let err = client.execute(raw).await.unwrap_err();
    assert!(matches!(err, Error::OutsideRoot { .. }), "{err:?}");
    assert_eq!(server.lines(), Vec::<String>::new(), "nothing was sent");

    for (id, wire) in DOTTED_IDS {
        client
            .send(
                &sps.service_principals()
                    .item(id)
                    .synchronization()
                    .jobs()
                    .item("job")
                    .delete(),
            )
            .await
            .unwrap();
        assert_eq!(
            server.lines().last().unwrap(),
            &format!("DELETE /v1.0/servicePrincipals/{wire}/synchronization/jobs/job"),
        );
    }
}

#[test]
fn dot_segment_ids_never_reach_the_wire_blocking() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(Server::bystander());
    let client = blocking::Client::new(builder(&server), StaticToken::new(TOKEN)).unwrap();
    for id in DOT_IDS {
        let request = client
            .v1_0()
            .service_principals()
            .item(id)
            .synchronization()
            .jobs()
            .item("job")
            .delete();
        let err = client.send(&request).unwrap_err();
        assert!(
            matches!(err, Error::Build(BuildError::DotSegment { .. })),
            "{id:?}: {err:?}"
        );
        let request = client
            .v1_0()
            .service_principals()
            .item("sp")
            .synchronization()
            .jobs()
            .item(id)
            .get();
        assert!(client.send(&request).is_err(), "{id:?}");
    }
    let raw = http::Request::get(format!("{}/v1.0/a/.%2e/b", server.base))
        .body(Vec::new())
        .unwrap();
    assert!(matches!(client.execute(raw), Err(Error::OutsideRoot { .. })));
    assert_eq!(server.lines(), Vec::<String>::new(), "nothing was sent");
    let ok = client
        .v1_0()
        .service_principals()
        .item("...")
        .synchronization()
        .jobs()
        .item("job")
        .delete();
    client.send(&ok).unwrap();
    assert_eq!(
        server.lines(),
        ["DELETE /v1.0/servicePrincipals/.../synchronization/jobs/job"]
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Retry-After

#[tokio::test]
async fn hostile_retry_after_values_never_panic_and_bound_the_wait() {
    // 1 s, then u64::MAX seconds: gives up with that 503 after the first wait.
    let server = Server::start(|_, i, _| {
        let after = if i == 0 { "1".to_string() } else { u64::MAX.to_string() };
        status_with(503, vec![("retry-after", after)])
    })
    .await;
    let client = client(&server);
    let job = client
        .v1_0()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("j");
    let started = Instant::now();
    let err = client.send(&job.get()).await.unwrap_err();
    let Error::Graph { error, attempts } = err else {
        panic!("{err:?}")
    };
    assert_eq!((error.status, attempts), (503, 2));
    // The first Retry-After waited out, the endless one not waited for: two attempts, no more.
    assert_eq!(server.requests().len(), 2);
    assert!(started.elapsed() >= Duration::from_secs(1));

    // A far-future HTTP-date is beyond the total bound: one attempt, no wait.
    let server =
        Server::start(|_, _, _| status_with(503, vec![("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT".into())])).await;
    let client = self::client(&server);
    let err = client.send(&server_job(&client).get()).await.unwrap_err();
    assert!(matches!(err, Error::Graph { attempts: 1, .. }), "{err:?}");
    assert_eq!(server.requests().len(), 1);

    // Negative, signed, fractional and garbage values are no Retry-After: a GET backs off
    // briefly (then succeeds), a POST is not retried on such a 503. Within half a second of
    // waiting in all, a value taken for a wait of a second or more would end the GET unretried.
    for value in ["-5", "+5", "1.5", "soon", "", "99999999999999999999999999 s"] {
        let header = value.to_string();
        let server = Server::start(move |request, i, _| {
            if i == 0 || request.method == "POST" {
                status_with(503, vec![("retry-after", header.clone())])
            } else {
                json(200, serde_json::json!({"id": "j"}))
            }
        })
        .await;
        let client = builder(&server)
            .retry(RetryPolicy {
                max_total_wait: Duration::from_millis(500),
                ..fast_retries()
            })
            .bearer_token(TOKEN)
            .build()
            .unwrap();
        client.send(&server_job(&client).get()).await.unwrap();
        assert_eq!(server.requests().len(), 2, "{value:?}: backoff, not a wait");
        let err = client.send(&server_job(&client).start()).await.unwrap_err();
        assert!(matches!(err, Error::Graph { attempts: 1, .. }), "{value:?}: {err:?}");
        assert_eq!(server.requests().len(), 3);
    }
}

fn server_job(client: &Client) -> msgraph_sync::v1_0::requests::SynchronizationJobsItemRequests {
    client
        .v1_0()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("j")
}

// ---------------------------------------------------------------------------------------------
// 5. Retries of requests that are not idempotent

/// Sends `method` to a server that answers `status` (with `retry_after`) once, then 200; returns
/// how many requests the server received.
async fn sent_times(method: &str, status: u16, retry_after: Option<&str>, opt_in: bool) -> usize {
    let retry_after = retry_after.map(str::to_string);
    let server = Server::start(move |_, i, _| match i {
        0 => status_with(status, retry_after.iter().map(|v| ("retry-after", v.clone())).collect()),
        _ => json(200, serde_json::json!({})),
    })
    .await;
    let client = client(&server);
    let mut request = http::Request::builder()
        .method(method)
        .uri(format!(
            "{}/v1.0/servicePrincipals/sp/synchronization/jobs",
            server.base
        ))
        .body(b"{}".to_vec())
        .unwrap();
    if opt_in {
        request.extensions_mut().insert(msgraph_sync::request::Idempotent);
    }
    let (response, attempts) = client.execute(request).await.unwrap();
    let received = server.requests().len();
    assert_eq!(received, attempts as usize);
    assert_eq!(response.status() == 200, received == 2, "{method} {status}");
    received
}

#[tokio::test]
async fn non_idempotent_requests_are_retried_only_where_the_service_did_not_act() {
    for method in ["GET", "PUT", "DELETE", "POST", "PATCH"] {
        let idempotent = !matches!(method, "POST" | "PATCH");
        let again = |retried: bool| if retried { 2 } else { 1 };
        // Throttled: never processed, so every method is retried.
        assert_eq!(sent_times(method, 429, None, false).await, 2, "{method} 429");
        assert_eq!(sent_times(method, 429, Some("0"), false).await, 2, "{method} 429");
        // 503 with Retry-After: the service says it did not act.
        assert_eq!(sent_times(method, 503, Some("0"), false).await, 2, "{method} 503+RA");
        // 503 without, 504 with or without: it may have acted.
        let retried = again(idempotent);
        assert_eq!(sent_times(method, 503, None, false).await, retried, "{method} 503");
        assert_eq!(
            sent_times(method, 503, Some("soon"), false).await,
            retried,
            "{method} 503"
        );
        assert_eq!(sent_times(method, 504, None, false).await, retried, "{method} 504");
        assert_eq!(
            sent_times(method, 504, Some("0"), false).await,
            retried,
            "{method} 504+RA"
        );
        // The caller's opt-in makes any method retried like a GET.
        assert_eq!(sent_times(method, 504, None, true).await, 2, "{method} 504 opted in");
        assert_eq!(sent_times(method, 500, None, true).await, 1, "{method} 500 never");
    }
}

#[tokio::test]
async fn create_start_provision_and_bulk_upload_are_sent_once_on_504() {
    let server = Server::start(|_, _, _| status_with(504, vec![])).await;
    let client = client(&server);
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    let job = jobs.item("j");
    let errors = [
        client
            .send(&jobs.create(&SynchronizationJob::default()))
            .await
            .map(drop),
        client.send(&job.start()).await.map(drop),
        client
            .send(&job.provision_on_demand(&ProvisionOnDemandRequestBody::default()))
            .await
            .map(drop),
        client
            .send(&job.bulk_upload().create(&BulkUploadRequestBody::default()))
            .await
            .map(drop),
    ];
    for err in errors {
        assert!(matches!(err, Err(Error::Graph { attempts: 1, .. })), "{err:?}");
    }
    assert_eq!(
        server.lines(),
        [
            "POST /v1.0/servicePrincipals/sp/synchronization/jobs",
            "POST /v1.0/servicePrincipals/sp/synchronization/jobs/j/microsoft.graph.start",
            "POST /v1.0/servicePrincipals/sp/synchronization/jobs/j/microsoft.graph.provisionOnDemand",
            "POST /v1.0/servicePrincipals/sp/synchronization/jobs/j/bulkUpload",
        ]
    );
    // Opting in per request: start is harmless to repeat.
    let err = client.send(&job.start().idempotent()).await.unwrap_err();
    assert!(matches!(err, Error::Graph { attempts: 4, .. }), "{err:?}");
    assert_eq!(server.requests().len(), 8);
}

#[test]
fn the_blocking_client_follows_the_same_retry_rule() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(Server::start(|_, _, _| status_with(504, vec![])));
    let base = builder(&server);
    let (create, get) = within(Duration::from_secs(30), move || {
        let client = blocking::Client::new(base, StaticToken::new(TOKEN)).unwrap();
        let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
        let create = client.send(&jobs.create(&SynchronizationJob::default())).unwrap_err();
        (create, client.send(&jobs.item("j").get()).unwrap_err())
    });
    assert!(matches!(create, Error::Graph { attempts: 1, .. }), "{create:?}");
    assert!(matches!(get, Error::Graph { attempts: 4, .. }), "{get:?}");
    assert_eq!(server.requests().len(), 1 + 4, "one POST, four GETs");
}

// ---------------------------------------------------------------------------------------------
// 3. Paging

#[tokio::test]
async fn next_link_cycles_stop_with_an_error() {
    let list_path = "/v1.0/servicePrincipals/sp/synchronization/jobs";
    // A link to the page itself (spelled differently: the same URL after normalization).
    let server = Server::start(move |_, _, base| {
        let base = base.replace("http://", "HTTP://");
        page(Some(format!("{base}{list_path}")))
    })
    .await;
    let client = client(&server);
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    let result = tokio::time::timeout(Duration::from_secs(20), client.collect_all(&jobs.list())).await;
    let err = result.expect("loops forever").unwrap_err();
    assert!(matches!(err, Error::NextLinkCycle { .. }), "{err:?}");
    assert_eq!(server.requests().len(), 1);

    // A → B → A, through the item stream.
    let server = Server::start(move |request, _, base| {
        let next = if request.target.ends_with("=A") { "B" } else { "A" };
        page(Some(format!("{base}{list_path}?$skiptoken={next}")))
    })
    .await;
    let client = self::client(&server);
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    use futures_util::StreamExt;
    let items: Vec<_> = tokio::time::timeout(Duration::from_secs(20), client.items(&jobs.list()).collect())
        .await
        .expect("loops forever");
    assert_eq!(items.len(), 4, "three pages of one item, then the error");
    assert!(matches!(items[3], Err(Error::NextLinkCycle { .. })), "{:?}", items[3]);
    assert_eq!(
        server.lines(),
        [
            format!("GET {list_path}"),
            format!("GET {list_path}?$skiptoken=A"),
            format!("GET {list_path}?$skiptoken=B"),
        ]
    );
}

#[tokio::test]
async fn pages_are_bounded() {
    let list_path = "/v1.0/servicePrincipals/sp/synchronization/jobs";
    let endless = || Server::start(move |_, i, base| page(Some(format!("{base}{list_path}?$skiptoken={}", i + 1))));
    let server = endless().await;
    let client = builder(&server).max_pages(5).bearer_token(TOKEN).build().unwrap();
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    let result = tokio::time::timeout(Duration::from_secs(20), client.collect_all(&jobs.list())).await;
    let err = result.expect("pages forever").unwrap_err();
    assert!(matches!(err, Error::PageLimit { limit: 5 }), "{err:?}");
    assert_eq!(server.requests().len(), 5);

    // The default bound holds without configuration.
    let server = endless().await;
    let client = self::client(&server);
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    let result = tokio::time::timeout(Duration::from_secs(120), client.collect_all(&jobs.list())).await;
    let err = result.expect("pages forever").unwrap_err();
    assert!(
        matches!(err, Error::PageLimit { limit } if limit == msgraph_sync::client::DEFAULT_MAX_PAGES),
        "{err:?}"
    );
    assert_eq!(server.requests().len(), msgraph_sync::client::DEFAULT_MAX_PAGES);
}

#[tokio::test]
async fn foreign_and_escaping_next_links_are_refused_without_the_token() {
    let other = Server::bystander().await;
    let other_port = other.base.rsplit(':').next().unwrap().to_string();
    // `{base}` is the listing server (`http://127.0.0.1:PORT`), `{port}` its port.
    let links: [(&str, bool); 20] = [
        ("{base}.evil/v1.0/x", false),
        ("http://127.0.0.1.evil:{port}/v1.0/x", false),
        ("http://localhost:{port}/v1.0/x", false),
        ("http://127.0.0.1:{port}@evil.example/v1.0/x", false),
        ("http://evil@127.0.0.1:{port}/v1.0/x", false),
        ("http://:secret@127.0.0.1:{port}/v1.0/x", false),
        ("http://127.0.0.1:{other}/v1.0/x", false),
        ("https://127.0.0.1:{port}/v1.0/x", false),
        ("/v1.0/relative", false),
        ("{base}/v1.0/../../../etc", true),
        ("{base}/v1.0/%2e%2e/%2E%2E/etc", true),
        ("{base}/v1.0/.%2e/etc", true),
        ("{base}/v1.0/%2e./etc", true),
        ("{base}/v1.0/x/%2E", true),
        ("{base}/v1.0/%252e%252e/etc", true),
        ("{base}/v1.0/..\\..\\etc", true),
        ("{base}/v1.0/.\t./etc", true),
        ("{base}/beta/servicePrincipals", true),
        ("{base}/v1.0x/servicePrincipals", true),
        ("{base}/etc", true),
    ];
    for (link, outside_root) in links {
        let (template, other_port) = (link.to_string(), other_port.clone());
        let server = Server::start(move |_, _, base| {
            let port = base.rsplit(':').next().unwrap();
            let link = template
                .replace("{base}", base)
                .replace("{port}", port)
                .replace("{other}", &other_port);
            page(Some(link))
        })
        .await;
        let client = client(&server);
        let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
        let result = tokio::time::timeout(Duration::from_secs(20), client.collect_all(&jobs.list())).await;
        let err = result.expect("hangs").unwrap_err();
        if outside_root {
            assert!(matches!(err, Error::OutsideRoot { .. }), "{link}: {err:?}");
        } else {
            assert!(matches!(err, Error::ForeignHost { .. }), "{link}: {err:?}");
        }
        assert!(!err.to_string().contains(TOKEN));
        let received = server.requests();
        assert_eq!(
            received.iter().map(Recorded::line).collect::<Vec<_>>(),
            ["GET /v1.0/servicePrincipals/sp/synchronization/jobs"],
            "{link} was followed"
        );
        assert_eq!(received[0].header("authorization"), Some(&*format!("Bearer {TOKEN}")));
    }
    assert_eq!(other.lines(), Vec::<String>::new(), "the other port heard nothing");
}

#[tokio::test]
async fn redirects_are_not_followed_and_carry_no_token() {
    let other = Server::bystander().await;
    for status in [301, 302, 303, 307, 308] {
        for location in [format!("{}/v1.0/stolen", other.base), "/v1.0/elsewhere".to_string()] {
            let location_header = location.clone();
            let server =
                Server::start(move |_, _, _| status_with(status, vec![("location", location_header.clone())])).await;
            let client = client(&server);
            let err = client.send(&server_job(&client).get()).await.unwrap_err();
            assert!(
                matches!(&err, Error::Graph { error, attempts: 1 } if error.status == status),
                "{err:?}"
            );
            assert_eq!(server.requests().len(), 1, "{status} {location} was followed");
        }
    }
    assert_eq!(other.lines(), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------------
// 4. Bodies: size and time

/// `content-length: 2 GiB`; the server really sends 128 MiB of it, then falls silent.
fn huge_content_length() -> Reply {
    Reply::Stream {
        delay: Duration::ZERO,
        head: "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2147483648\r\n\r\n".into(),
        chunk: vec![b' '; 256 << 10],
        chunked: false,
        every: Duration::ZERO,
        max: 128 << 20,
    }
}

/// A chunked body that never ends (16 KiB per millisecond, so a client without a limit grows
/// quickly but not dangerously fast for the machine).
fn endless_chunked() -> Reply {
    Reply::Stream {
        delay: Duration::ZERO,
        head: "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".into(),
        chunk: vec![b' '; 16 << 10],
        chunked: true,
        every: Duration::from_millis(1),
        max: u64::MAX,
    }
}

/// Headers after 2.5 s, then one byte of a 1000-byte body every 200 ms.
fn slow_drip() -> Reply {
    Reply::Stream {
        delay: Duration::from_millis(2500),
        head: "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n".into(),
        chunk: b" ".to_vec(),
        chunked: false,
        every: Duration::from_millis(200),
        max: 1000,
    }
}

fn assert_too_large(err: &Error, content_length: Option<u64>) {
    assert!(
        matches!(err, Error::BodyTooLarge { status: 200, limit, content_length: declared }
            if *limit == MIB && *declared == content_length),
        "{err:?}"
    );
    assert!(err.to_string().contains(&MIB.to_string()), "names the limit: {err}");
}

#[tokio::test]
async fn a_huge_content_length_is_refused_before_reading() {
    let server = Server::start(|_, _, _| huge_content_length()).await;
    let client = builder(&server)
        .max_response_body(MIB)
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    let before = peak_rss();
    let started = Instant::now();
    let result = tokio::time::timeout(Duration::from_secs(30), client.send(&server_job(&client).get())).await;
    let err = result.expect("hangs").unwrap_err();
    assert_too_large(&err, Some(2147483648));
    eprintln!("body refused after {:?}", started.elapsed());
    assert_peak_growth_below(before, 32 << 20);
    assert!(
        server.stream_closed_within(Duration::from_secs(10)).await,
        "the client hung up"
    );
    assert!(
        server.streamed() < 64 << 20,
        "the client stopped reading: {}",
        server.streamed()
    );
    assert_eq!(server.requests().len(), 1, "not retried");
}

#[tokio::test]
async fn an_endless_chunked_body_stops_at_the_limit() {
    let server = Server::start(|_, _, _| endless_chunked()).await;
    let client = builder(&server)
        .max_response_body(MIB)
        .request_timeout(Duration::from_secs(8))
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    let before = peak_rss();
    let started = Instant::now();
    let result = tokio::time::timeout(Duration::from_secs(30), client.send(&server_job(&client).get())).await;
    let err = result.expect("hangs").unwrap_err();
    // The limit stopped it, not the timeout (that would be `Error::Timeout`).
    assert_too_large(&err, None);
    eprintln!("body refused after {:?}", started.elapsed());
    assert_peak_growth_below(before, 32 << 20);
    assert!(
        server.stream_closed_within(Duration::from_secs(10)).await,
        "the client hung up"
    );
    assert!(server.streamed() < 32 << 20, "{}", server.streamed());
}

#[tokio::test]
async fn a_slow_drip_body_times_out_as_a_whole() {
    let server = Server::start(|_, _, _| slow_drip()).await;
    let client = builder(&server)
        .request_timeout(Duration::from_secs(3))
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    let started = Instant::now();
    let result = tokio::time::timeout(Duration::from_secs(60), client.send(&server_job(&client).get())).await;
    let err = result.expect("hangs").unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    // 3 s for headers and body together (the headers alone took 2.5 s).
    eprintln!("slow drip timed out after {:?}", started.elapsed());
    assert!(
        started.elapsed() < Duration::from_millis(4500),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.requests().len(), 1, "timeouts are not retried");
}

/// GETs one job through a blocking client made from `builder`, within `bound`; the request must fail.
fn blocking_get_job_error(builder: ClientBuilder, bound: Duration) -> Error {
    within(bound, move || {
        let client = blocking::Client::new(builder, StaticToken::new(TOKEN)).unwrap();
        let job = client
            .v1_0()
            .service_principals()
            .item("sp")
            .synchronization()
            .jobs()
            .item("j");
        client.send(&job.get()).unwrap_err()
    })
}

#[test]
fn bodies_are_bounded_in_size_and_time_blocking() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for (reply, content_length) in [
        (huge_content_length as fn() -> Reply, Some(2147483648)),
        (endless_chunked as fn() -> Reply, None),
    ] {
        let server = runtime.block_on(Server::start(move |_, _, _| reply()));
        let builder = builder(&server)
            .max_response_body(MIB)
            .request_timeout(Duration::from_secs(8));
        let before = peak_rss();
        let started = Instant::now();
        let err = blocking_get_job_error(builder, Duration::from_secs(30));
        assert_too_large(&err, content_length);
        eprintln!("body refused after {:?}", started.elapsed());
        assert_peak_growth_below(before, 32 << 20);
        let closed = runtime.block_on(server.stream_closed_within(Duration::from_secs(10)));
        assert!(closed, "the client hung up");
    }

    let server = runtime.block_on(Server::start(|_, _, _| slow_drip()));
    let builder = builder(&server).request_timeout(Duration::from_secs(3));
    let started = Instant::now();
    let err = blocking_get_job_error(builder, Duration::from_secs(60));
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    eprintln!("slow drip timed out after {:?}", started.elapsed());
    assert!(
        started.elapsed() < Duration::from_millis(4500),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn next_link_cycles_and_escapes_stop_the_blocking_client() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let list_path = "/v1.0/servicePrincipals/sp/synchronization/jobs";
    for (next, expect_cycle) in [
        (list_path.to_string(), true),
        ("/v1.0/%2E%2E/%2E%2E/etc".to_string(), false),
    ] {
        let server = runtime.block_on(Server::start(move |_, _, base| page(Some(format!("{base}{next}")))));
        let builder = builder(&server);
        let (pages, err) = within(Duration::from_secs(30), move || {
            let client = blocking::Client::new(builder, StaticToken::new(TOKEN)).unwrap();
            let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
            let pages: Vec<_> = client.pages(&jobs.list()).collect();
            let err = client.collect_all(&jobs.list()).unwrap_err();
            (pages.len(), err)
        });
        assert_eq!(pages, 2, "one page, then the error");
        if expect_cycle {
            assert!(matches!(err, Error::NextLinkCycle { .. }), "{err:?}");
        } else {
            assert!(matches!(err, Error::OutsideRoot { .. }), "{err:?}");
        }
        assert_eq!(server.lines(), [format!("GET {list_path}"), format!("GET {list_path}")]);
    }
}
