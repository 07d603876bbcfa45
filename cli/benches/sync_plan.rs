//! `sync` figures for BENCHMARKS.md (not a timed test): run with
//! `cargo bench -p msgraph-sync-cli --bench sync_plan` (or `scripts/bench-sync.sh`).
//!
//! For each size (100,000 and 1,000,000 records by default):
//!
//! 1. Generates a workforce feed with the columns of `examples/csv2scim/workers.csv` (ids, names,
//!    emails, department, manager, dates, status, …) mapped by `examples/csv2scim/map.txt`, and the
//!    next day's feed: 1 % of the records changed (department and title), 0.2 % new (appended, as new
//!    hires get the next ids), 0.1 % gone.
//! 2. Seeds the state with what a first run that had every record accepted leaves behind, through
//!    the state's own operations (each record seen, each chunk of 50 recorded in flight and settled
//!    accepted, with the body the library builds), then synced to disk: a real first run would send
//!    20,000 calls, and the fake would keep a million users and log entries in this process.
//! 3. Planning: `msgraph-sync --dry-run sync` on the next feed (a child process; the dry run plans
//!    against the state in a transaction it rolls back): the time from starting the process to the
//!    plan line (read + map + hash + diff against the state, leavers included) as records/s, the
//!    median of five dry runs with the fastest and slowest (one run varies by ±15 % on a shared
//!    machine), and the child's peak RSS (`VmHWM`, sampled every 10 ms).
//! 4. The same feed end to end: `msgraph-sync sync` against the fake enforcing bulkUpload's 40 calls
//!    in any 5 s, 300 ms ± 100 ms round trips: asserts the calls sent are ⌈changes / 50⌉, none
//!    answered 429, and the fake ends with each changed, new and gone user as the feed says; prints
//!    the wall time, the time to the plan line, and the peak RSS.
//! 5. With `SYNC_BENCH_LOGS=1`, the day after a first load: an entry per record in the logs (at
//!    most 200,000), read by `msgraph-sync sync --reconcile` into the state a page at a time at the
//!    reports endpoint's pace (5 requests in any 10 s, in the fake as in the service): asserts each
//!    record took its outcome; prints the wall time and the peak RSS (about 10 minutes more: 2 s a
//!    page of 999 entries).
//!
//! `SYNC_BENCH_SIZES=100000` picks the sizes; `SYNC_BENCH_PLAN_ONLY=1` skips step 4.

#[path = "common/peak_rss.rs"]
mod peak_rss;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::body;
use msgraph_sync_provisioning::records::{ReadObject, RecordReader};
use msgraph_sync_provisioning::state::{ChunkState, Kind, Planned, Seen, Store};
use peak_rss::PeakRss;

const HEADER: &str = "WorkerID,WorkerStatus,WorkerType,UserID,FirstName,LastName,FullName,GenderPronoun,ManagerID,HireDate,OnLeave,Department,Division,CostCenter,Company,Location,JobTitle,StreetAddress,City,CountryCode,OfficePhone,Custom01,Custom02,ZipCode";

const FIRST: [&str; 12] = [
    "Mira", "Tomas", "Ines", "Kenji", "Amara", "Lucas", "Sofia", "Omar", "Hana", "Pavel", "Zoe", "Ravi",
];
const LAST: [&str; 10] = [
    "Okafor",
    "Lindqvist",
    "Duarte",
    "Mori",
    "Nguyen",
    "Schmidt",
    "Rossi",
    "Haddad",
    "Kowalski",
    "Silva",
];
const DEPARTMENTS: [(&str, &str); 8] = [
    ("Finance", "Corporate"),
    ("Engineering", "Products"),
    ("Sales", "Field"),
    ("Marketing", "Field"),
    ("Support", "Operations"),
    ("Legal", "Corporate"),
    ("People", "Corporate"),
    ("Logistics", "Operations"),
];
const TITLES: [&str; 6] = ["Analyst", "Engineer", "Manager", "Specialist", "Associate", "Director"];
const CITIES: [(&str, &str, &str); 5] = [
    ("Lisbon", "PT", "Europe"),
    ("Gothenburg", "SE", "Europe"),
    ("Osaka", "JP", "Asia Pacific"),
    ("Austin", "US", "Americas"),
    ("Nairobi", "KE", "Africa"),
];

/// Worker `i`'s row; `moved` gives them another department and title.
fn row(out: &mut impl Write, i: usize, moved: bool) {
    let id = 1_000_000 + i;
    let first = FIRST[i % FIRST.len()];
    let last = LAST[(i / FIRST.len()) % LAST.len()];
    let shift = usize::from(moved);
    let (department, division) = DEPARTMENTS[(i / 7 + shift) % DEPARTMENTS.len()];
    let title = TITLES[(i / 3 + shift) % TITLES.len()];
    let (city, country, region) = CITIES[i % CITIES.len()];
    let active = if i.is_multiple_of(37) { "Inactive" } else { "Active" };
    let kind = if i.is_multiple_of(11) { "Contractor" } else { "Employee" };
    let manager = if i < 10 {
        String::new()
    } else {
        (1_000_000 + i / 10).to_string()
    };
    writeln!(
        out,
        "{id},{active},{kind},EMP{id},{first},{last},{first} {last},,{manager},20{:02}-{:02}-{:02},{},{department},{division},CC{},Northwind,{region},{title} {},{} Harbour Row,{city},{country},{}-555-{:04},A{},,{:05}",
        i % 25,
        i % 12 + 1,
        i % 28 + 1,
        if i.is_multiple_of(19) { "True" } else { "False" },
        1000 + (i / 7 + shift) % 8 * 100,
        department,
        i % 200 + 1,
        i % 90 + 10,
        i % 10_000,
        i % 1000,
        i % 100_000
    )
    .unwrap();
}

/// Dry runs timed per size (their median is reported).
const PLANNING_RUNS: usize = 5;

/// What the next feed changed.
struct Changes {
    moved: usize,
    joined: usize,
    left: usize,
}

impl Changes {
    fn total(&self) -> usize {
        self.moved + self.joined + self.left
    }
}

/// Today's feed of `records` workers, and tomorrow's: 1 % moved, 0.2 % joined, 0.1 % left.
fn generate(base: &Path, next: &Path, records: usize) -> Changes {
    let mut today = std::io::BufWriter::new(std::fs::File::create(base).unwrap());
    let mut tomorrow = std::io::BufWriter::new(std::fs::File::create(next).unwrap());
    writeln!(today, "{HEADER}").unwrap();
    writeln!(tomorrow, "{HEADER}").unwrap();
    let mut changes = Changes {
        moved: 0,
        joined: 0,
        left: 0,
    };
    for i in 0..records {
        row(&mut today, i, false);
        if i % 1000 == 3 {
            changes.left += 1;
            continue;
        }
        let moved = i % 100 == 7;
        changes.moved += usize::from(moved);
        row(&mut tomorrow, i, moved);
    }
    for i in records..records + records / 500 {
        row(&mut tomorrow, i, false);
        changes.joined += 1;
    }
    today.flush().unwrap();
    tomorrow.flush().unwrap();
    changes
}

/// What a first run that had every chunk accepted leaves in the state, through the state's own
/// operations.
fn seed(store: &Store, job: &str, feed: &Path, map: &AttributeMap) -> usize {
    let run = store.begin_run(job, &feed.display().to_string()).unwrap();
    let mut reader = RecordReader::open(feed, None, map.clone())
        .unwrap()
        .repeats_found_by_caller();
    let mut seeded = 0;
    loop {
        let mut records = Vec::with_capacity(5000);
        while records.len() < 5000 {
            match reader.next_object().unwrap() {
                None => break,
                Some(ReadObject::Rejected(error)) => panic!("{error}"),
                Some(ReadObject::Object(record)) => records.push(record),
            }
        }
        if records.is_empty() {
            break;
        }
        let planned: Vec<Planned> = store
            .batch(|batch| -> Result<_, msgraph_sync_provisioning::state::StateError> {
                let mut planned = Vec::with_capacity(records.len());
                for record in &records {
                    let Seen::First(_) = batch.seen(job, &record.external_id, run, record.line)? else {
                        panic!("a repeat in the generated feed")
                    };
                    let (body, body_hash) = {
                        let mut text = Vec::new();
                        reader.write_canonical(record, &mut text);
                        let hash = body::hash(&text);
                        (String::from_utf8(text).unwrap(), hash)
                    };
                    planned.push(Planned {
                        external_id: record.external_id.clone(),
                        kind: Kind::Joiner,
                        body_hash,
                        body,
                        line: Some(record.line),
                    });
                }
                Ok(planned)
            })
            .unwrap();
        for chunk in planned.chunks(50) {
            let id = store.chunk_in_flight(run, job, chunk).unwrap();
            let location =
                format!("https://graph.microsoft.com/v1.0/auditLogs/provisioning/?$filter=jobid%20eq%20'{job}'");
            store
                .settle_chunk(id, ChunkState::Accepted, Some(202), Some(&location), None)
                .unwrap();
        }
        seeded += planned.len();
    }
    store.finish_run(run, "{}", "{}", "done").unwrap();
    seeded
}

/// A child's run: its output lines, when the plan line came, its peak RSS, its wall time.
struct ChildRun {
    status: std::process::ExitStatus,
    lines: Vec<String>,
    stderr: String,
    to_plan: Option<Duration>,
    peak_kb: u64,
    wall: Duration,
}

fn run_child(mut command: std::process::Command) -> ChildRun {
    let started = Instant::now();
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let peak = PeakRss::watch(child.id());
    let stderr = child.stderr.take().unwrap();
    let errors = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap());
    let mut lines = Vec::new();
    let mut to_plan = None;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if to_plan.is_none() && line.contains("plan: send") {
            to_plan = Some(started.elapsed());
        }
        // A dry run prints every request: keep the rest of the output only.
        if !line.starts_with([' ', '{', '}', '[', ']']) && lines.len() < 1000 {
            lines.push(line);
        }
    }
    let status = child.wait().unwrap();
    let wall = started.elapsed();
    ChildRun {
        status,
        lines,
        stderr: errors.join().unwrap(),
        to_plan,
        peak_kb: peak.stop(),
        wall,
    }
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// `msgraph-sync` aimed at `fake`, with `state`.
fn msgraph_sync_at(fake: &fake_graph::FakeGraph, state: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_msgraph-sync"));
    command
        .env("GRAPH_TOKEN", fake_graph::FakeGraph::TOKEN)
        .arg("--base-url")
        .arg(fake.base_url())
        .arg("--state")
        .arg(state);
    command
}

fn command(
    fake: &fake_graph::FakeGraph,
    state: &Path,
    job: &str,
    feed: &Path,
    map: &Path,
    changes: &Changes,
) -> std::process::Command {
    let mut command = msgraph_sync_at(fake, state);
    command
        .args(["sync", "-s", "sp1", "--job", job, "--allow-leavers"])
        .arg(changes.left.to_string())
        .arg("--input")
        .arg(feed)
        .arg("--map")
        .arg(map);
    command
}

fn bench(runtime: &tokio::runtime::Runtime, dir: &Path, map_path: &Path, records: usize, end_to_end: bool) {
    let base = dir.join(format!("workers-{records}.csv"));
    let next = dir.join(format!("workers-{records}-next.csv"));
    let state = dir.join(format!("state-{records}.db"));
    for path in [&state, &state.with_extension("db-wal"), &state.with_extension("db-shm")] {
        let _ = std::fs::remove_file(path);
    }
    let started = Instant::now();
    let changes = generate(&base, &next, records);
    println!(
        "{records} records: feeds generated in {:.1} s ({:.1} MB and {:.1} MB); tomorrow: {} moved, {} joined, {} left ({} changes)",
        started.elapsed().as_secs_f64(),
        std::fs::metadata(&base).unwrap().len() as f64 / 1e6,
        std::fs::metadata(&next).unwrap().len() as f64 / 1e6,
        changes.moved,
        changes.joined,
        changes.left,
        changes.total()
    );

    let fake = runtime.block_on(fake_graph::FakeGraph::start());
    fake.keep_accepted_uploads(false);
    fake.set_page_size(1000);
    let job = fake.create_job("sp1", "API2AAD");
    let map = AttributeMap::from_file(map_path).unwrap();
    let started = Instant::now();
    {
        let store = Store::open(&state).unwrap();
        assert_eq!(seed(&store, &job, &base, &map), records);
    }
    // The seeding wrote the state a moment ago: on disk before planning, as a day-old state is,
    // not written back by the kernel while the run reads it.
    for path in [&state, &base, &next] {
        std::fs::File::open(path).unwrap().sync_all().unwrap();
    }
    println!(
        "  state seeded in {:.1} s: {:.1} MB",
        started.elapsed().as_secs_f64(),
        std::fs::metadata(&state).unwrap().len() as f64 / 1e6
    );

    // Planning only: the dry run rolls its plan back, so the state is as seeded afterwards, and
    // the same plan can be timed again: the median of a few runs, with the fastest and slowest.
    let next_records = records - changes.left + changes.joined;
    let before = load();
    let mut timings = Vec::new();
    let mut peak_kb = 0;
    let mut plan_line = String::new();
    for _ in 0..PLANNING_RUNS {
        let mut dry = command(&fake, &state, &job, &next, map_path, &changes);
        dry.arg("--dry-run");
        let run = run_child(dry);
        assert!(run.status.success(), "{}\n{}", run.lines.join("\n"), run.stderr);
        timings.push(run.to_plan.expect("a plan line"));
        peak_kb = peak_kb.max(run.peak_kb);
        plan_line = run.lines.iter().find(|l| l.contains("plan: send")).unwrap().clone();
        assert!(
            plan_line.contains(&format!(
                "{} needed",
                plural(changes.total().div_ceil(50), "bulkUpload call")
            )),
            "{plan_line}"
        );
    }
    timings.sort();
    let rate = |d: &Duration| next_records as f64 / d.as_secs_f64();
    let median = &timings[timings.len() / 2];
    println!(
        "  planning (release, --dry-run, one process, median of {PLANNING_RUNS}): {next_records} records in {:.2} s to the plan line: {:.0} records/s (runs: {:.0} to {:.0} records/s); peak RSS {:.1} MB; load {before} → {}",
        median.as_secs_f64(),
        rate(median),
        rate(&timings[timings.len() - 1]),
        rate(&timings[0]),
        peak_kb as f64 / 1024.0,
        load()
    );
    println!("    {plan_line}");
    assert!(fake.requests().iter().all(|r| !r.path.ends_with("/bulkUpload")));
    if !end_to_end {
        return;
    }

    // End to end, at the service's limits and round trips.
    fake.set_bulk_upload_limit(40, Duration::from_secs(5));
    fake.set_latency(Duration::from_millis(200), Duration::from_millis(200));
    fake.clear_requests();
    let before = load();
    let run = run_child(command(&fake, &state, &job, &next, map_path, &changes));
    assert!(run.status.success(), "{}\n{}", run.lines.join("\n"), run.stderr);
    let calls = fake
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/bulkUpload"))
        .count();
    let expected = changes.total().div_ceil(50);
    assert_eq!(calls, expected, "calls sent = ⌈changes / 50⌉");
    assert_eq!(fake.throttled_uploads(), 0);
    let users = fake.provisioned_users(&job);
    assert_eq!(users.len(), changes.total(), "each changed, new and gone user once");
    let disabled = users.values().filter(|u| u["active"] == false).count();
    let gone = (0..records).filter(|i| i % 1000 == 3).count();
    assert!(disabled >= gone, "{disabled} disabled, {gone} gone");
    for i in (0..records).filter(|i| i % 1000 == 3) {
        assert_eq!(users[&(1_000_000 + i).to_string()]["active"], false);
    }
    println!(
        "  end to end (release, 40 calls per 5 s, 300 ± 100 ms round trips): {calls} calls = ⌈{} / 50⌉, 0 × 429, wall {:.2} s (plan line after {:.2} s); peak RSS {:.1} MB; load {before} → {}",
        changes.total(),
        run.wall.as_secs_f64(),
        run.to_plan.map_or(f64::NAN, |d| d.as_secs_f64()),
        run.peak_kb as f64 / 1024.0,
        load()
    );
    for line in run.lines.iter().take(6) {
        println!("    {line}");
    }
    if std::env::var_os("SYNC_BENCH_LOGS").is_some() {
        reconcile_a_day_of_logs(&fake, &state, &job, records);
    }
    for path in [&state, &state.with_extension("db-wal"), &state.with_extension("db-shm")] {
        let _ = std::fs::remove_file(path);
    }
    let _ = std::fs::remove_file(&base);
    let _ = std::fs::remove_file(&next);
}

/// Entries of the day-after logs read at most (the fake filters every entry it holds for each page).
const LOG_DAY: usize = 200_000;

/// The day after a first load: the logs hold an entry per record (at most [`LOG_DAY`]), and
/// `sync --reconcile` reads them into the state a page at a time: its peak RSS must not grow with
/// them. Asserts each of those records took its outcome.
fn reconcile_a_day_of_logs(fake: &fake_graph::FakeGraph, state: &Path, job: &str, records: usize) {
    let logged = records.min(LOG_DAY);
    let at = humantime::format_rfc3339_seconds(std::time::SystemTime::now() + Duration::from_secs(1)).to_string();
    fake.add_provisioning_logs((0..logged).map(|i| {
        serde_json::json!({
            "id": format!("day-{i}"),
            "activityDateTime": at,
            "jobId": job,
            "provisioningAction": "update",
            "provisioningStatusInfo": {"status": "success", "errorInformation": null},
            "sourceIdentity": {"id": (1_000_000 + i).to_string(), "identityType": "User"},
        })
    }));
    let mut command = msgraph_sync_at(fake, state);
    command.args(["sync", "-s", "sp1", "--job", job, "--reconcile"]);
    let before = load();
    let run = run_child(command);
    assert!(run.status.success(), "{}\n{}", run.lines.join("\n"), run.stderr);
    let conn = rusqlite::Connection::open(state).unwrap();
    let recorded: i64 = conn
        .query_row(
            "SELECT count(*) FROM records WHERE job = ?1 AND outcome = 'succeeded' AND outcome_at = ?2",
            [job, at.as_str()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(recorded, logged as i64, "each logged record took its outcome");
    println!(
        "  the day after a first load: `sync --reconcile` read {logged} log entries into the state in {:.1} s; peak RSS {:.1} MB; load {before} → {}",
        run.wall.as_secs_f64(),
        run.peak_kb as f64 / 1024.0,
        load()
    );
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and gets no minute-long run.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-sync");
    std::fs::create_dir_all(&dir).unwrap();
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/csv2scim/map.txt");
    let sizes: Vec<usize> = std::env::var("SYNC_BENCH_SIZES")
        .unwrap_or_else(|_| "100000,1000000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("SYNC_BENCH_SIZES: numbers, comma-separated"))
        .collect();
    let end_to_end = std::env::var_os("SYNC_BENCH_PLAN_ONLY").is_none();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    println!(
        "{} cores; load {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load()
    );
    for records in sizes {
        bench(&runtime, &dir, &map, records, end_to_end);
    }
}
