//! Printing the slip PDF over IPP to a CUPS queue, with a deadline.
//!
//! CUPS accepts a job for a printer it cannot reach and keeps it "processing" for ever
//! (design §6), so a job is followed: the printer's state first (a stopped printer or one out of
//! paper gets no job), then Print-Job, then Get-Job-Attributes every [`POLL_EVERY`] until the job
//! completes, fails, or the deadline passes; then the job is cancelled so that the slip of one
//! user never comes out for the next. The outcome says why, from the job's and the printer's
//! state reasons: offline, out of paper, or simply too slow.

use std::time::{Duration, Instant};

use ipp::prelude::*;

use super::PrintStatus;

/// How often the job's state is asked for.
pub const POLL_EVERY: Duration = Duration::from_millis(150);
/// Time limit of one IPP request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Time limit of the questions and the cancel after a job missed its deadline: the worker must
/// be free again soon after the deadline.
const AFTER_DEADLINE: Duration = Duration::from_secs(2);
/// The job name CUPS logs: never anything about the user.
const JOB_NAME: &str = "myna-booth slip";
const USER_NAME: &str = "myna-booth";

/// The CUPS queue could not be set up or asked.
#[derive(Debug, thiserror::Error)]
pub enum CupsError {
    #[error("invalid CUPS queue URI {uri:?}: {detail}")]
    Uri { uri: String, detail: String },
    #[error("IPP request could not be built: {0}")]
    Build(String),
    #[error("IPP request failed: {0}")]
    Ipp(String),
    #[error("the printer answered {0}")]
    Status(String),
    #[error("the printer's answer has no {0}")]
    Missing(&'static str),
    #[error("the IPP client could not start: {0}")]
    Runtime(String),
}

/// What the printer says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrinterState {
    /// 3 idle, 4 processing, 5 stopped.
    pub state: i32,
    pub reasons: Vec<String>,
    pub message: String,
    pub accepting: bool,
}

/// What CUPS says about a job.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JobState {
    /// 3 pending … 9 completed (RFC 8011).
    pub state: i32,
    pub reasons: Vec<String>,
}

/// Why a printer cannot print, from its and the job's state reasons; `None` when nothing points
/// at a hardware problem.
pub fn classify(printer: &PrinterState, job: &JobState) -> Option<PrintStatus> {
    let reasons = printer.reasons.iter().chain(job.reasons.iter());
    let mut offline = printer.state == 5 || !printer.accepting;
    for r in reasons {
        let r = r.as_str();
        if r.starts_with("media-empty") || r.starts_with("media-needed") {
            return Some(PrintStatus::OutOfPaper);
        }
        if r.starts_with("offline")
            || r.starts_with("connecting-to-device")
            || r.starts_with("shutdown")
            || r == "printer-stopped"
            || r.starts_with("timed-out")
            || r.starts_with("paused")
        {
            offline = true;
        }
    }
    let message = printer.message.to_ascii_lowercase();
    if message.contains("paper") && (message.contains("out") || message.contains("empty")) {
        return Some(PrintStatus::OutOfPaper);
    }
    if message.contains("unable to connect")
        || message.contains("not responding")
        || message.contains("unable to locate")
        || message.contains("offline")
        || message.contains("may not exist")
        || message.contains("unavailable")
        || message.contains("unreachable")
    {
        offline = true;
    }
    offline.then_some(PrintStatus::PrinterOffline)
}

/// A CUPS queue reached over IPP, e.g. `ipp://127.0.0.1:631/printers/slip`.
#[derive(Debug, Clone)]
pub struct CupsPrinter {
    uri: Uri,
    deadline: Duration,
}

fn keywords(value: &IppValue) -> Vec<String> {
    match value {
        IppValue::Array(items) => items.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    }
}

fn int(value: &IppValue) -> Option<i32> {
    match value {
        IppValue::Integer(i) | IppValue::Enum(i) => Some(*i),
        _ => None,
    }
}

impl CupsPrinter {
    /// A queue with a deadline for the whole print (state, submission, polling).
    pub fn new(uri: &str, deadline: Duration) -> Result<Self, CupsError> {
        let parsed: Uri = uri.parse().map_err(|e| CupsError::Uri {
            uri: uri.to_owned(),
            detail: format!("{e}"),
        })?;
        Ok(Self {
            uri: parsed,
            deadline,
        })
    }

    pub fn deadline(&self) -> Duration {
        self.deadline
    }

    /// Prints a PDF; returns within the deadline (plus one request timeout at worst).
    pub fn print_pdf(&self, pdf: &[u8]) -> PrintStatus {
        self.print(pdf, "application/pdf")
    }

    /// Prints bytes the printer understands as they are (e.g. ESC/POS through a raw queue).
    pub fn print_raw(&self, bytes: &[u8]) -> PrintStatus {
        self.print(bytes, "application/vnd.cups-raw")
    }

    /// The printer's state (for the operator screen); answers within one request timeout.
    pub fn printer_state(&self) -> Result<PrinterState, CupsError> {
        let runtime = runtime()?;
        let client = self.client();
        runtime.block_on(async {
            tokio::time::timeout(REQUEST_TIMEOUT, self.get_printer_state(&client))
                .await
                .map_err(|_| CupsError::Ipp("no answer within the deadline".to_owned()))?
        })
    }

    fn print(&self, document: &[u8], format: &str) -> PrintStatus {
        let runtime = match runtime() {
            Ok(rt) => rt,
            Err(e) => return PrintStatus::Failed(e.to_string()),
        };
        let client = self.client();
        let started = Instant::now();
        let job_id = std::sync::Mutex::new(None::<i32>);
        let outcome = runtime.block_on(async {
            tokio::time::timeout(
                self.deadline,
                self.print_and_follow(&client, document, format, &job_id),
            )
            .await
        });
        let job = job_id.lock().map(|g| *g).unwrap_or(None);
        match outcome {
            Ok(Ok(status)) => {
                if status != PrintStatus::Printed
                    && let Some(id) = job
                {
                    runtime.block_on(self.cancel(&client, id));
                }
                status
            }
            Ok(Err(e)) => {
                if let Some(id) = job {
                    runtime.block_on(self.cancel(&client, id));
                }
                match e {
                    CupsError::Ipp(_) => PrintStatus::PrinterOffline,
                    other => PrintStatus::Failed(other.to_string()),
                }
            }
            Err(_elapsed) => {
                tracing::warn!(
                    waited_ms = started.elapsed().as_millis() as u64,
                    "slip job past its deadline: cancelling"
                );
                // Why did it not finish? Ask once more, briefly, then cancel.
                let why = runtime.block_on(async {
                    let printer =
                        tokio::time::timeout(AFTER_DEADLINE, self.get_printer_state(&client)).await;
                    let job_state = match job {
                        Some(id) => {
                            tokio::time::timeout(AFTER_DEADLINE, self.get_job_state(&client, id))
                                .await
                                .ok()
                                .and_then(Result::ok)
                        }
                        None => None,
                    };
                    match printer {
                        Ok(Ok(p)) => classify(&p, &job_state.unwrap_or_default()),
                        _ => Some(PrintStatus::PrinterOffline),
                    }
                });
                if let Some(id) = job {
                    runtime.block_on(self.cancel(&client, id));
                }
                why.unwrap_or(PrintStatus::TimedOut)
            }
        }
    }

    fn client(&self) -> AsyncIppClient {
        // reqwest is built with rustls and no provider: install ring once (design §6).
        let _already = rustls::crypto::ring::default_provider().install_default();
        AsyncIppClient::builder(self.uri.clone())
            .request_timeout(REQUEST_TIMEOUT)
            .build()
    }

    async fn send(
        &self,
        client: &AsyncIppClient,
        op: impl Into<IppRequestResponse>,
    ) -> Result<IppRequestResponse, CupsError> {
        let resp = client
            .send(op)
            .await
            .map_err(|e| CupsError::Ipp(e.to_string()))?;
        let status = resp.header().status_code();
        if status.is_success() {
            Ok(resp)
        } else {
            Err(CupsError::Status(format!("{status:?}")))
        }
    }

    async fn get_printer_state(&self, client: &AsyncIppClient) -> Result<PrinterState, CupsError> {
        let op = IppOperationBuilder::get_printer_attributes(self.uri.clone())
            .attributes([
                "printer-state",
                "printer-state-reasons",
                "printer-state-message",
                "printer-is-accepting-jobs",
            ])
            .build()
            .map_err(|e| CupsError::Build(e.to_string()))?;
        let resp = self.send(client, op).await?;
        let group = resp
            .attributes()
            .groups_of(DelimiterTag::PrinterAttributes)
            .next()
            .ok_or(CupsError::Missing("printer attributes"))?;
        let get = |name: &str| group.get(name).map(IppAttribute::value);
        Ok(PrinterState {
            state: get("printer-state")
                .and_then(int)
                .ok_or(CupsError::Missing("printer-state"))?,
            reasons: get("printer-state-reasons")
                .map(keywords)
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r != "none")
                .collect(),
            message: get("printer-state-message")
                .map(ToString::to_string)
                .unwrap_or_default(),
            accepting: !matches!(
                get("printer-is-accepting-jobs"),
                Some(IppValue::Boolean(false))
            ),
        })
    }

    async fn get_job_state(&self, client: &AsyncIppClient, id: i32) -> Result<JobState, CupsError> {
        let op = IppOperationBuilder::get_job_attributes(self.uri.clone(), id)
            .build()
            .map_err(|e| CupsError::Build(e.to_string()))?;
        let resp = self.send(client, op).await?;
        let group = resp
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .next()
            .ok_or(CupsError::Missing("job attributes"))?;
        Ok(JobState {
            state: group
                .get("job-state")
                .map(IppAttribute::value)
                .and_then(int)
                .ok_or(CupsError::Missing("job-state"))?,
            reasons: group
                .get("job-state-reasons")
                .map(|a| keywords(a.value()))
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r != "none")
                .collect(),
        })
    }

    async fn print_and_follow(
        &self,
        client: &AsyncIppClient,
        document: &[u8],
        format: &str,
        job_id: &std::sync::Mutex<Option<i32>>,
    ) -> Result<PrintStatus, CupsError> {
        let printer = self.get_printer_state(client).await?;
        if let Some(problem) = classify(&printer, &JobState::default()) {
            return Ok(problem);
        }
        let payload = IppPayload::new(std::io::Cursor::new(document.to_vec()));
        let op = IppOperationBuilder::print_job(self.uri.clone(), payload)
            .user_name(USER_NAME)
            .job_title(JOB_NAME)
            .document_format(format)
            .build()
            .map_err(|e| CupsError::Build(e.to_string()))?;
        let resp = self.send(client, op).await?;
        let id = resp
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .next()
            .and_then(|g| g.get("job-id"))
            .and_then(|a| int(a.value()))
            .ok_or(CupsError::Missing("job-id"))?;
        if let Ok(mut slot) = job_id.lock() {
            *slot = Some(id);
        }
        loop {
            let job = self.get_job_state(client, id).await?;
            match job.state {
                9 => return Ok(PrintStatus::Printed),
                7 | 8 => {
                    let printer = self.get_printer_state(client).await.unwrap_or_default();
                    return Ok(classify(&printer, &job).unwrap_or_else(|| {
                        PrintStatus::Failed(format!(
                            "job {} ({})",
                            if job.state == 7 {
                                "canceled"
                            } else {
                                "aborted"
                            },
                            job.reasons.join(", ")
                        ))
                    }));
                }
                _ => {}
            }
            // A stopped printer or one out of paper will not finish this job.
            let printer = self.get_printer_state(client).await?;
            if let Some(problem @ (PrintStatus::OutOfPaper | PrintStatus::PrinterOffline)) =
                classify(&printer, &JobState::default())
                && printer.state == 5
            {
                return Ok(problem);
            }
            tokio::time::sleep(POLL_EVERY).await;
        }
    }

    async fn cancel(&self, client: &AsyncIppClient, id: i32) {
        let Ok(op) = IppOperationBuilder::cancel_job(self.uri.clone(), id)
            .user_name(USER_NAME)
            .build()
        else {
            return;
        };
        match tokio::time::timeout(AFTER_DEADLINE, self.send(client, op)).await {
            Ok(Ok(_)) => tracing::info!(job = id, "slip job cancelled"),
            Ok(Err(e)) => tracing::warn!(job = id, error = %e, "slip job could not be cancelled"),
            Err(_) => tracing::warn!(job = id, "slip job cancel got no answer"),
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, CupsError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CupsError::Runtime(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printer(state: i32, reasons: &[&str], message: &str) -> PrinterState {
        PrinterState {
            state,
            reasons: reasons.iter().map(|s| (*s).to_owned()).collect(),
            message: message.to_owned(),
            accepting: true,
        }
    }

    #[test]
    fn reasons_say_why_a_slip_did_not_print() {
        let idle = printer(3, &[], "");
        assert_eq!(classify(&idle, &JobState::default()), None);
        assert_eq!(
            classify(
                &printer(5, &["media-empty-error"], ""),
                &JobState::default()
            ),
            Some(PrintStatus::OutOfPaper)
        );
        assert_eq!(
            classify(
                &printer(4, &["connecting-to-device"], ""),
                &JobState::default()
            ),
            Some(PrintStatus::PrinterOffline)
        );
        assert_eq!(
            classify(&printer(5, &["paused"], ""), &JobState::default()),
            Some(PrintStatus::PrinterOffline)
        );
        assert_eq!(
            classify(&printer(4, &[], "Paper out"), &JobState::default()),
            Some(PrintStatus::OutOfPaper)
        );
        // What CUPS 2.4's socket backend says while it cannot connect.
        assert_eq!(
            classify(
                &printer(
                    4,
                    &[],
                    "The printer may not exist or is unavailable at this time."
                ),
                &JobState::default()
            ),
            Some(PrintStatus::PrinterOffline)
        );
        let job = JobState {
            state: 5,
            reasons: vec!["media-needed".to_owned()],
        };
        assert_eq!(classify(&idle, &job), Some(PrintStatus::OutOfPaper));
    }

    #[test]
    fn a_bad_uri_is_refused() {
        assert!(CupsPrinter::new("not a uri", Duration::from_secs(1)).is_err());
    }
}
