//! `samples.rs`: `call`, which reaches every operation's builder from its spec method and path
//! template, with the keys and JSON body given as data. Tests use it to check that every spec
//! operation has a builder, to snapshot what each one puts on the wire, and to replay the
//! documented requests through the real builders. One small function per position in the URL
//! tree, so no function grows with the spec (a `match` over every operation of a whole module
//! would be a stack frame of megabytes in debug builds): `call` descends by path prefix, and each
//! position compares the rest of the path with the segments below it only, so a spec change
//! touches the lines of the positions it changes.

use super::{cfg_only, ident};
use crate::ir::{BodyKind, Gate, Ir, LiteralKind, Segment};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn emit(ir: &Ir) -> TokenStream {
    let mut functions = Vec::new();
    let mut entries = Vec::new();
    for root in &ir.navigation.roots {
        let method = ident(&root.method);
        let (builder, segments, keys) = match (&root.prefix, &root.segment) {
            (Some(prefix), Segment::Key(key)) => (quote!(api.#method(k(0))), format!("/{prefix}/{{{key}}}"), 1),
            (_, Segment::Literal(literal)) => (quote!(api.#method()), format!("/{literal}"), 0),
            (None, Segment::Key(key)) => (quote!(api.#method(k(0))), format!("/{{{key}}}"), 1),
            (_, segment @ Segment::Templated { template, params, .. }) => {
                let args = step_args(segment, 0);
                (quote!(api.#method(#(#args),*)), format!("/{template}"), params.len())
            }
        };
        let doc = format!(" `{segments}` and below (`path`: what follows it).");
        let target = position(ir, &root.target, &doc, keys, &mut functions);
        entries.push(Descent {
            gate: root.gate.clone(),
            keyed: keys > 0,
            tokens: descend(&segments, &target, builder),
        });
    }
    let uses = Uses::of(&entries, &[]);
    let (checks, keys_closure) = uses.preamble();
    let entries = entries.iter().map(|e| e.tokens_with_cfg());
    let json_gate = ir
        .operations
        .iter()
        .filter(|op| matches!(op.request.as_ref().map(|b| &b.kind), Some(BodyKind::Typed(_))))
        .map(|op| op.gate())
        .reduce(|a, b| a.union(&b));
    let json_import = json_gate.as_ref().map(|gate| {
        let cfg = cfg_only(gate);
        quote!(#cfg use crate::request::json_body;)
    });
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
            #checks
            #keys_closure
            #(#entries)*
            Ok(None)
        }

        /// What follows `prefix` in `path`, when `path` is `prefix` or below it.
        fn below<'p>(path: &'p str, prefix: &str) -> Option<&'p str> {
            path.strip_prefix(prefix).filter(|rest| rest.is_empty() || rest.starts_with('/'))
        }

        #(#functions)*
    }
}

/// The arguments of a step through a templated segment, from the keys from `first` on: text as
/// it is, typed parameters parsed from it, and no value for an alias (it is not in the path).
fn step_args(segment: &Segment, first: usize) -> Vec<TokenStream> {
    let Segment::Templated {
        params,
        literals,
        aliases,
        ..
    } = segment
    else {
        return Vec::new();
    };
    let values = params.iter().zip(literals).enumerate().map(|(i, (param, kind))| {
        let i = first + i;
        match kind {
            LiteralKind::I32 | LiteralKind::I64 | LiteralKind::Bool => {
                quote!(crate::literal::parse_key(#param, k(#i))?)
            }
            _ => quote!(k(#i)),
        }
    });
    values.chain(aliases.iter().map(|_| quote!(None))).collect()
}

/// A call into a position's function, compiled under `gate`.
struct Descent {
    gate: Gate,
    /// Whether the builder step reads a key (`k`).
    keyed: bool,
    tokens: TokenStream,
}

impl Descent {
    fn tokens_with_cfg(&self) -> TokenStream {
        let cfg = cfg_only(&self.gate);
        let tokens = &self.tokens;
        quote!(#cfg #tokens)
    }
}

/// `if let Some(path) = below(path, "/a/b") { return at_n(builder, …); }`: `segments` are
/// relative to the position the call is made at.
fn descend(segments: &str, function: &proc_macro2::Ident, builder: TokenStream) -> TokenStream {
    quote! {
        if let Some(path) = below(path, #segments) {
            return #function(#builder, method, path, keys, body);
        };
    }
}

/// Under which features a function reads its `keys` and `body` parameters, and calls `k`.
struct Uses {
    keys: Option<Gate>,
    k: Option<Gate>,
    body: Option<Gate>,
}

fn union(a: Option<Gate>, b: &Gate) -> Option<Gate> {
    Some(a.map_or_else(|| b.clone(), |a| a.union(b)))
}

impl Uses {
    /// Descents pass `keys` and `body` on; `body_ops` are the gates of operations reading the body.
    fn of(descents: &[Descent], body_ops: &[Gate]) -> Uses {
        let mut uses = Uses {
            keys: None,
            k: None,
            body: None,
        };
        for d in descents {
            uses.keys = union(uses.keys.take(), &d.gate);
            uses.body = union(uses.body.take(), &d.gate);
            if d.keyed {
                uses.k = union(uses.k.take(), &d.gate);
            }
        }
        for gate in body_ops {
            uses.body = union(uses.body.take(), gate);
        }
        if let Some(k) = &uses.k {
            uses.keys = union(uses.keys.take(), k);
        }
        uses
    }

    /// `let _ = …;` for the parameters some builds do not read, and the `k` closure where used.
    fn preamble(&self) -> (TokenStream, TokenStream) {
        let checks = [
            unused_otherwise(self.keys.as_ref(), quote!(keys)),
            unused_otherwise(self.body.as_ref(), quote!(body)),
        ];
        let closure = self.k.as_ref().map(|gate| {
            let cfg = cfg_only(gate);
            quote!(#cfg let k = |index| crate::request::key(keys, index);)
        });
        (quote!(#(#checks)*), quote!(#closure))
    }
}

/// `let _ = param;` in the builds where nothing compiled reads the parameter `param`.
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

/// Emits the function of the position `node_name`, documented by `doc` (where it is), reached
/// with `keys` keys before it (and, first, those of the positions below it); returns its name.
/// The function's `path` is what follows the position in the path.
fn position(ir: &Ir, node_name: &str, doc: &str, keys: usize, functions: &mut Vec<TokenStream>) -> proc_macro2::Ident {
    let function = format_ident!("at_{}", functions.len());
    // Reserve the slot, so names follow the order positions are reached in.
    functions.push(TokenStream::new());
    let slot = functions.len() - 1;
    let Some(node) = ir.navigation.nodes.get(node_name) else {
        return function;
    };
    let mut arms = Vec::new();
    let mut body_ops = Vec::new();
    for m in &node.operations {
        let op = &ir.operations[m.operation];
        let name = ident(&m.method_name);
        let rest = match &m.segment {
            Some(segment) => {
                let segment = format!("/{segment}");
                quote!(path == #segment)
            }
            None => quote!(path.is_empty()),
        };
        let method = op.method.to_uppercase();
        // Required query parameters get their own names as values.
        let q = &op.required_query;
        // A typed body's type is the builder method's parameter type, so it is inferred.
        let build = match op.request.as_ref().map(|b| &b.kind) {
            None => quote!(b.#name(#(#q),*).build()?),
            Some(BodyKind::Bytes) => quote!(b.#name(#(#q,)* body.to_vec()).build()?),
            Some(BodyKind::Typed(_)) => quote!(b.#name(#(#q,)* &json_body(body)?).build()?),
        };
        if op.request.is_some() {
            body_ops.push(m.gate.clone());
        }
        let cfg = cfg_only(&m.gate);
        // One `if` per operation rather than a `match`: under some features a match could keep
        // one arm, which clippy would want written as an `if`. The `;` after each keeps clippy's
        // `possible_missing_else` quiet on the compact output, which puts `} if` on one line.
        arms.push(quote! {
            #cfg
            if method == #method && #rest {
                return Ok(Some(#build));
            };
        });
    }
    let mut descents = Vec::new();
    for child in &node.children {
        let method = ident(&child.method);
        let (step, segment, child_keys) = match &child.segment {
            Segment::Key(key) => (quote!(b.#method(k(#keys))), format!("/{{{key}}}"), keys + 1),
            Segment::Literal(literal) => (quote!(b.#method()), format!("/{literal}"), keys),
            segment @ Segment::Templated { template, params, .. } => {
                let args = step_args(segment, keys);
                (
                    quote!(b.#method(#(#args),*)),
                    format!("/{template}"),
                    keys + params.len(),
                )
            }
        };
        let doc = format!(" `{function}` + `{segment}` and below (`path`: what follows it).");
        let target = position(ir, &child.target, &doc, child_keys, functions);
        descents.push(Descent {
            gate: child.gate.clone(),
            keyed: child_keys > keys,
            tokens: descend(&segment, &target, step),
        });
    }
    let uses = Uses::of(&descents, &body_ops);
    let (checks, keys_closure) = uses.preamble();
    let descents = descents.iter().map(Descent::tokens_with_cfg);
    let builder = ident(&node.rust_name);
    let cfg = cfg_only(&node.gate);
    functions[slot] = quote! {
        #[doc = #doc]
        #cfg
        fn #function(
            b: super::requests::#builder,
            method: &str,
            path: &str,
            keys: &[&str],
            body: &[u8],
        ) -> Result<Option<crate::http::Request<Vec<u8>>>, crate::BuildError> {
            #checks
            #keys_closure
            #(#arms)*
            #(#descents)*
            Ok(None)
        }
    };
    function
}
