//! The confirmation slip: what it says, and (walking skeleton) saving it as a text file.
//!
//! The slip never carries a name, address, birth date or photo: only the masked application
//! form ID, the receipt number, the status as known, the choices made and the next steps. The
//! printed PDF / thermal versions come with issue 6; until then the slip is saved as a file and
//! the screen says so.

use std::fs;
use std::path::{Path, PathBuf};

use crate::flow::{SlipRequest, SubmitOutcome};
use crate::i18n::{Lang, Localizer};

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

/// The slip's text in one language.
pub fn render_lines(
    loc: &Localizer,
    lang: Lang,
    req: &SlipRequest,
    booth: &BoothInfo,
    local_time: &str,
) -> Vec<String> {
    let t = |id: &str| loc.text(lang, id);
    let yes_no = |on: bool| t(if on { "confirm-yes" } else { "confirm-no" });
    let status = match &req.outcome {
        SubmitOutcome::Sent { .. } => t("slip-sent"),
        SubmitOutcome::Queued { .. } => t("slip-queued"),
        SubmitOutcome::DemoSaved { .. } => t("submit-demo-note"),
        SubmitOutcome::Failed => t("submit-failed"),
    };
    vec![
        t("app-name"),
        t("slip-title"),
        format!("{}: {}", t("slip-date"), local_time),
        format!(
            "{}: {} ({})",
            t("slip-booth"),
            booth.location,
            booth.booth_id
        ),
        format!("{}: {}", t("confirm-id"), req.masked_id),
        format!(
            "{}: {}",
            t("slip-receipt"),
            req.outcome.receipt().unwrap_or("-")
        ),
        status,
        format!(
            "{}: {}",
            t("confirm-cert-signing"),
            yes_no(req.signing_certificate)
        ),
        format!(
            "{}: {}",
            t("confirm-cert-auth"),
            yes_no(req.auth_certificate)
        ),
        format!("{}: {}", t("confirm-braille"), yes_no(req.braille)),
        t("slip-next-steps"),
        t("slip-call-centre"),
    ]
}

/// The whole slip: the user's language, then Japanese (for city-office staff) if different.
pub fn render_text(
    loc: &Localizer,
    req: &SlipRequest,
    booth: &BoothInfo,
    local_time: &str,
) -> String {
    let mut out = render_lines(loc, req.language, req, booth, local_time).join("\n");
    if req.language != Lang::Ja {
        out.push_str("\n\n");
        out.push_str(&render_lines(loc, Lang::Ja, req, booth, local_time).join("\n"));
    }
    out.push('\n');
    out
}

/// Saves slips as text files named by receipt number (never by anything personal).
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

    pub fn save(&self, receipt: &str, text: &str) -> Result<PathBuf, SlipError> {
        let err = |source| SlipError {
            dir: self.dir.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(err)?;
        let safe: String = receipt
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let path = self.dir.join(format!("slip-{safe}.txt"));
        fs::write(&path, text).map_err(err)?;
        Ok(path)
    }
}
