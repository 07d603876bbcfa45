//! Parsers of flag values with bounds: a duration or count a user gives is refused with a clear
//! message when it is out of range, rather than overflowing the arithmetic made with it later or
//! polling the service in a tight loop.

use std::time::Duration;

/// The longest wait any flag takes (a deadline of a year is as good as none).
pub const MAX_WAIT: Duration = Duration::from_secs(366 * 24 * 3600);

/// The shortest wait between two polls of the service.
pub const MIN_POLL: Duration = Duration::from_secs(1);

fn duration_within(text: &str, min: Duration, max: Duration) -> Result<Duration, String> {
    let value = humantime::parse_duration(text).map_err(|e| format!("{e} (e.g. 90s, 30m, 2h)"))?;
    if value < min {
        return Err(format!("at least {} between polls", humantime::format_duration(min)));
    }
    if value > max {
        return Err(format!("at most {}", humantime::format_duration(max)));
    }
    Ok(value)
}

/// A wait between two polls: 1 s to a day.
pub fn poll_interval(text: &str) -> Result<Duration, String> {
    duration_within(text, MIN_POLL, Duration::from_secs(24 * 3600))
}

/// A deadline or other total wait: up to a year.
pub fn wait(text: &str) -> Result<Duration, String> {
    duration_within(text, Duration::ZERO, MAX_WAIT)
}

/// A delay before a retry: up to a day.
pub fn retry_delay(text: &str) -> Result<Duration, String> {
    duration_within(text, Duration::ZERO, Duration::from_secs(24 * 3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_enforced() {
        assert_eq!(poll_interval("1s"), Ok(Duration::from_secs(1)));
        assert!(poll_interval("0s").unwrap_err().contains("at least 1s"));
        assert!(poll_interval("999ms").is_err());
        assert!(wait("500000000y").unwrap_err().contains("at most"));
        assert!(wait("18446744073709551615s").is_err());
        assert_eq!(wait("0s"), Ok(Duration::ZERO));
    }
}
