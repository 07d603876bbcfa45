//! The service's per-endpoint limits: declared once ([`ENDPOINT_LIMITS`]), enforced for every request
//! the client sends (single requests, each item of a `$batch`, every retry), overridable per client.
//!
//! Each limited endpoint has a sliding window ("at most `calls` in any `per`"). Graph counts a call when
//! it arrives, which the client cannot see. Taking the ways out and back as equally long, a call
//! arrived half-way through its round trip (the service's own time on it only makes that later) and
//! a new call arrives no sooner than the shortest half round trip seen after it leaves; so a new call
//! may leave once the call `calls` places before it arrived `per` ago, less that half round trip.
//! Until enough answers came (the first round trips include setting up connections) a call is taken
//! to have arrived when its answer came and a new one to arrive at once. A call not answered yet may
//! be arriving now. Where the two ways differ, the service's 429 corrects the estimate: its
//! `Retry-After` holds the endpoint and the margin widens. The allowance is computed from what was
//! sent, not from a schedule, so a late timer wake-up delays one call and loses nothing after it.
//!
//! bulkUpload also has a tenant-wide daily budget. Its calls are counted in a [`CallLedger`] (in memory
//! unless the caller gives one that persists, so every run and every job of a tenant share it); a call
//! over the budget is not sent and not waited for: it fails at once with
//! [`Error::BudgetSpent`](super::Error::BudgetSpent).
//!
//! A client is one application in one tenant, so limits the service keys by tenant or by application
//! and tenant have one window per client, shared by its clones.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use tokio::time::Instant;

/// An endpoint whose limit is stricter than Graph's global ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    /// `POST …/synchronization/jobs/{id}/bulkUpload` (API-driven inbound provisioning).
    BulkUpload,
    /// `POST …/synchronization/jobs/{id}/provisionOnDemand`.
    ProvisionOnDemand,
    /// `GET /auditLogs/provisioning` and its pages (`/auditLogs/directoryProvisioning` too).
    ProvisioningLogs,
}

impl Endpoint {
    /// Every limited endpoint.
    pub const ALL: [Endpoint; 3] = [
        Endpoint::BulkUpload,
        Endpoint::ProvisionOnDemand,
        Endpoint::ProvisioningLogs,
    ];

    /// The name used in overrides (`--limit bulk-upload=40/5s`) and messages.
    pub fn name(self) -> &'static str {
        match self {
            Endpoint::BulkUpload => "bulk-upload",
            Endpoint::ProvisionOnDemand => "provision-on-demand",
            Endpoint::ProvisioningLogs => "provisioning-logs",
        }
    }

    /// The endpoint a request goes to, from its method and its path after the API version
    /// (`servicePrincipals/…/bulkUpload`). Action names are matched as Graph matches them:
    /// ignoring ASCII case, with or without the `microsoft.graph.` namespace.
    pub fn of(method: &http::Method, path_in_version: &str) -> Option<Endpoint> {
        let segments: Vec<&str> = path_in_version.trim_matches('/').split('/').collect();
        let last = segments.last().copied().unwrap_or_default();
        let last = strip_namespace(last);
        let in_job = segments.len() >= 4 && {
            let n = segments.len();
            segments[n - 4].eq_ignore_ascii_case("synchronization") && segments[n - 3].eq_ignore_ascii_case("jobs")
        };
        if *method == http::Method::POST && in_job {
            if last.eq_ignore_ascii_case("bulkUpload") {
                return Some(Endpoint::BulkUpload);
            }
            if last.eq_ignore_ascii_case("provisionOnDemand") {
                return Some(Endpoint::ProvisionOnDemand);
            }
        }
        let logs = segments.len() == 2
            && segments[0].eq_ignore_ascii_case("auditLogs")
            && (segments[1].eq_ignore_ascii_case("provisioning")
                || segments[1].eq_ignore_ascii_case("directoryProvisioning"));
        (*method == http::Method::GET && logs).then_some(Endpoint::ProvisioningLogs)
    }
}

fn strip_namespace(segment: &str) -> &str {
    match segment.get(..16) {
        Some(prefix) if prefix.eq_ignore_ascii_case("microsoft.graph.") => &segment[16..],
        _ => segment,
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Endpoint {
    type Err = LimitParseError;
    fn from_str(name: &str) -> Result<Endpoint, LimitParseError> {
        Endpoint::ALL.into_iter().find(|e| e.name() == name).ok_or_else(|| {
            LimitParseError(format!(
                "unknown endpoint {name:?} (known: bulk-upload, provision-on-demand, provisioning-logs)"
            ))
        })
    }
}

/// At most `calls` in any window of `per`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub calls: u32,
    pub per: Duration,
}

/// A limit or override that does not parse (`40/5s`, `5/10s`, `2000/24h`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct LimitParseError(String);

impl Window {
    /// The most windows a client keeps; a day's budget is a [`DailyBudget`], not a window.
    pub const MAX_CALLS: u32 = 100_000;
    pub const MAX_PER: Duration = Duration::from_secs(3600);

    /// `calls` per `per`, both within bounds (1 ..= [`MAX_CALLS`](Self::MAX_CALLS), 1 ms ..= 1 h).
    pub fn new(calls: u32, per: Duration) -> Result<Window, LimitParseError> {
        if calls == 0 || calls > Self::MAX_CALLS {
            return Err(LimitParseError(format!(
                "a window allows 1 to {} calls, not {calls}",
                Self::MAX_CALLS
            )));
        }
        if per < Duration::from_millis(1) || per > Self::MAX_PER {
            return Err(LimitParseError(format!("a window lasts 1 ms to 1 h, not {per:?}")));
        }
        Ok(Window { calls, per })
    }

    /// Calls per second this window sustains.
    pub fn rate(&self) -> f64 {
        f64::from(self.calls) / self.per.as_secs_f64()
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.per.as_millis();
        if ms.is_multiple_of(1000) {
            write!(f, "{}/{}s", self.calls, ms / 1000)
        } else {
            write!(f, "{}/{}ms", self.calls, ms)
        }
    }
}

impl FromStr for Window {
    type Err = LimitParseError;
    /// `CALLS/DURATION`: `40/5s`, `5/10s`, `300/1m`, `10/500ms` (`s` alone is one second).
    fn from_str(text: &str) -> Result<Window, LimitParseError> {
        let bad = || LimitParseError(format!("{text:?} is not CALLS/DURATION, like 40/5s"));
        let (calls, per) = text.trim().split_once('/').ok_or_else(bad)?;
        let calls: u32 = calls.trim().parse().map_err(|_| bad())?;
        let per = per.trim();
        let digits = per.bytes().take_while(u8::is_ascii_digit).count();
        let (amount, unit) = per.split_at(digits);
        let amount: u64 = if amount.is_empty() {
            1
        } else {
            amount.parse().map_err(|_| bad())?
        };
        let unit_ms: u64 = match unit {
            "ms" => 1,
            "s" => 1000,
            "m" | "min" => 60_000,
            "h" => 3_600_000,
            _ => return Err(bad()),
        };
        let ms = amount.checked_mul(unit_ms).ok_or_else(bad)?;
        Window::new(calls, Duration::from_millis(ms))
    }
}

/// One documented limit and where it is documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndpointLimit {
    pub endpoint: Endpoint,
    pub window: Window,
    /// The page that documents it.
    pub source: &'static str,
}

/// The documented limits: what every client enforces unless told otherwise
/// ([`ClientBuilder::endpoint_limit`](super::ClientBuilder::endpoint_limit)). Where Microsoft's
/// pages disagree, the stricter figure.
pub const ENDPOINT_LIMITS: [EndpointLimit; 3] = [
    EndpointLimit {
        endpoint: Endpoint::BulkUpload,
        // The bulkUpload reference page and older revisions of this page say 40 per second.
        window: Window {
            calls: 40,
            per: Duration::from_secs(5),
        },
        source:
            "https://learn.microsoft.com/entra/identity/app-provisioning/inbound-provisioning-api-concepts#key-features",
    },
    EndpointLimit {
        endpoint: Endpoint::ProvisionOnDemand,
        window: Window {
            calls: 5,
            per: Duration::from_secs(10),
        },
        source: "https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits",
    },
    EndpointLimit {
        endpoint: Endpoint::ProvisioningLogs,
        window: Window {
            calls: 5,
            per: Duration::from_secs(10),
        },
        source: "https://learn.microsoft.com/graph/throttling-limits#identity-and-access-reports-service-limits",
    },
];

/// bulkUpload's tenant-wide budget per 24 hours: 2,000 calls under Entra ID P1/P2, 6,000 under
/// Entra ID Governance (the same page as its window).
pub const BULK_UPLOAD_DAILY_CALLS: u32 = 2_000;
/// The Governance licence's figure.
pub const BULK_UPLOAD_DAILY_CALLS_GOVERNANCE: u32 = 6_000;
/// The budget's window: any 24 hours.
pub const DAILY_WINDOW: Duration = Duration::from_secs(24 * 3600);

/// The limit in force for `endpoint` unless overridden.
pub fn documented(endpoint: Endpoint) -> Window {
    ENDPOINT_LIMITS.iter().find(|l| l.endpoint == endpoint).map_or(
        Window {
            calls: 1,
            per: Duration::from_secs(1),
        },
        |l| l.window,
    )
}

/// Where the calls spent against a daily budget are kept, so that runs (and several jobs of one
/// tenant) share it. Calls are recorded before they are sent: one whose answer is lost still counts.
pub trait CallLedger: Send + Sync {
    /// The times of the calls spent since `since`, oldest first.
    fn calls_since(&self, since: SystemTime) -> Result<Vec<SystemTime>, LedgerError>;
    /// One call, about to be sent at `at`.
    fn record(&self, at: SystemTime) -> Result<(), LedgerError>;
}

/// The most requests Graph accepts in one `$batch`.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// Why bulkUpload's daily budget let a call not go: the client's [`Error::BudgetSpent`](super::Error::BudgetSpent)
/// and [`Error::Ledger`](super::Error::Ledger).
#[derive(Debug)]
pub(crate) enum BudgetError {
    Spent { calls: u32, next_free: Option<SystemTime> },
    Ledger(LedgerError),
}

/// A ledger that could not be read or written.
#[derive(Debug, Clone, thiserror::Error)]
#[error("call ledger: {0}")]
pub struct LedgerError(pub String);

/// A ledger that lives as long as the process.
#[derive(Debug, Default)]
pub struct MemoryLedger {
    calls: Mutex<Vec<SystemTime>>,
}

impl CallLedger for MemoryLedger {
    fn calls_since(&self, since: SystemTime) -> Result<Vec<SystemTime>, LedgerError> {
        let calls = self.calls.lock().unwrap_or_else(|p| p.into_inner());
        Ok(calls.iter().copied().filter(|&t| t >= since).collect())
    }
    fn record(&self, at: SystemTime) -> Result<(), LedgerError> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner()).push(at);
        Ok(())
    }
}

/// bulkUpload's daily budget: `calls` per any 24 hours, counted in `ledger`.
#[derive(Clone)]
pub struct DailyBudget {
    pub calls: u32,
    pub ledger: Arc<dyn CallLedger>,
}

impl fmt::Debug for DailyBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DailyBudget")
            .field("calls", &self.calls)
            .finish_non_exhaustive()
    }
}

impl DailyBudget {
    /// `calls` per 24 hours, counted in memory (for this process only).
    pub fn in_memory(calls: u32) -> DailyBudget {
        DailyBudget {
            calls,
            ledger: Arc::new(MemoryLedger::default()),
        }
    }
}

impl Default for DailyBudget {
    fn default() -> DailyBudget {
        DailyBudget::in_memory(BULK_UPLOAD_DAILY_CALLS)
    }
}

/// The daily budget now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetStatus {
    pub calls: u32,
    /// Spent in the last 24 hours.
    pub spent: u32,
    /// When the oldest of those leaves the window (a call comes free), if any was spent.
    pub next_free: Option<SystemTime>,
}

impl BudgetStatus {
    pub fn left(&self) -> u32 {
        self.calls.saturating_sub(self.spent)
    }
}

/// A Retry-After from a limited endpoint widens its margin by this share of its window, up to
/// `MAX_MARGIN_SHARE` (the estimate of arrivals was off: leave more room).
const MARGIN_STEP_SHARE: f64 = 0.01;
const MAX_MARGIN_SHARE: f64 = 0.1;
/// Answers before the shortest half round trip is trusted as the way to the service (the first
/// ones include connections being set up and say little about the network).
const TRUSTED_ANSWERS: u32 = 16;
/// The margin every window starts with, for timers and the estimate: this share of the window.
const START_MARGIN_SHARE: f64 = 0.002;

#[derive(Debug)]
struct Call {
    sent: Instant,
    /// Estimated arrival (the middle of the round trip), once answered.
    arrival: Option<Instant>,
}

#[derive(Debug)]
struct Pacer {
    window: Window,
    calls: VecDeque<Call>,
    /// The shortest half round trip seen, and how many answers it is drawn from.
    min_half: Option<Duration>,
    answers: u32,
    margin: Duration,
    /// Nothing before this (the endpoint's `Retry-After`).
    not_before: Option<Instant>,
}

impl Pacer {
    fn new(window: Window) -> Pacer {
        Pacer {
            window,
            calls: VecDeque::new(),
            min_half: None,
            answers: 0,
            margin: window.per.mul_f64(START_MARGIN_SHARE),
            not_before: None,
        }
    }

    /// When `call` arrived, at the latest: one not answered yet may be arriving now.
    fn arrival(call: &Call, now: Instant) -> Instant {
        call.arrival.unwrap_or(now)
    }

    /// The least time a new call takes to reach the service: the shortest half round trip, once
    /// enough answers came that it is not a cold connection's.
    fn least_way(&self) -> Duration {
        match self.min_half {
            Some(half) if self.answers >= TRUSTED_ANSWERS => half,
            _ => Duration::ZERO,
        }
    }

    /// `Ok(())` if a call may leave at `now` (and records it), else the instant to try again and
    /// whether the wait is the service's `Retry-After` (else the window's turn).
    fn try_send(&mut self, now: Instant) -> Result<(), (Instant, bool)> {
        if let Some(until) = self.not_before.filter(|&t| t > now) {
            return Err((until, true));
        }
        let least_way = self.least_way();
        let earliest_arrival = now + least_way;
        let reach = self.window.per + self.margin;
        // Calls estimated to have arrived a window before the new one's earliest arrival are gone for good.
        while let Some(oldest) = self.calls.front() {
            if Self::arrival(oldest, now) + reach <= earliest_arrival && oldest.arrival.is_some() {
                self.calls.pop_front();
            } else {
                break;
            }
        }
        let mut within: Vec<Instant> = self
            .calls
            .iter()
            .map(|c| Self::arrival(c, now))
            .filter(|&a| a + reach > earliest_arrival)
            .collect();
        let allowed = self.window.calls as usize;
        if within.len() < allowed {
            self.calls.push_back(Call {
                sent: now,
                arrival: None,
            });
            return Ok(());
        }
        within.sort_unstable();
        // The new call may arrive once all but `allowed - 1` of these are a window behind it.
        let free_at = within[within.len() - allowed] + reach;
        Err((
            free_at
                .checked_sub(least_way)
                .unwrap_or(free_at)
                .max(now + Duration::from_micros(1)),
            false,
        ))
    }

    fn answered(&mut self, sent: Instant, now: Instant, throttled: Option<Duration>) {
        let half = now.saturating_duration_since(sent) / 2;
        self.min_half = Some(self.min_half.map_or(half, |m| m.min(half)));
        self.answers = self.answers.saturating_add(1);
        // Ways out and back taken as equally long, the call arrived half-way through its round trip
        // (the service's own time on it only makes that later); until the round trips are trusted,
        // when its answer came (the latest it can have arrived).
        let trusted = self.answers >= TRUSTED_ANSWERS;
        if let Some(call) = self.calls.iter_mut().find(|c| c.sent == sent && c.arrival.is_none()) {
            call.arrival = Some(if trusted { sent + half } else { now });
        }
        if let Some(retry_after) = throttled {
            let step = self.window.per.mul_f64(MARGIN_STEP_SHARE);
            self.margin = (self.margin + step).min(self.window.per.mul_f64(MAX_MARGIN_SHARE));
            let until = now + retry_after;
            if self.not_before.is_none_or(|t| t < until) {
                self.not_before = Some(until);
            }
        }
    }
}

/// The limits of one client: a pacer per limited endpoint and bulkUpload's daily budget.
pub(crate) struct Limits {
    pacers: HashMap<Endpoint, Mutex<Pacer>>,
    budget: Option<DailyBudget>,
    /// Calls of the budget spent in the last 24 h, oldest first (loaded from the ledger once).
    spent: Mutex<Option<VecDeque<SystemTime>>>,
}

impl fmt::Debug for Limits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Limits")
            .field("budget", &self.budget)
            .finish_non_exhaustive()
    }
}

/// A call's place in its endpoint's window, from leaving to its answer.
#[derive(Debug)]
pub(crate) struct Ticket {
    endpoint: Endpoint,
    sent: Instant,
}

impl Limits {
    pub fn new(overrides: &HashMap<Endpoint, Window>, budget: Option<DailyBudget>) -> Limits {
        let pacers = Endpoint::ALL
            .into_iter()
            .map(|e| {
                let window = overrides.get(&e).copied().unwrap_or_else(|| documented(e));
                (e, Mutex::new(Pacer::new(window)))
            })
            .collect();
        Limits {
            pacers,
            budget,
            spent: Mutex::new(None),
        }
    }

    /// The window in force for `endpoint`.
    pub fn window(&self, endpoint: Endpoint) -> Option<Window> {
        self.pacers.get(&endpoint).map(|p| lock(p).window)
    }

    /// Waits until one call to each of `endpoints` may leave (bulkUpload's budget is taken first and
    /// never waited for). Returns the tickets, in the order of `endpoints`, and the time held back
    /// by a `Retry-After`.
    pub async fn acquire(&self, endpoints: &[Endpoint]) -> Result<(Vec<Ticket>, Duration), BudgetError> {
        let bulk_calls = endpoints.iter().filter(|e| **e == Endpoint::BulkUpload).count();
        if bulk_calls > 0 {
            self.spend_budget(bulk_calls as u32)?;
        }
        let mut tickets = Vec::with_capacity(endpoints.len());
        let mut held = Duration::ZERO;
        for &endpoint in endpoints {
            let Some(pacer) = self.pacers.get(&endpoint) else {
                continue;
            };
            loop {
                let now = Instant::now();
                let attempt = lock(pacer).try_send(now);
                match attempt {
                    Ok(()) => {
                        tickets.push(Ticket { endpoint, sent: now });
                        break;
                    }
                    Err((until, by_service)) => {
                        tokio::time::sleep_until(until).await;
                        if by_service {
                            held += until.saturating_duration_since(now);
                        }
                    }
                }
            }
        }
        Ok((tickets, held))
    }

    /// The answer to a ticket's call: its round trip teaches the arrival estimate; a 429 with its
    /// wait holds the endpoint and widens the margin.
    pub fn answered(&self, ticket: Ticket, throttled: Option<Duration>) {
        if let Some(pacer) = self.pacers.get(&ticket.endpoint) {
            lock(pacer).answered(ticket.sent, Instant::now(), throttled);
        }
    }

    /// The daily budget now (`None`: none configured).
    pub fn budget_status(&self) -> Result<Option<BudgetStatus>, BudgetError> {
        let Some(budget) = &self.budget else { return Ok(None) };
        let mut spent = lock(&self.spent);
        let calls = self.loaded(budget, &mut spent)?;
        Ok(Some(BudgetStatus {
            calls: budget.calls,
            spent: u32::try_from(calls.len()).unwrap_or(u32::MAX),
            next_free: calls.front().map(|&t| t + DAILY_WINDOW),
        }))
    }

    fn loaded<'s>(
        &self,
        budget: &DailyBudget,
        spent: &'s mut Option<VecDeque<SystemTime>>,
    ) -> Result<&'s mut VecDeque<SystemTime>, BudgetError> {
        let since = SystemTime::now()
            .checked_sub(DAILY_WINDOW)
            .unwrap_or(SystemTime::UNIX_EPOCH);
        if spent.is_none() {
            let mut calls = budget.ledger.calls_since(since).map_err(BudgetError::Ledger)?;
            calls.sort_unstable();
            *spent = Some(calls.into());
        }
        let calls = spent.get_or_insert_with(VecDeque::new);
        while calls.front().is_some_and(|&t| t < since) {
            calls.pop_front();
        }
        Ok(calls)
    }

    fn spend_budget(&self, n: u32) -> Result<(), BudgetError> {
        let Some(budget) = &self.budget else { return Ok(()) };
        let mut spent = lock(&self.spent);
        let calls = self.loaded(budget, &mut spent)?;
        let used = u32::try_from(calls.len()).unwrap_or(u32::MAX);
        if used.saturating_add(n) > budget.calls {
            return Err(BudgetError::Spent {
                calls: budget.calls,
                next_free: calls.front().map(|&t| t + DAILY_WINDOW),
            });
        }
        let now = SystemTime::now();
        for _ in 0..n {
            budget.ledger.record(now).map_err(BudgetError::Ledger)?;
            calls.push_back(now);
        }
        Ok(())
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_from_paths() {
        let post = http::Method::POST;
        let get = http::Method::GET;
        for path in [
            "servicePrincipals/sp/synchronization/jobs/j/bulkUpload",
            "/servicePrincipals/sp/synchronization/jobs/j/BULKUPLOAD/",
            "servicePrincipals(appId='x')/synchronization/jobs/j/bulkUpload",
        ] {
            assert_eq!(Endpoint::of(&post, path), Some(Endpoint::BulkUpload), "{path}");
        }
        assert_eq!(
            Endpoint::of(
                &post,
                "servicePrincipals/sp/synchronization/jobs/j/microsoft.graph.provisionOnDemand"
            ),
            Some(Endpoint::ProvisionOnDemand)
        );
        assert_eq!(
            Endpoint::of(&get, "auditLogs/provisioning"),
            Some(Endpoint::ProvisioningLogs)
        );
        assert_eq!(
            Endpoint::of(&get, "auditLogs/directoryProvisioning"),
            Some(Endpoint::ProvisioningLogs)
        );
        for (method, path) in [
            (&get, "servicePrincipals/sp/synchronization/jobs/j/bulkUpload"),
            (&post, "servicePrincipals/sp/synchronization/jobs/bulkUpload"),
            (&post, "bulkUpload"),
            (&get, "auditLogs/signIns"),
            (&get, "auditLogs/provisioning/x"),
        ] {
            assert_eq!(Endpoint::of(method, path), None, "{method} {path}");
        }
    }

    #[test]
    fn windows_parse_and_refuse() {
        assert_eq!(
            "40/5s".parse::<Window>().unwrap(),
            Window::new(40, Duration::from_secs(5)).unwrap()
        );
        assert_eq!("5/10s".parse::<Window>().unwrap().to_string(), "5/10s");
        assert_eq!("300/1m".parse::<Window>().unwrap().per, Duration::from_secs(60));
        assert_eq!("10/s".parse::<Window>().unwrap().per, Duration::from_secs(1));
        assert_eq!("10/500ms".parse::<Window>().unwrap().to_string(), "10/500ms");
        for bad in [
            "",
            "40",
            "40/",
            "0/5s",
            "40/0s",
            "-1/5s",
            "40/5x",
            "40/2h",
            "4294967296/5s",
            "1/99999999999999999999h",
            "100001/5s",
        ] {
            assert!(bad.parse::<Window>().is_err(), "{bad}");
        }
        assert_eq!("bulk-upload".parse::<Endpoint>().unwrap(), Endpoint::BulkUpload);
        assert!("bulkupload".parse::<Endpoint>().is_err());
    }

    /// Sends (acquire, answer one round trip later) on the paused clock until `until` with
    /// `in_flight` workers; round trips are `rtt` plus up to `jitter` (seeded). Returns each call's
    /// arrival at the service (the middle of its round trip), sorted.
    async fn run(limits: &Limits, until: Instant, rtt: Duration, jitter: Duration, in_flight: usize) -> Vec<Instant> {
        let arrivals = Arc::new(Mutex::new(Vec::new()));
        let rng = Arc::new(Mutex::new(fastrand::Rng::with_seed(7)));
        let worker = |_| {
            let (arrivals, rng) = (arrivals.clone(), rng.clone());
            async move {
                loop {
                    let (tickets, _) = limits.acquire(&[Endpoint::BulkUpload]).await.unwrap();
                    let now = Instant::now();
                    if now >= until {
                        return;
                    }
                    let trip = rtt + jitter.mul_f64(rng.lock().unwrap().f64());
                    arrivals.lock().unwrap().push(now + trip / 2);
                    tokio::time::sleep(trip).await;
                    for t in tickets {
                        limits.answered(t, None);
                    }
                }
            }
        };
        futures_util::future::join_all((0..in_flight).map(worker)).await;
        let mut all = arrivals.lock().unwrap().clone();
        all.sort();
        all
    }

    fn most_in_any_window(arrivals: &[Instant], per: Duration) -> usize {
        let mut most = 0;
        let mut start = 0;
        for end in 0..arrivals.len() {
            while arrivals[end] - arrivals[start] >= per {
                start += 1;
            }
            most = most.max(end - start + 1);
        }
        most
    }

    #[tokio::test(start_paused = true)]
    async fn a_window_is_used_whole_and_never_exceeded() {
        let limits = Limits::new(&HashMap::new(), None);
        let start = Instant::now();
        let arrivals = run(
            &limits,
            start + Duration::from_secs(60),
            Duration::from_millis(300),
            Duration::ZERO,
            16,
        )
        .await;
        // 40 per 5 s: 12 windows' worth in a minute (the margin is 10 ms a window).
        assert_eq!(most_in_any_window(&arrivals, Duration::from_secs(5)), 40);
        assert_eq!(arrivals.len(), 480);
    }

    #[tokio::test(start_paused = true)]
    async fn jittered_round_trips_reach_the_limit_without_passing_it() {
        // 200–400 ms round trips: the service sees each call half-way; the client only knows each
        // call's own round trip once it is answered.
        let limits = Limits::new(&HashMap::new(), None);
        let start = Instant::now();
        let minutes = 10;
        let arrivals = run(
            &limits,
            start + Duration::from_secs(60 * minutes),
            Duration::from_millis(200),
            Duration::from_millis(200),
            16,
        )
        .await;
        assert!(most_in_any_window(&arrivals, Duration::from_secs(5)) <= 40);
        let ceiling = 8.0 * 60.0 * minutes as f64;
        let share = arrivals.len() as f64 / ceiling;
        assert!(share >= 0.98, "{} calls: {:.3} of the ceiling", arrivals.len(), share);
        eprintln!("{} calls in {minutes} min: {:.4} of the ceiling", arrivals.len(), share);
    }

    #[tokio::test(start_paused = true)]
    async fn a_retry_after_holds_the_endpoint_and_widens_the_margin() {
        let limits = Limits::new(&HashMap::new(), None);
        let (tickets, _) = limits.acquire(&[Endpoint::BulkUpload]).await.unwrap();
        let before = lock(&limits.pacers[&Endpoint::BulkUpload]).margin;
        for t in tickets {
            limits.answered(t, Some(Duration::from_secs(7)));
        }
        let start = Instant::now();
        limits.acquire(&[Endpoint::BulkUpload]).await.unwrap();
        assert_eq!(Instant::now() - start, Duration::from_secs(7));
        assert!(lock(&limits.pacers[&Endpoint::BulkUpload]).margin > before);
        // Other endpoints are not held.
        let start = Instant::now();
        limits.acquire(&[Endpoint::ProvisioningLogs]).await.unwrap();
        assert_eq!(Instant::now(), start);
    }

    #[test]
    fn the_budget_is_spent_once_and_refuses_at_once() {
        let ledger = Arc::new(MemoryLedger::default());
        let old = SystemTime::now() - Duration::from_secs(25 * 3600);
        let recent = SystemTime::now() - Duration::from_secs(3600);
        ledger.record(old).unwrap();
        ledger.record(recent).unwrap();
        let budget = DailyBudget {
            calls: 3,
            ledger: ledger.clone(),
        };
        let limits = Limits::new(&HashMap::new(), Some(budget));
        let status = limits.budget_status().unwrap().unwrap();
        assert_eq!((status.spent, status.left()), (1, 2));
        assert_eq!(status.next_free, Some(recent + DAILY_WINDOW));
        limits.spend_budget(2).unwrap();
        match limits.spend_budget(1) {
            Err(BudgetError::Spent { calls: 3, next_free }) => assert_eq!(next_free, Some(recent + DAILY_WINDOW)),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            ledger.calls_since(SystemTime::UNIX_EPOCH).unwrap().len(),
            4,
            "recorded in the ledger"
        );
    }
}
