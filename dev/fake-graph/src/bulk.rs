//! API-driven inbound provisioning: `POST …/jobs/{id}/bulkUpload` and the reports endpoint's limit.
//!
//! bulkUpload refuses a body whose `Content-Type` is not `application/scim+json` (400 "Invalid Data
//! Format", as the service answers), a body that is not a SCIM BulkRequest, or one of more than 50
//! operations; beyond 40 requests in any 5 seconds, or beyond the tenant's daily budget (2,000 in any
//! 24 hours, as under Entra ID P1/P2), it answers 429 with `Retry-After`. An accepted
//! request is 202 with no body and a `Location` of the provisioning-log query of the job, and each of
//! its operations becomes a provisioning-log entry whose outcome the test chooses per `externalId`
//! ([`BulkOutcome`]). `GET /auditLogs/provisioning…` allows 5 requests in any 10 seconds.

use std::time::{Instant, SystemTime};

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::incoming::Incoming;
use crate::reply::Reply;
use crate::state::bulk::{AcceptedUpload, BulkOutcome};

/// The SCIM message schema of a bulk request.
const BULK_REQUEST: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
/// The service's limit of operations per bulk request.
const MAX_OPERATIONS: usize = 50;

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
