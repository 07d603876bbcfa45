//! The attributes a feed produces, checked against the job's schema: the service takes only the
//! attributes its source directory defines and silently drops the rest, so a path the map writes
//! that the job does not know (a custom attribute never added, a typo in a namespace of one's own)
//! is found here, before anything is sent.
//!
//! A job's source directory names its attributes by their SCIM paths: `userName`,
//! `name.givenName`, `emails[type eq "work"].value`,
//! `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`,
//! `urn:ietf:params:scim:schemas:extension:contoso:1.0:User:HireDate`.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use msgraph_sync::v1_0::{ObjectDefinition, SynchronizationSchema};
use serde::Serialize;
use serde_json::Value;

use crate::attribute_map::{AttributeMap, ValueKind};
use crate::bulk::Input;
use crate::records::{InputError, InputFormat, ReadItem, RecordReader};
use crate::scim::{CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA};

/// Which schema an attribute belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Namespace {
    /// SCIM's core User schema.
    Core,
    /// The enterprise User extension.
    Enterprise,
    /// A namespace of the user's own (`urn:…:User`).
    Custom,
}

/// One attribute the feed produces, named as the job's source directory names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedAttribute {
    /// The SCIM path (`urn:…:User:HireDate`, `name.givenName`).
    pub name: String,
    pub namespace: Namespace,
    /// The type an attribute definition gives it: `String`, `Boolean` or `Integer`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The map line that produces it (the `* = urn:…` line for a column it sends as is).
    pub map_line: usize,
    /// The feed's column (or JSON member) behind a `* = urn:…` attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl FeedAttribute {
    /// `map.txt:7` or `map.txt:9, column "HireDate"`.
    fn origin(&self, map_file: &str) -> String {
        match &self.column {
            Some(column) => format!("{map_file}:{}, column {column:?}", self.map_line),
            None => format!("{map_file}:{}", self.map_line),
        }
    }
}

/// Why the job's schema cannot be checked against.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceDirectoryError {
    #[error("the job's schema has no synchronization rule naming a source directory")]
    NoRule,
    #[error("the job's schema names {name:?} as its source directory but defines no directory of that name (it has: {have})")]
    NoDirectory { name: String, have: String },
    #[error("the job's source directory {directory:?} defines no object {object:?}")]
    NoObject { directory: String, object: String },
}

/// Where the job's source directory and its user object sit in the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceObject {
    pub directory: String,
    pub object: String,
    pub directory_index: usize,
    pub object_index: usize,
}

/// The source directory of the job's first rule, and the object its first object mapping reads
/// (the directory the API writes to, for an API-driven inbound job).
pub fn source_object(schema: &SynchronizationSchema) -> Result<SourceObject, SourceDirectoryError> {
    let rule = schema
        .synchronization_rules
        .value()
        .into_iter()
        .flatten()
        .find(|rule| rule.source_directory_name.value().is_some())
        .ok_or(SourceDirectoryError::NoRule)?;
    let directory = rule.source_directory_name.value().cloned().unwrap_or_default();
    let object = rule
        .object_mappings
        .value()
        .into_iter()
        .flatten()
        .find_map(|m| m.source_object_name.value().cloned())
        .unwrap_or_else(|| "User".into());
    let directories = schema.directories.value().map(Vec::as_slice).unwrap_or_default();
    let directory_index = directories
        .iter()
        .position(|d| d.name.value().is_some_and(|n| n.eq_ignore_ascii_case(&directory)))
        .ok_or_else(|| SourceDirectoryError::NoDirectory {
            name: directory.clone(),
            have: directories
                .iter()
                .filter_map(|d| d.name.value().map(|n| format!("{n:?}")))
                .collect::<Vec<_>>()
                .join(", "),
        })?;
    let object_index = directories[directory_index]
        .objects
        .value()
        .into_iter()
        .flatten()
        .position(|o| o.name.value().is_some_and(|n| n.eq_ignore_ascii_case(&object)))
        .ok_or_else(|| SourceDirectoryError::NoObject {
            directory: directory.clone(),
            object: object.clone(),
        })?;
    Ok(SourceObject {
        directory,
        object,
        directory_index,
        object_index,
    })
}

/// The object definition at `at`.
pub fn object_definition<'s>(schema: &'s SynchronizationSchema, at: &SourceObject) -> &'s ObjectDefinition {
    &schema.directories.value().expect("located by source_object")[at.directory_index]
        .objects
        .value()
        .expect("located by source_object")[at.object_index]
}

/// The attributes `input` produces, each once, in map order (the columns a `* = urn:…` line sends
/// as they are after the lines). The map's lines give most; with `* = urn:…` the CSV header gives
/// the rest, and JSON Lines records are read through (each names its own members).
pub fn feed_attributes(input: &Input) -> Result<Vec<FeedAttribute>, InputError> {
    let map = &input.map;
    let mut out: Vec<FeedAttribute> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for mapping in &map.mappings {
        let name = mapping.target.to_string();
        let namespace = namespace_of(mapping.target.schema.as_deref());
        // The core schema's own URN prefix is the same attribute as without it.
        let name = match (&mapping.target.schema, namespace) {
            (Some(_), Namespace::Core) => name[CORE_USER_SCHEMA.len() + 1..].to_string(),
            _ => name,
        };
        if !seen.insert(name.to_ascii_lowercase()) {
            continue;
        }
        let kind = match mapping.kind {
            ValueKind::Boolean => "Boolean",
            ValueKind::Integer => "Integer",
            ValueKind::String => "String",
        };
        out.push(FeedAttribute {
            name,
            namespace,
            kind,
            map_line: mapping.line,
            column: None,
        });
    }
    let Some(urn) = &map.other_columns else {
        return Ok(out);
    };
    let mut others: BTreeMap<String, &'static str> = BTreeMap::new();
    let explicit: HashSet<String> = map
        .mappings
        .iter()
        .filter(|m| m.target.schema.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(urn)))
        .map(|m| m.target.attribute.to_ascii_lowercase())
        .collect();
    let mut reader = RecordReader::open(&input.path, input.format, map.clone())?;
    if let Some(columns) = reader.other_column_names() {
        for column in columns {
            others.entry(column.to_string()).or_insert("String");
        }
    } else {
        debug_assert!(matches!(
            input.format.or_else(|| InputFormat::from_path(&input.path)),
            Some(InputFormat::JsonLines)
        ));
        while let Some(item) = reader.next_item()? {
            let ReadItem::User(record) = item else { continue };
            let Ok(Value::Object(user)) = serde_json::to_value(&record.user) else {
                continue;
            };
            let Some(Value::Object(members)) = user.get(urn.as_str()) else {
                continue;
            };
            for (key, value) in members {
                // A member a line writes (`urn:…:User:badge.number` makes `badge`) is that line's.
                if explicit.contains(&key.to_ascii_lowercase()) {
                    continue;
                }
                let kind = match value {
                    Value::Bool(_) => "Boolean",
                    Value::Number(n) if n.is_i64() || n.is_u64() => "Integer",
                    _ => "String",
                };
                let entry = others.entry(key.clone()).or_insert(kind);
                // Members of different types in different records: a string holds each.
                if *entry != kind {
                    *entry = "String";
                }
            }
        }
    }
    for (column, kind) in others {
        let name = format!("{urn}:{column}");
        if !seen.insert(name.to_ascii_lowercase()) {
            continue;
        }
        out.push(FeedAttribute {
            name,
            namespace: Namespace::Custom,
            kind,
            map_line: map.other_columns_line,
            column: Some(column),
        });
    }
    Ok(out)
}

fn namespace_of(schema: Option<&str>) -> Namespace {
    match schema {
        None => Namespace::Core,
        Some(urn) if urn.eq_ignore_ascii_case(CORE_USER_SCHEMA) => Namespace::Core,
        Some(urn) if urn.eq_ignore_ascii_case(ENTERPRISE_USER_SCHEMA) => Namespace::Enterprise,
        Some(_) => Namespace::Custom,
    }
}

/// The names an object definition has, lowercased (the service compares them without case).
fn known_names(object: &ObjectDefinition) -> HashSet<String> {
    object
        .attributes
        .value()
        .into_iter()
        .flatten()
        .filter_map(|a| a.name.value().map(|n| n.to_ascii_lowercase()))
        .collect()
}

/// Whether `name` is defined: as itself, as the complex attribute it is part of
/// (`…:manager` for `…:manager.value`), or as a whole whose parts are defined (`name` when
/// `name.givenName` is).
fn is_known(known: &HashSet<String>, name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if known.contains(&lower) {
        return true;
    }
    // The part after a namespace's last `:` holds the attribute, its filter and sub-attribute.
    let start = lower.rfind(':').map_or(0, |i| i + 1);
    let whole = match lower[start..].find(['.', '[']) {
        Some(i) => &lower[..start + i],
        None => &lower,
    };
    if whole != lower && known.contains(whole) {
        return true;
    }
    known.iter().any(|k| {
        k.strip_prefix(lower.as_str())
            .is_some_and(|rest| rest.starts_with(['.', '[']))
    })
}

/// An attribute the feed produces that the job's source directory does not define.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnknownAttribute {
    pub attribute: FeedAttribute,
    /// `map.txt:7`: the map file and line (and the column behind `* = urn:…`).
    pub origin: String,
    /// The directory checked.
    pub directory: String,
    /// The nearest name the directory has, when one is near (a typo).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub did_you_mean: Option<String>,
}

impl UnknownAttribute {
    /// Whether `schema extend` would add it (attributes of the enterprise extension and of
    /// namespaces of one's own; the core schema's are the service's to define).
    pub fn extendable(&self) -> bool {
        self.attribute.namespace != Namespace::Core
    }
}

impl fmt::Display for UnknownAttribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} is not an attribute of the job's source directory {:?}: the service would drop it",
            self.origin, self.attribute.name, self.directory
        )?;
        if let Some(near) = &self.did_you_mean {
            write!(f, " (did you mean {near:?}?)")?;
        }
        Ok(())
    }
}

/// The attributes of `attributes` the job's source directory does not define, in map order.
pub fn unknown_attributes(
    schema: &SynchronizationSchema,
    attributes: &[FeedAttribute],
    map: &AttributeMap,
) -> Result<Vec<UnknownAttribute>, SourceDirectoryError> {
    let at = source_object(schema)?;
    let object = object_definition(schema, &at);
    let known = known_names(object);
    let names: Vec<&str> = object
        .attributes
        .value()
        .into_iter()
        .flatten()
        .filter_map(|a| a.name.value().map(String::as_str))
        .collect();
    Ok(attributes
        .iter()
        .filter(|a| !is_known(&known, &a.name))
        .map(|a| UnknownAttribute {
            origin: a.origin(&map.file),
            attribute: a.clone(),
            directory: at.directory.clone(),
            did_you_mean: nearest(&a.name, &names),
        })
        .collect())
}

/// The defined name nearest to `name` in the same namespace, when one is near (a typo): the
/// attribute parts are compared, so a long namespace does not make every name near.
fn nearest(name: &str, names: &[&str]) -> Option<String> {
    let split = |n: &str| -> (String, String) {
        match n.rfind(':') {
            Some(i) => (n[..i].to_ascii_lowercase(), n[i + 1..].to_string()),
            None => (String::new(), n.to_string()),
        }
    };
    let (namespace, local) = split(name);
    let candidates: Vec<(String, &str)> = names
        .iter()
        .filter_map(|n| {
            let (their_namespace, their_local) = split(n);
            (their_namespace == namespace).then_some((their_local, *n))
        })
        .collect();
    let suggestion = crate::scim_schema::suggest(&local, candidates.iter().map(|(l, _)| l.as_str()));
    let local = suggestion
        .strip_prefix("did you mean ")
        .and_then(|s| s.strip_suffix('?'))
        .and_then(|s| serde_json::from_str::<String>(s).ok())?;
    candidates
        .iter()
        .find(|(l, _)| *l == local)
        .map(|(_, full)| full.to_string())
}

/// Why a feed could not be checked against a job's schema.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    SourceDirectory(#[from] SourceDirectoryError),
}

/// The attributes `input` produces that `schema`'s source directory does not define.
pub fn check_feed(input: &Input, schema: &SynchronizationSchema) -> Result<Vec<UnknownAttribute>, CheckError> {
    let attributes = feed_attributes(input)?;
    Ok(unknown_attributes(schema, &attributes, &input.map)?)
}

/// The closing advice for a list of unknown attributes: what adds them, what else to do.
pub fn advice(unknown: &[UnknownAttribute]) -> String {
    let extendable = unknown.iter().filter(|u| u.extendable()).count();
    let mut parts = Vec::new();
    if extendable > 0 {
        parts.push(format!(
            "`schema extend` adds attributes of the enterprise extension and of namespaces of your own to the job's source directory ({extendable} here; then map them to Entra attributes)"
        ));
    }
    if extendable < unknown.len() {
        parts.push(
            "core attributes the job does not define are the service's: correct the map, or add their definition with `schema pull`/`schema push`".to_string(),
        );
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_known_through_its_whole_and_a_whole_through_its_parts() {
        let known: HashSet<String> = [
            "name.givenname",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager",
            "emails[type eq \"work\"].value",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        assert!(is_known(&known, "name.givenName"));
        assert!(is_known(&known, "name"));
        assert!(is_known(
            &known,
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"
        ));
        assert!(is_known(&known, "emails"));
        assert!(!is_known(&known, "name.givenNmae"));
        assert!(!is_known(&known, "emails[type eq \"home\"].value"));
        assert!(!is_known(
            &known,
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"
        ));
    }

    #[test]
    fn the_nearest_name_is_looked_for_in_the_same_namespace() {
        let names = [
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division",
            "urn:ietf:params:scim:schemas:extension:contoso:1.0:User:HireDate",
            "name.givenName",
        ];
        let contoso = "urn:ietf:params:scim:schemas:extension:contoso:1.0:User";
        assert_eq!(
            nearest(&format!("{contoso}:HireDat"), &names).as_deref(),
            Some(names[1])
        );
        assert_eq!(nearest(&format!("{contoso}:JobCode"), &names), None);
        assert_eq!(nearest("name.givenNmae", &names).as_deref(), Some("name.givenName"));
    }
}
