//! API-driven inbound provisioning: records → SCIM bulk requests → `POST …/jobs/{id}/bulkUpload`.
//!
//! Requests go at most `requests_per_second` (the service's limit is 40; a `governor` limiter
//! spaces them evenly, so no burst exceeds it), `concurrency` at a time. A 429 is honoured
//! (`Retry-After`) and the chunk is sent again; the client's own retries handle the first 429s
//! and this loop the ones after it gives up. A chunk answered 202 is never sent again, nor one
//! whose fate is unknown (a transport error or timeout after sending: the service may have
//! accepted it); the report says which. Each accepted chunk's `Location` (the provisioning-log
//! query) is kept with the records it carried ([`ChunkOutcome`]; [`crate::manifest`] writes them).
//!
//! Input is streamed: a blocking task reads and converts records into chunks through a bounded
//! channel, so memory holds at most `2 × concurrency` chunks whatever the file's size.

use std::num::NonZeroU32;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use futures_util::stream::{FuturesUnordered, StreamExt};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use msgraph_sync::query::NoOptions;
use msgraph_sync::request::Request;
use msgraph_sync::response::NoContent;
use msgraph_sync::v1_0::{Api, BulkUploadRequestBody};
use msgraph_sync::{Client, Json, Maybe};
use serde::{Deserialize, Serialize};

use crate::attribute_map::AttributeMap;
use crate::records::{Chunk, Chunker, InputError, InputFormat, Planned, RecordError, RecordReader, RecordRef};
use crate::scim::BulkRequest;

/// The synchronization job records are uploaded to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JobRef {
    pub service_principal: String,
    pub job: String,
}

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

/// How an upload runs.
#[derive(Debug, Clone)]
pub struct UploadOptions {
    /// Bulk requests per second at most (default 40, the service's limit).
    pub requests_per_second: NonZeroU32,
    /// Bulk requests in flight at once (default 4).
    pub concurrency: usize,
    /// Check every record before sending any, and send nothing if one is bad.
    pub all_or_nothing: bool,
    /// The most one chunk waits on 429s in all before it is reported refused (default 10 min).
    pub max_throttle_wait: Duration,
}

impl Default for UploadOptions {
    fn default() -> UploadOptions {
        UploadOptions {
            requests_per_second: NonZeroU32::new(40).expect("40 is not zero"),
            concurrency: 4,
            all_or_nothing: false,
            max_throttle_wait: Duration::from_secs(600),
        }
    }
}

/// What became of one chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChunkStatus {
    /// 202: the service took the records; see the provisioning logs (`location`).
    Accepted,
    /// The service answered with an error, or the request was never sent: the records did not go.
    Refused,
    /// Sent, but no answer came (transport error, timeout): the service may have taken it, so it was
    /// not sent again.
    Unknown,
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

/// Told about each outcome as it happens (progress bars, the manifest).
pub trait UploadObserver: Send {
    fn rejected(&mut self, _error: &RecordError) {}
    fn chunk(&mut self, _outcome: &ChunkOutcome) {}
}

/// No observer.
impl UploadObserver for () {}

/// The totals of an upload.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadReport {
    pub records_accepted: u64,
    pub records_refused: u64,
    pub records_unknown: u64,
    /// Records that could not be converted (and were not sent).
    pub records_rejected: u64,
    pub chunks_accepted: u64,
    pub chunks_refused: u64,
    pub chunks_unknown: u64,
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
        .map(|operation| Json::from_text(&serde_json::to_string(operation)?))
        .collect::<Result<Vec<Json>, serde_json::Error>>()?;
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
            .insert(key.clone(), Json::from_text(&value.to_string())?);
    }
    Ok(api
        .service_principals()
        .item(&job.service_principal)
        .synchronization()
        .jobs()
        .item(&job.job)
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

/// Uploads every record of `input` to `job`.
pub async fn upload(
    client: &Client,
    job: &JobRef,
    input: &Input,
    options: &UploadOptions,
    observer: &mut dyn UploadObserver,
) -> Result<UploadReport, UploadError> {
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
    // Spaced evenly (no burst): `n` per second never puts more than `n` in any one-second window.
    let period = Duration::from_secs(1) / options.requests_per_second.get();
    let quota = Quota::with_period(period).expect("a positive period");
    let limiter = Arc::new(RateLimiter::direct(quota));
    // This limiter paces the uploads; the client's learned rate would second-guess it.
    let client = &client.unpaced();
    let api = client.v1_0();
    let mut report = UploadReport::default();
    let mut in_flight = FuturesUnordered::new();
    let mut input_done = false;
    let mut input_error = None;
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
                    observer.rejected(&error);
                }
                Some(Ok(Planned::Chunk(chunk))) => {
                    in_flight.push(send_chunk(client, &api, job, chunk, &limiter, options.max_throttle_wait));
                }
            },
            Some(outcome) = in_flight.next(), if !in_flight.is_empty() => {
                let records = outcome.records.len() as u64;
                report.requests += u64::from(outcome.attempts);
                match outcome.status {
                    ChunkStatus::Accepted => {
                        report.chunks_accepted += 1;
                        report.records_accepted += records;
                    }
                    ChunkStatus::Refused => {
                        report.chunks_refused += 1;
                        report.records_refused += records;
                    }
                    ChunkStatus::Unknown => {
                        report.chunks_unknown += 1;
                        report.records_unknown += records;
                    }
                }
                observer.chunk(&outcome);
            },
            else => break,
        }
    }
    drop(receiver);
    let _ = reader.await;
    report.elapsed_seconds = started.elapsed().as_secs_f64();
    match input_error {
        Some(error) => Err(UploadError::Interrupted { error, report }),
        None => Ok(report),
    }
}

async fn send_chunk(
    client: &Client,
    api: &Api,
    job: &JobRef,
    chunk: Chunk,
    limiter: &DefaultDirectRateLimiter,
    max_throttle_wait: Duration,
) -> ChunkOutcome {
    let Chunk {
        index,
        records,
        request,
        offset,
    } = chunk;
    let mut outcome = ChunkOutcome {
        index,
        status: ChunkStatus::Refused,
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
            return outcome;
        }
    };
    let mut waited = Duration::ZERO;
    loop {
        limiter.until_ready().await;
        let (response, attempts) = match client.execute(http_request.clone()).await {
            Ok(answer) => answer,
            Err(error) => {
                use msgraph_sync::client::Error;
                outcome.attempts += 1;
                outcome.status = match error {
                    Error::Transport(_) | Error::Timeout(_) | Error::BodyTooLarge { .. } | Error::Decode { .. } => {
                        ChunkStatus::Unknown
                    }
                    _ => ChunkStatus::Refused,
                };
                outcome.error = Some(ChunkError {
                    code: None,
                    message: error.to_string(),
                });
                return outcome;
            }
        };
        outcome.attempts += attempts;
        let status = response.status().as_u16();
        outcome.http_status = Some(status);
        if response.status().is_success() {
            outcome.status = ChunkStatus::Accepted;
            outcome.location = response
                .headers()
                .get(msgraph_sync::http::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            return outcome;
        }
        if status == 429 {
            // Not accepted, so sending it again cannot duplicate it.
            let delay = response
                .headers()
                .get(msgraph_sync::http::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(retry_after)
                .unwrap_or(Duration::from_secs(1));
            if waited.saturating_add(delay) <= max_throttle_wait {
                tracing::info!(chunk = index, ?delay, "bulkUpload throttled; waiting");
                tokio::time::sleep(delay).await;
                waited = waited.saturating_add(delay);
                continue;
            }
        }
        outcome.status = ChunkStatus::Refused;
        outcome.error = Some(graph_error(response.body()));
        return outcome;
    }
}

/// `Retry-After`: delta-seconds or an HTTP-date.
fn retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// The OData error of a body (`{"error": {"code", "message"}}`), else its first bytes.
fn graph_error(body: &[u8]) -> ChunkError {
    let parsed: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let error = parsed.as_ref().map(|v| &v["error"]);
    match error.and_then(|e| e["message"].as_str()) {
        Some(message) => ChunkError {
            code: error.and_then(|e| e["code"].as_str()).map(str::to_string),
            message: message.to_string(),
        },
        None => ChunkError {
            code: None,
            message: String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned(),
        },
    }
}
