//! The externalIds a run has read so far, each with the line of its first record, kept on disk so
//! that memory does not grow with the feed: a private temporary SQLite database (SQLite creates it
//! in its temporary directory only once its small cache overflows and deletes it when the set is
//! dropped; on Unix it unlinks the file as soon as it is opened, so even a killed run leaves none).
//! Ids are compared whole, so two different ids are never taken for one.

use rusqlite::{Connection, OptionalExtension};

/// Pages of the set SQLite keeps in memory (negative: KiB): the set's share of memory, whatever the
/// feed's size.
const CACHE_KIB: i64 = 512;

/// The ids read so far.
pub struct SeenIds {
    conn: Connection,
}

/// Why the set cannot take another id (a full disk, most likely).
#[derive(Debug, thiserror::Error)]
#[error(
    "the externalIds read so far are kept in a temporary file ({}): {message}",
    temporary_directory()
)]
pub struct SeenIdsError {
    pub message: String,
}

impl SeenIdsError {
    fn from_sqlite(error: rusqlite::Error) -> SeenIdsError {
        let full = matches!(
            error.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DiskFull | rusqlite::ErrorCode::CannotOpen)
        );
        let message = if full {
            format!("{error}: free space there or set SQLITE_TMPDIR (or TMPDIR) to a directory with room")
        } else {
            error.to_string()
        };
        SeenIdsError { message }
    }
}

/// Where SQLite puts its temporary files on Unix: the first of these that is set and writable.
fn temporary_directory() -> String {
    ["SQLITE_TMPDIR", "TMPDIR"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "/var/tmp, /usr/tmp or /tmp; SQLITE_TMPDIR or TMPDIR chooses".into())
}

impl SeenIds {
    pub fn new() -> Result<SeenIds, SeenIdsError> {
        SeenIds::with_limit(None)
    }

    /// At most `max_pages` pages of 4 KiB on disk (a full disk, for tests).
    fn with_limit(max_pages: Option<u32>) -> Result<SeenIds, SeenIdsError> {
        // An empty name: a private temporary database, deleted when the connection closes.
        let conn = Connection::open("").map_err(SeenIdsError::from_sqlite)?;
        let setup = || -> rusqlite::Result<()> {
            // Nothing here needs to survive a crash: no journal, no syncs.
            conn.pragma_update(None, "journal_mode", "OFF")?;
            conn.pragma_update(None, "synchronous", "OFF")?;
            conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
            if let Some(pages) = max_pages {
                conn.pragma_update(None, "max_page_count", pages)?;
            }
            conn.execute_batch(
                "CREATE TABLE seen (external_id TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
                 BEGIN;",
            )
        };
        setup().map_err(SeenIdsError::from_sqlite)?;
        // One transaction for the whole run, never committed: SQLite writes pages out only when its
        // cache is full, and nothing is ever synced.
        Ok(SeenIds { conn })
    }

    /// Records `external_id` first read on `line`, or returns the line it was first read on.
    pub fn first_line(&mut self, external_id: &str, line: u64) -> Result<Option<u64>, SeenIdsError> {
        let line = i64::try_from(line).unwrap_or(i64::MAX);
        let inserted = self
            .conn
            .prepare_cached("INSERT OR IGNORE INTO seen (external_id, line) VALUES (?1, ?2)")
            .and_then(|mut s| s.execute(rusqlite::params![external_id, line]))
            .map_err(SeenIdsError::from_sqlite)?;
        if inserted == 1 {
            return Ok(None);
        }
        let first = self
            .conn
            .prepare_cached("SELECT line FROM seen WHERE external_id = ?1")
            .and_then(|mut s| s.query_row([external_id], |r| r.get::<_, i64>(0)).optional())
            .map_err(SeenIdsError::from_sqlite)?;
        Ok(first.map(|l| u64::try_from(l).unwrap_or(0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_line_of_each_id_is_kept_and_ids_are_compared_whole() {
        let mut seen = SeenIds::new().unwrap();
        assert_eq!(seen.first_line("E1", 2).unwrap(), None);
        assert_eq!(seen.first_line("E2", 3).unwrap(), None);
        assert_eq!(seen.first_line("E1", 9).unwrap(), Some(2));
        assert_eq!(seen.first_line("E1", 12).unwrap(), Some(2));
        assert_eq!(seen.first_line("e1", 13).unwrap(), None, "ids are case-sensitive");
        assert_eq!(seen.first_line("E1 ", 14).unwrap(), None);
    }

    #[test]
    fn more_ids_than_the_cache_holds_go_to_disk_and_are_still_found() {
        let mut seen = SeenIds::new().unwrap();
        // About 40 bytes an id: several times the cache.
        let count = 60_000u64;
        for i in 0..count {
            assert_eq!(
                seen.first_line(&format!("employee-{:012}", i * 7919 % count), i + 2)
                    .unwrap(),
                None
            );
        }
        let pages: i64 = seen.conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
        let page_size: i64 = seen.conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        assert!(pages * page_size > 2 * CACHE_KIB * 1024, "{pages} pages of {page_size}");
        for i in (0..count).step_by(997) {
            let id = format!("employee-{:012}", i * 7919 % count);
            assert_eq!(seen.first_line(&id, count + 10).unwrap(), Some(i + 2));
        }
    }

    #[test]
    fn a_full_disk_is_a_clear_error() {
        let mut seen = SeenIds::with_limit(Some(8)).unwrap();
        let error = (0..100_000u64)
            .find_map(|i| seen.first_line(&format!("employee-{i:012}"), i + 2).err())
            .expect("8 pages cannot hold 100,000 ids");
        let text = error.to_string();
        assert!(
            text.starts_with("the externalIds read so far are kept in a temporary file ("),
            "{text}"
        );
        assert!(text.contains("full"), "{text}");
        assert!(text.contains("SQLITE_TMPDIR"), "{text}");
    }
}
