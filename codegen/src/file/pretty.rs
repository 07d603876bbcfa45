//! prettyplease, plus the layout it does not give generated code (as rust-analyzer's codegen
//! fixes up its formatter's output): one macro-glue entry per line, a blank line between items
//! and between the members of an impl, doc comments wrapped to [`WIDTH`]. All of it is layout:
//! the tokens are prettyplease's, and rustc reads the compact text build.rs writes the same.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// Lines longer than this are wrapped where Markdown allows (doc comments); string literals
/// such as long paths stay whole.
pub const WIDTH: usize = 100;

/// Stands for a macro body while prettyplease prints the invocation around it.
const PLACEHOLDER: &str = "__msgraph_sync_codegen_layout__";

/// A file as prettyplease prints it, with the layout passes.
pub fn unparse(file: syn::File) -> String {
    let syn::File {
        shebang,
        frontmatter,
        attrs,
        items,
    } = file;
    let mut blocks = Vec::with_capacity(items.len() + 1);
    if shebang.is_some() || frontmatter.is_some() || !attrs.is_empty() {
        blocks.push(prettyplease::unparse(&syn::File {
            shebang,
            frontmatter,
            attrs,
            items: Vec::new(),
        }));
    }
    blocks.extend(items.into_iter().map(item));
    wrap_doc_comments(&blocks.join("\n"))
}

/// One top-level item. A macro invocation whose body ends in a `{…}` of comma-separated entries
/// (`crate::model!(Name = "spec" { field: "wire", … })`) gets one entry per line: prettyplease
/// prints macro bodies as a run of tokens, so adding one entry would reflow the whole body.
fn item(mut item: syn::Item) -> String {
    let members = matches!(item, syn::Item::Impl(_) | syn::Item::Trait(_));
    let body = match &mut item {
        syn::Item::Macro(m) => macro_body(&m.mac.tokens).inspect(|_| {
            let placeholder = proc_macro2::Ident::new(PLACEHOLDER, proc_macro2::Span::call_site());
            m.mac.tokens = TokenTree::Ident(placeholder).into();
        }),
        _ => None,
    };
    let text = prettyplease::unparse(&syn::File {
        shebang: None,
        frontmatter: None,
        attrs: Vec::new(),
        items: vec![item],
    });
    match body {
        Some(body) => text.replacen(PLACEHOLDER, &body, 1),
        None if members => separate_members(&text),
        None => text,
    }
}

/// A blank line between the members of an impl or trait block (its lines indented once),
/// before each member that follows one that ended (`}` or `;`).
fn separate_members(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous_ended = false;
    for line in text.split_inclusive('\n') {
        let member = line.strip_prefix("    ").filter(|rest| !rest.starts_with(' '));
        if let Some(rest) = member {
            let starts = ["///", "#[", "pub ", "fn ", "const ", "type ", "async ", "unsafe "];
            if previous_ended && starts.iter().any(|s| rest.starts_with(s)) {
                out.push('\n');
            }
        }
        // A doc or attribute line ending in `;` or `}` belongs to the member below it.
        let code = member.filter(|rest| !rest.starts_with("//") && !rest.starts_with("#["));
        previous_ended = code
            .map(str::trim_end)
            .is_some_and(|r| r.ends_with('}') || r.ends_with(';'));
        out.push_str(line);
    }
    out
}

/// `Head { a: "x", b: "y" }` as `Head {` + one `a: "x",` line per entry + `}`; `None` for any
/// other shape (left to prettyplease).
fn macro_body(tokens: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let (TokenTree::Group(entries), head) = trees.split_last()? else {
        return None;
    };
    if entries.delimiter() != Delimiter::Brace || head.is_empty() {
        return None;
    }
    let mut out = tokens_text(head.iter().cloned());
    let mut entry = Vec::new();
    let mut lines = Vec::new();
    for tree in entries.stream() {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => lines.push(tokens_text(std::mem::take(&mut entry))),
            _ => entry.push(tree),
        }
    }
    if !entry.is_empty() {
        lines.push(tokens_text(entry));
    }
    if lines.is_empty() {
        out.push_str(" {}");
    } else {
        out.push_str(" {\n");
        for line in lines {
            out.push_str("    ");
            out.push_str(&line);
            out.push_str(",\n");
        }
        out.push('}');
    }
    Some(out)
}

/// Tokens as Rust is written: `a: "x"`, `A = "x"`, `a::b`, no space before `,` `:` `;`.
fn tokens_text(tokens: impl IntoIterator<Item = TokenTree>) -> String {
    let mut out = String::new();
    // No space before the next token: after a joint punctuation (`:` of `::`) and its second half.
    let mut glued = true;
    for tree in tokens {
        let tight = matches!(&tree, TokenTree::Punct(p) if matches!(p.as_char(), ',' | ':' | ';'));
        if !glued && !tight {
            out.push(' ');
        }
        glued = false;
        match &tree {
            TokenTree::Punct(p) => {
                out.push(p.as_char());
                glued = p.spacing() == Spacing::Joint || (p.as_char() == ':' && out.ends_with("::"));
            }
            other => out.push_str(&other.to_string()),
        }
    }
    out
}

/// Wraps `///` lines longer than [`WIDTH`] at spaces, as a paragraph of Markdown reads the same
/// whatever its line breaks. Never inside a code block or a table, and never where the next line
/// would start something else in Markdown (a list item, a heading, a quote, a fence, HTML) or
/// where a line would end in `\` (a hard break).
fn wrap_doc_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut in_code = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent = &body[..body.len() - body.trim_start().len()];
        let Some(content) = body.trim_start().strip_prefix("///") else {
            in_code = false;
            out.push_str(line);
            continue;
        };
        let markdown = content.strip_prefix(' ').unwrap_or(content);
        let trimmed = markdown.trim_start();
        let fence = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        in_code ^= fence;
        let prose = !in_code && !fence && !markdown.starts_with("    ") && !trimmed.starts_with('|');
        if !prose || content.len() == markdown.len() || width(body) <= WIDTH {
            out.push_str(line);
            continue;
        }
        let prefix = format!("{indent}/// ");
        let room = WIDTH.saturating_sub(width(&prefix));
        for piece in wrap(markdown, room) {
            out.push_str(&prefix);
            out.push_str(piece);
            out.push('\n');
        }
    }
    out
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// `text` cut at runs of spaces into pieces of at most `room` characters where it can be (a
/// longer word stays whole), never at a cut [`breakable`] refuses nor inside a code span (a
/// line break there would read as a space, but a reviewer reads code spans whole).
fn wrap(text: &str, room: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut from = 0;
    while width(&text[from..]) > room {
        // The last cut that fits, else (a word longer than the room) the first there is.
        let (mut fits, mut first) = (None, None);
        for (start, end) in space_runs(&text[from..]).map(|(s, e)| (from + s, from + e)) {
            let in_code_span = text[..start].matches('`').count() % 2 == 1;
            if start == from || in_code_span || !breakable(&text[..start], &text[end..]) {
                continue;
            }
            first = first.or(Some((start, end)));
            if width(&text[from..start]) > room {
                break;
            }
            fits = Some((start, end));
        }
        let Some((start, end)) = fits.or(first) else { break };
        pieces.push(&text[from..start]);
        from = end;
    }
    pieces.push(&text[from..]);
    pieces
}

/// The byte ranges of the runs of spaces in `text` (not at its end).
fn space_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && bytes[at] != b' ' {
            at += 1;
        }
        let start = at;
        while at < bytes.len() && bytes[at] == b' ' {
            at += 1;
        }
        (start < at && at < bytes.len()).then_some((start, at))
    })
}

/// Whether a line may end after `before` and the next begin with `after` without changing what
/// Markdown makes of the paragraph.
fn breakable(before: &str, after: &str) -> bool {
    if before.ends_with('\\') {
        return false;
    }
    // `<https://…>` is a link, no HTML: a line may start with it.
    let html = after.starts_with('<') && !after.starts_with("<http");
    let starts_block = html
        || after.starts_with(['-', '+', '*', '#', '>', '=', '|', '~', '['])
        || after.starts_with("```")
        || after
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', ')'])
            && after.starts_with(|c: char| c.is_ascii_digit());
    !starts_block
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macro_bodies_get_one_entry_per_line() {
        let tokens: TokenStream = r#"Name = "spec.name" { a: "x", r#type: "type, or: not" }"#.parse().unwrap();
        assert_eq!(
            macro_body(&tokens).unwrap(),
            "Name = \"spec.name\" {\n    a: \"x\",\n    r#type: \"type, or: not\",\n}"
        );
        let empty: TokenStream = r#"Name = "n" {}"#.parse().unwrap();
        assert_eq!(macro_body(&empty).unwrap(), "Name = \"n\" {}");
        assert_eq!(macro_body(&"a, b".parse().unwrap()), None);
        assert_eq!(
            tokens_text("a::b :: c, d".parse::<TokenStream>().unwrap()),
            "a::b::c, d"
        );
    }

    #[test]
    fn items_and_impl_members_are_separated_by_a_blank_line() {
        let file: syn::File = syn::parse_str(
            "use a::b; /// Doc.\n#[cfg(x)] crate::model!(A = \"a\" { b: \"b\" }); impl A { type T = u8; fn f() {} /// g;\n fn g() {} }",
        )
        .unwrap();
        assert_eq!(
            unparse(file),
            "use a::b;\n\n/// Doc.\n#[cfg(x)]\ncrate::model!(A = \"a\" {\n    b: \"b\",\n});\n\nimpl A {\n    type T = u8;\n\n    fn f() {}\n\n    /// g;\n    fn g() {}\n}\n"
        );
    }

    #[test]
    fn doc_comments_wrap_as_markdown_allows() {
        let long = format!("    /// {}\n", ["word"; 30].join(" "));
        let wrapped = wrap_doc_comments(&long);
        assert!(
            wrapped
                .lines()
                .all(|l| l.len() <= WIDTH && l.starts_with("    /// word")),
            "{wrapped}"
        );
        assert_eq!(wrapped.replace("\n    /// ", " "), long);
        // Never so that a line starts a list item or a heading, or ends in a hard break.
        let list = format!("/// {} - not a list {} 1. nor this", "a ".repeat(46), "b ".repeat(40));
        for line in wrap_doc_comments(&list).lines() {
            let text = line.trim_start_matches("/// ");
            assert!(!text.starts_with('-') && !text.starts_with("1."), "{line}");
        }
        // Code blocks and tables stay as written.
        let code = format!(
            "/// ```\n/// {}\n/// ```\n/// | {} |\n",
            "x ".repeat(60),
            "y ".repeat(60)
        );
        assert_eq!(wrap_doc_comments(&code), code);
    }
}
