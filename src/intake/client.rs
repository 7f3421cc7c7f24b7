//! The booth's intake client: blocking reqwest over rustls (ring), trusting only the pinned CA
//! and presenting the booth's client certificate. Every failure becomes an [`IntakeError`] that
//! says whether trying again can help; none of them carries a URL (a lookup URL holds the
//! application ID) or anything else personal.

use std::error::Error as _;
use std::fmt;
use std::path::Path;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::blocking::{Client, Response, multipart};
use reqwest::header::RETRY_AFTER;

use crate::config::{IntakeConfig, IntakeMode};
use crate::domain::ApplicationId;

use super::api::{
    API_PREFIX, APPLICATION_PART, ErrorBody, FormDetails, Health, IDEMPOTENCY_KEY_HEADER,
    PHOTO_PART, SubmitReceipt, codes, form_path,
};

/// Retry-After values above this are capped (a misconfigured server must not park the outbox).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);
/// Time limit for opening a connection (TCP and TLS), at most the request's limit.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Installs rustls' ring provider for the whole process. Safe to call any number of times.
pub fn install_crypto_provider() {
    // Err means a provider is already installed, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The TLS material of a booth's client (PEM).
#[derive(Clone)]
pub struct ClientTls {
    /// The only CA the server's certificate may chain to.
    pub ca_cert_pem: Vec<u8>,
    /// The booth's certificate followed by its private key; `None` only in tests.
    pub identity_pem: Option<Vec<u8>>,
}

impl fmt::Debug for ClientTls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientTls")
            .field("identity", &self.identity_pem.is_some())
            .finish_non_exhaustive()
    }
}

/// The client could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ClientSetupError {
    #[error("intake is not configured for https (mode {0})")]
    NotHttps(IntakeMode),
    #[error("intake setting {0} is missing")]
    Missing(&'static str),
    #[error("the intake url must start with https://")]
    NotHttpsUrl,
    #[error("could not read {what} file: {source}")]
    Read {
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid {what}: {detail}")]
    Tls { what: &'static str, detail: String },
}

/// Why a request failed, and whether the outbox should try again.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IntakeError {
    /// No connection could be opened (refused, unreachable, DNS).
    #[error("could not connect to the intake server")]
    Connect,
    /// No complete answer in time.
    #[error("the intake server did not answer in time")]
    Timeout,
    /// The connection broke mid-request (reset, closed before the answer).
    #[error("the connection to the intake server broke")]
    Transport,
    /// 5xx, 429, or 409 (the same application is still being processed).
    #[error("the intake server is busy or failing (HTTP {status}, {code})")]
    Unavailable {
        status: u16,
        code: String,
        retry_after: Option<Duration>,
    },
    /// The TLS handshake failed: certificate refused or not trusted.
    #[error("TLS failure with the intake server: {0}")]
    Certificate(String),
    /// A 4xx other than 409/429: sending the same request again cannot help.
    #[error("the intake server refused the request (HTTP {status}, {code})")]
    Rejected { status: u16, code: String },
    /// A 2xx the client does not understand.
    #[error("unexpected answer from the intake server: {0}")]
    Protocol(String),
}

impl IntakeError {
    /// Whether the same request may succeed later.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            IntakeError::Connect
                | IntakeError::Timeout
                | IntakeError::Transport
                | IntakeError::Unavailable { .. }
        )
    }

    /// The server's Retry-After, if it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            IntakeError::Unavailable { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// Why a form lookup failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// The server knows no form with this ID (404 `form_not_found`): offer keypad re-entry.
    #[error("no application form with this ID")]
    NotFound,
    /// Anything else: retryable ones get "try again", others "call staff".
    #[error(transparent)]
    Intake(#[from] IntakeError),
}

impl LookupError {
    pub fn is_retryable(&self) -> bool {
        matches!(self, LookupError::Intake(e) if e.is_retryable())
    }
}

/// A connection to the intake service.
#[derive(Clone)]
pub struct IntakeClient {
    http: Client,
    base: String,
}

impl fmt::Debug for IntakeClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntakeClient")
            .field("base", &self.base)
            .finish()
    }
}

impl IntakeClient {
    /// A client for `base_url` (e.g. `https://127.0.0.1:8443`), trusting only `tls.ca_cert_pem`.
    ///
    /// Must not be called from inside an async runtime (reqwest's blocking client).
    pub fn new(
        base_url: &str,
        tls: &ClientTls,
        timeout: Duration,
    ) -> Result<Self, ClientSetupError> {
        install_crypto_provider();
        if !base_url.starts_with("https://") {
            return Err(ClientSetupError::NotHttpsUrl);
        }
        let ca = reqwest::Certificate::from_pem(&tls.ca_cert_pem).map_err(|e| {
            ClientSetupError::Tls {
                what: "CA certificate",
                detail: e.to_string(),
            }
        })?;
        let mut builder = Client::builder()
            .tls_certs_only([ca])
            .https_only(true)
            .timeout(timeout)
            .connect_timeout(CONNECT_TIMEOUT.min(timeout))
            .pool_idle_timeout(Duration::from_secs(30));
        if let Some(pem) = &tls.identity_pem {
            let identity = reqwest::Identity::from_pem(pem).map_err(|e| ClientSetupError::Tls {
                what: "client certificate or key",
                detail: e.to_string(),
            })?;
            builder = builder.identity(identity);
        }
        let http = builder.build().map_err(|e| ClientSetupError::Tls {
            what: "client",
            detail: e.to_string(),
        })?;
        Ok(Self {
            http,
            base: base_url.trim_end_matches('/').to_owned(),
        })
    }

    /// A client from kiosk-config's `[intake]` (mode `https`).
    pub fn from_config(cfg: &IntakeConfig) -> Result<Self, ClientSetupError> {
        if cfg.mode != IntakeMode::Https {
            return Err(ClientSetupError::NotHttps(cfg.mode));
        }
        let url = cfg.url.as_deref().ok_or(ClientSetupError::Missing("url"))?;
        let read = |what: &'static str, p: Option<&Path>| -> Result<Vec<u8>, ClientSetupError> {
            let p = p.ok_or(ClientSetupError::Missing(what))?;
            std::fs::read(p).map_err(|source| ClientSetupError::Read { what, source })
        };
        let ca_cert_pem = read("ca_cert", cfg.ca_cert.as_deref())?;
        let mut identity = read("client_cert", cfg.client_cert.as_deref())?;
        identity.push(b'\n');
        identity.extend(read("client_key", cfg.client_key.as_deref())?);
        let tls = ClientTls {
            ca_cert_pem,
            identity_pem: Some(identity),
        };
        Self::new(url, &tls, cfg.timeout())
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// `GET /v1/health`.
    pub fn health(&self) -> Result<Health, IntakeError> {
        let resp = self
            .http
            .get(format!("{}{API_PREFIX}/health", self.base))
            .send()
            .map_err(classify)?;
        let resp = check_status(resp)?;
        resp.json()
            .map_err(|_| IntakeError::Protocol("health answer is not JSON".into()))
    }

    /// `GET /v1/forms/{id}`: the form's prefilled details, masked.
    pub fn lookup(&self, id: &ApplicationId) -> Result<FormDetails, LookupError> {
        let resp = self
            .http
            .get(format!("{}{}", self.base, form_path(id.digits())))
            .send()
            .map_err(classify)?;
        match check_status(resp) {
            Ok(resp) => resp.json::<FormDetails>().map_err(|_| {
                LookupError::Intake(IntakeError::Protocol("form answer is not JSON".into()))
            }),
            Err(IntakeError::Rejected { status: 404, code }) if code == codes::FORM_NOT_FOUND => {
                Err(LookupError::NotFound)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// `POST /v1/applications` with the record id as the idempotency key. `application_json` is
    /// sent byte for byte as stored, so every retry carries the same payload.
    pub fn submit(
        &self,
        record_id: &uuid::Uuid,
        application_json: &[u8],
        photo: Option<&[u8]>,
    ) -> Result<SubmitReceipt, IntakeError> {
        let part = multipart::Part::bytes(application_json.to_vec())
            .mime_str("application/json")
            .map_err(|_| IntakeError::Protocol("bad part type".into()))?;
        let mut form = multipart::Form::new().part(APPLICATION_PART, part);
        if let Some(photo) = photo {
            let part = multipart::Part::bytes(photo.to_vec())
                .file_name("photo.jpg")
                .mime_str("image/jpeg")
                .map_err(|_| IntakeError::Protocol("bad part type".into()))?;
            form = form.part(PHOTO_PART, part);
        }
        let resp = self
            .http
            .post(format!("{}{API_PREFIX}/applications", self.base))
            .header(IDEMPOTENCY_KEY_HEADER, record_id.to_string())
            .multipart(form)
            .send()
            .map_err(classify)?;
        let resp = check_status(resp)?;
        let receipt: SubmitReceipt = resp
            .json()
            .map_err(|_| IntakeError::Protocol("receipt is not JSON".into()))?;
        if receipt.record_id != record_id.to_string() {
            return Err(IntakeError::Protocol(
                "receipt is for another record".into(),
            ));
        }
        Ok(receipt)
    }
}

/// Turns a non-2xx answer into an error; 409, 429 and 5xx are retryable.
fn check_status(resp: Response) -> Result<Response, IntakeError> {
    let status = resp.status();
    if status.is_success() {
        return Ok(resp);
    }
    let retry_after = resp
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| Duration::from_secs(s).min(MAX_RETRY_AFTER));
    let code = resp
        .json::<ErrorBody>()
        .map(|b| sanitize_code(&b.code))
        .unwrap_or_else(|_| "none".to_owned());
    let s = status.as_u16();
    if status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::CONFLICT
    {
        Err(IntakeError::Unavailable {
            status: s,
            code,
            retry_after,
        })
    } else {
        Err(IntakeError::Rejected { status: s, code })
    }
}

/// Error codes are short identifiers; anything else is not echoed into logs.
fn sanitize_code(code: &str) -> String {
    if !code.is_empty()
        && code.len() <= 64
        && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
    {
        code.to_owned()
    } else {
        "unrecognised".to_owned()
    }
}

/// Sorts a transport failure into retryable or permanent without keeping its text (which may
/// hold the URL).
fn classify(e: reqwest::Error) -> IntakeError {
    if let Some(tls) = find_rustls_error(&e) {
        return IntakeError::Certificate(tls);
    }
    if e.is_timeout() {
        IntakeError::Timeout
    } else if e.is_connect() {
        IntakeError::Connect
    } else {
        IntakeError::Transport
    }
}

/// A rustls error anywhere in the chain (also wrapped in an io::Error) is a TLS failure: a
/// certificate problem does not go away by retrying.
fn find_rustls_error(e: &reqwest::Error) -> Option<String> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = e.source();
    while let Some(err) = cur {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return Some(tls.to_string());
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
            && let Some(tls) = inner.downcast_ref::<rustls::Error>()
        {
            return Some(tls.to_string());
        }
        cur = err.source();
    }
    None
}
