//! What the directory holds: the application gallery, the instantiated applications and service
//! principals, and the provisioning logs (see `directory.rs` for their requests).

use serde_json::{json, Value};
use uuid::Uuid;

/// The first provisioning log's `activityDateTime`; each later entry is a minute after the previous.
const FIRST_ACTIVITY: &str = "2026-11-28T12:00:00Z";

pub(crate) struct Directory {
    pub(crate) templates: Vec<Value>,
    pub(crate) applications: Vec<Value>,
    pub(crate) service_principals: Vec<Value>,
    pub(crate) provisioning_logs: Vec<Value>,
}

impl Default for Directory {
    fn default() -> Directory {
        let template = |id: &str, name: &str, provisioning: &[&str], categories: &[&str]| {
            json!({
                "id": id,
                "displayName": name,
                "homePageUrl": format!("https://{}.example.com", name.to_ascii_lowercase().replace(' ', "")),
                "supportedSingleSignOnModes": ["saml", "notSupported"],
                "supportedProvisioningTypes": provisioning,
                "logoUrl": null,
                "categories": categories,
                "publisher": name,
                "description": null,
            })
        };
        Directory {
            templates: vec![
                // The id the docs use for a non-gallery ("custom") application.
                template("8adf8e6e-67b2-4cf2-a259-e3dc5476c621", "Custom", &[], &[]),
                template("00000000-0000-4000-8000-00000000a001", "Contoso HR", &["sync"], &["hr"]),
                template(
                    "00000000-0000-4000-8000-00000000a002",
                    "Contoso Sales",
                    &["sync"],
                    &["crm", "sales"],
                ),
                template(
                    "00000000-0000-4000-8000-00000000a003",
                    "Fabrikam Wiki",
                    &[],
                    &["collaboration"],
                ),
            ],
            applications: Vec::new(),
            service_principals: Vec::new(),
            provisioning_logs: Vec::new(),
        }
    }
}

impl Directory {
    /// One provisioning cycle of job `job_id` of service principal `sp` (what `start` triggers):
    /// three users created in the target system, a minute apart.
    pub(crate) fn log_cycle(&mut self, sp: &str, job_id: &str) {
        let cycle_id = Uuid::new_v4().to_string();
        let display_name = self
            .service_principals
            .iter()
            .find(|s| s["id"] == sp)
            .and_then(|s| s["displayName"].as_str())
            .unwrap_or("fake application")
            .to_string();
        let first = chrono::DateTime::parse_from_rfc3339(FIRST_ACTIVITY).expect("FIRST_ACTIVITY is RFC 3339");
        for user in 1..=3 {
            let minutes = i64::try_from(self.provisioning_logs.len()).unwrap_or(i64::MAX);
            let at = first + chrono::Duration::minutes(minutes);
            self.provisioning_logs.push(json!({
                "id": format!("{cycle_id}.{user}"),
                "activityDateTime": at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "changeId": Uuid::new_v4().to_string(),
                "cycleId": cycle_id,
                "durationInMilliseconds": 120 + user,
                "initiatedBy": {"id": "", "displayName": "Microsoft.Azure.SyncFabric", "initiatorType": "system"},
                "jobId": job_id,
                "modifiedProperties": [{"displayName": "displayName", "oldValue": null, "newValue": format!("User {user}")}],
                "provisioningAction": "create",
                "provisioningStatusInfo": {"status": "success", "errorInformation": null},
                "provisioningSteps": [],
                "servicePrincipal": {"id": sp, "displayName": display_name},
                "sourceIdentity": {"id": format!("source-{user}"), "displayName": format!("User {user}"), "identityType": "User", "details": null},
                "sourceSystem": {"id": "source", "displayName": "Azure Active Directory", "details": null},
                "targetIdentity": {"id": format!("target-{user}"), "displayName": format!("User {user}"), "identityType": "User", "details": null},
                "targetSystem": {"id": "target", "displayName": display_name, "details": null},
                "tenantId": "00000000-0000-4000-8000-0000000000aa",
            }));
        }
    }
}
