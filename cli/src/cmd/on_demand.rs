//! `on-demand`: provision one object now, through a job.

use std::io::Write;

use clap::Args;
use msgraph_sync_provisioning::on_demand::{self, OnDemand, OnDemandResult, Subject};

use super::job::{resolve, JobArgs};
use crate::context::{print_comment, print_request_with, write_json, Context, Placeholder};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Args)]
pub struct OnDemandArgs {
    #[command(flatten)]
    pub job: JobArgs,
    /// The object's id in the source directory (a distinguished name for Active Directory).
    #[arg(long = "object-id")]
    pub object_id: String,
    /// The object's type as the schema's source objects name it.
    #[arg(long = "object-type", default_value = "User")]
    pub object_type: String,
    /// The synchronization rule. Without it, the rule of the job's schema that maps --object-type.
    #[arg(long)]
    pub rule: Option<String>,
    /// Choose the rule among those reading from this source directory (when several map the type).
    #[arg(long, conflicts_with = "rule")]
    pub directory: Option<String>,
}

const RULE_FROM_SCHEMA: Placeholder = Placeholder {
    marker: "RULEIDFROMTHESCHEMA",
    description: "id of the rule of the schema above that maps the object type",
};

pub async fn run(context: &Context, args: OnDemandArgs) -> Result<Outcome, CliError> {
    let mut out = crate::output::stdout(context.global.json);
    let (job, mut placeholders) = resolve(context, &args.job, &mut out).await?;
    let subject = Subject {
        object_id: args.object_id.clone(),
        object_type_name: args.object_type.clone(),
    };
    let Some(client) = context.client() else {
        let requests = job.requests(&context.v1_0());
        let rule = match &args.rule {
            Some(rule) => rule.clone(),
            None => {
                print_request_with(&mut out, &requests.schema().get(), &placeholders)?;
                print_comment(
                    &mut out,
                    &format!("then, through the rule that maps {}:", args.object_type),
                )?;
                placeholders.push(RULE_FROM_SCHEMA);
                RULE_FROM_SCHEMA.marker.to_string()
            }
        };
        let body = on_demand::request_body(&rule, &subject);
        print_request_with(&mut out, &requests.provision_on_demand(&body), &placeholders)?;
        return Ok(Outcome::Success);
    };
    let result = OnDemand
        .provision(client, &job, &subject, args.rule.as_deref(), args.directory.as_deref())
        .await?;
    if context.global.json {
        write_json(&mut out, &result)?;
    } else {
        write_human(&mut out, &result)?;
    }
    Ok(if result.succeeded() {
        Outcome::Success
    } else {
        Outcome::JobFailed
    })
}

fn write_human(out: &mut impl Write, result: &OnDemandResult) -> Result<(), CliError> {
    let record = &result.record;
    writeln!(
        out,
        "{}: {} (rule {}{})",
        record.reportable_identifier.as_deref().unwrap_or("<object>"),
        result.outcome.result.as_deref().unwrap_or("<no result>"),
        result.rule_id,
        record
            .action
            .as_deref()
            .map(|a| format!(", action {a}"))
            .unwrap_or_default()
    )?;
    for (name, value) in &result.outcome.details {
        writeln!(
            out,
            "  {name}: {}",
            value.as_str().map_or_else(|| value.to_string(), str::to_string)
        )?;
    }
    for (n, step) in record.provisioning_steps.iter().enumerate() {
        writeln!(
            out,
            "  {}. {} {} [{}]: {}",
            n + 1,
            step.step_type.as_deref().unwrap_or("?"),
            step.name.as_deref().unwrap_or("?"),
            step.status.as_deref().unwrap_or("?"),
            step.description.as_deref().unwrap_or("")
        )?;
    }
    if !record.modified_properties.is_empty() {
        writeln!(out, "  modified properties:")?;
        for property in &record.modified_properties {
            let show = |v: &Option<serde_json::Value>| match v {
                None | Some(serde_json::Value::Null) => "<none>".to_string(),
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            };
            writeln!(
                out,
                "    {}: {} -> {}",
                property.display_name.as_deref().unwrap_or("?"),
                show(&property.old_value),
                show(&property.new_value)
            )?;
        }
    }
    Ok(())
}
