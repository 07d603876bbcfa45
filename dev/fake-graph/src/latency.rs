//! Simulated network latency: every request's round trip is `base` plus up to `jitter` (uniform,
//! seeded), half of it before the service sees the request (when it counts against a limit) and half
//! after it answers. Off by default.

use std::time::Duration;

#[derive(Debug, Clone)]
pub(super) struct Latency {
    base: Duration,
    jitter: Duration,
    state: u64,
}

impl Latency {
    pub(super) fn new(base: Duration, jitter: Duration, seed: u64) -> Latency {
        Latency {
            base,
            jitter,
            state: seed | 1,
        }
    }

    /// The two halves of the next round trip: before the request is handled, after it is answered.
    pub(super) fn draw(&mut self) -> (Duration, Duration) {
        // xorshift64*: enough spread for a simulated network, and reproducible.
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        let unit = (self.state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64;
        let trip = self.base + self.jitter.mul_f64(unit);
        (trip / 2, trip - trip / 2)
    }
}

impl crate::FakeGraph {
    /// Every request takes `base` plus up to `jitter` (uniform) of round trip, half before the
    /// service sees it and half after its answer. `Duration::ZERO` for both turns it off.
    pub fn set_latency(&self, base: Duration, jitter: Duration) {
        let latency = (base > Duration::ZERO || jitter > Duration::ZERO).then(|| Latency::new(base, jitter, 0x5eed));
        self.shared.lock().latency = latency;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_stay_within_base_and_jitter() {
        let mut latency = Latency::new(Duration::from_millis(200), Duration::from_millis(200), 1);
        let trips: Vec<Duration> = (0..1000)
            .map(|_| {
                let (before, after) = latency.draw();
                before + after
            })
            .collect();
        assert!(trips
            .iter()
            .all(|t| *t >= Duration::from_millis(200) && *t <= Duration::from_millis(400)));
        let mean = trips.iter().sum::<Duration>() / 1000;
        assert!(
            mean > Duration::from_millis(280) && mean < Duration::from_millis(320),
            "{mean:?}"
        );
    }
}
