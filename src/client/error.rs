//! The client's errors: what can go wrong sending a request, forming or answering a `$batch`.

use std::sync::Arc;

use super::auth::AuthError;
use super::limits::{BudgetError, LedgerError, MAX_BATCH_REQUESTS};
use crate::request::BuildError;
use crate::response::{GraphError, ResponseError};

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
    /// bulkUpload's daily budget is spent: the call was not sent (see [`DailyBudget`](super::DailyBudget)).
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
    /// question (see [`RetryPolicy`](super::RetryPolicy)).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Graph { error, .. } => matches!(error.status, 429 | 503 | 504),
            Error::Transport(_) | Error::Timeout(_) => true,
            Error::Batch(BatchError::Chunk(error)) => error.is_retryable(),
            _ => false,
        }
    }

    pub(super) fn from_response(error: ResponseError, attempts: u32) -> Error {
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

    pub(super) fn from_reqwest(err: reqwest::Error) -> Error {
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

impl From<BudgetError> for Error {
    fn from(error: BudgetError) -> Error {
        match error {
            BudgetError::Spent { calls, next_free } => Error::BudgetSpent { calls, next_free },
            BudgetError::Ledger(error) => Error::Ledger(error),
        }
    }
}

/// Why a batch could not be formed or answered.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// `depends_on` names an id not added before.
    #[error("batch item {id:?} depends on {depends_on:?}, which is not an earlier item of the batch")]
    UnknownDependency { id: String, depends_on: String },
    /// Items that depend on one another must share one `$batch` of at most 20 requests.
    #[error(
        "batch item {id:?} belongs to a dependsOn group of {size} items; one $batch holds at most {MAX_BATCH_REQUESTS}"
    )]
    DependencyGroupTooLarge { id: String, size: usize },
    /// Items that depend on one another must use the same API version (one `$batch` URL).
    #[error("batch item {id:?} uses API version {version:?}, unlike an item it depends on")]
    MixedVersions { id: String, version: String },
    /// An item with a JSON content type whose body is not JSON cannot be embedded.
    #[error("batch item {id:?}: its body is declared JSON but does not parse: {message}")]
    Body { id: String, message: String },
    /// The batch response has no answer for this item.
    #[error("the $batch response has no response for item {id:?}")]
    Missing { id: String },
    /// The batch response does not have Graph's shape.
    #[error("the $batch response does not decode: {message}")]
    Malformed { message: String },
    /// The `$batch` request holding this item failed as a whole (transport, a non-2XX status…).
    #[error("the $batch holding this item failed: {0}")]
    Chunk(Arc<Error>),
}
