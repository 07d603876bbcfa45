//! Job lifecycle: list a service principal's jobs and pick one, start, pause, restart with a reset
//! scope, and watch a job until it reaches a steady state, quarantine or a deadline.
//!
//! Nothing here calls `start` more than once: the docs warn that calling it continuously while a job
//! runs can stop the service. [`watch`] only reads.

use std::time::{Duration, Instant};

use msgraph_sync::v1_0::{
    RestartRequestBody, SynchronizationJob, SynchronizationJobRestartCriteria, SynchronizationJobRestartScope,
    SynchronizationJobRestartScopeMember as ScopeMember, SynchronizationStatusCode,
};
use msgraph_sync::{BuildError, Client, Enumeration, Maybe};

use crate::plan::{Placeholder, Plan};

/// One synchronization job of one service principal.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JobRef {
    #[serde(rename = "servicePrincipal")]
    pub service_principal_id: String,
    #[serde(rename = "job")]
    pub job_id: String,
}

impl JobRef {
    pub fn new(service_principal_id: impl Into<String>, job_id: impl Into<String>) -> JobRef {
        JobRef {
            service_principal_id: service_principal_id.into(),
            job_id: job_id.into(),
        }
    }

    /// The v1.0 builders of this job on the client's host.
    pub fn requests(
        &self,
        api: &msgraph_sync::v1_0::Api,
    ) -> msgraph_sync::v1_0::requests::SynchronizationJobsItemRequests {
        api.service_principals()
            .item(&self.service_principal_id)
            .synchronization()
            .jobs()
            .item(&self.job_id)
    }
}

/// Why a lifecycle step failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    #[error("service principal {service_principal_id} has no synchronization job{}", template_id.as_ref().map(|t| format!(" from template {t}")).unwrap_or_default())]
    NoJob {
        service_principal_id: String,
        template_id: Option<String>,
    },
    #[error("service principal {service_principal_id} has {} jobs{} ({}); choose one by template id", jobs.len(), template_id.as_ref().map(|t| format!(" from template {t}")).unwrap_or_default(), jobs.join(", "))]
    Ambiguous {
        service_principal_id: String,
        template_id: Option<String>,
        /// `id (templateId)` of each candidate.
        jobs: Vec<String>,
    },
    #[error("{0}")]
    Scope(#[from] ScopeError),
    /// The service answered the creation of a job without the job.
    #[error("service principal {service_principal_id}: the service created a job from template {template_id} but answered without it")]
    NoCreatedJob {
        service_principal_id: String,
        template_id: String,
    },
}

/// A reset scope refused before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScopeError {
    /// `None` or `ConnectorDataStore`, which the docs mark "DO NOT USE".
    #[error("reset scope {member}: {warning} (pass it with the override to send it anyway)")]
    Discouraged { member: String, warning: &'static str },
    /// A member the spec does not know.
    #[error("reset scope member {0:?} is not one of None, ConnectorDataStore, Escrows, Watermark, QuarantineState, Full, ForceDeletes")]
    Unknown(String),
}

/// The docs' warning on a member of `synchronizationJobRestartScope`, where they give one.
pub fn scope_warning(member: &ScopeMember) -> Option<&'static str> {
    match member {
        ScopeMember::ConnectorDataStore => {
            Some("ConnectorDataStore clears the underlying cache for all users; the docs say DO NOT USE and to contact Microsoft Support for guidance")
        }
        ScopeMember::None => Some("None starts a paused or quarantined job; the docs say DO NOT USE and to call start instead"),
        _ => None,
    }
}

/// The body of `restart`. No scope: `{"criteria": {}}`, `resetScope` left empty, which the docs say
/// emulates the admin center's "Restart provisioning" (like QuarantineState, Watermark and Escrows).
/// `ConnectorDataStore` and `None` are refused unless `allow_discouraged`; unknown members always.
pub fn restart_body(
    scope: Option<SynchronizationJobRestartScope>,
    allow_discouraged: bool,
) -> Result<RestartRequestBody, ScopeError> {
    if let Some(scope) = &scope {
        for member in scope.iter() {
            if let ScopeMember::Unrecognized(text) = member {
                return Err(ScopeError::Unknown(text.clone()));
            }
            if let (Some(warning), false) = (scope_warning(member), allow_discouraged) {
                return Err(ScopeError::Discouraged {
                    member: member.as_str().to_string(),
                    warning,
                });
            }
        }
    }
    Ok(RestartRequestBody {
        criteria: Maybe::Value(SynchronizationJobRestartCriteria {
            reset_scope: Maybe::from_option(scope.filter(|s| !s.is_empty())),
            ..Default::default()
        }),
        ..Default::default()
    })
}

/// Parses reset-scope members (`Escrows`, `watermark`, `"Escrows, Watermark"`) as the service does
/// (ASCII case ignored); an unknown member is an error.
pub fn parse_scope<'a>(
    members: impl IntoIterator<Item = &'a str>,
) -> Result<SynchronizationJobRestartScope, ScopeError> {
    let mut scope = SynchronizationJobRestartScope::new();
    for text in members {
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match ScopeMember::from_wire(part) {
                ScopeMember::Unrecognized(text) => return Err(ScopeError::Unknown(text)),
                member => scope.insert(member),
            }
        }
    }
    Ok(scope)
}

/// Every job of the service principal (all pages).
pub async fn list_jobs(client: &Client, service_principal_id: &str) -> Result<Vec<SynchronizationJob>, JobError> {
    let request = client
        .v1_0()
        .service_principals()
        .item(service_principal_id)
        .synchronization()
        .jobs()
        .list();
    Ok(client.collect_all(&request).await?)
}

/// The one job made from `template_id` (or the only job, when none is given).
pub fn pick_job<'j>(
    service_principal_id: &str,
    jobs: &'j [SynchronizationJob],
    template_id: Option<&str>,
) -> Result<&'j SynchronizationJob, JobError> {
    let candidates: Vec<&SynchronizationJob> = jobs
        .iter()
        .filter(|job| template_id.is_none_or(|t| job.template_id.value().is_some_and(|id| id.eq_ignore_ascii_case(t))))
        .collect();
    match candidates.as_slice() {
        [job] => Ok(job),
        [] => Err(JobError::NoJob {
            service_principal_id: service_principal_id.to_string(),
            template_id: template_id.map(str::to_string),
        }),
        many => Err(JobError::Ambiguous {
            service_principal_id: service_principal_id.to_string(),
            template_id: template_id.map(str::to_string),
            jobs: many
                .iter()
                .map(|job| {
                    format!(
                        "{} ({})",
                        job.id.value().map_or("<no id>", String::as_str),
                        job.template_id.value().map_or("<no template>", String::as_str)
                    )
                })
                .collect(),
        }),
    }
}

/// Lists the service principal's jobs and picks one ([`pick_job`]).
pub async fn find_job(
    client: &Client,
    service_principal_id: &str,
    template_id: Option<&str>,
) -> Result<JobRef, JobError> {
    let jobs = list_jobs(client, service_principal_id).await?;
    let job = pick_job(service_principal_id, &jobs, template_id)?;
    let job_id = job.id.value().ok_or_else(|| JobError::NoJob {
        service_principal_id: service_principal_id.to_string(),
        template_id: template_id.map(str::to_string),
    })?;
    Ok(JobRef::new(service_principal_id, job_id.clone()))
}

/// The id of a job a dry run cannot know: it comes from the listing.
pub const JOB_FROM_LISTING: Placeholder = Placeholder {
    marker: "JOBIDFROMTHELISTING",
    description: "id of the job picked from the listing above",
};

/// What [`find_job`] sends, and the job it finds (its id [`JOB_FROM_LISTING`]).
pub fn plan_find_job(
    api: &msgraph_sync::v1_0::Api,
    service_principal_id: &str,
    template_id: Option<&str>,
) -> Result<(Plan, JobRef), BuildError> {
    let mut plan = Plan::new();
    let list = api
        .service_principals()
        .item(service_principal_id)
        .synchronization()
        .jobs()
        .list();
    let picked = match template_id {
        Some(template) => format!("the job whose templateId is {template}"),
        None => "the only job".to_string(),
    };
    plan.request(&list, &[])?
        .note(format!("(and its further pages); then, for {picked}:"));
    Ok((plan, JobRef::new(service_principal_id, JOB_FROM_LISTING.marker)))
}

/// What one request on `job` sends (a job found by [`plan_find_job`] shown with its placeholder).
pub fn plan_request<R: msgraph_sync::response::ResponseKind, Q>(
    request: &msgraph_sync::Request<R, Q>,
) -> Result<Plan, BuildError> {
    let mut plan = Plan::new();
    plan.request(request, &[JOB_FROM_LISTING])?;
    Ok(plan)
}

/// What [`watch`] sends: the GET, repeated.
pub fn plan_watch(api: &msgraph_sync::v1_0::Api, job: &JobRef, options: &WatchOptions) -> Result<Plan, BuildError> {
    let mut plan = plan_request(&job.requests(api).get())?;
    plan.note(format!(
        "repeated after {:?}, then twice as long each time up to {:?}, until a steady state, quarantine or {:?} have passed",
        options.initial_interval, options.max_interval, options.deadline
    ));
    Ok(plan)
}

pub async fn get_job(client: &Client, job: &JobRef) -> Result<SynchronizationJob, JobError> {
    Ok(client.send(&job.requests(&client.v1_0()).get()).await?)
}

/// `start`, once.
pub async fn start(client: &Client, job: &JobRef) -> Result<(), JobError> {
    client.send(&job.requests(&client.v1_0()).start()).await?;
    Ok(())
}

pub async fn pause(client: &Client, job: &JobRef) -> Result<(), JobError> {
    client.send(&job.requests(&client.v1_0()).pause()).await?;
    Ok(())
}

/// `restart` with a body from [`restart_body`].
pub async fn restart(client: &Client, job: &JobRef, body: &RestartRequestBody) -> Result<(), JobError> {
    client.send(&job.requests(&client.v1_0()).restart(body)).await?;
    Ok(())
}

/// How long and how often [`watch`] polls.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// Give up after this long.
    pub deadline: Duration,
    /// The first wait between two GETs; doubled after each poll up to `max_interval`.
    pub initial_interval: Duration,
    pub max_interval: Duration,
}

impl Default for WatchOptions {
    fn default() -> WatchOptions {
        WatchOptions {
            deadline: Duration::from_secs(30 * 60),
            initial_interval: Duration::from_secs(5),
            max_interval: Duration::from_secs(120),
        }
    }
}

/// A quarantine as the job's status reports it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuarantineReport {
    /// The `quarantineReason` as received (`EncounteredEscrowProportionThreshold`, or a newer one).
    pub reason: Option<String>,
    pub series_count: Option<i64>,
    /// `nextAttempt` as received.
    pub next_attempt: Option<String>,
    /// The error's code and message, when the status has one.
    pub error: Option<String>,
}

impl QuarantineReport {
    /// The quarantine of a job, if it is in one (`status.code` `Quarantine` or a `status.quarantine`).
    pub fn of(job: &SynchronizationJob) -> Option<QuarantineReport> {
        let status = job.status.value()?;
        let quarantine = status.quarantine.value();
        let code_says = matches!(status.code.value(), Some(SynchronizationStatusCode::Quarantine));
        if quarantine.is_none() && !code_says {
            return None;
        }
        Some(QuarantineReport {
            reason: quarantine
                .and_then(|q| q.reason.value())
                .map(|r| r.as_str().to_string()),
            series_count: quarantine.and_then(|q| q.series_count.value().copied()),
            next_attempt: quarantine
                .and_then(|q| q.next_attempt.value())
                .map(|t| t.as_str().to_string()),
            error: quarantine.and_then(|q| q.error.value()).map(|e| {
                format!(
                    "{}: {}",
                    e.code.value().map_or("", String::as_str),
                    e.message.value().map_or("", String::as_str)
                )
            }),
        })
    }
}

/// How a watch ended.
#[derive(Debug, Clone)]
pub enum WatchOutcome {
    /// The job reached a steady state (or finished a successful run).
    Steady(Box<SynchronizationJob>),
    Quarantined(Box<SynchronizationJob>, QuarantineReport),
    /// The job is paused: it will not get anywhere until started.
    Paused(Box<SynchronizationJob>),
    /// The deadline passed; the last status read, if any.
    Deadline(Option<Box<SynchronizationJob>>),
}

/// Whether a job has finished a cycle: a steady state (a `steadyStateLastAchievedTime` after year
/// 1970; the service writes `0001-01-01` before the first), or a successful run.
pub fn is_steady(job: &SynchronizationJob) -> bool {
    let Some(status) = job.status.value() else { return false };
    if !matches!(status.code.value(), Some(SynchronizationStatusCode::Active) | None) {
        return false;
    }
    let steady = status
        .steady_state_last_achieved_time
        .value()
        .and_then(|t| t.value())
        .is_some_and(|t| t.timestamp() > 0);
    steady || status.last_successful_execution.is_value()
}

/// GETs the job until it is steady, quarantined or paused, or `options.deadline` passes, waiting
/// `initial_interval`, then twice as long each time up to `max_interval` (never past the deadline).
/// `on_poll` sees each status read and the poll's number. Sends only GETs.
pub async fn watch(
    client: &Client,
    job: &JobRef,
    options: &WatchOptions,
    mut on_poll: impl FnMut(&SynchronizationJob, u32),
) -> Result<WatchOutcome, JobError> {
    let started = Instant::now();
    let request = job.requests(&client.v1_0()).get();
    let mut interval = options.initial_interval;
    let mut last = None;
    for poll in 1u32.. {
        let current = client.send(&request).await?;
        on_poll(&current, poll);
        if let Some(report) = QuarantineReport::of(&current) {
            return Ok(WatchOutcome::Quarantined(Box::new(current), report));
        }
        if is_steady(&current) {
            return Ok(WatchOutcome::Steady(Box::new(current)));
        }
        if matches!(
            current.status.value().and_then(|s| s.code.value()),
            Some(SynchronizationStatusCode::Paused)
        ) {
            return Ok(WatchOutcome::Paused(Box::new(current)));
        }
        last = Some(Box::new(current));
        let remaining = options.deadline.saturating_sub(started.elapsed());
        if remaining.is_zero() {
            break;
        }
        // The last wait ends at the deadline, and one more GET tells where the job got to.
        tokio::time::sleep(interval.min(remaining)).await;
        interval = interval.saturating_mul(2).min(options.max_interval);
    }
    Ok(WatchOutcome::Deadline(last))
}
