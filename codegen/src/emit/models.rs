//! `models.rs`: one struct per object schema, one alias per primitive schema.
//! The serde and inspection impls come from the hand-written `model!` macro, so each struct
//! costs one line of glue.

use super::{cfg_item, cfg_only, ident, item_doc, name_note, type_tokens, Part};
use crate::ir::{Ir, TypeDef};
use proc_macro2::{Delimiter, Group, TokenStream};
use quote::quote;

/// The file is the largest by far, so it is emitted in parts (see [`Part`]).
pub fn emit(ir: &Ir, part: Part) -> TokenStream {
    let defs: Vec<&TypeDef> = ir
        .types
        .values()
        .filter(|def| !matches!(def, TypeDef::Enum(_)))
        .collect();
    let weight = |def: &&TypeDef| match def {
        TypeDef::Struct(s) => 2 + s.fields.len(),
        _ => 1,
    };
    let items = part.select(&defs, weight).iter().filter_map(|def| match def {
        TypeDef::Struct(s) => {
            let name = ident(&s.rust_name);
            let doc = item_doc(
                s.doc.as_deref(),
                name_note("Spec name", &s.spec_name, &s.rust_name).as_deref(),
            );
            let mut fields: TokenStream = s
                .fields
                .iter()
                .map(|f| {
                    let field = ident(&f.rust_name);
                    let ty = type_tokens(&f.ty);
                    let doc = item_doc(
                        f.doc.as_deref(),
                        name_note("Wire name", &f.wire_name, &f.rust_name).as_deref(),
                    );
                    quote! { #doc pub #field: crate::Maybe<#ty>, }
                })
                .collect();
            fields.extend(quote! {
                /// Properties the spec does not declare (`@odata.type`, newer properties), kept verbatim and re-emitted.
                pub additional_properties: crate::AdditionalProperties,
                /// Enum members received in another spelling than the spec's, written back as received.
                pub wire_spellings: crate::WireSpellings,
            });
            // A group built from the owned fields is shared, not copied, when interpolated.
            let fields = Group::new(Delimiter::Brace, fields);
            let glue = s.fields.iter().map(|f| {
                let field = ident(&f.rust_name);
                let wire = &f.wire_name;
                quote!(#field: #wire)
            });
            let spec_name = &s.spec_name;
            let page = page_impl(s);
            let (cfg, cfg_impl) = (cfg_item(&s.gate), cfg_only(&s.gate));
            let deprecated = super::deprecated_attr(s.deprecation.as_ref());
            Some(quote! {
                #doc
                #cfg
                #deprecated
                #[derive(Clone, Debug, Default, PartialEq)]
                pub struct #name #fields
                #cfg_impl
                crate::model!(#name = #spec_name { #(#glue),* });
                #page
            })
        }
        TypeDef::Alias(a) => {
            let name = ident(&a.rust_name);
            let ty = type_tokens(&a.ty);
            let doc = item_doc(
                a.doc.as_deref(),
                name_note("Spec name", &a.spec_name, &a.rust_name).as_deref(),
            );
            let cfg = cfg_item(&a.gate);
            Some(quote! { #doc #cfg pub type #name = #ty; })
        }
        TypeDef::Enum(_) => None,
    });
    let mut file = TokenStream::new();
    // The enums, which sit beside the models; a module without any has nothing to import.
    let has_enums = ir.types.values().any(|def| matches!(def, TypeDef::Enum(_)));
    if part.is_first() && has_enums {
        file.extend(quote!(
            use super::*;
        ));
    }
    // `extend` moves each item in; `quote!(#(#items)*)` would copy every one of them.
    file.extend(items);
    file
}

/// A collection response (`value` array + `@odata.nextLink`) is a [`Page`](crate::Page) for the client's paging.
fn page_impl(s: &crate::ir::StructDef) -> TokenStream {
    let value = s.fields.iter().find(|f| f.wire_name == "value");
    let next = s
        .fields
        .iter()
        .find(|f| f.wire_name == "@odata.nextLink" && f.ty == crate::ir::Type::String);
    let (Some(value), Some(next)) = (value, next) else {
        return quote!();
    };
    let crate::ir::Type::List(item) = &value.ty else {
        return quote!();
    };
    let name = ident(&s.rust_name);
    let item = type_tokens(item);
    let value = ident(&value.rust_name);
    let next = ident(&next.rust_name);
    let cfg = cfg_only(&s.gate);
    quote! {
        #cfg
        impl crate::Page for #name {
            type Item = #item;
            fn next_link(&self) -> Option<&str> {
                self.#next.value().map(String::as_str)
            }
            fn into_page(self) -> (Vec<#item>, Option<String>) {
                (self.#value.into_value().unwrap_or_default(), self.#next.into_value())
            }
        }
    }
}
