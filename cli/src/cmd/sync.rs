//! `sync`: a daily HR feed in, only what changed out (see `msgraph_sync_provisioning::sync`).

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use msgraph_sync_provisioning::bulk::{Input, Stopped};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::records::RecordError;
use msgraph_sync_provisioning::schema;
use msgraph_sync_provisioning::schema_check::{self, UnknownAttribute};
use msgraph_sync_provisioning::state::Store;
use msgraph_sync_provisioning::sync::{
    self, KindCounts, SyncObserver, SyncOptions, SyncPlan, SyncReport, UnknownAttributes,
};

use super::bulk_upload::rejected_json;
use super::feed::FormatArg;
use super::job::{resolve, JobArgs};
use crate::context::{write_json, Context};
use crate::exit::{CliError, Outcome};
use crate::plural::count;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The API-driven provisioning app's service principal and its job (a dry run needs --job: the
    /// state is read by job id).
    #[command(flatten)]
    pub job: JobArgs,
    /// The feed: the whole workforce, as CSV with a header line or JSON Lines.
    #[arg(long, required_unless_present = "reconcile")]
    pub input: Option<PathBuf>,
    /// The feed's format (default: from its extension, .csv or .jsonl/.ndjson).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// The attribute map: `source column = SCIM attribute path` per line, computed values and constants too (docs/map.md).
    #[arg(long, required_unless_present = "reconcile")]
    pub map: Option<PathBuf>,
    /// Only read the provisioning logs since the last run into the state (each record's outcome,
    /// the fate of chunks a killed run left unknown); send nothing.
    #[arg(long, conflicts_with_all = ["input", "map"])]
    pub reconcile: bool,
    /// Runs in a row a record must be missing from the feed before it is disabled.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub leaver_after: u32,
    /// No leaver is sent when there are more than this percentage of the job's enabled records…
    #[arg(long, default_value_t = 5.0)]
    pub max_leavers_percent: f64,
    /// …or more than this many (an empty or truncated feed must never disable the workforce).
    #[arg(long, default_value_t = 500)]
    pub max_leavers: u64,
    /// Send the leavers even past the thresholds, if there are at most this many.
    #[arg(long, value_name = "N")]
    pub allow_leavers: Option<u64>,
    /// How long a bulk request whose fate is unknown (a killed run) waits for the provisioning
    /// logs before its records are taken as never received and sent again.
    #[arg(long, default_value = "40m", value_parser = humantime::parse_duration)]
    pub log_delay: Duration,
    /// Bulk requests in flight at once (their pace is bulkUpload's limit, see --limit).
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Send nothing unless the daily budget left covers the whole plan.
    #[arg(long)]
    pub require_budget: bool,
    /// Send even when the map writes attributes the job's schema does not define (the service drops
    /// them; they are listed as warnings). Without it such a run is refused before anything is sent:
    /// `schema extend` adds the custom ones.
    #[arg(long, conflicts_with = "no_schema_check")]
    pub allow_unknown_attributes: bool,
    /// Do not read the job's schema before sending (it needs Synchronization.Read.All, which
    /// bulkUpload alone does not), so attributes it does not define go unnoticed.
    #[arg(long)]
    pub no_schema_check: bool,
    /// The job's schema as pulled (`schema pull`), checked against instead of reading it; under
    /// --dry-run the only way to check (a dry run reads nothing).
    #[arg(long, value_name = "FILE", conflicts_with = "no_schema_check")]
    pub job_schema: Option<PathBuf>,
}

struct Printer {
    json: bool,
    dry_run: bool,
    /// The records not sent for what they hold, for the `--json` document (only with it: without
    /// it they are on standard error, and memory stays flat).
    rejected: Vec<RecordError>,
    /// Unknown attributes are warnings (with them refused, the error lists them).
    allow_unknown_attributes: bool,
}

impl SyncObserver for Printer {
    fn rejected(&mut self, error: &RecordError) {
        eprintln!("{error}");
        if self.json {
            self.rejected.push(error.clone());
        }
    }

    fn unknown_attributes(&mut self, unknown: &[UnknownAttribute]) {
        if !self.allow_unknown_attributes {
            return;
        }
        for attribute in unknown {
            crate::output::eprint_line(format!("warning: {attribute}"));
        }
        crate::output::eprint_line(format!(
            "warning: sending anyway (--allow-unknown-attributes); {}",
            schema_check::advice(unknown)
        ));
    }

    fn plan(&mut self, plan: &SyncPlan) {
        // A real run's --json document carries the plan; a dry run shows it with its requests.
        if self.json && !self.dry_run {
            return;
        }
        let mut lines = Vec::new();
        let budget = match (plan.budget_left, plan.budget) {
            (Some(left), Some(all)) => format!("; daily budget: {left} of {all} calls left"),
            _ => String::new(),
        };
        let mut others = vec![format!("{} unchanged", plan.unchanged)];
        if plan.rejected > 0 {
            others.push(format!("{} rejected", plan.rejected));
        }
        if plan.held_back > 0 {
            others.push(format!(
                "{} held back (their fate is not in the logs yet)",
                plan.held_back
            ));
        }
        lines.push(format!(
            "plan: send {} ({}); {}; {} needed{budget}",
            kinds(&plan.send),
            count(plan.send.total() as usize, "record", "records"),
            others.join(", "),
            count(plan.calls as usize, "bulkUpload call", "bulkUpload calls"),
        ));
        if let Some(why) = &plan.leavers_blocked {
            lines.push(format!("leavers: {why}"));
        }
        if let (Some(left), true) = (
            plan.budget_left,
            plan.budget_left.is_some_and(|l| plan.calls > u64::from(l)),
        ) {
            lines.push(format!(
                "plan: the budget carries {left} of the {} calls: retries, leavers, joiners, then movers go first; the rest is deferred to the next run",
                plan.calls
            ));
        }
        let mut out = std::io::stdout().lock();
        for line in lines {
            let _ = if self.dry_run {
                crate::context::print_comment(&mut out, &line).map_err(drop)
            } else {
                writeln!(out, "{line}").map_err(drop)
            };
        }
    }

    fn request(
        &mut self,
        request: &msgraph_sync::Request<msgraph_sync::response::NoContent, msgraph_sync::query::NoOptions>,
    ) {
        let _ = crate::context::print_request(&mut std::io::stdout().lock(), request);
    }
}

/// `2 retries, 1 leaver, 5 joiners` (the kinds there are), or `nothing`.
fn kinds(counts: &KindCounts) -> String {
    let parts: Vec<String> = [
        (counts.retries, "retry", "retries"),
        (counts.leavers, "leaver", "leavers"),
        (counts.joiners, "joiner", "joiners"),
        (counts.movers, "mover", "movers"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| count(n as usize, one, many))
    .collect();
    if parts.is_empty() {
        "nothing".into()
    } else {
        parts.join(", ")
    }
}

pub async fn run(context: &Context, args: SyncArgs) -> Result<Outcome, CliError> {
    let job = match (&args.job.job, context.client()) {
        (Some(job_id), _) => JobRef::new(&args.job.service_principal, job_id),
        (None, Some(_)) => resolve(context, &args.job, &mut std::io::sink()).await?.0,
        (None, None) => {
            return Err(CliError::Usage(
                "a dry run of sync plans against the state of the job by its id: give --job (`job list` shows it)"
                    .into(),
            ))
        }
    };
    let path = context.global.state_path();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| CliError::Usage(format!("{}: {e}", dir.display())))?;
    }
    let store = Store::open(&path).map_err(|e| CliError::Usage(e.to_string()))?;
    let options = SyncOptions {
        leaver_after_runs: args.leaver_after,
        max_leavers_percent: args.max_leavers_percent,
        max_leavers: args.max_leavers,
        allow_leavers: args.allow_leavers,
        log_delay: args.log_delay,
        concurrency: usize::from(args.concurrency),
        whole_or_nothing: args.require_budget,
        dry_run: context.global.dry_run,
        unknown_attributes: if args.no_schema_check {
            UnknownAttributes::Unchecked
        } else if args.allow_unknown_attributes {
            UnknownAttributes::Warn
        } else {
            UnknownAttributes::Refuse
        },
        job_schema: match &args.job_schema {
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
                Some(Arc::new(schema::from_text(&text, path)?))
            }
            None => None,
        },
    };
    let offline;
    let client = match context.client() {
        Some(client) => client,
        None => {
            offline = context.offline_client()?;
            &offline
        }
    };
    let mut printer = Printer {
        json: context.global.json,
        dry_run: context.global.dry_run,
        rejected: Vec::new(),
        allow_unknown_attributes: args.allow_unknown_attributes,
    };
    if options.dry_run && !args.reconcile && !args.no_schema_check {
        // The real run's first request: the job's schema, to check the map against.
        let mut out = std::io::stdout().lock();
        crate::context::print_request(&mut out, &job.requests(&context.v1_0()).schema().get())?;
        let note = match &args.job_schema {
            Some(path) => format!(
                "the attributes the map writes are checked against the job's schema, here {}",
                path.display()
            ),
            None => "the attributes the map writes are checked against the answer (pass --job-schema FILE from `schema pull` to check them here)".into(),
        };
        crate::context::print_comment(&mut out, &note)?;
    }
    let result = if args.reconcile {
        if options.dry_run {
            return Err(CliError::Usage("--reconcile reads the logs; it has no dry run".into()));
        }
        sync::reconcile(client, &store, &job, &options).await
    } else {
        let (Some(input), Some(map)) = (&args.input, &args.map) else {
            return Err(CliError::Usage("give --input and --map (or --reconcile)".into()));
        };
        let input = Input {
            path: input.clone(),
            format: args.format.map(FormatArg::input_format),
            map: crate::map_file::load(map)?,
            operations_per_request: 50,
        };
        sync::sync(client, &store, &job, &input, &options, &mut printer).await
    };
    let report = result.map_err(|e| match e {
        sync::SyncError::Logs(error) => CliError::Client(error),
        sync::SyncError::Schema(schema::SchemaError::Client(error)) => {
            context.note("reading the job's schema failed (--no-schema-check runs without checking the map against it)");
            CliError::Client(error)
        }
        sync::SyncError::UnknownAttributes { unknown } => {
            let lines: Vec<String> = unknown.iter().map(|u| format!("  {u}")).collect();
            let message = format!(
                "the map writes {} the job's schema does not define; nothing was sent:\n{}\n{}; or pass --allow-unknown-attributes to send anyway",
                count(unknown.len(), "attribute", "attributes"),
                lines.join("\n"),
                schema_check::advice(&unknown)
            );
            CliError::UnknownAttributes { message, unknown }
        }
        sync::SyncError::State(error) => CliError::Usage(error.to_string()),
        other => CliError::Usage(other.to_string()),
    })?;
    if options.dry_run {
        crate::context::dry_run_member("rejected", rejected_json(&printer.rejected));
        // What the real run would exit with for what it can know beforehand.
        return Ok(if report.plan.rejected > 0 || report.plan.leavers_blocked.is_some() {
            Outcome::JobFailed
        } else {
            Outcome::Success
        });
    }
    print_report(context, &job, &report, &printer.rejected)?;
    Ok(if report.stopped.is_some() || report.deferred.total() > 0 {
        Outcome::Stopped
    } else if report.plan.leavers_blocked.is_some()
        || report.plan.rejected > 0
        || report.refused.total() > 0
        || report.unknown.total() > 0
        || !report.failures.is_empty()
    {
        Outcome::JobFailed
    } else {
        Outcome::Success
    })
}

fn print_report(
    context: &Context,
    job: &JobRef,
    report: &SyncReport,
    rejected: &[RecordError],
) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    if context.global.json {
        let document = serde_json::json!({
            "servicePrincipal": job.service_principal_id,
            "job": job.job_id,
            "report": report,
            "rejected": rejected_json(rejected),
        });
        return write_json(&mut out, &document);
    }
    if let Some(why) = &report.logs_unread {
        writeln!(
            out,
            "the provisioning logs could not be read ({}): outcomes not updated",
            crate::output::escape(why)
        )?;
    }
    if report.reconciled_accepted + report.reconciled_lost > 0 {
        writeln!(
            out,
            "settled from the logs: {} found accepted, {} taken as never received",
            count(report.reconciled_accepted as usize, "bulk request", "bulk requests"),
            report.reconciled_lost
        )?;
    }
    writeln!(
        out,
        "accepted: {} in {}",
        kinds(&report.accepted),
        count(report.requests as usize, "HTTP request", "HTTP requests"),
    )?;
    if report.refused.total() > 0 {
        writeln!(
            out,
            "refused by the service: {} ({})",
            report.refused.total(),
            kinds(&report.refused)
        )?;
    }
    if report.unknown.total() > 0 {
        writeln!(
            out,
            "sent without a clear answer: {} (not sent again until the logs tell)",
            report.unknown.total()
        )?;
    }
    if report.deferred.total() > 0 {
        let why = match &report.stopped {
            Some(Stopped::BudgetSpent { .. }) => "the daily budget is spent",
            Some(Stopped::Throttled) => "the service kept answering 429",
            Some(Stopped::NotRecorded { .. }) => "the state could not be written",
            None => "the run stopped",
        };
        writeln!(
            out,
            "deferred to the next run: {} ({}): {why}",
            report.deferred.total(),
            kinds(&report.deferred)
        )?;
    }
    for failure in &report.failures {
        let text = [failure.code.as_deref(), failure.reason.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(": ");
        writeln!(out, "failed        {}: {}", failure.external_id, text.escape_debug())?;
    }
    Ok(())
}
