//! API-driven inbound provisioning: records → SCIM bulk requests → `POST …/jobs/{id}/bulkUpload`.
//!
//! How fast, how often and how many times a day is the client's business: bulkUpload's window and the
//! tenant's daily budget are endpoint limits of [`msgraph_sync::Client`], and a 429 is retried by its
//! policy. This module decides what each answer means for the records:
//!
//! - 2XX: accepted; the `Location` (the provisioning-log query) is kept with the records it carried.
//! - an answer saying the service did not act (4XX, 429 after the client's retries, 503 with
//!   `Retry-After`): refused. A final 429 also stops the run: the rest is not sent.
//! - any other answer, or none (a 5XX, a transport error, a timeout): unknown. The service may have
//!   taken it, so it is never sent again.
//! - never sent (the daily budget is spent, the run stopped, the record of what was sent could not be
//!   written): not sent, and the run sends nothing more.
//!
//! The observer hears of each chunk before it is sent and after: a manifest (or the state store) that
//! names a chunk in flight knows its fate is unknown if the process dies before the answer, and an
//! observer that cannot record stops the run before anything else is sent.
//!
//! Input is streamed: a blocking task reads and converts records into chunks through a bounded
//! channel, so memory holds at most `2 × concurrency` chunks whatever the file's size.

use std::path::PathBuf;
use std::time::Instant;

use futures_util::stream::{FuturesUnordered, StreamExt};
use msgraph_sync::query::NoOptions;
use msgraph_sync::request::Request;
use msgraph_sync::response::NoContent;
use msgraph_sync::v1_0::{Api, BulkUploadRequestBody};
use msgraph_sync::{Client, Maybe, RawJson};
use serde::{Deserialize, Serialize};

use crate::attribute_map::AttributeMap;
use crate::job::JobRef;
use crate::records::{Chunk, Chunker, InputError, InputFormat, Planned, RecordError, RecordReader, RecordRef};
use crate::scim::BulkRequest;

/// Where the records come from: a file, its format and the attribute map.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    /// `None`: from the file name (`.csv`, `.jsonl`, `.ndjson`).
    pub format: Option<InputFormat>,
    pub map: AttributeMap,
    /// Operations per bulk request, capped at 50.
    pub operations_per_request: usize,
}

impl Input {
    /// The file's records, chunked (reads lazily; call again for a second pass).
    pub fn chunks(&self) -> Result<Chunker, InputError> {
        let reader = RecordReader::open(&self.path, self.format, self.map.clone())?;
        Ok(Chunker::new(reader, self.operations_per_request))
    }
}

/// How an upload runs (its pace is the client's endpoint limit).
#[derive(Debug, Clone)]
pub struct UploadOptions {
    /// Bulk requests in flight at once (default [`DEFAULT_CONCURRENCY`]). Requests beyond the
    /// endpoint's window wait for their turn in the client; this only needs to cover the round trip.
    pub concurrency: usize,
    /// Check every record before sending any, and send nothing if one is bad (needs an input that
    /// can be read twice: a file, not a pipe).
    pub all_or_nothing: bool,
    /// Send only if the daily budget left covers every chunk (else send nothing).
    pub whole_or_nothing: bool,
}

/// Enough in flight for bulkUpload's 8 calls/s at round trips of up to 2 s.
pub const DEFAULT_CONCURRENCY: usize = 16;

impl Default for UploadOptions {
    fn default() -> UploadOptions {
        UploadOptions {
            concurrency: DEFAULT_CONCURRENCY,
            all_or_nothing: false,
            whole_or_nothing: false,
        }
    }
}

/// What became of one chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChunkStatus {
    /// 202: the service took the records; see the provisioning logs (`location`).
    Accepted,
    /// The service answered that it did not act (4XX, 429, 503 with `Retry-After`): the records did
    /// not go.
    Refused,
    /// Sent, and the answer does not say whether the service acted (5XX, none at all): it may have
    /// taken them, so they are not sent again.
    Unknown,
    /// Never sent: the daily budget was spent or the run stopped before its turn.
    NotSent,
}

/// A Graph error, or why no answer came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub message: String,
}

/// One chunk's outcome, with the records it carried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChunkOutcome {
    pub index: usize,
    pub status: ChunkStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The 202's `Location`: the provisioning-log query of the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// HTTP requests made for this chunk (more than 1 after 429s).
    pub attempts: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ChunkError>,
    pub records: Vec<RecordRef>,
    /// Bytes of the input read through this chunk (for progress; not in the manifest).
    #[serde(skip)]
    pub offset: u64,
}

/// Told about each record and chunk as it happens (progress bars, the manifest, the state store).
/// An error stops the run: nothing more is sent, and the upload ends with
/// [`UploadError::Observer`].
pub trait UploadObserver: Send {
    fn rejected(&mut self, _error: &RecordError) -> std::io::Result<()> {
        Ok(())
    }
    /// The chunk is about to be sent: if the process dies before [`chunk`](Self::chunk), its fate
    /// is unknown.
    fn sending(&mut self, _index: usize, _records: &[RecordRef]) -> std::io::Result<()> {
        Ok(())
    }
    fn chunk(&mut self, _outcome: &ChunkOutcome) -> std::io::Result<()> {
        Ok(())
    }
}

/// No observer.
impl UploadObserver for () {}

/// Why a run stopped before sending everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "camelCase")]
pub enum Stopped {
    /// The daily budget is spent (or would be: the plan did not fit and `whole_or_nothing`).
    #[serde(rename_all = "camelCase")]
    BudgetSpent {
        /// When the next call comes free (RFC 3339), if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_free: Option<String>,
    },
    /// The service kept answering 429 after the client's retries.
    Throttled,
    /// The record of what was sent could not be written.
    NotRecorded { message: String },
}

/// The totals of an upload.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadReport {
    pub records_accepted: u64,
    pub records_refused: u64,
    pub records_unknown: u64,
    /// Records that could not be converted (and were not sent).
    pub records_rejected: u64,
    /// Records never sent (the run stopped first; see `stopped`).
    pub records_not_sent: u64,
    pub chunks_accepted: u64,
    pub chunks_refused: u64,
    pub chunks_unknown: u64,
    pub chunks_not_sent: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<Stopped>,
    /// HTTP requests made, retries after 429 included.
    pub requests: u64,
    pub elapsed_seconds: f64,
}

/// Why an upload did not run to its end.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error(transparent)]
    Input(#[from] InputError),
    /// `all_or_nothing` and some records are bad: nothing was sent.
    #[error("{count} record(s) cannot be sent, so none was (all or nothing); the first: {}", first.first().map(ToString::to_string).unwrap_or_default())]
    AllOrNothing {
        count: u64,
        /// The first 1000.
        first: Vec<RecordError>,
    },
    /// After `input` failed part way, the report of what was sent before.
    #[error("{error} (after {} records were accepted)", report.records_accepted)]
    Interrupted { error: InputError, report: UploadReport },
    /// The observer (the manifest, the state) could not record: nothing more was sent.
    #[error("recording the upload failed, so nothing more was sent: {error} ({} records accepted before)", report.records_accepted)]
    Observer {
        error: std::io::Error,
        report: UploadReport,
    },
    /// `all_or_nothing` needs to read the input twice, and it is not a regular file.
    #[error("{0}: --all-or-nothing reads the input twice, so it must be a regular file (not a pipe)")]
    NotRereadable(String),
}

/// The generated builder's request for one bulk request (`Content-Type: application/scim+json`).
pub fn upload_request(
    api: &Api,
    job: &JobRef,
    request: &BulkRequest,
) -> Result<Request<NoContent, NoOptions>, serde_json::Error> {
    let operations = request
        .operations
        .iter()
        .map(|operation| RawJson::from_text(&serde_json::to_string(operation)?))
        .collect::<Result<Vec<RawJson>, serde_json::Error>>()?;
    let mut body = BulkUploadRequestBody {
        schemas: Maybe::Value(request.schemas.clone()),
        operations: Maybe::Value(operations),
        ..Default::default()
    };
    body.fail_on_errors = match request.fail_on_errors {
        None => Maybe::Absent,
        Some(None) => Maybe::Null,
        Some(Some(n)) => i32::try_from(n).map_or(Maybe::Absent, Maybe::Value),
    };
    for (key, value) in &request.extra {
        body.additional_properties
            .insert(key.clone(), RawJson::from_text(&value.to_string())?);
    }
    Ok(api
        .service_principals()
        .item(&job.service_principal_id)
        .synchronization()
        .jobs()
        .item(&job.job_id)
        .bulk_upload()
        .create(&body))
}

/// Checks every record of `input` without sending: the bad ones (at most 1000 kept) and their count.
pub fn validate(input: &Input) -> Result<(u64, Vec<RecordError>), InputError> {
    let mut count = 0;
    let mut first = Vec::new();
    for item in input.chunks()? {
        if let Planned::Rejected(error) = item? {
            count += 1;
            if first.len() < 1000 {
                first.push(error);
            }
        }
    }
    Ok((count, first))
}

/// The calls an input needs (one per chunk) and the records that cannot be sent, from one read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InputPlan {
    pub records: u64,
    pub calls: u64,
    pub rejected: u64,
}

/// Reads `input` once without sending: what it would take.
pub fn plan(input: &Input) -> Result<InputPlan, InputError> {
    let mut plan = InputPlan::default();
    for item in input.chunks()? {
        match item? {
            Planned::Rejected(_) => plan.rejected += 1,
            Planned::Chunk(chunk) => {
                plan.calls += 1;
                plan.records += chunk.records.len() as u64;
            }
        }
    }
    Ok(plan)
}

/// Uploads every record of `input` to `job`.
pub async fn upload(
    client: &Client,
    job: &JobRef,
    input: &Input,
    options: &UploadOptions,
    observer: &mut dyn UploadObserver,
) -> Result<UploadReport, UploadError> {
    let rereadable = std::fs::metadata(&input.path).is_ok_and(|m| m.is_file());
    if (options.all_or_nothing || options.whole_or_nothing) && !rereadable {
        return Err(UploadError::NotRereadable(input.path.display().to_string()));
    }
    if options.all_or_nothing {
        let input = input.clone();
        let (count, first) = tokio::task::spawn_blocking(move || validate(&input))
            .await
            .map_err(|e| InputError::Header(format!("the input reader stopped: {e}")))??;
        if count > 0 {
            return Err(UploadError::AllOrNothing { count, first });
        }
    }
    let started = Instant::now();
    let mut report = UploadReport::default();
    let mut stopped: Option<Stopped> = None;
    if options.whole_or_nothing {
        let budget = client.budget_status().map_err(|e| InputError::Header(e.to_string()))?;
        if let Some(budget) = budget {
            let planned = {
                let input = input.clone();
                tokio::task::spawn_blocking(move || plan(&input))
                    .await
                    .map_err(|e| InputError::Header(format!("the input reader stopped: {e}")))??
            };
            if planned.calls > u64::from(budget.left()) {
                stopped = Some(Stopped::BudgetSpent {
                    next_free: budget.next_free.map(rfc3339),
                });
            }
        }
    }
    let concurrency = options.concurrency.max(1);
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Result<Planned, InputError>>(concurrency * 2);
    let chunks = input.chunks()?;
    let reader = tokio::task::spawn_blocking(move || {
        for item in chunks {
            if sender.blocking_send(item).is_err() {
                break;
            }
        }
    });
    let api = client.v1_0();
    let mut in_flight = FuturesUnordered::new();
    let mut input_done = false;
    let mut input_error = None;
    let mut observer_error: Option<std::io::Error> = None;
    loop {
        tokio::select! {
            item = receiver.recv(), if !input_done && in_flight.len() < concurrency => match item {
                None => input_done = true,
                Some(Err(error)) => {
                    input_error = Some(error);
                    input_done = true;
                }
                Some(Ok(Planned::Rejected(error))) => {
                    report.records_rejected += 1;
                    if let Err(error) = observer.rejected(&error) {
                        stop_recording(&mut stopped, &mut observer_error, error);
                    }
                }
                Some(Ok(Planned::Chunk(chunk))) => {
                    if stopped.is_none() {
                        if let Err(error) = observer.sending(chunk.index, &chunk.records) {
                            stop_recording(&mut stopped, &mut observer_error, error);
                        }
                    }
                    if stopped.is_none() {
                        in_flight.push(send_chunk(client, &api, job, chunk));
                    } else {
                        let outcome = not_sent(chunk);
                        tally(&mut report, &outcome);
                        if observer_error.is_none() {
                            if let Err(error) = observer.chunk(&outcome) {
                                stop_recording(&mut stopped, &mut observer_error, error);
                            }
                        }
                    }
                }
            },
            Some((outcome, stop)) = in_flight.next(), if !in_flight.is_empty() => {
                if stopped.is_none() {
                    stopped = stop;
                }
                tally(&mut report, &outcome);
                if observer_error.is_none() {
                    if let Err(error) = observer.chunk(&outcome) {
                        stop_recording(&mut stopped, &mut observer_error, error);
                    }
                }
            },
            else => break,
        }
    }
    drop(receiver);
    let _ = reader.await;
    report.stopped = stopped;
    report.elapsed_seconds = started.elapsed().as_secs_f64();
    if let Some(error) = observer_error {
        return Err(UploadError::Observer { error, report });
    }
    match input_error {
        Some(error) => Err(UploadError::Interrupted { error, report }),
        None => Ok(report),
    }
}

fn stop_recording(stopped: &mut Option<Stopped>, observer_error: &mut Option<std::io::Error>, error: std::io::Error) {
    if stopped.is_none() {
        *stopped = Some(Stopped::NotRecorded {
            message: error.to_string(),
        });
    }
    if observer_error.is_none() {
        *observer_error = Some(error);
    }
}

fn tally(report: &mut UploadReport, outcome: &ChunkOutcome) {
    let records = outcome.records.len() as u64;
    report.requests += u64::from(outcome.attempts);
    let (chunks, count) = match outcome.status {
        ChunkStatus::Accepted => (&mut report.chunks_accepted, &mut report.records_accepted),
        ChunkStatus::Refused => (&mut report.chunks_refused, &mut report.records_refused),
        ChunkStatus::Unknown => (&mut report.chunks_unknown, &mut report.records_unknown),
        ChunkStatus::NotSent => (&mut report.chunks_not_sent, &mut report.records_not_sent),
    };
    *chunks += 1;
    *count += records;
}

fn rfc3339(time: std::time::SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn not_sent(chunk: Chunk) -> ChunkOutcome {
    ChunkOutcome {
        index: chunk.index,
        status: ChunkStatus::NotSent,
        http_status: None,
        location: None,
        attempts: 0,
        error: None,
        records: chunk.records,
        offset: chunk.offset,
    }
}

/// Sends one chunk; the outcome, and why the run must stop after it (if it must). The client keeps
/// to bulkUpload's window and the daily budget.
pub async fn send_chunk(client: &Client, api: &Api, job: &JobRef, chunk: Chunk) -> (ChunkOutcome, Option<Stopped>) {
    use msgraph_sync::client::Error;
    let Chunk {
        index,
        records,
        request,
        offset,
    } = chunk;
    let mut outcome = ChunkOutcome {
        index,
        status: ChunkStatus::NotSent,
        http_status: None,
        location: None,
        attempts: 0,
        error: None,
        records,
        offset,
    };
    let built = upload_request(api, job, &request)
        .map_err(|e| e.to_string())
        .and_then(|r| r.build().map_err(|e| e.to_string()));
    drop(request);
    let http_request = match built {
        Ok(built) => built,
        Err(message) => {
            outcome.error = Some(ChunkError { code: None, message });
            return (outcome, None);
        }
    };
    let (response, attempts) = match client.execute(http_request).await {
        Ok(answer) => answer,
        Err(error) => {
            let stop = match &error {
                Error::BudgetSpent { next_free, .. } => Some(Stopped::BudgetSpent {
                    next_free: next_free.map(rfc3339),
                }),
                Error::Ledger(e) => Some(Stopped::NotRecorded { message: e.to_string() }),
                _ => None,
            };
            // Only an error after the request left can hide an answer.
            let sent = matches!(
                error,
                Error::Transport(_) | Error::Timeout(_) | Error::BodyTooLarge { .. } | Error::Decode { .. }
            );
            if sent {
                outcome.status = ChunkStatus::Unknown;
                outcome.attempts = 1;
            }
            outcome.error = Some(ChunkError {
                code: None,
                message: error.to_string(),
            });
            return (outcome, stop);
        }
    };
    outcome.attempts = attempts;
    let status = response.status().as_u16();
    outcome.http_status = Some(status);
    if response.status().is_success() {
        outcome.status = ChunkStatus::Accepted;
        outcome.location = response
            .headers()
            .get(msgraph_sync::http::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        return (outcome, None);
    }
    let error = msgraph_sync::response::GraphError::from_response(&response);
    let body_start = || String::from_utf8_lossy(&error.raw_body[..error.raw_body.len().min(200)]).into_owned();
    outcome.error = Some(ChunkError {
        code: error.code.clone(),
        message: error.message.clone().unwrap_or_else(body_start),
    });
    outcome.status = if msgraph_sync::client::service_did_not_act(&response) {
        ChunkStatus::Refused
    } else {
        ChunkStatus::Unknown
    };
    (outcome, (status == 429).then_some(Stopped::Throttled))
}
