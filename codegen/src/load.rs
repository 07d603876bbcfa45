//! Spec text → typed spec. YAML errors carry line and column.
//!
//! Parsing is the one stage that cannot be shared among threads by output file, and on a whole
//! upstream module it is a third of generation. When the text allows it (see [`split_in_two`])
//! the document is parsed as two valid YAML documents at once, cut between two entries of
//! `components/schemas`. Any doubt, or any error, and the whole text is parsed as one, so errors
//! always carry the document's own line numbers.

use crate::error::{Error, Result};
use crate::spec::{Components, Document, Ordered, Schema};
use serde::de::IgnoredAny;
use std::collections::BTreeSet;

/// Parses an OpenAPI document; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Document> {
    if let Some(doc) = split_in_two(text).and_then(|(head, tail)| parse_halves(head, &tail)) {
        return Ok(doc);
    }
    serde_yaml::from_str(text).map_err(|err| Error::yaml(file, &err))
}

/// Reads and parses an OpenAPI document from disk.
pub fn read(path: &std::path::Path) -> Result<Document> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(&path.display().to_string(), &text)
}

/// The second half: the rest of `components` and any top-level key after it, none of which may
/// be one the first half holds (the whole text would have had a duplicate key).
struct Tail {
    openapi: Option<IgnoredAny>,
    info: Option<IgnoredAny>,
    servers: Option<IgnoredAny>,
    paths: Option<IgnoredAny>,
    components: Components,
}
crate::spec::deserialize_struct!(Tail {
    openapi: "openapi",
    info: "info",
    servers: "servers",
    paths: "paths",
    components: "components" required,
});

/// Both halves at once; `None` on any error or disagreement (the caller parses the whole text).
fn parse_halves(head: &str, tail: &str) -> Option<Document> {
    let (doc, tail) = std::thread::scope(|scope| {
        let tail = scope.spawn(|| serde_yaml::from_str::<Tail>(tail));
        (serde_yaml::from_str::<Document>(head), tail.join())
    });
    let (mut doc, tail) = (doc.ok()?, tail.ok()?.ok()?);
    if tail.openapi.is_some() || tail.info.is_some() || tail.servers.is_some() || tail.paths.is_some() {
        return None;
    }
    let Components {
        schemas: Ordered(more),
        responses,
        parameters,
        request_bodies,
    } = tail.components;
    let first: BTreeSet<&str> = doc.components.schemas.0.iter().map(|(k, _)| k.as_str()).collect();
    if more.iter().any(|(k, _)| first.contains(k.as_str())) {
        return None;
    }
    let schemas: &mut Vec<(String, Schema)> = &mut doc.components.schemas.0;
    schemas.extend(more);
    doc.components.responses = responses;
    doc.components.parameters = parameters;
    doc.components.request_bodies = request_bodies;
    Some(doc)
}

/// Cuts a block-mapping document in two valid YAML documents near its middle, between two
/// entries of `components/schemas`: the text up to the cut, and `components:` + `  schemas:`
/// followed by the text after it. YAML requires everything inside an entry, multi-line scalars
/// included, to be indented deeper than its key, so a line at a key's indentation starts the
/// next key. `None` when the cut could change the meaning: not exactly one top-level
/// `components` key, `schemas` not its first entry, document markers or directives, or anything
/// that may be an anchor, an alias or a tag (they may refer across the cut).
pub fn split_in_two(text: &str) -> Option<(&str, String)> {
    if may_have_anchor_or_alias(text) {
        return None;
    }
    let mut components = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        match line.bytes().next() {
            None | Some(b' ' | b'\t' | b'\r' | b'\n' | b'#') => {}
            // A sequence may sit at the column of its key (`servers:` then `- url: …`).
            Some(b'-') if !line.starts_with("---") => {}
            Some(b'-' | b'.' | b'%' | b'?') => return None,
            Some(_) => {
                let key = line.trim_start_matches(['"', '\'']);
                if key.starts_with("components") {
                    if components.is_some() || !line.starts_with("components:") || line.trim_end() != "components:" {
                        return None;
                    }
                    components = Some(offset + line.len());
                }
            }
        }
        offset += line.len();
    }
    // The lines of `components`, with their offsets, up to the next top-level key.
    let body = components?;
    let mut lines = Vec::new();
    let mut offset = body;
    for line in text[body..].split_inclusive('\n') {
        if !line.starts_with([' ', '\t', '\r', '\n', '#']) {
            break;
        }
        lines.push((offset, line));
        offset += line.len();
    }
    let content = |line: &str| !line.trim().is_empty() && !line.trim_start().starts_with('#');
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let mut significant = lines.iter().filter(|(_, line)| content(line));
    let &(_, schemas_line) = significant.next()?;
    let key_indent = indent(schemas_line);
    if key_indent == 0 || schemas_line.trim_end() != format!("{}schemas:", " ".repeat(key_indent)) {
        return None;
    }
    let entry_indent = significant.next().map(|(_, line)| indent(line))?;
    if entry_indent <= key_indent {
        return None;
    }
    // Entry starts, up to the first line back at the indentation of `schemas` (its sibling).
    let entries: Vec<usize> = significant
        .take_while(|(_, line)| indent(line) > key_indent)
        .filter(|(_, line)| indent(line) == entry_indent)
        .map(|&(at, _)| at)
        .collect();
    let middle = text.len() / 2;
    let cut = *entries.iter().min_by_key(|&&at| at.abs_diff(middle))?;
    let tail = format!("components:\n{}schemas:\n{}", " ".repeat(key_indent), &text[cut..]);
    Some((&text[..cut], tail))
}

/// Whether `&`, `*` or `!` may start a node (`&anchor`, `*alias`, or a `!tag` an anchor may
/// follow): followed by a non-space, and where a node can start — first on a line, after `: `,
/// `- ` or `? `, or after `[`, `{` or `,`. Prose like `Q&A`, `a * b` or Markdown's
/// `to **create**` does not count; a false alarm only costs the parallel parse.
fn may_have_anchor_or_alias(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        if !matches!(b, b'&' | b'*' | b'!') || bytes.get(i + 1).is_none_or(|next| next.is_ascii_whitespace()) {
            return false;
        }
        let before = bytes[..i].iter().rposition(|&c| c != b' ' && c != b'\t');
        match before {
            None => true,
            Some(j) => match bytes[j] {
                b'\n' | b'\r' | b'[' | b'{' | b',' => true,
                b':' | b'-' | b'?' => j + 1 < i,
                _ => false,
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "openapi: 3.0.1\ninfo:\n  title: t\n  version: v1\npaths: {}\ncomponents:\n  schemas:\n    a:\n      type: string\n      description: \"two\n        lines\"\n    # a comment\n    b:\n      type: integer\n    c:\n      type: boolean\n  responses:\n    r:\n      description: ok\nsecurity:\n  - x: []\n";

    fn whole(text: &str) -> Document {
        serde_yaml::from_str(text).expect("parses")
    }

    #[test]
    fn cuts_between_two_schemas() {
        let (head, tail) = split_in_two(DOC).expect("splits");
        assert!(
            head.ends_with("    # a comment\n") || head.ends_with("      type: integer\n"),
            "{head}"
        );
        assert!(tail.starts_with("components:\n  schemas:\n    "), "{tail}");
        assert!(tail.ends_with("security:\n  - x: []\n"), "{tail}");
        let halves = parse("d.yaml", DOC).expect("parses");
        assert_eq!(format!("{halves:?}"), format!("{:?}", whole(DOC)));
        let names: Vec<&str> = halves.components.schemas.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert_eq!(halves.components.responses.len(), 1);
    }

    #[test]
    fn does_not_cut_when_the_cut_could_change_the_meaning() {
        let anchored = DOC.replace("type: string", "type: &t string");
        let aliased = DOC.replace("type: integer", "type: *t");
        let tagged = DOC.replace("type: string", "type: !!str string");
        let keyed = DOC.replace("    b:\n", "    ? &k b\n    :\n");
        let twice = format!("{DOC}\"components\":\n  schemas: {{}}\n");
        let marker = format!("---\n{DOC}");
        let none = DOC.replace("components:", "elements:");
        let not_first = DOC.replace("  schemas:", "  examples: {}\n  schemas:");
        for text in [&anchored, &aliased, &tagged, &keyed, &twice, &marker, &none, &not_first] {
            assert!(split_in_two(text).is_none(), "{text}");
        }
        assert!(split_in_two(&DOC.replace("title: t", "title: Q&A * to **b**")).is_some());
    }

    #[test]
    fn disagreements_and_errors_fall_back_to_the_whole_text() {
        let broken = DOC.replace("      type: integer\n", "      type: [integer\n");
        match parse("d.yaml", &broken) {
            Err(Error::Yaml { line, .. }) => assert!(line >= 13, "line {line}"),
            other => panic!("{other:?}"),
        }
        // A key of the first half repeated after `components`: the whole text's error.
        let paths_twice = format!("{DOC}paths: {{}}\n");
        assert!(split_in_two(&paths_twice).is_some());
        assert!(parse("d.yaml", &paths_twice).is_err());
        // The same schema in both halves: the whole text's duplicate-key error.
        let schema_twice = DOC.replace("    c:\n", "    a:\n");
        assert!(parse("d.yaml", &schema_twice).is_err());
    }
}
