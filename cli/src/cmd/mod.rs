//! The subcommands, one module each.

mod app;
mod bulk_upload;
mod connection;
mod fleet;
mod job;
mod logs;
mod on_demand;
mod schema;
mod secrets;

use clap::Subcommand;

use crate::context::{Context, GlobalArgs};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// A service principal's synchronization jobs: list, status, start, pause, restart, watch.
    #[command(subcommand)]
    Job(job::JobCommand),
    /// A job's schema: pull it to a file, push an edited file back (PUT).
    #[command(subcommand)]
    Schema(schema::SchemaCommand),
    /// Provision one object now, through a job.
    OnDemand(on_demand::OnDemandArgs),
    /// Gallery applications: instantiate one and set up its provisioning job.
    #[command(subcommand)]
    App(app::AppCommand),
    /// A service principal's synchronization secrets (credentials of the target system).
    #[command(subcommand)]
    Secrets(secrets::SecretsCommand),
    /// Many service principals at once.
    #[command(subcommand)]
    Fleet(fleet::FleetCommand),
    /// Upload records (CSV or JSON Lines) to an API-driven provisioning job as SCIM bulk requests.
    BulkUpload(bulk_upload::BulkUploadArgs),
    /// What happened to the records: a job's provisioning logs, matched to an upload's manifest.
    Logs(logs::LogsArgs),
    /// A job's object connections (Graph beta): show one, repair one.
    #[command(subcommand)]
    Connection(connection::ConnectionCommand),
}

pub async fn run(global: GlobalArgs, command: Command) -> Result<Outcome, CliError> {
    let context = Context::new(global)?;
    match command {
        Command::Job(command) => job::run(&context, command).await,
        Command::Schema(command) => schema::run(&context, command).await,
        Command::OnDemand(args) => on_demand::run(&context, args).await,
        Command::App(command) => app::run(&context, command).await,
        Command::Secrets(command) => secrets::run(&context, command).await,
        Command::Fleet(command) => fleet::run(&context, command).await,
        Command::BulkUpload(args) => bulk_upload::run(&context, args).await,
        Command::Logs(args) => logs::run(&context, args).await,
        Command::Connection(command) => connection::run(&context, command).await,
    }
}
