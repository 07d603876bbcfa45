//! A request's printed form: what goes on the wire, shown before it is sent (a dry run), as text or
//! as JSON. The credential is never shown: with the `client` feature, the headers the client adds to
//! every request are listed as it sends them, with `<token>` and `<a fresh UUID>` for the two values
//! it makes per request.

use crate::request::{BuildError, Request};
use crate::response::ResponseKind;
use std::fmt;

/// One request as it would be sent: method, absolute URL, headers in the order sent, body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedRequest {
    pub method: String,
    pub url: String,
    /// Lower-case names; the client's own headers first, then the request's.
    pub headers: Vec<(String, String)>,
    /// The body as text (invalid UTF-8 replaced); empty when there is none.
    pub body: String,
}

/// The headers the client adds to every request (see `client::Config::prepare`).
#[cfg(feature = "client")]
fn client_headers(request: &http::Request<Vec<u8>>) -> Vec<(String, String)> {
    let mut headers = vec![("authorization".to_string(), "Bearer <token>".to_string())];
    if !request.headers().contains_key("client-request-id") {
        headers.push(("client-request-id".to_string(), "<a fresh UUID>".to_string()));
    }
    headers.push(("user-agent".to_string(), crate::client::USER_AGENT.to_string()));
    headers
}

#[cfg(not(feature = "client"))]
fn client_headers(_: &http::Request<Vec<u8>>) -> Vec<(String, String)> {
    Vec::new()
}

/// The URL as a client sends it: an explicit default port (`:443` for https, `:80` for http) is not
/// part of what goes on the wire.
fn without_default_port(uri: &http::Uri) -> String {
    let default = match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    };
    match (uri.port_u16(), default, uri.authority()) {
        (Some(port), Some(default), Some(authority)) if port == default => {
            let host = authority.as_str().trim_end_matches(&format!(":{port}"));
            let path = uri.path_and_query().map_or("/", |p| p.as_str());
            format!("{}://{host}{path}", uri.scheme_str().unwrap_or_default())
        }
        _ => uri.to_string(),
    }
}

impl PrintedRequest {
    /// The printed form of a builder's request.
    pub fn of<R: ResponseKind, Q>(request: &Request<R, Q>) -> Result<PrintedRequest, BuildError> {
        Ok(PrintedRequest::from_http(&request.build()?))
    }

    /// The printed form of a built request (a `$batch` the client assembled, for instance).
    pub fn from_http(request: &http::Request<Vec<u8>>) -> PrintedRequest {
        let mut headers = client_headers(request);
        for (name, value) in request.headers() {
            let value = value.to_str().map_or_else(|_| "<binary>".to_string(), str::to_string);
            headers.push((name.as_str().to_string(), value));
        }
        PrintedRequest {
            method: request.method().as_str().to_string(),
            url: without_default_port(request.uri()),
            headers,
            body: String::from_utf8_lossy(request.body()).into_owned(),
        }
    }

    /// Shows `marker` (a value only an earlier response gives, built into the request as a
    /// placeholder) as `shown`, in the URL and the body.
    pub fn replace(mut self, marker: &str, shown: &str) -> PrintedRequest {
        self.url = self.url.replace(marker, shown);
        self.body = self.body.replace(marker, shown);
        self
    }

    /// The value of header `name` (ASCII case ignored).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn is_json(&self) -> bool {
        self.header("content-type").is_some_and(|t| {
            let essence = t.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        })
    }
}

/// The request line, the headers, then (after a blank line) the body, as HTTP/1.1 writes them.
impl fmt::Display for PrintedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} {}", self.method, self.url)?;
        for (name, value) in &self.headers {
            writeln!(f, "{name}: {value}")?;
        }
        if !self.body.is_empty() {
            writeln!(f)?;
            writeln!(f, "{}", self.body)?;
        }
        Ok(())
    }
}

/// `{"method", "url", "headers": {name: value}, "body"?}`: a JSON body as the JSON sent (byte for
/// byte), any other body as a string.
impl serde::Serialize for PrintedRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("method", &self.method)?;
        map.serialize_entry("url", &self.url)?;
        let headers: serde_json::Map<String, serde_json::Value> = self
            .headers
            .iter()
            .map(|(n, v)| (n.clone(), serde_json::Value::String(v.clone())))
            .collect();
        map.serialize_entry("headers", &headers)?;
        if !self.body.is_empty() {
            match serde_json::from_str::<&serde_json::value::RawValue>(&self.body) {
                Ok(raw) if self.is_json() => map.serialize_entry("body", raw)?,
                _ => map.serialize_entry("body", &self.body)?,
            }
        }
        map.end()
    }
}

#[cfg(all(test, feature = "v1_0"))]
mod tests {
    use super::*;
    use crate::{v1_0::Api, Cloud};

    #[test]
    fn text_and_json_show_the_same_request() {
        let job = msgraph_sync_job();
        let api = Api::new(Cloud::Global);
        let jobs = api.service_principals().item("sp 1").synchronization().jobs();
        let printed = PrintedRequest::of(&jobs.create(&job)).unwrap();
        let text = printed.to_string();
        assert!(
            text.starts_with("POST https://graph.microsoft.com/v1.0/servicePrincipals/sp%201/synchronization/jobs\n"),
            "{text}"
        );
        assert!(text.ends_with("\n\n{\"templateId\":\"scim\"}\n"), "{text}");
        let json = serde_json::to_value(&printed).unwrap();
        assert_eq!(json["method"], "POST");
        assert_eq!(json["body"], serde_json::json!({"templateId": "scim"}));
        assert_eq!(json["headers"]["content-type"], "application/json");
    }

    #[test]
    fn a_default_port_is_not_shown() {
        let request = |uri: &str| http::Request::post(uri).body(Vec::new()).unwrap();
        let shown = PrintedRequest::from_http(&request("https://graph.microsoft.com:443/v1.0/$batch"));
        assert_eq!(shown.url, "https://graph.microsoft.com/v1.0/$batch");
        let shown = PrintedRequest::from_http(&request("http://127.0.0.1:8080/v1.0/$batch"));
        assert_eq!(shown.url, "http://127.0.0.1:8080/v1.0/$batch");
    }

    fn msgraph_sync_job() -> crate::v1_0::SynchronizationJob {
        crate::v1_0::SynchronizationJob {
            template_id: crate::Maybe::Value("scim".into()),
            ..Default::default()
        }
    }
}
