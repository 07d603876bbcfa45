//! Options every subcommand takes, and what they build: the client (or, with `--dry-run`, a printer of the
//! requests the client would send).

use std::io::{IsTerminal, Write};
use std::sync::Arc;

use clap::{Args, ValueEnum};
use msgraph_sync::response::ResponseKind;
use msgraph_sync::{Client, Cloud, Request};

use crate::exit::CliError;

/// Options every subcommand takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// A Graph access token (prefer the environment variable: command lines are visible to other users).
    #[arg(long, env = "GRAPH_TOKEN", hide_env_values = true, global = true)]
    pub token: Option<String>,
    /// Where tokens come from: `token` (--token / GRAPH_TOKEN), or an Azure identity credential.
    #[arg(long, value_enum, env = "MSGRAPH_SYNC_AUTH", default_value_t = AuthMethod::Token, global = true)]
    pub auth: AuthMethod,
    /// The tenant of `--auth client-secret`.
    #[arg(long, env = "AZURE_TENANT_ID", global = true)]
    pub tenant_id: Option<String>,
    /// The application (client) id of `--auth client-secret`, or of a user-assigned managed identity.
    #[arg(long, env = "AZURE_CLIENT_ID", global = true)]
    pub client_id: Option<String>,
    /// The national cloud whose Graph endpoint and token scope are used.
    #[arg(long, value_enum, default_value_t = CloudArg::Global, global = true)]
    pub cloud: CloudArg,
    /// A Graph service root other than the cloud's, e.g. a test server (`http://127.0.0.1:8080`).
    #[arg(long, env = "GRAPH_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// The Graph API version.
    #[arg(long = "api", value_enum, default_value_t = ApiArg::V1_0, global = true)]
    pub api: ApiArg,
    /// One JSON document on standard output instead of human-readable text.
    #[arg(long, global = true)]
    pub json: bool,
    /// Print every request that would be sent, and send none (no network, no token needed).
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Log each request (method, path, status, attempts; never a token or a body) to standard error.
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
}

/// `--auth`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthMethod {
    /// A bearer token from --token or GRAPH_TOKEN.
    Token,
    /// An app registration's secret: --tenant-id, --client-id and AZURE_CLIENT_SECRET.
    ClientSecret,
    /// The managed identity of the Azure host (user-assigned with --client-id).
    ManagedIdentity,
    /// The signed-in Azure CLI or Azure Developer CLI.
    DeveloperTools,
}

/// `--cloud`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloudArg {
    /// https://graph.microsoft.com
    Global,
    /// https://graph.microsoft.us
    UsGov,
    /// https://dod-graph.microsoft.us
    UsGovDod,
    /// https://microsoftgraph.chinacloudapi.cn
    China,
}

impl From<CloudArg> for Cloud {
    fn from(cloud: CloudArg) -> Cloud {
        match cloud {
            CloudArg::Global => Cloud::Global,
            CloudArg::UsGov => Cloud::UsGovL4,
            CloudArg::UsGovDod => Cloud::UsGovL5Dod,
            CloudArg::China => Cloud::China,
        }
    }
}

/// `--api`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiArg {
    #[value(name = "v1.0")]
    V1_0,
    #[value(name = "beta")]
    Beta,
}

/// What a subcommand runs with.
pub struct Context {
    pub global: GlobalArgs,
    client: Option<Client>,
}

fn azure_error(error: azure_core::Error) -> CliError {
    // azure_core's errors describe the failure (a missing variable, a refused request), never a secret.
    CliError::Auth(format!("azure credential: {error}"))
}

/// azure_identity's HTTP goes through the client's own TLS stack (see `msgraph_sync::client::azure_transport`).
fn azure_client_options() -> Result<azure_core::http::ClientOptions, CliError> {
    Ok(azure_core::http::ClientOptions {
        transport: Some(msgraph_sync::client::azure_transport()?),
        ..Default::default()
    })
}

/// The credential `--auth` names.
fn token_provider(
    global: &GlobalArgs,
) -> Result<Box<dyn FnOnce(msgraph_sync::ClientBuilder) -> msgraph_sync::ClientBuilder>, CliError> {
    use msgraph_sync::client::AzureCredential;
    let credential: Arc<dyn azure_core::credentials::TokenCredential> =
        match global.auth {
            AuthMethod::Token => {
                let token = global.token.clone().ok_or_else(|| {
                    CliError::Auth("no credential: pass --token or set GRAPH_TOKEN (or choose --auth)".into())
                })?;
                return Ok(Box::new(move |builder| builder.bearer_token(token)));
            }
            AuthMethod::ClientSecret => {
                let tenant = global.tenant_id.as_deref().ok_or_else(|| {
                    CliError::Auth("--auth client-secret needs --tenant-id or AZURE_TENANT_ID".into())
                })?;
                let client_id = global.client_id.clone().ok_or_else(|| {
                    CliError::Auth("--auth client-secret needs --client-id or AZURE_CLIENT_ID".into())
                })?;
                let secret = std::env::var("AZURE_CLIENT_SECRET").map_err(|_| {
                    CliError::Auth("--auth client-secret needs AZURE_CLIENT_SECRET in the environment".into())
                })?;
                let options = azure_identity::ClientSecretCredentialOptions {
                    client_options: azure_client_options()?,
                };
                azure_identity::ClientSecretCredential::new(tenant, client_id, secret.into(), Some(options))
                    .map_err(azure_error)?
            }
            AuthMethod::ManagedIdentity => {
                let options = azure_identity::ManagedIdentityCredentialOptions {
                    user_assigned_id: global.client_id.clone().map(azure_identity::UserAssignedId::ClientId),
                    client_options: azure_client_options()?,
                };
                azure_identity::ManagedIdentityCredential::new(Some(options)).map_err(azure_error)?
            }
            AuthMethod::DeveloperTools => azure_identity::DeveloperToolsCredential::new(None).map_err(azure_error)?,
        };
    let provider = AzureCredential::new(credential);
    Ok(Box::new(move |builder| builder.token_provider(provider)))
}

impl Context {
    /// Builds the client from the global options; with `--dry-run` there is none and no credential is needed.
    pub fn new(global: GlobalArgs) -> Result<Context, CliError> {
        if global.dry_run {
            return Ok(Context { global, client: None });
        }
        let with_credential = token_provider(&global)?;
        let mut builder = with_credential(Client::builder().cloud(global.cloud.into()));
        if let Some(base_url) = &global.base_url {
            builder = builder.base_url(base_url.clone());
        }
        Ok(Context {
            global,
            client: Some(builder.build()?),
        })
    }

    /// The client; `None` under `--dry-run`.
    pub fn client(&self) -> Option<&Client> {
        self.client.as_ref()
    }

    /// The workflows speak v1.0; `--api beta` is refused rather than ignored.
    pub fn require_v1_0(&self, command: &str) -> Result<(), CliError> {
        match self.global.api {
            ApiArg::V1_0 => Ok(()),
            ApiArg::Beta => Err(CliError::Usage(format!(
                "`{command}` uses Graph v1.0 only; drop --api beta"
            ))),
        }
    }

    /// The v1.0 builders for the configured service root.
    pub fn v1_0(&self) -> msgraph_sync::v1_0::Api {
        match &self.global.base_url {
            Some(base_url) => msgraph_sync::v1_0::Api::with_base_url(base_url),
            None => msgraph_sync::v1_0::Api::new(self.global.cloud.into()),
        }
    }

    /// The v1.0 builders of a service principal's synchronization.
    pub fn synchronization(&self, service_principal: &str) -> msgraph_sync::v1_0::requests::SynchronizationRequests {
        self.v1_0()
            .service_principals()
            .item(service_principal)
            .synchronization()
    }

    /// Whether progress bars are drawn: standard error is a terminal and the output is for people.
    pub fn progress(&self) -> bool {
        !self.global.json && std::io::stderr().is_terminal()
    }

    /// A line for people on standard error (suppressed with `--json`, whose output is the document).
    pub fn note(&self, text: impl std::fmt::Display) {
        if !self.global.json {
            crate::output::eprint_line(text);
        }
    }
}

/// A placeholder in a dry run: a value a later request takes from an earlier response. The marker is
/// built into the request (letters only, so it is sent as written) and shown as `<description>`.
pub struct Placeholder {
    pub marker: &'static str,
    pub description: &'static str,
}

/// Prints a request as it would go on the wire; the token is never printed.
pub fn print_request<R: ResponseKind, Q>(out: &mut impl Write, request: &Request<R, Q>) -> Result<(), CliError> {
    print_request_with(out, request, &[])
}

/// [`print_request`] with each placeholder's marker shown as `<its description>`.
pub fn print_request_with<R: ResponseKind, Q>(
    out: &mut impl Write,
    request: &Request<R, Q>,
    placeholders: &[Placeholder],
) -> Result<(), CliError> {
    let built = request.build()?;
    let show = |text: &str| {
        placeholders.iter().fold(text.to_string(), |text, p| {
            text.replace(p.marker, &format!("<{}>", p.description))
        })
    };
    writeln!(out, "{} {}", built.method(), show(&built.uri().to_string()))?;
    writeln!(out, "authorization: Bearer <token>")?;
    for (name, value) in built.headers() {
        writeln!(out, "{name}: {}", value.to_str().unwrap_or("<binary>"))?;
    }
    if !built.body().is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", show(&String::from_utf8_lossy(built.body())))?;
    }
    writeln!(out)?;
    Ok(())
}

/// A comment line between printed requests (what is repeated, what depends on what).
pub fn print_comment(out: &mut impl Write, text: &str) -> Result<(), CliError> {
    writeln!(out, "# {text}")?;
    Ok(())
}

/// Writes the command's one JSON document (`--json`), on one line.
pub fn write_json(out: &mut impl Write, document: &impl serde::Serialize) -> Result<(), CliError> {
    serde_json::to_writer(&mut *out, document).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}
