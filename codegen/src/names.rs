//! How spec names become Rust names. Every rule lives here so the output stays predictable.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Namespace prefix Graph puts on every model; it carries no information inside this crate.
const GRAPH_NAMESPACE: &str = "microsoft.graph.";

/// `microsoft.graph.synchronizationJob` → `SynchronizationJob`; names in sub-namespaces keep
/// them (`microsoft.graph.ODataErrors.MainError` → `ODataErrorsMainError`,
/// `microsoft.graph.termStore.group` → `TermStoreGroup`), so a name never depends on what else the
/// spec contains.
pub fn type_name(component: &str) -> String {
    let local = component.strip_prefix(GRAPH_NAMESPACE).unwrap_or(component);
    let camel: String = local.split('.').map(upper_camel).collect();
    if camel.is_empty() {
        return "Type".to_string();
    }
    identifier_safe(&camel, "Type")
}

/// UpperCamelCase that keeps Graph's acronyms readable (`ODataError` stays `ODataError`), made of
/// ASCII letters, digits and `_` only, so it is always a valid Rust identifier.
pub fn upper_camel(text: &str) -> String {
    // heck would turn "ODataError" into "OdataError"; Graph spells OData with a capital D everywhere.
    let camel = ascii_words(text).to_upper_camel_case();
    camel.replace("Odata", "OData")
}

/// Anything but ASCII letters and digits separates words (`x²` → `x `, `@odata.type` → ` odata type`).
fn ascii_words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// Property wire name → field name: `@odata.nextLink` → `odata_next_link`, `type` → `r#type`.
pub fn field_name(wire: &str) -> String {
    let snake = ascii_words(wire).to_snake_case();
    let snake = if snake.is_empty() { "field".to_string() } else { snake };
    let snake = if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    };
    keyword_safe(snake)
}

/// Enum member wire value → variant name: `unknownFutureValue` → `UnknownFutureValue`, `""` → `Empty`.
pub fn variant_name(member: &str) -> String {
    // A sign is meaning, not punctuation: `-INF` and `INF` are different members.
    let signed = match member.as_bytes().first() {
        Some(b'-') => format!("minus {}", &member[1..]),
        Some(b'+') => format!("plus {}", &member[1..]),
        _ => member.to_string(),
    };
    let camel = upper_camel(&signed);
    if camel.is_empty() {
        return "Empty".to_string();
    }
    identifier_safe(&camel, "V")
}

/// Operation path segment → type-name stem: `microsoft.graph.filterOperators()` → `FilterOperators`.
pub fn segment_stem(segment: &str) -> String {
    let s = segment.strip_prefix(GRAPH_NAMESPACE).unwrap_or(segment);
    let s = s.split('(').next().unwrap_or(s);
    let s = s.trim_start_matches('$');
    upper_camel(s)
}

fn identifier_safe(name: &str, digit_prefix: &str) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{digit_prefix}{name}")
    } else if name == "Self" {
        "Self_".to_string()
    } else {
        name.to_string()
    }
}

/// Rust keywords become raw identifiers; the four that cannot be raw get a trailing underscore.
fn keyword_safe(name: String) -> String {
    const CANNOT_BE_RAW: &[&str] = &["self", "super", "crate", "extern"];
    const KEYWORDS: &[&str] = &[
        "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
        "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
        "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type",
        "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    if CANNOT_BE_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name("microsoft.graph.synchronizationJob"), "SynchronizationJob");
        assert_eq!(
            type_name("microsoft.graph.ODataErrors.ODataError"),
            "ODataErrorsODataError"
        );
        assert_eq!(type_name("microsoft.graph.termStore.group"), "TermStoreGroup");
        assert_eq!(type_name("ODataCountResponse"), "ODataCountResponse");
        assert_eq!(field_name("@odata.nextLink"), "odata_next_link");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("Operations"), "operations");
        assert_eq!(variant_name("unknownFutureValue"), "UnknownFutureValue");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("2xx"), "V2xx");
        assert_eq!(variant_name("-INF"), "MinusInf");
        assert_eq!(segment_stem("microsoft.graph.filterOperators()"), "FilterOperators");
        assert_eq!(segment_stem("$count"), "Count");
        // Names that are not Rust identifiers never reach `quote` as such.
        assert_eq!(field_name("x²"), "x");
        assert_eq!(field_name("٣x"), "x");
        assert_eq!(field_name("@"), "field");
        assert_eq!(type_name("microsoft.graph."), "Type");
        assert_eq!(type_name("@"), "Type");
        assert_eq!(variant_name("²"), "Empty");
    }
}
