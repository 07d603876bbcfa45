//! One routed request, as handlers read it.

use axum::http::Method;

use crate::state::Shared;

/// One request, as the handlers need it.
pub(crate) struct Incoming<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) method: &'a Method,
    pub(crate) raw_path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) body: &'a [u8],
    pub(crate) version: &'static str,
}
