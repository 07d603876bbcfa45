//! Schema round trip: pull a job's schema to a file, edit it, push it back with `PUT` (the service
//! routes no `PATCH` there). The models keep what the spec does not declare (`additional_properties`)
//! and the spelling of every enum value received (`wire_spellings`), and mappings are lists, so a
//! pull → push changes nothing but the edit. Before a push, the attribute mappings that changed are
//! listed ([`diff`]) and their expressions can be checked with `parseExpression` ([`check_expressions`]).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use msgraph_sync::v1_0::{AttributeMapping, ParseExpressionRequestBody, SynchronizationSchema};
use msgraph_sync::{Client, Maybe};
use serde_json::Value;

use crate::job::JobRef;

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    /// The file is not a schema: where, and why.
    #[error("{file}: line {line}, column {column}: {message}")]
    Parse {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("encoding the schema: {0}")]
    Encode(serde_json::Error),
    /// At least one changed mapping's expression does not parse; nothing was pushed.
    #[error("{} expression(s) of changed mappings do not parse; nothing was pushed:\n{}", failures.len(), failures.iter().map(|c| format!("  {c}")).collect::<Vec<_>>().join("\n"))]
    BadExpressions { failures: Vec<ExpressionCheck> },
    /// The edited schema lacks parts the job's schema has, and removals were not allowed; nothing was sent.
    #[error("the file would remove {} part(s) of the job's schema; nothing was pushed (allow removals to push it):\n{}", removed.len(), removed.iter().map(|r| format!("  {r}")).collect::<Vec<_>>().join("\n"))]
    Removals { removed: Vec<Removal> },
}

/// `GET …/jobs/{id}/schema`.
pub async fn pull(client: &Client, job: &JobRef) -> Result<SynchronizationSchema, SchemaError> {
    Ok(client.send(&job.requests(&client.v1_0()).schema().get()).await?)
}

/// The schema as an indented JSON document for editing (what the service sent, unknown properties
/// and spellings included).
pub fn to_text(schema: &SynchronizationSchema) -> Result<String, SchemaError> {
    let mut text = serde_json::to_string_pretty(schema).map_err(SchemaError::Encode)?;
    text.push('\n');
    Ok(text)
}

/// Reads a schema file written by [`to_text`] (and edited); errors name the file, line and column.
pub fn from_text(text: &str, file: &Path) -> Result<SynchronizationSchema, SchemaError> {
    let parse_error = |line: usize, column: usize, message: String| SchemaError::Parse {
        file: file.display().to_string(),
        line,
        column,
        message,
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let schema = serde_path_to_error::deserialize::<_, SynchronizationSchema>(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let message = if path == "." {
            inner.to_string()
        } else {
            format!("at {path}: {inner}")
        };
        parse_error(inner.line(), inner.column(), message)
    })?;
    deserializer
        .end()
        .map_err(|e| parse_error(e.line(), e.column(), e.to_string()))?;
    Ok(schema)
}

/// Where an attribute mapping sits: its rule, its object mapping, its target attribute.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MappingKey {
    pub rule: String,
    pub object_mapping: String,
    pub target_attribute: String,
}

impl fmt::Display for MappingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {} / {}", self.rule, self.object_mapping, self.target_attribute)
    }
}

/// One property of an attribute mapping that differs: its JSON name, before and after (JSON text).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A change to one attribute mapping.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "change", rename_all = "camelCase")]
pub enum MappingChange {
    Added {
        key: MappingKey,
        expression: Option<String>,
    },
    Removed {
        key: MappingKey,
        expression: Option<String>,
    },
    Changed {
        key: MappingKey,
        expression: Option<String>,
        fields: Vec<FieldChange>,
    },
}

impl MappingChange {
    pub fn key(&self) -> &MappingKey {
        match self {
            MappingChange::Added { key, .. }
            | MappingChange::Removed { key, .. }
            | MappingChange::Changed { key, .. } => key,
        }
    }
    /// The mapping's source expression after the change (`None` for a removal).
    pub fn new_expression(&self) -> Option<&str> {
        match self {
            MappingChange::Added { expression, .. } | MappingChange::Changed { expression, .. } => {
                expression.as_deref()
            }
            MappingChange::Removed { .. } => None,
        }
    }
}

/// A part of the job's schema that the edited one lacks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Removal {
    /// A directory definition (by name, else id).
    Directory {
        name: String,
    },
    /// A synchronization rule (by id, else name).
    Rule {
        name: String,
    },
    ObjectMapping {
        rule: String,
        name: String,
    },
    AttributeMapping {
        key: MappingKey,
    },
}

impl fmt::Display for Removal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Removal::Directory { name } => write!(f, "directory {name}"),
            Removal::Rule { name } => write!(f, "rule {name}"),
            Removal::ObjectMapping { rule, name } => write!(f, "object mapping {rule} / {name}"),
            Removal::AttributeMapping { key } => write!(f, "attribute mapping {key}"),
        }
    }
}

/// What a push would change.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SchemaDiff {
    /// Attribute mappings added, removed or changed, in the edited schema's order (removals last).
    pub mappings: Vec<MappingChange>,
    /// JSON pointers of every other value that differs (outside attribute mappings).
    pub other: Vec<String>,
    /// Directories, rules, object mappings and attribute mappings the job's schema has and the
    /// edited one lacks (a push of them needs removals allowed).
    pub removed: Vec<Removal>,
}

impl SchemaDiff {
    pub fn is_empty(&self) -> bool {
        self.mappings.is_empty() && self.other.is_empty() && self.removed.is_empty()
    }
}

impl fmt::Display for SchemaDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return writeln!(f, "no changes");
        }
        for change in &self.mappings {
            match change {
                MappingChange::Added { key, expression } => {
                    writeln!(f, "+ {key}: {}", expression.as_deref().unwrap_or("<no expression>"))?
                }
                MappingChange::Removed { key, expression } => {
                    writeln!(f, "- {key}: {}", expression.as_deref().unwrap_or("<no expression>"))?
                }
                MappingChange::Changed { key, fields, .. } => {
                    writeln!(f, "~ {key}")?;
                    for field in fields {
                        writeln!(
                            f,
                            "    {}: {} -> {}",
                            field.field,
                            field.before.as_deref().unwrap_or("<absent>"),
                            field.after.as_deref().unwrap_or("<absent>")
                        )?;
                    }
                }
            }
        }
        for pointer in &self.other {
            writeln!(f, "* {pointer} (outside attribute mappings)")?;
        }
        for removal in self
            .removed
            .iter()
            .filter(|r| !matches!(r, Removal::AttributeMapping { .. }))
        {
            writeln!(f, "- {removal} (removed)")?;
        }
        Ok(())
    }
}

/// Compares two schemas: attribute mappings matched by rule (`id`, else name), object mapping (`name`)
/// and target attribute name (the n-th of equal names with the n-th); everything else by JSON pointer.
pub fn diff(before: &SynchronizationSchema, after: &SynchronizationSchema) -> Result<SchemaDiff, SchemaError> {
    let mut result = SchemaDiff::default();
    let before_mappings = attribute_mappings(before);
    let after_mappings = attribute_mappings(after);
    // Matched through hash maps: a schema of many thousand mappings diffs in linear time.
    let before_index: HashMap<&MappingKey, &AttributeMapping> = before_mappings.iter().map(|(k, m)| (k, *m)).collect();
    let after_keys: HashSet<&MappingKey> = after_mappings.iter().map(|(k, _)| k).collect();
    for (key, mapping) in &after_mappings {
        match before_index.get(key).map(|old| (key, *old)) {
            None => result.mappings.push(MappingChange::Added {
                key: key.clone(),
                expression: expression_of(mapping),
            }),
            Some((_, old)) => {
                let fields = field_changes(old, mapping)?;
                if !fields.is_empty() {
                    result.mappings.push(MappingChange::Changed {
                        key: key.clone(),
                        expression: expression_of(mapping),
                        fields,
                    });
                }
            }
        }
    }
    let after_parts = parts(after);
    for part in parts(before) {
        if !after_parts.contains(&part) {
            result.removed.push(part);
        }
    }
    for (key, mapping) in &before_mappings {
        if !after_keys.contains(key) {
            result.mappings.push(MappingChange::Removed {
                key: key.clone(),
                expression: expression_of(mapping),
            });
            result.removed.push(Removal::AttributeMapping { key: key.clone() });
        }
    }
    let mut before_rest = serde_json::to_value(before).map_err(SchemaError::Encode)?;
    let mut after_rest = serde_json::to_value(after).map_err(SchemaError::Encode)?;
    strip_attribute_mappings(&mut before_rest);
    strip_attribute_mappings(&mut after_rest);
    json_differences(&before_rest, &after_rest, String::new(), &mut result.other);
    Ok(result)
}

/// The directories, rules and object mappings of a schema, by the names the diff shows.
fn parts(schema: &SynchronizationSchema) -> HashSet<Removal> {
    let mut out = HashSet::new();
    for (d, directory) in schema.directories.value().into_iter().flatten().enumerate() {
        let name = directory
            .name
            .value()
            .or(directory.id.value())
            .cloned()
            .unwrap_or_else(|| format!("directory #{d}"));
        out.insert(Removal::Directory { name });
    }
    for (r, rule) in schema.synchronization_rules.value().into_iter().flatten().enumerate() {
        let rule_name = rule_name(r, rule);
        for (o, object) in rule.object_mappings.value().into_iter().flatten().enumerate() {
            out.insert(Removal::ObjectMapping {
                rule: rule_name.clone(),
                name: object_mapping_name(o, object),
            });
        }
        out.insert(Removal::Rule { name: rule_name });
    }
    out
}

fn rule_name(index: usize, rule: &msgraph_sync::v1_0::SynchronizationRule) -> String {
    rule.id
        .value()
        .or(rule.name.value())
        .cloned()
        .unwrap_or_else(|| format!("rule #{index}"))
}

fn object_mapping_name(index: usize, object: &msgraph_sync::v1_0::ObjectMapping) -> String {
    object
        .name
        .value()
        .cloned()
        .unwrap_or_else(|| format!("object mapping #{index}"))
}

fn attribute_mappings(schema: &SynchronizationSchema) -> Vec<(MappingKey, &AttributeMapping)> {
    let mut out = Vec::new();
    for (r, rule) in schema.synchronization_rules.value().into_iter().flatten().enumerate() {
        let rule_name = rule_name(r, rule);
        for (o, object) in rule.object_mappings.value().into_iter().flatten().enumerate() {
            let object_name = object_mapping_name(o, object);
            let mut seen: HashMap<String, usize> = HashMap::new();
            for mapping in object.attribute_mappings.value().into_iter().flatten() {
                let target = mapping.target_attribute_name.value().cloned().unwrap_or_default();
                let count = seen.entry(target.clone()).or_insert(0);
                let nth = *count;
                *count += 1;
                let target_attribute = if nth == 0 {
                    target
                } else {
                    format!("{target} (#{})", nth + 1)
                };
                out.push((
                    MappingKey {
                        rule: rule_name.clone(),
                        object_mapping: object_name.clone(),
                        target_attribute,
                    },
                    mapping,
                ));
            }
        }
    }
    out
}

fn expression_of(mapping: &AttributeMapping) -> Option<String> {
    mapping.source.value().and_then(|s| s.expression.value()).cloned()
}

fn field_changes(before: &AttributeMapping, after: &AttributeMapping) -> Result<Vec<FieldChange>, SchemaError> {
    let before = serde_json::to_value(before).map_err(SchemaError::Encode)?;
    let after = serde_json::to_value(after).map_err(SchemaError::Encode)?;
    let (Value::Object(before), Value::Object(after)) = (before, after) else {
        return Ok(Vec::new());
    };
    let mut names: Vec<&String> = after.keys().collect();
    names.extend(before.keys().filter(|k| !after.contains_key(*k)));
    let mut out = Vec::new();
    for name in names {
        let (old, new) = (before.get(name), after.get(name));
        if old == new {
            continue;
        }
        // The source is shown by its parts, so an edited expression reads as one line.
        if let (Some(Value::Object(old)), Some(Value::Object(new))) = (old, new) {
            let mut parts: Vec<&String> = new.keys().collect();
            parts.extend(old.keys().filter(|k| !new.contains_key(*k)));
            for part in parts {
                if old.get(part) != new.get(part) {
                    out.push(FieldChange {
                        field: format!("{name}.{part}"),
                        before: old.get(part).map(Value::to_string),
                        after: new.get(part).map(Value::to_string),
                    });
                }
            }
            continue;
        }
        out.push(FieldChange {
            field: name.clone(),
            before: old.map(Value::to_string),
            after: new.map(Value::to_string),
        });
    }
    Ok(out)
}

fn strip_attribute_mappings(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("attributeMappings");
            map.values_mut().for_each(strip_attribute_mappings);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_attribute_mappings),
        _ => {}
    }
}

fn json_differences(before: &Value, after: &Value, pointer: String, out: &mut Vec<String>) {
    match (before, after) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = b.keys().collect();
            keys.extend(a.keys().filter(|k| !b.contains_key(*k)));
            for key in keys {
                let child = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => json_differences(x, y, child, out),
                    _ => out.push(child),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                json_differences(x, y, format!("{pointer}/{i}"), out);
            }
        }
        (a, b) if a != b => out.push(if pointer.is_empty() { "/".into() } else { pointer }),
        _ => {}
    }
}

/// What `parseExpression` said about one changed mapping's expression.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpressionCheck {
    pub key: MappingKey,
    pub expression: String,
    pub parsed: bool,
    /// The service's error, when it did not parse.
    pub error: Option<String>,
}

impl fmt::Display for ExpressionCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.parsed, &self.error) {
            (true, _) => write!(f, "{}: {} parses", self.key, self.expression),
            (false, error) => write!(
                f,
                "{}: {} does not parse: {}",
                self.key,
                self.expression,
                error.as_deref().unwrap_or("no reason given")
            ),
        }
    }
}

/// The `parseExpression` request of each added or changed mapping that has an expression, in order.
pub fn expression_requests(diff: &SchemaDiff) -> Vec<(MappingKey, String, ParseExpressionRequestBody)> {
    diff.mappings
        .iter()
        .filter_map(|change| {
            let expression = change.new_expression()?;
            let body = ParseExpressionRequestBody {
                expression: Maybe::Value(expression.to_string()),
                ..Default::default()
            };
            Some((change.key().clone(), expression.to_string(), body))
        })
        .collect()
}

/// Sends `parseExpression` for every added or changed mapping's expression.
pub async fn check_expressions(
    client: &Client,
    job: &JobRef,
    diff: &SchemaDiff,
) -> Result<Vec<ExpressionCheck>, SchemaError> {
    let builder = job.requests(&client.v1_0()).schema();
    let mut checks = Vec::new();
    for (key, expression, body) in expression_requests(diff) {
        let response = client.send(&builder.parse_expression(&body)).await?;
        let error = response.as_ref().and_then(|r| r.error.value()).map(|e| {
            format!(
                "{}: {}",
                e.code.value().map_or("", String::as_str),
                e.message.value().map_or("", String::as_str)
            )
        });
        let parsed = response
            .as_ref()
            .and_then(|r| r.parsing_succeeded.value().copied())
            .unwrap_or(false)
            && error.is_none();
        checks.push(ExpressionCheck {
            key,
            expression,
            parsed,
            error,
        });
    }
    Ok(checks)
}

/// What [`push`] did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PushReport {
    pub diff: SchemaDiff,
    pub checks: Vec<ExpressionCheck>,
    /// False when the edited schema equals the service's (nothing sent).
    pub pushed: bool,
}

/// How [`push`] guards the job's schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PushOptions {
    /// Check each changed mapping's expression with `parseExpression` first (default true).
    pub check_expressions: bool,
    /// Push even when the file lacks directories, rules or mappings the job has (default false:
    /// a file that would remove any is refused, so `{}` cannot wipe a schema).
    pub allow_removals: bool,
}

impl Default for PushOptions {
    fn default() -> PushOptions {
        PushOptions {
            check_expressions: true,
            allow_removals: false,
        }
    }
}

/// Reads the service's schema, compares, refuses a removal unless allowed, checks the changed
/// mappings' expressions (any that does not parse stops the push), then `PUT`s the edited schema.
pub async fn push(
    client: &Client,
    job: &JobRef,
    edited: &SynchronizationSchema,
    options: &PushOptions,
) -> Result<PushReport, SchemaError> {
    let current = pull(client, job).await?;
    push_onto(client, job, &current, edited, options).await
}

/// [`push`] onto a schema just read (`current`, what the service holds): the same comparison,
/// refusal of removals and checks, without reading it again.
pub async fn push_onto(
    client: &Client,
    job: &JobRef,
    current: &SynchronizationSchema,
    edited: &SynchronizationSchema,
    options: &PushOptions,
) -> Result<PushReport, SchemaError> {
    let diff = diff(current, edited)?;
    if diff.is_empty() {
        return Ok(PushReport {
            diff,
            checks: Vec::new(),
            pushed: false,
        });
    }
    if !options.allow_removals && !diff.removed.is_empty() {
        return Err(SchemaError::Removals { removed: diff.removed });
    }
    let checks = if options.check_expressions {
        check_expressions(client, job, &diff).await?
    } else {
        Vec::new()
    };
    let failures: Vec<ExpressionCheck> = checks.iter().filter(|c| !c.parsed).cloned().collect();
    if !failures.is_empty() {
        return Err(SchemaError::BadExpressions { failures });
    }
    client.send(&job.requests(&client.v1_0()).schema().put(edited)).await?;
    Ok(PushReport {
        diff,
        checks,
        pushed: true,
    })
}
