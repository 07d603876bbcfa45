//! Fleet status: the state of every synchronization job of many service principals, summarized
//! (Active / Paused / Quarantine with its reason / NotConfigured). The jobs are listed through
//! JSON batches (20 service principals per `$batch`) or single requests, with a bound on what is in
//! flight; both share the client's throttle, so a 429 slows every worker.

use msgraph_sync::client::{Batch, BatchKey, Error};
use msgraph_sync::response::Json;
use msgraph_sync::v1_0::{Api, SynchronizationJob, SynchronizationJobCollectionResponse, SynchronizationStatusCode};
use msgraph_sync::Client;
use serde::Serialize;
use std::collections::BTreeMap;

use crate::plan::{Placeholder, Plan};

/// Which service principals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Targets {
    /// These object ids.
    Ids(Vec<String>),
    /// Those `GET /servicePrincipals?$filter=…` returns.
    Filter(String),
}

/// How to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FleetOptions {
    /// Requests (or `$batch` requests) in flight at once.
    pub concurrency: usize,
    /// List the jobs through `$batch` (20 service principals per request) rather than one
    /// request each.
    pub batch: bool,
}

impl Default for FleetOptions {
    fn default() -> Self {
        FleetOptions {
            concurrency: 4,
            batch: true,
        }
    }
}

/// One job's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state")]
pub enum JobState {
    Active,
    Paused,
    /// `status.quarantine.reason`, as the service spelled it.
    Quarantine {
        reason: Option<String>,
    },
    /// Any other `status.code` (`NotRun`, `NotConfigured`, one newer than the spec), or none.
    Other {
        code: Option<String>,
    },
}

/// One job of a service principal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JobStatus {
    pub job_id: Option<String>,
    pub template_id: Option<String>,
    #[serde(flatten)]
    pub state: JobState,
}

/// One service principal: its jobs (none: not configured for provisioning), or why they could
/// not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrincipalStatus {
    pub service_principal_id: String,
    pub jobs: Vec<JobStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Counts over the fleet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub active: usize,
    pub paused: usize,
    /// Quarantined jobs by reason (`"unknown"` when the service gave none).
    pub quarantine: BTreeMap<String, usize>,
    /// Other job states by code.
    pub other: BTreeMap<String, usize>,
    /// Service principals without a synchronization job.
    pub not_configured: usize,
    /// Service principals whose jobs could not be read.
    pub errors: usize,
}

/// The whole fleet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FleetStatus {
    pub summary: Summary,
    pub service_principals: Vec<PrincipalStatus>,
}

fn text<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    }
}

/// The state of one job as its listing shows it.
pub fn job_status(job: &SynchronizationJob) -> JobStatus {
    let status = job.status.value();
    let code = status.and_then(|s| s.code.value());
    let state = match code {
        Some(SynchronizationStatusCode::Active) => JobState::Active,
        Some(SynchronizationStatusCode::Paused) => JobState::Paused,
        Some(SynchronizationStatusCode::Quarantine) => JobState::Quarantine {
            reason: status
                .and_then(|s| s.quarantine.value())
                .and_then(|q| q.reason.value())
                .and_then(text),
        },
        other => JobState::Other {
            code: other.and_then(text),
        },
    };
    JobStatus {
        job_id: job.id.value().cloned(),
        template_id: job.template_id.value().cloned(),
        state,
    }
}

fn summarize(principals: &[PrincipalStatus]) -> Summary {
    let mut summary = Summary::default();
    for principal in principals {
        if principal.error.is_some() {
            summary.errors += 1;
        } else if principal.jobs.is_empty() {
            summary.not_configured += 1;
        }
        for job in &principal.jobs {
            match &job.state {
                JobState::Active => summary.active += 1,
                JobState::Paused => summary.paused += 1,
                JobState::Quarantine { reason } => {
                    *summary
                        .quarantine
                        .entry(reason.clone().unwrap_or_else(|| "unknown".into()))
                        .or_default() += 1
                }
                JobState::Other { code } => {
                    *summary
                        .other
                        .entry(code.clone().unwrap_or_else(|| "none".into()))
                        .or_default() += 1
                }
            }
        }
    }
    summary
}

/// The object ids `targets` names (a `$filter` is listed, every page).
pub async fn resolve(client: &Client, targets: &Targets) -> Result<Vec<String>, Error> {
    match targets {
        Targets::Ids(ids) => Ok(ids.clone()),
        Targets::Filter(filter) => {
            let principals = client
                .collect_all(&client.v1_0().service_principals().list().filter(filter))
                .await?;
            Ok(principals.into_iter().filter_map(|sp| sp.id.value().cloned()).collect())
        }
    }
}

type JobsPage = Json<SynchronizationJobCollectionResponse>;

/// The `$batch` items that list the jobs of `ids`, one each, in order.
fn listings(api: &Api, ids: &[String]) -> (Batch, Vec<Result<BatchKey<JobsPage>, Error>>) {
    let mut batch = Batch::new();
    let keys = ids
        .iter()
        .map(|id| batch.add(&api.service_principals().item(id).synchronization().jobs().list()))
        .collect();
    (batch, keys)
}

/// The id of a service principal a dry run cannot know (it comes from the `$filter` listing).
pub const LISTED_SERVICE_PRINCIPAL: Placeholder = Placeholder {
    marker: "SERVICEPRINCIPALIDFROMTHELISTING",
    description: "id of each service principal listed",
};

/// What [`fleet_status`] sends to the Graph root `base_url` (no retries): with ids in batches,
/// exactly its `$batch` requests.
pub fn plan(api: &Api, base_url: &str, targets: &Targets, options: FleetOptions) -> Result<Plan, Error> {
    let mut plan = Plan::new();
    let (ids, placeholders) = match targets {
        Targets::Ids(ids) => (ids.clone(), Vec::new()),
        Targets::Filter(filter) => {
            plan.request(&api.service_principals().list().filter(filter), &[])?
                .note(
                "and each further page the answer links to (@odata.nextLink); then, for each service principal listed:",
            );
            (
                vec![LISTED_SERVICE_PRINCIPAL.marker.to_string()],
                vec![LISTED_SERVICE_PRINCIPAL],
            )
        }
    };
    if options.batch {
        let (batch, keys) = listings(api, &ids);
        for key in keys {
            key?;
        }
        for request in batch.requests(base_url)? {
            plan.http(&request, &placeholders);
        }
        if !placeholders.is_empty() {
            plan.note(format!(
                "one item per service principal listed, {} items per $batch",
                msgraph_sync::client::MAX_BATCH_REQUESTS
            ));
        }
        plan.note(format!(
            "at most {} $batch requests in flight; a service principal whose jobs fill more than one page is then listed alone (GET …/synchronization/jobs and its pages)",
            options.concurrency.max(1)
        ));
    } else {
        for id in &ids {
            plan.request(
                &api.service_principals().item(id).synchronization().jobs().list(),
                &placeholders,
            )?;
        }
        plan.note(format!(
            "at most {} requests in flight; each followed by its further pages (@odata.nextLink)",
            options.concurrency.max(1)
        ));
    }
    Ok(plan)
}

async fn list_alone(client: &Client, id: &str) -> Result<Vec<SynchronizationJob>, Error> {
    let jobs = client.v1_0().service_principals().item(id).synchronization().jobs();
    client.collect_all(&jobs.list()).await
}

/// The status of every job of every service principal `targets` names. Errors reading one
/// service principal's jobs are reported in its entry; only failing to resolve `targets` fails
/// the whole call.
pub async fn fleet_status(client: &Client, targets: &Targets, options: FleetOptions) -> Result<FleetStatus, Error> {
    let ids = resolve(client, targets).await?;
    let listed: Vec<Result<Vec<SynchronizationJob>, Error>> = if options.batch {
        let (batch, keys) = listings(&client.v1_0(), &ids);
        let responses = client.send_batch_concurrent(&batch, options.concurrency).await?;
        let mut listed = Vec::new();
        for (id, key) in ids.iter().zip(keys) {
            let page = key.and_then(|key| responses.get(&key));
            listed.push(match page {
                // Further pages are rare (a principal has a job or two): list those alone.
                Ok(page) if page.odata_next_link.value().is_some() => list_alone(client, id).await,
                Ok(page) => Ok(page.value.value().cloned().unwrap_or_default()),
                Err(error) => Err(error),
            });
        }
        listed
    } else {
        client
            .for_each_concurrent(options.concurrency, ids.clone(), |client, id| async move {
                list_alone(&client, &id).await
            })
            .await
    };
    let principals: Vec<PrincipalStatus> = ids
        .into_iter()
        .zip(listed)
        .map(|(id, jobs)| match jobs {
            Ok(jobs) => PrincipalStatus {
                service_principal_id: id,
                jobs: jobs.iter().map(job_status).collect(),
                error: None,
            },
            Err(error) => PrincipalStatus {
                service_principal_id: id,
                jobs: Vec::new(),
                error: Some(error.to_string()),
            },
        })
        .collect();
    Ok(FleetStatus {
        summary: summarize(&principals),
        service_principals: principals,
    })
}
