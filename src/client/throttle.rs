//! What every request of one client (and its clones) shares: the tenant's throttle and the
//! fault-injection hook.
//!
//! Graph throttles per tenant and application, not per request: a `Retry-After` on one response
//! applies to every request the client is about to send. The throttle therefore holds a gate
//! ("nothing before instant T") that any retryable response carrying `Retry-After` raises, and
//! that every attempt waits for. Past the gate, a `governor` limiter paces the requests: at the
//! configured [`RateLimit`], and, by default, at a rate the client learns from the service's 429s
//! (AIMD, as TCP's congestion control: see [`Throttle::record`]), so a fleet run stays under the
//! tenant's limit without being told it. Each `$batch` item counts as one request.
//!
//! governor's quota is fixed per limiter, so a rate change installs a new limiter (its first
//! tokens already spent, so a swap lets no burst through).

use governor::clock::Clock;
use governor::middleware::NoOpMiddleware;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

/// A client-side limit on requests sent: `per_second` on average, at most `burst` at once.
/// Each item of a `$batch` counts as one request, as Graph counts them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateLimit {
    pub per_second: f64,
    pub burst: u32,
}

/// The learned rate's parameters (the crate guide, "Fleets": the adaptive rate).
mod aimd {
    use std::time::Duration;
    /// Until the first 429: this many requests at once, then this rate…
    pub const START_BURST: u32 = 100;
    pub const START_RATE: f64 = 100.0;
    /// … doubled every `START_DOUBLING` that the limiter held a request back (slow start).
    pub const START_DOUBLING: Duration = Duration::from_millis(250);
    /// On a 429: this share of the rate the service accepted since the previous 429 (or the
    /// start); after the first, no less than `MAX_CUT` of the rate in force (the slow start's
    /// rate is no measure of anything, a learned one is).
    pub const DECREASE: f64 = 0.8;
    pub const MAX_CUT: f64 = 0.5;
    /// That rate is measured over the time requests were outstanding, at least this long.
    pub const MIN_WINDOW: Duration = Duration::from_millis(500);
    /// Then every `GROWTH_PERIOD` that the limiter held a request back: + this share of the rate
    /// set at the 429, at least `MIN_STEP` requests/s.
    pub const GROWTH_PERIOD: Duration = Duration::from_secs(1);
    pub const INCREASE: f64 = 0.01;
    pub const MIN_STEP: f64 = 0.5;
    /// Bounds of the learned rate, in requests/s.
    pub const MIN_RATE: f64 = 1.0;
    /// The slowest pacing a configured limit can ask for.
    pub const SLOWEST_RATE: f64 = 1e-6;
    pub const MAX_RATE: f64 = 1_000_000.0;
    /// The burst a paced limiter allows: this much time's worth of requests (at least 1), so
    /// workers released from a `Retry-After` go out paced, not as a herd.
    pub const PACED_BURST: Duration = Duration::from_millis(100);
}

/// governor on tokio's clock (time since the throttle was made), so pacing and the gate agree.
#[derive(Clone, Copy, Debug)]
struct TokioClock {
    origin: Instant,
}

impl Clock for TokioClock {
    type Instant = Duration;
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }
}

type Limiter = RateLimiter<NotKeyed, InMemoryState, TokioClock, NoOpMiddleware<Duration>>;

#[derive(Debug)]
struct Gate {
    /// No attempt starts before this (raised by `Retry-After`).
    not_before: Option<Instant>,
    /// The limiter in force, its rate (requests/s) and burst; none: not paced.
    limiter: Option<Arc<Limiter>>,
    rate: f64,
    burst: u32,
    /// Bumped by each decrease: a 429 to a request sent before it says nothing new.
    generation: u64,
    /// Before the first 429 of a learning client: doubling instead of adding.
    slow_start: bool,
    /// The additive step, requests/s per `GROWTH_PERIOD`.
    step: f64,
    /// Requests the service accepted since the last decrease (or the start)…
    accepted: u64,
    /// … and the time some request was outstanding since then (idle time says nothing).
    busy: Duration,
    outstanding: u32,
    busy_from: Option<Instant>,
    /// When the rate last grew (or was set), and whether the limiter held a request back since.
    last_growth: Option<Instant>,
    held_back: bool,
}

impl Gate {
    fn busy_until(&self, now: Instant) -> Duration {
        self.busy
            + self
                .busy_from
                .map_or(Duration::ZERO, |from| now.saturating_duration_since(from))
    }
}

#[derive(Debug)]
pub(crate) struct Throttle {
    clock: TokioClock,
    /// The configured limit: the rate and burst at the start, and the learned rate's ceiling.
    limit: Option<RateLimit>,
    /// Whether the rate is learned from 429s (else only `limit` paces).
    adaptive: bool,
    gate: Mutex<Gate>,
}

/// One attempt's place in the throttle, from [`Throttle::acquire`] to [`Throttle::record`] (or
/// its drop: a failed attempt tells the rate nothing).
#[derive(Debug)]
pub(crate) struct Permit<'t> {
    throttle: &'t Throttle,
    generation: u64,
    /// Whether its time counts as busy (a request paced by its endpoint's window does not: it
    /// teaches the client's rate nothing).
    paced: bool,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        if !self.paced {
            return;
        }
        let mut gate = self.throttle.lock();
        gate.outstanding = gate.outstanding.saturating_sub(1);
        if gate.outstanding == 0 {
            if let Some(from) = gate.busy_from.take() {
                gate.busy += from.elapsed();
            }
        }
    }
}

/// What the service said to one attempt, for the learned rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Answered {
    /// Requests (or batch items) the service accepted: anything but a 429.
    pub accepted: u64,
    /// Whether it (or an item of it) was answered 429.
    pub throttled: bool,
}

impl Throttle {
    pub fn new(limit: Option<RateLimit>, adaptive: bool) -> Throttle {
        let limit = limit.filter(|l| l.per_second.is_finite() && l.per_second > 0.0);
        let throttle = Throttle {
            clock: TokioClock { origin: Instant::now() },
            limit,
            adaptive,
            gate: Mutex::new(Gate {
                not_before: None,
                limiter: None,
                rate: 0.0,
                burst: 1,
                generation: 0,
                slow_start: adaptive && limit.is_none(),
                step: 0.0,
                accepted: 0,
                busy: Duration::ZERO,
                outstanding: 0,
                busy_from: None,
                last_growth: None,
                held_back: false,
            }),
        };
        let start = match (limit, adaptive) {
            (Some(limit), _) => Some((limit.per_second, limit.burst)),
            (None, true) => Some((aimd::START_RATE, aimd::START_BURST)),
            (None, false) => None,
        };
        if let Some((rate, burst)) = start {
            let mut gate = throttle.lock();
            throttle.install(&mut gate, rate, burst, false);
        }
        throttle
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Gate> {
        self.gate.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The highest rate the limiter may reach.
    fn ceiling(&self) -> f64 {
        self.limit.map_or(aimd::MAX_RATE, |l| l.per_second.min(aimd::MAX_RATE))
    }

    /// Puts a limiter of `rate` and `burst` in force. `spent`: its burst is used up at once, as
    /// the limiter it replaces had (nearly) been, so the swap lets no extra burst through.
    fn install(&self, gate: &mut Gate, rate: f64, burst: u32, spent: bool) {
        // A configured rate too small for a `Duration` still paces (one request per ~12 days).
        let rate = rate
            .clamp(aimd::MIN_RATE.min(self.ceiling()), aimd::MAX_RATE)
            .max(aimd::SLOWEST_RATE);
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let Some(quota) = Duration::try_from_secs_f64(1.0 / rate)
            .ok()
            .and_then(Quota::with_period)
            .map(|quota| quota.allow_burst(burst))
        else {
            return;
        };
        let limiter = RateLimiter::direct_with_clock(quota, self.clock);
        if spent {
            let _ = limiter.check_n(burst);
        }
        gate.limiter = Some(Arc::new(limiter));
        gate.rate = rate;
        gate.burst = burst.get();
    }

    /// The burst of a limiter at `rate`: the configured one at the configured rate, else
    /// `PACED_BURST` worth of requests.
    fn burst_at(&self, rate: f64) -> u32 {
        match self.limit {
            Some(limit) if rate >= limit.per_second => limit.burst.max(1),
            _ => (rate * aimd::PACED_BURST.as_secs_f64())
                .ceil()
                .clamp(1.0, f64::from(u32::MAX)) as u32,
        }
    }

    /// Waits until `cost` requests may be sent: past the tenant's `Retry-After`, and within the
    /// rate in force (unless not `paced`). A cost above the limiter's burst is taken a burst at
    /// a time. Returns the permit and the time held back by a `Retry-After`.
    pub async fn acquire(&self, cost: u32, paced: bool) -> (Permit<'_>, Duration) {
        if paced {
            let mut gate = self.lock();
            gate.outstanding += 1;
            if gate.busy_from.is_none() {
                gate.busy_from = Some(Instant::now());
            }
        }
        let mut permit = Permit {
            throttle: self,
            generation: 0,
            paced,
        };
        let mut remaining = cost.max(1);
        let mut held = Duration::ZERO;
        loop {
            let (not_before, limiter, burst) = {
                let gate = self.lock();
                (gate.not_before, gate.limiter.clone(), gate.burst)
            };
            let now = Instant::now();
            if let Some(until) = not_before.filter(|&t| t > now) {
                tokio::time::sleep_until(until).await;
                held += until - now;
                continue;
            }
            let Some(limiter) = limiter.filter(|_| paced) else {
                break;
            };
            let n = NonZeroU32::new(remaining.min(burst)).unwrap_or(NonZeroU32::MIN);
            match limiter.check_n(n) {
                Ok(Ok(())) => {
                    remaining -= n.get();
                    if remaining == 0 {
                        break;
                    }
                }
                Ok(Err(not_until)) => {
                    self.lock().held_back = true;
                    let wait = not_until.wait_time_from(self.clock.now());
                    tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
                }
                // `n` is at most the burst of this limiter, so this cannot happen; sending beats
                // waiting forever.
                Err(_) => break,
            }
        }
        permit.generation = self.lock().generation;
        (permit, held)
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

    /// What the service answered the attempt of `permit`: the learned rate's input.
    ///
    /// A 429 to a request sent at the current rate lowers the rate to `DECREASE` × the rate the
    /// service accepted since the previous decrease (requests accepted over the time some were
    /// outstanding, at least `MIN_WINDOW`), after the first halving it at most: between two 429s the tenant's
    /// bucket went from empty to empty, so what it let through is its rate. 429s to requests sent before that decrease
    /// change nothing (they were answered for the old rate). Accepted requests make the rate grow,
    /// once per `GROWTH_PERIOD` in which the limiter held a request back: by a fixed step
    /// (`INCREASE` of the rate set at the decrease), or, before the first 429, doubling.
    pub fn record(&self, permit: Permit<'_>, answered: Answered) {
        if !self.adaptive {
            return;
        }
        let now = Instant::now();
        let mut gate = self.lock();
        gate.accepted = gate.accepted.saturating_add(answered.accepted);
        if answered.throttled {
            if permit.generation == gate.generation {
                self.decrease(&mut gate, now);
            }
            return;
        }
        let last = *gate.last_growth.get_or_insert(now);
        let period = if gate.slow_start {
            aimd::START_DOUBLING
        } else {
            aimd::GROWTH_PERIOD
        };
        if now.saturating_duration_since(last) < period {
            return;
        }
        gate.last_growth = Some(now);
        if !std::mem::take(&mut gate.held_back) {
            return;
        }
        let rate = if gate.slow_start {
            gate.rate * 2.0
        } else {
            gate.rate + gate.step
        }
        .min(self.ceiling());
        if rate > gate.rate {
            self.install(&mut gate, rate, self.burst_at(rate), true);
        }
    }

    fn decrease(&self, gate: &mut Gate, now: Instant) {
        let window = gate.busy_until(now).max(aimd::MIN_WINDOW);
        let measured = gate.accepted as f64 / window.as_secs_f64();
        // Nothing accepted since the last decrease measures nothing (a first answer of 429s
        // would otherwise pin the rate at its floor): halve instead.
        let mut rate = if gate.accepted == 0 {
            gate.rate * aimd::MAX_CUT
        } else {
            measured * aimd::DECREASE
        };
        if !gate.slow_start {
            rate = rate.clamp(gate.rate * aimd::MAX_CUT, gate.rate);
        }
        let rate = rate.clamp(aimd::MIN_RATE.min(self.ceiling()), self.ceiling());
        tracing::info!(
            measured,
            rate,
            previous = gate.rate,
            "throttled: the client's rate lowered"
        );
        gate.slow_start = false;
        gate.step = (rate * aimd::INCREASE).max(aimd::MIN_STEP);
        gate.generation += 1;
        gate.accepted = 0;
        gate.busy = Duration::ZERO;
        gate.busy_from = (gate.outstanding > 0).then_some(now);
        gate.last_growth = Some(now);
        gate.held_back = false;
        self.install(gate, rate, self.burst_at(rate), true);
    }

    /// The rate in force, requests/s (`None`: not paced).
    #[cfg(test)]
    fn rate(&self) -> Option<f64> {
        let gate = self.lock();
        gate.limiter.as_ref().map(|_| gate.rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: Answered = Answered {
        accepted: 1,
        throttled: false,
    };
    const REFUSED: Answered = Answered {
        accepted: 0,
        throttled: true,
    };

    /// Sends (acquires and answers) until the paused clock reaches `until`; returns how many.
    async fn send_until(throttle: &Throttle, until: Instant, answer: Answered) -> u64 {
        let mut sent = 0;
        while Instant::now() < until {
            let (permit, _) = throttle.acquire(1, true).await;
            throttle.record(permit, answer);
            sent += 1;
        }
        sent
    }

    #[tokio::test(start_paused = true)]
    async fn slow_start_then_aimd() {
        let throttle = Throttle::new(None, true);
        let start = Instant::now();
        assert_eq!(throttle.rate(), Some(aimd::START_RATE));
        // 100 at once, then 100/s; held back, the rate doubles every 250 ms.
        let sent = send_until(&throttle, start + Duration::from_millis(260), OK).await;
        assert!((125..=128).contains(&sent), "{sent}");
        assert_eq!(throttle.rate(), Some(2.0 * aimd::START_RATE));
        // The first 429: 0.8 × what the service accepted over the time requests were out (at
        // least `MIN_WINDOW`).
        let (stale, _) = throttle.acquire(1, true).await;
        let window = Instant::now().duration_since(start).max(aimd::MIN_WINDOW);
        let measured = (sent + 1) as f64 / window.as_secs_f64();
        let (permit, _) = throttle.acquire(1, true).await;
        throttle.record(permit, REFUSED);
        let learned = throttle.rate().unwrap();
        assert!(
            (learned - 0.8 * measured).abs() < 0.05 * measured,
            "{learned} vs {measured}"
        );
        // A 429 to a request sent before that decrease changes nothing.
        throttle.record(stale, REFUSED);
        assert_eq!(throttle.rate(), Some(learned));
        // Held back for a second: + 1 % of the rate (at least 0.5/s); no doubling any more.
        let now = Instant::now();
        send_until(&throttle, now + Duration::from_millis(1010), OK).await;
        let grown = throttle.rate().unwrap();
        let step = (learned * aimd::INCREASE).max(aimd::MIN_STEP);
        assert!((grown - (learned + step)).abs() < 1e-9, "{grown} vs {learned} + {step}");
        // A 429 after that second: 0.8 × the rate accepted in it, about the rate in force.
        let (permit, _) = throttle.acquire(1, true).await;
        throttle.record(permit, REFUSED);
        let second = throttle.rate().unwrap();
        assert!((second - 0.8 * grown).abs() < 0.05 * grown, "{second} vs {grown}");
        // Another at once, almost nothing accepted since: the rate halves, no more.
        let (permit, _) = throttle.acquire(1, true).await;
        throttle.record(permit, REFUSED);
        assert_eq!(throttle.rate(), Some(second * aimd::MAX_CUT));
        // The paced burst: no more than 100 ms worth goes at once.
        let rate = throttle.rate().unwrap();
        let now = Instant::now();
        let sent = send_until(&throttle, now + Duration::from_millis(1), OK).await;
        assert!(sent as f64 <= (rate * 0.1).ceil() + 1.0, "{sent} at once at {rate}/s");
    }

    #[tokio::test(start_paused = true)]
    async fn a_first_answer_of_429s_halves_the_rate_instead_of_pinning_it_at_the_floor() {
        let throttle = Throttle::new(None, true);
        let (permit, _) = throttle.acquire(1, true).await;
        throttle.record(permit, REFUSED);
        assert_eq!(throttle.rate(), Some(aimd::START_RATE * aimd::MAX_CUT));
    }

    #[tokio::test(start_paused = true)]
    async fn the_time_held_by_a_retry_after_is_reported_for_the_total_wait() {
        let throttle = Throttle::new(None, false);
        throttle.hold(Duration::from_secs(3));
        let (_, held) = throttle.acquire(1, true).await;
        assert_eq!(held, Duration::from_secs(3));
        let (_, held) = throttle.acquire(1, true).await;
        assert_eq!(held, Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn configured_limit_is_start_and_ceiling() {
        let limit = RateLimit {
            per_second: 10.0,
            burst: 5,
        };
        let throttle = Throttle::new(Some(limit), true);
        let start = Instant::now();
        // 5 at once, then 10/s: 15 in the first second, never more.
        let sent = send_until(&throttle, start + Duration::from_millis(1001), OK).await;
        assert!((15..=16).contains(&sent), "{sent}");
        send_until(&throttle, start + Duration::from_secs(5), OK).await;
        assert_eq!(throttle.rate(), Some(10.0), "never above the configured rate");
        // Not adaptive: 429s change nothing.
        let fixed = Throttle::new(Some(limit), false);
        let (permit, _) = fixed.acquire(1, true).await;
        fixed.record(permit, REFUSED);
        assert_eq!(fixed.rate(), Some(10.0));
        // A limit too small for a period still paces: one request, then none for days.
        let tiny = Throttle::new(
            Some(RateLimit {
                per_second: 1e-30,
                burst: 1,
            }),
            false,
        );
        assert_eq!(tiny.rate(), Some(aimd::SLOWEST_RATE));
        // Neither adaptive nor limited: not paced at all.
        assert_eq!(Throttle::new(None, false).rate(), None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_batch_costs_its_items() {
        let limit = RateLimit {
            per_second: 20.0,
            burst: 2,
        };
        let throttle = Throttle::new(Some(limit), false);
        let start = Instant::now();
        // 8 items from a full burst of 2: 2 at once, then 2 every 100 ms.
        throttle.acquire(8, true).await;
        assert_eq!(Instant::now() - start, Duration::from_millis(300));
        // 8 more from an empty one.
        throttle.acquire(8, true).await;
        assert_eq!(Instant::now() - start, Duration::from_millis(700));
    }

    /// A tenant's token bucket on the paused clock, as the service counts: every request or
    /// `$batch` item takes a token; an empty bucket answers 429 with `Retry-After` in whole
    /// seconds until a token is back, at least 1.
    struct Bucket {
        per_second: f64,
        burst: f64,
        tokens: f64,
        last: Instant,
        admitted: u64,
        throttled: u64,
    }

    impl Bucket {
        fn new(per_second: f64, burst: u32) -> Mutex<Bucket> {
            Mutex::new(Bucket {
                per_second,
                burst: f64::from(burst),
                tokens: f64::from(burst),
                last: Instant::now(),
                admitted: 0,
                throttled: 0,
            })
        }

        fn take(&mut self) -> Result<(), Duration> {
            let now = Instant::now();
            self.tokens = (self.tokens + (now - self.last).as_secs_f64() * self.per_second).min(self.burst);
            self.last = now;
            if self.tokens >= 1.0 {
                self.tokens -= 1.0;
                self.admitted += 1;
                Ok(())
            } else {
                self.throttled += 1;
                let wait = (1.0 - self.tokens) / self.per_second;
                Err(Duration::from_secs(wait.ceil().max(1.0) as u64))
            }
        }

        /// 429s after the first, in % of everything the bucket answered.
        fn after_the_first_percent(&self) -> f64 {
            self.throttled.saturating_sub(1) as f64 * 100.0 / (self.admitted + self.throttled) as f64
        }
    }

    /// Half a loopback round trip: the bucket sees a request this long after it is sent, and
    /// its answer this long after that.
    const HALF_TRIP: Duration = Duration::from_micros(500);

    /// `requests` single requests from `workers` workers, each sent as the client sends: through
    /// the throttle, the answer recorded, a 429's `Retry-After` held for every worker, retried.
    async fn single_requests_against(throttle: &Throttle, bucket: &Mutex<Bucket>, workers: usize, requests: usize) {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let worker = || async {
            while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < requests {
                loop {
                    let (permit, _) = throttle.acquire(1, true).await;
                    tokio::time::sleep(HALF_TRIP).await;
                    let answer = bucket.lock().unwrap().take();
                    tokio::time::sleep(HALF_TRIP).await;
                    match answer {
                        Ok(()) => {
                            throttle.record(permit, OK);
                            break;
                        }
                        Err(retry_after) => {
                            throttle.record(permit, REFUSED);
                            throttle.hold(retry_after);
                        }
                    }
                }
            }
        };
        futures_util::future::join_all((0..workers).map(|_| worker())).await;
    }

    /// `items` in chunks of 20 (a `$batch` each) from `workers` workers: each chunk's refused items
    /// go again in one `$batch` after the `Retry-After`, as `send_batch_concurrent` sends them.
    async fn batches_against(throttle: &Throttle, bucket: &Mutex<Bucket>, workers: usize, items: usize) {
        let chunks = std::sync::atomic::AtomicUsize::new(items.div_ceil(20));
        let worker = || async {
            while chunks
                .fetch_update(
                    std::sync::atomic::Ordering::Relaxed,
                    std::sync::atomic::Ordering::Relaxed,
                    |n| n.checked_sub(1),
                )
                .is_ok()
            {
                let mut pending: u32 = 20;
                while pending > 0 {
                    let (permit, _) = throttle.acquire(pending, true).await;
                    tokio::time::sleep(HALF_TRIP).await;
                    let answers: Vec<_> = {
                        let mut bucket = bucket.lock().unwrap();
                        (0..pending).map(|_| bucket.take()).collect()
                    };
                    tokio::time::sleep(HALF_TRIP).await;
                    let refused: Vec<Duration> = answers.into_iter().filter_map(Result::err).collect();
                    let answered = Answered {
                        accepted: u64::from(pending) - refused.len() as u64,
                        throttled: !refused.is_empty(),
                    };
                    throttle.record(permit, answered);
                    if let Some(&retry_after) = refused.iter().max() {
                        throttle.hold(retry_after);
                    }
                    pending = refused.len() as u32;
                }
            }
        };
        futures_util::future::join_all((0..workers).map(|_| worker())).await;
    }

    #[tokio::test(start_paused = true)]
    async fn the_learned_rate_keeps_429s_under_one_percent_of_single_requests() {
        // A bucket of 200/s (a quarter second's burst), 16 workers, 2,000 requests.
        let bucket = Bucket::new(200.0, 50);
        single_requests_against(&Throttle::new(None, true), &bucket, 16, 2000).await;
        let bucket = bucket.into_inner().unwrap();
        eprintln!("learned: {} admitted, {} throttled", bucket.admitted, bucket.throttled);
        assert_eq!(bucket.admitted, 2000);
        assert!(bucket.throttled >= 1, "the bucket was reached");
        assert!(
            bucket.after_the_first_percent() < 1.0,
            "{} throttled of {}",
            bucket.throttled,
            bucket.admitted
        );
        // Not learning, the same workers keep meeting the empty bucket.
        let unlearned = Bucket::new(200.0, 50);
        single_requests_against(&Throttle::new(None, false), &unlearned, 16, 2000).await;
        let unlearned = unlearned.into_inner().unwrap();
        eprintln!(
            "not learned: {} admitted, {} throttled",
            unlearned.admitted, unlearned.throttled
        );
        assert!(unlearned.after_the_first_percent() > 1.0, "{}", unlearned.throttled);
    }

    #[tokio::test(start_paused = true)]
    async fn the_learned_rate_keeps_429s_under_one_percent_of_batch_items() {
        // A 429 costs up to a whole batch of 20, and the rate is learned from two of them.
        let bucket = Bucket::new(400.0, 100);
        batches_against(&Throttle::new(None, true), &bucket, 4, 8000).await;
        let bucket = bucket.into_inner().unwrap();
        eprintln!("learned: {} admitted, {} throttled", bucket.admitted, bucket.throttled);
        assert_eq!(bucket.admitted, 8000);
        assert!(bucket.throttled >= 1, "the bucket was reached");
        assert!(
            bucket.after_the_first_percent() < 1.0,
            "{} throttled of {}",
            bucket.throttled,
            bucket.admitted
        );
        let unlearned = Bucket::new(400.0, 100);
        batches_against(&Throttle::new(None, false), &unlearned, 4, 8000).await;
        let unlearned = unlearned.into_inner().unwrap();
        eprintln!(
            "not learned: {} admitted, {} throttled",
            unlearned.admitted, unlearned.throttled
        );
        assert!(unlearned.after_the_first_percent() > 1.0, "{}", unlearned.throttled);
    }

    #[tokio::test(start_paused = true)]
    async fn a_retry_after_holds_every_worker_then_releases_them_paced() {
        let throttle = Throttle::new(None, true);
        // Two 429s teach a rate (100/s → 50/s at most) before the service asks for a second.
        for _ in 0..2 {
            let (permit, _) = throttle.acquire(1, true).await;
            throttle.record(permit, REFUSED);
        }
        let rate = throttle.rate().unwrap();
        let held_from = Instant::now();
        throttle.hold(Duration::from_secs(1));
        let released = Mutex::new(Vec::new());
        let worker = || async {
            for _ in 0..4 {
                let (permit, held) = throttle.acquire(1, true).await;
                released.lock().unwrap().push((Instant::now() - held_from, held));
                throttle.record(permit, OK);
            }
        };
        futures_util::future::join_all((0..16).map(|_| worker())).await;
        let released = released.into_inner().unwrap();
        assert_eq!(released.len(), 64);
        // Nobody before the second is up; the first of each worker was held for all of it.
        assert!(
            released.iter().all(|&(at, _)| at >= Duration::from_secs(1)),
            "{released:?}"
        );
        assert_eq!(
            released
                .iter()
                .filter(|&&(_, held)| held == Duration::from_secs(1))
                .count(),
            16
        );
        // Then paced, not as a herd: in the first 100 ms, a burst of 100 ms worth and 100 ms
        // worth more, not the 16 workers at once.
        let first_100_ms = released
            .iter()
            .filter(|&&(at, _)| at < Duration::from_millis(1100))
            .count();
        let paced = 2.0 * (rate * 0.1).ceil() + 1.0;
        eprintln!("{first_100_ms} released in the first 100 ms at {rate}/s");
        assert!(
            (first_100_ms as f64) <= paced && first_100_ms < 16,
            "{first_100_ms} released in the first 100 ms at {rate}/s"
        );
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
