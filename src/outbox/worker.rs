//! The delivery worker: a thread that sends due outbox records to the intake server, one at a
//! time, retries with exponential backoff and full jitter (never sooner than the server's
//! Retry-After), moves permanent failures to the dead letter, and reports every outcome over a
//! channel. Nothing here blocks the caller: [`OutboxHandle::submit`] waits only as long as it is
//! told to, and the application is durable before it waits at all.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use rand::Rng;

use crate::flow::{Application, SubmitOutcome};
use crate::intake::{IntakeClient, IntakeError, SubmitReceipt};

use super::store::{Outbox, OutboxError, RecordId};

/// Something that delivers one record: the intake client, or a stand-in in tests.
pub trait Deliver: Send + 'static {
    fn deliver(
        &self,
        id: &RecordId,
        application_json: &[u8],
        photo: Option<&[u8]>,
    ) -> Result<SubmitReceipt, IntakeError>;
}

impl Deliver for IntakeClient {
    fn deliver(
        &self,
        id: &RecordId,
        application_json: &[u8],
        photo: Option<&[u8]>,
    ) -> Result<SubmitReceipt, IntakeError> {
        self.submit(id, application_json, photo)
    }
}

/// Backoff settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Ceiling of the first retry's random delay; doubles with every attempt.
    pub base: Duration,
    /// Largest ceiling (a server's Retry-After may still ask for longer).
    pub cap: Duration,
    /// The worker looks at the outbox at least this often, even with nothing due.
    pub idle_poll: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(2),
            cap: Duration::from_secs(300),
            idle_poll: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// The delay before attempt `attempts + 1`, after `attempts` failures: uniformly random in
    /// `0..=min(cap, base·2^(attempts−1))` ("full jitter"), but at least `retry_after`.
    pub fn delay(
        &self,
        attempts: u32,
        retry_after: Option<Duration>,
        rng: &mut impl Rng,
    ) -> Duration {
        let exp = attempts.saturating_sub(1).min(30);
        let ceiling = self.base.saturating_mul(1u32 << exp).min(self.cap);
        let ceiling_ms = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        let jittered = Duration::from_millis(rng.random_range(0..=ceiling_ms));
        jittered.max(retry_after.unwrap_or(Duration::ZERO))
    }
}

/// What the worker reports. None of it is personal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutboxEvent {
    /// The server acknowledged; the record was erased, its receipt kept.
    Sent {
        id: RecordId,
        receipt_number: String,
    },
    /// A retryable failure; the next attempt comes after `next_in`.
    Retrying {
        id: RecordId,
        attempts: u32,
        next_in: Duration,
        error: IntakeError,
    },
    /// A permanent failure (or a record that cannot be decrypted): for the operator.
    DeadLettered { id: RecordId, error: String },
    /// The outbox itself failed (disk, database): for the operator and the logs.
    StoreFailed { error: String },
    /// The delivery loop panicked and was started again; every record is still in the store.
    Restarted,
}

enum Command {
    Wake,
    Stop,
}

/// Final outcomes by record id, for callers that wait on one submission.
#[derive(Default)]
struct Waiters {
    map: Mutex<HashMap<RecordId, Option<Final>>>,
    changed: Condvar,
}

#[derive(Debug, Clone)]
enum Final {
    Sent(String),
    /// The first attempt failed: the record waits for a retry, so the caller need not wait
    /// any longer to know the answer is "queued".
    Queued,
    Dead,
}

impl Waiters {
    /// The loop restarted: whoever waits on a record is told "queued" (it is safe on disk and
    /// the fresh loop delivers it).
    fn settle_all_queued(&self) {
        let mut map = self.map.lock().unwrap_or_else(PoisonError::into_inner);
        for slot in map.values_mut().filter(|s| s.is_none()) {
            *slot = Some(Final::Queued);
        }
        self.changed.notify_all();
    }

    fn settle(&self, id: &RecordId, outcome: Final) {
        let mut map = self.map.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = map.get_mut(id) {
            *slot = Some(outcome);
            self.changed.notify_all();
        }
    }
}

/// The running worker. Dropping it stops the thread (after the attempt in progress).
pub struct OutboxWorker {
    handle: OutboxHandle,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for OutboxWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutboxWorker").finish_non_exhaustive()
    }
}

/// What the rest of the booth holds: enqueue, wake, wait. Cheap to clone.
#[derive(Clone)]
pub struct OutboxHandle {
    outbox: Arc<Outbox>,
    commands: Sender<Command>,
    waiters: Arc<Waiters>,
    restarts: Arc<AtomicU64>,
    drill: Arc<AtomicBool>,
}

impl std::fmt::Debug for OutboxHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutboxHandle").finish_non_exhaustive()
    }
}

impl OutboxWorker {
    /// Starts the delivery thread. It begins with whatever is pending (after a restart too).
    pub fn spawn(
        outbox: Arc<Outbox>,
        deliver: impl Deliver,
        policy: RetryPolicy,
        events: Sender<OutboxEvent>,
    ) -> std::io::Result<Self> {
        let (commands, rx) = crossbeam_channel::unbounded();
        let waiters = Arc::new(Waiters::default());
        let restarts = Arc::new(AtomicU64::new(0));
        let drill = Arc::new(AtomicBool::new(false));
        let handle = OutboxHandle {
            outbox: outbox.clone(),
            commands,
            waiters: waiters.clone(),
            restarts: restarts.clone(),
            drill: drill.clone(),
        };
        let thread = std::thread::Builder::new()
            .name("outbox".into())
            .spawn(move || {
                let lp = Loop {
                    outbox,
                    deliver,
                    policy,
                    events,
                    waiters,
                    rx,
                    drill,
                };
                // A panic (a bug in a dependency, a drill) restarts the loop: the record in
                // flight was never marked, so it is still pending and is tried again.
                while catch_unwind(AssertUnwindSafe(|| lp.run())).is_err() {
                    restarts.fetch_add(1, Ordering::Relaxed);
                    tracing::error!("outbox delivery loop panicked; restarted");
                    lp.waiters.settle_all_queued();
                    let _ = lp.events.send(OutboxEvent::Restarted);
                    std::thread::sleep(lp.policy.base.min(Duration::from_secs(1)));
                }
            })?;
        Ok(Self {
            handle,
            thread: Some(thread),
        })
    }

    pub fn handle(&self) -> OutboxHandle {
        self.handle.clone()
    }

    /// Stops the thread after the attempt in progress and waits for it.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let _ = self.handle.commands.send(Command::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for OutboxWorker {
    fn drop(&mut self) {
        self.shutdown();
    }
}

impl OutboxHandle {
    pub fn outbox(&self) -> &Arc<Outbox> {
        &self.outbox
    }

    /// Times the delivery loop panicked and was restarted.
    pub fn restarts(&self) -> u64 {
        self.restarts.load(Ordering::Relaxed)
    }

    /// Fault drill: the next delivery attempt panics inside the delivery loop, as a bug would.
    pub fn drill_panic(&self) {
        self.drill.store(true, Ordering::SeqCst);
        self.wake();
    }

    /// Asks the worker to look for due records now.
    pub fn wake(&self) {
        let _ = self.commands.send(Command::Wake);
    }

    /// Stores the application durably and wakes the worker; returns once it is on disk.
    pub fn enqueue(&self, app: &Application) -> Result<RecordId, OutboxError> {
        let id = self.outbox.enqueue(app)?;
        self.wake();
        Ok(id)
    }

    /// Waits up to `wait` for the server's acknowledgement of `id`: `Some(receipt number)` if it
    /// came, `None` if not yet, if an attempt already failed (the record stays queued for a
    /// retry: no point in waiting longer) or if it was dead-lettered.
    pub fn wait_sent(&self, id: &RecordId, wait: Duration) -> Option<String> {
        let deadline = Instant::now() + wait;
        let mut map = self
            .waiters
            .map
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        map.entry(*id).or_insert(None);
        let result = loop {
            if let Some(Some(done)) = map.get(id) {
                break match done {
                    Final::Sent(r) => Some(r.clone()),
                    Final::Queued | Final::Dead => None,
                };
            }
            // The worker may have finished before we registered: the store knows.
            if let Ok(Some(r)) = self.outbox.receipt(id) {
                break Some(r.receipt_number);
            }
            let now = Instant::now();
            if now >= deadline {
                break None;
            }
            map = self
                .waiters
                .changed
                .wait_timeout(map, (deadline - now).min(Duration::from_millis(250)))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        };
        map.remove(id);
        result
    }

    /// The booth's submit step: store, then wait up to `wait` for the acknowledgement.
    /// `Sent` only when the server acknowledged; `Queued` (with a booth receipt derived from the
    /// record id) when it will be delivered later; `Failed` when it could not even be stored.
    pub fn submit(&self, app: &Application, wait: Duration) -> SubmitOutcome {
        let id = match self.enqueue(app) {
            Ok(id) => id,
            Err(e) => {
                tracing::error!(error = %e, "application could not be stored in the outbox");
                return SubmitOutcome::Failed;
            }
        };
        match self.wait_sent(&id, wait) {
            Some(receipt) => SubmitOutcome::Sent { receipt },
            None => SubmitOutcome::Queued {
                receipt: receipt_for(&id),
            },
        }
    }
}

/// The booth's receipt number for a queued application, shown and printed for the user until
/// the server's own number exists: derived from the record id, nothing personal.
pub fn receipt_for(record_id: &RecordId) -> String {
    let hex = record_id.simple().to_string().to_uppercase();
    format!("MB-{}-{}", &hex[..4], &hex[4..8])
}

struct Loop<D> {
    outbox: Arc<Outbox>,
    deliver: D,
    policy: RetryPolicy,
    events: Sender<OutboxEvent>,
    waiters: Arc<Waiters>,
    rx: Receiver<Command>,
    drill: Arc<AtomicBool>,
}

impl<D: Deliver> Loop<D> {
    fn run(&self) {
        let mut rng = rand::rng();
        loop {
            loop {
                match self.rx.try_recv() {
                    Ok(Command::Stop) | Err(crossbeam_channel::TryRecvError::Disconnected) => {
                        return;
                    }
                    Ok(Command::Wake) => {}
                    Err(crossbeam_channel::TryRecvError::Empty) => break,
                }
            }
            match self.outbox.next_due() {
                Ok(Some(id)) => {
                    self.attempt(&id, &mut rng);
                    continue;
                }
                Ok(None) => {}
                Err(e) => self.store_failed(&e),
            }
            let wait = match self.outbox.next_attempt_at() {
                Ok(Some(at)) => {
                    let ms = at.saturating_sub(self.outbox.now_ms()).max(0);
                    Duration::from_millis(u64::try_from(ms).unwrap_or(0)).min(self.policy.idle_poll)
                }
                Ok(None) => self.policy.idle_poll,
                Err(e) => {
                    self.store_failed(&e);
                    self.policy.idle_poll
                }
            };
            match self.rx.recv_timeout(wait) {
                Ok(Command::Wake) | Err(RecvTimeoutError::Timeout) => {}
                Ok(Command::Stop) | Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    fn attempt(&self, id: &RecordId, rng: &mut impl Rng) {
        let record = match self.outbox.load(id) {
            Ok(r) => r,
            Err(OutboxError::Seal(_) | OutboxError::Corrupt(_)) => {
                let error = "the record cannot be decrypted".to_owned();
                tracing::error!(record = %id, "outbox record cannot be decrypted; dead-lettered");
                self.dead(id, error);
                return;
            }
            Err(e) => {
                self.store_failed(&e);
                // Do not spin on a failing store.
                let _ = self.outbox.mark_retry(id, "store error", self.policy.base);
                return;
            }
        };
        if self.drill.swap(false, Ordering::SeqCst) {
            panic!("fault drill: the outbox delivery loop panics on purpose");
        }
        let result = self.deliver.deliver(
            id,
            &record.application_json,
            record.photo.as_deref().map(Vec::as_slice),
        );
        match result {
            Ok(receipt) => match self.outbox.mark_sent(id, &receipt.receipt_number) {
                Ok(()) => {
                    tracing::info!(record = %id, receipt = %receipt.receipt_number, "application delivered");
                    self.waiters
                        .settle(id, Final::Sent(receipt.receipt_number.clone()));
                    let _ = self.events.send(OutboxEvent::Sent {
                        id: *id,
                        receipt_number: receipt.receipt_number,
                    });
                }
                // Delivered but not recorded: the next attempt replays the same receipt.
                Err(e) => self.store_failed(&e),
            },
            Err(error) if error.is_retryable() => {
                let attempts = record.attempts.saturating_add(1);
                let next_in = self.policy.delay(attempts, error.retry_after(), rng);
                tracing::warn!(record = %id, attempts, error = %error, ?next_in, "delivery failed; will retry");
                match self.outbox.mark_retry(id, &error.to_string(), next_in) {
                    Ok(attempts) => {
                        self.waiters.settle(id, Final::Queued);
                        let _ = self.events.send(OutboxEvent::Retrying {
                            id: *id,
                            attempts,
                            next_in,
                            error,
                        });
                    }
                    Err(e) => self.store_failed(&e),
                }
            }
            Err(error) => {
                tracing::error!(record = %id, error = %error, "delivery refused; dead-lettered");
                self.dead(id, error.to_string());
            }
        }
    }

    fn dead(&self, id: &RecordId, error: String) {
        match self.outbox.mark_dead(id, &error) {
            Ok(()) => {
                self.waiters.settle(id, Final::Dead);
                let _ = self
                    .events
                    .send(OutboxEvent::DeadLettered { id: *id, error });
            }
            Err(e) => self.store_failed(&e),
        }
    }

    fn store_failed(&self, e: &OutboxError) {
        tracing::error!(error = %e, "outbox store failure");
        let _ = self.events.send(OutboxEvent::StoreFailed {
            error: e.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn backoff_is_full_jitter_under_an_exponential_cap_and_honours_retry_after() {
        let p = RetryPolicy {
            base: Duration::from_millis(100),
            cap: Duration::from_millis(1000),
            idle_poll: Duration::from_secs(1),
        };
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for attempts in 1..40 {
            let ceiling = Duration::from_millis(100 * (1u64 << (attempts - 1).min(20))).min(p.cap);
            for _ in 0..50 {
                assert!(p.delay(attempts, None, &mut rng) <= ceiling);
            }
        }
        let spread: std::collections::HashSet<_> =
            (0..50).map(|_| p.delay(5, None, &mut rng)).collect();
        assert!(spread.len() > 10, "delays are not jittered");
        for _ in 0..50 {
            assert!(p.delay(1, Some(Duration::from_secs(7)), &mut rng) >= Duration::from_secs(7));
        }
    }
}
