//! Bulk upload figures for BENCHMARKS.md (not a timed test): run with
//! `cargo bench -p msgraph-sync-cli --bench bulk_upload`.
//!
//! 1. CSV → SCIM conversion alone on one core: records/s read, mapped, chunked and encoded as
//!    bulkUpload request bodies (best of 3 over 100,000 records).
//! 2. 100,000 (and 10,000) generated records through the `msgraph-sync bulk-upload` binary (with
//!    `--manifest`) against the fake enforcing bulkUpload's 40 calls in any 5 s with 300 ms ± 100 ms of
//!    simulated round trip: records/s against the ceiling of 400 (8 calls/s × 50), the 429s the fake
//!    answered, and the binary's peak RSS (`VmHWM`, sampled every 10 ms from /proc) for both sizes.
//! 3. The 100,000 with a daily budget of 1,000 calls: calls sent, records reported not sent, and how
//!    long the run went on after its last call.
//!
//! `BULK_BENCH_CONVERSION_ONLY=1` runs the first part only; `BULK_BENCH_SMALL_ONLY=1` skips the
//! 100,000-record runs. `BULK_BENCH_RSS_ONLY=1` runs the 10,000 and 100,000 uploads only, with the
//! limits raised (the fake's window off, `--limit bulk-upload=1000/1s --daily-budget 100000`; the
//! round trips stay): the pace does not change what the process holds, and it takes a minute, not
//! five.

#[path = "common/peak_rss.rs"]
mod peak_rss;

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::bulk::{self, Input};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::records::Planned;
use peak_rss::PeakRss;

const MAP: &str = "EmployeeID = externalId
UserPrincipalName = userName
GivenName = name.givenName
Surname = name.familyName
DisplayName = displayName
Mail = emails[type eq \"work\"].value
Phone = phoneNumbers[type eq \"work\"].value
Active = active
Title = title
Department = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
CostCenter = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter
Manager = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value
HireDate = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:HireDate
";

fn generate(path: &Path, records: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "EmployeeID,UserPrincipalName,GivenName,Surname,DisplayName,Mail,Phone,Active,Title,Department,CostCenter,Manager,HireDate").unwrap();
    for i in 0..records {
        writeln!(
            out,
            "{i:07},user{i}@contoso.com,Given{i},Surname{i},\"Surname{i}, Given{i}\",user{i}@contoso.com,+1 555 {:04},{},Engineer {},Department {},CC{},{:07},2026-{:02}-{:02}",
            i % 10_000,
            i % 13 != 0,
            i % 9,
            i % 40,
            i % 100,
            i / 20,
            i % 12 + 1,
            i % 28 + 1
        )
        .unwrap();
    }
}

fn input(path: &Path, map: &Path) -> Input {
    Input {
        path: path.to_path_buf(),
        format: None,
        map: AttributeMap::from_file(map).unwrap(),
        operations_per_request: 50,
    }
}

fn conversion(path: &Path, map: &Path, records: usize) {
    let api = msgraph_sync::v1_0::Api::with_base_url("http://127.0.0.1:1");
    let job = JobRef::new("sp", "job");
    let mut best = Duration::MAX;
    let mut bytes = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let mut seen = 0;
        bytes = 0;
        for item in input(path, map).chunks().unwrap() {
            let Planned::Chunk(chunk) = item.unwrap() else {
                panic!("a generated record was rejected")
            };
            seen += chunk.records.len();
            let request = bulk::upload_request(&api, &job, &chunk.request)
                .unwrap()
                .build()
                .unwrap();
            bytes += request.body().len();
        }
        assert_eq!(seen, records);
        best = best.min(started.elapsed());
    }
    println!(
        "conversion: {records} records in {:.3} s (best of 3, one core): {:.0} records/s, {:.1} MB of bulk request bodies",
        best.as_secs_f64(),
        records as f64 / best.as_secs_f64(),
        bytes as f64 / 1e6
    );
    // The same without encoding: read, map and chunk only (where the time goes).
    let mut best_read = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let mut seen = 0;
        for item in input(path, map).chunks().unwrap() {
            if let Planned::Chunk(chunk) = item.unwrap() {
                seen += chunk.records.len();
            }
        }
        assert_eq!(seen, records);
        best_read = best_read.min(started.elapsed());
    }
    println!(
        "conversion without encoding (read, map, chunk): {:.3} s: {:.0} records/s",
        best_read.as_secs_f64(),
        records as f64 / best_read.as_secs_f64()
    );
}

/// The peak RSS of a running child, sampled until it exits.
fn run_sampled(mut command: std::process::Command) -> (std::process::Output, u64, Duration) {
    let started = Instant::now();
    let child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let peak = PeakRss::watch(child.id());
    let output = child.wait_with_output().unwrap();
    let elapsed = started.elapsed();
    (output, peak.stop(), elapsed)
}

fn upload(runtime: &tokio::runtime::Runtime, path: &Path, map: &Path, records: usize, budget: Option<u32>) {
    let raised = std::env::var_os("BULK_BENCH_RSS_ONLY").is_some();
    let fake = runtime.block_on(fake_graph::FakeGraph::start());
    fake.keep_accepted_uploads(false);
    fake.set_daily_upload_budget(0);
    if raised {
        fake.set_bulk_upload_limit(0, Duration::from_secs(5));
    }
    fake.set_latency(Duration::from_millis(200), Duration::from_millis(200));
    let job = fake.create_job("sp1", "API2AAD");
    let state = std::env::temp_dir().join(format!("bulk-bench-state-{}-{records}-{budget:?}", std::process::id()));
    let manifest = path.with_extension(format!("{records}-{budget:?}.manifest.jsonl"));
    let _ = std::fs::remove_file(&manifest);
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_msgraph-sync"));
    command
        .env("GRAPH_TOKEN", fake_graph::FakeGraph::TOKEN)
        .env("XDG_STATE_HOME", &state)
        .args(["--base-url", &fake.base_url(), "--json"])
        .args(if raised {
            vec!["--limit", "bulk-upload=1000/1s", "--daily-budget", "100000"]
        } else {
            Vec::new()
        })
        .args(
            budget
                .map(|b| vec!["--daily-budget".to_string(), b.to_string()])
                .unwrap_or_default(),
        )
        .args(["bulk-upload", "-s", "sp1", "--job", &job])
        .arg("--input")
        .arg(path)
        .arg("--map")
        .arg(map)
        .arg("--manifest")
        .arg(&manifest);
    let (output, peak_kb, wall) = run_sampled(command);
    let document: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    let report = &document["report"];
    let elapsed = report["elapsedSeconds"].as_f64().unwrap();
    let accepted = report["recordsAccepted"].as_u64().unwrap();
    let bulk_requests = fake
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .count();
    match budget {
        None => {
            assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
            assert_eq!(accepted, records as u64);
            let rate = records as f64 / elapsed;
            if raised {
                println!(
                    "upload with the limits raised: {records} records, {bulk_requests} bulk requests in {elapsed:.2} s; peak RSS {:.1} MB ({peak_kb} KB); load {}",
                    peak_kb as f64 / 1024.0,
                    std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim()
                );
                let _ = std::fs::remove_dir_all(&state);
                return;
            }
            // The window lets its first 40 calls go at once; after them, 8 calls/s is the ceiling.
            let fastest = (bulk_requests.saturating_sub(40)) as f64 / 8.0;
            println!(
                "upload: {records} records, {bulk_requests} bulk requests, {} answered 429, in {elapsed:.2} s (process {:.2} s): {rate:.1} records/s; the window allows {fastest:.1} s at the fastest: {:.1} % of the ceiling; peak RSS {:.1} MB",
                fake.throttled_uploads(),
                wall.as_secs_f64(),
                fastest / elapsed * 100.0,
                peak_kb as f64 / 1024.0
            );
        }
        Some(budget) => {
            assert_eq!(
                output.status.code(),
                Some(7),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            let arrivals = fake.request_arrivals();
            let last = arrivals.last().copied().unwrap();
            let after_last = elapsed - last.duration_since(arrivals[0]).as_secs_f64();
            println!(
                "budget {budget}: {bulk_requests} bulk requests sent ({} answered 429), {accepted} records accepted, {} reported not sent; the run ended {after_last:.2} s after its last call ({elapsed:.1} s in all)",
                fake.throttled_uploads(),
                report["recordsNotSent"]
            );
        }
    }
    let _ = std::fs::remove_dir_all(&state);
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and gets no minute-long run.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-bulk-upload");
    std::fs::create_dir_all(&dir).unwrap();
    let map = dir.join("map.txt");
    std::fs::write(&map, MAP).unwrap();
    let small = dir.join("users-10000.csv");
    let large = dir.join("users-100000.csv");
    generate(&small, 10_000);
    generate(&large, 100_000);
    println!(
        "input: 10,000 records {:.1} MB, 100,000 records {:.1} MB",
        std::fs::metadata(&small).unwrap().len() as f64 / 1e6,
        std::fs::metadata(&large).unwrap().len() as f64 / 1e6
    );
    // The conversion is CPU-bound: measured in release only (`cargo bench --profile dev` skips it).
    if !cfg!(debug_assertions) && std::env::var_os("BULK_BENCH_RSS_ONLY").is_none() {
        conversion(&large, &map, 100_000);
    }
    let rss_only = std::env::var_os("BULK_BENCH_RSS_ONLY").is_some();
    if std::env::var_os("BULK_BENCH_CONVERSION_ONLY").is_some() {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    upload(&runtime, &small, &map, 10_000, None);
    if std::env::var_os("BULK_BENCH_SMALL_ONLY").is_some() {
        return;
    }
    upload(&runtime, &large, &map, 100_000, None);
    if rss_only {
        return;
    }
    upload(&runtime, &large, &map, 100_000, Some(1_000));
}
