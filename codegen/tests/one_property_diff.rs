//! A spec update that adds one property shows in `git diff generated/` as a few added lines and
//! nothing else: the generated layout never reflows what is around a change.

use msgraph_sync_codegen::generate_spec;
use similar::{ChangeTag, TextDiff};
use std::path::Path;

/// The one property added to `microsoft.graph.attributeDefinition`, before `defaultValue`.
const ADDED: &str = "        displayOrder:
          type: integer
          format: int32
          description: Where the attribute is listed.
";

#[test]
fn adding_one_property_adds_a_few_lines() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/v1.0.yaml")).expect("spec");
    let schema = text
        .find("    microsoft.graph.attributeDefinition:\n")
        .expect("the schema");
    let at = schema + text[schema..].find("        defaultValue:\n").expect("its property");
    let changed = format!("{}{ADDED}{}", &text[..at], &text[at..]);
    let (_, before) = generate_spec("spec/v1.0.yaml", &text).expect("generates");
    let (_, after) = generate_spec("spec/v1.0.yaml", &changed).expect("generates");
    let mut added = Vec::new();
    let mut removed = Vec::new();
    for (before, after) in before.iter().zip(&after) {
        let diff = TextDiff::from_lines(&before.contents, &after.contents);
        for change in diff.iter_all_changes() {
            let line = format!("{}: {}", after.path, change.value().trim_end());
            match change.tag() {
                ChangeTag::Insert => added.push(line),
                ChangeTag::Delete => removed.push(line),
                ChangeTag::Equal => {}
            }
        }
    }
    assert_eq!(removed, Vec::<String>::new(), "lines removed or reflowed");
    assert_eq!(
        added,
        [
            // The field with its doc (the description, then the wire name), its serde glue, and
            // its name in the registry.
            "v1_0/models.rs:     /// Where the attribute is listed.",
            "v1_0/models.rs:     ///",
            "v1_0/models.rs:     /// Wire name: `displayOrder`.",
            "v1_0/models.rs:     pub display_order: crate::Maybe<i32>,",
            "v1_0/models.rs:     display_order: \"displayOrder\",",
            "v1_0/registry.rs:                 \"displayOrder\",",
        ]
    );
}
