//! `job list|create|status|start|pause|restart|watch|delete`: a service principal's synchronization jobs.

use std::io::Write;
use std::time::Duration;

use clap::{Args, Subcommand};
use msgraph_sync::v1_0::SynchronizationJob;
use msgraph_sync::Enumeration;
use msgraph_sync_provisioning::job::{self, JobRef, QuarantineReport, WatchOptions, WatchOutcome};
use msgraph_sync_provisioning::templates::{self, CreatedJob};

use crate::context::{show_plan, write_json, Context, Placeholder};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// List the synchronization jobs of a service principal.
    #[command(after_help = crate::permissions::SYNC_READ)]
    List(ListArgs),
    /// Create a job from a synchronization template (`templates list`); the service creates it
    /// disabled: it runs once started.
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Create(CreateArgs),
    /// Show a job's status: state, steady state, quarantine.
    #[command(after_help = crate::permissions::SYNC_READ)]
    Status(JobArgs),
    /// Start a job (once; a paused job continues, a quarantine is lifted).
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Start(JobArgs),
    /// Pause a job (its progress is kept).
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Pause(JobArgs),
    /// Restart a job, optionally resetting state (escrows, watermark, quarantine).
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Restart(RestartArgs),
    /// Poll a job until it reaches a steady state, quarantine or the deadline (exit codes 0, 6, 5).
    #[command(after_help = crate::permissions::SYNC_READ)]
    Watch(WatchArgs),
    /// Delete a job, its schema and its state (needs --yes).
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The service principal's object id.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
    /// The synchronization template's id (e.g. `scim`; `templates list` shows those offered).
    #[arg(long = "template", short = 't')]
    pub template: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// Confirm the deletion. Without it nothing is sent and the exit code is 2 (usage).
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The service principal's object id.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
    /// Only the jobs made from this synchronization template.
    #[arg(long = "template", short = 't')]
    pub template: Option<String>,
}

/// Which job: by id, or the one made from a template (or the only one).
#[derive(Debug, Args)]
pub struct JobArgs {
    /// The service principal's object id.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
    /// The job's id. Without it, the job made from --template, or the service principal's only job.
    #[arg(long = "job", short = 'j')]
    pub job: Option<String>,
    /// Pick the job made from this synchronization template (when there are several).
    #[arg(long = "template", short = 't', conflicts_with = "job")]
    pub template: Option<String>,
}

#[derive(Debug, Args)]
pub struct RestartArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// What to reset (repeat or comma-separate): Escrows, Watermark, QuarantineState, ForceDeletes, Full.
    /// None given: the admin center's "Restart provisioning" (resetScope left empty, which the docs say is
    /// like QuarantineState, Watermark and Escrows).
    #[arg(long = "scope", value_name = "MEMBER", value_delimiter = ',')]
    pub scope: Vec<String>,
    /// Send ConnectorDataStore or None, which the docs mark "DO NOT USE" (ConnectorDataStore clears the
    /// cache for all users: contact Microsoft Support first; None: use `job start`).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// Give up after this long (e.g. 90s, 30m, 2h; at most a year).
    #[arg(long, default_value = "30m", value_parser = crate::args::wait)]
    pub deadline: Duration,
    /// The first wait between two polls (at least 1s); doubled after each, up to --max-interval.
    #[arg(long, default_value = "5s", value_parser = crate::args::poll_interval)]
    pub interval: Duration,
    /// The longest wait between two polls (at least 1s, at most a day).
    #[arg(long, default_value = "2m", value_parser = crate::args::poll_interval)]
    pub max_interval: Duration,
}

pub async fn run(context: &Context, command: JobCommand) -> Result<Outcome, CliError> {
    match command {
        JobCommand::List(args) => list(context, &args).await,
        JobCommand::Create(args) => create(context, &args).await,
        JobCommand::Delete(args) => delete(context, &args).await,
        JobCommand::Status(args) => status(context, &args).await,
        JobCommand::Start(args) => action(context, &args, Action::Start).await,
        JobCommand::Pause(args) => action(context, &args, Action::Pause).await,
        JobCommand::Restart(args) => restart(context, &args).await,
        JobCommand::Watch(args) => watch(context, &args).await,
    }
}

/// The job meant: under `--dry-run` without `--job`, the listing it would read is shown and the id
/// is a placeholder.
pub async fn resolve(
    context: &Context,
    args: &JobArgs,
    out: &mut impl Write,
) -> Result<(JobRef, Vec<Placeholder>), CliError> {
    if let Some(job_id) = &args.job {
        return Ok((JobRef::new(&args.service_principal, job_id), Vec::new()));
    }
    let Some(client) = context.client() else {
        let (plan, job) = job::plan_find_job(&context.v1_0(), &args.service_principal, args.template.as_deref())?;
        show_plan(out, plan)?;
        return Ok((job, vec![job::JOB_FROM_LISTING]));
    };
    let job = job::find_job(client, &args.service_principal, args.template.as_deref()).await?;
    Ok((job, Vec::new()))
}

async fn list(context: &Context, args: &ListArgs) -> Result<Outcome, CliError> {
    let request = context.synchronization(&args.service_principal).jobs().list();
    let Some(client) = context.client() else {
        show_plan(&mut std::io::stdout().lock(), job::plan_request(&request)?)?;
        return Ok(Outcome::Success);
    };
    let mut jobs = client.collect_all(&request).await?;
    if let Some(template) = &args.template {
        jobs.retain(|job| {
            job.template_id
                .value()
                .is_some_and(|t| t.eq_ignore_ascii_case(template))
        });
    }
    let mut out = crate::output::stdout(context.global.json);
    if context.global.json {
        write_json(&mut out, &jobs)?;
    } else {
        for job in &jobs {
            let id = job.id.value().map(String::as_str).unwrap_or("<no id>");
            let template = job.template_id.value().map(String::as_str).unwrap_or("<no template>");
            let code = job
                .status
                .value()
                .and_then(|s| s.code.value())
                .map_or("<no status>", |c| c.as_str());
            writeln!(out, "{id}\t{template}\t{code}")?;
        }
    }
    Ok(Outcome::Success)
}

/// The lines `job status` and `job watch` print about a job.
fn describe(job: &SynchronizationJob) -> String {
    let mut lines = Vec::new();
    let id = job.id.value().map_or("<no id>", String::as_str);
    let template = job.template_id.value().map_or("<no template>", String::as_str);
    lines.push(format!("job {id} (template {template})"));
    if let Some(status) = job.status.value() {
        let code = status.code.value().map_or("<none>", |c| c.as_str());
        let schedule = job
            .schedule
            .value()
            .and_then(|s| s.state.value())
            .map_or("<none>", |s| s.as_str());
        lines.push(format!("  status: {code} (schedule {schedule})"));
        if let Some(steady) = status.steady_state_last_achieved_time.value() {
            lines.push(format!("  steady state last achieved: {}", steady.as_str()));
        }
        if let Some(failures) = status.count_successive_complete_failures.value() {
            lines.push(format!("  successive complete failures: {failures}"));
        }
    }
    if let Some(report) = QuarantineReport::of(job) {
        lines.push(format!("  {}", describe_quarantine(&report)));
    }
    lines.join("\n")
}

fn describe_quarantine(report: &QuarantineReport) -> String {
    format!(
        "quarantine: reason {}, series count {}, next attempt {}{}",
        report.reason.as_deref().unwrap_or("<none given>"),
        report
            .series_count
            .map_or("<none given>".to_string(), |n| n.to_string()),
        report.next_attempt.as_deref().unwrap_or("<none given>"),
        report.error.as_ref().map(|e| format!(" ({e})")).unwrap_or_default()
    )
}

async fn status(context: &Context, args: &JobArgs) -> Result<Outcome, CliError> {
    let mut out = crate::output::stdout(context.global.json);
    let (job, _) = resolve(context, args, &mut out).await?;
    let request = job.requests(&context.v1_0()).get();
    let Some(client) = context.client() else {
        show_plan(&mut out, job::plan_request(&request)?)?;
        return Ok(Outcome::Success);
    };
    let current = client.send(&request).await?;
    if context.global.json {
        write_json(&mut out, &current)?;
    } else {
        writeln!(out, "{}", describe(&current))?;
    }
    Ok(Outcome::Success)
}

#[derive(Clone, Copy)]
enum Action {
    Start,
    Pause,
}

async fn action(context: &Context, args: &JobArgs, action: Action) -> Result<Outcome, CliError> {
    let mut out = crate::output::stdout(context.global.json);
    let (job, _) = resolve(context, args, &mut out).await?;
    let requests = job.requests(&context.v1_0());
    let request = match action {
        Action::Start => requests.start(),
        Action::Pause => requests.pause(),
    };
    let Some(client) = context.client() else {
        show_plan(&mut out, job::plan_request(&request)?)?;
        return Ok(Outcome::Success);
    };
    client.send(&request).await?;
    let verb = match action {
        Action::Start => "started",
        Action::Pause => "paused",
    };
    if context.global.json {
        write_json(
            &mut out,
            &serde_json::json!({"jobId": job.job_id, "servicePrincipalId": job.service_principal_id, "action": verb}),
        )?;
    } else {
        writeln!(out, "job {} {verb}", job.job_id)?;
    }
    Ok(Outcome::Success)
}

async fn restart(context: &Context, args: &RestartArgs) -> Result<Outcome, CliError> {
    let scope = if args.scope.is_empty() {
        None
    } else {
        Some(job::parse_scope(args.scope.iter().map(String::as_str)).map_err(|e| CliError::Usage(e.to_string()))?)
    };
    if let Some(scope) = &scope {
        for member in scope.iter() {
            if let (Some(warning), true) = (job::scope_warning(member), args.force) {
                context.note(format!("warning: {warning}"));
            }
        }
    }
    let body = job::restart_body(scope, args.force).map_err(|e| CliError::Usage(e.to_string()))?;
    let mut out = crate::output::stdout(context.global.json);
    let (job, _) = resolve(context, &args.job, &mut out).await?;
    let request = job.requests(&context.v1_0()).restart(&body);
    let Some(client) = context.client() else {
        show_plan(&mut out, job::plan_request(&request)?)?;
        return Ok(Outcome::Success);
    };
    client.send(&request).await?;
    let scope = body
        .criteria
        .value()
        .and_then(|c| c.reset_scope.value())
        .map(|s| s.to_string());
    if context.global.json {
        write_json(
            &mut out,
            &serde_json::json!({"jobId": job.job_id, "servicePrincipalId": job.service_principal_id, "action": "restarted", "resetScope": scope}),
        )?;
    } else {
        let scope = scope.unwrap_or_else(|| "the admin center's default".to_string());
        writeln!(out, "job {} restarted (reset scope: {scope})", job.job_id)?;
    }
    Ok(Outcome::Success)
}

async fn watch(context: &Context, args: &WatchArgs) -> Result<Outcome, CliError> {
    let mut out = crate::output::stdout(context.global.json);
    let (job, _) = resolve(context, &args.job, &mut out).await?;
    let options = WatchOptions {
        deadline: args.deadline,
        initial_interval: args.interval,
        max_interval: args.max_interval,
    };
    let Some(client) = context.client() else {
        show_plan(&mut out, job::plan_watch(&context.v1_0(), &job, &options)?)?;
        return Ok(Outcome::Success);
    };
    let bar = if context.progress() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut polls = 0;
    let outcome = job::watch(client, &job, &options, |current, poll| {
        polls = poll;
        let code = current
            .status
            .value()
            .and_then(|s| s.code.value())
            .map_or("<no status>", |c| c.as_str());
        bar.set_message(crate::output::escape(&format!("job {}: poll {poll}, {code}", job.job_id)).into_owned());
    })
    .await;
    bar.finish_and_clear();
    let outcome = outcome?;
    let (name, code, last, quarantine) = match &outcome {
        WatchOutcome::Steady(last) => ("steady", Outcome::Success, Some(last), None),
        WatchOutcome::Quarantined(last, report) => ("quarantine", Outcome::Quarantined, Some(last), Some(report)),
        WatchOutcome::Paused(last) => ("paused", Outcome::JobFailed, Some(last), None),
        WatchOutcome::Deadline(last) => ("deadline", Outcome::Deadline, last.as_ref(), None),
    };
    if context.global.json {
        let document = serde_json::json!({
            "outcome": name,
            "polls": polls,
            "quarantine": quarantine,
            "job": last,
        });
        write_json(&mut out, &document)?;
    } else {
        let headline = match &outcome {
            WatchOutcome::Steady(_) => format!(
                "job {} reached a steady state after {}",
                job.job_id,
                crate::plural::count(polls as usize, "poll", "polls")
            ),
            WatchOutcome::Quarantined(..) => format!("job {} is in quarantine", job.job_id),
            WatchOutcome::Paused(_) => format!("job {} is paused: start it first", job.job_id),
            WatchOutcome::Deadline(_) => format!(
                "job {} did not reach a steady state within {} ({})",
                job.job_id,
                humantime::format_duration(options.deadline),
                crate::plural::count(polls as usize, "poll", "polls")
            ),
        };
        writeln!(out, "{headline}")?;
        if let Some(last) = last {
            writeln!(out, "{}", describe(last))?;
        }
    }
    Ok(code)
}

async fn create(context: &Context, args: &CreateArgs) -> Result<Outcome, CliError> {
    let mut out = std::io::stdout().lock();
    let Some(client) = context.client() else {
        let plan = templates::plan_create(&context.v1_0(), &args.service_principal, &args.template)?;
        show_plan(&mut out, plan)?;
        return Ok(Outcome::Success);
    };
    let job = templates::create_job(client, &args.service_principal, &args.template).await?;
    let created = CreatedJob::of(&args.service_principal, &job, env!("CARGO_BIN_NAME"));
    if context.global.json {
        let mut document = serde_json::to_value(&created).map_err(std::io::Error::from)?;
        document["job"] = serde_json::to_value(&job).map_err(std::io::Error::from)?;
        write_json(&mut out, &document)?;
        return Ok(Outcome::Success);
    }
    writeln!(
        out,
        "created job {} from template {}",
        created.job_id.as_deref().unwrap_or("<no id>"),
        created.template_id.as_deref().unwrap_or(&args.template)
    )?;
    let state = created.schedule_state.as_deref().unwrap_or("<none given>");
    if created.disabled {
        writeln!(out, "  schedule: {state} (the job runs once started)")?;
    } else {
        writeln!(out, "  schedule: {state}")?;
    }
    writeln!(out, "next:")?;
    for step in &created.next_steps {
        writeln!(out, "  {step}")?;
    }
    Ok(Outcome::Success)
}

/// What is refused before anything else: `delete` without `--yes`.
pub fn check(command: &JobCommand) -> Result<(), CliError> {
    match command {
        JobCommand::Delete(args) => confirmed(args),
        _ => Ok(()),
    }
}

fn confirmed(args: &DeleteArgs) -> Result<(), CliError> {
    if !args.yes {
        let which = match (&args.job.job, &args.job.template) {
            (Some(job), _) => format!("job {job}"),
            (None, Some(template)) => format!("the job made from template {template}"),
            (None, None) => "the job".to_string(),
        };
        return Err(CliError::Usage(format!(
            "deleting {which} of service principal {} removes it with its schema and state for good; \
             pass --yes to delete it (nothing was sent)",
            args.job.service_principal
        )));
    }
    Ok(())
}

async fn delete(context: &Context, args: &DeleteArgs) -> Result<Outcome, CliError> {
    confirmed(args)?;
    let mut out = std::io::stdout().lock();
    let (job, _) = resolve(context, &args.job, &mut out).await?;
    let Some(client) = context.client() else {
        show_plan(&mut out, templates::plan_delete(&context.v1_0(), &job)?)?;
        return Ok(Outcome::Success);
    };
    templates::delete_job(client, &job).await?;
    if context.global.json {
        write_json(
            &mut out,
            &serde_json::json!({"jobId": job.job_id, "servicePrincipalId": job.service_principal_id, "action": "deleted"}),
        )?;
    } else {
        writeln!(out, "job {} deleted", job.job_id)?;
    }
    Ok(Outcome::Success)
}
