//! A blocking client for scripts: the async client driven by a private tokio runtime, so the
//! requests, auth, retry rules, body limits, timeouts and paging checks are the same code.
//!
//! Like reqwest's blocking client, it must not be used (or dropped) inside an async runtime.

use super::{AuthError, ClientBuilder, Error, Secret, StaticToken, TokenFuture, TokenProvider};
use crate::request::Request;
use crate::response::{Json, Page, ResponseKind};
use futures_util::stream::{Stream, StreamExt};
use serde::de::DeserializeOwned;
use std::pin::Pin;
use std::sync::Arc;

/// Supplies bearer tokens without async (see [`super::TokenProvider`]).
pub trait BlockingTokenProvider: Send + Sync {
    fn token(&self, scope: &str) -> Result<Secret, AuthError>;
}

impl BlockingTokenProvider for StaticToken {
    fn token(&self, _scope: &str) -> Result<Secret, AuthError> {
        Ok(self.secret().clone())
    }
}

impl<F: Fn(&str) -> Result<Secret, AuthError> + Send + Sync> BlockingTokenProvider for F {
    fn token(&self, scope: &str) -> Result<Secret, AuthError> {
        self(scope)
    }
}

/// A blocking provider seen as an async one; it runs on the caller's thread, inside `block_on`.
struct Blocking(Arc<dyn BlockingTokenProvider>);

impl TokenProvider for Blocking {
    fn token<'a>(&'a self, scope: &'a str) -> TokenFuture<'a> {
        let token = self.0.token(scope);
        Box::pin(async move { token })
    }
}

/// The blocking Microsoft Graph client.
pub struct Client {
    /// `Some` until dropped; taken then, to shut down without waiting.
    runtime: Option<tokio::runtime::Runtime>,
    inner: super::Client,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("blocking::Client")
            .field("base_url", &self.inner.inner.config.base_url)
            .finish_non_exhaustive()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl Client {
    /// A blocking client with `builder`'s settings and `tokens`.
    pub fn new(builder: ClientBuilder, tokens: impl BlockingTokenProvider + 'static) -> Result<Client, Error> {
        // One worker drives the connections between calls, as reqwest's blocking client does.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("msgraph-sync-blocking")
            .enable_all()
            .build()
            .map_err(|e| Error::Transport(format!("cannot start the blocking client's runtime: {e}")))?;
        let inner = {
            let _in_runtime = runtime.enter();
            builder.token_provider(Blocking(Arc::new(tokens))).build()?
        };
        Ok(Client {
            runtime: Some(runtime),
            inner,
        })
    }

    fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.as_ref().expect("runtime until drop").block_on(future)
    }

    #[cfg(feature = "v1_0")]
    pub fn v1_0(&self) -> crate::v1_0::Api {
        self.inner.v1_0()
    }

    #[cfg(feature = "beta")]
    pub fn beta(&self) -> crate::beta::Api {
        self.inner.beta()
    }

    /// Sends a request and decodes its response as the operation says.
    pub fn send<R: ResponseKind, Q>(&self, request: &Request<R, Q>) -> Result<R::Output, Error> {
        self.block_on(self.inner.send(request))
    }

    /// [`send`](Self::send) with the response's status and headers.
    pub fn send_with_headers<R: ResponseKind, Q>(
        &self,
        request: &Request<R, Q>,
    ) -> Result<super::Response<R::Output>, Error> {
        self.block_on(self.inner.send_with_headers(request))
    }

    /// Sends a JSON batch (chunks of 20, item retries), `limit` `$batch` requests in flight.
    pub fn send_batch(&self, batch: &super::Batch, limit: usize) -> Result<super::BatchResponses, Error> {
        self.block_on(self.inner.send_batch_concurrent(batch, limit))
    }

    /// Sends `requests` with at most `limit` in flight; the results in the order of `requests`.
    pub fn send_all<R, Q, I>(&self, limit: usize, requests: I) -> Vec<Result<R::Output, Error>>
    where
        R: ResponseKind,
        I: IntoIterator<Item = Request<R, Q>>,
    {
        self.block_on(self.inner.send_all(limit, requests))
    }

    /// Sends any request to the Graph host (auth, ids, retries); the final response and attempts.
    pub fn execute(&self, request: http::Request<Vec<u8>>) -> Result<(http::Response<Vec<u8>>, u32), Error> {
        self.block_on(self.inner.execute(request))
    }

    /// The pages of a pageable listing, following `@odata.nextLink` (only to the Graph host).
    pub fn pages<'c, P, Q>(&'c self, request: &Request<Json<P>, Q>) -> impl Iterator<Item = Result<P, Error>> + 'c
    where
        P: Page + DeserializeOwned + 'c,
    {
        let mut pages: Pin<Box<dyn Stream<Item = Result<P, Error>> + 'c>> = Box::pin(self.inner.pages(request));
        std::iter::from_fn(move || self.block_on(pages.next()))
    }

    /// Every item of a pageable listing.
    pub fn collect_all<P, Q>(&self, request: &Request<Json<P>, Q>) -> Result<Vec<P::Item>, Error>
    where
        P: Page + DeserializeOwned,
    {
        self.block_on(self.inner.collect_all(request))
    }
}
