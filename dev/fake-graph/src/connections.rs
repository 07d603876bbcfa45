//! Object connections (beta), as entra-docs `manage-object-connections.md` (2026-09-28) documents
//! them: the provisioning service's stored association of a source object with its target object,
//! per synchronization job.
//!
//! | request | response |
//! | --- | --- |
//! | `GET …/jobs/{id}/objectConnections('{objectId}')` | 200 the connection whose `sourceAnchor` is `objectId`, else whose `targetAnchor` is; 404 when none |
//! | `GET …/jobs/{id}/objectConnections` | 400: listing is not supported |
//! | `DELETE …/objectConnections('{objectId}')` | 409 while the job's `schedule.state` is `Active`; else 204, also when nothing was there (only the association goes, never an object) |
//! | `POST …/jobs/{id}/provisionOnDemand` | also connects each subject `objectId` again (source anchor), as a provisioning cycle does, when it has no connection |

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use crate::reply::{bad_request, no_route, Reply};
use crate::state::connections::ObjectConnection;
use crate::state::State;

/// `objectConnections('a''b')` → `a'b`; `None` for anything else.
fn object_id(segment: &str) -> Option<String> {
    let inner = segment.strip_prefix("objectConnections('")?.strip_suffix("')")?;
    Some(inner.replace("''", "'"))
}

/// Whether `segment` addresses object connections at all (the collection or one of them).
pub(crate) fn is_connections(segment: &str) -> bool {
    segment == "objectConnections" || segment.starts_with("objectConnections(")
}

/// A request below `…/jobs/{job_id}/`, `segment` decoded.
pub(crate) fn handle(
    state: &mut State,
    method: &Method,
    raw_path: &str,
    sp: &str,
    job_id: &str,
    segment: &str,
) -> Reply {
    let job_state = state
        .principals
        .get(sp)
        .and_then(|p| p.jobs.iter().find(|j| j.value["id"] == job_id))
        .map(|job| job.value["schedule"]["state"].as_str().unwrap_or_default().to_string());
    let Some(job_state) = job_state else {
        return Reply::Error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            format!(
                "Resource '{job_id}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    };
    if segment == "objectConnections" {
        return bad_request("Listing object connections is not supported: supply a known object identifier.");
    }
    let Some(object_id) = object_id(segment).filter(|id| !id.is_empty()) else {
        return bad_request(format!("Invalid object identifier in '{segment}'."));
    };
    match *method {
        Method::GET => match state.connections.find(sp, job_id, &object_id) {
            Some(at) => {
                let c = &state.connections.of(sp, job_id)[at];
                Reply::Json(
                    StatusCode::OK,
                    json!({
                        "@odata.context": "https://graph.microsoft.com/beta/$metadata#objectConnection/$entity",
                        "objectId": object_id,
                        "sourceAnchor": c.source_anchor,
                        "targetAnchor": c.target_anchor,
                        "displayName": c.display_name,
                        "objectTypeName": c.object_type_name,
                    }),
                )
            }
            None => Reply::Error(
                StatusCode::NOT_FOUND,
                "Request_ResourceNotFound",
                format!("No object connection contains the identifier '{object_id}'."),
            ),
        },
        Method::DELETE => {
            if job_state.eq_ignore_ascii_case("Active") {
                return Reply::Error(
                    StatusCode::CONFLICT,
                    "Conflict",
                    "The synchronization job is active. Pause or disable the job and try again.".to_string(),
                );
            }
            if let Some(at) = state.connections.find(sp, job_id, &object_id) {
                state.connections.of(sp, job_id).remove(at);
            }
            Reply::NoContent
        }
        _ => no_route(raw_path),
    }
}

/// After a provision on demand of `body`: each subject without a connection is connected again
/// (its `objectId` the source anchor, a fresh target anchor), as the service matches it anew.
pub(crate) fn on_provision(state: &mut State, sp: &str, job_id: &str, body: &[u8]) {
    let Ok(body) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let subjects = body["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|p| p["subjects"].as_array().cloned().unwrap_or_default());
    for subject in subjects {
        let Some(object_id) = subject["objectId"].as_str() else {
            continue;
        };
        if state.connections.find(sp, job_id, object_id).is_none() {
            let type_name = subject["objectTypeName"]
                .as_str()
                .unwrap_or("User")
                .to_ascii_lowercase();
            state.connections.of(sp, job_id).push(ObjectConnection {
                source_anchor: object_id.to_string(),
                target_anchor: format!("matched-{object_id}"),
                display_name: None,
                object_type_name: type_name,
            });
        }
    }
}

/// Object connections: set up and inspect what the service stores.
impl crate::FakeGraph {
    /// Stores a connection of job `job_id` (as a provisioning cycle would).
    pub fn insert_object_connection(&self, sp: &str, job_id: &str, connection: ObjectConnection) {
        self.shared.lock().connections.of(sp, job_id).push(connection);
    }

    /// The connections job `job_id` stores, in the order stored.
    pub fn object_connections(&self, sp: &str, job_id: &str) -> Vec<ObjectConnection> {
        self.shared.lock().connections.of(sp, job_id).clone()
    }
}
