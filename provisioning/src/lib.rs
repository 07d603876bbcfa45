//! The provisioning jobs users otherwise script by hand, built on [`msgraph_sync::Client`]: each spans
//! several Graph operations, the service's rate limits and its eventual consistency.
//!
//! Every job is a library function here and a subcommand of the `msgraph-sync` command-line tool
//! (`cli/`); both are tested end to end against the fake service (`dev/fake-graph/`) on 127.0.0.1.
//!
//! - API-driven inbound provisioning: [`attribute_map`], [`records`] and [`scim`] turn CSV or JSON
//!   Lines into SCIM bulk requests, [`bulk`] uploads them, [`manifest`] keeps what went where.
//! - What happened to the records: [`logs`].
//! - Jobs: [`templates`] (list a service principal's templates, create a job from one, delete a job),
//!   [`job`] (start, pause, restart, watch), [`fleet`].
//! - Dry runs: [`plan`], the requests a run would send, as the run builds them.
//! - Object connections (beta): look one up and repair it as the docs describe, [`connection`].

pub mod attribute_map;
pub mod bootstrap;
pub mod bulk;
pub mod connection;
pub mod fleet;
pub mod job;
pub mod logs;
pub mod manifest;
pub mod map_expression;
pub mod on_demand;
pub mod plan;
pub mod records;
pub mod schema;
pub mod scim;
pub mod scim_schema;
pub mod seen_ids;
pub mod state;
pub mod sync;
pub mod templates;
