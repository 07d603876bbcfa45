//! What the fake answers: the replies handlers make, Graph's OData error body, and how a reply
//! (or a scripted response) becomes an HTTP response with the ids that tie it to its request.

use axum::body::Body;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::{json, Value};

/// The fixed date that OData error bodies and steady states carry.
pub(crate) const DATE: &str = "2026-11-28T12:00:00";

/// The ids that tie a response to its request.
pub(crate) struct Ids {
    pub(crate) request_id: String,
    pub(crate) client_request_id: String,
}

/// What the normal behaviour answers, before the common headers are added.
pub(crate) enum Reply {
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

pub(crate) fn bad_request(message: impl Into<String>) -> Reply {
    Reply::Error(StatusCode::BAD_REQUEST, "BadRequest", message.into())
}

pub(crate) fn job_not_found(job_id: &str) -> Reply {
    Reply::Error(
        StatusCode::NOT_FOUND,
        "Request_ResourceNotFound",
        format!("Resource '{job_id}' does not exist or one of its queried reference-property objects are not present."),
    )
}

pub(crate) fn no_route(path: &str) -> Reply {
    Reply::Error(
        StatusCode::NOT_FOUND,
        "ResourceNotFound",
        format!("Resource not found for the segment '{path}'."),
    )
}

pub(crate) fn odata_error_body(code: &str, message: &str, request_id: &str, client_request_id: &str) -> Value {
    json!({
        "error": {
            "code": code,
            "message": message,
            "innerError": {"date": DATE, "request-id": request_id, "client-request-id": client_request_id},
        }
    })
}

pub(crate) fn header_value(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).unwrap_or_else(|_| HeaderValue::from_static("invalid"))
}

pub(crate) fn raw_response(status: u16, headers: &[(String, String)], body: String) -> Response {
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

pub(crate) fn into_response(reply: Reply, ids: &Ids) -> Response {
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
