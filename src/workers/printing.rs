//! The slip worker: one thread that owns the kiosk-config printer ([`SlipPrinter`]), prints the
//! users' slips and the operator's test print, checks the printer on request, and keeps
//! [`PrinterHealth`] (what the operator screen and the metrics show). The UI thread only queues
//! requests and reads results; a printer that is offline or out of paper costs the worker at
//! most the print deadline, and the user gets the fallback outcome.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::worker::{Done, Notify, Worker};
use crate::config::PrinterConfig;
use crate::flow::{PrintOutcome, SlipRequest};
use crate::i18n::{Lang, Localizer};
use crate::slip::{BoothInfo, PrintStatus, PrinterCondition, SlipPrinter};

/// The generation of requests that never belong to a session (test prints, checks).
const NO_SESSION: u64 = u64::MAX;

/// What the slip worker is asked to do.
enum PrintJob {
    /// A user's slip.
    Slip(SlipRequest),
    /// The operator's test print, in this language.
    Test(Lang),
    /// Ask the printer how it is, without printing.
    Check,
}

/// The operator's last test print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TestPrint {
    /// Queued or printing.
    Pending,
    Done(PrintStatus),
}

/// What the operator screen and the metrics know about the printer. Nothing about a person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrinterHealth {
    /// `None` until the first check or job finished.
    pub condition: Option<PrinterCondition>,
    /// What became of the last user's slip.
    pub last_slip: Option<PrintStatus>,
    pub last_test: Option<TestPrint>,
}

/// What the slip worker needs from kiosk-config.
#[derive(Debug, Clone)]
pub struct PrintSetup {
    pub printer: PrinterConfig,
    /// Time limit of one slip (the printer's deadline).
    pub deadline: Duration,
    pub booth: BoothInfo,
    /// UTC offset of the booth's local time, in minutes.
    pub utc_offset_minutes: i32,
}

type Shared = Arc<Mutex<PrinterHealth>>;

fn update(health: &Shared, change: impl FnOnce(&mut PrinterHealth)) {
    let mut guard = health.lock().unwrap_or_else(PoisonError::into_inner);
    change(&mut guard);
}

/// The slip worker and the printer's health.
pub struct PrintWorker {
    worker: Worker<PrintJob, Option<PrintOutcome>>,
    health: Shared,
}

impl PrintWorker {
    /// Starts the worker thread. The printer (fonts, ~20 MB) is set up on that thread, followed
    /// by a first check; a printer that cannot be set up makes every slip fail (the user gets
    /// the fallback) and shows as an error on the operator screen.
    pub fn start(setup: PrintSetup, loc: Arc<Localizer>, notify: Notify) -> std::io::Result<Self> {
        let health: Shared = Arc::default();
        let shared = Arc::clone(&health);
        // Built afresh after a panic: a restarted slip worker sets its printer up again.
        let worker = Worker::spawn_fresh("slip", notify, move || {
            let (setup, loc, shared) = (setup.clone(), loc.clone(), Arc::clone(&shared));
            let mut printer: Option<Result<SlipPrinter, String>> = None;
            Some(move |job: PrintJob| {
                let printer = printer.get_or_insert_with(|| {
                    SlipPrinter::from_config_with_deadline(
                        &setup.printer,
                        loc.clone(),
                        setup.deadline,
                    )
                    .map_err(|e| {
                        tracing::error!(error = %e, "slip printer could not be set up");
                        e.to_string()
                    })
                });
                let printer = match printer {
                    Ok(p) => p,
                    Err(detail) => {
                        let failed = PrintStatus::Failed(detail.clone());
                        update(&shared, |h| {
                            h.condition = Some(PrinterCondition::from_status(&failed));
                            match job {
                                PrintJob::Slip(_) => h.last_slip = Some(failed.clone()),
                                PrintJob::Test(_) => {
                                    h.last_test = Some(TestPrint::Done(failed.clone()))
                                }
                                PrintJob::Check => {}
                            }
                        });
                        return matches!(job, PrintJob::Slip(_)).then_some(PrintOutcome::Failed);
                    }
                };
                run(printer, &setup, &shared, job)
            })
        })?;
        let started = Self { worker, health };
        started.check();
        Ok(started)
    }

    /// Queues a user's slip; its outcome comes back through [`PrintWorker::try_recv`].
    pub fn print_slip(&self, generation: u64, req: SlipRequest) -> bool {
        self.worker.send(generation, PrintJob::Slip(req))
    }

    /// Queues the operator's test print (a sample slip in `lang`, no application); its outcome
    /// shows in [`PrinterHealth::last_test`].
    pub fn test_print(&self, lang: Lang) -> bool {
        update(&self.health, |h| h.last_test = Some(TestPrint::Pending));
        let sent = self.worker.send(NO_SESSION, PrintJob::Test(lang));
        if !sent {
            update(&self.health, |h| {
                h.last_test = Some(TestPrint::Done(PrintStatus::Failed(
                    "the slip worker is gone".to_owned(),
                )));
            });
        }
        sent
    }

    /// Queues a check of the printer's state.
    pub fn check(&self) -> bool {
        self.worker.send(NO_SESSION, PrintJob::Check)
    }

    /// A user's slip outcome, if one is ready (test prints and checks are not reported here).
    /// A slip whose printing panicked is reported as failed.
    pub fn try_recv(&self) -> Option<Done<PrintOutcome>> {
        while let Some(done) = self.worker.try_recv() {
            let result = match done.result {
                Some(Some(outcome)) => outcome,
                Some(None) => continue,
                None => {
                    update(&self.health, |h| {
                        h.condition = Some(PrinterCondition::Error("worker panicked".to_owned()));
                    });
                    PrintOutcome::Failed
                }
            };
            return Some(Done {
                generation: done.generation,
                result,
            });
        }
        None
    }

    /// Panics caught (and the printer set up afresh) so far.
    pub fn restarts(&self) -> u64 {
        self.worker.restarts()
    }

    /// Fault drill: the next job panics in the slip worker.
    pub fn drill_panic(&self) {
        self.worker.drill_panic();
    }

    /// What is known about the printer now.
    pub fn health(&self) -> PrinterHealth {
        self.health
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

fn run(
    printer: &SlipPrinter,
    setup: &PrintSetup,
    health: &Shared,
    job: PrintJob,
) -> Option<PrintOutcome> {
    let time = || super::local_time(setup.utc_offset_minutes);
    match job {
        PrintJob::Slip(req) => {
            let status = printer.print_status(&req, &setup.booth, &time());
            let outcome = status.to_flow();
            update(health, |h| {
                h.condition = Some(PrinterCondition::from_status(&status));
                h.last_slip = Some(status);
            });
            Some(outcome)
        }
        PrintJob::Test(lang) => {
            let req = crate::operator::test_slip_request(lang);
            let status = printer.print_status(&req, &setup.booth, &time());
            tracing::warn!(status = status.as_str(), "operator test print");
            update(health, |h| {
                h.condition = Some(PrinterCondition::from_status(&status));
                h.last_test = Some(TestPrint::Done(status));
            });
            None
        }
        PrintJob::Check => {
            let condition = printer.check();
            tracing::debug!(printer = condition.as_str(), "printer checked");
            update(health, |h| h.condition = Some(condition));
            None
        }
    }
}
