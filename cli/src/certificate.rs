//! Certificate credentials: the signed client assertion (a JWT, RS256, `x5t` = the certificate's
//! SHA-1 thumbprint) that Entra ID accepts in place of a client secret, made with ring (the client's
//! own TLS crypto, no OpenSSL) and handed to azure_identity's `ClientAssertionCredential`, which
//! asks the token endpoint and caches the token.
//!
//! The file is PEM: the certificate (`CERTIFICATE`) and its RSA private key (`PRIVATE KEY`, PKCS#8,
//! or `RSA PRIVATE KEY`, PKCS#1), unencrypted. A PKCS#12 (`.pfx`) file converts with
//! `openssl pkcs12 -in app.pfx -out app.pem -nodes`.

use std::fmt;
use std::path::Path;

use azure_core::http::ClientMethodOptions;
use base64::Engine;
use ring::signature::{RsaKeyPair, RSA_PKCS1_SHA256};

/// Assertions live five minutes, as azure_identity's own certificate credential makes them.
const LIFETIME_SECS: i64 = 300;

/// Why a certificate file cannot be used (the message names the file, never key material).
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct CertificateError {
    file: String,
    message: String,
}

/// A certificate and its key, ready to sign assertions for one client at one token endpoint.
pub struct CertificateAssertion {
    key: RsaKeyPair,
    /// base64url of the SHA-1 of the certificate's DER.
    thumbprint: String,
    client_id: String,
    /// The token endpoint, the assertion's audience.
    audience: String,
}

impl fmt::Debug for CertificateAssertion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CertificateAssertion")
            .field("thumbprint", &self.thumbprint)
            .field("client_id", &self.client_id)
            .field("audience", &self.audience)
            .finish_non_exhaustive()
    }
}

/// The blocks of a PEM text, as (label, DER).
fn pem_blocks(text: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut blocks = Vec::new();
    let mut lines = text.lines().map(str::trim);
    while let Some(line) = lines.next() {
        let Some(label) = line.strip_prefix("-----BEGIN ").and_then(|l| l.strip_suffix("-----")) else {
            continue;
        };
        let end = format!("-----END {label}-----");
        let mut encoded = String::new();
        loop {
            match lines.next() {
                Some(line) if line == end => break,
                Some(line) if line.contains(':') => {
                    return Err(format!(
                        "the {label} block has headers (an encrypted key?); give an unencrypted key"
                    ))
                }
                Some(line) => encoded.push_str(line),
                None => return Err(format!("the {label} block has no END line")),
            }
        }
        let der = base64::engine::general_purpose::STANDARD
            .decode(&encoded)
            .map_err(|e| format!("the {label} block is not base64: {e}"))?;
        blocks.push((label.to_string(), der));
    }
    Ok(blocks)
}

impl CertificateAssertion {
    /// Reads a PEM file (see the module docs) for `client_id` at the token endpoint `audience`.
    pub fn from_file(path: &Path, client_id: &str, audience: &str) -> Result<CertificateAssertion, CertificateError> {
        let error = |message: String| CertificateError {
            file: path.display().to_string(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| error(e.to_string()))?;
        CertificateAssertion::from_pem(&text, client_id, audience).map_err(error)
    }

    /// [`from_file`](Self::from_file) on the file's text.
    pub fn from_pem(text: &str, client_id: &str, audience: &str) -> Result<CertificateAssertion, String> {
        let blocks = pem_blocks(text)?;
        let der = |labels: &[&str]| blocks.iter().find(|(l, _)| labels.contains(&l.as_str()));
        let (_, certificate) = der(&["CERTIFICATE"]).ok_or("no CERTIFICATE block")?;
        let key = match der(&["PRIVATE KEY", "RSA PRIVATE KEY"]) {
            Some((label, key)) if label == "PRIVATE KEY" => RsaKeyPair::from_pkcs8(key),
            Some((_, key)) => RsaKeyPair::from_der(key),
            None if der(&["ENCRYPTED PRIVATE KEY"]).is_some() => {
                return Err("the private key is encrypted; give an unencrypted key".into())
            }
            None => return Err("no PRIVATE KEY or RSA PRIVATE KEY block".into()),
        }
        .map_err(|e| format!("the private key is not a usable RSA key: {e}"))?;
        let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, certificate);
        Ok(CertificateAssertion {
            key,
            thumbprint: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref()),
            client_id: client_id.to_string(),
            audience: audience.to_string(),
        })
    }

    /// A signed assertion valid from `now` (Unix seconds) for five minutes.
    pub fn sign(&self, now: i64) -> Result<String, String> {
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let header = serde_json::json!({"alg": "RS256", "typ": "JWT", "x5t": self.thumbprint});
        let claims = serde_json::json!({
            "aud": self.audience,
            "iss": self.client_id,
            "sub": self.client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + LIFETIME_SECS,
        });
        let signing_input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &RSA_PKCS1_SHA256,
                &ring::rand::SystemRandom::new(),
                signing_input.as_bytes(),
                &mut signature,
            )
            .map_err(|_| "signing the client assertion failed".to_string())?;
        Ok(format!("{signing_input}.{}", b64(&signature)))
    }
}

#[async_trait::async_trait]
impl azure_identity::ClientAssertion for CertificateAssertion {
    async fn secret(&self, _: Option<ClientMethodOptions<'_>>) -> azure_core::Result<String> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        self.sign(now)
            .map_err(|message| azure_core::Error::with_message(azure_core::error::ErrorKind::Credential, message))
    }
}

#[cfg(test)]
mod tests {

    use azure_core::credentials::TokenCredential;
    use base64::Engine;
    use fake_graph::FakeTokenEndpoint;

    use super::CertificateAssertion;

    const PEM: &str = include_str!("../tests/fixtures/test-certificate.pem");
    /// `openssl rsa -RSAPublicKey_out` of the fixture's key.
    const PUBLIC_PEM: &str = include_str!("../tests/fixtures/test-certificate.public.pem");
    /// `openssl x509 -noout -fingerprint -sha1` of the fixture's certificate.
    const SHA1_FINGERPRINT: &str = "27:BE:E0:FD:63:59:10:4B:E1:72:FB:F0:63:3C:E4:10:C5:9D:B8:B2";
    const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    const CLIENT_ID: &str = "00000000-0000-0000-0000-00000000c11e";

    fn decode(part: &str) -> Vec<u8> {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .expect("base64url")
    }

    /// The real `ClientAssertionCredential` with the certificate assertion: the loopback token endpoint
    /// receives a client-credentials request whose assertion is signed by the certificate's key (checked
    /// with the public key openssl printed), names the certificate by openssl's SHA-1 fingerprint and is
    /// addressed to that endpoint.
    #[tokio::test]
    async fn the_token_endpoint_receives_an_assertion_signed_by_the_certificate() {
        let endpoint = FakeTokenEndpoint::start(CLIENT_ID, "no-secret-here").await;
        let audience = crate::credential::token_endpoint(&endpoint.authority_host(), TENANT);
        let assertion = CertificateAssertion::from_pem(PEM, CLIENT_ID, &audience).unwrap();
        let client_options = test_support::azure_loopback::options(&endpoint);
        let credential = azure_identity::ClientAssertionCredential::new(
            TENANT.to_string(),
            CLIENT_ID.to_string(),
            assertion,
            Some(azure_identity::ClientAssertionCredentialOptions { client_options }),
        )
        .unwrap();
        // The fake endpoint knows secrets only: it refuses, after recording what it received.
        let refused = credential
            .get_token(&["https://graph.microsoft.com/.default"], None)
            .await;
        assert!(refused.is_err());
        let requests = endpoint.requests();
        let [request] = requests.as_slice() else {
            panic!("one token request, got {requests:?}")
        };
        assert_eq!(request.tenant, TENANT);
        let form = |name: &str| request.form.get(name).map(String::as_str);
        assert_eq!(form("grant_type"), Some("client_credentials"));
        assert_eq!(form("client_id"), Some(CLIENT_ID));
        assert_eq!(form("scope"), Some("https://graph.microsoft.com/.default"));
        assert_eq!(form("client_secret"), None);
        assert_eq!(
            form("client_assertion_type"),
            Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        );
        let jwt = form("client_assertion").expect("an assertion");
        let parts: Vec<&str> = jwt.split('.').collect();
        let [header, claims, signature] = parts.as_slice() else {
            panic!("a JWT of three parts: {jwt}")
        };
        let header: serde_json::Value = serde_json::from_slice(&decode(header)).unwrap();
        let fingerprint: Vec<u8> = SHA1_FINGERPRINT
            .split(':')
            .map(|byte| u8::from_str_radix(byte, 16).unwrap())
            .collect();
        assert_eq!(header["alg"], "RS256");
        assert_eq!(decode(header["x5t"].as_str().unwrap()), fingerprint);
        let claims: serde_json::Value = serde_json::from_slice(&decode(claims)).unwrap();
        assert_eq!(
            claims["aud"],
            format!("{}/{TENANT}/oauth2/v2.0/token", endpoint.authority_host())
        );
        assert_eq!(claims["iss"], CLIENT_ID);
        assert_eq!(claims["sub"], CLIENT_ID);
        assert_eq!(claims["exp"].as_i64().unwrap() - claims["nbf"].as_i64().unwrap(), 300);
        let public: String = PUBLIC_PEM.lines().filter(|l| !l.starts_with("-----")).collect();
        let public = base64::engine::general_purpose::STANDARD.decode(public).unwrap();
        let key = ring::signature::UnparsedPublicKey::new(&ring::signature::RSA_PKCS1_2048_8192_SHA256, public);
        let signed = format!("{}.{}", parts[0], parts[1]);
        key.verify(signed.as_bytes(), &decode(signature))
            .expect("the assertion is signed by the certificate's key");
    }

    #[test]
    fn unusable_files_are_refused_with_the_reason() {
        let no_key = PEM.split("-----BEGIN PRIVATE KEY").next().unwrap();
        let error = CertificateAssertion::from_pem(no_key, CLIENT_ID, "https://a/t").unwrap_err();
        assert_eq!(error, "no PRIVATE KEY or RSA PRIVATE KEY block");
        let encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
        let certificate = PEM.split("-----BEGIN PRIVATE KEY").next().unwrap();
        let error =
            CertificateAssertion::from_pem(&format!("{certificate}{encrypted}"), CLIENT_ID, "https://a/t").unwrap_err();
        assert!(error.contains("encrypted"), "{error}");
        let error = CertificateAssertion::from_pem("", CLIENT_ID, "https://a/t").unwrap_err();
        assert_eq!(error, "no CERTIFICATE block");
    }
}
