//! `job list|…`: a service principal's synchronization jobs.

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// List the synchronization jobs of a service principal.
    List(ServicePrincipalArg),
}

/// The service principal whose jobs are meant.
#[derive(Debug, Args)]
pub struct ServicePrincipalArg {
    /// The service principal's object id.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
}

pub async fn run(context: &Context, command: JobCommand) -> Result<Outcome, CliError> {
    match command {
        JobCommand::List(args) => list(context, &args).await,
    }
}

async fn list(context: &Context, args: &ServicePrincipalArg) -> Result<Outcome, CliError> {
    let request = context
        .v1_0()
        .service_principals()
        .item(&args.service_principal)
        .synchronization()
        .jobs()
        .list();
    let Some(client) = context.client() else {
        crate::context::print_request(&mut std::io::stdout().lock(), &request)?;
        return Ok(Outcome::Success);
    };
    let jobs = client.collect_all(&request).await?;
    if context.global.json {
        println!(
            "{}",
            serde_json::to_string(&jobs).map_err(|e| CliError::Usage(e.to_string()))?
        );
    } else {
        for job in &jobs {
            let id = job.id.value().map(String::as_str).unwrap_or("<no id>");
            let template = job.template_id.value().map(String::as_str).unwrap_or("<no template>");
            println!("{id}\t{template}");
        }
    }
    Ok(Outcome::Success)
}
