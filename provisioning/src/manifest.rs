//! The upload manifest: JSON Lines, one object per line, written as the upload goes (so memory
//! does not grow with the file, and a crash keeps what was done):
//!
//! ```text
//! {"type":"upload","servicePrincipal":"…","job":"…","input":"users.csv","startedAt":"2026-12-01T23:50:00.123Z"}
//! {"type":"rejected","file":"users.csv","line":7,"column":3,"message":"column \"IsActive\": …"}
//! {"type":"sending","index":0,"records":[{"line":2,"externalId":"701984","bulkId":"2"},…]}
//! {"type":"chunk","index":0,"status":"accepted","httpStatus":202,"location":"https://…/auditLogs/provisioning/?$filter=…","attempts":1,"records":[{"line":2,"externalId":"701984","bulkId":"2"},…]}
//! {"type":"summary","recordsAccepted":…,…}
//! ```
//!
//! Each chunk is named (`sending`) before it is sent, so a run killed before the answer leaves a
//! chunk whose fate the reader knows to be unknown; a last line cut short by the kill is ignored.
//! `logs --manifest` reads it back to match the provisioning logs to the records uploaded.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::bulk::{ChunkOutcome, ChunkStatus, UploadObserver, UploadReport};
use crate::job::JobRef;
use crate::records::{RecordError, RecordRef};

/// The first line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadHeader {
    #[serde(flatten)]
    pub job: JobRef,
    pub input: String,
    /// When the upload started (RFC 3339, UTC): where `logs` starts looking.
    pub started_at: String,
}

/// One line of the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ManifestLine {
    Upload(UploadHeader),
    Rejected(RecordError),
    Sending(SendingChunk),
    Chunk(ChunkOutcome),
    Summary(UploadReport),
}

/// A chunk about to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendingChunk {
    pub index: usize,
    pub records: Vec<RecordRef>,
}

/// Writes the manifest as the upload reports, each line flushed before the upload goes on; a write
/// error stops the upload (see [`UploadObserver`]).
pub struct ManifestWriter<W: Write + Send> {
    out: W,
}

impl<W: Write + Send> ManifestWriter<W> {
    /// Writes the header line.
    pub fn new(out: W, header: UploadHeader) -> std::io::Result<ManifestWriter<W>> {
        let mut writer = ManifestWriter { out };
        writer.write(&ManifestLine::Upload(header))?;
        Ok(writer)
    }

    fn write(&mut self, line: &ManifestLine) -> std::io::Result<()> {
        let mut text = serde_json::to_vec(line)?;
        text.push(b'\n');
        self.out.write_all(&text)?;
        self.out.flush()
    }

    /// Writes the summary line.
    pub fn finish(mut self, report: &UploadReport) -> std::io::Result<()> {
        self.write(&ManifestLine::Summary(report.clone()))
    }
}

impl<W: Write + Send> UploadObserver for ManifestWriter<W> {
    fn rejected(&mut self, error: &RecordError) -> std::io::Result<()> {
        self.write(&ManifestLine::Rejected(error.clone()))
    }

    fn sending(&mut self, index: usize, records: &[RecordRef]) -> std::io::Result<()> {
        self.write(&ManifestLine::Sending(SendingChunk {
            index,
            records: records.to_vec(),
        }))
    }

    fn chunk(&mut self, outcome: &ChunkOutcome) -> std::io::Result<()> {
        self.write(&ManifestLine::Chunk(outcome.clone()))
    }
}

/// A manifest read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub header: UploadHeader,
    /// Records of accepted chunks, and of chunks whose fate is unknown: the ones to look for in the logs.
    pub sent: Vec<RecordRef>,
    /// Records of chunks named as being sent with no outcome after (the run was killed): among
    /// `sent` too, as their fate is unknown.
    pub in_flight: Vec<RecordRef>,
    /// Records of refused chunks (they never reached the provisioning service).
    pub refused: Vec<RecordRef>,
    /// Records never sent (the run stopped first).
    pub not_sent: Vec<RecordRef>,
    pub rejected: Vec<RecordError>,
    pub summary: Option<UploadReport>,
}

/// A manifest that cannot be read, with the place.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ManifestError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl Manifest {
    pub fn read(path: &Path) -> Result<Manifest, ManifestError> {
        let file = path.display().to_string();
        let error = |line: usize, message: String| ManifestError {
            file: file.clone(),
            line,
            message,
        };
        let input = std::fs::File::open(path).map_err(|e| error(0, e.to_string()))?;
        let mut header = None;
        let mut manifest_sent = Vec::new();
        let mut refused = Vec::new();
        let mut not_sent = Vec::new();
        let mut rejected = Vec::new();
        let mut summary = None;
        let mut pending: std::collections::BTreeMap<usize, Vec<RecordRef>> = Default::default();
        let mut reader = std::io::BufReader::new(input);
        let mut line = 0;
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            let read = reader
                .read_until(b'\n', &mut bytes)
                .map_err(|e| error(line + 1, e.to_string()))?;
            if read == 0 {
                break;
            }
            line += 1;
            let complete = bytes.ends_with(b"\n");
            let text = String::from_utf8_lossy(&bytes);
            if text.trim().is_empty() {
                continue;
            }
            let parsed = match serde_json::from_str::<ManifestLine>(&text) {
                Ok(parsed) => parsed,
                // A run killed while writing leaves its last line cut short: what it named is unknown.
                Err(_) if !complete => break,
                Err(e) => return Err(error(line, e.to_string())),
            };
            match parsed {
                ManifestLine::Upload(h) => header = Some(h),
                ManifestLine::Rejected(r) => rejected.push(r),
                ManifestLine::Sending(chunk) => {
                    pending.insert(chunk.index, chunk.records);
                }
                ManifestLine::Chunk(chunk) => {
                    pending.remove(&chunk.index);
                    match chunk.status {
                        ChunkStatus::Accepted | ChunkStatus::Unknown => manifest_sent.extend(chunk.records),
                        ChunkStatus::Refused => refused.extend(chunk.records),
                        ChunkStatus::NotSent => not_sent.extend(chunk.records),
                    }
                }
                ManifestLine::Summary(s) => summary = Some(s),
            }
        }
        let header = header.ok_or_else(|| error(1, "no upload header line: not an upload manifest".into()))?;
        let in_flight: Vec<RecordRef> = pending.into_values().flatten().collect();
        manifest_sent.extend(in_flight.iter().cloned());
        Ok(Manifest {
            header,
            sent: manifest_sent,
            in_flight,
            refused,
            not_sent,
            rejected,
            summary,
        })
    }
}
