//! The client: sends the builders' requests with reqwest (rustls) on tokio, with authentication,
//! retries, paging, request ids, timeouts and tracing. The wire format stays in the sans-IO
//! builders; this module only moves bytes and decides when to try again.

mod auth;
#[cfg(feature = "azure-identity")]
mod azure;
mod batch;
#[cfg(feature = "blocking")]
pub mod blocking;
mod concurrent;
mod headers;
pub mod limits;
mod retry;
mod throttle;

pub use auth::{AuthError, Secret, StaticToken, TokenFuture, TokenProvider};
#[cfg(feature = "azure-identity")]
pub use azure::{azure_transport, AzureCredential};
pub use batch::{Batch, BatchError, BatchKey, BatchResponses, MAX_BATCH_REQUESTS};
pub use headers::Response;
pub use limits::{
    BudgetStatus, CallLedger, DailyBudget, Endpoint, EndpointLimit, LedgerError, Window, ENDPOINT_LIMITS,
};
pub use retry::RetryPolicy;
pub use throttle::{FaultInjection, RateLimit, INJECTED_FAULT_HEADER};

use crate::request::{BuildError, Cloud, Request};
use crate::response::{GraphError, Json, Page, ResponseError, ResponseKind};
use futures_util::stream::{self, Stream, TryStreamExt};
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Duration;
use tracing::Instrument;

/// `User-Agent` of every request: the crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Everything that can go wrong sending a request.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Graph answered with an error status (after `attempts` attempts).
    #[error("{error} (after {attempts} attempt(s))")]
    Graph { error: Box<GraphError>, attempts: u32 },
    /// The connection failed (DNS, TLS, reset…).
    #[error("transport: {0}")]
    Transport(String),
    /// No response within the configured timeout.
    #[error("timed out: {0}")]
    Timeout(String),
    /// A 2XX response whose body does not decode as the operation's type.
    #[error("HTTP {status}: response body does not decode: {message} (body starts {body_start:?})")]
    Decode {
        status: u16,
        message: String,
        body_start: String,
    },
    /// The request could not be built (empty id, bad base URL…).
    #[error(transparent)]
    Build(#[from] BuildError),
    /// The token provider failed.
    #[error("authentication: {0}")]
    Auth(#[from] AuthError),
    /// A URL (an `@odata.nextLink`, a request built for another base) points away from the
    /// configured Graph host; following it would hand the token to someone else.
    #[error("refusing to send the token to {url}: not the configured Graph host {expected}")]
    ForeignHost { url: String, expected: String },
    /// A URL on the Graph host that leaves the configured root: a path outside the base URL (or,
    /// for an `@odata.nextLink`, outside the API version of the listing), or a dot segment in any
    /// spelling (`..`, `%2E%2E`, `.%2e`, `..\`), which URL normalization would make climb.
    #[error("refusing {url}: it leaves the configured Graph root {root}")]
    OutsideRoot { url: String, root: String },
    /// A response body (of any status) larger than the limit; `content_length` is what the
    /// response declared, if anything. Raise the limit with `ClientBuilder::max_response_body`.
    #[error("HTTP {status}: response body exceeds the limit of {limit} bytes (declared content-length: {content_length:?}; see ClientBuilder::max_response_body)")]
    BodyTooLarge {
        status: u16,
        limit: usize,
        content_length: Option<u64>,
    },
    /// An `@odata.nextLink` repeats a page already fetched in this listing: following it would
    /// loop forever.
    #[error("@odata.nextLink {url} repeats a page of this listing (a paging cycle)")]
    NextLinkCycle { url: String },
    /// A listing had more pages than the limit (`ClientBuilder::max_pages`).
    #[error("the listing has more than {limit} pages (see ClientBuilder::max_pages)")]
    PageLimit { limit: usize },
    /// A `$batch` could not be formed, or its response did not answer an item.
    #[error(transparent)]
    Batch(#[from] BatchError),
    /// bulkUpload's daily budget is spent: the call was not sent (see [`DailyBudget`]).
    #[error("bulkUpload's daily budget of {calls} calls per 24 hours is spent{}", next_free.map(|t| format!("; the next call is free at {}", httpdate::fmt_http_date(t))).unwrap_or_default())]
    BudgetSpent {
        calls: u32,
        next_free: Option<std::time::SystemTime>,
    },
    /// The daily budget's ledger could not be read or written: nothing was sent.
    #[error(transparent)]
    Ledger(LedgerError),
}

impl Error {
    /// Whether trying the same thing again later may succeed: Graph throttled it or was
    /// unavailable (429, 503, 504, after the client's own retries ran out), the connection
    /// failed, or it timed out. Everything else (4XX, decoding, refused URLs, limits) fails the
    /// same way again. Whether a non-idempotent request may safely be repeated is a separate
    /// question (see [`RetryPolicy`]).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Graph { error, .. } => matches!(error.status, 429 | 503 | 504),
            Error::Transport(_) | Error::Timeout(_) => true,
            Error::Batch(BatchError::Chunk(error)) => error.is_retryable(),
            _ => false,
        }
    }

    fn from_response(error: ResponseError, attempts: u32) -> Error {
        match error {
            ResponseError::Graph(error) => Error::Graph { error, attempts },
            ResponseError::Decode {
                status,
                error,
                body_start,
            } => Error::Decode {
                status,
                message: error.to_string(),
                body_start,
            },
        }
    }

    fn from_reqwest(err: reqwest::Error) -> Error {
        // reqwest's messages name the URL but never headers, so no token can leak through them.
        // The causes say what happened ("error decoding response body" alone hides a timeout).
        let mut message = err.to_string();
        let mut source = std::error::Error::source(&err);
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        if err.is_timeout() {
            Error::Timeout(message)
        } else {
            Error::Transport(message)
        }
    }
}

/// Default of [`ClientBuilder::max_response_body`]: 64 MiB. The largest real synchronization
/// response (a schema) is under 1 MB; this leaves wide room while bounding a hostile body.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 64 << 20;

/// Default of [`ClientBuilder::max_pages`]. Synchronization listings (jobs, templates) fit in a
/// page or a few; a thousand only stops a runaway listing.
pub const DEFAULT_MAX_PAGES: usize = 1000;

/// Client settings.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// `https://graph.microsoft.com` (no version, no trailing slash).
    pub base_url: String,
    /// Scheme, host and port requests may go to with the token.
    pub origin: String,
    /// The base URL's path with a trailing slash (`/` or `/graph/`): every request stays under it.
    pub root: String,
    pub scope: String,
    pub retry: RetryPolicy,
    pub user_agent: String,
    pub max_response_body: usize,
    pub max_pages: usize,
    /// Send `Prefer: include-unknown-enum-members` with every request.
    pub include_unknown_enum_members: bool,
}

/// The `Prefer` preference that makes Graph send evolvable-enum members newer than
/// `unknownFutureValue` (it omits them otherwise; this crate's enums keep them either way).
pub const INCLUDE_UNKNOWN_ENUM_MEMBERS: &str = "include-unknown-enum-members";

/// `scheme://host:port` of a parsed URL, or `None` when it is not plain http(s) to a host.
/// Parsed with reqwest's own (WHATWG) parser, so this is the host the request would reach.
fn origin_of(url: &reqwest::Url) -> Option<String> {
    // Userinfo (`user@host`) would let a URL look like the Graph host while going elsewhere.
    if !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let port = url.port_or_known_default()?;
    Some(format!("{}://{host}:{port}", url.scheme()))
}

impl Config {
    /// Refuses any URL outside the configured origin and `root` (a path prefix ending in `/`),
    /// before a token is attached. Returns the URL as reqwest will send it.
    pub fn check_target(&self, url: &str, root: &str) -> Result<reqwest::Url, Error> {
        let foreign = || Error::ForeignHost {
            url: url.to_string(),
            expected: self.base_url.clone(),
        };
        let parsed = reqwest::Url::parse(url).map_err(|_| foreign())?;
        if origin_of(&parsed).as_deref() != Some(self.origin.as_str()) {
            return Err(foreign());
        }
        let outside = || Error::OutsideRoot {
            url: url.to_string(),
            root: format!("{}{root}", self.origin),
        };
        // Dot segments are refused before normalization can hide them.
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        if crate::request::has_dot_segment(after_scheme) {
            return Err(outside());
        }
        if !parsed.path().starts_with(root) && format!("{}/", parsed.path()) != root {
            return Err(outside());
        }
        Ok(parsed)
    }

    /// Refuses any request outside the configured origin and base path.
    pub fn check_request(&self, request: &http::Request<Vec<u8>>) -> Result<(), Error> {
        self.check_target(&request.uri().to_string(), &self.root).map(drop)
    }

    /// Adds `Authorization`, `client-request-id` (unless set) and `User-Agent`.
    pub fn prepare(
        &self,
        request: &mut http::Request<Vec<u8>>,
        token: &Secret,
        client_request_id: &str,
    ) -> Result<(), Error> {
        let headers = request.headers_mut();
        let mut bearer = http::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
            .map_err(|_| AuthError("the token is not a valid header value".into()))?;
        bearer.set_sensitive(true);
        headers.insert(http::header::AUTHORIZATION, bearer);
        if !headers.contains_key("client-request-id") {
            let id = http::HeaderValue::from_str(client_request_id)
                .map_err(|_| BuildError::Header("client-request-id".into()))?;
            headers.insert("client-request-id", id);
        }
        let agent =
            http::HeaderValue::from_str(&self.user_agent).map_err(|_| BuildError::Header("user-agent".into()))?;
        headers.insert(http::header::USER_AGENT, agent);
        if self.include_unknown_enum_members {
            add_preference(headers, INCLUDE_UNKNOWN_ENUM_MEMBERS)?;
        }
        Ok(())
    }

    /// The wait before retrying `response` on attempt `attempt`, or `None` to stop. `idempotent`:
    /// whether sending the request again is harmless (see [`retry::is_retryable`]).
    pub fn retry_delay<B>(
        &self,
        policy: &RetryPolicy,
        response: &http::Response<B>,
        attempt: u32,
        waited: Duration,
        idempotent: bool,
    ) -> Option<Duration> {
        let after = retry::retry_after_of(response);
        if !retry::is_retryable(response.status().as_u16(), idempotent, after.is_some()) {
            return None;
        }
        policy.delay(attempt, after, waited)
    }
}

/// Adds `preference` to the `Prefer` header (kept once; other preferences stay).
pub(crate) fn add_preference(headers: &mut http::HeaderMap, preference: &str) -> Result<(), Error> {
    let existing: Vec<String> = headers
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    if existing.iter().any(|p| p.eq_ignore_ascii_case(preference)) {
        return Ok(());
    }
    let mut all = existing;
    all.push(preference.to_string());
    let value = http::HeaderValue::from_str(&all.join(", ")).map_err(|_| BuildError::Header("prefer".into()))?;
    headers.insert("prefer", value);
    Ok(())
}

/// Whether `response` says the service certainly did not act on its request (a 4XX, or a 503
/// with `Retry-After`); anything else may come after it acted. What may be reported as "refused"
/// rather than "unknown", and so sent again without a duplicate.
pub fn service_did_not_act<B>(response: &http::Response<B>) -> bool {
    retry::did_not_act(response.status().as_u16(), retry::retry_after_of(response).is_some())
}

/// `Retry-Attempt`: the number of this retry (1 on the second attempt), as Microsoft's SDKs send it.
pub const RETRY_ATTEMPT_HEADER: &str = "retry-attempt";

/// Whether `request` may be sent again after a 503 or 504.
fn is_idempotent(request: &http::Request<Vec<u8>>) -> bool {
    retry::is_idempotent_method(request.method()) || request.extensions().get::<crate::request::Idempotent>().is_some()
}

/// Follows the `@odata.nextLink`s of one listing: each must stay under the listing's API version
/// on the Graph host, never repeat a page (a cycle would loop forever), and the pages are bounded.
struct Pager {
    /// `/{base path}/{version}/` of the first request.
    root: String,
    seen: std::collections::HashSet<String>,
    fetched: usize,
}

impl Pager {
    fn new(config: &Config, first: &http::Request<Vec<u8>>) -> Pager {
        let url = first.uri().to_string();
        let path = first.uri().path();
        let version = path
            .strip_prefix(config.root.as_str())
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default();
        let normalized = reqwest::Url::parse(&url).map_or(url, String::from);
        Pager {
            root: format!("{}{version}/", config.root),
            seen: [normalized].into(),
            fetched: 0,
        }
    }

    /// The request for the page after the one just fetched, whose next link is `link`.
    fn follow(&mut self, config: &Config, link: &str) -> Result<http::Request<Vec<u8>>, Error> {
        self.fetched = self.fetched.saturating_add(1);
        if self.fetched >= config.max_pages.max(1) {
            return Err(Error::PageLimit {
                limit: config.max_pages.max(1),
            });
        }
        let url = config.check_target(link, &self.root)?;
        if !self.seen.insert(url.as_str().to_string()) {
            return Err(Error::NextLinkCycle { url: link.to_string() });
        }
        http::Request::get(url.as_str())
            .header(http::header::ACCEPT, "application/json")
            .body(Vec::new())
            .map_err(|_| Error::ForeignHost {
                url: link.to_string(),
                expected: config.base_url.clone(),
            })
    }
}

/// A decoded page and the link to the next one.
fn split_page<P: Page>(page: P) -> (Vec<P::Item>, Option<String>) {
    page.into_page()
}

/// Builds a [`Client`].
pub struct ClientBuilder {
    cloud: Cloud,
    base_url: String,
    scope: Option<String>,
    tokens: Option<Arc<dyn TokenProvider>>,
    retry: RetryPolicy,
    connect_timeout: Duration,
    request_timeout: Duration,
    user_agent: String,
    max_response_body: usize,
    max_pages: usize,
    include_unknown_enum_members: bool,
    rate_limit: Option<RateLimit>,
    adaptive_rate: bool,
    faults: Option<FaultInjection>,
    endpoint_limits: std::collections::HashMap<Endpoint, Window>,
    daily_budget: Option<DailyBudget>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            cloud: Cloud::Global,
            base_url: Cloud::Global.base_url().to_string(),
            scope: None,
            tokens: None,
            retry: RetryPolicy::default(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(100),
            user_agent: USER_AGENT.to_string(),
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            max_pages: DEFAULT_MAX_PAGES,
            include_unknown_enum_members: false,
            rate_limit: None,
            adaptive_rate: true,
            faults: None,
            endpoint_limits: std::collections::HashMap::new(),
            daily_budget: Some(DailyBudget::default()),
        }
    }
}

impl ClientBuilder {
    /// A national cloud: its Graph host, and `{host}/.default` as the token scope.
    pub fn cloud(mut self, cloud: Cloud) -> Self {
        self.cloud = cloud;
        self.base_url = cloud.base_url().to_string();
        self
    }
    /// A custom Graph root (a proxy, a test server on 127.0.0.1); set it after [`cloud`](Self::cloud).
    /// The token scope stays the cloud's unless [`scope`](Self::scope) says otherwise.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_string();
        self
    }
    /// The token scope (default: the cloud's, `{cloud host}/.default`).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }
    /// Where bearer tokens come from (required).
    pub fn token_provider(mut self, provider: impl TokenProvider + 'static) -> Self {
        self.tokens = Some(Arc::new(provider));
        self
    }
    /// A fixed bearer token.
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.token_provider(StaticToken::new(token))
    }
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }
    /// The limit for one attempt, from sending to the end of the body.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }
    /// The largest response body read, in bytes (default [`DEFAULT_MAX_RESPONSE_BODY`], 64 MiB);
    /// a larger one is [`Error::BodyTooLarge`], refused from its `content-length` before reading,
    /// or as soon as a chunked body passes the limit.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = bytes;
        self
    }
    /// The most pages one listing fetches (default [`DEFAULT_MAX_PAGES`]); one more
    /// `@odata.nextLink` is [`Error::PageLimit`].
    pub fn max_pages(mut self, pages: usize) -> Self {
        self.max_pages = pages;
        self
    }
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }
    /// Sends `Prefer: include-unknown-enum-members` with every request (added to any other
    /// preference), so Graph includes evolvable-enum members newer than `unknownFutureValue`.
    /// Per request: [`Request::include_unknown_enum_members`].
    pub fn include_unknown_enum_members(mut self, include: bool) -> Self {
        self.include_unknown_enum_members = include;
        self
    }
    /// Paces every request of this client (and its clones) to at most `limit` (a `$batch` item
    /// counts as one request), so many workers stay under the tenant's limit from the start.
    /// With the adaptive rate (on by default) this is where it starts and its ceiling. A
    /// `Retry-After` from the service pauses every worker whether or not this is set.
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }
    /// Whether the client learns the tenant's rate from its 429s (default `true`): each 429
    /// lowers the rate of every clone to a share of what the service accepted since the previous
    /// one, and the rate grows back slowly while no 429 comes (README, "Adaptive rate"). Off,
    /// only [`rate_limit`](Self::rate_limit) (if set) paces, and workers released from a
    /// `Retry-After` go at once.
    pub fn adaptive_rate(mut self, adaptive: bool) -> Self {
        self.adaptive_rate = adaptive;
        self
    }
    /// Replaces an endpoint's documented limit ([`ENDPOINT_LIMITS`]): a tenant whose limit was
    /// raised, or a test server with its own.
    pub fn endpoint_limit(mut self, endpoint: Endpoint, window: Window) -> Self {
        self.endpoint_limits.insert(endpoint, window);
        self
    }
    /// bulkUpload's daily budget (default: [`limits::BULK_UPLOAD_DAILY_CALLS`] per 24 hours, counted in
    /// memory): the Governance licence's 6,000, and a [`CallLedger`] that keeps the count across runs.
    /// `None`: no budget is counted (the service's 429 still stops a run).
    pub fn daily_budget(mut self, budget: Option<DailyBudget>) -> Self {
        self.daily_budget = budget;
        self
    }
    /// Answers some attempts with a made-up 429/503/504 instead of sending them (see
    /// [`FaultInjection`]), for testing code built on the client. Off by default.
    pub fn fault_injection(mut self, faults: FaultInjection) -> Self {
        self.faults = Some(faults);
        self
    }

    fn config(&self) -> Result<Config, Error> {
        let bad_base = || BuildError::BaseUrl(self.base_url.clone());
        let url = reqwest::Url::parse(&self.base_url).map_err(|_| bad_base())?;
        let origin = origin_of(&url).ok_or_else(bad_base)?;
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        if url.query().is_some() || url.fragment().is_some() || crate::request::has_dot_segment(after_scheme) {
            return Err(bad_base().into());
        }
        let root = format!("{}/", url.path().trim_end_matches('/'));
        let scope = self
            .scope
            .clone()
            .unwrap_or_else(|| format!("{}/.default", self.cloud.base_url()));
        Ok(Config {
            base_url: self.base_url.clone(),
            origin,
            root,
            scope,
            retry: self.retry.clone(),
            user_agent: self.user_agent.clone(),
            max_response_body: self.max_response_body,
            max_pages: self.max_pages,
            include_unknown_enum_members: self.include_unknown_enum_members,
        })
    }

    /// The async client.
    pub fn build(self) -> Result<Client, Error> {
        let config = self.config()?;
        let tokens = self
            .tokens
            .clone()
            .ok_or_else(|| AuthError("no token provider configured".into()))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls_config()?)
            .connect_timeout(self.connect_timeout)
            .timeout(self.request_timeout)
            // Redirects would carry the token to wherever they point; Graph does not redirect API calls.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(Error::from_reqwest)?;
        let retry = Arc::new(config.retry.clone());
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                tokens,
                config,
                throttle: throttle::Throttle::new(self.rate_limit, self.adaptive_rate),
                limits: limits::Limits::new(&self.endpoint_limits, self.daily_budget.clone()),
                faults: self.faults.clone().map(throttle::Faults::new),
            }),
            retry,
        })
    }
}

/// rustls with ring's provider and the platform's certificate verifier (what reqwest 0.13 builds by default,
/// but on aws-lc-rs).
fn tls_config() -> Result<rustls::ClientConfig, Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
        .map_err(|e| Error::Transport(format!("TLS certificate verifier: {e}")))?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Transport(format!("TLS protocol versions: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

struct Inner {
    http: reqwest::Client,
    tokens: Arc<dyn TokenProvider>,
    config: Config,
    /// Shared by every clone: a `Retry-After` applies to the tenant.
    throttle: throttle::Throttle,
    /// The documented per-endpoint limits and bulkUpload's daily budget.
    limits: limits::Limits,
    faults: Option<throttle::Faults>,
}

/// The async Microsoft Graph client. Cheap to clone; clones share connections, tokens and the
/// tenant's throttle.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// This handle's retry policy (see [`Client::with_retry_policy`]).
    retry: Arc<RetryPolicy>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.config.base_url)
            .field("scope", &self.inner.config.scope)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Request builders for Graph v1.0 on this client's host.
    #[cfg(feature = "v1_0")]
    pub fn v1_0(&self) -> crate::v1_0::Api {
        crate::v1_0::Api::with_base_url(&self.inner.config.base_url)
    }

    /// Request builders for Graph beta on this client's host.
    #[cfg(feature = "beta")]
    pub fn beta(&self) -> crate::beta::Api {
        crate::beta::Api::with_base_url(&self.inner.config.base_url)
    }

    /// The token scope requested from the provider.
    pub fn scope(&self) -> &str {
        &self.inner.config.scope
    }

    /// This client with another retry policy, for the requests sent through the returned handle
    /// (connections, tokens and the throttle stay shared). For one hand-built request, put a
    /// [`RetryPolicy`] in its extensions instead.
    pub fn with_retry_policy(&self, policy: RetryPolicy) -> Client {
        Client {
            inner: self.inner.clone(),
            retry: Arc::new(policy),
        }
    }

    /// The window in force for a limited endpoint.
    pub fn endpoint_limit(&self, endpoint: Endpoint) -> Option<Window> {
        self.inner.limits.window(endpoint)
    }

    /// bulkUpload's daily budget now: calls allowed, spent in the last 24 hours, and when the next
    /// comes free (`None`: no budget configured).
    pub fn budget_status(&self) -> Result<Option<BudgetStatus>, Error> {
        self.inner.limits.budget_status()
    }

    /// The retry policy of this handle.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// Sends a request and decodes its response as the operation says.
    pub async fn send<R: ResponseKind, Q>(&self, request: &Request<R, Q>) -> Result<R::Output, Error> {
        let (response, attempts) = self.execute(request.build()?).await?;
        crate::response::parse::<R>(&response).map_err(|e| Error::from_response(e, attempts))
    }

    /// Like [`send`](Self::send), and keeps the response's status and headers (`Location` of a
    /// bulk upload's 202, `request-id`, `x-ms-throttle-*`…).
    pub async fn send_with_headers<R: ResponseKind, Q>(
        &self,
        request: &Request<R, Q>,
    ) -> Result<Response<R::Output>, Error> {
        let (response, attempts) = self.execute(request.build()?).await?;
        Response::parse::<R>(response, attempts)
    }

    /// Sends any request to the Graph host (auth, ids, limits, retries), returning the final
    /// response, whatever its status, and the number of attempts made. A [`RetryPolicy`] in the
    /// request's extensions replaces the client's for it.
    pub async fn execute(&self, request: http::Request<Vec<u8>>) -> Result<(http::Response<Vec<u8>>, u32), Error> {
        let endpoints: Vec<Endpoint> = self.endpoint_of(&request).into_iter().collect();
        let (response, attempts, _) = self.execute_counted(request, 1, &endpoints, false).await?;
        Ok((response, attempts))
    }

    /// The limited endpoint a request (a full URL under the configured root) goes to.
    pub(crate) fn endpoint_of(&self, request: &http::Request<Vec<u8>>) -> Option<Endpoint> {
        let path = request.uri().path();
        let in_root = path.strip_prefix(self.inner.config.root.as_str())?;
        let (_version, in_version) = in_root.split_once('/')?;
        Endpoint::of(request.method(), in_version)
    }

    /// `execute`, counting as `cost` requests against the client's rate (a `$batch` of `cost`
    /// items) and one call to each of `endpoints` (a request's own, or a `$batch`'s items'). A
    /// request to a limited endpoint is paced by that endpoint's window instead of the client's
    /// rate. For a `$batch` (`items`), a 2XX response comes with its throttle permit: only its
    /// items say what the service accepted.
    async fn execute_counted(
        &self,
        request: http::Request<Vec<u8>>,
        cost: u32,
        endpoints: &[Endpoint],
        items: bool,
    ) -> Result<(http::Response<Vec<u8>>, u32, Option<throttle::Permit<'_>>), Error> {
        let config = &self.inner.config;
        config.check_request(&request)?;
        let policy = request
            .extensions()
            .get::<RetryPolicy>()
            .cloned()
            .unwrap_or_else(|| (*self.retry).clone());
        let idempotent = is_idempotent(&request);
        let paced = endpoints.is_empty();
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let span = tracing::info_span!(
            "graph_request",
            method = %request.method(),
            path = %request.uri().path(),
            client_request_id = %client_request_id,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        async move {
            let mut waited = Duration::ZERO;
            let mut attempt = 1;
            loop {
                // Time held back by a `Retry-After` counts against the policy's total wait;
                // waiting one's turn in a window does not.
                let (permit, held) = self.inner.throttle.acquire(cost, paced).await;
                let (tickets, endpoint_held) = self.inner.limits.acquire(endpoints).await?;
                waited = waited.saturating_add(held).saturating_add(endpoint_held);
                let token = self.inner.tokens.token(&config.scope).await?;
                let mut outgoing = request.clone();
                config.prepare(&mut outgoing, &token, &client_request_id)?;
                if attempt > 1 {
                    outgoing
                        .headers_mut()
                        .insert(RETRY_ATTEMPT_HEADER, http::HeaderValue::from(attempt - 1));
                }
                let injected = self.inner.faults.as_ref().and_then(throttle::Faults::next);
                // A made-up fault is not the service's answer: it teaches the rate nothing.
                let (response, mut permit) = match injected {
                    Some(response) => (response, None),
                    None => {
                        let outgoing = reqwest::Request::try_from(outgoing).map_err(Error::from_reqwest)?;
                        let response = self.inner.http.execute(outgoing).await.map_err(Error::from_reqwest)?;
                        // Requests paced by an endpoint's window do not teach the client's rate.
                        let permit = Some(permit).filter(|_| paced);
                        (read_response(response, config.max_response_body).await?, permit)
                    }
                };
                let throttled = response.status() == http::StatusCode::TOO_MANY_REQUESTS;
                let retry_after = retry::retry_after_of(&response);
                for ticket in tickets {
                    let hold = throttled.then(|| retry_after.unwrap_or(Duration::ZERO));
                    self.inner.limits.answered(ticket, hold);
                }
                if !(items && response.status().is_success()) {
                    if let Some(permit) = permit.take() {
                        let accepted = if throttled { 0 } else { u64::from(cost) };
                        self.inner
                            .throttle
                            .record(permit, throttle::Answered { accepted, throttled });
                    }
                }
                let span = tracing::Span::current();
                span.record("status", response.status().as_u16());
                span.record("attempts", attempt);
                match config.retry_delay(&policy, &response, attempt, waited, idempotent) {
                    Some(delay) => {
                        tracing::info!(status = response.status().as_u16(), ?delay, attempt, "retrying");
                        match (retry_after, paced) {
                            // A limited endpoint was held above: its window waits it out.
                            (Some(_), false) => {}
                            // The service's wait applies to the tenant: every worker pauses, this
                            // one too, at the gate of its next attempt.
                            (Some(_), true) => self.inner.throttle.hold(delay),
                            (None, _) => tokio::time::sleep(delay).await,
                        }
                        waited = waited.saturating_add(delay);
                        attempt += 1;
                    }
                    None => return Ok((response, attempt, permit)),
                }
            }
        }
        .instrument(span)
        .await
    }

    /// The pages of a pageable listing, following `@odata.nextLink` (only ever to the Graph host).
    pub fn pages<'c, P, Q>(&'c self, request: &Request<Json<P>, Q>) -> impl Stream<Item = Result<P, Error>> + 'c
    where
        P: Page + DeserializeOwned + 'c,
    {
        let config = &self.inner.config;
        let first = request.build().map_err(Error::Build).map(|first| {
            let pager = Pager::new(config, &first);
            (first, pager)
        });
        stream::try_unfold(Some(first), move |next| async move {
            let Some(next) = next else { return Ok(None) };
            let (request, mut pager) = next?;
            let (response, attempts) = self.execute(request).await?;
            let page: P =
                crate::response::parse::<Json<P>>(&response).map_err(|e| Error::from_response(e, attempts))?;
            // An error about the next link comes after this page, which is good.
            let following = page
                .next_link()
                .map(|link| pager.follow(config, link).map(|request| (request, pager)));
            Ok(Some((page, following)))
        })
    }

    /// The items of a pageable listing, across all pages.
    pub fn items<'c, P, Q>(&'c self, request: &Request<Json<P>, Q>) -> impl Stream<Item = Result<P::Item, Error>> + 'c
    where
        P: Page + DeserializeOwned + 'c,
        P::Item: 'c,
    {
        self.pages(request)
            .map_ok(|page| stream::iter(split_page(page).0.into_iter().map(Ok)))
            .try_flatten()
    }

    /// Every item of a pageable listing.
    pub async fn collect_all<P, Q>(&self, request: &Request<Json<P>, Q>) -> Result<Vec<P::Item>, Error>
    where
        P: Page + DeserializeOwned,
    {
        self.items(request).try_collect().await
    }
}

/// Reads a response into one buffer of at most `limit` bytes: a declared `content-length` over
/// the limit is refused before reading, and a chunked body as soon as it passes it.
async fn read_response(mut response: reqwest::Response, limit: usize) -> Result<http::Response<Vec<u8>>, Error> {
    let status = response.status();
    let declared = response
        .headers()
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let too_large = || Error::BodyTooLarge {
        status: status.as_u16(),
        limit,
        content_length: declared,
    };
    let capacity = match declared {
        Some(length) => usize::try_from(length)
            .ok()
            .filter(|&n| n <= limit)
            .ok_or_else(too_large)?,
        None => 0,
    };
    let mut body = Vec::with_capacity(capacity);
    while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
        if chunk.len() > limit - body.len() {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    let mut parts = http::Response::new(body);
    *parts.status_mut() = status;
    *parts.headers_mut() = std::mem::take(response.headers_mut());
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        let config = Client::builder().base_url("http://127.0.0.1:8080/").config().unwrap();
        assert!(config.check_target("http://127.0.0.1:8080/v1.0/x", "/").is_ok());
        for foreign in [
            "http://127.0.0.1:8081/v1.0/x",
            "https://127.0.0.1:8080/v1.0/x",
            "http://evil.example/v1.0/x",
            "http://127.0.0.1:8080@evil.example/v1.0/x",
            "/v1.0/relative",
        ] {
            assert!(
                matches!(config.check_target(foreign, "/"), Err(Error::ForeignHost { .. })),
                "{foreign}"
            );
        }
        let global = Client::builder().config().unwrap();
        assert_eq!(global.scope, "https://graph.microsoft.com/.default");
        assert!(global
            .check_target("https://GRAPH.microsoft.com:443/beta/x", "/")
            .is_ok());
        for outside in [
            "https://graph.microsoft.com/v1.0/../etc",
            "https://graph.microsoft.com/v1.0/%2e%2E/etc",
            "https://graph.microsoft.com/v1.0/.%2e/etc",
            "https://graph.microsoft.com/v1.0/x/%2E",
            "https://graph.microsoft.com/v1.0/..\\etc",
            "https://graph.microsoft.com/beta/x",
            "https://graph.microsoft.com/v1.0x",
        ] {
            assert!(
                matches!(global.check_target(outside, "/v1.0/"), Err(Error::OutsideRoot { .. })),
                "{outside}"
            );
        }
        let proxied = Client::builder()
            .base_url("http://127.0.0.1:8080/graph/")
            .config()
            .unwrap();
        assert_eq!(proxied.root, "/graph/");
        assert!(proxied
            .check_target("http://127.0.0.1:8080/graph/v1.0/x", "/graph/")
            .is_ok());
        assert!(matches!(
            proxied.check_target("http://127.0.0.1:8080/other/v1.0/x", "/graph/"),
            Err(Error::OutsideRoot { .. })
        ));
        for bad in ["http://127.0.0.1:8080/a/../b", "ftp://x", "http://h/?q", "http://u@h/"] {
            assert!(Client::builder().base_url(bad).config().is_err(), "{bad}");
        }
        let china = Client::builder().cloud(Cloud::China).config().unwrap();
        assert_eq!(china.scope, "https://microsoftgraph.chinacloudapi.cn/.default");
        let dod = Client::builder().cloud(Cloud::UsGovL5Dod).config().unwrap();
        assert_eq!(dod.scope, "https://dod-graph.microsoft.us/.default");
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let client = Client::builder().bearer_token("very-secret").build().unwrap();
        let shown = format!(
            "{client:?} {:?} {}",
            StaticToken::new("very-secret"),
            Secret::new("very-secret")
        );
        assert!(!shown.contains("very-secret"), "{shown}");
    }
}
