//! `POST /{version}/$batch`: each item is dispatched to the fake's own routes (scripts, the
//! tenant's throttle, authentication with the batch's `Authorization`, the normal behaviour), as
//! Graph does, and recorded on its own ([`crate::FakeGraph::batch_items`]).
//!
//! Item bodies: JSON when the item's `Content-Type` is JSON, else a base64 string; response bodies
//! likewise (JSON as JSON, anything else base64). At most 20 items, unique ids; `dependsOn` runs an
//! item after the items it names and answers it 424 when one of them did not succeed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;
use base64::Engine;
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};

use crate::dispatch;
use crate::recorded::Recorded;
use crate::reply::odata_error_body;
use crate::state::Shared;

const MAX_REQUESTS: usize = 20;

fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    let request_id = uuid::Uuid::new_v4().to_string();
    let body = odata_error_body(code, message, &request_id, &request_id);
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn is_json_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// One item as received.
struct Item {
    id: String,
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    depends_on: Vec<String>,
}

fn parse_item(index: usize, raw: &BTreeMap<String, Box<RawValue>>) -> Result<Item, String> {
    let text = |name: &str| -> Result<String, String> {
        let value = raw
            .get(name)
            .ok_or(format!("requests[{index}]: '{name}' is required"))?;
        serde_json::from_str::<String>(value.get()).map_err(|_| format!("requests[{index}]: '{name}' must be a string"))
    };
    let id = text("id")?;
    let method = text("method")?;
    let url = text("url")?;
    let mut headers = Vec::new();
    if let Some(value) = raw.get("headers") {
        let map: Map<String, Value> =
            serde_json::from_str(value.get()).map_err(|_| format!("requests[{index}]: 'headers' must be an object"))?;
        for (name, value) in map {
            let value = value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string());
            headers.push((name.to_ascii_lowercase(), value));
        }
    }
    let content_type = headers
        .iter()
        .find(|(n, _)| n == "content-type")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let body = match raw.get("body") {
        None => Vec::new(),
        Some(value) if is_json_type(&content_type) => value.get().as_bytes().to_vec(),
        Some(value) => {
            let text = serde_json::from_str::<String>(value.get())
                .map_err(|_| format!("requests[{index}]: a body that is not JSON must be a base64 string"))?;
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .map_err(|e| format!("requests[{index}]: body is not valid base64: {e}"))?
        }
    };
    if !body.is_empty() && content_type.is_empty() {
        return Err(format!("requests[{index}]: a body needs a Content-Type header"));
    }
    let depends_on = match raw.get("dependsOn") {
        None => Vec::new(),
        Some(value) => serde_json::from_str::<Vec<String>>(value.get())
            .map_err(|_| format!("requests[{index}]: 'dependsOn' must be an array of ids"))?,
    };
    Ok(Item {
        id,
        method,
        url,
        headers,
        body,
        depends_on,
    })
}

/// The batch handler. `version` is `v1.0` or `beta` as sent; `outer` the batch's headers.
pub(super) async fn handle(shared: &Arc<Shared>, version: &str, outer: &HeaderMap, body: &[u8]) -> Response {
    let bad = |message: String| error_response(StatusCode::BAD_REQUEST, "BadRequest", &message);
    let envelope: BTreeMap<String, Box<RawValue>> = match serde_json::from_slice(body) {
        Ok(envelope) => envelope,
        Err(e) => return bad(format!("Invalid JSON in the batch request: {e}")),
    };
    let Some(requests) = envelope.get("requests") else {
        return bad("The batch request must have a 'requests' array.".into());
    };
    let Ok(raw_items) = serde_json::from_str::<Vec<BTreeMap<String, Box<RawValue>>>>(requests.get()) else {
        return bad("'requests' must be an array of objects.".into());
    };
    if raw_items.len() > MAX_REQUESTS {
        return bad(format!(
            "Number of batch request steps exceeds the maximum allowed of {MAX_REQUESTS}."
        ));
    }
    let mut items = Vec::new();
    for (index, raw) in raw_items.iter().enumerate() {
        match parse_item(index, raw) {
            Ok(item) => items.push(item),
            Err(message) => return bad(message),
        }
    }
    let mut ids = HashSet::new();
    for item in &items {
        if !ids.insert(item.id.clone()) {
            return bad(format!("Batch request ids must be unique; '{}' is repeated.", item.id));
        }
    }
    for item in &items {
        if let Some(unknown) = item.depends_on.iter().find(|d| !ids.contains(*d)) {
            return bad(format!(
                "Item '{}' depends on '{unknown}', which is not in the batch.",
                item.id
            ));
        }
    }

    // Items run in order; one whose dependencies have not run yet waits for a later pass.
    let mut statuses: HashMap<String, u16> = HashMap::new();
    let mut answers: HashMap<String, Value> = HashMap::new();
    let mut remaining: Vec<&Item> = items.iter().collect();
    while !remaining.is_empty() {
        let before = remaining.len();
        let mut waiting = Vec::new();
        for item in remaining {
            if item.depends_on.iter().any(|d| !statuses.contains_key(d)) {
                waiting.push(item);
                continue;
            }
            let failed = item.depends_on.iter().any(|d| !(200..300).contains(&statuses[d]));
            let response = if failed {
                error_response(
                    StatusCode::FAILED_DEPENDENCY,
                    "FailedDependency",
                    "The request failed because it depended on a request that failed.",
                )
            } else {
                dispatch(shared, version, outer, item).await
            };
            statuses.insert(item.id.clone(), response.status().as_u16());
            answers.insert(item.id.clone(), item_response(&item.id, response).await);
        }
        if waiting.len() == before {
            for item in &waiting {
                let response = error_response(StatusCode::BAD_REQUEST, "BadRequest", "dependsOn forms a cycle.");
                statuses.insert(item.id.clone(), 400);
                answers.insert(item.id.clone(), item_response(&item.id, response).await);
            }
            break;
        }
        remaining = waiting;
    }
    let responses: Vec<Value> = items.iter().filter_map(|i| answers.remove(&i.id)).collect();
    let mut response = Response::new(Body::from(json!({ "responses": responses }).to_string()));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// Sends one item through the fake's routes, recorded as its own request.
async fn dispatch(shared: &Arc<Shared>, version: &str, outer: &HeaderMap, item: &Item) -> Response {
    let url = item.url.strip_prefix('/').unwrap_or(&item.url);
    let (path, query) = match url.split_once('?') {
        Some((path, query)) => (path, Some(query.to_string())),
        None => (url, None),
    };
    let raw_path = format!("/{version}/{path}");
    let Ok(method) = Method::from_bytes(item.method.as_bytes()) else {
        return error_response(StatusCode::BAD_REQUEST, "BadRequest", "Invalid method.");
    };
    shared.lock().batch_items.push(Recorded {
        method: item.method.clone(),
        path: raw_path.clone(),
        query: query.clone(),
        headers: item.headers.clone(),
        body: item.body.clone(),
    });
    let mut headers = HeaderMap::new();
    for (name, value) in &item.headers {
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
            headers.append(name, value);
        }
    }
    // Graph authorizes every item with the batch's token.
    if let Some(auth) = outer.get(header::AUTHORIZATION) {
        headers.entry(header::AUTHORIZATION).or_insert(auth.clone());
    }
    dispatch::respond(shared, &method, &raw_path, query.as_deref(), &headers, &item.body).await
}

/// An item's answer in the batch response format.
async fn item_response(id: &str, response: Response) -> Value {
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let mut headers = Map::new();
    for (name, value) in &parts.headers {
        headers.insert(
            name.as_str().to_string(),
            String::from_utf8_lossy(value.as_bytes()).into_owned().into(),
        );
    }
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut answer = json!({"id": id, "status": parts.status.as_u16(), "headers": headers});
    if !body.is_empty() {
        answer["body"] = match serde_json::from_slice::<Value>(&body) {
            Ok(value) if is_json_type(content_type) => value,
            _ => base64::engine::general_purpose::STANDARD.encode(&body).into(),
        };
    }
    answer
}

impl crate::FakeGraph {
    /// Every `$batch` item dispatched so far, as the fake's routes saw it: method, path
    /// (`/v1.0/…`), query, the item's own headers (names lower-case; the batch's `Authorization`
    /// is used but not listed) and the decoded body. The `$batch` requests themselves are in
    /// [`requests`](Self::requests).
    pub fn batch_items(&self) -> Vec<Recorded> {
        self.shared.lock().batch_items.clone()
    }

    /// Stores `job` (which must have a string `id`) under service principal `sp` without a
    /// request: for seeding large fleets.
    pub fn insert_job(&self, sp: &str, job: Value) {
        self.shared.lock().insert_job(sp, job);
    }

    /// Puts a stored job into quarantine with `reason` (a `quarantineReason` member, e.g.
    /// `EncounteredQuarantineException`), as the service does after repeated failures.
    pub fn quarantine_job(&self, sp: &str, job_id: &str, reason: &str) -> bool {
        self.shared.lock().update_job(sp, job_id, |job| {
            job["status"]["code"] = json!("Quarantine");
            job["status"]["quarantine"] = json!({
                "reason": reason,
                "currentBegan": "2026-11-28T12:00:00Z",
                "nextAttempt": "2026-11-29T12:00:00Z",
                "seriesBegan": "2026-11-28T12:00:00Z",
                "seriesCount": 3,
                "error": {"code": "SystemForCrossDomainIdentityManagementCredentialValidationUnavailable", "message": "The credentials are not valid."},
            });
        })
    }
}
