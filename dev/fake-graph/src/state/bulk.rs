//! What API-driven inbound provisioning remembers: the limits' windows, the outcomes set for
//! records, the accepted uploads and the users made (see `bulk.rs` for the requests).

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use serde_json::Value;

/// What the fake's provisioning service does with one uploaded record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkOutcome {
    /// Logged as `success` (the default).
    Success,
    /// Logged as `failure` with this `errorCode` and `reason`.
    Failure { code: String, reason: String },
    /// Logged as `skipped` with this `reason`.
    Skipped { reason: String },
    /// Never logged (the service has not processed it yet).
    Unseen,
}

/// A sliding-window limit: at most `limit` requests in any `window`.
#[derive(Debug)]
pub(crate) struct Window {
    pub(crate) limit: usize,
    pub(crate) window: Duration,
    times: VecDeque<Instant>,
    /// How many requests this limit refused.
    pub(crate) refused: usize,
}

impl Window {
    pub(crate) fn new(limit: usize, window: Duration) -> Window {
        Window {
            limit,
            window,
            times: VecDeque::new(),
            refused: 0,
        }
    }

    /// Counts the request, or gives the whole seconds after which one more would be allowed.
    pub(crate) fn admit(&mut self, now: Instant) -> Result<(), u64> {
        while self
            .times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            self.times.pop_front();
        }
        if self.limit == 0 || self.times.len() < self.limit {
            self.times.push_back(now);
            return Ok(());
        }
        self.refused += 1;
        let oldest = self.times.front().copied().unwrap_or(now);
        let wait = self.window.saturating_sub(now.duration_since(oldest));
        Err((wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1))
    }
}

/// One accepted bulk request, as the fake processed it.
#[derive(Debug, Clone)]
pub struct AcceptedUpload {
    /// The job it was sent to.
    pub job_id: String,
    /// The request body as received (parsed).
    pub body: Value,
}

pub(crate) struct BulkState {
    pub(crate) uploads: Window,
    /// The tenant's daily budget of bulkUpload calls.
    pub(crate) daily: Window,
    pub(crate) reports: Window,
    pub(crate) outcomes: HashMap<String, BulkOutcome>,
    pub(crate) accepted: Vec<AcceptedUpload>,
    /// Whether accepted bodies are kept for [`crate::FakeGraph::accepted_uploads`] (benchmarks turn it off).
    pub(crate) keep_accepted: bool,
    pub(crate) seen_external_ids: HashSet<String>,
    /// What the provisioning service made of the records, per job: the user of each `externalId`,
    /// its attributes as last sent (an update sets the attributes it carries).
    pub(crate) users: HashMap<String, BTreeMap<String, Value>>,
}

impl Default for BulkState {
    fn default() -> BulkState {
        BulkState {
            uploads: Window::new(40, Duration::from_secs(5)),
            daily: Window::new(2_000, Duration::from_secs(24 * 3600)),
            reports: Window::new(5, Duration::from_secs(10)),
            outcomes: HashMap::new(),
            accepted: Vec::new(),
            keep_accepted: true,
            seen_external_ids: HashSet::new(),
            users: HashMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_admits_up_to_the_limit_then_names_the_wait() {
        let mut window = Window::new(2, Duration::from_secs(10));
        let start = Instant::now();
        assert_eq!(window.admit(start), Ok(()));
        assert_eq!(window.admit(start + Duration::from_secs(1)), Ok(()));
        assert_eq!(window.admit(start + Duration::from_millis(1500)), Err(9));
        assert_eq!(window.admit(start + Duration::from_secs(10)), Ok(()));
        assert_eq!(window.refused, 1);
    }
}
