//! Jobs from templates, the synchronization API's own first step: list the synchronization templates
//! of a service principal, create a job from one (the service creates it disabled; it runs once
//! started), delete a job. Each has its plan for a dry run, built from the same requests.

use msgraph_sync::v1_0::{requests::SynchronizationRequests, Api, SynchronizationJob, SynchronizationTemplate};
use msgraph_sync::{BuildError, Client, Enumeration, Maybe};
use serde::Serialize;

use crate::job::{JobError, JobRef};
use crate::plan::Plan;

fn synchronization(api: &Api, service_principal_id: &str) -> SynchronizationRequests {
    api.service_principals().item(service_principal_id).synchronization()
}

/// `GET …/servicePrincipals/{id}/synchronization/templates`, every page.
pub async fn list_templates(
    client: &Client,
    service_principal_id: &str,
) -> Result<Vec<SynchronizationTemplate>, JobError> {
    let request = synchronization(&client.v1_0(), service_principal_id).templates().list();
    Ok(client.collect_all(&request).await?)
}

/// What [`list_templates`] sends (further pages follow the service's `@odata.nextLink`).
pub fn plan_list(api: &Api, service_principal_id: &str) -> Result<Plan, BuildError> {
    let mut plan = Plan::new();
    plan.request(&synchronization(api, service_principal_id).templates().list(), &[])?
        .note("and each further page the answer links to (@odata.nextLink)");
    Ok(plan)
}

/// The body that creates a job: the template's id and nothing else.
pub fn new_job(template_id: &str) -> SynchronizationJob {
    SynchronizationJob {
        template_id: Maybe::Value(template_id.to_string()),
        ..Default::default()
    }
}

/// `POST …/synchronization/jobs` `{"templateId"}`: the created job, as the service answered.
pub async fn create_job(
    client: &Client,
    service_principal_id: &str,
    template_id: &str,
) -> Result<SynchronizationJob, JobError> {
    let request = synchronization(&client.v1_0(), service_principal_id)
        .jobs()
        .create(&new_job(template_id));
    client.send(&request).await?.ok_or_else(|| JobError::NoCreatedJob {
        service_principal_id: service_principal_id.to_string(),
        template_id: template_id.to_string(),
    })
}

/// What [`create_job`] sends.
pub fn plan_create(api: &Api, service_principal_id: &str, template_id: &str) -> Result<Plan, BuildError> {
    let mut plan = Plan::new();
    plan.request(
        &synchronization(api, service_principal_id)
            .jobs()
            .create(&new_job(template_id)),
        &[],
    )?;
    Ok(plan)
}

/// `DELETE …/synchronization/jobs/{id}`.
pub async fn delete_job(client: &Client, job: &JobRef) -> Result<(), JobError> {
    client.send(&job.requests(&client.v1_0()).delete()).await?;
    Ok(())
}

/// What [`delete_job`] sends.
pub fn plan_delete(api: &Api, job: &JobRef) -> Result<Plan, BuildError> {
    let mut plan = Plan::new();
    plan.request(&job.requests(api).delete(), &[crate::job::JOB_FROM_LISTING])?;
    Ok(plan)
}

/// A created job and what it takes to run it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedJob {
    pub service_principal_id: String,
    pub job_id: Option<String>,
    pub template_id: Option<String>,
    /// `schedule.state` as the service answered (`Disabled` for a new job).
    pub schedule_state: Option<String>,
    /// Whether the job runs only once started (its schedule is not active).
    pub disabled: bool,
    /// The commands that take it further, in order.
    pub next_steps: Vec<String>,
}

impl CreatedJob {
    /// The report on `job`, created under `service_principal_id`; `program` names the tool in the
    /// next steps.
    pub fn of(service_principal_id: &str, job: &SynchronizationJob, program: &str) -> CreatedJob {
        let job_id = job.id.value().cloned();
        let schedule_state = job
            .schedule
            .value()
            .and_then(|s| s.state.value())
            .map(|s| s.as_str().to_string());
        let disabled = !matches!(schedule_state.as_deref(), Some("Active"));
        let id = job_id.as_deref().unwrap_or("<job id>");
        let select = format!("-s {service_principal_id} -j {id}");
        let mut next_steps = vec![
            format!("{program} secrets set -s {service_principal_id} --secrets-file FILE   (the target system's credentials, if the app needs them)"),
            format!("{program} schema pull {select} -o schema.json   (then edit and `schema push {select} schema.json`)"),
        ];
        if disabled {
            next_steps.push(format!("{program} job start {select}"));
        }
        next_steps.push(format!("{program} job watch {select}"));
        CreatedJob {
            service_principal_id: service_principal_id.to_string(),
            job_id,
            template_id: job.template_id.value().cloned(),
            schedule_state,
            disabled,
            next_steps,
        }
    }
}
