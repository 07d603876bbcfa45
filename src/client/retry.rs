//! When to retry: 429, 503 and 504 only, honoring `Retry-After` (seconds or HTTP-date), else
//! exponential backoff with full jitter; bounded in attempts and in total wait.

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

/// Statuses worth retrying: throttled, unavailable, gateway timeout.
pub fn is_retryable(status: u16) -> bool {
    matches!(status, 429 | 503 | 504)
}

/// `Retry-After` as a wait: delta-seconds, or an HTTP-date relative to `now`.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` after a retryable response on attempt `attempt`
    /// (1-based), or `None` to give up. `waited` is the total waited so far.
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>, waited: Duration) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let wait = retry_after.unwrap_or_else(|| {
            let exp = self.base_backoff.saturating_mul(1u32 << (attempt - 1).min(16));
            let cap = exp.min(self.max_backoff);
            // Full jitter: spreads clients that were throttled together.
            cap.mul_f64(fastrand::f64())
        });
        (waited + wait <= self.max_total_wait).then_some(wait)
    }
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
        assert!(is_retryable(429) && is_retryable(503) && is_retryable(504));
        assert!(!is_retryable(500) && !is_retryable(404) && !is_retryable(400));
    }
}
