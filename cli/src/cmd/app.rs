//! `app instantiate`: a gallery application from its template, with its provisioning job set up.

use std::io::Write;
use std::time::Duration;

use clap::{Args, Subcommand};
use msgraph_sync::v1_0::{InstantiateRequestBody, SynchronizationJob};
use msgraph_sync::Maybe;
use msgraph_sync_provisioning::bootstrap::{self, BootstrapOptions, ReplicationPolicy, Step, TemplateRef};

use super::secrets::{keys, read_secrets, redacted, SecretsSource, REDACTED};
use crate::context::{print_comment, print_request, print_request_with, write_json, Context, Placeholder};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Instantiate an application template, wait for its service principal, create a synchronization
    /// job, validate and save the credentials, start the job.
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
    #[arg(long, default_value = "2s", value_parser = humantime::parse_duration)]
    pub replication_delay: Duration,
}

const SP: Placeholder = Placeholder {
    marker: "SERVICEPRINCIPALIDFROMSTEP2",
    description: "servicePrincipal.id from the instantiate response",
};
const JOB: Placeholder = Placeholder {
    marker: "JOBIDFROMSTEP4",
    description: "id of the job created in step 4",
};
const TEMPLATE: Placeholder = Placeholder {
    marker: "TEMPLATEIDFROMSTEP1",
    description: "id of the template found in step 1",
};

pub async fn run(context: &Context, command: AppCommand) -> Result<Outcome, CliError> {
    context.require_v1_0("app")?;
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
    let mut out = std::io::stdout().lock();
    let Some(client) = context.client() else {
        return dry_run(context, &options, &mut out);
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
            "service principal {} (visible after {} GET(s))",
            report.service_principal_id.clone().unwrap_or_else(none),
            report.replication_attempts
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

fn dry_run(context: &Context, options: &BootstrapOptions, out: &mut impl Write) -> Result<Outcome, CliError> {
    let api = context.v1_0();
    let mut placeholders = vec![SP, JOB, REDACTED];
    print_comment(out, &Step::FindTemplate.to_string())?;
    let template_id = match &options.template {
        TemplateRef::Id(id) => {
            print_request(out, &api.application_templates().item(id).get())?;
            id.clone()
        }
        TemplateRef::DisplayName(name) => {
            let filter = format!("displayName eq '{}'", name.replace('\'', "''"));
            print_request(out, &api.application_templates().list().filter(&filter))?;
            placeholders.push(TEMPLATE);
            TEMPLATE.marker.to_string()
        }
    };
    print_comment(out, &Step::Instantiate.to_string())?;
    let body = InstantiateRequestBody {
        display_name: Maybe::Value(options.display_name.clone()),
        ..Default::default()
    };
    print_request_with(
        out,
        &api.application_templates().item(&template_id).instantiate(&body),
        &placeholders,
    )?;
    print_comment(out, &Step::WaitForServicePrincipal.to_string())?;
    print_request_with(out, &api.service_principals().item(SP.marker).get(), &placeholders)?;
    print_comment(
        out,
        &format!(
            "repeated on 404 after {:?}, doubling, at most {} GETs in all",
            options.replication.initial_delay, options.replication.max_attempts
        ),
    )?;
    print_comment(out, &Step::CreateJob.to_string())?;
    let job = SynchronizationJob {
        template_id: Maybe::Value(options.job_template_id.clone()),
        ..Default::default()
    };
    let sync = api.service_principals().item(SP.marker).synchronization();
    print_request_with(out, &sync.jobs().create(&job), &placeholders)?;
    let job_requests = sync.jobs().item(JOB.marker);
    if options.secrets.is_empty() {
        print_comment(out, "no secrets given: steps 5 and 6 skipped")?;
    } else {
        let shown = redacted(&options.secrets);
        print_comment(out, &Step::ValidateCredentials.to_string())?;
        let validate = bootstrap::validate_body(&options.job_template_id, &shown);
        print_request_with(out, &job_requests.validate_credentials(&validate), &placeholders)?;
        print_comment(out, &Step::SaveSecrets.to_string())?;
        print_request_with(
            out,
            &sync.secrets().put(&bootstrap::secrets_body(&shown)),
            &placeholders,
        )?;
    }
    if options.start {
        print_comment(out, &Step::Start.to_string())?;
        print_request_with(out, &job_requests.start(), &placeholders)?;
    }
    Ok(Outcome::Success)
}
