//! The subcommands, one module each.

mod bulk_upload;
mod job;
mod logs;

use clap::Subcommand;

use crate::context::{Context, GlobalArgs};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// A service principal's synchronization jobs.
    #[command(subcommand)]
    Job(job::JobCommand),
    /// Upload records (CSV or JSON Lines) to an API-driven provisioning job as SCIM bulk requests.
    BulkUpload(bulk_upload::BulkUploadArgs),
    /// What happened to the records: a job's provisioning logs, matched to an upload's manifest.
    Logs(logs::LogsArgs),
}

pub async fn run(global: GlobalArgs, command: Command) -> Result<Outcome, CliError> {
    let context = Context::new(global)?;
    match command {
        Command::Job(command) => job::run(&context, command).await,
        Command::BulkUpload(args) => bulk_upload::run(&context, args).await,
        Command::Logs(args) => logs::run(&context, args).await,
    }
}
