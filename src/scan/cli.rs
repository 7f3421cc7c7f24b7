//! `myna-booth decode-qr [--json] IMAGE...`: decodes still images with exactly the kiosk's
//! QR pipeline ([`decode_qr`]) and prints, per image, what was read and how long decoding took.
//!
//! Operators use it to test a camera with their own test forms, and we use it to measure, so
//! unlike the kiosk (which never logs a payload) it prints the payload it reads.
//!
//! Plain output, one line per image: `PATH: PAYLOAD (12.3 ms)` or `PATH: no code read (…)`.
//! With `--json`, one object per line: `{"image": PATH, "payload": STRING or null, "ms": NUMBER}`,
//! where `ms` is the decode time of that image on one thread (loading the file not included).
//! An image that cannot be read is reported on stderr, the other images are still decoded, and
//! the exit status is 1 at the end.

use std::io::Write as _;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, bail};

use crate::scan::decoder::{DecodeOutcome, decode_qr};

const USAGE: &str = "usage: myna-booth decode-qr [--json] IMAGE...  (PNG or JPEG)";

/// Runs the subcommand with the arguments that follow `decode-qr`.
pub fn decode_qr_command(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut json = false;
    let mut paths = Vec::new();
    let mut options_done = false;
    for arg in args {
        match arg.as_str() {
            "--" if !options_done => options_done = true,
            "--json" if !options_done => json = true,
            "-h" | "--help" if !options_done => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            other if !options_done && other.starts_with('-') => {
                bail!("decode-qr: unknown option {other:?}\n{USAGE}")
            }
            _ => paths.push(arg.as_str()),
        }
    }
    if paths.is_empty() {
        bail!("decode-qr: no image given\n{USAGE}");
    }

    let mut failed = 0usize;
    let mut out = std::io::stdout().lock();
    for path in paths {
        let grey = match image::open(path) {
            Ok(image) => image.to_luma8(),
            Err(e) => {
                eprintln!("myna-booth decode-qr: {path}: cannot read the image: {e}");
                failed += 1;
                continue;
            }
        };
        let started = Instant::now();
        let outcome = decode_qr(&grey);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let line = if json {
            json_line(path, &outcome, ms)?
        } else {
            plain_line(path, &outcome, ms)
        };
        writeln!(out, "{line}").context("writing to stdout")?;
    }
    out.flush().context("writing to stdout")?;
    if failed > 0 {
        eprintln!("myna-booth decode-qr: {failed} image(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn payload(outcome: &DecodeOutcome) -> Option<&str> {
    match outcome {
        DecodeOutcome::Payload(text) => Some(text),
        _ => None,
    }
}

/// One line of `--json` output, fields in the documented order.
#[derive(serde::Serialize)]
struct JsonLine<'a> {
    image: &'a str,
    payload: Option<&'a str>,
    ms: f64,
}

fn json_line(path: &str, outcome: &DecodeOutcome, ms: f64) -> anyhow::Result<String> {
    let line = JsonLine {
        image: path,
        payload: payload(outcome),
        ms: (ms * 1000.0).round() / 1000.0,
    };
    serde_json::to_string(&line).context("encoding JSON")
}

fn plain_line(path: &str, outcome: &DecodeOutcome, ms: f64) -> String {
    let what = match outcome {
        DecodeOutcome::Payload(text) => text.clone(),
        DecodeOutcome::SeenUnreadable => "no code read (a code is in view but unreadable)".into(),
        DecodeOutcome::Nothing => "no code read (none found)".into(),
        DecodeOutcome::DecoderPanicked => "no code read (the decoder failed on this image)".into(),
    };
    format!("{path}: {what} ({ms:.1} ms)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_have_the_three_fields() {
        let line = json_line(
            "a \"quoted\" path.png",
            &DecodeOutcome::Payload("x".into()),
            1.23456,
        )
        .expect("json");
        let value: serde_json::Value = serde_json::from_str(&line).expect("valid JSON");
        assert_eq!(value["image"], "a \"quoted\" path.png");
        assert_eq!(value["payload"], "x");
        assert_eq!(value["ms"], 1.235);
        assert!(line.starts_with("{\"image\":"), "{line}");
        assert!(line.find("\"payload\"") < line.find("\"ms\""), "{line}");
        let none = json_line("b.png", &DecodeOutcome::Nothing, 0.5).expect("json");
        let value: serde_json::Value = serde_json::from_str(&none).expect("valid JSON");
        assert!(value["payload"].is_null());
    }

    #[test]
    fn plain_lines_say_what_happened() {
        assert_eq!(
            plain_line("f.png", &DecodeOutcome::Nothing, 2.0),
            "f.png: no code read (none found) (2.0 ms)"
        );
        assert!(plain_line("f.png", &DecodeOutcome::SeenUnreadable, 2.0).contains("unreadable"));
    }

    #[test]
    fn bad_arguments_are_refused_and_missing_files_fail_at_the_end() {
        assert!(decode_qr_command(&[]).is_err());
        assert!(decode_qr_command(&["--jsn".into()]).is_err());
        let code = decode_qr_command(&["/nonexistent/form.png".into()]).expect("runs");
        assert_eq!(code, ExitCode::from(1));
    }
}
