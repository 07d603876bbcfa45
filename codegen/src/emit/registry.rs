//! `registry.rs`: every model by spec name (for decoding without naming the Rust type), and
//! every operation with its body types (what the docs tests and request builders look up).

use crate::ir::{Body, BodyKind, Ir, Type, TypeDef};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(ir: &Ir) -> TokenStream {
    let mut entries: Vec<(&str, &str, Vec<&str>)> = ir
        .types
        .values()
        .map(|def| {
            let (rust, properties) = match def {
                TypeDef::Struct(s) => (&s.rust_name, s.fields.iter().map(|f| f.wire_name.as_str()).collect()),
                TypeDef::Enum(e) => (&e.rust_name, Vec::new()),
                TypeDef::Alias(a) => (&a.rust_name, Vec::new()),
            };
            (def.spec_name(), rust.as_str(), properties)
        })
        .collect();
    entries.sort();
    let models = entries.iter().map(|(spec, rust, properties)| {
        let ty = super::ident(rust);
        quote!(crate::registry::ModelEntry::new::<super::#ty>(#spec, #rust, &[#(#properties),*]),)
    });
    let operations = ir.operations.iter().map(|op| {
        let method = op.method.to_uppercase();
        let path = &op.path;
        let request = body(op.request.as_ref(), ir);
        let response = body(op.response.as_ref(), ir);
        let pageable = op.pageable;
        quote! {
            crate::registry::OperationEntry {
                method: #method,
                path: #path,
                request: #request,
                response: #response,
                pageable: #pageable,
            },
        }
    });
    let api_version = &ir.api_version;
    quote! {
        /// The API version these models belong to.
        pub const API_VERSION: &str = #api_version;
        /// Every model and enum of this API version, sorted by spec name.
        #[cfg(feature = "registry")]
        pub static MODELS: &[crate::registry::ModelEntry] = &[#(#models)*];
        /// Every operation of this API version, in spec order.
        pub static OPERATIONS: &[crate::registry::OperationEntry] = &[#(#operations)*];
    }
}

fn body(body: Option<&Body>, ir: &Ir) -> TokenStream {
    let Some(body) = body else {
        return quote!(None);
    };
    let content_type = &body.content_type;
    let schema = match &body.kind {
        BodyKind::Bytes => quote!(crate::registry::BodySchema::Bytes),
        BodyKind::Typed(ty) => {
            let (name, list) = type_key(ty, ir);
            quote!(crate::registry::BodySchema::Model { name: #name, list: #list })
        }
    };
    quote!(Some(crate::registry::BodyEntry { content_type: #content_type, schema: #schema }))
}

/// Registry key of a body type, and whether the body is a JSON array of it.
fn type_key(ty: &Type, ir: &Ir) -> (String, bool) {
    match ty {
        Type::Named { rust_name, .. } => {
            let spec = ir
                .types
                .get(rust_name)
                .map(|d| d.spec_name().to_string())
                .unwrap_or_default();
            (spec, false)
        }
        Type::List(item) => (type_key(item, ir).0, true),
        other => (format!("{other:?}"), false),
    }
}
