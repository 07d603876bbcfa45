//! Fleet status end to end against the fake service on 127.0.0.1.

use fake_graph::{FakeGraph, Scripted};
use msgraph_sync::client::RetryPolicy;
use msgraph_sync::v1_0::InstantiateRequestBody;
use msgraph_sync::{Client, Maybe};
use msgraph_sync_provisioning::fleet::{fleet_status, FleetOptions, JobState, Targets};
use serde_json::json;
use std::time::Duration;
use test_support::client_builder;

fn client(fake: &FakeGraph) -> Client {
    client_builder(fake)
        .retry(RetryPolicy {
            max_attempts: 4,
            max_total_wait: Duration::from_secs(10),
            base_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(50),
        })
        .build()
        .unwrap()
}

fn job(fake: &FakeGraph, sp: &str, id: &str, state: &str) {
    fake.insert_job(
        sp,
        json!({"id": id, "templateId": "scim", "schedule": {"state": state}, "status": {"code": state, "quarantine": null}}),
    );
}

/// 30 principals: 26 with an Active job, one Paused, one quarantined, one with two jobs (two
/// pages), one without jobs.
fn fleet(fake: &FakeGraph) -> Vec<String> {
    let ids: Vec<String> = (0..30).map(|i| format!("sp-{i:02}")).collect();
    for (i, sp) in ids.iter().enumerate() {
        match i {
            3 => job(fake, sp, "paused", "Paused"),
            7 => {
                job(fake, sp, "q", "Active");
                fake.quarantine_job(sp, "q", "EncounteredQuarantineException");
            }
            11 => {
                job(fake, sp, "first", "Active");
                job(fake, sp, "second", "Active");
                fake.quarantine_job(sp, "second", "TooManyDeletes");
            }
            29 => {}
            _ => job(fake, sp, "active", "Active"),
        }
    }
    ids
}

#[tokio::test]
async fn batched_and_concurrent_runs_agree() {
    let fake = FakeGraph::start().await;
    fake.set_page_size(1);
    let ids = fleet(&fake);
    let client = client(&fake);
    let batched = fleet_status(&client, &Targets::Ids(ids.clone()), FleetOptions::default())
        .await
        .unwrap();
    let s = &batched.summary;
    assert_eq!((s.active, s.paused, s.not_configured, s.errors), (27, 1, 1, 0));
    assert_eq!(
        s.quarantine.iter().map(|(k, v)| (k.as_str(), *v)).collect::<Vec<_>>(),
        vec![("EncounteredQuarantineException", 1), ("TooManyDeletes", 1)]
    );
    assert_eq!(
        batched.service_principals[7].jobs[0].state,
        JobState::Quarantine {
            reason: Some("EncounteredQuarantineException".into())
        }
    );
    // 30 listings in two $batch requests; the principal with a second page listed alone.
    let requests = fake.requests();
    let batches = requests.iter().filter(|r| r.path == "/v1.0/$batch").count();
    assert_eq!(batches, 2);
    assert_eq!(fake.batch_items().len(), 30);
    assert_eq!(
        requests.len(),
        2 + 2,
        "{:?}",
        requests.iter().map(|r| &r.path).collect::<Vec<_>>()
    );

    fake.clear_requests();
    let alone = fleet_status(
        &client,
        &Targets::Ids(ids),
        FleetOptions {
            concurrency: 8,
            batch: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(alone, batched);
    assert_eq!(fake.requests().len(), 31);
}

#[tokio::test]
async fn principals_from_a_filter_and_errors_per_principal() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let api = client.v1_0();
    for name in ["Fleet HR", "Fleet Payroll", "Other"] {
        let body = InstantiateRequestBody {
            display_name: Maybe::Value(name.into()),
            ..Default::default()
        };
        client
            .send(
                &api.application_templates()
                    .item("8adf8e6e-67b2-4cf2-a259-e3dc5476c621")
                    .instantiate(&body),
            )
            .await
            .unwrap();
    }
    let principals = fake.service_principals();
    let hr = principals[0]["id"].as_str().unwrap().to_string();
    let payroll = principals[1]["id"].as_str().unwrap().to_string();
    job(&fake, &hr, "hr-job", "Active");
    // Payroll's listing fails with a Graph error (403: not retried).
    fake.script(
        "GET",
        &format!("{payroll}/synchronization/jobs"),
        vec![Scripted::error(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges.",
        )],
    );
    let report = fleet_status(
        &client,
        &Targets::Filter("startswith(displayName,'Fleet')".into()),
        FleetOptions::default(),
    )
    .await
    .unwrap();
    let ids: Vec<&str> = report
        .service_principals
        .iter()
        .map(|p| p.service_principal_id.as_str())
        .collect();
    assert_eq!(ids, vec![hr.as_str(), payroll.as_str()]);
    assert_eq!(report.summary.active, 1);
    assert_eq!(report.summary.errors, 1);
    assert!(report.service_principals[1]
        .error
        .as_deref()
        .unwrap()
        .contains("Insufficient privileges"));
    let listing = &fake.requests()[3];
    assert_eq!(listing.path, "/v1.0/servicePrincipals");
    assert!(listing.query.as_deref().unwrap().contains("startswith"));
}
