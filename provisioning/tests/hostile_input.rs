//! Input a user gets wrong or a tool writes oddly, uploaded to the fake on 127.0.0.1: what the fake
//! received (every record at most once, none lost silently) and what each rejection names.

use std::path::{Path, PathBuf};

use msgraph_sync::Client;
use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::bulk::{self, Input, UploadError, UploadObserver, UploadOptions, UploadReport};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::records::{InputError, RecordError};

use fake_graph::FakeGraph;

const MAP: &str = "EmployeeID = externalId\nEmail = userName\nDepartment = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\n";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn input(name: &str, file: &str, bytes: &[u8]) -> Input {
    let dir = dir(name);
    let path = dir.join(file);
    std::fs::write(&path, bytes).unwrap();
    Input {
        path,
        format: None,
        map: AttributeMap::parse(MAP, "map.txt").unwrap(),
        operations_per_request: 50,
    }
}

fn rows(n: usize, ending: &str) -> String {
    let mut text = format!("EmployeeID,Email,Department{ending}");
    for i in 1..=n {
        text.push_str(&format!("E{i:04},user{i}@contoso.com,Dept {}{ending}", i % 3));
    }
    text
}

#[derive(Default)]
struct Rejections(Vec<RecordError>);

impl UploadObserver for Rejections {
    fn rejected(&mut self, error: &RecordError) -> std::io::Result<()> {
        self.0.push(error.clone());
        Ok(())
    }
}

async fn upload(input: &Input) -> (FakeGraph, Result<UploadReport, UploadError>, Vec<RecordError>) {
    let fake = FakeGraph::start().await;
    let client = Client::builder()
        .base_url(fake.base_url())
        .bearer_token(FakeGraph::TOKEN)
        .build()
        .unwrap();
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let mut rejections = Rejections::default();
    let report = bulk::upload(&client, &job, input, &UploadOptions::default(), &mut rejections).await;
    (fake, report, rejections.0)
}

/// Every operation the fake accepted: (bulkId, externalId, department).
fn received(fake: &FakeGraph) -> Vec<(String, String, String)> {
    fake.accepted_uploads()
        .iter()
        .flat_map(|u| u.body["Operations"].as_array().unwrap().clone())
        .map(|op| {
            let data = &op["data"];
            (
                op["bulkId"].as_str().unwrap().to_string(),
                data["externalId"].as_str().unwrap().to_string(),
                data["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect()
}

fn messages(rejected: &[RecordError]) -> Vec<String> {
    rejected.iter().map(ToString::to_string).collect()
}

#[tokio::test]
async fn an_unclosed_quote_is_a_rejection_naming_its_line_not_a_huge_field() {
    let text = rows(1000, "\n").replacen("E0003,user3@contoso.com,Dept 0", "E0003,user3@contoso.com,\"Dept 0", 1);
    let input = input("unclosed-quote", "users.csv", text.as_bytes());
    let file = input.path.display().to_string();
    let (fake, report, rejected) = upload(&input).await;
    let report = report.unwrap();
    assert_eq!(
        messages(&rejected),
        [format!(
            "{file}:4:3: the quote opened in field 3 is never closed: lines 4-1002 (to the end of the file) were read as one field, and none of them is sent"
        )]
    );
    assert_eq!((report.records_accepted, report.records_rejected), (2, 1));
    let sent = received(&fake);
    assert_eq!(sent.len(), 2);
    assert!(sent.iter().all(|(_, _, department)| department.len() < 10), "{sent:?}");

    // Closed again further down by another quoted field: the swallowed lines are one rejected
    // record that names them, and the records after it still go.
    let text = rows(10, "\n")
        .replacen("E0003,user3@contoso.com,Dept 0", "E0003,user3@contoso.com,\"Dept 0", 1)
        .replacen(
            "E0006,user6@contoso.com,Dept 0",
            "E0006,user6@contoso.com,\"Dept, 0\"",
            1,
        );
    let input = self::input("unclosed-then-closed", "users.csv", text.as_bytes());
    let file = input.path.display().to_string();
    let (fake, report, rejected) = upload(&input).await;
    assert_eq!(
        messages(&rejected),
        [format!(
            "{file}:4:3: 'D' after the closing quote of field 3; a quote inside a quoted field is written \"\" (the record spans lines 4-7: a quote may be unclosed)"
        )]
    );
    let ids: Vec<String> = received(&fake).into_iter().map(|(_, id, _)| id).collect();
    assert_eq!(ids, ["E0001", "E0002", "E0007", "E0008", "E0009", "E0010"]);
    assert_eq!(report.unwrap().records_rejected, 1);
}

#[tokio::test]
async fn a_quoted_field_may_span_lines_and_the_numbers_stay_right() {
    let text = "EmployeeID,Email,Department\nE1,a@contoso.com,\"Research\nand Development\"\nE2,b@contoso.com,Sales\n";
    let input = input("multiline", "users.csv", text.as_bytes());
    let (fake, report, rejected) = upload(&input).await;
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(report.unwrap().records_accepted, 2);
    assert_eq!(
        received(&fake),
        [
            ("2".into(), "E1".into(), "Research\nand Development".into()),
            ("4".into(), "E2".into(), "Sales".into())
        ]
    );
}

#[tokio::test]
async fn an_invalid_utf8_line_in_json_lines_rejects_only_that_record() {
    let mut bytes = b"{\"EmployeeID\": \"E1\", \"Email\": \"a@contoso.com\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"EmployeeID\": \"E2\", \"Email\": \"b\xff@contoso.com\"}\n");
    bytes.extend_from_slice(b"{\"EmployeeID\": \"E3\", \"Email\": \"c@contoso.com\"}\n");
    let input = input("jsonl-utf8", "users.jsonl", &bytes);
    let file = input.path.display().to_string();
    let (fake, report, rejected) = upload(&input).await;
    assert_eq!(
        messages(&rejected),
        [format!(
            "{file}:2:33: not UTF-8: invalid utf-8 sequence of 1 bytes from index 32"
        )]
    );
    assert_eq!(report.unwrap().records_accepted, 2);
    let ids: Vec<String> = received(&fake).into_iter().map(|(_, id, _)| id).collect();
    assert_eq!(ids, ["E1", "E3"]);
}

#[tokio::test]
async fn a_byte_order_mark_loses_no_record_and_no_column() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(b"{\"EmployeeID\": \"E1\", \"Email\": \"a@contoso.com\"}\n{\"EmployeeID\": \"E2\"}\n");
    let (fake, report, rejected) = upload(&input("bom-jsonl", "users.jsonl", &bytes)).await;
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(report.unwrap().records_accepted, 2);
    let ids: Vec<(String, String)> = received(&fake).into_iter().map(|(b, id, _)| (b, id)).collect();
    assert_eq!(ids, [("1".into(), "E1".into()), ("2".into(), "E2".into())]);

    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(rows(2, "\r\n").as_bytes());
    let (fake, report, rejected) = upload(&input("bom-csv", "users.csv", &bytes)).await;
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(report.unwrap().records_accepted, 2);
    assert_eq!(received(&fake).len(), 2);
}

#[tokio::test]
async fn every_line_ending_gives_each_record_its_own_line_and_bulk_id() {
    for (name, ending) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
        // Record 3 is bad: its line is named the same whatever the line endings.
        let text = rows(4, ending).replacen("E0003,", ",", 1);
        let input = input(&format!("endings-{name}"), "users.csv", text.as_bytes());
        let file = input.path.display().to_string();
        let (fake, report, rejected) = upload(&input).await;
        assert_eq!(
            messages(&rejected),
            [format!(
                "{file}:4:1: column \"EmployeeID\": externalId is empty (the service matches records by it)"
            )],
            "{name}"
        );
        assert_eq!(report.unwrap().records_accepted, 3, "{name}");
        let ids: Vec<(String, String)> = received(&fake).into_iter().map(|(b, id, _)| (b, id)).collect();
        assert_eq!(
            ids,
            [
                ("2".into(), "E0001".into()),
                ("3".into(), "E0002".into()),
                ("5".into(), "E0004".into())
            ],
            "{name}"
        );

        let mut jsonl = String::new();
        for i in 1..=3 {
            jsonl.push_str(&format!("{{\"EmployeeID\": \"J{i}\"}}{ending}"));
        }
        let (fake, _, rejected) = upload(&self::input(
            &format!("endings-jsonl-{name}"),
            "u.jsonl",
            jsonl.as_bytes(),
        ))
        .await;
        assert!(rejected.is_empty(), "{name}: {rejected:?}");
        let ids: Vec<(String, String)> = received(&fake).into_iter().map(|(b, id, _)| (b, id)).collect();
        assert_eq!(
            ids,
            [
                ("1".into(), "J1".into()),
                ("2".into(), "J2".into()),
                ("3".into(), "J3".into())
            ],
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_mapped_column_named_twice_in_the_header_is_refused() {
    let text = "EmployeeID,Email,Department,Email\nE1,a@contoso.com,D,b@contoso.com\n";
    let input = input("duplicate-header", "users.csv", text.as_bytes());
    let file = input.path.display().to_string();
    let (fake, report, _) = upload(&input).await;
    match report {
        Err(UploadError::Input(InputError::Header(message))) => assert_eq!(
            message,
            format!("{file}:1:4: column \"Email\" is named twice in the header (columns 2 and 4); map.txt:2 maps it, so which one is meant is unclear")
        ),
        other => panic!("{other:?}"),
    }
    assert!(fake.accepted_uploads().is_empty());
    // A column no mapping reads may repeat (spreadsheets leave empty trailing names).
    let text = "EmployeeID,Email,Department,,\nE1,a@contoso.com,D,,\n";
    let (fake, report, _) = upload(&self::input("duplicate-unmapped", "users.csv", text.as_bytes())).await;
    assert_eq!(report.unwrap().records_accepted, 1);
    assert_eq!(received(&fake).len(), 1);
}

#[tokio::test]
async fn a_repeated_external_id_is_sent_once_and_each_later_record_names_the_first() {
    let mut text = rows(120, "\n");
    // Line 80 (record E0079) and line 121 (E0120) repeat E0005 (line 6); the repeats straddle requests.
    text = text.replacen("E0079,", "E0005,", 1).replacen("E0120,", "E0005,", 1);
    let input = input("duplicate-ids", "users.csv", text.as_bytes());
    let file = input.path.display().to_string();
    let (fake, report, rejected) = upload(&input).await;
    assert_eq!(
        messages(&rejected),
        [
            format!("{file}:80:1: externalId \"E0005\" is also on line 6: only the first record is sent"),
            format!("{file}:121:1: externalId \"E0005\" is also on line 6: only the first record is sent"),
        ]
    );
    let report = report.unwrap();
    assert_eq!((report.records_accepted, report.records_rejected), (118, 2));
    let sent = received(&fake);
    let fives: Vec<&(String, String, String)> = sent.iter().filter(|(_, id, _)| id == "E0005").collect();
    assert_eq!(fives.len(), 1);
    assert_eq!(fives[0].0, "6");
    let mut ids: Vec<&String> = sent.iter().map(|(_, id, _)| id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 118);
}

#[tokio::test]
async fn a_record_over_a_mebibyte_is_rejected_and_the_others_go() {
    let huge = "x".repeat(2 << 20);
    let text =
        format!("EmployeeID,Email,Department\nE1,a@contoso.com,D\nE2,b@contoso.com,{huge}\nE3,c@contoso.com,D\n");
    let input = input("huge-csv", "users.csv", text.as_bytes());
    let file = input.path.display().to_string();
    let (fake, report, rejected) = upload(&input).await;
    assert_eq!(
        messages(&rejected),
        [format!(
            "{file}:3:1: the record takes more than 1048576 bytes (lines 3-3): a quote may be unclosed"
        )]
    );
    assert_eq!(report.unwrap().records_accepted, 2);
    let ids: Vec<String> = received(&fake).into_iter().map(|(_, id, _)| id).collect();
    assert_eq!(ids, ["E1", "E3"]);

    let text = format!("{{\"EmployeeID\": \"E1\"}}\n{{\"EmployeeID\": \"E2\", \"Department\": \"{huge}\"}}\n{{\"EmployeeID\": \"E3\"}}\n");
    let input = self::input("huge-jsonl", "users.jsonl", text.as_bytes());
    let file = input.path.display().to_string();
    let (fake, _, rejected) = upload(&input).await;
    assert_eq!(
        messages(&rejected),
        [format!("{file}:2:1: the line takes more than 1048576 bytes")]
    );
    let ids: Vec<String> = received(&fake).into_iter().map(|(_, id, _)| id).collect();
    assert_eq!(ids, ["E1", "E3"]);
}
