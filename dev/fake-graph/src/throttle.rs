//! The tenant's throttle: an optional token bucket every request and every `$batch` item draws
//! from (the `$batch` request itself does not, as Graph counts the items). An empty bucket answers
//! 429 `TooManyRequests` with `Retry-After` (whole seconds until a token is back, at least 1) and
//! Graph's `x-ms-throttle-*` headers.

use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub(super) struct TokenBucket {
    per_second: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
    pub(super) admitted: u64,
    pub(super) throttled: u64,
}

impl TokenBucket {
    pub(super) fn new(per_second: f64, burst: u32) -> TokenBucket {
        TokenBucket {
            per_second,
            burst: f64::from(burst.max(1)),
            tokens: f64::from(burst.max(1)),
            last: Instant::now(),
            admitted: 0,
            throttled: 0,
        }
    }

    /// Takes one token, or says how long until one is back.
    pub(super) fn take(&mut self) -> Result<(), Duration> {
        let now = Instant::now();
        let elapsed = now.duration_since(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.burst);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            self.admitted += 1;
            Ok(())
        } else {
            self.throttled += 1;
            Err(Duration::from_secs_f64((1.0 - self.tokens) / self.per_second))
        }
    }
}

/// `Retry-After` for a wait: whole seconds, rounded up, at least 1.
pub(super) fn retry_after_secs(wait: Duration) -> u64 {
    wait.as_secs_f64().ceil().max(1.0) as u64
}

/// Counters of the tenant's token bucket ([`crate::FakeGraph::throttle_stats`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThrottleStats {
    /// Requests and batch items let through.
    pub admitted: u64,
    /// Requests and batch items answered 429 by the bucket.
    pub throttled: u64,
}

impl crate::FakeGraph {
    /// Throttles the tenant: every request and every `$batch` item takes a token from a bucket
    /// of `burst` tokens refilled at `per_second`; without one it gets 429 + `Retry-After`.
    /// Scripted responses come first and take no token. Off by default.
    pub fn set_tenant_rate_limit(&self, per_second: f64, burst: u32) {
        self.shared.lock().throttle = Some(TokenBucket::new(per_second, burst));
    }

    /// When each request of [`requests`](Self::requests) arrived, in the same order.
    pub fn request_arrivals(&self) -> Vec<Instant> {
        self.shared.lock().arrivals.clone()
    }

    /// How many requests (and batch items) the bucket admitted and throttled so far.
    pub fn throttle_stats(&self) -> ThrottleStats {
        self.shared
            .lock()
            .throttle
            .as_ref()
            .map_or_else(ThrottleStats::default, |b| ThrottleStats {
                admitted: b.admitted,
                throttled: b.throttled,
            })
    }
}
