//! `connection show|repair`: a job's object connection (Graph beta), and the docs' repair procedure.

use std::io::Write;

use clap::{Args, Subcommand};
use msgraph_sync_provisioning::connection::{self, ConnectionRef, RepairOptions};
use msgraph_sync_provisioning::on_demand::{self, Subject};

use super::job::{resolve, JobArgs};
use crate::context::{print_comment, print_request_with, write_json, Context, Placeholder};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum ConnectionCommand {
    /// Show the stored connection of a source or target object (looked up as a source identifier
    /// first, then as a target identifier).
    #[command(after_help = crate::permissions::CONNECTION_SHOW)]
    Show(ShowArgs),
    /// Delete an incorrect connection and let the service match the object again: get it, require
    /// the job paused (or pause it with --pause), confirm schedule.state, delete, provision the
    /// object on demand, get it again, and start the job again if it was running.
    #[command(after_help = crate::permissions::CONNECTION_REPAIR)]
    Repair(RepairArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// A source or target identifier of the object.
    #[arg(long = "object-id")]
    pub object_id: String,
}

#[derive(Debug, Args)]
pub struct RepairArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// A source or target identifier of the object.
    #[arg(long = "object-id")]
    pub object_id: String,
    /// Pause the job first when it is active (else an active job stops the repair before any change).
    #[arg(long)]
    pub pause: bool,
    /// The synchronization rule for provision on demand. Without it, the rule of the job's schema
    /// that maps the object's type.
    #[arg(long)]
    pub rule: Option<String>,
    /// The object's type as the schema's source objects name it. Without it, the connection's
    /// objectTypeName, capitalised (`user` → `User`).
    #[arg(long = "object-type")]
    pub object_type: Option<String>,
}

fn beta(context: &Context) -> msgraph_sync::beta::Api {
    match &context.global.base_url {
        Some(base_url) => msgraph_sync::beta::Api::with_base_url(base_url),
        None => msgraph_sync::beta::Api::new(context.global.cloud.into()),
    }
}

const RULE_FROM_SCHEMA: Placeholder = Placeholder {
    marker: "RULEIDFROMTHESCHEMA",
    description: "id of the rule of the job's schema that maps the object type",
};

const SOURCE_ANCHOR: Placeholder = Placeholder {
    marker: "SOURCEANCHOROFTHECONNECTION",
    description: "sourceAnchor of the connection the first GET returns",
};

pub async fn run(context: &Context, command: ConnectionCommand) -> Result<Outcome, CliError> {
    match command {
        ConnectionCommand::Show(args) => show(context, args).await,
        ConnectionCommand::Repair(args) => repair(context, args).await,
    }
}

async fn show(context: &Context, args: ShowArgs) -> Result<Outcome, CliError> {
    let mut out = std::io::stdout().lock();
    let (job, placeholders) = resolve(context, &args.job, &mut out).await?;
    let target = ConnectionRef::new(job, &args.object_id);
    let Some(client) = context.client() else {
        print_request_with(&mut out, &target.requests(&beta(context)).get(), &placeholders)?;
        return Ok(Outcome::Success);
    };
    let found = connection::show(client, &target).await?;
    match (&found, context.global.json) {
        (Some(found), true) => write_json(&mut out, &serde_json::json!({"connection": found}))?,
        (None, true) => write_json(&mut out, &serde_json::json!({"connection": null}))?,
        (Some(found), false) => {
            writeln!(out, "object {}", connection::text(&found.object_id))?;
            writeln!(out, "source anchor {}", connection::text(&found.source_anchor))?;
            writeln!(out, "target anchor {}", connection::text(&found.target_anchor))?;
            writeln!(out, "display name {}", connection::text(&found.display_name))?;
            writeln!(out, "object type {}", connection::text(&found.object_type_name))?;
        }
        (None, false) => writeln!(out, "no object connection contains {:?}", args.object_id)?,
    }
    // No connection is an answer, not a failure of the command; `repair` refuses it.
    Ok(Outcome::Success)
}

async fn repair(context: &Context, args: RepairArgs) -> Result<Outcome, CliError> {
    let mut out = std::io::stdout().lock();
    let (job, mut placeholders) = resolve(context, &args.job, &mut out).await?;
    let target = ConnectionRef::new(job, &args.object_id);
    let Some(client) = context.client() else {
        return dry_run(context, &args, &target, &mut placeholders, &mut out);
    };
    let options = RepairOptions {
        pause: args.pause,
        rule_id: args.rule.clone(),
        object_type_name: args.object_type.clone(),
    };
    let report = connection::repair(client, &target, &options, |step| context.note(format!("{step}…")))
        .await
        .map_err(Box::new)?;
    if context.global.json {
        write_json(&mut out, &report)?;
    } else {
        let line = |c: &msgraph_sync::beta::ObjectConnection| {
            format!(
                "{} -> {}",
                connection::text(&c.source_anchor),
                connection::text(&c.target_anchor)
            )
        };
        writeln!(out, "deleted connection {}", line(&report.before))?;
        match &report.after {
            Some(after) => writeln!(out, "connected again {}", line(after))?,
            None => writeln!(out, "not connected again yet")?,
        }
        writeln!(
            out,
            "job was {}{}{}",
            report.initial_state,
            if report.paused { ", paused for the repair" } else { "" },
            if report.started { ", started again" } else { "" }
        )?;
    }
    Ok(Outcome::Success)
}

/// The requests of a repair, in order, each under its step; the job's pause and start as the job
/// being Active would need them (with --pause).
fn dry_run(
    context: &Context,
    args: &RepairArgs,
    target: &ConnectionRef,
    placeholders: &mut Vec<Placeholder>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    use connection::Step;
    let job = target.job.requests(&context.v1_0());
    let conn = target.requests(&beta(context));
    print_comment(out, &Step::GetConnection.to_string())?;
    print_request_with(out, &conn.get(), placeholders)?;
    print_comment(out, &Step::ReadJob.to_string())?;
    print_request_with(out, &job.get(), placeholders)?;
    if args.pause {
        print_comment(out, &format!("{} (if schedule.state is Active)", Step::PauseJob))?;
        print_request_with(out, &job.pause(), placeholders)?;
    } else {
        print_comment(out, "an Active job stops the repair here (pass --pause to pause it)")?;
    }
    print_comment(out, &Step::ConfirmPaused.to_string())?;
    print_request_with(out, &job.get(), placeholders)?;
    print_comment(out, &Step::DeleteConnection.to_string())?;
    print_request_with(out, &conn.delete(), placeholders)?;
    print_comment(out, &Step::ProvisionOnDemand.to_string())?;
    let rule = match &args.rule {
        Some(rule) => rule.clone(),
        None => {
            print_request_with(out, &job.schema().get(), placeholders)?;
            placeholders.push(RULE_FROM_SCHEMA);
            RULE_FROM_SCHEMA.marker.to_string()
        }
    };
    placeholders.push(SOURCE_ANCHOR);
    let subject = Subject {
        object_id: SOURCE_ANCHOR.marker.to_string(),
        object_type_name: args.object_type.clone().unwrap_or_else(|| "User".to_string()),
    };
    print_request_with(
        out,
        &job.provision_on_demand(&on_demand::request_body(&rule, &subject)),
        placeholders,
    )?;
    print_comment(out, &Step::GetConnectionAgain.to_string())?;
    print_request_with(out, &conn.get(), placeholders)?;
    if args.pause {
        print_comment(out, &format!("{} (if it was Active)", Step::StartJob))?;
        print_request_with(out, &job.start(), placeholders)?;
    }
    Ok(Outcome::Success)
}
