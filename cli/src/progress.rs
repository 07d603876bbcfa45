//! Progress of a long read of the provisioning logs, for people: on a terminal a spinner with the
//! counts and an estimate; otherwise (a log file, a CI job) a plain line on standard error every
//! few pages or seconds, so a long run is never silent.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use msgraph_sync_provisioning::logs::{ReadObserver, ReadProgress};
use tokio::time::Instant;

/// A plain line at least this often while pages arrive...
pub const LINE_EVERY: Duration = Duration::from_secs(10);
/// ...and at least every this many pages.
pub const LINE_EVERY_PAGES: u64 = 25;

/// When the next plain line is due: after [`LINE_EVERY_PAGES`] pages or [`LINE_EVERY`], whichever
/// comes first.
#[derive(Debug)]
pub struct Ticker {
    last_line: Instant,
    pages_at_last_line: u64,
}

impl Ticker {
    pub fn new(now: Instant) -> Ticker {
        Ticker {
            last_line: now,
            pages_at_last_line: 0,
        }
    }

    /// Whether a line is due now that `pages` pages have been read in all; if so, the next one
    /// counts from here.
    pub fn due(&mut self, pages: u64, now: Instant) -> bool {
        let due = pages >= self.pages_at_last_line + LINE_EVERY_PAGES || now - self.last_line >= LINE_EVERY;
        if due {
            self.last_line = now;
            self.pages_at_last_line = pages;
        }
        due
    }
}

enum Display {
    Spinner(ProgressBar),
    Lines(Ticker),
    Off,
}

/// What `logs` shows while it reads.
pub struct LogProgress {
    display: Display,
    /// Pages of every read so far (a `--wait` reads again).
    pages: u64,
    read: u32,
    read_started: Instant,
}

impl LogProgress {
    /// A spinner when `terminal`, plain lines when `lines`, else nothing.
    pub fn new(terminal: bool, lines: bool) -> LogProgress {
        let now = Instant::now();
        let display = if terminal {
            let spinner = ProgressBar::new_spinner();
            spinner.set_style(
                ProgressStyle::with_template("{spinner} logs: {msg} [{elapsed}]")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            spinner.enable_steady_tick(Duration::from_millis(120));
            Display::Spinner(spinner)
        } else if lines {
            Display::Lines(Ticker::new(now))
        } else {
            Display::Off
        };
        LogProgress {
            display,
            pages: 0,
            read: 0,
            read_started: now,
        }
    }

    /// Clears the spinner (the summary follows).
    pub fn finish(self) {
        if let Display::Spinner(spinner) = self.display {
            spinner.finish_and_clear();
        }
    }
}

impl ReadObserver for LogProgress {
    fn page(&mut self, progress: &ReadProgress) {
        let now = Instant::now();
        if progress.read != self.read {
            self.read = progress.read;
            self.read_started = now;
        }
        self.pages += 1;
        let text = describe(progress, now - self.read_started);
        match &mut self.display {
            Display::Spinner(spinner) => spinner.set_message(text),
            Display::Lines(ticker) => {
                if ticker.due(self.pages, now) {
                    crate::output::eprint_line(format_args!("logs: {text}"));
                }
            }
            Display::Off => {}
        }
    }

    /// Always a line (a wait is long enough to say so).
    fn waiting(&mut self, seen: u64, expected: u64, interval: Duration) {
        let text = format!(
            "{seen} of {} seen so far; reading again in {}",
            crate::plural::count_grouped(expected, "record", "records"),
            rough(interval)
        );
        match &mut self.display {
            Display::Spinner(spinner) => spinner.set_message(text),
            Display::Lines(ticker) => {
                *ticker = Ticker {
                    last_line: Instant::now(),
                    pages_at_last_line: self.pages,
                };
                crate::output::eprint_line(format_args!("logs: {text}"));
            }
            Display::Off => {}
        }
    }
}

/// `12,000 entries, 120 pages, 40 % of the window, ~2 min left` (`read 2: ` first when reading again).
pub fn describe(progress: &ReadProgress, elapsed: Duration) -> String {
    let mut text = String::new();
    if progress.read > 1 {
        text.push_str(&format!("read {}: ", progress.read));
    }
    text.push_str(&format!(
        "{}, {}",
        crate::plural::count_grouped(progress.entries, "entry", "entries"),
        crate::plural::count_grouped(progress.pages, "page", "pages"),
    ));
    if let Some(covered) = progress.window_covered {
        text.push_str(&format!(", {:.0} % of the window", covered * 100.0));
        if covered > 0.0 && covered < 1.0 {
            let left = elapsed.as_secs_f64() * (1.0 - covered) / covered;
            text.push_str(&format!(", ~{} left", rough(Duration::from_secs_f64(left.min(1e9)))));
        }
    }
    text
}

/// A duration as people estimate one: `40 s`, `3 min`, `2 h 10 min`.
fn rough(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds < 60 {
        format!("{} s", seconds.max(1))
    } else if seconds < 3600 {
        format!("{} min", (seconds + 30) / 60)
    } else {
        let minutes = (seconds + 30) / 60;
        format!("{} h {} min", minutes / 60, minutes % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_every_few_pages_or_seconds() {
        let start = Instant::now();
        let mut ticker = Ticker::new(start);
        let at = |seconds: u64| start + Duration::from_secs(seconds);
        assert!(!ticker.due(1, at(1)));
        assert!(!ticker.due(LINE_EVERY_PAGES - 1, at(2)));
        assert!(ticker.due(LINE_EVERY_PAGES, at(3)), "the page count");
        assert!(!ticker.due(LINE_EVERY_PAGES + 1, at(4)));
        assert!(ticker.due(LINE_EVERY_PAGES + 2, at(3) + LINE_EVERY), "the time");
        assert!(!ticker.due(LINE_EVERY_PAGES + 3, at(3) + LINE_EVERY));
    }

    #[test]
    fn the_line_says_counts_share_and_time_left() {
        let progress = ReadProgress {
            read: 1,
            entries: 12_000,
            pages: 120,
            window_covered: Some(0.4),
        };
        assert_eq!(
            describe(&progress, Duration::from_secs(80)),
            "12,000 entries, 120 pages, 40 % of the window, ~2 min left"
        );
        let first = ReadProgress {
            read: 2,
            entries: 1,
            pages: 1,
            window_covered: None,
        };
        assert_eq!(describe(&first, Duration::ZERO), "read 2: 1 entry, 1 page");
        assert_eq!(rough(Duration::from_secs(7_500)), "2 h 5 min");
    }
}
