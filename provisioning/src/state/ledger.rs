//! The tenant's daily bulkUpload budget, kept in the state file: the client's [`CallLedger`].

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use msgraph_sync::client::{CallLedger, LedgerError};

use super::store::Store;

/// The calls one tenant spent, as the state file remembers them (every job of the tenant, every run).
#[derive(Debug, Clone)]
pub struct Ledger {
    store: Arc<Store>,
    tenant: String,
}

impl Ledger {
    /// The ledger of `tenant` (its id, or any name the user keeps for it).
    pub fn new(store: Arc<Store>, tenant: impl Into<String>) -> Ledger {
        Ledger {
            store,
            tenant: tenant.into(),
        }
    }
}

/// A [`Ledger`] whose state file is opened (and created) only when the first call is counted, so
/// commands that never call bulkUpload leave no file behind.
#[derive(Debug)]
pub struct LazyLedger {
    path: std::path::PathBuf,
    tenant: String,
    opened: std::sync::OnceLock<Result<Ledger, String>>,
}

impl LazyLedger {
    pub fn new(path: impl Into<std::path::PathBuf>, tenant: impl Into<String>) -> LazyLedger {
        LazyLedger {
            path: path.into(),
            tenant: tenant.into(),
            opened: std::sync::OnceLock::new(),
        }
    }

    fn ledger(&self) -> Result<&Ledger, LedgerError> {
        self.opened
            .get_or_init(|| {
                if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                Store::open(&self.path)
                    .map(|store| Ledger::new(store, self.tenant.clone()))
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| LedgerError(e.clone()))
    }
}

impl CallLedger for LazyLedger {
    fn calls_since(&self, since: SystemTime) -> Result<Vec<SystemTime>, LedgerError> {
        self.ledger()?.calls_since(since)
    }
    fn record(&self, at: SystemTime) -> Result<(), LedgerError> {
        self.ledger()?.record(at)
    }
}

fn millis(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl CallLedger for Ledger {
    fn calls_since(&self, since: SystemTime) -> Result<Vec<SystemTime>, LedgerError> {
        let conn = self.store.lock();
        let error = |e: rusqlite::Error| LedgerError(format!("{}: {e}", self.store.path().display()));
        let mut statement = conn
            .prepare_cached("SELECT at_ms FROM ledger WHERE tenant = ?1 AND at_ms >= ?2 ORDER BY at_ms")
            .map_err(error)?;
        let rows = statement
            .query_map(rusqlite::params![self.tenant, millis(since)], |row| {
                row.get::<_, i64>(0)
            })
            .map_err(error)?;
        rows.map(|ms| {
            ms.map(|ms| UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap_or(0)))
                .map_err(error)
        })
        .collect()
    }

    fn record(&self, at: SystemTime) -> Result<(), LedgerError> {
        let conn = self.store.lock();
        conn.execute(
            "INSERT INTO ledger (tenant, at_ms) VALUES (?1, ?2)",
            rusqlite::params![self.tenant, millis(at)],
        )
        .map(drop)
        .map_err(|e| LedgerError(format!("{}: {e}", self.store.path().display())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_kept_per_tenant_across_opens() {
        let dir = std::env::temp_dir().join(format!("msgraph-sync-ledger-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("state.db");
        let now = SystemTime::now();
        {
            let store = Store::open(&path).unwrap();
            let ledger = Ledger::new(store.clone(), "contoso");
            ledger.record(now - Duration::from_secs(3600)).unwrap();
            ledger.record(now).unwrap();
            Ledger::new(store, "fabrikam").record(now).unwrap();
        }
        let ledger = Ledger::new(Store::open(&path).unwrap(), "contoso");
        assert_eq!(ledger.calls_since(now - Duration::from_secs(7200)).unwrap().len(), 2);
        assert_eq!(ledger.calls_since(now - Duration::from_secs(60)).unwrap().len(), 1);
    }
}
