//! The state store: one SQLite file (WAL mode, SQLite bundled) that remembers, across runs, what was
//! sent to each job and what became of it, and the tenant's daily bulkUpload budget.
//!
//! Tables (read them with the `sqlite3` shell; docs/sync.md describes each column):
//!
//! - `meta`: `schema_version`.
//! - `ledger`: every bulkUpload call, by tenant, with its time (the daily budget; shared by all feeds
//!   of the tenant).
//! - `records`: per `externalId` and job: the hash of the SCIM body last accepted, the runs it was
//!   first and last seen in, how many runs in a row it has been absent, the chunk that carried it
//!   (and through it the `Location`), and its last outcome from the provisioning logs.
//! - `accepted_bodies`: per job and `externalId`, the SCIM body last accepted (canonical text,
//!   [`crate::body`]).
//! - `runs`: each run: input, plan, counts, start and end.
//! - `chunks` and `chunk_records`: each bulk request, recorded as in flight before it is sent and
//!   settled after, with the records (and bodies) it carried.
//! - `lock`: the process running now, so a second run on the same state refuses.
//! - `planned`: the current run's records to send (cleared when a run begins).
//!
//! Migrations are numbered; a file written by a newer version is refused.

mod ledger;
mod lock;
mod records;
mod store;

pub use ledger::{LazyLedger, Ledger};
pub use lock::RunLock;
pub use records::{Absence, Batch, ChunkRow, ChunkState, Kind, Outcome, Planned, RecordRow, Seen};
pub(crate) use store::now_ms;
pub use store::{default_path, StateError, Store};
