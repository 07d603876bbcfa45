//! Schema pushes that would lose parts of a job's schema, against the fake on 127.0.0.1 (what it
//! received), and the diff on schemas of many thousand mappings.

use std::path::Path;

use fake_graph::FakeGraph;
use msgraph_sync::Client;
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::schema::{self, PushOptions, Removal, SchemaError};
use serde_json::{json, Value};

fn client(fake: &FakeGraph) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .build()
        .expect("client")
}

fn methods(fake: &FakeGraph) -> Vec<String> {
    fake.requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path.rsplit('/').next().unwrap()))
        .collect()
}

#[tokio::test]
async fn a_push_of_an_empty_schema_is_refused_and_nothing_is_put() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = JobRef::new("sp-1", fake.create_job("sp-1", "scim"));
    let current = schema::pull(&client, &job).await.unwrap();
    let empty = schema::from_text("{}", Path::new("empty.json")).unwrap();
    fake.clear_requests();

    let error = schema::push(&client, &job, &empty, &PushOptions::default())
        .await
        .unwrap_err();
    let message = error.to_string();
    let SchemaError::Removals { removed } = error else {
        panic!("{message}")
    };
    assert!(
        removed.contains(&Removal::Rule {
            name: "USER_TO_USER".into()
        }),
        "{message}"
    );
    assert!(
        removed.contains(&Removal::Directory {
            name: "Azure Active Directory".into()
        }),
        "{message}"
    );
    assert!(
        removed.iter().any(|r| matches!(r, Removal::ObjectMapping { .. })),
        "{message}"
    );
    let mappings = current.synchronization_rules.value().unwrap()[0]
        .object_mappings
        .value()
        .unwrap()
        .iter()
        .map(|o| o.attribute_mappings.value().map_or(0, Vec::len))
        .sum::<usize>();
    assert_eq!(
        removed
            .iter()
            .filter(|r| matches!(r, Removal::AttributeMapping { .. }))
            .count(),
        mappings
    );
    assert!(message.contains("nothing was pushed"), "{message}");
    assert!(message.contains("  rule USER_TO_USER"), "{message}");
    // Only the GET that the diff needs: no parseExpression, no PUT.
    assert_eq!(methods(&fake), ["GET schema"]);

    // Allowed on purpose, it goes.
    let allow = PushOptions {
        allow_removals: true,
        ..PushOptions::default()
    };
    let report = schema::push(&client, &job, &empty, &allow).await.unwrap();
    assert!(report.pushed);
    assert!(methods(&fake).contains(&"PUT schema".to_string()));
}

#[tokio::test]
async fn removing_one_attribute_mapping_needs_removals_allowed() {
    let fake = FakeGraph::start().await;
    let client = client(&fake);
    let job = JobRef::new("sp-1", fake.create_job("sp-1", "scim"));
    let mut edited = schema::pull(&client, &job).await.unwrap();
    let removed = edited.synchronization_rules.value_mut().unwrap()[0]
        .object_mappings
        .value_mut()
        .unwrap()[0]
        .attribute_mappings
        .value_mut()
        .unwrap()
        .remove(0);
    let target = removed.target_attribute_name.value().unwrap().clone();
    fake.clear_requests();
    let error = schema::push(&client, &job, &edited, &PushOptions::default())
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("  attribute mapping USER_TO_USER / ") && message.contains(&target),
        "{message}"
    );
    assert!(
        !methods(&fake).iter().any(|m| m.starts_with("PUT")),
        "{:?}",
        methods(&fake)
    );
}

/// 100,000 mappings: matching them pairwise would take 5·10^9 comparisons (many minutes); by hash it
/// is one lookup each.
#[test]
fn the_diff_of_100_000_mappings_is_linear() {
    let mappings: Vec<Value> = (0..100_000)
        .map(|i| json!({"targetAttributeName": format!("a{i}"), "source": {"expression": format!("[x{i}]")}}))
        .collect();
    let schema_of = |mappings: &[Value]| {
        let document = json!({"synchronizationRules": [{"id": "R", "objectMappings": [{"name": "O", "attributeMappings": mappings}]}]});
        schema::from_text(&document.to_string(), Path::new("big.json")).unwrap()
    };
    let before = schema_of(&mappings);
    let mut edited = mappings.clone();
    edited.remove(50_000);
    edited[7]["source"]["expression"] = json!("[changed]");
    let after = schema_of(&edited);
    let diff = schema::diff(&before, &after).unwrap();
    assert_eq!(diff.mappings.len(), 2, "{diff}");
    assert_eq!(diff.removed.len(), 1, "{diff}");
    assert!(diff.other.is_empty(), "{diff}");
}
