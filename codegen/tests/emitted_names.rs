//! Identifiers the emitters write come from the IR, decided and made unique before emission: a
//! spec whose names would clash in the output generates code whose every builder method has
//! distinct argument names (else rustc refuses it), or fails with a named error.

use msgraph_sync_codegen::{generate_spec, Error};

mod common;

const DONE: &str = "      responses:\n        '204':\n          description: done\n";

fn requests_of(spec: &str) -> syn::File {
    let (_, files) = generate_spec("colliding_names.yaml", spec).unwrap_or_else(|e| panic!("generates: {e}"));
    let requests = files
        .iter()
        .find(|f| f.path.ends_with("requests.rs"))
        .expect("requests.rs");
    syn::parse_file(&requests.contents).expect("parses")
}

/// `(method, [argument names])` of every method of every impl.
fn signatures(file: &syn::File) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        for member in &imp.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            let args = f
                .sig
                .inputs
                .iter()
                .filter_map(|arg| match arg {
                    syn::FnArg::Typed(t) => match &*t.pat {
                        syn::Pat::Ident(p) => Some(p.ident.to_string()),
                        _ => None,
                    },
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            out.push((f.sig.ident.to_string(), args));
        }
    }
    out
}

#[test]
fn arguments_that_would_clash_are_numbered_so_every_method_compiles() {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/colliding_names.yaml"
    ))
    .expect("fixture");
    let file = requests_of(&spec);
    let signatures = signatures(&file);
    for (method, args) in &signatures {
        let mut unique = args.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), args.len(), "{method}{args:?}");
    }
    let find = |name: &str| {
        signatures
            .iter()
            .find(|(method, _)| method == name)
            .map(|(_, args)| args.clone())
            .unwrap_or_else(|| panic!("no {name} in {signatures:?}"))
    };
    assert_eq!(find("things_by_app_id_and_app_id"), ["app_id", "app_id_2"]);
    assert_eq!(find("create"), ["body_2", "id", "id_2", "body"]);
    // The wire names stay as the spec spells them.
    let text = quote::quote!(#file).to_string();
    for wire in ["\"@id\"", "\"id\"", "\"body\"", "\"app_id\"", "\"appId\""] {
        assert!(text.contains(wire), "{wire} missing");
    }
}

#[test]
fn names_that_cannot_be_renumbered_are_a_named_error() {
    let paths = format!("paths:\n  /new:\n    get:\n{DONE}");
    let Err(err) = generate_spec(
        "names.yaml",
        &common::document_with_paths(&paths, "    x:\n      type: object\n"),
    ) else {
        panic!("an entry point `new` generated");
    };
    assert!(
        matches!(&err, Error::NameCollision { rust, .. } if rust == "Api::new"),
        "{err}"
    );
    assert!(err.to_string().contains("#/paths/~1new"), "{err}");
}
