//! Jobs from templates and the plans of dry runs, from the library, against the fake on 127.0.0.1:
//! each plan's requests are the ones the real call sent (what the fake received).

use fake_graph::FakeGraph;
use msgraph_sync::{Client, PrintedRequest};
use msgraph_sync_provisioning::fleet::{self, FleetOptions, Targets};
use msgraph_sync_provisioning::job::{self, JobRef};
use msgraph_sync_provisioning::plan::Plan;
use msgraph_sync_provisioning::templates::{self, CreatedJob};
use serde_json::json;

const SP: &str = "sp-1";

fn client(fake: &FakeGraph) -> Client {
    test_support::client_builder(fake).build().unwrap()
}

/// Each request of `plan` is one the fake received, in order: method, URL, body, the request's own
/// headers, and the client's user agent.
fn assert_sent(fake: &FakeGraph, plan: &Plan) {
    let planned: Vec<&PrintedRequest> = plan.requests().collect();
    let received = fake.requests();
    assert_eq!(planned.len(), received.len(), "{plan}\n{received:?}");
    for (shown, got) in planned.iter().zip(&received) {
        let query = got.query.as_ref().map(|q| format!("?{q}")).unwrap_or_default();
        assert_eq!(shown.method, got.method);
        assert_eq!(shown.url, format!("{}{}{query}", fake.base_url(), got.path));
        assert_eq!(shown.body.as_bytes(), got.body.as_slice());
        for name in ["accept", "content-type", "user-agent"] {
            assert_eq!(shown.header(name), got.header(name), "{name}");
        }
    }
}

#[tokio::test]
async fn list_create_and_delete_send_what_their_plans_show() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let api = client.v1_0();

    let listed = templates::list_templates(&client, SP).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id.value().map(String::as_str), Some("scim"));
    assert_sent(&fake, &templates::plan_list(&api, SP).unwrap());
    fake.clear_requests();

    let created = templates::create_job(&client, SP, "scim").await.unwrap();
    assert_sent(&fake, &templates::plan_create(&api, SP, "scim").unwrap());
    assert_eq!(fake.requests()[0].body_json(), Some(json!({"templateId": "scim"})));
    let report = CreatedJob::of(SP, &created, "msgraph-sync");
    let job_id = fake.jobs(SP)[0]["id"].as_str().unwrap().to_string();
    assert_eq!(report.job_id.as_deref(), Some(job_id.as_str()));
    assert_eq!(report.schedule_state.as_deref(), Some("Disabled"));
    assert!(report.disabled);
    assert!(report
        .next_steps
        .contains(&format!("msgraph-sync job start -s {SP} -j {job_id}")));
    fake.clear_requests();

    let job = JobRef::new(SP, &job_id);
    templates::delete_job(&client, &job).await.unwrap();
    assert_sent(&fake, &templates::plan_delete(&api, &job).unwrap());
    assert!(fake.jobs(SP).is_empty());
    let missing = templates::delete_job(&client, &job).await.unwrap_err();
    assert!(missing.to_string().contains("does not exist"), "{missing}");
}

#[tokio::test]
async fn a_job_found_by_template_is_planned_with_a_placeholder() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    fake.create_job(SP, "scim");
    job::find_job(&client, SP, Some("scim")).await.unwrap();
    let (plan, found) = job::plan_find_job(&client.v1_0(), SP, Some("scim")).unwrap();
    assert_sent(&fake, &plan);
    let start = job::plan_request(&found.requests(&client.v1_0()).start()).unwrap();
    let shown = start.requests().next().unwrap();
    assert!(
        shown
            .url
            .ends_with("/jobs/<id of the job picked from the listing above>/microsoft.graph.start"),
        "{}",
        shown.url
    );
}

#[tokio::test]
async fn fleet_status_sends_the_batches_its_plan_shows() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let ids: Vec<String> = (0..23).map(|i| format!("sp-{i}")).collect();
    let targets = Targets::Ids(ids);
    // One $batch at a time, so they arrive in the plan's order.
    let options = FleetOptions {
        concurrency: 1,
        batch: true,
    };
    fleet::fleet_status(&client, &targets, options).await.unwrap();
    let plan = fleet::plan(&client.v1_0(), &fake.base_url(), &targets, options).unwrap();
    assert_eq!(plan.requests().count(), 2, "{plan}");
    assert_sent(&fake, &plan);
}
