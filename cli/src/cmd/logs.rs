//! `logs`: what happened to the records — the provisioning logs of a job since a time, matched to
//! an upload's manifest (or, without one, what the logs show for the job's regular cycles).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Args;
use msgraph_sync_provisioning::logs::{self, LogQuery, LogSummary, RecordStatus};
use msgraph_sync_provisioning::manifest::Manifest;

use crate::context::{write_json, Context};
use crate::exit::{CliError, Outcome};
use crate::progress::LogProgress;

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// The synchronization job id (default: the manifest's).
    #[arg(long, short = 'j')]
    pub job: Option<String>,
    /// Entries at or after this time (RFC 3339, e.g. 2026-12-01T23:50:00Z; default: when the
    /// manifest's upload started).
    #[arg(long)]
    pub since: Option<String>,
    /// An upload manifest (`bulk-upload --manifest`): match the logs to its records, and report
    /// those not yet seen.
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// Keep reading (every --interval seconds) until every record of the manifest is seen, for at
    /// most this many seconds.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=31_622_400))]
    pub wait: u64,
    /// Seconds between reads with --wait (1 to 86400).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub interval: u64,
    /// Entries asked for per page ($top; 1 to 999, the largest page asked for by default).
    #[arg(long, default_value_t = logs::PAGE_SIZE, value_parser = clap::value_parser!(u64).range(1..=logs::PAGE_SIZE))]
    pub page_size: u64,
}

pub async fn run(context: &Context, args: LogsArgs) -> Result<Outcome, CliError> {
    let manifest = match &args.manifest {
        Some(path) => Some(Manifest::read(path).map_err(|e| CliError::Usage(e.to_string()))?),
        None => None,
    };
    let job = match (&args.job, &manifest) {
        (Some(job), Some(manifest)) if *job != manifest.header.job.job_id => {
            return Err(CliError::Usage(format!(
                "--job {job} is not the manifest's job {}",
                manifest.header.job.job_id
            )))
        }
        (Some(job), _) => job.clone(),
        (None, Some(manifest)) => manifest.header.job.job_id.clone(),
        (None, None) => return Err(CliError::Usage("give --job, or --manifest of an upload".into())),
    };
    let since = match (&args.since, &manifest) {
        (Some(since), _) => since.clone(),
        (None, Some(manifest)) => manifest.header.started_at.clone(),
        (None, None) => {
            return Err(CliError::Usage(
                "give --since (RFC 3339), or --manifest of an upload".into(),
            ))
        }
    };
    let query = LogQuery::new(job.clone(), &since)
        .map_err(|e| CliError::Usage(e.to_string()))?
        .with_page_size(args.page_size);
    let Some(client) = context.client() else {
        crate::context::print_request(&mut std::io::stdout().lock(), &query.request(&context.v1_0()))?;
        crate::context::print_comment(
            &mut std::io::stdout().lock(),
            "and each further page the answer links to (@odata.nextLink)",
        )?;
        return Ok(Outcome::Success);
    };
    let expected = manifest.as_ref().map(|m| m.sent.as_slice());
    let deadline = (args.wait > 0).then(|| Instant::now() + Duration::from_secs(args.wait));
    // Progress goes to standard error: a spinner on a terminal, else a line every few pages or
    // seconds (not with --json, whose standard error carries only errors).
    let terminal = std::io::stderr().is_terminal();
    let mut progress = LogProgress::new(context.progress(), !context.global.json && !terminal);
    let summary = logs::summarize_observed(
        client,
        &query,
        expected,
        deadline,
        Duration::from_secs(args.interval.max(1)),
        &mut progress,
    )
    .await;
    progress.finish();
    let summary = summary?;
    print_summary(context, &job, &since, &summary, manifest.as_ref())?;
    Ok(if summary.failed > 0 {
        Outcome::JobFailed
    } else if deadline.is_some() && summary.not_yet_seen > 0 {
        Outcome::Deadline
    } else {
        Outcome::Success
    })
}

fn print_summary(
    context: &Context,
    job: &str,
    since: &str,
    summary: &LogSummary,
    manifest: Option<&Manifest>,
) -> Result<(), CliError> {
    let mut out = crate::output::stdout(context.global.json);
    if context.global.json {
        let mut document = serde_json::json!({"job": job, "since": since, "summary": summary});
        if let Some(manifest) = manifest {
            document["refusedAtUpload"] = serde_json::json!(manifest.refused.len());
            document["rejectedAtUpload"] = serde_json::json!(manifest.rejected.len());
        }
        write_json(&mut out, &document)?;
        return Ok(());
    }
    writeln!(
        out,
        "job {job} since {since}: {}: {} succeeded, {}, {} failed, {} skipped, {} not yet seen ({}, {})",
        crate::plural::count(summary.records.len(), "record", "records"),
        summary.succeeded,
        crate::plural::count(summary.warnings as usize, "warning", "warnings"),
        summary.failed,
        summary.skipped,
        summary.not_yet_seen,
        crate::plural::count(summary.entries as usize, "log entry", "log entries"),
        crate::plural::count(summary.requests as usize, "request", "requests")
    )?;
    for record in &summary.records {
        let line = record.line.map(|l| format!(" (line {l})")).unwrap_or_default();
        let id = &record.external_id;
        match &record.status {
            RecordStatus::Succeeded => {}
            RecordStatus::Warning { reason } => {
                writeln!(out, "warning       {id}{line}: {}", reason.as_deref().unwrap_or(""))?
            }
            RecordStatus::Failed { code, reason } => writeln!(
                out,
                "failed        {id}{line}: {}: {}",
                code.as_deref().unwrap_or("(no code)"),
                reason.as_deref().unwrap_or("")
            )?,
            RecordStatus::Skipped { reason } => {
                writeln!(out, "skipped       {id}{line}: {}", reason.as_deref().unwrap_or(""))?
            }
            RecordStatus::Other { value } => writeln!(out, "status {value:?} {id}{line}")?,
            RecordStatus::NotYetSeen => writeln!(out, "not yet seen  {id}{line}")?,
        }
    }
    if let Some(manifest) = manifest {
        if !manifest.refused.is_empty() || !manifest.rejected.is_empty() {
            writeln!(
                out,
                "at upload: {} records refused by bulkUpload, {} rejected as invalid (never sent)",
                manifest.refused.len(),
                manifest.rejected.len()
            )?;
        }
    }
    Ok(())
}
