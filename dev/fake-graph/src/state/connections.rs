//! The object connections every job stores (see `connections.rs` for their requests).

use std::collections::HashMap;

/// One stored association.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectConnection {
    pub source_anchor: String,
    pub target_anchor: String,
    pub display_name: Option<String>,
    pub object_type_name: String,
}

/// The connections of every job, by (service principal, job id).
#[derive(Default)]
pub(crate) struct Connections {
    by_job: HashMap<(String, String), Vec<ObjectConnection>>,
}

impl Connections {
    pub(crate) fn of(&mut self, sp: &str, job_id: &str) -> &mut Vec<ObjectConnection> {
        self.by_job.entry((sp.to_string(), job_id.to_string())).or_default()
    }

    /// The connection `object_id` names: as a source anchor first, then as a target anchor.
    pub(crate) fn find(&mut self, sp: &str, job_id: &str, object_id: &str) -> Option<usize> {
        let list = self.of(sp, job_id);
        list.iter()
            .position(|c| c.source_anchor == object_id)
            .or_else(|| list.iter().position(|c| c.target_anchor == object_id))
    }
}
