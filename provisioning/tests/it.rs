//! The integration tests, one binary: each `tests/*.rs` is a module here (one link instead of one per
//! file; `autotests = false` in Cargo.toml, and the root crate's `every_test_file_is_built` checks none is
//! left out). One test: `cargo test -p msgraph-sync-provisioning --test it fleet::`.

mod bulk_upload;
mod csv2scim_sample;
mod csv_reader;
mod fleet;
mod hostile_input;
mod map_language;
mod schema_extend;
mod schema_safety;
mod scim;
mod sync;
mod templates;
mod workflows;
