//! What the fake remembers: the jobs of each service principal, the requests received, the scripts
//! queued, and each feature's own state; shared by every connection behind one lock.

pub(crate) mod bulk;
pub(crate) mod connections;
pub(crate) mod directory;

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};

use serde_json::{json, Value};
use uuid::Uuid;

use crate::idle::InFlight;
use crate::latency::Latency;
use crate::lifecycle::Lifecycle;
use crate::recorded::Recorded;
use crate::scripted::Scripted;
use crate::templates::SyncTemplates;
use crate::throttle::TokenBucket;
use bulk::BulkState;
use connections::Connections;
use directory::Directory;

pub(crate) struct Shared {
    pub(crate) base_url: String,
    state: Mutex<State>,
    pub(crate) in_flight: InFlight,
}

impl Shared {
    pub(crate) fn new(base_url: String) -> Shared {
        Shared {
            base_url,
            state: Mutex::new(State::default()),
            in_flight: InFlight::default(),
        }
    }

    /// Locks the state; a panic in another holder does not poison it for the test.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

pub(crate) struct State {
    pub(crate) page_size: usize,
    pub(crate) requests: Vec<Recorded>,
    pub(crate) principals: HashMap<String, Principal>,
    pub(crate) directory: Directory,
    pub(crate) lifecycle: Lifecycle,
    pub(crate) bulk: BulkState,
    pub(crate) sync_templates: SyncTemplates,
    scripts: Vec<Script>,
    /// `$batch` items as dispatched (see batch.rs).
    pub(crate) batch_items: Vec<Recorded>,
    /// The tenant's token bucket, when set (see throttle.rs).
    pub(crate) throttle: Option<TokenBucket>,
    /// When each of `requests` arrived.
    pub(crate) arrivals: Vec<std::time::Instant>,
    /// Simulated round trips (see latency.rs).
    pub(crate) latency: Option<Latency>,
    pub(crate) connections: Connections,
}

impl Default for State {
    fn default() -> State {
        State {
            page_size: 2,
            requests: Vec::new(),
            principals: HashMap::new(),
            directory: Directory::default(),
            lifecycle: Lifecycle::default(),
            bulk: BulkState::default(),
            sync_templates: SyncTemplates::default(),
            scripts: Vec::new(),
            batch_items: Vec::new(),
            throttle: None,
            arrivals: Vec::new(),
            latency: None,
            connections: Default::default(),
        }
    }
}

#[derive(Default)]
pub(crate) struct Principal {
    pub(crate) jobs: Vec<Job>,
    pub(crate) secrets: Vec<Value>,
}

pub(crate) struct Job {
    pub(crate) value: Value,
    pub(crate) active_gets: u32,
    pub(crate) schema: Option<Value>,
}

struct Script {
    method: String,
    suffix: String,
    queue: VecDeque<Scripted>,
}

impl State {
    pub(crate) fn add_script(&mut self, method: &str, suffix: &str, responses: Vec<Scripted>) {
        match self
            .scripts
            .iter_mut()
            .find(|s| s.method.eq_ignore_ascii_case(method) && s.suffix == suffix)
        {
            Some(script) => script.queue.extend(responses),
            None => self.scripts.push(Script {
                method: method.to_string(),
                suffix: suffix.to_string(),
                queue: responses.into(),
            }),
        }
    }

    pub(crate) fn next_script(&mut self, method: &str, raw_path: &str, decoded_path: &str) -> Option<Scripted> {
        let script = self.scripts.iter_mut().find(|s| {
            !s.queue.is_empty()
                && s.method.eq_ignore_ascii_case(method)
                && (raw_path.ends_with(&s.suffix) || decoded_path.ends_with(&s.suffix))
        })?;
        script.queue.pop_front()
    }

    /// A new job from `template_id` under `sp`, stored as the service stores a created job.
    pub(crate) fn create_job(&mut self, sp: &str, template_id: &str) -> Value {
        let job = json!({
            "id": format!("{template_id}.{}", Uuid::new_v4().simple()),
            "templateId": template_id,
            "schedule": {"expiration": null, "interval": "PT40M", "state": "Disabled"},
            "status": {
                "code": "NotRun",
                "countSuccessiveCompleteFailures": 0,
                "escrowsPruned": false,
                "quarantine": null,
                "lastExecution": null,
                "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z",
                "steadyStateLastAchievedTime": "0001-01-01T00:00:00Z",
                "troubleshootingUrl": null,
                "synchronizedEntryCountByType": [],
                "progress": [],
            },
            "synchronizationJobSettings": [],
        });
        self.insert_job(sp, job.clone());
        job
    }

    pub(crate) fn insert_job(&mut self, sp: &str, value: Value) {
        let principal = self.principals.entry(sp.to_string()).or_default();
        principal.jobs.push(Job {
            value,
            active_gets: 0,
            schema: None,
        });
    }

    /// Applies `change` to a stored job; false when there is no such job.
    pub(crate) fn update_job(&mut self, sp: &str, job_id: &str, change: impl FnOnce(&mut Value)) -> bool {
        self.job_mut(sp, job_id).map(|job| change(&mut job.value)).is_some()
    }

    pub(crate) fn job_mut(&mut self, sp: &str, job_id: &str) -> Option<&mut Job> {
        self.principals
            .get_mut(sp)?
            .jobs
            .iter_mut()
            .find(|j| j.value["id"] == job_id)
    }
}
