//! Records, runs and chunks of the state: what `sync` reads and writes.

use std::cell::RefCell;

use rusqlite::{params, CachedStatement, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::store::{now_ms, StateError, Store};

/// Why a record is sent in a run, in the order a short budget sends them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// Its last outcome in the logs was a failure: sent again with its current body.
    Retry,
    /// In the state, absent from the feed: disabled (`active: false`).
    Leaver,
    /// Not in the state yet.
    Joiner,
    /// Its body changed since the one last accepted.
    Mover,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Retry, Kind::Leaver, Kind::Joiner, Kind::Mover];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Retry => "retry",
            Kind::Leaver => "leaver",
            Kind::Joiner => "joiner",
            Kind::Mover => "mover",
        }
    }

    fn priority(self) -> i64 {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0) as i64
    }

    fn from_name(name: &str) -> Kind {
        Kind::ALL.into_iter().find(|k| k.name() == name).unwrap_or(Kind::Mover)
    }
}

/// A record's last outcome in the provisioning logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum Outcome {
    /// Accepted by bulkUpload, not in the logs yet.
    NotYetSeen,
    Succeeded,
    Failed {
        code: Option<String>,
        reason: Option<String>,
    },
    Skipped {
        reason: Option<String>,
    },
}

impl Outcome {
    fn columns(&self) -> (&'static str, Option<&str>, Option<&str>) {
        match self {
            Outcome::NotYetSeen => ("notYetSeen", None, None),
            Outcome::Succeeded => ("succeeded", None, None),
            Outcome::Failed { code, reason } => ("failed", code.as_deref(), reason.as_deref()),
            Outcome::Skipped { reason } => ("skipped", None, reason.as_deref()),
        }
    }

    fn from_columns(status: &str, code: Option<String>, reason: Option<String>) -> Outcome {
        match status {
            "succeeded" => Outcome::Succeeded,
            "failed" => Outcome::Failed { code, reason },
            "skipped" => Outcome::Skipped { reason },
            _ => Outcome::NotYetSeen,
        }
    }
}

/// What [`Store::absent`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Absence {
    /// Records absent long enough to be disabled.
    pub leavers: u64,
    /// Records accepted and not disabled, leavers included.
    pub enabled: u64,
}

/// A failed record: externalId, error code, reason.
pub type FailureRow = (String, Option<String>, Option<String>);

/// What the state knows of one record of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    /// The hash of the SCIM body last accepted (`None`: never accepted).
    pub body_hash: Option<String>,
    pub disabled: bool,
    pub outcome: Outcome,
}

/// What the state says of a feed record as a run reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// The record's first appearance in this run, and what the state knew of it (a record new to
    /// the state has no body hash, like one never carried by an accepted chunk).
    First(RecordRow),
    /// An earlier record of this run, on `first_line`, has the same externalId.
    Repeat { first_line: u64 },
}

/// Where a chunk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChunkState {
    /// Recorded, and being sent: if the run dies now, its fate is unknown.
    InFlight,
    Accepted,
    Refused,
    /// Sent, and the answer does not say whether the service acted.
    Unknown,
    NotSent,
}

impl ChunkState {
    fn name(self) -> &'static str {
        match self {
            ChunkState::InFlight => "inFlight",
            ChunkState::Accepted => "accepted",
            ChunkState::Refused => "refused",
            ChunkState::Unknown => "unknown",
            ChunkState::NotSent => "notSent",
        }
    }
}

/// A record planned for sending, or carried by a chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub external_id: String,
    pub kind: Kind,
    pub body_hash: String,
    pub body: String,
    /// The feed's line (none for a leaver).
    pub line: Option<u64>,
}

/// A chunk whose fate is not settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkRow {
    pub id: i64,
    pub sent_at_ms: i64,
    pub records: Vec<Planned>,
}

impl Store {
    /// Opens a transaction that [`rollback_rehearsal`](Self::rollback_rehearsal) undoes: a dry run
    /// plans against the real state and leaves it as it was.
    pub fn begin_rehearsal(&self) -> Result<(), StateError> {
        self.lock().execute_batch("BEGIN").map_err(|e| self.sqlite(e))
    }

    /// Undoes everything since [`begin_rehearsal`](Self::begin_rehearsal).
    pub fn rollback_rehearsal(&self) -> Result<(), StateError> {
        self.lock().execute_batch("ROLLBACK").map_err(|e| self.sqlite(e))
    }

    /// A new run of `job` from `input`.
    pub fn begin_run(&self, job: &str, input: &str) -> Result<i64, StateError> {
        let conn = self.lock();
        // A run that never ended was killed (the lock is held, so none is running now).
        conn.execute(
            "UPDATE runs SET status = 'interrupted' WHERE job = ?1 AND ended_at IS NULL AND status = 'running'",
            [job],
        )
        .map_err(|e| self.sqlite(e))?;
        conn.execute(
            "INSERT INTO runs (job, input, started_at) VALUES (?1, ?2, ?3)",
            params![job, input, crate::logs::now_rfc3339()],
        )
        .map_err(|e| self.sqlite(e))?;
        let run = conn.last_insert_rowid();
        conn.execute("DELETE FROM planned", []).map_err(|e| self.sqlite(e))?;
        Ok(run)
    }

    /// The end of a run, with its plan and counts (JSON) and how it ended.
    pub fn finish_run(&self, run: i64, plan: &str, counts: &str, status: &str) -> Result<(), StateError> {
        self.lock()
            .execute(
                "UPDATE runs SET ended_at = ?2, plan = ?3, counts = ?4, status = ?5 WHERE id = ?1",
                params![run, crate::logs::now_rfc3339(), plan, counts, status],
            )
            .map(drop)
            .map_err(|e| self.sqlite(e))
    }

    /// When the last finished run of `job` started (RFC 3339), if any.
    pub fn last_run_start(&self, job: &str) -> Result<Option<String>, StateError> {
        self.lock()
            .query_row(
                "SELECT started_at FROM runs WHERE job = ?1 AND ended_at IS NOT NULL ORDER BY id DESC LIMIT 1",
                [job],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.sqlite(e))
    }

    /// Runs a closure in one transaction (a batch of feed records: one commit instead of many).
    /// Inside a rehearsal it runs in the rehearsal's transaction, which undoes it all anyway.
    pub fn batch<T, E: From<StateError>>(&self, work: impl FnOnce(&Batch<'_>) -> Result<T, E>) -> Result<T, E> {
        let mut conn = self.lock();
        if !conn.is_autocommit() {
            return work(&Batch::new(self, &conn)?);
        }
        let tx = conn.savepoint().map_err(|e| self.sqlite(e))?;
        let value = work(&Batch::new(self, &tx)?)?;
        tx.commit().map_err(|e| self.sqlite(e))?;
        Ok(value)
    }

    /// Counts absent records one more run and returns how many have been absent for `after` runs
    /// or more and are not disabled yet (the leavers; [`leavers_after`](Self::leavers_after) pages
    /// through them), and how many records of `job` are enabled (accepted, not disabled).
    pub fn absent(&self, job: &str, run: i64, after: u32) -> Result<Absence, StateError> {
        let mut conn = self.lock();
        let tx = conn.savepoint().map_err(|e| self.sqlite(e))?;
        tx.execute(
            "UPDATE records SET absent_runs = absent_runs + 1
             WHERE job = ?1 AND (last_seen_run IS NULL OR last_seen_run < ?2) AND body_hash IS NOT NULL AND disabled = 0",
            params![job, run],
        )
        .map_err(|e| self.sqlite(e))?;
        // Both counts in one pass over the job's records.
        let (leavers, enabled) = tx
            .query_row(
                "SELECT count(*) FILTER (WHERE (last_seen_run IS NULL OR last_seen_run < ?2) AND absent_runs >= ?3),
                        count(*)
                 FROM records WHERE job = ?1 AND body_hash IS NOT NULL AND disabled = 0",
                params![job, run, after],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
            )
            .map_err(|e| self.sqlite(e))?;
        tx.commit().map_err(|e| self.sqlite(e))?;
        Ok(Absence {
            leavers: u64::try_from(leavers).unwrap_or(0),
            enabled: u64::try_from(enabled).unwrap_or(0),
        })
    }

    /// The leavers [`absent`](Self::absent) counted, by externalId after `after_id`, at most
    /// `limit`, with their last accepted body (a page at a time: there may be a whole workforce).
    pub fn leavers_after(
        &self,
        job: &str,
        run: i64,
        after: u32,
        after_id: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, String)>, StateError> {
        let conn = self.lock();
        // `>=` the least text for the first page: a bound the primary key's range scan can use.
        let (compare, bound) = match after_id {
            Some(id) => (">", id),
            None => (">=", ""),
        };
        let mut statement = conn
            .prepare_cached(&format!(
                // CROSS JOIN: records drive (few are leavers); driven by the bodies, every body of
                // the job would be read.
                "SELECT r.external_id, b.body FROM records r
                 CROSS JOIN accepted_bodies b ON b.job = r.job AND b.external_id = r.external_id
                 WHERE r.job = ?1 AND r.external_id {compare} ?4
                   AND (r.last_seen_run IS NULL OR r.last_seen_run < ?2) AND r.body_hash IS NOT NULL
                   AND r.disabled = 0 AND r.absent_runs >= ?3
                 ORDER BY r.external_id LIMIT ?5"
            ))
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(params![job, run, after, bound, limit as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(|e| self.sqlite(e))?;
        rows.collect::<Result<Vec<(String, String)>, _>>()
            .map_err(|e| self.sqlite(e))
    }

    /// Planned records after `(kind, seq)`, in sending order, at most `limit`.
    pub fn planned_after(&self, after: Option<(Kind, i64)>, limit: usize) -> Result<Vec<(i64, Planned)>, StateError> {
        let conn = self.lock();
        let (priority, seq) = after.map_or((-1, -1), |(k, s)| (k.priority(), s));
        let mut statement = conn
            .prepare_cached(
                "SELECT seq, external_id, kind, body_hash, body, line FROM planned
                 WHERE (priority, seq) > (?1, ?2) ORDER BY priority, seq LIMIT ?3",
            )
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(params![priority, seq, limit as i64], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Planned {
                        external_id: r.get(1)?,
                        kind: Kind::from_name(&r.get::<_, String>(2)?),
                        body_hash: r.get(3)?,
                        body: r.get(4)?,
                        line: r.get::<_, Option<i64>>(5)?.map(|l| u64::try_from(l).unwrap_or(0)),
                    },
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sqlite(e))
    }

    /// Planned records per kind.
    pub fn planned_counts(&self) -> Result<Vec<(Kind, u64)>, StateError> {
        let conn = self.lock();
        let mut statement = conn
            .prepare("SELECT kind, count(*) FROM planned GROUP BY kind")
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .map_err(|e| self.sqlite(e))?;
        rows.map(|r| {
            r.map(|(k, n)| (Kind::from_name(&k), u64::try_from(n).unwrap_or(0)))
                .map_err(|e| self.sqlite(e))
        })
        .collect()
    }

    /// Records `records` as one chunk in flight (before it is sent); returns its id.
    pub fn chunk_in_flight(&self, run: i64, job: &str, records: &[Planned]) -> Result<i64, StateError> {
        let mut conn = self.lock();
        let tx = conn.savepoint().map_err(|e| self.sqlite(e))?;
        tx.execute(
            "INSERT INTO chunks (run, job, state, sent_at_ms) VALUES (?1, ?2, 'inFlight', ?3)",
            params![run, job, now_ms()],
        )
        .map_err(|e| self.sqlite(e))?;
        let chunk = tx.last_insert_rowid();
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO chunk_records (chunk, external_id, kind, body_hash, body, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(|e| self.sqlite(e))?;
            for record in records {
                insert
                    .execute(params![
                        chunk,
                        record.external_id,
                        record.kind.name(),
                        record.body_hash,
                        record.body,
                        record.line.map(|l| i64::try_from(l).unwrap_or(i64::MAX))
                    ])
                    .map_err(|e| self.sqlite(e))?;
            }
        }
        tx.commit().map_err(|e| self.sqlite(e))?;
        Ok(chunk)
    }

    /// Settles a chunk. Accepted: each record's last accepted body becomes the chunk's (a leaver's
    /// marks it disabled), its outcome not yet seen.
    pub fn settle_chunk(
        &self,
        chunk: i64,
        state: ChunkState,
        http_status: Option<u16>,
        location: Option<&str>,
        error: Option<&str>,
    ) -> Result<(), StateError> {
        let mut conn = self.lock();
        let tx = conn.savepoint().map_err(|e| self.sqlite(e))?;
        tx.execute(
            "UPDATE chunks SET state = ?2, http_status = ?3, location = ?4, error = ?5, answered_at_ms = ?6 WHERE id = ?1",
            params![chunk, state.name(), http_status, location, error, now_ms()],
        )
        .map_err(|e| self.sqlite(e))?;
        if state == ChunkState::Accepted {
            tx.execute(
                "INSERT INTO records (job, external_id, body_hash, chunk, outcome, outcome_code, outcome_reason, outcome_at, disabled, absent_runs)
                 SELECT c.job, r.external_id, r.body_hash, c.id, 'notYetSeen', NULL, NULL, NULL, r.kind = 'leaver', 0
                 FROM chunk_records r JOIN chunks c ON c.id = r.chunk WHERE r.chunk = ?1 AND true
                 ON CONFLICT (external_id, job) DO UPDATE SET
                    body_hash = excluded.body_hash, chunk = excluded.chunk, outcome = 'notYetSeen',
                    outcome_code = NULL, outcome_reason = NULL, outcome_at = NULL, disabled = excluded.disabled",
                [chunk],
            )
            .map_err(|e| self.sqlite(e))?;
            tx.execute(
                "INSERT INTO accepted_bodies (job, external_id, body)
                 SELECT c.job, r.external_id, r.body FROM chunk_records r JOIN chunks c ON c.id = r.chunk
                 WHERE r.chunk = ?1 AND true
                 ON CONFLICT (job, external_id) DO UPDATE SET body = excluded.body",
                [chunk],
            )
            .map_err(|e| self.sqlite(e))?;
        }
        tx.commit().map_err(|e| self.sqlite(e))
    }

    /// Chunks of `job` in flight or unknown (from runs that died, or answers that said nothing).
    pub fn unsettled_chunks(&self, job: &str) -> Result<Vec<ChunkRow>, StateError> {
        let conn = self.lock();
        let mut chunks = {
            let mut statement = conn
                .prepare(
                    "SELECT id, sent_at_ms FROM chunks WHERE job = ?1 AND state IN ('inFlight', 'unknown') ORDER BY id",
                )
                .map_err(|e| self.sqlite(e))?;
            let rows = statement
                .query_map([job], |r| {
                    Ok(ChunkRow {
                        id: r.get(0)?,
                        sent_at_ms: r.get(1)?,
                        records: Vec::new(),
                    })
                })
                .map_err(|e| self.sqlite(e))?;
            rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.sqlite(e))?
        };
        let mut statement = conn
            .prepare_cached("SELECT external_id, kind, body_hash, body, line FROM chunk_records WHERE chunk = ?1")
            .map_err(|e| self.sqlite(e))?;
        for chunk in &mut chunks {
            let rows = statement
                .query_map([chunk.id], |r| {
                    Ok(Planned {
                        external_id: r.get(0)?,
                        kind: Kind::from_name(&r.get::<_, String>(1)?),
                        body_hash: r.get(2)?,
                        body: r.get(3)?,
                        line: r.get::<_, Option<i64>>(4)?.map(|l| u64::try_from(l).unwrap_or(0)),
                    })
                })
                .map_err(|e| self.sqlite(e))?;
            chunk.records = rows.collect::<Result<_, _>>().map_err(|e| self.sqlite(e))?;
        }
        Ok(chunks)
    }

    /// Chunks the state saw accepted carrying `external_id` for `job`, sent at or after `since_ms`.
    pub fn accepted_sends_since(&self, job: &str, external_id: &str, since_ms: i64) -> Result<u64, StateError> {
        self.lock()
            .prepare_cached(
                "SELECT count(*) FROM chunk_records r JOIN chunks c ON c.id = r.chunk
                 WHERE c.job = ?1 AND r.external_id = ?2 AND c.state = 'accepted' AND c.sent_at_ms >= ?3",
            )
            .and_then(|mut s| s.query_row(params![job, external_id, since_ms], |r| r.get::<_, i64>(0)))
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(|e| self.sqlite(e))
    }

    /// Records' outcomes from the logs (externalId, outcome, the entry's time), in one
    /// transaction: an entry replaces a record's outcome unless the outcome kept is from a later
    /// entry, so entries may come in any order. Returns how many records took one.
    pub fn record_outcomes(
        &self,
        job: &str,
        outcomes: &[(String, Outcome, Option<String>)],
    ) -> Result<u64, StateError> {
        let mut conn = self.lock();
        let tx = conn.savepoint().map_err(|e| self.sqlite(e))?;
        let mut recorded = 0;
        {
            let mut update = tx
                .prepare_cached(
                    "UPDATE records SET outcome = ?3, outcome_code = ?4, outcome_reason = ?5, outcome_at = ?6
                     WHERE external_id = ?2 AND job = ?1
                       AND (outcome_at IS NULL
                            OR (?6 IS NOT NULL AND julianday(?6) >= coalesce(julianday(outcome_at), 0)))",
                )
                .map_err(|e| self.sqlite(e))?;
            for (external_id, outcome, at) in outcomes {
                let (status, code, reason) = outcome.columns();
                recorded += update
                    .execute(params![job, external_id, status, code, reason, at])
                    .map_err(|e| self.sqlite(e))? as u64;
            }
        }
        tx.commit().map_err(|e| self.sqlite(e))?;
        Ok(recorded)
    }

    /// Failed records of `job`: external id, code, reason.
    pub fn failures(&self, job: &str) -> Result<Vec<FailureRow>, StateError> {
        let conn = self.lock();
        let mut statement = conn
            .prepare("SELECT external_id, outcome_code, outcome_reason FROM records WHERE job = ?1 AND outcome = 'failed' ORDER BY external_id")
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([job], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(|e| self.sqlite(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sqlite(e))
    }
}

/// What the state knows of a record, and the run and line it was last seen on.
const KNOWN: &str = "SELECT last_seen_run, seen_line, body_hash, disabled, outcome, outcome_code, outcome_reason
 FROM records WHERE job = ?1 AND external_id = ?2";

const FIRST_SEEN: &str =
    "INSERT INTO records (job, external_id, first_seen_run, last_seen_run, seen_line) VALUES (?1, ?2, ?3, ?3, ?4)";

const SEEN_AGAIN: &str = "UPDATE records SET last_seen_run = ?3, seen_line = ?4, absent_runs = 0,
    first_seen_run = coalesce(first_seen_run, ?3) WHERE job = ?1 AND external_id = ?2";

const PLAN: &str =
    "INSERT INTO planned (seq, priority, external_id, kind, body_hash, body, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

/// One transaction's worth of feed records.
pub struct Batch<'s> {
    store: &'s Store,
    known: RefCell<CachedStatement<'s>>,
    first_seen: RefCell<CachedStatement<'s>>,
    seen_again: RefCell<CachedStatement<'s>>,
    plan: RefCell<CachedStatement<'s>>,
}

impl<'s> Batch<'s> {
    fn new(store: &'s Store, conn: &'s rusqlite::Connection) -> Result<Batch<'s>, StateError> {
        let prepare = |sql| conn.prepare_cached(sql).map(RefCell::new).map_err(|e| store.sqlite(e));
        Ok(Batch {
            store,
            known: prepare(KNOWN)?,
            first_seen: prepare(FIRST_SEEN)?,
            seen_again: prepare(SEEN_AGAIN)?,
            plan: prepare(PLAN)?,
        })
    }

    /// Marks `external_id` seen in `run` on the feed's `line` (first seen now if new), and returns
    /// what the state knew, or the line of an earlier record of the same run with this externalId.
    pub fn seen(&self, job: &str, external_id: &str, run: i64, line: u64) -> Result<Seen, StateError> {
        let line = i64::try_from(line).unwrap_or(i64::MAX);
        let sqlite = |e| self.store.sqlite(e);
        let known = self
            .known
            .borrow_mut()
            .query_row(params![job, external_id], |r| {
                Ok((
                    r.get::<_, Option<i64>>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    RecordRow {
                        body_hash: r.get(2)?,
                        disabled: r.get::<_, i64>(3)? != 0,
                        outcome: Outcome::from_columns(r.get_ref(4)?.as_str()?, r.get(5)?, r.get(6)?),
                    },
                ))
            })
            .optional()
            .map_err(sqlite)?;
        let Some((last_seen_run, seen_line, row)) = known else {
            self.first_seen
                .borrow_mut()
                .execute(params![job, external_id, run, line])
                .map_err(sqlite)?;
            return Ok(Seen::First(RecordRow {
                body_hash: None,
                disabled: false,
                outcome: Outcome::NotYetSeen,
            }));
        };
        match seen_line {
            // Already read in this run, on another line.
            Some(first) if last_seen_run == Some(run) && first != line => {
                return Ok(Seen::Repeat {
                    first_line: u64::try_from(first).unwrap_or(0),
                })
            }
            Some(_) if last_seen_run == Some(run) => {}
            _ => {
                self.seen_again
                    .borrow_mut()
                    .execute(params![job, external_id, run, line])
                    .map_err(sqlite)?;
            }
        }
        Ok(Seen::First(row))
    }

    /// Plans one record for sending.
    pub fn plan(&self, seq: i64, record: &Planned) -> Result<(), StateError> {
        self.plan
            .borrow_mut()
            .execute(params![
                seq,
                record.kind.priority(),
                record.external_id,
                record.kind.name(),
                record.body_hash,
                record.body,
                record.line.map(|l| i64::try_from(l).unwrap_or(i64::MAX))
            ])
            .map(drop)
            .map_err(|e| self.store.sqlite(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(name: &str) -> std::sync::Arc<Store> {
        let dir = std::env::temp_dir().join(format!("msgraph-sync-outcomes-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&dir.join("state.db")).unwrap();
        store
            .lock()
            .execute_batch(
                "INSERT INTO records (external_id, job, body_hash) VALUES ('E1', 'j', 'h'), ('E2', 'j', 'h')",
            )
            .unwrap();
        store
    }

    fn outcome_of(store: &Store, id: &str) -> (String, Option<String>) {
        store
            .lock()
            .query_row(
                "SELECT outcome, outcome_at FROM records WHERE external_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    }

    #[test]
    fn the_newest_entry_wins_whatever_the_order_entries_come_in() {
        let failed = Outcome::Failed {
            code: Some("X".into()),
            reason: None,
        };
        // Half a second later, and before it as text ('.' sorts before 'Z').
        let later = Some("2026-12-07T10:00:00.5Z".to_string());
        let earlier = Some("2026-12-07T10:00:00Z".to_string());
        for (name, entries) in [
            (
                "newest-first",
                vec![
                    ("E1".to_string(), Outcome::Succeeded, later.clone()),
                    ("E1".to_string(), failed.clone(), earlier.clone()),
                ],
            ),
            (
                "newest-last",
                vec![
                    ("E1".to_string(), failed.clone(), earlier.clone()),
                    ("E1".to_string(), Outcome::Succeeded, later.clone()),
                ],
            ),
        ] {
            let store = store(name);
            // Each entry in its own page, as a read of several pages writes them.
            for entry in &entries {
                store.record_outcomes("j", std::slice::from_ref(entry)).unwrap();
            }
            assert_eq!(
                outcome_of(&store, "E1"),
                ("succeeded".to_string(), later.clone()),
                "{name}"
            );
            assert_eq!(
                outcome_of(&store, "E2").0,
                "notYetSeen",
                "{name}: another record untouched"
            );
            // An entry for a record the state does not have records nothing.
            let unknown = [("E9".to_string(), Outcome::Succeeded, later.clone())];
            assert_eq!(store.record_outcomes("j", &unknown).unwrap(), 0);
        }
    }
}
