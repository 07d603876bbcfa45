//! API-driven inbound provisioning: `POST …/jobs/{id}/bulkUpload` and the reports endpoint's limit.
//!
//! bulkUpload refuses a body whose `Content-Type` is not `application/scim+json` (400 "Invalid Data
//! Format", as the service answers), a body that is not a SCIM BulkRequest, or one of more than 50
//! operations; beyond 40 requests in any 5 seconds, or beyond the tenant's daily budget (2,000 in any
//! 24 hours, as under Entra ID P1/P2), it answers 429 with `Retry-After`. An accepted
//! request is 202 with no body and a `Location` of the provisioning-log query of the job, and each of
//! its operations becomes a provisioning-log entry whose outcome the test chooses per `externalId`
//! ([`BulkOutcome`]). `GET /auditLogs/provisioning…` allows 5 requests in any 10 seconds.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant, SystemTime};

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use super::service::{Incoming, Reply};

/// The SCIM message schema of a bulk request.
const BULK_REQUEST: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
/// The service's limit of operations per bulk request.
pub(super) const MAX_OPERATIONS: usize = 50;

/// What the fake's provisioning service does with one uploaded record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkOutcome {
    /// Logged as `success` (the default).
    Success,
    /// Logged as `failure` with this `errorCode` and `reason`.
    Failure { code: String, reason: String },
    /// Logged as `skipped` with this `reason`.
    Skipped { reason: String },
    /// Never logged (the service has not processed it yet).
    Unseen,
}

/// A sliding-window limit: at most `limit` requests in any `window`.
#[derive(Debug)]
pub(super) struct Window {
    pub(super) limit: usize,
    pub(super) window: Duration,
    times: VecDeque<Instant>,
    /// How many requests this limit refused.
    pub(super) refused: usize,
}

impl Window {
    fn new(limit: usize, window: Duration) -> Window {
        Window {
            limit,
            window,
            times: VecDeque::new(),
            refused: 0,
        }
    }

    /// Counts the request, or gives the whole seconds after which one more would be allowed.
    fn admit(&mut self, now: Instant) -> Result<(), u64> {
        while self
            .times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            self.times.pop_front();
        }
        if self.limit == 0 || self.times.len() < self.limit {
            self.times.push_back(now);
            return Ok(());
        }
        self.refused += 1;
        let oldest = self.times.front().copied().unwrap_or(now);
        let wait = self.window.saturating_sub(now.duration_since(oldest));
        Err((wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1))
    }
}

/// One accepted bulk request, as the fake processed it.
#[derive(Debug, Clone)]
pub struct AcceptedUpload {
    /// The job it was sent to.
    pub job_id: String,
    /// The request body as received (parsed).
    pub body: Value,
}

pub(super) struct BulkState {
    pub(super) uploads: Window,
    /// The tenant's daily budget of bulkUpload calls.
    pub(super) daily: Window,
    pub(super) reports: Window,
    pub(super) outcomes: HashMap<String, BulkOutcome>,
    pub(super) accepted: Vec<AcceptedUpload>,
    /// Whether accepted bodies are kept for [`crate::FakeGraph::accepted_uploads`] (benchmarks turn it off).
    pub(super) keep_accepted: bool,
    seen_external_ids: HashSet<String>,
    /// What the provisioning service made of the records, per job: the user of each `externalId`,
    /// its attributes as last sent (an update sets the attributes it carries).
    pub(super) users: HashMap<String, BTreeMap<String, Value>>,
}

impl Default for BulkState {
    fn default() -> BulkState {
        BulkState {
            uploads: Window::new(40, Duration::from_secs(5)),
            daily: Window::new(2_000, Duration::from_secs(24 * 3600)),
            reports: Window::new(5, Duration::from_secs(10)),
            outcomes: HashMap::new(),
            accepted: Vec::new(),
            keep_accepted: true,
            seen_external_ids: HashSet::new(),
            users: HashMap::new(),
        }
    }
}

fn throttled(seconds: u64) -> Reply {
    Reply::Throttled {
        retry_after_secs: seconds,
        message: "Too many requests. Please retry after the time given in the Retry-After header.".into(),
    }
}

/// The reports limit, checked before any `/auditLogs/provisioning` request is answered.
pub(super) fn admit_report(request: &Incoming) -> Option<Reply> {
    let mut state = request.shared.lock();
    state.bulk.reports.admit(Instant::now()).err().map(throttled)
}

/// `POST …/servicePrincipals/{sp}/synchronization/jobs/{job}/bulkUpload`.
pub(super) fn bulk_upload(request: &Incoming, content_type: Option<&str>, sp: &str, job_id: &str) -> Reply {
    let mut guard = request.shared.lock();
    let state = &mut *guard;
    let now = Instant::now();
    if let Err(seconds) = state.bulk.uploads.admit(now) {
        return throttled(seconds);
    }
    if let Err(seconds) = state.bulk.daily.admit(now) {
        return Reply::Throttled {
            retry_after_secs: seconds,
            message: "The tenant's daily limit of API calls for inbound provisioning has been reached.".into(),
        };
    }
    if !state
        .principals
        .get(sp)
        .is_some_and(|p| p.jobs.iter().any(|j| j.value["id"] == job_id))
    {
        return Reply::Error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            format!(
                "Resource '{job_id}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    }
    let media_type = content_type.and_then(|c| c.split(';').next()).map(str::trim);
    if !media_type.is_some_and(|m| m.eq_ignore_ascii_case("application/scim+json")) {
        return invalid_data_format();
    }
    let Ok(body) = serde_json::from_slice::<Value>(request.body) else {
        return invalid_data_format();
    };
    let is_bulk_request = body["schemas"]
        .as_array()
        .is_some_and(|s| s.iter().any(|s| s == BULK_REQUEST));
    let Some(operations) = body["Operations"].as_array().filter(|_| is_bulk_request) else {
        return invalid_data_format();
    };
    if operations.len() > MAX_OPERATIONS {
        return Reply::Error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            format!(
                "The bulk request contains {} operations; the maximum is {MAX_OPERATIONS}.",
                operations.len()
            ),
        );
    }
    let cycle_id = Uuid::new_v4().to_string();
    let now = chrono::DateTime::<chrono::Utc>::from(SystemTime::now())
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    let display_name = state
        .directory
        .service_principals
        .iter()
        .find(|s| s["id"] == sp)
        .and_then(|s| s["displayName"].as_str())
        .unwrap_or("API-driven provisioning")
        .to_string();
    for (index, operation) in operations.iter().enumerate() {
        let data = &operation["data"];
        let external_id = data["externalId"].as_str().unwrap_or_default().to_string();
        let outcome = if external_id.is_empty() {
            BulkOutcome::Failure {
                code: "InvalidInput".into(),
                reason: "The record has no externalId.".into(),
            }
        } else {
            state
                .bulk
                .outcomes
                .get(&external_id)
                .cloned()
                .unwrap_or(BulkOutcome::Success)
        };
        let (status, error) = match &outcome {
            BulkOutcome::Unseen => continue,
            BulkOutcome::Success => ("success", Value::Null),
            BulkOutcome::Failure { code, reason } => (
                "failure",
                json!({"errorCode": code, "reason": reason, "errorCategory": "NonServiceFailure", "additionalDetails": null, "recommendedAction": null}),
            ),
            BulkOutcome::Skipped { reason } => (
                "skipped",
                json!({"errorCode": null, "reason": reason, "errorCategory": null, "additionalDetails": null, "recommendedAction": null}),
            ),
        };
        if status == "success" {
            let user = state
                .bulk
                .users
                .entry(job_id.to_string())
                .or_default()
                .entry(external_id.clone())
                .or_insert_with(|| json!({}));
            if let (Some(user), Some(data)) = (user.as_object_mut(), data.as_object()) {
                for (key, value) in data {
                    user.insert(key.clone(), value.clone());
                }
            }
        }
        let action = if state.bulk.seen_external_ids.insert(external_id.clone()) {
            "create"
        } else {
            "update"
        };
        let name = data["displayName"]
            .as_str()
            .or_else(|| data["userName"].as_str())
            .unwrap_or_default();
        state.directory.provisioning_logs.push(json!({
            "id": format!("{cycle_id}.{index}"),
            "activityDateTime": now,
            "changeId": Uuid::new_v4().to_string(),
            "cycleId": cycle_id,
            "durationInMilliseconds": 40,
            "initiatedBy": {"id": "", "displayName": "Microsoft.Azure.SyncFabric", "initiatorType": "system"},
            "jobId": job_id,
            "modifiedProperties": [],
            "provisioningAction": action,
            "provisioningStatusInfo": {"status": status, "errorInformation": error},
            "provisioningSteps": [],
            "servicePrincipal": {"id": sp, "displayName": display_name},
            "sourceIdentity": {"id": external_id, "displayName": name, "identityType": "User", "details": null},
            "sourceSystem": {"id": "api", "displayName": "API", "details": null},
            "targetIdentity": {"id": if status == "success" { Uuid::new_v4().to_string() } else { String::new() }, "displayName": name, "identityType": "User", "details": null},
            "targetSystem": {"id": "entra", "displayName": "Entra ID", "details": null},
            "tenantId": "00000000-0000-4000-8000-0000000000aa",
        }));
    }
    if state.bulk.keep_accepted {
        state.bulk.accepted.push(AcceptedUpload {
            job_id: job_id.to_string(),
            body,
        });
    }
    let quoted = job_id.replace('\'', "''");
    Reply::Accepted {
        location: format!(
            "{}/{}/auditLogs/provisioning/?$filter=jobid%20eq%20'{}'",
            request.shared.base_url,
            request.version,
            percent_encode_query(&quoted)
        ),
    }
}

fn invalid_data_format() -> Reply {
    Reply::Error(StatusCode::BAD_REQUEST, "BadRequest", "Invalid Data Format".into())
}

/// Percent-encodes what may not appear in a query value as such.
fn percent_encode_query(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~'".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_admits_up_to_the_limit_then_names_the_wait() {
        let mut window = Window::new(2, Duration::from_secs(10));
        let start = Instant::now();
        assert_eq!(window.admit(start), Ok(()));
        assert_eq!(window.admit(start + Duration::from_secs(1)), Ok(()));
        assert_eq!(window.admit(start + Duration::from_millis(1500)), Err(9));
        assert_eq!(window.admit(start + Duration::from_secs(10)), Ok(()));
        assert_eq!(window.refused, 1);
    }
}
