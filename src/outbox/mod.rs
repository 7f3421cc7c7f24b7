//! The durable, encrypted outbox between the booth's submit step and the intake server
//! (design §6, issue 5): at-least-once delivery from a crash-safe store, made exactly-once by
//! the record id doubling as the `Idempotency-Key` that the server replays.
//!
//! - [`store`]: SQLite (WAL, `synchronous=FULL`, `secure_delete`), status, attempts, dead letter,
//!   receipts.
//! - [`seal`]: XChaCha20-Poly1305 per record, AAD = record id, key file 0600.
//! - [`worker`]: the delivery thread, backoff with full jitter, outcomes over a channel.

pub mod disk;
pub mod seal;
pub mod store;
pub mod worker;

pub use seal::{SealError, SealKey};
pub use store::{
    Clock, DeadLetter, ManualClock, OutboundRecord, Outbox, OutboxError, OutboxStats, RecordId,
    SentReceipt, SystemClock,
};
pub use worker::{Deliver, OutboxEvent, OutboxHandle, OutboxWorker, RetryPolicy};
