//! One run at a time per state file: a row naming the process, taken in a transaction and removed
//! when the run ends. A row whose process is gone (killed) is stale and taken over.

use std::sync::Arc;

use super::store::{StateError, Store};

/// Held while a run uses the state; released on drop.
#[derive(Debug)]
pub struct RunLock {
    store: Arc<Store>,
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .or_else(|_| std::env::var("HOSTNAME"))
        .unwrap_or_else(|_| "localhost".into())
}

/// Whether process `pid` on this host still runs.
fn alive(pid: i64) -> bool {
    if cfg!(target_os = "linux") {
        std::path::Path::new(&format!("/proc/{pid}")).exists()
    } else {
        // Elsewhere a lock is only ever taken over by hand.
        true
    }
}

impl RunLock {
    /// Takes the lock, or names who holds it. A lock of a process on this host that no longer runs
    /// is stale and taken over.
    pub fn acquire(store: &Arc<Store>) -> Result<RunLock, StateError> {
        let mut conn = store.lock();
        let tx = conn.transaction().map_err(|e| store.sqlite(e))?;
        let holder: Option<(i64, String, String)> = tx
            .query_row("SELECT pid, host, started_at FROM lock WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })
            .map_err(|e| store.sqlite(e))?;
        let me = i64::from(std::process::id());
        let here = host();
        if let Some((pid, host, started_at)) = holder {
            let stale = host == here && (pid == me || !alive(pid));
            if !stale {
                return Err(StateError::Locked {
                    path: store.path().display().to_string(),
                    pid,
                    host,
                    started_at,
                });
            }
        }
        tx.execute(
            "INSERT INTO lock (id, pid, host, started_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET pid = excluded.pid, host = excluded.host, started_at = excluded.started_at",
            rusqlite::params![me, here, crate::logs::now_rfc3339()],
        )
        .map_err(|e| store.sqlite(e))?;
        tx.commit().map_err(|e| store.sqlite(e))?;
        drop(conn);
        Ok(RunLock { store: store.clone() })
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let conn = self.store.lock();
        let _ = conn.execute(
            "DELETE FROM lock WHERE id = 1 AND pid = ?1",
            [i64::from(std::process::id())],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_run_refuses_and_a_dead_holder_is_stale() {
        let dir = std::env::temp_dir().join(format!("msgraph-sync-lock-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let store = Store::open(&dir.join("state.db")).unwrap();
        // Another live process (pid 1) on this host holds it.
        store
            .lock()
            .execute(
                "INSERT INTO lock (id, pid, host, started_at) VALUES (1, 1, ?1, 'then')",
                [host()],
            )
            .unwrap();
        let error = RunLock::acquire(&store).unwrap_err();
        assert!(matches!(error, StateError::Locked { pid: 1, .. }), "{error}");
        // A process that is gone: taken over.
        store.lock().execute("UPDATE lock SET pid = 999999999", []).unwrap();
        let held = RunLock::acquire(&store).unwrap();
        drop(held);
        let rows: i64 = store
            .lock()
            .query_row("SELECT count(*) FROM lock", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0, "released on drop");
    }
}
