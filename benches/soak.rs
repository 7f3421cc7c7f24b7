//! `cargo bench --bench soak [-- N]`: the soak of issue 7. N scripted demo sessions (default
//! 1000) through the real booth in one process — the UI driven by visible labels as in
//! `tests/journey.rs`, the workers, the outbox and the in-process demo intake server — each
//! keypad ID, birth date, photo, send, slip, finish, goodbye. Prints a markdown table: resident
//! memory (VmRSS) after a warm-up session and at the end, its growth, sessions per minute.
//! Every 10th session walks away instead (inactivity reset), every 10th starts over.

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
    let line = status
        .lines()
        .find(|l| l.split(':').next() == Some(key))?;
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
    let mut b = TestBooth::start();
    let at_boot = rss_kib().unwrap_or(0);
    // A warm-up session: fonts, glyph atlases, models and pools reach their working size.
    session(&mut b, 0);
    let start = rss_kib().unwrap_or(0);
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
    println!("| time | {:.1} s |", elapsed.as_secs_f64());
    println!("| sessions per minute | {per_min:.0} |");
}
