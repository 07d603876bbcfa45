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
/// to the authority of `--cloud`.
fn azure_client_options(cloud: CloudArg) -> Result<azure_core::http::ClientOptions, CliError> {
    let mut custom = azure_core::cloud::CustomConfiguration::default();
    custom.authority_host = authority_host(cloud);
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
    use msgraph_sync::client::AzureCredential;
    let credential: Arc<dyn azure_core::credentials::TokenCredential> = match global.auth {
        AuthMethod::Token => {
            let token = global.token.clone().ok_or_else(|| {
                CliError::Auth("no credential: pass --token or set GRAPH_TOKEN (or choose --auth)".into())
            })?;
            return Ok(Box::new(move |builder| builder.bearer_token(token)));
        }
        AuthMethod::ClientSecret => {
            let tenant = required(&global.tenant_id, "client-secret", "--tenant-id", "AZURE_TENANT_ID")?;
            let client_id = required(&global.client_id, "client-secret", "--client-id", "AZURE_CLIENT_ID")?;
            let secret = std::env::var("AZURE_CLIENT_SECRET").map_err(|_| {
                CliError::Auth("--auth client-secret needs AZURE_CLIENT_SECRET in the environment".into())
            })?;
            let options = azure_identity::ClientSecretCredentialOptions {
                client_options: azure_client_options(global.cloud)?,
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
            let audience = token_endpoint(&authority_host(global.cloud), tenant);
            let assertion = CertificateAssertion::from_file(path, client_id, &audience)
                .map_err(|e| CliError::Auth(format!("--certificate {e}")))?;
            let options = azure_identity::ClientAssertionCredentialOptions {
                client_options: azure_client_options(global.cloud)?,
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
            let token_file = std::env::var_os("AZURE_FEDERATED_TOKEN_FILE").ok_or_else(|| {
                CliError::Auth("--auth workload-identity needs AZURE_FEDERATED_TOKEN_FILE in the environment".into())
            })?;
            let options = azure_identity::WorkloadIdentityCredentialOptions {
                credential_options: azure_identity::ClientAssertionCredentialOptions {
                    client_options: azure_client_options(global.cloud)?,
                },
                client_id: Some(client_id.to_string()),
                tenant_id: Some(tenant.to_string()),
                token_file_path: Some(token_file.into()),
            };
            azure_identity::WorkloadIdentityCredential::new(Some(options)).map_err(azure_error)?
        }
        AuthMethod::ManagedIdentity => {
            let options = azure_identity::ManagedIdentityCredentialOptions {
                user_assigned_id: global.client_id.clone().map(azure_identity::UserAssignedId::ClientId),
                client_options: azure_client_options(global.cloud)?,
            };
            azure_identity::ManagedIdentityCredential::new(Some(options)).map_err(azure_error)?
        }
        AuthMethod::DeveloperTools => azure_identity::DeveloperToolsCredential::new(None).map_err(azure_error)?,
    };
    let provider = AzureCredential::new(credential);
    Ok(Box::new(move |builder| builder.token_provider(provider)))
}
