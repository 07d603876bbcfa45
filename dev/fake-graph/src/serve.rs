//! The fake's one axum handler: the simulated network around each request, its recording, and
//! the choice between a `$batch` and one request.

use std::sync::Arc;

use axum::extract::{Request, State as AxumState};
use axum::http::Method;
use axum::response::Response;

use crate::recorded::Recorded;
use crate::reply::raw_response;
use crate::scripted::Scripted;
use crate::state::Shared;
use crate::wire::{is, percent_decode};
use crate::{batch, dispatch, latency};

/// The single axum handler: the simulated network around [`serve`].
pub(crate) async fn handle(AxumState(shared): AxumState<Arc<Shared>>, request: Request) -> Response {
    let _serving = shared.in_flight.enter();
    let trip = shared.lock().latency.as_mut().map(latency::Latency::draw);
    if let Some((before, _)) = trip {
        tokio::time::sleep(before).await;
    }
    let response = serve(&shared, request).await;
    if let Some((_, after)) = trip {
        tokio::time::sleep(after).await;
    }
    response
}

/// Records, applies scripts, then the normal behaviour.
async fn serve(shared: &Arc<Shared>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let method = parts.method.as_str().to_string();
    let raw_path = parts.uri.path().to_string();
    let query = parts.uri.query().map(str::to_string);
    let decoded_path = percent_decode(&raw_path);

    {
        let mut state = shared.lock();
        state.arrivals.push(std::time::Instant::now());
        state.requests.push(Recorded {
            method: method.clone(),
            path: raw_path.clone(),
            query: query.clone(),
            headers: parts
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_string(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: body.clone(),
        });
    }
    if let Some(version) = batch_version(&parts.method, &raw_path) {
        let scripted = shared.lock().next_script(&method, &raw_path, &decoded_path);
        match scripted {
            Some(Scripted::Raw { status, headers, body }) => return raw_response(status, &headers, body),
            Some(Scripted::Delay(duration)) => tokio::time::sleep(duration).await,
            None => {}
        }
        return batch::handle(shared, version, &parts.headers, &body).await;
    }
    dispatch::respond(
        shared,
        &parts.method,
        &raw_path,
        query.as_deref(),
        &parts.headers,
        &body,
    )
    .await
}

/// `v1.0` or `beta` when the request is `POST /{version}/$batch`.
fn batch_version<'p>(method: &Method, raw_path: &'p str) -> Option<&'p str> {
    let rest = raw_path.strip_prefix('/')?;
    let (version, segment) = rest.split_once('/')?;
    (method == Method::POST
        && (is(version, "v1.0") || is(version, "beta"))
        && (segment == "$batch" || segment.eq_ignore_ascii_case("%24batch")))
    .then_some(version)
}
