//! `GET …/servicePrincipals/{sp}/synchronization/templates`: the synchronization templates a
//! service principal offers (by default one, `scim`, as a non-gallery SCIM app has; set per
//! service principal with `FakeGraph::set_sync_templates`).

use std::collections::HashMap;

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::reply::Reply;

/// The application id the default template names.
const APPLICATION_ID: &str = "8adf8e6e-67b2-4cf2-a259-e3dc5476c621";

#[derive(Default)]
pub(super) struct SyncTemplates {
    by_service_principal: HashMap<String, Vec<Value>>,
}

impl SyncTemplates {
    pub(super) fn set(&mut self, sp: &str, templates: Vec<Value>) {
        self.by_service_principal.insert(sp.to_string(), templates);
    }

    fn of(&self, sp: &str) -> Vec<Value> {
        self.by_service_principal.get(sp).cloned().unwrap_or_else(|| {
            vec![json!({
                "id": "scim",
                "applicationId": APPLICATION_ID,
                "default": true,
                "description": "SCIM 2.0 provisioning to an application",
                "discoverable": true,
                "factoryTag": "scim",
                "metadata": [],
            })]
        })
    }

    /// The listing, one page (a service principal offers a template or a few).
    pub(super) fn list(&self, base_url: &str, version: &str, sp: &str, sp_raw: &str) -> Reply {
        Reply::Json(
            StatusCode::OK,
            json!({
                "@odata.context": format!("{base_url}/{version}/$metadata#servicePrincipals('{sp_raw}')/synchronization/templates"),
                "value": self.of(sp),
            }),
        )
    }
}
