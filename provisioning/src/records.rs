//! Streaming the input (CSV or JSON Lines) as SCIM users, one record at a time, and grouping them
//! into bulk requests of at most 50 operations: memory holds one request, never the file.
//!
//! A record that cannot be converted is a [`RecordError`] naming the file, line and column
//! (`users.csv:7:3: column "IsActive": "maybe" is not a boolean …`) and the records after it still
//! go. In a CSV file the column is the field's number (1-based) and the line is where its record
//! starts; in JSON Lines it is the character column in the line. Lines end with `\n`, `\r\n` or a
//! lone `\r` (counted here, so each gives the same numbers); a UTF-8 byte order mark is skipped.
//!
//! CSV is RFC 4180: a quoted field may span lines, but a quote never closed (the rest of the file
//! would be one field) or text after a closing quote rejects the record, naming where it starts and
//! the lines it took, and a mapped column named twice in the header is refused. A record whose
//! externalId an earlier record has is rejected naming that line: one user is sent once per run.
//! The ids read so far are kept on disk ([`crate::seen_ids`]), so memory does not grow with the
//! file; a caller that keeps them itself (`sync`, in its state) takes the check over with
//! [`RecordReader::repeats_found_by_caller`].
//! A record (a CSV record or a JSON line) over [`MAX_RECORD_BYTES`] is rejected without being kept.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde_json::{Map, Value};

use crate::attribute_map::{AttributeMap, MappedValues, MappingSource, SourceValue, ValueError};
use crate::map_layout::MapLayout;
use crate::scim::{BulkOperation, BulkRequest, User, MAX_OPERATIONS};
use crate::seen_ids::{SeenIds, SeenIdsError};

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
    /// The record's `externalId`, when its column could be read (a record refused for another
    /// of its values, a second record of one user).
    #[serde(default, rename = "externalId", skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
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
    /// The ids read so far cannot be kept (a full disk): going on could send a user twice.
    #[error("{file}: {source}")]
    SeenIds {
        file: String,
        #[source]
        source: SeenIdsError,
    },
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
    /// The column naming the externalId, for an error about it (CSV: its field's number; JSON
    /// Lines: its member's character column; 1 when an expression makes it).
    pub external_id_column: u64,
}

/// What the reader yields: a user, or a record that cannot be sent.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadItem {
    User(Box<UserRecord>),
    Rejected(RecordError),
}

/// One record's mapped values, not yet assembled into its SCIM object nor typed as a [`User`]
/// ([`RecordReader::next_object`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectRecord {
    /// Where the record starts (1-based).
    pub line: u64,
    pub external_id: String,
    pub mapped: MappedValues,
    /// Bytes of the input read through this record (for progress).
    pub offset: u64,
    /// As [`UserRecord::external_id_column`].
    pub external_id_column: u64,
}

impl ObjectRecord {
    /// The record as a typed SCIM user of `map`'s object; only a JSON Lines object or array given
    /// for a typed attribute fails. `file` names the input in the error.
    pub fn into_user(self, map: &AttributeMap, file: &str) -> Result<UserRecord, RecordError> {
        let ObjectRecord {
            line,
            external_id,
            mapped,
            offset,
            external_id_column,
        } = self;
        match serde_json::from_value::<User>(Value::Object(map.assemble(mapped))) {
            Ok(user) => Ok(UserRecord {
                line,
                external_id,
                user,
                offset,
                external_id_column,
            }),
            Err(error) => Err(RecordError {
                file: file.to_string(),
                line,
                column: 1,
                message: format!("not a SCIM user: {error}"),
                external_id: (!external_id.is_empty()).then_some(external_id),
            }),
        }
    }
}

/// What [`RecordReader::next_object`] yields: a mapped record, or one that cannot be sent.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadObject {
    Object(Box<ObjectRecord>),
    Rejected(RecordError),
}

/// Reads records from a file.
pub struct RecordReader {
    source: Source,
    map: AttributeMap,
    layout: MapLayout,
    file: String,
    /// Each externalId read so far and the line of its first record: a later record with the same
    /// one is rejected, so no user is sent twice in a run.
    repeats: Repeats,
}

/// Who finds a repeated externalId.
enum Repeats {
    /// The reader, in a set on disk (made at the first record).
    Reader(Option<SeenIds>),
    /// The caller, which keeps the ids itself.
    Caller,
}

/// What a record whose externalId an earlier record (on `first_line`) has is told.
pub fn repeated_external_id(external_id: &str, first_line: u64) -> String {
    format!("externalId {external_id:?} is also on line {first_line}: only the first record is sent")
}

enum Source {
    Csv {
        bytes: ByteSource,
        /// For each column of the map, its index in the header.
        columns: Vec<usize>,
        headers: Vec<String>,
        /// With `* = urn:…`: the header's columns the map does not read.
        others: Vec<usize>,
    },
    JsonLines {
        bytes: ByteSource,
        text: Vec<u8>,
    },
}

/// The input's bytes with the line number of the next one: `\n`, `\r\n` and a lone `\r` each end a
/// line (counted here, not by a CSV library, so every line ending gives the same numbers).
struct ByteSource {
    input: BufReader<Box<dyn Read + Send>>,
    /// The line (1-based) of the next byte.
    line: u64,
    /// Bytes consumed.
    offset: u64,
}

impl ByteSource {
    /// Skips a UTF-8 byte order mark at the start.
    fn new(input: Box<dyn Read + Send>) -> std::io::Result<ByteSource> {
        let mut input = BufReader::new(input);
        let mut offset = 0;
        let mut start = [0u8; 3];
        let mut filled = 0;
        while filled < 3 {
            let read = input.read(&mut start[filled..])?;
            if read == 0 {
                break;
            }
            filled += read;
        }
        let prefix: Vec<u8> = if start[..filled] == [0xEF, 0xBB, 0xBF] {
            offset = 3;
            Vec::new()
        } else {
            start[..filled].to_vec()
        };
        let chained: Box<dyn Read + Send> = Box::new(std::io::Cursor::new(prefix).chain(input));
        Ok(ByteSource {
            input: BufReader::new(chained),
            line: 1,
            offset,
        })
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(self.input.fill_buf()?.first().copied())
    }

    /// The next byte; a line ending (`\r\n` as one) comes as a single `\n`.
    fn next(&mut self) -> std::io::Result<Option<u8>> {
        let Some(byte) = self.peek()? else { return Ok(None) };
        self.input.consume(1);
        self.offset += 1;
        match byte {
            b'\r' => {
                if self.peek()? == Some(b'\n') {
                    self.input.consume(1);
                    self.offset += 1;
                }
                self.line += 1;
                Ok(Some(b'\n'))
            }
            b'\n' => {
                self.line += 1;
                Ok(Some(b'\n'))
            }
            other => Ok(Some(other)),
        }
    }

    /// The rest of the current line into `text` (its ending dropped): `None` at the end of input,
    /// `Some(false)` when the line is longer than [`MAX_RECORD_BYTES`] (the rest is skipped, not kept).
    fn read_line(&mut self, text: &mut Vec<u8>) -> std::io::Result<Option<bool>> {
        text.clear();
        let mut any = false;
        let mut fits = true;
        while let Some(byte) = self.next()? {
            any = true;
            if byte == b'\n' {
                break;
            }
            if text.len() < MAX_RECORD_BYTES {
                text.push(byte);
            } else {
                fits = false;
            }
        }
        Ok(any.then_some(fits))
    }
}

/// The most one record may take: far more than any user, and a bound on memory when a quote is never
/// closed or a line never ends.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// One CSV record's raw fields, or why its text is not CSV.
enum CsvRecord {
    Fields { line: u64, fields: Vec<Vec<u8>> },
    Malformed { line: u64, column: u64, message: String },
}

/// A record's fields as they are read, holding at most [`MAX_RECORD_BYTES`].
struct Fields {
    fields: Vec<Vec<u8>>,
    field: Vec<u8>,
    size: usize,
}

impl Fields {
    fn push_byte(&mut self, byte: u8) {
        self.size += 1;
        if self.size <= MAX_RECORD_BYTES {
            self.field.push(byte);
        }
    }

    fn end_field(&mut self) {
        self.size += 1;
        let field = std::mem::take(&mut self.field);
        if self.size <= MAX_RECORD_BYTES {
            self.fields.push(field);
        }
    }

    /// The number (1-based) of the field being read.
    fn column(&self) -> u64 {
        self.fields.len() as u64 + 1
    }
}

/// Reads one CSV record (RFC 4180: `,` between fields, `"` quotes, `""` a quote inside quotes; a
/// quoted field may span lines). Blank lines are skipped. A quote never closed, text after a closing
/// quote, or a record over [`MAX_RECORD_BYTES`] makes the record malformed; the reader goes on at
/// the next line.
fn read_csv_record(bytes: &mut ByteSource) -> std::io::Result<Option<CsvRecord>> {
    let first = loop {
        match bytes.next()? {
            None => return Ok(None),
            Some(b'\n') => continue,
            Some(byte) => break byte,
        }
    };
    let line = bytes.line;
    let mut record = Fields {
        fields: Vec::new(),
        field: Vec::new(),
        size: 0,
    };
    let mut next = Some(first);
    loop {
        // At the start of a field; `next` is its first byte.
        if next == Some(b'"') {
            let opened = bytes.line;
            let column = record.column();
            loop {
                match bytes.next()? {
                    None => {
                        let message = if bytes.line > opened {
                            format!(
                                "the quote opened in field {column} is never closed: lines {opened}-{} (to the end of the file) were read as one field, and none of them is sent",
                                bytes.line
                            )
                        } else {
                            format!("the quote opened in field {column} is never closed")
                        };
                        return Ok(Some(CsvRecord::Malformed { line, column, message }));
                    }
                    Some(b'"') => match bytes.peek()? {
                        Some(b'"') => {
                            bytes.next()?;
                            record.push_byte(b'"');
                        }
                        Some(b',' | b'\r' | b'\n') | None => break,
                        Some(other) => {
                            let at = bytes.line;
                            bytes.read_line(&mut Vec::new())?;
                            let spans = if at > line {
                                format!(" (the record spans lines {line}-{at}: a quote may be unclosed)")
                            } else {
                                String::new()
                            };
                            let message = format!(
                                "{:?} after the closing quote of field {column}; a quote inside a quoted field is written \"\"{spans}",
                                char::from(other)
                            );
                            return Ok(Some(CsvRecord::Malformed { line, column, message }));
                        }
                    },
                    Some(byte) => record.push_byte(byte),
                }
            }
            next = bytes.next()?;
        } else {
            while let Some(byte) = next {
                if byte == b',' || byte == b'\n' {
                    break;
                }
                record.push_byte(byte);
                next = bytes.next()?;
            }
        }
        record.end_field();
        match next {
            Some(b',') => next = bytes.next()?,
            _ if record.size > MAX_RECORD_BYTES => {
                let end = bytes.line.saturating_sub(1).max(line);
                let message = format!(
                    "the record takes more than {MAX_RECORD_BYTES} bytes (lines {line}-{end}): a quote may be unclosed"
                );
                return Ok(Some(CsvRecord::Malformed {
                    line,
                    column: 1,
                    message,
                }));
            }
            _ => {
                return Ok(Some(CsvRecord::Fields {
                    line,
                    fields: record.fields,
                }))
            }
        }
    }
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
        let io_error = |source| InputError::Io {
            file: file.to_string(),
            source,
        };
        let mut bytes = ByteSource::new(input).map_err(io_error)?;
        let source = match format {
            InputFormat::Csv => {
                let header_error = |message: String| InputError::Header(format!("{file}:1:1: {message}"));
                let raw = match read_csv_record(&mut bytes).map_err(io_error)? {
                    None => return Err(header_error("no header line".into())),
                    Some(CsvRecord::Malformed { line, column, message }) => {
                        return Err(InputError::Header(format!(
                            "{file}:{line}:{column}: cannot read the header: {message}"
                        )))
                    }
                    Some(CsvRecord::Fields { fields, .. }) => fields,
                };
                let mut headers = Vec::with_capacity(raw.len());
                for (index, name) in raw.into_iter().enumerate() {
                    let name = String::from_utf8(name).map_err(|e| {
                        InputError::Header(format!("{file}:1:{}: the header is not UTF-8: {e}", index + 1))
                    })?;
                    headers.push(name);
                }
                let mut first_column: HashMap<&str, usize> = HashMap::with_capacity(headers.len());
                let mut duplicated: HashMap<&str, usize> = HashMap::new();
                for (index, name) in headers.iter().enumerate() {
                    if first_column.contains_key(name.as_str()) {
                        duplicated.entry(name.as_str()).or_insert(index);
                    } else {
                        first_column.insert(name, index);
                    }
                }
                let mut columns = Vec::with_capacity(map.columns.len());
                for column in &map.columns {
                    let Some(&index) = first_column.get(column.name.as_str()) else {
                        return Err(InputError::Header(format!(
                            "{}:{}:1: column {:?} is not in the header of {file} ({})",
                            map.file,
                            column.line,
                            column.name,
                            headers.join(",")
                        )));
                    };
                    if let Some(&again) = duplicated.get(column.name.as_str()) {
                        return Err(InputError::Header(format!(
                            "{file}:1:{}: column {:?} is named twice in the header (columns {} and {}); {}:{} maps it, so which one is meant is unclear",
                            again + 1,
                            column.name,
                            index + 1,
                            again + 1,
                            map.file,
                            column.line
                        )));
                    }
                    columns.push(index);
                }
                let others = if map.other_columns.is_some() {
                    (0..headers.len())
                        .filter(|&h| {
                            !headers[h].is_empty()
                                && !columns.contains(&h)
                                && first_column.get(headers[h].as_str()) == Some(&h)
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                Source::Csv {
                    bytes,
                    columns,
                    headers,
                    others,
                }
            }
            InputFormat::JsonLines => Source::JsonLines {
                bytes,
                text: Vec::new(),
            },
        };
        Ok(RecordReader {
            source,
            layout: MapLayout::new(&map),
            map,
            file: file.to_string(),
            repeats: Repeats::Reader(None),
        })
    }

    /// With `* = urn:…` and CSV: the header's columns no map line reads (each goes into that
    /// namespace under its own name). `None` for JSON Lines, whose records name their own members.
    pub fn other_column_names(&self) -> Option<Vec<&str>> {
        match &self.source {
            Source::Csv { headers, others, .. } => Some(others.iter().map(|&h| headers[h].as_str()).collect()),
            Source::JsonLines { .. } => None,
        }
    }

    /// Leaves repeated externalIds to the caller, which must then send no user twice (as `sync`
    /// does through its state): the reader keeps no set of its own.
    pub fn repeats_found_by_caller(mut self) -> RecordReader {
        self.repeats = Repeats::Caller;
        self
    }

    /// The input's name, as errors give it.
    pub fn file(&self) -> &str {
        &self.file
    }

    fn reject(&self, line: u64, column: u64, message: String) -> ReadObject {
        ReadObject::Rejected(RecordError {
            file: self.file.clone(),
            line,
            column,
            message,
            external_id: None,
        })
    }

    /// The column the `externalId` line reads (`None` when it computes the value).
    fn external_id_source(&self) -> Option<usize> {
        match &self.map.mappings[self.map.external_id].source {
            MappingSource::Column(c) => Some(*c),
            MappingSource::Expression(_) => None,
        }
    }

    /// The next record, `None` at the end; an error when the input cannot be read further.
    pub fn next_item(&mut self) -> Result<Option<ReadItem>, InputError> {
        Ok(self.next_object()?.map(|item| match item {
            ReadObject::Object(record) => match record.into_user(&self.map, &self.file) {
                Ok(user) => ReadItem::User(Box::new(user)),
                Err(error) => ReadItem::Rejected(error),
            },
            ReadObject::Rejected(error) => ReadItem::Rejected(error),
        }))
    }

    /// The map the records are read with.
    pub fn map(&self) -> &AttributeMap {
        &self.map
    }

    /// Appends the canonical text ([`crate::body`]) of `record`'s SCIM object to `out`, without
    /// building the object.
    pub fn write_canonical(&self, record: &ObjectRecord, out: &mut Vec<u8>) {
        self.layout.write(&self.map, &record.mapped, out);
    }

    /// The next record as its mapped values, before they are assembled into an object and typed as
    /// a [`User`] (what `sync` hashes: most records are unchanged, and never need either).
    pub fn next_object(&mut self) -> Result<Option<ReadObject>, InputError> {
        let mut item = self.next_converted()?;
        match &mut item {
            Some(ReadObject::Object(record)) if matches!(self.repeats, Repeats::Caller) => {
                record.external_id_column = self.external_id_column();
                return Ok(item);
            }
            _ => {}
        }
        let Some(ReadObject::Object(record)) = &item else {
            return Ok(item);
        };
        let seen = match &mut self.repeats {
            Repeats::Caller => return Ok(item),
            Repeats::Reader(Some(seen)) => seen,
            Repeats::Reader(empty) => empty.insert(SeenIds::new().map_err(|source| InputError::SeenIds {
                file: self.file.clone(),
                source,
            })?),
        };
        // A second record for one user: the first is sent, the later ones are reported.
        let first = seen
            .first_line(&record.external_id, record.line)
            .map_err(|source| InputError::SeenIds {
                file: self.file.clone(),
                source,
            })?;
        match first {
            Some(first) => {
                let message = repeated_external_id(&record.external_id, first);
                let mut rejected = self.reject(record.line, self.external_id_column(), message);
                if let ReadObject::Rejected(error) = &mut rejected {
                    error.external_id = Some(record.external_id.clone());
                }
                Ok(Some(rejected))
            }
            None => Ok(item),
        }
    }

    /// The column of the externalId mapping (CSV: its field's number; JSON Lines: 1).
    fn external_id_column(&self) -> u64 {
        let column = match &self.map.mappings[self.map.external_id].source {
            MappingSource::Column(c) => Some(*c),
            MappingSource::Expression(_) => None,
        };
        match (&self.source, column) {
            (Source::Csv { columns, .. }, Some(c)) => columns[c] as u64 + 1,
            (Source::JsonLines { text, .. }, Some(c)) => {
                member_column(&String::from_utf8_lossy(text), &self.map.columns[c].name)
            }
            (_, None) => 1,
        }
    }

    fn next_converted(&mut self) -> Result<Option<ReadObject>, InputError> {
        let id_source = self.external_id_source();
        let io_error = |file: &str, source| InputError::Io {
            file: file.to_string(),
            source,
        };
        match &mut self.source {
            Source::Csv {
                bytes,
                columns,
                headers,
                others,
            } => {
                let record = read_csv_record(bytes).map_err(|e| io_error(&self.file, e))?;
                let offset = bytes.offset;
                let last_line = bytes.line.saturating_sub(1);
                let (line, fields) = match record {
                    None => return Ok(None),
                    Some(CsvRecord::Malformed { line, column, message }) => {
                        return Ok(Some(self.reject(line, column, message)))
                    }
                    Some(CsvRecord::Fields { line, fields }) => (line, fields),
                };
                if fields.len() != headers.len() {
                    let spans = if last_line > line {
                        format!(" (the record spans lines {line}-{last_line}: a quote may be unclosed)")
                    } else {
                        String::new()
                    };
                    let message = format!(
                        "the record has {} fields, the header {}{spans}",
                        fields.len(),
                        headers.len()
                    );
                    let column = fields.len().min(headers.len()) as u64 + 1;
                    return Ok(Some(self.reject(line, column, message)));
                }
                let mut text = Vec::with_capacity(fields.len());
                for (index, field) in fields.into_iter().enumerate() {
                    match String::from_utf8(field) {
                        Ok(field) => text.push(field),
                        Err(error) => {
                            let message = format!("not UTF-8: {}", error.utf8_error());
                            return Ok(Some(self.reject(line, index as u64 + 1, message)));
                        }
                    }
                }
                let object = self.map.map_values(
                    |i| text.get(columns[i]).map(|s| SourceValue::Text(s)),
                    others
                        .iter()
                        .map(|&h| (headers[h].as_str(), SourceValue::Text(&text[h]))),
                );
                let external_id = id_source
                    .and_then(|c| text.get(columns[c]))
                    .filter(|id| !id.trim().is_empty())
                    .cloned();
                Ok(Some(match object {
                    Ok(mapped) => object_item(&self.map, mapped, line, offset),
                    Err(ValueError { column, message, .. }) => {
                        let mut rejected = match column {
                            Some(column) => {
                                let column = columns[column];
                                let message = format!("column {:?}: {message}", headers[column]);
                                self.reject(line, column as u64 + 1, message)
                            }
                            None => self.reject(line, 1, message),
                        };
                        if let ReadObject::Rejected(error) = &mut rejected {
                            error.external_id = external_id;
                        }
                        rejected
                    }
                }))
            }
            Source::JsonLines { bytes, text } => loop {
                let line = bytes.line;
                let fits = match bytes.read_line(text).map_err(|e| io_error(&self.file, e))? {
                    None => return Ok(None),
                    Some(fits) => fits,
                };
                let offset = bytes.offset;
                if !fits {
                    return Ok(Some(ReadObject::Rejected(RecordError {
                        file: self.file.clone(),
                        line,
                        column: 1,
                        message: format!("the line takes more than {MAX_RECORD_BYTES} bytes"),
                        external_id: None,
                    })));
                }
                let content = match std::str::from_utf8(text) {
                    Ok(content) => content,
                    Err(error) => {
                        let column = String::from_utf8_lossy(&text[..error.valid_up_to()]).chars().count() as u64 + 1;
                        return Ok(Some(ReadObject::Rejected(RecordError {
                            file: self.file.clone(),
                            line,
                            column,
                            message: format!("not UTF-8: {error}"),
                            external_id: None,
                        })));
                    }
                };
                if content.trim().is_empty() {
                    continue;
                }
                let parsed = serde_json::from_str::<Map<String, Value>>(content);
                let members = match parsed {
                    Ok(members) => members,
                    Err(error) => {
                        let message = format!("not a JSON object: {error}");
                        let column = error.column().max(1) as u64;
                        return Ok(Some(ReadObject::Rejected(RecordError {
                            file: self.file.clone(),
                            line,
                            column,
                            message,
                            external_id: None,
                        })));
                    }
                };
                let map = &self.map;
                let external_id = id_source
                    .and_then(|c| members.get(&map.columns[c].name))
                    .and_then(|id| match id {
                        Value::String(id) if !id.trim().is_empty() => Some(id.clone()),
                        Value::Number(id) => Some(id.to_string()),
                        _ => None,
                    });
                let object = map.map_values(
                    |i| members.get(&map.columns[i].name).map(SourceValue::Json),
                    members
                        .iter()
                        .filter(|(key, _)| map.other_columns.is_some() && map.column_index(key).is_none())
                        .map(|(key, value)| (key.as_str(), SourceValue::Json(value))),
                );
                return Ok(Some(match object {
                    Ok(mapped) => object_item(&self.map, mapped, line, offset),
                    Err(ValueError {
                        column: None, message, ..
                    }) => ReadObject::Rejected(RecordError {
                        file: self.file.clone(),
                        line,
                        column: 1,
                        message,
                        external_id,
                    }),
                    Err(ValueError {
                        column: Some(column),
                        message,
                        ..
                    }) => {
                        let key = &map.columns[column].name;
                        let column = member_column(content, key);
                        let message = format!("member {key:?}: {message}");
                        ReadObject::Rejected(RecordError {
                            file: self.file.clone(),
                            line,
                            column,
                            message,
                            external_id,
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

fn object_item(map: &AttributeMap, mapped: MappedValues, line: u64, offset: u64) -> ReadObject {
    ReadObject::Object(Box::new(ObjectRecord {
        line,
        external_id: mapped.external_id(map),
        mapped,
        offset,
        external_id_column: 1,
    }))
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
                        ..
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
