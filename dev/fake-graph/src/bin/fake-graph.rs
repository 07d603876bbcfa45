//! `fake-graph`: the fake Graph synchronization service on 127.0.0.1, for rehearsing a provisioning
//! run offline (see docs/fake.md). It creates one service principal's job, prints where to find it
//! (labeled lines, or one JSON object with `--json`) and serves until interrupted.

use std::io::Write;
use std::time::Duration;

use clap::Parser;
use fake_graph::{BulkOutcome, FakeGraph, Quarantine};

/// Serves the fake Microsoft Graph synchronization service on 127.0.0.1 until interrupted.
#[derive(Debug, Parser)]
#[command(name = "fake-graph", version)]
struct Args {
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The service principal (object id) whose job is created; without it, one is instantiated
    /// from the gallery's custom application template, as the admin center does.
    #[arg(long = "service-principal")]
    service_principal: Option<String>,
    /// The display name of the instantiated application.
    #[arg(
        long,
        default_value = "API-driven provisioning (fake)",
        conflicts_with = "service_principal"
    )]
    app_name: String,
    /// The synchronization template the job is created from.
    #[arg(long, default_value = "API2AAD")]
    template: String,
    /// bulkUpload requests allowed in a sliding window, as CALLS/DURATION (0/… : no limit).
    #[arg(long, value_name = "CALLS/DURATION", default_value = "40/5s", value_parser = parse_window)]
    bulk_upload_limit: (usize, Duration),
    /// bulkUpload calls allowed in any 24 hours for the tenant (0: no limit).
    #[arg(long, value_name = "CALLS", default_value_t = 2000)]
    daily_budget: usize,
    /// Provisioning-log (reports) requests allowed in a sliding window, as CALLS/DURATION.
    #[arg(long, value_name = "CALLS/DURATION", default_value = "5/10s", value_parser = parse_window)]
    reports_limit: (usize, Duration),
    /// Every request's round trip takes this long (half before it is handled, half after).
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = humantime::parse_duration)]
    latency: Duration,
    /// Up to this much more round trip, drawn uniformly per request (seeded, reproducible).
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = humantime::parse_duration)]
    jitter: Duration,
    /// Items per page of collections (jobs, provisioning logs, …); 0: no paging.
    #[arg(long, value_name = "N", default_value_t = 100)]
    page_size: usize,
    /// A service principal instantiated from an application template is visible only this long
    /// after its creation (404 before), as Entra's replication lag.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    replication_lag: Option<Duration>,
    /// Put the created job in quarantine with this reason (e.g. EncounteredEscrowProportionThreshold);
    /// `start` lifts it.
    #[arg(long, value_name = "REASON")]
    quarantine: Option<String>,
    /// The provisioning logs report the record with this externalId as failed (repeatable).
    #[arg(long, value_name = "EXTERNAL_ID=CODE:REASON", value_parser = parse_failure)]
    fail: Vec<(String, String, String)>,
    /// The provisioning logs report this record as skipped (repeatable).
    #[arg(long, value_name = "EXTERNAL_ID")]
    skip: Vec<String>,
    /// The provisioning logs never show this record, as if not yet processed (repeatable).
    #[arg(long, value_name = "EXTERNAL_ID")]
    unseen: Vec<String>,
    /// Print one JSON object ({"baseUrl", "token", "servicePrincipal", "appId", "job"}) instead of labeled lines.
    #[arg(long)]
    json: bool,
}

/// `40/5s` → (40, 5 s).
fn parse_window(text: &str) -> Result<(usize, Duration), String> {
    let (calls, window) = text
        .split_once('/')
        .ok_or_else(|| format!("{text:?}: expected CALLS/DURATION, e.g. 40/5s"))?;
    let calls = calls
        .trim()
        .parse()
        .map_err(|e| format!("{calls:?}: not a number of calls: {e}"))?;
    let window = humantime::parse_duration(window.trim()).map_err(|e| format!("{window:?}: {e}"))?;
    if window.is_zero() {
        return Err(format!("{text:?}: the window must be longer than 0s"));
    }
    Ok((calls, window))
}

/// `E001=CODE:REASON` → (E001, CODE, REASON).
fn parse_failure(text: &str) -> Result<(String, String, String), String> {
    let shape = || format!("{text:?}: expected EXTERNAL_ID=CODE:REASON");
    let (id, rest) = text.split_once('=').ok_or_else(shape)?;
    let (code, reason) = rest.split_once(':').ok_or_else(shape)?;
    if id.is_empty() || code.is_empty() {
        return Err(shape());
    }
    Ok((id.to_string(), code.to_string(), reason.to_string()))
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let fake = match FakeGraph::start_on(args.port).await {
        Ok(fake) => fake,
        Err(error) => {
            eprintln!("fake-graph: cannot listen on 127.0.0.1:{}: {error}", args.port);
            std::process::exit(1);
        }
    };
    if let Some(lag) = args.replication_lag {
        fake.set_replication_lag(Some(lag));
    }
    let (service_principal, app_id) = match args.service_principal {
        Some(id) => (id, None),
        None => match instantiate(&fake, &args.app_name).await {
            Ok((id, app_id)) => (id, Some(app_id)),
            Err(error) => {
                eprintln!("fake-graph: cannot instantiate the application: {error}");
                std::process::exit(1);
            }
        },
    };
    fake.set_bulk_upload_limit(args.bulk_upload_limit.0, args.bulk_upload_limit.1);
    fake.set_daily_upload_budget(args.daily_budget);
    fake.set_reports_limit(args.reports_limit.0, args.reports_limit.1);
    fake.set_latency(args.latency, args.jitter);
    fake.set_page_size(args.page_size);
    for (id, code, reason) in args.fail {
        fake.set_bulk_outcome(&id, BulkOutcome::Failure { code, reason });
    }
    for id in args.skip {
        fake.set_bulk_outcome(
            &id,
            BulkOutcome::Skipped {
                reason: "Out of scope.".into(),
            },
        );
    }
    for id in args.unseen {
        fake.set_bulk_outcome(&id, BulkOutcome::Unseen);
    }
    let job = fake.create_job(&service_principal, &args.template);
    if let Some(reason) = args.quarantine {
        fake.quarantine(
            &service_principal,
            &job,
            Quarantine {
                reason,
                series_count: 1,
                next_attempt: "2026-11-28T13:00:00Z".into(),
            },
        );
    }
    let text = if args.json {
        serde_json::json!({
            "baseUrl": fake.base_url(),
            "token": FakeGraph::TOKEN,
            "servicePrincipal": service_principal,
            "appId": app_id,
            "job": job,
        })
        .to_string()
            + "\n"
    } else {
        let app = app_id.map(|id| format!("app id: {id}\n")).unwrap_or_default();
        format!(
            "base URL: {}\ntoken: {}\nservice principal: {service_principal}\n{app}job: {job}\n",
            fake.base_url(),
            FakeGraph::TOKEN,
        )
    };
    let mut out = std::io::stdout().lock();
    // A reader that went away cannot use the fake either.
    if out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_err() {
        std::process::exit(1);
    }
    drop(out);
    let _ = tokio::signal::ctrl_c().await;
}

/// The gallery's custom application template, the one the admin center instantiates for API-driven
/// inbound provisioning.
const CUSTOM_APPLICATION_TEMPLATE: &str = "8adf8e6e-67b2-4cf2-a259-e3dc5476c621";

/// Instantiates the custom application through the fake's own HTTP API (the route users' tools
/// take); its service principal's id and appId.
async fn instantiate(fake: &FakeGraph, display_name: &str) -> std::io::Result<(String, String)> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let invalid = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string());
    let body = serde_json::json!({ "displayName": display_name }).to_string();
    let mut stream = tokio::net::TcpStream::connect(fake.addr()).await?;
    let request = format!(
        "POST /v1.0/applicationTemplates/{CUSTOM_APPLICATION_TEMPLATE}/instantiate HTTP/1.1\r\nhost: {}\r\nauthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        fake.addr(),
        FakeGraph::TOKEN,
        body.len()
    );
    stream.write_all(request.as_bytes()).await?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await?;
    let json = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .ok_or_else(|| invalid("no body"))?;
    let created: serde_json::Value = serde_json::from_str(json).map_err(|e| invalid(&e.to_string()))?;
    let service_principal = &created["servicePrincipal"];
    match (service_principal["id"].as_str(), service_principal["appId"].as_str()) {
        (Some(id), Some(app_id)) => Ok((id.to_string(), app_id.to_string())),
        _ => Err(invalid(&format!("no service principal in {created}"))),
    }
}
