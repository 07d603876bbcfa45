//! A small, stateful fake of the Microsoft Graph synchronization service, for end-to-end tests of the HTTP client.
//!
//! Served by axum on `127.0.0.1` with an OS-assigned port (and nowhere else); it stops when the [`FakeGraph`] is
//! dropped. Each instance has its own state. Both the `/v1.0/...` and `/beta/...` prefixes are served, with the
//! same behaviour.
//!
//! Normal behaviour (`{sp}` is any service principal id; jobs are kept per service principal):
//!
//! | request | response |
//! | --- | --- |
//! | `POST .../servicePrincipals/{sp}/synchronization/jobs` `{"templateId": "t"}` | 201, the new job (id `t.<32 hex>`) |
//! | `GET .../jobs` (`?$skiptoken=N`) | 200 `{"@odata.context", "value", "@odata.nextLink"?}`, pages of `page_size` (2) |
//! | `GET .../jobs/$count` | 200 `text/plain`, the number of jobs |
//! | `GET .../jobs/{id}` | 200 the job; the 2nd and later GETs of an Active job show a steady state ([`FakeGraph::set_gets_to_steady_state`]; never while quarantined) |
//! | `DELETE .../jobs/{id}` | 204 |
//! | `GET .../synchronization/templates` | 200 `{"@odata.context", "value"}`: the templates of [`FakeGraph::set_sync_templates`], by default one (`scim`) |
//! | `POST .../jobs/{id}/start`, `pause`, `restart` (also `microsoft.graph.*`) | 204; `start` lifts a quarantine ([`FakeGraph::quarantine`]) |
//! | `POST .../jobs/{id}/restart` `{"criteria": {"resetScope"}}` | 204, the scope honoured: `QuarantineState` lifts a quarantine, `Escrows` zeroes the failure count, `Watermark` forgets the steady state; absent or empty is the admin center's default (all three), `Full` all; an unknown member 400 |
//! | `POST .../jobs/{id}/provisionOnDemand` | 200, as the docs' example: `key` and `value` are strings carrying JSON (`{"result", "details"}`; action, modifiedProperties, provisioningSteps, statusInfo, sourceIdentity of the first subject); an object id starting `missing` fails; past 5 per 10 s (sliding, [`FakeGraph::set_on_demand_limit`]) 429 with `Retry-After` |
//! | `POST .../jobs/{id}/validateCredentials` | 204 |
//! | `GET / PUT .../jobs/{id}/schema` | 200 the schema / 204 (the PUT body replaces it, attribute definitions added to a directory included); a job from an API-driven inbound template (`API2AAD`, `API2AD`) starts with a source directory `API` holding the SCIM core and enterprise User attributes (see `inbound_schema.rs`) |
//! | `PATCH .../jobs/{id}/schema` | 404 `No HTTP resource was found that matches the request URI 'https://syncfabric…/schema?api-version=2.0'`, as the real backend answers |
//! | `POST .../jobs/{id}/schema/parseExpression` | 200, a parse result echoing `expression`; unbalanced brackets, parentheses or quotes: `parsingSucceeded: false` and an `InvalidExpression` error |
//! | `PUT .../synchronization/secrets` `{"value": [...]}` | 204 (stored; see [`FakeGraph::secrets`]) |
//! | `GET .../applicationTemplates`, `.../{id}` | the gallery (4 templates, one the docs' "custom" `8adf8e6e-…`) |
//! | `POST .../applicationTemplates/{id}/instantiate` `{"displayName"}` | 201 `{application, servicePrincipal}`, both stored |
//! | `GET .../servicePrincipals`, `.../{id}`, `.../servicePrincipals(appId='…')` | the instantiated service principals, each visible (here and under `.../synchronization`) only after the replication lag ([`FakeGraph::set_replication_lag`], default none); before, 404 |
//! | `GET .../auditLogs/provisioning` (beta also `directoryProvisioning`), `.../{id}`, `.../$count` | the provisioning logs: each `start` of a job logs a cycle of 3 entries, a minute apart; each bulk-uploaded operation one entry. At most 5 requests in any 10 s ([`FakeGraph::set_reports_limit`]), beyond: 429 `TooManyRequests` with `Retry-After` |
//! | `POST /v1.0/$batch` (and `/beta/$batch`) `{"requests": [...]}` | 200 `{"responses": [...]}`: each item dispatched to the routes of this table (scripts, throttle and authentication with the batch's token included) in order, `dependsOn` first, 424 when a dependency failed; JSON bodies as JSON, others base64 both ways; more than 20 items, repeated ids or an unknown `dependsOn` are a 400 (see [`FakeGraph::batch_items`]) |
//! | `POST .../jobs/{id}/bulkUpload` | `Content-Type` not `application/scim+json`, or not a SCIM BulkRequest: 400 `Invalid Data Format`; more than 50 `Operations`: 400; beyond 40 requests in any 1 s ([`FakeGraph::set_bulk_upload_limit`]): 429 with `Retry-After`; else 202, no body, `Location: …/auditLogs/provisioning/?$filter=jobid%20eq%20'{job}'`, and one provisioning-log entry per operation (`sourceIdentity.id` = the record's `externalId`; outcome per [`FakeGraph::set_bulk_outcome`], default success) |
//! | `GET / DELETE …/jobs/{id}/objectConnections('{objectId}')` (beta) | see `connections.rs`: lookup as source then target anchor, 404 none, 400 on listing, 409 on DELETE while the job is Active, else an idempotent 204 ([`FakeGraph::insert_object_connection`]) |
//! | anything else | 404 OData error |
//!
//! Collections beyond synchronization take `$filter` (`eq`, `ne`, `gt`, `ge`, `lt`, `le` and `startswith`
//! joined by `and`: `appId eq '…'`, `startswith(displayName,'Con')`, `jobId eq '…' and activityDateTime ge
//! 2026-11-28T12:01:00Z`; property names ignore case, as Graph's do; anything else is a 400), `$top`, `$skiptoken` paging (`@odata.nextLink` repeats the
//! query) and `$count=true`.
//!
//! Unknown jobs give 404 `Request_ResourceNotFound`, malformed bodies 400 `BadRequest`, and a missing or wrong
//! `Authorization: Bearer test-token` 401 `InvalidAuthenticationToken`, all with an OData error body
//! `{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}`. Every normal
//! response carries `request-id` and `client-request-id` (echoing the request's, or a fresh one) headers.
//!
//! Optional tenant throttle ([`FakeGraph::set_tenant_rate_limit`]): a token bucket that every request and every
//! `$batch` item (not the `$batch` request itself, as Graph counts them) draws from; when empty, 429
//! `TooManyRequests` with `Retry-After` (whole seconds until a token is back, at least 1), `x-ms-throttle-scope` and
//! `x-ms-throttle-information`. [`FakeGraph::throttle_stats`] counts what it admitted and throttled;
//! [`FakeGraph::request_arrivals`] says when each request arrived. [`FakeGraph::insert_job`] and
//! [`FakeGraph::quarantine_job`] set up fleets without requests.
//!
//! Scripted responses ([`FakeGraph::script`]) take precedence over all of that, authentication and throttle
//! included, for `$batch` items too (a script for `GET …/jobs/j1` answers that item inside a batch); they are
//! recorded like every other request.
//!
//! [`FakeGraph::wait_idle`] waits until every request received has been answered (or dropped with
//! its client's connection), where a test would otherwise sleep for the fake to settle;
//! [`FakeGraph::peak_in_flight`] says how many requests it served at once.

mod batch;
mod bulk;
mod connections;
mod directory;
mod dispatch;
mod idle;
mod inbound_schema;
mod incoming;
mod latency;
mod lifecycle;
mod recorded;
mod reply;
mod routes;
mod scripted;
mod serve;
mod state;
mod synchronization;
mod templates;
mod throttle;
mod token;
mod wire;

pub use throttle::ThrottleStats;
pub use token::{FakeTokenEndpoint, TokenRequest};

pub use lifecycle::Quarantine;

pub use state::bulk::{AcceptedUpload, BulkOutcome};

pub use state::connections::ObjectConnection;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use state::Shared;

pub use recorded::Recorded;
pub use scripted::Scripted;

/// A running fake Graph server; dropping it stops the server.
pub struct FakeGraph {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl FakeGraph {
    /// The bearer token the server accepts (requests without `Authorization: Bearer <it>` get 401 with an OData
    /// error body).
    pub const TOKEN: &'static str = "test-token";

    /// Starts the server on 127.0.0.1:0 in the current tokio runtime; stops when dropped.
    pub async fn start() -> FakeGraph {
        FakeGraph::start_on(0).await.expect("fake_graph: bind 127.0.0.1:0")
    }

    /// Starts the server on 127.0.0.1:`port` (0: any free port) in the current tokio runtime;
    /// stops when dropped.
    pub async fn start_on(port: u16) -> std::io::Result<FakeGraph> {
        let listener = tokio::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(format!("http://{addr}")));
        let app = axum::Router::new().fallback(serve::handle).with_state(shared.clone());
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.await;
                })
                .await;
        });
        Ok(FakeGraph {
            addr,
            shared,
            shutdown: Some(shutdown),
        })
    }

    /// `"http://127.0.0.1:PORT"` (no trailing slash, no version).
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queue scripted responses for the next requests whose path ends with `path_suffix` (and method matches):
    /// they are served in order, one per matching request, before the normal behaviour resumes.
    ///
    /// The method is compared case-insensitively; the suffix is compared with the path as sent and with its
    /// percent-decoded form (so `jobs/$count` matches `jobs/%24count`); the query string is not part of the path.
    /// Calling `script` again with the same method and suffix appends to that queue. When several queues match a
    /// request, the one scripted first is used.
    pub fn script(&self, method: &str, path_suffix: &str, responses: Vec<Scripted>) {
        self.shared.lock().add_script(method, path_suffix, responses);
    }

    /// Every request received so far, in order (scripted ones included; recorded as they arrive).
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.lock().requests.clone()
    }

    /// Forgets the requests (and `$batch` items) recorded so far.
    pub fn clear_requests(&self) {
        let mut state = self.shared.lock();
        state.requests.clear();
        state.arrivals.clear();
        state.batch_items.clear();
    }

    /// Page size of `GET .../jobs` (default 2). 0 means no paging.
    pub fn set_page_size(&self, n: usize) {
        self.shared.lock().page_size = n;
    }

    /// Creates a job from `template_id` under service principal `sp`, as
    /// `POST …/synchronization/jobs` does (without recording a request); returns its id.
    pub fn create_job(&self, sp: &str, template_id: &str) -> String {
        let job = self.shared.lock().create_job(sp, template_id);
        job["id"].as_str().expect("a created job has an id").to_string()
    }

    /// The synchronization templates `GET …/servicePrincipals/{sp}/synchronization/templates` lists
    /// for `sp` (instead of the default `scim`).
    pub fn set_sync_templates(&self, sp: &str, templates: Vec<serde_json::Value>) {
        self.shared.lock().sync_templates.set(sp, templates);
    }

    /// The stored jobs of service principal `sp` (decoded id), in creation order.
    pub fn jobs(&self, sp: &str) -> Vec<serde_json::Value> {
        self.shared
            .lock()
            .principals
            .get(sp)
            .map(|p| p.jobs.iter().map(|j| j.value.clone()).collect())
            .unwrap_or_default()
    }

    /// One stored job as it is now (without the side effect of a GET).
    pub fn job(&self, sp: &str, job_id: &str) -> Option<serde_json::Value> {
        self.jobs(sp).into_iter().find(|j| j["id"] == job_id)
    }

    /// The service principals instantiated so far, in order.
    pub fn service_principals(&self) -> Vec<serde_json::Value> {
        self.shared.lock().directory.service_principals.clone()
    }

    /// The applications instantiated so far, in order.
    pub fn applications(&self) -> Vec<serde_json::Value> {
        self.shared.lock().directory.applications.clone()
    }

    /// Every provisioning log entry, in order.
    pub fn provisioning_logs(&self) -> Vec<serde_json::Value> {
        self.shared.lock().directory.provisioning_logs.clone()
    }

    /// Appends provisioning log entries as given (a long history without uploading it first).
    pub fn add_provisioning_logs(&self, entries: impl IntoIterator<Item = serde_json::Value>) {
        self.shared.lock().directory.provisioning_logs.extend(entries);
    }

    /// The secrets last PUT for service principal `sp` (the `value` array's items).
    pub fn secrets(&self, sp: &str) -> Vec<serde_json::Value> {
        self.shared
            .lock()
            .principals
            .get(sp)
            .map(|p| p.secrets.clone())
            .unwrap_or_default()
    }
}

/// API-driven inbound provisioning (`bulkUpload`) and the reports endpoint's limit.
impl FakeGraph {
    /// What the provisioning service does with the record whose `externalId` is `external_id`.
    pub fn set_bulk_outcome(&self, external_id: &str, outcome: BulkOutcome) {
        self.shared
            .lock()
            .bulk
            .outcomes
            .insert(external_id.to_string(), outcome);
    }

    /// At most `limit` bulkUpload requests in any `window` (default 40 per 5 s; 0: no limit).
    pub fn set_bulk_upload_limit(&self, limit: usize, window: Duration) {
        let mut state = self.shared.lock();
        state.bulk.uploads.limit = limit;
        state.bulk.uploads.window = window;
    }

    /// The tenant's budget of bulkUpload calls in any 24 hours (default 2,000; 0: no limit).
    pub fn set_daily_upload_budget(&self, calls: usize) {
        self.shared.lock().bulk.daily.limit = calls;
    }

    /// The users the provisioning service made from a job's records, by `externalId`: each record's
    /// attributes as last sent (so a disabled user has `"active": false`).
    pub fn provisioned_users(&self, job_id: &str) -> std::collections::BTreeMap<String, serde_json::Value> {
        self.shared.lock().bulk.users.get(job_id).cloned().unwrap_or_default()
    }

    /// How many bulkUpload requests were answered 429 for the daily budget.
    pub fn over_budget_uploads(&self) -> usize {
        self.shared.lock().bulk.daily.refused
    }

    /// At most `limit` `/auditLogs/provisioning` requests in any `window` (default 5 per 10 s; 0: no limit).
    pub fn set_reports_limit(&self, limit: usize, window: Duration) {
        let mut state = self.shared.lock();
        state.bulk.reports.limit = limit;
        state.bulk.reports.window = window;
    }

    /// Every bulk request answered 202, in order.
    pub fn accepted_uploads(&self) -> Vec<AcceptedUpload> {
        self.shared.lock().bulk.accepted.clone()
    }

    /// Whether accepted bulk bodies are kept for [`FakeGraph::accepted_uploads`] (default true;
    /// benchmarks turn it off).
    pub fn keep_accepted_uploads(&self, keep: bool) {
        self.shared.lock().bulk.keep_accepted = keep;
    }

    /// How many bulkUpload requests were answered 429.
    pub fn throttled_uploads(&self) -> usize {
        self.shared.lock().bulk.uploads.refused
    }

    /// How many `/auditLogs/provisioning` requests were answered 429.
    pub fn throttled_reports(&self) -> usize {
        self.shared.lock().bulk.reports.refused
    }
}

impl Drop for FakeGraph {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
