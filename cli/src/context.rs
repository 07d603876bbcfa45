//! Options every subcommand takes, and what they build: the client (or, with `--dry-run`, a printer of the
//! requests the client would send).

use std::io::Write;

use clap::{Args, ValueEnum};
use msgraph_sync::response::ResponseKind;
use msgraph_sync::{Client, Cloud, Request};

use crate::exit::CliError;

/// Options every subcommand takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// A Graph access token (prefer the environment variable: command lines are visible to other users).
    #[arg(long, env = "GRAPH_TOKEN", hide_env_values = true, global = true)]
    pub token: Option<String>,
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

impl Context {
    /// Builds the client from the global options; with `--dry-run` there is none and no token is needed.
    pub fn new(global: GlobalArgs) -> Result<Context, CliError> {
        if global.dry_run {
            return Ok(Context { global, client: None });
        }
        let token = global
            .token
            .clone()
            .ok_or_else(|| CliError::Auth("no credential: pass --token or set GRAPH_TOKEN".into()))?;
        let mut builder = Client::builder().cloud(global.cloud.into()).bearer_token(token);
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

    /// The v1.0 builders for the configured service root.
    pub fn v1_0(&self) -> msgraph_sync::v1_0::Api {
        match &self.global.base_url {
            Some(base_url) => msgraph_sync::v1_0::Api::with_base_url(base_url),
            None => msgraph_sync::v1_0::Api::new(self.global.cloud.into()),
        }
    }

    /// Sends the request, or under `--dry-run` prints it to standard output and returns `None`.
    #[expect(dead_code, reason = "the single-request subcommands use it; `job list` pages")]
    pub async fn send<R: ResponseKind, Q>(&self, request: &Request<R, Q>) -> Result<Option<R::Output>, CliError> {
        match &self.client {
            Some(client) => Ok(Some(client.send(request).await?)),
            None => {
                print_request(&mut std::io::stdout().lock(), request)?;
                Ok(None)
            }
        }
    }
}

/// Prints a request as it would go on the wire; the token is never printed.
pub fn print_request<R: ResponseKind, Q>(out: &mut impl Write, request: &Request<R, Q>) -> Result<(), CliError> {
    let built = request.build()?;
    writeln!(out, "{} {}", built.method(), built.uri())?;
    writeln!(out, "authorization: Bearer <token>")?;
    for (name, value) in built.headers() {
        writeln!(out, "{name}: {}", value.to_str().unwrap_or("<binary>"))?;
    }
    if !built.body().is_empty() {
        writeln!(out)?;
        out.write_all(built.body())?;
        writeln!(out)?;
    }
    writeln!(out)?;
    Ok(())
}
