//! The booth's side of the intake service behind channels: form lookups, submissions through
//! the encrypted outbox, and a periodic look at the outbox for the operator screen and the
//! metrics. In demo mode it also runs the reference intake server in-process on loopback.
//!
//! Nothing here blocks the caller: lookups, submissions and outbox statistics each run on a
//! worker thread, and the outbox delivers on its own thread.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::Receiver;

use super::{Notify, Worker};
use crate::config::{IntakeConfig, IntakeMode};
use crate::domain::{ApplicationId, PrefilledForm};
use crate::flow::{Application, LookupOutcome, SubmitOutcome};
use crate::intake::{IntakeClient, LookupError, ServerHandle, start_demo};
use crate::outbox::{Outbox, OutboxEvent, OutboxHandle, OutboxStats, OutboxWorker, RetryPolicy};

/// How long the submit step waits for the server's acknowledgement before it tells the user
/// "queued" (the outbox keeps trying after that).
pub const SUBMIT_ACK_WAIT: Duration = Duration::from_secs(8);

/// How often the outbox statistics are refreshed for the operator screen and metrics.
const STATS_EVERY: Duration = Duration::from_secs(5);
/// How often the intake server's health is asked while nothing is being delivered.
const HEALTH_EVERY: Duration = Duration::from_secs(60);

/// The intake could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum IntakeSetupError {
    #[error("the demo intake server could not start: {0}")]
    Demo(#[from] crate::intake::DemoError),
    #[error("the intake client could not be set up from kiosk-config [intake]: {0}")]
    Client(#[from] crate::intake::client::ClientSetupError),
    #[error("the outbox could not be opened: {0}")]
    Outbox(#[from] crate::outbox::OutboxError),
    #[error("could not start the {what} worker: {source}")]
    Thread {
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
}

/// What the operator screen and the metrics show about the intake.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntakeStatus {
    pub demo_server: bool,
    pub stats: Option<OutboxStats>,
    /// The last delivery error (no personal data: an error kind and an HTTP status at most).
    pub last_error: Option<String>,
    /// Whether the last delivery attempt reached the server.
    pub reachable: Option<bool>,
    /// Free bytes on the data directory's filesystem, when it could be asked.
    pub disk_free_bytes: Option<u64>,
    /// Below this many free bytes the disk counts as nearly full (`[outbox] warn_free_mb`).
    pub disk_warn_bytes: u64,
}

impl IntakeStatus {
    /// Whether the data disk is measured and nearly full: staff must act before the outbox
    /// cannot store applications.
    pub fn disk_low(&self) -> bool {
        self.disk_free_bytes
            .is_some_and(|free| crate::outbox::disk::is_low(free, self.disk_warn_bytes))
    }
}

/// A result for the UI thread.
pub enum IntakeReport {
    Looked {
        generation: u64,
        id: ApplicationId,
        outcome: LookupOutcome,
    },
    Submitted(SubmitOutcome),
}

/// Outbox work done off the UI thread.
enum Chore {
    Stats,
    /// Ask the server's health endpoint too (the operator's network check).
    Check,
    /// The operator asked to retry everything now (e.g. after the network came back).
    RetryAll,
}

struct ChoreDone {
    stats: Option<OutboxStats>,
    /// `Some(Ok)` when the server answered its health check, `Some(Err(why))` when not.
    health: Option<Result<(), String>>,
    disk_free: Option<u64>,
}

/// Lookups, submissions, outbox delivery and statistics.
pub struct IntakeService {
    lookup: Worker<ApplicationId, (ApplicationId, LookupOutcome)>,
    submit: Worker<Box<Application>, SubmitOutcome>,
    stats: Worker<Chore, ChoreDone>,
    events: Receiver<OutboxEvent>,
    status: IntakeStatus,
    stats_asked: Option<Instant>,
    health_asked: Option<Instant>,
    delivery: OutboxHandle,
    // Dropped last: the outbox worker stops before the demo server it talks to.
    _outbox_worker: OutboxWorker,
    _demo_server: Option<ServerHandle>,
}

impl IntakeService {
    /// Opens the outbox in `<data_dir>/outbox` (key `<data_dir>/outbox.key`), connects to the
    /// configured intake server (or starts the demo one) and starts the workers. Pending
    /// applications of an earlier run are delivered first.
    pub fn start(
        cfg: &IntakeConfig,
        booth_id: &str,
        data_dir: &Path,
        disk_warn_bytes: u64,
        notify: Notify,
    ) -> Result<Self, IntakeSetupError> {
        let (client, demo_server) = match cfg.mode {
            IntakeMode::DemoServer => {
                let demo = start_demo(booth_id, cfg.timeout())?;
                tracing::warn!("demo mode: applications go to the in-process demo intake server");
                (demo.client, Some(demo.server))
            }
            IntakeMode::Https => (IntakeClient::from_config(cfg)?, None),
        };
        let outbox = Arc::new(Outbox::open(
            &data_dir.join("outbox"),
            &data_dir.join("outbox.key"),
        )?);
        let (tx, events) = crossbeam_channel::unbounded();
        let worker = OutboxWorker::spawn(
            Arc::clone(&outbox),
            client.clone(),
            RetryPolicy::default(),
            tx,
        )
        .map_err(|source| IntakeSetupError::Thread {
            what: "outbox",
            source,
        })?;
        let handle = worker.handle();

        let checker = client.clone();
        let lookup = Worker::spawn("form-lookup", notify.clone(), move |id: ApplicationId| {
            let outcome = match client.lookup(&id) {
                Ok(form) => LookupOutcome::Found(PrefilledForm::new(form.name, form.address)),
                Err(LookupError::NotFound) => LookupOutcome::NotFound,
                Err(e) => {
                    tracing::warn!(error = %e, "form lookup failed");
                    LookupOutcome::Unavailable
                }
            };
            (id, outcome)
        })
        .map_err(|source| IntakeSetupError::Thread {
            what: "form lookup",
            source,
        })?;

        let h = handle.clone();
        let submit = Worker::spawn("submit", notify.clone(), move |app: Box<Application>| {
            h.submit(&app, SUBMIT_ACK_WAIT)
        })
        .map_err(|source| IntakeSetupError::Thread {
            what: "submit",
            source,
        })?;

        let ob = Arc::clone(&outbox);
        let wake = handle.clone();
        let disk_dir = data_dir.to_path_buf();
        let stats = Worker::spawn("outbox-stats", notify, move |chore: Chore| {
            let mut health = None;
            if let Chore::RetryAll | Chore::Check = chore {
                health = Some(checker.health().map(|_| ()).map_err(|e| e.to_string()));
            }
            if let Chore::RetryAll = chore {
                match ob.retry_all_now() {
                    Ok(n) => tracing::info!(records = n, "operator: retry every record now"),
                    Err(e) => tracing::error!(error = %e, "records could not be retried"),
                }
                wake.wake();
            }
            let stats = match ob.stats() {
                Ok(s) => Some(s),
                Err(e) => {
                    tracing::error!(error = %e, "outbox statistics unavailable");
                    None
                }
            };
            let disk_free = crate::outbox::disk::free_bytes(&disk_dir);
            let low = |f: &u64| crate::outbox::disk::is_low(*f, disk_warn_bytes);
            if let Some(free) = disk_free.filter(low) {
                tracing::warn!(
                    free_mib = free / (1024 * 1024),
                    "data disk nearly full: the outbox may soon not store applications"
                );
            }
            ChoreDone {
                stats,
                health,
                disk_free,
            }
        })
        .map_err(|source| IntakeSetupError::Thread {
            what: "outbox statistics",
            source,
        })?;

        Ok(Self {
            lookup,
            submit,
            stats,
            events,
            status: IntakeStatus {
                demo_server: demo_server.is_some(),
                disk_warn_bytes,
                ..IntakeStatus::default()
            },
            stats_asked: None,
            health_asked: None,
            delivery: worker.handle(),
            _outbox_worker: worker,
            _demo_server: demo_server,
        })
    }

    pub fn lookup(&self, generation: u64, id: ApplicationId) -> bool {
        self.lookup.send(generation, id)
    }

    pub fn submit(&self, generation: u64, app: Box<Application>) -> bool {
        self.submit.send(generation, app)
    }

    /// Asks the outbox to try every pending record now (operator "retry").
    pub fn retry_now(&mut self) {
        self.health_asked = Some(Instant::now());
        self.stats.send(0, Chore::RetryAll);
    }

    /// Panics caught and recovered in the lookup, submit, statistics and delivery workers.
    pub fn restarts(&self) -> u64 {
        self.lookup.restarts()
            + self.submit.restarts()
            + self.stats.restarts()
            + self.delivery.restarts()
    }

    /// Fault drill: the next submission panics in the submit worker.
    pub fn drill_submit_panic(&self) {
        self.submit.drill_panic();
    }

    /// Fault drill: the next delivery attempt panics in the outbox's delivery loop.
    pub fn drill_delivery_panic(&self) {
        self.delivery.drill_panic();
    }

    pub fn status(&self) -> &IntakeStatus {
        &self.status
    }

    /// Results since the last call; refreshes the status. Never blocks.
    pub fn poll(&mut self) -> Vec<IntakeReport> {
        let mut out = Vec::new();
        while let Some(done) = self.lookup.try_recv() {
            if let Some((id, outcome)) = done.result {
                out.push(IntakeReport::Looked {
                    generation: done.generation,
                    id,
                    outcome,
                });
            }
        }
        while let Some(done) = self.submit.try_recv() {
            // Delivered even after a reset: the flow ignores it then.
            out.push(IntakeReport::Submitted(
                done.result.unwrap_or(SubmitOutcome::Failed),
            ));
        }
        let mut changed = false;
        while let Ok(ev) = self.events.try_recv() {
            changed = true;
            match ev {
                OutboxEvent::Sent { .. } => {
                    self.status.reachable = Some(true);
                    self.status.last_error = None;
                }
                OutboxEvent::Retrying { error, .. } => {
                    self.status.reachable = Some(false);
                    tracing::warn!(error = %error, "delivery will be retried");
                    self.status.last_error = Some(error.to_string());
                }
                OutboxEvent::DeadLettered { error, .. } => {
                    tracing::error!(error = %error, "application moved to the dead letter");
                    self.status.last_error = Some(error);
                }
                OutboxEvent::StoreFailed { error } => {
                    tracing::error!(error = %error, "outbox store failed");
                    self.status.last_error = Some(error);
                }
                OutboxEvent::Restarted => {}
            }
        }
        while let Some(done) = self.stats.try_recv() {
            let Some(done) = done.result else { continue };
            if let Some(stats) = done.stats {
                self.status.stats = Some(stats);
            }
            if done.disk_free.is_some() {
                self.status.disk_free_bytes = done.disk_free;
            }
            match done.health {
                Some(Ok(())) => self.status.reachable = Some(true),
                Some(Err(e)) => {
                    self.status.reachable = Some(false);
                    self.status.last_error = Some(e);
                }
                None => {}
            }
        }
        if self
            .health_asked
            .is_none_or(|t| t.elapsed() >= HEALTH_EVERY)
        {
            self.health_asked = Some(Instant::now());
            self.stats_asked = Some(Instant::now());
            self.stats.send(0, Chore::Check);
        } else if changed || self.stats_asked.is_none_or(|t| t.elapsed() >= STATS_EVERY) {
            self.stats_asked = Some(Instant::now());
            self.stats.send(0, Chore::Stats);
        }
        out
    }
}
