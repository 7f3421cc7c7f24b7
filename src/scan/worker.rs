//! The QR scan worker: while scanning is active, decodes the newest camera frame (each frame
//! at most once) with a [`Scanner`] — which remembers where the code was last seen and takes
//! the slow whole-frame steps in turn across frames — and reports what it found over a
//! channel. Frames that arrive while a frame is being decoded are skipped, never queued.
//!
//! Payloads are personal data: this module logs only counts and timings, never their text.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, TrySendError, bounded};

use crate::camera::Frame;
use crate::scan::decoder::{DecodeOutcome, ScanHint, Scanner, decoder_stats};

/// What the scanner tells the UI.
#[derive(Clone, PartialEq, Eq)]
pub enum ScanReport {
    /// A QR code was read (the same text is reported at most once per second).
    Payload(String),
    /// A code is in view but cannot be read yet (the UI can say "hold still").
    SeenUnreadable,
    /// The decoder failed on a frame; the scanner carries on.
    DecoderPanicked,
}

impl std::fmt::Debug for ScanReport {
    // The payload holds a personal ID: print only its size.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScanReport::Payload(text) => write!(f, "Payload(<{} bytes>)", text.len()),
            ScanReport::SeenUnreadable => f.write_str("SeenUnreadable"),
            ScanReport::DecoderPanicked => f.write_str("DecoderPanicked"),
        }
    }
}

/// The same payload is not reported again within this time.
const SAME_PAYLOAD_INTERVAL: Duration = Duration::from_secs(1);
/// "Seen but unreadable" and "decoder panicked" are reported at most this often.
const HINT_INTERVAL: Duration = Duration::from_millis(500);
/// How often the worker looks for a new frame when it has decoded the newest one.
const POLL: Duration = Duration::from_millis(10);
/// Reports waiting to be read; when the UI does not read, newer reports are dropped.
const CHANNEL_CAPACITY: usize = 32;
/// How often the worker logs its counters.
const STATS_EVERY: Duration = Duration::from_secs(30);
/// How long dropping the worker waits for a decode in progress.
const JOIN_GRACE: Duration = Duration::from_secs(2);
/// A hint older than this is no longer offered.
const HINT_FRESH: Duration = Duration::from_millis(1500);

struct Control {
    active: AtomicBool,
    /// Bumped by every `set_active`; reports from an earlier epoch are discarded.
    epoch: AtomicU64,
    /// When scanning was last switched on: frames captured before are ignored.
    activated_at: Mutex<Instant>,
    stop: AtomicBool,
    /// What the user could change, from the latest frame that showed an unreadable code.
    hint: Mutex<Option<(ScanHint, Instant)>>,
}

/// The running scanner. Dropping it stops its thread.
pub struct ScanWorker {
    control: Arc<Control>,
    reports: Receiver<(u64, ScanReport)>,
    wake: Sender<()>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for ScanWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScanWorker")
            .field("active", &self.control.active.load(Ordering::SeqCst))
            .finish_non_exhaustive()
    }
}

/// Starts the scanner, inactive. `frames` returns the newest camera frame (see
/// `CameraHandle::frame_accessor`); `notify` is called after each report (the UI repaints).
pub fn spawn_scan_worker(
    frames: Arc<dyn Fn() -> Option<Frame> + Send + Sync>,
    notify: Arc<dyn Fn() + Send + Sync>,
) -> ScanWorker {
    let control = Arc::new(Control {
        active: AtomicBool::new(false),
        epoch: AtomicU64::new(0),
        activated_at: Mutex::new(Instant::now()),
        stop: AtomicBool::new(false),
        hint: Mutex::new(None),
    });
    let (report_tx, report_rx) = bounded(CHANNEL_CAPACITY);
    let (wake_tx, wake_rx) = bounded::<()>(1);
    let thread = {
        let control = Arc::clone(&control);
        thread::Builder::new()
            .name("qr-scan".into())
            .spawn(move || scan_loop(&control, &*frames, &*notify, &report_tx, &wake_rx))
    };
    let thread = match thread {
        Ok(handle) => Some(handle),
        Err(e) => {
            tracing::error!(error = %e, "QR scan thread could not start");
            None
        }
    };
    ScanWorker {
        control,
        reports: report_rx,
        wake: wake_tx,
        thread,
    }
}

impl ScanWorker {
    /// Switches scanning on or off. Either way, reports not yet read are discarded, and after
    /// switching on only frames captured from now on are decoded.
    pub fn set_active(&self, on: bool) {
        *self
            .control
            .activated_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Instant::now();
        self.control.epoch.fetch_add(1, Ordering::SeqCst);
        self.control.active.store(on, Ordering::SeqCst);
        *self
            .control
            .hint
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
        while self.reports.try_recv().is_ok() {}
        let _ = self.wake.try_send(());
    }

    /// What the user could change (closer, farther, glare, hold still), judged from the
    /// latest frame in the last second or so that showed a code that could not be read.
    pub fn hint(&self) -> Option<ScanHint> {
        let hint = *self
            .control
            .hint
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        hint.filter(|(_, at)| at.elapsed() < HINT_FRESH)
            .map(|(hint, _)| hint)
    }

    /// True while scanning is on.
    pub fn is_active(&self) -> bool {
        self.control.active.load(Ordering::SeqCst)
    }

    /// The next report, if any (never blocks).
    pub fn try_recv(&self) -> Option<ScanReport> {
        let current = self.control.epoch.load(Ordering::SeqCst);
        while let Ok((epoch, report)) = self.reports.try_recv() {
            if epoch == current {
                return Some(report);
            }
        }
        None
    }
}

impl Drop for ScanWorker {
    fn drop(&mut self) {
        self.control.stop.store(true, Ordering::SeqCst);
        let _ = self.wake.try_send(());
        if let Some(thread) = self.thread.take() {
            let deadline = Instant::now() + JOIN_GRACE;
            while !thread.is_finished() && Instant::now() < deadline {
                thread::sleep(Duration::from_millis(5));
            }
            if thread.is_finished() {
                let _ = thread.join();
            } else {
                tracing::warn!("QR scan thread still busy at shutdown; left behind");
            }
        }
    }
}

/// Counters for the periodic log line.
#[derive(Default)]
struct Stats {
    frames: u64,
    busy: Duration,
    payloads: u64,
    unreadable: u64,
    panics: u64,
}

fn scan_loop(
    control: &Control,
    frames: &(dyn Fn() -> Option<Frame> + Send + Sync),
    notify: &(dyn Fn() + Send + Sync),
    reports: &Sender<(u64, ScanReport)>,
    wake: &Receiver<()>,
) {
    let mut last_seq: Option<u64> = None;
    let mut last_payload: Option<(String, Instant)> = None;
    let mut last_hint: Option<Instant> = None;
    let mut seen_epoch = u64::MAX;
    let mut scanner = Scanner::new();
    let mut stats = Stats::default();
    let mut stats_since = Instant::now();
    loop {
        if control.stop.load(Ordering::SeqCst) {
            return;
        }
        if !control.active.load(Ordering::SeqCst) {
            match wake.recv_timeout(Duration::from_millis(200)) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        let epoch = control.epoch.load(Ordering::SeqCst);
        if epoch != seen_epoch {
            // A new activation: start afresh, so the same form can be read again.
            seen_epoch = epoch;
            last_payload = None;
            last_hint = None;
            scanner.reset();
        }
        let activated_at = *control
            .activated_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let frame = frames().filter(|f| Some(f.seq) != last_seq && f.captured_at >= activated_at);
        let Some(frame) = frame else {
            match wake.recv_timeout(POLL) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        };
        last_seq = Some(frame.seq);

        let started = Instant::now();
        let grey = image::imageops::grayscale(&*frame.image);
        let scan = scanner.scan(&grey);
        drop(grey);
        drop(frame);
        if let Some(hint) = scan.hint
            && control.epoch.load(Ordering::SeqCst) == epoch
        {
            *control.hint.lock().unwrap_or_else(PoisonError::into_inner) =
                Some((hint, Instant::now()));
        }
        let outcome = scan.outcome;
        stats.frames += 1;
        stats.busy += started.elapsed();

        let now = Instant::now();
        let report = match outcome {
            DecodeOutcome::Payload(text) => {
                stats.payloads += 1;
                let repeat = last_payload
                    .as_ref()
                    .is_some_and(|(prev, at)| *prev == text && now - *at < SAME_PAYLOAD_INTERVAL);
                if repeat {
                    None
                } else {
                    last_payload = Some((text.clone(), now));
                    Some(ScanReport::Payload(text))
                }
            }
            DecodeOutcome::SeenUnreadable | DecodeOutcome::DecoderPanicked => {
                let panicked = outcome == DecodeOutcome::DecoderPanicked;
                if panicked {
                    stats.panics += 1;
                } else {
                    stats.unreadable += 1;
                }
                if last_hint.is_some_and(|at| now - at < HINT_INTERVAL) {
                    None
                } else {
                    last_hint = Some(now);
                    Some(if panicked {
                        ScanReport::DecoderPanicked
                    } else {
                        ScanReport::SeenUnreadable
                    })
                }
            }
            DecodeOutcome::Nothing => None,
        };
        if let Some(report) = report
            && control.active.load(Ordering::SeqCst)
            && control.epoch.load(Ordering::SeqCst) == epoch
        {
            match reports.try_send((epoch, report)) {
                Ok(()) => notify(),
                Err(TrySendError::Full(_)) => tracing::debug!("scan report dropped: nobody reads"),
                Err(TrySendError::Disconnected(_)) => return,
            }
        }

        if stats_since.elapsed() >= STATS_EVERY {
            log_stats(&stats, stats_since.elapsed());
            stats = Stats::default();
            stats_since = Instant::now();
        }
    }
}

fn log_stats(stats: &Stats, over: Duration) {
    let avg_ms = if stats.frames == 0 {
        0.0
    } else {
        stats.busy.as_secs_f64() * 1000.0 / stats.frames as f64
    };
    let decoder = decoder_stats();
    tracing::info!(
        frames = stats.frames,
        avg_decode_ms = format!("{avg_ms:.1}"),
        payloads = stats.payloads,
        unreadable = stats.unreadable,
        panics = stats.panics,
        rqrr_calls_total = decoder.calls,
        rqrr_panics_total = decoder.panics,
        over_s = over.as_secs(),
        "QR scan statistics"
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::{DemoScene, demo_frame};
    use std::sync::atomic::AtomicU32;

    /// A fake camera whose newest frame the test sets.
    #[derive(Clone, Default)]
    struct Slot(Arc<Mutex<Option<Frame>>>, Arc<AtomicU64>);

    impl Slot {
        fn show(&self, image: &Arc<image::RgbImage>) {
            let seq = self.1.fetch_add(1, Ordering::SeqCst);
            *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(Frame {
                image: Arc::clone(image),
                seq,
                captured_at: Instant::now(),
            });
        }
        fn accessor(&self) -> Arc<dyn Fn() -> Option<Frame> + Send + Sync> {
            let slot = self.clone();
            Arc::new(move || {
                slot.0
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clone()
            })
        }
    }

    fn wait_report(worker: &ScanWorker, timeout: Duration) -> Option<ScanReport> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Some(report) = worker.try_recv() {
                return Some(report);
            }
            thread::sleep(Duration::from_millis(5));
        }
        None
    }

    const ID: &str = "12345678901234567890123";

    #[test]
    fn reports_the_payload_once_per_second_and_only_while_active() {
        let slot = Slot::default();
        let decoded = Arc::new(AtomicU32::new(0));
        let notified = Arc::clone(&decoded);
        let worker = spawn_scan_worker(
            slot.accessor(),
            Arc::new(move || {
                notified.fetch_add(1, Ordering::SeqCst);
            }),
        );
        let form = Arc::new(demo_frame(
            &DemoScene::Form {
                qr_payload: ID.into(),
            },
            Duration::from_secs(2),
        ));
        slot.show(&form);
        // Inactive: nothing.
        assert_eq!(wait_report(&worker, Duration::from_millis(150)), None);

        worker.set_active(true);
        assert!(worker.is_active());
        // Frames shown before activation are not decoded; a fresh one is.
        assert_eq!(wait_report(&worker, Duration::from_millis(100)), None);
        slot.show(&form);
        assert_eq!(
            wait_report(&worker, Duration::from_secs(3)),
            Some(ScanReport::Payload(ID.into()))
        );
        assert!(decoded.load(Ordering::SeqCst) >= 1);
        // The same code in the next frames is not reported again within a second.
        for _ in 0..3 {
            slot.show(&form);
            thread::sleep(Duration::from_millis(60));
        }
        assert_eq!(worker.try_recv(), None);

        // Deactivated: later frames are ignored.
        worker.set_active(false);
        slot.show(&form);
        assert_eq!(wait_report(&worker, Duration::from_millis(200)), None);

        // Reactivated: the same form is reported again straight away.
        worker.set_active(true);
        slot.show(&form);
        assert_eq!(
            wait_report(&worker, Duration::from_secs(3)),
            Some(ScanReport::Payload(ID.into()))
        );
    }

    #[test]
    fn an_unreadable_code_gives_a_hint() {
        // A code whose data area is wiped: its finder patterns are there, its data is not.
        let code = qrcode::QrCode::new(ID.as_bytes()).expect("encodable");
        let n = code.width() as u32;
        let colors = code.to_colors();
        let module = 8;
        let side = (n + 8) * module;
        let image = image::RgbImage::from_fn(side, side, |x, y| {
            let (mx, my) = ((x / module) as i64 - 4, (y / module) as i64 - 4);
            let inside = mx >= 0 && my >= 0 && mx < n as i64 && my < n as i64;
            let wiped = (side * 2 / 5..side * 3 / 5).contains(&y);
            let dark = inside
                && !wiped
                && colors[(my as u32 * n + mx as u32) as usize] == qrcode::Color::Dark;
            image::Rgb(if dark { [20; 3] } else { [235; 3] })
        });
        let slot = Slot::default();
        let worker = spawn_scan_worker(slot.accessor(), Arc::new(|| {}));
        worker.set_active(true);
        assert_eq!(worker.hint(), None);
        slot.show(&Arc::new(image));
        assert_eq!(
            wait_report(&worker, Duration::from_secs(5)),
            Some(ScanReport::SeenUnreadable)
        );
        assert!(worker.hint().is_some());
        // Switching off forgets it.
        worker.set_active(false);
        assert_eq!(worker.hint(), None);
    }

    #[test]
    fn an_empty_booth_gives_no_reports() {
        let slot = Slot::default();
        let worker = spawn_scan_worker(slot.accessor(), Arc::new(|| {}));
        worker.set_active(true);
        slot.show(&Arc::new(demo_frame(&DemoScene::Backdrop, Duration::ZERO)));
        assert_eq!(wait_report(&worker, Duration::from_millis(400)), None);
    }
}
