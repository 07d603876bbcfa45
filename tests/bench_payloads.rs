//! The benchmark payloads are what they claim: big enough, and lossless through the typed models.

#[path = "../benches/payloads.rs"]
mod payloads;

use msgraph_sync::compare::inspect_payload;
use msgraph_sync::ApiVersion;

#[test]
fn large_schema_is_over_500_kb_and_round_trips() {
    let bytes = serde_json::to_vec(&payloads::large_schema()).unwrap();
    assert!(bytes.len() >= 500 * 1024, "{} bytes", bytes.len());
    eprintln!("schema payload: {} bytes", bytes.len());
    let report = inspect_payload(ApiVersion::V1_0, "microsoft.graph.synchronizationSchema", &bytes, false).unwrap();
    assert!(
        report.differences.iter().all(|d| d.is_normalization()),
        "{:?}",
        &report.differences[..3.min(report.differences.len())]
    );
}

#[test]
fn job_page_has_999_items_and_round_trips() {
    let bytes = serde_json::to_vec(&payloads::job_page()).unwrap();
    eprintln!("job page payload: {} bytes", bytes.len());
    let report = inspect_payload(
        ApiVersion::V1_0,
        "microsoft.graph.synchronizationJobCollectionResponse",
        &bytes,
        false,
    )
    .unwrap();
    assert_eq!(report.output["value"].as_array().map(Vec::len), Some(999));
    assert!(
        report.differences.is_empty(),
        "{:?}",
        &report.differences[..3.min(report.differences.len())]
    );
}

#[test]
fn job_page_with_extras_round_trips() {
    let bytes = serde_json::to_vec(&payloads::job_page_with_extras()).unwrap();
    let report = inspect_payload(
        ApiVersion::V1_0,
        "microsoft.graph.synchronizationJobCollectionResponse",
        &bytes,
        false,
    )
    .unwrap();
    assert_eq!(report.output["value"][998]["newerThanTheSpec"]["counts"][3], 998);
    assert!(
        report.differences.is_empty(),
        "{:?}",
        &report.differences[..3.min(report.differences.len())]
    );
}
