//! azure_identity's requests to an https authority on 127.0.0.1, sent as plain HTTP/1.1 to the fake's
//! loopback token endpoint (a test certificate would be the only difference), for the tests of the
//! root crate and of the CLI that run the real azure_identity credentials.

/// azure_identity's transport for tests: the credential's request to its https authority host
/// on 127.0.0.1 goes to the loopback token endpoint as plain HTTP/1.1; everything above the socket
/// is the real credential's.
#[derive(Debug)]
pub struct LoopbackTransport;

#[async_trait::async_trait]
impl azure_core::http::HttpClient for LoopbackTransport {
    async fn execute_request(
        &self,
        request: &azure_core::http::Request,
    ) -> azure_core::Result<azure_core::http::AsyncRawResponse> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let url = request.url();
        assert_eq!(
            url.host_str(),
            Some("127.0.0.1"),
            "the credential called {url}, not the loopback endpoint"
        );
        let body = match request.body() {
            azure_core::http::Body::Bytes(bytes) => bytes.to_vec(),
            azure_core::http::Body::SeekableStream(_) => panic!("token requests have a form body"),
        };
        let mut head = format!(
            "{} {}?{} HTTP/1.1\r\nhost: {}\r\nconnection: close\r\ncontent-length: {}\r\n",
            request.method(),
            url.path(),
            url.query().unwrap_or(""),
            url.authority(),
            body.len()
        );
        for (name, value) in request.headers().iter() {
            head.push_str(&format!("{}: {}\r\n", name.as_str(), value.as_str()));
        }
        head.push_str("\r\n");
        let port = url.port().expect("the endpoint's port");
        let io = |e: std::io::Error| azure_core::Error::new(azure_core::error::ErrorKind::Io, e);
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.map_err(io)?;
        stream.write_all(head.as_bytes()).await.map_err(io)?;
        stream.write_all(&body).await.map_err(io)?;
        let mut received = Vec::new();
        stream.read_to_end(&mut received).await.map_err(io)?;
        let text = String::from_utf8(received).expect("the endpoint answers text");
        let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP response");
        let status: u16 = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("a status line");
        let mut headers = azure_core::http::headers::Headers::new();
        for line in head.lines().skip(1) {
            if let Some((name, value)) = line.split_once(':') {
                headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
            }
        }
        Ok(azure_core::http::AsyncRawResponse::from_bytes(
            status.into(),
            headers,
            body.as_bytes().to_vec(),
        ))
    }
}

/// azure_identity's options for `endpoint`: its authority, this transport, one attempt (a test wants
/// the endpoint's answer, not the pipeline's retries).
pub fn options(endpoint: &fake_graph::FakeTokenEndpoint) -> azure_core::http::ClientOptions {
    let mut cloud = azure_core::cloud::CustomConfiguration::default();
    cloud.authority_host = endpoint.authority_host();
    let mut options = azure_core::http::ClientOptions {
        transport: Some(azure_core::http::Transport::new(std::sync::Arc::new(LoopbackTransport))),
        cloud: Some(std::sync::Arc::new(cloud.into())),
        ..Default::default()
    };
    options.retry = azure_core::http::RetryOptions::none();
    options
}
