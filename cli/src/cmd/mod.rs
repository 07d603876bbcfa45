//! The subcommands, one module each.

mod job;

use clap::Subcommand;

use crate::context::{Context, GlobalArgs};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// A service principal's synchronization jobs.
    #[command(subcommand)]
    Job(job::JobCommand),
}

pub async fn run(global: GlobalArgs, command: Command) -> Result<Outcome, CliError> {
    let context = Context::new(global)?;
    match command {
        Command::Job(command) => job::run(&context, command).await,
    }
}
