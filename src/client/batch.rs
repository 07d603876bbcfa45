//! JSON batching (`POST /{version}/$batch`): any builder request becomes an item (method, URL
//! relative to the API version, headers, body: JSON as JSON, anything else base64), items are
//! sent in chunks of at most [`MAX_BATCH_REQUESTS`] (an item and everything it depends on stay
//! in one chunk), and each item's response is decoded with the operation's own response kind.
//!
//! Items answered 429/503/504 inside a successful batch response are sent again, alone in a new
//! batch, under the same rules and bounds as single requests (a POST or PATCH only on 429 or on
//! 503 with `Retry-After`, unless marked idempotent), after the longest `Retry-After` among them.

use super::error::{BatchError, Error};
use super::limits::MAX_BATCH_REQUESTS;
use super::response::Response;
use super::retry::{self, RetryPolicy, RETRY_ATTEMPT_HEADER};
use super::send::Client;
use super::throttle;
use crate::request::Request;
use crate::response::ResponseKind;
use base64::Engine;
use futures_util::stream::{self, StreamExt};
use serde_json::value::RawValue;
use std::collections::{BTreeMap, HashMap};
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

/// A request added to a [`Batch`]; read its result with [`BatchResponses::get`].
#[derive(Debug)]
pub struct BatchKey<R> {
    index: usize,
    id: String,
    _kind: PhantomData<fn() -> R>,
}

impl<R> Clone for BatchKey<R> {
    fn clone(&self) -> Self {
        BatchKey {
            index: self.index,
            id: self.id.clone(),
            _kind: PhantomData,
        }
    }
}

impl<R> BatchKey<R> {
    /// The item's `id` in the batch (what `depends_on` names).
    pub fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug)]
struct Item {
    id: String,
    request: http::Request<Vec<u8>>,
    depends_on: Vec<usize>,
}

/// Requests to send as JSON batches (sans-IO until [`Client::send_batch`]).
#[derive(Debug, Default)]
pub struct Batch {
    items: Vec<Item>,
    ids: HashMap<String, usize>,
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// Adds a request; its id is its position, from `"1"`.
    pub fn add<R: ResponseKind, Q>(&mut self, request: &Request<R, Q>) -> Result<BatchKey<R>, Error> {
        self.add_after(request, &[])
    }

    /// Adds a request that Graph runs only after the items `depends_on` (ids of earlier items)
    /// succeeded; otherwise it answers this one `424 Failed Dependency`.
    pub fn add_after<R: ResponseKind, Q>(
        &mut self,
        request: &Request<R, Q>,
        depends_on: &[&str],
    ) -> Result<BatchKey<R>, Error> {
        let built = request.build()?;
        let index = self.items.len();
        let id = (index + 1).to_string();
        let depends_on = depends_on
            .iter()
            .map(|dep| {
                self.ids
                    .get(*dep)
                    .copied()
                    .ok_or_else(|| BatchError::UnknownDependency {
                        id: id.clone(),
                        depends_on: dep.to_string(),
                    })
            })
            .collect::<Result<Vec<usize>, BatchError>>()?;
        self.ids.insert(id.clone(), index);
        self.items.push(Item {
            id: id.clone(),
            request: built,
            depends_on,
        });
        Ok(BatchKey {
            index,
            id,
            _kind: PhantomData,
        })
    }

    /// Gives the item of `key` its own retry policy (else the sending handle's applies), as a
    /// [`RetryPolicy`] in a request's extensions does for [`Client::execute`].
    pub fn set_retry_policy<R>(&mut self, key: &BatchKey<R>, policy: RetryPolicy) {
        if let Some(item) = self.items.get_mut(key.index) {
            item.request.extensions_mut().insert(policy);
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// What one item got.
#[derive(Debug)]
enum Outcome {
    Answered {
        response: http::Response<Vec<u8>>,
        attempts: u32,
    },
    Failed(BatchError),
}

/// The answers to a [`Batch`], by item.
#[derive(Debug)]
pub struct BatchResponses {
    outcomes: Vec<Outcome>,
    /// `$batch` requests sent (retries included).
    batch_requests: u32,
}

impl BatchResponses {
    /// The item's response decoded as sending it alone would: its output, or the same errors
    /// (`Error::Graph` for a non-2XX item, with the attempts made for it).
    pub fn get<R: ResponseKind>(&self, key: &BatchKey<R>) -> Result<R::Output, Error> {
        self.get_with_headers(key).map(Response::into_value)
    }

    /// [`get`](Self::get) with the item's status and headers.
    pub fn get_with_headers<R: ResponseKind>(&self, key: &BatchKey<R>) -> Result<Response<R::Output>, Error> {
        match &self.outcomes[key.index] {
            Outcome::Answered { response, attempts } => Response::parse::<R>(clone_response(response), *attempts),
            Outcome::Failed(error) => Err(Error::Batch(clone_error(error))),
        }
    }

    /// The item's response as received (body decoded from base64 where the batch encoded it).
    pub fn raw<R>(&self, key: &BatchKey<R>) -> Option<&http::Response<Vec<u8>>> {
        match &self.outcomes[key.index] {
            Outcome::Answered { response, .. } => Some(response),
            Outcome::Failed(_) => None,
        }
    }

    /// How many `$batch` requests were sent, item retries included.
    pub fn batch_requests(&self) -> u32 {
        self.batch_requests
    }
}

fn clone_response(response: &http::Response<Vec<u8>>) -> http::Response<Vec<u8>> {
    let mut copy = http::Response::new(response.body().clone());
    *copy.status_mut() = response.status();
    *copy.headers_mut() = response.headers().clone();
    copy
}

fn clone_error(error: &BatchError) -> BatchError {
    match error {
        BatchError::Missing { id } => BatchError::Missing { id: id.clone() },
        BatchError::Malformed { message } => BatchError::Malformed {
            message: message.clone(),
        },
        BatchError::Chunk(error) => BatchError::Chunk(error.clone()),
        other => BatchError::Malformed {
            message: other.to_string(),
        },
    }
}

/// `/v1.0/` and `/servicePrincipals/…?…` of an item's absolute URL under the client's root.
fn split_version<'u>(root: &str, url: &'u http::Uri) -> Option<(&'u str, String)> {
    let path = url.path().strip_prefix(root)?;
    let (version, rest) = path.split_once('/')?;
    let mut relative = format!("/{rest}");
    if let Some(query) = url.query() {
        relative.push('?');
        relative.push_str(query);
    }
    Some((version, relative))
}

/// Groups item indices into chunks of at most 20, each chunk one API version, items that
/// depend on one another (transitively) together, in the order added.
fn chunks(batch: &Batch, root: &str) -> Result<Vec<(String, Vec<usize>)>, Error> {
    let n = batch.items.len();
    // Union-find over dependsOn: each group must travel in one $batch.
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, item) in batch.items.iter().enumerate() {
        for &dep in &item.depends_on {
            let (a, b) = (find(&mut parent, i), find(&mut parent, dep));
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let group = find(&mut parent, i);
        groups.entry(group).or_default().push(i);
    }
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    let mut open: HashMap<String, usize> = HashMap::new();
    for members in groups.into_values() {
        let first = &batch.items[members[0]];
        if members.len() > MAX_BATCH_REQUESTS {
            return Err(BatchError::DependencyGroupTooLarge {
                id: first.id.clone(),
                size: members.len(),
            }
            .into());
        }
        let version_of = |item: &Item| {
            split_version(root, item.request.uri())
                .map(|(v, _)| v.to_string())
                .ok_or_else(|| Error::OutsideRoot {
                    url: item.request.uri().to_string(),
                    root: root.to_string(),
                })
        };
        let version = version_of(first)?;
        for &m in &members {
            let item = &batch.items[m];
            let v = version_of(item)?;
            if v != version {
                return Err(BatchError::MixedVersions {
                    id: item.id.clone(),
                    version: v,
                }
                .into());
            }
        }
        let slot = match open.get(&version) {
            Some(&slot) if out[slot].1.len() + members.len() <= MAX_BATCH_REQUESTS => slot,
            _ => {
                out.push((version.clone(), Vec::new()));
                open.insert(version.clone(), out.len() - 1);
                out.len() - 1
            }
        };
        out[slot].1.extend(members);
    }
    for (_, members) in &mut out {
        members.sort_unstable();
    }
    Ok(out)
}

fn is_json_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// One item of the `$batch` request body, and its JSON body to splice in as raw text.
fn item_json<'i>(
    item: &'i Item,
    root: &str,
    attempt: u32,
    depends_on: &[&str],
) -> Result<(serde_json::Value, Option<&'i [u8]>), Error> {
    let request = &item.request;
    let (_, url) = split_version(root, request.uri()).ok_or_else(|| Error::OutsideRoot {
        url: request.uri().to_string(),
        root: root.to_string(),
    })?;
    let mut headers = serde_json::Map::new();
    for (name, value) in request.headers() {
        let value = value
            .to_str()
            .map_err(|_| crate::request::BuildError::Header(name.to_string()))?;
        // Repeated headers fold into one, as HTTP allows for list-valued fields.
        match headers.get_mut(name.as_str()) {
            Some(serde_json::Value::String(existing)) => {
                existing.push_str(", ");
                existing.push_str(value);
            }
            _ => {
                headers.insert(name.as_str().to_string(), value.into());
            }
        }
    }
    if attempt > 1 {
        headers.insert(RETRY_ATTEMPT_HEADER.to_string(), (attempt - 1).to_string().into());
    }
    let mut json = serde_json::json!({
        "id": item.id,
        "method": request.method().as_str(),
        "url": url,
    });
    if !headers.is_empty() {
        json["headers"] = headers.into();
    }
    if !depends_on.is_empty() {
        json["dependsOn"] = depends_on.into();
    }
    let mut raw_json = None;
    if !request.body().is_empty() {
        let content_type = request
            .headers()
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if is_json_type(content_type) {
            // Embedded byte for byte as sent alone: parsed only to check that it is JSON.
            serde_json::from_slice::<&RawValue>(request.body()).map_err(|e| BatchError::Body {
                id: item.id.clone(),
                message: e.to_string(),
            })?;
            raw_json = Some(request.body().as_slice());
        } else {
            json["body"] = base64::engine::general_purpose::STANDARD.encode(request.body()).into();
        }
    }
    Ok((json, raw_json))
}

/// The `$batch` request body, written with item bodies byte for byte as sent alone.
fn batch_body(items: Vec<(serde_json::Value, Option<&[u8]>)>) -> Vec<u8> {
    // serde_json::Value would re-encode numbers; JSON bodies are spliced in as raw text.
    let mut out = b"{\"requests\":[".to_vec();
    for (i, (json, raw_body)) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match raw_body {
            Some(body) => {
                let mut text = json.to_string().into_bytes();
                text.pop(); // the closing brace
                if text.len() > 1 {
                    text.push(b',');
                }
                text.extend_from_slice(b"\"body\":");
                text.extend_from_slice(body);
                text.push(b'}');
                out.extend(text);
            }
            None => out.extend(json.to_string().into_bytes()),
        }
    }
    out.extend_from_slice(b"]}");
    out
}

/// Parses a `$batch` response into item responses by id.
/// Each item's response by id. Only an envelope that is not Graph's shape fails every item; an
/// item answer that does not decode fails that item alone (the others may be POSTs the service ran),
/// and one without a string id answers nothing.
type ItemResponses = HashMap<String, Result<http::Response<Vec<u8>>, BatchError>>;

fn parse_batch_response(body: &[u8]) -> Result<ItemResponses, BatchError> {
    let malformed = |message: String| BatchError::Malformed { message };
    let envelope: BTreeMap<String, Box<RawValue>> =
        serde_json::from_slice(body).map_err(|e| malformed(e.to_string()))?;
    let responses = envelope
        .get("responses")
        .ok_or_else(|| malformed("no \"responses\" array".into()))?;
    let responses: Vec<Box<RawValue>> =
        serde_json::from_str(responses.get()).map_err(|e| malformed(format!("responses: {e}")))?;
    let mut out = HashMap::new();
    for (i, item) in responses.iter().enumerate() {
        let Ok(item) = serde_json::from_str::<BTreeMap<String, Box<RawValue>>>(item.get()) else {
            continue;
        };
        let Some(id) = item
            .get("id")
            .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
        else {
            continue;
        };
        let parsed = parse_item(i, &id, &item);
        // A repeated id: the first answer stands, a later one cannot replace it.
        out.entry(id).or_insert(parsed);
    }
    Ok(out)
}

fn parse_item(
    i: usize,
    id: &str,
    item: &BTreeMap<String, Box<RawValue>>,
) -> Result<http::Response<Vec<u8>>, BatchError> {
    let malformed = |message: String| BatchError::Malformed { message };
    let field = |name: &str| item.get(name).map(|raw| raw.get());
    let status: u16 = field("status")
        .and_then(|raw| serde_json::from_str(raw).ok())
        .ok_or_else(|| malformed(format!("responses[{i}] (id {id:?}): no status")))?;
    let headers: BTreeMap<String, serde_json::Value> = match field("headers") {
        Some(raw) => serde_json::from_str(raw).map_err(|e| malformed(format!("responses[{i}].headers: {e}")))?,
        None => BTreeMap::new(),
    };
    let mut response = http::Response::new(Vec::new());
    *response.status_mut() = http::StatusCode::from_u16(status)
        .map_err(|_| malformed(format!("responses[{i}] (id {id:?}): status {status}")))?;
    let mut content_type = String::new();
    for (name, value) in headers {
        let value = match value {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        if name.eq_ignore_ascii_case("content-type") {
            content_type = value.clone();
        }
        let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(name.as_bytes()),
            http::HeaderValue::from_str(&value),
        ) else {
            return Err(malformed(format!("responses[{i}] (id {id:?}): header {name:?}")));
        };
        response.headers_mut().append(name, value);
    }
    *response.body_mut() = match field("body") {
        None | Some("null") => Vec::new(),
        Some(raw) if is_json_type(&content_type) => raw.as_bytes().to_vec(),
        // Graph base64-encodes bodies that are not JSON (a `$count`'s text, `$value` bytes).
        Some(raw) => match serde_json::from_str::<String>(raw) {
            Ok(text) => base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .unwrap_or_else(|_| text.into_bytes()),
            Err(_) => raw.as_bytes().to_vec(),
        },
    };
    Ok(response)
}

fn is_idempotent_item(request: &http::Request<Vec<u8>>) -> bool {
    retry::is_idempotent(request)
}

impl Client {
    /// Sends `batch` as `$batch` requests of at most 20 items, one after the other.
    pub async fn send_batch(&self, batch: &Batch) -> Result<BatchResponses, Error> {
        self.send_batch_concurrent(batch, 1).await
    }

    /// Sends `batch` with up to `limit` `$batch` requests in flight. Errors here are about the
    /// batch as a whole (it cannot be split, an item leaves the Graph root); what happened to
    /// each item is in the [`BatchResponses`].
    pub async fn send_batch_concurrent(&self, batch: &Batch, limit: usize) -> Result<BatchResponses, Error> {
        let config = &self.inner.config;
        for item in &batch.items {
            config.check_request(&item.request)?;
        }
        let chunks = chunks(batch, &config.root)?;
        let mut outcomes: Vec<Option<Outcome>> = batch.items.iter().map(|_| None).collect();
        let mut batch_requests = 0;
        let results: Vec<Vec<(usize, Outcome)>> = stream::iter(chunks)
            .map(|(version, members)| self.send_chunk(batch, version, members))
            .buffer_unordered(limit.max(1))
            .map(|(results, sent)| {
                batch_requests += sent;
                results
            })
            .collect()
            .await;
        for (index, outcome) in results.into_iter().flatten() {
            outcomes[index] = Some(outcome);
        }
        Ok(BatchResponses {
            outcomes: outcomes
                .into_iter()
                .enumerate()
                .map(|(i, o)| {
                    o.unwrap_or_else(|| {
                        Outcome::Failed(BatchError::Missing {
                            id: batch.items[i].id.clone(),
                        })
                    })
                })
                .collect(),
            batch_requests,
        })
    }

    /// One chunk, with its item retries. Returns each member's outcome and the `$batch`
    /// requests sent.
    async fn send_chunk(&self, batch: &Batch, version: String, members: Vec<usize>) -> (Vec<(usize, Outcome)>, u32) {
        let config = &self.inner.config;
        // An item's own policy (in its request's extensions), else this handle's.
        let policy_of = |m: usize| {
            batch.items[m]
                .request
                .extensions()
                .get::<RetryPolicy>()
                .unwrap_or(&self.retry)
        };
        let url = format!("{}{}{version}/$batch", config.origin, config.root);
        let mut attempts: HashMap<usize, u32> = members.iter().map(|&m| (m, 1)).collect();
        let mut done: Vec<(usize, Outcome)> = Vec::new();
        let mut pending = members;
        let mut waited = Duration::ZERO;
        let mut sent = 0;
        loop {
            let in_round: std::collections::HashSet<usize> = pending.iter().copied().collect();
            let mut items = Vec::new();
            for &m in &pending {
                let item = &batch.items[m];
                // A dependency answered in an earlier round is not repeated.
                let deps: Vec<&str> = item
                    .depends_on
                    .iter()
                    .filter(|d| in_round.contains(d))
                    .map(|&d| batch.items[d].id.as_str())
                    .collect();
                match item_json(item, &config.root, attempts[&m], &deps) {
                    Ok(item) => items.push(item),
                    Err(error) => {
                        let error = Arc::new(error);
                        let failed = pending
                            .iter()
                            .map(|&m| (m, Outcome::Failed(BatchError::Chunk(error.clone()))));
                        done.extend(failed);
                        return (done, sent);
                    }
                }
            }
            let request = http::Request::post(&url)
                .header(http::header::ACCEPT, "application/json")
                .header(http::header::CONTENT_TYPE, "application/json")
                .body(batch_body(items));
            let request = match request {
                Ok(request) => request,
                Err(_) => {
                    let error = Arc::new(Error::OutsideRoot {
                        url,
                        root: config.root.clone(),
                    });
                    done.extend(
                        pending
                            .iter()
                            .map(|&m| (m, Outcome::Failed(BatchError::Chunk(error.clone())))),
                    );
                    return (done, sent);
                }
            };
            sent += 1;
            let cost = u32::try_from(pending.len()).unwrap_or(u32::MAX);
            // Graph counts each item against its own endpoint's limits.
            let endpoints: Vec<_> = pending
                .iter()
                .filter_map(|&m| self.endpoint_of(&batch.items[m].request))
                .collect();
            let answered = match self.execute_counted(request, cost, &endpoints, true).await {
                Ok((response, _, permit)) if response.status().is_success() => {
                    let parsed = parse_batch_response(response.body()).map_err(|e| Arc::new(Error::Batch(e)));
                    if let (Ok(items), Some(permit)) = (&parsed, permit) {
                        // Graph throttles items, not the batch: what they got is what the
                        // service accepted.
                        let refused = items
                            .values()
                            .filter(|r| matches!(r, Ok(r) if r.status() == http::StatusCode::TOO_MANY_REQUESTS))
                            .count();
                        let answered = throttle::Answered {
                            accepted: (items.len() - refused) as u64,
                            throttled: refused > 0,
                        };
                        self.inner.throttle.record(permit, answered);
                    }
                    parsed
                }
                Ok((response, attempts, _)) => Err(Arc::new(Error::Graph {
                    error: Box::new(crate::response::GraphError::from_response(&response)),
                    attempts,
                })),
                Err(error) => Err(Arc::new(error)),
            };
            let mut answered = match answered {
                Ok(answered) => answered,
                Err(error) => {
                    done.extend(
                        pending
                            .iter()
                            .map(|&m| (m, Outcome::Failed(BatchError::Chunk(error.clone())))),
                    );
                    return (done, sent);
                }
            };
            let mut retry: Vec<usize> = Vec::new();
            let mut delay = Duration::ZERO;
            let mut service_wait = false;
            let mut finals: Vec<(usize, http::Response<Vec<u8>>)> = Vec::new();
            for &m in &pending {
                let item = &batch.items[m];
                let response = match answered.remove(&item.id) {
                    Some(Ok(response)) => response,
                    Some(Err(error)) => {
                        done.push((m, Outcome::Failed(error)));
                        continue;
                    }
                    None => {
                        done.push((m, Outcome::Failed(BatchError::Missing { id: item.id.clone() })));
                        continue;
                    }
                };
                let after = retry::retry_after_of(&response);
                let status = response.status().as_u16();
                let wait = retry::is_retryable(status, is_idempotent_item(&item.request), after.is_some())
                    .then(|| policy_of(m).delay(attempts[&m], after, waited))
                    .flatten();
                match wait {
                    Some(wait) => {
                        service_wait |= after.is_some();
                        delay = delay.max(wait);
                        retry.push(m);
                    }
                    None => finals.push((m, response)),
                }
            }
            // An item refused only because its dependency failed (424) goes again with it.
            for (m, response) in finals {
                let item = &batch.items[m];
                let blocked = response.status() == http::StatusCode::FAILED_DEPENDENCY
                    && item.depends_on.iter().any(|d| retry.contains(d));
                if blocked {
                    retry.push(m);
                } else {
                    done.push((
                        m,
                        Outcome::Answered {
                            response,
                            attempts: attempts[&m],
                        },
                    ));
                }
            }
            if retry.is_empty() {
                return (done, sent);
            }
            retry.sort_unstable();
            tracing::info!(items = retry.len(), ?delay, "retrying batch items");
            if service_wait {
                // Waited out at the gate of the next attempt, with every other worker.
                self.inner.throttle.hold(delay);
            } else {
                tokio::time::sleep(delay).await;
            }
            waited = waited.saturating_add(delay);
            for m in &retry {
                if let Some(a) = attempts.get_mut(m) {
                    *a += 1;
                }
            }
            pending = retry;
        }
    }
}

impl Batch {
    /// The `$batch` requests [`Client::send_batch`] sends first for this batch to the Graph root
    /// `base_url` (item retries aside), without sending anything: what a dry run shows.
    pub fn requests(&self, base_url: &str) -> Result<Vec<http::Request<Vec<u8>>>, Error> {
        let config = super::Client::builder().base_url(base_url).config()?;
        let mut requests = Vec::new();
        for (version, members) in chunks(self, &config.root)? {
            let in_chunk: std::collections::HashSet<usize> = members.iter().copied().collect();
            let mut items = Vec::new();
            for &m in &members {
                let item = &self.items[m];
                let deps: Vec<&str> = item
                    .depends_on
                    .iter()
                    .filter(|d| in_chunk.contains(d))
                    .map(|&d| self.items[d].id.as_str())
                    .collect();
                items.push(item_json(item, &config.root, 1, &deps)?);
            }
            let url = format!("{}{}{version}/$batch", config.origin, config.root);
            let request = http::Request::post(&url)
                .header(http::header::ACCEPT, "application/json")
                .header(http::header::CONTENT_TYPE, "application/json")
                .body(batch_body(items))
                .map_err(|_| Error::OutsideRoot {
                    url,
                    root: config.root.clone(),
                })?;
            requests.push(request);
        }
        Ok(requests)
    }
}
