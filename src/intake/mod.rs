//! The intake protocol (v1, `openapi/intake-v1.yaml`): wire types ([`api`]), the booth's client
//! ([`client`]), the reference server ([`server`]) and a throw-away PKI for tests and demo mode
//! ([`pki`]). [`start_demo`] runs the whole thing in-process on loopback.

pub mod api;
pub mod client;
pub mod pki;
pub mod server;

pub use api::{ApplicationPayload, FormDetails, SubmitReceipt};
pub use client::{ClientTls, IntakeClient, IntakeError, LookupError, install_crypto_provider};
pub use pki::{BoothCredentials, DemoPki, PkiError};
pub use server::{Fault, Faults, ServerConfig, ServerHandle, ServerTls, serve};

use std::path::PathBuf;
use std::time::Duration;

/// A demo intake server running in-process on `127.0.0.1`, with a client for one booth.
#[derive(Debug)]
pub struct DemoIntakeServer {
    pub server: ServerHandle,
    pub client: IntakeClient,
}

/// Why demo mode could not start its intake server.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Pki(#[from] PkiError),
    #[error(transparent)]
    Server(#[from] server::ServerError),
    #[error(transparent)]
    Client(#[from] client::ClientSetupError),
}

/// Starts the reference server on a free loopback port with a fresh demo CA and the demo
/// forms, its database in memory (nothing a demo user submits is written to disk), and returns
/// a client for `booth_id`. Must not be called from inside an async runtime.
pub fn start_demo(booth_id: &str, timeout: Duration) -> Result<DemoIntakeServer, DemoError> {
    let pki = DemoPki::generate("myna-booth demo CA")?;
    let booth = pki.booth(booth_id)?;
    let cfg = ServerConfig {
        db_path: PathBuf::from(":memory:"),
        tls: pki.server_tls(),
        seed_demo_forms: true,
    };
    let server = ServerHandle::start(([127, 0, 0, 1], 0).into(), &cfg)?;
    let client = IntakeClient::new(&server.base_url(), &pki.client_tls(Some(&booth)), timeout)?;
    Ok(DemoIntakeServer { server, client })
}
