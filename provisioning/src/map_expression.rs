//! Computed values of the attribute map: a subset of the expression functions Entra admins write in
//! a job's attribute mappings (`Switch`, `IIF`, `Join`, `Coalesce`, `FormatDateTime`, `Append`,
//! `ToLower`, …), in their syntax, evaluated here for each record before anything is sent.
//!
//! ```text
//! expression := operand [ ("=" | "<>") operand ]
//! operand    := [Column] | "text" | true | false | null | Function(expression, …)
//! ```
//!
//! `=` and `<>` compare text ignoring case. An empty cell is empty text; a result that is empty text
//! is not sent, `null` is sent as JSON `null` (which asks the service to clear the value).

use std::borrow::Cow;

/// A parsed expression; columns are indices into the map's column table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    Column(usize),
    Text(String),
    Boolean(bool),
    Null,
    Compare {
        left: Box<Expr>,
        right: Box<Expr>,
        equal: bool,
    },
    Call(Function, Vec<Expr>),
    FormatDateTime {
        source: Box<Expr>,
        input: Vec<DatePart>,
        output: Vec<DatePart>,
    },
}

/// The functions evaluated locally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    Append,
    Coalesce,
    IIF,
    IsNullOrEmpty,
    IsPresent,
    Join,
    Not,
    Switch,
    ToLower,
    ToUpper,
}

/// Each function (FormatDateTime apart) with how many arguments it takes (min, max).
const FUNCTIONS: &[(&str, Function, usize, usize)] = &[
    ("Append", Function::Append, 2, 2),
    ("Coalesce", Function::Coalesce, 1, usize::MAX),
    ("IIF", Function::IIF, 3, 3),
    ("IsNullOrEmpty", Function::IsNullOrEmpty, 1, 1),
    ("IsPresent", Function::IsPresent, 1, 1),
    ("Join", Function::Join, 2, usize::MAX),
    ("Not", Function::Not, 1, 1),
    ("Switch", Function::Switch, 4, usize::MAX),
    ("ToLower", Function::ToLower, 1, 2),
    ("ToUpper", Function::ToUpper, 1, 2),
];

/// A piece of a date format (.NET custom format strings, as `FormatDateTime` takes them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatePart {
    /// A field and its width in the format (`yyyy` 4, `M` 1, `fff` 3, …).
    Field(DateField, usize),
    Literal(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Fraction,
}

/// A value while an expression is evaluated.
#[derive(Debug, Clone, PartialEq)]
pub enum Val<'a> {
    Text(Cow<'a, str>),
    Boolean(bool),
    Null,
}

impl Val<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Val::Text(text) => text.is_empty(),
            Val::Boolean(_) => false,
            Val::Null => true,
        }
    }

    fn text(&self) -> Cow<'_, str> {
        match self {
            Val::Text(text) => Cow::Borrowed(text),
            Val::Boolean(true) => Cow::Borrowed("true"),
            Val::Boolean(false) => Cow::Borrowed("false"),
            Val::Null => Cow::Borrowed(""),
        }
    }

    fn truthy(&self) -> bool {
        match self {
            Val::Boolean(b) => *b,
            Val::Text(text) => text.eq_ignore_ascii_case("true"),
            Val::Null => false,
        }
    }
}

fn same_text(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
}

/// Parses `text`; `column` gives the index of a column name (adding it to the map's table). An
/// error carries the byte offset in `text`.
pub fn parse(text: &str, column: &mut dyn FnMut(&str) -> usize) -> Result<Expr, (usize, String)> {
    let mut parser = Parser {
        text,
        at: 0,
        depth: 0,
        column,
    };
    let expr = parser.comparison()?;
    parser.skip_spaces();
    if parser.at < text.len() {
        return Err((parser.at, format!("unexpected {:?}", &text[parser.at..])));
    }
    Ok(expr)
}

/// How deep calls may nest: far beyond any real rule, and a bound on the parser's (and the
/// evaluator's) recursion, so a hostile map is an error, not a stack overflow.
pub const MAX_DEPTH: usize = 64;

struct Parser<'t, 'c> {
    text: &'t str,
    at: usize,
    /// Calls open around the current position.
    depth: usize,
    column: &'c mut dyn FnMut(&str) -> usize,
}

impl<'t> Parser<'t, '_> {
    fn skip_spaces(&mut self) {
        while self.text[self.at..].starts_with([' ', '\t']) {
            self.at += 1;
        }
    }

    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn comparison(&mut self) -> Result<Expr, (usize, String)> {
        let left = self.operand()?;
        self.skip_spaces();
        let equal = if self.rest().starts_with("<>") || self.rest().starts_with("!=") {
            self.at += 2;
            false
        } else if self.rest().starts_with('=') {
            self.at += 1;
            true
        } else {
            return Ok(left);
        };
        let right = self.operand()?;
        Ok(Expr::Compare {
            left: Box::new(left),
            right: Box::new(right),
            equal,
        })
    }

    fn operand(&mut self) -> Result<Expr, (usize, String)> {
        self.skip_spaces();
        let start = self.at;
        let rest = self.rest();
        if let Some(inner) = rest.strip_prefix('[') {
            let Some(close) = inner.find(']') else {
                return Err((start, "the column name has no closing `]`".into()));
            };
            let name = inner[..close].trim();
            if name.is_empty() {
                return Err((start, "`[]` names no column".into()));
            }
            self.at += close + 2;
            return Ok(Expr::Column((self.column)(name)));
        }
        if rest.starts_with('"') {
            return self.string().map(Expr::Text);
        }
        let word_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        if word.is_empty() {
            let found = rest.chars().next().map_or("the end".to_string(), |c| format!("{c:?}"));
            return Err((
                start,
                format!("expected a [Column], a \"text\", true, false, null or a function, found {found}"),
            ));
        }
        self.at += word_len;
        match word {
            "true" | "True" | "TRUE" => return Ok(Expr::Boolean(true)),
            "false" | "False" | "FALSE" => return Ok(Expr::Boolean(false)),
            "null" | "Null" | "NULL" => return Ok(Expr::Null),
            _ => {}
        }
        self.skip_spaces();
        if !self.rest().starts_with('(') {
            return Err((
                start,
                format!("{word:?} is not a value: write a column as [{word}] and text as \"{word}\""),
            ));
        }
        self.at += 1;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err((start, format!("calls nest more than {MAX_DEPTH} deep")));
        }
        let mut args = Vec::new();
        self.skip_spaces();
        if self.rest().starts_with(')') {
            self.at += 1;
        } else {
            loop {
                self.skip_spaces();
                if self.rest().starts_with(',') {
                    // An argument left out, as Entra writes FormatDateTime's dateTimeStyles.
                    args.push(Expr::Text(String::new()));
                } else {
                    args.push(self.comparison()?);
                }
                self.skip_spaces();
                if self.rest().starts_with(',') {
                    self.at += 1;
                } else if self.rest().starts_with(')') {
                    self.at += 1;
                    break;
                } else {
                    return Err((self.at, format!("{word}(…): expected `,` or `)`")));
                }
            }
        }
        self.depth -= 1;
        if word.eq_ignore_ascii_case("FormatDateTime") {
            return format_date_time(args).map_err(|message| (start, message));
        }
        let Some(&(name, function, min, max)) = FUNCTIONS.iter().find(|f| f.0.eq_ignore_ascii_case(word)) else {
            let names = FUNCTIONS.iter().map(|f| f.0).chain(["FormatDateTime"]);
            return Err((
                start,
                format!(
                    "unknown function {word:?}: {}",
                    crate::scim_schema::suggest(word, names).replace("it is not in the schema", "see docs/map.md")
                ),
            ));
        };
        if args.len() < min || args.len() > max {
            let takes = match (min, max) {
                (min, usize::MAX) => format!("at least {min}"),
                (min, max) if min == max => format!("{min}"),
                (min, max) => format!("{min} or {max}"),
            };
            return Err((start, format!("{name} takes {takes} arguments, not {}", args.len())));
        }
        if function == Function::Switch && args.len() % 2 != 0 {
            return Err((
                start,
                "Switch(source, default, key1, value1, …): every key needs a value".into(),
            ));
        }
        Ok(Expr::Call(function, args))
    }

    /// A `"…"` literal; `\"` and `\\` are a quote and a backslash.
    fn string(&mut self) -> Result<String, (usize, String)> {
        let start = self.at;
        let mut out = String::new();
        let mut chars = self.text[self.at + 1..].char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += i + 2;
                    return Ok(out);
                }
                '\\' => match chars.next() {
                    Some((_, escaped @ ('"' | '\\'))) => out.push(escaped),
                    _ => return Err((self.at + 1 + i, "only \\\" and \\\\ are escapes".into())),
                },
                c => out.push(c),
            }
        }
        Err((start, "the text has no closing quote".into()))
    }
}

fn format_date_time(mut args: Vec<Expr>) -> Result<Expr, String> {
    let usage = "FormatDateTime(source, [dateTimeStyles,] \"inputFormat\", \"outputFormat\")";
    if !(3..=4).contains(&args.len()) {
        return Err(format!("{usage} takes 3 or 4 arguments, not {}", args.len()));
    }
    let Some(Expr::Text(output)) = args.pop() else {
        return Err(format!("{usage}: the output format must be \"quoted\" text"));
    };
    let Some(Expr::Text(input)) = args.pop() else {
        return Err(format!("{usage}: the input format must be \"quoted\" text"));
    };
    let source = args.swap_remove(0);
    Ok(Expr::FormatDateTime {
        source: Box::new(source),
        input: date_format(&input)?,
        output: date_format(&output)?,
    })
}

/// A .NET custom date format: `yyyy`/`yy`, `MM`/`M`, `dd`/`d`, `HH`/`H`, `mm`, `ss`, `f`…, `'literal'`,
/// `\c`; other characters are literal, letters .NET gives another meaning to are refused.
fn date_format(format: &str) -> Result<Vec<DatePart>, String> {
    let mut parts = Vec::new();
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    let mut literal = String::new();
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|&&d| d == c).count();
        let field = match c {
            'y' if run == 4 || run == 2 => Some(DateField::Year),
            'M' if run <= 2 => Some(DateField::Month),
            'd' if run <= 2 => Some(DateField::Day),
            'H' if run <= 2 => Some(DateField::Hour),
            'm' if run <= 2 => Some(DateField::Minute),
            's' if run <= 2 => Some(DateField::Second),
            'f' if run <= 7 => Some(DateField::Fraction),
            'y' | 'M' | 'd' | 'H' | 'm' | 's' | 'f' | 'h' | 't' | 'z' | 'K' | 'g' | 'F' => {
                return Err(format!(
                    "date format {format:?}: {:?} is not supported (yyyy, yy, MM, M, dd, d, HH, H, mm, ss, f…)",
                    chars[i..i + run].iter().collect::<String>()
                ))
            }
            _ => None,
        };
        if let Some(field) = field {
            if !literal.is_empty() {
                parts.push(DatePart::Literal(std::mem::take(&mut literal)));
            }
            parts.push(DatePart::Field(field, run));
            i += run;
            continue;
        }
        match c {
            '\'' | '"' => {
                let Some(end) = chars[i + 1..].iter().position(|&d| d == c) else {
                    return Err(format!("date format {format:?}: a quote is not closed"));
                };
                literal.extend(&chars[i + 1..i + 1 + end]);
                i += end + 2;
            }
            '\\' if i + 1 < chars.len() => {
                literal.push(chars[i + 1]);
                i += 2;
            }
            c => {
                literal.push(c);
                i += 1;
            }
        }
    }
    if !literal.is_empty() {
        parts.push(DatePart::Literal(literal));
    }
    Ok(parts)
}

/// Evaluates `expr`; `column(i)` is the text of column `i` in the record (empty when absent).
pub fn eval<'a>(expr: &'a Expr, column: &dyn Fn(usize) -> Val<'a>) -> Result<Val<'a>, String> {
    Ok(match expr {
        Expr::Column(index) => column(*index),
        Expr::Text(text) => Val::Text(Cow::Borrowed(text)),
        Expr::Boolean(b) => Val::Boolean(*b),
        Expr::Null => Val::Null,
        Expr::Compare { left, right, equal } => {
            let left = eval(left, column)?;
            let right = eval(right, column)?;
            Val::Boolean(same_text(&left.text(), &right.text()) == *equal)
        }
        Expr::FormatDateTime { source, input, output } => {
            let source = eval(source, column)?;
            if source.is_empty() {
                return Ok(source);
            }
            let fields = parse_date(&source.text(), input)?;
            Val::Text(Cow::Owned(write_date(&fields, output)))
        }
        Expr::Call(function, args) => match function {
            Function::Append => {
                let mut text = eval(&args[0], column)?.text().into_owned();
                text.push_str(&eval(&args[1], column)?.text());
                Val::Text(Cow::Owned(text))
            }
            Function::Coalesce => {
                for arg in args {
                    let value = eval(arg, column)?;
                    if !value.is_empty() {
                        return Ok(value);
                    }
                }
                Val::Text(Cow::Borrowed(""))
            }
            Function::IIF => {
                if eval(&args[0], column)?.truthy() {
                    eval(&args[1], column)?
                } else {
                    eval(&args[2], column)?
                }
            }
            Function::IsNullOrEmpty => Val::Boolean(eval(&args[0], column)?.is_empty()),
            Function::IsPresent => Val::Boolean(!eval(&args[0], column)?.is_empty()),
            Function::Not => Val::Boolean(!eval(&args[0], column)?.truthy()),
            Function::Join => {
                let separator = eval(&args[0], column)?;
                let separator = separator.text();
                let mut text = String::new();
                for arg in &args[1..] {
                    let value = eval(arg, column)?;
                    if value.is_empty() {
                        continue;
                    }
                    if !text.is_empty() {
                        text.push_str(&separator);
                    }
                    text.push_str(&value.text());
                }
                Val::Text(Cow::Owned(text))
            }
            Function::Switch => {
                let source = eval(&args[0], column)?;
                let source = source.text();
                for pair in args[2..].chunks(2) {
                    if same_text(&source, &eval(&pair[0], column)?.text()) {
                        return eval(&pair[1], column);
                    }
                }
                eval(&args[1], column)?
            }
            Function::ToLower => Val::Text(Cow::Owned(eval(&args[0], column)?.text().to_lowercase())),
            Function::ToUpper => Val::Text(Cow::Owned(eval(&args[0], column)?.text().to_uppercase())),
        },
    })
}

/// Year, month, day, hour, minute, second, fraction (as written) from `text` in `format`.
fn parse_date(text: &str, format: &[DatePart]) -> Result<[u32; 7], String> {
    let mismatch = || format!("{text:?} does not match the input format");
    let mut fields = [1, 1, 1, 0, 0, 0, 0];
    let mut fraction_width = 0;
    let mut rest = text;
    for part in format {
        match part {
            DatePart::Literal(literal) => {
                rest = rest.strip_prefix(literal.as_str()).ok_or_else(mismatch)?;
            }
            DatePart::Field(field, width) => {
                let max = if *width == 1 { 2 } else { *width };
                let digits = rest.bytes().take(max).take_while(u8::is_ascii_digit).count();
                if digits < *width {
                    return Err(mismatch());
                }
                let value: u32 = rest[..digits].parse().map_err(|_| mismatch())?;
                rest = &rest[digits..];
                let (slot, valid) = match field {
                    DateField::Year => (0, true),
                    DateField::Month => (1, (1..=12).contains(&value)),
                    DateField::Day => (2, (1..=31).contains(&value)),
                    DateField::Hour => (3, value < 24),
                    DateField::Minute => (4, value < 60),
                    DateField::Second => (5, value < 60),
                    DateField::Fraction => {
                        fraction_width = digits;
                        (6, true)
                    }
                };
                if !valid {
                    let name = match field {
                        DateField::Month => "a month",
                        DateField::Day => "a day",
                        DateField::Hour => "an hour",
                        DateField::Minute => "a minute",
                        _ => "a second",
                    };
                    return Err(format!(
                        "{text:?} does not match the input format: {value} is not {name}"
                    ));
                }
                fields[slot] = if *field == DateField::Year && *width == 2 {
                    2000 + value
                } else {
                    value
                };
            }
        }
    }
    if !rest.is_empty() {
        return Err(mismatch());
    }
    // Scale the fraction to nanoseconds so any output width can take its leading digits.
    fields[6] *= 10u32.pow(9u32.saturating_sub(fraction_width as u32));
    Ok(fields)
}

fn write_date(fields: &[u32; 7], format: &[DatePart]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for part in format {
        match part {
            DatePart::Literal(literal) => out.push_str(literal),
            DatePart::Field(field, width) => {
                let value = match field {
                    DateField::Year if *width == 2 => fields[0] % 100,
                    DateField::Year => fields[0],
                    DateField::Month => fields[1],
                    DateField::Day => fields[2],
                    DateField::Hour => fields[3],
                    DateField::Minute => fields[4],
                    DateField::Second => fields[5],
                    DateField::Fraction => fields[6] / 10u32.pow(9 - *width as u32),
                };
                let _ = write!(out, "{value:0width$}", width = *width);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(expr: &str, cells: &[&str]) -> Result<Val<'static>, String> {
        let mut names: Vec<String> = Vec::new();
        let parsed = parse(expr, &mut |name| {
            names.push(name.to_string());
            names.len() - 1
        })
        .map_err(|(at, m)| format!("{at}: {m}"))?;
        let parsed: &'static Expr = Box::leak(Box::new(parsed));
        let cells: Vec<&'static str> = cells
            .iter()
            .map(|c| &*Box::leak(c.to_string().into_boxed_str()))
            .collect();
        eval(parsed, &|i| {
            Val::Text(Cow::Borrowed(cells.get(i).copied().unwrap_or("")))
        })
    }

    fn text(v: Val) -> String {
        v.text().into_owned()
    }

    #[test]
    fn functions_evaluate_as_entra_documents_them() {
        assert_eq!(run("[S] = \"Active\"", &["ACTIVE"]).unwrap(), Val::Boolean(true));
        assert_eq!(run("[S] <> \"Active\"", &["Inactive"]).unwrap(), Val::Boolean(true));
        assert_eq!(
            text(run("Switch([S], \"false\", \"Active\", \"true\")", &["Active"]).unwrap()),
            "true"
        );
        assert_eq!(
            text(run("Switch([S], \"false\", \"Active\", \"true\")", &["Gone"]).unwrap()),
            "false"
        );
        assert_eq!(text(run("IIF([A] = \"x\", \"yes\", \"no\")", &["X"]).unwrap()), "yes");
        assert_eq!(
            text(run("Join(\" \", [A], [B], [C])", &["Ada", "", "Lovelace"]).unwrap()),
            "Ada Lovelace"
        );
        assert_eq!(text(run("Coalesce([A], [B], \"none\")", &["", ""]).unwrap()), "none");
        assert_eq!(
            text(run("Append([A], \"@contoso.com\")", &["ada"]).unwrap()),
            "ada@contoso.com"
        );
        assert_eq!(text(run("ToLower([A])", &["ÄDA"]).unwrap()), "äda");
        assert_eq!(text(run("ToUpper([A])", &["ada"]).unwrap()), "ADA");
        assert_eq!(run("IsNullOrEmpty([A])", &[""]).unwrap(), Val::Boolean(true));
        assert_eq!(run("Not(IsPresent([A]))", &[""]).unwrap(), Val::Boolean(true));
        assert_eq!(run("null", &[]).unwrap(), Val::Null);
        assert_eq!(
            text(
                run(
                    "FormatDateTime([D], \"yyyy-MM-dd\", \"yyyyMMddHHmmss.fZ\")",
                    &["2013-01-31"]
                )
                .unwrap()
            ),
            "20130131000000.0Z"
        );
        assert_eq!(
            text(run("FormatDateTime([D], , \"M/d/yyyy\", \"dd.MM.yy\")", &["7/4/2021"]).unwrap()),
            "04.07.21"
        );
        assert_eq!(
            text(run("FormatDateTime([D], \"M/d/yyyy\", \"dd.MM.yy\")", &["7/4/2021"]).unwrap()),
            "04.07.21"
        );
        assert!(run("FormatDateTime([D], \"yyyy-MM-dd\", \"dd\")", &["2021-13-01"])
            .unwrap_err()
            .contains("13 is not a month"));
        assert!(run("FormatDateTime([D], \"yyyy-MM-dd\", \"dd\")", &["01/02/2021"])
            .unwrap_err()
            .contains("does not match"));
        // An empty date stays empty (not sent), not an error.
        assert_eq!(
            text(run("FormatDateTime([D], \"yyyy-MM-dd\", \"dd\")", &[""]).unwrap()),
            ""
        );
    }

    #[test]
    fn mistakes_are_errors_at_their_offset() {
        assert_eq!(
            run("Swich([A], \"a\", \"b\", \"c\")", &[]).unwrap_err(),
            "0: unknown function \"Swich\": did you mean \"Switch\"?"
        );
        assert_eq!(
            run("IIF([A], \"a\")", &[]).unwrap_err(),
            "0: IIF takes 3 arguments, not 2"
        );
        assert!(run("Switch([A], \"d\", \"k\", \"v\", \"k2\")", &[])
            .unwrap_err()
            .contains("every key needs a value"));
        assert!(run("Join(\",\", [A]", &[]).unwrap_err().starts_with("13: "));
        assert!(run("\"open", &[]).unwrap_err().contains("no closing quote"));
        assert!(run("Status", &[]).unwrap_err().contains("write a column as [Status]"));
        assert!(run("[A] = ", &[]).unwrap_err().starts_with("6: expected"));
        assert!(run("FormatDateTime([A], \"hh\", \"yyyy\")", &[])
            .unwrap_err()
            .contains("not supported"));
        let deep = format!("{}[A]{}", "Not(".repeat(100_000), ")".repeat(100_000));
        assert!(run(&deep, &[]).unwrap_err().ends_with("calls nest more than 64 deep"));
        let ok = format!("{}[A]{}", "Not(".repeat(64), ")".repeat(64));
        assert!(run(&ok, &["x"]).is_ok());
    }
}
