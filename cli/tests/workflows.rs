//! The built `msgraph-sync` binary end to end against the fake service on 127.0.0.1: schema round trip,
//! job lifecycle and watch, provision on demand, gallery app bootstrap, secrets; exit codes, dry runs and
//! secrets kept out of every output. Each asserts what the fake received.

use crate::common;

use std::time::Duration;

use common::{run, run_against};
use fake_graph::{FakeGraph, Quarantine, Scripted};
use serde_json::{json, Value};

const SP: &str = "sp-1";

fn create_job(fake: &FakeGraph, template: &str) -> String {
    fake.create_job(SP, template)
}

fn count(fake: &FakeGraph, method: &str, suffix: &str) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.method == method && r.path.ends_with(suffix))
        .count()
}

/// The `start` actions received (not `restart`).
fn starts(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/microsoft.graph.start"))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn job_lifecycle_from_the_binary() {
    let fake = FakeGraph::start().await;
    let scim = create_job(&fake, "scim");
    create_job(&fake, "BoxOutDelta");

    let listed = run_against(&fake, &["job", "list", "-s", SP], None).await;
    assert_eq!(listed.code, 0, "{}", listed.both());
    assert!(
        listed.stdout.contains(&format!("{scim}\tscim\tNotRun")),
        "{}",
        listed.stdout
    );

    // Two jobs: without --job or --template the choice is the user's (usage, 2), and nothing is started.
    let ambiguous = run_against(&fake, &["job", "start", "-s", SP], None).await;
    assert_eq!(ambiguous.code, 2, "{}", ambiguous.both());
    assert!(
        ambiguous.stderr.contains("choose one by template id"),
        "{}",
        ambiguous.stderr
    );
    assert_eq!(starts(&fake), 0);

    let started = run_against(&fake, &["job", "start", "-s", SP, "--template", "scim"], None).await;
    assert_eq!(started.code, 0, "{}", started.both());
    assert_eq!(started.stdout.trim(), format!("job {scim} started"));
    assert_eq!(count(&fake, "POST", &format!("{scim}/microsoft.graph.start")), 1);

    let watched = run_against(
        &fake,
        &[
            "job",
            "watch",
            "-s",
            SP,
            "-j",
            &scim,
            "--interval",
            "1s",
            "--deadline",
            "10s",
        ],
        None,
    )
    .await;
    assert_eq!(watched.code, 0, "{}", watched.both());
    assert!(
        watched
            .stdout
            .contains(&format!("job {scim} reached a steady state after 2 polls")),
        "{}",
        watched.stdout
    );
    assert_eq!(starts(&fake), 1, "watch never starts");

    let restarted = run_against(
        &fake,
        &["job", "restart", "-s", SP, "-j", &scim, "--scope", "escrows,Watermark"],
        None,
    )
    .await;
    assert_eq!(restarted.code, 0, "{}", restarted.both());
    let body = fake.requests().last().unwrap().body_json().unwrap();
    assert_eq!(body, json!({"criteria": {"resetScope": "Escrows, Watermark"}}));

    let default = run_against(&fake, &["job", "restart", "-s", SP, "-j", &scim], None).await;
    assert_eq!(default.code, 0);
    assert!(
        default.stdout.contains("the admin center's default"),
        "{}",
        default.stdout
    );
    assert_eq!(
        fake.requests().last().unwrap().body_json().unwrap(),
        json!({"criteria": {}})
    );

    let sent = fake.requests().len();
    let refused = run_against(
        &fake,
        &["job", "restart", "-s", SP, "-j", &scim, "--scope", "ConnectorDataStore"],
        None,
    )
    .await;
    assert_eq!(refused.code, 2, "{}", refused.both());
    assert!(refused.stderr.contains("DO NOT USE"), "{}", refused.stderr);
    let unknown = run_against(
        &fake,
        &["job", "restart", "-s", SP, "-j", &scim, "--scope", "Everything"],
        None,
    )
    .await;
    assert_eq!(unknown.code, 2, "{}", unknown.both());
    assert_eq!(fake.requests().len(), sent, "refused scopes send nothing");
    let forced = run_against(
        &fake,
        &[
            "job",
            "restart",
            "-s",
            SP,
            "-j",
            &scim,
            "--scope",
            "ConnectorDataStore",
            "--force",
        ],
        None,
    )
    .await;
    assert_eq!(forced.code, 0);
    assert!(
        forced
            .stderr
            .contains("warning: ConnectorDataStore clears the underlying cache"),
        "{}",
        forced.stderr
    );

    let paused = run_against(&fake, &["job", "pause", "-s", SP, "-j", &scim, "--json"], None).await;
    assert_eq!(paused.code, 0);
    let document: Value = serde_json::from_str(&paused.stdout).unwrap();
    assert_eq!(document["action"], "paused");
    let status = run_against(&fake, &["--json", "job", "status", "-s", SP, "-j", &scim], None).await;
    let job: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(job["status"]["code"], "Paused");

    // Watching a paused job ends at once with a job failure (1); it does not start it.
    let watch_paused = run_against(
        &fake,
        &["job", "watch", "-s", SP, "-j", &scim, "--interval", "1s"],
        None,
    )
    .await;
    assert_eq!(watch_paused.code, 1, "{}", watch_paused.both());
    assert_eq!(starts(&fake), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn watch_exit_codes_quarantine_and_deadline() {
    let fake = FakeGraph::start().await;
    let job = create_job(&fake, "scim");
    run_against(&fake, &["job", "start", "-s", SP, "-j", &job], None).await;
    fake.set_gets_to_steady_state(u32::MAX);

    let deadline = run_against(
        &fake,
        &[
            "job",
            "watch",
            "-s",
            SP,
            "-j",
            &job,
            "--interval",
            "1s",
            "--max-interval",
            "2s",
            "--deadline",
            "4s",
        ],
        None,
    )
    .await;
    assert_eq!(deadline.code, 5, "{}", deadline.both());
    assert!(
        deadline.stdout.contains("did not reach a steady state within 4s"),
        "{}",
        deadline.stdout
    );
    let gets = count(&fake, "GET", &job);
    // Waits of 1, 2 and the last 1 s (polls are at least 1 s apart): 4 GETs; a fixed 1 s would make 5.
    assert!((2..=4).contains(&gets), "{gets} GETs in 4 s with backoff");

    fake.quarantine(
        SP,
        &job,
        Quarantine {
            reason: "EncounteredEscrowProportionThreshold".into(),
            series_count: 4,
            next_attempt: "2026-11-28T13:00:00Z".into(),
        },
    );
    let quarantined = run_against(&fake, &["job", "watch", "-s", SP, "-j", &job, "--interval", "1s"], None).await;
    assert_eq!(quarantined.code, 6, "{}", quarantined.both());
    assert!(
        quarantined.stdout.contains(
            "quarantine: reason EncounteredEscrowProportionThreshold, series count 4, next attempt 2026-11-28T13:00:00Z"
        ),
        "{}",
        quarantined.stdout
    );
    let json = run_against(&fake, &["job", "watch", "-s", SP, "-j", &job, "--json"], None).await;
    assert_eq!(json.code, 6);
    let document: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(document["outcome"], "quarantine");
    assert_eq!(document["quarantine"]["seriesCount"], 4);
    assert_eq!(document["quarantine"]["nextAttempt"], "2026-11-28T13:00:00Z");
    assert_eq!(starts(&fake), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn schema_pull_edit_push_and_a_bad_expression() {
    let fake = FakeGraph::start().await;
    let job = create_job(&fake, "scim");
    let dir = std::env::temp_dir().join(format!("msgraph-sync-cli-{}", uuid_like()));
    std::fs::create_dir_all(&dir).unwrap();
    let pulled = dir.join("schema.json");
    let pulled_path = pulled.to_str().unwrap();

    let pull = run_against(
        &fake,
        &["schema", "pull", "-s", SP, "-j", &job, "-o", pulled_path],
        None,
    )
    .await;
    assert_eq!(pull.code, 0, "{}", pull.both());
    let text = std::fs::read_to_string(&pulled).unwrap();
    let edited = dir.join("edited.json");
    std::fs::write(
        &edited,
        text.replace("\"[mail]\"", "\"Join(\\\",\\\", [mail], [otherMails])\""),
    )
    .unwrap();
    let edited_path = edited.to_str().unwrap();

    // A dry run against the pulled file shows the change and the requests, and sends nothing.
    fake.clear_requests();
    let dry = run(
        &[
            "--dry-run",
            "schema",
            "push",
            "-s",
            SP,
            "-j",
            &job,
            "--base",
            pulled_path,
            edited_path,
        ],
        &[],
        None,
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    assert!(
        dry.stdout
            .contains(r#"#   ~ USER_TO_USER / Provision Azure Active Directory Users / emails[type eq "work"].value"#),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout
            .contains(r#"#       source.expression: "[mail]" -> "Join(\",\", [mail], [otherMails])""#),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout
            .contains("POST https://graph.microsoft.com/v1.0/servicePrincipals/sp-1/synchronization/jobs/"),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout.contains("PUT https://graph.microsoft.com/v1.0/"),
        "{}",
        dry.stdout
    );
    assert!(fake.requests().is_empty());

    let push = run_against(&fake, &["schema", "push", "-s", SP, "-j", &job, edited_path], None).await;
    assert_eq!(push.code, 0, "{}", push.both());
    assert!(push.stdout.contains("pushed the schema"), "{}", push.stdout);
    let put = fake.requests().into_iter().find(|r| r.method == "PUT").unwrap();
    let mut expected: Value = serde_json::from_str(&text).unwrap();
    expected["synchronizationRules"][0]["objectMappings"][0]["attributeMappings"][1]["source"]["expression"] =
        json!("Join(\",\", [mail], [otherMails])");
    assert_eq!(put.body_json().unwrap(), expected);
    assert_eq!(count(&fake, "PATCH", "schema"), 0);

    // Unbalanced: parseExpression refuses it, the push stops (usage, 2), no PUT.
    std::fs::write(&edited, text.replace("\"[mail]\"", "\"Join(\\\",\\\", [mail]\"")).unwrap();
    fake.clear_requests();
    let bad = run_against(&fake, &["schema", "push", "-s", SP, "-j", &job, edited_path], None).await;
    assert_eq!(bad.code, 2, "{}", bad.both());
    assert!(
        bad.stderr.contains("do not parse; nothing was pushed"),
        "{}",
        bad.stderr
    );
    assert_eq!(count(&fake, "PUT", "schema"), 0);

    // A file that is not a schema: usage, naming the file and line.
    std::fs::write(&edited, "{\"synchronizationRules\": 7}").unwrap();
    let broken = run_against(&fake, &["schema", "push", "-s", SP, "-j", &job, edited_path], None).await;
    assert_eq!(broken.code, 2);
    assert!(
        broken.stderr.contains("edited.json: line 1, column"),
        "{}",
        broken.stderr
    );
    std::fs::remove_dir_all(&dir).ok();
}

fn uuid_like() -> String {
    format!(
        "{}-{:?}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

/// `msgraph-sync on-demand -s SP -j JOB ARGS…` against the fake.
async fn on_demand(fake: &FakeGraph, job: &str, args: &[&str]) -> common::Run {
    run_against(fake, &[&["on-demand", "-s", SP, "-j", job][..], args].concat(), None).await
}

#[tokio::test(flavor = "multi_thread")]
async fn on_demand_from_the_binary() {
    let fake = FakeGraph::start().await;
    let job = create_job(&fake, "scim");

    let ok = on_demand(&fake, &job, &["--object-id", "user-7"]).await;
    assert_eq!(ok.code, 0, "{}", ok.both());
    assert!(
        ok.stdout
            .starts_with("user-7: Success (rule USER_TO_USER, action Update)"),
        "{}",
        ok.stdout
    );
    assert!(
        ok.stdout.contains("  4. Export EntryExportUpdate [Success]"),
        "{}",
        ok.stdout
    );
    assert!(ok.stdout.contains("    active: <none> -> True"), "{}", ok.stdout);

    let missing = on_demand(&fake, &job, &["--object-id", "missing-1", "--rule", "USER_TO_USER"]).await;
    assert_eq!(missing.code, 1, "{}", missing.both());
    assert!(
        missing.stdout.contains("errorCode: EntryNotFound"),
        "{}",
        missing.stdout
    );

    // Throttled by the service: the 429's Retry-After is waited out, then it goes through.
    fake.set_on_demand_limit(1, Duration::from_secs(1));
    let first = on_demand(&fake, &job, &["--object-id", "user-8", "--rule", "USER_TO_USER"]).await;
    assert_eq!(first.code, 0);
    let throttled = on_demand(&fake, &job, &["--object-id", "user-9", "--rule", "USER_TO_USER"]).await;
    assert_eq!(throttled.code, 0, "{}", throttled.both());
    let flags: Vec<bool> = fake.on_demand_arrivals().iter().map(|(_, t)| *t).collect();
    assert_eq!(&flags[flags.len() - 3..], [false, true, false]);

    let no_rule = on_demand(&fake, &job, &["--object-id", "g", "--object-type", "Group"]).await;
    assert_eq!(no_rule.code, 2, "{}", no_rule.both());
    assert!(
        no_rule
            .stderr
            .contains("no synchronization rule of the job's schema maps Group"),
        "{}",
        no_rule.stderr
    );
}

const SECRET: &str = "zQ8-very-secret-token";

#[tokio::test(flavor = "multi_thread")]
async fn app_instantiate_waits_for_replication_and_keeps_secrets_out_of_output() {
    let fake = FakeGraph::start().await;
    fake.set_replication_lag(Some(Duration::from_millis(300)));
    let secrets = format!("BaseAddress=https://scim.example.com/v2\nSecretToken={SECRET}\n");
    let args = [
        "-v",
        "app",
        "instantiate",
        "--template-name",
        "Contoso HR",
        "--name",
        "Contoso HR (prod)",
        "--job-template",
        "scim",
        "--secrets-stdin",
        "--replication-delay",
        "50ms",
    ];
    let done = run_against(&fake, &args, Some(&secrets)).await;
    assert_eq!(done.code, 0, "{}", done.both());
    assert!(!done.both().contains(SECRET), "{}", done.both());
    assert!(
        done.stderr.contains("graph_request"),
        "the verbose log is on: {}",
        done.stderr
    );
    assert!(
        done.stdout
            .contains("credentials validated and saved: BaseAddress, SecretToken"),
        "{}",
        done.stdout
    );
    let sp = fake.service_principals()[0]["id"].as_str().unwrap().to_string();
    assert_eq!(fake.secrets(&sp)[1], json!({"key": "SecretToken", "value": SECRET}));
    let job = &fake.jobs(&sp)[0];
    assert_eq!(job["schedule"]["state"], "Active");
    let sp_gets = count(&fake, "GET", &format!("servicePrincipals/{sp}"));
    assert!(sp_gets > 1, "replication was waited for ({sp_gets} GETs)");
    assert!(
        done.stdout.contains(&format!("(visible after {sp_gets} GETs)")),
        "{}",
        done.stdout
    );

    // The dry run prints every request with placeholders, values redacted, and sends nothing.
    fake.clear_requests();
    let mut dry_args = vec!["--dry-run"];
    dry_args.extend_from_slice(&args);
    let dry = run(&dry_args, &[], Some(&secrets)).await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    assert!(!dry.both().contains(SECRET));
    assert!(dry.stdout.contains("\"value\":\"<redacted>\""), "{}", dry.stdout);
    assert!(dry.stdout.contains("POST https://graph.microsoft.com/v1.0/applicationTemplates/<id of the template found in step 1>/microsoft.graph.instantiate"), "{}", dry.stdout);
    assert!(dry.stdout.contains("GET https://graph.microsoft.com/v1.0/servicePrincipals/<servicePrincipal.id from the instantiate response>"), "{}", dry.stdout);
    assert!(
        dry.stdout
            .contains("/jobs/<id of the job created in step 4>/microsoft.graph.start"),
        "{}",
        dry.stdout
    );
    assert!(fake.requests().is_empty());

    // --json output and a failing step keep the secret out too.
    fake.script(
        "POST",
        "validateCredentials",
        vec![Scripted::error(
            400,
            "CredentialValidationUnavailable",
            "The target refused the credentials.",
        )],
    );
    let mut json_args = vec!["--json"];
    json_args.extend_from_slice(&args[1..]);
    let refused = run_against(&fake, &json_args, Some(&secrets)).await;
    assert_eq!(refused.code, 4, "{}", refused.both());
    assert!(!refused.both().contains(SECRET));
    let document: Value = serde_json::from_str(&refused.stdout).unwrap();
    assert_eq!(document["error"]["step"], "validateCredentials");
    assert!(document["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("step 5 of 7 (validate the credentials) failed"));
}

#[tokio::test(flavor = "multi_thread")]
async fn app_instantiate_names_the_step_when_replication_never_arrives() {
    let fake = FakeGraph::start().await;
    fake.set_replication_lag(None);
    let failed = run_against(
        &fake,
        &[
            "app",
            "instantiate",
            "--template-id",
            "00000000-0000-4000-8000-00000000a001",
            "--name",
            "HR",
            "--job-template",
            "scim",
            "--replication-attempts",
            "3",
            "--replication-delay",
            "20ms",
        ],
        None,
    )
    .await;
    assert_eq!(failed.code, 5, "{}", failed.both());
    assert!(
        failed
            .stderr
            .contains("step 3 of 7 (wait for the service principal to replicate) failed"),
        "{}",
        failed.stderr
    );
    assert!(failed.stderr.contains("after 3 attempts"), "{}", failed.stderr);
    assert_eq!(count(&fake, "POST", "/jobs"), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn secrets_set_never_shows_a_value() {
    let fake = FakeGraph::start().await;
    let input = format!("{{\"BaseAddress\": \"https://scim.example.com\", \"SecretToken\": \"{SECRET}\"}}");
    let set = run_against(
        &fake,
        &["-v", "secrets", "set", "-s", SP, "--secrets-stdin"],
        Some(&input),
    )
    .await;
    assert_eq!(set.code, 0, "{}", set.both());
    assert_eq!(
        set.stdout.trim(),
        "saved 2 secrets of service principal sp-1: BaseAddress, SecretToken"
    );
    assert!(!set.both().contains(SECRET));
    assert_eq!(fake.secrets(SP)[1]["value"], SECRET);
    let dry = run(
        &["--dry-run", "secrets", "set", "-s", SP, "--from-stdin"], // the former name, kept as a hidden alias
        &[],
        Some(&input),
    )
    .await;
    assert_eq!(dry.code, 0);
    assert!(!dry.both().contains(SECRET));
    assert!(
        dry.stdout.contains(r#"{"key":"SecretToken","value":"<redacted>"}"#),
        "{}",
        dry.stdout
    );
    let bad = run_against(
        &fake,
        &["secrets", "set", "-s", SP, "--from-stdin"],
        Some(&format!("SecretToken {SECRET}")),
    )
    .await;
    assert_eq!(bad.code, 2);
    assert!(!bad.both().contains(SECRET), "{}", bad.both());
    assert!(
        bad.stderr.contains("standard input: line 1: expected KEY=VALUE"),
        "{}",
        bad.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn dry_runs_need_no_network_and_no_token() {
    // Port 9 (discard) on loopback: nothing listens, so any connection attempt would fail the command.
    let base = ["--dry-run", "--base-url", "http://127.0.0.1:9"];
    let cases: [&[&str]; 6] = [
        &["job", "start", "-s", SP, "--template", "scim"],
        &["job", "watch", "-s", SP, "-j", "j1"],
        &["job", "restart", "-s", SP, "-j", "j1", "--scope", "Full"],
        &["schema", "pull", "-s", SP, "-j", "j1", "-o", "-"],
        &["on-demand", "-s", SP, "-j", "j1", "--object-id", "u1"],
        &[
            "app",
            "instantiate",
            "--template-id",
            "t1",
            "--name",
            "n",
            "--job-template",
            "scim",
            "--no-start",
        ],
    ];
    for args in cases {
        let mut all = base.to_vec();
        all.extend_from_slice(args);
        let dry = run(&all, &[], None).await;
        assert_eq!(dry.code, 0, "{args:?}: {}", dry.both());
        assert!(
            dry.stdout.contains("authorization: Bearer <token>"),
            "{args:?}: {}",
            dry.stdout
        );
    }
    let start = run(
        &[&base[..], &["job", "start", "-s", SP, "--template", "scim"]].concat(),
        &[],
        None,
    )
    .await;
    assert!(
        start
            .stdout
            .starts_with("GET http://127.0.0.1:9/v1.0/servicePrincipals/sp-1/synchronization/jobs\n"),
        "{}",
        start.stdout
    );
    assert!(
        start.stdout.contains("POST http://127.0.0.1:9/v1.0/servicePrincipals/sp-1/synchronization/jobs/<id of the job picked from the listing above>/microsoft.graph.start"),
        "{}",
        start.stdout
    );
    let on_demand = run(
        &[&base[..], &["on-demand", "-s", SP, "-j", "j1", "--object-id", "u1"]].concat(),
        &[],
        None,
    )
    .await;
    assert!(on_demand.stdout.contains(r#"{"parameters":[{"ruleId":"<id of the rule of the schema above that maps the object type>","subjects":[{"objectId":"u1","objectTypeName":"User"}]}]}"#), "{}", on_demand.stdout);
}

#[tokio::test(flavor = "multi_thread")]
async fn credentials_missing_or_refused_exit_3() {
    let none = run(
        &["--base-url", "http://127.0.0.1:9", "job", "list", "-s", SP],
        &[],
        None,
    )
    .await;
    assert_eq!(none.code, 3, "{}", none.both());
    assert!(
        none.stderr.contains("pass --token or set GRAPH_TOKEN"),
        "{}",
        none.stderr
    );
    let partial = run(
        &["--auth", "client-secret", "--client-id", "c", "job", "list", "-s", SP],
        &[],
        None,
    )
    .await;
    assert_eq!(partial.code, 3, "{}", partial.both());
    assert!(
        partial.stderr.contains("--tenant-id or AZURE_TENANT_ID"),
        "{}",
        partial.stderr
    );
    let no_secret = run(
        &["--auth", "client-secret", "job", "list", "-s", SP],
        &[("AZURE_TENANT_ID", "contoso.onmicrosoft.com"), ("AZURE_CLIENT_ID", "c")],
        None,
    )
    .await;
    assert_eq!(no_secret.code, 3, "{}", no_secret.both());
    assert!(no_secret.stderr.contains("AZURE_CLIENT_SECRET"), "{}", no_secret.stderr);

    let fake = FakeGraph::start().await;
    let base = fake.base_url();
    let refused = run(
        &["--base-url", &base, "job", "list", "-s", SP],
        &[("GRAPH_TOKEN", "wrong-token")],
        None,
    )
    .await;
    assert_eq!(refused.code, 3, "{}", refused.both());
    assert!(!refused.both().contains("wrong-token"));
}
