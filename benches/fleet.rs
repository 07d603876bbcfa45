//! Fleet throughput under a tenant's throttle: read the status of 2,000 jobs from the fake
//! service with a per-tenant token bucket (50 requests/s, burst 100; each `$batch` item counts),
//! sequentially, with bounded concurrency, and with batching; with the client's default adaptive
//! rate, with its rate limit set to the bucket's, and with the adaptive rate off. Prints one table row per run (total time, HTTP requests, Graph requests counted by
//! the bucket, 429s, ratio to the floor the bucket allows). One run each: the runs are throttle
//! bound, tens of seconds long.
//!
//! `cargo bench --bench fleet` (`FLEET_JOBS`, `FLEET_RATE`, `FLEET_BURST` change the set-up).

use fake_graph::FakeGraph;
use msgraph_sync::client::{Batch, RateLimit, RetryPolicy};
use msgraph_sync::Client;
use std::time::{Duration, Instant};

fn env(name: &str, default: f64) -> f64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[derive(Clone, Copy, Debug)]
enum Mode {
    Sequential,
    Concurrent(usize),
    Batched(usize),
}

async fn run(mode: Mode, paced: bool, adaptive: bool, jobs: usize, rate: f64, burst: u32) {
    let fake = FakeGraph::start().await;
    let ids: Vec<(String, String)> = (0..jobs)
        .map(|i| (format!("sp-{}", i / 10), format!("job-{i}")))
        .collect();
    for (sp, job) in &ids {
        fake.insert_job(
            sp,
            serde_json::json!({"id": job, "templateId": "scim", "status": {"code": "Active"}}),
        );
    }
    fake.set_tenant_rate_limit(rate, burst);
    let mut builder = Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .retry(RetryPolicy {
            max_attempts: 10,
            max_total_wait: Duration::from_secs(120),
            ..RetryPolicy::default()
        })
        .adaptive_rate(adaptive);
    if paced {
        builder = builder.rate_limit(RateLimit {
            per_second: rate,
            burst,
        });
    }
    let client = builder.build().unwrap();
    let requests: Vec<_> = ids
        .iter()
        .map(|(sp, job)| {
            client
                .v1_0()
                .service_principals()
                .item(sp)
                .synchronization()
                .jobs()
                .item(job)
                .get()
        })
        .collect();
    let started = Instant::now();
    let ok = match mode {
        Mode::Sequential => {
            let mut ok = 0;
            for request in &requests {
                ok += usize::from(client.send(request).await.is_ok());
            }
            ok
        }
        Mode::Concurrent(limit) => client
            .send_all(limit, requests)
            .await
            .iter()
            .filter(|r| r.is_ok())
            .count(),
        Mode::Batched(limit) => {
            let mut batch = Batch::new();
            let keys: Vec<_> = requests.iter().map(|r| batch.add(r).unwrap()).collect();
            let responses = client.send_batch_concurrent(&batch, limit).await.unwrap();
            keys.iter().filter(|k| responses.get(k).is_ok()).count()
        }
    };
    let elapsed = started.elapsed();
    let stats = fake.throttle_stats();
    let http = fake.requests().len();
    let counted = stats.admitted + stats.throttled;
    let floor = (jobs as f64 - f64::from(burst)).max(0.0) / rate;
    let after_first = stats.throttled.saturating_sub(1);
    println!(
        "| {:<22} | {:>5} | {:>8.1} s | {:>6} | {:>6} | {:>5} | {:>5.2} % | {:>5.2}× | {} |",
        format!(
            "{mode:?}{}{}",
            if paced { " + rate_limit" } else { "" },
            if adaptive { "" } else { ", adaptive off" }
        ),
        ok,
        elapsed.as_secs_f64(),
        http,
        counted,
        stats.throttled,
        after_first as f64 * 100.0 / counted as f64,
        elapsed.as_secs_f64() / floor,
        load_average(),
    );
}

/// The 1-minute load average (Linux), to say what else the machine was doing.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; nothing else is taken from the command line.
    let jobs = env("FLEET_JOBS", 2000.0) as usize;
    let rate = env("FLEET_RATE", 50.0);
    let burst = env("FLEET_BURST", 100.0) as u32;
    println!(
        "{jobs} jobs, bucket {rate}/s burst {burst}: floor {:.1} s",
        (jobs as f64 - f64::from(burst)).max(0.0) / rate
    );
    println!(
        "| run | ok | time | HTTP requests | Graph requests (bucket) | 429s | 429s after the first | time / floor | load |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    // `FLEET_RUNS=concurrent,batched` picks runs by name (lowercase, as printed).
    let only = std::env::var("FLEET_RUNS").ok();
    for (mode, paced, adaptive) in [
        (Mode::Sequential, false, true),
        (Mode::Sequential, true, true),
        (Mode::Concurrent(16), false, true),
        (Mode::Concurrent(16), true, true),
        (Mode::Batched(4), false, true),
        (Mode::Batched(4), true, true),
        (Mode::Concurrent(16), false, false),
        (Mode::Batched(4), false, false),
    ] {
        let name = format!("{mode:?}").to_lowercase();
        if only
            .as_deref()
            .is_some_and(|only| !only.split(',').any(|o| name.starts_with(o)))
        {
            continue;
        }
        run(mode, paced, adaptive, jobs, rate, burst).await;
    }
}
