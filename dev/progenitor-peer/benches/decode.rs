//! The runtime benchmark's payloads (`benches/payloads.rs`) decoded, in one run, into
//! `serde_json::Value`, msgraph-sync's v1.0 models and progenitor 0.15's generated types for the same
//! v1.0 synchronization fragment. `cargo bench --manifest-path dev/progenitor-peer/Cargo.toml`.

#[path = "../../../benches/payloads.rs"]
mod payloads;

use msgraph_sync::v1_0::{SynchronizationJobCollectionResponse, SynchronizationSchema};
use msgraph_sync_progenitor_peer::types::{
    MicrosoftGraphSynchronizationJobCollectionResponse as PeerPage, MicrosoftGraphSynchronizationSchema as PeerSchema,
};
use serde_json::{json, Value};

fn main() {
    // What progenitor's types make of the payloads as they are, before any timing.
    let report = |name: &str, result: Result<(), serde_json::Error>| match result {
        Ok(()) => eprintln!("progenitor decodes {name}"),
        Err(err) => eprintln!("progenitor refuses {name}: {err}"),
    };
    report(
        "the schema",
        serde_json::from_slice::<PeerSchema>(&schema_bytes()).map(drop),
    );
    report(
        "the job page",
        serde_json::from_slice::<PeerPage>(&page_bytes()).map(drop),
    );
    report(
        "the job page with extras",
        serde_json::from_slice::<PeerPage>(&extras_page_bytes()).map(drop),
    );
    divan::main();
}

fn schema_bytes() -> Vec<u8> {
    serde_json::to_vec(&payloads::large_schema()).unwrap()
}

/// The schema with each flags value cut to one member (`"flowTypes": "Add"`): progenitor generates a
/// plain enum for a flags enum, so `"Add, Update, Delete"`, what the service sends, does not decode.
fn single_flag_schema_bytes() -> Vec<u8> {
    let mut schema = payloads::large_schema();
    for rule in schema["synchronizationRules"].as_array_mut().unwrap() {
        for mapping in rule["objectMappings"].as_array_mut().unwrap() {
            mapping["flowTypes"] = json!("Add");
        }
    }
    for directory in schema["directories"].as_array_mut().unwrap() {
        directory["discoverabilities"] = json!("AttributeNames");
    }
    serde_json::to_vec(&schema).unwrap()
}

fn page_bytes() -> Vec<u8> {
    serde_json::to_vec(&payloads::job_page()).unwrap()
}

/// The page without its `@odata.context` annotation: progenitor's types put undeclared properties in
/// `extra: HashMap<String, Map<String, Value>>` (the spec's `additionalProperties: {type: object}`), so a
/// string-valued annotation, which the service sends on every page, does not decode.
fn page_without_context_bytes() -> Vec<u8> {
    let mut page = payloads::job_page();
    page.as_object_mut().unwrap().remove("@odata.context");
    serde_json::to_vec(&page).unwrap()
}

fn extras_page_bytes() -> Vec<u8> {
    serde_json::to_vec(&payloads::job_page_with_extras()).unwrap()
}

fn bench<T: serde::de::DeserializeOwned>(bencher: divan::Bencher, bytes: Vec<u8>) {
    // A payload these types refuse has no decode time to compare; `main` printed why.
    if serde_json::from_slice::<T>(&bytes).is_err() {
        return;
    }
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<T>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn schema_single_flags_decode_value(bencher: divan::Bencher) {
    bench::<Value>(bencher, single_flag_schema_bytes());
}

#[divan::bench(sample_count = 30)]
fn schema_single_flags_decode_ours(bencher: divan::Bencher) {
    bench::<SynchronizationSchema>(bencher, single_flag_schema_bytes());
}

#[divan::bench(sample_count = 30)]
fn schema_single_flags_decode_progenitor(bencher: divan::Bencher) {
    bench::<PeerSchema>(bencher, single_flag_schema_bytes());
}

#[divan::bench(sample_count = 30)]
fn schema_decode_ours(bencher: divan::Bencher) {
    bench::<SynchronizationSchema>(bencher, schema_bytes());
}

#[divan::bench(sample_count = 30)]
fn page_decode_value(bencher: divan::Bencher) {
    bench::<Value>(bencher, page_without_context_bytes());
}

#[divan::bench(sample_count = 30)]
fn page_decode_ours(bencher: divan::Bencher) {
    bench::<SynchronizationJobCollectionResponse>(bencher, page_without_context_bytes());
}

#[divan::bench(sample_count = 30)]
fn page_decode_progenitor(bencher: divan::Bencher) {
    bench::<PeerPage>(bencher, page_without_context_bytes());
}
