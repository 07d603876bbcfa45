//! `samples.rs`: no unused import or parameter whatever the spec holds,
//! and no function that grows with the number of operations.

use msgraph_sync_codegen::generate_spec;
use proc_macro2::{TokenStream, TokenTree};

mod common;

/// A document with `paths` and the one schema they use.
fn document(paths: &str) -> String {
    common::document_with_paths(
        &format!("paths:\n{paths}"),
        "    microsoft.graph.thing:\n      type: object\n      properties:\n        name:\n          type: string\n",
    )
}

const GET: &str = "    get:\n      responses:\n        '200':\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/microsoft.graph.thing'\n";
const POST: &str = "    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/microsoft.graph.thing'\n      responses:\n        '204':\n          description: Success\n";

fn samples(paths: &str) -> syn::File {
    let (_, files) = generate_spec("fixture.yaml", &document(paths)).expect("fixture generates");
    let text = &files
        .iter()
        .find(|f| f.path.ends_with("samples.rs"))
        .expect("samples.rs")
        .contents;
    syn::parse_file(text).expect("samples.rs parses")
}

fn idents(tokens: TokenStream, out: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => out.push(ident.to_string()),
            TokenTree::Group(group) => idents(group.stream(), out),
            _ => {}
        }
    }
}

/// Every `use`d name appears elsewhere in the file, and every function reads all its parameters.
fn assert_nothing_unused(file: &syn::File) {
    use quote::ToTokens;
    let mut all = Vec::new();
    idents(file.to_token_stream(), &mut all);
    for item in &file.items {
        match item {
            syn::Item::Use(u) => {
                let mut names = Vec::new();
                idents(u.tree.to_token_stream(), &mut names);
                let name = names.last().expect("a name");
                assert!(all.iter().filter(|i| *i == name).count() > 1, "unused import {name}");
            }
            syn::Item::Fn(f) => {
                let mut read = Vec::new();
                idents(f.block.to_token_stream(), &mut read);
                for input in &f.sig.inputs {
                    let syn::FnArg::Typed(arg) = input else { continue };
                    let syn::Pat::Ident(param) = &*arg.pat else { continue };
                    let param = param.ident.to_string();
                    assert!(
                        param.starts_with('_') || read.contains(&param),
                        "{} does not read {param}",
                        f.sig.ident
                    );
                }
            }
            _ => {}
        }
    }
}

#[test]
fn a_module_without_request_bodies_or_keys_has_no_unused_code() {
    // GETs only, no key: neither `json_body` nor `keys`/`body` are needed (v1.0 People's shape).
    let file = samples(&format!("  /people:\n{GET}  /people/microsoft.graph.count():\n{GET}"));
    assert_nothing_unused(&file);
    // With keys and bodies, all of them are used.
    let file = samples(&format!("  /things/{{thing-id}}:\n{GET}{POST}"));
    assert_nothing_unused(&file);
}

#[test]
fn no_function_grows_with_the_number_of_operations() {
    // One root, 40 positions below it with 5 operations each: 200 operations (plus the root's).
    let mut paths = format!("  /things:\n{GET}");
    for i in 0..40 {
        paths.push_str(&format!("  /things/part{i}:\n{GET}{POST}"));
        for action in ["start", "stop", "pause"] {
            paths.push_str(&format!("  /things/part{i}/microsoft.graph.{action}:\n{POST}"));
        }
    }
    let file = samples(&paths);
    assert_nothing_unused(&file);
    let mut largest = ("", 0);
    let mut functions = 0;
    for item in &file.items {
        if let syn::Item::Fn(f) = item {
            functions += 1;
            if f.block.stmts.len() > largest.1 {
                largest = (Box::leak(f.sig.ident.to_string().into_boxed_str()), f.block.stmts.len());
            }
        }
    }
    // The root position's function holds its own operation and one step per child: 41 + 2; the
    // others 5 each. One `match` over every operation would be 201 arms.
    assert!(largest.1 <= 45, "{} has {} statements", largest.0, largest.1);
    assert!(functions > 40, "{functions} functions");
}
