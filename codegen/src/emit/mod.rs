//! IR → tokens. One module per output file; each returns the file's tokens.

pub mod enums;
pub mod models;
pub mod registry;
pub mod requests;
pub mod samples;

use crate::ir::Type;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `#[doc = "..."]` lines for a spec description (one attribute per line, as `///` would give).
pub fn doc_lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = format!(" {}", line.trim_end());
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Doc for an item: the spec's description, a blank line, then a fixed note.
pub fn item_doc(description: Option<&str>, note: &str) -> TokenStream {
    let mut text = String::new();
    if let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) {
        text.push_str(d);
        text.push_str("\n\n");
    }
    text.push_str(note);
    doc_lines(&text)
}

/// An identifier that may be raw (`r#type`).
pub fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => format_ident!("{}", name),
    }
}

/// The Rust type of a property.
pub fn type_tokens(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(String),
        Type::Bool => quote!(bool),
        Type::I32 => quote!(i32),
        Type::I64 => quote!(i64),
        Type::F64 => quote!(f64),
        Type::Uuid => quote!(crate::Uuid),
        Type::Bytes => quote!(crate::Bytes),
        Type::DateTime => quote!(crate::DateTime),
        Type::Duration => quote!(crate::Duration),
        Type::Json => quote!(crate::Json),
        Type::Named { rust_name, boxed } => {
            let name = ident(rust_name);
            if *boxed {
                quote!(Box<#name>)
            } else {
                quote!(#name)
            }
        }
        Type::List(item) => {
            let item = type_tokens(item);
            quote!(Vec<#item>)
        }
    }
}
