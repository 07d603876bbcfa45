//! The client: sends the builders' requests with reqwest (rustls) on tokio, with authentication,
//! retries, paging, request ids, timeouts and tracing. The wire format stays in the sans-IO
//! builders; this module only moves bytes and decides when to try again.

mod auth;
#[cfg(feature = "azure-identity")]
mod azure;
#[cfg(feature = "blocking")]
pub mod blocking;
mod retry;

pub use auth::{AuthError, Secret, StaticToken, TokenFuture, TokenProvider};
#[cfg(feature = "azure-identity")]
pub use azure::AzureCredential;
pub use retry::RetryPolicy;

use crate::request::{BuildError, Cloud, Request};
use crate::response::{GraphError, Json, Page, ResponseError, ResponseKind};
use futures_util::stream::{self, Stream, TryStreamExt};
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
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
}

impl Error {
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
        if err.is_timeout() {
            Error::Timeout(err.to_string())
        } else {
            Error::Transport(err.to_string())
        }
    }
}

/// Client settings shared by the async and blocking clients.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// `https://graph.microsoft.com` (no version, no trailing slash).
    pub base_url: String,
    /// Scheme, host and port requests may go to with the token.
    pub origin: String,
    pub scope: String,
    pub retry: RetryPolicy,
    pub user_agent: String,
}

/// `scheme://host[:port]` of an absolute URL.
fn origin_of(uri: &http::Uri) -> Option<String> {
    let scheme = uri.scheme_str()?;
    let authority = uri.authority()?.as_str();
    // Userinfo (`user@host`) would let a URL look like the Graph host while going elsewhere.
    if authority.contains('@') {
        return None;
    }
    let default_port = match scheme {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let host = uri.host()?.to_ascii_lowercase();
    let port = uri.port_u16().unwrap_or(default_port);
    Some(format!("{scheme}://{host}:{port}"))
}

impl Config {
    /// Refuses any URL outside the configured origin, before a token is attached.
    pub fn check_origin(&self, uri: &http::Uri) -> Result<(), Error> {
        match origin_of(uri) {
            Some(origin) if origin == self.origin => Ok(()),
            _ => Err(Error::ForeignHost {
                url: uri.to_string(),
                expected: self.base_url.clone(),
            }),
        }
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
        Ok(())
    }

    /// The wait before retrying `response` on attempt `attempt`, or `None` to stop.
    pub fn retry_delay<B>(&self, response: &http::Response<B>, attempt: u32, waited: Duration) -> Option<Duration> {
        if !retry::is_retryable(response.status().as_u16()) {
            return None;
        }
        let after = response
            .headers()
            .get(http::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::retry_after(v, SystemTime::now()));
        self.retry.delay(attempt, after, waited)
    }

    /// A GET of an `@odata.nextLink`.
    pub fn next_link_request(&self, url: &str) -> Result<http::Request<Vec<u8>>, Error> {
        let uri: http::Uri = url.parse().map_err(|_| Error::ForeignHost {
            url: url.to_string(),
            expected: self.base_url.clone(),
        })?;
        self.check_origin(&uri)?;
        http::Request::get(uri)
            .header(http::header::ACCEPT, "application/json")
            .body(Vec::new())
            .map_err(|e| Error::Build(BuildError::Header(e.to_string())))
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
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    fn config(&self) -> Result<Config, Error> {
        let uri: http::Uri = self
            .base_url
            .parse()
            .map_err(|_| BuildError::BaseUrl(self.base_url.clone()))?;
        let origin = origin_of(&uri).ok_or_else(|| BuildError::BaseUrl(self.base_url.clone()))?;
        let scope = self
            .scope
            .clone()
            .unwrap_or_else(|| format!("{}/.default", self.cloud.base_url()));
        Ok(Config {
            base_url: self.base_url.clone(),
            origin,
            scope,
            retry: self.retry.clone(),
            user_agent: self.user_agent.clone(),
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
            .connect_timeout(self.connect_timeout)
            .timeout(self.request_timeout)
            // Redirects would carry the token to wherever they point; Graph does not redirect API calls.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(Error::from_reqwest)?;
        Ok(Client {
            inner: Arc::new(Inner { http, tokens, config }),
        })
    }

    #[cfg(feature = "blocking")]
    pub(crate) fn parts(self) -> Result<(Config, Duration, Duration), Error> {
        Ok((self.config()?, self.connect_timeout, self.request_timeout))
    }
}

struct Inner {
    http: reqwest::Client,
    tokens: Arc<dyn TokenProvider>,
    config: Config,
}

/// The async Microsoft Graph client. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.config.base_url)
            .field("scope", &self.inner.config.scope)
            .field("retry", &self.inner.config.retry)
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

    /// Sends a request and decodes its response as the operation says.
    pub async fn send<R: ResponseKind, Q>(&self, request: &Request<R, Q>) -> Result<R::Output, Error> {
        let (response, attempts) = self.execute(request.build()?).await?;
        crate::response::parse::<R>(&response).map_err(|e| Error::from_response(e, attempts))
    }

    /// Sends any request to the Graph host (auth, ids, retries), returning the final response,
    /// whatever its status, and the number of attempts made.
    pub async fn execute(&self, request: http::Request<Vec<u8>>) -> Result<(http::Response<Vec<u8>>, u32), Error> {
        let config = &self.inner.config;
        config.check_origin(request.uri())?;
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
                let token = self.inner.tokens.token(&config.scope).await?;
                let mut outgoing = request.clone();
                config.prepare(&mut outgoing, &token, &client_request_id)?;
                let outgoing = reqwest::Request::try_from(outgoing).map_err(Error::from_reqwest)?;
                let response = self.inner.http.execute(outgoing).await.map_err(Error::from_reqwest)?;
                let response = into_http(response).await?;
                let span = tracing::Span::current();
                span.record("status", response.status().as_u16());
                span.record("attempts", attempt);
                match config.retry_delay(&response, attempt, waited) {
                    Some(delay) => {
                        tracing::info!(status = response.status().as_u16(), ?delay, attempt, "retrying");
                        tokio::time::sleep(delay).await;
                        waited += delay;
                        attempt += 1;
                    }
                    None => return Ok((response, attempt)),
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
        let first = request.build().map_err(Error::Build);
        stream::try_unfold(Some(first), move |next| async move {
            let Some(next) = next else { return Ok(None) };
            let (response, attempts) = self.execute(next?).await?;
            let page: P =
                crate::response::parse::<Json<P>>(&response).map_err(|e| Error::from_response(e, attempts))?;
            let link = page.next_link().map(str::to_string);
            let following = link.map(|url| self.inner.config.next_link_request(&url));
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

async fn into_http(response: reqwest::Response) -> Result<http::Response<Vec<u8>>, Error> {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(Error::from_reqwest)?;
    into_http_parts(status, headers, body.to_vec())
}

fn into_http_parts(
    status: http::StatusCode,
    headers: http::HeaderMap,
    body: Vec<u8>,
) -> Result<http::Response<Vec<u8>>, Error> {
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        let config = Client::builder().base_url("http://127.0.0.1:8080/").config().unwrap();
        assert!(config
            .check_origin(&"http://127.0.0.1:8080/v1.0/x".parse().unwrap())
            .is_ok());
        for foreign in [
            "http://127.0.0.1:8081/v1.0/x",
            "https://127.0.0.1:8080/v1.0/x",
            "http://evil.example/v1.0/x",
            "http://127.0.0.1:8080@evil.example/v1.0/x",
            "/v1.0/relative",
        ] {
            let uri: http::Uri = foreign.parse().unwrap();
            assert!(
                matches!(config.check_origin(&uri), Err(Error::ForeignHost { .. })),
                "{foreign}"
            );
        }
        let global = Client::builder().config().unwrap();
        assert_eq!(global.scope, "https://graph.microsoft.com/.default");
        assert!(global
            .check_origin(&"https://GRAPH.microsoft.com:443/beta/x".parse().unwrap())
            .is_ok());
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
