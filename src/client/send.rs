//! The async client: sends a request with authentication, request ids, the throttle, the
//! endpoints' limits and retries, and reads its response within bounds.

use std::sync::Arc;
use std::time::Duration;

use futures_util::stream::{self, Stream, TryStreamExt};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use super::auth::TokenProvider;
use super::config::Config;
use super::error::Error;
use super::limits::{self, BudgetStatus, Endpoint, Window};
use super::paging::{split_page, Pager};
use super::response::Response;
use super::retry::{self, RetryPolicy, RETRY_ATTEMPT_HEADER};
use super::throttle;
use crate::request::Request;
use crate::response::{Json, Page, ResponseKind};

pub(super) struct Inner {
    pub(super) http: reqwest::Client,
    pub(super) tokens: Arc<dyn TokenProvider>,
    pub(super) config: Config,
    /// Shared by every clone: a `Retry-After` applies to the tenant.
    pub(super) throttle: throttle::Throttle,
    /// The documented per-endpoint limits and bulkUpload's daily budget.
    pub(super) limits: limits::Limits,
    pub(super) faults: Option<throttle::Faults>,
}

/// The async Microsoft Graph client. Cheap to clone; clones share connections, tokens and the
/// tenant's throttle.
#[derive(Clone)]
pub struct Client {
    pub(super) inner: Arc<Inner>,
    /// This handle's retry policy (see [`Client::with_retry_policy`]).
    pub(super) retry: Arc<RetryPolicy>,
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
        Ok(self.inner.limits.budget_status()?)
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
    pub(super) async fn execute_counted(
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
        let idempotent = retry::is_idempotent(&request);
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
                match retry::next_delay(&policy, &response, attempt, waited, idempotent) {
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
