//! State and request handling of the fake Graph server.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Body;
use axum::extract::{Request, State as AxumState};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;
use serde_json::{json, Value};
use uuid::Uuid;

use super::{batch, bulk, directory, idle, latency, lifecycle, templates, throttle, Recorded, Scripted};

/// The fixed date that OData error bodies and steady states carry.
const DATE: &str = "2026-11-28T12:00:00";

pub(super) struct Shared {
    pub(super) base_url: String,
    state: Mutex<State>,
    pub(super) in_flight: idle::InFlight,
}

impl Shared {
    pub(super) fn new(base_url: String) -> Shared {
        Shared {
            base_url,
            state: Mutex::new(State::default()),
            in_flight: idle::InFlight::default(),
        }
    }

    /// Locks the state; a panic in another holder does not poison it for the test.
    pub(super) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

pub(super) struct State {
    pub(super) page_size: usize,
    pub(super) requests: Vec<Recorded>,
    pub(super) principals: HashMap<String, Principal>,
    pub(super) directory: directory::Directory,
    pub(super) lifecycle: lifecycle::Lifecycle,
    pub(super) bulk: bulk::BulkState,
    pub(super) sync_templates: templates::SyncTemplates,
    scripts: Vec<Script>,
    /// `$batch` items as dispatched (see batch.rs).
    pub(super) batch_items: Vec<Recorded>,
    /// The tenant's token bucket, when set (see throttle.rs).
    pub(super) throttle: Option<throttle::TokenBucket>,
    /// When each of `requests` arrived.
    pub(super) arrivals: Vec<std::time::Instant>,
    /// Simulated round trips (see latency.rs).
    pub(super) latency: Option<latency::Latency>,
    pub(super) connections: crate::connections::Connections,
}

impl Default for State {
    fn default() -> State {
        State {
            page_size: 2,
            requests: Vec::new(),
            principals: HashMap::new(),
            directory: directory::Directory::default(),
            lifecycle: lifecycle::Lifecycle::default(),
            bulk: bulk::BulkState::default(),
            sync_templates: templates::SyncTemplates::default(),
            scripts: Vec::new(),
            batch_items: Vec::new(),
            throttle: None,
            arrivals: Vec::new(),
            latency: None,
            connections: Default::default(),
        }
    }
}

#[derive(Default)]
pub(super) struct Principal {
    pub(super) jobs: Vec<Job>,
    pub(super) secrets: Vec<Value>,
}

pub(super) struct Job {
    pub(super) value: Value,
    active_gets: u32,
    schema: Option<Value>,
}

struct Script {
    method: String,
    suffix: String,
    queue: VecDeque<Scripted>,
}

impl State {
    pub(super) fn add_script(&mut self, method: &str, suffix: &str, responses: Vec<Scripted>) {
        match self
            .scripts
            .iter_mut()
            .find(|s| s.method.eq_ignore_ascii_case(method) && s.suffix == suffix)
        {
            Some(script) => script.queue.extend(responses),
            None => self.scripts.push(Script {
                method: method.to_string(),
                suffix: suffix.to_string(),
                queue: responses.into(),
            }),
        }
    }

    fn next_script(&mut self, method: &str, raw_path: &str, decoded_path: &str) -> Option<Scripted> {
        let script = self.scripts.iter_mut().find(|s| {
            !s.queue.is_empty()
                && s.method.eq_ignore_ascii_case(method)
                && (raw_path.ends_with(&s.suffix) || decoded_path.ends_with(&s.suffix))
        })?;
        script.queue.pop_front()
    }

    /// A new job from `template_id` under `sp`, stored as the service stores a created job.
    pub(super) fn create_job(&mut self, sp: &str, template_id: &str) -> Value {
        let job = json!({
            "id": format!("{template_id}.{}", Uuid::new_v4().simple()),
            "templateId": template_id,
            "schedule": {"expiration": null, "interval": "PT40M", "state": "Disabled"},
            "status": {
                "code": "NotRun",
                "countSuccessiveCompleteFailures": 0,
                "escrowsPruned": false,
                "quarantine": null,
                "lastExecution": null,
                "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z",
                "steadyStateLastAchievedTime": "0001-01-01T00:00:00Z",
                "troubleshootingUrl": null,
                "synchronizedEntryCountByType": [],
                "progress": [],
            },
            "synchronizationJobSettings": [],
        });
        self.insert_job(sp, job.clone());
        job
    }

    pub(super) fn insert_job(&mut self, sp: &str, value: Value) {
        let principal = self.principals.entry(sp.to_string()).or_default();
        principal.jobs.push(Job {
            value,
            active_gets: 0,
            schema: None,
        });
    }

    /// Applies `change` to a stored job; false when there is no such job.
    pub(super) fn update_job(&mut self, sp: &str, job_id: &str, change: impl FnOnce(&mut Value)) -> bool {
        self.job_mut(sp, job_id).map(|job| change(&mut job.value)).is_some()
    }

    fn job_mut(&mut self, sp: &str, job_id: &str) -> Option<&mut Job> {
        self.principals
            .get_mut(sp)?
            .jobs
            .iter_mut()
            .find(|j| j.value["id"] == job_id)
    }
}

/// The ids that tie a response to its request.
struct Ids {
    request_id: String,
    client_request_id: String,
}

/// What the normal behaviour answers, before the common headers are added.
pub(super) enum Reply {
    Json(StatusCode, Value),
    Text(StatusCode, String),
    NoContent,
    Error(StatusCode, &'static str, String),
    /// 202 with no body and a `Location` (bulkUpload).
    Accepted {
        location: String,
    },
    /// 429 `TooManyRequests` with `Retry-After`.
    Throttled {
        retry_after_secs: u64,
        message: String,
    },
}

pub(super) fn bad_request(message: impl Into<String>) -> Reply {
    Reply::Error(StatusCode::BAD_REQUEST, "BadRequest", message.into())
}

fn job_not_found(job_id: &str) -> Reply {
    Reply::Error(
        StatusCode::NOT_FOUND,
        "Request_ResourceNotFound",
        format!("Resource '{job_id}' does not exist or one of its queried reference-property objects are not present."),
    )
}

pub(super) fn no_route(path: &str) -> Reply {
    Reply::Error(
        StatusCode::NOT_FOUND,
        "ResourceNotFound",
        format!("Resource not found for the segment '{path}'."),
    )
}

pub(super) fn odata_error_body(code: &str, message: &str, request_id: &str, client_request_id: &str) -> Value {
    json!({
        "error": {
            "code": code,
            "message": message,
            "innerError": {"date": DATE, "request-id": request_id, "client-request-id": client_request_id},
        }
    })
}

/// The single axum handler: the simulated network around [`serve`].
pub(super) async fn handle(AxumState(shared): AxumState<Arc<Shared>>, request: Request) -> Response {
    let _serving = shared.in_flight.enter();
    let trip = shared.lock().latency.as_mut().map(latency::Latency::draw);
    if let Some((before, _)) = trip {
        tokio::time::sleep(before).await;
    }
    let response = serve(&shared, request).await;
    if let Some((_, after)) = trip {
        tokio::time::sleep(after).await;
    }
    response
}

/// Records, applies scripts, then the normal behaviour.
async fn serve(shared: &Arc<Shared>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let method = parts.method.as_str().to_string();
    let raw_path = parts.uri.path().to_string();
    let query = parts.uri.query().map(str::to_string);
    let decoded_path = percent_decode(&raw_path);

    {
        let mut state = shared.lock();
        state.arrivals.push(std::time::Instant::now());
        state.requests.push(Recorded {
            method: method.clone(),
            path: raw_path.clone(),
            query: query.clone(),
            headers: parts
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_string(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: body.clone(),
        });
    }
    if let Some(version) = batch_version(&parts.method, &raw_path) {
        let scripted = shared.lock().next_script(&method, &raw_path, &decoded_path);
        match scripted {
            Some(Scripted::Raw { status, headers, body }) => return raw_response(status, &headers, body),
            Some(Scripted::Delay(duration)) => tokio::time::sleep(duration).await,
            None => {}
        }
        return batch::handle(shared, version, &parts.headers, &body).await;
    }
    respond(
        shared,
        &parts.method,
        &raw_path,
        query.as_deref(),
        &parts.headers,
        &body,
    )
    .await
}

/// `v1.0` or `beta` when the request is `POST /{version}/$batch`.
fn batch_version<'p>(method: &Method, raw_path: &'p str) -> Option<&'p str> {
    let rest = raw_path.strip_prefix('/')?;
    let (version, segment) = rest.split_once('/')?;
    (method == Method::POST
        && (is(version, "v1.0") || is(version, "beta"))
        && (segment == "$batch" || segment.eq_ignore_ascii_case("%24batch")))
    .then_some(version)
}

/// Scripts, the tenant's throttle, authentication, then the normal behaviour: what a request (or
/// a `$batch` item) is answered, once recorded.
pub(super) async fn respond(
    shared: &Shared,
    method: &Method,
    raw_path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let decoded_path = percent_decode(raw_path);
    let (scripted, throttled) = {
        let mut state = shared.lock();
        let scripted = state.next_script(method.as_str(), raw_path, &decoded_path);
        let throttled = match (&scripted, state.throttle.as_mut()) {
            (None | Some(Scripted::Delay(_)), Some(bucket)) => bucket.take().err(),
            _ => None,
        };
        (scripted, throttled)
    };
    match scripted {
        Some(Scripted::Raw { status, headers, body }) => return raw_response(status, &headers, body),
        Some(Scripted::Delay(duration)) => tokio::time::sleep(duration).await,
        None => {}
    }

    let ids = Ids {
        request_id: Uuid::new_v4().to_string(),
        client_request_id: header_str(headers, "client-request-id")
            .map(str::to_string)
            .unwrap_or_else(|| Uuid::new_v4().to_string()),
    };
    if let Some(wait) = throttled {
        let mut response = into_response(
            Reply::Error(
                StatusCode::TOO_MANY_REQUESTS,
                "TooManyRequests",
                "Too many requests.".to_string(),
            ),
            &ids,
        );
        let out = response.headers_mut();
        out.insert(header::RETRY_AFTER, HeaderValue::from(throttle::retry_after_secs(wait)));
        out.insert(
            "x-ms-throttle-scope",
            HeaderValue::from_static("Tenant_Application/ReadWrite/fake"),
        );
        out.insert(
            "x-ms-throttle-information",
            HeaderValue::from_static("the tenant's token bucket is empty"),
        );
        out.insert("request-id", header_value(&ids.request_id));
        out.insert("client-request-id", header_value(&ids.client_request_id));
        return response;
    }
    let reply = match check_auth(headers) {
        Err(message) => Reply::Error(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            message.to_string(),
        ),
        Ok(()) => normal(
            shared,
            method,
            raw_path,
            query,
            body,
            header_str(headers, "content-type"),
        ),
    };
    let unauthorized = matches!(reply, Reply::Error(StatusCode::UNAUTHORIZED, ..));
    let mut response = into_response(reply, &ids);
    let headers = response.headers_mut();
    headers.insert("request-id", header_value(&ids.request_id));
    headers.insert("client-request-id", header_value(&ids.client_request_id));
    if unauthorized {
        headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"\""));
    }
    response
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn header_value(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).unwrap_or_else(|_| HeaderValue::from_static("invalid"))
}

fn check_auth(headers: &HeaderMap) -> Result<(), &'static str> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err("Access token is empty.");
    };
    let value = value
        .to_str()
        .map_err(|_| "Access token validation failure. Invalid header.")?;
    let (scheme, token) = value
        .split_once(' ')
        .ok_or("Access token validation failure. Invalid scheme.")?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err("Access token validation failure. Invalid scheme.");
    }
    if token.trim() != super::FakeGraph::TOKEN {
        return Err("Access token validation failure. Invalid audience.");
    }
    Ok(())
}

fn raw_response(status: u16, headers: &[(String, String)], body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status)
        .unwrap_or_else(|_| panic!("fake_graph: scripted status {status} is not a valid HTTP status"));
    for (name, value) in headers {
        let name = HeaderName::from_bytes(name.as_bytes())
            .unwrap_or_else(|_| panic!("fake_graph: scripted header name {name:?} is invalid"));
        let value = HeaderValue::from_str(value)
            .unwrap_or_else(|_| panic!("fake_graph: scripted header value {value:?} is invalid"));
        response.headers_mut().append(name, value);
    }
    response
}

fn into_response(reply: Reply, ids: &Ids) -> Response {
    let mut extra_header = None;
    let (status, content_type, body) = match reply {
        Reply::Accepted { location } => {
            extra_header = Some((header::LOCATION, location));
            (StatusCode::ACCEPTED, None, String::new())
        }
        Reply::Throttled {
            retry_after_secs,
            message,
        } => {
            extra_header = Some((header::RETRY_AFTER, retry_after_secs.to_string()));
            let body = odata_error_body("TooManyRequests", &message, &ids.request_id, &ids.client_request_id);
            (
                StatusCode::TOO_MANY_REQUESTS,
                Some("application/json"),
                body.to_string(),
            )
        }
        Reply::Json(status, value) => (status, Some("application/json"), value.to_string()),
        Reply::Text(status, text) => (status, Some("text/plain"), text),
        Reply::NoContent => (StatusCode::NO_CONTENT, None, String::new()),
        Reply::Error(status, code, message) => {
            let body = odata_error_body(code, &message, &ids.request_id, &ids.client_request_id);
            (status, Some("application/json"), body.to_string())
        }
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Some(content_type) = content_type {
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
    if let Some((name, value)) = extra_header {
        response.headers_mut().insert(name, header_value(&value));
    }
    response
}

/// Decodes `%XX` escapes (invalid escapes are kept as they are).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of query parameter `name` (keys compared after decoding, so `%24skiptoken` is `$skiptoken`).
pub(super) fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(key) == name).then(|| percent_decode(&value.replace('+', " ")))
    })
}

pub(super) fn parse_json_object(body: &[u8]) -> Result<serde_json::Map<String, Value>, Reply> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(bad_request("The request body must be a JSON object.")),
        Err(e) => Err(bad_request(format!("Invalid JSON in the request body: {e}"))),
    }
}

/// `name` or `microsoft.graph.name`, case-insensitively (Graph's segments are case-insensitive).
pub(super) fn is_action(segment: &str, name: &str) -> bool {
    segment.eq_ignore_ascii_case(name)
        || segment
            .get(..16)
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("microsoft.graph."))
            && segment[16..].eq_ignore_ascii_case(name)
}

fn is(segment: &str, name: &str) -> bool {
    segment.eq_ignore_ascii_case(name)
}

fn normal(
    shared: &Shared,
    method: &Method,
    raw_path: &str,
    query: Option<&str>,
    body: &[u8],
    content_type: Option<&str>,
) -> Reply {
    let raw_segments: Vec<&str> = raw_path.strip_prefix('/').unwrap_or(raw_path).split('/').collect();
    let segments: Vec<String> = raw_segments.iter().map(|s| percent_decode(s)).collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let [version, first, rest @ ..] = segments.as_slice() else {
        return no_route(raw_path);
    };
    let version = match *version {
        v if is(v, "v1.0") => "v1.0",
        v if is(v, "beta") => "beta",
        _ => return no_route(raw_path),
    };
    let request = Incoming {
        shared,
        method,
        raw_path,
        query,
        body,
        version,
    };
    if let Some(app_id) = alternate_key(first, "servicePrincipals", "appId") {
        return match rest {
            [] if method == Method::GET => directory::service_principal_by_app_id(&request, &app_id),
            _ => no_route(raw_path),
        };
    }
    match (*first, rest) {
        (principals, [sp, synchronization, jobs, job_id, upload])
            if is(principals, "servicePrincipals")
                && is(synchronization, "synchronization")
                && is(jobs, "jobs")
                && is_action(upload, "bulkUpload")
                && method == Method::POST =>
        {
            bulk::bulk_upload(&request, content_type, sp, job_id)
        }
        (principals, [sp, synchronization, rest @ ..])
            if is(principals, "servicePrincipals") && is(synchronization, "synchronization") && !sp.is_empty() =>
        {
            synchronization_request(&request, sp, raw_segments[2], rest)
        }
        (principals, rest) if is(principals, "servicePrincipals") => directory::service_principals(&request, rest),
        (templates, rest) if is(templates, "applicationTemplates") => directory::application_templates(&request, rest),
        ("auditLogs", [logs, rest @ ..])
            if is(logs, "provisioning") || (version == "beta" && is(logs, "directoryProvisioning")) =>
        {
            if let Some(throttled) = bulk::admit_report(&request) {
                return throttled;
            }
            // The `Location` of a bulk upload ends the collection's path with a slash.
            let rest = if rest == [""] { &[] } else { rest };
            directory::provisioning_logs(&request, logs, rest)
        }
        _ => no_route(raw_path),
    }
}

/// `name(key='value')` → the decoded value (quotes doubled inside, as OData escapes them).
fn alternate_key(segment: &str, name: &str, key: &str) -> Option<String> {
    let inner = segment
        .strip_prefix(name)?
        .strip_prefix('(')?
        .strip_suffix(')')?
        .strip_prefix(key)?
        .strip_prefix("='")?
        .strip_suffix('\'')?;
    Some(inner.replace("''", "'"))
}

/// One request, as the handlers beyond synchronization need it.
pub(super) struct Incoming<'a> {
    pub(super) shared: &'a Shared,
    pub(super) method: &'a Method,
    pub(super) raw_path: &'a str,
    pub(super) query: Option<&'a str>,
    pub(super) body: &'a [u8],
    pub(super) version: &'static str,
}

/// `…/servicePrincipals/{sp}/synchronization/{rest}`.
fn synchronization_request(request: &Incoming, sp: &str, sp_raw: &str, rest: &[&str]) -> Reply {
    let Incoming {
        shared,
        method,
        raw_path,
        query,
        body,
        version,
    } = *request;
    let mut state = shared.lock();
    let state = &mut *state;
    if !state.lifecycle.visible(sp) {
        return directory::not_found("servicePrincipal", sp);
    }

    match rest {
        [jobs] if is(jobs, "jobs") && method == Method::GET => {
            let jobs: Vec<Value> = state
                .principals
                .get(sp)
                .map(|p| p.jobs.iter().map(|j| j.value.clone()).collect())
                .unwrap_or_default();
            let skip = match query_param(query, "$skiptoken") {
                None => 0,
                Some(token) => match token.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => return bad_request(format!("Invalid $skiptoken '{token}'.")),
                },
            };
            let page_size = if state.page_size == 0 {
                usize::MAX
            } else {
                state.page_size
            };
            let end = skip.saturating_add(page_size).min(jobs.len());
            let page: Vec<Value> = jobs.get(skip.min(jobs.len())..end).unwrap_or_default().to_vec();
            let base = &shared.base_url;
            let mut body = json!({
                "@odata.context": format!("{base}/{version}/$metadata#servicePrincipals('{sp_raw}')/synchronization/jobs"),
                "value": page,
            });
            if end < jobs.len() {
                body["@odata.nextLink"] = json!(format!(
                    "{base}/{version}/servicePrincipals/{sp_raw}/synchronization/jobs?$skiptoken={end}"
                ));
            }
            Reply::Json(StatusCode::OK, body)
        }
        [jobs] if is(jobs, "jobs") && method == Method::POST => {
            let body = match parse_json_object(body) {
                Ok(body) => body,
                Err(reply) => return reply,
            };
            let Some(template_id) = body.get("templateId").and_then(Value::as_str).filter(|t| !t.is_empty()) else {
                return bad_request("The property 'templateId' is required.");
            };
            let job = state.create_job(sp, template_id);
            Reply::Json(StatusCode::CREATED, job)
        }
        [jobs, count] if is(jobs, "jobs") && *count == "$count" && method == Method::GET => {
            let n = state.principals.get(sp).map_or(0, |p| p.jobs.len());
            Reply::Text(StatusCode::OK, n.to_string())
        }
        [jobs, job_id] if is(jobs, "jobs") && method == Method::GET => {
            let gets_to_steady_state = state.lifecycle.gets_to_steady_state;
            let Some(job) = state.job_mut(sp, job_id) else {
                return job_not_found(job_id);
            };
            // A quarantined job does not reach a steady state.
            if job.value["schedule"]["state"] == "Active" && job.value["status"]["code"] == "Active" {
                job.active_gets += 1;
                if job.active_gets >= gets_to_steady_state {
                    let status = &mut job.value["status"];
                    status["steadyStateLastAchievedTime"] = json!(format!("{DATE}Z"));
                    status["lastSuccessfulExecution"] = json!({"state": "Succeeded"});
                }
            }
            Reply::Json(StatusCode::OK, job.value.clone())
        }
        [jobs, job_id] if is(jobs, "jobs") && method == Method::DELETE => {
            let Some(principal) = state.principals.get_mut(sp) else {
                return job_not_found(job_id);
            };
            let before = principal.jobs.len();
            principal.jobs.retain(|j| j.value["id"] != *job_id);
            if principal.jobs.len() == before {
                return job_not_found(job_id);
            }
            Reply::NoContent
        }
        [jobs, job_id, action] if is(jobs, "jobs") && method == Method::POST && !is(action, "schema") => {
            let Some(job) = state.job_mut(sp, job_id) else {
                return job_not_found(job_id);
            };
            if is_action(action, "start") {
                set_running(job, "Active");
                lifecycle::clear_quarantine(&mut job.value);
                let job_id = job_id.to_string();
                state.directory.log_cycle(sp, &job_id);
                Reply::NoContent
            } else if is_action(action, "pause") {
                job.value["schedule"]["state"] = json!("Paused");
                job.value["status"]["code"] = json!("Paused");
                Reply::NoContent
            } else if is_action(action, "restart") {
                let scope = if body.iter().all(u8::is_ascii_whitespace) {
                    None
                } else {
                    match parse_json_object(body) {
                        Ok(body) => body.get("criteria").and_then(|c| c.get("resetScope")).cloned(),
                        Err(reply) => return reply,
                    }
                };
                set_running(job, "Active");
                if let Err(reply) = lifecycle::restart(&mut job.value, scope.as_ref()) {
                    return reply;
                }
                job.active_gets = 0;
                if let Some(scope) = scope {
                    let settings = &mut job.value["synchronizationJobSettings"];
                    if let Value::Array(settings) = settings {
                        settings.retain(|s| s["name"] != "LastRestartScope");
                        settings.push(json!({"name": "LastRestartScope", "value": scope}));
                    }
                }
                Reply::NoContent
            } else if is_action(action, "provisionOnDemand") {
                crate::connections::on_provision(state, sp, job_id, body);
                state.lifecycle.provision_on_demand(body)
            } else if is_action(action, "validateCredentials") {
                Reply::NoContent
            } else {
                no_route(raw_path)
            }
        }
        [jobs, job_id, connections] if is(jobs, "jobs") && crate::connections::is_connections(connections) => {
            crate::connections::handle(state, method, raw_path, sp, job_id, connections)
        }
        [jobs, job_id, schema] if is(jobs, "jobs") && is(schema, "schema") => {
            let Some(job) = state.job_mut(sp, job_id) else {
                return job_not_found(job_id);
            };
            match *method {
                Method::GET => Reply::Json(
                    StatusCode::OK,
                    job.schema
                        .clone()
                        .or_else(|| crate::inbound_schema::for_job(&job.value))
                        .unwrap_or_else(|| default_schema(job_id)),
                ),
                // The synchronization backend routes PUT only; PATCH reaches no handler there.
                Method::PATCH => Reply::Error(
                    StatusCode::NOT_FOUND,
                    "NotFound",
                    format!(
                        "No HTTP resource was found that matches the request URI \
                         'https://syncfabric.windowsazure.com/api/servicePrincipals({sp})/synchronization/jobs({job_id})/schema?api-version=2.0'."
                    ),
                ),
                Method::PUT => match parse_json_object(body) {
                    Ok(schema) => {
                        job.schema = Some(Value::Object(schema));
                        Reply::NoContent
                    }
                    Err(reply) => reply,
                },
                _ => no_route(raw_path),
            }
        }
        [jobs, job_id, schema, parse]
            if is(jobs, "jobs")
                && is(schema, "schema")
                && is_action(parse, "parseExpression")
                && method == Method::POST =>
        {
            if state.job_mut(sp, job_id).is_none() {
                return job_not_found(job_id);
            }
            let body = match parse_json_object(body) {
                Ok(body) => body,
                Err(reply) => return reply,
            };
            let Some(expression) = body.get("expression").and_then(Value::as_str) else {
                return bad_request("The property 'expression' is required.");
            };
            Reply::Json(StatusCode::OK, lifecycle::parse_expression(expression))
        }
        [templates] if is(templates, "templates") && method == Method::GET => {
            state.sync_templates.list(&shared.base_url, version, sp, sp_raw)
        }
        [secrets] if is(secrets, "secrets") && method == Method::PUT => {
            let body = match parse_json_object(body) {
                Ok(body) => body,
                Err(reply) => return reply,
            };
            let Some(Value::Array(values)) = body.get("value") else {
                return bad_request("The property 'value' must be an array.");
            };
            state.principals.entry(sp.to_string()).or_default().secrets = values.clone();
            Reply::NoContent
        }
        _ => no_route(raw_path),
    }
}

/// Start or restart. GETs while Active count cumulatively towards the steady state; once reached it stays.
fn set_running(job: &mut Job, state: &str) {
    job.value["schedule"]["state"] = json!(state);
    job.value["status"]["code"] = json!(state);
}

fn default_schema(job_id: &str) -> Value {
    json!({
        "id": job_id,
        "version": "Date:2026-11-28T12:00:00Z",
        "synchronizationRules": [{
            "id": "USER_TO_USER",
            "name": "USER_TO_USER",
            "editable": true,
            "sourceDirectoryName": "Azure Active Directory",
            "targetDirectoryName": "customappsso",
            "metadata": [],
            "objectMappings": [{
                "enabled": true,
                "flowTypes": "Add, Update, Delete",
                "name": "Provision Azure Active Directory Users",
                "sourceObjectName": "User",
                "targetObjectName": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                "metadata": [],
                "scope": null,
                "attributeMappings": [
                    {
                        "defaultValue": "",
                        "exportMissingReferences": false,
                        "flowBehavior": "FlowWhenChanged",
                        "flowType": "Always",
                        "matchingPriority": 1,
                        "targetAttributeName": "userName",
                        "source": {"expression": "[userPrincipalName]", "name": "userPrincipalName", "type": "Attribute", "parameters": []},
                    },
                    {
                        "defaultValue": "",
                        "exportMissingReferences": false,
                        "flowBehavior": "FlowWhenChanged",
                        "flowType": "Always",
                        "matchingPriority": 0,
                        "targetAttributeName": "emails[type eq \"work\"].value",
                        "source": {"expression": "[mail]", "name": "mail", "type": "Attribute", "parameters": []},
                    },
                ],
            }],
        }],
        "directories": [{
            "id": "d1",
            "name": "Azure Active Directory",
            "objects": [{"name": "User", "attributes": [
                {"name": "mail", "type": "String"},
                {"name": "userPrincipalName", "type": "String"},
            ]}],
        }],
    })
}
