//! The outbox's durable store: one SQLite file (WAL, `synchronous=FULL`, `secure_delete`) with a
//! row per undelivered application, sealed with [`SealKey`], and a non-personal receipt per
//! delivered one. A record's id is its idempotency key and never changes. Nothing personal is
//! stored in clear: the status columns hold ids, times, counters and error kinds only.

use std::fmt;
use std::fs;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};
use zeroize::Zeroizing;

use crate::flow::Application;
use crate::intake::ApplicationPayload;

use super::seal::{SealError, SealKey};

/// The record id: a random UUID, also the `Idempotency-Key` of every delivery attempt.
pub type RecordId = uuid::Uuid;

/// Name of the database file inside the outbox folder.
pub const DB_FILE: &str = "outbox.sqlite3";
/// Version byte in front of every sealed plaintext.
const ENVELOPE_V1: u8 = 1;
/// Longest error text kept for a record (error kinds, never personal data).
const MAX_ERROR_LEN: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error("outbox database error: {0}")]
    Db(#[from] rusqlite::Error),
    #[error(transparent)]
    Seal(#[from] SealError),
    #[error("outbox folder {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the application could not be encoded")]
    Encode,
    #[error("no outbox record with id {0}")]
    NotFound(RecordId),
    #[error("outbox record {0} is damaged")]
    Corrupt(RecordId),
}

/// Milliseconds since the Unix epoch, from a clock tests can steer.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now_ms(&self) -> i64;
}

/// The system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        let now = time::OffsetDateTime::now_utc();
        i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
    }
}

/// A clock that moves only when told (tests).
#[derive(Debug, Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(start_ms: i64) -> Self {
        Self(AtomicI64::new(start_ms))
    }
    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// A decrypted record, ready to send. The bytes are zeroed on drop; `Debug` shows the id only.
pub struct OutboundRecord {
    pub id: RecordId,
    pub attempts: u32,
    pub application_json: Zeroizing<Vec<u8>>,
    pub photo: Option<Zeroizing<Vec<u8>>>,
}

impl fmt::Debug for OutboundRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutboundRecord")
            .field("id", &self.id)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

/// A record that will not be delivered without an operator (shown on the operator screen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadLetter {
    pub id: RecordId,
    pub created_at_ms: i64,
    pub attempts: u32,
    pub last_error: String,
}

/// What is kept of a delivered application: nothing personal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentReceipt {
    pub id: RecordId,
    pub receipt_number: String,
    pub sent_at_ms: i64,
}

/// Counts for the operator screen and metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxStats {
    pub pending: u64,
    pub dead: u64,
    pub sent: u64,
    /// Creation time of the oldest pending record.
    pub oldest_pending_ms: Option<i64>,
}

/// The durable, encrypted outbox. Shared between threads behind an `Arc`.
#[derive(Debug)]
pub struct Outbox {
    conn: Mutex<Connection>,
    key: SealKey,
    clock: Arc<dyn Clock>,
}

impl Outbox {
    /// Opens (or creates) `<dir>/outbox.sqlite3` with the key at `key_path` (created 0600 if
    /// missing, refused if group or others may read it).
    pub fn open(dir: &Path, key_path: &Path) -> Result<Self, OutboxError> {
        let key = SealKey::load_or_create(key_path)?;
        Self::open_with(dir, key, Arc::new(SystemClock))
    }

    /// As [`Outbox::open`], with a given key and clock.
    pub fn open_with(dir: &Path, key: SealKey, clock: Arc<dyn Clock>) -> Result<Self, OutboxError> {
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|source| OutboxError::Io {
                    path: dir.to_owned(),
                    source,
                })?;
        }
        let conn = Connection::open(dir.join(DB_FILE))?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS records (
                id TEXT PRIMARY KEY,
                created_at INTEGER NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'dead')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT,
                sealed BLOB NOT NULL
             );
             CREATE INDEX IF NOT EXISTS records_due ON records (status, next_attempt_at);
             CREATE TABLE IF NOT EXISTS receipts (
                id TEXT PRIMARY KEY,
                receipt_number TEXT NOT NULL,
                sent_at INTEGER NOT NULL
             );",
        )?;
        Ok(Self {
            conn: Mutex::new(conn),
            key,
            clock,
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Stores the application durably (sealed) and returns its new record id. When this
    /// returns `Ok`, the application survives a crash or power loss.
    pub fn enqueue(&self, app: &Application) -> Result<RecordId, OutboxError> {
        let id = RecordId::new_v4();
        let payload = ApplicationPayload::new(app, &id);
        let json = Zeroizing::new(serde_json::to_vec(&payload).map_err(|_| OutboxError::Encode)?);
        let photo = app.photo.as_ref().map(|p| p.jpeg.as_slice());
        self.enqueue_parts(id, &json, photo)?;
        Ok(id)
    }

    /// Stores an already encoded application under `id` (tests, benches, re-imports).
    pub fn enqueue_parts(
        &self,
        id: RecordId,
        application_json: &[u8],
        photo: Option<&[u8]>,
    ) -> Result<(), OutboxError> {
        let plain = encode_envelope(application_json, photo)?;
        let sealed = self.key.seal(&id, &plain)?;
        let now = self.clock.now_ms();
        self.db().execute(
            "INSERT INTO records (id, created_at, status, attempts, next_attempt_at, sealed)
             VALUES (?1, ?2, 'pending', 0, ?2, ?3)",
            params![id.to_string(), now, sealed],
        )?;
        Ok(())
    }

    /// The pending record due first, if one is due now.
    pub fn next_due(&self) -> Result<Option<RecordId>, OutboxError> {
        let now = self.clock.now_ms();
        let id: Option<String> = self
            .db()
            .query_row(
                "SELECT id FROM records WHERE status = 'pending' AND next_attempt_at <= ?1
                 ORDER BY next_attempt_at, created_at LIMIT 1",
                [now],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|s| parse_id(&s)).transpose()
    }

    /// When the next pending record falls due (ms since the epoch), if any is pending.
    pub fn next_attempt_at(&self) -> Result<Option<i64>, OutboxError> {
        Ok(self.db().query_row(
            "SELECT MIN(next_attempt_at) FROM records WHERE status = 'pending'",
            [],
            |r| r.get(0),
        )?)
    }

    /// Decrypts a record for sending.
    pub fn load(&self, id: &RecordId) -> Result<OutboundRecord, OutboxError> {
        let row: Option<(u32, Vec<u8>)> = self
            .db()
            .query_row(
                "SELECT attempts, sealed FROM records WHERE id = ?1",
                [id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (attempts, sealed) = row.ok_or(OutboxError::NotFound(*id))?;
        let plain = self.key.open(id, &sealed)?;
        let (json, photo) = decode_envelope(&plain).ok_or(OutboxError::Corrupt(*id))?;
        Ok(OutboundRecord {
            id: *id,
            attempts,
            application_json: Zeroizing::new(json.to_vec()),
            photo: photo.map(|p| Zeroizing::new(p.to_vec())),
        })
    }

    /// The server acknowledged: the record is erased (overwritten on disk by `secure_delete`)
    /// and only its receipt is kept.
    pub fn mark_sent(&self, id: &RecordId, receipt_number: &str) -> Result<(), OutboxError> {
        let now = self.clock.now_ms();
        let mut db = self.db();
        let tx = db.transaction()?;
        tx.execute(
            "INSERT OR REPLACE INTO receipts (id, receipt_number, sent_at) VALUES (?1, ?2, ?3)",
            params![id.to_string(), receipt_number, now],
        )?;
        tx.execute("DELETE FROM records WHERE id = ?1", [id.to_string()])?;
        tx.commit()?;
        Ok(())
    }

    /// A retryable failure: one more attempt counted, next try after `delay`. Returns the
    /// number of attempts so far.
    pub fn mark_retry(
        &self,
        id: &RecordId,
        error: &str,
        delay: Duration,
    ) -> Result<u32, OutboxError> {
        let next = self
            .clock
            .now_ms()
            .saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
        let attempts: Option<u32> = self
            .db()
            .query_row(
                "UPDATE records SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
                 WHERE id = ?1 RETURNING attempts",
                params![id.to_string(), next, clip(error)],
                |r| r.get(0),
            )
            .optional()?;
        attempts.ok_or(OutboxError::NotFound(*id))
    }

    /// A permanent failure: the record goes to the dead letter, for the operator.
    pub fn mark_dead(&self, id: &RecordId, error: &str) -> Result<(), OutboxError> {
        self.db().execute(
            "UPDATE records SET status = 'dead', attempts = attempts + 1, last_error = ?2
             WHERE id = ?1",
            params![id.to_string(), clip(error)],
        )?;
        Ok(())
    }

    /// Records the operator must look at, oldest first.
    pub fn dead_letters(&self) -> Result<Vec<DeadLetter>, OutboxError> {
        let db = self.db();
        let mut stmt = db.prepare(
            "SELECT id, created_at, attempts, last_error FROM records WHERE status = 'dead'
             ORDER BY created_at",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, created_at_ms, attempts, last_error) = row?;
            out.push(DeadLetter {
                id: parse_id(&id)?,
                created_at_ms,
                attempts,
                last_error: last_error.unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// Operator: try a dead-lettered record again (e.g. after a certificate was renewed).
    pub fn requeue(&self, id: &RecordId) -> Result<bool, OutboxError> {
        let now = self.clock.now_ms();
        let n = self.db().execute(
            "UPDATE records SET status = 'pending', next_attempt_at = ?2 WHERE id = ?1 AND status = 'dead'",
            params![id.to_string(), now],
        )?;
        Ok(n == 1)
    }

    /// Operator: every pending record due now and every dead letter tried again. Returns how
    /// many records were touched.
    pub fn retry_all_now(&self) -> Result<usize, OutboxError> {
        let now = self.clock.now_ms();
        let n = self.db().execute(
            "UPDATE records SET status = 'pending', next_attempt_at = ?1",
            params![now],
        )?;
        Ok(n)
    }

    /// The receipt of a delivered record.
    pub fn receipt(&self, id: &RecordId) -> Result<Option<SentReceipt>, OutboxError> {
        let row: Option<(String, i64)> = self
            .db()
            .query_row(
                "SELECT receipt_number, sent_at FROM receipts WHERE id = ?1",
                [id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.map(|(receipt_number, sent_at_ms)| SentReceipt {
            id: *id,
            receipt_number,
            sent_at_ms,
        }))
    }

    /// Every receipt kept, oldest first.
    pub fn receipts(&self) -> Result<Vec<SentReceipt>, OutboxError> {
        let db = self.db();
        let mut stmt =
            db.prepare("SELECT id, receipt_number, sent_at FROM receipts ORDER BY sent_at")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, receipt_number, sent_at_ms) = row?;
            out.push(SentReceipt {
                id: parse_id(&id)?,
                receipt_number,
                sent_at_ms,
            });
        }
        Ok(out)
    }

    /// Status of one record: `Some((attempts, last_error, dead))` while it is not delivered.
    pub fn status(
        &self,
        id: &RecordId,
    ) -> Result<Option<(u32, Option<String>, bool)>, OutboxError> {
        Ok(self
            .db()
            .query_row(
                "SELECT attempts, last_error, status FROM records WHERE id = ?1",
                [id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, u32>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)? == "dead",
                    ))
                },
            )
            .optional()?)
    }

    pub fn stats(&self) -> Result<OutboxStats, OutboxError> {
        let db = self.db();
        let (pending, dead, oldest) = db.query_row(
            "SELECT
                COALESCE(SUM(status = 'pending'), 0),
                COALESCE(SUM(status = 'dead'), 0),
                MIN(CASE WHEN status = 'pending' THEN created_at END)
             FROM records",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get(2)?)),
        )?;
        let sent = db.query_row("SELECT COUNT(*) FROM receipts", [], |r| r.get::<_, i64>(0))?;
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        Ok(OutboxStats {
            pending: count(pending),
            dead: count(dead),
            sent: count(sent),
            oldest_pending_ms: oldest,
        })
    }
}

fn parse_id(s: &str) -> Result<RecordId, OutboxError> {
    RecordId::parse_str(s).map_err(|_| OutboxError::Corrupt(RecordId::nil()))
}

fn clip(error: &str) -> String {
    error.chars().take(MAX_ERROR_LEN).collect()
}

/// `1 | json length (u32 BE) | json | has photo (0/1) | photo`.
fn encode_envelope(json: &[u8], photo: Option<&[u8]>) -> Result<Zeroizing<Vec<u8>>, OutboxError> {
    let len = u32::try_from(json.len()).map_err(|_| OutboxError::Encode)?;
    let mut out = Zeroizing::new(Vec::with_capacity(
        6 + json.len() + photo.map_or(0, <[u8]>::len),
    ));
    out.push(ENVELOPE_V1);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(json);
    match photo {
        Some(p) => {
            out.push(1);
            out.extend_from_slice(p);
        }
        None => out.push(0),
    }
    Ok(out)
}

fn decode_envelope(b: &[u8]) -> Option<(&[u8], Option<&[u8]>)> {
    let (&version, rest) = b.split_first()?;
    if version != ENVELOPE_V1 {
        return None;
    }
    let len = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?) as usize;
    let json = rest.get(4..4 + len)?;
    let (&has_photo, photo) = rest.get(4 + len..)?.split_first()?;
    match has_photo {
        0 if photo.is_empty() => Some((json, None)),
        1 => Some((json, Some(photo))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outbox(dir: &Path, clock: Arc<dyn Clock>) -> Outbox {
        Outbox::open_with(dir, SealKey::from_bytes(&[3; 32]), clock).expect("open")
    }

    #[test]
    fn records_survive_reopen_and_are_sealed_at_rest() {
        let dir = tempfile::tempdir().expect("tempdir");
        let clock = Arc::new(ManualClock::new(1_000));
        let id = RecordId::new_v4();
        {
            let ob = outbox(dir.path(), clock.clone());
            ob.enqueue_parts(id, b"{\"secret\":\"TARO\"}", Some(b"JPEGBYTES"))
                .expect("enqueue");
        }
        let raw = fs::read(dir.path().join(DB_FILE)).expect("read db");
        let wal = fs::read(dir.path().join(format!("{DB_FILE}-wal"))).unwrap_or_default();
        for hay in [&raw, &wal] {
            assert!(!hay.windows(4).any(|w| w == b"TARO"), "plaintext on disk");
        }
        let ob = outbox(dir.path(), clock.clone());
        assert_eq!(ob.next_due().expect("due"), Some(id));
        let rec = ob.load(&id).expect("load");
        assert_eq!(rec.application_json.as_slice(), b"{\"secret\":\"TARO\"}");
        assert_eq!(
            rec.photo.as_deref().map(Vec::as_slice),
            Some(&b"JPEGBYTES"[..])
        );
    }

    #[test]
    fn retry_dead_letter_and_receipts() {
        let dir = tempfile::tempdir().expect("tempdir");
        let clock = Arc::new(ManualClock::new(1_000));
        let ob = outbox(dir.path(), clock.clone());
        let a = RecordId::new_v4();
        let b = RecordId::new_v4();
        ob.enqueue_parts(a, b"{}", None).expect("a");
        ob.enqueue_parts(b, b"{}", None).expect("b");
        assert_eq!(
            ob.mark_retry(&a, "timeout", Duration::from_secs(10))
                .expect("retry"),
            1
        );
        assert_eq!(ob.next_due().expect("due"), Some(b));
        ob.mark_dead(&b, "rejected 400").expect("dead");
        assert_eq!(ob.next_due().expect("due"), None);
        assert_eq!(ob.next_attempt_at().expect("next"), Some(11_000));
        clock.advance(Duration::from_secs(10));
        assert_eq!(ob.next_due().expect("due"), Some(a));
        ob.mark_sent(&a, "MBI-00000001").expect("sent");
        assert!(matches!(ob.load(&a), Err(OutboxError::NotFound(_))));
        assert_eq!(
            ob.receipt(&a).expect("receipt").map(|r| r.receipt_number),
            Some("MBI-00000001".to_owned())
        );
        let dead = ob.dead_letters().expect("dead letters");
        assert_eq!(dead.len(), 1);
        assert_eq!(dead[0].id, b);
        assert_eq!(dead[0].last_error, "rejected 400");
        let stats = ob.stats().expect("stats");
        assert_eq!((stats.pending, stats.dead, stats.sent), (0, 1, 1));
        assert!(ob.requeue(&b).expect("requeue"));
        assert_eq!(ob.next_due().expect("due"), Some(b));
    }

    #[test]
    fn a_record_sealed_under_another_key_does_not_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let id = RecordId::new_v4();
        outbox(dir.path(), Arc::new(SystemClock))
            .enqueue_parts(id, b"{}", None)
            .expect("enqueue");
        let other = Outbox::open_with(
            dir.path(),
            SealKey::from_bytes(&[4; 32]),
            Arc::new(SystemClock),
        )
        .expect("open");
        assert!(matches!(
            other.load(&id),
            Err(OutboxError::Seal(SealError::Open))
        ));
    }
}
