//! Provisioning walkthrough: create a synchronization job from a template, start it, and poll its
//! status until it reaches a steady state (or quarantine).
//!
//! ```text
//! GRAPH_TOKEN=... cargo run --example provision -- --service-principal <id> --template <templateId>
//! cargo run --example provision -- --service-principal <id> --template scim --dry-run
//! ```
//!
//! Flags (or environment): `--base-url` (`GRAPH_BASE_URL`, default https://graph.microsoft.com),
//! `--token` (`GRAPH_TOKEN`), `--api v1.0|beta` (v1.0), `--poll-seconds N` (10), `--max-polls N` (30),
//! `--dry-run`: print each HTTP request instead of sending it (no network, no token needed).

use msgraph_sync::v1_0::{SynchronizationJob, SynchronizationStatusCode};
use msgraph_sync::{Client, Maybe, PrintedRequest, Request};
use std::io::Write;
use std::time::Duration;

#[derive(Debug)]
pub struct Options {
    pub base_url: String,
    pub token: Option<String>,
    pub service_principal: String,
    pub template: String,
    pub dry_run: bool,
    pub poll: Duration,
    pub max_polls: u32,
}

impl Options {
    pub fn parse(args: &[String], env: impl Fn(&str) -> Option<String>) -> Result<Options, String> {
        let value = |flag: &str| {
            args.iter()
                .position(|a| a == flag)
                .and_then(|i| args.get(i + 1))
                .cloned()
        };
        let number = |flag: &str, default: u64| -> Result<u64, String> {
            value(flag).map_or(Ok(default), |v| {
                v.parse().map_err(|_| format!("{flag} takes a number, got {v:?}"))
            })
        };
        if let Some(api) = value("--api") {
            if api != "v1.0" {
                return Err(format!("this walkthrough uses the v1.0 builders; got --api {api}"));
            }
        }
        Ok(Options {
            base_url: value("--base-url")
                .or_else(|| env("GRAPH_BASE_URL"))
                .unwrap_or_else(|| "https://graph.microsoft.com".into()),
            token: value("--token").or_else(|| env("GRAPH_TOKEN")),
            service_principal: value("--service-principal").ok_or("--service-principal is required")?,
            template: value("--template").ok_or("--template is required")?,
            dry_run: args.iter().any(|a| a == "--dry-run"),
            poll: Duration::from_secs(number("--poll-seconds", 10)?),
            max_polls: number("--max-polls", 30)? as u32,
        })
    }
}

/// Prints a request as it would go on the wire (its printed form: the token is never shown).
fn print_request<R, Q>(out: &mut impl Write, request: &Request<R, Q>) -> Result<(), String>
where
    R: msgraph_sync::response::ResponseKind,
{
    let printed = PrintedRequest::of(request).map_err(|e| e.to_string())?;
    writeln!(out, "{printed}").map_err(|e| e.to_string())
}

/// Whether a job has finished its first cycle: a steady state, or a successful run.
fn is_steady(job: &SynchronizationJob) -> bool {
    let Some(status) = job.status.value() else { return false };
    let steady = status
        .steady_state_last_achieved_time
        .value()
        .and_then(|t| t.value())
        .is_some_and(|t| t.timestamp() > 0);
    steady || status.last_successful_execution.is_value()
}

pub async fn run(options: &Options, out: &mut impl Write) -> Result<(), String> {
    let api = msgraph_sync::v1_0::Api::with_base_url(&options.base_url);
    let jobs = api
        .service_principals()
        .item(&options.service_principal)
        .synchronization()
        .jobs();
    let new_job = SynchronizationJob {
        template_id: Maybe::Value(options.template.clone()),
        ..Default::default()
    };
    if options.dry_run {
        let job = jobs.item("{jobId}");
        writeln!(out, "# dry run: the requests this walkthrough sends, in order\n").map_err(|e| e.to_string())?;
        print_request(out, &jobs.create(&new_job))?;
        print_request(out, &job.start())?;
        writeln!(
            out,
            "# then, every {:?} until steady (at most {} times):",
            options.poll, options.max_polls
        )
        .map_err(|e| e.to_string())?;
        print_request(out, &job.get())?;
        return Ok(());
    }
    let token = options
        .token
        .clone()
        .ok_or("a token is required: --token or GRAPH_TOKEN (or use --dry-run)")?;
    let client = Client::builder()
        .base_url(&options.base_url)
        .bearer_token(token)
        .build()
        .map_err(|e| e.to_string())?;
    let created = client.send(&jobs.create(&new_job)).await.map_err(|e| e.to_string())?;
    let job_id = created
        .and_then(|j| j.id.into_value())
        .ok_or("the service created the job but returned no id")?;
    writeln!(out, "created job {job_id}").map_err(|e| e.to_string())?;
    let job = jobs.item(&job_id);
    client.send(&job.start()).await.map_err(|e| e.to_string())?;
    writeln!(out, "started").map_err(|e| e.to_string())?;
    for poll in 1..=options.max_polls {
        let current = client.send(&job.get()).await.map_err(|e| e.to_string())?;
        let code = current
            .status
            .value()
            .and_then(|s| s.code.value())
            .map(ToString::to_string);
        writeln!(out, "poll {poll}: {}", code.as_deref().unwrap_or("(no status)")).map_err(|e| e.to_string())?;
        if current.status.value().and_then(|s| s.code.value()) == Some(&SynchronizationStatusCode::Quarantine) {
            return Err(format!("job {job_id} is in quarantine; see its status.quarantine"));
        }
        if is_steady(&current) {
            writeln!(out, "job {job_id} reached a steady state").map_err(|e| e.to_string())?;
            return Ok(());
        }
        tokio::time::sleep(options.poll).await;
    }
    Err(format!("job {job_id} not steady after {} polls", options.max_polls))
}

#[allow(dead_code)]
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match Options::parse(&args, |k| std::env::var(k).ok()) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match run(&options, &mut std::io::stdout()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
