//! The credential `--auth` names, as what the client's builder takes.

use std::sync::Arc;

use crate::certificate::CertificateAssertion;
use crate::context::{AuthMethod, CloudArg, GlobalArgs};
use crate::exit::CliError;

fn azure_error(error: azure_core::Error) -> CliError {
    // azure_core's errors describe the failure (a missing variable, a refused request), never a secret.
    CliError::Auth(format!("azure credential: {error}"))
}

/// The Entra ID authority of the cloud: AZURE_AUTHORITY_HOST when set (as azure_identity reads it),
/// else the cloud's login host.
fn authority_host(cloud: CloudArg) -> String {
    if let Ok(host) = std::env::var("AZURE_AUTHORITY_HOST") {
        return host.trim_end_matches('/').to_string();
    }
    match cloud {
        CloudArg::Global => "https://login.microsoftonline.com",
        CloudArg::UsGov | CloudArg::UsGovDod => "https://login.microsoftonline.us",
        CloudArg::China => "https://login.chinacloudapi.cn",
    }
    .to_string()
}

/// azure_identity's HTTP goes through the client's own TLS stack (see `msgraph_sync::client::azure_transport`),
/// to `authority`.
fn azure_client_options(authority: &str) -> Result<azure_core::http::ClientOptions, CliError> {
    let mut custom = azure_core::cloud::CustomConfiguration::default();
    custom.authority_host = authority.to_string();
    Ok(azure_core::http::ClientOptions {
        transport: Some(msgraph_sync::client::azure_transport()?),
        cloud: Some(Arc::new(custom.into())),
        ..Default::default()
    })
}

fn required<'a>(value: &'a Option<String>, auth: &str, flag: &str, variable: &str) -> Result<&'a str, CliError> {
    value
        .as_deref()
        .ok_or_else(|| CliError::Auth(format!("--auth {auth} needs {flag} or {variable}")))
}

/// The token endpoint a client assertion is addressed to (its audience).
pub fn token_endpoint(authority_host: &str, tenant: &str) -> String {
    format!("{authority_host}/{tenant}/oauth2/v2.0/token")
}

/// What the client's builder gets for the credential `--auth` names.
pub type WithCredential = Box<dyn FnOnce(msgraph_sync::ClientBuilder) -> msgraph_sync::ClientBuilder>;

/// The credential `--auth` names.
pub fn token_provider(global: &GlobalArgs) -> Result<WithCredential, CliError> {
    if global.auth == AuthMethod::Token {
        let token = global.token.clone().ok_or_else(|| {
            CliError::Auth("no credential: pass --token or set GRAPH_TOKEN (or choose --auth)".into())
        })?;
        return Ok(Box::new(move |builder| builder.bearer_token(token)));
    }
    let authority = authority_host(global.cloud);
    let credential = azure_credential(global, &authority, || azure_client_options(&authority))?;
    let provider = msgraph_sync::client::AzureCredential::new(credential);
    Ok(Box::new(move |builder| builder.token_provider(provider)))
}

type Options = azure_core::http::ClientOptions;

/// The azure_identity credential of `--auth` (not `token`), asking `authority` through `options`.
fn azure_credential(
    global: &GlobalArgs,
    authority: &str,
    options: impl Fn() -> Result<Options, CliError>,
) -> Result<Arc<dyn azure_core::credentials::TokenCredential>, CliError> {
    Ok(match global.auth {
        AuthMethod::Token => {
            return Err(CliError::Auth(
                "a bearer token is not an azure_identity credential".into(),
            ))
        }
        AuthMethod::ClientSecret => {
            let tenant = required(&global.tenant_id, "client-secret", "--tenant-id", "AZURE_TENANT_ID")?;
            let client_id = required(&global.client_id, "client-secret", "--client-id", "AZURE_CLIENT_ID")?;
            let secret = std::env::var("AZURE_CLIENT_SECRET").map_err(|_| {
                CliError::Auth("--auth client-secret needs AZURE_CLIENT_SECRET in the environment".into())
            })?;
            let options = azure_identity::ClientSecretCredentialOptions {
                client_options: options()?,
            };
            azure_identity::ClientSecretCredential::new(tenant, client_id.to_string(), secret.into(), Some(options))
                .map_err(azure_error)?
        }
        AuthMethod::ClientCertificate => {
            let tenant = required(
                &global.tenant_id,
                "client-certificate",
                "--tenant-id",
                "AZURE_TENANT_ID",
            )?;
            let client_id = required(
                &global.client_id,
                "client-certificate",
                "--client-id",
                "AZURE_CLIENT_ID",
            )?;
            let path = global.certificate.as_ref().ok_or_else(|| {
                CliError::Auth("--auth client-certificate needs --certificate or AZURE_CLIENT_CERTIFICATE_PATH".into())
            })?;
            let audience = token_endpoint(authority, tenant);
            let assertion = CertificateAssertion::from_file(path, client_id, &audience)
                .map_err(|e| CliError::Auth(format!("--certificate {e}")))?;
            let options = azure_identity::ClientAssertionCredentialOptions {
                client_options: options()?,
            };
            azure_identity::ClientAssertionCredential::new(
                tenant.to_string(),
                client_id.to_string(),
                assertion,
                Some(options),
            )
            .map_err(azure_error)?
        }
        AuthMethod::WorkloadIdentity => {
            let tenant = required(&global.tenant_id, "workload-identity", "--tenant-id", "AZURE_TENANT_ID")?;
            let client_id = required(&global.client_id, "workload-identity", "--client-id", "AZURE_CLIENT_ID")?;
            let token_file = global.federated_token_file.clone().ok_or_else(|| {
                CliError::Auth(
                    "--auth workload-identity needs --federated-token-file or AZURE_FEDERATED_TOKEN_FILE".into(),
                )
            })?;
            let options = azure_identity::WorkloadIdentityCredentialOptions {
                credential_options: azure_identity::ClientAssertionCredentialOptions {
                    client_options: options()?,
                },
                client_id: Some(client_id.to_string()),
                tenant_id: Some(tenant.to_string()),
                token_file_path: Some(token_file),
            };
            azure_identity::WorkloadIdentityCredential::new(Some(options)).map_err(azure_error)?
        }
        AuthMethod::ManagedIdentity => {
            let options = azure_identity::ManagedIdentityCredentialOptions {
                user_assigned_id: global.client_id.clone().map(azure_identity::UserAssignedId::ClientId),
                client_options: options()?,
            };
            azure_identity::ManagedIdentityCredential::new(Some(options)).map_err(azure_error)?
        }
        AuthMethod::DeveloperTools => azure_identity::DeveloperToolsCredential::new(None).map_err(azure_error)?,
    })
}

#[cfg(test)]
mod tests {
    use clap::Parser;
    use fake_graph::FakeTokenEndpoint;

    use super::{azure_credential, token_endpoint};
    use crate::context::GlobalArgs;

    const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    const CLIENT_ID: &str = "00000000-0000-0000-0000-00000000c11e";
    const SCOPE: &str = "https://graph.microsoft.com/.default";

    /// The global options of a command line (the subcommand is only there to complete it).
    fn global(options: &[&str]) -> GlobalArgs {
        let mut args = vec!["msgraph-sync", "--tenant-id", TENANT, "--client-id", CLIENT_ID];
        args.extend_from_slice(options);
        args.extend_from_slice(&["job", "list", "-s", "sp"]);
        crate::Cli::try_parse_from(args).unwrap().global
    }

    /// The form of the one token request the endpoint received, after a refused `get_token` (the fake
    /// endpoint accepts client secrets only, and records every request first).
    async fn token_request(options: &[&str]) -> (FakeTokenEndpoint, std::collections::HashMap<String, String>) {
        let endpoint = FakeTokenEndpoint::start(CLIENT_ID, "no-secret-here").await;
        let authority = endpoint.authority_host();
        let credential = azure_credential(&global(options), &authority, || {
            Ok(test_support::azure_loopback::options(&endpoint))
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(credential.get_token(&[SCOPE], None).await.is_err());
        let requests = endpoint.requests();
        let [request] = requests.as_slice() else {
            panic!("one token request, got {requests:?}")
        };
        assert_eq!(request.tenant, TENANT);
        let form = request.form.clone();
        (endpoint, form)
    }

    /// `--auth client-certificate` as the command line builds it: a client-credentials request whose
    /// assertion is addressed to the token endpoint asked.
    #[tokio::test]
    async fn a_certificate_credential_from_the_command_line() {
        let pem = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/test-certificate.pem");
        let (endpoint, form) = token_request(&["--auth", "client-certificate", "--certificate", pem]).await;
        assert_eq!(form["grant_type"], "client_credentials");
        assert_eq!(form["client_id"], CLIENT_ID);
        assert_eq!(form["scope"], SCOPE);
        assert_eq!(
            form["client_assertion_type"],
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        );
        use base64::Engine;
        let claims = form["client_assertion"].split('.').nth(1).unwrap();
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(claims).unwrap();
        let claims: serde_json::Value = serde_json::from_slice(&claims).unwrap();
        assert_eq!(claims["aud"], token_endpoint(&endpoint.authority_host(), TENANT));
    }

    /// `--auth workload-identity`: the federated token file's content is the client assertion.
    #[tokio::test]
    async fn a_workload_identity_credential_sends_the_federated_token() {
        let file = std::env::temp_dir().join(format!("msgraph-sync-federated-token-{}", std::process::id()));
        std::fs::write(&file, "eyJhbGciOiJSUzI1NiJ9.a-federated-token.signature").unwrap();
        let path = file.to_str().unwrap();
        let (_endpoint, form) = token_request(&["--auth", "workload-identity", "--federated-token-file", path]).await;
        std::fs::remove_file(&file).ok();
        assert_eq!(form["grant_type"], "client_credentials");
        assert_eq!(form["client_id"], CLIENT_ID);
        assert_eq!(
            form["client_assertion_type"],
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        );
        assert_eq!(
            form["client_assertion"],
            "eyJhbGciOiJSUzI1NiJ9.a-federated-token.signature"
        );
    }
}
