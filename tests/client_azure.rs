//! Tokens from an `azure_core` `TokenCredential`, for the scope of the chosen cloud (feature `azure-identity`).
#![cfg(feature = "azure-identity")]

use msgraph_sync_fake as fake_graph;

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use fake_graph::FakeGraph;
use msgraph_sync::client::AzureCredential;
use msgraph_sync::{Client, Cloud};
use std::sync::{Arc, Mutex};

#[derive(Debug, Default)]
struct RecordingCredential {
    scopes: Mutex<Vec<String>>,
}

#[async_trait::async_trait]
impl TokenCredential for RecordingCredential {
    async fn get_token(&self, scopes: &[&str], _: Option<TokenRequestOptions<'_>>) -> azure_core::Result<AccessToken> {
        self.scopes.lock().unwrap().extend(scopes.iter().map(|s| s.to_string()));
        let expires = azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1);
        Ok(AccessToken::new(FakeGraph::TOKEN.to_string(), expires))
    }
}

#[tokio::test]
async fn azure_credentials_are_asked_for_the_cloud_scope() {
    let fake = FakeGraph::start().await;
    let credential = Arc::new(RecordingCredential::default());
    let client = Client::builder()
        .cloud(Cloud::China)
        .base_url(fake.base_url())
        .token_provider(AzureCredential::new(credential.clone()))
        .build()
        .unwrap();
    assert_eq!(
        client
            .send(
                &client
                    .v1_0()
                    .service_principals()
                    .item("sp")
                    .synchronization()
                    .jobs()
                    .count()
            )
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        *credential.scopes.lock().unwrap(),
        ["https://microsoftgraph.chinacloudapi.cn/.default"]
    );
    assert_eq!(fake.requests()[0].header("authorization"), Some("Bearer test-token"));
}
