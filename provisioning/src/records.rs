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
        /// The record being read, its buffers kept from one record to the next.
        record: CsvFields,
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
/// line (counted here, not by a CSV library, so every line ending gives the same numbers). Readers
/// scan the buffered bytes a slice at a time and consume what they have taken.
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
            input: BufReader::with_capacity(BUFFER_BYTES, chained),
            line: 1,
            offset,
        })
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(self.input.fill_buf()?.first().copied())
    }

    /// The buffered bytes not yet consumed; empty at the end of the input.
    fn buffer(&mut self) -> std::io::Result<&[u8]> {
        self.input.fill_buf()
    }

    fn consume(&mut self, count: usize) {
        self.input.consume(count);
        self.offset += count as u64;
    }

    /// Consumes the line ending that starts the buffer, whose first byte is `ending` (`\r\n` is one).
    fn end_line(&mut self, ending: u8) -> std::io::Result<()> {
        self.consume(1);
        if ending == b'\r' && self.peek()? == Some(b'\n') {
            self.consume(1);
        }
        self.line += 1;
        Ok(())
    }

    /// The rest of the current line into `text` (its ending dropped): `None` at the end of input,
    /// `Some(false)` when the line is longer than [`MAX_RECORD_BYTES`] (the rest is skipped, not kept).
    fn read_line(&mut self, text: &mut Vec<u8>) -> std::io::Result<Option<bool>> {
        text.clear();
        let mut any = false;
        let mut fits = true;
        loop {
            let buffer = self.buffer()?;
            if buffer.is_empty() {
                break;
            }
            any = true;
            let ending = memchr::memchr2(b'\r', b'\n', buffer);
            let run = ending.unwrap_or(buffer.len());
            let room = MAX_RECORD_BYTES - text.len();
            if run > room {
                fits = false;
            }
            text.extend_from_slice(&buffer[..run.min(room)]);
            let ending = ending.map(|at| buffer[at]);
            self.consume(run);
            if let Some(ending) = ending {
                self.end_line(ending)?;
                break;
            }
        }
        Ok(any.then_some(fits))
    }

    /// Consumes the rest of the current line and its ending, keeping nothing.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let buffer = self.buffer()?;
            if buffer.is_empty() {
                return Ok(());
            }
            match memchr::memchr2(b'\r', b'\n', buffer) {
                None => {
                    let run = buffer.len();
                    self.consume(run);
                }
                Some(at) => {
                    let ending = buffer[at];
                    self.consume(at);
                    return self.end_line(ending);
                }
            }
        }
    }
}

/// How much of the input is read at a time: many records, so most are read whole from the buffer.
const BUFFER_BYTES: usize = 64 * 1024;

/// The most one record may take: far more than any user, and a bound on memory when a quote is never
/// closed or a line never ends.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// How one CSV record was read: its fields are in the [`CsvFields`] given, or its text is not CSV.
enum CsvRecord {
    Fields { line: u64 },
    Malformed { line: u64, column: u64, message: String },
}

/// A CSV record's fields: their bytes and where each starts and ends in them, holding at most
/// [`MAX_RECORD_BYTES`]. The reader keeps one and reuses its buffers for every record.
#[derive(Default)]
struct CsvFields {
    bytes: Vec<u8>,
    spans: Vec<(usize, usize)>,
    /// Where the field being read starts in `bytes`.
    start: usize,
    /// What the record takes: its fields' bytes and one per field end, counted on when they are
    /// no longer kept.
    size: usize,
}

impl CsvFields {
    fn clear(&mut self) {
        self.bytes.clear();
        self.spans.clear();
        self.start = 0;
        self.size = 0;
    }

    fn push(&mut self, run: &[u8]) {
        self.size += run.len();
        if self.size <= MAX_RECORD_BYTES {
            self.bytes.extend_from_slice(run);
        }
    }

    fn end_field(&mut self) {
        self.size += 1;
        if self.size <= MAX_RECORD_BYTES {
            self.spans.push((self.start, self.bytes.len()));
        }
        self.start = self.bytes.len();
    }

    /// A whole record, one line with no quote, `text` without its line ending; it is kept with
    /// its commas (each field's span leaves them out), so it is copied once.
    fn push_unquoted_line(&mut self, text: &[u8]) {
        let base = self.bytes.len();
        self.bytes.extend_from_slice(text);
        let mut start = base;
        // Fields are short: a plain loop finds their commas faster than a vectorised search.
        for (at, &byte) in text.iter().enumerate() {
            if byte == b',' {
                self.spans.push((start, base + at));
                start = base + at + 1;
            }
        }
        self.spans.push((start, self.bytes.len()));
        self.start = self.bytes.len();
        self.size += text.len() + 1;
    }

    /// The number of fields read.
    fn len(&self) -> usize {
        self.spans.len()
    }

    /// The number (1-based) of the field being read.
    fn column(&self) -> u64 {
        self.spans.len() as u64 + 1
    }

    fn field(&self, index: usize) -> &[u8] {
        let (start, end) = self.spans[index];
        &self.bytes[start..end]
    }

    /// The fields as text, or the index of the first that is not UTF-8 and why.
    fn text(&self) -> Result<CsvText<'_>, (usize, std::str::Utf8Error)> {
        // One check for the whole record: its fields are UTF-8 exactly when it is (between
        // them lies nothing or a comma) and each starts and ends on a character boundary.
        if let Ok(text) = std::str::from_utf8(&self.bytes) {
            if self
                .spans
                .iter()
                .all(|&(start, end)| text.is_char_boundary(start) && text.is_char_boundary(end))
            {
                return Ok(CsvText {
                    text,
                    spans: &self.spans,
                });
            }
        }
        let first_invalid =
            (0..self.len()).find_map(|index| std::str::from_utf8(self.field(index)).err().map(|error| (index, error)));
        Err(first_invalid.expect("a record that is not UTF-8 field by field has a field that is not UTF-8"))
    }
}

/// A CSV record's fields, UTF-8.
struct CsvText<'a> {
    text: &'a str,
    spans: &'a [(usize, usize)],
}

impl<'a> CsvText<'a> {
    fn get(&self, index: usize) -> Option<&'a str> {
        let &(start, end) = self.spans.get(index)?;
        self.text.get(start..end)
    }

    /// Field `index`, which the record has.
    fn field(&self, index: usize) -> &'a str {
        let (start, end) = self.spans[index];
        &self.text[start..end]
    }
}

/// Where the first of `a`, `b` or `c` is in `haystack`. Most fields are short: a plain loop looks at
/// the first bytes before the vectorised search, whose setup costs more than a short field.
fn find_any(a: u8, b: u8, c: u8, haystack: &[u8]) -> Option<usize> {
    let head = haystack.len().min(32);
    match haystack[..head].iter().position(|&x| x == a || x == b || x == c) {
        Some(at) => Some(at),
        None => memchr::memchr3(a, b, c, &haystack[head..]).map(|at| at + head),
    }
}

/// Reads one CSV record into `record` (RFC 4180: `,` between fields, `"` quotes, `""` a quote inside
/// quotes; a quoted field may span lines, and a line ending in it is read as `\n`). Blank lines are
/// skipped. A quote never closed, text after a closing quote, or a record over [`MAX_RECORD_BYTES`]
/// makes the record malformed; the reader goes on at the next line.
fn read_csv_record(bytes: &mut ByteSource, record: &mut CsvFields) -> std::io::Result<Option<CsvRecord>> {
    record.clear();
    loop {
        match bytes.peek()? {
            None => return Ok(None),
            Some(ending @ (b'\r' | b'\n')) => bytes.end_line(ending)?,
            Some(_) => break,
        }
    }
    let line = bytes.line;
    // Most records are one line without quotes, whole in the buffer: split it at its commas.
    let buffer = bytes.buffer()?;
    if let Some(end) = memchr::memchr2(b'\r', b'\n', buffer) {
        let text = &buffer[..end];
        if text.len() < MAX_RECORD_BYTES && memchr::memchr(b'"', text).is_none() {
            record.push_unquoted_line(text);
            let ending = buffer[end];
            bytes.consume(end);
            bytes.end_line(ending)?;
            return Ok(Some(ended(bytes, record, line)));
        }
    }
    loop {
        // At the start of a field.
        if bytes.peek()? == Some(b'"') {
            bytes.consume(1);
            let opened = bytes.line;
            let column = record.column();
            loop {
                let buffer = bytes.buffer()?;
                if buffer.is_empty() {
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
                let Some(at) = find_any(b'"', b'\r', b'\n', buffer) else {
                    let run = buffer.len();
                    record.push(buffer);
                    bytes.consume(run);
                    continue;
                };
                let special = buffer[at];
                record.push(&buffer[..at]);
                bytes.consume(at);
                if special != b'"' {
                    bytes.end_line(special)?;
                    record.push(b"\n");
                    continue;
                }
                bytes.consume(1);
                match bytes.peek()? {
                    Some(b'"') => {
                        bytes.consume(1);
                        record.push(b"\"");
                    }
                    Some(b',' | b'\r' | b'\n') | None => break,
                    Some(other) => {
                        let at = bytes.line;
                        bytes.skip_line()?;
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
                }
            }
        } else {
            loop {
                let buffer = bytes.buffer()?;
                if buffer.is_empty() {
                    break;
                }
                let end = find_any(b',', b'\r', b'\n', buffer);
                let run = end.unwrap_or(buffer.len());
                record.push(&buffer[..run]);
                bytes.consume(run);
                if end.is_some() {
                    break;
                }
            }
        }
        record.end_field();
        match bytes.peek()? {
            Some(b',') => bytes.consume(1),
            next => {
                if let Some(ending @ (b'\r' | b'\n')) = next {
                    bytes.end_line(ending)?;
                }
                return Ok(Some(ended(bytes, record, line)));
            }
        }
    }
}

/// A record read to its end (which `bytes` is past): its fields, or malformed when it is over
/// [`MAX_RECORD_BYTES`].
fn ended(bytes: &ByteSource, record: &CsvFields, line: u64) -> CsvRecord {
    if record.size > MAX_RECORD_BYTES {
        let end = bytes.line.saturating_sub(1).max(line);
        let message = format!(
            "the record takes more than {MAX_RECORD_BYTES} bytes (lines {line}-{end}): a quote may be unclosed"
        );
        return CsvRecord::Malformed {
            line,
            column: 1,
            message,
        };
    }
    CsvRecord::Fields { line }
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
                let mut record = CsvFields::default();
                match read_csv_record(&mut bytes, &mut record).map_err(io_error)? {
                    None => return Err(header_error("no header line".into())),
                    Some(CsvRecord::Malformed { line, column, message }) => {
                        return Err(InputError::Header(format!(
                            "{file}:{line}:{column}: cannot read the header: {message}"
                        )))
                    }
                    Some(CsvRecord::Fields { .. }) => {}
                };
                let mut headers = Vec::with_capacity(record.len());
                for index in 0..record.len() {
                    let name = String::from_utf8(record.field(index).to_vec()).map_err(|e| {
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
                    record,
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
                record,
                columns,
                headers,
                others,
            } => {
                let read = read_csv_record(bytes, record).map_err(|e| io_error(&self.file, e))?;
                let offset = bytes.offset;
                let last_line = bytes.line.saturating_sub(1);
                let line = match read {
                    None => return Ok(None),
                    Some(CsvRecord::Malformed { line, column, message }) => {
                        return Ok(Some(self.reject(line, column, message)))
                    }
                    Some(CsvRecord::Fields { line }) => line,
                };
                if record.len() != headers.len() {
                    let spans = if last_line > line {
                        format!(" (the record spans lines {line}-{last_line}: a quote may be unclosed)")
                    } else {
                        String::new()
                    };
                    let message = format!(
                        "the record has {} fields, the header {}{spans}",
                        record.len(),
                        headers.len()
                    );
                    let column = record.len().min(headers.len()) as u64 + 1;
                    return Ok(Some(self.reject(line, column, message)));
                }
                let text = match record.text() {
                    Ok(text) => text,
                    Err((index, error)) => {
                        let message = format!("not UTF-8: {error}");
                        return Ok(Some(self.reject(line, index as u64 + 1, message)));
                    }
                };
                let object = self.map.map_values(
                    |i| text.get(columns[i]).map(SourceValue::Text),
                    others
                        .iter()
                        .map(|&h| (headers[h].as_str(), SourceValue::Text(text.field(h)))),
                );
                Ok(Some(match object {
                    Ok(mapped) => object_item(&self.map, mapped, line, offset),
                    Err(ValueError { column, message, .. }) => {
                        let external_id = id_source
                            .and_then(|c| text.get(columns[c]))
                            .filter(|id| !id.trim().is_empty())
                            .map(str::to_string);
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

#[cfg(test)]
mod tests {
    //! The CSV reader scans buffered slices; these tests hold it to a plain byte-at-a-time reading
    //! of the same rules, for every way the input's reads can split it.

    use super::*;

    /// The reads each test splits its input into: whole, and every small size, alone or after a
    /// single byte.
    fn splits() -> Vec<(usize, usize)> {
        let mut splits = vec![(usize::MAX, usize::MAX), (1, 7)];
        for size in 1..=9 {
            splits.push((size, size));
        }
        splits
    }

    /// What one read gives, with where the reader stands after it.
    #[derive(Debug, PartialEq)]
    enum Read1 {
        Fields { line: u64, fields: Vec<Vec<u8>> },
        Malformed { line: u64, column: u64, message: String },
    }

    fn read_all(data: &[u8], first: usize, then: usize) -> Vec<(Read1, u64, u64)> {
        let input = test_support::ChunkedReader::new(data, first, then);
        let mut bytes = ByteSource::new(Box::new(input)).unwrap();
        let mut record = CsvFields::default();
        let mut read = Vec::new();
        while let Some(outcome) = read_csv_record(&mut bytes, &mut record).unwrap() {
            assert!(record.bytes.len() <= MAX_RECORD_BYTES);
            let outcome = match outcome {
                CsvRecord::Fields { line } => Read1::Fields {
                    line,
                    fields: (0..record.len()).map(|i| record.field(i).to_vec()).collect(),
                },
                CsvRecord::Malformed { line, column, message } => Read1::Malformed { line, column, message },
            };
            read.push((outcome, bytes.line, bytes.offset));
        }
        read
    }

    /// The rules read one byte at a time (a line ending, `\r\n` as one, comes as `\n`).
    struct Plain<'a> {
        rest: &'a [u8],
        line: u64,
        offset: u64,
    }

    impl Plain<'_> {
        fn peek(&self) -> Option<u8> {
            self.rest.first().copied()
        }

        fn next(&mut self) -> Option<u8> {
            let byte = self.peek()?;
            self.rest = &self.rest[1..];
            self.offset += 1;
            match byte {
                b'\r' | b'\n' => {
                    if byte == b'\r' && self.peek() == Some(b'\n') {
                        self.rest = &self.rest[1..];
                        self.offset += 1;
                    }
                    self.line += 1;
                    Some(b'\n')
                }
                other => Some(other),
            }
        }

        fn skip_line(&mut self) {
            while let Some(byte) = self.next() {
                if byte == b'\n' {
                    break;
                }
            }
        }

        fn record(&mut self) -> Option<Read1> {
            let first = loop {
                match self.next()? {
                    b'\n' => continue,
                    byte => break byte,
                }
            };
            let line = self.line;
            let mut fields: Vec<Vec<u8>> = Vec::new();
            let mut field = Vec::new();
            let mut size = 0usize;
            let mut next = Some(first);
            loop {
                if next == Some(b'"') {
                    let opened = self.line;
                    let column = fields.len() as u64 + 1;
                    loop {
                        match self.next() {
                            None => {
                                let message = if self.line > opened {
                                    format!(
                                        "the quote opened in field {column} is never closed: lines {opened}-{} (to the end of the file) were read as one field, and none of them is sent",
                                        self.line
                                    )
                                } else {
                                    format!("the quote opened in field {column} is never closed")
                                };
                                return Some(Read1::Malformed { line, column, message });
                            }
                            Some(b'"') => match self.peek() {
                                Some(b'"') => {
                                    self.next();
                                    size += 1;
                                    if size <= MAX_RECORD_BYTES {
                                        field.push(b'"');
                                    }
                                }
                                Some(b',' | b'\r' | b'\n') | None => break,
                                Some(other) => {
                                    let at = self.line;
                                    self.skip_line();
                                    let spans = if at > line {
                                        format!(" (the record spans lines {line}-{at}: a quote may be unclosed)")
                                    } else {
                                        String::new()
                                    };
                                    let message = format!(
                                        "{:?} after the closing quote of field {column}; a quote inside a quoted field is written \"\"{spans}",
                                        char::from(other)
                                    );
                                    return Some(Read1::Malformed { line, column, message });
                                }
                            },
                            Some(byte) => {
                                size += 1;
                                if size <= MAX_RECORD_BYTES {
                                    field.push(byte);
                                }
                            }
                        }
                    }
                    next = self.next();
                } else {
                    while let Some(byte) = next {
                        if byte == b',' || byte == b'\n' {
                            break;
                        }
                        size += 1;
                        if size <= MAX_RECORD_BYTES {
                            field.push(byte);
                        }
                        next = self.next();
                    }
                }
                size += 1;
                let ended = std::mem::take(&mut field);
                if size <= MAX_RECORD_BYTES {
                    fields.push(ended);
                }
                match next {
                    Some(b',') => next = self.next(),
                    _ if size > MAX_RECORD_BYTES => {
                        let end = self.line.saturating_sub(1).max(line);
                        let message = format!(
                            "the record takes more than {MAX_RECORD_BYTES} bytes (lines {line}-{end}): a quote may be unclosed"
                        );
                        return Some(Read1::Malformed {
                            line,
                            column: 1,
                            message,
                        });
                    }
                    _ => return Some(Read1::Fields { line, fields }),
                }
            }
        }
    }

    fn read_plainly(data: &[u8]) -> Vec<(Read1, u64, u64)> {
        let bom = data.starts_with(&[0xEF, 0xBB, 0xBF]);
        let mut plain = Plain {
            rest: if bom { &data[3..] } else { data },
            line: 1,
            offset: if bom { 3 } else { 0 },
        };
        let mut read = Vec::new();
        while let Some(outcome) = plain.record() {
            read.push((outcome, plain.line, plain.offset));
        }
        read
    }

    fn assert_read_as_plainly(data: &[u8]) {
        let expected = read_plainly(data);
        for (first, then) in splits() {
            assert_eq!(
                read_all(data, first, then),
                expected,
                "{:?} read {first} bytes, then {then} at a time",
                String::from_utf8_lossy(data)
            );
        }
    }

    #[test]
    fn quotes_line_endings_and_malformed_records_read_the_same_however_the_reads_split_them() {
        let cases: &[&[u8]] = &[
            b"",
            b"\r\n\n\r",
            b"a,b,c\r\n1,2,3\r\n",
            b"a,b\r1,2\r3,4",
            b"a,b\n\n\r\n\r1,2\n",
            b"a,\"b\"\"c\",d\n",
            b"\"x\r\ny\",\"\"\r\n\"\"\"\",z\r",
            b"a,\"b\nc\r\nd\re\",f\ng,h\n",
            b"a,\"never closed\nb,c\n",
            b"a,\"never closed",
            b"\"x\"y,z\nnext,line\n",
            b"a,\"b\nc\"d,e\r\nf,g\r\n",
            b"a,\"b\"\r",
            b"a,\"b\"",
            b"a,",
            b",\n,,\n",
            b"\xEF\xBB\xBFa,b\n1,2\n",
            b"\xEF\xBB\xBF",
            b"\xEF\xBB",
            b"\xC3\xA9,\xC3,\xA9\n",
            b"a\"b,c\"\n",
        ];
        for data in cases {
            assert_read_as_plainly(data);
        }
    }

    #[test]
    fn generated_inputs_read_the_same_however_the_reads_split_them() {
        let alphabet: &[u8] = b"a,\"\r\n \xC3\xA9";
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..1500 {
            let len = next() % 24;
            let data: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            assert_read_as_plainly(&data);
        }
    }

    #[test]
    fn a_carriage_return_at_the_end_of_a_read_still_pairs_with_the_line_feed_after_it() {
        let data = b"ab\r\ncd\r\n\"e\r\nf\"\r\n";
        for cut in 1..data.len() {
            let read = read_all(data, cut, usize::MAX);
            assert_eq!(read, read_plainly(data), "read split after byte {cut}");
            let lines: Vec<_> = read.iter().map(|(outcome, _, _)| outcome).collect();
            assert_eq!(
                lines,
                [
                    &Read1::Fields {
                        line: 1,
                        fields: vec![b"ab".to_vec()]
                    },
                    &Read1::Fields {
                        line: 2,
                        fields: vec![b"cd".to_vec()]
                    },
                    &Read1::Fields {
                        line: 3,
                        fields: vec![b"e\nf".to_vec()]
                    },
                ]
            );
            assert_eq!(read.last().map(|(_, line, offset)| (*line, *offset)), Some((5, 16)));
        }
    }

    #[test]
    fn records_at_and_over_the_size_bound_read_the_same_and_keep_at_most_the_bound() {
        // A field of n bytes takes n + 1: the first record is at the bound, the second one over it.
        let mut data = b"h\n".to_vec();
        data.extend(std::iter::repeat_n(b'x', MAX_RECORD_BYTES - 1));
        data.extend_from_slice(b"\n");
        data.extend(std::iter::repeat_n(b'y', MAX_RECORD_BYTES));
        data.extend_from_slice(b"\r\n\"");
        data.extend(std::iter::repeat_n(b'z', MAX_RECORD_BYTES / 2));
        data.extend_from_slice(b"\",\"");
        data.extend(std::iter::repeat_n(b'w', MAX_RECORD_BYTES / 2));
        data.extend_from_slice(b"\"\nlast\n");
        let expected = read_plainly(&data);
        let outcomes: Vec<_> = expected
            .iter()
            .map(|(outcome, _, _)| match outcome {
                Read1::Fields { line, fields } => (*line, fields.len(), None),
                Read1::Malformed { line, message, .. } => (*line, 0, Some(message.clone())),
            })
            .collect();
        let over = format!("the record takes more than {MAX_RECORD_BYTES} bytes");
        assert_eq!(outcomes.len(), 5);
        assert_eq!(outcomes[1], (2, 1, None));
        assert!(outcomes[2].2.as_deref().unwrap().starts_with(&over));
        assert!(outcomes[3].2.as_deref().unwrap().starts_with(&over));
        assert_eq!(outcomes[4], (5, 1, None));
        for (first, then) in [(usize::MAX, usize::MAX), (1, 7), (7, 4096)] {
            assert_eq!(
                read_all(&data, first, then),
                expected,
                "read {first} bytes, then {then}"
            );
        }
    }

    #[test]
    fn a_field_that_is_not_utf8_is_named_even_when_the_record_as_a_whole_is() {
        let mut record = CsvFields::default();
        for field in [&b"ok"[..], b"\xC3", b"\xA9", b"\xFF"] {
            record.push(field);
            record.end_field();
        }
        let (index, error) = record.text().err().unwrap();
        assert_eq!(
            (index, error.to_string()),
            (1, "incomplete utf-8 byte sequence from index 0".to_string())
        );
        record.clear();
        for field in [&b"\xC3\xA9"[..], b"", b"a"] {
            record.push(field);
            record.end_field();
        }
        let text = record.text().ok().unwrap();
        assert_eq!(
            (text.get(0), text.get(1), text.get(2), text.get(3)),
            (Some("é"), Some(""), Some("a"), None)
        );
    }
}
