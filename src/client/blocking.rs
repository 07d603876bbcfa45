//! A blocking client for scripts: the same requests, auth, retries and paging, on reqwest's
//! blocking client (no async runtime needed).

use super::{into_http_parts, AuthError, ClientBuilder, Config, Error, Secret, StaticToken};
use crate::request::Request;
use crate::response::{Json, Page, ResponseKind};
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Duration;

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

/// The blocking Microsoft Graph client.
pub struct Client {
    http: reqwest::blocking::Client,
    tokens: Arc<dyn BlockingTokenProvider>,
    config: Config,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("blocking::Client")
            .field("base_url", &self.config.base_url)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A blocking client with `builder`'s settings and `tokens`.
    pub fn new(builder: ClientBuilder, tokens: impl BlockingTokenProvider + 'static) -> Result<Client, Error> {
        let (config, connect_timeout, request_timeout) = builder.parts()?;
        let http = reqwest::blocking::Client::builder()
            .connect_timeout(connect_timeout)
            .timeout(request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(Error::from_reqwest)?;
        Ok(Client {
            http,
            tokens: Arc::new(tokens),
            config,
        })
    }

    #[cfg(feature = "v1_0")]
    pub fn v1_0(&self) -> crate::v1_0::Api {
        crate::v1_0::Api::with_base_url(&self.config.base_url)
    }

    #[cfg(feature = "beta")]
    pub fn beta(&self) -> crate::beta::Api {
        crate::beta::Api::with_base_url(&self.config.base_url)
    }

    /// Sends a request and decodes its response as the operation says.
    pub fn send<R: ResponseKind, Q>(&self, request: &Request<R, Q>) -> Result<R::Output, Error> {
        let (response, attempts) = self.execute(request.build()?)?;
        crate::response::parse::<R>(&response).map_err(|e| Error::from_response(e, attempts))
    }

    /// Sends any request to the Graph host (auth, ids, retries); the final response and attempts.
    pub fn execute(&self, request: http::Request<Vec<u8>>) -> Result<(http::Response<Vec<u8>>, u32), Error> {
        self.config.check_origin(request.uri())?;
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let span = tracing::info_span!("graph_request", method = %request.method(), path = %request.uri().path(), client_request_id = %client_request_id);
        let _entered = span.enter();
        let mut waited = Duration::ZERO;
        let mut attempt = 1;
        loop {
            let token = self.tokens.token(&self.config.scope)?;
            let mut outgoing = request.clone();
            self.config.prepare(&mut outgoing, &token, &client_request_id)?;
            let outgoing = reqwest::blocking::Request::try_from(outgoing).map_err(Error::from_reqwest)?;
            let response = self.http.execute(outgoing).map_err(Error::from_reqwest)?;
            let status = response.status();
            let headers = response.headers().clone();
            let body = response.bytes().map_err(Error::from_reqwest)?;
            let response = into_http_parts(status, headers, body.to_vec())?;
            match self.config.retry_delay(&response, attempt, waited) {
                Some(delay) => {
                    tracing::info!(status = status.as_u16(), ?delay, attempt, "retrying");
                    std::thread::sleep(delay);
                    waited += delay;
                    attempt += 1;
                }
                None => return Ok((response, attempt)),
            }
        }
    }

    /// The pages of a pageable listing, following `@odata.nextLink` (only to the Graph host).
    pub fn pages<'c, P, Q>(&'c self, request: &Request<Json<P>, Q>) -> impl Iterator<Item = Result<P, Error>> + 'c
    where
        P: Page + DeserializeOwned + 'c,
    {
        let mut next = Some(request.build().map_err(Error::Build));
        std::iter::from_fn(move || {
            let request = match next.take()? {
                Ok(request) => request,
                Err(e) => return Some(Err(e)),
            };
            let result = self.execute(request).and_then(|(response, attempts)| {
                crate::response::parse::<Json<P>>(&response).map_err(|e| Error::from_response(e, attempts))
            });
            if let Ok(page) = &result {
                next = page.next_link().map(|url| self.config.next_link_request(url));
            }
            Some(result)
        })
    }

    /// Every item of a pageable listing.
    pub fn collect_all<P, Q>(&self, request: &Request<Json<P>, Q>) -> Result<Vec<P::Item>, Error>
    where
        P: Page + DeserializeOwned,
    {
        let mut items = Vec::new();
        for page in self.pages(request) {
            items.extend(page?.into_page().0);
        }
        Ok(items)
    }
}
