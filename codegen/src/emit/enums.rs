//! `enums.rs`: evolvable string enums, and flags sets over them.
//! Known members are variants; `Unrecognized` keeps any other string verbatim.

use super::{cfg_item, cfg_only, ident, item_doc, name_note};
use crate::ir::{Ir, TypeDef};
use crate::names::UNRECOGNIZED_VARIANT;
use quote::{format_ident, quote};

pub fn emit(ir: &Ir) -> proc_macro2::TokenStream {
    let items = ir.types.values().filter_map(|def| {
        let TypeDef::Enum(e) = def else { return None };
        let name = ident(&e.member_name);
        let unrecognized = format_ident!("{}", UNRECOGNIZED_VARIANT);
        let variants = e.members.iter().map(|m| {
            let v = ident(&m.variant);
            // The wire spelling, unless it is the variant's own name.
            let doc = item_doc(None, (m.wire != m.variant).then(|| format!("`{}`", m.wire)).as_deref());
            quote!(#doc #v,)
        });
        let glue = e.members.iter().map(|m| {
            let v = ident(&m.variant);
            let wire = &m.wire;
            quote!(#v = #wire)
        });
        let spec_name = &e.spec_name;
        let (cfg, cfg_impl) = (cfg_item(&e.gate), cfg_only(&e.gate));
        let (enum_doc, set) = if e.flags {
            let set_name = ident(&e.rust_name);
            let set_doc = item_doc(
                e.doc.as_deref(),
                Some(&format!(
                    "Spec name: `{spec_name}` (a flags enum: a set of members, written `\"A, B\"`)."
                )),
            );
            let member_doc = item_doc(None, Some(&format!("One member of [`{}`].", e.rust_name)));
            (
                member_doc,
                quote! { #set_doc #cfg pub type #set_name = crate::Flags<#name>; },
            )
        } else {
            (
                item_doc(
                    e.doc.as_deref(),
                    name_note("Spec name", spec_name, &e.rust_name).as_deref(),
                ),
                quote!(),
            )
        };
        Some(quote! {
            #enum_doc
            #cfg
            #[derive(Clone, Debug, PartialEq, Eq, Hash)]
            // New members arrive with spec updates: matches need a wildcard arm, so adding one is
            // not a breaking change.
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                /// A member this version of the spec does not declare, kept verbatim and re-emitted.
                #unrecognized(String),
            }
            #cfg_impl
            crate::evolvable_enum!(#name = #spec_name { #(#glue),* });
            #set
        })
    });
    quote!(#(#items)*)
}
