//! A decoded response together with the status and headers it came with.

use super::error::Error;
use crate::response::ResponseKind;

/// A decoded response and what came with it: the status, every header (`Location` of a bulk
/// upload's 202, `request-id`, `x-ms-throttle-*`, `Retry-After`…) and the attempts made.
#[derive(Debug, Clone)]
pub struct Response<T> {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    /// The decoded body, as [`Client::send`](super::Client::send) returns it.
    pub value: T,
    pub attempts: u32,
}

impl<T> Response<T> {
    /// Decodes `response` as `R`, keeping its status and headers.
    pub(crate) fn parse<R: ResponseKind<Output = T>>(
        response: http::Response<Vec<u8>>,
        attempts: u32,
    ) -> Result<Response<T>, Error> {
        let value = crate::response::parse::<R>(&response).map_err(|e| Error::from_response(e, attempts))?;
        let (parts, _) = response.into_parts();
        Ok(Response {
            status: parts.status,
            headers: parts.headers,
            value,
            attempts,
        })
    }

    /// The first value of header `name`, if it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// `Location` (a bulk upload's 202 points at its status there).
    pub fn location(&self) -> Option<&str> {
        self.header("location")
    }

    /// `request-id`, what Microsoft support asks for.
    pub fn request_id(&self) -> Option<&str> {
        self.header("request-id")
    }

    /// `client-request-id`: the id the client sent (or the service's echo of it).
    pub fn client_request_id(&self) -> Option<&str> {
        self.header("client-request-id")
    }

    /// Graph's throttling headers (`x-ms-throttle-limit-percentage`, `x-ms-throttle-scope`,
    /// `x-ms-throttle-information`…), name and value, in the order received.
    pub fn throttle_headers(&self) -> Vec<(&str, &str)> {
        self.headers
            .iter()
            .filter(|(name, _)| name.as_str().starts_with("x-ms-throttle-"))
            .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
            .collect()
    }

    /// The value with the metadata dropped.
    pub fn into_value(self) -> T {
        self.value
    }
}
