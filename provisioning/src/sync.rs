//! `sync`: make a job match a feed (the whole workforce, exported every night), sending only what
//! changed since the state last saw it, within the tenant's daily budget.
//!
//! A run:
//!
//! 1. takes the state's lock (a second run refuses; a killed run's lock is stale);
//! 2. reads the job's provisioning logs since the last run (or since the oldest chunk whose fate is
//!    unknown) and settles: a chunk in flight when a run died is accepted if the logs show any of its
//!    records after it was sent, and taken as never received once `log_delay` has passed without a
//!    trace (until then its records are held back, never sent twice); each record's outcome is kept;
//! 3. streams the feed: each record's SCIM body is hashed and compared with the body the state last
//!    saw accepted: new records are joiners, changed ones movers, records whose last outcome was a
//!    failure retries; unchanged records cost nothing;
//! 4. finds leavers: accepted records absent from `leaver_after_runs` feeds in a row are disabled by
//!    sending their last accepted body with `active: false` (bulkUpload takes only POSTs of users:
//!    a DELETE is ignored, and Microsoft's FAQ sends terminations as `active: false`; the last
//!    accepted body, so nothing else reads as a change). Too many leavers at once (a truncated or
//!    empty feed) and no leaver is sent unless allowed;
//! 5. sends, in the order a short budget needs — retries, leavers, joiners, movers — each chunk
//!    recorded in flight before it is sent and settled after; what the budget cannot carry is
//!    deferred to the next run.
//!
//! Before it settles or plans, a run reads the job's schema once and checks the attributes the feed
//! writes against its source directory ([`crate::schema_check`]): the service silently drops an
//! attribute it does not define, so by default such a run is refused before anything is sent (a
//! typo in a namespace of one's own would otherwise be lost for every record); `schema extend`
//! adds the custom ones, [`UnknownAttributes::Warn`] sends anyway.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use futures_util::stream::{FuturesUnordered, StreamExt};
use msgraph_sync::v1_0::{ProvisioningObjectSummary, SynchronizationSchema};
use msgraph_sync::Client;
use serde::Serialize;

use crate::body;
use crate::bulk::{self, ChunkStatus, Input, Stopped};
use crate::job::JobRef;
use crate::logs::{entry_status, EntryStatus, LogQuery, LogSink, RecordStatus};
use crate::records::{repeated_external_id, Chunk, InputError, ReadObject, RecordError, RecordReader, RecordRef};
use crate::schema_check::{CheckError, UnknownAttribute};
use crate::scim::{BulkOperation, BulkRequest, User, MAX_OPERATIONS};
use crate::state::{Absence, ChunkState, Kind, Outcome, Planned, RunLock, Seen, StateError, Store};

/// How a run decides and sends.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Runs in a row a record must be absent before it is disabled (default 1).
    pub leaver_after_runs: u32,
    /// More leavers than this share of the job's enabled records (percent, default 5) …
    pub max_leavers_percent: f64,
    /// … or than this count (default 500) and no leaver is sent …
    pub max_leavers: u64,
    /// … unless there are at most this many (`--allow-leavers N`).
    pub allow_leavers: Option<u64>,
    /// How long a chunk whose fate is unknown waits for the logs before it is taken as never
    /// received and its records sent again (default 40 minutes: the service's processing cycle).
    pub log_delay: Duration,
    /// Bulk requests in flight at once.
    pub concurrency: usize,
    /// Send nothing unless the daily budget left covers the whole plan.
    pub whole_or_nothing: bool,
    /// Plan only: the state is left as it was and nothing is sent.
    pub dry_run: bool,
    /// What a run does when the feed writes attributes the job's source directory does not define
    /// (the service would drop them): refuse before anything is sent (default), warn, or not check.
    pub unknown_attributes: UnknownAttributes,
    /// The job's schema as pulled, checked against instead of reading it (a dry run reads nothing:
    /// without one it does not check).
    pub job_schema: Option<Arc<SynchronizationSchema>>,
}

/// What a run does with attributes the job's schema does not define.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UnknownAttributes {
    /// Send nothing and say which (a typo in a namespace of one's own would be lost silently).
    #[default]
    Refuse,
    /// Report them and send.
    Warn,
    /// Do not read the job's schema.
    Unchecked,
}

impl Default for SyncOptions {
    fn default() -> SyncOptions {
        SyncOptions {
            leaver_after_runs: 1,
            max_leavers_percent: 5.0,
            max_leavers: 500,
            allow_leavers: None,
            log_delay: Duration::from_secs(40 * 60),
            concurrency: bulk::DEFAULT_CONCURRENCY,
            whole_or_nothing: false,
            dry_run: false,
            unknown_attributes: UnknownAttributes::Refuse,
            job_schema: None,
        }
    }
}

/// Records per kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KindCounts {
    pub retries: u64,
    pub leavers: u64,
    pub joiners: u64,
    pub movers: u64,
}

impl KindCounts {
    fn add(&mut self, kind: Kind, n: u64) {
        match kind {
            Kind::Retry => self.retries += n,
            Kind::Leaver => self.leavers += n,
            Kind::Joiner => self.joiners += n,
            Kind::Mover => self.movers += n,
        }
    }

    pub fn total(&self) -> u64 {
        self.retries + self.leavers + self.joiners + self.movers
    }
}

/// What a run will do, printed before it sends.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncPlan {
    /// Records to send, per kind.
    pub send: KindCounts,
    /// Records in the feed whose body the state last saw accepted.
    pub unchanged: u64,
    /// Records that cannot be sent (bad values, duplicate externalIds).
    pub rejected: u64,
    /// Records held back: in a chunk whose fate the logs do not tell yet.
    pub held_back: u64,
    /// Leavers found but not sent: more than the threshold (see `leavers_blocked`).
    pub leavers_found: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leavers_blocked: Option<String>,
    /// bulkUpload calls the plan needs (50 records a call).
    pub calls: u64,
    /// The daily budget: calls left in the last 24 hours, of how many.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_left: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<u32>,
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    pub plan: SyncPlan,
    /// Settled from the logs before planning: chunks found accepted, and taken as never received.
    pub reconciled_accepted: u64,
    pub reconciled_lost: u64,
    /// Records whose outcome was read from the logs (an entry can update a record already
    /// updated by an older one of the same read).
    pub outcomes_read: u64,
    /// Why the logs could not be read (the run went on: no chunk's fate depended on them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logs_unread: Option<String>,
    pub accepted: KindCounts,
    pub refused: KindCounts,
    pub unknown: KindCounts,
    /// Not sent (the budget or a stop): deferred to the next run.
    pub deferred: KindCounts,
    pub requests: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped: Option<Stopped>,
    /// Records whose last outcome in the logs is a failure: externalId, code, reason.
    pub failures: Vec<Failure>,
    /// Attributes the feed writes that the job's source directory does not define (sent anyway
    /// only with [`UnknownAttributes::Warn`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown_attributes: Vec<UnknownAttribute>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Failure {
    pub external_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Why a run could not go on.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    State(#[from] StateError),
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("reading the provisioning logs: {0}")]
    Logs(#[source] msgraph_sync::client::Error),
    #[error("encoding a record: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("reading the job's schema: {0}")]
    Schema(#[source] crate::schema::SchemaError),
    #[error("checking the feed against the job's schema: {0}")]
    SchemaCheck(#[from] CheckError),
    /// The feed writes attributes the job's source directory does not define; nothing was sent.
    #[error("the map writes {} attribute(s) the job's schema does not define; nothing was sent:\n{}\n{}; or allow them to send anyway (`UnknownAttributes::Warn`, `--allow-unknown-attributes`)", unknown.len(), unknown.iter().map(|u| format!("  {u}")).collect::<Vec<_>>().join("\n"), crate::schema_check::advice(unknown))]
    UnknownAttributes { unknown: Vec<UnknownAttribute> },
}

/// Told what happens, as it happens.
pub trait SyncObserver: Send {
    fn rejected(&mut self, _error: &RecordError) {}
    /// Attributes the job's schema does not define, found before anything is sent.
    fn unknown_attributes(&mut self, _unknown: &[UnknownAttribute]) {}
    /// The plan, before anything is sent.
    fn plan(&mut self, _plan: &SyncPlan) {}
    /// A request the run would send (under `dry_run`), or sends.
    fn request(
        &mut self,
        _request: &msgraph_sync::Request<msgraph_sync::response::NoContent, msgraph_sync::query::NoOptions>,
    ) {
    }
}

impl SyncObserver for () {}

/// Feed records (and leavers) written to the state per transaction.
const BATCH: usize = 5_000;

/// Makes `job` match the feed `input`: plans, then (unless `options.dry_run`) sends.
pub async fn sync(
    client: &Client,
    store: &Arc<Store>,
    job: &JobRef,
    input: &Input,
    options: &SyncOptions,
    observer: &mut dyn SyncObserver,
) -> Result<SyncReport, SyncError> {
    let _lock = RunLock::acquire(store)?;
    let mut report = SyncReport {
        unknown_attributes: check_attributes(client, job, input, options, observer).await?,
        ..SyncReport::default()
    };
    let held = if options.dry_run {
        held_back(store, job)?
    } else {
        settle(client, store, job, options, &mut report).await?
    };
    // Read before a dry run's transaction: the ledger has its own connection to the file.
    let budget = client.budget_status().map_err(SyncError::Logs)?;
    if options.dry_run {
        store.begin_rehearsal()?;
    }
    let run = store.begin_run(&job.job_id, &input.path.display().to_string())?;
    let planned = plan(store, job, input, run, &held, options, observer).await;
    let mut plan = match planned {
        Ok(plan) => plan,
        Err(error) => {
            if options.dry_run {
                store.rollback_rehearsal()?;
            }
            return Err(error);
        }
    };
    if let Some(budget) = budget {
        plan.budget_left = Some(budget.left());
        plan.budget = Some(budget.calls);
    }
    observer.plan(&plan);
    report.plan = plan.clone();
    if options.dry_run {
        let api = client.v1_0();
        for_each_planned_chunk(store, |chunk| {
            let request = bulk_request(&chunk)?;
            let built = bulk::upload_request(&api, job, &request)?;
            observer.request(&built);
            Ok(())
        })?;
        store.rollback_rehearsal()?;
        return Ok(report);
    }
    let fits = plan.budget_left.is_none_or(|left| plan.calls <= u64::from(left));
    if options.whole_or_nothing && !fits {
        report.stopped = Some(Stopped::BudgetSpent { next_free: None });
        report.deferred = plan.send;
    } else {
        send(client, store, job, run, options, &mut report).await?;
    }
    report.failures = failures(store, job)?;
    let status = if report.stopped.is_some() { "stopped" } else { "done" };
    store.finish_run(
        run,
        &serde_json::to_string(&report.plan)?,
        &serde_json::to_string(&report)?,
        status,
    )?;
    Ok(report)
}

/// The job's records whose last outcome in the logs is a failure.
fn failures(store: &Store, job: &JobRef) -> Result<Vec<Failure>, SyncError> {
    Ok(store
        .failures(&job.job_id)?
        .into_iter()
        .map(|(external_id, code, reason)| Failure {
            external_id,
            code,
            reason,
        })
        .collect())
}

/// Records of chunks whose fate is still unknown (a dry run settles nothing).
fn held_back(store: &Store, job: &JobRef) -> Result<HashSet<String>, SyncError> {
    Ok(store
        .unsettled_chunks(&job.job_id)?
        .into_iter()
        .flat_map(|c| c.records.into_iter().map(|r| r.external_id))
        .collect())
}

/// Step 2: the logs since the last run settle unknown chunks and update outcomes. Returns the
/// records still held back.
async fn settle(
    client: &Client,
    store: &Arc<Store>,
    job: &JobRef,
    options: &SyncOptions,
    report: &mut SyncReport,
) -> Result<HashSet<String>, SyncError> {
    let unsettled = store.unsettled_chunks(&job.job_id)?;
    let last_run = store.last_run_start(&job.job_id)?;
    let oldest_chunk = unsettled.iter().map(|c| c.sent_at_ms).min().map(|ms| {
        // A little before: the service's clock and ours differ.
        rfc3339_ms(ms - CLOCK_SKEW_MS)
    });
    let since = match (last_run, oldest_chunk) {
        (Some(a), Some(b)) => Some(if a < b { a } else { b }),
        (a, b) => a.or(b),
    };
    let Some(since) = since else { return Ok(HashSet::new()) };
    let query =
        LogQuery::new(job.job_id.clone(), &since).map_err(|e| SyncError::Input(InputError::Header(e.to_string())))?;
    // Outcomes go into the state a page at a time (a day of logs after a first load has an entry
    // per record); the records of chunks of unknown fate are counted here, to settle them first.
    let mut sink = OutcomeSink {
        store,
        job: &job.job_id,
        watched: unsettled
            .iter()
            .flat_map(|c| c.records.iter().map(|r| (r.external_id.clone(), Watched::default())))
            .collect(),
        page: Vec::new(),
        recorded: 0,
        error: None,
    };
    let read = crate::logs::read_logs(client, &query, &mut sink).await;
    report.outcomes_read += sink.recorded;
    if let Some(error) = sink.error.take() {
        return Err(error.into());
    }
    if let Err(error) = read {
        // Without chunks of unknown fate the run can go on; the outcomes wait for the next read.
        if unsettled.is_empty() {
            report.logs_unread = Some(error.to_string());
            return Ok(HashSet::new());
        }
        return Err(SyncError::Logs(error));
    }
    let mut held = HashSet::new();
    let now = crate::state::now_ms();
    let since_ms = chrono::DateTime::parse_from_rfc3339(&since).map_or(0, |t| t.timestamp_millis());
    for chunk in unsettled {
        // The logs have an entry per operation the service processed: more entries for a record
        // since `since` than the chunks the state saw accepted for it means this one arrived too.
        let mut logged = false;
        for record in &chunk.records {
            let entries = sink.watched.get(&record.external_id).map_or(0, |w| w.entries);
            let accepted = store.accepted_sends_since(&job.job_id, &record.external_id, since_ms)?;
            if entries > accepted {
                logged = true;
                break;
            }
        }
        if logged {
            store.settle_chunk(
                chunk.id,
                ChunkState::Accepted,
                None,
                None,
                Some("settled from the provisioning logs"),
            )?;
            report.reconciled_accepted += 1;
        } else if now - chunk.sent_at_ms >= i64::try_from(options.log_delay.as_millis()).unwrap_or(i64::MAX) {
            store.settle_chunk(
                chunk.id,
                ChunkState::NotSent,
                None,
                None,
                Some("not in the provisioning logs: taken as never received"),
            )?;
            report.reconciled_lost += 1;
        } else {
            held.extend(chunk.records.into_iter().map(|r| r.external_id));
        }
    }
    // After settling: a chunk found accepted resets its records' outcomes, then their entries count.
    let latest: Vec<(String, Outcome, Option<String>)> = sink
        .watched
        .into_iter()
        .filter_map(|(id, w)| w.latest.map(|(outcome, at, _)| (id, outcome, at)))
        .collect();
    report.outcomes_read += store.record_outcomes(&job.job_id, &latest)?;
    Ok(held)
}

/// A record's outcome as an entry of the logs gives it (`None`: the entry says nothing of it).
fn outcome_of(status: RecordStatus) -> Option<Outcome> {
    match status {
        RecordStatus::Succeeded | RecordStatus::Warning { .. } => Some(Outcome::Succeeded),
        RecordStatus::Failed { code, reason } => Some(Outcome::Failed { code, reason }),
        RecordStatus::Skipped { reason } => Some(Outcome::Skipped { reason }),
        RecordStatus::Other { .. } | RecordStatus::NotYetSeen => None,
    }
}

/// The entries of a chunk's record whose fate is unknown: how many, and the latest outcome.
#[derive(Default)]
struct Watched {
    entries: u64,
    latest: Option<(Outcome, Option<String>, Option<chrono::DateTime<chrono::FixedOffset>>)>,
}

/// Log entries into the state, a page per transaction.
struct OutcomeSink<'s> {
    store: &'s Store,
    job: &'s str,
    watched: HashMap<String, Watched>,
    page: Vec<(String, Outcome, Option<String>)>,
    /// Records that took an outcome.
    recorded: u64,
    /// The first write that failed (the read goes on; the run stops after it).
    error: Option<StateError>,
}

impl LogSink for OutcomeSink<'_> {
    fn add(&mut self, entry: &ProvisioningObjectSummary) {
        let EntryStatus {
            external_id,
            status,
            at_text,
            at,
        } = entry_status(entry);
        let outcome = outcome_of(status);
        if let Some(watched) = self.watched.get_mut(&external_id) {
            watched.entries += 1;
            // The newest entry wins; an entry without a valid time never replaces one with it.
            let newer = match &watched.latest {
                None => true,
                Some((_, _, kept)) => at.is_some() && (kept.is_none() || at >= *kept),
            };
            if let (Some(outcome), true) = (outcome, newer) {
                watched.latest = Some((outcome, at_text, at));
            }
            return;
        }
        if let Some(outcome) = outcome {
            self.page.push((external_id, outcome, at_text));
        }
    }

    fn page_read(&mut self) {
        let page = std::mem::take(&mut self.page);
        if self.error.is_none() {
            match self.store.record_outcomes(self.job, &page) {
                Ok(recorded) => self.recorded += recorded,
                Err(error) => self.error = Some(error),
            }
        }
    }
}

/// How far the service's clock may be from ours.
const CLOCK_SKEW_MS: i64 = 60 * 1000;

fn rfc3339_ms(ms: i64) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// Steps 3 and 4: the feed against the state, into the `planned` table.
async fn plan(
    store: &Arc<Store>,
    job: &JobRef,
    input: &Input,
    run: i64,
    held: &HashSet<String>,
    options: &SyncOptions,
    observer: &mut dyn SyncObserver,
) -> Result<SyncPlan, SyncError> {
    let mut plan = SyncPlan::default();
    // A repeated externalId is found in the state (the record's row says it was seen in this run):
    // memory does not grow with the feed.
    let mut reader = RecordReader::open(&input.path, input.format, input.map.clone())?.repeats_found_by_caller();
    let mut seq: i64 = 0;
    let mut text = Vec::with_capacity(4096);
    let mut read_all = false;
    while !read_all {
        // Each record is handled as it is read (it is never held beyond its turn), a batch of them
        // in one transaction.
        store.batch(|batch| -> Result<(), SyncError> {
            for _ in 0..BATCH {
                let record = match reader.next_object()? {
                    None => {
                        read_all = true;
                        break;
                    }
                    Some(ReadObject::Rejected(error)) => {
                        plan.rejected += 1;
                        observer.rejected(&error);
                        continue;
                    }
                    Some(ReadObject::Object(record)) => record,
                };
                let known = match batch.seen(&job.job_id, &record.external_id, run, record.line)? {
                    Seen::First(known) => known,
                    Seen::Repeat { first_line } => {
                        plan.rejected += 1;
                        observer.rejected(&RecordError {
                            file: reader.file().to_string(),
                            line: record.line,
                            column: record.external_id_column,
                            message: repeated_external_id(&record.external_id, first_line),
                            external_id: Some(record.external_id.clone()),
                        });
                        continue;
                    }
                };
                if held.contains(&record.external_id) {
                    plan.held_back += 1;
                    continue;
                }
                // Most records are unchanged: their canonical body is hashed in a buffer used
                // again and again, and copied out (and typed) only for a record that is sent.
                text.clear();
                reader.write_canonical(&record, &mut text);
                let hash = body::hash_digits(&text);
                let kind = match known.body_hash.as_deref() {
                    None => Some(Kind::Joiner),
                    Some(known_hash) if known_hash.as_bytes() != hash => Some(Kind::Mover),
                    Some(_) if matches!(known.outcome, Outcome::Failed { .. }) => Some(Kind::Retry),
                    Some(_) => None,
                };
                let Some(kind) = kind else {
                    plan.unchanged += 1;
                    continue;
                };
                let (external_id, line) = (record.external_id.clone(), record.line);
                // A body the service would not take as a user is refused here, not at sending.
                if let Err(error) = record.into_user(reader.map(), reader.file()) {
                    plan.rejected += 1;
                    observer.rejected(&error);
                    continue;
                }
                seq += 1;
                plan.send.add(kind, 1);
                batch.plan(
                    seq,
                    &Planned {
                        external_id,
                        kind,
                        body_hash: String::from_utf8_lossy(&hash).into_owned(),
                        // Canonical text is UTF-8.
                        body: String::from_utf8_lossy(&text).into_owned(),
                        line: Some(line),
                    },
                )?;
            }
            Ok(())
        })?;
        tokio::task::yield_now().await;
    }
    let after = options.leaver_after_runs.max(1);
    let Absence { leavers, enabled } = store.absent(&job.job_id, run, after)?;
    plan.leavers_found = leavers;
    let share = if enabled == 0 {
        0.0
    } else {
        leavers as f64 * 100.0 / enabled as f64
    };
    let over = leavers > options.max_leavers || share > options.max_leavers_percent;
    let allowed = options.allow_leavers.is_some_and(|n| leavers <= n);
    if over && !allowed {
        plan.leavers_blocked = Some(format!(
            "{leavers} leavers ({share:.1} % of the {enabled} enabled records) exceed the threshold ({} % or {}): none is sent; if the feed is complete, run again with --allow-leavers {leavers}",
            options.max_leavers_percent,
            options.max_leavers,
        ));
    } else {
        // A page at a time: an allowed mass leaving is not held in memory.
        let mut last: Option<String> = None;
        loop {
            let page = store.leavers_after(&job.job_id, run, after, last.as_deref(), BATCH)?;
            let Some((id, _)) = page.last() else { break };
            last = Some(id.clone());
            store.batch(|batch| -> Result<(), StateError> {
                for (external_id, body) in &page {
                    let mut user: serde_json::Map<String, serde_json::Value> =
                        serde_json::from_str(body).map_err(|e| StateError::Corrupt {
                            path: store.path().display().to_string(),
                            message: format!("the last accepted body of {external_id}: {e}"),
                        })?;
                    user.insert("active".into(), serde_json::Value::Bool(false));
                    let (body, body_hash) = body::text_and_hash(&user);
                    seq += 1;
                    plan.send.add(Kind::Leaver, 1);
                    batch.plan(
                        seq,
                        &Planned {
                            external_id: external_id.clone(),
                            kind: Kind::Leaver,
                            body_hash,
                            body,
                            line: None,
                        },
                    )?;
                }
                Ok(())
            })?;
        }
    }
    plan.calls = plan.send.total().div_ceil(MAX_OPERATIONS as u64);
    Ok(plan)
}

/// The planned records, a chunk of at most 50 at a time, in sending order.
fn for_each_planned_chunk(
    store: &Store,
    mut each: impl FnMut(Vec<Planned>) -> Result<(), SyncError>,
) -> Result<(), SyncError> {
    let mut after = None;
    loop {
        let page = store.planned_after(after, MAX_OPERATIONS)?;
        let Some((seq, last)) = page.last().map(|(s, p)| (*s, p.kind)) else {
            return Ok(());
        };
        after = Some((last, seq));
        each(page.into_iter().map(|(_, p)| p).collect())?;
    }
}

/// The bulk request of planned records (`bulkId`: the feed's line, or the externalId of a leaver).
fn bulk_request(records: &[Planned]) -> Result<BulkRequest, serde_json::Error> {
    let operations = records
        .iter()
        .map(|record| {
            let user: User = serde_json::from_str(&record.body)?;
            Ok(BulkOperation {
                method: "POST".into(),
                bulk_id: Some(
                    record
                        .line
                        .map_or_else(|| record.external_id.clone(), |l| l.to_string()),
                ),
                path: "/Users".into(),
                data: Some(user),
                extra: serde_json::Map::new(),
            })
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    Ok(BulkRequest::new(operations))
}

/// Step 5: sends the plan; a stop defers the rest.
async fn send(
    client: &Client,
    store: &Arc<Store>,
    job: &JobRef,
    run: i64,
    options: &SyncOptions,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let api = client.v1_0();
    let concurrency = options.concurrency.max(1);
    let mut in_flight = FuturesUnordered::new();
    let mut after = None;
    let mut input_done = false;
    let mut index = 0;
    loop {
        while !input_done && in_flight.len() < concurrency {
            let page = store.planned_after(after, MAX_OPERATIONS)?;
            let Some((seq, kind)) = page.last().map(|(s, p)| (*s, p.kind)) else {
                input_done = true;
                break;
            };
            after = Some((kind, seq));
            let records: Vec<Planned> = page.into_iter().map(|(_, p)| p).collect();
            if report.stopped.is_some() {
                for record in &records {
                    report.deferred.add(record.kind, 1);
                }
                continue;
            }
            let chunk_id = store.chunk_in_flight(run, &job.job_id, &records)?;
            let chunk = Chunk {
                index,
                records: records
                    .iter()
                    .map(|r| RecordRef {
                        line: r.line.unwrap_or(0),
                        external_id: r.external_id.clone(),
                        bulk_id: r.line.map_or_else(|| r.external_id.clone(), |l| l.to_string()),
                    })
                    .collect(),
                request: bulk_request(&records)?,
                offset: 0,
            };
            index += 1;
            let kinds: Vec<Kind> = records.iter().map(|r| r.kind).collect();
            let api = &api;
            in_flight.push(async move {
                let (outcome, stop) = bulk::send_chunk(client, api, job, chunk).await;
                (chunk_id, kinds, outcome, stop)
            });
        }
        let Some((chunk_id, kinds, outcome, stop)) = in_flight.next().await else {
            break;
        };
        report.requests += u64::from(outcome.attempts);
        if report.stopped.is_none() {
            report.stopped = stop;
        }
        let (state, counts) = match outcome.status {
            ChunkStatus::Accepted => (ChunkState::Accepted, &mut report.accepted),
            ChunkStatus::Refused => (ChunkState::Refused, &mut report.refused),
            ChunkStatus::Unknown => (ChunkState::Unknown, &mut report.unknown),
            ChunkStatus::NotSent => (ChunkState::NotSent, &mut report.deferred),
        };
        for kind in kinds {
            counts.add(kind, 1);
        }
        let error = outcome.error.as_ref().map(|e| match &e.code {
            Some(code) => format!("{code}: {}", e.message),
            None => e.message.clone(),
        });
        store.settle_chunk(
            chunk_id,
            state,
            outcome.http_status,
            outcome.location.as_deref(),
            error.as_deref(),
        )?;
    }
    Ok(())
}

/// Reads the job's provisioning logs since the last run and records each record's outcome, without
/// sending anything (`sync --reconcile`).
pub async fn reconcile(
    client: &Client,
    store: &Arc<Store>,
    job: &JobRef,
    options: &SyncOptions,
) -> Result<SyncReport, SyncError> {
    let _lock = RunLock::acquire(store)?;
    let mut report = SyncReport::default();
    settle(client, store, job, options, &mut report).await?;
    report.failures = failures(store, job)?;
    Ok(report)
}

/// Before anything is sent: the feed's attributes against the job's schema (read once, or as given).
async fn check_attributes(
    client: &Client,
    job: &JobRef,
    input: &Input,
    options: &SyncOptions,
    observer: &mut dyn SyncObserver,
) -> Result<Vec<UnknownAttribute>, SyncError> {
    if options.unknown_attributes == UnknownAttributes::Unchecked {
        return Ok(Vec::new());
    }
    let pulled;
    let schema = match &options.job_schema {
        Some(schema) => schema.as_ref(),
        // A dry run reads nothing from the service.
        None if options.dry_run => return Ok(Vec::new()),
        None => {
            pulled = crate::schema::pull(client, job).await.map_err(SyncError::Schema)?;
            &pulled
        }
    };
    let unknown = crate::schema_check::check_feed(input, schema)?;
    if unknown.is_empty() {
        return Ok(unknown);
    }
    observer.unknown_attributes(&unknown);
    if options.unknown_attributes == UnknownAttributes::Refuse {
        return Err(SyncError::UnknownAttributes { unknown });
    }
    Ok(unknown)
}
