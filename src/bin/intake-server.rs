//! `intake-server`: the reference intake server (protocol v1) as a standalone program.
//!
//! ```text
//! intake-server --listen 127.0.0.1:8443 --db intake.sqlite3 \
//!     --ca-cert ca.pem --cert server.pem --key server-key.pem [--demo-forms]
//! intake-server --listen 127.0.0.1:8443 --db intake.sqlite3 --generate-demo-pki DIR [--booth-id ID]
//! ```
//!
//! With `--generate-demo-pki`, a throw-away CA, a server certificate for 127.0.0.1/localhost and
//! one booth certificate are written to DIR (keys 0600) and the demo forms are seeded.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use myna_booth::intake::{DemoPki, ServerConfig, ServerTls, serve};

const USAGE: &str = "usage: intake-server --listen ADDR --db FILE \
(--ca-cert FILE --cert FILE --key FILE [--demo-forms] | --generate-demo-pki DIR [--booth-id ID])";

struct Args {
    listen: SocketAddr,
    db: PathBuf,
    ca_cert: Option<PathBuf>,
    cert: Option<PathBuf>,
    key: Option<PathBuf>,
    demo_pki: Option<PathBuf>,
    booth_id: String,
    demo_forms: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut listen = None;
    let mut db = None;
    let mut args = Args {
        listen: SocketAddr::from(([127, 0, 0, 1], 8443)),
        db: PathBuf::new(),
        ca_cert: None,
        cert: None,
        key: None,
        demo_pki: None,
        booth_id: "demo-booth-01".to_owned(),
        demo_forms: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--listen" => {
                listen = Some(
                    value()?
                        .parse::<SocketAddr>()
                        .map_err(|e| format!("--listen: {e}"))?,
                )
            }
            "--db" => db = Some(PathBuf::from(value()?)),
            "--ca-cert" => args.ca_cert = Some(value()?.into()),
            "--cert" => args.cert = Some(value()?.into()),
            "--key" => args.key = Some(value()?.into()),
            "--generate-demo-pki" => args.demo_pki = Some(value()?.into()),
            "--booth-id" => args.booth_id = value()?,
            "--demo-forms" => args.demo_forms = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    args.listen = listen.ok_or("--listen is required")?;
    args.db = db.ok_or("--db is required")?;
    Ok(args)
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("intake-server: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let (tls, seed) = match (&args.demo_pki, &args.ca_cert, &args.cert, &args.key) {
        (Some(dir), None, None, None) => {
            let pki = DemoPki::generate("myna-booth demo CA")?;
            let files = pki.write_to(dir, &args.booth_id)?;
            println!(
                "demo PKI written: CA {}, booth certificate {} and key {} (booth id {})",
                files.ca_cert.display(),
                files.booth_cert.display(),
                files.booth_key.display(),
                args.booth_id
            );
            (pki.server_tls(), true)
        }
        (None, Some(ca), Some(cert), Some(key)) => {
            (ServerTls::from_files(ca, cert, key)?, args.demo_forms)
        }
        _ => return Err(USAGE.into()),
    };
    let cfg = ServerConfig {
        db_path: args.db,
        tls,
        seed_demo_forms: seed,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.listen).await?;
        println!(
            "intake server listening on https://{}",
            listener.local_addr()?
        );
        // Runs until the process is stopped; SQLite (WAL) makes that safe at any moment.
        serve(listener, cfg, std::future::pending::<()>()).await?;
        Ok::<(), Box<dyn std::error::Error>>(())
    })
}
