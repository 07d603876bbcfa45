//! The route table: which handler answers an authenticated request, by method and path.

use axum::http::Method;

use crate::incoming::Incoming;
use crate::reply::{no_route, Reply};
use crate::state::Shared;
use crate::wire::{is, is_action, percent_decode};
use crate::{bulk, directory, synchronization};

/// The handler of a request under `/{version}/`, by its decoded path segments.
pub(crate) fn route(
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
            synchronization::handle(&request, sp, raw_segments[2], rest)
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
