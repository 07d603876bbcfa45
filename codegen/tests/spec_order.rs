//! The output does not depend on the order of the spec: Microsoft regenerates its documents and
//! moves paths and schemas about, and a PR's `git diff generated/` must show only what changed for
//! users. A real document with its paths and every kind of component reversed, and shuffled with
//! fixed seeds, generates byte-identical files.

use msgraph_sync_codegen::{generate_spec_with, Formatting, OutputFile};
use serde_yaml::{Mapping, Value};
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// A small xorshift generator: the same seed gives the same permutation on every machine.
struct Shuffler(u64);

impl Shuffler {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[derive(Clone, Copy, Debug)]
enum Order {
    Reversed,
    Shuffled(u64),
}

fn permute(mapping: &mut Mapping, order: Order) {
    let mut entries: Vec<(Value, Value)> = std::mem::take(mapping).into_iter().collect();
    match order {
        Order::Reversed => entries.reverse(),
        Order::Shuffled(seed) => {
            let mut rng = Shuffler(seed);
            for i in (1..entries.len()).rev() {
                entries.swap(i, rng.below(i + 1));
            }
        }
    }
    mapping.extend(entries);
}

/// `text` with its paths and each `components` section (schemas, responses, parameters, request
/// bodies) permuted, and the order of the document's top-level keys reversed.
fn permuted(text: &str, order: Order) -> String {
    let mut doc: Value = serde_yaml::from_str(text).expect("parses");
    let top = doc.as_mapping_mut().expect("a mapping");
    permute(
        top.get_mut("paths").and_then(Value::as_mapping_mut).expect("paths"),
        order,
    );
    let components = top
        .get_mut("components")
        .and_then(Value::as_mapping_mut)
        .expect("components");
    for section in ["schemas", "responses", "parameters", "requestBodies"] {
        if let Some(entries) = components.get_mut(section).and_then(Value::as_mapping_mut) {
            permute(entries, order);
        }
    }
    let out = serde_yaml::to_string(&doc).expect("serializes");
    assert_ne!(
        out,
        serde_yaml::to_string(&serde_yaml::from_str::<Value>(text).unwrap()).unwrap()
    );
    out
}

fn generate(text: &str) -> Vec<OutputFile> {
    generate_spec_with("spec.yaml", text, Formatting::Pretty)
        .expect("generates")
        .1
}

fn assert_same_output(relative: &str, orders: &[Order]) {
    let text = read(relative);
    let expected = generate(&text);
    for &order in orders {
        let got = generate(&permuted(&text, order));
        assert_eq!(got.len(), expected.len());
        for (got, expected) in got.iter().zip(&expected) {
            assert_eq!(got.path, expected.path);
            if got.contents != expected.contents {
                let diff = similar::TextDiff::from_lines(&expected.contents, &got.contents);
                let changed = diff
                    .unified_diff()
                    .context_radius(1)
                    .to_string()
                    .lines()
                    .take(40)
                    .collect::<Vec<_>>()
                    .join("\n");
                panic!("{relative} {order:?}: {} differs:\n{changed}", got.path);
            }
        }
    }
}

#[test]
fn the_beta_fragment_permuted_generates_the_same_bytes() {
    assert_same_output(
        "../spec/beta.yaml",
        &[Order::Reversed, Order::Shuffled(0x5eed), Order::Shuffled(20_260_206)],
    );
}

#[test]
fn the_v1_fragment_permuted_generates_the_same_bytes() {
    assert_same_output("../spec/v1.0.yaml", &[Order::Reversed, Order::Shuffled(7)]);
}

#[test]
fn a_whole_module_permuted_generates_the_same_bytes() {
    assert_same_output(
        "tests/upstream/graph-v1.0-Applications.yml",
        &[Order::Shuffled(0xc0ffee)],
    );
}
