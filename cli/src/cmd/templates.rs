//! `templates list`: the synchronization templates of a service principal (`job create --template`
//! takes one's id).

use std::io::Write;

use clap::{Args, Subcommand};
use msgraph_sync_provisioning::templates;

use crate::context::{show_plan, write_json, Context};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the synchronization templates a service principal offers: id, factory tag, whether it
    /// is the default, description.
    #[command(after_help = crate::permissions::SYNC_READ)]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The service principal's object id.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
}

pub async fn run(context: &Context, command: TemplatesCommand) -> Result<Outcome, CliError> {
    let TemplatesCommand::List(args) = command;
    let mut out = std::io::stdout().lock();
    let Some(client) = context.client() else {
        show_plan(
            &mut out,
            templates::plan_list(&context.v1_0(), &args.service_principal)?,
        )?;
        return Ok(Outcome::Success);
    };
    let listed = templates::list_templates(client, &args.service_principal).await?;
    if context.global.json {
        write_json(&mut out, &listed)?;
        return Ok(Outcome::Success);
    }
    for template in &listed {
        let id = template.id.value().map_or("<no id>", String::as_str);
        let tag = template.factory_tag.value().map_or("<no factory tag>", String::as_str);
        let default = if template.default.value() == Some(&true) {
            "default"
        } else {
            "-"
        };
        let description = template.description.value().map_or("", String::as_str);
        writeln!(out, "{id}\t{tag}\t{default}\t{description}")?;
    }
    context.note(crate::plural::count(listed.len(), "template", "templates"));
    Ok(Outcome::Success)
}
