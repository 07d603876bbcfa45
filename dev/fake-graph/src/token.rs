//! A Microsoft Entra token endpoint on 127.0.0.1 for the client-credentials grant
//! (`POST /{tenant}/oauth2/v2.0/token`, a form body), as `azure_identity`'s credentials call it.
//!
//! It issues [`FakeGraph::TOKEN`](crate::FakeGraph::TOKEN) to the one configured client id and secret, and answers
//! anything else as Entra does: 401 `invalid_client` with an `AADSTS7000215` description.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Form, Json, Router};
use serde_json::{json, Value};

/// One token request as received: the tenant from the path and the form fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRequest {
    pub tenant: String,
    pub form: HashMap<String, String>,
}

struct Config {
    client_id: String,
    client_secret: String,
    requests: Mutex<Vec<TokenRequest>>,
}

/// A running token endpoint; dropping it stops the server.
pub struct FakeTokenEndpoint {
    addr: SocketAddr,
    config: Arc<Config>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl FakeTokenEndpoint {
    /// Starts on an OS-assigned port of 127.0.0.1, issuing tokens to `client_id` with `client_secret`.
    pub async fn start(client_id: &str, client_secret: &str) -> FakeTokenEndpoint {
        let config = Arc::new(Config {
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
            requests: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route("/{tenant}/oauth2/v2.0/token", post(token))
            .with_state(config.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let (shutdown, stopped) = tokio::sync::oneshot::channel();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        FakeTokenEndpoint {
            addr,
            config,
            shutdown: Some(shutdown),
        }
    }

    /// `https://127.0.0.1:{port}`: the authority host to configure (credentials insist on https; the test's
    /// transport carries the request to [`FakeTokenEndpoint::addr`] in plain HTTP).
    pub fn authority_host(&self) -> String {
        format!("https://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The token requests received so far, in order.
    pub fn requests(&self) -> Vec<TokenRequest> {
        self.config.requests.lock().expect("token endpoint lock").clone()
    }
}

impl Drop for FakeTokenEndpoint {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

async fn token(
    State(config): State<Arc<Config>>,
    Path(tenant): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> (StatusCode, Json<Value>) {
    let known = form.get("grant_type").map(String::as_str) == Some("client_credentials")
        && form.get("client_id") == Some(&config.client_id)
        && form.get("client_secret") == Some(&config.client_secret);
    config
        .requests
        .lock()
        .expect("token endpoint lock")
        .push(TokenRequest { tenant, form });
    if known {
        let token = json!({
            "token_type": "Bearer",
            "expires_in": 3599,
            "ext_expires_in": 3599,
            "access_token": crate::FakeGraph::TOKEN,
        });
        (StatusCode::OK, Json(token))
    } else {
        let refused = json!({
            "error": "invalid_client",
            "error_description": "AADSTS7000215: Invalid client secret provided.",
            "error_codes": [7000215],
        });
        (StatusCode::UNAUTHORIZED, Json(refused))
    }
}
