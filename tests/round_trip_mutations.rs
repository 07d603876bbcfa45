//! Every request and response body of the docs fixtures (`tests/fixtures/docs/**.json`), and a
//! bounded, seeded set of mutations of each, through the model the body belongs to: decoding
//! never panics; where it succeeds, the re-encoding is the input (key order aside, numbers
//! compared as written) and decode → encode → decode is a fixed point (byte-equal encodings).

#[path = "support/exact.rs"]
mod exact;

use msgraph_sync::registry::ModelEntry;
use msgraph_sync::ApiVersion;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A docs body and the model it is decoded as.
struct Body {
    origin: String,
    entry: &'static ModelEntry,
    json: Node,
}

fn fixture_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            fixture_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") && path.file_name().is_some_and(|n| n != "index.json") {
            out.push(path);
        }
    }
}

/// The model whose declared properties best match the body's top-level keys (the first such).
fn best_fit(api: ApiVersion, body: &serde_json::Map<String, Value>) -> Option<&'static ModelEntry> {
    let score = |m: &&ModelEntry| body.keys().filter(|k| m.properties.contains(&k.as_str())).count();
    let best = api
        .models()
        .iter()
        .filter(|m| !m.properties.is_empty())
        .max_by_key(score)?;
    // max_by_key keeps the last maximum; the first is the more general type.
    let top = score(&best);
    api.models()
        .iter()
        .find(|m| !m.properties.is_empty() && score(m) == top)
}

fn docs_bodies() -> Vec<Body> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
    let mut files = Vec::new();
    fixture_files(&root, &mut files);
    let mut bodies = Vec::new();
    for path in files {
        let record: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let api = match record["api_version"].as_str() {
            Some("v1.0") => ApiVersion::V1_0,
            Some("beta") => ApiVersion::Beta,
            _ => continue,
        };
        for side in ["request", "response"] {
            let part = &record[side];
            let body = match (&part["body"], part.get("body_after_trivial_fix")) {
                (Value::Object(_), _) => part["body"].clone(),
                (Value::String(_), Some(fixed @ Value::Object(_))) => fixed.clone(),
                _ => continue,
            };
            let annotated = record[format!("{side}_annotation")]["@odata.type"]
                .as_str()
                .and_then(|t| api.find(t));
            let Some(entry) = annotated.or_else(|| best_fit(api, body.as_object().unwrap())) else {
                continue;
            };
            let origin = format!(
                "{} ({side}, as {})",
                path.strip_prefix(&root).unwrap().display(),
                entry.name
            );
            bodies.push(Body {
                origin,
                entry,
                json: Node::from(&body),
            });
        }
    }
    bodies
}

/// Decodes `text`; when it decodes, checks the re-encoding against the input and the fixed point.
/// `Ok(false)` when it does not decode.
fn check(entry: &ModelEntry, text: &str) -> Result<bool, String> {
    let Ok(model) = entry.decode(text.as_bytes()) else {
        return Ok(false);
    };
    let first = model.to_json_text().map_err(|e| format!("does not encode: {e}"))?;
    let diffs = exact::differences(text, &first);
    if !diffs.is_empty() {
        return Err(format!(
            "re-encoding differs: {diffs:?}\n input: {text}\noutput: {first}"
        ));
    }
    let again = entry
        .decode(first.as_bytes())
        .map_err(|e| format!("its own encoding does not decode: {e}\n{first}"))?;
    let second = again.to_json_text().map_err(|e| format!("does not encode: {e}"))?;
    if first != second {
        return Err(format!("not a fixed point:\n first: {first}\nsecond: {second}"));
    }
    Ok(true)
}

#[test]
fn docs_bodies_re_encode_with_nothing_respelled() {
    let bodies = docs_bodies();
    assert!(bodies.len() >= 60, "{} bodies", bodies.len());
    let mut failures = Vec::new();
    let mut decoded = 0;
    for body in &bodies {
        match check(body.entry, &body.json.render()) {
            Ok(true) => decoded += 1,
            Ok(false) => failures.push(format!("{}: does not decode", body.origin)),
            Err(e) => failures.push(format!("{}: {e}", body.origin)),
        }
    }
    eprintln!(
        "{decoded} of {} docs bodies decoded and re-encoded exactly",
        bodies.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A JSON tree that can also hold what `serde_json::Value` cannot: numbers of any length
/// (kept as text) and duplicate keys.
#[derive(Clone)]
enum Node {
    Literal(String),
    Str(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl From<&Value> for Node {
    fn from(value: &Value) -> Node {
        match value {
            Value::String(s) => Node::Str(s.clone()),
            Value::Array(items) => Node::Array(items.iter().map(Node::from).collect()),
            Value::Object(map) => Node::Object(map.iter().map(|(k, v)| (k.clone(), Node::from(v))).collect()),
            other => Node::Literal(other.to_string()),
        }
    }
}

impl Node {
    fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
    fn write(&self, out: &mut String) {
        match self {
            Node::Literal(text) => out.push_str(text),
            Node::Str(s) => out.push_str(&Value::from(s.as_str()).to_string()),
            Node::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Node::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
    /// Number of nodes (the mutation picks one by index).
    fn count(&self) -> usize {
        1 + match self {
            Node::Array(items) => items.iter().map(Node::count).sum(),
            Node::Object(members) => members.iter().map(|(_, v)| v.count()).sum(),
            _ => 0,
        }
    }
    /// The `index`-th node in pre-order.
    fn nth(&mut self, index: usize) -> &mut Node {
        fn go<'a>(node: &'a mut Node, index: &mut usize) -> Option<&'a mut Node> {
            if *index == 0 {
                return Some(node);
            }
            *index -= 1;
            match node {
                Node::Array(items) => items.iter_mut().find_map(|c| go(c, index)),
                Node::Object(members) => members.iter_mut().find_map(|(_, v)| go(v, index)),
                _ => None,
            }
        }
        let mut index = index;
        go(self, &mut index).expect("index < count")
    }
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NUMBERS: &[&str] = &[
    "123456789012345678901234567890",
    "18446744073709551616",
    "9223372036854775808",
    "-9223372036854775809",
    "1e-400",
    "1e400",
    "-0",
    "0.1",
    "1E+2",
    "-1",
    "2.5e-7",
];

const STRINGS: &[&str] = &[
    "",
    " ",
    "Watermark,,Escrows",
    " Watermark , Escrows ",
    "Full, Full",
    "escrows, WATERMARK",
    ",",
    "PT36H",
    "pt1h",
    "-P10675199DT2H48M5.4775808S",
    "P1Y",
    "2017-07-26t19:23:12.2316149z",
    "0001-01-01T00:00:00+00:00",
    "2024-02-30T00:00:00Z",
    "{jobId}",
    "é\u{0}\u{1F600}\\\"",
];

/// One mutation of `node` at a random place.
fn mutate(rng: &mut Rng, root: &mut Node) {
    let target = rng.below(root.count());
    let node = root.nth(target);
    match (node, rng.below(4)) {
        (Node::Str(s), 0) => {
            // Case changes: the whole value, or one character.
            *s = match rng.below(3) {
                0 => s.to_lowercase(),
                1 => s.to_uppercase(),
                _ => {
                    let mut chars: Vec<char> = s.chars().collect();
                    if !chars.is_empty() {
                        let at = rng.below(chars.len());
                        chars[at] = if chars[at].is_uppercase() {
                            chars[at].to_ascii_lowercase()
                        } else {
                            chars[at].to_ascii_uppercase()
                        };
                    }
                    chars.into_iter().collect()
                }
            }
        }
        (Node::Str(s), 1) => {
            // Flip, insert or delete one character.
            let mut chars: Vec<char> = s.chars().collect();
            let at = rng.below(chars.len() + 1);
            let c = ['x', ',', ' ', '-', 'T', '9', '\u{e9}', '"', '\\'][rng.below(9)];
            match rng.below(3) {
                0 if at < chars.len() => chars[at] = c,
                1 => chars.insert(at, c),
                _ if at < chars.len() => {
                    chars.remove(at);
                }
                _ => chars.push(c),
            }
            *s = chars.into_iter().collect();
        }
        (Node::Str(s), 2) => *s = rng.pick(STRINGS).to_string(),
        (Node::Literal(text), 0 | 1) if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) => {
            *text = rng.pick(NUMBERS).to_string()
        }
        (Node::Object(members), 0) if !members.is_empty() => {
            let at = rng.below(members.len());
            let copy = members[at].clone();
            members.push(copy); // a duplicate key
        }
        (Node::Object(members), 1) if !members.is_empty() => {
            members.remove(rng.below(members.len()));
        }
        (Node::Object(members), 2) => {
            let value = Node::Literal(rng.pick(NUMBERS).to_string());
            members.push((format!("undeclared{}", rng.below(3)), value));
        }
        (node, _) => {
            // Swap the type.
            *node = match rng.below(6) {
                0 => Node::Literal("null".into()),
                1 => Node::Literal("true".into()),
                2 => Node::Str(rng.pick(STRINGS).to_string()),
                3 => Node::Array(vec![Node::Literal(rng.pick(NUMBERS).to_string())]),
                4 => Node::Object(vec![("nested".into(), Node::Literal(rng.pick(NUMBERS).to_string()))]),
                _ => Node::Literal(rng.pick(NUMBERS).to_string()),
            }
        }
    }
}

#[test]
fn mutated_docs_bodies_never_panic_and_round_trip_exactly() {
    const MUTANTS_PER_BODY: usize = 100;
    let bodies = docs_bodies();
    let mut rng = Rng(0x005E_ED0F_D0C5);
    let (mut cases, mut decoded) = (0, 0);
    let mut failures = Vec::new();
    for body in &bodies {
        for round in 0..MUTANTS_PER_BODY {
            let mut mutant = body.json.clone();
            // Up to three mutations at once.
            for _ in 0..=rng.below(3) {
                mutate(&mut rng, &mut mutant);
            }
            let text = mutant.render();
            cases += 1;
            match check(body.entry, &text) {
                Ok(ok) => decoded += usize::from(ok),
                Err(e) => failures.push(format!("{} mutant {round}: {e}", body.origin)),
            }
        }
    }
    eprintln!("{cases} mutants of {} docs bodies, {decoded} decoded", bodies.len());
    assert!(
        decoded > cases / 4,
        "too few mutants decode ({decoded} of {cases}) to test the round trip"
    );
    failures.truncate(10);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
