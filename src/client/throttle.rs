//! What every request of one client (and its clones) shares: the tenant's throttle and the
//! fault-injection hook.
//!
//! Graph throttles per tenant and application, not per request: a `Retry-After` on one response
//! applies to every request the client is about to send. The throttle therefore holds a gate
//! ("nothing before instant T") that any retryable response carrying `Retry-After` raises, and
//! that every attempt waits for. Optionally it also paces requests to a configured rate (a
//! generic cell rate algorithm: one "theoretical arrival time"), so a fleet run stays under the
//! tenant's limit instead of discovering it through 429s.

use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// A client-side limit on requests sent: `per_second` on average, at most `burst` at once.
/// Each item of a `$batch` counts as one request, as Graph counts them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateLimit {
    pub per_second: f64,
    pub burst: u32,
}

#[derive(Debug, Default)]
struct Gate {
    /// No attempt starts before this (raised by `Retry-After`).
    not_before: Option<Instant>,
    /// The pacing state: when the last reserved request is "due".
    theoretical_arrival: Option<Instant>,
}

#[derive(Debug)]
pub(crate) struct Throttle {
    gate: Mutex<Gate>,
    /// The interval between requests and the burst, when pacing.
    pace: Option<(Duration, u32)>,
}

impl Throttle {
    pub fn new(limit: Option<RateLimit>) -> Throttle {
        let pace = limit.and_then(|limit| {
            let interval = Duration::try_from_secs_f64(1.0 / limit.per_second).ok()?;
            Some((interval, limit.burst.max(1)))
        });
        Throttle {
            gate: Mutex::new(Gate::default()),
            pace,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Gate> {
        self.gate.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits until `cost` requests may be sent: past the tenant's `Retry-After`, and within the
    /// configured rate.
    pub async fn acquire(&self, cost: u32) {
        let reserved = {
            let mut gate = self.lock();
            let now = Instant::now();
            let start = gate.not_before.map_or(now, |t| t.max(now));
            match self.pace {
                None => start,
                Some((interval, burst)) => {
                    // Reserved, not tested: a batch larger than the burst waits for the
                    // tokens beyond it too, rather than never fitting.
                    let cost = cost.max(1);
                    let arrival = gate.theoretical_arrival.map_or(start, |t| t.max(start));
                    let next = arrival + interval.saturating_mul(cost);
                    gate.theoretical_arrival = Some(next);
                    start.max(next.checked_sub(interval.saturating_mul(burst)).unwrap_or(start))
                }
            }
        };
        tokio::time::sleep_until(reserved).await;
        // A 429 that arrived while this one slept raises the gate for it too.
        loop {
            let not_before = self.lock().not_before;
            match not_before {
                Some(t) if t > Instant::now() => tokio::time::sleep_until(t).await,
                _ => return,
            }
        }
    }

    /// The service asked to wait `wait`: no attempt of this client starts before then.
    pub fn hold(&self, wait: Duration) {
        let Some(until) = Instant::now().checked_add(wait) else {
            return;
        };
        let mut gate = self.lock();
        if gate.not_before.is_none_or(|t| t < until) {
            gate.not_before = Some(until);
        }
    }
}

/// Fault injection for tests of code built on the client: each attempt, with probability
/// `rate`, is answered by the client itself with one of `statuses` (an OData error body, code
/// `InjectedFault`, and `x-msgraph-sync-injected-fault: true`) instead of being sent. The random
/// sequence is seeded, so a failing test replays. Off unless set with
/// [`ClientBuilder::fault_injection`](super::ClientBuilder::fault_injection).
#[derive(Clone, Debug, PartialEq)]
pub struct FaultInjection {
    /// 0.0 (never) to 1.0 (every attempt).
    pub rate: f64,
    pub seed: u64,
    /// Chosen from uniformly; default 429, 503, 504.
    pub statuses: Vec<u16>,
    /// `Retry-After` sent with an injected 429 or 503 (default 0 s; `None`: no header).
    pub retry_after: Option<Duration>,
}

impl FaultInjection {
    /// Random 429/503/504 on `rate` of the attempts, `Retry-After: 0` on the 429s and 503s.
    pub fn new(rate: f64, seed: u64) -> FaultInjection {
        FaultInjection {
            rate,
            seed,
            statuses: vec![429, 503, 504],
            retry_after: Some(Duration::ZERO),
        }
    }
}

/// The header marking a response the client made up.
pub const INJECTED_FAULT_HEADER: &str = "x-msgraph-sync-injected-fault";

#[derive(Debug)]
pub(crate) struct Faults {
    config: FaultInjection,
    rng: Mutex<fastrand::Rng>,
}

impl Faults {
    pub fn new(config: FaultInjection) -> Faults {
        let rng = Mutex::new(fastrand::Rng::with_seed(config.seed));
        Faults { config, rng }
    }

    /// The response to use instead of sending this attempt, if the dice say so.
    pub fn next(&self) -> Option<http::Response<Vec<u8>>> {
        let status = {
            let mut rng = self.rng.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if self.config.statuses.is_empty() || rng.f64() >= self.config.rate {
                return None;
            }
            self.config.statuses[rng.usize(..self.config.statuses.len())]
        };
        let body = serde_json::json!({"error": {"code": "InjectedFault", "message": format!("fault injected by msgraph-sync (HTTP {status})")}});
        let mut response = http::Response::new(body.to_string().into_bytes());
        *response.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::SERVICE_UNAVAILABLE);
        let headers = response.headers_mut();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        headers.insert(INJECTED_FAULT_HEADER, http::HeaderValue::from_static("true"));
        if let (Some(after), 429 | 503) = (self.config.retry_after, status) {
            if let Ok(value) = http::HeaderValue::from_str(&after.as_secs().to_string()) {
                headers.insert(http::header::RETRY_AFTER, value);
            }
        }
        Some(response)
    }
}
