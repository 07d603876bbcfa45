//! Streaming the input (CSV or JSON Lines) as SCIM users, one record at a time, and grouping them
//! into bulk requests of at most 50 operations: memory holds one request, never the file.
//!
//! A record that cannot be converted is a [`RecordError`] naming the file, line and column
//! (`users.csv:7:3: column "IsActive": "maybe" is not a boolean …`) and the records after it still
//! go. In a CSV file the column is the field's number (1-based) and the line is where its record
//! starts; in JSON Lines it is the character column in the line.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde_json::{Map, Value};

use crate::attribute_map::{AttributeMap, SourceValue, ValueError};
use crate::scim::{BulkOperation, BulkRequest, User, MAX_OPERATIONS};

/// The input's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// With a header line naming the columns.
    Csv,
    /// One JSON object per line; its members are the columns.
    JsonLines,
}

impl InputFormat {
    /// `.csv`, or `.jsonl` / `.ndjson`.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(InputFormat::Csv),
            "jsonl" | "ndjson" => Some(InputFormat::JsonLines),
            _ => None,
        }
    }
}

/// A record that cannot be sent.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct RecordError {
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

/// The input cannot be read at all (a missing file, a header that lacks a mapped column, an I/O error).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Header(String),
    #[error("{file}: cannot tell the format from the name (.csv, .jsonl or .ndjson)")]
    UnknownFormat { file: String },
}

/// One record, converted.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRecord {
    /// Where the record starts (1-based).
    pub line: u64,
    pub external_id: String,
    pub user: User,
    /// Bytes of the input read through this record (for progress).
    pub offset: u64,
}

/// What the reader yields: a user, or a record that cannot be sent.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadItem {
    User(Box<UserRecord>),
    Rejected(RecordError),
}

/// Reads records from a file.
pub struct RecordReader {
    source: Source,
    map: AttributeMap,
    file: String,
}

enum Source {
    Csv {
        reader: csv::Reader<Box<dyn Read + Send>>,
        /// For each mapping, the index of its column in the header.
        columns: Vec<usize>,
        headers: Vec<String>,
        record: csv::StringRecord,
    },
    JsonLines {
        reader: BufReader<Box<dyn Read + Send>>,
        line: u64,
        offset: u64,
        text: String,
    },
}

impl RecordReader {
    /// Opens `path` (format from its name unless given).
    pub fn open(path: &Path, format: Option<InputFormat>, map: AttributeMap) -> Result<RecordReader, InputError> {
        let file = path.display().to_string();
        let format = format
            .or_else(|| InputFormat::from_path(path))
            .ok_or_else(|| InputError::UnknownFormat { file: file.clone() })?;
        let input = File::open(path).map_err(|source| InputError::Io {
            file: file.clone(),
            source,
        })?;
        RecordReader::new(Box::new(input), format, map, &file)
    }

    /// Reads from any byte stream; `file` names it in errors.
    pub fn new(
        input: Box<dyn Read + Send>,
        format: InputFormat,
        map: AttributeMap,
        file: &str,
    ) -> Result<RecordReader, InputError> {
        let source = match format {
            InputFormat::Csv => {
                let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(input);
                let headers: Vec<String> = reader
                    .headers()
                    .map_err(|e| InputError::Header(format!("{file}:1:1: cannot read the header: {e}")))?
                    .iter()
                    .map(str::to_string)
                    .collect();
                let mut columns = Vec::with_capacity(map.mappings.len());
                for mapping in &map.mappings {
                    let Some(index) = headers.iter().position(|h| h == &mapping.column) else {
                        return Err(InputError::Header(format!(
                            "{}:{}:1: column {:?} is not in the header of {file} ({})",
                            map.file,
                            mapping.line,
                            mapping.column,
                            headers.join(",")
                        )));
                    };
                    columns.push(index);
                }
                Source::Csv {
                    reader,
                    columns,
                    headers,
                    record: csv::StringRecord::new(),
                }
            }
            InputFormat::JsonLines => Source::JsonLines {
                reader: BufReader::new(input),
                line: 0,
                offset: 0,
                text: String::new(),
            },
        };
        Ok(RecordReader {
            source,
            map,
            file: file.to_string(),
        })
    }

    fn reject(&self, line: u64, column: u64, message: String) -> ReadItem {
        ReadItem::Rejected(RecordError {
            file: self.file.clone(),
            line,
            column,
            message,
        })
    }

    /// The next record, `None` at the end; an error when the input cannot be read further.
    pub fn next_item(&mut self) -> Result<Option<ReadItem>, InputError> {
        match &mut self.source {
            Source::Csv {
                reader,
                columns,
                headers,
                record,
            } => {
                let result = reader.read_record(record);
                let position = record.position().cloned();
                match result {
                    Ok(false) => Ok(None),
                    Ok(true) => {
                        let line = position.as_ref().map_or(0, csv::Position::line);
                        let offset = reader.position().byte();
                        let object = self.map.user_object(|i| record.get(columns[i]).map(SourceValue::Text));
                        Ok(Some(match object {
                            Ok(object) => user_item(object, line, offset),
                            Err(ValueError { mapping, message }) => {
                                let column = columns[mapping];
                                let message = format!("column {:?}: {message}", headers[column]);
                                self.reject(line, column as u64 + 1, message)
                            }
                        }))
                    }
                    Err(error) => match error.kind() {
                        csv::ErrorKind::UnequalLengths { pos, expected_len, len } => {
                            let line = pos.as_ref().map_or(0, csv::Position::line);
                            let message = format!("the record has {len} fields, the header {expected_len}");
                            let column = expected_len.min(len) + 1;
                            Ok(Some(self.reject(line, column, message)))
                        }
                        csv::ErrorKind::Utf8 { pos, err } => {
                            let line = pos.as_ref().map_or(0, csv::Position::line);
                            let message = format!("not UTF-8: {err}");
                            Ok(Some(self.reject(line, err.field() as u64 + 1, message)))
                        }
                        _ => Err(InputError::Io {
                            file: self.file.clone(),
                            source: std::io::Error::other(error.to_string()),
                        }),
                    },
                }
            }
            Source::JsonLines {
                reader,
                line,
                offset,
                text,
            } => loop {
                text.clear();
                let read = reader.read_line(text).map_err(|source| InputError::Io {
                    file: self.file.clone(),
                    source,
                })?;
                if read == 0 {
                    return Ok(None);
                }
                *line += 1;
                *offset += read as u64;
                let content = text.trim_end_matches(['\n', '\r']);
                if content.trim().is_empty() {
                    continue;
                }
                let (line, offset) = (*line, *offset);
                let parsed = serde_json::from_str::<Map<String, Value>>(content);
                let members = match parsed {
                    Ok(members) => members,
                    Err(error) => {
                        let message = format!("not a JSON object: {error}");
                        let column = error.column().max(1) as u64;
                        return Ok(Some(ReadItem::Rejected(RecordError {
                            file: self.file.clone(),
                            line,
                            column,
                            message,
                        })));
                    }
                };
                let object = self
                    .map
                    .user_object(|i| members.get(&self.map.mappings[i].column).map(SourceValue::Json));
                return Ok(Some(match object {
                    Ok(object) => user_item(object, line, offset),
                    Err(ValueError { mapping, message }) => {
                        let key = &self.map.mappings[mapping].column;
                        let column = member_column(content, key);
                        let message = format!("member {key:?}: {message}");
                        ReadItem::Rejected(RecordError {
                            file: self.file.clone(),
                            line,
                            column,
                            message,
                        })
                    }
                }));
            },
        }
    }
}

/// The character column (1-based) of member `key` in a JSON line (1 when not found, e.g. absent).
fn member_column(line: &str, key: &str) -> u64 {
    let quoted = Value::from(key).to_string();
    match line.find(&format!("{quoted}:")).or_else(|| line.find(&quoted)) {
        Some(at) => line[..at].chars().count() as u64 + 1,
        None => 1,
    }
}

fn user_item(object: Map<String, Value>, line: u64, offset: u64) -> ReadItem {
    let external_id = object
        .get("externalId")
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .unwrap_or_default();
    match serde_json::from_value::<User>(Value::Object(object)) {
        Ok(user) => ReadItem::User(Box::new(UserRecord {
            line,
            external_id,
            user,
            offset,
        })),
        // Only a JSON Lines object or array member given for a typed attribute can get here.
        Err(error) => ReadItem::Rejected(RecordError {
            file: String::new(),
            line,
            column: 1,
            message: format!("not a SCIM user: {error}"),
        }),
    }
}

/// A record as a chunk carries it (what the manifest keeps).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordRef {
    pub line: u64,
    pub external_id: String,
    pub bulk_id: String,
}

/// One bulk request's worth of records.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// 0-based, in input order.
    pub index: usize,
    pub records: Vec<RecordRef>,
    pub request: BulkRequest,
    /// Bytes of the input read through the chunk's last record.
    pub offset: u64,
}

/// What [`Chunker`] yields.
#[derive(Debug, Clone, PartialEq)]
pub enum Planned {
    Chunk(Chunk),
    Rejected(RecordError),
}

/// Groups a reader's users into chunks of at most `size` operations (`POST /Users`, `bulkId` the
/// record's line number, which ties each operation back to its record).
pub struct Chunker {
    reader: RecordReader,
    size: usize,
    next_index: usize,
    pending: Vec<(RecordRef, User)>,
    offset: u64,
    done: bool,
}

impl Chunker {
    /// `size` is capped at [`MAX_OPERATIONS`] (the service refuses more).
    pub fn new(reader: RecordReader, size: usize) -> Chunker {
        let size = size.clamp(1, MAX_OPERATIONS);
        Chunker {
            reader,
            size,
            next_index: 0,
            pending: Vec::with_capacity(size),
            offset: 0,
            done: false,
        }
    }

    fn take_chunk(&mut self) -> Planned {
        let offset = self.offset;
        let (records, operations) = self
            .pending
            .drain(..)
            .map(|(record, user)| {
                let operation = BulkOperation {
                    method: "POST".into(),
                    bulk_id: Some(record.bulk_id.clone()),
                    path: "/Users".into(),
                    data: Some(user),
                    extra: Map::new(),
                };
                (record, operation)
            })
            .unzip();
        let index = self.next_index;
        self.next_index += 1;
        Planned::Chunk(Chunk {
            index,
            records,
            request: BulkRequest::new(operations),
            offset,
        })
    }
}

impl Iterator for Chunker {
    type Item = Result<Planned, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.reader.next_item() {
                Err(error) => {
                    self.done = true;
                    return Some(Err(error));
                }
                Ok(None) => self.done = true,
                Ok(Some(ReadItem::Rejected(mut error))) => {
                    if error.file.is_empty() {
                        error.file = self.reader.file.clone();
                    }
                    return Some(Ok(Planned::Rejected(error)));
                }
                Ok(Some(ReadItem::User(record))) => {
                    let UserRecord {
                        line,
                        external_id,
                        user,
                        offset: read,
                    } = *record;
                    self.offset = read;
                    let reference = RecordRef {
                        line,
                        external_id,
                        bulk_id: line.to_string(),
                    };
                    self.pending.push((reference, user));
                    if self.pending.len() == self.size {
                        return Some(Ok(self.take_chunk()));
                    }
                }
            }
        }
        if self.pending.is_empty() {
            None
        } else {
            Some(Ok(self.take_chunk()))
        }
    }
}
