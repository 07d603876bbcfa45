//! Serves the fake on 127.0.0.1 until killed, with one API-driven provisioning job, for trying the
//! CLI by hand (the README's example runs come from it):
//!
//! ```sh
//! cargo run -p fake-graph --example serve -- [--fail EXTERNAL_ID=CODE:REASON]… [--skip EXTERNAL_ID]… [--unseen EXTERNAL_ID]…
//! ```
//!
//! It prints the base URL, the token and the job id, one per line.

use fake_graph::{BulkOutcome, FakeGraph};

#[tokio::main]
async fn main() {
    let fake = FakeGraph::start().await;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--fail" => {
                let (id, rest) = value.split_once('=').expect("--fail ID=CODE:REASON");
                let (code, reason) = rest.split_once(':').expect("--fail ID=CODE:REASON");
                fake.set_bulk_outcome(
                    id,
                    BulkOutcome::Failure {
                        code: code.into(),
                        reason: reason.into(),
                    },
                );
            }
            "--skip" => fake.set_bulk_outcome(
                &value,
                BulkOutcome::Skipped {
                    reason: "Out of scope.".into(),
                },
            ),
            "--unseen" => fake.set_bulk_outcome(&value, BulkOutcome::Unseen),
            other => panic!("unknown option {other}"),
        }
    }
    let response = create_job(&fake).await;
    println!("{}\n{}\n{response}", fake.base_url(), FakeGraph::TOKEN);
    std::future::pending::<()>().await;
}

/// Creates the job through the fake's own HTTP API (no client crate needed here).
async fn create_job(fake: &FakeGraph) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let body = r#"{"templateId":"API2AAD"}"#;
    let mut stream = tokio::net::TcpStream::connect(fake.addr()).await.expect("connect");
    let request = format!(
        "POST /v1.0/servicePrincipals/sp1/synchronization/jobs HTTP/1.1\r\nhost: {}\r\nauthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        fake.addr(),
        FakeGraph::TOKEN,
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    let json = response.split("\r\n\r\n").nth(1).expect("a body");
    let job: serde_json::Value = serde_json::from_str(json).expect("a job");
    job["id"].as_str().expect("an id").to_string()
}
