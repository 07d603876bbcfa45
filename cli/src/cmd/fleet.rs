//! `fleet status`: the synchronization jobs of many service principals, summarized.

use std::io::Write;
use std::path::PathBuf;

use clap::builder::TypedValueParser as _;
use clap::{Args, Subcommand};
use msgraph_sync_provisioning::fleet::{self, FleetOptions, JobState, Targets};

use crate::context::{show_plan, write_json, Context};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// The state of every synchronization job of many service principals (Active / Paused /
    /// Quarantine with its reason / NotConfigured). Exit status 1 when a job is in quarantine or
    /// a service principal's jobs could not be read.
    #[command(after_help = crate::permissions::FLEET)]
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// A file of service principal object ids, one per line (blank lines and `#` comments
    /// ignored).
    #[arg(long, conflicts_with = "filter", required_unless_present = "filter")]
    pub ids_file: Option<PathBuf>,
    /// A `$filter` on servicePrincipals, e.g. `startswith(displayName,'HR')`.
    #[arg(long)]
    pub filter: Option<String>,
    /// Requests (or `$batch` requests) in flight at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64).map(usize::from))]
    pub concurrency: usize,
    /// One request per service principal instead of JSON batches of 20.
    #[arg(long)]
    pub no_batch: bool,
}

pub async fn run(context: &Context, command: FleetCommand) -> Result<Outcome, CliError> {
    match command {
        FleetCommand::Status(args) => status(context, &args).await,
    }
}

fn read_ids(path: &PathBuf) -> Result<Vec<String>, CliError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("--ids-file {}: {e}", path.display())))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect())
}

async fn status(context: &Context, args: &StatusArgs) -> Result<Outcome, CliError> {
    let targets = match (&args.ids_file, &args.filter) {
        (Some(path), _) => Targets::Ids(read_ids(path)?),
        (None, Some(filter)) => Targets::Filter(filter.clone()),
        (None, None) => return Err(CliError::Usage("pass --ids-file or --filter".into())),
    };
    let options = FleetOptions {
        concurrency: args.concurrency.max(1),
        batch: !args.no_batch,
    };
    let Some(client) = context.client() else {
        let plan = fleet::plan(&context.v1_0(), &context.base_url(), &targets, options)?;
        show_plan(&mut std::io::stdout().lock(), plan)?;
        return Ok(Outcome::Success);
    };
    let report = fleet::fleet_status(client, &targets, options).await?;
    let mut out = crate::output::stdout(context.global.json);
    if context.global.json {
        write_json(&mut out, &report)?;
    } else {
        for principal in &report.service_principals {
            let id = &principal.service_principal_id;
            if let Some(error) = &principal.error {
                writeln!(out, "{id}\terror\t{error}")?;
            } else if principal.jobs.is_empty() {
                writeln!(out, "{id}\tNotConfigured")?;
            }
            for job in &principal.jobs {
                let job_id = job.job_id.as_deref().unwrap_or("<no id>");
                let state = match &job.state {
                    JobState::Active => "Active".to_string(),
                    JobState::Paused => "Paused".to_string(),
                    JobState::Quarantine { reason } => {
                        format!("Quarantine ({})", reason.as_deref().unwrap_or("no reason given"))
                    }
                    JobState::Other { code } => code.clone().unwrap_or_else(|| "<no status>".into()),
                };
                writeln!(out, "{id}\t{job_id}\t{state}")?;
            }
        }
        let s = &report.summary;
        crate::output::eprint_line(format_args!(
            "{} active, {} paused, {} quarantined, {} other, {} not configured, {} unreadable",
            s.active,
            s.paused,
            s.quarantine.values().sum::<usize>(),
            s.other.values().sum::<usize>(),
            s.not_configured,
            s.errors
        ));
        for (reason, n) in &s.quarantine {
            crate::output::eprint_line(format_args!("  quarantine {reason}: {n}"));
        }
    }
    let failed = report.summary.errors > 0 || !report.summary.quarantine.is_empty();
    Ok(if failed { Outcome::JobFailed } else { Outcome::Success })
}
