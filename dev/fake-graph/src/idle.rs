//! Which requests the fake is still serving: tests wait for it to be idle instead of sleeping
//! until a delayed or slow request has surely been handled.

use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::watch;

/// The requests being served, from the moment the handler takes one (before any simulated
/// latency) until its answer is written or the handler is dropped (a client that hung up).
pub(super) struct InFlight {
    count: watch::Sender<usize>,
    peak: AtomicUsize,
}

impl Default for InFlight {
    fn default() -> InFlight {
        InFlight {
            count: watch::Sender::new(0),
            peak: AtomicUsize::new(0),
        }
    }
}

impl InFlight {
    /// Counts a request as served until the returned guard is dropped.
    pub(super) fn enter(&self) -> Serving<'_> {
        self.count.send_modify(|n| {
            *n += 1;
            self.peak.fetch_max(*n, Ordering::Relaxed);
        });
        Serving { in_flight: self }
    }
}

/// One request being served; dropping it ends it.
pub(super) struct Serving<'a> {
    in_flight: &'a InFlight,
}

impl Drop for Serving<'_> {
    fn drop(&mut self) {
        self.in_flight.count.send_modify(|n| *n -= 1);
    }
}

impl crate::FakeGraph {
    /// Waits until no request is being served: every request received so far has been answered
    /// (after its scripted `Delay` and simulated latency) or dropped with its client's connection.
    /// A request still on its way to the server is not waited for.
    pub async fn wait_idle(&self) {
        let mut count = self.shared.in_flight.count.subscribe();
        // The sender lives as long as `self`, so this cannot fail.
        let _ = count.wait_for(|&n| n == 0).await;
    }

    /// The most requests served at once since the server started.
    pub fn peak_in_flight(&self) -> usize {
        self.shared.in_flight.peak.load(Ordering::Relaxed)
    }
}
