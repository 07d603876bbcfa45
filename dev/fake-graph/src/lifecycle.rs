//! What the job-lifecycle, on-demand and bootstrap workflows rely on: provisionOnDemand's rate limit and
//! its docs-shaped answer, the replication lag of a new application's service principal, quarantine,
//! restart criteria, steady state and `parseExpression`'s syntax check.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::reply::{bad_request, Reply};
use crate::wire::parse_json_object;

/// The documented limit of provisionOnDemand: 5 requests per 10 seconds.
const ON_DEMAND_REQUESTS: usize = 5;
const ON_DEMAND_WINDOW: Duration = Duration::from_secs(10);
/// Number of GETs of an Active job after which it reports a steady state (default).
const GETS_TO_STEADY_STATE: u32 = 2;

pub(super) struct Lifecycle {
    on_demand_limit: (usize, Duration),
    /// Accepted provisionOnDemand requests still inside the window.
    on_demand_accepted: VecDeque<Instant>,
    /// Every provisionOnDemand request, with whether it was throttled.
    pub(super) on_demand_arrivals: Vec<(Instant, bool)>,
    /// `None`: a new service principal never becomes visible.
    replication_lag: Option<Duration>,
    created: HashMap<String, Instant>,
    pub(super) gets_to_steady_state: u32,
}

impl Default for Lifecycle {
    fn default() -> Lifecycle {
        Lifecycle {
            on_demand_limit: (ON_DEMAND_REQUESTS, ON_DEMAND_WINDOW),
            on_demand_accepted: VecDeque::new(),
            on_demand_arrivals: Vec::new(),
            replication_lag: Some(Duration::ZERO),
            created: HashMap::new(),
            gets_to_steady_state: GETS_TO_STEADY_STATE,
        }
    }
}

impl Lifecycle {
    /// A service principal instantiated now (visible after the replication lag).
    pub(super) fn created(&mut self, service_principal_id: &str) {
        self.created.insert(service_principal_id.to_string(), Instant::now());
    }

    /// Whether reads see the service principal yet (those not instantiated here always are).
    pub(super) fn visible(&self, service_principal_id: &str) -> bool {
        match (self.created.get(service_principal_id), self.replication_lag) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(at), Some(lag)) => at.elapsed() >= lag,
        }
    }

    /// provisionOnDemand: 429 with `Retry-After` past the limit, else the docs' answer.
    pub(super) fn provision_on_demand(&mut self, body: &[u8]) -> Reply {
        let now = Instant::now();
        let (limit, window) = self.on_demand_limit;
        while self
            .on_demand_accepted
            .front()
            .is_some_and(|at| now.duration_since(*at) >= window)
        {
            self.on_demand_accepted.pop_front();
        }
        if self.on_demand_accepted.len() >= limit {
            self.on_demand_arrivals.push((now, true));
            let oldest = self.on_demand_accepted.front().copied().unwrap_or(now);
            let wait = window.saturating_sub(now.duration_since(oldest));
            // Whole seconds, rounded up, as the service writes `Retry-After`.
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            return Reply::Throttled {
                retry_after_secs: seconds.max(1),
                message: "Too many requests: provisionOnDemand allows 5 requests in 10 seconds.".to_string(),
            };
        }
        self.on_demand_arrivals.push((now, false));
        self.on_demand_accepted.push_back(now);
        let body = match parse_json_object(body) {
            // As a `Value`, a missing member indexes as `null` (a `Map` would panic).
            Ok(body) => Value::Object(body),
            Err(reply) => return reply,
        };
        let subject = &body["parameters"][0]["subjects"][0];
        let (Some(object_id), Some(type_name)) = (subject["objectId"].as_str(), subject["objectTypeName"].as_str())
        else {
            return bad_request("parameters[0].subjects[0] needs objectId and objectTypeName.");
        };
        Reply::Json(StatusCode::OK, on_demand_answer(object_id, type_name))
    }
}

/// The answer of the docs' example 1 (`synchronization-synchronizationjob-provisionondemand`): `key` and
/// `value` are strings carrying JSON. An object id starting with `missing` is not found in the source.
fn on_demand_answer(object_id: &str, type_name: &str) -> Value {
    let time = "2026-11-28T12:00:00.0000000Z";
    let (key, status, steps) = if object_id.starts_with("missing") {
        let message = format!("The {type_name} '{object_id}' was not found in the source directory.");
        (
            json!({"result": "Failure", "details": {"errorCode": "EntryNotFound", "errorMessage": message}}),
            "Failure",
            vec![json!({"name": "EntryImport", "type": "Import", "status": "Failure",
                "description": message, "timestamp": time, "details": {}})],
        )
    } else {
        (
            json!({"result": "Success", "details": {}}),
            "Success",
            vec![
                json!({"name": "EntryImport", "type": "Import", "status": "Success",
                    "description": format!("Retrieved {type_name} '{object_id}' from Azure Active Directory"),
                    "timestamp": time, "details": {"objectId": object_id, "accountEnabled": "True"}}),
                json!({"name": "EntryImport", "type": "Matching", "status": "Success",
                    "description": format!("Retrieved '{object_id}' from customappsso"),
                    "timestamp": time, "details": {"active": "True", "externalId": object_id}}),
                json!({"name": "EntrySynchronizationScoping", "type": "Scoping", "status": "Success",
                    "description": format!("Determine if {type_name} in scope by evaluating against each scoping filter"),
                    "timestamp": time, "details": {"IsActive": "True", "ScopeEvaluationResult": "{}"}}),
                json!({"name": "EntryExportUpdate", "type": "Export", "status": "Success",
                    "description": format!("{type_name} '{object_id}' was updated in customappsso"),
                    "timestamp": time, "details": {"ReportableIdentifier": object_id}}),
            ],
        )
    };
    let value = json!({
        "action": "Update",
        "changeId": Uuid::new_v4().to_string(),
        "endTime": time,
        "modifiedProperties": [{"displayName": "active", "oldValue": null, "newValue": "True"}],
        "provisioningSteps": steps,
        "reportableIdentifier": object_id,
        "startTime": time,
        "statusInfo": {"status": status, "errorCode": null, "reason": null, "additionalDetails": null,
            "errorCategory": null, "recommendedAction": null},
        "sourceIdentity": {"id": object_id, "type": type_name, "displayName": null, "details": null},
    });
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.stringKeyStringValuePair",
        "key": key.to_string(),
        "value": value.to_string(),
    })
}

/// `start` clears a quarantine, as the docs say.
pub(super) fn clear_quarantine(job: &mut Value) {
    job["status"]["quarantine"] = Value::Null;
}

/// `restart` with `criteria.resetScope` (absent or empty: what the admin center's "Restart provisioning"
/// does, QuarantineState, Watermark and Escrows). Unknown members are a 400, as the service's enum parser.
pub(super) fn restart(job: &mut Value, scope: Option<&Value>) -> Result<(), Reply> {
    const MEMBERS: [&str; 7] = [
        "None",
        "ConnectorDataStore",
        "Escrows",
        "Watermark",
        "QuarantineState",
        "Full",
        "ForceDeletes",
    ];
    let text = match scope {
        None | Some(Value::Null) => "",
        Some(Value::String(text)) => text.as_str(),
        Some(other) => return Err(bad_request(format!("Invalid resetScope {other}."))),
    };
    let mut members = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match MEMBERS.iter().find(|m| m.eq_ignore_ascii_case(part)) {
            Some(member) => members.push(*member),
            None => {
                return Err(bad_request(format!(
                    "Requested value '{part}' was not found in synchronizationJobRestartScope."
                )))
            }
        }
    }
    if members.is_empty() {
        members = vec!["QuarantineState", "Watermark", "Escrows"];
    }
    let has = |m: &str| members.contains(&m) || members.contains(&"Full");
    let status = &mut job["status"];
    if has("QuarantineState") {
        status["quarantine"] = Value::Null;
    }
    // A quarantine the scope did not lift stays.
    status["code"] = json!(if status["quarantine"].is_null() {
        "Active"
    } else {
        "Quarantine"
    });
    if has("Escrows") {
        status["countSuccessiveCompleteFailures"] = json!(0);
        status["escrowsPruned"] = json!(true);
    }
    if has("Watermark") {
        status["steadyStateLastAchievedTime"] = json!("0001-01-01T00:00:00Z");
        status["lastSuccessfulExecution"] = Value::Null;
    }
    Ok(())
}

/// `parseExpression`: brackets, parentheses and quotes must balance (the service's parser refuses an
/// expression that does not close); otherwise the expression is echoed as parsed.
pub(super) fn parse_expression(expression: &str) -> Value {
    match syntax_error(expression) {
        Some(message) => json!({
            "error": {"code": "InvalidExpression", "message": message, "details": null, "innerError": null},
            "parsingSucceeded": false,
            "evaluationSucceeded": false,
            "evaluationResult": null,
            "parsedExpression": null,
        }),
        None => json!({
            "error": null,
            "parsingSucceeded": true,
            "evaluationSucceeded": true,
            "evaluationResult": [expression],
            "parsedExpression": {"type": "Function", "name": "Echo", "value": expression},
        }),
    }
}

fn syntax_error(expression: &str) -> Option<String> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut in_string: Option<usize> = None;
    for (at, c) in expression.char_indices() {
        if in_string.is_some() {
            if c == '"' {
                in_string = None;
            }
            continue;
        }
        match c {
            '"' => in_string = Some(at),
            '(' | '[' => open.push((c, at)),
            ')' | ']' => {
                let expected = if c == ')' { '(' } else { '[' };
                match open.pop() {
                    Some((o, _)) if o == expected => {}
                    _ => return Some(format!("Syntax error: unexpected '{c}' at position {at}.")),
                }
            }
            _ => {}
        }
    }
    if let Some(start) = in_string {
        return Some(format!(
            "Syntax error: the string starting at position {start} is not closed."
        ));
    }
    open.pop()
        .map(|(c, at)| format!("Syntax error: '{c}' at position {at} is not closed."))
}

/// What [`FakeGraph::quarantine`] puts in a job's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantine {
    /// A `quarantineReason` member, e.g. `EncounteredEscrowProportionThreshold`.
    pub reason: String,
    pub series_count: i64,
    /// `nextAttempt`, RFC 3339.
    pub next_attempt: String,
}

impl crate::FakeGraph {
    /// provisionOnDemand accepts at most `requests` per sliding `window` (default 5 per 10 s, the documented
    /// limit); past it, 429 `TooManyRequests` with `Retry-After` (whole seconds until a slot frees).
    pub fn set_on_demand_limit(&self, requests: usize, window: Duration) {
        self.shared.lock().lifecycle.on_demand_limit = (requests, window);
    }

    /// When each provisionOnDemand request arrived, and whether it was throttled (429).
    pub fn on_demand_arrivals(&self) -> Vec<(Instant, bool)> {
        self.shared.lock().lifecycle.on_demand_arrivals.clone()
    }

    /// A service principal instantiated from now on is visible (GET by id, by appId, in listings, and its
    /// synchronization endpoints) only `lag` after its creation; before, 404 `Request_ResourceNotFound`.
    /// `None`: never visible. Default: no lag.
    pub fn set_replication_lag(&self, lag: Option<Duration>) {
        self.shared.lock().lifecycle.replication_lag = lag;
    }

    /// Number of GETs of an Active job before it reports a steady state (default 2; `u32::MAX`: never).
    pub fn set_gets_to_steady_state(&self, gets: u32) {
        self.shared.lock().lifecycle.gets_to_steady_state = gets;
    }

    /// Puts a job into quarantine: `status.code` `Quarantine` and `status.quarantine` with the reason,
    /// series count and next attempt. `start` and a restart whose scope has `QuarantineState` lift it.
    /// Returns false when there is no such job.
    pub fn quarantine(&self, sp: &str, job_id: &str, quarantine: Quarantine) -> bool {
        let mut state = self.shared.lock();
        let Some(job) = state
            .principals
            .get_mut(sp)
            .and_then(|p| p.jobs.iter_mut().find(|j| j.value["id"] == job_id))
        else {
            return false;
        };
        let status = &mut job.value["status"];
        status["code"] = json!("Quarantine");
        status["quarantine"] = json!({
            "currentBegan": "2026-11-28T12:00:00Z",
            "nextAttempt": quarantine.next_attempt,
            "reason": quarantine.reason,
            "seriesBegan": "2026-11-28T11:00:00Z",
            "seriesCount": quarantine.series_count,
            "error": {"code": "SystemForCrossDomainIdentityManagementCredentialsInvalid",
                "message": "The credentials were refused by the target application.", "tenantActionable": true},
        });
        true
    }
}
