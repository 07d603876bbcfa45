//! Runtime: typed decode and encode of large payloads, as a ratio to `serde_json::Value` on the same
//! bytes; and the cost of building one request. `cargo bench --bench runtime`.

#[path = "payloads.rs"]
mod payloads;

use msgraph_sync::v1_0::{Api, SynchronizationJobCollectionResponse, SynchronizationSchema};
use msgraph_sync::Cloud;

fn main() {
    divan::main();
}

fn schema_bytes() -> Vec<u8> {
    serde_json::to_vec(&payloads::large_schema()).unwrap()
}

fn page_bytes() -> Vec<u8> {
    serde_json::to_vec(&payloads::job_page()).unwrap()
}

#[divan::bench(sample_count = 30)]
fn schema_decode_value(bencher: divan::Bencher) {
    let bytes = schema_bytes();
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<serde_json::Value>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn schema_decode_typed(bencher: divan::Bencher) {
    let bytes = schema_bytes();
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<SynchronizationSchema>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn schema_encode_value(bencher: divan::Bencher) {
    let value: serde_json::Value = serde_json::from_slice(&schema_bytes()).unwrap();
    bencher.bench(|| serde_json::to_vec(divan::black_box(&value)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn schema_encode_typed(bencher: divan::Bencher) {
    let typed: SynchronizationSchema = serde_json::from_slice(&schema_bytes()).unwrap();
    bencher.bench(|| serde_json::to_vec(divan::black_box(&typed)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn page_decode_value(bencher: divan::Bencher) {
    let bytes = page_bytes();
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<serde_json::Value>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn page_decode_typed(bencher: divan::Bencher) {
    let bytes = page_bytes();
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<SynchronizationJobCollectionResponse>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn page_encode_value(bencher: divan::Bencher) {
    let value: serde_json::Value = serde_json::from_slice(&page_bytes()).unwrap();
    bencher.bench(|| serde_json::to_vec(divan::black_box(&value)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn page_encode_typed(bencher: divan::Bencher) {
    let typed: SynchronizationJobCollectionResponse = serde_json::from_slice(&page_bytes()).unwrap();
    bencher.bench(|| serde_json::to_vec(divan::black_box(&typed)).unwrap());
}

fn extras_page_bytes() -> Vec<u8> {
    serde_json::to_vec(&payloads::job_page_with_extras()).unwrap()
}

#[divan::bench(sample_count = 30)]
fn extras_page_decode_value(bencher: divan::Bencher) {
    let bytes = extras_page_bytes();
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<serde_json::Value>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn extras_page_decode_typed(bencher: divan::Bencher) {
    let bytes = extras_page_bytes();
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench(|| serde_json::from_slice::<SynchronizationJobCollectionResponse>(divan::black_box(&bytes)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn extras_page_encode_value(bencher: divan::Bencher) {
    let value: serde_json::Value = serde_json::from_slice(&extras_page_bytes()).unwrap();
    bencher.bench(|| serde_json::to_vec(divan::black_box(&value)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn extras_page_encode_typed(bencher: divan::Bencher) {
    let typed: SynchronizationJobCollectionResponse = serde_json::from_slice(&extras_page_bytes()).unwrap();
    bencher.bench(|| serde_json::to_vec(divan::black_box(&typed)).unwrap());
}

/// One request, from the entry point to `http::Request`.
#[divan::bench]
fn build_one_request(bencher: divan::Bencher) {
    let api = Api::new(Cloud::Global);
    bencher.bench(|| {
        api.service_principals()
            .item(divan::black_box("sp-1"))
            .synchronization()
            .jobs()
            .item(divan::black_box("job-1"))
            .start()
            .build()
            .unwrap()
    });
}
