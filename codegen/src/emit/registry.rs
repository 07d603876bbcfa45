//! `registry.rs`: every model by spec name (for decoding without naming the Rust type), and
//! every operation with its body types (what the docs tests and request builders look up).

use crate::ir::{Body, BodyKind, Ir, Type, TypeDef};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(ir: &Ir) -> TokenStream {
    let mut entries: Vec<(&str, &str, Vec<&str>, &crate::ir::Gate)> = ir
        .types
        .values()
        .map(|def| {
            let (rust, properties) = match def {
                TypeDef::Struct(s) => (&s.rust_name, s.fields.iter().map(|f| f.wire_name.as_str()).collect()),
                TypeDef::Enum(e) => (&e.rust_name, Vec::new()),
                TypeDef::Alias(a) => (&a.rust_name, Vec::new()),
            };
            (def.spec_name(), rust.as_str(), properties, def.gate())
        })
        .collect();
    entries.sort();
    let models = entries.iter().map(|(spec, rust, properties, gate)| {
        let ty = super::ident(rust);
        let cfg = super::cfg_only(gate);
        quote!(#cfg Model::new::<super::#ty>(#spec, #rust, &[#(#properties),*]),)
    });
    let operations = ir.operations.iter().map(|op| {
        let method = op.method.to_uppercase();
        let path = op.path.to_string();
        let request = body(op.request.as_ref(), ir);
        let response = body(op.response.as_ref(), ir);
        let pageable = op.pageable;
        let cfg = super::cfg_only(&op.gate());
        let deprecation = op.deprecation.as_ref().map(|d| {
            let note = super::deprecation_note(d);
            quote!(.with_deprecation(#note))
        });
        quote!(#cfg Op::new(#method, #path, #request, #response, #pageable) #deprecation,)
    });
    let api_version = &ir.api_version;
    quote! {
        /// The API version these models belong to.
        pub const API_VERSION: &str = #api_version;
        /// Every model and enum of this API version, sorted by spec name (those of features not
        /// enabled left out).
        #[cfg(feature = "registry")]
        pub static MODELS: &[crate::registry::ModelEntry] = {
            use crate::registry::ModelEntry as Model;
            &[#(#models)*]
        };
        /// Every operation of this API version, in spec order: method, path template, request
        /// and response bodies, whether it pages (those of features not enabled left out).
        pub static OPERATIONS: &[crate::registry::OperationEntry] = {
            use crate::registry::{BodyEntry as Body, OperationEntry as Op};
            &[#(#operations)*]
        };
    }
}

fn body(body: Option<&Body>, ir: &Ir) -> TokenStream {
    let Some(body) = body else {
        return quote!(None);
    };
    let content_type = &body.content_type;
    match &body.kind {
        BodyKind::Bytes => quote!(Some(Body::bytes(#content_type))),
        BodyKind::Typed(ty) => match type_key(ty, ir) {
            (name, false) if content_type == "application/json" => quote!(Some(Body::json(#name))),
            (name, list) => quote!(Some(Body::model(#content_type, #name, #list))),
        },
    }
}

/// Registry key of a body type (a model's spec name, else the primitive's name, spelled out
/// rather than taken from `Debug`), and whether the body is a JSON array of it.
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
        Type::String => ("String".to_string(), false),
        Type::Bool => ("Bool".to_string(), false),
        Type::I32 => ("I32".to_string(), false),
        Type::I64 => ("I64".to_string(), false),
        Type::F64 => ("F64".to_string(), false),
        Type::Uuid => ("Uuid".to_string(), false),
        Type::Bytes => ("Bytes".to_string(), false),
        Type::DateTime => ("DateTime".to_string(), false),
        Type::Duration => ("Duration".to_string(), false),
        Type::Json => ("Json".to_string(), false),
    }
}
