//! `models.rs`: one struct per object schema, one alias per primitive schema.
//! The serde and inspection impls come from the hand-written `model!` macro, so each struct
//! costs one line of glue.

use super::{ident, item_doc, type_tokens};
use crate::ir::{Ir, TypeDef};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(ir: &Ir) -> TokenStream {
    let items = ir.types.values().filter_map(|def| match def {
        TypeDef::Struct(s) => {
            let name = ident(&s.rust_name);
            let doc = item_doc(s.doc.as_deref(), &format!("Spec name: `{}`.", s.spec_name));
            let fields = s.fields.iter().map(|f| {
                let field = ident(&f.rust_name);
                let ty = type_tokens(&f.ty);
                let doc = item_doc(f.doc.as_deref(), &format!("Wire name: `{}`.", f.wire_name));
                quote! { #doc pub #field: crate::Maybe<#ty>, }
            });
            let glue = s.fields.iter().map(|f| {
                let field = ident(&f.rust_name);
                let wire = &f.wire_name;
                quote!(#field: #wire)
            });
            let spec_name = &s.spec_name;
            Some(quote! {
                #doc
                #[derive(Clone, Debug, Default, PartialEq)]
                pub struct #name {
                    #(#fields)*
                    /// Properties the spec does not declare (`@odata.type`, newer properties), kept verbatim and re-emitted.
                    pub additional_properties: crate::AdditionalProperties,
                }
                crate::model!(#name = #spec_name { #(#glue),* });
            })
        }
        TypeDef::Alias(a) => {
            let name = ident(&a.rust_name);
            let ty = type_tokens(&a.ty);
            let doc = item_doc(a.doc.as_deref(), &format!("Spec name: `{}`.", a.spec_name));
            Some(quote! { #doc pub type #name = #ty; })
        }
        TypeDef::Enum(_) => None,
    });
    let uses: TokenStream = quote!(
        use super::*;
    );
    quote! { #uses #(#items)* }
}
