//! Crash tests: the built binary killed (SIGKILL, SIGINT) at seeded random moments while it talks
//! to the fake on 127.0.0.1, then run again. The oracles are counts: the users the fake holds, the
//! bodies it accepted, the manifest and the state file on disk; never a duration.
//!
//! `KILL_TEST_RUNS` (default 5) sets the killed runs per test, `KILL_TEST_SEED` the seed;
//! `scripts/kill-test.sh` runs the long version and prints what the kills hit.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use fake_graph::FakeGraph;
use msgraph_sync_provisioning::bulk::ChunkStatus;
use msgraph_sync_provisioning::manifest::{Manifest, ManifestLine};
use serde_json::Value;

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const MAP: &str = "EmployeeID = externalId
Email = userName
Name = displayName
Active = active
Department = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
";

/// A bulkUpload pace slow enough for a run to be caught mid-way: a handful of chunks a second.
const SLOW_UPLOADS: &str = "bulk-upload=4/1s";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-kill-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    dir
}

fn runs() -> usize {
    std::env::var("KILL_TEST_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
}

/// xorshift64*: reproducible kill moments from `KILL_TEST_SEED`.
struct Rng(u64);

impl Rng {
    fn seeded(salt: u64) -> Rng {
        let seed = std::env::var("KILL_TEST_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0x5eed_u64);
        Rng((seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A moment in `[from, to)` milliseconds.
    fn moment(&mut self, from: u64, to: u64) -> Duration {
        Duration::from_millis(from + self.below(to.saturating_sub(from)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    Kill,
    Interrupt,
}

/// The binary with `args` (no inherited `GRAPH_*`/`AZURE_*` variables, the fake's token),
/// stdout and stderr into files of `dir`.
fn spawn(fake: &FakeGraph, dir: &Path, name: &str, args: &[String]) -> tokio::process::Child {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_msgraph-sync"));
    command.arg("--base-url").arg(fake.base_url()).args(args);
    for (name, _) in std::env::vars() {
        if name.starts_with("GRAPH_") || name.starts_with("AZURE_") || name == "MSGRAPH_SYNC_AUTH" {
            command.env_remove(name);
        }
    }
    command
        .env("GRAPH_TOKEN", FakeGraph::TOKEN)
        .env("XDG_STATE_HOME", dir.join("xdg-state"))
        .env_remove("MSGRAPH_SYNC_STATE")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(dir.join(format!("{name}.out"))).unwrap())
        .stderr(std::fs::File::create(dir.join(format!("{name}.err"))).unwrap())
        .kill_on_drop(true);
    command.spawn().expect("spawn msgraph-sync")
}

/// When to kill a run: a time after its start, or a time after the fake accepted its `n`th bulk
/// request (so the kills land in every phase whatever the machine's speed).
#[derive(Debug, Clone, Copy)]
enum Moment {
    At(Duration),
    AfterUploads(usize, Duration),
}

/// Sends `signal` at `moment` unless the process ended first; whether it was still running.
/// `uploads` counts the bulk requests the fake accepted from this run so far.
async fn kill_at(
    child: &mut tokio::process::Child,
    signal: Signal,
    moment: Moment,
    uploads: impl Fn() -> usize,
) -> bool {
    let (n, after) = match moment {
        Moment::At(after) => (0, after),
        Moment::AfterUploads(n, after) => (n, after),
    };
    while uploads() < n {
        tokio::select! {
            _ = child.wait() => return false,
            _ = tokio::time::sleep(Duration::from_millis(2)) => {}
        }
    }
    tokio::select! {
        _ = child.wait() => return false,
        _ = tokio::time::sleep(after) => {}
    }
    if child.try_wait().expect("the child's status").is_some() {
        return false;
    }
    match signal {
        Signal::Kill => child.start_kill().expect("SIGKILL"),
        Signal::Interrupt => {
            let pid = child.id().expect("a running child has a pid").to_string();
            let status = std::process::Command::new("kill")
                .args(["-s", "INT", &pid])
                .status()
                .expect("kill -s INT");
            assert!(status.success());
        }
    }
    let status = child.wait().await.expect("the killed child is reaped");
    // The run may have ended on its own as the timer fired (`select!` saw the timer first): the
    // signal then found a finished process, and the run counts as not killed.
    !status.success()
}

/// Requests the dead process had on the wire reach the service (the fake's simulated latency holds
/// each for at most `latency + jitter`); the oracles are read after they land.
async fn let_the_wire_settle() {
    tokio::time::sleep(Duration::from_millis(400)).await;
}

/// Provisioning-log requests the fake received so far.
fn log_requests(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.path.contains("/auditLogs/provisioning"))
        .count()
}

/// `(found accepted, taken as never received)` from a run's "settled from the logs" line.
fn settled(printed: &str) -> (u64, u64) {
    let Some(line) = printed.lines().find_map(|l| l.strip_prefix("settled from the logs: ")) else {
        return (0, 0);
    };
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (
        numbers.first().copied().unwrap_or(0),
        numbers.get(1).copied().unwrap_or(0),
    )
}

/// A fake with the service's pace and some network latency.
async fn slow_fake() -> FakeGraph {
    let fake = FakeGraph::start().await;
    // A run reads the logs since the last one in whole pages.
    fake.set_page_size(5000);
    // The fake's reports window spans processes while each process's limiter starts empty: runs
    // in a row would wait out 429s, which is not what these tests are about.
    fake.set_reports_limit(0, Duration::from_secs(10));
    fake.set_latency(Duration::from_millis(60), Duration::from_millis(120));
    fake
}

/// Every accepted operation of `job`, as (externalId, data).
fn accepted_operations(fake: &FakeGraph, job: &str) -> Vec<(String, Value)> {
    fake.accepted_uploads()
        .into_iter()
        .filter(|u| u.job_id == job)
        .flat_map(|u| u.body["Operations"].as_array().cloned().unwrap_or_default())
        .map(|op| {
            let id = op["data"]["externalId"].as_str().unwrap_or_default().to_string();
            (id, op["data"].clone())
        })
        .collect()
}

fn accepted_bodies(fake: &FakeGraph, job: &str) -> usize {
    fake.accepted_uploads().iter().filter(|u| u.job_id == job).count()
}

/// No bulk body, and no operation (a record with the same attributes), accepted twice.
fn assert_nothing_received_twice(fake: &FakeGraph, job: &str) {
    let mut bodies: HashMap<String, usize> = HashMap::new();
    for upload in fake.accepted_uploads().iter().filter(|u| u.job_id == job) {
        *bodies.entry(upload.body.to_string()).or_default() += 1;
    }
    let twice: Vec<_> = bodies.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "bodies received more than once: {twice:?}");
    let mut operations: HashMap<String, usize> = HashMap::new();
    for (_, data) in accepted_operations(fake, job) {
        *operations.entry(data.to_string()).or_default() += 1;
    }
    let twice: Vec<_> = operations.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "records received more than once: {twice:?}");
}

// ---------------------------------------------------------------------------------------------
// sync

/// The bulk requests of a day's changes: 360 records.
const CHUNKS_PER_DAY: usize = 8;

/// The workforce: department per employee number.
type Feed = BTreeMap<u32, String>;

fn write_feed(path: &Path, feed: &Feed) {
    let mut text = String::from("EmployeeID,Email,Name,Active,Department\n");
    for (id, department) in feed {
        text.push_str(&format!("E{id:05},user{id}@contoso.com,User {id},true,{department}\n"));
    }
    std::fs::write(path, text).unwrap();
}

/// The next day's feed: `movers` change department, `joiners` join, `leavers` leave.
fn next_feed(feed: &Feed, day: usize, next_id: &mut u32, rng: &mut Rng) -> Feed {
    let (movers, joiners, leavers) = (180, 150, 30);
    const _: () = assert!((180_usize + 150 + 30).div_ceil(50) == CHUNKS_PER_DAY);
    let mut next = feed.clone();
    let ids: Vec<u32> = next.keys().copied().collect();
    let mut chosen = BTreeSet::new();
    while chosen.len() < movers + leavers {
        chosen.insert(ids[rng.below(ids.len() as u64) as usize]);
    }
    for (n, id) in chosen.into_iter().enumerate() {
        if n < movers {
            next.insert(id, format!("Dept {day}"));
        } else {
            next.remove(&id);
        }
    }
    for _ in 0..joiners {
        next.insert(*next_id, format!("Dept {day}"));
        *next_id += 1;
    }
    next
}

fn sync_args(state: &Path, job: &str, feed: &Path, map: &Path) -> Vec<String> {
    [
        "--state",
        &state.display().to_string(),
        "--limit",
        SLOW_UPLOADS,
        "sync",
        "-s",
        "sp1",
        "--job",
        job,
        "--input",
        &feed.display().to_string(),
        "--map",
        &map.display().to_string(),
        "--log-delay",
        "0s",
        "--concurrency",
        "4",
    ]
    .map(String::from)
    .to_vec()
}

/// What a kill hit, from what the run printed and what the fake received.
fn sync_phase(finished: bool, logs_read: bool, printed: &str, uploads: usize, chunks: usize) -> &'static str {
    if finished {
        "after the run ended"
    } else if !logs_read {
        "starting: opening the state, before the logs"
    } else if !printed.contains("plan:") {
        "reading the logs, settling, planning"
    } else if uploads == 0 {
        "planned, no chunk accepted yet"
    } else if uploads < chunks {
        "sending"
    } else {
        "every chunk accepted: settling, reading the logs, writing the state"
    }
}

fn assert_tenant_matches(fake: &FakeGraph, job: &str, feed: &Feed, ever: &BTreeSet<u32>) {
    let users = fake.provisioned_users(job);
    for id in ever {
        let key = format!("E{id:05}");
        let user = users.get(&key).unwrap_or_else(|| panic!("{key} was never provisioned"));
        match feed.get(id) {
            Some(department) => {
                assert_eq!(user[ENTERPRISE]["department"], department.as_str(), "{key}: {user}");
                assert_eq!(user["active"], true, "{key}: {user}");
                assert_eq!(user["userName"], format!("user{id}@contoso.com"), "{key}");
                assert_eq!(user["displayName"], format!("User {id}"), "{key}");
            }
            None => assert_eq!(user["active"], false, "{key}, a leaver, is disabled: {user}"),
        }
    }
    assert_eq!(users.len(), ever.len(), "no user the feeds never had");
}

fn assert_state_settled(state: &Path, job: &str, feed: &Feed, ever: &BTreeSet<u32>) {
    let conn = rusqlite::Connection::open(state).unwrap();
    let open: i64 = conn
        .query_row(
            "SELECT count(*) FROM chunks WHERE state IN ('inFlight', 'unknown')",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(open, 0, "a chunk left in flight after a completed run");
    let locks: i64 = conn
        .query_row("SELECT count(*) FROM lock", [], |row| row.get(0))
        .unwrap();
    assert_eq!(locks, 0, "the run lock is released");
    // Each record as the state remembers it: enabled with the feed's attributes, or disabled.
    let mut query = conn
        .prepare(
            "SELECT r.external_id, r.disabled, b.body FROM records r
             JOIN accepted_bodies b ON b.job = r.job AND b.external_id = r.external_id WHERE r.job = ?1",
        )
        .unwrap();
    let remembered: BTreeMap<String, (bool, Value)> = query
        .query_map([job], |row| {
            let body: String = row.get(2)?;
            Ok((
                row.get::<_, String>(0)?,
                (
                    row.get::<_, i64>(1)? != 0,
                    serde_json::from_str(&body).unwrap_or(Value::Null),
                ),
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(remembered.len(), ever.len(), "the state has every record ever fed");
    for id in ever {
        let key = format!("E{id:05}");
        let (disabled, body) = remembered
            .get(&key)
            .unwrap_or_else(|| panic!("{key} is not in the state"));
        match feed.get(id) {
            Some(department) => {
                assert!(!disabled, "{key} is in the feed but disabled in the state");
                assert_eq!(body[ENTERPRISE]["department"], department.as_str(), "{key}: {body}");
            }
            None => assert!(disabled, "{key} left but the state has it enabled"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_killed_at_random_moments_then_rerun_ends_as_the_last_feed_says_and_sends_nothing_twice() {
    let fake = slow_fake().await;
    let job = fake.create_job("sp1", "API2AAD");
    let dir = dir("sync");
    let (state, feed_path, map) = (dir.join("state.db"), dir.join("feed.csv"), dir.join("map.txt"));
    let mut rng = Rng::seeded(1);
    let mut feed: Feed = (1..=1000).map(|id| (id, "Dept 0".to_string())).collect();
    let mut next_id = 1001;
    let mut ever: BTreeSet<u32> = feed.keys().copied().collect();
    write_feed(&feed_path, &feed);
    // Day 0, not killed: everyone joins, at the service's own pace.
    let mut args = sync_args(&state, &job, &feed_path, &map);
    args.drain(2..4);
    let started = Instant::now();
    let status = spawn(&fake, &dir, "day0", &args).wait().await.unwrap();
    assert!(
        status.success(),
        "{}",
        std::fs::read_to_string(dir.join("day0.err")).unwrap()
    );
    println!("kill-test sync: day 0, 1000 joiners in {:?}", started.elapsed());
    assert_tenant_matches(&fake, &job, &feed, &ever);
    let mut phases: BTreeMap<&str, usize> = BTreeMap::new();
    let mut settled_totals = (0, 0);
    for day in 1..=runs() {
        feed = next_feed(&feed, day, &mut next_id, &mut rng);
        ever.extend(feed.keys().copied());
        write_feed(&feed_path, &feed);
        let before = accepted_bodies(&fake, &job);
        let logs_before = log_requests(&fake);
        let signal = if day % 3 == 2 { Signal::Interrupt } else { Signal::Kill };
        // A moment anywhere in the run: a few early (start, logs, plan), most while sending
        // (8 chunks), some after the last answer (settling, writing the state).
        let at = match rng.below(10) {
            0..=1 => Moment::At(rng.moment(0, 300)),
            2..=7 => Moment::AfterUploads(rng.below(CHUNKS_PER_DAY as u64) as usize, rng.moment(0, 200)),
            _ => Moment::AfterUploads(CHUNKS_PER_DAY, rng.moment(0, 80)),
        };
        let mut child = spawn(
            &fake,
            &dir,
            &format!("day{day}-killed"),
            &sync_args(&state, &job, &feed_path, &map),
        );
        let killed = kill_at(&mut child, signal, at, || accepted_bodies(&fake, &job) - before).await;
        let answered = accepted_bodies(&fake, &job) - before;
        let logs_read = log_requests(&fake) > logs_before;
        let_the_wire_settle().await;
        let printed = std::fs::read_to_string(dir.join(format!("day{day}-killed.out"))).unwrap();
        let phase = sync_phase(!killed, logs_read, &printed, answered, CHUNKS_PER_DAY);
        *phases.entry(phase).or_default() += 1;
        println!("kill-test sync: day {day}, {signal:?} at {at:?}: {phase}");
        // Run again to completion.
        let name = format!("day{day}-rerun");
        let status = spawn(&fake, &dir, &name, &sync_args(&state, &job, &feed_path, &map))
            .wait()
            .await
            .unwrap();
        let out = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap();
        let err = std::fs::read_to_string(dir.join(format!("{name}.err"))).unwrap();
        assert!(status.success(), "day {day}, the rerun: {status:?}\n{out}\n{err}");
        let (accepted, lost) = settled(&out);
        settled_totals.0 += accepted;
        settled_totals.1 += lost;
        if accepted + lost > 0 {
            println!(
                "kill-test sync: day {day}, the rerun settled {accepted} chunks as accepted, {lost} as never received"
            );
        }
        assert_tenant_matches(&fake, &job, &feed, &ever);
        assert_nothing_received_twice(&fake, &job);
        assert_state_settled(&state, &job, &feed, &ever);
    }
    println!("kill-test sync: phases hit {phases:?}");
    println!(
        "kill-test sync: reruns settled {} chunks as accepted (not resent), {} as never received (resent once)",
        settled_totals.0, settled_totals.1
    );
    // A last run has nothing left to send.
    let before = accepted_bodies(&fake, &job);
    let status = spawn(&fake, &dir, "last", &sync_args(&state, &job, &feed_path, &map))
        .wait()
        .await
        .unwrap();
    assert!(status.success());
    assert_eq!(accepted_bodies(&fake, &job), before, "nothing was left to send");
}

// ---------------------------------------------------------------------------------------------
// bulk-upload --manifest

fn write_rows(path: &Path, n: u32, run: usize) {
    let mut text = String::from("EmployeeID,Email,Name,Active,Department\n");
    for id in 1..=n {
        text.push_str(&format!("E{id:05},user{id}@contoso.com,User {id},true,Dept {run}\n"));
    }
    std::fs::write(path, text).unwrap();
}

/// The manifest's lines that could be read (a last line cut by the kill is not).
fn manifest_lines(path: &Path) -> Vec<ManifestLine> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

fn upload_phase(finished: bool, lines: &[ManifestLine]) -> &'static str {
    let sending = lines.iter().filter(|l| matches!(l, ManifestLine::Sending(_))).count();
    let answered = lines.iter().filter(|l| matches!(l, ManifestLine::Chunk(_))).count();
    if finished {
        "after the run ended"
    } else if sending == 0 {
        "before the first chunk was named"
    } else if answered < sending {
        "with chunks in flight"
    } else {
        "between chunks or at the summary"
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_upload_killed_at_random_moments_sends_no_chunk_twice_and_its_manifest_names_every_record_received() {
    let fake = slow_fake().await;
    let dir = dir("upload");
    let mut rng = Rng::seeded(2);
    let mut phases: BTreeMap<&str, usize> = BTreeMap::new();
    for run in 1..=runs() {
        // A job per run: the fake's counts of this run alone.
        let job = fake.create_job("sp1", "API2AAD");
        let input = dir.join(format!("users{run}.csv"));
        write_rows(&input, 400, run);
        let manifest = dir.join(format!("manifest{run}.jsonl"));
        let args: Vec<String> = [
            "--limit",
            SLOW_UPLOADS,
            "bulk-upload",
            "-s",
            "sp1",
            "--job",
            &job,
            "--input",
            &input.display().to_string(),
            "--map",
            &dir.join("map.txt").display().to_string(),
            "--manifest",
            &manifest.display().to_string(),
        ]
        .map(String::from)
        .to_vec();
        let signal = if rng.below(2) == 0 {
            Signal::Kill
        } else {
            Signal::Interrupt
        };
        let at = match rng.below(5) {
            0 => Moment::At(rng.moment(0, 300)),
            _ => Moment::AfterUploads(rng.below(9) as usize, rng.moment(0, 200)),
        };
        let mut child = spawn(&fake, &dir, &format!("upload{run}"), &args);
        let killed = kill_at(&mut child, signal, at, || accepted_bodies(&fake, &job)).await;
        let_the_wire_settle().await;

        let received = accepted_operations(&fake, &job);
        assert_nothing_received_twice(&fake, &job);
        let received_ids: BTreeSet<String> = received.iter().map(|(id, _)| id.clone()).collect();
        assert_eq!(received_ids.len(), received.len(), "a record received twice in one run");
        let lines = manifest_lines(&manifest);
        let phase = upload_phase(!killed, &lines);
        *phases.entry(phase).or_default() += 1;
        println!(
            "kill-test bulk-upload: run {run}, {signal:?} at {at:?}: {phase}; {} records received",
            received_ids.len()
        );
        // Each record's fate, from the manifest alone.
        let mut named: BTreeSet<String> = BTreeSet::new();
        let mut fate: BTreeMap<String, ChunkStatus> = BTreeMap::new();
        for line in &lines {
            match line {
                ManifestLine::Sending(chunk) => named.extend(chunk.records.iter().map(|r| r.external_id.clone())),
                ManifestLine::Chunk(chunk) => {
                    for record in &chunk.records {
                        fate.insert(record.external_id.clone(), chunk.status);
                    }
                }
                _ => {}
            }
        }
        let unnamed: Vec<&String> = received_ids.difference(&named).collect();
        assert!(unnamed.is_empty(), "received, but not in the manifest: {unnamed:?}");
        for (id, status) in &fate {
            match status {
                ChunkStatus::Accepted => assert!(received_ids.contains(id), "{id}: accepted, but not received"),
                ChunkStatus::Refused | ChunkStatus::NotSent => {
                    assert!(!received_ids.contains(id), "{id}: {status:?}, but received")
                }
                ChunkStatus::Unknown => {}
            }
        }
        // The manifest reads back (a cut last line ignored), and what it says was sent or in flight
        // covers every record received.
        if manifest.exists() && !lines.is_empty() {
            let read = Manifest::read(&manifest).unwrap_or_else(|e| panic!("run {run}: {e}"));
            let sent: BTreeSet<String> = read.sent.iter().map(|r| r.external_id.clone()).collect();
            let missing: Vec<&String> = received_ids.difference(&sent).collect();
            assert!(
                missing.is_empty(),
                "received, but neither sent nor in flight: {missing:?}"
            );
            let in_flight: BTreeSet<String> = read.in_flight.iter().map(|r| r.external_id.clone()).collect();
            if !killed {
                assert!(in_flight.is_empty(), "a finished run leaves nothing in flight");
                assert_eq!(received_ids.len(), 400);
            }
        } else {
            assert!(
                received_ids.is_empty(),
                "records received before the manifest had a line"
            );
        }
    }
    println!("kill-test bulk-upload: phases hit {phases:?}");
}
