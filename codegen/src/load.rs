//! Spec text → typed spec. YAML errors carry line and column.
//!
//! Paths and components come out sorted by path and key ([`Document::sort_by_name`]): Microsoft
//! regenerates its documents and moves them, and nothing generated may follow where they stood.
//!
//! One serde_yaml parse of the whole text, after a linear pre-scan ([`check_limits`]), on one
//! thread: build scripts run unoptimized beside a build that already keeps every core busy.

use crate::error::{Error, Result};
use crate::spec::Document;

/// Parses an OpenAPI document; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Document> {
    check_limits(file, text)?;
    let mut doc: Document = serde_yaml::from_str(text).map_err(|err| Error::yaml(file, &err))?;
    doc.sort_by_name();
    Ok(doc)
}

/// Reads and parses an OpenAPI document from disk.
pub fn read(path: &std::path::Path) -> Result<Document> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(&path.display().to_string(), &text)
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
    fn errors_carry_the_documents_line() {
        let broken = "openapi: 3.0.1\ninfo:\n  title: t\n  version: v1\npaths: {}\ncomponents:\n  schemas:\n    a:\n      type: [integer\n";
        match parse("d.yaml", broken) {
            Err(Error::Yaml { line, .. }) => assert!(line >= 9, "line {line}"),
            other => panic!("{other:?}"),
        }
    }
}
