//! When to retry: 429, 503 and 504 only, honoring `Retry-After` (seconds or HTTP-date), else
//! exponential backoff with full jitter; bounded in attempts and in total wait. A request that is
//! not idempotent (POST, PATCH) is retried only where the service says it did not act.

use std::time::{Duration, SystemTime};

/// Retry settings. The defaults: 4 attempts in all, at most 60 s of waiting, backoff from 500 ms.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retries).
    pub max_attempts: u32,
    /// The most the client waits between attempts, summed over one request.
    pub max_total_wait: Duration,
    /// The first backoff; doubled per attempt, capped at `max_backoff`, with full jitter.
    pub base_backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            max_total_wait: Duration::from_secs(60),
            base_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
        }
    }
}

/// Whether a response with `status` may be retried. Idempotent requests (GET, HEAD, PUT, DELETE,
/// or any request marked [`crate::request::Idempotent`]) are retried on 429, 503 and 504. Others
/// only where the service says it did not act: 429 (throttled before processing) and 503 with a
/// valid `Retry-After`. A 504 may arrive after the service acted, so a retried create could make
/// a second job.
pub fn is_retryable(status: u16, idempotent: bool, has_retry_after: bool) -> bool {
    match status {
        429 => true,
        503 => idempotent || has_retry_after,
        504 => idempotent,
        _ => false,
    }
}

/// Whether a response says the service certainly did not act on the request: a 4XX (it refused:
/// 429 and 408 included) or a 503 with `Retry-After` (it did not process it). Any other status may
/// come after the service acted (a 504 from a gateway that gave up waiting).
pub fn did_not_act(status: u16, has_retry_after: bool) -> bool {
    (400..500).contains(&status) || (status == 503 && has_retry_after)
}

/// Whether repeating a request with `method` has the effect of sending it once (RFC 9110 9.2.2).
pub fn is_idempotent_method(method: &http::Method) -> bool {
    use http::Method;
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(method)
}

/// `Retry-After` as a wait: delta-seconds, or an HTTP-date relative to `now`.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    // Delta-seconds are digits only: `-5` and `+5` are not a wait.
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Beyond u64::MAX seconds is "forever"; the total bound then gives up.
        return Some(value.parse::<u64>().map_or(Duration::MAX, Duration::from_secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The `Retry-After` of a response as a wait from now, if it has a valid one.
pub fn retry_after_of<B>(response: &http::Response<B>) -> Option<Duration> {
    response
        .headers()
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| retry_after(v, SystemTime::now()))
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` after a retryable response on attempt `attempt`
    /// (1-based), or `None` to give up. `waited` is the total waited so far.
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>, waited: Duration) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let wait = retry_after.unwrap_or_else(|| {
            let exp = self
                .base_backoff
                .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
            let cap = exp.min(self.max_backoff);
            // Full jitter: spreads clients that were throttled together. `mul_f64` could round
            // past `Duration::MAX` and panic; the checked form cannot.
            Duration::try_from_secs_f64(cap.as_secs_f64() * fastrand::f64())
                .unwrap_or(cap)
                .min(cap)
        });
        // Saturating: a `Retry-After` of u64::MAX seconds must give up, not overflow.
        (waited.saturating_add(wait) <= self.max_total_wait).then_some(wait)
    }
}

/// The wait before retrying `response` on attempt `attempt`, or `None` to stop. `idempotent`:
/// whether sending the request again is harmless (see [`is_retryable`]).
pub(super) fn next_delay<B>(
    policy: &RetryPolicy,
    response: &http::Response<B>,
    attempt: u32,
    waited: Duration,
    idempotent: bool,
) -> Option<Duration> {
    let after = retry_after_of(response);
    if !is_retryable(response.status().as_u16(), idempotent, after.is_some()) {
        return None;
    }
    policy.delay(attempt, after, waited)
}

/// Whether `response` says the service certainly did not act on its request (a 4XX, or a 503
/// with `Retry-After`); anything else may come after it acted. What may be reported as "refused"
/// rather than "unknown", and so sent again without a duplicate.
pub fn service_did_not_act<B>(response: &http::Response<B>) -> bool {
    did_not_act(response.status().as_u16(), retry_after_of(response).is_some())
}

/// `Retry-Attempt`: the number of this retry (1 on the second attempt), as Microsoft's SDKs send it.
pub const RETRY_ATTEMPT_HEADER: &str = "retry-attempt";

/// Whether `request` may be sent again after a 503 or 504.
pub(super) fn is_idempotent(request: &http::Request<Vec<u8>>) -> bool {
    is_idempotent_method(request.method()) || request.extensions().get::<crate::request::Idempotent>().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(retry_after("7", now), Some(Duration::from_secs(7)));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(retry_after(&date, now), Some(Duration::from_secs(30)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(retry_after("soon", now), None);
        assert_eq!(retry_after("-5", now), None);
        assert_eq!(retry_after("+5", now), None);
        assert_eq!(
            retry_after("18446744073709551615", now),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(retry_after("99999999999999999999999", now), Some(Duration::MAX));
    }

    #[test]
    fn bounded_attempts_and_wait() {
        let policy = RetryPolicy {
            max_attempts: 3,
            max_total_wait: Duration::from_secs(10),
            base_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(4),
        };
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(2)), Duration::ZERO),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            policy.delay(3, Some(Duration::from_secs(1)), Duration::ZERO),
            None,
            "attempts exhausted"
        );
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(11)), Duration::ZERO),
            None,
            "over the total wait"
        );
        assert_eq!(
            policy.delay(2, Some(Duration::from_secs(3)), Duration::from_secs(8)),
            None
        );
        for attempt in 1..3 {
            let d = policy.delay(attempt, None, Duration::ZERO).unwrap();
            assert!(d <= Duration::from_secs(1 << (attempt - 1)), "{d:?}");
        }
        assert_eq!(
            policy.delay(2, Some(Duration::MAX), Duration::from_secs(1)),
            None,
            "saturates instead of overflowing"
        );
        let unbounded = RetryPolicy {
            max_total_wait: Duration::MAX,
            base_backoff: Duration::MAX,
            max_backoff: Duration::MAX,
            ..policy
        };
        for attempt in 1..3 {
            assert!(unbounded.delay(attempt, None, Duration::MAX).is_some());
        }
        for idempotent in [true, false] {
            assert!(is_retryable(429, idempotent, false));
            assert!(is_retryable(503, idempotent, true));
            for status in [500, 404, 400, 502] {
                assert!(!is_retryable(status, idempotent, true), "{status}");
            }
        }
        assert!(is_retryable(503, true, false) && is_retryable(504, true, false));
        assert!(!is_retryable(503, false, false) && !is_retryable(504, false, true));
        for status in [400, 401, 404, 409, 429] {
            assert!(did_not_act(status, false), "{status}");
        }
        assert!(did_not_act(503, true));
        for status in [500, 502, 503, 504] {
            assert!(!did_not_act(status, false), "{status}");
        }
    }
}
