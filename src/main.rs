//! The `myna-booth` command: runs the kiosk, or checks a kiosk-config file.
//!
//! ```text
//! myna-booth [--config FILE]          run the kiosk (demo mode when no camera is found)
//! myna-booth check-config [FILE]      print every problem in a kiosk-config file
//! myna-booth check-photo [--json] IMAGE...   the photo checks on still images
//! ```

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, Result, bail};
use myna_booth::metrics::Metrics;
use myna_booth::operator::RecentErrors;
use myna_booth::ui::{BoothApp, OperatorSetup, SystemClock};
use myna_booth::{assemble, config};

fn main() -> std::process::ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("myna-booth: {e:#}");
            tracing::error!("start-up failed: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> Result<std::process::ExitCode> {
    let mut args = std::env::args().skip(1);
    let mut config_path = None;
    let mut command = None;
    let mut rest = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--config" => {
                config_path = Some(PathBuf::from(args.next().context("--config needs a FILE")?))
            }
            "-h" | "--help" => {
                println!(
                    "usage: myna-booth [--config FILE]\n       myna-booth check-config [FILE]\n       \
                     myna-booth decode-qr [--json] IMAGE...\n       \
                     myna-booth check-photo [--json] [--config FILE] IMAGE...\n       \
                     myna-booth print-slip --sample [--lang L] [--out FILE]\n       \
                     myna-booth hash-pin PIN"
                );
                return Ok(std::process::ExitCode::SUCCESS);
            }
            _ if command.is_none() && !a.starts_with('-') => command = Some(a),
            _ => rest.push(a),
        }
    }
    match command.as_deref() {
        None => run_kiosk(config_path.unwrap_or_else(config::default_path)),
        Some("check-config") => {
            let path = rest
                .first()
                .map(PathBuf::from)
                .or(config_path)
                .unwrap_or_else(config::default_path);
            Ok(check_config(&path))
        }
        Some("decode-qr") => myna_booth::scan::cli::decode_qr_command(&rest),
        Some("check-photo") => myna_booth::photo::cli::check_photo_command(&rest, config_path),
        Some("print-slip") => myna_booth::slip::cli::print_slip_command(&rest),
        Some("hash-pin") => hash_pin(&rest),
        Some(other) => bail!("unknown command {other:?}; try --help"),
    }
}

/// Prints the Argon2 hash of a PIN for kiosk-config's `operator.pin_hash`.
fn hash_pin(args: &[String]) -> Result<std::process::ExitCode> {
    let pin = args
        .first()
        .context("hash-pin needs the PIN (4 to 12 digits)")?;
    println!("{}", myna_booth::operator::hash_pin(pin)?);
    Ok(std::process::ExitCode::SUCCESS)
}

fn check_config(path: &std::path::Path) -> std::process::ExitCode {
    let problems = config::check(path);
    if problems.is_empty() {
        println!("{}: OK", path.display());
        return std::process::ExitCode::SUCCESS;
    }
    for p in &problems {
        println!("{p}");
    }
    std::process::ExitCode::from(1)
}

fn init_logging(
    data_dir: &std::path::Path,
    recent: &RecentErrors,
) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    use tracing_subscriber::{fmt, prelude::*};
    let filter = myna_booth::logging::filter();
    let logs = data_dir.join("logs");
    let file = std::fs::create_dir_all(&logs)
        .ok()
        .map(|()| tracing_appender::rolling::daily(&logs, "myna-booth.log"));
    let (file_layer, guard) = match file {
        Some(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            (Some(myna_booth::logging::file_layer(writer)), Some(guard))
        }
        None => (None, None),
    };
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt::layer().with_writer(std::io::stderr))
        .with(file_layer)
        .with(recent.layer())
        .init();
    guard
}

fn run_kiosk(path: PathBuf) -> Result<std::process::ExitCode> {
    let cfg = config::load(&path)?;
    let recent = RecentErrors::default();
    let _log_guard = init_logging(&cfg.booth.data_dir, &recent);
    myna_booth::logging::install_panic_hook();
    tracing::info!(booth = %cfg.booth.id, config = %path.display(), "starting");
    // Photo guide (issue 4): without the face models the booth still runs; say how to get them.
    if let Some(e) = myna_booth::face::models::missing_model(&myna_booth::face::models_dir()) {
        eprintln!("myna-booth: {e}");
        tracing::warn!("{e}");
    }
    let metrics = Metrics::new();
    if !cfg.operator.metrics_addr.is_empty() {
        // A booth without its metrics still serves users: log and go on.
        if let Err(e) = myna_booth::metrics::serve(&cfg.operator.metrics_addr, Arc::clone(&metrics))
        {
            tracing::error!(error = %e, "metrics endpoint not available");
        }
    }
    let setup = OperatorSetup {
        pin_hash: None,
        metrics,
        recent,
    };

    // Workers call this when something new is ready; it is filled once the window exists.
    let repaint: Arc<Mutex<Option<egui::Context>>> = Arc::default();
    let notify = {
        let repaint = Arc::clone(&repaint);
        Arc::new(move || {
            if let Ok(guard) = repaint.lock()
                && let Some(ctx) = guard.as_ref()
            {
                ctx.request_repaint();
            }
        })
    };
    let clock = Box::new(SystemClock::new(cfg.booth.utc_offset_minutes));
    let mut app = assemble::booth_app(&cfg, clock, notify, setup)?;
    if app.services().is_demo() {
        tracing::warn!("DEMO MODE: no camera found; the booth plays a generated scene");
        eprintln!("myna-booth: no camera found — running in DEMO MODE (the screen says so)");
    }

    let [w, h] = cfg.ui.screen_resolution;
    let viewport = egui::ViewportBuilder::default()
        .with_title("Myna Booth")
        .with_inner_size([w as f32, h as f32])
        .with_decorations(!cfg.ui.fullscreen)
        .with_fullscreen(cfg.ui.fullscreen);
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let hide_cursor = cfg.ui.hide_cursor;
    eframe::run_native(
        "myna-booth",
        options,
        Box::new(move |cc| {
            if let Ok(mut slot) = repaint.lock() {
                *slot = Some(cc.egui_ctx.clone());
            }
            app.setup_context(&cc.egui_ctx);
            Ok(Box::new(Kiosk { app, hide_cursor }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the kiosk window: {e}"))?;
    Ok(std::process::ExitCode::SUCCESS)
}

/// eframe's view of the booth.
struct Kiosk {
    app: BoothApp,
    hide_cursor: bool,
}

impl eframe::App for Kiosk {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // Lockdown: the window closes only through the operator screen.
        if self.app.exit_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        if self.hide_cursor && !self.app.operator_open() {
            ctx.set_cursor_icon(egui::CursorIcon::None);
        }
        self.app.ui(ui);
    }
}
