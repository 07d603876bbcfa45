//! Jobs from templates, the built binary against the fake on 127.0.0.1: `templates list`, `job create
//! --template`, `job delete --yes`, each with `--json` and `--dry-run`. Each asserts what the fake
//! received (or that it received nothing).

use crate::common;

use common::{run, run_against};
use fake_graph::{FakeGraph, Scripted};
use serde_json::{json, Value};

const SP: &str = "sp-1";

fn templates() -> Vec<Value> {
    vec![
        json!({"id": "API2AAD", "factoryTag": "API2AAD", "default": true, "discoverable": true,
               "description": "API-driven provisioning to Microsoft Entra ID", "metadata": []}),
        json!({"id": "scim", "factoryTag": "scim", "default": false, "discoverable": true,
               "description": "SCIM 2.0", "metadata": []}),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn templates_list_with_json_and_dry_run() {
    let fake = FakeGraph::start().await;
    fake.set_sync_templates(SP, templates());

    let listed = run_against(&fake, &["templates", "list", "-s", SP], None).await;
    assert_eq!(listed.code, 0, "{}", listed.both());
    assert_eq!(
        listed.stdout,
        "API2AAD\tAPI2AAD\tdefault\tAPI-driven provisioning to Microsoft Entra ID\nscim\tscim\t-\tSCIM 2.0\n"
    );
    assert_eq!(listed.stderr, "2 templates\n");
    let received = fake.requests();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].method, "GET");
    assert_eq!(
        received[0].path,
        "/v1.0/servicePrincipals/sp-1/synchronization/templates"
    );

    let json = run_against(&fake, &["--json", "templates", "list", "-s", SP], None).await;
    assert_eq!(json.code, 0, "{}", json.both());
    let document: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(document[0]["id"], "API2AAD");
    assert_eq!(document[1]["default"], false);

    let base = fake.base_url();
    let dry = run(
        &["--dry-run", "--base-url", &base, "templates", "list", "-s", SP],
        &[],
        None,
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    assert!(
        dry.stdout.starts_with(&format!(
            "GET {base}/v1.0/servicePrincipals/sp-1/synchronization/templates\n"
        )),
        "{}",
        dry.stdout
    );
    assert_eq!(fake.requests().len(), 2, "the dry run sent nothing");
}

#[tokio::test(flavor = "multi_thread")]
async fn job_create_from_a_template_prints_the_disabled_job_and_what_to_do_next() {
    let fake = FakeGraph::start().await;
    let base = fake.base_url();

    let dry = run(
        &[
            "--dry-run",
            "--base-url",
            &base,
            "job",
            "create",
            "-s",
            SP,
            "--template",
            "API2AAD",
        ],
        &[],
        None,
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    assert!(fake.requests().is_empty(), "the dry run sent nothing");
    assert!(
        dry.stdout.starts_with(&format!(
            "POST {base}/v1.0/servicePrincipals/sp-1/synchronization/jobs\n"
        )),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout.ends_with("\n\n{\"templateId\":\"API2AAD\"}\n\n"),
        "{}",
        dry.stdout
    );

    let created = run_against(&fake, &["job", "create", "-s", SP, "--template", "API2AAD"], None).await;
    assert_eq!(created.code, 0, "{}", created.both());
    let jobs = fake.jobs(SP);
    assert_eq!(jobs.len(), 1);
    let job_id = jobs[0]["id"].as_str().unwrap();
    let received = fake.requests();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].method, "POST");
    assert_eq!(received[0].body_json(), Some(json!({"templateId": "API2AAD"})));
    let lines: Vec<&str> = created.stdout.lines().collect();
    assert_eq!(lines[0], format!("created job {job_id} from template API2AAD"));
    assert_eq!(lines[1], "  schedule: Disabled (the job runs once started)");
    assert_eq!(lines[2], "next:");
    assert!(
        created
            .stdout
            .contains(&format!("  msgraph-sync job start -s sp-1 -j {job_id}\n")),
        "{}",
        created.stdout
    );

    let json = run_against(&fake, &["--json", "job", "create", "-s", SP, "-t", "scim"], None).await;
    assert_eq!(json.code, 0, "{}", json.both());
    let document: Value = serde_json::from_str(&json.stdout).unwrap();
    let scim = fake.jobs(SP)[1]["id"].as_str().unwrap().to_string();
    assert_eq!(document["jobId"], scim.as_str());
    assert_eq!(document["templateId"], "scim");
    assert_eq!(document["scheduleState"], "Disabled");
    assert_eq!(document["disabled"], true);
    assert_eq!(document["job"]["id"], scim.as_str());
    let next: Vec<&str> = document["nextSteps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(
        next.contains(&format!("msgraph-sync job start -s sp-1 -j {scim}").as_str()),
        "{next:?}"
    );

    // A creation answered without the job is the service's fault: exit 4, not a usage error.
    fake.script(
        "POST",
        "/synchronization/jobs",
        vec![Scripted::Raw {
            status: 201,
            headers: vec![],
            body: String::new(),
        }],
    );
    let empty = run_against(&fake, &["job", "create", "-s", SP, "-t", "scim"], None).await;
    assert_eq!(empty.code, 4, "{}", empty.both());
    assert!(empty.stderr.contains("answered without it"), "{}", empty.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn job_delete_needs_yes_and_a_missing_job_is_a_graph_error() {
    let fake = FakeGraph::start().await;
    let base = fake.base_url();
    let first = fake.create_job(SP, "API2AAD");
    let second = fake.create_job(SP, "scim");

    // Without --yes: a usage error (2), nothing sent, under --dry-run too.
    let refused = run_against(&fake, &["job", "delete", "-s", SP, "-j", &first], None).await;
    assert_eq!(refused.code, 2, "{}", refused.both());
    assert!(refused.stderr.contains("pass --yes"), "{}", refused.stderr);
    let refused_dry = run(
        &[
            "--dry-run",
            "--base-url",
            &base,
            "job",
            "delete",
            "-s",
            SP,
            "-j",
            &first,
        ],
        &[],
        None,
    )
    .await;
    assert_eq!(refused_dry.code, 2, "{}", refused_dry.both());
    // Before a credential is asked for: none here, still a usage error.
    let no_credential = run(
        &["--base-url", &base, "job", "delete", "-s", SP, "-j", &first],
        &[],
        None,
    )
    .await;
    assert_eq!(no_credential.code, 2, "{}", no_credential.both());
    assert!(fake.requests().is_empty());
    assert_eq!(fake.jobs(SP).len(), 2);

    let dry = run(
        &[
            "--dry-run",
            "--base-url",
            &base,
            "job",
            "delete",
            "-s",
            SP,
            "-j",
            &first,
            "--yes",
        ],
        &[],
        None,
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.both());
    assert!(
        dry.stdout.starts_with(&format!(
            "DELETE {base}/v1.0/servicePrincipals/sp-1/synchronization/jobs/{first}\n"
        )),
        "{}",
        dry.stdout
    );
    assert!(fake.requests().is_empty(), "the dry run sent nothing");

    let deleted = run_against(&fake, &["job", "delete", "-s", SP, "-j", &first, "--yes"], None).await;
    assert_eq!(deleted.code, 0, "{}", deleted.both());
    assert_eq!(deleted.stdout, format!("job {first} deleted\n"));
    let received = fake.requests();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].method, "DELETE");
    assert_eq!(fake.jobs(SP).len(), 1);

    // By template: the job is found in the listing, then deleted; --json says which.
    let json = run_against(
        &fake,
        &["--json", "job", "delete", "-s", SP, "-t", "scim", "--yes"],
        None,
    )
    .await;
    assert_eq!(json.code, 0, "{}", json.both());
    let document: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        document,
        json!({"jobId": second, "servicePrincipalId": SP, "action": "deleted"})
    );
    assert!(fake.jobs(SP).is_empty());

    // A job that does not exist: Graph's 404, the Graph-error exit code (4), for delete and status alike.
    for args in [
        &["job", "delete", "-s", SP, "-j", &first, "--yes"][..],
        &["job", "status", "-s", SP, "-j", &first][..],
    ] {
        let missing = run_against(&fake, args, None).await;
        assert_eq!(missing.code, 4, "{args:?}: {}", missing.both());
        assert!(missing.stderr.contains("does not exist"), "{}", missing.stderr);
    }
}
