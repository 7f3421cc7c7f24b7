//! `myna-booth print-slip --sample [--lang L] [--out FILE]`: renders a sample slip (a fake receipt
//! number and the demo form's masked ID, never a real application), writes the PDF, and prints it
//! when kiosk-config names a CUPS or ESC/POS printer. (The operator's test print goes through the
//! kiosk's slip worker instead: `workers::PrintWorker::test_print`.)

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};

use super::{Backend, BoothInfo, PrintStatus, SlipFonts, SlipPrinter};
use crate::config::{self, PrinterBackend};
use crate::domain::ApplicationId;
use crate::flow::{SlipPurpose, SlipRequest, SubmitOutcome};
use crate::i18n::{Lang, Localizer};
use crate::workers::DEMO_FORM_ID;

/// The receipt number of every sample slip: obviously not a real one.
pub const SAMPLE_RECEIPT: &str = "SAMPLE-0000-0001";

const USAGE: &str = "usage: myna-booth print-slip --sample [--lang L] [--out FILE]";

/// A sample slip request in `lang`: the demo form's masked ID and [`SAMPLE_RECEIPT`].
pub fn sample_request(lang: Lang) -> anyhow::Result<SlipRequest> {
    let id = ApplicationId::from_qr_payload(DEMO_FORM_ID)
        .map_err(|e| anyhow::anyhow!("demo form ID: {e:?}"))?;
    Ok(SlipRequest {
        purpose: SlipPurpose::Application,
        language: lang,
        masked_id: id.masked(),
        outcome: SubmitOutcome::Sent {
            receipt: SAMPLE_RECEIPT.to_owned(),
        },
        signing_certificate: true,
        auth_certificate: true,
        braille: false,
    })
}

struct Args {
    lang: Lang,
    out: Option<PathBuf>,
}

fn parse(args: &[String]) -> anyhow::Result<Args> {
    let mut sample = false;
    let mut lang = Lang::Ja;
    let mut out = None;
    let mut it = args.iter().skip_while(|a| a.as_str() == "print-slip");
    while let Some(a) = it.next() {
        match a.as_str() {
            "--sample" => sample = true,
            "--lang" => {
                let value = it.next().context("--lang needs a language, e.g. en")?;
                lang = value.parse()?;
            }
            "--out" => out = Some(PathBuf::from(it.next().context("--out needs a FILE")?)),
            "-h" | "--help" => bail!("{USAGE}"),
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    if !sample {
        bail!("only sample slips can be printed from the command line\n{USAGE}");
    }
    Ok(Args { lang, out })
}

/// Runs the `print-slip` subcommand (`args` may start with `print-slip` itself).
pub fn print_slip_command(args: &[String]) -> anyhow::Result<ExitCode> {
    let args = parse(args)?;
    let loc = Arc::new(Localizer::load()?);
    let fonts = Arc::new(SlipFonts::load()?);
    let cfg = match config::load(&config::default_path()) {
        Ok(cfg) => Some(cfg),
        Err(e) => {
            eprintln!("print-slip: no usable kiosk-config ({e}); the slip is only written");
            None
        }
    };
    let booth = cfg.as_ref().map_or_else(
        || BoothInfo {
            booth_id: "sample-booth".to_owned(),
            location: "Sample".to_owned(),
        },
        |c| BoothInfo {
            booth_id: c.booth.id.clone(),
            location: c.booth.location.clone(),
        },
    );
    let offset = cfg
        .as_ref()
        .map_or(config::BoothConfig::DEFAULT_UTC_OFFSET_MINUTES, |c| {
            c.booth.utc_offset_minutes
        });
    let paper_mm = cfg
        .as_ref()
        .map_or(config::PrinterConfig::DEFAULT_PAPER_WIDTH_MM, |c| {
            c.printer.paper_width_mm
        });
    let time = crate::workers::local_time(offset);
    let req = sample_request(args.lang)?;

    let renderer = SlipPrinter::new(loc.clone(), fonts.clone(), paper_mm as f32, Backend::None);
    let pdf = renderer.render(&req, &booth, &time)?;
    let out = args
        .out
        .unwrap_or_else(|| PathBuf::from(format!("sample-slip-{}.pdf", args.lang.code())));
    std::fs::write(&out, &pdf).with_context(|| format!("writing {}", out.display()))?;
    println!("print-slip: wrote {} ({} bytes)", out.display(), pdf.len());

    let Some(cfg) = cfg else {
        return Ok(ExitCode::SUCCESS);
    };
    if !matches!(
        cfg.printer.backend,
        PrinterBackend::Cups | PrinterBackend::Escpos
    ) {
        println!(
            "print-slip: printer backend is {}: nothing printed",
            cfg.printer.backend
        );
        return Ok(ExitCode::SUCCESS);
    }
    let printer = SlipPrinter::from_config(&cfg.printer, loc)?;
    let status = printer.deliver(Some(SAMPLE_RECEIPT), &pdf);
    println!("print-slip: {}", status.as_str());
    Ok(match status {
        PrintStatus::Printed => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    })
}
