//! "What happened to my records": the provisioning logs of a job since a time
//! (`GET /auditLogs/provisioning?$filter=jobId eq '…' and activityDateTime ge …`), read within the
//! reports limit (an endpoint limit of the client: 5 requests in any 10 seconds), matched back to
//! the uploaded records by `sourceIdentity.id` (the record's `externalId`), and summarized:
//! succeeded, failed (error code and reason), skipped, not yet seen.
//!
//! Without a manifest (a job's regular cycles) the summary is what the logs show, one row per
//! source identity. Each page is folded into the summary as it arrives; only the latest entry of
//! each identity is kept.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use msgraph_sync::v1_0::{Api, ProvisioningObjectSummary, ProvisioningResult};
use msgraph_sync::Client;
use serde::Serialize;

use crate::records::RecordRef;

/// Entries asked for per page (`$top`). Microsoft's page for this request
/// (`provisioningobjectsummary-list.md`) lists `$top` among its query parameters but states no
/// maximum; 999 is the largest page Graph documents for its directory listings, and what published
/// scripts ask this endpoint for.
pub const PAGE_SIZE: u64 = 999;

/// Which entries: a job's, since a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogQuery {
    pub job_id: String,
    /// RFC 3339 (`2026-12-01T23:50:00Z`); checked by [`LogQuery::new`].
    pub since: String,
    /// `$top` of every page ([`PAGE_SIZE`] unless [`LogQuery::with_page_size`] lowered it).
    pub page_size: u64,
}

/// A `since` that is not an RFC 3339 date-time.
#[derive(Debug, thiserror::Error)]
#[error("--since {value:?} is not an RFC 3339 date-time (like 2026-12-01T23:50:00Z): {source}")]
pub struct SinceError {
    pub value: String,
    #[source]
    pub source: chrono::ParseError,
}

impl LogQuery {
    pub fn new(job_id: impl Into<String>, since: &str) -> Result<LogQuery, SinceError> {
        chrono::DateTime::parse_from_rfc3339(since).map_err(|source| SinceError {
            value: since.to_string(),
            source,
        })?;
        Ok(LogQuery {
            job_id: job_id.into(),
            since: since.to_string(),
            page_size: PAGE_SIZE,
        })
    }

    /// The same query with pages of `page_size` entries (at least 1).
    pub fn with_page_size(mut self, page_size: u64) -> LogQuery {
        self.page_size = page_size.max(1);
        self
    }

    /// The `$filter` (quotes in the job id doubled, as OData escapes them).
    pub fn filter(&self) -> String {
        format!(
            "jobId eq '{}' and activityDateTime ge {}",
            self.job_id.replace('\'', "''"),
            self.since
        )
    }

    /// The first page's request (later pages follow `@odata.nextLink`).
    pub fn request(
        &self,
        api: &Api,
    ) -> msgraph_sync::Request<
        msgraph_sync::response::Json<msgraph_sync::v1_0::ProvisioningObjectSummaryCollectionResponse>,
        msgraph_sync::v1_0::requests::TopSkipSearchFilterCountOrderBySelectExpandOptions,
    > {
        api.audit_logs()
            .provisioning()
            .list()
            .filter(&self.filter())
            .top(self.page_size)
    }
}

/// Now, as RFC 3339 in UTC with milliseconds (what `--since` and the manifest's `startedAt` take).
pub fn now_rfc3339() -> String {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// What became of one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum RecordStatus {
    Succeeded,
    /// Provisioned, with a warning.
    Warning {
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    Failed {
        #[serde(skip_serializing_if = "Option::is_none")]
        code: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    Skipped {
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// A status newer than this tool.
    Other {
        value: String,
    },
    /// No log entry yet.
    NotYetSeen,
}

/// One row of the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordSummary {
    /// The source identity's id: the record's `externalId`.
    pub external_id: String,
    /// The input line, when matched to a manifest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(flatten)]
    pub status: RecordStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_date_time: Option<String>,
    /// How many log entries the identity has in the window.
    pub entries: u32,
}

/// The counts and the rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogSummary {
    pub succeeded: u64,
    pub warnings: u64,
    pub failed: u64,
    pub skipped: u64,
    pub other: u64,
    pub not_yet_seen: u64,
    /// Log entries read.
    pub entries: u64,
    /// Entries of identities not in the manifest (only counted when one is given).
    pub unmatched_entries: u64,
    /// Requests made to the reports endpoint.
    pub requests: u64,
    pub records: Vec<RecordSummary>,
}

#[derive(Debug, Clone)]
struct Latest {
    status: RecordStatus,
    action: Option<String>,
    at: Option<chrono::DateTime<chrono::FixedOffset>>,
    at_text: Option<String>,
    entries: u32,
}

/// What one log entry says of its source identity.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryStatus {
    /// The source identity's id: the record's externalId.
    pub external_id: String,
    pub status: RecordStatus,
    /// `activityDateTime` as the service wrote it, and as a time when it is one.
    pub at_text: Option<String>,
    pub at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// The source identity, status and time of a log entry.
pub fn entry_status(entry: &ProvisioningObjectSummary) -> EntryStatus {
    let id = entry
        .source_identity
        .value()
        .and_then(|s| s.id.value())
        .cloned()
        .unwrap_or_default();
    let info = entry.provisioning_status_info.value();
    let error = info.and_then(|i| i.error_information.value());
    let reason = error.and_then(|e| e.reason.value()).cloned();
    let status = match info.and_then(|i| i.status.value()) {
        Some(ProvisioningResult::Success) => RecordStatus::Succeeded,
        Some(ProvisioningResult::Warning) => RecordStatus::Warning { reason },
        Some(ProvisioningResult::Failure) => RecordStatus::Failed {
            code: error.and_then(|e| e.error_code.value()).cloned(),
            reason,
        },
        Some(ProvisioningResult::Skipped) => RecordStatus::Skipped { reason },
        Some(other) => RecordStatus::Other {
            value: serde_json::to_value(other)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
        },
        None => RecordStatus::Other { value: String::new() },
    };
    let at = entry.activity_date_time.value();
    EntryStatus {
        external_id: id,
        status,
        at_text: at.map(|d| d.as_str().to_string()),
        at: at.and_then(|d| d.value()),
    }
}

/// Where a read puts the entries it finds: a [`LogFolder`] keeps each identity's latest in memory;
/// `sync` writes them into its state a page at a time (a day of logs after a first load has an
/// entry per record of the workforce).
pub trait LogSink {
    fn add(&mut self, entry: &ProvisioningObjectSummary);
    /// A request for a page is made.
    fn request(&mut self) {}
    /// A page's entries have all been added.
    fn page_read(&mut self) {}
}

impl LogSink for LogFolder {
    fn add(&mut self, entry: &ProvisioningObjectSummary) {
        LogFolder::add(self, entry);
    }

    fn request(&mut self) {
        self.requests += 1;
    }
}

/// Folds log entries into the latest state of each source identity.
#[derive(Debug, Default)]
pub struct LogFolder {
    latest: HashMap<String, Latest>,
    entries: u64,
    requests: u64,
}

impl LogFolder {
    pub fn add(&mut self, entry: &ProvisioningObjectSummary) {
        self.entries += 1;
        let EntryStatus {
            external_id: id,
            status,
            at_text,
            at: at_time,
        } = entry_status(entry);
        let action = entry.provisioning_action.value().and_then(|a| {
            serde_json::to_value(a)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
        });
        let fresh = Latest {
            status,
            action,
            at: at_time,
            at_text,
            entries: 1,
        };
        match self.latest.get_mut(&id) {
            None => {
                self.latest.insert(id, fresh);
            }
            Some(latest) => {
                let entries = latest.entries + 1;
                // The newest entry wins; entries without a valid time never replace one with it.
                if fresh.at.is_some() && (latest.at.is_none() || fresh.at >= latest.at) {
                    *latest = fresh;
                }
                latest.entries = entries;
            }
        }
    }

    /// How many entries the identity `external_id` has.
    pub fn entries_of(&self, external_id: &str) -> u64 {
        self.latest.get(external_id).map_or(0, |l| u64::from(l.entries))
    }

    /// Each identity's latest status and its time, sorted by id.
    pub fn latest(&self) -> Vec<(String, RecordStatus, Option<String>)> {
        let mut all: Vec<_> = self
            .latest
            .iter()
            .map(|(id, l)| (id.clone(), l.status.clone(), l.at_text.clone()))
            .collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }

    /// Whether every expected record has an entry.
    pub fn all_seen(&self, expected: &[RecordRef]) -> bool {
        expected.iter().all(|r| self.latest.contains_key(&r.external_id))
    }

    /// The summary: one row per expected record (in manifest order), or without a manifest one
    /// per identity logged (sorted by id).
    pub fn summary(&self, expected: Option<&[RecordRef]>) -> LogSummary {
        let mut summary = LogSummary {
            entries: self.entries,
            requests: self.requests,
            ..LogSummary::default()
        };
        let row = |id: &str, line: Option<u64>| match self.latest.get(id) {
            Some(latest) => RecordSummary {
                external_id: id.to_string(),
                line,
                status: latest.status.clone(),
                action: latest.action.clone(),
                activity_date_time: latest.at_text.clone(),
                entries: latest.entries,
            },
            None => RecordSummary {
                external_id: id.to_string(),
                line,
                status: RecordStatus::NotYetSeen,
                action: None,
                activity_date_time: None,
                entries: 0,
            },
        };
        match expected {
            Some(expected) => {
                summary.records = expected.iter().map(|r| row(&r.external_id, Some(r.line))).collect();
                let wanted: std::collections::HashSet<&str> = expected.iter().map(|r| r.external_id.as_str()).collect();
                summary.unmatched_entries = self
                    .latest
                    .iter()
                    .filter(|(id, _)| !wanted.contains(id.as_str()))
                    .map(|(_, l)| u64::from(l.entries))
                    .sum();
            }
            None => {
                let mut ids: Vec<&String> = self.latest.keys().collect();
                ids.sort();
                summary.records = ids.into_iter().map(|id| row(id, None)).collect();
            }
        }
        for record in &summary.records {
            match record.status {
                RecordStatus::Succeeded => summary.succeeded += 1,
                RecordStatus::Warning { .. } => summary.warnings += 1,
                RecordStatus::Failed { .. } => summary.failed += 1,
                RecordStatus::Skipped { .. } => summary.skipped += 1,
                RecordStatus::Other { .. } => summary.other += 1,
                RecordStatus::NotYetSeen => summary.not_yet_seen += 1,
            }
        }
        summary
    }
}

/// How far a read of the logs has come, after each page: what a progress display shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadProgress {
    /// Which read this is: 1, then one more for each read again (`summarize` with a deadline).
    pub read: u32,
    /// Entries read so far in this read.
    pub entries: u64,
    /// Pages answered so far in this read.
    pub pages: u64,
    /// The share (0 to 1) of the window, `since` to when the read began, that the entries read
    /// so far cover; `None` until two entries with different times tell the order of the pages.
    pub window_covered: Option<f64>,
}

/// What a progress display is told while the logs are read.
pub trait ReadObserver {
    /// One more page of a read.
    fn page(&mut self, progress: &ReadProgress);

    /// After a read, `seen` of the `expected` records have an entry; the next read is in `interval`.
    fn waiting(&mut self, seen: u64, expected: u64, interval: Duration) {
        let _ = (seen, expected, interval);
    }
}

/// No display.
impl ReadObserver for () {
    fn page(&mut self, _: &ReadProgress) {}
}

/// Where the entries read so far lie in the window, whichever order the service pages them in.
#[derive(Debug, Clone)]
pub struct WindowCoverage {
    since: Option<chrono::DateTime<chrono::FixedOffset>>,
    until: chrono::DateTime<chrono::FixedOffset>,
    first: Option<chrono::DateTime<chrono::FixedOffset>>,
    last: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl WindowCoverage {
    /// The window from `since` (RFC 3339; unparsable: no estimate) to `until`.
    pub fn new(since: &str, until: chrono::DateTime<chrono::FixedOffset>) -> WindowCoverage {
        WindowCoverage {
            since: chrono::DateTime::parse_from_rfc3339(since).ok(),
            until,
            first: None,
            last: None,
        }
    }

    /// One more entry's time, in the order read.
    pub fn saw(&mut self, at: chrono::DateTime<chrono::FixedOffset>) {
        self.first.get_or_insert(at);
        self.last = Some(at);
    }

    /// The share of the window covered: newest first, from the latest entry read back to the
    /// end of the window; oldest first, from the start of the window to the latest entry read.
    pub fn covered(&self) -> Option<f64> {
        let (since, first, last) = (self.since?, self.first?, self.last?);
        let window = (self.until - since).num_milliseconds();
        if window <= 0 || first == last {
            return None;
        }
        let covered = if last < first { self.until - last } else { last - since };
        Some((covered.num_milliseconds() as f64 / window as f64).clamp(0.0, 1.0))
    }
}

/// Reads every page of the query once into `folder` (the client keeps to the reports limit).
pub async fn read_logs(
    client: &Client,
    query: &LogQuery,
    folder: &mut dyn LogSink,
) -> Result<(), msgraph_sync::client::Error> {
    read_logs_observed(client, query, folder, 1, &mut ()).await
}

/// [`read_logs`], telling `observer` after each page how far the read has come.
pub async fn read_logs_observed(
    client: &Client,
    query: &LogQuery,
    folder: &mut dyn LogSink,
    read: u32,
    observer: &mut dyn ReadObserver,
) -> Result<(), msgraph_sync::client::Error> {
    let request = query.request(&client.v1_0());
    let pages = client.pages(&request);
    futures_util::pin_mut!(pages);
    let until = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).fixed_offset();
    let mut coverage = WindowCoverage::new(&query.since, until);
    let mut progress = ReadProgress {
        read,
        entries: 0,
        pages: 0,
        window_covered: None,
    };
    while let Some(page) = pages.next().await {
        folder.request();
        for entry in page?.value.value().into_iter().flatten() {
            folder.add(entry);
            progress.entries += 1;
            if let Some(at) = entry.activity_date_time.value().and_then(|d| d.value()) {
                coverage.saw(at);
            }
        }
        folder.page_read();
        progress.pages += 1;
        progress.window_covered = coverage.covered();
        observer.page(&progress);
    }
    Ok(())
}

/// Reads the logs; with `expected` records and a `deadline`, reads them again every `interval`
/// (fresh, each time) until every record has an entry or the deadline passes.
pub async fn summarize(
    client: &Client,
    query: &LogQuery,
    expected: Option<&[RecordRef]>,
    deadline: Option<Instant>,
    interval: Duration,
) -> Result<LogSummary, msgraph_sync::client::Error> {
    summarize_observed(client, query, expected, deadline, interval, &mut ()).await
}

/// [`summarize`], telling `observer` of each page of each read and of each wait between reads.
pub async fn summarize_observed(
    client: &Client,
    query: &LogQuery,
    expected: Option<&[RecordRef]>,
    deadline: Option<Instant>,
    interval: Duration,
    observer: &mut dyn ReadObserver,
) -> Result<LogSummary, msgraph_sync::client::Error> {
    let mut requests = 0;
    let mut read = 0;
    loop {
        read += 1;
        let mut folder = LogFolder::default();
        read_logs_observed(client, query, &mut folder, read, observer).await?;
        requests += folder.requests;
        folder.requests = requests;
        let done = match (expected, deadline) {
            (Some(expected), Some(deadline)) => folder.all_seen(expected) || Instant::now() + interval > deadline,
            _ => true,
        };
        if done {
            return Ok(folder.summary(expected));
        }
        if let Some(expected) = expected {
            let seen = expected
                .iter()
                .filter(|r| folder.entries_of(&r.external_id) > 0)
                .count();
            observer.waiting(seen as u64, expected.len() as u64, interval);
        }
        tokio::time::sleep(interval).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn coverage_follows_either_order() {
        let until = at("2026-12-01T10:00:00Z");
        let mut newest_first = WindowCoverage::new("2026-12-01T00:00:00Z", until);
        newest_first.saw(at("2026-12-01T09:00:00Z"));
        assert_eq!(newest_first.covered(), None, "one time tells no order");
        newest_first.saw(at("2026-12-01T06:00:00Z"));
        assert_eq!(newest_first.covered(), Some(0.4));
        let mut oldest_first = WindowCoverage::new("2026-12-01T00:00:00Z", until);
        oldest_first.saw(at("2026-12-01T01:00:00Z"));
        oldest_first.saw(at("2026-12-01T02:30:00Z"));
        assert_eq!(oldest_first.covered(), Some(0.25));
        let mut beyond = WindowCoverage::new("2026-12-01T00:00:00Z", until);
        beyond.saw(at("2026-12-01T01:00:00Z"));
        beyond.saw(at("2026-12-02T00:00:00Z"));
        assert_eq!(beyond.covered(), Some(1.0));
        assert_eq!(WindowCoverage::new("not a time", until).covered(), None);
    }

    #[test]
    fn the_query_asks_for_the_largest_page() {
        let query = LogQuery::new("job'1", "2026-12-01T00:00:00Z").unwrap();
        let url = query.request(&Api::new(msgraph_sync::Cloud::Global)).url();
        assert!(url.ends_with(&format!("&$top={PAGE_SIZE}")), "{url}");
        let small = query
            .with_page_size(0)
            .request(&Api::new(msgraph_sync::Cloud::Global))
            .url();
        assert!(small.ends_with("&$top=1"), "{small}");
    }
}
