//! The shipped example (`examples/csv2scim/`: a CSV in the shape of Microsoft's CSV2SCIM sample and
//! the map that expresses its `AttributeMapping.psd1`) uploaded to the fake service: the users it
//! received are the ones CSV2SCIM's documented behaviour produces from the same file.

use std::path::PathBuf;

use msgraph_sync::Client;
use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::bulk::{self, Input, UploadObserver, UploadOptions};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::records::RecordError;
use serde_json::{json, Map, Value};

use fake_graph::FakeGraph;

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

fn example(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/csv2scim")
        .join(file)
}

#[derive(Default)]
struct Rejected(Vec<RecordError>);

impl UploadObserver for Rejected {
    fn rejected(&mut self, error: &RecordError) -> std::io::Result<()> {
        self.0.push(error.clone());
        Ok(())
    }
}

/// What CSV2SCIM's `ConvertTo-ScimPayload` builds from one row with the sample psd1, rule by rule
/// (CSV2SCIM.ps1, `Resolve-ScimAttributeMapping` and `Resolve-PropertyMappingValue`).
fn csv2scim_user(row: &Map<String, Value>) -> Value {
    let cell = |column: &str| row[column].clone();
    let mut user = json!({
        // CSV2SCIM starts every user with the core and enterprise schemas.
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
        // A string value is the column of that name: `externalId = 'WorkerID'`, …
        "externalId": cell("WorkerID"),
        "userName": cell("UserID"),
        "displayName": cell("FullName"),
        "nickName": cell("UserID"),
        "userType": cell("WorkerType"),
        "title": cell("JobTitle"),
        // A hashtable value is an object of its keys: `name = @{ familyName = 'LastName'; … }`.
        "name": {"familyName": cell("LastName"), "givenName": cell("FirstName")},
        // A script block is evaluated on the row: `{ $_.'WorkerStatus' -eq 'Active' }`, a boolean
        // (PowerShell's -eq ignores case).
        "active": row["WorkerStatus"].as_str().unwrap().eq_ignore_ascii_case("Active"),
        // An array value is a list; `type = { 'work' }` a constant.
        "addresses": [{
            "type": "work",
            "locality": cell("City"),
            "postalCode": cell("ZipCode"),
            "country": cell("CountryCode"),
        }],
        // The psd1 maps `value = 'PrivatePhone'`, a column the sample CSV lacks (CSV2SCIM would send
        // null); the map, as a user translates it, takes the CSV's OfficePhone.
        "phoneNumbers": [{"type": "work", "value": cell("OfficePhone")}],
        // A `urn:` key is an extension object, and is added to `schemas`.
        ENTERPRISE: {
            "employeeNumber": cell("WorkerID"),
            "organization": cell("Company"),
            "department": cell("Department"),
            "manager": {"value": cell("ManagerID")},
        },
    });
    // The one deliberate difference: Import-Csv gives an empty cell as "" and CSV2SCIM sends it;
    // our documented rule is that an empty cell sends nothing (a user clears a value with `null`).
    drop_empty_strings(&mut user);
    user
}

fn drop_empty_strings(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.retain(|_, v| v.as_str() != Some(""));
            object.values_mut().for_each(drop_empty_strings);
            object.retain(|_, v| !v.as_object().is_some_and(Map::is_empty));
        }
        Value::Array(items) => items.iter_mut().for_each(drop_empty_strings),
        _ => {}
    }
}

fn rows() -> Vec<(u64, Map<String, Value>)> {
    let text = std::fs::read_to_string(example("workers.csv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .enumerate()
        .map(|(i, line)| {
            let cells = line.split(',').map(|c| Value::from(c.to_string()));
            (i as u64 + 2, header.iter().map(|h| h.to_string()).zip(cells).collect())
        })
        .collect()
}

#[tokio::test]
async fn the_example_map_sends_the_users_csv2scim_would() {
    let fake = FakeGraph::start().await;
    let client = Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .build()
        .unwrap();
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let map = AttributeMap::from_file(&example("map.txt")).unwrap();
    assert!(map.warnings.is_empty(), "{:?}", map.warnings);
    let input = Input {
        path: example("workers.csv"),
        format: None,
        map,
        operations_per_request: 50,
    };
    let mut rejected = Rejected::default();
    bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut rejected)
        .await
        .unwrap();

    let received: Vec<Value> = fake
        .accepted_uploads()
        .iter()
        .flat_map(|u| u.body["Operations"].as_array().unwrap().clone())
        .map(|op| op["data"].clone())
        .collect();

    // CSV2SCIM sends every row, a repeated WorkerID again in the same request; we send the first
    // record of each and report the others (naming the first's line).
    let mut seen = std::collections::HashMap::new();
    let mut expected = Vec::new();
    let mut expected_rejections = Vec::new();
    for (line, row) in rows() {
        let id = row["WorkerID"].as_str().unwrap().to_string();
        match seen.get(&id) {
            Some(first) => expected_rejections.push((line, format!("externalId {id:?} is also on line {first}"))),
            None => {
                seen.insert(id, line);
                expected.push(csv2scim_user(&row));
            }
        }
    }
    assert_eq!(received.len(), 19);
    for (got, want) in received.iter().zip(&expected) {
        assert_eq!(got, want);
    }
    assert_eq!(
        rejected.0.iter().map(|e| e.line).collect::<Vec<_>>(),
        expected_rejections.iter().map(|(l, _)| *l).collect::<Vec<_>>()
    );
    for (error, (_, message)) in rejected.0.iter().zip(&expected_rejections) {
        assert!(error.message.contains(message.as_str()), "{error}");
    }
    // Both WorkerStatus values reached the wire as booleans.
    let active: Vec<bool> = received.iter().map(|u| u["active"].as_bool().unwrap()).collect();
    assert!(active.contains(&true) && active.contains(&false));
}
