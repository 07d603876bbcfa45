//! The SCIM messages decode every documented bulk request and encode it back unchanged.

use msgraph_sync_provisioning::scim::{BulkRequest, ENTERPRISE_USER_SCHEMA};

fn docs_body(n: u32) -> serde_json::Value {
    let path = format!(
        "{}/tests/fixtures/docs/bulkupload-example-{n}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let example: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    example["request"]["body"].clone()
}

#[test]
fn documented_bulk_requests_round_trip_with_nothing_lost() {
    for n in 1..=3 {
        let body = docs_body(n);
        let request: BulkRequest = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(serde_json::to_value(&request).unwrap(), body, "example {n}");
    }
}

#[test]
fn core_enterprise_and_custom_attributes_are_typed_or_kept() {
    let request: BulkRequest = serde_json::from_value(docs_body(2)).unwrap();
    let user = request.operations[0].data.as_ref().unwrap();
    assert_eq!(user.external_id.as_deref(), Some("701984"));
    assert_eq!(user.active, Some(true));
    let enterprise = user.enterprise.as_ref().unwrap();
    assert_eq!(enterprise.department, Some(Some("Tour Operations".to_string())));
    assert!(user.schemas.iter().any(|s| s == ENTERPRISE_USER_SCHEMA));
    // The custom namespace is not a field of ours: it is kept whole.
    assert!(
        user.extra.contains_key("urn:contoso:employee"),
        "{:?}",
        user.extra.keys()
    );
    // The update example has no userName: still a User.
    let update: BulkRequest = serde_json::from_value(docs_body(3)).unwrap();
    assert_eq!(update.operations[0].data.as_ref().unwrap().user_name, None);
}
