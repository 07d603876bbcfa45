//! The request builders: what goes on the wire, hostile ids, query options, clouds, responses.

use msgraph_sync::response::ResponseError;
use msgraph_sync::v1_0::{Api, SynchronizationJob, SynchronizationJobRestartScopeMember as Scope};
use msgraph_sync::{ApiVersion, BuildError, Cloud, Maybe};

fn api() -> Api {
    Api::new(Cloud::Global)
}

fn body_json(req: &http::Request<Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(req.body()).expect("JSON body")
}

#[test]
fn navigation_mirrors_the_url() {
    let start = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("job")
        .start()
        .build()
        .unwrap();
    assert_eq!(start.method(), http::Method::POST);
    assert_eq!(
        start.uri(),
        "https://graph.microsoft.com/v1.0/servicePrincipals/sp/synchronization/jobs/job/microsoft.graph.start"
    );
    assert_eq!(start.headers()["accept"], "application/json");
    assert!(start.body().is_empty() && start.headers().get("content-type").is_none());

    let app = api()
        .applications("app")
        .synchronization()
        .jobs()
        .item("job")
        .schema()
        .filter_operators();
    assert_eq!(
        app.url(),
        "https://graph.microsoft.com/v1.0/applications/app/synchronization/jobs/job/schema/microsoft.graph.filterOperators()"
    );
    let count = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .count()
        .build()
        .unwrap();
    assert_eq!(
        count.uri().path(),
        "/v1.0/servicePrincipals/sp/synchronization/jobs/$count"
    );
    assert_eq!(count.headers()["accept"], "text/plain");
    let ping = msgraph_sync::beta::Api::new(Cloud::Global)
        .service_principals()
        .item("sp")
        .synchronization()
        .ping();
    assert_eq!(
        ping.url(),
        "https://graph.microsoft.com/beta/servicePrincipals/sp/synchronization/microsoft.graph.Ping()"
    );
}

#[test]
fn bodies_are_typed_and_bytes_go_through() {
    let job = SynchronizationJob {
        template_id: Maybe::Value("BoxOutDelta".into()),
        ..Default::default()
    };
    let create = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .create(&job)
        .build()
        .unwrap();
    assert_eq!(create.headers()["content-type"], "application/json");
    assert_eq!(body_json(&create), serde_json::json!({"templateId": "BoxOutDelta"}));

    let restart = msgraph_sync::v1_0::RestartRequestBody {
        criteria: Maybe::Value(msgraph_sync::v1_0::SynchronizationJobRestartCriteria {
            reset_scope: Maybe::Value([Scope::Watermark, Scope::Escrows].into_iter().collect()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let req = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("j")
        .restart(&restart)
        .build()
        .unwrap();
    assert_eq!(
        body_json(&req),
        serde_json::json!({"criteria": {"resetScope": "Escrows, Watermark"}})
    );

    let upload = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("j")
        .bulk_upload()
        .value()
        .put(b"raw".to_vec());
    let built = upload.build().unwrap();
    assert_eq!(built.method(), http::Method::PUT);
    assert_eq!(built.headers()["content-type"], "application/octet-stream");
    assert_eq!(built.body(), b"raw");
    assert!(built.uri().path().ends_with("/bulkUpload/$value"));
}

#[test]
fn hostile_ids_stay_one_segment() {
    let hostile = [
        "a/b",
        "x?y=1",
        "#frag",
        "%2F",
        "a b",
        "日本語",
        "...",
        ".x",
        "a&b=c",
        "\u{0}\r\n",
        "+",
        "~ok_-.",
    ];
    for id in hostile {
        let req = api()
            .service_principals()
            .item(id)
            .synchronization()
            .jobs()
            .item(id)
            .get()
            .build()
            .unwrap();
        let uri = req.uri();
        assert_eq!(uri.query(), None, "{id:?} added a query: {uri}");
        assert!(!uri.to_string().contains('#'), "{id:?} added a fragment: {uri}");
        let segments: Vec<&str> = uri.path().split('/').collect();
        assert_eq!(segments.len(), 7, "{id:?} changed the path: {uri}");
        for segment in [segments[3], segments[6]] {
            let decoded = percent_encoding::percent_decode_str(segment).decode_utf8().unwrap();
            assert_eq!(decoded, id, "{id:?} does not decode back from {segment}");
            assert!(
                segment != "." && segment != "..",
                "dot segment {segment} would be normalized away"
            );
        }
    }
    // `.` and `..` cannot be sent as one segment in any spelling: URL parsers climb on `%2E%2E`
    // too. They are build errors, wherever they would land in the path.
    for id in ["..", ".", "%2E%2E", "%2e", ".%2E", "%252e"] {
        let sp = api()
            .service_principals()
            .item(id)
            .synchronization()
            .jobs()
            .item("j")
            .delete()
            .build();
        let job = api()
            .service_principals()
            .item("sp")
            .synchronization()
            .jobs()
            .item(id)
            .get()
            .build();
        for built in [sp, job] {
            assert!(
                matches!(&built, Err(BuildError::DotSegment { value, .. }) if value == id),
                "{id:?}: {built:?}"
            );
        }
        let templated = msgraph_sync::Path::with_base_url("https://graph.microsoft.com", "v1.0")
            .templated("{appId}", &[("appId", id)])
            .request::<msgraph_sync::response::NoContent, msgraph_sync::query::NoOptions>(http::Method::GET)
            .build();
        assert!(
            matches!(templated, Err(BuildError::DotSegment { .. })),
            "{id:?}: {templated:?}"
        );
    }
    for base in [
        "https://graph.microsoft.com/a/../b",
        "https://graph.microsoft.com/%2e%2E",
    ] {
        let built = Api::with_base_url(base)
            .service_principals()
            .item("sp")
            .synchronization()
            .jobs()
            .list()
            .build();
        assert!(matches!(built, Err(BuildError::BaseUrl(_))), "{base}: {built:?}");
    }
    let err = api()
        .service_principals()
        .item("")
        .synchronization()
        .get()
        .build()
        .unwrap_err();
    assert_eq!(err, BuildError::EmptyKey("servicePrincipal-id"));
    assert_eq!(err.to_string(), "the servicePrincipal-id is empty");
}

#[test]
fn query_options_are_encoded_and_ordered() {
    let list = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .list()
        .top(5)
        .filter("startswith(templateId,'Box Out')")
        .select(&["id", "status"])
        .orderby(&["id desc"])
        .count(true)
        .expand(&["schema"])
        .skip(2)
        .search("\"a&b\"");
    assert_eq!(
        list.url(),
        "https://graph.microsoft.com/v1.0/servicePrincipals/sp/synchronization/jobs\
         ?$top=5&$filter=startswith%28templateId%2C%27Box%20Out%27%29&$select=id,status&$orderby=id%20desc\
         &$count=true&$expand=schema&$skip=2&$search=%22a%26b%22"
    );
    // Setting an option again replaces it; the raw escape hatch encodes its value.
    let again = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .list()
        .top(1)
        .top(2)
        .raw_query("$format", "a b");
    assert!(again.url().ends_with("/jobs?$top=2&$format=a%20b"), "{}", again.url());
    // Headers from the spec's parameters.
    let delete = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("j")
        .delete()
        .if_match("W/\"1\"");
    assert_eq!(delete.build().unwrap().headers()["if-match"], "W/\"1\"");
    let bad = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("j")
        .delete()
        .if_match("a\r\nb");
    assert!(matches!(bad.build(), Err(BuildError::Header(_))));
}

#[test]
fn clouds_and_custom_base_urls() {
    let cases = [
        (Cloud::Global, "https://graph.microsoft.com/v1.0/"),
        (Cloud::UsGovL4, "https://graph.microsoft.us/v1.0/"),
        (Cloud::UsGovL5Dod, "https://dod-graph.microsoft.us/v1.0/"),
        (Cloud::China, "https://microsoftgraph.chinacloudapi.cn/v1.0/"),
    ];
    for (cloud, prefix) in cases {
        let url = Api::new(cloud)
            .service_principals()
            .item("sp")
            .synchronization()
            .get()
            .url();
        assert!(url.starts_with(prefix), "{url}");
    }
    let local = Api::with_base_url("http://127.0.0.1:8080/")
        .service_principals()
        .item("sp")
        .synchronization()
        .get();
    assert_eq!(
        local.url(),
        "http://127.0.0.1:8080/v1.0/servicePrincipals/sp/synchronization"
    );
    let proxy = msgraph_sync::beta::Api::with_base_url("https://proxy.example/graph")
        .applications("a")
        .synchronization()
        .get();
    assert_eq!(
        proxy.url(),
        "https://proxy.example/graph/beta/applications/a/synchronization"
    );
    for bad in ["graph.microsoft.com", "ftp://x", "https://", "https://h?x=1"] {
        let err = Api::with_base_url(bad)
            .service_principals()
            .item("sp")
            .synchronization()
            .get()
            .build()
            .unwrap_err();
        assert!(matches!(err, BuildError::BaseUrl(_)), "{bad}: {err:?}");
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.as_bytes().to_vec()).unwrap()
}

#[test]
fn responses_decode_per_operation() {
    let jobs = api().service_principals().item("sp").synchronization().jobs();
    let page = jobs
        .list()
        .parse_response(&response(
            200,
            &[],
            r#"{"value":[{"id":"a"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/next"}"#,
        ))
        .unwrap();
    assert_eq!(page.value.value().map(Vec::len), Some(1));
    assert_eq!(
        page.odata_next_link.value().map(String::as_str),
        Some("https://graph.microsoft.com/v1.0/next")
    );

    // Create promises 201 and the docs show 200: any 2XX is success; an empty 204 is `None`.
    let created = jobs.create(&SynchronizationJob::default());
    assert!(created
        .parse_response(&response(200, &[], r#"{"id":"x"}"#))
        .unwrap()
        .is_some());
    assert!(created
        .parse_response(&response(201, &[], r#"{"id":"x"}"#))
        .unwrap()
        .is_some());
    let update = jobs.item("x").update(&SynchronizationJob::default());
    assert!(update.parse_response(&response(204, &[], "")).unwrap().is_none());

    assert_eq!(
        jobs.count().parse_response(&response(200, &[], "\u{feff}42")).unwrap(),
        42
    );
    let raw = jobs.item("x").bulk_upload().value().get();
    assert_eq!(raw.parse_response(&response(200, &[], "bytes")).unwrap(), b"bytes");
    let start = jobs.item("x").start();
    assert!(start.parse_response(&response(204, &[], "")).unwrap().is_empty());
}

#[test]
fn errors_decode_into_the_odata_error_and_keep_the_body() {
    let body = r#"{"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.","innerError":{"date":"2026-11-28T12:00:00","request-id":"r-1","client-request-id":"c-1"}}}"#;
    let get = api()
        .service_principals()
        .item("sp")
        .synchronization()
        .jobs()
        .item("x")
        .get();
    let ResponseError::Graph(err) = get.parse_response(&response(404, &[], body)).unwrap_err() else {
        panic!("expected a Graph error")
    };
    assert_eq!(err.status, 404);
    assert_eq!(err.code.as_deref(), Some("Request_ResourceNotFound"));
    assert_eq!(err.message.as_deref(), Some("Resource 'x' does not exist."));
    assert_eq!(err.request_id.as_deref(), Some("r-1"));
    assert_eq!(err.client_request_id.as_deref(), Some("c-1"));
    assert_eq!(err.date.as_deref(), Some("2026-11-28T12:00:00"));
    assert_eq!(err.raw_body, body.as_bytes());
    assert_eq!(
        err.to_string(),
        "Graph error HTTP 404 Request_ResourceNotFound: Resource 'x' does not exist. (request-id r-1)"
    );

    // Headers win over the body; a body that is not JSON is still kept.
    let ResponseError::Graph(err) = get
        .parse_response(&response(502, &[("request-id", "h-1")], "<html>bad gateway"))
        .unwrap_err()
    else {
        panic!("expected a Graph error")
    };
    assert_eq!((err.request_id.as_deref(), err.json.is_none()), (Some("h-1"), true));
    assert_eq!(err.raw_body, b"<html>bad gateway");

    // A 2XX that does not decode: status and the start of the body, never a panic.
    let err = get.parse_response(&response(200, &[], r#"{"id": 5"#)).unwrap_err();
    let ResponseError::Decode { status, body_start, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((*status, body_start.as_str()), (200, r#"{"id": 5"#));
}

/// Every operation of a spec, walked independently of the generator's IR: (method, path template).
fn spec_operations(api: ApiVersion) -> Vec<(String, String)> {
    let file = format!("spec/{api}.yaml");
    let doc = msgraph_sync_codegen::load::read(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let mut out = Vec::new();
    for (path, item) in doc.paths.iter() {
        for (method, _) in item.operations() {
            out.push((method.to_uppercase(), path.clone()));
        }
    }
    out
}

/// The keys of a path template (`{id}` segments and alternate keys such as `(appId='{appId}')`), each
/// set to its own parameter name.
fn placeholder_keys(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Builds the operation through its builder (the generated `call`), keys set to their names.
fn build(api: ApiVersion, method: &str, path: &str) -> Option<Result<http::Request<Vec<u8>>, BuildError>> {
    let keys = placeholder_keys(path);
    let built = match api {
        ApiVersion::V1_0 => msgraph_sync::v1_0::samples::call(&Api::new(Cloud::Global), method, path, &keys, b""),
        ApiVersion::Beta => {
            msgraph_sync::beta::samples::call(&msgraph_sync::beta::Api::new(Cloud::Global), method, path, &keys, b"")
        }
    };
    built.transpose()
}

#[test]
fn every_spec_operation_has_a_builder() {
    for api in [ApiVersion::V1_0, ApiVersion::Beta] {
        let operations = spec_operations(api);
        assert_eq!(operations.len(), if api == ApiVersion::V1_0 { 131 } else { 141 });
        for (method, path) in &operations {
            let built = build(api, method, path).unwrap_or_else(|| panic!("{api}: no builder for {method} {path}"));
            let built = built.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
            // The URL is the template with each key replaced by its (encoded) parameter name.
            let expected_path = format!("/{api}{}", path.replace(['{', '}'], ""));
            let actual = percent_encoding::percent_decode_str(built.uri().path())
                .decode_utf8()
                .unwrap();
            assert_eq!(actual, expected_path, "{method} {path}");
            assert_eq!(built.method().as_str(), method);
        }
        assert!(build(api, "GET", "/servicePrincipals/{servicePrincipal-id}/owners").is_none());
    }
}

/// One snapshot per operation of the request it builds, so a PR shows any change on the wire.
#[test]
fn snapshot_every_operation() {
    for api in [ApiVersion::V1_0, ApiVersion::Beta] {
        for (method, path) in spec_operations(api) {
            let req = build(api, &method, &path).expect("builder").expect("builds");
            let mut text = format!("{} {}\n", req.method(), req.uri());
            for (name, value) in req.headers() {
                text.push_str(&format!("{name}: {}\n", value.to_str().unwrap_or("<binary>")));
            }
            if !req.body().is_empty() {
                text.push('\n');
                text.push_str(&String::from_utf8_lossy(req.body()));
                text.push('\n');
            }
            let name = format!("{api}_{method}_{path}")
                .replace("microsoft.graph.", "")
                .replace(['/', '{', '}', '(', ')', '$', '\'', '='], "_")
                .split('_')
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("_");
            insta::assert_snapshot!(name, text);
        }
    }
}

/// `/servicePrincipals` is in the fragment now (a collection with `list()`), and the synchronization
/// tree below its item is still the one below `applications(id)`: one type, not two.
#[test]
fn service_principal_items_share_the_synchronization_tree_with_applications() {
    let api = api();
    let trees: [msgraph_sync::v1_0::requests::SynchronizationRequests; 2] = [
        api.service_principals().item("sp").synchronization(),
        api.applications("app").synchronization(),
    ];
    let urls: Vec<String> = trees.iter().map(|t| t.jobs().list().url()).collect();
    assert_eq!(
        urls,
        [
            "https://graph.microsoft.com/v1.0/servicePrincipals/sp/synchronization/jobs",
            "https://graph.microsoft.com/v1.0/applications/app/synchronization/jobs",
        ]
    );
    assert_eq!(
        api.service_principals().list().filter("appId eq 'a'").url(),
        "https://graph.microsoft.com/v1.0/servicePrincipals?$filter=appId%20eq%20%27a%27"
    );
}
