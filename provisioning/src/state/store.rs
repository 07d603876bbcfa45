//! The open state file: opening, migrating, and the errors it can give.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

/// The schema this version writes.
pub const SCHEMA_VERSION: i64 = 3;

/// Migration `n` (1-based) takes a file from schema `n - 1` to `n`: its SQL, then its Rust step.
const MIGRATIONS: [(&str, Option<RustStep>); 3] = [
    (
        r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ledger (tenant TEXT NOT NULL, at_ms INTEGER NOT NULL);
CREATE INDEX ledger_by_time ON ledger (tenant, at_ms);
CREATE TABLE records (
    job TEXT NOT NULL,
    external_id TEXT NOT NULL,
    body_hash TEXT,
    body TEXT,
    first_seen_run INTEGER,
    last_seen_run INTEGER,
    absent_runs INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    chunk INTEGER,
    location TEXT,
    outcome TEXT NOT NULL DEFAULT 'notYetSeen',
    outcome_code TEXT,
    outcome_reason TEXT,
    outcome_at TEXT,
    PRIMARY KEY (job, external_id)
) WITHOUT ROWID;
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    job TEXT NOT NULL,
    input TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    plan TEXT,
    counts TEXT,
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    run INTEGER NOT NULL,
    job TEXT NOT NULL,
    state TEXT NOT NULL,
    http_status INTEGER,
    location TEXT,
    error TEXT,
    sent_at_ms INTEGER NOT NULL,
    answered_at_ms INTEGER
);
CREATE INDEX chunks_by_state ON chunks (job, state);
CREATE TABLE chunk_records (
    chunk INTEGER NOT NULL,
    external_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    body TEXT NOT NULL,
    line INTEGER,
    PRIMARY KEY (chunk, external_id)
) WITHOUT ROWID;
CREATE TABLE lock (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, host TEXT NOT NULL, started_at TEXT NOT NULL);
CREATE TABLE planned (
    seq INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    external_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    body TEXT NOT NULL,
    line INTEGER,
    PRIMARY KEY (priority, seq)
) WITHOUT ROWID;
"#,
        None,
    ),
    // The feed's line a record was last first seen on, so a repeat in the same run names it.
    ("ALTER TABLE records ADD COLUMN seen_line INTEGER;", None),
    // Bodies in a table of their own: a run marks every record of the feed seen, and narrow rows
    // make that a rewrite of few pages. `location` is the chunk's. Records are keyed by externalId
    // first: a run looks each one up, and a key that starts with the (long, shared) job id is
    // compared in full at every step of the search. Bodies and hashes become
    // canonical (members ordered by name), so a record is hashed without being typed. Settling a
    // chunk from the logs counts each of its records' earlier sends: by an index, not a scan.
    (
        r#"
CREATE TABLE accepted_bodies (
    job TEXT NOT NULL,
    external_id TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (job, external_id)
) WITHOUT ROWID;
INSERT INTO accepted_bodies (job, external_id, body)
    SELECT job, external_id, body FROM records WHERE body IS NOT NULL;
CREATE TABLE records_by_id (
    external_id TEXT NOT NULL,
    job TEXT NOT NULL,
    body_hash TEXT,
    first_seen_run INTEGER,
    last_seen_run INTEGER,
    absent_runs INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    chunk INTEGER,
    outcome TEXT NOT NULL DEFAULT 'notYetSeen',
    outcome_code TEXT,
    outcome_reason TEXT,
    outcome_at TEXT,
    seen_line INTEGER,
    PRIMARY KEY (external_id, job)
) WITHOUT ROWID;
INSERT INTO records_by_id
    SELECT external_id, job, body_hash, first_seen_run, last_seen_run, absent_runs, disabled, chunk, outcome,
           outcome_code, outcome_reason, outcome_at, seen_line
    FROM records;
DROP TABLE records;
ALTER TABLE records_by_id RENAME TO records;
DELETE FROM planned;
CREATE INDEX chunk_records_by_record ON chunk_records (external_id);
"#,
        Some(canonical_bodies),
    ),
];

/// A migration's step that SQL cannot express.
type RustStep = fn(&Store, &rusqlite::Transaction<'_>) -> Result<(), StateError>;

/// Migration 3: each kept body becomes canonical text, and each hash the hash of that text.
fn canonical_bodies(store: &Store, tx: &rusqlite::Transaction<'_>) -> Result<(), StateError> {
    let corrupt = |what: String, error: serde_json::Error| StateError::Corrupt {
        path: store.path.display().to_string(),
        message: format!("{what} is not JSON: {error}"),
    };
    let sqlite = |e| store.sqlite(e);
    // A page at a time by key: a state may hold a whole workforce.
    let mut after = (String::new(), String::new());
    loop {
        let page: Vec<(String, String, String)> = tx
            .prepare_cached(
                "SELECT job, external_id, body FROM accepted_bodies WHERE (job, external_id) > (?1, ?2)
                 ORDER BY job, external_id LIMIT 1000",
            )
            .and_then(|mut s| {
                s.query_map([&after.0, &after.1], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            })
            .map_err(sqlite)?;
        let Some((job, external_id, _)) = page.last() else {
            break;
        };
        after = (job.clone(), external_id.clone());
        for (job, external_id, body) in &page {
            let text = crate::body::canonical_text(body)
                .map_err(|e| corrupt(format!("the last accepted body of {external_id} (job {job})"), e))?;
            tx.prepare_cached("UPDATE accepted_bodies SET body = ?3 WHERE job = ?1 AND external_id = ?2")
                .and_then(|mut s| s.execute([job, external_id, &text]))
                .map_err(sqlite)?;
            tx.prepare_cached("UPDATE records SET body_hash = ?3 WHERE job = ?1 AND external_id = ?2")
                .and_then(|mut s| s.execute([job, external_id, &crate::body::hash(text.as_bytes())]))
                .map_err(sqlite)?;
        }
    }
    // The bodies of chunks (those in flight settle with the hash they carry).
    let mut after = (0_i64, String::new());
    loop {
        let page: Vec<(i64, String, String)> = tx
            .prepare_cached(
                "SELECT chunk, external_id, body FROM chunk_records WHERE (chunk, external_id) > (?1, ?2)
                 ORDER BY chunk, external_id LIMIT 1000",
            )
            .and_then(|mut s| {
                s.query_map(rusqlite::params![after.0, after.1], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect()
            })
            .map_err(sqlite)?;
        let Some((chunk, external_id, _)) = page.last() else {
            break;
        };
        after = (*chunk, external_id.clone());
        for (chunk, external_id, body) in &page {
            let text = crate::body::canonical_text(body)
                .map_err(|e| corrupt(format!("the body of {external_id} in chunk {chunk}"), e))?;
            tx.prepare_cached(
                "UPDATE chunk_records SET body = ?3, body_hash = ?4 WHERE chunk = ?1 AND external_id = ?2",
            )
            .and_then(|mut s| {
                s.execute(rusqlite::params![
                    chunk,
                    external_id,
                    text,
                    crate::body::hash(text.as_bytes())
                ])
            })
            .map_err(sqlite)?;
        }
    }
    Ok(())
}

/// Why the state store cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{path}: {source}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: written by a newer msgraph-sync (state schema {found}; this version knows {SCHEMA_VERSION}): upgrade the tool, or use another --state")]
    Newer { path: String, found: i64 },
    #[error("{path}: another run holds this state (pid {pid} on {host}, since {started_at}); wait for it, or remove the lock if that process is gone")]
    Locked {
        path: String,
        pid: i64,
        host: String,
        started_at: String,
    },
    #[error("{path}: {message}")]
    Corrupt { path: String, message: String },
}

/// The open state file.
pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating it if needed) and migrates the state at `path`.
    pub fn open(path: &Path) -> Result<Arc<Store>, StateError> {
        let sqlite = |source| StateError::Sqlite {
            path: path.display().to_string(),
            source,
        };
        let conn = Connection::open(path).map_err(sqlite)?;
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(sqlite)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(sqlite)?;
        // WAL with NORMAL: a commit survives a killed process; a power cut may lose the last ones.
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(sqlite)?;
        // Statement and savepoint journals in memory, not in a temporary file per statement (a
        // run writes a statement per feed record; each journal holds a few pages).
        conn.pragma_update(None, "temp_store", "MEMORY").map_err(sqlite)?;
        let store = Store {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        };
        store.migrate()?;
        Ok(Arc::new(store))
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn sqlite(&self, source: rusqlite::Error) -> StateError {
        StateError::Sqlite {
            path: self.path.display().to_string(),
            source,
        }
    }

    fn migrate(&self) -> Result<(), StateError> {
        let mut conn = self.lock();
        let has_meta: bool = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
                [],
                |row| row.get::<_, i64>(0),
            )
            .map_err(|e| self.sqlite(e))?
            > 0;
        let version: i64 = if has_meta {
            conn.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |row| {
                row.get::<_, String>(0)
            })
            .map_err(|e| self.sqlite(e))?
            .parse()
            .map_err(|_| StateError::Corrupt {
                path: self.path.display().to_string(),
                message: "meta.schema_version is not a number".into(),
            })?
        } else {
            0
        };
        if version > SCHEMA_VERSION {
            return Err(StateError::Newer {
                path: self.path.display().to_string(),
                found: version,
            });
        }
        if version == SCHEMA_VERSION {
            // Up to date: nothing to write (a writer elsewhere, a dry run's open transaction, must
            // not be waited for).
            return Ok(());
        }
        let tx = conn.transaction().map_err(|e| self.sqlite(e))?;
        for (index, (sql, step)) in MIGRATIONS.iter().enumerate() {
            let to = index as i64 + 1;
            if to > version {
                tx.execute_batch(sql).map_err(|e| self.sqlite(e))?;
                if let Some(step) = step {
                    step(self, &tx)?;
                }
            }
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [SCHEMA_VERSION.to_string()],
        )
        .map_err(|e| self.sqlite(e))?;
        tx.commit().map_err(|e| self.sqlite(e))
    }
}

/// The state file when none is named: `$XDG_STATE_HOME/msgraph-sync/state.db`, else
/// `~/.local/state/msgraph-sync/state.db`, else `msgraph-sync-state.db` here.
pub fn default_path() -> PathBuf {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".local/state")));
    match base {
        Some(base) => base.join("msgraph-sync").join("state.db"),
        None => PathBuf::from("msgraph-sync-state.db"),
    }
}

/// Milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("msgraph-sync-state-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("state.db")
    }

    #[test]
    fn opens_migrates_and_refuses_a_newer_file() {
        let path = temp("newer");
        {
            let store = Store::open(&path).unwrap();
            let mode: String = store.lock().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
            assert_eq!(mode, "wal");
        }
        // Opening again is a no-op migration.
        Store::open(&path).unwrap();
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'", [])
            .unwrap();
        drop(conn);
        let error = Store::open(&path).unwrap_err();
        assert!(matches!(error, StateError::Newer { found: 99, .. }), "{error}");
        assert!(error.to_string().contains("newer msgraph-sync"), "{error}");
    }

    #[test]
    fn schema_2_bodies_move_to_their_own_table_as_canonical_text_with_their_hashes() {
        let path = temp("from-2");
        let typed = r#"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"externalId":"E1","userName":"u1","active":true}"#;
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0].0).unwrap();
            conn.execute_batch(MIGRATIONS[1].0).unwrap();
            conn.execute_batch(&format!(
                "INSERT INTO meta VALUES ('schema_version', '2');
                 INSERT INTO records (job, external_id, body_hash, body, location) VALUES ('j', 'E1', 'old', '{typed}', 'https://x');
                 INSERT INTO records (job, external_id) VALUES ('j', 'E2');
                 INSERT INTO chunks (id, run, job, state, sent_at_ms) VALUES (7, 1, 'j', 'inFlight', 0);
                 INSERT INTO chunk_records VALUES (7, 'E1', 'mover', 'old', '{typed}', 2);"
            ))
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        let conn = store.lock();
        let canonical = r#"{"active":true,"externalId":"E1","schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"u1"}"#;
        let hash = crate::body::hash(canonical.as_bytes());
        let kept: (String, String) = conn
            .query_row(
                "SELECT b.body, r.body_hash FROM accepted_bodies b JOIN records r USING (job, external_id)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(kept, (canonical.to_string(), hash.clone()));
        let never: Option<String> = conn
            .query_row("SELECT body_hash FROM records WHERE external_id = 'E2'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(never, None, "a record never accepted has no body");
        let in_flight: (String, String) = conn
            .query_row("SELECT body, body_hash FROM chunk_records", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(in_flight, (canonical.to_string(), hash));
        let columns: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_info('records')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(!columns.iter().any(|c| c == "body" || c == "location"), "{columns:?}");
        let version: String = conn
            .query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION.to_string());
    }

    #[test]
    fn a_body_that_is_not_json_stops_the_migration_naming_the_record() {
        let path = temp("corrupt-body");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0].0).unwrap();
            conn.execute_batch(MIGRATIONS[1].0).unwrap();
            conn.execute_batch(
                "INSERT INTO meta VALUES ('schema_version', '2');
                 INSERT INTO records (job, external_id, body_hash, body) VALUES ('j', 'E9', 'h', '{not json');",
            )
            .unwrap();
        }
        let error = Store::open(&path).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("the last accepted body of E9 (job j) is not JSON"),
            "{error}"
        );
        // Nothing of the migration was kept: the file is still at schema 2.
        let conn = Connection::open(&path).unwrap();
        let version: String = conn
            .query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, "2");
    }
}
