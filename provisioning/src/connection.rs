//! Object connections (Graph beta): the provisioning service's stored association of a source
//! object with its target object, and the repair procedure of entra-docs
//! `manage-object-connections.md`: look the connection up, pause the job (or require it paused),
//! confirm `schedule.state`, delete the connection, provision the object on demand, look again, and
//! start the job again if it was running.
//!
//! The connection's own operations exist in beta only; the job's (get, pause, start, schema,
//! provisionOnDemand) go through v1.0 as the other workflows do ([`crate::job`], [`crate::on_demand`]).
//! Deleting a connection never deletes an object, only the association.

use msgraph_sync::beta::ObjectConnection;
use msgraph_sync::v1_0::SynchronizationScheduleState;
use msgraph_sync::{Client, Enumeration, Maybe};

use crate::job::{self, JobError, JobRef};
use crate::on_demand::{OnDemand, OnDemandError, OnDemandResult, Subject};

/// One object connection of one job, named by a source or target identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionRef {
    pub job: JobRef,
    pub object_id: String,
}

impl ConnectionRef {
    pub fn new(job: JobRef, object_id: impl Into<String>) -> ConnectionRef {
        ConnectionRef {
            job,
            object_id: object_id.into(),
        }
    }

    /// The beta builders of the connection on `api`'s host.
    pub fn requests(
        &self,
        api: &msgraph_sync::beta::Api,
    ) -> msgraph_sync::beta::requests::SynchronizationJobsItemObjectConnectionsByObjectIdRequests {
        api.service_principals()
            .item(&self.job.service_principal_id)
            .synchronization()
            .jobs()
            .item(&self.job.job_id)
            .object_connections_by_object_id(&self.object_id)
    }
}

/// The steps of [`repair`], in order; each failure names its step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    GetConnection,
    ReadJob,
    PauseJob,
    ConfirmPaused,
    DeleteConnection,
    ProvisionOnDemand,
    GetConnectionAgain,
    StartJob,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::GetConnection,
        Step::ReadJob,
        Step::PauseJob,
        Step::ConfirmPaused,
        Step::DeleteConnection,
        Step::ProvisionOnDemand,
        Step::GetConnectionAgain,
        Step::StartJob,
    ];

    fn what(self) -> &'static str {
        match self {
            Step::GetConnection => "get the object connection",
            Step::ReadJob => "read the job's schedule",
            Step::PauseJob => "pause the job",
            Step::ConfirmPaused => "confirm schedule.state is Paused or Disabled",
            Step::DeleteConnection => "delete the object connection",
            Step::ProvisionOnDemand => "provision the object on demand",
            Step::GetConnectionAgain => "get the object connection again",
            Step::StartJob => "start the job again",
        }
    }
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let number = Step::ALL.iter().position(|s| s == self).unwrap_or_default() + 1;
        write!(f, "step {number} of {} ({})", Step::ALL.len(), self.what())
    }
}

/// Why a step failed.
#[derive(Debug, thiserror::Error)]
pub enum StepError {
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    #[error(transparent)]
    Job(#[from] JobError),
    #[error(transparent)]
    OnDemand(#[from] OnDemandError),
    #[error("no object connection of job {job_id} contains {object_id:?} (as a source or a target identifier): nothing to repair")]
    NotFound { job_id: String, object_id: String },
    #[error("the job is {state}: pass --pause to pause it first (the service refuses the DELETE while it is active)")]
    JobActive { state: String },
    #[error("schedule.state is {state}, not Paused or Disabled: the connection was not deleted")]
    NotPaused { state: String },
    #[error("the service reports the on-demand provisioning as {result}: the job was left paused")]
    ProvisionFailed { result: String },
}

/// A [`repair`] stopped at `step`.
#[derive(Debug, thiserror::Error)]
#[error("{step}: {source}")]
pub struct RepairError {
    pub step: Step,
    #[source]
    pub source: StepError,
    /// Whether the connection was already deleted when it stopped.
    pub deleted: bool,
}

/// What [`repair`] does beyond the documented minimum.
#[derive(Debug, Clone, Default)]
pub struct RepairOptions {
    /// Pause an active job first (else an active job stops the repair before anything changes).
    pub pause: bool,
    /// The synchronization rule for provision on demand; else chosen from the job's schema.
    pub rule_id: Option<String>,
    /// The source object type (`User`, `Group`); else from the connection's `objectTypeName`.
    pub object_type_name: Option<String>,
}

/// What [`repair`] did.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepairReport {
    pub before: ObjectConnection,
    /// The connection after provisioning on demand (`None`: the service has not connected it).
    pub after: Option<ObjectConnection>,
    /// `schedule.state` when the repair began.
    pub initial_state: String,
    pub paused: bool,
    pub started: bool,
    pub provisioned: OnDemandResult,
}

fn is_not_found(error: &msgraph_sync::client::Error) -> bool {
    matches!(error, msgraph_sync::client::Error::Graph { error, .. } if error.status == 404)
}

/// GET the connection: `None` when none contains the identifier (404).
pub async fn show(
    client: &Client,
    connection: &ConnectionRef,
) -> Result<Option<ObjectConnection>, msgraph_sync::client::Error> {
    match client.send(&connection.requests(&client.beta()).get()).await {
        Ok(found) => Ok(Some(found)),
        Err(error) if is_not_found(&error) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The job's `schedule.state` (`Active`, `Paused`, `Disabled`, or a newer member as sent).
async fn schedule_state(client: &Client, job: &JobRef) -> Result<String, JobError> {
    let job = job::get_job(client, job).await?;
    let state = job.schedule.value().and_then(|s| s.state.value()).cloned();
    Ok(state.map_or_else(|| "unknown".to_string(), |s| s.as_str().to_string()))
}

fn is_state(state: &str, member: SynchronizationScheduleState) -> bool {
    state.eq_ignore_ascii_case(member.as_str())
}

/// `user` → `User`: the schema's object mappings name source objects capitalised.
fn source_object_type(object_type_name: &str) -> String {
    let mut chars = object_type_name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_else(|| "User".to_string())
}

/// The documented repair, each step named in `progress` before it runs and in the error if it fails.
pub async fn repair(
    client: &Client,
    connection: &ConnectionRef,
    options: &RepairOptions,
    mut progress: impl FnMut(Step),
) -> Result<RepairReport, RepairError> {
    let mut deleted = false;
    let fail = |step: Step, deleted: bool| move |source: StepError| RepairError { step, source, deleted };
    let mut step = |s: Step| {
        progress(s);
        s
    };

    let s = step(Step::GetConnection);
    let before = show(client, connection)
        .await
        .map_err(|e| fail(s, deleted)(e.into()))?
        .ok_or_else(|| {
            fail(s, deleted)(StepError::NotFound {
                job_id: connection.job.job_id.clone(),
                object_id: connection.object_id.clone(),
            })
        })?;

    let s = step(Step::ReadJob);
    let initial_state = schedule_state(client, &connection.job)
        .await
        .map_err(|e| fail(s, deleted)(e.into()))?;
    let was_active = is_state(&initial_state, SynchronizationScheduleState::Active);
    let mut paused = false;
    if was_active {
        let s = step(Step::PauseJob);
        if !options.pause {
            return Err(fail(s, deleted)(StepError::JobActive {
                state: initial_state.clone(),
            }));
        }
        job::pause(client, &connection.job)
            .await
            .map_err(|e| fail(s, deleted)(e.into()))?;
        paused = true;
    }

    let s = step(Step::ConfirmPaused);
    let state = schedule_state(client, &connection.job)
        .await
        .map_err(|e| fail(s, deleted)(e.into()))?;
    if !is_state(&state, SynchronizationScheduleState::Paused)
        && !is_state(&state, SynchronizationScheduleState::Disabled)
    {
        return Err(fail(s, deleted)(StepError::NotPaused { state }));
    }

    let s = step(Step::DeleteConnection);
    client
        .send(&connection.requests(&client.beta()).delete())
        .await
        .map_err(|e| fail(s, deleted)(e.into()))?;
    deleted = true;

    let s = step(Step::ProvisionOnDemand);
    let subject = Subject {
        object_id: before
            .source_anchor
            .value()
            .cloned()
            .unwrap_or_else(|| connection.object_id.clone()),
        object_type_name: options
            .object_type_name
            .clone()
            .unwrap_or_else(|| source_object_type(before.object_type_name.value().map_or("", String::as_str))),
    };
    let provisioned = OnDemand
        .provision(client, &connection.job, &subject, options.rule_id.as_deref(), None)
        .await
        .map_err(|e| fail(s, deleted)(e.into()))?;
    if !provisioned.succeeded() {
        let result = provisioned
            .outcome
            .result
            .clone()
            .unwrap_or_else(|| "unknown".to_string());
        return Err(fail(s, deleted)(StepError::ProvisionFailed { result }));
    }

    let s = step(Step::GetConnectionAgain);
    let after = show(client, connection).await.map_err(|e| fail(s, deleted)(e.into()))?;

    let mut started = false;
    if was_active {
        let s = step(Step::StartJob);
        job::start(client, &connection.job)
            .await
            .map_err(|e| fail(s, deleted)(e.into()))?;
        started = true;
    }
    Ok(RepairReport {
        before,
        after,
        initial_state,
        paused,
        started,
        provisioned,
    })
}

/// `Maybe` text for display: the value, or `-`.
pub fn text(value: &Maybe<String>) -> &str {
    value.value().map_or("-", String::as_str)
}
