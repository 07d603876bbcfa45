//! How each operation's response decodes: success is any 2XX; anything else is a Graph error.

use crate::registry::DecodeError;
use serde::de::DeserializeOwned;
use std::marker::PhantomData;

/// What a successful response of an operation decodes into.
pub trait ResponseKind {
    type Output;
    /// The `Accept` header the request sends.
    const ACCEPT: &'static str;
    /// Decodes a 2XX body.
    fn decode(body: &[u8]) -> Result<Self::Output, DecodeError>;
}

/// A collection response (`value` + `@odata.nextLink`), implemented by the generated
/// `*CollectionResponse` models and the inline collection types.
pub trait Page {
    type Item;
    /// The link to the next page, if any.
    fn next_link(&self) -> Option<&str>;
    /// The items, and the link to the next page.
    fn into_page(self) -> (Vec<Self::Item>, Option<String>);
}

/// A JSON model (GET): an empty body is an error.
#[derive(Debug)]
pub struct Json<T>(PhantomData<T>);

/// A JSON model that the service may omit (create/update/actions answer 204 or 201 with a body).
#[derive(Debug)]
pub struct JsonOrEmpty<T>(PhantomData<T>);

/// `$count`: a `text/plain` integer.
#[derive(Debug)]
pub struct Count;

/// `$value`: raw bytes.
#[derive(Debug)]
pub struct Bytes;

/// No content (204). A body, if any, is still returned rather than dropped.
#[derive(Debug)]
pub struct NoContent;

fn is_blank(body: &[u8]) -> bool {
    body.iter().all(u8::is_ascii_whitespace)
}

impl<T: DeserializeOwned> ResponseKind for Json<T> {
    type Output = T;
    const ACCEPT: &'static str = "application/json";
    fn decode(body: &[u8]) -> Result<T, DecodeError> {
        crate::registry::decode_slice(body)
    }
}

impl<T: DeserializeOwned> ResponseKind for JsonOrEmpty<T> {
    type Output = Option<T>;
    const ACCEPT: &'static str = "application/json";
    fn decode(body: &[u8]) -> Result<Option<T>, DecodeError> {
        if is_blank(body) {
            Ok(None)
        } else {
            crate::registry::decode_slice(body).map(Some)
        }
    }
}

impl ResponseKind for Count {
    type Output = i64;
    const ACCEPT: &'static str = "text/plain";
    fn decode(body: &[u8]) -> Result<i64, DecodeError> {
        let text = std::str::from_utf8(body).unwrap_or_default();
        // Graph may prefix a UTF-8 byte order mark.
        let text = text.trim_start_matches('\u{feff}').trim();
        text.parse().map_err(|_| DecodeError {
            path: "$".to_string(),
            message: format!("expected an integer count, got {:?}", preview(body)),
        })
    }
}

impl ResponseKind for Bytes {
    type Output = Vec<u8>;
    const ACCEPT: &'static str = "application/octet-stream";
    fn decode(body: &[u8]) -> Result<Vec<u8>, DecodeError> {
        Ok(body.to_vec())
    }
}

impl ResponseKind for NoContent {
    /// The body, normally empty; kept so nothing received is dropped.
    type Output = Vec<u8>;
    const ACCEPT: &'static str = "application/json";
    fn decode(body: &[u8]) -> Result<Vec<u8>, DecodeError> {
        Ok(body.to_vec())
    }
}

/// The first bytes of a body, for messages.
fn preview(body: &[u8]) -> String {
    let end = body.len().min(200);
    String::from_utf8_lossy(&body[..end]).into_owned()
}

/// A non-2XX response or an undecodable 2XX body.
#[derive(Debug, thiserror::Error)]
pub enum ResponseError {
    /// Graph answered with an error status.
    #[error("{0}")]
    Graph(Box<GraphError>),
    /// A 2XX body that does not decode as the operation's type.
    #[error("HTTP {status}: response body does not decode: {error} (body starts {body_start:?})")]
    Decode {
        status: u16,
        error: DecodeError,
        body_start: String,
    },
}

/// An OData error response (`{"error": {"code", "message", "innerError": {...}}}`), with the raw
/// body and the ids support asks for.
#[derive(Clone, Debug)]
pub struct GraphError {
    pub status: u16,
    /// `error.code`, when the body is an OData error.
    pub code: Option<String>,
    /// `error.message`, when the body is an OData error.
    pub message: Option<String>,
    /// `request-id`: from the response header, else from `error.innerError`.
    pub request_id: Option<String>,
    /// `client-request-id`: from the response header, else from `error.innerError`.
    pub client_request_id: Option<String>,
    /// `error.innerError.date`.
    pub date: Option<String>,
    /// The whole body parsed as JSON, when it is JSON (`details`, newer fields…).
    pub json: Option<serde_json::Value>,
    /// The body as received.
    pub raw_body: Vec<u8>,
}

impl std::fmt::Display for GraphError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Graph error HTTP {}", self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request-id {id})")?;
        }
        Ok(())
    }
}

impl GraphError {
    /// Decodes an error response; never fails (a non-JSON body is kept raw).
    pub fn from_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> GraphError {
        let body = response.body().as_ref();
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let error = json.as_ref().and_then(|j| j.get("error"));
        let text = |v: Option<&serde_json::Value>| v.and_then(|v| v.as_str()).map(str::to_string);
        let inner = error.and_then(|e| e.get("innerError").or_else(|| e.get("innererror")));
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        GraphError {
            status: response.status().as_u16(),
            code: text(error.and_then(|e| e.get("code"))),
            message: text(error.and_then(|e| e.get("message"))),
            request_id: header("request-id").or_else(|| text(inner.and_then(|i| i.get("request-id")))),
            client_request_id: header("client-request-id")
                .or_else(|| text(inner.and_then(|i| i.get("client-request-id")))),
            date: text(inner.and_then(|i| i.get("date"))),
            json,
            raw_body: body.to_vec(),
        }
    }
}

/// Decodes a response as `R`: 2XX → `R::Output`, else [`GraphError`].
pub fn parse<R: ResponseKind>(response: &http::Response<impl AsRef<[u8]>>) -> Result<R::Output, ResponseError> {
    let status = response.status();
    if !status.is_success() {
        return Err(ResponseError::Graph(Box::new(GraphError::from_response(response))));
    }
    let body = response.body().as_ref();
    R::decode(body).map_err(|error| ResponseError::Decode {
        status: status.as_u16(),
        error,
        body_start: preview(body),
    })
}
