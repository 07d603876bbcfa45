//! `app instantiate`: a gallery application from its template, with its provisioning job set up.

use std::io::Write;
use std::time::Duration;

use clap::{Args, Subcommand};
use msgraph_sync_provisioning::bootstrap::{self, BootstrapOptions, ReplicationPolicy, TemplateRef};

use super::secrets::{keys, read_secrets, SecretsSource};
use crate::context::{show_plan, write_json, Context};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Instantiate an application template, wait for its service principal, create a synchronization
    /// job, validate and save the credentials, start the job.
    #[command(after_help = crate::permissions::APP)]
    Instantiate(InstantiateArgs),
}

/// Which application template.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct TemplateChoice {
    /// The application template's id.
    #[arg(long = "template-id")]
    pub template_id: Option<String>,
    /// The application template's display name (exactly one template must have it).
    #[arg(long = "template-name")]
    pub template_name: Option<String>,
}

#[derive(Debug, Args)]
pub struct InstantiateArgs {
    #[command(flatten)]
    pub template: TemplateChoice,
    /// The new application's display name.
    #[arg(long = "name")]
    pub name: String,
    /// The synchronization template to create the job from (e.g. `scim`).
    #[arg(long = "job-template")]
    pub job_template: String,
    /// Credentials to validate and save (KEY=VALUE lines or a JSON object). Without: those steps are skipped.
    #[arg(long = "secrets-file", value_name = "FILE", conflicts_with = "secrets_stdin")]
    pub secrets_file: Option<std::path::PathBuf>,
    /// Read the credentials from standard input.
    #[arg(long = "secrets-stdin")]
    pub secrets_stdin: bool,
    /// Create the job but do not start it.
    #[arg(long)]
    pub no_start: bool,
    /// GETs of the new service principal before giving up on its replication (404s only).
    #[arg(long, default_value_t = 10)]
    pub replication_attempts: u32,
    /// The first wait between two of those GETs; doubled after each, up to 30 s.
    #[arg(long, default_value = "2s", value_parser = crate::args::retry_delay)]
    pub replication_delay: Duration,
}

pub async fn run(context: &Context, command: AppCommand) -> Result<Outcome, CliError> {
    let AppCommand::Instantiate(args) = command;
    let secrets = if args.secrets_file.is_some() || args.secrets_stdin {
        read_secrets(&SecretsSource {
            from_file: args.secrets_file.clone(),
            from_stdin: args.secrets_stdin,
        })?
    } else {
        Vec::new()
    };
    let template = match (&args.template.template_id, &args.template.template_name) {
        (Some(id), _) => TemplateRef::Id(id.clone()),
        (None, Some(name)) => TemplateRef::DisplayName(name.clone()),
        (None, None) => return Err(CliError::Usage("pass --template-id or --template-name".into())),
    };
    let options = BootstrapOptions {
        template,
        display_name: args.name.clone(),
        job_template_id: args.job_template.clone(),
        secrets,
        replication: ReplicationPolicy {
            max_attempts: args.replication_attempts,
            initial_delay: args.replication_delay,
            max_delay: Duration::from_secs(30),
        },
        start: !args.no_start,
    };
    if !options.secrets.is_empty() {
        use crate::deprecation::{warn, SAVE_SECRETS, VALIDATE_CREDENTIALS};
        warn(&mut std::io::stderr().lock(), &[VALIDATE_CREDENTIALS, SAVE_SECRETS])?;
    }
    let mut out = crate::output::stdout(context.global.json);
    let Some(client) = context.client() else {
        show_plan(&mut out, bootstrap::plan(&context.v1_0(), &options)?)?;
        return Ok(Outcome::Success);
    };
    let report = bootstrap::bootstrap(client, &options, |step| context.note(format!("{step}…")))
        .await
        .map_err(Box::new)?;
    if context.global.json {
        write_json(&mut out, &report)?;
    } else {
        let none = || "<none>".to_string();
        writeln!(
            out,
            "application {} (appId {})",
            report.application_id.clone().unwrap_or_else(none),
            report.app_id.clone().unwrap_or_else(none)
        )?;
        writeln!(
            out,
            "service principal {} (visible after {})",
            report.service_principal_id.clone().unwrap_or_else(none),
            crate::plural::count(report.replication_attempts as usize, "GET", "GETs")
        )?;
        writeln!(out, "job {}", report.job_id.clone().unwrap_or_else(none))?;
        if !options.secrets.is_empty() {
            writeln!(
                out,
                "credentials validated and saved: {}",
                keys(&options.secrets).join(", ")
            )?;
        }
        for step in &report.steps_skipped {
            writeln!(out, "skipped {step}")?;
        }
    }
    Ok(Outcome::Success)
}
