//! Bootstrap a gallery application: instantiate an application template, wait for its service
//! principal to replicate, create a synchronization job from a template, validate the credentials,
//! save them as the job's secrets, start. Each failure names its step.
//!
//! A new service principal is not visible everywhere at once (Graph's directory replicates), so the
//! first reads may answer 404. Those are retried on their own bounded policy ([`ReplicationPolicy`]),
//! apart from the client's retries of throttling (429) and unavailability (503), which still apply
//! to each attempt.

use std::fmt;
use std::time::{Duration, Instant};

use msgraph_sync::client::Secret;
use msgraph_sync::v1_0::Api;
use msgraph_sync::v1_0::{
    InstantiateRequestBody, SecretsRequestBody, SynchronizationJob, SynchronizationSecret,
    SynchronizationSecretKeyStringValuePair, ValidateCredentialsRequestBody,
};
use msgraph_sync::{BuildError, Client, Enumeration, Maybe};

use crate::job::JobRef;
use crate::plan::{Placeholder, Plan};

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    FindTemplate,
    Instantiate,
    WaitForServicePrincipal,
    CreateJob,
    ValidateCredentials,
    SaveSecrets,
    Start,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::FindTemplate,
        Step::Instantiate,
        Step::WaitForServicePrincipal,
        Step::CreateJob,
        Step::ValidateCredentials,
        Step::SaveSecrets,
        Step::Start,
    ];

    /// 1-based.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(0, |i| i + 1)
    }

    pub fn describe(self) -> &'static str {
        match self {
            Step::FindTemplate => "find the application template",
            Step::Instantiate => "instantiate the application template",
            Step::WaitForServicePrincipal => "wait for the service principal to replicate",
            Step::CreateJob => "create the synchronization job",
            Step::ValidateCredentials => "validate the credentials",
            Step::SaveSecrets => "save the secrets",
            Step::Start => "start the job",
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "step {} of {} ({})", self.number(), Step::ALL.len(), self.describe())
    }
}

/// What went wrong within a step.
#[derive(Debug, thiserror::Error)]
pub enum StepFailure {
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    #[error("no application template {0}")]
    NoTemplate(String),
    #[error("{count} application templates are named {name:?} ({ids}); pass the id")]
    AmbiguousTemplate { name: String, count: usize, ids: String },
    #[error("the response lacks {0}")]
    Missing(&'static str),
    #[error("service principal {service_principal_id} still not found after {attempts} attempts over {waited:?} (404 each time)")]
    NotReplicated {
        service_principal_id: String,
        attempts: u32,
        waited: Duration,
    },
}

/// A failed bootstrap: the step, why, and what was created before it.
#[derive(Debug, thiserror::Error)]
#[error("{step} failed: {failure}")]
pub struct BootstrapError {
    pub step: Step,
    pub failure: StepFailure,
    /// What exists already (an application created before a later step failed stays).
    pub partial: BootstrapReport,
}

/// The template to instantiate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateRef {
    Id(String),
    /// The exact display name (one template must have it).
    DisplayName(String),
}

/// How long to wait for a new service principal: 404s retried with exponential backoff.
#[derive(Debug, Clone)]
pub struct ReplicationPolicy {
    /// GETs in all, the first included.
    pub max_attempts: u32,
    pub initial_delay: Duration,
    pub max_delay: Duration,
}

impl Default for ReplicationPolicy {
    fn default() -> ReplicationPolicy {
        ReplicationPolicy {
            max_attempts: 10,
            initial_delay: Duration::from_secs(2),
            max_delay: Duration::from_secs(30),
        }
    }
}

/// What to bootstrap.
#[derive(Debug, Clone)]
pub struct BootstrapOptions {
    pub template: TemplateRef,
    /// The new application's display name.
    pub display_name: String,
    /// The synchronization template of the job (e.g. `scim`, or the gallery app's own).
    pub job_template_id: String,
    /// Credentials to validate and save; none: both steps are skipped.
    pub secrets: Vec<(SynchronizationSecret, Secret)>,
    pub replication: ReplicationPolicy,
    /// Start the job at the end.
    pub start: bool,
}

/// What a bootstrap made.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BootstrapReport {
    pub template_id: Option<String>,
    pub application_id: Option<String>,
    pub app_id: Option<String>,
    pub service_principal_id: Option<String>,
    /// GETs it took to see the service principal.
    pub replication_attempts: u32,
    pub job_id: Option<String>,
    pub steps_done: Vec<Step>,
    pub steps_skipped: Vec<Step>,
}

/// The `{"value": [...]}` body of `PUT …/synchronization/secrets`.
pub fn secrets_body(secrets: &[(SynchronizationSecret, Secret)]) -> SecretsRequestBody {
    SecretsRequestBody {
        value: Maybe::Value(pairs(secrets)),
        ..Default::default()
    }
}

fn pairs(secrets: &[(SynchronizationSecret, Secret)]) -> Vec<SynchronizationSecretKeyStringValuePair> {
    secrets
        .iter()
        .map(|(key, value)| SynchronizationSecretKeyStringValuePair {
            key: Maybe::Value(key.clone()),
            value: Maybe::Value(value.expose().to_string()),
            ..Default::default()
        })
        .collect()
}

/// The body of `validateCredentials` for these secrets.
pub fn validate_body(
    job_template_id: &str,
    secrets: &[(SynchronizationSecret, Secret)],
) -> ValidateCredentialsRequestBody {
    ValidateCredentialsRequestBody {
        template_id: Maybe::Value(job_template_id.to_string()),
        use_saved_credentials: Maybe::Value(false),
        credentials: Maybe::Value(pairs(secrets)),
        ..Default::default()
    }
}

/// Parses a secret's key (`BaseAddress`, `SecretToken`, … as the service spells them; ASCII case
/// ignored); a key the spec does not know is kept as written.
pub fn secret_key(text: &str) -> SynchronizationSecret {
    SynchronizationSecret::from_wire(text)
}

/// `PUT …/servicePrincipals/{id}/synchronization/secrets`.
pub async fn save_secrets(
    client: &Client,
    service_principal_id: &str,
    secrets: &[(SynchronizationSecret, Secret)],
) -> Result<(), msgraph_sync::client::Error> {
    let request = client
        .v1_0()
        .service_principals()
        .item(service_principal_id)
        .synchronization()
        .secrets()
        .put(&secrets_body(secrets));
    client.send(&request).await?;
    Ok(())
}

/// GETs the service principal until it is found, retrying 404 only, as `policy` allows.
pub async fn wait_for_service_principal(
    client: &Client,
    service_principal_id: &str,
    policy: &ReplicationPolicy,
) -> Result<u32, StepFailure> {
    let started = Instant::now();
    let request = client.v1_0().service_principals().item(service_principal_id).get();
    let mut delay = policy.initial_delay;
    let attempts = policy.max_attempts.max(1);
    for attempt in 1..=attempts {
        match client.send(&request).await {
            Ok(_) => return Ok(attempt),
            Err(msgraph_sync::client::Error::Graph { error, .. }) if error.status == 404 => {
                if attempt < attempts {
                    tokio::time::sleep(delay).await;
                    delay = delay.saturating_mul(2).min(policy.max_delay);
                }
            }
            Err(other) => return Err(other.into()),
        }
    }
    Err(StepFailure::NotReplicated {
        service_principal_id: service_principal_id.to_string(),
        attempts,
        waited: started.elapsed(),
    })
}

/// Runs every step in order; `on_step` is told each step as it begins.
pub async fn bootstrap(
    client: &Client,
    options: &BootstrapOptions,
    mut on_step: impl FnMut(Step),
) -> Result<BootstrapReport, BootstrapError> {
    let mut report = BootstrapReport::default();
    macro_rules! step {
        ($step:expr, $body:expr) => {{
            on_step($step);
            let outcome: Result<_, StepFailure> = async { $body }.await;
            match outcome {
                Ok(value) => {
                    report.steps_done.push($step);
                    value
                }
                Err(failure) => {
                    return Err(BootstrapError {
                        step: $step,
                        failure,
                        partial: report,
                    })
                }
            }
        }};
    }
    let api = client.v1_0();

    let template_id = step!(Step::FindTemplate, {
        match &options.template {
            TemplateRef::Id(id) => {
                let template = client.send(&api.application_templates().item(id).get()).await?;
                template.id.value().cloned().ok_or(StepFailure::Missing("id"))
            }
            TemplateRef::DisplayName(name) => {
                let filter = format!("displayName eq '{}'", name.replace('\'', "''"));
                let found = client
                    .collect_all(&api.application_templates().list().filter(&filter))
                    .await?;
                let ids: Vec<String> = found.iter().filter_map(|t| t.id.value().cloned()).collect();
                match ids.as_slice() {
                    [id] => Ok(id.clone()),
                    [] => Err(StepFailure::NoTemplate(format!("named {name:?}"))),
                    _ => Err(StepFailure::AmbiguousTemplate {
                        name: name.clone(),
                        count: ids.len(),
                        ids: ids.join(", "),
                    }),
                }
            }
        }
    });
    report.template_id = Some(template_id.clone());

    let created = step!(Step::Instantiate, {
        let body = InstantiateRequestBody {
            display_name: Maybe::Value(options.display_name.clone()),
            ..Default::default()
        };
        let created = client
            .send(&api.application_templates().item(&template_id).instantiate(&body))
            .await?
            .ok_or(StepFailure::Missing("a body"))?;
        Ok(created)
    });
    let application = created.application.value();
    report.application_id = application.and_then(|a| a.id.value().cloned());
    report.app_id = application.and_then(|a| a.app_id.value().cloned());
    let service_principal_id = created.service_principal.value().and_then(|sp| sp.id.value().cloned());
    report.service_principal_id = service_principal_id.clone();

    let sp = step!(Step::WaitForServicePrincipal, {
        let sp = service_principal_id.ok_or(StepFailure::Missing("servicePrincipal.id"))?;
        let attempts = wait_for_service_principal(client, &sp, &options.replication).await?;
        Ok((sp, attempts))
    });
    let (sp, attempts) = sp;
    report.replication_attempts = attempts;

    let job_id = step!(Step::CreateJob, {
        let body = SynchronizationJob {
            template_id: Maybe::Value(options.job_template_id.clone()),
            ..Default::default()
        };
        let jobs = api.service_principals().item(&sp).synchronization().jobs();
        let job = client
            .send(&jobs.create(&body))
            .await?
            .ok_or(StepFailure::Missing("a body"))?;
        job.id.value().cloned().ok_or(StepFailure::Missing("id"))
    });
    report.job_id = Some(job_id.clone());
    let job = JobRef::new(sp.clone(), job_id);
    let job_requests = job.requests(&api);

    if options.secrets.is_empty() {
        report
            .steps_skipped
            .extend([Step::ValidateCredentials, Step::SaveSecrets]);
    } else {
        step!(Step::ValidateCredentials, {
            let body = validate_body(&options.job_template_id, &options.secrets);
            client.send(&job_requests.validate_credentials(&body)).await?;
            Ok(())
        });
        step!(Step::SaveSecrets, {
            save_secrets(client, &sp, &options.secrets).await?;
            Ok(())
        });
    }

    if options.start {
        step!(Step::Start, {
            client.send(&job_requests.start()).await?;
            Ok(())
        });
    } else {
        report.steps_skipped.push(Step::Start);
    }
    Ok(report)
}

/// The service principal a dry run cannot know: the instantiate response gives it.
pub const SERVICE_PRINCIPAL_FROM_STEP_2: Placeholder = Placeholder {
    marker: "SERVICEPRINCIPALIDFROMSTEP2",
    description: "servicePrincipal.id from the instantiate response",
};
/// The job a dry run cannot know: its creation gives it.
pub const JOB_FROM_STEP_4: Placeholder = Placeholder {
    marker: "JOBIDFROMSTEP4",
    description: "id of the job created in step 4",
};
/// The application template a dry run cannot know when it is found by name.
pub const TEMPLATE_FROM_STEP_1: Placeholder = Placeholder {
    marker: "TEMPLATEIDFROMSTEP1",
    description: "id of the template found in step 1",
};
/// What a plan shows in place of each secret value.
pub const REDACTED: Placeholder = Placeholder {
    marker: "REDACTEDSECRETVALUE",
    description: "redacted",
};

/// The secrets with every value replaced by [`REDACTED`]'s marker: what a plan shows.
pub fn redacted(secrets: &[(SynchronizationSecret, Secret)]) -> Vec<(SynchronizationSecret, Secret)> {
    secrets
        .iter()
        .map(|(key, _)| (key.clone(), Secret::new(REDACTED.marker)))
        .collect()
}

/// What [`save_secrets`] sends, the values redacted.
pub fn plan_save_secrets(
    api: &Api,
    service_principal_id: &str,
    secrets: &[(SynchronizationSecret, Secret)],
) -> Result<Plan, BuildError> {
    let mut plan = Plan::new();
    let request = api
        .service_principals()
        .item(service_principal_id)
        .synchronization()
        .secrets()
        .put(&secrets_body(&redacted(secrets)));
    plan.request(&request, &[REDACTED])?;
    Ok(plan)
}

/// What [`bootstrap`] sends, step by step: the values only a response gives shown as placeholders,
/// the secrets redacted.
pub fn plan(api: &Api, options: &BootstrapOptions) -> Result<Plan, BuildError> {
    let mut plan = Plan::new();
    let mut placeholders = vec![SERVICE_PRINCIPAL_FROM_STEP_2, JOB_FROM_STEP_4, REDACTED];
    plan.note(Step::FindTemplate.to_string());
    let template_id = match &options.template {
        TemplateRef::Id(id) => {
            plan.request(&api.application_templates().item(id).get(), &[])?;
            id.clone()
        }
        TemplateRef::DisplayName(name) => {
            let filter = format!("displayName eq '{}'", name.replace('\'', "''"));
            plan.request(&api.application_templates().list().filter(&filter), &[])?;
            placeholders.push(TEMPLATE_FROM_STEP_1);
            TEMPLATE_FROM_STEP_1.marker.to_string()
        }
    };
    plan.note(Step::Instantiate.to_string());
    let body = InstantiateRequestBody {
        display_name: Maybe::Value(options.display_name.clone()),
        ..Default::default()
    };
    plan.request(
        &api.application_templates().item(&template_id).instantiate(&body),
        &placeholders,
    )?;
    plan.note(Step::WaitForServicePrincipal.to_string());
    plan.request(
        &api.service_principals()
            .item(SERVICE_PRINCIPAL_FROM_STEP_2.marker)
            .get(),
        &placeholders,
    )?;
    plan.note(format!(
        "repeated on 404 after {:?}, doubling, at most {} GETs in all",
        options.replication.initial_delay, options.replication.max_attempts
    ));
    plan.note(Step::CreateJob.to_string());
    let sync = api
        .service_principals()
        .item(SERVICE_PRINCIPAL_FROM_STEP_2.marker)
        .synchronization();
    plan.request(
        &sync.jobs().create(&crate::templates::new_job(&options.job_template_id)),
        &placeholders,
    )?;
    let job = sync.jobs().item(JOB_FROM_STEP_4.marker);
    if options.secrets.is_empty() {
        plan.note("no secrets given: steps 5 and 6 skipped");
    } else {
        let shown = redacted(&options.secrets);
        plan.note(Step::ValidateCredentials.to_string());
        let validate = validate_body(&options.job_template_id, &shown);
        plan.request(&job.validate_credentials(&validate), &placeholders)?;
        plan.note(Step::SaveSecrets.to_string());
        plan.request(&sync.secrets().put(&secrets_body(&shown)), &placeholders)?;
    }
    if options.start {
        plan.note(Step::Start.to_string());
        plan.request(&job.start(), &placeholders)?;
    }
    Ok(plan)
}
