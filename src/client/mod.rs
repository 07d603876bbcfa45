//! The client: sends the builders' requests with reqwest (rustls) on tokio, with authentication,
//! retries, paging, request ids, timeouts and tracing. The wire format stays in the sans-IO
//! builders; this module only moves bytes and decides when to try again.

mod auth;
#[cfg(feature = "azure-identity")]
mod azure;
mod batch;
#[cfg(feature = "blocking")]
pub mod blocking;
mod builder;
mod concurrent;
mod config;
mod error;
pub mod limits;
mod paging;
mod response;
mod retry;
mod send;
mod throttle;

pub use auth::{AuthError, Secret, StaticToken, TokenFuture, TokenProvider};
#[cfg(feature = "azure-identity")]
pub use azure::{azure_transport, AzureCredential};
pub use batch::{Batch, BatchKey, BatchResponses};
pub use builder::{ClientBuilder, DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BODY, USER_AGENT};
pub use config::INCLUDE_UNKNOWN_ENUM_MEMBERS;
pub use error::{BatchError, Error};
pub use limits::{
    BudgetStatus, CallLedger, DailyBudget, Endpoint, EndpointLimit, LedgerError, Window, ENDPOINT_LIMITS,
    MAX_BATCH_REQUESTS,
};
pub use response::Response;
pub use retry::{service_did_not_act, RetryPolicy, RETRY_ATTEMPT_HEADER};
pub use send::Client;
pub use throttle::{FaultInjection, RateLimit, INJECTED_FAULT_HEADER};
