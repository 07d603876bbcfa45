//! The `inspect` example's logic (`compare::inspect_payload`): exit codes and what it reports.

use msgraph_sync::compare::inspect_payload;
use msgraph_sync::ApiVersion;

const JOB: &str = "microsoft.graph.synchronizationJob";

#[test]
fn equal_payload_exits_zero_and_reports_oddities() {
    let payload = br##"{"id":"j","@odata.type":"#microsoft.graph.synchronizationJob","status":{"code":"Sleeping","quarantine":{"currentBegan":""}},"schedule":{"interval":"PT40M"}}"##;
    let report = inspect_payload(ApiVersion::V1_0, JOB, payload, false).unwrap();
    assert_eq!(report.exit_code(), 0);
    let seen: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        seen,
        vec![
            "$.status.code: \"Sleeping\" is not a member of microsoft.graph.synchronizationStatusCode",
            "$.status.quarantine.currentBegan: \"\" is not a valid date-time",
            "$[\"@odata.type\"]: OData annotation",
        ]
    );
}

#[test]
fn other_spellings_are_kept_and_reported() {
    let payload = br#"{"name":"a","type":"string"}"#;
    let report = inspect_payload(ApiVersion::V1_0, "microsoft.graph.attributeDefinition", payload, false).unwrap();
    assert_eq!(report.exit_code(), 0, "{:?}", report.differences);
    assert!(report.differences.is_empty());
    assert_eq!(report.output, serde_json::json!({"name": "a", "type": "string"}));
    let seen: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        seen,
        ["$.type: microsoft.graph.attributeType \"string\" kept as received (canonical: \"String\")"]
    );
    // A respelling would be a difference, and exit 1.
    let mut respelled = report;
    respelled.differences = msgraph_sync::compare::compare(
        &serde_json::json!({"type": "string"}),
        &serde_json::json!({"type": "String"}),
    );
    assert_eq!(
        respelled.differences[0].to_string(),
        "$.type: enum member \"string\" written as \"String\""
    );
    assert_eq!(respelled.exit_code(), 1);
}

#[test]
fn undecodable_payload_names_the_path() {
    let err = inspect_payload(
        ApiVersion::Beta,
        JOB,
        br#"{"status":{"progress":[{"completedUnits":"x"}]}}"#,
        false,
    )
    .unwrap_err();
    assert!(err.contains("$.status.progress[0].completedUnits"), "{err}");
    let err = inspect_payload(ApiVersion::Beta, JOB, br#"{"status": {"code": "#, false).unwrap_err();
    assert!(err.contains("$.status.code: EOF"), "{err}");
    let err = inspect_payload(ApiVersion::Beta, "microsoft.graph.nothing", b"{}", false).unwrap_err();
    assert!(err.contains("no model named"), "{err}");
}

#[test]
fn lists_decode_with_list_flag() {
    let report = inspect_payload(ApiVersion::V1_0, JOB, br#"[{"id":"a"},{"id":"b","x":1}]"#, true).unwrap();
    assert_eq!(report.exit_code(), 0);
    assert_eq!(report.findings[0].to_string(), "$[1].x: property not in the spec");
}
