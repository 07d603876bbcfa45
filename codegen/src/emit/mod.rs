//! IR → tokens. One module per output file; each returns the file's tokens.

pub mod enums;
pub mod models;
pub mod registry;
pub mod requests;
pub mod samples;

use crate::ir::{Gate, Type};
use proc_macro2::TokenStream;
use quote::quote;

/// The `cfg` predicate of a gate: `feature = "a"`, or `any(feature = "a", feature = "b")`.
fn cfg_predicate(gate: &Gate) -> Option<TokenStream> {
    let features = gate.features();
    match features.as_slice() {
        [] => None,
        [one] => Some(quote!(feature = #one)),
        many => Some(quote!(any(#(feature = #many),*))),
    }
}

/// The attributes of a gated item: compiled under its features, and labelled with them on
/// docs.rs (`doc(cfg)`, under the `docsrs` cfg docs.rs sets). Nothing for [`Gate::Always`].
pub fn cfg_item(gate: &Gate) -> TokenStream {
    match cfg_predicate(gate) {
        None => quote!(),
        Some(predicate) => quote! {
            #[cfg(#predicate)]
            #[cfg_attr(docsrs, doc(cfg(#predicate)))]
        },
    }
}

/// `#[cfg(…)]` alone, where rustdoc shows nothing (match arms, array elements, statements and
/// macro invocations).
pub fn cfg_only(gate: &Gate) -> TokenStream {
    match cfg_predicate(gate) {
        None => quote!(),
        Some(predicate) => quote!(#[cfg(#predicate)]),
    }
}

/// Which share of a file's items an emitter produces. A large file is emitted and formatted in
/// parts on several threads and the parts concatenated: prettyplease formats top-level items one
/// by one, so the bytes do not depend on how the file was split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub index: usize,
    pub count: usize,
}

impl Part {
    pub const WHOLE: Part = Part { index: 0, count: 1 };

    /// The file's preamble (`use` lines) belongs to the first part.
    pub fn is_first(self) -> bool {
        self.index == 0
    }

    /// This part's contiguous share of `items`, cut where the running `weight` crosses each
    /// `count`-th of the total, so parts cost about the same.
    pub fn select<T>(self, items: &[T], weight: impl Fn(&T) -> usize) -> &[T] {
        let total: usize = items.iter().map(&weight).sum();
        let boundary = |k: usize| {
            if k == 0 {
                return 0;
            }
            if k >= self.count {
                return items.len();
            }
            let target = total * k / self.count;
            let mut running = 0;
            items
                .iter()
                .position(|item| {
                    running += weight(item);
                    running > target
                })
                .map_or(items.len(), |i| i + 1)
        };
        &items[boundary(self.index)..boundary(self.index + 1)]
    }
}

/// `#[doc = "..."]` lines for a spec description (one attribute per line, as `///` would give).
/// Characters rustc refuses in a doc comment, or that hide or reorder the text around them, are
/// shown escaped (see [`doc_text`]).
pub fn doc_lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = doc_literal(&format!(" {}", doc_text(line.trim_end())));
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Whether rustc refuses `c` in a doc comment (a lone CR; bidi controls, deny-by-default
/// `text_direction_codepoint_in_literal`), clippy warns of it (a tab), or it would hide or reorder
/// the text around it: other control characters, the implicit direction marks and the line and
/// paragraph separators.
pub fn is_unsafe_in_doc(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
        )
}

/// Spec text for a doc comment, with each unsafe character (see [`is_unsafe_in_doc`]) shown as
/// its escape (`\u{202E}`): the reader sees what the spec says, and rustc accepts it.
pub fn doc_text(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(is_unsafe_in_doc) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_in_doc(c) {
            out.push_str(&format!("\\u{{{:X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The literal of one doc line. prettyplease prints a doc attribute as `///` + its value, so the
/// literal's spelling never reaches the output: a raw string (`r#"…"#`) costs nothing to escape
/// here, nor to unescape in syn and prettyplease, which was a fifth of generation time on the
/// whole module. A line `///` cannot carry (a leading `/`) keeps the escaped form.
pub fn doc_literal(line: &str) -> proc_macro2::Literal {
    if line.starts_with('/') {
        return proc_macro2::Literal::string(line);
    }
    let mut hashes = String::new();
    if line.contains('"') {
        while line.contains(&format!("\"{hashes}")) {
            hashes.push('#');
        }
    }
    format!("r{hashes}\"{line}\"{hashes}")
        .parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(line))
}

/// Doc for an item: the spec's description, a blank line, then a fixed note (either may be
/// missing).
pub fn item_doc(description: Option<&str>, note: Option<&str>) -> TokenStream {
    let description = description.map(str::trim).filter(|d| !d.is_empty());
    let text = match (description, note) {
        (Some(d), Some(note)) => format!("{d}\n\n{note}"),
        (Some(text), None) | (None, Some(text)) => text.to_string(),
        (None, None) => return TokenStream::new(),
    };
    doc_lines(&text)
}

/// The note `{label}: `{name}`.`, unless it would only repeat the item's Rust name.
pub fn name_note(label: &str, name: &str, rust_name: &str) -> Option<String> {
    (name != rust_name.trim_start_matches("r#")).then(|| format!("{label}: `{name}`."))
}

/// An identifier that may be raw (`r#type`).
/// `#[deprecated(note = …)]` for an item Microsoft deprecated: a note with the date it did, the
/// removal date, the API change and Microsoft's text, so rustc shows users all of it. (Not
/// `since`: Rust wants a version of this crate there, and clippy refuses a date.)
pub fn deprecated_attr(deprecation: Option<&crate::ir::Deprecation>) -> TokenStream {
    let Some(d) = deprecation else {
        return TokenStream::new();
    };
    let note = deprecation_note(d);
    quote!(#[deprecated(note = #note)])
}

/// `deprecated by Microsoft on 2026-01-06, removal on 2027-07-06 (2026-01/Sync): Use validateConnectivity instead.`
pub fn deprecation_note(d: &crate::ir::Deprecation) -> String {
    let mut note = "deprecated by Microsoft".to_string();
    if let Some(date) = &d.date {
        note.push_str(&format!(" on {date}"));
    }
    if let Some(date) = &d.removal_date {
        note.push_str(&format!(", removal on {date}"));
    }
    if let Some(version) = &d.version {
        note.push_str(&format!(" ({version})"));
    }
    if let Some(description) = d.description.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        note.push_str(": ");
        note.push_str(description);
    }
    note
}

pub fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => proc_macro2::Ident::new(name, proc_macro2::Span::call_site()),
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
        Type::Bytes => quote!(crate::Base64Bytes),
        Type::DateTime => quote!(crate::DateTime),
        Type::Duration => quote!(crate::Duration),
        Type::Json => quote!(crate::RawJson),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_cover_every_item_once_in_order() {
        let items: Vec<usize> = (0..37).collect();
        for weights in [vec![1; 37], (0..37).map(|i| 1 + i % 7 * 5).collect::<Vec<_>>()] {
            for count in 1..=6 {
                let mut joined = Vec::new();
                for index in 0..count {
                    joined.extend_from_slice(Part { index, count }.select(&items, |&i| weights[i]));
                }
                assert_eq!(joined, items, "count {count}");
            }
        }
        assert!(Part { index: 1, count: 2 }.select(&[] as &[u8], |_| 1).is_empty());
        // Parts are balanced by weight: with equal weights, 37 items in 2 parts is 19 + 18.
        assert_eq!(Part { index: 0, count: 2 }.select(&items, |_| 1).len(), 19);
    }

    #[test]
    fn doc_literals_are_raw_unless_they_cannot_be() {
        assert_eq!(doc_literal(" plain").to_string(), r#"r" plain""#);
        assert_eq!(doc_literal(r#" say "hi""#).to_string(), r##"r#" say "hi""#"##);
        assert_eq!(doc_literal(r##" "# and ""##).to_string(), r###"r##" "# and ""##"###);
        assert_eq!(doc_literal("/ leading slash").to_string(), r#""/ leading slash""#);
    }

    #[test]
    fn unsafe_doc_characters_are_shown_escaped() {
        assert_eq!(doc_text("plain – text, ’quoted’"), "plain – text, ’quoted’");
        assert_eq!(
            doc_text("a\u{202E}b\rc\0d\u{2066}\t"),
            r"a\u{202E}b\u{D}c\u{0}d\u{2066}\u{9}"
        );
        let docs = doc_lines("one\r\ntwo\rthree").to_string();
        assert!(docs.contains(r"two\u{D}three") && !docs.contains('\r'), "{docs}");
    }
}
