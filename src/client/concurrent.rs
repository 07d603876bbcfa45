//! Many operations at once, with a bound on how many are in flight. The bound keeps a fleet run
//! from opening thousands of connections; the client's shared throttle (every clone of it) makes
//! every worker wait once the service answers one of them with `Retry-After`.

use super::{Client, Error};
use crate::request::Request;
use crate::response::ResponseKind;
use futures_util::stream::{self, Stream, StreamExt};
use std::future::Future;

impl Client {
    /// Sends `requests` with at most `limit` in flight (0 counts as 1), yielding each result as
    /// it completes with the position of its request (a slow one does not hold up the rest).
    pub fn send_concurrent<'c, R, Q, I>(
        &'c self,
        limit: usize,
        requests: I,
    ) -> impl Stream<Item = (usize, Result<R::Output, Error>)> + 'c
    where
        R: ResponseKind + 'c,
        Q: 'c,
        I: IntoIterator<Item = Request<R, Q>>,
        I::IntoIter: 'c,
    {
        stream::iter(requests.into_iter().enumerate())
            .map(move |(index, request)| async move { (index, self.send(&request).await) })
            .buffer_unordered(limit.max(1))
    }

    /// Every result of [`send_concurrent`](Self::send_concurrent), in the order of `requests`.
    pub async fn send_all<R, Q, I>(&self, limit: usize, requests: I) -> Vec<Result<R::Output, Error>>
    where
        R: ResponseKind,
        I: IntoIterator<Item = Request<R, Q>>,
    {
        in_order(self.send_concurrent(limit, requests).collect().await)
    }

    /// Runs `operation` on each of `items` with at most `limit` running at once (0 counts as 1);
    /// the results come back in the order of `items`. Each operation may send several requests
    /// through this client (or a clone): they share its throttle.
    pub async fn for_each_concurrent<T, F, Fut, O>(
        &self,
        limit: usize,
        items: impl IntoIterator<Item = T>,
        operation: F,
    ) -> Vec<O>
    where
        F: FnMut(Client, T) -> Fut,
        Fut: Future<Output = O>,
    {
        let mut operation = operation;
        let done = stream::iter(items.into_iter().enumerate())
            .map(|(index, item)| {
                let running = operation(self.clone(), item);
                async move { (index, running.await) }
            })
            .buffer_unordered(limit.max(1))
            .collect()
            .await;
        in_order(done)
    }
}

fn in_order<T>(mut done: Vec<(usize, T)>) -> Vec<T> {
    done.sort_unstable_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, value)| value).collect()
}
