//! Tokens from an `azure_core` `TokenCredential`, for the scope of the chosen cloud (feature `azure-identity`).
#![cfg(feature = "azure-identity")]

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_identity::{ClientSecretCredential, ClientSecretCredentialOptions};
use fake_graph::{FakeGraph, FakeTokenEndpoint};
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

const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT_ID: &str = "00000000-0000-0000-0000-00000000c11e";

fn client_secret_credential(endpoint: &FakeTokenEndpoint, secret: &str) -> Arc<ClientSecretCredential> {
    // One attempt: the refusal test wants the endpoint's answer, not the pipeline's retries.
    let client_options = test_support::azure_loopback::options(endpoint);
    ClientSecretCredential::new(
        TENANT,
        CLIENT_ID.to_string(),
        secret.to_string().into(),
        Some(ClientSecretCredentialOptions { client_options }),
    )
    .expect("a valid credential configuration")
}

/// The real `azure_identity` client-secret credential: its token request reaches the loopback endpoint with
/// each national cloud's Graph scope, and the token it gets is the bearer of the Graph request.
#[tokio::test]
async fn a_client_secret_credential_asks_the_token_endpoint_for_each_clouds_scope() {
    let fake = FakeGraph::start().await;
    let endpoint = FakeTokenEndpoint::start(CLIENT_ID, "the-secret").await;
    let clouds = [
        (Cloud::Global, "https://graph.microsoft.com/.default"),
        (Cloud::UsGovL4, "https://graph.microsoft.us/.default"),
        (Cloud::UsGovL5Dod, "https://dod-graph.microsoft.us/.default"),
        (Cloud::China, "https://microsoftgraph.chinacloudapi.cn/.default"),
    ];
    for (cloud, scope) in clouds {
        let credential = client_secret_credential(&endpoint, "the-secret");
        let client = Client::builder()
            .cloud(cloud)
            .base_url(fake.base_url())
            .token_provider(AzureCredential::new(credential))
            .build()
            .unwrap();
        let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
        assert_eq!(client.send(&jobs.count()).await.unwrap(), 0, "{cloud:?}");
        let request = endpoint.requests().pop().expect("a token request");
        assert_eq!(request.tenant, TENANT);
        assert_eq!(request.form.get("scope").map(String::as_str), Some(scope), "{cloud:?}");
        assert_eq!(
            request.form.get("grant_type").map(String::as_str),
            Some("client_credentials")
        );
        assert_eq!(request.form.get("client_id").map(String::as_str), Some(CLIENT_ID));
        let graph = fake.requests().pop().expect("a Graph request");
        assert_eq!(graph.header("authorization"), Some("Bearer test-token"), "{cloud:?}");
    }
    assert_eq!(endpoint.requests().len(), clouds.len(), "one token per cloud scope");
}

/// A refused secret is an `Error::Auth` carrying Entra's reason, never the secret, and no Graph request
/// is sent.
#[tokio::test]
async fn a_refused_client_secret_is_an_auth_error_and_nothing_reaches_graph() {
    let fake = FakeGraph::start().await;
    let endpoint = FakeTokenEndpoint::start(CLIENT_ID, "the-secret").await;
    let client = Client::builder()
        .base_url(fake.base_url())
        .token_provider(AzureCredential::new(client_secret_credential(
            &endpoint,
            "a-wrong-secret",
        )))
        .build()
        .unwrap();
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    let err = client.send(&jobs.count()).await.unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, msgraph_sync::client::Error::Auth(_)), "{err:?}");
    assert!(text.contains("AADSTS7000215"), "{text}");
    assert!(!text.contains("a-wrong-secret"), "{text}");
    assert_eq!(endpoint.requests().len(), 1);
    assert!(fake.requests().is_empty(), "no Graph request without a token");
}
