//! Sans-IO requests: the generated builders describe an operation (method, path, body type,
//! allowed query options); this runtime turns that into a standard `http::Request` that any HTTP
//! stack can send, and decodes the `http::Response` it gets back.

use crate::response::ResponseKind;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::marker::PhantomData;
use std::sync::Arc;

/// Characters left as they are in a path segment or query value: RFC 3986 "unreserved".
/// Everything else is percent-encoded, so an id can never add a segment, a query or a fragment.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A Microsoft Graph national cloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cloud {
    /// `https://graph.microsoft.com`
    Global,
    /// US Government L4: `https://graph.microsoft.us`
    UsGovL4,
    /// US Government L5 (DoD): `https://dod-graph.microsoft.us`
    UsGovL5Dod,
    /// China operated by 21Vianet: `https://microsoftgraph.chinacloudapi.cn`
    China,
}

impl Cloud {
    /// The service root of this cloud, without the API version.
    pub fn base_url(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGovL4 => "https://graph.microsoft.us",
            Cloud::UsGovL5Dod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }
}

/// Why a request could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    /// An id was empty: it would make an empty path segment and address another resource.
    #[error("the {0} is empty")]
    EmptyKey(&'static str),
    /// The base URL is not an absolute http(s) URL. Shown with any userinfo (`user:password@`)
    /// replaced, so an error message never carries a password.
    #[error("invalid base URL {:?}: expected http(s)://host[/path]", without_userinfo(.0))]
    BaseUrl(String),
    /// An id (or other text placed in the path) is `.` or `..`, in any percent-encoded spelling
    /// (`%2E`, `.%2e`, `%252E`…). URL parsers (WHATWG, which reqwest follows) remove such a
    /// segment and climb one level, so the request would address another resource.
    ///
    /// ```
    /// use msgraph_sync::{v1_0::Api, BuildError, Cloud};
    /// let job = Api::new(Cloud::Global).service_principals().item("..").synchronization().jobs().item("j");
    /// assert!(matches!(job.delete().build(), Err(BuildError::DotSegment { .. })));
    /// ```
    #[error("the {what} {value:?} is a dot segment: URL normalization would drop it and address another resource")]
    DotSegment { what: &'static str, value: String },
    /// A function parameter or parameter alias is not a literal of its type (a date that is not
    /// `YYYY-MM-DD`…): written as given it could end the parameter and add others.
    #[error("the {param} {value:?} is not {expected}")]
    Literal {
        param: &'static str,
        value: String,
        expected: &'static str,
    },
    /// A header value contains characters HTTP does not allow (CR, LF, NUL…).
    #[error("invalid value for header {0}")]
    Header(String),
    /// The body did not serialize.
    #[error("request body: {0}")]
    Body(String),
}

/// `url` with the userinfo of its authority (before an `@`) replaced by `<redacted>`.
fn without_userinfo(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => {
            let separator = if scheme.is_empty() && !url.contains("://") {
                ""
            } else {
                "://"
            };
            format!("{scheme}{separator}<redacted>{}", &rest[at..])
        }
        None => url.to_string(),
    }
}

/// A position in the URL tree: the service root (with version) and the encoded path so far.
#[derive(Clone, Debug)]
pub struct Path {
    root: Arc<str>,
    path: String,
    /// Values of the parameter aliases in the path (`@top`, formatted), sent as query options.
    aliases: Vec<(String, String)>,
    error: Option<BuildError>,
}

impl Path {
    /// The service root of `version` in `cloud`.
    pub fn new(cloud: Cloud, version: &str) -> Path {
        Path::with_base_url(cloud.base_url(), version)
    }

    /// A custom service root (a proxy, a test server): `http://127.0.0.1:8080` + `/v1.0`.
    pub fn with_base_url(base_url: &str, version: &str) -> Path {
        let base = base_url.trim_end_matches('/');
        let error = match base.split_once("://") {
            Some(("http" | "https", rest))
                if !rest.is_empty() && !rest.contains(['?', '#']) && !has_dot_segment(rest) =>
            {
                None
            }
            _ => Some(BuildError::BaseUrl(base_url.to_string())),
        };
        Path {
            root: format!("{base}/{version}").into(),
            path: String::new(),
            aliases: Vec::new(),
            error,
        }
    }

    /// A literal segment from the spec (`jobs`, `microsoft.graph.start`, `$count`).
    #[doc(hidden)]
    pub fn segment(&self, literal: &'static str) -> Path {
        let mut next = self.clone();
        next.path.push('/');
        next.path.push_str(literal);
        next
    }

    /// A key segment: `id` percent-encoded as exactly one segment. `what` names it in errors.
    #[doc(hidden)]
    pub fn key(&self, what: &'static str, id: &str) -> Path {
        let mut next = self.clone();
        next.path.push('/');
        if id.is_empty() {
            next.error.get_or_insert(BuildError::EmptyKey(what));
        } else if is_dot_segment(id) {
            // No encoding helps: URL parsers treat `%2E%2E` like `..` and climb the path.
            next.error.get_or_insert(BuildError::DotSegment {
                what,
                value: id.to_string(),
            });
        }
        next.path.extend(utf8_percent_encode(id, ENCODE));
        next
    }

    /// A segment with parameters (`applications(appId='{appId}')`): each `{param}` is replaced by
    /// its value, OData-quoted (`'` doubled) and percent-encoded, so a value cannot end the literal.
    #[doc(hidden)]
    pub fn templated(&self, template: &'static str, values: &[(&'static str, &str)]) -> Path {
        let mut segment = template.to_string();
        let mut next = self.clone();
        for (param, value) in values {
            if value.is_empty() {
                next.error.get_or_insert(BuildError::EmptyKey(param));
            }
            let encoded: String = utf8_percent_encode(&value.replace('\'', "''"), ENCODE).collect();
            segment = segment.replace(&format!("{{{param}}}"), &encoded);
        }
        next.path.push('/');
        next.path.push_str(&segment);
        next
    }

    /// A function segment (`f(date={date},top={top},all=@all)`): each `{param}` is replaced by
    /// its literal, already formatted and percent-encoded ([`crate::literal`]).
    #[doc(hidden)]
    pub fn function(&self, template: &'static str, values: &[(&'static str, crate::literal::Literal)]) -> Path {
        let mut segment = template.to_string();
        let mut next = self.clone();
        for (param, value) in values {
            match value {
                Ok(literal) => segment = segment.replace(&format!("{{{param}}}"), literal),
                Err(err) => {
                    next.error.get_or_insert(err.clone());
                }
            }
        }
        next.path.push('/');
        next.path.push_str(&segment);
        next
    }

    /// The value of the parameter alias `name` (`@all`) of the segment just added, sent as the
    /// query option `@all=…`; `None` sends nothing, which OData reads as null.
    #[doc(hidden)]
    pub fn alias(&self, name: &'static str, value: Option<crate::literal::Literal>) -> Path {
        let mut next = self.clone();
        match value {
            None => {}
            Some(Ok(literal)) => {
                next.aliases.retain(|(n, _)| n != name);
                // Query values are percent-encoded once more: a `'` or `&` of a string cannot end it.
                next.aliases.push((name.to_string(), literal_in_query(&literal)));
            }
            Some(Err(err)) => {
                next.error.get_or_insert(err);
            }
        }
        next
    }

    /// The absolute URL of this position, without a query.
    pub fn url(&self) -> String {
        format!("{}{}", self.root, self.path)
    }

    /// An operation at this position.
    #[doc(hidden)]
    pub fn request<R: ResponseKind, Q>(&self, method: http::Method) -> Request<R, Q> {
        Request {
            method,
            path: self.clone(),
            query: self.aliases.clone(),
            headers: Vec::new(),
            body: None,
            idempotent: false,
            _kind: PhantomData,
        }
    }
}

/// One operation, ready to build: `R` is how its response decodes, `Q` which query options and
/// headers it takes (see [`crate::query`]).
#[derive(Debug)]
pub struct Request<R, Q> {
    method: http::Method,
    path: Path,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Result<(&'static str, Vec<u8>), BuildError>>,
    idempotent: bool,
    _kind: PhantomData<fn() -> (R, Q)>,
}

impl<R, Q> Clone for Request<R, Q> {
    fn clone(&self) -> Self {
        Request {
            method: self.method.clone(),
            path: self.path.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            body: self.body.clone(),
            idempotent: self.idempotent,
            _kind: PhantomData,
        }
    }
}

impl<R: ResponseKind, Q> Request<R, Q> {
    /// Adds a JSON body.
    #[doc(hidden)]
    pub fn json<B: serde::Serialize>(mut self, content_type: &'static str, body: &B) -> Self {
        self.body = Some(
            serde_json::to_vec(body)
                .map(|bytes| (content_type, bytes))
                .map_err(|e| BuildError::Body(e.to_string())),
        );
        self
    }

    /// Adds a raw body.
    #[doc(hidden)]
    pub fn bytes(mut self, content_type: &'static str, body: Vec<u8>) -> Self {
        self.body = Some(Ok((content_type, body)));
        self
    }

    /// Sets a query option to an already-encoded value; setting a name again replaces its value.
    #[doc(hidden)]
    pub fn set_query(mut self, name: &str, value: String) -> Self {
        self.query.retain(|(n, _)| n != name);
        self.query.push((name.to_string(), value));
        self
    }

    /// A required query parameter of the operation (an argument of its builder method).
    #[doc(hidden)]
    pub fn required_query(self, name: &str, value: &str) -> Self {
        self.set_query(name, encode_value(value))
    }

    /// An option the spec does not list (the escape hatch). `name` is sent as given (it must not
    /// need encoding, like `$format`); `value` is percent-encoded.
    pub fn raw_query(self, name: &str, value: &str) -> Self {
        self.set_query(name, encode_value(value))
    }

    /// Adds or replaces a request header (checked when the request is built).
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// Adds `include-unknown-enum-members` to the `Prefer` header (other preferences kept), so
    /// Graph sends evolvable-enum members newer than `unknownFutureValue` instead of omitting
    /// them; the enums of this crate keep such members as `Unrecognized`.
    pub fn include_unknown_enum_members(mut self) -> Self {
        const PREFERENCE: &str = "include-unknown-enum-members";
        match self.headers.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case("prefer")) {
            Some((_, value)) if value.split(',').any(|p| p.trim().eq_ignore_ascii_case(PREFERENCE)) => {}
            Some((_, value)) if !value.trim().is_empty() => *value = format!("{value}, {PREFERENCE}"),
            Some((_, value)) => *value = PREFERENCE.to_string(),
            None => self.headers.push(("Prefer".to_string(), PREFERENCE.to_string())),
        }
        self
    }

    /// Declares that sending this request twice does no harm, so the client may retry it on 503
    /// and 504 like a GET even when its method is POST or PATCH (by default it does not: a 504 may
    /// come after the service acted). The built request carries an [`Idempotent`] extension.
    pub fn idempotent(mut self) -> Self {
        self.idempotent = true;
        self
    }

    /// The HTTP method.
    pub fn method(&self) -> &http::Method {
        &self.method
    }

    /// The absolute URL, query included; query options in the order set.
    pub fn url(&self) -> String {
        let mut url = self.path.url();
        for (i, (name, value)) in self.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.extend(utf8_percent_encode(name, QUERY_NAME));
            url.push('=');
            url.push_str(value);
        }
        url
    }

    /// The `http::Request` to send: method, absolute URL, `Accept`, `Content-Type` and body.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(err) = &self.path.error {
            return Err(err.clone());
        }
        let mut builder = http::Request::builder()
            .method(self.method.clone())
            .uri(self.url())
            .header(http::header::ACCEPT, R::ACCEPT);
        let body = match &self.body {
            Some(Ok((content_type, bytes))) => {
                builder = builder.header(http::header::CONTENT_TYPE, *content_type);
                bytes.clone()
            }
            Some(Err(err)) => return Err(err.clone()),
            None => Vec::new(),
        };
        for (name, value) in &self.headers {
            let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| BuildError::Header(name.clone()))?;
            let value = http::HeaderValue::from_str(value).map_err(|_| BuildError::Header(name.to_string()))?;
            builder = builder.header(name, value);
        }
        if self.idempotent {
            builder = builder.extension(Idempotent);
        }
        // The last line of defence for every segment (literal, key, templated, base): nothing
        // may reach the wire that a URL parser would collapse.
        let url = self.path.url();
        let path = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
        if has_dot_segment(path) {
            return Err(BuildError::DotSegment {
                what: "path",
                value: url,
            });
        }
        builder.body(body).map_err(|e| BuildError::BaseUrl(e.to_string()))
    }

    /// Decodes the response to this request: a 2XX into the operation's output, anything else into
    /// the typed Graph error (the raw body is always kept).
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<R::Output, crate::response::ResponseError> {
        crate::response::parse::<R>(response)
    }
}

/// Marks a built `http::Request` as safe to retry whatever its method (see [`Request::idempotent`]);
/// the client reads it from the request's extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Idempotent;

/// Whether `text` is `.` or `..` once percent-decoded, however many times it was encoded
/// (`%2E`, `%2e.`, `%252E%252E`): some servers decode twice.
pub fn is_dot_segment(text: &str) -> bool {
    let mut text = std::borrow::Cow::Borrowed(text);
    // Each decoding shortens the text, so this ends; the bound only caps the work.
    for _ in 0..8 {
        if text == "." || text == ".." {
            return true;
        }
        let decoded = percent_encoding::percent_decode_str(&text)
            .decode_utf8_lossy()
            .into_owned();
        if decoded == text {
            return false;
        }
        text = decoded.into();
    }
    false
}

/// Whether the path of `url_without_scheme` (`host/a/b?q`) has a dot segment in any spelling. It
/// splits as WHATWG URL parsers do: `\` is a separator too, and tabs and newlines are dropped.
pub fn has_dot_segment(url_without_scheme: &str) -> bool {
    let end = url_without_scheme.find(['?', '#']).unwrap_or(url_without_scheme.len());
    let cleaned: String = url_without_scheme[..end]
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    // The first piece is the authority.
    cleaned.split(['/', '\\']).skip(1).any(is_dot_segment)
}

/// Query option names are sent as the spec writes them (`$top`); only characters that would
/// break the query are encoded.
const QUERY_NAME: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'&')
    .add(b'=')
    .add(b'#')
    .add(b'+')
    .add(b'%');

/// Percent-encodes one query value item (RFC 3986 unreserved characters stay).
pub(crate) fn encode_value(value: &str) -> String {
    utf8_percent_encode(value, ENCODE).to_string()
}

/// A literal formatted for a path, as a query value: what the path left as it is (`'`, `:`) is
/// encoded too, and what it encoded stays encoded.
fn literal_in_query(literal: &str) -> String {
    const LITERAL_IN_QUERY: &AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'&')
        .add(b'#')
        .add(b'+')
        .add(b'\'')
        .add(b'=');
    utf8_percent_encode(literal, LITERAL_IN_QUERY).to_string()
}

/// The `index`th key of a replayed call (`""`, which fails the build, when missing).
#[doc(hidden)]
pub fn key<'k>(keys: &[&'k str], index: usize) -> &'k str {
    keys.get(index).copied().unwrap_or_default()
}

/// The typed body of a replayed call: `T::default()` for an empty body.
#[doc(hidden)]
pub fn json_body<T: serde::de::DeserializeOwned + Default>(body: &[u8]) -> Result<T, BuildError> {
    if body.is_empty() {
        return Ok(T::default());
    }
    crate::registry::decode_slice(body).map_err(|e| BuildError::Body(e.to_string()))
}
