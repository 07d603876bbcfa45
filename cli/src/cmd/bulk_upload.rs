//! `bulk-upload`: records from CSV or JSON Lines, through an attribute map, to a job's
//! `bulkUpload` as SCIM bulk requests (API-driven inbound provisioning).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use msgraph_sync::client::Endpoint;
use msgraph_sync_provisioning::bulk::{
    self, ChunkOutcome, ChunkStatus, Input, Stopped, UploadError, UploadObserver, UploadOptions, UploadReport,
};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::manifest::{ManifestWriter, UploadHeader};
use msgraph_sync_provisioning::records::{Planned, RecordError, RecordRef};

use super::feed::FeedArgs;
use super::job::{resolve, JobArgs};
use crate::context::{write_json, Context, Placeholder};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Args)]
pub struct BulkUploadArgs {
    /// The API-driven provisioning app's service principal and its job.
    #[command(flatten)]
    pub job: JobArgs,
    #[command(flatten)]
    pub feed: FeedArgs,
    /// Records per bulk request (the service allows 50).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..=50))]
    pub batch_size: u16,
    /// Bulk requests in flight at once (their pace is bulkUpload's limit, see --limit; this only
    /// needs to cover the round trip).
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Check every record first; if any is bad, send nothing (the input must be a file).
    #[arg(long)]
    pub all_or_nothing: bool,
    /// Send nothing unless the daily budget left covers every request (see --daily-budget).
    #[arg(long)]
    pub require_budget: bool,
    /// Write the manifest here (JSON Lines: each request named before it is sent, then its records,
    /// status and Location); `logs --manifest` reads it. The file must not exist yet.
    #[arg(long)]
    pub manifest: Option<PathBuf>,
}

pub async fn run(context: &Context, args: BulkUploadArgs) -> Result<Outcome, CliError> {
    let input = args.feed.input(usize::from(args.batch_size))?;
    let mut out = crate::output::stdout(context.global.json);
    let (job, placeholders) = resolve(context, &args.job, &mut out).await?;
    let Some(client) = context.client() else {
        return dry_run(context, &job, &placeholders, &input, args.all_or_nothing);
    };
    let options = UploadOptions {
        concurrency: usize::from(args.concurrency),
        all_or_nothing: args.all_or_nothing,
        whole_or_nothing: args.require_budget,
    };
    let size = std::fs::metadata(&input.path).map(|m| m.len()).unwrap_or(0);
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(size);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {percent:>3}% {msg} [{elapsed_precise}, {eta} left]")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let manifest = match &args.manifest {
        None => None,
        Some(path) => Some(create_manifest(path, &input.path, &job)?),
    };
    let mut observer = CliObserver {
        progress,
        manifest,
        records: 0,
        not_found: None,
        failures: Default::default(),
        rejected: Vec::new(),
        keep_rejected: context.global.json,
    };
    let result = bulk::upload(client, &job, &input, &options, &mut observer).await;
    observer.progress.finish_and_clear();
    let (report, failure) = match result {
        Ok(report) => (report, None),
        Err(UploadError::AllOrNothing { count, first }) => {
            return Err(refused_all(count, &first, "so none was sent"));
        }
        Err(UploadError::Interrupted { error, report }) => {
            let message = format!(
                "{}: {error}; what was sent before is reported above",
                input.path.display()
            );
            (report, Some(CliError::Usage(message)))
        }
        Err(UploadError::Observer { error, report }) => {
            let place = args
                .manifest
                .as_ref()
                .map_or(String::new(), |p| format!("{}: ", p.display()));
            // The run stopped with nothing lost: the report says what went, exit 7 (not a usage error).
            crate::output::eprint_line(format!(
                "{place}writing the manifest failed ({error}), so nothing more was sent"
            ));
            (report, None)
        }
        Err(error @ (UploadError::Input(_) | UploadError::NotRereadable(_))) => {
            return Err(CliError::Usage(error.to_string()))
        }
    };
    let manifest_written = match (observer.manifest.take(), &args.manifest) {
        (Some(manifest), Some(path)) if failure.is_none() => manifest.finish(&report).map_err(|e| {
            CliError::Io(std::io::Error::new(
                e.kind(),
                format!("{}: writing the manifest: {e}", path.display()),
            ))
        }),
        _ => Ok(()),
    };
    if let (Some(error), 0) = (observer.not_found.take(), report.records_accepted) {
        // The job (or service principal) does not exist: a Graph error, not rejected records.
        return Err(CliError::Service(format!(
            "job {} of service principal {}: {error}; no record was provisioned",
            job.job_id, job.service_principal_id
        )));
    }
    print_report(context, &job, &report, &observer.rejected, args.manifest.as_ref())?;
    if let Some(failure) = failure {
        return Err(failure);
    }
    manifest_written?;
    let clean = report.records_rejected == 0 && report.records_refused == 0 && report.records_unknown == 0;
    let outcome = observer.failures.outcome(clean)?;
    Ok(if report.stopped.is_some() || report.records_not_sent > 0 {
        Outcome::Stopped
    } else {
        outcome
    })
}

/// A new manifest file: never the input, never over an earlier run's record.
fn create_manifest(
    path: &Path,
    input: &Path,
    job: &JobRef,
) -> Result<ManifestWriter<std::io::BufWriter<std::fs::File>>, CliError> {
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(path, input) {
        return Err(CliError::Usage(format!(
            "--manifest {} is the input file; name another file",
            path.display()
        )));
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => CliError::Usage(format!(
                "{}: the manifest exists (an earlier run's record); name a new file",
                path.display()
            )),
            _ => CliError::Usage(format!("{}: cannot create the manifest: {e}", path.display())),
        })?;
    let header = UploadHeader {
        job: job.clone(),
        input: input.display().to_string(),
        started_at: msgraph_sync_provisioning::logs::now_rfc3339(),
    };
    ManifestWriter::new(std::io::BufWriter::new(file), header).map_err(|e| {
        CliError::Io(std::io::Error::new(
            e.kind(),
            format!("{}: writing the manifest: {e}", path.display()),
        ))
    })
}

/// `--all-or-nothing` with records that cannot be sent: each listed on standard error and in the
/// `--json` error document (the first 1000 of `count`).
fn refused_all(count: u64, first: &[RecordError], consequence: &str) -> CliError {
    for error in first {
        eprintln!("{error}");
    }
    let listed = if first.len() as u64 == count {
        "listed above".to_string()
    } else {
        format!("the first {} listed above", first.len())
    };
    CliError::Rejected {
        message: format!(
            "{} cannot be sent ({listed}), {consequence} (--all-or-nothing)",
            n(count, "record", "records")
        ),
        rejected: rejected_json(first),
    }
}

/// A count of `u64` with its noun.
fn n(count: u64, singular: &str, plural: &str) -> String {
    crate::plural::count(usize::try_from(count).unwrap_or(usize::MAX), singular, plural)
}

/// The `rejected` member of a `--json` document: each record not sent for what it holds, by line
/// (`externalId` when its column could be read) with the reason.
pub fn rejected_json(rejected: &[RecordError]) -> serde_json::Value {
    rejected
        .iter()
        .map(|error| {
            let mut record = serde_json::json!({
                "line": error.line,
                "column": error.column,
                "reason": error.message,
            });
            if let Some(external_id) = &error.external_id {
                record["externalId"] = serde_json::json!(external_id);
            }
            record
        })
        .collect()
}

fn print_report(
    context: &Context,
    job: &JobRef,
    report: &UploadReport,
    rejected: &[RecordError],
    manifest: Option<&PathBuf>,
) -> Result<(), CliError> {
    let mut out = crate::output::stdout(context.global.json);
    if context.global.json {
        let document = serde_json::json!({
            "servicePrincipal": job.service_principal_id,
            "job": job.job_id,
            "report": report,
            "rejected": rejected_json(rejected),
            "manifest": manifest.map(|p| p.display().to_string()),
        });
        write_json(&mut out, &document)?;
    } else {
        writeln!(
            out,
            "{} accepted by job {} in {} ({}, {:.1} s)",
            n(report.records_accepted, "record", "records"),
            job.job_id,
            n(report.chunks_accepted, "bulk request", "bulk requests"),
            n(report.requests, "HTTP request", "HTTP requests"),
            report.elapsed_seconds
        )?;
        if report.records_refused > 0 {
            writeln!(
                out,
                "{} refused by the service (not provisioned)",
                n(report.records_refused, "record", "records")
            )?;
        }
        if report.records_unknown > 0 {
            writeln!(
                out,
                "{} sent without an answer (not sent again; check the provisioning logs)",
                n(report.records_unknown, "record", "records")
            )?;
        }
        if report.records_rejected > 0 {
            writeln!(
                out,
                "{} rejected (listed on standard error)",
                n(report.records_rejected, "record", "records")
            )?;
        }
        if report.records_not_sent > 0 || report.stopped.is_some() {
            let why = match &report.stopped {
                Some(Stopped::BudgetSpent { next_free }) => format!(
                    "bulkUpload's daily budget is spent{}",
                    next_free
                        .as_ref()
                        .map(|t| format!(" (the next call is free at {t})"))
                        .unwrap_or_default()
                ),
                Some(Stopped::Throttled) => "the service kept answering 429 (throttled)".to_string(),
                Some(Stopped::NotRecorded { message }) => {
                    format!("the record of what was sent (manifest or call ledger) could not be written: {message}")
                }
                None => "the run stopped".to_string(),
            };
            writeln!(
                out,
                "{} records not sent in {} bulk requests: {why}; run again later",
                report.records_not_sent, report.chunks_not_sent
            )?;
        }
        if let Some(path) = manifest {
            writeln!(out, "manifest: {}", path.display())?;
        }
    }
    Ok(())
}

/// `--dry-run`: every request, printed; nothing sent. Bad records go to standard error.
fn dry_run(
    context: &Context,
    job: &JobRef,
    placeholders: &[Placeholder],
    input: &Input,
    all_or_nothing: bool,
) -> Result<Outcome, CliError> {
    if all_or_nothing {
        let (count, first) = bulk::validate(input).map_err(|e| CliError::Usage(e.to_string()))?;
        if count > 0 {
            return Err(refused_all(count, &first, "so none would be"));
        }
    }
    let plan = bulk::plan(input).map_err(|e| CliError::Usage(e.to_string()))?;
    let window = context.endpoint_limit(Endpoint::BulkUpload);
    let seconds = plan.calls as f64 / window.rate();
    eprintln!(
        "plan: {} records in {} bulk requests ({} rejected); bulkUpload's limit {window} (about {seconds:.0} s); daily budget {} calls per 24 hours",
        plan.records, plan.calls, plan.rejected, context.global.daily_budget
    );
    if plan.calls > u64::from(context.global.daily_budget) {
        eprintln!(
            "plan: {} requests exceed the daily budget of {}: a run sends {} and reports the rest not sent",
            plan.calls, context.global.daily_budget, context.global.daily_budget
        );
    }
    let api = context.v1_0();
    let mut out = std::io::stdout().lock();
    // Kept for the `--json` document only (without it they are on standard error).
    let mut rejected = Vec::new();
    let mut rejected_count = 0u64;
    for item in input.chunks().map_err(|e| CliError::Usage(e.to_string()))? {
        match item.map_err(|e| CliError::Usage(e.to_string()))? {
            Planned::Rejected(error) => {
                eprintln!("{error}");
                rejected_count += 1;
                if context.global.json {
                    rejected.push(error);
                }
            }
            Planned::Chunk(chunk) => {
                let request = bulk::upload_request(&api, job, &chunk.request)
                    .map_err(|e| CliError::Usage(format!("encoding a bulk request: {e}")))?;
                crate::context::print_request_with(&mut out, &request, placeholders)?;
            }
        }
    }
    crate::context::dry_run_member("rejected", rejected_json(&rejected));
    Ok(if rejected_count == 0 {
        Outcome::Success
    } else {
        Outcome::JobFailed
    })
}

struct CliObserver {
    progress: ProgressBar,
    manifest: Option<ManifestWriter<std::io::BufWriter<std::fs::File>>>,
    records: u64,
    /// The Graph error of a chunk answered 404 (no such job or service principal).
    not_found: Option<String>,
    failures: crate::exit::UploadFailures,
    /// The records not sent for what they hold, for the `--json` document.
    rejected: Vec<RecordError>,
    /// Only `--json` keeps them: without it they are on standard error, and memory stays flat.
    keep_rejected: bool,
}

impl UploadObserver for CliObserver {
    fn rejected(&mut self, error: &RecordError) -> std::io::Result<()> {
        self.progress.suspend(|| eprintln!("{error}"));
        if self.keep_rejected {
            self.rejected.push(error.clone());
        }
        match &mut self.manifest {
            Some(manifest) => manifest.rejected(error),
            None => Ok(()),
        }
    }

    fn sending(&mut self, index: usize, records: &[RecordRef]) -> std::io::Result<()> {
        match &mut self.manifest {
            Some(manifest) => manifest.sending(index, records),
            None => Ok(()),
        }
    }

    fn chunk(&mut self, outcome: &ChunkOutcome) -> std::io::Result<()> {
        self.failures.observe(outcome);
        self.records += outcome.records.len() as u64;
        if outcome.http_status == Some(404) && self.not_found.is_none() {
            self.not_found = outcome.error.as_ref().map(|e| format!("{} (404)", e.message));
        }
        self.progress.set_position(self.progress.position().max(outcome.offset));
        self.progress.set_message(format!("{} records", self.records));
        let status = match outcome.status {
            ChunkStatus::Accepted | ChunkStatus::NotSent => None,
            ChunkStatus::Refused => Some("refused"),
            ChunkStatus::Unknown => Some("sent, no clear answer (not sent again; check the provisioning logs)"),
        };
        if let Some(status) = status {
            let lines = match (outcome.records.first(), outcome.records.last()) {
                (Some(first), Some(last)) => format!("lines {}-{}", first.line, last.line),
                _ => String::new(),
            };
            let why = outcome.error.as_ref().map(|e| match &e.code {
                Some(code) => format!("{code}: {}", e.message),
                None => e.message.clone(),
            });
            self.progress.suspend(|| {
                eprintln!(
                    "request {} ({lines}) {status}: {}",
                    outcome.index + 1,
                    crate::output::escape(&why.unwrap_or_default())
                )
            });
        }
        match &mut self.manifest {
            Some(manifest) => manifest.chunk(outcome),
            None => Ok(()),
        }
    }
}
