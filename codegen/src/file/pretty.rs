//! prettyplease, plus the layout it does not give generated code (as rust-analyzer's codegen
//! fixes up its formatter's output): one macro-glue entry per line, tables in one fixed shape, a
//! blank line between items and between the members of an impl, and no line over [`WIDTH`]
//! (doc comments wrapped, macro heads broken, string literals continued). All of it is layout:
//! the values are the tokens', and rustc reads the compact text build.rs writes the same.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// No line of a formatted file is longer (in characters). Doc comments are wrapped where
/// Markdown allows, and a doc line or string literal no break may cut (a long URL or path) is
/// a string continued over lines (`"…\` + newline), which holds the same text.
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
/// prints macro bodies as a run of tokens, so adding one entry would reflow the whole body. A
/// `static` table (`&[…]`) gets one entry per line in a fixed shape (see [`table`]).
fn item(mut item: syn::Item) -> String {
    let members = matches!(item, syn::Item::Impl(_) | syn::Item::Trait(_));
    let placeholder = || proc_macro2::Ident::new(PLACEHOLDER, proc_macro2::Span::call_site());
    let body = match &mut item {
        syn::Item::Macro(m) => macro_body(&m.mac.tokens).inspect(|_| {
            m.mac.tokens = TokenTree::Ident(placeholder()).into();
        }),
        syn::Item::Static(s) => table_elements(&mut s.expr).map(|elements| {
            let placeholder = placeholder();
            Replacement::Table(std::mem::replace(elements, syn::parse_quote!(#placeholder)))
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
        Some(body) => {
            let at = text.find(PLACEHOLDER).unwrap_or(0);
            let line_start = text[..at].rfind('\n').map_or(0, |nl| nl + 1);
            text.replacen(PLACEHOLDER, &body.text(&text[line_start..at]), 1)
        }
        None if members => separate_members(&text),
        None => text,
    }
}

/// What stands in for [`PLACEHOLDER`] once prettyplease has printed the item around it.
enum Replacement {
    Macro(MacroBody),
    Table(syn::Expr),
}

impl Replacement {
    /// The text, for a placeholder that `before` precedes on its line.
    fn text(&self, before: &str) -> String {
        match self {
            Replacement::Macro(body) => body.text(width(before)),
            Replacement::Table(array) => table(array, &before[..before.len() - before.trim_start().len()]),
        }
    }
}

/// The array of a `static` whose value is `&[…]` or `{ use …; &[…] }`.
fn table_elements(expr: &mut syn::Expr) -> Option<&mut syn::Expr> {
    match expr {
        syn::Expr::Block(block) => match block.block.stmts.last_mut()? {
            syn::Stmt::Expr(last, None) => table_elements(last),
            _ => None,
        },
        syn::Expr::Reference(reference) if matches!(*reference.expr, syn::Expr::Array(_)) => Some(&mut reference.expr),
        _ => None,
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

/// A macro body `Head { a: "x", b: "y" }`, split into its head and its entries.
#[derive(Debug, PartialEq)]
struct MacroBody {
    /// `Name = "spec"`: the tokens before the `=`, and the rest (empty without a `=`).
    head: (String, String),
    entries: Vec<String>,
}

impl MacroBody {
    /// `Head {` + one `a: "x",` line per entry + `}`, for a body that starts `column` characters
    /// into its line. A head too wide for that line is broken after its `=`, its value on the
    /// next line indented once.
    fn text(&self, column: usize) -> String {
        let (name, value) = &self.head;
        let mut out = name.clone();
        if !value.is_empty() {
            let one_line = column + width(name) + " = ".len() + width(value) + " {".len();
            out.push_str(if one_line > WIDTH { " =\n    " } else { " = " });
            out.push_str(value);
        }
        if self.entries.is_empty() {
            out.push_str(" {}");
            return out;
        }
        out.push_str(" {\n");
        for entry in &self.entries {
            out.push_str("    ");
            out.push_str(entry);
            out.push_str(",\n");
        }
        out.push('}');
        out
    }
}

/// The head and entries of `Head { a: "x", b: "y" }`; `None` for any other shape (left to
/// prettyplease).
fn macro_body(tokens: &TokenStream) -> Option<Replacement> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let (TokenTree::Group(entries), head) = trees.split_last()? else {
        return None;
    };
    if entries.delimiter() != Delimiter::Brace || head.is_empty() {
        return None;
    }
    let equals = head
        .iter()
        .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '=' && p.spacing() == Spacing::Alone));
    let head = match equals {
        Some(at) => (
            tokens_text(head[..at].iter().cloned()),
            tokens_text(head[at + 1..].iter().cloned()),
        ),
        None => (tokens_text(head.iter().cloned()), String::new()),
    };
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
    Some(Replacement::Macro(MacroBody { head, entries: lines }))
}

/// A table's array in a fixed shape, whatever the length of its names, so that adding,
/// removing or renaming an entry changes that entry's lines only: one element per line block
/// (its attributes on lines of their own), a call with one argument per line and each chained
/// method call on a line of its own, an array argument with one element per line, and a string
/// literal too wide for its line continued on the next (see [`string_lines`]).
fn table(array: &syn::Expr, indent: &str) -> String {
    let tokens: Vec<TokenTree> = quote::ToTokens::to_token_stream(array).into_iter().collect();
    let mut out = String::new();
    argument(&tokens, indent, &mut out);
    out
}

/// An entry of a table: a call laid out one argument per line; anything else as an argument.
fn entry(tokens: &[TokenTree], indent: &str, out: &mut String) {
    let Some(args_at) = tokens
        .iter()
        .position(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis))
    else {
        return argument(tokens, indent, out);
    };
    out.push_str(&inline_text(&tokens[..args_at]));
    let mut rest = &tokens[args_at..];
    while let [TokenTree::Group(args), tail @ ..] = rest {
        let inner = format!("{indent}    ");
        out.push('(');
        for arg in split_commas(args.stream()) {
            out.push('\n');
            out.push_str(&inner);
            argument(&arg, &inner, out);
            out.push(',');
        }
        out.push('\n');
        out.push_str(indent);
        out.push(')');
        // `.method(…)` chained on: on a line of its own.
        match tail {
            [TokenTree::Punct(dot), TokenTree::Ident(method), next @ ..]
                if dot.as_char() == '.'
                    && matches!(next.first(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis) =>
            {
                out.push('\n');
                out.push_str(indent);
                out.push('.');
                out.push_str(&method.to_string());
                rest = next;
            }
            _ => {
                out.push_str(&inline_text(tail));
                return;
            }
        }
    }
}

/// An argument of a table's call, or an element of its array: an array (`[…]`, `&[…]`) one
/// element per line, a string literal continued where too wide, anything else on one line.
fn argument(tokens: &[TokenTree], indent: &str, out: &mut String) {
    match tokens {
        [TokenTree::Punct(amp), array @ TokenTree::Group(_)] if amp.as_char() == '&' => {
            out.push('&');
            argument(std::slice::from_ref(array), indent, out);
        }
        [TokenTree::Group(array)] if array.delimiter() == Delimiter::Bracket => {
            let elements = split_commas(array.stream());
            if elements.is_empty() {
                out.push_str("[]");
                return;
            }
            let inner = format!("{indent}    ");
            out.push('[');
            for element in elements {
                let mut element = element.as_slice();
                out.push('\n');
                out.push_str(&inner);
                while let [TokenTree::Punct(hash), attr @ TokenTree::Group(_), after @ ..] = element {
                    if hash.as_char() != '#' {
                        break;
                    }
                    out.push('#');
                    out.push_str(&inline_text(std::slice::from_ref(attr)));
                    out.push('\n');
                    out.push_str(&inner);
                    element = after;
                }
                entry(element, &inner, out);
                out.push(',');
            }
            out.push('\n');
            out.push_str(indent);
            out.push(']');
        }
        [TokenTree::Literal(literal)] => {
            let text = literal.to_string();
            // The `,` after it counts.
            let column = width(indent);
            out.push_str(&string_lines(&text, column, ",".len()).join(&format!("\n{indent} ")));
        }
        other => out.push_str(&inline_text(other)),
    }
}

/// The comma-separated parts of a token stream (a trailing comma ends the last).
fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut parts = vec![Vec::new()];
    for tree in tokens {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => parts.push(Vec::new()),
            _ => parts.last_mut().expect("one part at least").push(tree),
        }
    }
    parts.retain(|part| !part.is_empty());
    parts
}

/// Tokens of an expression or attribute on one line, as Rust is written: `a::b::<C>(x, &[y])`,
/// `cfg(feature = "x")`.
fn inline_text(tokens: &[TokenTree]) -> String {
    let mut out = String::new();
    let mut previous: Option<&TokenTree> = None;
    for tree in tokens {
        let tight_before = match tree {
            TokenTree::Punct(p) => matches!(p.as_char(), ',' | ';' | '.' | ':' | '<' | '>' | '!'),
            TokenTree::Group(g) => {
                g.delimiter() != Delimiter::Brace
                    && previous
                        .is_some_and(|p| !matches!(p, TokenTree::Punct(p) if p.as_char() == '=' || p.as_char() == ','))
            }
            _ => false,
        };
        let tight_after = previous.is_some_and(
            |p| matches!(p, TokenTree::Punct(p) if matches!(p.as_char(), ':' | '<' | '&' | '.' | '#' | '!')),
        );
        if previous.is_some() && !tight_before && !tight_after {
            out.push(' ');
        }
        match tree {
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                out.push_str(&inline_text(&g.stream().into_iter().collect::<Vec<_>>()));
                out.push_str(close);
            }
            other => out.push_str(&other.to_string()),
        }
        previous = Some(tree);
    }
    out
}

/// The source text of a string literal (`"…"`, escaped) that starts `column` characters into
/// its line and is followed by `after` more characters, as lines of at most [`WIDTH`]: each line
/// but the last ends in `\`, which continues the string on the next (the next line's leading
/// spaces are not part of it). Lines are cut after a `/` or a space where one fits, never before
/// a space (it would be lost) nor inside an escape. A raw string stays whole.
fn string_lines(literal: &str, column: usize, after: usize) -> Vec<String> {
    if !literal.starts_with('"') || column + width(literal) + after <= WIDTH {
        return vec![literal.to_string()];
    }
    // The literal's characters, an escape (`\n`, `\u{200B}`) as one unit.
    let mut units: Vec<&str> = Vec::new();
    let mut at = 0;
    while at < literal.len() {
        let rest = &literal[at..];
        let len = match rest.strip_prefix('\\') {
            Some(escaped) if escaped.starts_with("u{") => 1 + escaped.find('}').map_or(escaped.len(), |e| e + 1),
            Some(escaped) => 1 + escaped.chars().next().map_or(0, char::len_utf8),
            None => rest.chars().next().map_or(1, char::len_utf8),
        };
        units.push(&rest[..len]);
        at += len;
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    // Continuation lines start one column in, under the first character of the string.
    let mut room = WIDTH.saturating_sub(column + 1);
    let mut start = 0;
    while start < units.len() {
        let remaining: usize = units[start..].iter().map(|u| width(u)).sum();
        if remaining + after <= room + 1 {
            line.extend(units[start..].iter().copied());
            lines.push(std::mem::take(&mut line));
            break;
        }
        // The last good cut within the room (before the `\`), else any cut there.
        let mut used = 0;
        let (mut best, mut any) = (None, None);
        for (i, unit) in units.iter().enumerate().skip(start) {
            used += width(unit);
            if used > room || i + 1 >= units.len() {
                break;
            }
            if units[i + 1].starts_with(char::is_whitespace) {
                continue;
            }
            any = Some(i + 1);
            if matches!(*unit, "/" | " ") {
                best = Some(i + 1);
            }
        }
        let Some(cut) = best.or(any).filter(|&cut| cut > start) else {
            line.extend(units[start..].iter().copied());
            lines.push(std::mem::take(&mut line));
            break;
        };
        line.extend(units[start..cut].iter().copied());
        line.push('\\');
        lines.push(std::mem::take(&mut line));
        start = cut;
        room = WIDTH.saturating_sub(column + 2);
    }
    lines
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
            doc_line(indent, content, &mut out);
            continue;
        }
        let room = WIDTH.saturating_sub(width(indent) + "/// ".len());
        for piece in wrap(markdown, room) {
            doc_line(indent, &format!(" {piece}"), &mut out);
        }
    }
    out
}

/// One line of documentation whose text is `value`: `///{value}` where it fits in [`WIDTH`],
/// else (a long URL or code span, which no line break may cut) `#[doc = "{value}"]` with the
/// string continued over as many lines as it takes.
fn doc_line(indent: &str, value: &str, out: &mut String) {
    if width(indent) + "///".len() + width(value) <= WIDTH {
        out.push_str(&format!("{indent}///{value}\n"));
        return;
    }
    let literal = format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
    let prefix = format!("{indent}#[doc = ");
    let column = width(&prefix);
    let lines = string_lines(&literal, column, "]".len());
    out.push_str(&prefix);
    out.push_str(&lines.join(&format!("\n{} ", " ".repeat(column))));
    out.push_str("]\n");
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

    fn body_text(tokens: &str, column: usize) -> Option<String> {
        match macro_body(&tokens.parse().unwrap())? {
            Replacement::Macro(body) => Some(body.text(column)),
            Replacement::Table(_) => None,
        }
    }

    #[test]
    fn macro_bodies_get_one_entry_per_line() {
        assert_eq!(
            body_text(r#"Name = "spec.name" { a: "x", r#type: "type, or: not" }"#, 0).unwrap(),
            "Name = \"spec.name\" {\n    a: \"x\",\n    r#type: \"type, or: not\",\n}"
        );
        assert_eq!(body_text(r#"Name = "n" {}"#, 0).unwrap(), "Name = \"n\" {}");
        assert_eq!(body_text("a, b", 0), None);
        assert_eq!(
            tokens_text("a::b :: c, d".parse::<TokenStream>().unwrap()),
            "a::b::c, d"
        );
        // A head too wide for its line is broken after its `=`, whatever the entries.
        let long = format!("{} = \"{}\" {{ a: \"x\" }}", "N".repeat(50), "s".repeat(40));
        let text = body_text(&long, "crate::model!(".len()).unwrap();
        assert!(text.starts_with(&format!("{} =\n    \"", "N".repeat(50))), "{text}");
        assert!(text.lines().all(|line| "crate::model!(".len() + line.len() <= WIDTH));
    }

    #[test]
    fn tables_have_one_fixed_shape_whatever_the_widths() {
        let file: syn::File = syn::parse_str(&format!(
            "pub static T: &[E] = {{ use x::E as Op; &[Op::new::<super::A>(\"GET\", \"/a/{long}/b\", &[]) \
             .with_deprecation(\"gone soon\"), #[cfg(feature = \"f\")] Op::new::<super::B>(\"PUT\", \"/b\", &[\"x\", \"y\"])] }};",
            long = "segment/".repeat(14)
        ))
        .unwrap();
        let text = unparse(file);
        assert!(text.lines().all(|line| line.chars().count() <= WIDTH), "{text}");
        assert!(
            text.contains("    &[\n        Op::new::<super::A>(\n            \"GET\",\n            \"/a/segment/"),
            "{text}"
        );
        assert!(text.contains("/\\\n             segment/"), "{text}");
        assert!(
            text.contains(
                "            &[],\n        )\n        .with_deprecation(\n            \"gone soon\",\n        ),\n"
            ),
            "{text}"
        );
        assert!(text.contains(
            "        #[cfg(feature = \"f\")]\n        Op::new::<super::B>(\n            \"PUT\",\n            \"/b\",\n            &[\n                \"x\",\n                \"y\",\n            ],\n        ),\n    ]\n};\n"
        ), "{text}");
        // The continued literal is the same string.
        let reparsed: syn::File = syn::parse_str(&text).unwrap();
        let original = format!("/a/{}/b", "segment/".repeat(14));
        assert!(quote::ToTokens::to_token_stream(&reparsed).into_iter().count() > 0);
        assert!(text.replace("\\\n             ", "").contains(&original), "{text}");
    }

    #[test]
    fn doc_lines_no_break_can_cut_become_continued_doc_attributes() {
        let url = format!("<https://example.com/{}>", "path-".repeat(25));
        let text = wrap_doc_comments(&format!("    /// Docs:\n    /// {url}\n"));
        assert!(text.lines().all(|line| line.chars().count() <= WIDTH), "{text}");
        assert!(text.starts_with("    /// Docs:\n    #[doc = \" <https://"), "{text}");
        let file: syn::File = syn::parse_str(&format!("{text}fn f() {{}}")).unwrap();
        let syn::Item::Fn(f) = &file.items[0] else {
            panic!("{text}")
        };
        let syn::Meta::NameValue(doc) = &f.attrs[1].meta else {
            panic!("{text}")
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(value),
            ..
        }) = &doc.value
        else {
            panic!("{text}")
        };
        assert_eq!(value.value(), format!(" {url}"));
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
        // Code blocks and tables are never wrapped (a line too wide stays one doc line).
        let code = format!(
            "/// ```\n/// {}\n/// ```\n/// | {} |\n",
            "x ".repeat(60),
            "y ".repeat(60)
        );
        let kept = wrap_doc_comments(&code);
        let items = kept
            .lines()
            .filter(|l| l.starts_with("///") || l.starts_with("#[doc"))
            .count();
        assert_eq!(items, 4, "{kept}");
        assert!(kept.contains(&format!("#[doc = \" {}\\\n", "x ".repeat(44))), "{kept}");
    }
}
