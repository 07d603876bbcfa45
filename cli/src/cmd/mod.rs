//! The subcommands, one module each.

mod app;
mod bulk_upload;
mod connection;
mod feed;
mod fleet;
mod job;
mod logs;
mod on_demand;
mod schema;
mod secrets;
mod sync;
mod templates;

use clap::Subcommand;

use crate::context::{Context, GlobalArgs};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// A service principal's synchronization jobs: list, create, status, start, pause, restart, watch, delete.
    #[command(subcommand)]
    Job(job::JobCommand),
    /// A service principal's synchronization templates (what `job create --template` takes).
    #[command(subcommand)]
    Templates(templates::TemplatesCommand),
    /// A job's schema: pull it to a file, push an edited file back (PUT), extend it with a feed's
    /// custom attributes.
    #[command(subcommand)]
    Schema(schema::SchemaCommand),
    /// Provision one object now, through a job.
    #[command(after_help = crate::permissions::SYNC_WRITE)]
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
    #[command(after_help = crate::permissions::BULK_UPLOAD)]
    BulkUpload(bulk_upload::BulkUploadArgs),
    /// What happened to the records: a job's provisioning logs, matched to an upload's manifest.
    #[command(after_help = crate::permissions::LOGS)]
    Logs(logs::LogsArgs),
    /// Make a job match a feed (the whole workforce): send only joiners, movers, leavers and
    /// failed records, remembering what was sent in the state file.
    #[command(after_help = crate::permissions::SYNC)]
    Sync(sync::SyncArgs),
    /// A job's object connections (Graph beta): show one, repair one.
    #[command(subcommand)]
    Connection(connection::ConnectionCommand),
}

pub async fn run(global: GlobalArgs, command: Command) -> Result<Outcome, CliError> {
    // Refusals that need no credential come before one is asked for.
    if let Command::Job(command) = &command {
        job::check(command)?;
    }
    let context = Context::new(global)?;
    let outcome = match command {
        Command::Job(command) => job::run(&context, command).await,
        Command::Schema(command) => schema::run(&context, command).await,
        Command::OnDemand(args) => on_demand::run(&context, args).await,
        Command::App(command) => app::run(&context, command).await,
        Command::Secrets(command) => secrets::run(&context, command).await,
        Command::Fleet(command) => fleet::run(&context, command).await,
        Command::BulkUpload(args) => bulk_upload::run(&context, args).await,
        Command::Logs(args) => logs::run(&context, args).await,
        Command::Sync(args) => sync::run(&context, args).await,
        Command::Templates(command) => templates::run(&context, command).await,
        Command::Connection(command) => connection::run(&context, command).await,
    }?;
    crate::context::finish_dry_run(&mut std::io::stdout().lock())?;
    Ok(outcome)
}
