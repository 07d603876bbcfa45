//! Tokens from `azure_core`'s `TokenCredential` (client secret, managed identity, workload
//! identity… from `azure_identity`), for the scope of the client's national cloud.

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
