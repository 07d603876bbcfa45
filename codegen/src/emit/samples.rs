//! `samples.rs`: `call`, which reaches every operation's builder from its spec method and path
//! template, with the keys and JSON body given as data. Tests use it to check that every spec
//! operation has a builder, to snapshot what each one puts on the wire, and to replay the
//! documented requests through the real builders.

use super::{cfg_only, ident};
use crate::ir::{BodyKind, Gate, Ir, Segment};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(ir: &Ir) -> TokenStream {
    let mut arms = Vec::new();
    for root in &ir.navigation.roots {
        let method = ident(&root.method);
        let (call, path, keys) = match (&root.prefix, &root.segment) {
            (Some(prefix), Segment::Key(key)) => (quote!(api.#method(k(0))), format!("/{prefix}/{{{key}}}"), 1),
            (_, Segment::Literal(literal)) => (quote!(api.#method()), format!("/{literal}"), 0),
            (None, Segment::Key(key)) => (quote!(api.#method(k(0))), format!("/{{{key}}}"), 1),
            (_, Segment::Templated { template, params }) => {
                let args = (0..params.len()).map(|i| quote!(k(#i)));
                (quote!(api.#method(#(#args),*)), format!("/{template}"), params.len())
            }
        };
        walk(ir, &root.target, call, path, keys, &mut arms);
    }
    // Every path key is read through `k`, every JSON body through `json_body`: only where an
    // operation compiled in this build needs them, so no build has unused code.
    let union_of = |uses: &dyn Fn(&crate::ir::OperationDef) -> bool| {
        ir.operations
            .iter()
            .filter(|op| uses(op))
            .map(|op| op.gate())
            .reduce(|a, b| a.union(&b))
    };
    let keys_gate = union_of(&|op| op.path.contains('{'));
    let json_gate = union_of(&|op| matches!(op.request.as_ref().map(|b| &b.kind), Some(BodyKind::Typed(_))));
    let body_gate = union_of(&|op| op.request.is_some());
    let keys_closure = keys_gate.as_ref().map(|gate| {
        let cfg = cfg_only(gate);
        quote!(#cfg let k = |index| crate::request::key(keys, index);)
    });
    let json_import = json_gate.as_ref().map(|gate| {
        let cfg = cfg_only(gate);
        quote!(#cfg use crate::request::json_body;)
    });
    let unused_keys = unused_otherwise(keys_gate.as_ref(), quote!(keys));
    let unused_body = unused_otherwise(body_gate.as_ref(), quote!(body));
    quote! {
        #json_import

        /// Builds the request of the operation `method path` (spec template) through its builder,
        /// with `keys` in path order and `body` as JSON (empty: the body type's default) or bytes.
        /// `Ok(None)` when no builder has that method and path.
        pub fn call(
            api: &super::Api,
            method: &str,
            path: &str,
            keys: &[&str],
            body: &[u8],
        ) -> Result<Option<crate::http::Request<Vec<u8>>>, crate::BuildError> {
            #unused_keys
            #unused_body
            #keys_closure
            let request = match (method, path) {
                #(#arms)*
                _ => return Ok(None),
            };
            Ok(Some(request))
        }
    }
}

/// `let _ = param;` in the builds where no compiled operation reads the parameter `param`.
fn unused_otherwise(used_under: Option<&Gate>, param: TokenStream) -> TokenStream {
    match used_under {
        Some(Gate::Always) => quote!(),
        None => quote!(let _ = #param;),
        Some(gate) => {
            let features = gate.features();
            quote!(#[cfg(not(any(#(feature = #features),*)))] let _ = #param;)
        }
    }
}

fn walk(ir: &Ir, node_name: &str, call: TokenStream, path: String, keys: usize, out: &mut Vec<TokenStream>) {
    let Some(node) = ir.navigation.nodes.get(node_name) else {
        return;
    };
    for m in &node.operations {
        let op = &ir.operations[m.operation];
        let name = ident(&m.method_name);
        let full_path = match &m.segment {
            Some(segment) => format!("{path}/{segment}"),
            None => path.clone(),
        };
        let method = op.method.to_uppercase();
        // Required query parameters get their own names as values.
        let q = &op.required_query;
        // A typed body's type is the builder method's parameter type, so it is inferred.
        let build = match op.request.as_ref().map(|b| &b.kind) {
            None => quote!(#call.#name(#(#q),*).build()?),
            Some(BodyKind::Bytes) => quote!(#call.#name(#(#q,)* body.to_vec()).build()?),
            Some(BodyKind::Typed(_)) => quote!(#call.#name(#(#q,)* &json_body(body)?).build()?),
        };
        let cfg = cfg_only(&op.gate());
        out.push(quote!(#cfg (#method, #full_path) => #build,));
    }
    for child in &node.children {
        let method = ident(&child.method);
        match &child.segment {
            Segment::Key(key) => {
                let index = keys;
                let next = quote!(#call.#method(k(#index)));
                walk(ir, &child.target, next, format!("{path}/{{{key}}}"), keys + 1, out);
            }
            Segment::Literal(literal) => {
                walk(
                    ir,
                    &child.target,
                    quote!(#call.#method()),
                    format!("{path}/{literal}"),
                    keys,
                    out,
                );
            }
            Segment::Templated { template, params } => {
                let args = (keys..keys + params.len()).map(|i| quote!(k(#i)));
                let next = quote!(#call.#method(#(#args),*));
                walk(
                    ir,
                    &child.target,
                    next,
                    format!("{path}/{template}"),
                    keys + params.len(),
                    out,
                );
            }
        }
    }
}
