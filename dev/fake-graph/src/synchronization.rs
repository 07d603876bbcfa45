//! `…/servicePrincipals/{sp}/synchronization/…`: jobs, their actions and schema, the templates and
//! the secrets.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use crate::incoming::Incoming;
use crate::reply::{bad_request, job_not_found, no_route, Reply, DATE};
use crate::state::{Job, State};
use crate::wire::{is, is_action, parse_json_object, query_param};
use crate::{connections, directory, lifecycle};

/// `…/servicePrincipals/{sp}/synchronization/{rest}`.
pub(crate) fn handle(request: &Incoming, sp: &str, sp_raw: &str, rest: &[&str]) -> Reply {
    let Incoming {
        shared,
        method,
        raw_path,
        body,
        ..
    } = *request;
    let mut state = shared.lock();
    let state = &mut *state;
    if !state.lifecycle.visible(sp) {
        return directory::not_found("servicePrincipal", sp);
    }
    match rest {
        [jobs] if is(jobs, "jobs") && method == Method::GET => list_jobs(request, state, sp, sp_raw),
        [jobs] if is(jobs, "jobs") && method == Method::POST => create_job(state, sp, body),
        [jobs, count] if is(jobs, "jobs") && *count == "$count" && method == Method::GET => {
            let n = state.principals.get(sp).map_or(0, |p| p.jobs.len());
            Reply::Text(StatusCode::OK, n.to_string())
        }
        [jobs, job_id] if is(jobs, "jobs") && method == Method::GET => get_job(state, sp, job_id),
        [jobs, job_id] if is(jobs, "jobs") && method == Method::DELETE => delete_job(state, sp, job_id),
        [jobs, job_id, action] if is(jobs, "jobs") && method == Method::POST && !is(action, "schema") => {
            job_action(state, raw_path, sp, job_id, action, body)
        }
        [jobs, job_id, connections] if is(jobs, "jobs") && connections::is_connections(connections) => {
            connections::handle(state, method, raw_path, sp, job_id, connections)
        }
        [jobs, job_id, schema] if is(jobs, "jobs") && is(schema, "schema") => {
            job_schema(state, method, raw_path, sp, job_id, body)
        }
        [jobs, job_id, schema, parse]
            if is(jobs, "jobs")
                && is(schema, "schema")
                && is_action(parse, "parseExpression")
                && method == Method::POST =>
        {
            parse_expression(state, sp, job_id, body)
        }
        [templates] if is(templates, "templates") && method == Method::GET => {
            state.sync_templates.list(&shared.base_url, request.version, sp, sp_raw)
        }
        [secrets] if is(secrets, "secrets") && method == Method::PUT => put_secrets(state, sp, body),
        _ => no_route(raw_path),
    }
}

/// `GET …/jobs`, a page of `page_size` at `$skiptoken`.
fn list_jobs(request: &Incoming, state: &State, sp: &str, sp_raw: &str) -> Reply {
    let Incoming {
        shared, query, version, ..
    } = *request;
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

/// `POST …/jobs` `{"templateId"}`.
fn create_job(state: &mut State, sp: &str, body: &[u8]) -> Reply {
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

/// `GET …/jobs/{id}`: an Active job's GETs count towards its steady state.
fn get_job(state: &mut State, sp: &str, job_id: &str) -> Reply {
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

/// `DELETE …/jobs/{id}`.
fn delete_job(state: &mut State, sp: &str, job_id: &str) -> Reply {
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

/// `POST …/jobs/{id}/{action}`: start, pause, restart, provisionOnDemand, validateCredentials.
fn job_action(state: &mut State, raw_path: &str, sp: &str, job_id: &str, action: &str, body: &[u8]) -> Reply {
    let Some(job) = state.job_mut(sp, job_id) else {
        return job_not_found(job_id);
    };
    if is_action(action, "start") {
        set_running(job, "Active");
        lifecycle::clear_quarantine(&mut job.value);
        state.directory.log_cycle(sp, job_id);
        Reply::NoContent
    } else if is_action(action, "pause") {
        job.value["schedule"]["state"] = json!("Paused");
        job.value["status"]["code"] = json!("Paused");
        Reply::NoContent
    } else if is_action(action, "restart") {
        restart(job, body)
    } else if is_action(action, "provisionOnDemand") {
        connections::on_provision(state, sp, job_id, body);
        state.lifecycle.provision_on_demand(body)
    } else if is_action(action, "validateCredentials") {
        Reply::NoContent
    } else {
        no_route(raw_path)
    }
}

/// `POST …/jobs/{id}/restart`, with `{"criteria": {"resetScope"}}` or no body.
fn restart(job: &mut Job, body: &[u8]) -> Reply {
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
}

/// `GET`, `PUT` (and the refused `PATCH`) of `…/jobs/{id}/schema`.
fn job_schema(state: &mut State, method: &Method, raw_path: &str, sp: &str, job_id: &str, body: &[u8]) -> Reply {
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

/// `POST …/jobs/{id}/schema/parseExpression` `{"expression"}`.
fn parse_expression(state: &mut State, sp: &str, job_id: &str, body: &[u8]) -> Reply {
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

/// `PUT …/synchronization/secrets` `{"value": [...]}`.
fn put_secrets(state: &mut State, sp: &str, body: &[u8]) -> Reply {
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
