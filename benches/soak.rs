//! `cargo bench --bench soak [-- N]`: the soak of issue 7. N scripted demo sessions (default
//! 1000) through the real booth in one process — the UI driven by visible labels as in
//! `tests/journey.rs`, the workers, the outbox and the in-process demo intake server — each
//! keypad ID, birth date, photo, send, slip, finish, goodbye. Prints a markdown table: resident
//! memory (VmRSS) after a warm-up session and at the end, its growth, sessions per minute.
//! Every 10th session walks away instead (inactivity reset), every 10th starts over.
//!
//! The booth sends over HTTPS to the reference intake server in its own process, as a booth in
//! service sends to a remote server: in demo mode the server would run inside the booth's
//! process, and its store grows with every application it keeps (its SQLite page cache alone
//! grew by 10 MB over 400 sessions under heaptrack), which is the server's memory, not the
//! booth's. The server's own resident memory is reported beside the booth's.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use myna_booth::camera::CameraStatus;
use myna_booth::flow::Screen;
use myna_booth::i18n::Lang;
use support::TestBooth;

const FORM_IDS: [&str; 2] = ["20261121000000000067890", "20261121000000000011111"];

/// A number from /proc/self/status (`VmRSS` in KiB, `Threads`, ...).
fn status_value(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.split(':').next() == Some(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resident memory of this process in KiB.
fn rss_kib() -> Option<u64> {
    status_value("VmRSS")
}

/// Open file descriptors of this process.
fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count())
}

/// The reference intake server (`intake-server`) in its own process, with a throw-away PKI.
struct IntakeServer {
    child: std::process::Child,
    dir: tempfile::TempDir,
    addr: std::net::SocketAddr,
}

impl IntakeServer {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("server dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_intake-server"))
            .arg("--listen")
            .arg(addr.to_string())
            .arg("--db")
            .arg(dir.path().join("intake.sqlite3"))
            .arg("--generate-demo-pki")
            .arg(dir.path().join("pki"))
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("intake-server starts");
        let deadline = Instant::now() + std::time::Duration::from_secs(20);
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "intake-server never listened");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Self { child, dir, addr }
    }

    /// The booth's `[intake]` pointing at this server.
    fn configure(&self, cfg: &mut myna_booth::config::KioskConfig) {
        let pki = self.dir.path().join("pki");
        cfg.intake.mode = myna_booth::config::IntakeMode::Https;
        cfg.intake.url = Some(format!("https://{}", self.addr));
        cfg.intake.ca_cert = Some(pki.join("ca.pem"));
        cfg.intake.client_cert = Some(pki.join("booth.pem"));
        cfg.intake.client_key = Some(pki.join("booth-key.pem"));
    }

    /// The server's resident memory in KiB.
    fn rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }
}

impl Drop for IntakeServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn back_to_attract(b: &mut TestBooth) {
    let goodbye = u64::from(b.config.timeouts.goodbye_s) * 1000;
    b.clock.advance(goodbye + 1000);
    b.harness.run();
    b.lang = b.config.ui.default_language;
}

/// Takes the photo, again if a capture failed (the portrait scene not yet on camera).
fn take_photo(b: &mut TestBooth, n: usize) {
    for _ in 0..10 {
        b.wait_until("the camera", |b| {
            !b.harness.state().session().camera_fault()
                && matches!(
                    b.harness.state().services().camera().status(),
                    CameraStatus::Live { .. }
                )
        });
        b.tap("photo-take");
        b.wait_until("the capture", |b| {
            b.screen() == Screen::Review || !b.harness.state().session().photo().capturing
        });
        if b.screen() == Screen::Review {
            return;
        }
        let s = b.harness.state().session();
        eprintln!(
            "soak: session {n}: no photo (failed: {}, camera: {:?}), taking it again",
            s.photo().failed,
            b.harness.state().services().camera().status()
        );
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    panic!("session {n}: no photo after 10 tries");
}

/// One session; `n` picks its form and how it ends.
fn session(b: &mut TestBooth, n: usize) {
    b.go_to_details_typed(Lang::En, FORM_IDS[n % FORM_IDS.len()]);
    b.pick_birth_date("19850412");
    b.tap("details-continue");
    take_photo(b, n);
    match n % 10 {
        3 => {
            let idle = u64::from(
                b.config.timeouts.inactivity_warning_s + b.config.timeouts.inactivity_reset_s,
            ) * 1000;
            b.clock.advance(idle);
            b.harness.run();
            b.clock.advance(idle);
            b.harness.run();
            b.lang = b.config.ui.default_language;
        }
        7 => {
            b.tap("topbar-start-over");
            b.tap("start-over-yes");
            b.lang = b.config.ui.default_language;
        }
        _ => {
            b.tap("review-use");
            b.tap("confirm-send");
            b.wait_for(Screen::Slip);
            b.wait_until("the slip", |b| {
                b.harness.state().session().print_outcome().is_some()
            });
            b.tap("slip-finish");
            back_to_attract(b);
        }
    }
    assert_eq!(
        b.screen(),
        Screen::Attract,
        "session {n} ended on the attract screen"
    );
}

fn main() {
    let sessions: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    // Warnings and errors on stderr (the booth's own format), to see why a step failed.
    {
        use tracing_subscriber::prelude::*;
        tracing_subscriber::registry()
            .with(tracing_subscriber::EnvFilter::new("warn"))
            .with(myna_booth::logging::file_layer(std::io::stderr))
            .init();
    }
    let server = IntakeServer::start();
    let mut b = TestBooth::start_with(|cfg| server.configure(cfg));
    let at_boot = rss_kib().unwrap_or(0);
    // A warm-up session: fonts, glyph atlases, models and pools reach their working size.
    session(&mut b, 0);
    let start = rss_kib().unwrap_or(0);
    let server_start = server.rss_kib().unwrap_or(0);
    let t0 = Instant::now();
    let mut peak = start;
    let report_every = (sessions / 10).max(1);
    for n in 1..=sessions {
        session(&mut b, n);
        peak = peak.max(rss_kib().unwrap_or(0));
        if n % report_every == 0 {
            eprintln!(
                "soak: {n}/{sessions} sessions, RSS {} MiB, {} threads, {} open files",
                rss_kib().unwrap_or(0) / 1024,
                status_value("Threads").unwrap_or(0),
                open_fds()
            );
        }
    }
    let elapsed = t0.elapsed();
    let end = rss_kib().unwrap_or(0);
    let growth = if start > 0 {
        (end as f64 - start as f64) * 100.0 / start as f64
    } else {
        f64::NAN
    };
    let per_min = sessions as f64 / elapsed.as_secs_f64() * 60.0;
    let mib = |k: u64| k as f64 / 1024.0;
    println!("| measure | value |");
    println!("|---|---|");
    println!("| sessions (8 sent, 1 walk-away, 1 start-over per 10) | {sessions} |");
    println!("| RSS after start-up | {:.1} MiB |", mib(at_boot));
    println!(
        "| RSS after warm-up session (start) | {:.1} MiB |",
        mib(start)
    );
    println!("| RSS at end | {:.1} MiB |", mib(end));
    println!("| RSS peak | {:.1} MiB |", mib(peak));
    println!("| growth start → end | {growth:+.1} % |");
    println!(
        "| intake server's RSS (its own process), start → end | {:.1} → {:.1} MiB |",
        mib(server_start),
        mib(server.rss_kib().unwrap_or(0))
    );
    println!("| time | {:.1} s |", elapsed.as_secs_f64());
    println!("| sessions per minute | {per_min:.0} |");
}
