//! Self-test of the fake Graph server, over raw HTTP/1.1 on a `tokio::net::TcpStream` (no HTTP client crate).

use std::time::{Duration, Instant};

use fake_graph::{FakeGraph, Scripted};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const SP: &str = "00000000-0000-0000-0000-0000000000aa";

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

/// One request on a fresh connection (`Connection: close`), read to the end.
async fn send(graph: &FakeGraph, method: &str, target: &str, headers: &[(&str, &str)], body: &str) -> Response {
    let host = graph
        .base_url()
        .strip_prefix("http://")
        .expect("http base url")
        .to_string();
    let target = target.strip_prefix(&graph.base_url()).unwrap_or(target);
    let mut request = format!("{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    if !body.is_empty() || matches!(method, "POST" | "PUT" | "PATCH") {
        request.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);

    let exchange = async {
        let mut stream = TcpStream::connect(&host).await.expect("connect");
        stream.write_all(request.as_bytes()).await.expect("write");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("read");
        raw
    };
    let raw = tokio::time::timeout(Duration::from_secs(10), exchange)
        .await
        .expect("exchange timed out");
    parse_response(&raw)
}

fn parse_response(raw: &[u8]) -> Response {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("end of headers");
    let head = std::str::from_utf8(&raw[..split]).expect("UTF-8 head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("status line");
    let mut parts = status_line.splitn(3, ' ');
    assert_eq!(parts.next(), Some("HTTP/1.1"), "{status_line}");
    let status = parts.next().and_then(|s| s.parse().ok()).expect("status code");
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("header line");
            (name.trim().to_ascii_lowercase(), value.trim().to_string())
        })
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    if chunked {
        body = dechunk(&body);
    } else if let Some((_, len)) = headers.iter().find(|(n, _)| n == "content-length") {
        assert_eq!(body.len(), len.parse::<usize>().expect("content-length"), "body length");
    }
    Response {
        status,
        headers,
        body: String::from_utf8(body).expect("UTF-8 body"),
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").expect("chunk size line");
        let size_text = std::str::from_utf8(&data[..line_end]).expect("chunk size");
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).expect("hex chunk size");
        data = &data[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

const AUTH: &str = "Bearer test-token";

async fn get(graph: &FakeGraph, target: &str) -> Response {
    send(graph, "GET", target, &[("Authorization", AUTH)], "").await
}

async fn post(graph: &FakeGraph, target: &str, body: &Value) -> Response {
    let headers = [("Authorization", AUTH), ("Content-Type", "application/json")];
    send(graph, "POST", target, &headers, &body.to_string()).await
}

fn jobs_path(sp: &str) -> String {
    format!("/v1.0/servicePrincipals/{sp}/synchronization/jobs")
}

async fn create_job(graph: &FakeGraph, sp: &str, template: &str) -> String {
    let response = post(graph, &jobs_path(sp), &json!({"templateId": template})).await;
    assert_eq!(response.status, 201, "{}", response.body);
    response.json()["id"].as_str().expect("job id").to_string()
}

fn assert_odata_error(response: &Response, status: u16, code: &str) {
    assert_eq!(response.status, status, "{}", response.body);
    assert_eq!(response.header("content-type"), Some("application/json"));
    let body = response.json();
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(body["error"]["message"].is_string(), "{body}");
    let inner = &body["error"]["innerError"];
    assert_eq!(inner["date"], "2026-11-28T12:00:00");
    assert_eq!(inner["request-id"].as_str(), response.header("request-id"));
    assert_eq!(
        inner["client-request-id"].as_str(),
        response.header("client-request-id")
    );
}

#[tokio::test]
async fn create_start_get_then_paging() {
    let graph = FakeGraph::start().await;
    let base = graph.base_url();
    assert!(base.starts_with("http://127.0.0.1:") && !base.ends_with('/'), "{base}");

    // create
    let response = post(&graph, &jobs_path(SP), &json!({"templateId": "scim"})).await;
    assert_eq!(response.status, 201, "{}", response.body);
    assert_eq!(response.header("content-type"), Some("application/json"));
    assert!(response.header("request-id").is_some());
    assert!(response.header("client-request-id").is_some());
    let job = response.json();
    let id = job["id"].as_str().unwrap().to_string();
    let hex = id.strip_prefix("scim.").expect("id is <templateId>.<hex>");
    assert!(hex.len() == 32 && hex.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    assert_eq!(job["templateId"], "scim");
    assert_eq!(
        job["schedule"],
        json!({"expiration": null, "interval": "PT40M", "state": "Disabled"})
    );
    assert_eq!(job["status"]["code"], "NotRun");
    assert_eq!(job["status"]["steadyStateLastAchievedTime"], "0001-01-01T00:00:00Z");
    assert_eq!(job["synchronizationJobSettings"], json!([]));

    // start
    let job_path = format!("{}/{id}", jobs_path(SP));
    let response = post(&graph, &format!("{job_path}/start"), &json!(null)).await;
    assert_eq!(response.status, 204, "{}", response.body);
    assert!(response.body.is_empty());
    assert!(response.header("request-id").is_some());

    // get: Active; steady state from the 2nd GET of the Active job on
    let first = get(&graph, &job_path).await;
    assert_eq!(first.status, 200);
    let first = first.json();
    assert_eq!(first["schedule"]["state"], "Active");
    assert_eq!(first["status"]["code"], "Active");
    assert_eq!(first["status"]["steadyStateLastAchievedTime"], "0001-01-01T00:00:00Z");
    assert!(first["status"].get("lastSuccessfulExecution").is_none());
    let second = get(&graph, &job_path).await.json();
    assert_eq!(second["status"]["steadyStateLastAchievedTime"], "2026-11-28T12:00:00Z");
    assert_eq!(
        second["status"]["lastSuccessfulExecution"],
        json!({"state": "Succeeded"})
    );

    // paging: 5 jobs, page size 2 -> pages of 2, 2, 1
    let sp = "sp-paging";
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(create_job(&graph, sp, &format!("t{i}")).await);
    }
    graph.set_page_size(2);
    let mut next = Some(format!("{base}{}", jobs_path(sp)));
    let mut pages = Vec::new();
    while let Some(url) = next.take() {
        assert!(pages.len() < 5, "too many pages");
        assert!(url.starts_with(&base), "{url}");
        let response = get(&graph, &url).await;
        assert_eq!(response.status, 200, "{}", response.body);
        let body = response.json();
        assert!(
            body["@odata.context"]
                .as_str()
                .unwrap()
                .contains("synchronization/jobs"),
            "{body}"
        );
        let ids: Vec<String> = body["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|j| j["id"].as_str().unwrap().into())
            .collect();
        pages.push(ids);
        next = body["@odata.nextLink"].as_str().map(str::to_string);
        if let Some(link) = &next {
            let expected = format!("{base}/v1.0/servicePrincipals/{sp}/synchronization/jobs?$skiptoken=");
            assert!(link.starts_with(&expected), "{link}");
        }
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    assert_eq!(pages.concat(), created);
    // the first service principal's jobs are separate
    assert_eq!(
        get(&graph, &jobs_path(SP)).await.json()["value"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let recorded = graph.requests();
    assert_eq!(recorded[0].method, "POST");
    assert_eq!(recorded[0].path, jobs_path(SP));
    assert_eq!(recorded[0].query, None);
    assert_eq!(recorded[0].header("authorization"), Some(AUTH));
    assert!(recorded[0].headers.iter().all(|(n, _)| *n == n.to_ascii_lowercase()));
    assert_eq!(recorded[0].body_json(), Some(json!({"templateId": "scim"})));
    let paged: Vec<_> = recorded
        .iter()
        .filter(|r| r.method == "GET" && r.path == jobs_path(sp))
        .collect();
    assert_eq!(
        paged.iter().map(|r| r.query.as_deref()).collect::<Vec<_>>(),
        [None, Some("$skiptoken=2"), Some("$skiptoken=4")]
    );
}

#[tokio::test]
async fn scripted_429_then_normal() {
    let graph = FakeGraph::start().await;
    let id = create_job(&graph, SP, "scim").await;
    let job_path = format!("{}/{id}", jobs_path(SP));
    graph.script(
        "GET",
        &format!("/jobs/{id}"),
        vec![Scripted::Raw {
            status: 429,
            headers: vec![
                ("Retry-After".into(), "1".into()),
                ("Content-Type".into(), "application/json".into()),
            ],
            body: r#"{"error":{"code":"TooManyRequests","message":"slow down"}}"#.into(),
        }],
    );

    let throttled = get(&graph, &job_path).await;
    assert_eq!(throttled.status, 429);
    assert_eq!(throttled.header("retry-after"), Some("1"));
    assert_eq!(throttled.json()["error"]["code"], "TooManyRequests");
    let normal = get(&graph, &job_path).await;
    assert_eq!(normal.status, 200, "{}", normal.body);
    assert_eq!(normal.json()["id"], id.as_str());

    // scripts win over authentication, match the method and the path suffix ("start" also ends
    // ".../microsoft.graph.start"), and queue in order
    graph.script(
        "post",
        "start",
        vec![
            Scripted::throttled(7),
            Scripted::error(503, "ServiceUnavailable", "down"),
        ],
    );
    let response = get(&graph, &format!("{job_path}/start")).await;
    assert_eq!(response.status, 404, "GET does not take a POST script");
    let response = send(&graph, "POST", &format!("{job_path}/start"), &[], "").await;
    assert_eq!(response.status, 429);
    assert_eq!(response.header("retry-after"), Some("7"));
    let response = post(&graph, &format!("{job_path}/microsoft.graph.start"), &json!(null)).await;
    assert_eq!(response.status, 503);
    assert_eq!(response.json()["error"]["code"], "ServiceUnavailable");
    assert_eq!(
        post(&graph, &format!("{job_path}/start"), &json!(null)).await.status,
        204
    );

    // Delay, then the normal behaviour
    graph.script("GET", "/jobs/$count", vec![Scripted::Delay(Duration::from_millis(300))]);
    let started = Instant::now();
    let count = get(&graph, &format!("{}/%24count", jobs_path(SP))).await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(count.status, 200);
    assert_eq!(count.header("content-type"), Some("text/plain"));
    assert_eq!(count.body, "1");

    let gets = graph
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path == job_path)
        .count();
    assert_eq!(gets, 2, "scripted requests are recorded too");
}

#[tokio::test]
async fn unauthorized_without_token() {
    let graph = FakeGraph::start().await;
    let response = send(&graph, "GET", &jobs_path(SP), &[("client-request-id", "abc-123")], "").await;
    assert_odata_error(&response, 401, "InvalidAuthenticationToken");
    assert_eq!(response.header("client-request-id"), Some("abc-123"));

    let response = send(&graph, "GET", &jobs_path(SP), &[("Authorization", "Bearer wrong")], "").await;
    assert_odata_error(&response, 401, "InvalidAuthenticationToken");
    let response = send(
        &graph,
        "GET",
        &jobs_path(SP),
        &[("Authorization", "Basic test-token")],
        "",
    )
    .await;
    assert_odata_error(&response, 401, "InvalidAuthenticationToken");

    let headers = [("Authorization", "Bearer test-token")];
    assert_eq!(send(&graph, "GET", &jobs_path(SP), &headers, "").await.status, 200);
    assert_eq!(graph.requests().len(), 4);
}

#[tokio::test]
async fn rest_of_the_surface() {
    let graph = FakeGraph::start().await;
    let beta = format!("/beta/servicePrincipals/{SP}/synchronization/jobs");
    let id = create_job(&graph, SP, "AzureAD2AAD").await;
    let job_path = format!("{beta}/{id}");

    // client-request-id echo, 404 shape
    let headers = [("Authorization", AUTH), ("client-request-id", "my-id-1")];
    let missing = send(&graph, "GET", &format!("{beta}/nope.123"), &headers, "").await;
    assert_odata_error(&missing, 404, "Request_ResourceNotFound");
    assert_eq!(missing.header("client-request-id"), Some("my-id-1"));
    assert_odata_error(&get(&graph, "/v1.0/me").await, 404, "ResourceNotFound");
    assert_odata_error(&post(&graph, &beta, &json!({"nope": 1})).await, 400, "BadRequest");
    let headers = [("Authorization", AUTH)];
    assert_odata_error(
        &send(&graph, "POST", &beta, &headers, "{not json").await,
        400,
        "BadRequest",
    );

    // pause, restart with scope
    assert_eq!(
        post(&graph, &format!("{job_path}/pause"), &json!(null)).await.status,
        204
    );
    let job = get(&graph, &job_path).await.json();
    assert_eq!(
        (job["schedule"]["state"].as_str(), job["status"]["code"].as_str()),
        (Some("Paused"), Some("Paused"))
    );
    let scope = "Watermark, Escrows, QuarantineState";
    let restart = json!({"criteria": {"resetScope": scope}});
    assert_eq!(
        post(&graph, &format!("{job_path}/microsoft.graph.restart"), &restart)
            .await
            .status,
        204
    );
    let job = get(&graph, &job_path).await.json();
    assert_eq!(job["schedule"]["state"], "Active");
    assert_eq!(
        job["synchronizationJobSettings"],
        json!([{"name": "LastRestartScope", "value": scope}])
    );
    assert_eq!(
        graph.job(SP, &id).unwrap()["synchronizationJobSettings"][0]["value"],
        scope
    );

    // provisionOnDemand, validateCredentials
    let parameters =
        json!({"parameters": [{"ruleId": "r1", "subjects": [{"objectId": "u1", "objectTypeName": "User"}]}]});
    let response = post(&graph, &format!("{job_path}/provisionOnDemand"), &parameters).await;
    assert_eq!(response.status, 200);
    // As the docs' example: `key` and `value` are strings carrying JSON.
    let answer = response.json();
    let key = serde_json::from_str::<Value>(answer["key"].as_str().unwrap()).unwrap();
    assert_eq!(key["result"], "Success");
    let value = serde_json::from_str::<Value>(answer["value"].as_str().unwrap()).unwrap();
    assert_eq!(value["sourceIdentity"]["id"], "u1");
    assert_eq!(value["provisioningSteps"][0]["type"], "Import");
    let validate = json!({"credentials": [{"key": "BaseAddress", "value": "https://x"}]});
    assert_eq!(
        post(
            &graph,
            &format!("{job_path}/microsoft.graph.validateCredentials"),
            &validate
        )
        .await
        .status,
        204
    );

    // secrets
    let secrets = json!({"value": [{"key": "SecretToken", "value": "s3cr3t"}]});
    let headers = [("Authorization", AUTH), ("Content-Type", "application/json")];
    let secrets_path = format!("/v1.0/servicePrincipals/{SP}/synchronization/secrets");
    assert_eq!(
        send(&graph, "PUT", &secrets_path, &headers, &secrets.to_string())
            .await
            .status,
        204
    );
    assert_eq!(
        graph.secrets(SP),
        vec![json!({"key": "SecretToken", "value": "s3cr3t"})]
    );

    // schema
    let schema_path = format!("{job_path}/schema");
    let schema = get(&graph, &schema_path).await.json();
    assert_eq!(schema["id"], id.as_str());
    assert_eq!(schema["directories"][0]["objects"][0]["attributes"][0]["name"], "mail");
    let replaced = json!({"id": id, "synchronizationRules": [{"id": "r1"}], "directories": []});
    // PATCH: the synchronization backend's 404, and the schema is unchanged.
    let patch = send(&graph, "PATCH", &schema_path, &headers, &replaced.to_string()).await;
    assert_odata_error(&patch, 404, "NotFound");
    let message = patch.json()["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        message,
        format!(
            "No HTTP resource was found that matches the request URI \
             'https://syncfabric.windowsazure.com/api/servicePrincipals({SP})/synchronization/jobs({id})/schema?api-version=2.0'."
        )
    );
    assert_eq!(get(&graph, &schema_path).await.json(), schema);
    // PUT replaces the whole schema.
    assert_eq!(
        send(&graph, "PUT", &schema_path, &headers, &replaced.to_string())
            .await
            .status,
        204
    );
    assert_eq!(get(&graph, &schema_path).await.json(), replaced);
    let parse = json!({"expression": "Append([mail], \"x\")", "testInputObject": null});
    let parsed = post(&graph, &format!("{schema_path}/parseExpression"), &parse)
        .await
        .json();
    assert_eq!(parsed["parsingSucceeded"], true);
    assert_eq!(parsed["evaluationResult"], json!(["Append([mail], \"x\")"]));
    assert_eq!(parsed["parsedExpression"]["value"], "Append([mail], \"x\")");

    // $count, delete
    assert_eq!(get(&graph, &format!("{beta}/$count")).await.body, "1");
    assert_eq!(
        send(&graph, "DELETE", &job_path, &[("Authorization", AUTH)], "")
            .await
            .status,
        204
    );
    assert_odata_error(&get(&graph, &job_path).await, 404, "Request_ResourceNotFound");
    assert_eq!(get(&graph, &format!("{beta}/$count")).await.body, "0");
}

#[tokio::test]
async fn gallery_service_principals_and_provisioning_logs() {
    let graph = FakeGraph::start().await;
    // Seven reads of the logs at once: more than the reports limit (5 per 10 s), tested elsewhere.
    graph.set_reports_limit(0, Duration::ZERO);
    graph.set_page_size(2);

    // The gallery: $filter on displayName (eq ignores case, startswith), get, unknown id.
    let hr = get(
        &graph,
        "/v1.0/applicationTemplates?$filter=displayName%20eq%20%27contoso%20hr%27",
    )
    .await;
    assert_eq!(hr.status, 200, "{}", hr.body);
    let hr = hr.json();
    assert_eq!(hr["value"].as_array().map(Vec::len), Some(1), "{hr}");
    let template_id = hr["value"][0]["id"].as_str().expect("id").to_string();
    let contoso = get(
        &graph,
        "/v1.0/applicationTemplates?$filter=startswith(displayName,'Contoso')",
    )
    .await
    .json();
    assert_eq!(contoso["value"].as_array().map(Vec::len), Some(2), "{contoso}");
    let all = get(&graph, "/beta/applicationTemplates").await.json();
    assert_eq!(all["value"].as_array().map(Vec::len), Some(2), "a page of 2");
    assert!(
        all["@odata.nextLink"]
            .as_str()
            .is_some_and(|l| l.ends_with("?$skiptoken=2")),
        "{all}"
    );
    assert_eq!(
        get(&graph, &format!("/v1.0/applicationTemplates/{template_id}"))
            .await
            .json()["displayName"],
        "Contoso HR"
    );
    assert_odata_error(
        &get(&graph, "/v1.0/applicationTemplates/nope").await,
        404,
        "Request_ResourceNotFound",
    );
    assert_odata_error(
        &get(&graph, "/v1.0/applicationTemplates?$filter=displayName%20has%20%27x%27").await,
        400,
        "BadRequest",
    );

    // instantiate: an application and a service principal sharing an appId.
    let instantiate = format!("/v1.0/applicationTemplates/{template_id}/instantiate");
    assert_odata_error(&post(&graph, &instantiate, &json!({})).await, 400, "BadRequest");
    let created = post(&graph, &instantiate, &json!({"displayName": "HR sync"})).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let created = created.json();
    let app_id = created["application"]["appId"].as_str().expect("appId").to_string();
    assert_eq!(created["servicePrincipal"]["appId"], app_id.as_str());
    assert_eq!(
        created["servicePrincipal"]["applicationTemplateId"],
        template_id.as_str()
    );
    let sp_id = created["servicePrincipal"]["id"].as_str().expect("id").to_string();
    assert_eq!(graph.applications().len(), 1);

    // Service principal lookups.
    let by_filter = get(
        &graph,
        &format!("/v1.0/servicePrincipals?$filter=appId%20eq%20'{app_id}'"),
    )
    .await
    .json();
    assert_eq!(by_filter["value"][0]["id"], sp_id.as_str(), "{by_filter}");
    let none = get(&graph, "/v1.0/servicePrincipals?$filter=appId%20eq%20'other'")
        .await
        .json();
    assert_eq!(none["value"], json!([]));
    assert_eq!(
        get(&graph, &format!("/v1.0/servicePrincipals/{sp_id}")).await.json()["appId"],
        app_id.as_str()
    );
    assert_eq!(
        get(&graph, &format!("/v1.0/servicePrincipals(appId='{app_id}')"))
            .await
            .json()["id"],
        sp_id.as_str()
    );
    assert_eq!(
        get(&graph, &format!("/v1.0/servicePrincipals(appId=%27{app_id}%27)"))
            .await
            .json()["id"],
        sp_id.as_str(),
        "the key percent-encoded"
    );
    assert_odata_error(
        &get(&graph, "/v1.0/servicePrincipals(appId='x')").await,
        404,
        "Request_ResourceNotFound",
    );

    // Provisioning logs: each start logs a cycle of three entries, a minute apart.
    let first_job = create_job(&graph, &sp_id, "scim").await;
    let second_job = create_job(&graph, &sp_id, "scim").await;
    for job in [&first_job, &second_job] {
        let start = post(&graph, &format!("{}/{job}/start", jobs_path(&sp_id)), &json!({})).await;
        assert_eq!(start.status, 204, "{}", start.body);
    }
    assert_eq!(graph.provisioning_logs().len(), 6);
    let by_job = format!("jobId%20eq%20'{second_job}'");
    let page = get(
        &graph,
        &format!("/v1.0/auditLogs/provisioning?$filter={by_job}&$count=true"),
    )
    .await
    .json();
    assert_eq!(page["@odata.count"], 3, "{page}");
    assert_eq!(page["value"].as_array().map(Vec::len), Some(2));
    assert!(page["value"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["jobId"] == second_job.as_str()));
    assert_eq!(page["value"][0]["servicePrincipal"]["displayName"], "HR sync");
    let next = page["@odata.nextLink"].as_str().expect("nextLink").to_string();
    assert!(next.contains(&by_job), "the next link keeps the filter: {next}");
    let rest = get(&graph, &next).await.json();
    assert_eq!(rest["value"].as_array().map(Vec::len), Some(1), "{rest}");
    assert!(rest.get("@odata.nextLink").is_none());
    let count = get(&graph, &format!("/v1.0/auditLogs/provisioning/$count?$filter={by_job}")).await;
    assert_eq!((count.status, count.body.as_str()), (200, "3"));
    assert_eq!(get(&graph, "/v1.0/auditLogs/provisioning/%24count").await.body, "6");
    let since = get(
        &graph,
        "/v1.0/auditLogs/provisioning?$top=10&$filter=activityDateTime%20ge%202026-11-28T12:04:00Z",
    )
    .await
    .json();
    assert_eq!(
        since["value"].as_array().map(Vec::len),
        Some(2),
        "the last two of six: {since}"
    );
    let entry_id = since["value"][0]["id"].as_str().expect("id").to_string();
    assert_eq!(
        get(&graph, &format!("/beta/auditLogs/directoryProvisioning/{entry_id}"))
            .await
            .json()["id"],
        entry_id.as_str()
    );
    assert_odata_error(
        &get(&graph, "/v1.0/auditLogs/directoryProvisioning").await,
        404,
        "ResourceNotFound",
    );
    assert_odata_error(
        &get(&graph, "/v1.0/auditLogs/provisioning/nope").await,
        404,
        "Request_ResourceNotFound",
    );
}

#[tokio::test]
async fn stops_when_dropped() {
    let graph = FakeGraph::start().await;
    let addr = graph.addr();
    assert!(addr.ip().is_loopback());
    assert_eq!(get(&graph, &jobs_path(SP)).await.status, 200);
    drop(graph);
    let deadline = Instant::now() + Duration::from_secs(5);
    while TcpStream::connect(addr).await.is_ok() {
        assert!(Instant::now() < deadline, "still listening after drop");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn wait_idle_returns_once_every_received_request_is_answered() {
    let graph = FakeGraph::start().await;
    graph.wait_idle().await;
    assert_eq!(graph.peak_in_flight(), 0, "idle before any request");
    let delay = Duration::from_millis(300);
    graph.script(
        "GET",
        "/jobs/$count",
        vec![Scripted::Delay(delay), Scripted::Delay(delay)],
    );
    let count_path = format!("{}/%24count", jobs_path(SP));
    let started = Instant::now();
    let waiter = async {
        // Until both requests are in: a request still on its way is not waited for.
        while graph.requests().len() < 2 {
            tokio::task::yield_now().await;
        }
        graph.wait_idle().await;
        started.elapsed()
    };
    let (first, second, idle_after) = tokio::join!(get(&graph, &count_path), get(&graph, &count_path), waiter);
    assert_eq!((first.status, second.status), (200, 200));
    assert!(
        idle_after >= delay,
        "idle before the scripted delays ended: {idle_after:?}"
    );
    assert_eq!(graph.peak_in_flight(), 2, "both delayed requests were served at once");
    graph.wait_idle().await;
}
