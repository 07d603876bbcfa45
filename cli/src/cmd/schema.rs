//! `schema pull|push`: a job's schema to a file and back.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use msgraph_sync_provisioning::schema;

use super::job::{resolve, JobArgs};
use crate::context::{print_comment, print_request_with, write_json, Context, Placeholder};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Write a job's schema to a file (indented JSON, everything the service sent kept as sent).
    #[command(after_help = crate::permissions::SCHEMA_READ)]
    Pull(PullArgs),
    /// Replace a job's schema with an edited file (PUT), after checking the changed mappings' expressions.
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Push(PushArgs),
}

#[derive(Debug, Args)]
pub struct PullArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// Where to write the schema (`-`: standard output).
    #[arg(long, short = 'o')]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// The edited schema.
    pub file: PathBuf,
    /// Do not check the changed mappings' expressions with parseExpression before pushing.
    #[arg(long)]
    pub no_check: bool,
    /// Push even if the file lacks directories, rules, object or attribute mappings the job has
    /// (without it such a push is refused and nothing is sent).
    #[arg(long)]
    pub allow_removals: bool,
    /// With --dry-run: the schema as pulled, to show what the push changes without asking the service.
    #[arg(long)]
    pub base: Option<PathBuf>,
}

pub async fn run(context: &Context, command: SchemaCommand) -> Result<Outcome, CliError> {
    match command {
        SchemaCommand::Pull(args) => pull(context, &args).await,
        SchemaCommand::Push(args) => push(context, &args).await,
    }
}

fn read(path: &PathBuf) -> Result<msgraph_sync::v1_0::SynchronizationSchema, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
    Ok(schema::from_text(&text, path)?)
}

async fn pull(context: &Context, args: &PullArgs) -> Result<Outcome, CliError> {
    let mut out = crate::output::stdout(context.global.json);
    let (job, placeholders) = resolve(context, &args.job, &mut out).await?;
    let request = job.requests(&context.v1_0()).schema().get();
    let Some(client) = context.client() else {
        print_request_with(&mut out, &request, &placeholders)?;
        return Ok(Outcome::Success);
    };
    let pulled = client.send(&request).await?;
    let text = schema::to_text(&pulled)?;
    if args.output.as_os_str() == "-" {
        // A JSON document: escaped as JSON, so the values stay exact.
        crate::output::stdout(true).write_all(text.as_bytes())?;
        return Ok(Outcome::Success);
    }
    std::fs::write(&args.output, &text).map_err(|e| CliError::Usage(format!("{}: {e}", args.output.display())))?;
    let rules = pulled.synchronization_rules.value().map_or(0, Vec::len);
    if context.global.json {
        write_json(
            &mut out,
            &serde_json::json!({"jobId": job.job_id, "file": args.output.display().to_string(), "bytes": text.len(), "rules": rules}),
        )?;
    } else {
        writeln!(
            out,
            "wrote the schema of job {} ({}, {} bytes) to {}",
            job.job_id,
            crate::plural::count(rules, "rule", "rules"),
            text.len(),
            args.output.display()
        )?;
    }
    Ok(Outcome::Success)
}

const EXPRESSIONS: Placeholder = Placeholder {
    marker: "EXPRESSIONOFEACHCHANGEDMAPPING",
    description: "expression of each changed mapping, one request each",
};

async fn push(context: &Context, args: &PushArgs) -> Result<Outcome, CliError> {
    let edited = read(&args.file)?;
    let mut out = crate::output::stdout(context.global.json);
    let (job, mut placeholders) = resolve(context, &args.job, &mut out).await?;
    let requests = job.requests(&context.v1_0()).schema();
    let Some(client) = context.client() else {
        match &args.base {
            Some(base) => {
                let diff = schema::diff(&read(base)?, &edited)?;
                print_comment(&mut out, &format!("changes against {}:", base.display()))?;
                for line in diff.to_string().lines() {
                    print_comment(&mut out, &format!("  {line}"))?;
                }
                if !args.allow_removals && !diff.removed.is_empty() {
                    return Err(removals_refused(diff.removed));
                }
                if !args.no_check {
                    for (_, _, body) in schema::expression_requests(&diff) {
                        print_request_with(&mut out, &requests.parse_expression(&body), &placeholders)?;
                    }
                }
                if diff.is_empty() {
                    print_comment(&mut out, "nothing to push")?;
                    return Ok(Outcome::Success);
                }
            }
            None => {
                print_request_with(&mut out, &requests.get(), &placeholders)?;
                print_comment(
                    &mut out,
                    "the changes are the differences from this answer (pass --base to show them here)",
                )?;
                if !args.no_check {
                    let body = msgraph_sync::v1_0::ParseExpressionRequestBody {
                        expression: msgraph_sync::Maybe::Value(EXPRESSIONS.marker.to_string()),
                        ..Default::default()
                    };
                    placeholders.push(EXPRESSIONS);
                    print_request_with(&mut out, &requests.parse_expression(&body), &placeholders)?;
                }
            }
        }
        print_request_with(&mut out, &requests.put(&edited), &placeholders)?;
        return Ok(Outcome::Success);
    };
    let options = schema::PushOptions {
        check_expressions: !args.no_check,
        allow_removals: args.allow_removals,
    };
    let report = match schema::push(client, &job, &edited, &options).await {
        Err(schema::SchemaError::Removals { removed }) => return Err(removals_refused(removed)),
        other => other?,
    };
    if context.global.json {
        write_json(&mut out, &report)?;
        return Ok(Outcome::Success);
    }
    write!(out, "{}", report.diff)?;
    for check in &report.checks {
        writeln!(out, "checked: {check}")?;
    }
    if report.pushed {
        writeln!(out, "pushed the schema of job {} (PUT)", job.job_id)?;
    } else {
        writeln!(
            out,
            "the service's schema already equals {}; nothing pushed",
            args.file.display()
        )?;
    }
    Ok(Outcome::Success)
}

/// A push that would remove parts of the job's schema, refused: what would be lost, and the flag.
fn removals_refused(removed: Vec<schema::Removal>) -> CliError {
    let lines: Vec<String> = removed.iter().map(|r| format!("  {r}")).collect();
    CliError::Usage(format!(
        "the file would remove {} part(s) of the job's schema; nothing was pushed (pass --allow-removals to push it):\n{}",
        removed.len(),
        lines.join("\n")
    ))
}
