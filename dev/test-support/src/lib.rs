//! What the workspace's tests share: a client aimed at the fake Graph service, and an input that
//! arrives in pieces.
//!
//! A crate of its own because it needs both sides: the fake shares no code with the client, so
//! this cannot live in `fake-graph`, and the tests of the root crate and of provisioning (and any
//! of the CLI's that build a client) all aim one at the fake. A dev-dependency only; cargo allows
//! the root crate's dev-dependency on a crate that depends on it.

pub mod azure_loopback;

use std::time::Duration;

use fake_graph::FakeGraph;
use msgraph_sync::client::RetryPolicy;
use msgraph_sync::{Client, ClientBuilder};

/// The client's retry rules with waits short enough for a test: 3 attempts, backoff from 10 to
/// 50 ms, 5 s of waiting in all.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        max_total_wait: Duration::from_secs(5),
        base_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
    }
}

/// A client builder aimed at `fake`: its address and the token it accepts, everything else the
/// client's defaults.
pub fn client_builder(fake: &FakeGraph) -> ClientBuilder {
    Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
}

/// A client aimed at `fake` that retries with [`fast_retry`].
pub fn client(fake: &FakeGraph) -> Client {
    client_builder(fake)
        .retry(fast_retry())
        .build()
        .expect("a client for the fake")
}

/// A byte stream whose reads return `first` bytes, then `then` bytes at a time: input split at
/// every place a reader's buffer can split it.
pub struct ChunkedReader {
    data: Vec<u8>,
    at: usize,
    first: usize,
    then: usize,
}

impl ChunkedReader {
    pub fn new(data: &[u8], first: usize, then: usize) -> ChunkedReader {
        ChunkedReader {
            data: data.to_vec(),
            at: 0,
            first,
            then,
        }
    }
}

impl std::io::Read for ChunkedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let size = if self.at == 0 { self.first } else { self.then };
        let count = size.min(buf.len()).min(self.data.len() - self.at);
        buf[..count].copy_from_slice(&self.data[self.at..self.at + count]);
        self.at += count;
        Ok(count)
    }
}
