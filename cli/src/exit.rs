//! Errors of the tool and the exit code each maps to (docs/cli.md's table repeats these).

use std::io::Write;
use std::process::ExitCode;

use msgraph_sync_provisioning::bootstrap::{BootstrapError, StepFailure};
use msgraph_sync_provisioning::bulk::{ChunkOutcome, ChunkStatus};
use msgraph_sync_provisioning::connection::{RepairError, StepError};
use msgraph_sync_provisioning::job::JobError;
use msgraph_sync_provisioning::on_demand::OnDemandError;
use msgraph_sync_provisioning::schema::SchemaError;
use msgraph_sync_provisioning::schema_check::UnknownAttribute;

/// The job ran and reported its outcome.
pub const SUCCESS: u8 = 0;
/// The job ran but its outcome is a failure (records failed, an object was not provisioned, a watched job is paused, ...).
pub const JOB_FAILED: u8 = 1;
/// The command line or an input file is wrong (clap's usage errors also exit with 2), including a schema
/// whose changed expressions do not parse and a choice the service's data leaves open (several jobs).
pub const USAGE: u8 = 2;
/// No credential, or the credential was refused.
pub const AUTH: u8 = 3;
/// Graph answered with an error, or could not be reached.
pub const SERVICE: u8 = 4;
/// A deadline passed before the job reached the state waited for (a watch, a service principal's replication).
pub const DEADLINE: u8 = 5;
/// A watched job is in quarantine.
pub const QUARANTINE: u8 = 6;
/// An upload stopped before sending everything: bulkUpload's daily budget is spent, the service kept
/// answering 429, or the record of what was sent (the manifest) could not be written. Nothing was
/// lost or sent twice; what was not sent is reported (run again later).
pub const STOPPED: u8 = 7;

/// What a subcommand returns when it ran to its end: success, or a job-level failure it already reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    JobFailed,
    Deadline,
    Quarantined,
    Stopped,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(match outcome {
            Outcome::Success => SUCCESS,
            Outcome::JobFailed => JOB_FAILED,
            Outcome::Deadline => DEADLINE,
            Outcome::Quarantined => QUARANTINE,
            Outcome::Stopped => STOPPED,
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
    /// Graph answered with an error the workflow reported in its own terms, or could not be
    /// reached, or answered no request.
    #[error("{0}")]
    Service(String),
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    #[error("building the request: {0}")]
    Build(#[from] msgraph_sync::BuildError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Job(#[from] JobError),
    #[error(transparent)]
    Schema(#[from] SchemaError),
    #[error(transparent)]
    OnDemand(#[from] OnDemandError),
    #[error(transparent)]
    Bootstrap(#[from] Box<BootstrapError>),
    #[error(transparent)]
    Connection(#[from] Box<RepairError>),
    /// Records that cannot be sent stopped the run before anything was sent (`--all-or-nothing`);
    /// `rejected` names them (the `--json` document's `error.rejected`).
    #[error("{message}")]
    Rejected {
        message: String,
        rejected: serde_json::Value,
    },
    /// `sync`: the map writes attributes the job's schema does not define; nothing was sent.
    #[error("{message}")]
    UnknownAttributes {
        message: String,
        unknown: Vec<UnknownAttribute>,
    },
}

fn client_code(error: &msgraph_sync::client::Error) -> u8 {
    match error {
        msgraph_sync::client::Error::Auth(_) => AUTH,
        msgraph_sync::client::Error::Graph { error, .. } if error.status == 401 => AUTH,
        msgraph_sync::client::Error::Build(_) => USAGE,
        _ => SERVICE,
    }
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_)
            | CliError::Build(_)
            | CliError::Rejected { .. }
            | CliError::UnknownAttributes { .. } => USAGE,
            CliError::Auth(_) => AUTH,
            CliError::Service(_) => SERVICE,
            CliError::Client(error) => client_code(error),
            CliError::Io(_) => SERVICE,
            CliError::Job(JobError::Client(error)) => client_code(error),
            CliError::Job(JobError::NoCreatedJob { .. }) => SERVICE,
            CliError::Job(_) => USAGE,
            CliError::Schema(SchemaError::Client(error)) => client_code(error),
            CliError::Schema(SchemaError::Encode(_)) => SERVICE,
            CliError::Schema(_) => USAGE,
            CliError::OnDemand(OnDemandError::Client(error)) => client_code(error),
            CliError::OnDemand(OnDemandError::NoRule { .. } | OnDemandError::AmbiguousRule { .. }) => USAGE,
            CliError::OnDemand(_) => SERVICE,
            CliError::Bootstrap(error) => match &error.failure {
                StepFailure::Client(error) => client_code(error),
                StepFailure::NotReplicated { .. } => DEADLINE,
                StepFailure::NoTemplate(_) | StepFailure::AmbiguousTemplate { .. } => USAGE,
                StepFailure::Missing(_) => SERVICE,
            },
            CliError::Connection(error) => match &error.source {
                StepError::Client(error)
                | StepError::Job(JobError::Client(error))
                | StepError::OnDemand(OnDemandError::Client(error)) => client_code(error),
                StepError::OnDemand(OnDemandError::NoRule { .. } | OnDemandError::AmbiguousRule { .. }) => USAGE,
                StepError::OnDemand(_) => SERVICE,
                StepError::JobActive { .. } | StepError::NotPaused { .. } | StepError::Job(_) => USAGE,
                StepError::NotFound { .. } => SERVICE,
                StepError::ProvisionFailed { .. } => JOB_FAILED,
            },
        }
    }
}

/// What an upload's chunks say about the service as a whole: a refused credential or a service never
/// reached is the table's 3 or 4, not a record failure (1) that a second run could fix.
#[derive(Debug, Default)]
pub struct UploadFailures {
    answered: bool,
    unauthorized: u64,
    unanswered: u64,
}

impl UploadFailures {
    pub fn observe(&mut self, outcome: &ChunkOutcome) {
        match outcome.http_status {
            Some(401) => self.unauthorized += 1,
            Some(_) => self.answered = true,
            None if outcome.status == ChunkStatus::Accepted => self.answered = true,
            // Never sent (the budget, a stop): says nothing of the service.
            None if outcome.status == ChunkStatus::NotSent => {}
            None => self.unanswered += 1,
        }
    }

    /// The run's outcome once the report is printed (`clean`: nothing rejected, refused or unknown).
    pub fn outcome(&self, clean: bool) -> Result<Outcome, CliError> {
        if self.unauthorized > 0 {
            return Err(CliError::Auth(format!(
                "the service refused the credential (401) for {} bulk request(s)",
                self.unauthorized
            )));
        }
        if self.unanswered > 0 && !self.answered {
            return Err(CliError::Service(format!(
                "the service could not be reached: none of {} bulk request(s) was answered",
                self.unanswered
            )));
        }
        Ok(if clean { Outcome::Success } else { Outcome::JobFailed })
    }
}

/// Prints the error (as `{"error": {"message", "exitCode"}}` with `--json`, plus `unknownAttributes`
/// for a sync refused for them) and gives its exit code.
/// A standard output closed by its reader (`| head`) is not the command's failure: exit 0, quietly.
pub fn report(error: &CliError, json: bool) -> ExitCode {
    if let CliError::Io(io) = error {
        if io.kind() == std::io::ErrorKind::BrokenPipe {
            return ExitCode::from(SUCCESS);
        }
    }
    let code = error.exit_code();
    if json {
        let mut document = serde_json::json!({"error": {"message": error.to_string(), "exitCode": code}});
        if let CliError::Bootstrap(error) = error {
            document["error"]["step"] = serde_json::json!(error.step);
            document["error"]["partial"] = serde_json::to_value(&error.partial).unwrap_or_default();
        }
        if let CliError::Rejected { rejected, .. } = error {
            document["error"]["rejected"] = rejected.clone();
        }
        if let CliError::UnknownAttributes { unknown, .. } = error {
            document["error"]["unknownAttributes"] = serde_json::to_value(unknown).unwrap_or_default();
        }
        if let CliError::Connection(error) = error {
            document["error"]["step"] = serde_json::json!(error.step);
            document["error"]["connectionDeleted"] = serde_json::json!(error.deleted);
        }
        let _ = writeln!(crate::output::stdout(true), "{document}");
    } else {
        crate::output::eprint_line(format_args!("error: {error}"));
    }
    ExitCode::from(code)
}
