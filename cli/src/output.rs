//! Standard output and error as the commands write them: text from the service (step descriptions,
//! failure reasons, error messages) is shown, never obeyed by the terminal, and a closed standard
//! output (`| head`) is not a failure of the command.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether a character would act on a terminal rather than show: C0 controls but line feed and tab
/// (which only move the cursor), DEL, C1 controls, and the bidirectional overrides and isolates that
/// reorder what a line shows.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that would act on a terminal written as its escape (`\u{1b}`); the
/// one function every human-readable printer goes through.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_on_terminal(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// In a JSON document the same characters can only be inside strings (serde_json already escapes
/// C0), so they are written as JSON escapes (`\u009b`): the document's values stay exact.
fn escape_json(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_on_terminal(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Standard output through [`escape`] (or, for `--json`, its JSON form); writes after the reader
/// has gone (a broken pipe) are dropped, so the command still ends with its own exit code.
pub struct Stdout {
    json: bool,
}

/// The command's standard output; `json` when it writes the `--json` document.
pub fn stdout(json: bool) -> Stdout {
    Stdout { json }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        let shown = if self.json { escape_json(&text) } else { escape(&text) };
        match io::stdout().lock().write_all(shown.as_bytes()) {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(buf.len()),
            Err(error) => Err(error),
            Ok(()) => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match io::stdout().lock().flush() {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// A line for people on standard error, escaped; a closed standard error is ignored.
pub fn eprint_line(text: impl std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "{}", escape(&text.to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_not_obeyed() {
        assert_eq!(
            escape("a\u{1b}]0;title\u{7}b\rc\u{9b}2J\u{202e}d\te\nf"),
            "a\\u{1b}]0;title\\u{7}b\\u{d}c\\u{9b}2J\\u{202e}d\te\nf"
        );
        assert!(matches!(escape("plain – text ü"), Cow::Borrowed(_)));
        let json = escape_json("{\"a\":\"x\u{9b}y\u{202e}\"}");
        assert_eq!(json, "{\"a\":\"x\\u009by\\u202e\"}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["a"], "x\u{9b}y\u{202e}");
    }
}
