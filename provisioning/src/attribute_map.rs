//! The attribute map: which source column, or computed value, becomes which SCIM attribute.
//!
//! A text file, one mapping per line; blank lines and lines starting with `#` are ignored (the full
//! reference is docs/map.md):
//!
//! ```text
//! # source column = SCIM attribute path [as boolean|integer|string]
//! EmployeeID   = externalId
//! FirstName    = name.givenName
//! WorkEmail    = emails[type eq "work"].value
//! Department   = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
//! Level        = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:Level as integer
//! # SCIM attribute path := expression (Entra's functions, see [`crate::map_expression`])
//! active := [WorkerStatus] = "Active"
//! emails[type eq "work"].primary := true
//! # every column no line reads, into a namespace of one's own
//! * = urn:ietf:params:scim:schemas:extension:contoso:1.0:User
//! ```
//!
//! The column is everything before the first `=` (trimmed: it may contain spaces), the path
//! everything after; a line whose left side ends with `:` (`path :=`) is computed. A path is an
//! attribute of the core User schema, or of the schema whose URN prefixes it (`urn:…:User:` — the
//! attribute is what follows the last `:`), then optionally a value filter `[type eq "work"]`
//! selecting (or creating) the item of a multi-valued attribute, and a sub-attribute `.name`. Paths
//! into the core and enterprise schemas are checked against them ([`crate::scim_schema`]): name,
//! shape and type. An empty value is not sent; `null` is sent as `null` (clearing the value). One
//! mapping must target `externalId`: it is how the service matches records to users, and how the
//! provisioning logs are matched back to the records.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde_json::{Map, Value};

use crate::map_expression::{self, Expr, Val};
use crate::scim::{CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA};
use crate::scim_schema::{self, Shape};

/// A map file that cannot be used, with the place: `map.txt:3:12: …`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct MapError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// How a source value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    String,
    Boolean,
    Integer,
}

/// A parsed SCIM attribute path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributePath {
    /// The schema URN of an extension; `None` for the core User schema.
    pub schema: Option<String>,
    pub attribute: String,
    /// `[sub eq "value"]`: the item of a multi-valued attribute whose `sub` is `value`.
    pub filter: Option<(String, String)>,
    pub sub_attribute: Option<String>,
}

impl fmt::Display for AttributePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(schema) = &self.schema {
            write!(f, "{schema}:")?;
        }
        f.write_str(&self.attribute)?;
        if let Some((sub, value)) = &self.filter {
            write!(f, "[{sub} eq \"{value}\"]")?;
        }
        if let Some(sub) = &self.sub_attribute {
            write!(f, ".{sub}")?;
        }
        Ok(())
    }
}

/// Where a mapping's value comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingSource {
    /// A column, by index into [`AttributeMap::columns`].
    Column(usize),
    /// A computed value (`path := expression`).
    Expression(Expr),
}

/// One line of the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub source: MappingSource,
    pub target: AttributePath,
    pub kind: ValueKind,
    /// The line of the map file (1-based).
    pub line: usize,
    /// The target is in the core or enterprise schema (checked), not a namespace of the user's.
    pub known: bool,
    /// The target is a whole complex or multi-valued attribute: only an object or list fits.
    pub object_only: bool,
}

/// A source column the map reads, and the first line that reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapColumn {
    pub name: String,
    pub line: usize,
}

/// Something a map does that it may not mean to (the map is still used).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: warning: {message}")]
pub struct MapWarning {
    pub file: String,
    pub message: String,
}

/// The whole map, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeMap {
    pub mappings: Vec<Mapping>,
    /// Every column the map reads, each once.
    pub columns: Vec<MapColumn>,
    /// `* = urn:…`: every column no line reads goes into this namespace, under its own name.
    pub other_columns: Option<String>,
    /// The map line of `* = urn:…` (0 without one).
    pub other_columns_line: usize,
    /// Index into `mappings` of the one targeting `externalId`.
    pub external_id: usize,
    /// The file the map came from (for messages).
    pub file: String,
    pub warnings: Vec<MapWarning>,
}

/// Why a source value could not be written (the caller adds the record's place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    /// Index into [`AttributeMap::mappings`].
    pub mapping: usize,
    /// The column to point at (index into [`AttributeMap::columns`]), when the value read one.
    pub column: Option<usize>,
    pub message: String,
}

/// What a map line with no `active` is warned of.
pub const NO_ACTIVE_WARNING: &str = "no line sets `active`. The provisioning service may treat a record without it as disabled: a report on Microsoft's samples (github.com/AzureAD/entra-id-inbound-provisioning/issues/16) says that omitting `active` in bulkUpload disabled existing accounts. Map it (`active := [Status] = \"Active\"`) or send `active := true` on purpose";

impl AttributeMap {
    /// Reads and parses a map file.
    pub fn from_file(path: &Path) -> Result<AttributeMap, MapError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| MapError {
            file: file.clone(),
            line: 0,
            column: 0,
            message: format!("cannot read the attribute map: {e}"),
        })?;
        AttributeMap::parse(&text, &file)
    }

    /// Parses map text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<AttributeMap, MapError> {
        let error = |line: usize, column: usize, message: String| MapError {
            file: file.to_string(),
            line,
            column,
            message,
        };
        let mut mappings: Vec<Mapping> = Vec::new();
        let mut columns: Vec<MapColumn> = Vec::new();
        let mut column_index: HashMap<String, usize> = HashMap::new();
        let mut other_columns: Option<String> = None;
        let mut other_columns_line = 0;
        let mut targets = Targets::default();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = raw.len() - raw.trim_start().len();
            let Some((left, rest)) = raw.split_once('=') else {
                return Err(error(
                    line,
                    indent + 1,
                    "expected `source column = SCIM attribute path` or `SCIM attribute path := expression`".into(),
                ));
            };
            let right_start = left.len() + 1 + (rest.len() - rest.trim_start().len());
            let rest = rest.trim();
            let mut column_of = |name: &str| -> usize {
                *column_index.entry(name.to_string()).or_insert_with(|| {
                    columns.push(MapColumn {
                        name: name.to_string(),
                        line,
                    });
                    columns.len() - 1
                })
            };
            let (target, target_start, source, kind) = if let Some(path) = left.trim_end().strip_suffix(':') {
                // `path := expression`
                let path_text = path.trim();
                if path_text.is_empty() {
                    return Err(error(line, indent + 1, "the SCIM attribute path is empty".into()));
                }
                let target =
                    parse_path(path_text).map_err(|(offset, message)| error(line, indent + offset + 1, message))?;
                let expr = map_expression::parse(rest, &mut column_of)
                    .map_err(|(offset, message)| error(line, right_start + offset + 1, message))?;
                if rest.is_empty() {
                    return Err(error(line, right_start + 1, "the expression is empty".into()));
                }
                (target, indent, MappingSource::Expression(expr), None)
            } else {
                let column_name = left.trim();
                if column_name.is_empty() {
                    return Err(error(line, indent + 1, "the source column is empty".into()));
                }
                if column_name == "*" {
                    if other_columns.is_some() {
                        return Err(error(line, indent + 1, "`*` is mapped twice".into()));
                    }
                    let urn = rest;
                    let custom = urn.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("urn:"))
                        && !urn.eq_ignore_ascii_case(CORE_USER_SCHEMA)
                        && !urn.eq_ignore_ascii_case(ENTERPRISE_USER_SCHEMA)
                        && !urn.contains(['[', ' ']);
                    if !custom {
                        return Err(error(
                            line,
                            right_start + 1,
                            format!("`* = {urn}`: the other columns go into a namespace of your own (`* = urn:…:User`), not the core or enterprise schema"),
                        ));
                    }
                    other_columns = Some(urn.to_string());
                    other_columns_line = line;
                    continue;
                }
                let (path_text, kind) = match rest.rsplit_once(" as ") {
                    Some((path, kind)) => {
                        let kind = match kind.trim() {
                            "boolean" => ValueKind::Boolean,
                            "integer" => ValueKind::Integer,
                            "string" => ValueKind::String,
                            other => {
                                return Err(error(
                                    line,
                                    right_start + path.len() + 5,
                                    format!("unknown value type {other:?} (boolean, integer or string)"),
                                ))
                            }
                        };
                        (path.trim_end(), Some(kind))
                    }
                    None => (rest, None),
                };
                let target = parse_path(path_text)
                    .map_err(|(offset, message)| error(line, right_start + offset + 1, message))?;
                let column = column_of(column_name);
                (target, right_start, MappingSource::Column(column), kind)
            };
            if let Some(previous) = targets.claim(&target, mappings.len()) {
                let previous = &mappings[previous];
                let from = match &previous.source {
                    MappingSource::Column(c) => format!("column {:?}, ", columns[*c].name),
                    MappingSource::Expression(_) => String::new(),
                };
                return Err(error(
                    line,
                    target_start + 1,
                    format!(
                        "{target} overlaps {} ({from}line {}): one would overwrite the other",
                        previous.target, previous.line
                    ),
                ));
            }
            let shape = check_target(&target, matches!(source, MappingSource::Expression(_)), kind)
                .map_err(|message| error(line, target_start + 1, message))?;
            if let MappingSource::Expression(expr) = &source {
                if contains_null(expr) && !clearable(&target) {
                    return Err(error(
                        line,
                        target_start + 1,
                        format!("{target} cannot be cleared with null: the service clears single-valued text attributes only (displayName, title, name.givenName, department, manager.value, …, or a namespace of your own)"),
                    ));
                }
            }
            let kind = kind.unwrap_or(if shape == Some(Shape::Boolean) {
                ValueKind::Boolean
            } else {
                ValueKind::String
            });
            let known = is_known_schema(&target);
            let object_only = known && matches!(shape, Some(Shape::Complex(_) | Shape::MultiValued(_)));
            mappings.push(Mapping {
                source,
                target,
                kind,
                line,
                known,
                object_only,
            });
        }
        let is_core = |m: &Mapping, name: &str| {
            m.target.schema.is_none() && m.target.attribute == name && m.target.sub_attribute.is_none()
        };
        let external_id = mappings.iter().position(|m| is_core(m, "externalId")).ok_or_else(|| {
            error(
                0,
                0,
                "no column is mapped to externalId (the service matches records by it)".into(),
            )
        })?;
        let mut warnings = Vec::new();
        if !mappings.iter().any(|m| is_core(m, "active")) {
            warnings.push(MapWarning {
                file: file.to_string(),
                message: NO_ACTIVE_WARNING.into(),
            });
        }
        Ok(AttributeMap {
            mappings,
            columns,
            other_columns,
            other_columns_line,
            external_id,
            file: file.to_string(),
            warnings,
        })
    }

    /// The SCIM User object of one record: `value(i)` is the value of column `i` of
    /// [`AttributeMap::columns`] (`None` or `""`: not sent). `schemas` lists the core schema, then
    /// each extension present.
    pub fn user_object<'v>(
        &'v self,
        value: impl Fn(usize) -> Option<SourceValue<'v>>,
    ) -> Result<Map<String, Value>, ValueError> {
        self.user_object_with_others(value, std::iter::empty())
    }

    /// [`AttributeMap::user_object`], with the record's columns that no line reads (name, value):
    /// with `* = urn:…` they go into that namespace, each under its own name.
    pub fn user_object_with_others<'v>(
        &'v self,
        value: impl Fn(usize) -> Option<SourceValue<'v>>,
        others: impl Iterator<Item = (&'v str, SourceValue<'v>)>,
    ) -> Result<Map<String, Value>, ValueError> {
        self.map_values(value, others).map(|values| self.assemble(values))
    }

    /// Each mapping's value for one record, and the columns no line reads (with `* = urn:…`):
    /// what [`AttributeMap::assemble`] makes the SCIM object of. Fails as
    /// [`AttributeMap::user_object`] does.
    pub fn map_values<'v>(
        &'v self,
        value: impl Fn(usize) -> Option<SourceValue<'v>>,
        others: impl Iterator<Item = (&'v str, SourceValue<'v>)>,
    ) -> Result<MappedValues, ValueError> {
        let mut values = Vec::with_capacity(self.mappings.len());
        for (index, mapping) in self.mappings.iter().enumerate() {
            let fail = |column: Option<usize>, message: String| ValueError {
                mapping: index,
                column,
                message,
            };
            let converted = match &mapping.source {
                MappingSource::Column(column) => match value(*column) {
                    None => None,
                    Some(source) => convert(source, mapping).map_err(|message| fail(Some(*column), message))?,
                },
                MappingSource::Expression(expr) => {
                    let result = map_expression::eval(expr, &|i| source_val(value(i)))
                        .map_err(|message| fail(first_column(expr), format!("map line {}: {message}", mapping.line)))?;
                    from_val(result, mapping)
                        .map_err(|message| fail(first_column(expr), format!("map line {}: {message}", mapping.line)))?
                }
            };
            values.push(converted);
        }
        let mut other_values = Vec::new();
        if self.other_columns.is_some() {
            for (name, source) in others {
                let converted = match source {
                    SourceValue::Text("") | SourceValue::Json(Value::Null) => continue,
                    SourceValue::Text(text) => Value::String(text.to_string()),
                    SourceValue::Json(value) => value.clone(),
                };
                other_values.push((name.to_string(), converted));
            }
        }
        // `externalId` is written by its own mapping only (map lines never overlap).
        if values[self.external_id].is_none() {
            let column = match &self.mappings[self.external_id].source {
                MappingSource::Column(c) => Some(*c),
                MappingSource::Expression(expr) => first_column(expr),
            };
            return Err(ValueError {
                mapping: self.external_id,
                column,
                message: "externalId is empty (the service matches records by it)".into(),
            });
        }
        Ok(MappedValues {
            values,
            others: other_values,
        })
    }

    /// The SCIM User object of one record's values. `schemas` lists the core schema, then each
    /// extension present.
    pub fn assemble(&self, mapped: MappedValues) -> Map<String, Value> {
        let mut object = Map::new();
        let mut extensions: Vec<&str> = Vec::new();
        for (mapping, converted) in self.mappings.iter().zip(mapped.values) {
            let Some(converted) = converted else { continue };
            let root = match &mapping.target.schema {
                None => &mut object,
                Some(urn) => {
                    if !extensions.contains(&urn.as_str()) {
                        extensions.push(urn);
                    }
                    object_at(&mut object, urn)
                }
            };
            set(root, &mapping.target, converted);
        }
        if let Some(urn) = &self.other_columns {
            let any = !mapped.others.is_empty();
            for (name, converted) in mapped.others {
                let namespace = object_at(&mut object, urn);
                // A line that maps into the namespace explicitly wins over the column of that name.
                namespace.entry(name).or_insert(converted);
            }
            if any && !extensions.contains(&urn.as_str()) {
                extensions.push(urn);
            }
        }
        let mut schemas = vec![Value::from(CORE_USER_SCHEMA)];
        schemas.extend(self.schemas_of(extensions).map(Value::from));
        object.insert("schemas".into(), Value::Array(schemas));
        object
    }

    /// The extensions of `schemas` after the core one, from those present in map order: the
    /// enterprise extension first, as the docs list it, then the others in that order.
    pub fn schemas_of<'a>(&self, mut extensions: Vec<&'a str>) -> impl Iterator<Item = &'a str> {
        extensions.sort_by_key(|urn| *urn != ENTERPRISE_USER_SCHEMA);
        extensions.into_iter()
    }

    /// The index of a column in [`AttributeMap::columns`].
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

fn contains_null(expr: &Expr) -> bool {
    match expr {
        Expr::Null => true,
        Expr::Column(_) | Expr::Text(_) | Expr::Boolean(_) => false,
        Expr::Compare { .. } => false,
        Expr::FormatDateTime { source, .. } => contains_null(source),
        Expr::Call(_, args) => args.iter().any(contains_null),
    }
}

/// Whether `null` may be sent to `target` (and reaches the wire: the typed SCIM fields keep it).
fn clearable(target: &AttributePath) -> bool {
    if !is_known_schema(target) {
        return true;
    }
    let enterprise = target.schema.is_some();
    match (
        target.attribute.as_str(),
        target.sub_attribute.as_deref(),
        &target.filter,
    ) {
        (_, _, Some(_)) => false,
        ("displayName" | "nickName" | "title" | "userType" | "preferredLanguage" | "locale" | "timezone", None, _) => {
            !enterprise
        }
        ("name", Some(_), _) => !enterprise,
        ("employeeNumber" | "costCenter" | "organization" | "division" | "department", None, _) => enterprise,
        ("manager", Some("value" | "displayName"), _) => enterprise,
        _ => false,
    }
}

/// The first column an expression reads (where an error in its value points).
fn first_column(expr: &Expr) -> Option<usize> {
    match expr {
        Expr::Column(c) => Some(*c),
        Expr::Text(_) | Expr::Boolean(_) | Expr::Null => None,
        Expr::Compare { left, right, .. } => first_column(left).or_else(|| first_column(right)),
        Expr::FormatDateTime { source, .. } => first_column(source),
        Expr::Call(_, args) => args.iter().find_map(first_column),
    }
}

fn source_val(source: Option<SourceValue<'_>>) -> Val<'_> {
    match source {
        None | Some(SourceValue::Json(Value::Null)) => Val::Text(Cow::Borrowed("")),
        Some(SourceValue::Text(text)) => Val::Text(Cow::Borrowed(text)),
        Some(SourceValue::Json(Value::String(text))) => Val::Text(Cow::Borrowed(text)),
        Some(SourceValue::Json(Value::Bool(b))) => Val::Boolean(*b),
        Some(SourceValue::Json(other)) => Val::Text(Cow::Owned(other.to_string())),
    }
}

/// An expression's result as the target takes it: empty text is not sent, `null` is sent.
fn from_val(result: Val<'_>, mapping: &Mapping) -> Result<Option<Value>, String> {
    match result {
        Val::Text(text) => convert(SourceValue::Text(&text), mapping),
        Val::Boolean(b) => match mapping.kind {
            ValueKind::Boolean => Ok(Some(Value::Bool(b))),
            ValueKind::String if mapping.target.schema.is_some() && !mapping.known => Ok(Some(Value::Bool(b))),
            ValueKind::String => Ok(Some(Value::String(b.to_string()))),
            ValueKind::Integer => Err(format!("{} takes an integer, not {b}", mapping.target)),
        },
        Val::Null if mapping.kind == ValueKind::Boolean => Err(format!(
            "{} cannot be cleared with null (the service clears single-valued text attributes)",
            mapping.target
        )),
        Val::Null => Ok(Some(Value::Null)),
    }
}

/// One record's values, mapping by mapping ([`AttributeMap::map_values`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MappedValues {
    /// The value of each of [`AttributeMap::mappings`] (`None`: not sent).
    pub values: Vec<Option<Value>>,
    /// With `* = urn:…`: the record's columns no line reads, by name, with their values.
    pub others: Vec<(String, Value)>,
}

impl MappedValues {
    /// The externalId (a number as its text).
    pub fn external_id(&self, map: &AttributeMap) -> String {
        match &self.values[map.external_id] {
            Some(Value::String(id)) => id.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    }
}

/// A value read from the input: a CSV cell, or a JSON Lines member.
#[derive(Debug, Clone, Copy)]
pub enum SourceValue<'a> {
    Text(&'a str),
    Json(&'a Value),
}

fn convert(source: SourceValue, mapping: &Mapping) -> Result<Option<Value>, String> {
    let kind = mapping.kind;
    let text = match source {
        SourceValue::Text(text) => text,
        SourceValue::Json(Value::Null) => return Ok(None),
        SourceValue::Json(Value::String(text)) => text,
        SourceValue::Json(value @ Value::Bool(_)) if kind == ValueKind::Boolean => return Ok(Some(value.clone())),
        SourceValue::Json(value @ Value::Number(n)) if kind == ValueKind::Integer && (n.is_i64() || n.is_u64()) => {
            return Ok(Some(value.clone()))
        }
        SourceValue::Json(value @ (Value::Bool(_) | Value::Number(_))) if kind == ValueKind::String => {
            return Ok(Some(Value::String(value.to_string())))
        }
        // An object or array is the attribute's value as given (a whole `name`, `emails`, …).
        SourceValue::Json(value @ (Value::Object(_) | Value::Array(_))) if !mapping.known => {
            return Ok(Some(value.clone()))
        }
        SourceValue::Json(value @ (Value::Object(_) | Value::Array(_))) if mapping.object_only => {
            check_whole(value, &mapping.target)?;
            return Ok(Some(value.clone()));
        }
        SourceValue::Json(value @ (Value::Object(_) | Value::Array(_))) => {
            let what = if value.is_object() { "an object" } else { "a list" };
            return Err(format!("{} takes a {}, not {what}", mapping.target, kind_name(kind)));
        }
        SourceValue::Json(other) => return Err(format!("{other} is not a {}", kind_name(kind))),
    };
    if text.is_empty() {
        return Ok(None);
    }
    if mapping.object_only {
        return Err(format!(
            "{} is a complex attribute: text cannot be its value (map its sub-attributes, e.g. {})",
            mapping.target,
            example_sub_path(&mapping.target)
        ));
    }
    match kind {
        ValueKind::String => Ok(Some(Value::String(text.to_string()))),
        ValueKind::Boolean => match text.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(Some(Value::Bool(true))),
            "false" | "0" | "no" => Ok(Some(Value::Bool(false))),
            _ => Err(format!("{text:?} is not a boolean (true/false, 1/0, yes/no)")),
        },
        ValueKind::Integer => text
            .trim()
            .parse::<i64>()
            .map(|n| Some(Value::from(n)))
            .map_err(|_| format!("{text:?} is not an integer")),
    }
}

/// A whole complex (`name`) or multi-valued (`emails`) attribute given as JSON: an object, or a
/// list of objects, whose known sub-attributes are text (`primary` a boolean).
fn check_whole(value: &Value, path: &AttributePath) -> Result<(), String> {
    let attributes = match &path.schema {
        Some(urn) if urn.eq_ignore_ascii_case(ENTERPRISE_USER_SCHEMA) => scim_schema::ENTERPRISE_USER,
        _ => scim_schema::CORE_USER,
    };
    let shape = scim_schema::find(attributes, &path.attribute).map(|a| a.shape);
    let check_item = |item: &Value, subs: &[&str], at: &str| -> Result<(), String> {
        let Value::Object(item) = item else {
            return Err(format!("{}{at} must be an object, not {item}", path.attribute));
        };
        for (key, value) in item {
            let fits = match (subs.contains(&key.as_str()), key.as_str()) {
                (false, _) => true,
                (true, "primary") => value.is_boolean(),
                (true, _) => value.is_string() || value.is_null(),
            };
            if !fits {
                let wanted = if key == "primary" { "a boolean" } else { "text" };
                return Err(format!("{}{at}.{key} must be {wanted}, not {value}", path.attribute));
            }
        }
        Ok(())
    };
    match (shape, value) {
        (Ok(Shape::Complex(subs)), item) => check_item(item, subs, ""),
        (Ok(Shape::MultiValued(subs)), Value::Array(items)) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| check_item(item, subs, &format!("[{i}]"))),
        (Ok(Shape::MultiValued(_)), other) => Err(format!("{} is multi-valued: a list, not {other}", path.attribute)),
        _ => Ok(()),
    }
}

fn is_known_schema(path: &AttributePath) -> bool {
    match &path.schema {
        None => true,
        Some(urn) => urn.eq_ignore_ascii_case(CORE_USER_SCHEMA) || urn.eq_ignore_ascii_case(ENTERPRISE_USER_SCHEMA),
    }
}

/// `name.givenName`, `emails[type eq "work"].value`: how to write a part of a complex attribute.
fn example_sub_path(path: &AttributePath) -> String {
    let attributes = match &path.schema {
        Some(urn) if urn.eq_ignore_ascii_case(ENTERPRISE_USER_SCHEMA) => scim_schema::ENTERPRISE_USER,
        _ => scim_schema::CORE_USER,
    };
    match scim_schema::find(attributes, &path.attribute).map(|a| a.shape) {
        Ok(Shape::MultiValued(subs)) => format!("{}[type eq \"work\"].{}", path.attribute, subs[0]),
        Ok(Shape::Complex(subs)) => {
            let sub = if subs.contains(&"givenName") {
                "givenName"
            } else {
                subs[0]
            };
            format!("{}.{sub}", path.attribute)
        }
        _ => path.attribute.clone(),
    }
}

/// Checks a target against the core and enterprise schemas (other namespaces are the user's own):
/// the name, the shape (a sub-attribute of a simple attribute, a filter on a single-valued one, a
/// part of a multi-valued one without selecting the item) and an `as` type that the schema gives
/// another. Gives the shape of what the line writes (`None`: a namespace of the user's).
fn check_target(target: &AttributePath, computed: bool, kind: Option<ValueKind>) -> Result<Option<Shape>, String> {
    if !is_known_schema(target) {
        return Ok(None);
    }
    let (attributes, schema) = match &target.schema {
        Some(urn) if urn.eq_ignore_ascii_case(ENTERPRISE_USER_SCHEMA) => {
            (scim_schema::ENTERPRISE_USER, "the enterprise User extension")
        }
        _ => (scim_schema::CORE_USER, "the core User schema"),
    };
    let attribute = scim_schema::find(attributes, &target.attribute)
        .map_err(|hint| format!("{:?} is not an attribute of {schema}: {hint}", target.attribute))?;
    let name = attribute.name;
    let leaf = match (attribute.shape, &target.filter, &target.sub_attribute) {
        (shape @ (Shape::Text | Shape::Boolean), None, None) => shape,
        (Shape::Text | Shape::Boolean, _, _) => {
            return Err(format!("{name} is a single value: it has no sub-attributes or items"))
        }
        (Shape::Complex(_), Some(_), _) => {
            return Err(format!(
                "{name} is not multi-valued: write {} instead of a [filter]",
                example_sub_path(target)
            ))
        }
        (Shape::MultiValued(_), None, Some(_)) => {
            return Err(format!(
                "{name} is multi-valued: select the item, e.g. {}",
                example_sub_path(target)
            ))
        }
        (shape @ (Shape::Complex(_) | Shape::MultiValued(_)), None, None) => {
            if computed {
                return Err(format!(
                    "{name} is a complex attribute: an expression gives text, so map its sub-attributes, e.g. {}",
                    example_sub_path(target)
                ));
            }
            shape
        }
        (Shape::Complex(subs) | Shape::MultiValued(subs), filter, sub) => {
            if let Some((key, _)) = filter {
                if !subs.contains(&key.as_str()) {
                    return Err(format!(
                        "{key:?} is not a sub-attribute of {name}: {}",
                        scim_schema::suggest(key, subs.iter().copied())
                    ));
                }
            }
            let sub = sub.as_deref().unwrap_or("value");
            if !subs.contains(&sub) {
                return Err(format!(
                    "{sub:?} is not a sub-attribute of {name}: {}",
                    scim_schema::suggest(sub, subs.iter().copied())
                ));
            }
            if sub == "primary" {
                Shape::Boolean
            } else {
                Shape::Text
            }
        }
    };
    match (leaf, kind) {
        (_, None) | (Shape::Text, Some(ValueKind::String)) | (Shape::Boolean, Some(ValueKind::Boolean)) => {}
        (Shape::Complex(_) | Shape::MultiValued(_), Some(_)) => {
            return Err(format!("{name} is a complex attribute: `as` types do not apply"))
        }
        (Shape::Text, Some(_)) => {
            return Err(format!(
                "{target} is text in the SCIM schema: `as` must be string (or left out)"
            ))
        }
        (Shape::Boolean, Some(_)) => {
            return Err(format!(
                "{target} is a boolean in the SCIM schema: `as` must be boolean (or left out)"
            ))
        }
    }
    Ok(Some(leaf))
}

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::String => "string",
        ValueKind::Boolean => "boolean",
        ValueKind::Integer => "integer",
    }
}

/// The object at `key`, created (or replacing a non-object, which a map cannot produce).
fn object_at<'m>(map: &'m mut Map<String, Value>, key: &str) -> &'m mut Map<String, Value> {
    let slot = map.entry(key.to_string()).or_insert_with(|| Value::Object(Map::new()));
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    match slot {
        Value::Object(object) => object,
        _ => unreachable!("made an object above"),
    }
}

fn set(root: &mut Map<String, Value>, path: &AttributePath, value: Value) {
    match (&path.filter, &path.sub_attribute) {
        (None, None) => {
            root.insert(path.attribute.clone(), value);
        }
        (None, Some(sub)) => {
            object_at(root, &path.attribute).insert(sub.clone(), value);
        }
        (Some((key, wanted)), sub) => {
            let slot = root
                .entry(path.attribute.clone())
                .or_insert_with(|| Value::Array(Vec::new()));
            if !slot.is_array() {
                *slot = Value::Array(Vec::new());
            }
            let Value::Array(items) = slot else {
                unreachable!("made an array above")
            };
            let position = items
                .iter()
                .position(|item| item.get(key).and_then(Value::as_str) == Some(wanted));
            let item = match position {
                Some(position) => &mut items[position],
                None => {
                    let mut item = Map::new();
                    item.insert(key.clone(), Value::String(wanted.clone()));
                    items.push(Value::Object(item));
                    items.last_mut().expect("pushed above")
                }
            };
            if let Value::Object(item) = item {
                item.insert(sub.clone().unwrap_or_else(|| "value".into()), value);
            }
        }
    }
}

/// The paths mapped so far, by what they write, so a new one is checked against them in constant
/// time. Names compare ignoring ASCII case, as SCIM's do: `userName` and `USERNAME` are one attribute.
#[derive(Default)]
struct Targets {
    attributes: HashMap<(String, String), Written>,
}

/// What the mappings of one attribute write (each value: the index of the first such mapping).
#[derive(Default)]
struct Written {
    any: Option<usize>,
    whole: Option<usize>,
    /// `.sub` of a single-valued attribute, by sub-attribute.
    subs: HashMap<String, usize>,
    first_sub: Option<usize>,
    /// `[key eq "value"].sub` of a multi-valued one, by key, value and sub-attribute.
    items: HashMap<(String, String, String), usize>,
    first_item: Option<usize>,
}

impl Targets {
    /// Records `path` as mapping `index`, or gives the earlier mapping it overlaps: the whole
    /// attribute and any part of it; one sub-attribute twice; one filtered item's sub-attribute
    /// twice; an attribute written both as an object (`.sub`) and as a list (`[…]`).
    fn claim(&mut self, path: &AttributePath, index: usize) -> Option<usize> {
        let key = (
            path.schema.as_deref().unwrap_or("").to_ascii_lowercase(),
            path.attribute.to_ascii_lowercase(),
        );
        let written = self.attributes.entry(key).or_default();
        let sub = path.sub_attribute.as_deref().map(str::to_ascii_lowercase);
        let conflict = match (&path.filter, sub) {
            (None, None) => written.any,
            (None, Some(sub)) => written.whole.or(written.first_item).or(written.subs.get(&sub).copied()),
            (Some((filter_key, value)), sub) => {
                let item = (
                    filter_key.to_ascii_lowercase(),
                    value.clone(),
                    sub.unwrap_or_else(|| "value".into()),
                );
                written
                    .whole
                    .or(written.first_sub)
                    .or(written.items.get(&item).copied())
            }
        };
        if conflict.is_some() {
            return conflict;
        }
        written.any.get_or_insert(index);
        match (&path.filter, &path.sub_attribute) {
            (None, None) => written.whole = Some(index),
            (None, Some(sub)) => {
                written.subs.insert(sub.to_ascii_lowercase(), index);
                written.first_sub.get_or_insert(index);
            }
            (Some((filter_key, value)), sub) => {
                let sub = sub.as_deref().unwrap_or("value").to_ascii_lowercase();
                written
                    .items
                    .insert((filter_key.to_ascii_lowercase(), value.clone(), sub), index);
                written.first_item.get_or_insert(index);
            }
        }
        None
    }
}

fn is_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$')
}

/// Parses a path; an error gives the byte offset in `text` and the message.
fn parse_path(text: &str) -> Result<AttributePath, (usize, String)> {
    if text.is_empty() {
        return Err((0, "the SCIM attribute path is empty".into()));
    }
    let (schema, attribute_start) = if text.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("urn:")) {
        // The attribute follows the last `:` outside a filter.
        let filter_at = text.find('[').unwrap_or(text.len());
        match text[..filter_at].rfind(':') {
            Some(colon) if colon > 4 => (Some(text[..colon].to_string()), colon + 1),
            _ => return Err((0, format!("{text:?}: an extension path is `urn:…:User:attribute`"))),
        }
    } else {
        (None, 0)
    };
    let rest = &text[attribute_start..];
    let name_end = rest.find(['[', '.']).unwrap_or(rest.len());
    let attribute = &rest[..name_end];
    if !is_name(attribute) {
        return Err((attribute_start, format!("{attribute:?} is not an attribute name")));
    }
    let mut after = &rest[name_end..];
    let mut offset = attribute_start + name_end;
    let mut filter = None;
    if let Some(inner_and_rest) = after.strip_prefix('[') {
        let Some(close) = inner_and_rest.find(']') else {
            return Err((offset, "the value filter has no closing `]`".into()));
        };
        let inner = &inner_and_rest[..close];
        let mut words = inner.splitn(3, ' ');
        match (words.next(), words.next(), words.next()) {
            (Some(key), Some(op), Some(value)) if is_name(key) && op.eq_ignore_ascii_case("eq") => {
                let Some(value) = value.trim().strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
                    return Err((offset, format!("[{inner}]: the value must be a \"quoted\" string")));
                };
                filter = Some((key.to_string(), value.to_string()));
            }
            _ => {
                return Err((
                    offset,
                    format!("[{inner}]: only `[sub eq \"value\"]` filters are supported"),
                ))
            }
        }
        offset += close + 2;
        after = &inner_and_rest[close + 1..];
    }
    let sub_attribute = match after.strip_prefix('.') {
        Some(sub) if is_name(sub) => Some(sub.to_string()),
        Some(sub) => return Err((offset + 1, format!("{sub:?} is not a sub-attribute name"))),
        None if after.is_empty() => None,
        None => return Err((offset, format!("unexpected {after:?}"))),
    };
    Ok(AttributePath {
        schema,
        attribute: attribute.to_string(),
        filter,
        sub_attribute,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_parse_with_their_schema_filter_and_sub_attribute() {
        let path = parse_path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value").unwrap();
        assert_eq!(path.schema.as_deref(), Some(ENTERPRISE_USER_SCHEMA));
        assert_eq!(
            (path.attribute.as_str(), path.sub_attribute.as_deref()),
            ("manager", Some("value"))
        );
        let path = parse_path("emails[type eq \"work\"].value").unwrap();
        assert_eq!(path.filter, Some(("type".into(), "work".into())));
        assert_eq!(path.to_string(), "emails[type eq \"work\"].value");
        assert!(parse_path("emails[type co \"w\"]").is_err());
        assert!(parse_path("urn:x").is_err());
        assert!(parse_path("name..x").is_err());
    }

    #[test]
    fn map_errors_name_line_and_column() {
        let error = AttributeMap::parse("Id = externalId\n\nMail = emails[type eq work].value\n", "m.txt").unwrap_err();
        assert_eq!((error.line, error.column), (3, 14), "{error}");
        assert!(error.to_string().starts_with("m.txt:3:14: "), "{error}");
        let error = AttributeMap::parse("A = userName\n", "m.txt").unwrap_err();
        assert!(error.message.contains("externalId"), "{error}");
        let error = AttributeMap::parse("Id = externalId\nX = active as bool\n", "m.txt").unwrap_err();
        assert_eq!(error.line, 2, "{error}");
    }

    #[test]
    fn overlapping_targets_are_refused_naming_both_lines() {
        for (first, second) in [
            ("emails", "emails[type eq \"work\"].value"),
            ("emails[type eq \"work\"].value", "emails"),
            (
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName",
            ),
            ("userName", "USERNAME"),
            ("name.givenName", "NAME.givenname"),
            ("emails[type eq \"work\"]", "emails[TYPE eq \"work\"].value"),
            ("urn:x:User:Level", "urn:x:User:LEVEL"),
            ("urn:x:User:name.givenName", "urn:x:User:NAME.givenname"),
            ("urn:x:User:tags[kind eq \"a\"]", "urn:x:User:tags[KIND eq \"a\"].value"),
        ] {
            let text = format!("Id = externalId\nA = {first}\nB = {second}\n");
            let error = AttributeMap::parse(&text, "m.txt").unwrap_err();
            assert_eq!((error.line, error.column), (3, 5), "{error}");
            assert!(
                error.message.ends_with(&format!(
                    "overlaps {} (column \"A\", line 2): one would overwrite the other",
                    parse_path(first).unwrap()
                )),
                "{error}"
            );
        }
        // Distinct parts of one attribute are fine.
        let map = AttributeMap::parse(
            "Id = externalId\nA = name.givenName\nB = name.familyName\nC = emails[type eq \"work\"].value\nD = emails[type eq \"home\"].value\nE = emails[type eq \"work\"].primary\nF = urn:x:User:name\n",
            "m.txt",
        )
        .unwrap();
        assert_eq!(map.mappings.len(), 7);
    }

    #[test]
    fn non_ascii_paths_are_errors_not_panics() {
        for path in [
            "ü",
            "é.x",
            "urné:x",
            "名前",
            "u\u{301}rn:x:User:a",
            "emails[type eq \"wörk\"].välue",
        ] {
            let error = AttributeMap::parse(&format!("Id = externalId\nA = {path}\n"), "m.txt").unwrap_err();
            assert_eq!(error.line, 2, "{error}");
        }
    }

    /// Quadratic work would compare 10^10 pairs here (minutes); the check is one hash lookup each.
    #[test]
    fn a_map_of_200_000_lines_is_checked_in_linear_time() {
        let mut text = String::from("Id = externalId\n");
        for i in 0..100_000 {
            text.push_str(&format!(
                "C{i} = urn:x:User:a{i}\nE{i} = emails[type eq \"t{i}\"].value\n"
            ));
        }
        let map = AttributeMap::parse(&text, "m.txt").unwrap();
        assert_eq!(map.mappings.len(), 200_001);
        text.push_str("Again = emails[type eq \"t99999\"].value\n");
        let error = AttributeMap::parse(&text, "m.txt").unwrap_err();
        assert_eq!(error.line, 200_002);
    }
}
