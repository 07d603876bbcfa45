//! The map language as a user meets it: attribute names checked against SCIM's core and enterprise
//! User schemas (errors name the map line and column, with a suggestion), wrong shapes refused in
//! our words, the warning for a map without `active`, the empty-cell rule and `null`, computed
//! values and `* = urn:…`, checked on what the fake service on 127.0.0.1 received.

use std::path::{Path, PathBuf};

use msgraph_sync::Client;
use msgraph_sync_provisioning::attribute_map::{AttributeMap, MapError, NO_ACTIVE_WARNING};
use msgraph_sync_provisioning::bulk::{self, Input, UploadObserver, UploadOptions};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::records::RecordError;
use serde_json::{json, Value};

use fake_graph::FakeGraph;

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

fn map_error(text: &str) -> MapError {
    AttributeMap::parse(text, "map.txt").unwrap_err()
}

#[test]
fn misspelled_attributes_are_errors_naming_line_column_and_the_nearest_name() {
    let error = map_error("Id = externalId\nActive = active\nUPN   = usrName\n");
    assert_eq!(
        error.to_string(),
        "map.txt:3:9: \"usrName\" is not an attribute of the core User schema: did you mean \"userName\"?"
    );
    let error = map_error("Id = externalId\nFirst = name.givenNmae\n");
    assert_eq!(
        error.to_string(),
        "map.txt:2:9: \"givenNmae\" is not a sub-attribute of name: did you mean \"givenName\"?"
    );
    let error = map_error(&format!("Id = externalId\n\nDept = {ENTERPRISE}:departmnet\n"));
    assert_eq!(
        error.to_string(),
        "map.txt:3:8: \"departmnet\" is not an attribute of the enterprise User extension: did you mean \"department\"?"
    );
    // Computed lines are checked alike, at the path's column.
    let error = map_error("Id = externalId\n  dispalyName := [A]\n");
    assert_eq!((error.line, error.column), (2, 3), "{error}");
    assert!(error.message.ends_with("did you mean \"displayName\"?"), "{error}");
    // SCIM names ignore case, but the typed messages do not: the exact spelling is asked for.
    let error = map_error("Id = externalId\nUPN = username\n");
    assert!(error.message.ends_with("did you mean \"userName\"?"), "{error}");
    // Namespaces of one's own are free-form.
    let map = AttributeMap::parse(
        "Id = externalId\nX = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:whateverWeLike\nY = urn:contoso:employee:costCentre\n",
        "map.txt",
    )
    .unwrap();
    assert_eq!(map.mappings.len(), 3);
}

#[test]
fn wrong_shapes_are_refused_in_our_words_at_the_path() {
    for (line, column, wanted) in [
        (
            "A = userName.first",
            5,
            "userName is a single value: it has no sub-attributes or items",
        ),
        (
            "A = emails.value",
            5,
            "emails is multi-valued: select the item, e.g. emails[type eq \"work\"].value",
        ),
        (
            "A = name[type eq \"x\"].givenName",
            5,
            "name is not multi-valued: write name.givenName instead of a [filter]",
        ),
        (
            "name := [A]",
            1,
            "name is a complex attribute: an expression gives text, so map its sub-attributes, e.g. name.givenName",
        ),
        (
            "A = title as integer",
            5,
            "title is text in the SCIM schema: `as` must be string (or left out)",
        ),
        (
            "A = active as integer",
            5,
            "active is a boolean in the SCIM schema: `as` must be boolean (or left out)",
        ),
        (
            "A = emails[kind eq \"work\"].value",
            5,
            "\"kind\" is not a sub-attribute of emails: it is not in the schema",
        ),
        ("userName := null", 1, "userName cannot be cleared with null"),
    ] {
        let error = map_error(&format!("Id = externalId\n{line}\n"));
        assert_eq!((error.line, error.column), (2, column), "{line}: {error}");
        assert!(error.message.starts_with(wanted), "{line}: {error}");
    }
}

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("map-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[derive(Default)]
struct Rejected(Vec<RecordError>);

impl UploadObserver for Rejected {
    fn rejected(&mut self, error: &RecordError) -> std::io::Result<()> {
        self.0.push(error.clone());
        Ok(())
    }
}

/// Uploads `input` (named `file`) with `map` to the fake: the users it received, and the rejections.
async fn upload(name: &str, map: &str, file: &str, input: &str) -> (Vec<Value>, Vec<RecordError>) {
    let dir = dir(name);
    std::fs::write(dir.join(file), input).unwrap();
    let fake = FakeGraph::start().await;
    let client = Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .build()
        .unwrap();
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let input = Input {
        path: dir.join(file),
        format: None,
        map: AttributeMap::parse(map, "map.txt").unwrap(),
        operations_per_request: 50,
    };
    let mut rejected = Rejected::default();
    bulk::upload(&client, &job, &input, &UploadOptions::default(), &mut rejected)
        .await
        .unwrap();
    let users = fake
        .accepted_uploads()
        .iter()
        .flat_map(|u| u.body["Operations"].as_array().unwrap().clone())
        .map(|op| op["data"].clone())
        .collect();
    (users, rejected.0)
}

#[tokio::test]
async fn a_complex_attribute_given_text_is_a_record_error_at_its_column() {
    let (users, rejected) = upload(
        "shape-csv",
        "Id = externalId\nFull = name\nactive := true\n",
        "users.csv",
        "Id,Full\nE1,\nE2,Ada Lovelace\n",
    )
    .await;
    assert_eq!(users.len(), 1, "the empty cell sends nothing, so E1 goes");
    assert_eq!(rejected.len(), 1);
    assert_eq!(
        rejected[0].to_string(),
        format!(
            "{}:3:2: column \"Full\": name is a complex attribute: text cannot be its value (map its sub-attributes, e.g. name.givenName)",
            dir("shape-csv-path").parent().unwrap().join("map-shape-csv/users.csv").display()
        )
    );
    // JSON Lines: an object where text belongs, at the member's column.
    let (users, rejected) = upload(
        "shape-jsonl",
        "Id = externalId\nUPN = userName\nactive := true\n",
        "users.jsonl",
        "{\"Id\": \"E1\", \"UPN\": {\"first\": \"ada\"}}\n",
    )
    .await;
    assert!(users.is_empty());
    assert_eq!((rejected[0].line, rejected[0].column), (1, 14), "{}", rejected[0]);
    assert!(
        rejected[0]
            .message
            .ends_with("member \"UPN\": userName takes a string, not an object"),
        "{}",
        rejected[0]
    );
    // A whole complex attribute given as JSON is checked inside, in our words.
    let (users, rejected) = upload(
        "shape-jsonl-inner",
        "Id = externalId\nName = name\nMails = emails\nactive := true\n",
        "users.jsonl",
        "{\"Id\": \"E1\", \"Name\": {\"givenName\": 5}}\n{\"Id\": \"E2\", \"Mails\": [{\"value\": \"a@b.c\", \"primary\": \"yes\"}]}\n{\"Id\": \"E3\", \"Name\": {\"givenName\": \"Ada\"}, \"Mails\": [{\"value\": \"a@b.c\", \"type\": \"work\"}]}\n",
    )
    .await;
    assert_eq!(users.len(), 1);
    assert_eq!(users[0]["name"], json!({"givenName": "Ada"}));
    assert_eq!((rejected[0].line, rejected[0].column), (1, 14), "{}", rejected[0]);
    assert!(
        rejected[0]
            .message
            .ends_with("member \"Name\": name.givenName must be text, not 5"),
        "{}",
        rejected[0]
    );
    assert_eq!((rejected[1].line, rejected[1].column), (2, 14), "{}", rejected[1]);
    assert!(
        rejected[1]
            .message
            .ends_with("member \"Mails\": emails[0].primary must be a boolean, not \"yes\""),
        "{}",
        rejected[1]
    );
}

#[test]
fn a_map_without_active_is_warned_about() {
    let map = AttributeMap::parse("Id = externalId\nUPN = userName\n", "map.txt").unwrap();
    assert_eq!(map.warnings.len(), 1);
    assert_eq!(
        map.warnings[0].to_string(),
        format!("map.txt: warning: {NO_ACTIVE_WARNING}")
    );
    assert!(NO_ACTIVE_WARNING.contains("disabled existing accounts"));
    assert!(NO_ACTIVE_WARNING.contains("entra-id-inbound-provisioning/issues/16"));
    for active in ["Status = active", "active := [Status] = \"Active\"", "active := true"] {
        let map = AttributeMap::parse(&format!("Id = externalId\n{active}\n"), "map.txt").unwrap();
        assert!(map.warnings.is_empty(), "{active}");
    }
}

#[tokio::test]
async fn empty_cells_send_nothing_and_null_clears_on_purpose() {
    let map = format!(
        "Id = externalId\nactive := true\nTitle = title\nDept = {ENTERPRISE}:department\n\
         # A leaver's manager is cleared on purpose; others keep theirs (an empty cell sends nothing).\n\
         {ENTERPRISE}:manager.value := IIF([Leaving] = \"yes\", null, [Manager])\n"
    );
    let (users, rejected) = upload(
        "null",
        &map,
        "users.csv",
        "Id,Title,Dept,Manager,Leaving\nE1,,Sales,M1,no\nE2,Engineer,,M1,yes\nE3,Engineer,Ops,,no\n",
    )
    .await;
    assert!(rejected.is_empty(), "{rejected:?}");
    let core = "urn:ietf:params:scim:schemas:core:2.0:User";
    assert_eq!(
        users,
        vec![
            json!({"schemas": [core, ENTERPRISE], "externalId": "E1", "active": true,
                   ENTERPRISE: {"department": "Sales", "manager": {"value": "M1"}}}),
            json!({"schemas": [core, ENTERPRISE], "externalId": "E2", "active": true, "title": "Engineer",
                   ENTERPRISE: {"manager": {"value": null}}}),
            json!({"schemas": [core, ENTERPRISE], "externalId": "E3", "active": true, "title": "Engineer",
                   ENTERPRISE: {"department": "Ops"}}),
        ]
    );
}

#[tokio::test]
async fn computed_values_and_the_other_columns_reach_the_service() {
    let map = r#"
Id = externalId
active := Switch([Status], "false", "Active", "true", "On leave", "true")
userName := ToLower(Append([Login], "@contoso.com"))
displayName := Join(" ", [First], [Last])
name.givenName := Coalesce([Preferred], [First])
userType := IIF([Kind] = "C", "Contractor", "Employee")
emails[type eq "work"].primary := true
emails[type eq "work"].value := ToLower(Append([Login], "@contoso.com"))
urn:ietf:params:scim:schemas:extension:csv:1.0:User:HireDate := FormatDateTime([Hired], , "M/d/yyyy", "yyyy-MM-dd")
* = urn:ietf:params:scim:schemas:extension:csv:1.0:User
"#;
    let csv = "Id,Status,Login,First,Last,Preferred,Kind,Hired,Site,Badge\n\
               E1,Active,ADA,Ada,Lovelace,,E,7/4/2021,Lisbon,\n\
               E2,Inactive,Bob,Robert,Tables,Bobby,C,12/31/2019,Porto,B-2\n\
               E3,Active,cy,Cy,,,E,2021-07-04,Porto,\n";
    let (users, rejected) = upload("computed", map, "users.csv", csv).await;
    let core = "urn:ietf:params:scim:schemas:core:2.0:User";
    let csv_ns = "urn:ietf:params:scim:schemas:extension:csv:1.0:User";
    assert_eq!(
        users,
        vec![
            json!({"schemas": [core, csv_ns], "externalId": "E1", "active": true, "userName": "ada@contoso.com",
                   "displayName": "Ada Lovelace", "name": {"givenName": "Ada"}, "userType": "Employee",
                   "emails": [{"type": "work", "primary": true, "value": "ada@contoso.com"}],
                   csv_ns: {"HireDate": "2021-07-04", "Site": "Lisbon"}}),
            json!({"schemas": [core, csv_ns], "externalId": "E2", "active": false, "userName": "bob@contoso.com",
                   "displayName": "Robert Tables", "name": {"givenName": "Bobby"}, "userType": "Contractor",
                   "emails": [{"type": "work", "primary": true, "value": "bob@contoso.com"}],
                   csv_ns: {"HireDate": "2019-12-31", "Site": "Porto", "Badge": "B-2"}}),
        ]
    );
    // A value the expression cannot compute rejects the record, naming the column it read and the map line.
    assert_eq!(rejected.len(), 1);
    assert_eq!((rejected[0].line, rejected[0].column), (4, 8), "{}", rejected[0]);
    assert!(
        rejected[0].message.ends_with(
            "column \"Hired\": map line 10: \"2021-07-04\" does not match the input format: 20 is not a month"
        ),
        "{}",
        rejected[0]
    );
}

#[test]
fn today_s_column_lines_parse_unchanged() {
    let map = AttributeMap::parse(
        "EmployeeID = externalId\nEmail = userName\nFirst Name = name.givenName\nEmail = emails[type eq \"work\"].value\nActive = active\nLevel = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:Level as integer\n",
        "map.txt",
    )
    .unwrap();
    assert_eq!(map.mappings.len(), 6);
    assert_eq!(
        map.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["EmployeeID", "Email", "First Name", "Active", "Level"]
    );
    assert!(map.warnings.is_empty());
}
