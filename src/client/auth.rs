//! Access tokens: where they come from, and how they are kept out of logs.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// A secret string (an access token). `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
    /// The secret itself, for the `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Why no token could be had. The message must not contain the token.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct AuthError(pub String);

/// The future a token provider returns.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Secret, AuthError>> + Send + 'a>>;

/// Supplies bearer tokens for a scope (`https://graph.microsoft.com/.default`). Called before every
/// attempt, so a provider that caches and refreshes tokens keeps long jobs authenticated.
pub trait TokenProvider: Send + Sync {
    fn token<'a>(&'a self, scope: &'a str) -> TokenFuture<'a>;
}

/// A fixed bearer token (from a script's environment, a test).
#[derive(Clone, Debug)]
pub struct StaticToken(Secret);

impl StaticToken {
    pub fn new(token: impl Into<String>) -> StaticToken {
        StaticToken(Secret::new(token))
    }
    #[cfg_attr(not(feature = "blocking"), allow(dead_code))]
    pub(crate) fn secret(&self) -> &Secret {
        &self.0
    }
}

impl TokenProvider for StaticToken {
    fn token<'a>(&'a self, _scope: &'a str) -> TokenFuture<'a> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}
