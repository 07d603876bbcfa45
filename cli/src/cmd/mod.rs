//! The subcommands, one module each.

mod fleet;
mod job;

use clap::Subcommand;

use crate::context::{Context, GlobalArgs};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// A service principal's synchronization jobs.
    #[command(subcommand)]
    Job(job::JobCommand),
    /// Many service principals at once.
    #[command(subcommand)]
    Fleet(fleet::FleetCommand),
}

pub async fn run(global: GlobalArgs, command: Command) -> Result<Outcome, CliError> {
    let context = Context::new(global)?;
    match command {
        Command::Job(command) => job::run(&context, command).await,
        Command::Fleet(command) => fleet::run(&context, command).await,
    }
}
