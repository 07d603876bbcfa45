//! Broken specs fail with an error that names the place, never a panic.

use msgraph_sync_codegen::ir::OnUnsupported;
use msgraph_sync_codegen::{emit, extract, generate_spec, generate_spec_checked, Error, Formatting};

mod common;
use common::document;

fn error(schemas: &str) -> Error {
    match generate_spec("bad.yaml", &document(schemas)) {
        Ok(_) => panic!("expected an error for:\n{schemas}"),
        Err(err) => err,
    }
}

#[test]
fn dangling_ref_names_the_property() {
    let err = error(
        "    microsoft.graph.job:\n      type: object\n      properties:\n        schedule:\n          $ref: '#/components/schemas/microsoft.graph.missing'\n",
    );
    assert!(matches!(err, Error::DanglingRef { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "#/components/schemas/microsoft.graph.job/properties/schedule: dangling $ref \"#/components/schemas/microsoft.graph.missing\""
    );
}

#[test]
fn cyclic_all_of_names_the_cycle() {
    let err = error(
        "    a:\n      allOf:\n        - $ref: '#/components/schemas/b'\n    b:\n      allOf:\n        - $ref: '#/components/schemas/a'\n",
    );
    assert!(matches!(err, Error::CyclicAllOf { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "#/components/schemas/b/allOf/0: cyclic allOf through a → b → a"
    );
}

#[test]
fn unsupported_constructs_are_refused() {
    let one_of = error("    a:\n      type: object\n      properties:\n        p:\n          oneOf:\n            - type: string\n            - type: integer\n");
    assert_eq!(
        one_of.to_string(),
        "#/components/schemas/a/properties/p: unsupported: anyOf/oneOf"
    );
    let keyword = error("    a:\n      type: object\n      not:\n        type: string\n");
    assert_eq!(
        keyword.to_string(),
        "#/components/schemas/a: unsupported: keyword \"not\""
    );
    let format = error(
        "    a:\n      type: object\n      properties:\n        p:\n          type: string\n          format: ipv4\n",
    );
    assert_eq!(
        format.to_string(),
        "#/components/schemas/a/properties/p: unsupported: type \"string\" with format \"ipv4\""
    );
    let inline_enum = error(
        "    a:\n      type: object\n      properties:\n        p:\n          type: string\n          enum: [x, y]\n",
    );
    assert!(inline_enum.to_string().contains("inline enum"), "{inline_enum}");
}

#[test]
fn yaml_syntax_error_has_line_and_column() {
    let err = match generate_spec("bad.yaml", "openapi: 3.0.1\ninfo:\n  title: [unclosed\n  version: v1\n") {
        Err(err) => err,
        Ok(_) => panic!("expected a YAML error"),
    };
    let Error::Yaml { file, line, column, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (file.as_str(), *line > 0, *column > 0),
        ("bad.yaml", true, true),
        "{err}"
    );
    assert!(err.to_string().starts_with("bad.yaml: line "), "{err}");
}

#[test]
fn wrong_shape_is_a_located_error() {
    let err = match generate_spec(
        "bad.yaml",
        &document("    a:\n      type: object\n      properties: [1, 2]\n"),
    ) {
        Err(err) => err,
        Ok(_) => panic!("expected an error"),
    };
    assert!(matches!(err, Error::Yaml { .. }), "{err:?}");
}

#[test]
fn type_name_collision_names_both() {
    let err = error("    microsoft.graph.termStoreGroup:\n      type: object\n    microsoft.graph.termStore.group:\n      type: object\n");
    assert_eq!(
        err.to_string(),
        // Keys are taken in byte order, whatever the document's.
        "#/components/schemas/microsoft.graph.termStoreGroup: name collision: \"microsoft.graph.termStore.group\" and \"microsoft.graph.termStoreGroup\" both become `TermStoreGroup`"
    );
}

#[test]
fn enum_members_colliding_after_camel_case_are_numbered() {
    let (_, files) = generate_spec(
        "e.yaml",
        &document(
            "    e:\n      type: string\n      enum: [unrecognized, remoteControl, remote_Control, '-INF', INF]\n",
        ),
    )
    .unwrap();
    let enums = &files.iter().find(|f| f.path.ends_with("enums.rs")).unwrap().contents;
    for expected in [
        "Unrecognized2,",
        "RemoteControl,",
        "RemoteControl2,",
        "MinusInf,",
        "Inf,",
        "Unrecognized(String)",
    ] {
        assert!(enums.contains(expected), "{expected}: {enums}");
    }
}

#[test]
fn extract_reports_dangling_refs_and_empty_selection() {
    let upstream = "openapi: 3.0.1\ninfo: {title: t, version: v1.0}\npaths:\n  /a/synchronization:\n    get:\n      responses:\n        2XX:\n          $ref: '#/components/responses/missing'\ncomponents: {}\n";
    let input = extract::Input {
        name: "up.yml",
        text: upstream,
    };
    let include = vec!["/a/synchronization".to_string()];
    let err = extract::extract("f.yaml", &[input], &include, &[])
        .map(|_| ())
        .expect_err("dangling");
    assert_eq!(
        err.to_string(),
        "#/paths/~1a~1synchronization/get/responses/2XX: dangling $ref \"#/components/responses/missing\""
    );
    let input = extract::Input {
        name: "up.yml",
        text: upstream,
    };
    let none = extract::extract("f.yaml", &[input], &["/nothing*".to_string()], &[])
        .map(|_| ())
        .expect_err("empty");
    assert!(none.to_string().contains("no path of up.yml matches"), "{none}");
}

/// Names that are not Rust identifiers, and text with bidi controls, control characters and lone
/// CRs in every place spec text reaches the output. The oracle is rustc: `dev/checks/whole-module`
/// compiles and lints this very spec (pretty and compact, `-D warnings` in CI) and checks that its
/// wire names are kept exactly. Here, quickly: no such character reaches the output unescaped.
#[test]
fn hostile_text_generates_code_rustc_accepts() {
    let spec = include_str!("fixtures/hostile.yaml");
    let (_, files) = generate_spec("hostile.yaml", spec).expect("hostile text still generates");
    for f in &files {
        syn::parse_file(&f.contents).unwrap_or_else(|e| panic!("{}: {e}", f.path));
        for (n, line) in f.contents.lines().enumerate() {
            assert!(
                !line.contains(|c: char| c != '\n' && emit::is_unsafe_in_doc(c)),
                "{}:{}: {line:?}",
                f.path,
                n + 1
            );
        }
    }
    let models = &files.iter().find(|f| f.path.ends_with("models.rs")).unwrap().contents;
    // Wire names keep the character as an escape in the literal; docs show its escape.
    assert!(models.contains(r#"reversed: "\u{202e}reversed""#), "{models}");
    assert!(models.contains(r"/// Property \u{202E}description"), "{models}");
}

#[test]
fn aliases_in_a_cycle_are_refused_and_through_structs_are_boxed() {
    let err = error("    a:\n      $ref: '#/components/schemas/a'\n");
    assert!(matches!(err, Error::CyclicAlias { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "#/components/schemas/a: cyclic $ref aliases a → a: each schema is only a $ref to the next, so none is a type"
    );
    let err = error("    a:\n      $ref: '#/components/schemas/b'\n    b:\n      $ref: '#/components/schemas/a'\n");
    assert!(matches!(err, Error::CyclicAlias { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "#/components/schemas/b: cyclic $ref aliases a → b → a: each schema is only a $ref to the next, so none is a type"
    );
    // a → (alias) b → struct holding a: the field must be boxed or the type has infinite size.
    let (_, files) = generate_spec(
        "alias.yaml",
        &document("    a:\n      $ref: '#/components/schemas/b'\n    b:\n      type: object\n      properties:\n        x:\n          $ref: '#/components/schemas/a'\n"),
    )
    .unwrap();
    let models = &files.iter().find(|f| f.path.ends_with("models.rs")).unwrap().contents;
    assert!(models.contains("pub x: crate::Maybe<Box<A>>"), "{models}");
}

#[test]
fn reserved_and_derived_names_collide_loudly() {
    let err = error("    microsoft.graph.string:\n      type: object\n");
    assert!(err.to_string().contains("both become `String`"), "{err}");
    let err = error("    e:\n      type: string\n      enum: [a]\n      x-ms-enum-flags: {isFlags: true}\n    eMember:\n      type: object\n");
    assert!(err.to_string().contains("both become `EMember`"), "{err}");
}

#[test]
fn every_ref_must_resolve() {
    let with_paths = |paths: &str, schemas: &str| {
        format!(
            "openapi: 3.0.1\ninfo: {{title: t, version: v1.0}}\nservers:\n  - url: https://graph.microsoft.com/v1.0/\npaths:\n{paths}components:\n  schemas:\n{schemas}  responses:\n    error:\n      description: e\n"
        )
    };
    let ok_op = "  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/missing'\n      responses:\n        2XX: {description: ok}\n";
    let err = generate_spec("r.yaml", &with_paths(ok_op, "    s: {type: object}\n"))
        .map(|_| ())
        .expect_err("dangling parameter");
    assert!(
        err.to_string()
            .contains("dangling $ref \"#/components/parameters/missing\""),
        "{err}"
    );
    let op = "  /a:\n    get:\n      responses:\n        2XX: {description: ok}\n        default:\n          $ref: '#/components/responses/missing'\n";
    let err = generate_spec("r.yaml", &with_paths(op, "    s: {type: object}\n"))
        .map(|_| ())
        .expect_err("dangling response");
    assert!(err.to_string().contains("/responses/default: dangling $ref"), "{err}");
    let schema =
        "    s:\n      type: object\n      additionalProperties:\n        $ref: '#/components/schemas/nothere'\n";
    let op = "  /a:\n    get:\n      responses:\n        2XX: {description: ok}\n";
    let err = generate_spec("r.yaml", &with_paths(op, schema))
        .map(|_| ())
        .expect_err("dangling additionalProperties");
    assert!(
        err.to_string().contains("s/additionalProperties: dangling $ref"),
        "{err}"
    );
}

#[test]
fn a_child_overriding_a_parent_property_keeps_the_name() {
    let (_, files) = generate_spec(
        "o.yaml",
        &document("    p:\n      type: object\n      properties:\n        id: {type: string}\n    c:\n      allOf:\n        - $ref: '#/components/schemas/p'\n        - type: object\n          properties:\n            id: {type: string, description: child}\n"),
    )
    .unwrap();
    let models = &files.iter().find(|f| f.path.ends_with("models.rs")).unwrap().contents;
    assert!(!models.contains("id_2"), "{models}");
    assert!(models.contains("/// child"), "{models}");
}

#[test]
fn the_api_version_must_be_a_plain_name() {
    let text = document("    s: {type: object}\n")
        .replace("servers:\n  - url: https://graph.microsoft.com/v1.0/\n", "")
        .replace("version: v1.0", "version: /tmp/escaped");
    let err = generate_spec("v.yaml", &text).map(|_| ()).expect_err("refused");
    assert!(err.to_string().contains("is not a plain name"), "{err}");
}

/// With problems in several components, the first in spec order is the one reported, every
/// time.
#[test]
fn the_first_problem_in_spec_order_is_reported() {
    let bad = |name: &str| {
        format!("    {name}:\n      type: object\n      properties:\n        p:\n          $ref: '#/components/schemas/missing.{name}'\n")
    };
    let good = |name: &str| format!("    {name}:\n      type: string\n");
    for (first_bad, second_bad) in [(1, 6), (0, 7), (2, 3), (5, 6)] {
        let schemas: String = (0..8)
            .map(|i| {
                let name = format!("s{i}");
                if i == first_bad || i == second_bad {
                    bad(&name)
                } else {
                    good(&name)
                }
            })
            .collect();
        for _ in 0..5 {
            let err = error(&schemas).to_string();
            assert!(err.starts_with(&format!("#/components/schemas/s{first_bad}/")), "{err}");
        }
    }
}

/// A root collection's item is an entry point: the sub-tree below `/servicePrincipals/{id}` is one set
/// of types with `/applications/{id}`'s, and a root whose segment recurs below its item
/// (`/sites/{id}/sites/{id1}`, as in the Sites module) keeps path-derived names, without a collision.
#[test]
fn root_collection_items_share_sub_trees_without_colliding() {
    let ok = |method: &str| format!("    {method}:\n      responses:\n        2XX: {{description: ok}}\n");
    let path = |p: &str, method: &str| format!("  {p}:\n{}", ok(method));
    let paths = [
        path("/servicePrincipals", "get"),
        path("/servicePrincipals/{servicePrincipal-id}", "get"),
        path("/servicePrincipals/{servicePrincipal-id}/synchronization", "get"),
        path("/servicePrincipals/{servicePrincipal-id}/synchronization/jobs", "get"),
        path("/applications/{application-id}/synchronization", "get"),
        path("/applications/{application-id}/synchronization/jobs", "get"),
        path("/sites", "get"),
        path("/sites/{site-id}", "get"),
        path("/sites/{site-id}/sites", "get"),
        path("/sites/{site-id}/sites/{site-id1}", "get"),
    ]
    .concat();
    let doc = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: v1.0}}\nservers:\n  - url: https://graph.microsoft.com/v1.0/\npaths:\n{paths}components:\n  schemas: {{}}\n"
    );
    let (_, files) = generate_spec("roots.yaml", &doc).expect("generates");
    let requests = &files.iter().find(|f| f.path.ends_with("requests.rs")).unwrap().contents;
    let synchronization_types = requests.matches("pub struct SynchronizationRequests").count();
    assert_eq!(synchronization_types, 1, "one shared type:\n{requests}");
    assert!(
        !requests.contains("ServicePrincipalsItemSynchronizationRequests"),
        "{requests}"
    );
    assert!(requests.contains("pub struct SitesItemSitesItemRequests"), "{requests}");
}

/// A path literal is sent as written: a segment that would climb, add a query or a fragment, or
/// be decoded into another one is never emitted to misbehave on the wire: strictly it refuses the
/// document, naming the path; by default the operation is left out and named the same way.
#[test]
fn paths_that_would_not_be_sent_as_written_are_refused() {
    let with_path = |path: &str| {
        let quoted = path.replace('\\', "\\\\").replace('"', "\\\"");
        format!(
            "openapi: 3.0.1\ninfo: {{title: t, version: v1.0}}\nservers:\n  - url: https://graph.microsoft.com/v1.0/\npaths:\n  \"{quoted}\":\n    get:\n      responses:\n        2XX: {{description: ok}}\ncomponents: {{}}\n"
        )
    };
    for (path, reason) in [
        ("/a/../b", "segment \"..\": a dot segment"),
        ("/a/./b", "segment \".\": a dot segment"),
        ("/a/%2e%2e/b", "segment \"%2e%2e\": percent-encoding"),
        ("/a/.%2E", "percent-encoding"),
        ("/a/b?c=d", "segment \"b?c=d\": '?' would start a query"),
        ("/a/b#c", "'#' would start a query or a fragment"),
        ("/a//b", "segment \"\": empty"),
        ("/a/b/", "segment \"\": empty"),
        ("/a\\..\\b", "'\\\\' is not allowed"),
        ("/a/b c", "' ' is not allowed"),
        ("/a/\u{202E}b", "'\\u{202e}' is not allowed"),
        ("/a/\u{e9}", "'é' is not allowed"),
        ("a/b", "does not start with `/`"),
        ("/a/x{b}", "braces are only allowed"),
        ("/a/{b}{c}", "parameter name \"b}{c\""),
        ("/a/f(x='{y}')/{}", "parameter name \"\""),
        ("/a/f(x='{y z}')", "' ' is not allowed"),
        ("/a/id='{id}',other", "braces are only allowed"),
    ] {
        let (ir, _) = generate_spec("p.yaml", &with_path(path)).expect(path);
        assert!(ir.operations.is_empty(), "{path}");
        assert_eq!(ir.skipped.len(), 1, "{path}");
        assert_eq!(
            (ir.skipped[0].method.as_str(), ir.skipped[0].path.as_str()),
            ("GET", path)
        );
        let skipped_reason = ir.skipped[0].reason.clone();
        let err = generate_spec_checked("p.yaml", &with_path(path), Formatting::Pretty, OnUnsupported::Refuse)
            .map(|_| ())
            .expect_err(path);
        assert_eq!(skipped_reason, err.to_string());
        let message = err.to_string();
        assert!(matches!(err, Error::InvalidPath { .. }), "{path}: {message}");
        assert!(
            message.starts_with(&format!(
                "#/paths/{}: path {path:?}: ",
                path.replace('~', "~0").replace('/', "~1")
            )),
            "{path}: {message}"
        );
        assert!(message.contains(reason), "{path}: {message}");
    }
    // What Graph's documents use still generates.
    for path in [
        "/a/{a-id}/microsoft.graph.f(x='{y}')",
        "/a(k='@k')/$count",
        "/a/b~c:d@e!$&()*+,;=",
        // A composite key as a segment of its own (beta Devices.CorporateManagement).
        "/a/id='{id}',other='{other}'",
    ] {
        let (ir, _) = generate_spec("p.yaml", &with_path(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(ir.skipped.is_empty(), "{path}: {:?}", ir.skipped);
    }
}

/// The YAML error of `text`, which must be refused before the parser runs.
fn refused_before_parsing(text: &str) -> (usize, String) {
    match generate_spec("deep.yaml", text).map(|_| ()) {
        Err(Error::Yaml { line, message, .. }) if message.contains("refused before parsing") => (line, message),
        other => panic!("{other:?}"),
    }
}

const HEAD: &str = "openapi: 3.0.1\ninfo:\n  title: t\n  version: v1.0\npaths: {}\ncomponents:\n  schemas:\n    a:\n";

/// libyaml scans deep nesting in quadratic time (a 200 KB flow sequence nested 100,000 deep ran
/// past 60 s) before serde_yaml's own depth limit applies: it is refused by a linear scan first.
#[test]
fn deep_flow_nesting_is_refused_with_its_line() {
    let depth = 100_000;
    let text = format!("{HEAD}      x-deep: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    let (line, message) = refused_before_parsing(&text);
    assert_eq!(line, 9, "{message}");
    assert!(message.contains("nested deeper than 64 levels"), "{message}");
    // Flow mappings count too, and so does block nesting around them.
    let text = format!("{HEAD}      x-deep:\n        k: {}\n", "{a: ".repeat(depth));
    assert_eq!(refused_before_parsing(&text).0, 10);
}

#[test]
fn deep_block_nesting_is_refused_with_its_line() {
    let mut text = format!("{HEAD}      x-deep:\n");
    for level in 0..2_000 {
        text.push_str(&format!("{}k{level}:\n", " ".repeat(8 + level)));
    }
    let (line, message) = refused_before_parsing(&text);
    // The mappings of the root, `components`, `schemas` and `a`, then one per line from line 10:
    // the 65th holds `k60`, on line 70.
    assert_eq!(line, 70, "{message}");
    // Sequences in sequences take two characters a level.
    let text = format!("{HEAD}      x-deep:\n{}x\n", "- ".repeat(100_000));
    assert_eq!(refused_before_parsing(&text).0, 10);
}

/// An alias of a collection repeats all of it: ten lines of them expand a billionfold, which
/// serde_yaml refused only after 59 s (and without a line). Aliases of scalars are harmless.
#[test]
fn billion_laughs_is_refused_with_its_line() {
    let mut text = String::from(HEAD);
    text.push_str("      x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let p = i - 1;
        text.push_str(&format!(
            "      x-l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"
        ));
    }
    text.push_str(&format!("      x-pad: [{}]\n", vec!["0"; 100_000].join(", ")));
    let (line, message) = refused_before_parsing(&text);
    assert_eq!(line, 10, "{message}");
    assert!(message.contains("alias *l0"), "{message}");
    // A block collection anchored, then aliased.
    let block = format!("{HEAD}      x-a: &a\n        k: v\n      x-b: *a\n");
    assert_eq!(refused_before_parsing(&block).0, 11);
    // Scalars may be aliased; `*` and `&` in text are no aliases.
    let fine = format!(
        "{HEAD}      type: object\n      x-a: &a scalar\n      x-b: *a\n      x-c: \"*b &c [[[[\"\n      x-d: '*e'\n      x-e: |\n        *f [[[[\n      x-f: a *g\n        *h [[[[ {{{{\n      description: Q&A * **bold**\n"
    );
    generate_spec("fine.yaml", &document_schemas(&fine)).unwrap_or_else(|e| panic!("{e}"));
}

fn document_schemas(with_head: &str) -> String {
    document(
        with_head
            .strip_prefix(HEAD)
            .map(|s| format!("    a:\n{s}"))
            .as_deref()
            .unwrap_or(with_head),
    )
}

/// `generate --spec-file` leaves out an operation it cannot translate, names it in a warning and in
/// the generated `Api` docs, and generates the rest; `--strict` refuses the file instead.
#[test]
fn generate_names_a_skipped_operation_and_strict_refuses() {
    let dir = std::env::temp_dir().join(format!("msgraph-sync-codegen-skip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("skip.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.1\ninfo: {title: t, version: v1.0}\nservers: [{url: 'https://graph.microsoft.com/v1.0/'}]\npaths:\n  \"/r/f(id={id})\":\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}\n      responses: {'204': {description: ok}}\n  /r/other:\n    get:\n      responses: {'204': {description: ok}}\ncomponents: {schemas: {}}\n",
    )
    .unwrap();
    let run = |strict: bool| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_msgraph-sync-codegen"));
        command
            .args(["generate", "--spec-file"])
            .arg(&spec)
            .arg("--out")
            .arg(dir.join("out"));
        if strict {
            command.arg("--strict");
        }
        command.output().expect("runs")
    };
    let lenient = run(false);
    let stderr = String::from_utf8_lossy(&lenient.stderr);
    assert!(lenient.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: ")
            && stderr.contains(
                "GET /r/f(id={id}) not generated: #/paths/~1r~1f(id={id})/get/parameters/0/schema: unsupported:"
            ),
        "{stderr}"
    );
    let requests = std::fs::read_to_string(dir.join("out/v1_0/requests.rs")).unwrap();
    assert!(
        requests.contains("Not generated") && requests.contains("pub fn other("),
        "{requests}"
    );
    let strict = run(true);
    assert_eq!(strict.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("error: #/paths/~1r~1f(id={id})/get/parameters/0/schema"));
    std::fs::remove_dir_all(&dir).ok();
}
