//! The reference intake server (protocol v1, `openapi/intake-v1.yaml`): axum behind rustls with
//! mandatory booth client certificates, storing forms, idempotency records and applications in
//! SQLite. Used by the `intake-server` binary, by demo mode (in-process on loopback) and by the
//! tests, which can also inject faults (errors, resets, lost answers) through [`Faults`].

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::WebPkiClientVerifier;
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;

use super::api::{
    APPLICATION_PART, ApplicationPayload, ErrorBody, FormDetails, Health, IDEMPOTENCY_KEY_HEADER,
    PHOTO_MAX_BYTES, PHOTO_PART, REPLAYED_HEADER, SubmitReceipt, check_photo, codes,
    is_application_id, mask_name,
};
use super::client::install_crypto_provider;

/// Largest request body: the biggest allowed photo plus room for the JSON and multipart framing.
/// Anything larger is answered 413 before it is read.
pub const BODY_LIMIT: usize = PHOTO_MAX_BYTES + 256 * 1024;
/// An in-flight idempotency record older than this is taken over (its request died).
const STALE_IN_FLIGHT: Duration = Duration::from_secs(120);
/// Time limit of a TLS handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Demo application forms seeded into a new database: (ID, name, town-level address, rest).
/// The first one is the ID in the demo camera's QR code. Not real people.
pub const DEMO_FORMS: [(&str, &str, &str, &str); 3] = [
    (
        crate::workers::DEMO_FORM_ID,
        "山田　太郎",
        "東京都千代田区永田町",
        "一丁目7番1号",
    ),
    (
        "20261121000000000067890",
        "John Smith",
        "大阪府大阪市北区梅田",
        "三丁目1番1号",
    ),
    (
        "20261121000000000011111",
        "鈴木　花子",
        "北海道札幌市中央区北一条西",
        "二丁目1番地",
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("TLS setup failed: {0}")]
    Tls(String),
    #[error("network error: {0}")]
    Io(#[from] std::io::Error),
}

/// The server's TLS material (PEM): the CA that booth certificates must chain to, and the
/// server's own certificate chain and key.
#[derive(Clone)]
pub struct ServerTls {
    pub ca_cert_pem: Vec<u8>,
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
}

impl std::fmt::Debug for ServerTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerTls").finish_non_exhaustive()
    }
}

impl ServerTls {
    /// Reads the three PEM files.
    pub fn from_files(ca: &Path, cert: &Path, key: &Path) -> Result<Self, ServerError> {
        Ok(Self {
            ca_cert_pem: std::fs::read(ca)?,
            cert_pem: std::fs::read(cert)?,
            key_pem: std::fs::read(key)?,
        })
    }
}

/// Everything the server needs to start.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The SQLite file (created if missing).
    pub db_path: PathBuf,
    pub tls: ServerTls,
    /// Insert [`DEMO_FORMS`] if they are missing.
    pub seed_demo_forms: bool,
}

/// A fault the test harness asks the server to play on the next `POST /v1/applications`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer with this status (e.g. 500, 503) and do nothing else.
    Status(u16),
    /// Answer 429 with `Retry-After: secs`.
    TooManyRequests { retry_after_s: u64 },
    /// Reset the TCP connection (RST) without answering or storing anything.
    ResetConnection,
    /// Store the application, then close the connection without answering.
    DropResponseAfterCommit,
    /// Hold the request this long after claiming its idempotency key (to show 409 in flight).
    DelayBeforeCommit(Duration),
}

/// Queue of faults and counters shared with the running server.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    queue: Arc<Mutex<VecDeque<Fault>>>,
    submit_requests: Arc<AtomicU64>,
    handshake_failures: Arc<AtomicU64>,
    unauthenticated: Arc<AtomicU64>,
}

impl Faults {
    /// Plays `fault` on a future submission, after those already queued.
    pub fn push(&self, fault: Fault) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push_back(fault);
    }
    /// Faults not played yet.
    pub fn pending(&self) -> usize {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
    /// `POST /v1/applications` requests that reached the handler.
    pub fn submit_requests(&self) -> u64 {
        self.submit_requests.load(Ordering::SeqCst)
    }
    /// TLS handshakes that failed (e.g. no or a foreign client certificate).
    pub fn handshake_failures(&self) -> u64 {
        self.handshake_failures.load(Ordering::SeqCst)
    }
    /// Requests answered 401 because the client presented no certificate.
    pub fn unauthenticated_requests(&self) -> u64 {
        self.unauthenticated.load(Ordering::SeqCst)
    }
    fn next(&self) -> Option<Fault> {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front()
    }
}

/// An application as the server stored it (tests and operator tools).
#[derive(Clone)]
pub struct StoredApplication {
    pub booth_id: String,
    pub record_id: String,
    pub receipt_number: String,
    pub application_json: Vec<u8>,
    pub photo: Option<Vec<u8>>,
}

impl std::fmt::Debug for StoredApplication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredApplication")
            .field("booth_id", &self.booth_id)
            .field("record_id", &self.record_id)
            .field("receipt_number", &self.receipt_number)
            .finish_non_exhaustive()
    }
}

/// The server's database.
struct IntakeDb {
    conn: Mutex<Connection>,
}

/// What claiming an idempotency key found.
enum Claim {
    New,
    Replay { status: u16, body: String },
    InFlight,
    Mismatch,
}

impl IntakeDb {
    fn open(path: &Path, seed: bool) -> Result<Self, ServerError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS forms (
                application_id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                address_town TEXT NOT NULL,
                address_rest TEXT NOT NULL
             );
             CREATE TABLE IF NOT EXISTS idempotency (
                booth_id TEXT NOT NULL,
                key TEXT NOT NULL,
                payload_hash BLOB NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
                status INTEGER,
                body TEXT,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (booth_id, key)
             );
             CREATE TABLE IF NOT EXISTS applications (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                receipt_number TEXT NOT NULL,
                booth_id TEXT NOT NULL,
                record_id TEXT NOT NULL,
                application_json BLOB NOT NULL,
                photo BLOB,
                received_at TEXT NOT NULL,
                UNIQUE (booth_id, record_id)
             );
             -- No request survives a restart: keys it held are free again.
             DELETE FROM idempotency WHERE state = 'in_flight';",
        )?;
        if seed {
            for (id, name, town, rest) in DEMO_FORMS {
                conn.execute(
                    "INSERT OR IGNORE INTO forms VALUES (?1, ?2, ?3, ?4)",
                    params![id, name, town, rest],
                )?;
            }
        }
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn form(&self, id: &str) -> Result<Option<FormDetails>, ServerError> {
        let conn = self.lock();
        let row = conn
            .query_row(
                "SELECT name, address_town FROM forms WHERE application_id = ?1",
                [id],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )
            .optional()?;
        Ok(row.map(|(name, town)| FormDetails {
            name: mask_name(&name),
            address: town,
        }))
    }

    fn claim(&self, booth: &str, key: &str, hash: &[u8]) -> Result<Claim, ServerError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now = unix_now();
        let row = tx
            .query_row(
                "SELECT payload_hash, state, status, body, created_at FROM idempotency
                 WHERE booth_id = ?1 AND key = ?2",
                params![booth, key],
                |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<u16>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, i64>(4)?,
                    ))
                },
            )
            .optional()?;
        let claim = match row {
            None => {
                tx.execute(
                    "INSERT INTO idempotency (booth_id, key, payload_hash, state, created_at)
                     VALUES (?1, ?2, ?3, 'in_flight', ?4)",
                    params![booth, key, hash, now],
                )?;
                Claim::New
            }
            Some((stored, _, _, _, _)) if stored != hash => Claim::Mismatch,
            Some((_, state, Some(status), Some(body), _)) if state == "done" => {
                Claim::Replay { status, body }
            }
            Some((_, _, _, _, created)) => {
                let stale = now.saturating_sub(created) > STALE_IN_FLIGHT.as_secs() as i64;
                if stale {
                    tx.execute(
                        "UPDATE idempotency SET created_at = ?3 WHERE booth_id = ?1 AND key = ?2",
                        params![booth, key, now],
                    )?;
                    Claim::New
                } else {
                    Claim::InFlight
                }
            }
        };
        tx.commit()?;
        Ok(claim)
    }

    fn release(&self, booth: &str, key: &str) -> Result<(), ServerError> {
        self.lock().execute(
            "DELETE FROM idempotency WHERE booth_id = ?1 AND key = ?2 AND state = 'in_flight'",
            params![booth, key],
        )?;
        Ok(())
    }

    /// Stores the application and the answer for its key in one transaction.
    fn commit(
        &self,
        booth: &str,
        key: &str,
        json: &[u8],
        photo: Option<&[u8]>,
    ) -> Result<SubmitReceipt, ServerError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let received_at = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        tx.execute(
            "INSERT INTO applications (receipt_number, booth_id, record_id, application_json,
                                       photo, received_at)
             VALUES ('', ?1, ?2, ?3, ?4, ?5)",
            params![booth, key, json, photo, received_at],
        )?;
        let seq = tx.last_insert_rowid();
        let receipt = SubmitReceipt {
            record_id: key.to_owned(),
            receipt_number: format!("MBI-{seq:08}"),
            received_at,
        };
        tx.execute(
            "UPDATE applications SET receipt_number = ?1 WHERE seq = ?2",
            params![receipt.receipt_number, seq],
        )?;
        let body = serde_json::to_string(&receipt).unwrap_or_default();
        tx.execute(
            "UPDATE idempotency SET state = 'done', status = 201, body = ?3
             WHERE booth_id = ?1 AND key = ?2",
            params![booth, key, body],
        )?;
        tx.commit()?;
        Ok(receipt)
    }

    fn applications(&self) -> Result<Vec<StoredApplication>, ServerError> {
        let conn = self.lock();
        let mut stmt = conn.prepare(
            "SELECT booth_id, record_id, receipt_number, application_json, photo
             FROM applications ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(StoredApplication {
                booth_id: r.get(0)?,
                record_id: r.get(1)?,
                receipt_number: r.get(2)?,
                application_json: r.get(3)?,
                photo: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Shared by every request.
struct AppState {
    db: IntakeDb,
    faults: Faults,
}

/// The booth that sent a request, from its client certificate.
#[derive(Debug, Clone)]
struct BoothId(String);

/// Lets a handler cut its own connection (fault injection).
#[derive(Default)]
struct ConnControl {
    kill: Notify,
    reset: AtomicBool,
}

impl ConnControl {
    fn cut(&self, reset: bool) {
        self.reset.store(reset, Ordering::SeqCst);
        self.kill.notify_one();
    }
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(ErrorBody {
            code: code.to_owned(),
            message: message.to_owned(),
        }),
    )
        .into_response()
}

fn internal(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "intake server failure");
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        codes::INTERNAL,
        "internal error",
    )
}

async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        api_version: "1".into(),
    })
}

async fn lookup(State(st): State<Arc<AppState>>, UrlPath(id): UrlPath<String>) -> Response {
    if !is_application_id(&id) {
        return error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_APPLICATION_ID,
            "an application ID is exactly 23 digits",
        );
    }
    let found = tokio::task::spawn_blocking(move || st.db.form(&id)).await;
    match found {
        Ok(Ok(Some(details))) => Json(details).into_response(),
        Ok(Ok(None)) => error(
            StatusCode::NOT_FOUND,
            codes::FORM_NOT_FOUND,
            "no application form with this ID",
        ),
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

/// The parts of a submission, read completely.
struct Parts {
    json: Vec<u8>,
    photo: Option<Vec<u8>>,
}

async fn read_parts(mut mp: Multipart) -> Result<Parts, Response> {
    let mut json = None;
    let mut photo = None;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(multipart_error(e.status())),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let content_type = field.content_type().map(str::to_owned);
        let bytes = field
            .bytes()
            .await
            .map_err(|e| multipart_error(e.status()))?;
        match name.as_str() {
            APPLICATION_PART => json = Some(bytes.to_vec()),
            PHOTO_PART => {
                if content_type
                    .as_deref()
                    .is_some_and(|t| !t.eq_ignore_ascii_case("image/jpeg"))
                {
                    return Err(error(
                        StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        codes::PHOTO_NOT_JPEG,
                        "the photo part must be image/jpeg",
                    ));
                }
                photo = Some(bytes.to_vec());
            }
            _ => {}
        }
    }
    let json = json.ok_or_else(|| {
        error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_APPLICATION,
            "the application part is missing",
        )
    })?;
    Ok(Parts { json, photo })
}

fn multipart_error(status: StatusCode) -> Response {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        error(status, codes::PAYLOAD_TOO_LARGE, "the request is too large")
    } else {
        error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_APPLICATION,
            "the multipart body is malformed",
        )
    }
}

/// SHA-256 over both parts, length-prefixed so that no two payloads collide by framing.
fn payload_hash(parts: &Parts) -> Vec<u8> {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(&(parts.json.len() as u64).to_be_bytes());
    ctx.update(&parts.json);
    match &parts.photo {
        Some(p) => {
            ctx.update(&[1]);
            ctx.update(p);
        }
        None => ctx.update(&[0]),
    }
    ctx.finish().as_ref().to_vec()
}

/// Checks the application part and the photo; the error is the answer to send.
// The error is the HTTP answer itself, built once and returned as is.
#[allow(clippy::result_large_err)]
fn validate(parts: &Parts, key: &str) -> Result<(), Response> {
    let app: ApplicationPayload = serde_json::from_slice(&parts.json).map_err(|_| {
        error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_APPLICATION,
            "the application part is not valid JSON of the expected shape",
        )
    })?;
    app.validate()
        .map_err(|m| error(StatusCode::BAD_REQUEST, codes::INVALID_APPLICATION, m))?;
    if app.record_id != key {
        return Err(error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_APPLICATION,
            "record_id differs from the Idempotency-Key",
        ));
    }
    match (&parts.photo, app.photo) {
        (None, true) => Err(error(
            StatusCode::BAD_REQUEST,
            codes::PHOTO_MISSING,
            "the application announces a photo but none is attached",
        )),
        (Some(_), false) => Err(error(
            StatusCode::BAD_REQUEST,
            codes::PHOTO_UNEXPECTED,
            "a photo is attached to an application without one",
        )),
        (Some(photo), true) => check_photo(photo).map(|_| ()).map_err(|e| {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST);
            error(status, e.code(), &e.to_string())
        }),
        (None, false) => Ok(()),
    }
}

fn answer(status: u16, body: String, replayed: bool) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
    let mut resp = (status, body).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if replayed {
        h.insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    }
    resp
}

async fn submit(
    State(st): State<Arc<AppState>>,
    Extension(booth): Extension<BoothId>,
    Extension(conn): Extension<Arc<ConnControl>>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    st.faults.submit_requests.fetch_add(1, Ordering::SeqCst);
    let key = match headers.get(IDEMPOTENCY_KEY_HEADER).map(|v| v.to_str()) {
        None => {
            return error(
                StatusCode::BAD_REQUEST,
                codes::IDEMPOTENCY_KEY_MISSING,
                "the Idempotency-Key header is required",
            );
        }
        Some(Ok(k)) if uuid::Uuid::parse_str(k).is_ok() => k.to_ascii_lowercase(),
        Some(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                codes::IDEMPOTENCY_KEY_INVALID,
                "the Idempotency-Key must be a UUID",
            );
        }
    };
    let mp = match multipart {
        Ok(mp) => mp,
        Err(_) => {
            return error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                codes::NOT_MULTIPART,
                "the body must be multipart/form-data",
            );
        }
    };
    let parts = match read_parts(mp).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    // Faults play after the body was read: a server that answers before reading the upload
    // makes the client see a broken pipe instead of the status.
    let mut delay = None;
    let mut drop_answer = false;
    match st.faults.next() {
        Some(Fault::Status(s)) => {
            let status = StatusCode::from_u16(s).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
            return error(status, codes::UNAVAILABLE, "injected failure");
        }
        Some(Fault::TooManyRequests { retry_after_s }) => {
            let mut r = error(
                StatusCode::TOO_MANY_REQUESTS,
                codes::RATE_LIMITED,
                "slow down",
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_s));
            return r;
        }
        Some(Fault::ResetConnection) => {
            conn.cut(true);
            std::future::pending::<()>().await;
        }
        Some(Fault::DropResponseAfterCommit) => drop_answer = true,
        Some(Fault::DelayBeforeCommit(d)) => delay = Some(d),
        None => {}
    }

    // Claim, validate and commit run in a task of their own: if the client goes away
    // mid-request, the handler is dropped but the claim is still settled (committed or
    // released), so a retry never meets a key stuck "in flight".
    let task = tokio::spawn(process(
        st.clone(),
        booth.clone(),
        key.clone(),
        parts,
        delay,
    ));
    let receipt = match task.await {
        Ok(Ok(r)) => r,
        Ok(Err(resp)) => return resp,
        Err(e) => return internal(e),
    };
    tracing::info!(record = %key, booth = %booth.0, receipt = %receipt.receipt_number, "application stored");
    if drop_answer {
        conn.cut(false);
        std::future::pending::<()>().await;
    }
    answer(
        201,
        serde_json::to_string(&receipt).unwrap_or_default(),
        false,
    )
}

/// Claims the key, validates, stores: the part of a submission that must finish once started.
async fn process(
    st: Arc<AppState>,
    booth: BoothId,
    key: String,
    parts: Parts,
    delay: Option<Duration>,
) -> Result<SubmitReceipt, Response> {
    let hash = payload_hash(&parts);

    let (st2, b, k) = (st.clone(), booth.0.clone(), key.clone());
    let claim = tokio::task::spawn_blocking(move || st2.db.claim(&b, &k, &hash)).await;
    match claim {
        Ok(Ok(Claim::New)) => {}
        Ok(Ok(Claim::Replay { status, body })) => {
            tracing::info!(record = %key, booth = %booth.0, "replayed a stored answer");
            return Err(answer(status, body, true));
        }
        Ok(Ok(Claim::InFlight)) => {
            let mut r = error(
                StatusCode::CONFLICT,
                codes::REQUEST_IN_FLIGHT,
                "a request with this key is being processed",
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            return Err(r);
        }
        Ok(Ok(Claim::Mismatch)) => {
            return Err(error(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::IDEMPOTENCY_KEY_REUSED,
                "this Idempotency-Key was used for another payload",
            ));
        }
        Ok(Err(e)) => return Err(internal(e)),
        Err(e) => return Err(internal(e)),
    }

    if let Err(resp) = validate(&parts, &key) {
        let (st2, b, k) = (st.clone(), booth.0.clone(), key.clone());
        let _ = tokio::task::spawn_blocking(move || st2.db.release(&b, &k)).await;
        return Err(resp);
    }
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    let (st2, b, k) = (st.clone(), booth.0.clone(), key.clone());
    let stored = tokio::task::spawn_blocking(move || {
        st2.db.commit(&b, &k, &parts.json, parts.photo.as_deref())
    })
    .await;
    let receipt = match stored {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            let (st2, b, k) = (st.clone(), booth.0.clone(), key.clone());
            let _ = tokio::task::spawn_blocking(move || st2.db.release(&b, &k)).await;
            return Err(internal(e));
        }
        Err(e) => return Err(internal(e)),
    };
    Ok(receipt)
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, codes::NOT_FOUND, "no such endpoint")
}

fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/forms/{application_id}", get(lookup))
        .route("/v1/applications", post(submit))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

/// A rustls acceptor that requires a client certificate from the booth CA.
fn tls_acceptor(tls: &ServerTls) -> Result<TlsAcceptor, ServerError> {
    install_crypto_provider();
    let bad = |what: &str, e: &dyn std::fmt::Display| ServerError::Tls(format!("{what}: {e}"));
    let mut roots = rustls::RootCertStore::empty();
    for ca in CertificateDer::pem_slice_iter(&tls.ca_cert_pem) {
        let ca = ca.map_err(|e| bad("CA certificate", &e))?;
        roots.add(ca).map_err(|e| bad("CA certificate", &e))?;
    }
    // A client without a certificate completes the handshake and gets a clear 401 (a refused
    // handshake reaches the client as a bare reset, which looks retryable); a certificate that
    // does not chain to the booth CA is still refused in the handshake.
    let verifier = WebPkiClientVerifier::builder(Arc::new(roots))
        .allow_unauthenticated()
        .build()
        .map_err(|e| bad("client verifier", &e))?;
    let chain = CertificateDer::pem_slice_iter(&tls.cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad("server certificate", &e))?;
    let key = PrivateKeyDer::from_pem_slice(&tls.key_pem).map_err(|e| bad("server key", &e))?;
    let mut cfg = rustls::ServerConfig::builder()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)
        .map_err(|e| bad("server certificate", &e))?;
    cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(cfg)))
}

/// The booth id of a verified client certificate: its common name, else its first DNS name.
fn booth_id(certs: Option<&[CertificateDer<'_>]>) -> Option<String> {
    let der = certs?.first()?;
    let (_, cert) = x509_parser::parse_x509_certificate(der.as_ref()).ok()?;
    if let Some(cn) = cert
        .subject()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
    {
        return Some(cn.to_owned());
    }
    let san = cert.subject_alternative_name().ok()??;
    san.value.general_names.iter().find_map(|n| match n {
        x509_parser::extensions::GeneralName::DNSName(d) => Some((*d).to_owned()),
        _ => None,
    })
}

async fn serve_connection(
    tcp: tokio::net::TcpStream,
    acceptor: TlsAcceptor,
    router: Router,
    faults: Faults,
) {
    // A second handle on the socket, to reset it on request after hyper owns the stream.
    let raw = socket2::SockRef::from(&tcp).try_clone().ok();
    let tls = match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await {
        Ok(Ok(s)) => s,
        _ => {
            faults.handshake_failures.fetch_add(1, Ordering::SeqCst);
            tracing::info!("TLS handshake with a client failed");
            return;
        }
    };
    let Some(booth) = booth_id(tls.get_ref().1.peer_certificates()) else {
        tracing::warn!("client without a usable certificate: every request gets 401");
        // The body is read before answering: an answer sent while the client is still
        // uploading reaches it as a broken pipe, which would look retryable.
        let svc = Router::new()
            .fallback(move |_body: axum::body::Bytes| {
                faults.unauthenticated.fetch_add(1, Ordering::SeqCst);
                async {
                    error(
                        StatusCode::UNAUTHORIZED,
                        codes::CLIENT_CERTIFICATE_REQUIRED,
                        "a booth client certificate is required",
                    )
                }
            })
            .layer(DefaultBodyLimit::max(BODY_LIMIT));
        let builder = auto::Builder::new(TokioExecutor::new());
        let _ = builder
            .serve_connection(TokioIo::new(tls), TowerToHyperService::new(svc))
            .await;
        return;
    };
    let control = Arc::new(ConnControl::default());
    let svc = router
        .layer(Extension(BoothId(booth)))
        .layer(Extension(control.clone()));
    let builder = auto::Builder::new(TokioExecutor::new());
    let conn = builder.serve_connection(TokioIo::new(tls), TowerToHyperService::new(svc));
    tokio::select! {
        _ = conn => {}
        _ = control.kill.notified() => {
            if control.reset.load(Ordering::SeqCst)
                && let Some(raw) = &raw
            {
                // With a zero linger, closing the socket sends RST.
                let _ = raw.set_linger(Some(Duration::ZERO));
            }
        }
    }
    drop(raw);
}

async fn run(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    state: Arc<AppState>,
    shutdown: impl Future<Output = ()>,
) {
    let faults = state.faults.clone();
    let app = router(state);
    let mut conns = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let tcp = tokio::select! {
            _ = &mut shutdown => break,
            r = listener.accept() => match r {
                Ok((tcp, _)) => tcp,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        while conns.try_join_next().is_some() {}
        let _ = tcp.set_nodelay(true);
        conns.spawn(serve_connection(
            tcp,
            acceptor.clone(),
            app.clone(),
            faults.clone(),
        ));
    }
    // Every open connection ends with the server.
    conns.abort_all();
}

/// Serves the intake API on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    cfg: ServerConfig,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServerError> {
    let acceptor = tls_acceptor(&cfg.tls)?;
    let db = IntakeDb::open(&cfg.db_path, cfg.seed_demo_forms)?;
    let state = Arc::new(AppState {
        db,
        faults: Faults::default(),
    });
    run(listener, acceptor, state, shutdown).await;
    Ok(())
}

/// A server running on its own thread and runtime (tests, demo mode, benches).
pub struct ServerHandle {
    addr: SocketAddr,
    state: Arc<AppState>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for ServerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerHandle")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl ServerHandle {
    /// Binds `addr` (port 0 picks a free port) and serves until [`ServerHandle::stop`] or drop.
    pub fn start(addr: SocketAddr, cfg: &ServerConfig) -> Result<Self, ServerError> {
        let acceptor = tls_acceptor(&cfg.tls)?;
        let db = IntakeDb::open(&cfg.db_path, cfg.seed_demo_forms)?;
        let state = Arc::new(AppState {
            db,
            faults: Faults::default(),
        });
        let listener = std::net::TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("intake-server")
            .enable_all()
            .build()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let st = state.clone();
        let thread = std::thread::Builder::new()
            .name("intake-server".into())
            .spawn(move || {
                rt.block_on(async move {
                    match TcpListener::from_std(listener) {
                        Ok(l) => {
                            run(l, acceptor, st, async {
                                let _ = stopped.await;
                            })
                            .await
                        }
                        Err(e) => tracing::error!(error = %e, "intake server could not listen"),
                    }
                });
                rt.shutdown_timeout(Duration::from_millis(500));
            })?;
        Ok(Self {
            addr,
            state,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
    /// `https://127.0.0.1:<port>` (the demo server certificate names 127.0.0.1).
    pub fn base_url(&self) -> String {
        format!("https://{}", self.addr)
    }
    pub fn faults(&self) -> &Faults {
        &self.state.faults
    }
    /// Every stored application, oldest first.
    pub fn applications(&self) -> Result<Vec<StoredApplication>, ServerError> {
        self.state.db.applications()
    }

    /// Stops accepting, cuts every open connection and waits for the server thread.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Reads every stored application from a server database file (operator tools, tests).
pub fn read_applications(db_path: &Path) -> Result<Vec<StoredApplication>, ServerError> {
    let conn = Connection::open_with_flags(db_path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    IntakeDb {
        conn: Mutex::new(conn),
    }
    .applications()
}
