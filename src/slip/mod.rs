//! The confirmation slip: what it says, how it is drawn, and how it reaches paper.
//!
//! The slip never carries a name, address, birth date or photo: only the masked application
//! form ID, the receipt number, the status as known, the choices made, the next steps and the
//! call-centre numbers. [`slip_content`] decides what the slip says (in the user's language and
//! in Japanese); [`pdf`] lays it out as a PDF with krilla; [`raster`] renders that same PDF into a
//! 1-bit bitmap for thermal printers; [`cups`] prints the PDF over IPP, [`escpos`] sends the
//! bitmap to a raw ESC/POS printer, [`FileSlipPrinter`] writes the PDF into a folder (demo);
//! [`SlipPrinter`] picks one from kiosk-config and says how the printer is ([`PrinterCondition`]).

pub mod cli;
pub mod cups;
pub mod escpos;
pub mod pdf;
pub mod raster;

use std::fs;
use std::path::{Path, PathBuf};

use std::sync::Arc;
use std::time::Duration;

use crate::config::{PrinterBackend, PrinterConfig};
use crate::flow::{PrintOutcome, SlipPurpose, SlipRequest, SubmitOutcome};
use crate::i18n::{Lang, Localizer};

/// A no-break space: keeps the masked application ID on one line of the slip.
const NO_BREAK: &str = "\u{a0}";

pub use cups::{CupsError, CupsPrinter};
pub use escpos::{EscposError, EscposPrinter};
pub use pdf::{PdfError, SlipFonts, render_pdf};
pub use raster::{Bitmap, RasterError, rasterize_pdf};

/// Facts about the booth printed on every slip.
#[derive(Debug, Clone)]
pub struct BoothInfo {
    pub booth_id: String,
    pub location: String,
}

#[derive(Debug, thiserror::Error)]
#[error("could not save the slip in {dir}: {source}")]
pub struct SlipError {
    pub dir: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// The `file` backend: saves slip PDFs named by receipt number (never by anything personal).
#[derive(Debug, Clone)]
pub struct FileSlipPrinter {
    dir: PathBuf,
}

impl FileSlipPrinter {
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
        }
    }

    /// Whether slips can be saved: the folder exists (or is made) and takes a file.
    pub fn writable(&self) -> Result<(), SlipError> {
        let err = |source| SlipError {
            dir: self.dir.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(err)?;
        let probe = self.dir.join(".myna-booth-write-check");
        fs::write(&probe, b"").map_err(err)?;
        fs::remove_file(&probe).map_err(err)
    }

    /// Saves a slip PDF as `slip-<receipt>.pdf` (or a random name when there is no receipt).
    pub fn save_pdf(&self, receipt: Option<&str>, pdf: &[u8]) -> Result<PathBuf, SlipError> {
        let err = |source| SlipError {
            dir: self.dir.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(err)?;
        let safe: String = receipt
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let name = if safe.is_empty() {
            format!("slip-unnumbered-{}.pdf", uuid::Uuid::new_v4().simple())
        } else {
            format!("slip-{safe}.pdf")
        };
        let path = self.dir.join(name);
        fs::write(&path, pdf).map_err(err)?;
        Ok(path)
    }
}

/// How a paragraph of the slip is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The booth's name, centred.
    Heading,
    /// The slip's title, centred and large.
    Title,
    /// The status of the application: slightly larger than the body.
    Status,
    Body,
    /// The call-centre hours.
    Small,
}

/// One piece of the slip, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph in `lang` (which picks the CJK glyph forms); wrapped to the paper width.
    Text {
        lang: Lang,
        style: Style,
        text: String,
    },
    /// A thin line between the user's language and Japanese.
    Rule,
    /// A QR code carrying only `payload` (the receipt number), with the number printed below.
    Qr { payload: String },
}

/// Everything the slip says, in drawing order. Never holds personal data (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlipContent {
    pub blocks: Vec<Block>,
}

impl SlipContent {
    /// Every text of the slip, one block per line (for tests and logs-free checks).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Text { text, .. } => out.push_str(text),
                Block::Rule => out.push_str("----"),
                Block::Qr { payload } => out.push_str(payload),
            }
            out.push('\n');
        }
        out
    }
}

/// The call-centre hours of design §2, written with each language's own name so that they need
/// no translation: the numbers themselves are in every locale's `slip-call-centre`.
const CALL_CENTRE_HOURS: [&str; 4] = [
    "0120-0178-27",
    "English · 中文 · 한국어 · Español · Português: 24h",
    "ภาษาไทย · नेपाली · Bahasa Indonesia: 9:00–18:00",
    "Tiếng Việt · Tagalog: 10:00–19:00",
];

fn language_blocks(
    loc: &Localizer,
    lang: Lang,
    req: &SlipRequest,
    booth: &BoothInfo,
    local_time: &str,
) -> Vec<Block> {
    let t = |id: &str| loc.text(lang, id);
    let yes_no = |on: bool| t(if on { "confirm-yes" } else { "confirm-no" });
    let text = |style: Style, text: String| Block::Text { lang, style, text };
    let status = match &req.outcome {
        SubmitOutcome::Sent { .. } => t("slip-sent"),
        SubmitOutcome::Queued { .. } => t("slip-queued"),
        SubmitOutcome::DemoSaved { .. } => t("submit-demo-note"),
        SubmitOutcome::Failed => t("submit-failed"),
    };
    let booth_text = if booth.location.trim().is_empty() {
        booth.booth_id.clone()
    } else {
        format!("{} ({})", booth.location, booth.booth_id)
    };
    let id_line = text(
        Style::Body,
        format!(
            "{}: {}",
            t("confirm-id"),
            req.masked_id.replace(' ', NO_BREAK)
        ),
    );
    if req.purpose == SlipPurpose::CallAboutHeadCovering {
        // Nothing was sent: whom to call, with which ID; no receipt, status or choices.
        return vec![
            text(Style::Heading, t("app-name")),
            text(Style::Title, t("covering-slip-title")),
            text(Style::Body, format!("{}: {}", t("slip-date"), local_time)),
            text(Style::Body, format!("{}: {}", t("slip-booth"), booth_text)),
            id_line,
            text(Style::Status, t("covering-slip-body")),
            text(Style::Body, t("slip-call-centre")),
        ];
    }
    vec![
        text(Style::Heading, t("app-name")),
        text(Style::Title, t("slip-title")),
        text(Style::Body, format!("{}: {}", t("slip-date"), local_time)),
        text(Style::Body, format!("{}: {}", t("slip-booth"), booth_text)),
        id_line,
        text(
            Style::Body,
            format!(
                "{}: {}",
                t("slip-receipt"),
                req.outcome.receipt().unwrap_or("-")
            ),
        ),
        text(Style::Status, status),
        text(
            Style::Body,
            format!(
                "{}: {}",
                t("confirm-cert-signing"),
                yes_no(req.signing_certificate)
            ),
        ),
        text(
            Style::Body,
            format!(
                "{}: {}",
                t("confirm-cert-auth"),
                yes_no(req.auth_certificate)
            ),
        ),
        text(
            Style::Body,
            format!("{}: {}", t("confirm-braille"), yes_no(req.braille)),
        ),
        text(Style::Body, t("slip-next-steps")),
        text(Style::Body, t("slip-call-centre")),
    ]
}

/// What the slip says: the user's language, then Japanese (for city-office staff) when the
/// user's language is another (easy Japanese is Japanese to staff: no second copy), then the call-centre hours and the receipt's QR code.
pub fn slip_content(
    loc: &Localizer,
    req: &SlipRequest,
    booth: &BoothInfo,
    local_time: &str,
) -> SlipContent {
    let mut blocks = language_blocks(loc, req.language, req, booth, local_time);
    if !req.language.is_japanese() {
        blocks.push(Block::Rule);
        blocks.extend(language_blocks(loc, Lang::Ja, req, booth, local_time));
    }
    blocks.push(Block::Rule);
    for line in CALL_CENTRE_HOURS {
        blocks.push(Block::Text {
            lang: req.language,
            style: Style::Small,
            text: line.to_owned(),
        });
    }
    if let Some(receipt) = req.outcome.receipt() {
        blocks.push(Block::Qr {
            payload: receipt.to_owned(),
        });
    }
    SlipContent { blocks }
}

/// What became of one slip, precisely enough for the operator screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintStatus {
    /// The printer took the whole slip (CUPS: job completed; ESC/POS: bytes delivered).
    Printed,
    /// The `file` backend wrote the slip PDF here.
    SavedToFile(PathBuf),
    /// No printer is configured (`backend = "none"`).
    NoPrinter,
    /// The printer cannot be reached or is stopped.
    PrinterOffline,
    /// The printer reports that it has no paper.
    OutOfPaper,
    /// The printer did not finish within the deadline; the job was cancelled.
    TimedOut,
    /// Anything else; the text never holds personal data.
    Failed(String),
}

impl PrintStatus {
    /// The outcome the flow understands: anything but a printed or saved slip is a failure, so
    /// the slip screen shows the receipt number and offers to call staff.
    pub fn to_flow(&self) -> PrintOutcome {
        match self {
            PrintStatus::Printed => PrintOutcome::Printed,
            PrintStatus::SavedToFile(_) => PrintOutcome::SavedToFile,
            PrintStatus::NoPrinter
            | PrintStatus::PrinterOffline
            | PrintStatus::OutOfPaper
            | PrintStatus::TimedOut
            | PrintStatus::Failed(_) => PrintOutcome::Failed,
        }
    }

    /// A short word for logs and the operator screen.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrintStatus::Printed => "printed",
            PrintStatus::SavedToFile(_) => "saved-to-file",
            PrintStatus::NoPrinter => "no-printer",
            PrintStatus::PrinterOffline => "printer-offline",
            PrintStatus::OutOfPaper => "out-of-paper",
            PrintStatus::TimedOut => "timed-out",
            PrintStatus::Failed(_) => "failed",
        }
    }
}

/// How the printer is, for the operator screen and the metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterCondition {
    /// It can print (the `file` backend: its folder can be written).
    Ready,
    /// It cannot be reached, is stopped, or did not finish a job in time.
    Offline,
    /// It reports that it has no paper.
    OutOfPaper,
    /// Anything else; the text never holds personal data.
    Error(String),
    /// `backend = "none"`.
    NotConfigured,
}

impl PrinterCondition {
    /// The condition a job's outcome shows.
    pub fn from_status(status: &PrintStatus) -> Self {
        match status {
            PrintStatus::Printed | PrintStatus::SavedToFile(_) => PrinterCondition::Ready,
            PrintStatus::NoPrinter => PrinterCondition::NotConfigured,
            PrintStatus::PrinterOffline | PrintStatus::TimedOut => PrinterCondition::Offline,
            PrintStatus::OutOfPaper => PrinterCondition::OutOfPaper,
            PrintStatus::Failed(detail) => PrinterCondition::Error(detail.clone()),
        }
    }

    /// A short word for logs and the metrics' `state` label.
    pub fn as_str(&self) -> &'static str {
        match self {
            PrinterCondition::Ready => "ok",
            PrinterCondition::Offline => "offline",
            PrinterCondition::OutOfPaper => "paper_out",
            PrinterCondition::Error(_) => "error",
            PrinterCondition::NotConfigured => "none",
        }
    }
}

/// The slip printer could not be set up from kiosk-config.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Fonts(#[from] pdf::FontLoadError),
    #[error("printer.cups_uri is needed for the cups backend")]
    NoCupsUri,
    #[error(transparent)]
    Cups(#[from] CupsError),
    #[error("printer.escpos_addr is needed for the escpos backend")]
    NoEscposAddr,
}

/// Where slips go.
#[derive(Debug, Clone)]
pub enum Backend {
    File(FileSlipPrinter),
    Cups(CupsPrinter),
    Escpos(EscposPrinter),
    None,
}

/// Renders slips and hands them to the configured printer. Build it once (it reads the fonts,
/// ~20 MB) and call [`SlipPrinter::print`] from the slip worker: it blocks for at most the
/// printer's deadline and never panics on printer or network trouble.
#[derive(Debug, Clone)]
pub struct SlipPrinter {
    loc: Arc<Localizer>,
    fonts: Arc<SlipFonts>,
    paper_width_mm: f32,
    backend: Backend,
}

/// How long a printer may take to finish a slip before the job is cancelled.
pub const DEFAULT_PRINT_DEADLINE: Duration = Duration::from_secs(20);

impl SlipPrinter {
    /// The printer of `[printer]` in kiosk-config, with Debian's Noto fonts.
    pub fn from_config(cfg: &PrinterConfig, loc: Arc<Localizer>) -> Result<Self, SetupError> {
        Self::from_config_with_deadline(cfg, loc, DEFAULT_PRINT_DEADLINE)
    }

    /// [`SlipPrinter::from_config`] with another time limit for one slip (tests).
    pub fn from_config_with_deadline(
        cfg: &PrinterConfig,
        loc: Arc<Localizer>,
        deadline: Duration,
    ) -> Result<Self, SetupError> {
        let backend = match cfg.backend {
            PrinterBackend::File => Backend::File(FileSlipPrinter::new(&cfg.file_dir)),
            PrinterBackend::Cups => {
                let uri = cfg.cups_uri.as_deref().ok_or(SetupError::NoCupsUri)?;
                Backend::Cups(CupsPrinter::new(uri, deadline)?)
            }
            PrinterBackend::Escpos => {
                let addr = cfg.escpos_addr.as_deref().ok_or(SetupError::NoEscposAddr)?;
                Backend::Escpos(EscposPrinter::new(addr, cfg.paper_width_mm, deadline))
            }
            PrinterBackend::None => Backend::None,
        };
        Ok(Self::new(
            loc,
            Arc::new(SlipFonts::load()?),
            cfg.paper_width_mm as f32,
            backend,
        ))
    }

    /// A printer from parts (tests, the `print-slip` command).
    pub fn new(
        loc: Arc<Localizer>,
        fonts: Arc<SlipFonts>,
        paper_width_mm: f32,
        backend: Backend,
    ) -> Self {
        Self {
            loc,
            fonts,
            paper_width_mm,
            backend,
        }
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// The slip as a PDF.
    pub fn render(
        &self,
        req: &SlipRequest,
        booth: &BoothInfo,
        local_time: &str,
    ) -> Result<Vec<u8>, PdfError> {
        let content = slip_content(&self.loc, req, booth, local_time);
        render_pdf(&content, &self.fonts, self.paper_width_mm)
    }

    /// Renders and prints one slip; the flow's outcome. See [`SlipPrinter::print_status`].
    pub fn print(&self, req: &SlipRequest, booth: &BoothInfo, local_time: &str) -> PrintOutcome {
        self.print_status(req, booth, local_time).to_flow()
    }

    /// Renders and prints one slip, reporting exactly what happened. Logs the outcome (never
    /// anything personal: the slip holds none, and only the status word is logged).
    pub fn print_status(
        &self,
        req: &SlipRequest,
        booth: &BoothInfo,
        local_time: &str,
    ) -> PrintStatus {
        let status = match self.render(req, booth, local_time) {
            Ok(pdf) => self.deliver(req.outcome.receipt(), &pdf),
            Err(e) => PrintStatus::Failed(e.to_string()),
        };
        match &status {
            PrintStatus::Printed | PrintStatus::SavedToFile(_) => {
                tracing::info!(status = status.as_str(), "slip done");
            }
            PrintStatus::Failed(detail) => {
                tracing::error!(status = status.as_str(), detail, "slip not printed");
            }
            _ => tracing::warn!(status = status.as_str(), "slip not printed"),
        }
        status
    }

    /// Asks the printer how it is, without printing; returns within a few seconds.
    pub fn check(&self) -> PrinterCondition {
        match &self.backend {
            Backend::File(files) => match files.writable() {
                Ok(()) => PrinterCondition::Ready,
                Err(e) => PrinterCondition::Error(e.to_string()),
            },
            Backend::Cups(cups) => match cups.printer_state() {
                Ok(state) => match cups::classify(&state, &cups::JobState::default()) {
                    None => PrinterCondition::Ready,
                    Some(status) => PrinterCondition::from_status(&status),
                },
                Err(CupsError::Ipp(_)) => PrinterCondition::Offline,
                Err(e) => PrinterCondition::Error(e.to_string()),
            },
            Backend::Escpos(printer) => PrinterCondition::from_status(&printer.status()),
            Backend::None => PrinterCondition::NotConfigured,
        }
    }

    /// Sends an already rendered slip PDF to the backend.
    pub fn deliver(&self, receipt: Option<&str>, pdf: &[u8]) -> PrintStatus {
        match &self.backend {
            Backend::File(files) => match files.save_pdf(receipt, pdf) {
                Ok(path) => PrintStatus::SavedToFile(path),
                Err(e) => PrintStatus::Failed(e.to_string()),
            },
            Backend::Cups(cups) => cups.print_pdf(pdf),
            Backend::Escpos(printer) => match rasterize_pdf(pdf, printer.width_dots()) {
                Ok(bitmap) => printer.print(&bitmap),
                Err(e) => PrintStatus::Failed(e.to_string()),
            },
            Backend::None => PrintStatus::NoPrinter,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A head-covering slip says whom to call with which (masked) ID, in the user's language
    /// and in Japanese, and nothing of an application that was never sent.
    #[test]
    fn a_head_covering_slip_gives_the_number_to_call_and_the_masked_id_only() {
        let loc = Localizer::load().expect("locales");
        let req = SlipRequest {
            purpose: SlipPurpose::CallAboutHeadCovering,
            language: Lang::En,
            masked_id: "1234 **** **** **** **** 765".to_owned(),
            outcome: SubmitOutcome::Failed,
            signing_certificate: true,
            auth_certificate: true,
            braille: false,
        };
        let booth = BoothInfo {
            booth_id: "booth-07".to_owned(),
            location: String::new(),
        };
        let content = slip_content(&loc, &req, &booth, "2026-11-21 10:00");
        let text = content.plain_text();
        for lang in [Lang::En, Lang::Ja] {
            for id in [
                "covering-slip-title",
                "covering-slip-body",
                "slip-call-centre",
            ] {
                assert!(text.contains(&loc.text(lang, id)), "{lang:?} {id}: {text}");
            }
            for id in [
                "slip-title",
                "slip-receipt",
                "confirm-cert-signing",
                "slip-sent",
            ] {
                assert!(!text.contains(&loc.text(lang, id)), "{lang:?} {id}: {text}");
            }
        }
        assert!(text.contains("1234\u{a0}****"), "{text}");
        assert!(text.contains("0120-95-0178") && text.contains("0120-0178-27"));
        assert!(!content.blocks.iter().any(|b| matches!(b, Block::Qr { .. })));
    }
}
