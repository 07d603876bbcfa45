//! The upload manifest: JSON Lines, one object per line, written as the upload goes (so memory
//! does not grow with the file, and a crash keeps what was done):
//!
//! ```text
//! {"type":"upload","servicePrincipal":"…","job":"…","input":"users.csv","startedAt":"2026-12-01T23:50:00.123Z"}
//! {"type":"rejected","file":"users.csv","line":7,"column":3,"message":"column \"IsActive\": …"}
//! {"type":"chunk","index":0,"status":"accepted","httpStatus":202,"location":"https://…/auditLogs/provisioning/?$filter=…","attempts":1,"records":[{"line":2,"externalId":"701984","bulkId":"2"},…]}
//! {"type":"summary","recordsAccepted":…,…}
//! ```
//!
//! `logs --manifest` reads it back to match the provisioning logs to the records uploaded.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::bulk::{ChunkOutcome, ChunkStatus, JobRef, UploadObserver, UploadReport};
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
    Chunk(ChunkOutcome),
    Summary(UploadReport),
}

/// Writes the manifest as the upload reports; the first write error is kept for [`finish`](Self::finish).
pub struct ManifestWriter<W: Write + Send> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: Write + Send> ManifestWriter<W> {
    /// Writes the header line.
    pub fn new(out: W, header: UploadHeader) -> ManifestWriter<W> {
        let mut writer = ManifestWriter { out, error: None };
        writer.write(&ManifestLine::Upload(header));
        writer
    }

    fn write(&mut self, line: &ManifestLine) {
        if self.error.is_some() {
            return;
        }
        let result = serde_json::to_writer(&mut self.out, line)
            .map_err(std::io::Error::from)
            .and_then(|()| self.out.write_all(b"\n"))
            .and_then(|()| self.out.flush());
        if let Err(error) = result {
            self.error = Some(error);
        }
    }

    /// Writes the summary line; any earlier write error.
    pub fn finish(mut self, report: &UploadReport) -> std::io::Result<()> {
        self.write(&ManifestLine::Summary(report.clone()));
        match self.error {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

impl<W: Write + Send> UploadObserver for ManifestWriter<W> {
    fn rejected(&mut self, error: &RecordError) {
        self.write(&ManifestLine::Rejected(error.clone()));
    }

    fn chunk(&mut self, outcome: &ChunkOutcome) {
        self.write(&ManifestLine::Chunk(outcome.clone()));
    }
}

/// A manifest read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub header: UploadHeader,
    /// Records of accepted chunks, and of chunks whose fate is unknown: the ones to look for in the logs.
    pub sent: Vec<RecordRef>,
    /// Records of refused chunks (they never reached the provisioning service).
    pub refused: Vec<RecordRef>,
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
        let mut rejected = Vec::new();
        let mut summary = None;
        for (index, text) in std::io::BufReader::new(input).lines().enumerate() {
            let line = index + 1;
            let text = text.map_err(|e| error(line, e.to_string()))?;
            if text.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<ManifestLine>(&text).map_err(|e| error(line, e.to_string()))? {
                ManifestLine::Upload(h) => header = Some(h),
                ManifestLine::Rejected(r) => rejected.push(r),
                ManifestLine::Chunk(chunk) => match chunk.status {
                    ChunkStatus::Accepted | ChunkStatus::Unknown => manifest_sent.extend(chunk.records),
                    ChunkStatus::Refused => refused.extend(chunk.records),
                },
                ManifestLine::Summary(s) => summary = Some(s),
            }
        }
        let header = header.ok_or_else(|| error(1, "no upload header line: not an upload manifest".into()))?;
        Ok(Manifest {
            header,
            sent: manifest_sent,
            refused,
            rejected,
            summary,
        })
    }
}
