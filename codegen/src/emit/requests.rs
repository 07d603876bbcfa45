//! `requests.rs`: the fluent request builders. Each method is one call into the hand-written
//! runtime (`crate::request`): the generated code says *what* (segment, method, body and
//! response types, allowed options), the runtime does the *how*.

use super::{cfg_item, cfg_only, doc_lines, ident, type_tokens};
use crate::ir::{Body, BodyKind, Child, Gate, Ir, LiteralKind, OperationDef, OperationMethod, Segment, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn emit(ir: &Ir) -> TokenStream {
    let nav = &ir.navigation;
    let version = &ir.api_version;
    let mut api_text = api_doc(version, nav.roots.first());
    if !ir.skipped.is_empty() {
        // Left out by the generator (`OnUnsupported::Skip`): named where users look first.
        api_text.push_str("\n\nNot generated (a construct the generator does not translate):");
        for skipped in &ir.skipped {
            api_text.push_str(&format!(
                "\n- `{} {}`: {}",
                skipped.method, skipped.path, skipped.reason
            ));
        }
    }
    let api_doc = doc_lines(&api_text);
    let roots = nav
        .roots
        .iter()
        .map(|c| child_method(c, &format!("`/{}`", root_path(c)), &Gate::Always));
    let nodes = nav.nodes.values().map(|node| {
        let name = ident(&node.rust_name);
        let doc = doc_lines(&format!("Requests at `{}`.", node.suffix));
        let children = node
            .children
            .iter()
            .map(|c| child_method(c, &format!("`{}/{}`", node.suffix, child_path(c)), &node.gate));
        let operations = node
            .operations
            .iter()
            .map(|m| operation_method(m, &ir.operations[m.operation], &node.gate));
        let (cfg, cfg_impl) = (cfg_item(&node.gate), cfg_only(&node.gate));
        quote! {
            #doc
            #cfg
            #[derive(Clone, Debug)]
            pub struct #name(crate::Path);
            #cfg_impl
            impl #name {
                #(#children)*
                #(#operations)*
            }
        }
    });
    let option_sets = nav.option_sets.iter().map(|(name, options)| {
        let gate = nav.option_set_gates.get(name).cloned().unwrap_or_default();
        let (cfg, cfg_impl) = (cfg_item(&gate), cfg_only(&gate));
        let name = ident(name);
        let doc = doc_lines(&format!(
            "Options of operations that take {}.",
            options
                .iter()
                .map(|o| format!("`{}`", o.spec_name))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        let traits = options.iter().map(|o| {
            let t = ident(&o.trait_name);
            quote!(#cfg_impl impl crate::query::#t for #name {})
        });
        quote! {
            #doc
            #cfg
            #[derive(Debug)]
            pub struct #name;
            #(#traits)*
        }
    });
    quote! {
        use super::*;

        #api_doc
        #[derive(Clone, Debug)]
        pub struct Api(crate::Path);
        impl Api {
            /// The service root of this version in a national cloud.
            pub fn new(cloud: crate::Cloud) -> Self {
                Api(crate::Path::new(cloud, registry::API_VERSION))
            }
            /// A custom service root (a proxy, a test server): `http://127.0.0.1:8080`.
            pub fn with_base_url(base_url: &str) -> Self {
                Api(crate::Path::with_base_url(base_url, registry::API_VERSION))
            }
            #(#roots)*
        }
        #(#nodes)*
        #(#option_sets)*
    }
}

/// `Entry point of Microsoft Graph v1.0: `Api::new(Cloud::Global).sites()…`.`, with this
/// module's first entry point, so the example exists.
fn api_doc(version: &str, first_root: Option<&Child>) -> String {
    let example = first_root.map(|root| {
        let args = match &root.segment {
            Segment::Key(_) => "id".to_string(),
            _ => root.args.join(", "),
        };
        format!(": `Api::new(Cloud::Global).{}({args})…`", root.method)
    });
    format!(
        "Entry point of Microsoft Graph {version}{}.",
        example.unwrap_or_default()
    )
}

fn root_path(c: &Child) -> String {
    match (&c.prefix, &c.segment) {
        (Some(prefix), Segment::Key(key)) => format!("{prefix}/{{{key}}}"),
        (_, segment) => child_path_of(segment),
    }
}

fn child_path(c: &Child) -> String {
    child_path_of(&c.segment)
}

fn child_path_of(segment: &Segment) -> String {
    segment.text()
}

/// The `cfg` of a method gated by `gate` in an `impl` gated by `within`: none when they agree.
fn cfg_within(gate: &Gate, within: &Gate) -> TokenStream {
    if gate == within {
        quote!()
    } else {
        cfg_item(gate)
    }
}

/// A step down the tree: `jobs()`, `item(id)`, or an entry point `service_principals(id)`.
fn child_method(child: &Child, path_doc: &str, within: &Gate) -> TokenStream {
    let method = ident(&child.method);
    let target = ident(&child.target);
    let doc = doc_lines(path_doc);
    let cfg = cfg_within(&child.gate, within);
    let doc = quote!(#doc #cfg);
    match &child.segment {
        Segment::Key(key) => {
            let param = args_of(child).next().unwrap_or_else(|| ident("id"));
            // An entry point (`service_principals(id)`) also appends its collection segment.
            let literal = child.prefix.as_ref().map(|segment| quote!(.segment(#segment)));
            quote! {
                #doc
                pub fn #method(&self, #param: &str) -> #target {
                    #target(self.0 #literal .key(#key, #param))
                }
            }
        }
        Segment::Literal(literal) => quote! {
            #doc
            pub fn #method(&self) -> #target {
                #target(self.0.segment(#literal))
            }
        },
        Segment::Templated {
            template,
            params,
            literals,
            aliases,
            ..
        } if child.segment.is_function() => {
            let args: Vec<_> = args_of(child).collect();
            let (param_args, alias_args) = args.split_at(params.len());
            let param_types = literals.iter().map(literal_type);
            let param_values = params
                .iter()
                .zip(literals)
                .zip(param_args)
                .map(|((param, kind), arg)| literal_value(param, kind, &quote!(#arg)));
            let alias_types = aliases.iter().map(|alias| {
                let ty = literal_type(&alias.kind);
                quote!(Option<#ty>)
            });
            let alias_steps = aliases.iter().zip(alias_args).map(|(alias, arg)| {
                let query_name = format!("@{}", alias.name);
                // A one-argument formatter is passed by name (clippy's `redundant_closure`).
                let format = match &alias.kind {
                    LiteralKind::I32 | LiteralKind::I64 => quote!(crate::literal::integer),
                    LiteralKind::Bool => quote!(crate::literal::boolean),
                    LiteralKind::String | LiteralKind::Untyped => quote!(crate::literal::string),
                    kind => {
                        let value = literal_value(&alias.name, kind, &quote!(value));
                        quote!(|value| #value)
                    }
                };
                quote!(.alias(#query_name, #arg.map(#format)))
            });
            let alias_doc = (!aliases.is_empty()).then(|| {
                let lines: Vec<String> = aliases
                    .iter()
                    .zip(alias_args)
                    .map(|(alias, arg)| {
                        format!(
                            "`{arg}` is sent as the query option `@{}` (`None`: not sent, which OData reads as null).",
                            alias.name
                        )
                    })
                    .collect();
                doc_lines(&format!("\n{}", lines.join("\n")))
            });
            let signature: Vec<TokenStream> = param_args
                .iter()
                .zip(param_types)
                .chain(alias_args.iter().zip(alias_types))
                .map(|(arg, ty)| quote!(#arg: #ty))
                .collect();
            quote! {
                #doc
                #alias_doc
                pub fn #method(&self, #(#signature),*) -> #target {
                    #target(self.0.function(#template, &[#((#params, #param_values)),*]) #(#alias_steps)*)
                }
            }
        }
        Segment::Templated { template, params, .. } => {
            let args: Vec<_> = args_of(child).collect();
            quote! {
                #doc
                pub fn #method(&self, #(#args: &str),*) -> #target {
                    #target(self.0.templated(#template, &[#((#params, #args)),*]))
                }
            }
        }
    }
}

/// The Rust type of a function parameter's argument.
fn literal_type(kind: &LiteralKind) -> TokenStream {
    match kind {
        LiteralKind::I32 => quote!(i32),
        LiteralKind::I64 => quote!(i64),
        LiteralKind::Bool => quote!(bool),
        LiteralKind::InQuotes
        | LiteralKind::Untyped
        | LiteralKind::String
        | LiteralKind::Date
        | LiteralKind::DateTime
        | LiteralKind::Enum(_) => quote!(&str),
    }
}

/// The runtime call that formats `value` as the OData literal of `kind` (`crate::literal`).
fn literal_value(param: &str, kind: &LiteralKind, value: &TokenStream) -> TokenStream {
    match kind {
        LiteralKind::InQuotes => quote!(crate::literal::in_quotes(#param, #value)),
        LiteralKind::Untyped | LiteralKind::String => quote!(crate::literal::string(#value)),
        LiteralKind::I32 | LiteralKind::I64 => quote!(crate::literal::integer(#value)),
        LiteralKind::Bool => quote!(crate::literal::boolean(#value)),
        LiteralKind::Date => quote!(crate::literal::date(#param, #value)),
        LiteralKind::DateTime => quote!(crate::literal::date_time(#param, #value)),
        LiteralKind::Enum(type_name) => quote!(crate::literal::enum_member(#type_name, #value)),
    }
}

/// The argument identifiers of a step, decided in `navigation`.
fn args_of(child: &Child) -> impl Iterator<Item = proc_macro2::Ident> + '_ {
    child.args.iter().map(|a| ident(a))
}

fn operation_method(m: &OperationMethod, op: &OperationDef, within: &Gate) -> TokenStream {
    let name = ident(&m.method_name);
    let method = format_ident!("{}", op.method.to_uppercase());
    let kind = response_kind(op);
    let options = match &m.options {
        Some(o) => {
            let o = ident(o);
            quote!(#o)
        }
        None => quote!(crate::query::NoOptions),
    };
    let segment = m.segment.as_ref().map(|s| quote!(.segment(#s)));
    let body_arg = ident(crate::names::BODY_ARGUMENT);
    let (param, body) = match &op.request {
        Some(Body {
            content_type,
            kind: BodyKind::Bytes,
        }) => (quote!(#body_arg: Vec<u8>), quote!(.bytes(#content_type, #body_arg))),
        Some(Body {
            content_type,
            kind: BodyKind::Typed(ty),
        }) => {
            let ty = match ty {
                Type::List(item) => {
                    let item = type_tokens(item);
                    quote!([#item])
                }
                other => type_tokens(other),
            };
            (quote!(#body_arg: &#ty), quote!(.json(#content_type, #body_arg)))
        }
        None => (quote!(), quote!()),
    };
    let doc = operation_doc(op);
    let cfg = cfg_within(&m.gate, within);
    let deprecated = super::deprecated_attr(op.deprecation.as_ref());
    let doc = quote!(#doc #cfg #deprecated);
    // Required query parameters are arguments (`@id` → `id`), sent percent-encoded.
    let query_args: Vec<_> = m.query_args.iter().map(|q| ident(q)).collect();
    let query_names = &op.required_query;
    quote! {
        #doc
        pub fn #name(&self, #(#query_args: &str,)* #param) -> crate::Request<#kind, #options> {
            self.0 #segment .request(crate::http::Method::#method) #(.required_query(#query_names, #query_args))* #body
        }
    }
}

fn response_kind(op: &OperationDef) -> TokenStream {
    match &op.response {
        None => quote!(crate::response::NoContent),
        Some(Body {
            kind: BodyKind::Bytes, ..
        }) => quote!(crate::response::Bytes),
        Some(Body { content_type, .. }) if content_type.starts_with("text/plain") => quote!(crate::response::Count),
        Some(Body {
            kind: BodyKind::Typed(ty),
            ..
        }) => {
            let ty = type_tokens(ty);
            if op.method == "get" {
                quote!(crate::response::Json<#ty>)
            } else {
                quote!(crate::response::JsonOrEmpty<#ty>)
            }
        }
    }
}

/// Summary, description, `METHOD path`, and the docs link.
fn operation_doc(op: &OperationDef) -> TokenStream {
    let mut text = String::new();
    for part in [&op.summary, &op.description].into_iter().flatten() {
        let part = part.trim();
        if !part.is_empty() && !text.contains(part) {
            text.push_str(part);
            text.push_str("\n\n");
        }
    }
    // The same method serves every root (`servicePrincipals/{id}`, `applications/{id}`).
    let path = op.path.below_root_key();
    text.push_str(&format!("`{} {path}`", op.method.to_uppercase()));
    if let Some(url) = &op.docs_url {
        text.push_str(&format!("\n\nDocs: <{url}>"));
    }
    doc_lines(&text)
}
