//! What any request (or `$batch` item) is answered once recorded: a scripted response, the
//! tenant's throttle, authentication, then the route table.

use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use uuid::Uuid;

use crate::reply::{header_value, into_response, raw_response, Ids, Reply};
use crate::scripted::Scripted;
use crate::state::Shared;
use crate::wire::percent_decode;
use crate::{routes, throttle};

/// Scripts, the tenant's throttle, authentication, then the normal behaviour: what a request (or
/// a `$batch` item) is answered, once recorded.
pub(crate) async fn respond(
    shared: &Shared,
    method: &Method,
    raw_path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let decoded_path = percent_decode(raw_path);
    let (scripted, throttled) = {
        let mut state = shared.lock();
        let scripted = state.next_script(method.as_str(), raw_path, &decoded_path);
        let throttled = match (&scripted, state.throttle.as_mut()) {
            (None | Some(Scripted::Delay(_)), Some(bucket)) => bucket.take().err(),
            _ => None,
        };
        (scripted, throttled)
    };
    match scripted {
        Some(Scripted::Raw { status, headers, body }) => return raw_response(status, &headers, body),
        Some(Scripted::Delay(duration)) => tokio::time::sleep(duration).await,
        None => {}
    }

    let ids = Ids {
        request_id: Uuid::new_v4().to_string(),
        client_request_id: header_str(headers, "client-request-id")
            .map(str::to_string)
            .unwrap_or_else(|| Uuid::new_v4().to_string()),
    };
    if let Some(wait) = throttled {
        let mut response = into_response(
            Reply::Error(
                StatusCode::TOO_MANY_REQUESTS,
                "TooManyRequests",
                "Too many requests.".to_string(),
            ),
            &ids,
        );
        let out = response.headers_mut();
        out.insert(header::RETRY_AFTER, HeaderValue::from(throttle::retry_after_secs(wait)));
        out.insert(
            "x-ms-throttle-scope",
            HeaderValue::from_static("Tenant_Application/ReadWrite/fake"),
        );
        out.insert(
            "x-ms-throttle-information",
            HeaderValue::from_static("the tenant's token bucket is empty"),
        );
        out.insert("request-id", header_value(&ids.request_id));
        out.insert("client-request-id", header_value(&ids.client_request_id));
        return response;
    }
    let reply = match check_auth(headers) {
        Err(message) => Reply::Error(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            message.to_string(),
        ),
        Ok(()) => routes::route(
            shared,
            method,
            raw_path,
            query,
            body,
            header_str(headers, "content-type"),
        ),
    };
    let unauthorized = matches!(reply, Reply::Error(StatusCode::UNAUTHORIZED, ..));
    let mut response = into_response(reply, &ids);
    let headers = response.headers_mut();
    headers.insert("request-id", header_value(&ids.request_id));
    headers.insert("client-request-id", header_value(&ids.client_request_id));
    if unauthorized {
        headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"\""));
    }
    response
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn check_auth(headers: &HeaderMap) -> Result<(), &'static str> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err("Access token is empty.");
    };
    let value = value
        .to_str()
        .map_err(|_| "Access token validation failure. Invalid header.")?;
    let (scheme, token) = value
        .split_once(' ')
        .ok_or("Access token validation failure. Invalid scheme.")?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err("Access token validation failure. Invalid scheme.");
    }
    if token.trim() != crate::FakeGraph::TOKEN {
        return Err("Access token validation failure. Invalid audience.");
    }
    Ok(())
}
