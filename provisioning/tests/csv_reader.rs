//! The record reader over inputs whose reads split them anywhere (one byte, then seven at a time,
//! and every small size): each gives the same records, errors, lines and offsets as reading it whole.

use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::records::{InputFormat, ReadObject, RecordReader};
use serde_json::json;

const MAP: &str = "EmployeeID = externalId\nEmail = userName\nDepartment = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\n";

fn read(data: &[u8], format: InputFormat, first: usize, then: usize) -> Vec<ReadObject> {
    let input = test_support::ChunkedReader::new(data, first, then);
    let map = AttributeMap::parse(MAP, "map.txt").unwrap();
    let mut reader = RecordReader::new(Box::new(input), format, map, "users").unwrap();
    let mut items = Vec::new();
    while let Some(item) = reader.next_object().unwrap() {
        items.push(item);
    }
    items
}

/// What reading `data` whole gives, after checking that every split of its reads gives the same.
fn read_every_way(data: &[u8], format: InputFormat) -> Vec<ReadObject> {
    let whole = read(data, format, usize::MAX, usize::MAX);
    let mut splits = vec![(1, 7)];
    splits.extend((1..=9).map(|size| (size, size)));
    for (first, then) in splits {
        assert_eq!(
            read(data, format, first, then),
            whole,
            "{:?} read {first} bytes, then {then} at a time",
            String::from_utf8_lossy(data)
        );
    }
    whole
}

/// Each item as (line, offset, externalId, department) or (line, "file:line:column: message").
fn summary(items: &[ReadObject]) -> Vec<String> {
    items
        .iter()
        .map(|item| match item {
            ReadObject::Object(record) => format!(
                "{} {} {} {}",
                record.line,
                record.offset,
                record.external_id,
                // The map's third line: the department.
                record.mapped.values[2].clone().unwrap_or(serde_json::Value::Null)
            ),
            ReadObject::Rejected(error) => format!("{} {error}", error.line),
        })
        .collect()
}

#[test]
fn a_csv_split_across_reads_gives_the_same_records_errors_lines_and_offsets() {
    let mut data = b"\xEF\xBB\xBFEmployeeID,Email,Department\r\n".to_vec();
    data.extend_from_slice(b"E1,a@contoso.com,\"Research\r\nand \"\"Development\"\"\"\r\n");
    data.extend_from_slice(b"\r\n\n");
    data.extend_from_slice(b"E2,b@contoso.com,Sales\rE3,c@contoso.com,\xC3\xA9quipe\n");
    data.extend_from_slice(b"E4,d@contoso.com,\"Sa\"les\r\n");
    data.extend_from_slice(b"E5,e@contoso.com,\xC3,x\n");
    data.extend_from_slice(b"E6,f@contoso.com,\xC3\n");
    data.extend_from_slice(b"E7,g@contoso.com,\"Legal\"\r");
    data.extend_from_slice(b"E8,h@contoso.com,\"never closed\r\nE9,i@contoso.com,IT\r\n");
    let items = read_every_way(&data, InputFormat::Csv);
    let expected = [
        "2 82 E1 \"Research\\nand \\\"Development\\\"\"",
        "6 108 E2 \"Sales\"",
        "7 133 E3 \"équipe\"",
        "8 users:8:3: 'l' after the closing quote of field 3; a quote inside a quoted field is written \"\"",
        "9 users:9:4: the record has 4 fields, the header 3",
        "10 users:10:3: not UTF-8: incomplete utf-8 byte sequence from index 0",
        "11 224 E7 \"Legal\"",
        "12 users:12:3: the quote opened in field 3 is never closed: lines 12-14 (to the end of the file) were read as one field, and none of them is sent",
    ];
    assert_eq!(summary(&items), expected);
}

#[test]
fn a_carriage_return_ending_a_read_pairs_with_the_line_feed_starting_the_next() {
    let data = b"EmployeeID,Email,Department\r\nE1,a@contoso.com,\"A\r\nB\"\r\nE2,b@contoso.com,C\r\n";
    let whole = read(data, InputFormat::Csv, usize::MAX, usize::MAX);
    assert_eq!(summary(&whole), ["2 54 E1 \"A\\nB\"", "4 74 E2 \"C\""]);
    // Every cut of the input into two reads, so each `\r` ends one read in some run.
    for cut in 1..data.len() {
        assert_eq!(
            read(data, InputFormat::Csv, cut, usize::MAX),
            whole,
            "cut after byte {cut}"
        );
    }
}

#[test]
fn json_lines_split_across_reads_give_the_same_records_errors_lines_and_offsets() {
    let mut data = b"\xEF\xBB\xBF{\"EmployeeID\": \"J1\", \"Department\": \"A\"}\r\n\r\n".to_vec();
    data.extend_from_slice(b"{\"EmployeeID\": \"J2\"}\r{\"EmployeeID\": \"J3\", \"Department\": \"\xFF\"}\n");
    data.extend_from_slice(b"not json\n{\"EmployeeID\": \"J4\", \"Department\": \"\xC3\xA9\"}");
    let items = read_every_way(&data, InputFormat::JsonLines);
    let department = |item: &ReadObject| match item {
        ReadObject::Object(record) => record.mapped.values[2].clone(),
        ReadObject::Rejected(_) => None,
    };
    assert_eq!(department(&items[0]), Some(json!("A")));
    assert_eq!(department(&items[4]), Some(json!("é")));
    let lines: Vec<String> = items
        .iter()
        .map(|item| match item {
            ReadObject::Object(record) => format!("{} {} {}", record.line, record.offset, record.external_id),
            ReadObject::Rejected(error) => error.to_string(),
        })
        .collect();
    assert_eq!(
        lines,
        [
            "1 44 J1".to_string(),
            "3 67 J2".to_string(),
            "users:4:37: not UTF-8: invalid utf-8 sequence of 1 bytes from index 36".to_string(),
            "users:5:2: not a JSON object: expected ident at line 1 column 2".to_string(),
            format!("6 {} J4", data.len()),
        ]
    );
}
