//! `myna-booth check-photo [--json] [--config FILE] IMAGE...`: runs exactly the kiosk's photo
//! analysis ([`PhotoAnalysis`]) on still images and prints every check's value and verdict,
//! the crop rectangle and the time taken.
//!
//! Plain output: a line `PATH: crop X,Y WxH (12.3 ms)` then one line per check. With `--json`,
//! one object per image per line:
//! `{"image": PATH, "checks": [{"id": ID, "value": NUMBER or null, "verdict": "pass" | "warn" |
//! "fail"}], "crop": [x, y, w, h] or null, "ms": NUMBER}`, ids as in design §3, `ms` the
//! analysis time of that image on one thread (loading the file not included).
//!
//! Thresholds come from `--config FILE`, else from `kiosk-config/booth.toml` when it exists,
//! else the defaults. An image that cannot be read is reported on stderr and the exit status
//! is 1 at the end; missing face models stop the command with how to get them.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context as _, bail};
use serde::Serialize;

use super::analysis::{Analyser, PhotoAnalysis};
use crate::config::{self, PhotoChecksConfig};

const USAGE: &str =
    "usage: myna-booth check-photo [--json] [--config FILE] IMAGE...  (PNG or JPEG)";

#[derive(Serialize)]
struct JsonCheck {
    id: &'static str,
    value: Option<f64>,
    verdict: &'static str,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    image: &'a str,
    checks: Vec<JsonCheck>,
    crop: Option<[u32; 4]>,
    ms: f64,
}

/// A value for JSON: rounded to 6 significant decimals, `None` when not finite.
fn json_number(v: Option<f32>) -> Option<f64> {
    let v = f64::from(v?);
    v.is_finite().then(|| (v * 1e6).round() / 1e6)
}

fn thresholds(explicit: Option<PathBuf>) -> anyhow::Result<PhotoChecksConfig> {
    match explicit {
        Some(path) => Ok(config::load(&path)?.photo.checks),
        None => {
            let path = config::default_path();
            if path.is_file() {
                Ok(config::load(&path)?.photo.checks)
            } else {
                Ok(PhotoChecksConfig::default())
            }
        }
    }
}

/// Runs the subcommand with the arguments that follow `check-photo`; `config_path` is the
/// `--config` the main command already took, if any.
pub fn check_photo_command(
    args: &[String],
    config_path: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let mut json = false;
    let mut config_path = config_path;
    let mut paths = Vec::new();
    let mut options_done = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--" if !options_done => options_done = true,
            "--json" if !options_done => json = true,
            "--config" if !options_done => {
                config_path = Some(PathBuf::from(it.next().context("--config needs a FILE")?));
            }
            "-h" | "--help" if !options_done => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            other if !options_done && other.starts_with('-') => {
                bail!("check-photo: unknown option {other:?}\n{USAGE}")
            }
            _ => paths.push(arg.as_str()),
        }
    }
    if paths.is_empty() {
        bail!("check-photo: no image given\n{USAGE}");
    }
    let cfg = thresholds(config_path)?;
    let mut analyser = Analyser::load_default().context("check-photo")?;

    let mut failed = 0usize;
    let mut out = std::io::stdout().lock();
    for path in paths {
        let image = match image::open(path) {
            Ok(image) => Arc::new(image.to_rgb8()),
            Err(e) => {
                eprintln!("myna-booth check-photo: {path}: cannot read the image: {e}");
                failed += 1;
                continue;
            }
        };
        let started = Instant::now();
        let frame = analyser.analyse_still(image)?;
        let analysis = PhotoAnalysis::judge(frame, &cfg, &[]);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let crop = analysis.crop.map(|c| [c.x, c.y, c.width, c.height]);
        if json {
            let line = JsonLine {
                image: path,
                checks: analysis
                    .results
                    .iter()
                    .map(|r| JsonCheck {
                        id: r.id.as_str(),
                        value: json_number(r.value),
                        verdict: r.verdict.as_str(),
                    })
                    .collect(),
                crop,
                ms: (ms * 1000.0).round() / 1000.0,
            };
            writeln!(out, "{}", serde_json::to_string(&line)?)?;
        } else {
            let crop_text = match crop {
                Some([x, y, w, h]) => format!("crop {x},{y} {w}x{h}"),
                None => "no crop".to_owned(),
            };
            writeln!(out, "{path}: {crop_text} ({ms:.1} ms)")?;
            for r in &analysis.results {
                let value = r
                    .value
                    .map_or_else(|| "-".to_owned(), |v| format!("{v:.4}"));
                writeln!(
                    out,
                    "  {:<20} {:>10}  {}",
                    r.id.as_str(),
                    value,
                    r.verdict.as_str()
                )?;
            }
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
