//! Building a client: its settings, its connections (rustls on ring), and the shared state its
//! clones have in common (tokens, throttle, limits).

use std::sync::Arc;
use std::time::Duration;

use super::auth::{AuthError, StaticToken, TokenProvider};
use super::config::{origin_of, Config};
use super::error::Error;
use super::limits::{self, DailyBudget, Endpoint, Window};
use super::retry::RetryPolicy;
use super::send::{Client, Inner};
use super::throttle::{self, FaultInjection, RateLimit};
use crate::request::{BuildError, Cloud};

/// `User-Agent` of every request: the crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Default of [`ClientBuilder::max_response_body`]: 64 MiB. The largest real synchronization
/// response (a schema) is under 1 MB; this leaves wide room while bounding a hostile body.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 64 << 20;

/// Default of [`ClientBuilder::max_pages`]. Synchronization listings (jobs, templates) fit in a
/// page or a few; a thousand only stops a runaway listing.
pub const DEFAULT_MAX_PAGES: usize = 1000;

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
    /// Per request: [`Request::include_unknown_enum_members`](crate::Request::include_unknown_enum_members).
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
    /// one, and the rate grows back slowly while no 429 comes (the crate guide, "Fleets"). Off,
    /// only [`rate_limit`](Self::rate_limit) (if set) paces, and workers released from a
    /// `Retry-After` go at once.
    pub fn adaptive_rate(mut self, adaptive: bool) -> Self {
        self.adaptive_rate = adaptive;
        self
    }
    /// Replaces an endpoint's documented limit ([`ENDPOINT_LIMITS`](limits::ENDPOINT_LIMITS)): a
    /// tenant whose limit was raised, or a test server with its own.
    pub fn endpoint_limit(mut self, endpoint: Endpoint, window: Window) -> Self {
        self.endpoint_limits.insert(endpoint, window);
        self
    }
    /// bulkUpload's daily budget (default: [`limits::BULK_UPLOAD_DAILY_CALLS`] per 24 hours, counted in
    /// memory): the Governance licence's 6,000, and a [`CallLedger`](limits::CallLedger) that keeps
    /// the count across runs.
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

    pub(super) fn config(&self) -> Result<Config, Error> {
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
        let retry = Arc::new(self.retry.clone());
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
pub(super) fn tls_config() -> Result<rustls::ClientConfig, Error> {
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

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::{Secret, StaticToken};

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
