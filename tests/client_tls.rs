//! The client's TLS stack (rustls on ring, the platform's verifier) on a loopback TLS server: the handshake
//! runs, and a certificate no trust store holds is refused before any request byte (or the token) is sent.

use std::sync::Arc;

use msgraph_sync::client::Error;
use msgraph_sync::Client;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

const CERT: &[u8] = include_bytes!("fixtures/tls/127.0.0.1.cert.pem");
const KEY: &[u8] = include_bytes!("fixtures/tls/127.0.0.1.key.pem");

#[tokio::test]
async fn an_untrusted_certificate_is_refused_during_the_handshake() {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from_pem_slice(CERT).unwrap()],
            PrivateKeyDer::from_pem_slice(KEY).unwrap(),
        )
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        acceptor.accept(tcp).await.map(|_| ()).map_err(|e| e.to_string())
    });

    let client = Client::builder()
        .base_url(format!("https://127.0.0.1:{port}"))
        .bearer_token("a-token")
        .build()
        .unwrap();
    let jobs = client.v1_0().service_principals().item("sp").synchronization().jobs();
    let err = client.send(&jobs.count()).await.unwrap_err();
    let Error::Transport(message) = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert!(!message.contains("a-token"), "{message}");
    // The server saw a TLS handshake that the client aborted with a certificate alert.
    let handshake = server
        .await
        .unwrap()
        .expect_err("the client must not complete the handshake");
    assert!(
        handshake.contains("fatal alert: CertificateUnknown") || handshake.contains("fatal alert: UnknownCA"),
        "the server saw {handshake}"
    );
}
