//! The directory side of the provisioning flow: the application gallery (`/applicationTemplates`,
//! `instantiate`), service principal lookups, and the provisioning logs (`/auditLogs/provisioning`,
//! beta also `directoryProvisioning`). Collections take `$filter` (`eq`, `ne`, `gt`, `ge`, `lt`, `le`,
//! `startswith`, joined by `and`), `$top`, `$skiptoken` paging, `$count=true` and `/$count`.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::incoming::Incoming;
use crate::reply::{bad_request, no_route, Reply};
use crate::wire::{is_action, parse_json_object, query_param};

pub(super) fn not_found(kind: &str, id: &str) -> Reply {
    Reply::Error(
        StatusCode::NOT_FOUND,
        "Request_ResourceNotFound",
        format!(
            "Resource '{id}' does not exist or one of its queried reference-property objects are not present ({kind})."
        ),
    )
}

/// `GET /servicePrincipals`, `GET /servicePrincipals/{id}`.
pub(super) fn service_principals(request: &Incoming, rest: &[&str]) -> Reply {
    let state = request.shared.lock();
    match rest {
        [] if request.method == Method::GET => {
            let visible: Vec<Value> = state
                .directory
                .service_principals
                .iter()
                .filter(|s| s["id"].as_str().is_none_or(|id| state.lifecycle.visible(id)))
                .cloned()
                .collect();
            collection(request, "servicePrincipals", &visible, state.page_size)
        }
        [id] if request.method == Method::GET && !id.is_empty() => {
            match state
                .directory
                .service_principals
                .iter()
                .find(|s| s["id"] == *id && state.lifecycle.visible(id))
            {
                Some(sp) => Reply::Json(StatusCode::OK, sp.clone()),
                None => not_found("servicePrincipal", id),
            }
        }
        _ => no_route(request.raw_path),
    }
}

/// `GET /servicePrincipals(appId='{appId}')`.
pub(super) fn service_principal_by_app_id(request: &Incoming, app_id: &str) -> Reply {
    let state = request.shared.lock();
    let found = state
        .directory
        .service_principals
        .iter()
        .find(|s| s["appId"] == app_id && s["id"].as_str().is_none_or(|id| state.lifecycle.visible(id)));
    match found {
        Some(sp) => Reply::Json(StatusCode::OK, sp.clone()),
        None => not_found("servicePrincipal", app_id),
    }
}

/// `GET /applicationTemplates`, `GET /applicationTemplates/{id}`, `POST …/{id}/instantiate`.
pub(super) fn application_templates(request: &Incoming, rest: &[&str]) -> Reply {
    let mut state = request.shared.lock();
    let page_size = state.page_size;
    let state = &mut *state;
    let directory = &mut state.directory;
    match rest {
        [] if request.method == Method::GET => {
            collection(request, "applicationTemplates", &directory.templates, page_size)
        }
        [id] if request.method == Method::GET => match directory.templates.iter().find(|t| t["id"] == *id) {
            Some(template) => Reply::Json(StatusCode::OK, template.clone()),
            None => not_found("applicationTemplate", id),
        },
        [id, action] if request.method == Method::POST && is_action(action, "instantiate") => {
            let Some(template) = directory.templates.iter().find(|t| t["id"] == *id).cloned() else {
                return not_found("applicationTemplate", id);
            };
            let body = match parse_json_object(request.body) {
                Ok(body) => body,
                Err(reply) => return reply,
            };
            let Some(display_name) = body
                .get("displayName")
                .and_then(Value::as_str)
                .filter(|n| !n.is_empty())
            else {
                return bad_request("The property 'displayName' is required.");
            };
            let app_id = Uuid::new_v4().to_string();
            let application = json!({
                "id": Uuid::new_v4().to_string(),
                "appId": app_id,
                "applicationTemplateId": template["id"],
                "displayName": display_name,
                "signInAudience": "AzureADMyOrg",
                "tags": [],
            });
            let service_principal = json!({
                "id": Uuid::new_v4().to_string(),
                "accountEnabled": true,
                "appId": app_id,
                "appDisplayName": display_name,
                "applicationTemplateId": template["id"],
                "displayName": display_name,
                "servicePrincipalType": "Application",
                "servicePrincipalNames": [app_id],
                "tags": ["WindowsAzureActiveDirectoryIntegratedApp"],
            });
            directory.applications.push(application.clone());
            directory.service_principals.push(service_principal.clone());
            if let Some(id) = service_principal["id"].as_str() {
                state.lifecycle.created(id);
            }
            let base = &request.shared.base_url;
            Reply::Json(
                StatusCode::CREATED,
                json!({
                    "@odata.context": format!("{base}/{}/$metadata#microsoft.graph.applicationServicePrincipal", request.version),
                    "application": application,
                    "servicePrincipal": service_principal,
                }),
            )
        }
        _ => no_route(request.raw_path),
    }
}

/// `GET /auditLogs/{provisioning|directoryProvisioning}`, `/$count`, `/{id}`.
pub(super) fn provisioning_logs(request: &Incoming, name: &str, rest: &[&str]) -> Reply {
    let state = request.shared.lock();
    let logs = &state.directory.provisioning_logs;
    let set = format!("auditLogs/{name}");
    match rest {
        [] if request.method == Method::GET => collection(request, &set, logs, state.page_size),
        ["$count"] if request.method == Method::GET => match filtered(request, logs) {
            Ok(items) => Reply::Text(StatusCode::OK, items.len().to_string()),
            Err(reply) => reply,
        },
        [id] if request.method == Method::GET => match logs.iter().find(|l| l["id"] == *id) {
            Some(entry) => Reply::Json(StatusCode::OK, entry.clone()),
            None => not_found("provisioningObjectSummary", id),
        },
        _ => no_route(request.raw_path),
    }
}

/// The items `$filter` keeps, in order; a filter the fake cannot evaluate is a 400, as Graph answers
/// an unsupported one.
fn filtered<'v>(request: &Incoming, items: &'v [Value]) -> Result<Vec<&'v Value>, Reply> {
    let Some(filter) = query_param(request.query, "$filter") else {
        return Ok(items.iter().collect());
    };
    let clauses = parse_filter(&filter).map_err(|e| bad_request(format!("Invalid filter clause: {e}")))?;
    Ok(items
        .iter()
        .filter(|item| clauses.iter().all(|c| c.matches(item)))
        .collect())
}

/// A collection page: `$filter`, then `$skiptoken` (an offset) and `$top` or the fake's page size;
/// `@odata.nextLink` repeats the query with the next offset; `$count=true` adds `@odata.count`.
fn collection(request: &Incoming, set: &str, items: &[Value], page_size: usize) -> Reply {
    let items = match filtered(request, items) {
        Ok(items) => items,
        Err(reply) => return reply,
    };
    let skip = match query_param(request.query, "$skiptoken").map(|t| t.parse::<usize>()) {
        None => 0,
        Some(Ok(n)) => n,
        Some(Err(_)) => return bad_request("Invalid $skiptoken."),
    };
    let page_size = match query_param(request.query, "$top").map(|t| t.parse::<usize>()) {
        None if page_size == 0 => usize::MAX,
        None => page_size,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => return bad_request("Invalid $top."),
    };
    let end = skip.saturating_add(page_size).min(items.len());
    let page: Vec<Value> = items
        .get(skip.min(items.len())..end)
        .unwrap_or_default()
        .iter()
        .map(|v| (*v).clone())
        .collect();
    let base = &request.shared.base_url;
    let mut body = json!({
        "@odata.context": format!("{base}/{}/$metadata#{set}", request.version),
        "value": page,
    });
    if query_param(request.query, "$count").is_some_and(|c| c.eq_ignore_ascii_case("true")) {
        body["@odata.count"] = json!(items.len());
    }
    if end < items.len() {
        let mut query: Vec<&str> = request
            .query
            .unwrap_or_default()
            .split('&')
            .filter(|pair| {
                let key = pair.split('=').next().unwrap_or_default();
                !key.is_empty() && key != "$skiptoken" && key != "%24skiptoken"
            })
            .collect();
        let token = format!("$skiptoken={end}");
        query.push(&token);
        body["@odata.nextLink"] = json!(format!("{base}{}?{}", request.raw_path, query.join("&")));
    }
    Reply::Json(StatusCode::OK, body)
}

/// One `$filter` clause the fake understands.
#[derive(Debug, PartialEq)]
enum Clause {
    StartsWith { field: String, prefix: String },
    Compare { field: String, op: String, value: Literal },
}

#[derive(Debug, PartialEq)]
enum Literal {
    Text(String),
    Null,
    /// A bare value (a date-time, a number, `true`): compared as a date-time when both sides are one.
    Bare(String),
}

impl Clause {
    fn matches(&self, item: &Value) -> bool {
        match self {
            Clause::StartsWith { field, prefix } => field_value(item, field)
                .and_then(Value::as_str)
                .is_some_and(|v| v.to_lowercase().starts_with(&prefix.to_lowercase())),
            Clause::Compare { field, op, value } => {
                let actual = field_value(item, field);
                let ordering = match (actual, value) {
                    (None | Some(Value::Null), Literal::Null) => Some(std::cmp::Ordering::Equal),
                    (None | Some(Value::Null), _) | (Some(_), Literal::Null) => None,
                    // Directory string comparisons ignore case, as Graph's do.
                    (Some(Value::String(a)), Literal::Text(b)) => Some(a.to_lowercase().cmp(&b.to_lowercase())),
                    (Some(a), Literal::Bare(b)) => compare_bare(a, b),
                    (Some(_), Literal::Text(_)) => None,
                };
                match (op.as_str(), ordering) {
                    ("ne", None) => true,
                    (_, None) => false,
                    (op, Some(o)) => match op {
                        "eq" => o.is_eq(),
                        "ne" => o.is_ne(),
                        "gt" => o.is_gt(),
                        "ge" => o.is_ge(),
                        "lt" => o.is_lt(),
                        _ => o.is_le(),
                    },
                }
            }
        }
    }
}

fn compare_bare(actual: &Value, literal: &str) -> Option<std::cmp::Ordering> {
    let date = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
    match actual {
        Value::String(s) => Some(date(s)?.cmp(&date(literal)?)),
        Value::Number(n) => n.as_f64()?.partial_cmp(&literal.parse::<f64>().ok()?),
        Value::Bool(b) => Some(b.cmp(&literal.parse::<bool>().ok()?)),
        _ => None,
    }
}

/// `a/b` → `item.a.b`; names compared ignoring ASCII case, as Graph's are (the `Location` of a bulk
/// upload filters on `jobid`).
fn field_value<'v>(item: &'v Value, field: &str) -> Option<&'v Value> {
    field.split('/').try_fold(item, |v, key| {
        v.get(key).or_else(|| {
            v.as_object()?
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(key))
                .map(|(_, value)| value)
        })
    })
}

/// `clause and clause …`, splitting outside quoted strings.
fn parse_filter(filter: &str) -> Result<Vec<Clause>, String> {
    let mut clauses = Vec::new();
    let mut current = String::new();
    let mut in_string = false;
    let mut words = filter.split(' ').peekable();
    while let Some(word) = words.next() {
        if !in_string && word.eq_ignore_ascii_case("and") {
            clauses.push(parse_clause(current.trim())?);
            current.clear();
            continue;
        }
        in_string ^= word.matches('\'').count() % 2 == 1;
        current.push_str(word);
        if words.peek().is_some() {
            current.push(' ');
        }
    }
    clauses.push(parse_clause(current.trim())?);
    Ok(clauses)
}

fn parse_clause(text: &str) -> Result<Clause, String> {
    let literal = |s: &str| -> Result<Literal, String> {
        let s = s.trim();
        if let Some(inner) = s.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
            return Ok(Literal::Text(inner.replace("''", "'")));
        }
        if s.is_empty() || s.contains('\'') {
            return Err(format!("bad literal {s:?}"));
        }
        Ok(if s == "null" {
            Literal::Null
        } else {
            Literal::Bare(s.to_string())
        })
    };
    if let Some(args) = text
        .strip_prefix("startswith(")
        .or_else(|| text.strip_prefix("startsWith("))
        .and_then(|r| r.strip_suffix(')'))
    {
        let (field, prefix) = args
            .split_once(',')
            .ok_or_else(|| format!("startswith needs two arguments: {text:?}"))?;
        let Literal::Text(prefix) = literal(prefix)? else {
            return Err(format!("startswith needs a string: {text:?}"));
        };
        return Ok(Clause::StartsWith {
            field: field.trim().to_string(),
            prefix,
        });
    }
    let mut parts = text.splitn(3, ' ');
    let (Some(field), Some(op), Some(value)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!("expected `field op value`: {text:?}"));
    };
    let op = op.to_ascii_lowercase();
    if !["eq", "ne", "gt", "ge", "lt", "le"].contains(&op.as_str()) {
        return Err(format!("unsupported operator {op:?}"));
    }
    if field.is_empty() || field.contains(['(', ')', '\'']) {
        return Err(format!("unsupported property {field:?}"));
    }
    Ok(Clause::Compare {
        field: field.to_string(),
        op,
        value: literal(value)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_parse_and_match() {
        let clauses = parse_filter("jobId eq 'a and b' and activityDateTime ge 2026-11-28T12:01:00Z").unwrap();
        assert_eq!(clauses.len(), 2);
        let entry = json!({"jobId": "A AND B", "activityDateTime": "2026-11-28T12:02:00Z"});
        assert!(clauses.iter().all(|c| c.matches(&entry)));
        let early = json!({"jobId": "a and b", "activityDateTime": "2026-11-28T12:00:00Z"});
        assert!(!clauses.iter().all(|c| c.matches(&early)));
        assert!(parse_filter("startswith(displayName, 'Con')").unwrap()[0].matches(&json!({"displayName": "contoso"})));
        assert!(parse_filter("displayName has 'x'").is_err());
        assert!(parse_filter("any(x: x eq 1)").is_err());
    }
}
