//! The `fake-graph` binary as a user runs it: its labeled (and JSON) output is read back, and the
//! service it announces answers on 127.0.0.1 with the behaviour its flags asked for.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use serde_json::{json, Value};

/// The binary, killed when the test ends.
struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(args: &[&str]) -> (Served, BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fake-graph"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn fake-graph");
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (Served(child), stdout)
}

fn line(reader: &mut BufReader<std::process::ChildStdout>) -> String {
    let mut line = String::new();
    reader.read_line(&mut line).expect("a line of output");
    line.trim_end().to_string()
}

/// One HTTP/1.1 request on a fresh connection; the status and the body.
fn send(base_url: &str, token: &str, method: &str, path: &str, content_type: &str, body: &str) -> (u16, String) {
    let host = base_url.strip_prefix("http://").expect("an http:// base URL");
    assert!(host.starts_with("127.0.0.1:"), "served on loopback only: {host}");
    let mut stream = TcpStream::connect(host).expect("connect to the fake");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().expect("a status code");
    let (head, body) = response.split_once("\r\n\r\n").expect("a head and a body");
    // Chunked bodies (axum's streaming answers) are not used by the routes read here.
    assert!(
        !head.to_ascii_lowercase().contains("transfer-encoding: chunked"),
        "{head}"
    );
    (status, body.to_string())
}

#[test]
fn labeled_output_names_a_job_that_the_served_fake_knows() {
    let (_served, mut out) = serve(&[
        "--service-principal",
        "sp-hr",
        "--quarantine",
        "EncounteredQuarantineException",
    ]);
    let lines: Vec<String> = (0..4).map(|_| line(&mut out)).collect();
    let value = |label: &str| {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(&format!("{label}: ")))
            .unwrap_or_else(|| panic!("no {label:?} line in {lines:?}"))
            .to_string()
    };
    let (base, token, sp, job) = (
        value("base URL"),
        value("token"),
        value("service principal"),
        value("job"),
    );
    assert_eq!(sp, "sp-hr");
    assert!(job.starts_with("API2AAD."), "{job}");
    let (status, body) = send(
        &base,
        &token,
        "GET",
        &format!("/v1.0/servicePrincipals/{sp}/synchronization/jobs/{job}"),
        "application/json",
        "",
    );
    assert_eq!(status, 200, "{body}");
    let job_json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(job_json["id"], job.as_str());
    assert_eq!(job_json["status"]["code"], "Quarantine");
    assert_eq!(
        job_json["status"]["quarantine"]["reason"],
        "EncounteredQuarantineException"
    );
    // A wrong token is refused as Graph refuses it.
    let (status, _) = send(
        &base,
        "wrong",
        "GET",
        "/v1.0/servicePrincipals/sp-hr/synchronization/jobs",
        "application/json",
        "",
    );
    assert_eq!(status, 401);
}

#[test]
fn json_output_and_flags_for_failures_and_limits_hold_on_the_wire() {
    let (_served, mut out) = serve(&[
        "--json",
        "--fail",
        "E002=AzureActiveDirectoryConflictEntry:Another object with the same value already exists.",
        "--bulk-upload-limit",
        "1/1h",
        "--latency",
        "20ms",
        "--jitter",
        "10ms",
    ]);
    let announced: Value = serde_json::from_str(&line(&mut out)).expect("one JSON object");
    let base = announced["baseUrl"].as_str().unwrap();
    let token = announced["token"].as_str().unwrap();
    let sp = announced["servicePrincipal"].as_str().unwrap();
    let job = announced["job"].as_str().unwrap();
    // Without --service-principal, the application was instantiated from the gallery.
    let (status, body) = send(
        base,
        token,
        "GET",
        &format!("/v1.0/servicePrincipals/{sp}"),
        "application/json",
        "",
    );
    assert_eq!(status, 200, "{body}");
    let principal: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(principal["appId"], announced["appId"]);
    assert_eq!(
        principal["applicationTemplateId"],
        "8adf8e6e-67b2-4cf2-a259-e3dc5476c621"
    );
    let operation = |id: &str, bulk_id: &str| {
        json!({"method": "POST", "bulkId": bulk_id, "path": "/Users", "data": {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "externalId": id, "userName": format!("{id}@contoso.com")}})
    };
    let bulk = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
        "Operations": [operation("E001", "1"), operation("E002", "2")],
    })
    .to_string();
    let upload = format!("/v1.0/servicePrincipals/{sp}/synchronization/jobs/{job}/bulkUpload");
    let (status, body) = send(base, token, "POST", &upload, "application/scim+json", &bulk);
    assert_eq!(status, 202, "{body}");
    // The window of one call an hour is spent.
    let (status, _) = send(base, token, "POST", &upload, "application/scim+json", &bulk);
    assert_eq!(status, 429);
    let (status, body) = send(
        base,
        token,
        "GET",
        "/v1.0/auditLogs/provisioning",
        "application/json",
        "",
    );
    assert_eq!(status, 200, "{body}");
    let logs: Value = serde_json::from_str(&body).unwrap();
    let outcome = |id: &str| {
        logs["value"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["sourceIdentity"]["id"] == id)
            .unwrap_or_else(|| panic!("no log entry of {id}: {logs}"))
            .clone()
    };
    assert_eq!(outcome("E001")["provisioningStatusInfo"]["status"], "success");
    let failed = outcome("E002");
    assert_eq!(failed["provisioningStatusInfo"]["status"], "failure");
    assert_eq!(
        failed["provisioningStatusInfo"]["errorInformation"]["errorCode"],
        "AzureActiveDirectoryConflictEntry"
    );
}

#[test]
fn malformed_flags_are_refused_with_the_expected_shape() {
    let output = Command::new(env!("CARGO_BIN_EXE_fake-graph"))
        .args(["--bulk-upload-limit", "40"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("expected CALLS/DURATION"), "{stderr}");
    let output = Command::new(env!("CARGO_BIN_EXE_fake-graph"))
        .args(["--fail", "E001"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("EXTERNAL_ID=CODE:REASON"));
}

#[test]
fn page_size_budget_and_log_outcome_flags_hold_on_the_wire() {
    let (_served, mut out) = serve(&[
        "--json",
        "--page-size",
        "1",
        "--daily-budget",
        "1",
        "--skip",
        "E001",
        "--unseen",
        "E003",
    ]);
    let announced: Value = serde_json::from_str(&line(&mut out)).expect("one JSON object");
    let (base, token) = (
        announced["baseUrl"].as_str().unwrap(),
        announced["token"].as_str().unwrap(),
    );
    let upload = format!(
        "/v1.0/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload",
        announced["servicePrincipal"].as_str().unwrap(),
        announced["job"].as_str().unwrap()
    );
    let operations: Vec<Value> = ["E001", "E002", "E003"]
        .iter()
        .enumerate()
        .map(|(n, id)| {
            json!({"method": "POST", "bulkId": n.to_string(), "path": "/Users", "data": {
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "externalId": id, "userName": format!("{id}@contoso.com")}})
        })
        .collect();
    let bulk =
        json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": operations}).to_string();
    assert_eq!(
        send(base, token, "POST", &upload, "application/scim+json", &bulk).0,
        202
    );
    // The day's budget of one call is spent.
    assert_eq!(
        send(base, token, "POST", &upload, "application/scim+json", &bulk).0,
        429
    );
    // Pages of one: E001 (skipped), then E002 (success); E003 is never logged.
    let (status, body) = send(
        base,
        token,
        "GET",
        "/v1.0/auditLogs/provisioning",
        "application/json",
        "",
    );
    assert_eq!(status, 200, "{body}");
    let page: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(page["value"].as_array().unwrap().len(), 1, "{page}");
    assert_eq!(page["value"][0]["sourceIdentity"]["id"], "E001");
    assert_eq!(page["value"][0]["provisioningStatusInfo"]["status"], "skipped");
    let next = page["@odata.nextLink"].as_str().expect("a next page");
    let (status, body) = send(
        base,
        token,
        "GET",
        next.strip_prefix(base).unwrap(),
        "application/json",
        "",
    );
    assert_eq!(status, 200, "{body}");
    let page: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(page["value"][0]["sourceIdentity"]["id"], "E002");
    assert!(page.get("@odata.nextLink").is_none(), "E003 is never logged: {page}");
}

#[test]
fn an_instantiated_service_principal_is_invisible_until_the_replication_lag_has_passed() {
    let (_served, mut out) = serve(&["--replication-lag", "1h", "--app-name", "HR inbound"]);
    let lines: Vec<String> = (0..5).map(|_| line(&mut out)).collect();
    let value = |label: &str| {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(&format!("{label}: ")))
            .unwrap_or_else(|| panic!("no {label:?} line in {lines:?}"))
            .to_string()
    };
    let (base, token, sp, job) = (
        value("base URL"),
        value("token"),
        value("service principal"),
        value("job"),
    );
    assert!(!value("app id").is_empty());
    let (status, _) = send(
        &base,
        &token,
        "GET",
        &format!("/v1.0/servicePrincipals/{sp}"),
        "application/json",
        "",
    );
    assert_eq!(status, 404, "not replicated yet");
    let (status, _) = send(
        &base,
        &token,
        "GET",
        &format!("/v1.0/servicePrincipals/{sp}/synchronization/jobs/{job}"),
        "application/json",
        "",
    );
    assert_eq!(status, 404, "nor its synchronization endpoints");
}
