//! The feed a command reads (`bulk-upload`, `schema extend`): the records, their format and the map.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use msgraph_sync_provisioning::bulk::Input;
use msgraph_sync_provisioning::records::InputFormat;

use crate::exit::CliError;

/// `--input`, `--format` and `--map`.
#[derive(Debug, Args)]
pub struct FeedArgs {
    /// The records: a CSV file with a header line, or JSON Lines (one object per line).
    #[arg(long)]
    pub input: PathBuf,
    /// The input's format (default: from its extension, .csv or .jsonl/.ndjson).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// The attribute map: `source column = SCIM attribute path` per line, computed values and
    /// constants too (docs/map.md).
    #[arg(long)]
    pub map: PathBuf,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Csv,
    Jsonl,
}

impl FormatArg {
    pub fn input_format(self) -> InputFormat {
        match self {
            FormatArg::Csv => InputFormat::Csv,
            FormatArg::Jsonl => InputFormat::JsonLines,
        }
    }
}

impl FeedArgs {
    /// The feed with its map loaded, in bulk requests of `operations_per_request`.
    pub fn input(&self, operations_per_request: usize) -> Result<Input, CliError> {
        Ok(Input {
            path: self.input.clone(),
            format: self.format.map(FormatArg::input_format),
            map: crate::map_file::load(&self.map)?,
            operations_per_request,
        })
    }
}
