//! The settings a client is built with, and what they require of every request: the Graph host
//! and root it may send the token to, and the headers it adds.

use super::auth::{AuthError, Secret};
use super::error::Error;
use crate::request::BuildError;

/// Client settings.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// `https://graph.microsoft.com` (no version, no trailing slash).
    pub base_url: String,
    /// Scheme, host and port requests may go to with the token.
    pub origin: String,
    /// The base URL's path with a trailing slash (`/` or `/graph/`): every request stays under it.
    pub root: String,
    pub scope: String,
    pub user_agent: String,
    pub max_response_body: usize,
    pub max_pages: usize,
    /// Send `Prefer: include-unknown-enum-members` with every request.
    pub include_unknown_enum_members: bool,
}

/// The `Prefer` preference that makes Graph send evolvable-enum members newer than
/// `unknownFutureValue` (it omits them otherwise; this crate's enums keep them either way).
pub const INCLUDE_UNKNOWN_ENUM_MEMBERS: &str = "include-unknown-enum-members";

/// `scheme://host:port` of a parsed URL, or `None` when it is not plain http(s) to a host.
/// Parsed with reqwest's own (WHATWG) parser, so this is the host the request would reach.
pub(super) fn origin_of(url: &reqwest::Url) -> Option<String> {
    // Userinfo (`user@host`) would let a URL look like the Graph host while going elsewhere.
    if !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let port = url.port_or_known_default()?;
    Some(format!("{}://{host}:{port}", url.scheme()))
}

impl Config {
    /// Refuses any URL outside the configured origin and `root` (a path prefix ending in `/`),
    /// before a token is attached. Returns the URL as reqwest will send it.
    pub fn check_target(&self, url: &str, root: &str) -> Result<reqwest::Url, Error> {
        let foreign = || Error::ForeignHost {
            url: url.to_string(),
            expected: self.base_url.clone(),
        };
        let parsed = reqwest::Url::parse(url).map_err(|_| foreign())?;
        if origin_of(&parsed).as_deref() != Some(self.origin.as_str()) {
            return Err(foreign());
        }
        let outside = || Error::OutsideRoot {
            url: url.to_string(),
            root: format!("{}{root}", self.origin),
        };
        // Dot segments are refused before normalization can hide them.
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        if crate::request::has_dot_segment(after_scheme) {
            return Err(outside());
        }
        if !parsed.path().starts_with(root) && format!("{}/", parsed.path()) != root {
            return Err(outside());
        }
        Ok(parsed)
    }

    /// Refuses any request outside the configured origin and base path.
    pub fn check_request(&self, request: &http::Request<Vec<u8>>) -> Result<(), Error> {
        self.check_target(&request.uri().to_string(), &self.root).map(drop)
    }

    /// Adds `Authorization`, `client-request-id` (unless set) and `User-Agent`.
    pub fn prepare(
        &self,
        request: &mut http::Request<Vec<u8>>,
        token: &Secret,
        client_request_id: &str,
    ) -> Result<(), Error> {
        let headers = request.headers_mut();
        let mut bearer = http::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
            .map_err(|_| AuthError("the token is not a valid header value".into()))?;
        bearer.set_sensitive(true);
        headers.insert(http::header::AUTHORIZATION, bearer);
        if !headers.contains_key("client-request-id") {
            let id = http::HeaderValue::from_str(client_request_id)
                .map_err(|_| BuildError::Header("client-request-id".into()))?;
            headers.insert("client-request-id", id);
        }
        let agent =
            http::HeaderValue::from_str(&self.user_agent).map_err(|_| BuildError::Header("user-agent".into()))?;
        headers.insert(http::header::USER_AGENT, agent);
        if self.include_unknown_enum_members {
            add_preference(headers, INCLUDE_UNKNOWN_ENUM_MEMBERS)?;
        }
        Ok(())
    }
}

/// Adds `preference` to the `Prefer` header (kept once; other preferences stay).
fn add_preference(headers: &mut http::HeaderMap, preference: &str) -> Result<(), Error> {
    let existing: Vec<String> = headers
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    if existing.iter().any(|p| p.eq_ignore_ascii_case(preference)) {
        return Ok(());
    }
    let mut all = existing;
    all.push(preference.to_string());
    let value = http::HeaderValue::from_str(&all.join(", ")).map_err(|_| BuildError::Header("prefer".into()))?;
    headers.insert("prefer", value);
    Ok(())
}
