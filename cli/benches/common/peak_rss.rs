//! A child process's peak resident memory (`VmHWM` from /proc), sampled every 10 ms until stopped.

use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::Duration;

pub struct PeakRss {
    stop: Sender<()>,
    sampler: JoinHandle<u64>,
}

impl PeakRss {
    /// Starts sampling the process `pid`.
    pub fn watch(pid: u32) -> PeakRss {
        let status_path = format!("/proc/{pid}/status");
        let (stop, stopped) = std::sync::mpsc::channel();
        let sampler = std::thread::spawn(move || {
            let mut peak = 0;
            while stopped.try_recv().is_err() {
                if let Ok(status) = std::fs::read_to_string(&status_path) {
                    if let Some(kb) = status
                        .lines()
                        .find(|l| l.starts_with("VmHWM:"))
                        .and_then(|l| l.split_whitespace().nth(1))
                        .and_then(|n| n.parse::<u64>().ok())
                    {
                        peak = peak.max(kb);
                    }
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            peak
        });
        PeakRss { stop, sampler }
    }

    /// The peak seen, in KB.
    pub fn stop(self) -> u64 {
        let _ = self.stop.send(());
        self.sampler.join().expect("the sampler thread")
    }
}
