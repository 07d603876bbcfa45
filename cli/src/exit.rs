//! Errors of the tool and the exit code each maps to (the README's table repeats these).

use std::process::ExitCode;

/// The job ran and reported its outcome.
pub const SUCCESS: u8 = 0;
/// The job ran but its outcome is a failure (records failed, a job ended in quarantine, ...).
pub const JOB_FAILED: u8 = 1;
/// The command line or an input file is wrong (clap's usage errors also exit with 2).
pub const USAGE: u8 = 2;
/// No credential, or the credential was refused.
pub const AUTH: u8 = 3;
/// Graph answered with an error, or could not be reached.
pub const SERVICE: u8 = 4;
/// A deadline passed before the job reached the state waited for.
pub const DEADLINE: u8 = 5;

/// What a subcommand returns when it ran to its end: success, or a job-level failure it already reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    JobFailed,
    Deadline,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(match outcome {
            Outcome::Success => SUCCESS,
            Outcome::JobFailed => JOB_FAILED,
            Outcome::Deadline => DEADLINE,
        })
    }
}

/// Why a subcommand stopped early.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("authentication: {0}")]
    Auth(String),
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    #[error("building the request: {0}")]
    Build(#[from] msgraph_sync::BuildError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::Build(_) => USAGE,
            CliError::Auth(_) => AUTH,
            CliError::Client(msgraph_sync::client::Error::Auth(_)) => AUTH,
            CliError::Client(_) => SERVICE,
            CliError::Io(_) => SERVICE,
        }
    }
}

/// Prints the error (as `{"error": {"message", "exitCode"}}` with `--json`) and gives its exit code.
pub fn report(error: &CliError, json: bool) -> ExitCode {
    let code = error.exit_code();
    if json {
        let document = serde_json::json!({"error": {"message": error.to_string(), "exitCode": code}});
        println!("{document}");
    } else {
        eprintln!("error: {error}");
    }
    ExitCode::from(code)
}
