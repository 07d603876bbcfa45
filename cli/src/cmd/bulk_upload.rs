//! `bulk-upload`: records from CSV or JSON Lines, through an attribute map, to a job's
//! `bulkUpload` as SCIM bulk requests (API-driven inbound provisioning).

use std::io::{IsTerminal, Write};
use std::num::NonZeroU32;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::bulk::{
    self, ChunkOutcome, ChunkStatus, Input, JobRef, UploadError, UploadObserver, UploadOptions, UploadReport,
};
use msgraph_sync_provisioning::manifest::{ManifestWriter, UploadHeader};
use msgraph_sync_provisioning::records::{InputFormat, Planned, RecordError};

use crate::context::{write_json, Context};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Args)]
pub struct BulkUploadArgs {
    /// The service principal (object id) of the API-driven provisioning app.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
    /// The synchronization job id.
    #[arg(long)]
    pub job: String,
    /// The records: a CSV file with a header line, or JSON Lines (one object per line).
    #[arg(long)]
    pub input: PathBuf,
    /// The input's format (default: from its extension, .csv or .jsonl/.ndjson).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// The attribute map: `source column = SCIM attribute path` per line (see the README).
    #[arg(long)]
    pub map: PathBuf,
    /// Bulk requests per second at most (the service allows 40).
    #[arg(long, default_value_t = NonZeroU32::new(40).expect("40"), value_parser = crate::args::rate)]
    pub rate: NonZeroU32,
    /// Records per bulk request (the service allows 50).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..=50))]
    pub batch_size: u16,
    /// Bulk requests in flight at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Check every record first; if any is bad, send nothing.
    #[arg(long)]
    pub all_or_nothing: bool,
    /// Write the manifest here (JSON Lines: each request's records, status and Location); `logs
    /// --manifest` reads it.
    #[arg(long)]
    pub manifest: Option<PathBuf>,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Csv,
    Jsonl,
}

pub async fn run(context: &Context, args: BulkUploadArgs) -> Result<Outcome, CliError> {
    let map = AttributeMap::from_file(&args.map).map_err(|e| CliError::Usage(e.to_string()))?;
    let input = Input {
        path: args.input.clone(),
        format: args.format.map(|f| match f {
            FormatArg::Csv => InputFormat::Csv,
            FormatArg::Jsonl => InputFormat::JsonLines,
        }),
        map,
        operations_per_request: usize::from(args.batch_size),
    };
    let job = JobRef {
        service_principal: args.service_principal.clone(),
        job: args.job.clone(),
    };
    let Some(client) = context.client() else {
        return dry_run(context, &job, &input, args.all_or_nothing);
    };
    let options = UploadOptions {
        requests_per_second: args.rate,
        concurrency: usize::from(args.concurrency),
        all_or_nothing: args.all_or_nothing,
        ..UploadOptions::default()
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
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| CliError::Usage(format!("{}: cannot create the manifest: {e}", path.display())))?;
            let header = UploadHeader {
                job: job.clone(),
                input: input.path.display().to_string(),
                started_at: msgraph_sync_provisioning::logs::now_rfc3339(),
            };
            Some(ManifestWriter::new(std::io::BufWriter::new(file), header))
        }
    };
    let mut observer = CliObserver {
        progress,
        manifest,
        records: 0,
        failures: Default::default(),
    };
    let result = bulk::upload(client, &job, &input, &options, &mut observer).await;
    observer.progress.finish_and_clear();
    let report = match result {
        Ok(report) => report,
        Err(UploadError::AllOrNothing { count, first }) => {
            for error in &first {
                eprintln!("{error}");
            }
            return Err(CliError::Usage(format!(
                "{count} record(s) cannot be sent (listed above), so none was sent (--all-or-nothing)"
            )));
        }
        Err(UploadError::Interrupted { error, report }) => {
            finish_manifest(observer.manifest, &report, args.manifest.as_ref())?;
            return Err(CliError::Usage(format!(
                "{error}; {} records were accepted before (see the manifest)",
                report.records_accepted
            )));
        }
        Err(UploadError::Input(error)) => return Err(CliError::Usage(error.to_string())),
    };
    finish_manifest(observer.manifest, &report, args.manifest.as_ref())?;
    print_report(context, &job, &report, args.manifest.as_ref())?;
    let clean = report.records_rejected == 0 && report.records_refused == 0 && report.records_unknown == 0;
    observer.failures.outcome(clean)
}

fn finish_manifest(
    manifest: Option<ManifestWriter<std::io::BufWriter<std::fs::File>>>,
    report: &UploadReport,
    path: Option<&PathBuf>,
) -> Result<(), CliError> {
    match (manifest, path) {
        (Some(manifest), Some(path)) => manifest
            .finish(report)
            .map_err(|e| CliError::Usage(format!("{}: writing the manifest: {e}", path.display()))),
        _ => Ok(()),
    }
}

fn print_report(
    context: &Context,
    job: &JobRef,
    report: &UploadReport,
    manifest: Option<&PathBuf>,
) -> Result<(), CliError> {
    let mut out = crate::output::stdout(context.global.json);
    if context.global.json {
        let document = serde_json::json!({
            "servicePrincipal": job.service_principal,
            "job": job.job,
            "report": report,
            "manifest": manifest.map(|p| p.display().to_string()),
        });
        write_json(&mut out, &document)?;
    } else {
        writeln!(
            out,
            "{} records accepted by job {} in {} bulk requests ({} HTTP requests, {:.1} s)",
            report.records_accepted, job.job, report.chunks_accepted, report.requests, report.elapsed_seconds
        )?;
        if report.records_refused > 0 {
            writeln!(
                out,
                "{} records refused by the service (not provisioned)",
                report.records_refused
            )?;
        }
        if report.records_unknown > 0 {
            writeln!(
                out,
                "{} records sent without an answer (not sent again; check the provisioning logs)",
                report.records_unknown
            )?;
        }
        if report.records_rejected > 0 {
            writeln!(
                out,
                "{} records rejected (listed on standard error)",
                report.records_rejected
            )?;
        }
        if let Some(path) = manifest {
            writeln!(out, "manifest: {}", path.display())?;
        }
    }
    Ok(())
}

/// `--dry-run`: every request, printed; nothing sent. Bad records go to standard error.
fn dry_run(context: &Context, job: &JobRef, input: &Input, all_or_nothing: bool) -> Result<Outcome, CliError> {
    if all_or_nothing {
        let (count, first) = bulk::validate(input).map_err(|e| CliError::Usage(e.to_string()))?;
        if count > 0 {
            for error in &first {
                eprintln!("{error}");
            }
            return Err(CliError::Usage(format!(
                "{count} record(s) cannot be sent (listed above), so none would be (--all-or-nothing)"
            )));
        }
    }
    let api = context.v1_0();
    let mut out = std::io::stdout().lock();
    let mut rejected = 0;
    for item in input.chunks().map_err(|e| CliError::Usage(e.to_string()))? {
        match item.map_err(|e| CliError::Usage(e.to_string()))? {
            Planned::Rejected(error) => {
                rejected += 1;
                eprintln!("{error}");
            }
            Planned::Chunk(chunk) => {
                let request = bulk::upload_request(&api, job, &chunk.request)
                    .map_err(|e| CliError::Usage(format!("encoding a bulk request: {e}")))?;
                crate::context::print_request(&mut out, &request)?;
            }
        }
    }
    Ok(if rejected == 0 {
        Outcome::Success
    } else {
        Outcome::JobFailed
    })
}

struct CliObserver {
    progress: ProgressBar,
    manifest: Option<ManifestWriter<std::io::BufWriter<std::fs::File>>>,
    records: u64,
    failures: crate::exit::UploadFailures,
}

impl UploadObserver for CliObserver {
    fn rejected(&mut self, error: &RecordError) {
        self.progress.suspend(|| eprintln!("{error}"));
        if let Some(manifest) = &mut self.manifest {
            manifest.rejected(error);
        }
    }

    fn chunk(&mut self, outcome: &ChunkOutcome) {
        self.failures.observe(outcome);
        self.records += outcome.records.len() as u64;
        self.progress.set_position(self.progress.position().max(outcome.offset));
        self.progress.set_message(format!("{} records", self.records));
        if outcome.status != ChunkStatus::Accepted {
            let lines = match (outcome.records.first(), outcome.records.last()) {
                (Some(first), Some(last)) => format!("lines {}-{}", first.line, last.line),
                _ => String::new(),
            };
            let why = outcome.error.as_ref().map(|e| match &e.code {
                Some(code) => format!("{code}: {}", e.message),
                None => e.message.clone(),
            });
            let status = match outcome.status {
                ChunkStatus::Refused => "refused",
                _ => "sent, no answer (not sent again)",
            };
            self.progress.suspend(|| {
                eprintln!(
                    "request {} ({lines}) {status}: {}",
                    outcome.index + 1,
                    crate::output::escape(&why.unwrap_or_default())
                )
            });
        }
        if let Some(manifest) = &mut self.manifest {
            manifest.chunk(outcome);
        }
    }
}
