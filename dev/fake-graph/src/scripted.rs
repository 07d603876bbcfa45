//! Responses a test queues ahead of the normal behaviour.

use std::time::Duration;

use crate::reply::odata_error_body;

/// A response queued with [`FakeGraph::script`](crate::FakeGraph::script).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scripted {
    /// Status, headers, body as given (no `request-id`, `content-type` or other header is added, except the
    /// `content-length` and `date` that the HTTP server itself writes).
    Raw {
        status: u16,
        headers: Vec<(String, String)>,
        body: String,
    },
    /// Sleep this long, then behave normally.
    Delay(Duration),
}

impl Scripted {
    /// `Raw` with a JSON body and `Content-Type: application/json`.
    pub fn json(status: u16, body: serde_json::Value) -> Scripted {
        Scripted::Raw {
            status,
            headers: vec![("Content-Type".to_string(), "application/json".to_string())],
            body: body.to_string(),
        }
    }

    /// `Raw` with an OData error body `{"error": {"code", "message", "innerError": {...}}}`, JSON content type
    /// and a `request-id` header.
    pub fn error(status: u16, code: &str, message: &str) -> Scripted {
        let request_id = uuid::Uuid::new_v4().to_string();
        let body = odata_error_body(code, message, &request_id, &request_id);
        Scripted::Raw {
            status,
            headers: vec![
                ("Content-Type".to_string(), "application/json".to_string()),
                ("request-id".to_string(), request_id.clone()),
                ("client-request-id".to_string(), request_id),
            ],
            body: body.to_string(),
        }
    }

    /// 429 `TooManyRequests` OData error with `Retry-After: <retry_after_secs>`.
    pub fn throttled(retry_after_secs: u64) -> Scripted {
        let mut scripted = Scripted::error(429, "TooManyRequests", "Too many requests.");
        if let Scripted::Raw { headers, .. } = &mut scripted {
            headers.push(("Retry-After".to_string(), retry_after_secs.to_string()));
        }
        scripted
    }
}
