//! `sync` end to end against the fake on 127.0.0.1, over several runs of a changing workforce: the
//! oracles are the users the fake provisioned, the bulk requests it received, and the state file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use msgraph_sync::client::DailyBudget;
use msgraph_sync::Client;
use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::body;
use msgraph_sync_provisioning::bulk::{Input, Stopped};
use msgraph_sync_provisioning::job::JobRef;
use msgraph_sync_provisioning::records::{ReadObject, RecordReader};
use msgraph_sync_provisioning::state::{Kind, Ledger, Planned, StateError, Store};
use msgraph_sync_provisioning::sync::{self, SyncError, SyncOptions, SyncReport};
use serde_json::Value;

use fake_graph::{BulkOutcome, FakeGraph};

const MAP: &str = "EmployeeID = externalId
Email = userName
Name = displayName
Department = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
";

struct World {
    fake: FakeGraph,
    dir: PathBuf,
    store: Arc<Store>,
    job: JobRef,
}

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sync-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn world(name: &str) -> World {
    let fake = FakeGraph::start().await;
    // Whole pages: a run reads the logs since the last one, 5 requests in any 10 s.
    fake.set_page_size(1000);
    let job = JobRef::new("sp1", fake.create_job("sp1", "API2AAD"));
    let dir = dir(name);
    let store = Store::open(&dir.join("state.db")).unwrap();
    std::fs::write(dir.join("map.txt"), MAP).unwrap();
    World { fake, dir, store, job }
}

impl World {
    fn client(&self, budget_calls: u32) -> Client {
        Client::builder()
            .base_url(self.fake.base_url())
            .bearer_token(FakeGraph::TOKEN)
            .daily_budget(Some(DailyBudget {
                calls: budget_calls,
                ledger: Arc::new(Ledger::new(self.store.clone(), "contoso")),
            }))
            .build()
            .unwrap()
    }

    /// The feed: `(id, department)` per employee.
    fn feed(&self, rows: &[(u32, &str)]) -> Input {
        let mut text = String::from("EmployeeID,Email,Name,Department\n");
        for (id, department) in rows {
            text.push_str(&format!("E{id:05},user{id}@contoso.com,User {id},{department}\n"));
        }
        let path = self.dir.join("feed.csv");
        std::fs::write(&path, text).unwrap();
        Input {
            path,
            format: None,
            map: AttributeMap::from_file(&self.dir.join("map.txt")).unwrap(),
            operations_per_request: 50,
        }
    }

    async fn run(&self, rows: &[(u32, &str)], options: &SyncOptions) -> Result<SyncReport, SyncError> {
        self.run_with(rows, options, 2000).await
    }

    async fn run_with(
        &self,
        rows: &[(u32, &str)],
        options: &SyncOptions,
        budget: u32,
    ) -> Result<SyncReport, SyncError> {
        let input = self.feed(rows);
        sync::sync(&self.client(budget), &self.store, &self.job, &input, options, &mut ()).await
    }

    fn users(&self) -> std::collections::BTreeMap<String, Value> {
        self.fake.provisioned_users(&self.job.job_id)
    }

    fn uploads(&self) -> usize {
        self.fake
            .requests()
            .iter()
            .filter(|r| r.path.ends_with("/bulkUpload"))
            .count()
    }

    /// Every operation the fake accepted, as externalId.
    fn operations(&self) -> Vec<String> {
        self.fake
            .accepted_uploads()
            .iter()
            .flat_map(|u| u.body["Operations"].as_array().cloned().unwrap_or_default())
            .map(|op| op["data"]["externalId"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}

fn options() -> SyncOptions {
    SyncOptions {
        log_delay: Duration::ZERO,
        ..SyncOptions::default()
    }
}

fn ids(rows: &[(u32, &str)]) -> Vec<String> {
    rows.iter().map(|(id, _)| format!("E{id:05}")).collect()
}

#[tokio::test]
async fn a_week_of_feeds_sends_only_what_changed_and_the_tenant_ends_as_the_last_feed_says() {
    let w = world("week").await;
    // Monday: everyone joins.
    let monday: Vec<(u32, &str)> = (1..=60).map(|i| (i, "Sales")).collect();
    let report = w.run(&monday, &options()).await.unwrap();
    assert_eq!(report.plan.send.joiners, 60);
    assert_eq!(report.accepted.joiners, 60);
    assert_eq!(w.uploads(), 2, "60 records: two bulk requests");
    assert_eq!(w.users().len(), 60);
    // Tuesday: the same feed costs nothing.
    let report = w.run(&monday, &options()).await.unwrap();
    assert_eq!((report.plan.send.total(), report.plan.unchanged), (0, 60));
    assert_eq!(w.uploads(), 2);
    // Wednesday: one mover, one joiner, one leaver.
    let mut wednesday = monday.clone();
    wednesday[4].1 = "Finance";
    wednesday.retain(|(id, _)| *id != 9);
    wednesday.push((61, "Legal"));
    let report = w.run(&wednesday, &options()).await.unwrap();
    assert_eq!(
        (
            report.plan.send.movers,
            report.plan.send.joiners,
            report.plan.send.leavers
        ),
        (1, 1, 1)
    );
    assert_eq!(w.uploads(), 3, "one bulk request for the three");
    let users = w.users();
    assert_eq!(
        users["E00005"]["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"],
        "Finance"
    );
    assert_eq!(users["E00009"]["active"], false, "the leaver is disabled");
    assert_eq!(
        users["E00009"]["displayName"], "User 9",
        "and nothing else of it changed"
    );
    assert!(users.contains_key("E00061"));
    // Thursday: a record fails in the service; the next run retries it.
    w.fake.set_bulk_outcome(
        "E00010",
        BulkOutcome::Failure {
            code: "AzureActiveDirectoryConflictEntry".into(),
            reason: "Another object with the same value for property userPrincipalName already exists.".into(),
        },
    );
    let mut thursday = wednesday.clone();
    if let Some(row) = thursday.iter_mut().find(|(id, _)| *id == 10) {
        row.1 = "Marketing";
    }
    w.run(&thursday, &options()).await.unwrap();
    w.fake.set_bulk_outcome("E00010", BulkOutcome::Success);
    let report = w.run(&thursday, &options()).await.unwrap();
    assert_eq!(report.plan.send.retries, 1, "the failure read from the logs is retried");
    assert_eq!(report.plan.send.total(), 1);
    // Friday: nothing left to do; the failure is cleared by the logs.
    let report = w.run(&thursday, &options()).await.unwrap();
    assert_eq!(report.plan.send.total(), 0);
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    // The tenant is what Thursday's feed says: present users active with their department, the
    // leaver disabled.
    let users = w.users();
    for (id, department) in &thursday {
        let user = &users[&format!("E{id:05}")];
        assert_eq!(
            user["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"],
            *department
        );
        assert_ne!(user["active"], false);
    }
    assert_eq!(users["E00009"]["active"], false);
    // Each operation the fake accepted was needed once: 60 + 3 + 1 (failed) + 1 (retry).
    assert_eq!(w.operations().len(), 65);
}

#[tokio::test]
async fn an_empty_or_truncated_feed_never_disables_the_workforce() {
    let w = world("truncated").await;
    let everyone: Vec<(u32, &str)> = (1..=40).map(|i| (i, "Sales")).collect();
    w.run(&everyone, &options()).await.unwrap();
    let sent = w.uploads();
    // A truncated feed: half the workforce is "gone".
    let report = w.run(&everyone[..20], &options()).await.unwrap();
    assert_eq!(report.plan.send.leavers, 0);
    assert_eq!(report.plan.leavers_found, 20);
    assert!(report
        .plan
        .leavers_blocked
        .as_deref()
        .unwrap_or_default()
        .contains("--allow-leavers 20"));
    assert_eq!(w.uploads(), sent, "nothing sent");
    // An empty feed: the same.
    let report = w.run(&[], &options()).await.unwrap();
    assert!(report.plan.leavers_blocked.is_some());
    assert_eq!(w.uploads(), sent);
    assert!(w.users().values().all(|u| u["active"] != false));
    // Allowed explicitly: disabled.
    let allowed = SyncOptions {
        allow_leavers: Some(20),
        ..options()
    };
    let report = w.run(&everyone[..20], &allowed).await.unwrap();
    assert_eq!(report.accepted.leavers, 20);
    assert_eq!(w.users().values().filter(|u| u["active"] == false).count(), 20);
}

#[tokio::test]
async fn leavers_wait_for_the_configured_number_of_absent_runs() {
    let w = world("absent-runs").await;
    let rows: Vec<(u32, &str)> = (1..=50).map(|i| (i, "Sales")).collect();
    w.run(&rows, &options()).await.unwrap();
    let later = SyncOptions {
        leaver_after_runs: 2,
        ..options()
    };
    let report = w.run(&rows[1..], &later).await.unwrap();
    assert_eq!(report.plan.send.leavers, 0, "absent once");
    let report = w.run(&rows[1..], &later).await.unwrap();
    assert_eq!(report.plan.send.leavers, 1, "absent twice");
}

#[tokio::test]
async fn a_short_budget_sends_retries_leavers_joiners_then_movers_and_defers_the_rest() {
    let w = world("budget").await;
    let rows: Vec<(u32, &str)> = (1..=100).map(|i| (i, "Sales")).collect();
    w.run(&rows, &options()).await.unwrap();
    // 60 movers, 1 leaver, 60 joiners: 121 records, 3 calls; the budget has 2 left.
    let mut next: Vec<(u32, &str)> = rows
        .iter()
        .map(|&(i, _)| (i, if i <= 60 { "Finance" } else { "Sales" }))
        .collect();
    next.retain(|(i, _)| *i != 100);
    next.extend((101..=160).map(|i| (i, "Legal")));
    let used = u32::try_from(w.uploads()).unwrap();
    let report = w
        .run_with(
            &next,
            &SyncOptions {
                allow_leavers: Some(1),
                ..options()
            },
            used + 2,
        )
        .await
        .unwrap();
    assert_eq!(report.plan.calls, 3);
    assert_eq!(report.plan.budget_left, Some(2));
    assert_eq!(report.accepted.leavers, 1);
    assert_eq!(report.accepted.joiners, 60);
    assert_eq!(report.accepted.movers, 39, "what fits after the leaver and the joiners");
    assert_eq!(report.deferred.movers, 21);
    assert!(matches!(report.stopped, Some(Stopped::BudgetSpent { .. })));
    // The next run (with budget) sends exactly the deferred movers.
    let report = w.run_with(&next, &options(), used + 10).await.unwrap();
    assert_eq!(report.plan.send.total(), 21);
    assert_eq!(report.plan.send.movers, 21);
}

#[tokio::test]
async fn a_chunk_left_in_flight_by_a_killed_run_is_settled_from_the_logs_not_sent_twice() {
    let w = world("in-flight").await;
    let rows: Vec<(u32, &str)> = (1..=3).map(|i| (i, "Sales")).collect();
    w.run(&rows, &options()).await.unwrap();
    // A run died with two chunks in flight: the first reached the service, the second did not.
    let run = w.store.begin_run(&w.job.job_id, "killed").unwrap();
    // The body the library makes of a feed row.
    let body_of = |id: u32, department: &str| {
        let input = w.feed(&[(id, department)]);
        let mut reader = RecordReader::open(&input.path, None, input.map.clone()).unwrap();
        let Some(ReadObject::Object(record)) = reader.next_object().unwrap() else {
            panic!()
        };
        {
            let mut text = Vec::new();
            reader.write_canonical(&record, &mut text);
            let hash = body::hash(&text);
            (String::from_utf8(text).unwrap(), hash)
        }
    };
    let planned = |id: u32, department: &str| {
        let (body, body_hash) = body_of(id, department);
        Planned {
            external_id: format!("E{id:05}"),
            kind: Kind::Mover,
            body_hash,
            body,
            line: Some(u64::from(id) + 1),
        }
    };
    let received = planned(1, "Finance");
    w.store
        .chunk_in_flight(run, &w.job.job_id, std::slice::from_ref(&received))
        .unwrap();
    let lost = planned(2, "Finance");
    w.store
        .chunk_in_flight(run, &w.job.job_id, std::slice::from_ref(&lost))
        .unwrap();
    // What the first chunk's request did before the process died: the service took it.
    let body = serde_json::json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
        "Operations": [{"method": "POST", "bulkId": "2", "path": "/Users", "data": serde_json::from_str::<Value>(&received.body).unwrap()}],
    });
    let url = format!(
        "{}/v1.0/servicePrincipals/sp1/synchronization/jobs/{}/bulkUpload",
        w.fake.base_url(),
        w.job.job_id
    );
    let request = msgraph_sync::http::Request::post(url)
        .header("content-type", "application/scim+json")
        .body(body.to_string().into_bytes())
        .unwrap();
    w.client(2000).execute(request).await.unwrap();
    let before = w.operations().len();
    // The next run, with the feed the killed run had.
    let feed = [(1, "Finance"), (2, "Finance"), (3, "Sales")];
    let report = w.run(&feed, &options()).await.unwrap();
    assert_eq!((report.reconciled_accepted, report.reconciled_lost), (1, 1));
    assert_eq!(report.plan.send.movers, 1, "only the lost one is sent");
    let sent: Vec<String> = w.operations()[before..].to_vec();
    assert_eq!(sent, ["E00002"]);
    assert_eq!(
        w.users()["E00001"]["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"],
        "Finance"
    );
    // While the logs may still be behind (log delay not passed), the lost chunk's records are held back.
    let run = w.store.begin_run(&w.job.job_id, "killed").unwrap();
    w.store
        .chunk_in_flight(run, &w.job.job_id, &[planned(3, "Legal")])
        .unwrap();
    let patient = SyncOptions {
        log_delay: Duration::from_secs(3600),
        ..options()
    };
    let report = w
        .run(&[(1, "Finance"), (2, "Finance"), (3, "Legal")], &patient)
        .await
        .unwrap();
    assert_eq!(report.plan.held_back, 1);
    assert_eq!(report.plan.send.total(), 0);
}

#[tokio::test]
async fn a_second_run_on_the_same_state_refuses_and_a_dry_run_changes_nothing() {
    let w = world("lock").await;
    let held = msgraph_sync_provisioning::state::RunLock::acquire(&w.store).unwrap();
    // Another process holds it: simulated by the same pid's row taken by a live pid (1).
    w.store_lock_as_pid_1();
    let error = w.run(&[(1, "Sales")], &options()).await.unwrap_err();
    assert!(
        matches!(error, SyncError::State(StateError::Locked { pid: 1, .. })),
        "{error}"
    );
    drop(held);
    w.clear_lock();
    // A dry run plans, prints, and leaves the state and the service alone.
    let dry = SyncOptions {
        dry_run: true,
        ..options()
    };
    let report = w.run(&[(1, "Sales"), (2, "Sales")], &dry).await.unwrap();
    assert_eq!(report.plan.send.joiners, 2);
    assert_eq!(w.uploads(), 0);
    let report = w.run(&[(1, "Sales"), (2, "Sales")], &options()).await.unwrap();
    assert_eq!(report.plan.send.joiners, 2, "the dry run left no trace in the state");
    let _ = ids(&[]);
}

impl World {
    fn store_lock_as_pid_1(&self) {
        let conn = rusqlite_connection(&self.dir);
        conn.execute("UPDATE lock SET pid = 1", []).unwrap();
    }

    fn clear_lock(&self) {
        let conn = rusqlite_connection(&self.dir);
        conn.execute("DELETE FROM lock", []).unwrap();
    }
}

fn rusqlite_connection(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("state.db")).unwrap()
}

/// The records a run rejected, as `file:line:column: message` with the file left out.
#[derive(Default)]
struct Rejections(Vec<String>);

impl sync::SyncObserver for Rejections {
    fn rejected(&mut self, error: &msgraph_sync_provisioning::records::RecordError) {
        self.0
            .push(format!("{}:{}: {}", error.line, error.column, error.message));
    }
}

impl World {
    async fn run_observed(&self, rows: &[(u32, &str)], options: &SyncOptions) -> (SyncReport, Vec<String>) {
        let input = self.feed(rows);
        let mut rejections = Rejections::default();
        let report = sync::sync(
            &self.client(2000),
            &self.store,
            &self.job,
            &input,
            options,
            &mut rejections,
        )
        .await
        .unwrap();
        (report, rejections.0)
    }
}

#[tokio::test]
async fn a_repeated_external_id_is_found_in_the_state_sent_once_and_named_with_its_first_line() {
    let w = world("repeat").await;
    // Line 5 repeats E00001 (line 2) with another department; line 6 repeats it again.
    let rows = [(1, "Sales"), (2, "Sales"), (3, "Sales"), (1, "Finance"), (1, "Legal")];
    let (report, rejected) = w.run_observed(&rows, &options()).await;
    let message = "externalId \"E00001\" is also on line 2: only the first record is sent";
    assert_eq!(rejected, [format!("5:1: {message}"), format!("6:1: {message}")]);
    assert_eq!((report.plan.rejected, report.plan.send.joiners), (2, 3));
    assert_eq!(w.operations(), ["E00001", "E00002", "E00003"], "each user once");
    assert_eq!(
        w.users()["E00001"]["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"],
        "Sales",
        "the first record's"
    );
    // The next run sees the same ids again: not repeats of the last run, but the same repeats in
    // this one, and nothing changed.
    let (report, rejected) = w.run_observed(&rows, &options()).await;
    assert_eq!(rejected, [format!("5:1: {message}"), format!("6:1: {message}")]);
    assert_eq!(
        (report.plan.rejected, report.plan.unchanged, report.plan.send.total()),
        (2, 3, 0)
    );
    // The first record may move: the line named is this run's.
    let rows = [(2, "Sales"), (1, "Sales"), (3, "Sales"), (1, "Finance")];
    let (report, rejected) = w.run_observed(&rows, &options()).await;
    assert_eq!(
        rejected,
        ["5:1: externalId \"E00001\" is also on line 3: only the first record is sent"]
    );
    assert_eq!((report.plan.rejected, report.plan.unchanged), (1, 3));
    assert_eq!(w.operations().len(), 3, "nothing sent twice");
    // The state keeps the line each record was first seen on in the last run.
    let conn = rusqlite_connection(&w.dir);
    let line: i64 = conn
        .query_row("SELECT seen_line FROM records WHERE external_id = 'E00001'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(line, 3);
}

#[tokio::test]
async fn a_repeat_thousands_of_records_later_is_found_and_a_dry_run_reports_it_too() {
    let w = world("repeat-far").await;
    // More records than one planning transaction holds: the first record is committed long before.
    let mut rows: Vec<(u32, &str)> = (1..=6_000).map(|i| (i, "Sales")).collect();
    rows.push((17, "Finance"));
    let dry = SyncOptions {
        dry_run: true,
        ..options()
    };
    let (report, rejected) = w.run_observed(&rows, &dry).await;
    assert_eq!(
        rejected,
        ["6002:1: externalId \"E00017\" is also on line 18: only the first record is sent"]
    );
    assert_eq!((report.plan.rejected, report.plan.send.joiners), (1, 6_000));
    assert_eq!(w.uploads(), 0);
    // The dry run left no line behind: the real run finds the same repeat, no more.
    let conn = rusqlite_connection(&w.dir);
    let seen: i64 = conn
        .query_row("SELECT count(*) FROM records WHERE seen_line IS NOT NULL", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(seen, 0);
}

#[tokio::test]
async fn a_mass_leaving_is_counted_first_then_planned_a_page_at_a_time() {
    let w = world("mass-leaving").await;
    // What a run that had 5,050 records accepted leaves in the state: more leavers than one page.
    let job = &w.job.job_id;
    let run = w.store.begin_run(job, "seeded").unwrap();
    let records: Vec<Planned> = (1..=5_050u32)
        .map(|i| {
            let body = format!(r#"{{"externalId":"E{i:05}","userName":"user{i}@contoso.com","active":true}}"#);
            Planned {
                external_id: format!("E{i:05}"),
                kind: Kind::Joiner,
                body_hash: body::hash(body.as_bytes()),
                body,
                line: Some(u64::from(i) + 1),
            }
        })
        .collect();
    w.store
        .batch(|batch| -> Result<(), StateError> {
            for record in &records {
                batch.seen(job, &record.external_id, run, record.line.unwrap())?;
            }
            Ok(())
        })
        .unwrap();
    for chunk in records.chunks(50) {
        let id = w.store.chunk_in_flight(run, job, chunk).unwrap();
        w.store
            .settle_chunk(
                id,
                msgraph_sync_provisioning::state::ChunkState::Accepted,
                Some(202),
                None,
                None,
            )
            .unwrap();
    }
    w.store.finish_run(run, "{}", "{}", "done").unwrap();
    // An empty feed: blocked by default, allowed when the count is given.
    let report = w.run(&[], &options()).await.unwrap();
    assert_eq!((report.plan.leavers_found, report.plan.send.leavers), (5_050, 0));
    assert!(report.plan.leavers_blocked.is_some());
    assert_eq!(w.uploads(), 0);
    let allowed = SyncOptions {
        allow_leavers: Some(5_050),
        dry_run: true,
        ..options()
    };
    let report = w.run(&[], &allowed).await.unwrap();
    assert_eq!(report.plan.send.leavers, 5_050);
    assert_eq!(report.plan.calls, 101);
    let conn = rusqlite_connection(&w.dir);
    let disabled: i64 = conn
        .query_row("SELECT count(*) FROM records WHERE disabled = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(disabled, 0, "a dry run");
}
