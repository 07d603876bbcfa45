//! Options every subcommand takes, and what they build: the client (or, with `--dry-run`, the shown
//! plan of the requests the client would send).

use std::io::{IsTerminal, Write};
use std::sync::Mutex;

use clap::{Args, ValueEnum};
use msgraph_sync::client::{DailyBudget, Endpoint, Window};
use msgraph_sync::response::ResponseKind;
use msgraph_sync::{Client, Cloud, Request};
pub use msgraph_sync_provisioning::plan::Placeholder;
use msgraph_sync_provisioning::plan::{self, Plan, Step};

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
    /// The tenant of `--auth client-secret`, `client-certificate` or `workload-identity`.
    #[arg(long, env = "AZURE_TENANT_ID", global = true)]
    pub tenant_id: Option<String>,
    /// The application (client) id of `--auth client-secret`, `client-certificate` or
    /// `workload-identity`, or of a user-assigned managed identity.
    #[arg(long, env = "AZURE_CLIENT_ID", global = true)]
    pub client_id: Option<String>,
    /// The PEM file of `--auth client-certificate`: the app's certificate and its unencrypted RSA
    /// private key (convert a .pfx with `openssl pkcs12 -in app.pfx -out app.pem -nodes`).
    #[arg(long, value_name = "PEM", env = "AZURE_CLIENT_CERTIFICATE_PATH", global = true)]
    pub certificate: Option<std::path::PathBuf>,
    /// The token file of `--auth workload-identity` (a Kubernetes service account token, a CI
    /// provider's OIDC token); azure_identity reads it again after ten minutes.
    #[arg(long, value_name = "FILE", env = "AZURE_FEDERATED_TOKEN_FILE", global = true)]
    pub federated_token_file: Option<std::path::PathBuf>,
    /// The national cloud whose Graph endpoint and token scope are used.
    #[arg(long, value_enum, default_value_t = CloudArg::Global, global = true)]
    pub cloud: CloudArg,
    /// A Graph service root other than the cloud's, e.g. a test server (`http://127.0.0.1:8080`).
    #[arg(long, env = "GRAPH_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// Replaces an endpoint's documented limit, as ENDPOINT=CALLS/DURATION (repeatable):
    /// bulk-upload=40/5s, provision-on-demand=5/10s, provisioning-logs=5/10s are the defaults.
    #[arg(long = "limit", value_name = "ENDPOINT=CALLS/DURATION", value_parser = parse_limit, global = true)]
    pub limits: Vec<(Endpoint, Window)>,
    /// The state file: what `sync` sent and what became of it, and the daily budget's calls (default
    /// $XDG_STATE_HOME/msgraph-sync/state.db or ~/.local/state/msgraph-sync/state.db).
    #[arg(long, env = "MSGRAPH_SYNC_STATE", global = true)]
    pub state: Option<std::path::PathBuf>,
    /// bulkUpload calls the tenant may make in any 24 hours: 2000 under Entra ID P1/P2, 6000 under
    /// Entra ID Governance.
    #[arg(long, default_value_t = msgraph_sync::client::limits::BULK_UPLOAD_DAILY_CALLS, value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub daily_budget: u32,
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
    /// An app registration's certificate: --tenant-id, --client-id and --certificate.
    ClientCertificate,
    /// Workload identity federation (a Kubernetes service account token, ...): --tenant-id,
    /// --client-id and --federated-token-file.
    WorkloadIdentity,
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

impl GlobalArgs {
    /// `--state`, or the default state file.
    pub fn state_path(&self) -> std::path::PathBuf {
        self.state
            .clone()
            .unwrap_or_else(msgraph_sync_provisioning::state::default_path)
    }
}

/// `--limit bulk-upload=40/5s`.
fn parse_limit(text: &str) -> Result<(Endpoint, Window), String> {
    let (endpoint, window) = text
        .split_once('=')
        .ok_or_else(|| format!("{text:?} is not ENDPOINT=CALLS/DURATION, like bulk-upload=40/5s"))?;
    let endpoint: Endpoint = endpoint.trim().parse().map_err(|e| format!("{e}"))?;
    let window: Window = window.parse().map_err(|e| format!("{e}"))?;
    Ok((endpoint, window))
}

/// The global options' part of a client: the service root, the endpoint limits, the daily budget
/// (its calls counted in the state file, shared by every run of the tenant).
fn configured(mut builder: msgraph_sync::ClientBuilder, global: &GlobalArgs) -> msgraph_sync::ClientBuilder {
    if let Some(base_url) = &global.base_url {
        builder = builder.base_url(base_url.clone());
    }
    for &(endpoint, window) in &global.limits {
        builder = builder.endpoint_limit(endpoint, window);
    }
    let tenant = global.tenant_id.clone().unwrap_or_else(|| "default".into());
    let ledger = msgraph_sync_provisioning::state::LazyLedger::new(global.state_path(), tenant);
    builder.daily_budget(Some(DailyBudget {
        calls: global.daily_budget,
        ledger: std::sync::Arc::new(ledger),
    }))
}

/// What a subcommand runs with.
pub struct Context {
    pub global: GlobalArgs,
    client: Option<Client>,
}

impl Context {
    /// Builds the client from the global options; with `--dry-run` there is none and no credential is needed.
    pub fn new(global: GlobalArgs) -> Result<Context, CliError> {
        if global.dry_run {
            if global.json {
                *json_plan() = Some(Plan::new());
            }
            return Ok(Context { global, client: None });
        }
        let with_credential = crate::credential::token_provider(&global)?;
        let builder = with_credential(Client::builder().cloud(global.cloud.into()));
        let client = configured(builder, &global).build()?;
        Ok(Context {
            global,
            client: Some(client),
        })
    }

    /// A client as configured that never sends (a placeholder token): what a dry run plans with.
    pub fn offline_client(&self) -> Result<Client, CliError> {
        let builder = Client::builder()
            .cloud(self.global.cloud.into())
            .bearer_token("dry-run");
        Ok(configured(builder, &self.global).build()?)
    }

    /// The client; `None` under `--dry-run`.
    pub fn client(&self) -> Option<&Client> {
        self.client.as_ref()
    }

    /// The window in force for `endpoint` (the documented one unless `--limit` replaced it).
    pub fn endpoint_limit(&self, endpoint: Endpoint) -> Window {
        self.global
            .limits
            .iter()
            .rev()
            .find(|(e, _)| *e == endpoint)
            .map_or_else(|| msgraph_sync::client::limits::documented(endpoint), |&(_, w)| w)
    }

    /// The Graph root requests go to: --base-url, or the cloud's.
    pub fn base_url(&self) -> String {
        match &self.global.base_url {
            Some(base_url) => base_url.clone(),
            None => Cloud::from(self.global.cloud).base_url().to_string(),
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

/// Under `--dry-run --json`, the steps shown so far: a run writes one JSON document, at its end
/// ([`finish_dry_run`]). Without `--json` each step is written as it comes (a long dry run streams).
static JSON_PLAN: Mutex<Option<Plan>> = Mutex::new(None);

fn json_plan() -> std::sync::MutexGuard<'static, Option<Plan>> {
    JSON_PLAN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Shows one step of a dry run: written to `out`, or kept for the JSON document.
fn show(out: &mut impl Write, step: Step) -> Result<(), CliError> {
    match json_plan().as_mut() {
        Some(plan) => plan.steps.push(step),
        None => write!(out, "{step}")?,
    }
    Ok(())
}

/// Shows a plan a workflow built (see `msgraph_sync_provisioning::plan`).
pub fn show_plan(out: &mut impl Write, plan: Plan) -> Result<(), CliError> {
    plan.steps.into_iter().try_for_each(|step| show(out, step))
}

/// Shows a request as it would go on the wire; the token is never shown.
pub fn print_request<R: ResponseKind, Q>(out: &mut impl Write, request: &Request<R, Q>) -> Result<(), CliError> {
    print_request_with(out, request, &[])
}

/// [`print_request`] with each placeholder's marker shown as `<its description>`.
pub fn print_request_with<R: ResponseKind, Q>(
    out: &mut impl Write,
    request: &Request<R, Q>,
    placeholders: &[Placeholder],
) -> Result<(), CliError> {
    show(out, Step::Request(plan::printed(request, placeholders)?))
}

/// A note between the requests of a dry run (what is repeated, what depends on what).
pub fn print_comment(out: &mut impl Write, text: &str) -> Result<(), CliError> {
    show(out, Step::Note(text.to_string()))
}

/// Members a command adds to the `--dry-run --json` document besides its steps (what a real run's
/// document would also say, like the records it rejects).
static DRY_RUN_MEMBERS: Mutex<Vec<(&'static str, serde_json::Value)>> = Mutex::new(Vec::new());

/// Adds member `name` to the `--dry-run --json` document (nothing without `--json`).
pub fn dry_run_member(name: &'static str, value: serde_json::Value) {
    if json_plan().is_some() {
        DRY_RUN_MEMBERS
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push((name, value));
    }
}

/// Under `--dry-run --json`: writes `{"dryRun": true, "steps": [{"request": {...}} | {"note": "..."}]}`,
/// with the members commands added ([`dry_run_member`]).
pub fn finish_dry_run(out: &mut impl Write) -> Result<(), CliError> {
    if let Some(plan) = json_plan().take() {
        let mut document = serde_json::json!({"dryRun": true, "steps": plan.steps});
        let members = std::mem::take(&mut *DRY_RUN_MEMBERS.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        for (name, value) in members {
            document[name] = value;
        }
        write_json(out, &document)?;
    }
    Ok(())
}

/// Writes the command's one JSON document (`--json`), on one line.
pub fn write_json(out: &mut impl Write, document: &impl serde::Serialize) -> Result<(), CliError> {
    serde_json::to_writer(&mut *out, document).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}
