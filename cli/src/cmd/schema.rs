//! `schema pull|push|extend`: a job's schema to a file and back, and the feed's custom attributes
//! added to it.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use msgraph_sync_provisioning::schema;
use msgraph_sync_provisioning::schema_check::{self, UnknownAttribute};
use msgraph_sync_provisioning::schema_extend::{self, Addition, ExtendError};

use super::feed::FeedArgs;

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
    /// Add the attributes a feed writes in namespaces of your own (and of the enterprise extension)
    /// that the job's source directory lacks, as attribute definitions (GET, show the diff, PUT);
    /// nothing is removed or changed, and nothing to add sends no PUT.
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Extend(ExtendArgs),
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// The feed and map `sync` reads (with `* = urn:…` in the map, the CSV header's other columns
    /// are attributes too; JSON Lines records are read through).
    #[command(flatten)]
    pub feed: FeedArgs,
    /// With --dry-run: the schema as pulled (`schema pull`), to show the definitions added and the
    /// PUT without asking the service.
    #[arg(long)]
    pub base: Option<PathBuf>,
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
        SchemaCommand::Extend(args) => extend(context, &args).await,
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

fn extend_error(error: ExtendError) -> CliError {
    match error {
        ExtendError::Schema(schema::SchemaError::Removals { removed }) => removals_refused(removed),
        ExtendError::Schema(error) => CliError::Schema(error),
        ExtendError::Input(error) => CliError::Usage(error.to_string()),
        ExtendError::SourceDirectory(error) => CliError::Usage(error.to_string()),
    }
}

/// `not added (core attributes are the service's): map.txt:3: … ` lines.
fn not_added_lines(not_added: &[UnknownAttribute]) -> Vec<String> {
    not_added
        .iter()
        .map(|u| format!("not added (the core schema's attributes are the service's to define): {u}"))
        .collect()
}

async fn extend(context: &Context, args: &ExtendArgs) -> Result<Outcome, CliError> {
    let input = args.feed.input(50)?;
    let mut out = crate::output::stdout(context.global.json);
    let (job, placeholders) = resolve(context, &args.job, &mut out).await?;
    let requests = job.requests(&context.v1_0()).schema();
    let Some(client) = context.client() else {
        print_request_with(&mut out, &requests.get(), &placeholders)?;
        let attributes = schema_check::feed_attributes(&input).map_err(|e| CliError::Usage(e.to_string()))?;
        let Some(base) = &args.base else {
            let candidates: Vec<String> = attributes
                .iter()
                .filter(|a| a.namespace != schema_check::Namespace::Core)
                .map(|a| format!("  {} ({})", a.name, a.kind))
                .collect();
            if candidates.is_empty() {
                print_comment(
                    &mut out,
                    "the feed writes no attribute of the enterprise extension or of a namespace of your own: nothing to add, no PUT",
                )?;
                return Ok(Outcome::Success);
            }
            print_comment(
                &mut out,
                "then, of these attributes the feed writes, those the answer's source directory lacks are added and the schema PUT (none lacking: no PUT; pass --base FILE from `schema pull` to see it here):",
            )?;
            for line in candidates {
                print_comment(&mut out, &line)?;
            }
            return Ok(Outcome::Success);
        };
        let current = read(base)?;
        let extension = schema_extend::extend_schema(&current, &attributes, &input).map_err(extend_error)?;
        let diff = schema::diff(&current, &extension.extended)?;
        print_comment(&mut out, &format!("changes against {}:", base.display()))?;
        for addition in &extension.additions {
            print_comment(&mut out, &format!("  {addition}"))?;
        }
        for line in diff.to_string().lines() {
            print_comment(&mut out, &format!("  {line}"))?;
        }
        for line in not_added_lines(&extension.not_added) {
            print_comment(&mut out, &line)?;
        }
        if extension.additions.is_empty() {
            print_comment(
                &mut out,
                "the source directory already defines every attribute the feed writes: nothing to add, no PUT",
            )?;
            return Ok(Outcome::Success);
        }
        print_request_with(&mut out, &requests.put(&extension.extended), &placeholders)?;
        return Ok(Outcome::Success);
    };
    let report = schema_extend::extend(client, &job, &input)
        .await
        .map_err(extend_error)?;
    if context.global.json {
        write_json(&mut out, &serde_json::json!({"jobId": job.job_id, "report": report}))?;
        return Ok(Outcome::Success);
    }
    for addition in &report.additions {
        writeln!(out, "{addition}")?;
    }
    if report.pushed {
        write!(out, "{}", report.diff)?;
    }
    for line in not_added_lines(&report.not_added) {
        writeln!(out, "{line}")?;
    }
    match report.additions.first() {
        Some(Addition { directory, .. }) if report.pushed => writeln!(
            out,
            "added {} to the source directory {directory:?} of job {} (PUT); map them to Entra attributes in the job's attribute mappings (the admin center, or `schema pull`/`schema push`)",
            crate::plural::count(report.additions.len(), "attribute definition", "attribute definitions"),
            job.job_id
        )?,
        _ => writeln!(
            out,
            "the job's source directory already defines every custom and enterprise attribute the feed writes; nothing pushed"
        )?,
    }
    Ok(Outcome::Success)
}
