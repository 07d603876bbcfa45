//! Tokens from `azure_core`'s `TokenCredential` (client secret, managed identity, workload
//! identity… from `azure_identity`), for the scope of the client's national cloud; and the HTTP
//! transport those credentials need when `azure_identity` is built without its default features.

use super::{AuthError, Secret, TokenFuture, TokenProvider};
use std::sync::Arc;

/// Adapts an `azure_core::credentials::TokenCredential` to [`TokenProvider`].
#[derive(Clone, Debug)]
pub struct AzureCredential(Arc<dyn azure_core::credentials::TokenCredential>);

impl AzureCredential {
    pub fn new(credential: Arc<dyn azure_core::credentials::TokenCredential>) -> AzureCredential {
        AzureCredential(credential)
    }
}

impl TokenProvider for AzureCredential {
    fn token<'a>(&'a self, scope: &'a str) -> TokenFuture<'a> {
        Box::pin(async move {
            let token = self
                .0
                .get_token(&[scope], None)
                .await
                // azure_core's errors describe the failure, never the token.
                .map_err(|e| AuthError(format!("azure credential: {e}")))?;
            Ok(Secret::new(token.token.secret()))
        })
    }
}

/// An `azure_core` transport for `azure_identity` credentials: reqwest with the client's own TLS (rustls
/// on ring, the platform's verifier).
///
/// `azure_identity`'s default features build azure_core's reqwest on aws-lc-rs, a C build that needs
/// cmake; with `default-features = false` a credential has no transport until one is given, in its
/// options' `client_options.transport`:
///
/// ```no_run
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use azure_identity::{ClientSecretCredential, ClientSecretCredentialOptions};
///
/// let mut options = ClientSecretCredentialOptions::default();
/// options.client_options.transport = Some(msgraph_sync::client::azure_transport()?);
/// let secret = std::env::var("AZURE_CLIENT_SECRET")?;
/// let credential = ClientSecretCredential::new("tenant-id", "client-id".into(), secret.into(), Some(options))?;
/// let client = msgraph_sync::Client::builder()
///     .token_provider(msgraph_sync::client::AzureCredential::new(credential))
///     .build()?;
/// # Ok(()) }
/// ```
pub fn azure_transport() -> Result<azure_core::http::Transport, super::Error> {
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(super::builder::tls_config()?)
        // A token endpoint that redirects is not one to send a secret to.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(super::error::Error::from_reqwest)?;
    Ok(azure_core::http::Transport::new(Arc::new(http)))
}
