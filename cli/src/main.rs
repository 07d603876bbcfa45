//! `msgraph-sync`: the provisioning jobs of `msgraph-sync-provisioning` as subcommands.
//!
//! Exit codes are documented in the README (and in `exit.rs`); `--json` output is one JSON document per
//! run on standard output; human-readable progress and messages go to standard error.

mod cmd;
mod context;
mod deprecation;
mod exit;

use std::process::ExitCode;

use clap::Parser;

use crate::cmd::Command;
use crate::context::GlobalArgs;

/// Microsoft Entra application provisioning through the Graph synchronization API.
#[derive(Debug, Parser)]
#[command(name = "msgraph-sync", version, propagate_version = true, max_term_width = 100)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.global.verbose {
        // The client's `graph_request` span carries method, path, client-request-id, status and attempts;
        // it records no header or body, so no token or secret reaches the log.
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .with_max_level(tracing_subscriber::filter::LevelFilter::INFO)
            .init();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => return exit::report(&exit::CliError::Io(error), cli.global.json),
    };
    let json = cli.global.json;
    match runtime.block_on(cmd::run(cli.global, cli.command)) {
        Ok(code) => code.into(),
        Err(error) => exit::report(&error, json),
    }
}
