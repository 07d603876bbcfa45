//! `secrets set`: save a service principal's synchronization secrets, read from a file or standard
//! input. Values are never printed: not in output, errors, dry runs or logs.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand};
use msgraph_sync::client::Secret;
use msgraph_sync::v1_0::SynchronizationSecret;
use msgraph_sync::Enumeration;
use msgraph_sync_provisioning::bootstrap;

use crate::context::{show_plan, write_json, Context};
use crate::exit::{CliError, Outcome};

#[derive(Debug, Subcommand)]
pub enum SecretsCommand {
    /// Replace the secrets (BaseAddress, SecretToken, …) of a service principal's synchronization.
    #[command(after_help = crate::permissions::SYNC_WRITE)]
    Set(SetArgs),
}

/// Where the secrets come from: `KEY=VALUE` lines (`#` comments and blank lines skipped) or a JSON
/// object `{"KEY": "VALUE"}`.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct SecretsSource {
    /// Read the secrets from this file.
    #[arg(long = "secrets-file", alias = "from-file", value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// Read the secrets from standard input.
    #[arg(long = "secrets-stdin", alias = "from-stdin")]
    pub from_stdin: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The service principal's object id.
    #[arg(long = "service-principal", short = 's')]
    pub service_principal: String,
    #[command(flatten)]
    pub source: SecretsSource,
}

/// Reads the secrets; errors name the source and the line, never the value.
pub fn read_secrets(source: &SecretsSource) -> Result<Vec<(SynchronizationSecret, Secret)>, CliError> {
    let (name, text) = match (&source.from_file, source.from_stdin) {
        (Some(path), _) => (
            path.display().to_string(),
            std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?,
        ),
        (None, true) => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            ("standard input".to_string(), text)
        }
        (None, false) => return Err(CliError::Usage("pass --secrets-file FILE or --secrets-stdin".into())),
    };
    parse_secrets(&name, &text)
}

fn parse_secrets(name: &str, text: &str) -> Result<Vec<(SynchronizationSecret, Secret)>, CliError> {
    let mut secrets = Vec::new();
    if text.trim_start().starts_with('{') {
        // serde_json's messages give a line and column, and quote no input.
        let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text)
            .map_err(|e| CliError::Usage(format!("{name}: not a JSON object of strings: {e}")))?;
        for (key, value) in map {
            let serde_json::Value::String(value) = value else {
                return Err(CliError::Usage(format!("{name}: the value of {key} is not a string")));
            };
            secrets.push((bootstrap::secret_key(&key), Secret::new(value)));
        }
    } else {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                return Err(CliError::Usage(format!("{name}: line {}: expected KEY=VALUE", n + 1)));
            };
            let key = key.trim();
            if key.is_empty() {
                return Err(CliError::Usage(format!("{name}: line {}: the key is empty", n + 1)));
            }
            secrets.push((bootstrap::secret_key(key), Secret::new(value.trim())));
        }
    }
    if secrets.is_empty() {
        return Err(CliError::Usage(format!("{name}: no secrets")));
    }
    Ok(secrets)
}

pub fn keys(secrets: &[(SynchronizationSecret, Secret)]) -> Vec<String> {
    secrets.iter().map(|(key, _)| key.as_str().to_string()).collect()
}

pub async fn run(context: &Context, command: SecretsCommand) -> Result<Outcome, CliError> {
    let SecretsCommand::Set(args) = command;
    let secrets = read_secrets(&args.source)?;
    crate::deprecation::warn(&mut std::io::stderr().lock(), &[crate::deprecation::SAVE_SECRETS])?;
    let mut out = crate::output::stdout(context.global.json);
    let Some(client) = context.client() else {
        let plan = bootstrap::plan_save_secrets(&context.v1_0(), &args.service_principal, &secrets)?;
        show_plan(&mut out, plan)?;
        return Ok(Outcome::Success);
    };
    bootstrap::save_secrets(client, &args.service_principal, &secrets).await?;
    let keys = keys(&secrets);
    if context.global.json {
        write_json(
            &mut out,
            &serde_json::json!({"servicePrincipalId": args.service_principal, "saved": keys}),
        )?;
    } else {
        writeln!(
            out,
            "saved {} of service principal {}: {}",
            crate::plural::count(keys.len(), "secret", "secrets"),
            args.service_principal,
            keys.join(", ")
        )?;
    }
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line_and_never_the_value() {
        let error = parse_secrets("s.env", "BaseAddress=https://x\nhunter2\n")
            .unwrap_err()
            .to_string();
        assert_eq!(error, "s.env: line 2: expected KEY=VALUE");
        let error = parse_secrets("s.json", "{\"SecretToken\": 5}").unwrap_err().to_string();
        assert!(!error.contains('5'), "{error}");
        let parsed = parse_secrets("s.env", "# comment\n\nsecrettoken = a=b \n").unwrap();
        assert_eq!(parsed[0].0, SynchronizationSecret::SecretToken);
        assert_eq!(parsed[0].1.expose(), "a=b");
    }
}
