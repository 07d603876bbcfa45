//! `msgraph-sync`: the provisioning jobs of `msgraph-sync-provisioning` as subcommands.
//!
//! Exit codes are documented in docs/cli.md (and in `exit.rs`); `--json` output is one JSON document per
//! run on standard output; human-readable progress and messages go to standard error.

mod args;
mod certificate;
mod cmd;
mod context;
mod credential;
mod deprecation;
mod exit;
mod map_file;
mod output;
mod permissions;
mod plural;
mod progress;

use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every command that sends requests ends its help with the Graph permissions it needs, so a
    /// new command cannot leave them out.
    #[test]
    fn every_command_names_its_permissions() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let subcommands: Vec<&clap::Command> = command
                .get_subcommands()
                .filter(|sub| sub.get_name() != "help")
                .collect();
            if subcommands.is_empty() {
                let after = command
                    .get_after_help()
                    .map(|text| text.to_string())
                    .unwrap_or_default();
                if !after.starts_with("Permissions: ") {
                    missing.push(path.to_string());
                }
            }
            for sub in subcommands {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut command = super::Cli::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, "msgraph-sync", &mut missing);
        assert!(missing.is_empty(), "without a Permissions: line: {missing:?}");
    }

    /// Every subcommand says what it does and every flag has help, all the way down the tree.
    #[test]
    fn every_command_and_argument_has_help() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            if command.get_about().is_none() && command.get_long_about().is_none() {
                missing.push(format!("{path} (the command)"));
            }
            for arg in command.get_arguments().filter(|arg| !arg.is_hide_set()) {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        super::Cli::command().debug_assert();
        let mut command = super::Cli::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, "msgraph-sync", &mut missing);
        assert!(missing.is_empty(), "without help: {missing:?}");
    }
}
