//! The integration tests, one binary: each `tests/*.rs` is a module here (one link instead of one per
//! file; `autotests = false` in Cargo.toml, and the root crate's `every_test_file_is_built` checks none is
//! left out). One test: `cargo test -p msgraph-sync-cli --test it fleet::`.

mod bulk_cli;
mod bulk_consistency;
mod common;
mod connection;
mod dry_run;
mod fleet;
mod help;
mod hostile_cli;
mod kill;
mod logs_progress;
mod map_cli;
mod schema_extend;
mod templates;
mod workflows;
