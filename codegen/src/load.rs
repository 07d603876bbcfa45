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
    check_limits(file, text)?;
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

/// Collections nested deeper than this (flow and block together) are refused before parsing.
/// Graph's documents reach 12; serde_yaml gives up at 128, but only after libyaml has scanned the
/// whole text, in time quadratic in the depth.
pub const MAX_NESTING: usize = 64;

/// Refuses, before the YAML parser sees it, what would make parsing slow out of proportion to the
/// text: collections nested deeper than [`MAX_NESTING`], and an alias (`*name`) of anything but a
/// scalar anchor, which repeats a whole collection each time it appears, so a few lines of them
/// expand a billionfold. Graph's documents use no anchor at all.
///
/// A linear scan that follows just enough of YAML's syntax to tell structure from text: quoted
/// and block scalars, comments, multi-line plain scalars, flow and block collections. Where it
/// is unsure it counts more nesting, never less; anything it passes, the parser still checks.
pub fn check_limits(file: &str, text: &str) -> Result<()> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        line_start: 0,
        flow: 0,
        block: Vec::new(),
        anchors: std::collections::HashMap::new(),
    };
    scan.run().map_err(|(line, column, message)| Error::Yaml {
        file: file.to_string(),
        line,
        column,
        message,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Mapping,
    Sequence,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Anchored {
    Scalar,
    Collection,
}

/// Line, column (both from 1) and message.
type Refusal = (usize, usize, String);

struct Scan<'t> {
    bytes: &'t [u8],
    at: usize,
    line: usize,
    line_start: usize,
    /// Open `[` and `{`.
    flow: usize,
    /// Open block collections: column and kind.
    block: Vec<(usize, Block)>,
    anchors: std::collections::HashMap<&'t [u8], Anchored>,
}

fn is_blank(b: Option<&u8>) -> bool {
    matches!(b, None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

fn is_flow_indicator(b: Option<&u8>) -> bool {
    matches!(b, Some(b',' | b'[' | b']' | b'{' | b'}'))
}

impl<'t> Scan<'t> {
    fn peek(&self, offset: usize) -> Option<&u8> {
        self.bytes.get(self.at + offset)
    }

    /// Column from 0, as indentation counts.
    fn column(&self, at: usize) -> usize {
        at - self.line_start
    }

    fn refuse(&self, at: usize, message: String) -> Refusal {
        (self.line, self.column(at) + 1, message)
    }

    fn depth_check(&self, at: usize) -> Result<(), Refusal> {
        if self.flow + self.block.len() > MAX_NESTING {
            return Err(self.refuse(
                at,
                format!("collections nested deeper than {MAX_NESTING} levels (refused before parsing)"),
            ));
        }
        Ok(())
    }

    /// A block collection of `kind` at `column` (a key or a `- ` there).
    fn block_node(&mut self, column: usize, kind: Block) -> Result<(), Refusal> {
        // A key at the column of a sequence entered without indentation (`key:` then `- a`) ends it.
        if kind == Block::Mapping && self.block.last() == Some(&(column, Block::Sequence)) {
            self.block.pop();
        }
        match self.block.last() {
            Some(&(top, top_kind))
                if top > column || (top == column && (top_kind == kind || kind == Block::Mapping)) =>
            {
                Ok(())
            }
            _ => {
                self.block.push((column, kind));
                self.depth_check(self.at)
            }
        }
    }

    fn new_line(&mut self) {
        self.line += 1;
        self.line_start = self.at;
    }

    /// Skips to the end of the line (not past its `\n`).
    fn skip_line(&mut self) {
        while self.peek(0).is_some_and(|&b| b != b'\n') {
            self.at += 1;
        }
    }

    /// Skips a quoted scalar that starts at `self.at`, across lines.
    fn skip_quoted(&mut self) {
        let quote = self.bytes[self.at];
        self.at += 1;
        while let Some(&b) = self.peek(0) {
            self.at += 1;
            match b {
                b'\n' => self.new_line(),
                b'\\' if quote == b'"' => {
                    if self.peek(0) == Some(&b'\n') {
                        self.at += 1;
                        self.new_line();
                    } else {
                        self.at += 1;
                    }
                }
                b'\'' if quote == b'\'' && self.peek(0) == Some(&b'\'') => self.at += 1,
                _ if b == quote => return,
                _ => {}
            }
        }
    }

    /// Skips a block scalar (`|` or `>` at `self.at`): its header line, then every line that is
    /// blank or indented deeper than the collection holding it.
    fn skip_block_scalar(&mut self) {
        let parent = self.block.last().map(|&(column, _)| column);
        self.skip_line();
        while self.peek(0) == Some(&b'\n') {
            let start = self.at + 1;
            let rest = &self.bytes[start..];
            let indent = rest.iter().take_while(|&&b| b == b' ').count();
            let blank = is_blank(rest.iter().find(|&&b| b != b' ' && b != b'\t'));
            if !blank && parent.is_some_and(|column| indent <= column) {
                return;
            }
            self.at = start;
            self.new_line();
            self.skip_line();
        }
    }

    /// The name after `&` or `*` at `self.at`.
    fn name(&mut self) -> &'t [u8] {
        let start = self.at + 1;
        let mut end = start;
        while !is_blank(self.bytes.get(end)) && !is_flow_indicator(self.bytes.get(end)) {
            end += 1;
        }
        self.at = end;
        &self.bytes[start..end]
    }

    /// What the anchor just read names: a collection when a `[`, `{` or the end of the line
    /// (a block collection below) follows, else a scalar.
    fn anchored(&self) -> Anchored {
        let mut at = self.at;
        let skip_blanks = |mut at: usize| {
            while matches!(self.bytes.get(at), Some(b' ' | b'\t')) {
                at += 1;
            }
            at
        };
        at = skip_blanks(at);
        if self.bytes.get(at) == Some(&b'!') {
            while !is_blank(self.bytes.get(at)) {
                at += 1;
            }
            at = skip_blanks(at);
        }
        match self.bytes.get(at) {
            None | Some(b'\r' | b'\n' | b'#' | b'[' | b'{' | b'-' | b'?' | b'&' | b'*') => Anchored::Collection,
            Some(_) => Anchored::Scalar,
        }
    }

    fn run(&mut self) -> Result<(), Refusal> {
        let len = self.bytes.len();
        // At a position where a node may start (not inside a plain scalar).
        let mut expect_node = true;
        // Column of the scalar being read (a key, if `: ` follows it in a block).
        let mut node_column = 0;
        // Inside a plain scalar in a block, which may go on over the next lines.
        let mut in_plain = false;
        let mut at_line_start = true;
        while self.at < len {
            if at_line_start {
                at_line_start = false;
                let rest = &self.bytes[self.at..];
                let indent = rest.iter().take_while(|&&b| b == b' ').count();
                let first = rest.get(indent);
                let content = rest.iter().find(|&&b| b != b' ' && b != b'\t');
                if is_blank(content) || content == Some(&b'#') {
                    self.skip_line();
                    continue;
                }
                if self.flow == 0 {
                    let marker =
                        indent == 0 && (rest.starts_with(b"---") || rest.starts_with(b"...")) && is_blank(rest.get(3));
                    if marker {
                        self.block.clear();
                        in_plain = false;
                        expect_node = true;
                        self.at += 3;
                        continue;
                    }
                    if indent == 0 && first == Some(&b'%') {
                        self.skip_line();
                        continue;
                    }
                    // A line indented deeper than the collection holding a plain scalar goes on with it.
                    let continues = in_plain && self.block.last().is_some_and(|&(column, _)| indent > column);
                    if !continues {
                        while self.block.last().is_some_and(|&(column, _)| column > indent) {
                            self.block.pop();
                        }
                        in_plain = false;
                        expect_node = true;
                    }
                }
                self.at += indent;
                continue;
            }
            let at = self.at;
            let b = self.bytes[at];
            let next = self.bytes.get(at + 1);
            match b {
                b'\n' => {
                    self.at += 1;
                    self.new_line();
                    at_line_start = true;
                    continue;
                }
                b' ' | b'\t' | b'\r' => {
                    self.at += 1;
                    continue;
                }
                b'#' if at == self.line_start || matches!(self.bytes[at - 1], b' ' | b'\t') => {
                    self.skip_line();
                    continue;
                }
                _ => {}
            }
            let column = self.column(at);
            if self.flow > 0 {
                match b {
                    b'[' | b'{' => {
                        self.flow += 1;
                        self.depth_check(at)?;
                        expect_node = true;
                        in_plain = false;
                    }
                    b']' | b'}' => {
                        self.flow -= 1;
                        expect_node = false;
                        in_plain = false;
                    }
                    b',' => {
                        expect_node = true;
                        in_plain = false;
                    }
                    // libyaml: `:` is an indicator where a token starts, or ending a plain scalar.
                    b':' if !in_plain || is_blank(next) || is_flow_indicator(next) => {
                        expect_node = true;
                        in_plain = false;
                    }
                    b'?' if expect_node && is_blank(next) => {}
                    b'"' | b'\'' if expect_node => {
                        self.skip_quoted();
                        expect_node = false;
                        continue;
                    }
                    b'&' | b'*' | b'!' if expect_node => {
                        self.properties(b)?;
                        expect_node = b != b'*';
                        continue;
                    }
                    _ => {
                        in_plain |= expect_node;
                        expect_node = false;
                    }
                }
                if self.flow == 0 {
                    // Back in the block: what follows the collection on this line is no plain scalar.
                    in_plain = false;
                }
                self.at += 1;
                continue;
            }
            if !expect_node {
                // Inside a plain scalar, or after a quoted one or an alias: only `: ` means more.
                if b == b':' && is_blank(next) {
                    self.block_node(node_column, Block::Mapping)?;
                    expect_node = true;
                    in_plain = false;
                }
                self.at += 1;
                continue;
            }
            match b {
                b'-' | b'?' if is_blank(next) => {
                    self.block_node(column, if b == b'-' { Block::Sequence } else { Block::Mapping })?;
                }
                b':' if is_blank(next) => {}
                b'[' | b'{' => {
                    self.flow += 1;
                    self.depth_check(at)?;
                }
                b'"' | b'\'' => {
                    node_column = column;
                    self.skip_quoted();
                    expect_node = false;
                    continue;
                }
                b'|' | b'>' => {
                    self.skip_block_scalar();
                    continue;
                }
                b'&' | b'*' | b'!' => {
                    node_column = column;
                    self.properties(b)?;
                    expect_node = b != b'*';
                    in_plain = false;
                    continue;
                }
                _ => {
                    node_column = column;
                    expect_node = false;
                    in_plain = true;
                }
            }
            self.at += 1;
        }
        Ok(())
    }

    /// An anchor, an alias or a tag at `self.at` (`indicator`); an alias must name a scalar anchor.
    fn properties(&mut self, indicator: u8) -> Result<(), Refusal> {
        let at = self.at;
        let name = self.name();
        match indicator {
            b'&' => {
                let kind = self.anchored();
                self.anchors.insert(name, kind);
            }
            b'*' if self.anchors.get(name) != Some(&Anchored::Scalar) => {
                return Err(self.refuse(
                    at,
                    format!(
                        "alias *{}: only aliases of scalars are accepted, since each alias of a collection repeats all of it (refused before parsing)",
                        String::from_utf8_lossy(name)
                    ),
                ));
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "openapi: 3.0.1\ninfo:\n  title: t\n  version: v1\npaths: {}\ncomponents:\n  schemas:\n    a:\n      type: string\n      description: \"two\n        lines\"\n    # a comment\n    b:\n      type: integer\n    c:\n      type: boolean\n  responses:\n    r:\n      description: ok\nsecurity:\n  - x: []\n";

    fn whole(text: &str) -> Document {
        serde_yaml::from_str(text).expect("parses")
    }

    #[test]
    fn the_pre_scan_tells_text_from_structure() {
        let deep = "[".repeat(MAX_NESTING + 1);
        let refused = |text: &str| check_limits("t.yaml", text).err().map(|e| e.to_string());
        // Text that looks like structure is none.
        for text in [
            format!("a: \"{deep}\"\nb: '{deep} it''s'\n"),
            format!("a: |\n  {deep}\n  *x\n\n  &y [\nb: 1\n"),
            format!("a: plain {deep} *x\n  continued {deep} *y\n"),
            format!("a: 1 # {deep} *x\n# {deep}\n"),
            "a: &s scalar\nb: *s\nc: [x, *s]\n".to_string(),
        ] {
            assert_eq!(refused(&text), None, "{text}");
        }
        // Structure after text is still counted: after a block scalar, in a flow collection over
        // lines (tabs may separate there), after a quoted key or a closed quote.
        for (text, line) in [
            (format!("a: |\n  text\nb: {deep}\n"), 3),
            (format!("a: [\n\t{deep}\n"), 2),
            (format!("\"k\": {deep}\n"), 1),
            (format!("a: 'x''y' \nb: \"q\\\"\" \nc: {deep}\n"), 3),
            ("a: &c [1]\nb: *c\n".to_string(), 2),
            ("b: *unknown\n".to_string(), 1),
        ] {
            let message = refused(&text).unwrap_or_else(|| panic!("not refused: {text}"));
            assert!(
                message.starts_with(&format!("t.yaml: line {line}, ")),
                "{text}: {message}"
            );
        }
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
