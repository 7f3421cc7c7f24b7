//! The capture worker: a dedicated thread that opens a [`FrameSource`] and keeps the newest
//! frame in a one-frame slot, plus a watchdog that replaces a capture thread that has gone
//! silent (V4L can block forever inside `frame()`).
//!
//! Everything the threads share lives in one mutex-guarded [`State`]. Each capture thread is
//! tagged with a generation; the watchdog abandons a stalled thread by bumping the generation,
//! and a thread whose generation is no longer current can never touch the slot or the status
//! again, even if its driver call returns much later.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, bounded};

use crate::camera::frame_source::{CameraError, Frame, FrameSource};

/// Builds a fresh, unopened source; called on the capture thread at start and after failures.
pub type SourceFactory = Box<dyn FnMut() -> Result<Box<dyn FrameSource>, CameraError> + Send>;

/// A cheap way to read the newest frame, for workers that must not own the [`CameraHandle`].
pub type FrameAccessor = Arc<dyn Fn() -> Option<Frame> + Send + Sync>;

/// The camera as the UI and the operator screen see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameraStatus {
    /// Opening the source; no frame yet.
    Starting,
    /// Frames are arriving.
    Live {
        /// Width of the frames.
        width: u32,
        /// Height of the frames.
        height: u32,
        /// True when the frames come from the demo scene generator.
        demo: bool,
    },
    /// No frames: the source failed or stalled; the worker keeps trying to reopen it.
    Lost {
        /// Why, for the operator screen (no personal data).
        reason: String,
    },
}

/// Timings of the capture worker. The defaults suit a real booth; tests shorten them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CameraTimings {
    /// No frame for this long, while streaming, counts as a stall.
    pub stall_timeout: Duration,
    /// Making and opening a source (and its first frame) may take this long before it
    /// counts as a stall; cameras can be slow to negotiate.
    pub open_timeout: Duration,
    /// First wait before reopening a failed source.
    pub backoff_min: Duration,
    /// The wait doubles after each failure up to this.
    pub backoff_max: Duration,
    /// How often the watchdog looks.
    pub watchdog_period: Duration,
}

impl Default for CameraTimings {
    fn default() -> Self {
        CameraTimings {
            stall_timeout: Duration::from_secs(3),
            open_timeout: Duration::from_secs(12),
            backoff_min: Duration::from_millis(500),
            backoff_max: Duration::from_secs(5),
            watchdog_period: Duration::from_millis(250),
        }
    }
}

/// At most this many capture threads may exist at once, abandoned ones included. A device
/// that keeps hanging threads inside its driver then stays `Lost` instead of eating threads.
const MAX_CAPTURE_THREADS: usize = 4;

/// How long dropping the handle waits for the current capture thread to finish.
const JOIN_GRACE: Duration = Duration::from_secs(1);

/// The reason reported when the watchdog gives up on a silent capture thread.
const STALLED: &str = "stalled";
/// The reason reported when the source panicked inside the capture thread.
const CRASHED: &str = "camera driver crashed";

struct State {
    /// The generation of the capture thread allowed to publish.
    generation: u64,
    frame: Option<Frame>,
    status: CameraStatus,
    next_seq: u64,
    /// While the current capture thread is inside a call that should come back (making or
    /// opening the source, waiting for a frame): when it counts as stalled. `None` while the
    /// thread waits on purpose (backoff).
    deadline: Option<Instant>,
    /// The watchdog abandoned a thread and has not started its replacement yet.
    needs_restart: bool,
    stopping: bool,
}

struct Shared {
    state: Mutex<State>,
    factory: Mutex<SourceFactory>,
    notify: Arc<dyn Fn() + Send + Sync>,
    timings: CameraTimings,
    /// Capture threads alive, abandoned ones included.
    live_threads: AtomicUsize,
    /// Capture threads replaced after a panic or a stall (the `worker restarts` metric).
    restarts: AtomicU64,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn is_current(&self, generation: u64) -> bool {
        let state = self.lock();
        state.generation == generation && !state.stopping
    }

    /// Updates the status if `generation` is still current; returns whether it is.
    fn set_status(&self, generation: u64, status: CameraStatus, deadline: Option<Instant>) -> bool {
        let mut state = self.lock();
        if state.generation != generation || state.stopping {
            return false;
        }
        state.status = status;
        state.deadline = deadline;
        true
    }

    /// Arms the watchdog: the current thread must make progress within `within`. Returns
    /// whether the generation is still current.
    fn watch(&self, generation: u64, within: Duration) -> bool {
        let mut state = self.lock();
        if state.generation != generation || state.stopping {
            return false;
        }
        state.deadline = Some(Instant::now() + within);
        true
    }

    /// Stores a frame if `generation` is still current; returns whether it is.
    fn publish(&self, generation: u64, image: image::RgbImage, demo: bool) -> bool {
        let now = Instant::now();
        {
            let mut state = self.lock();
            if state.generation != generation || state.stopping {
                return false;
            }
            let (width, height) = image.dimensions();
            let live = CameraStatus::Live {
                width,
                height,
                demo,
            };
            if state.status != live {
                tracing::info!(width, height, demo, "camera live");
                state.status = live;
            }
            let seq = state.next_seq;
            state.next_seq += 1;
            state.frame = Some(Frame {
                image: Arc::new(image),
                seq,
                captured_at: now,
            });
            state.deadline = Some(now + self.timings.stall_timeout);
        }
        (self.notify)();
        true
    }
}

/// Decrements the live-thread count however a capture thread ends (panics included).
struct ThreadCount(Arc<Shared>);

impl Drop for ThreadCount {
    fn drop(&mut self) {
        self.0.live_threads.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The running camera: read the newest frame and the status from any thread.
/// Dropping it stops the worker threads (a thread stuck in a driver is left to end by itself).
pub struct CameraHandle {
    shared: Arc<Shared>,
    stop_tx: Option<Sender<()>>,
    watchdog: Option<JoinHandle<()>>,
    capture: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl std::fmt::Debug for CameraHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CameraHandle")
            .field("status", &self.status())
            .finish_non_exhaustive()
    }
}

/// Starts the camera with the default [`CameraTimings`]. `make_source` builds a fresh source
/// (called again after every failure); `notify` is called after each new frame (the UI
/// requests a repaint) and on status changes.
pub fn spawn_camera(
    make_source: SourceFactory,
    notify: Arc<dyn Fn() + Send + Sync>,
) -> CameraHandle {
    spawn_camera_with(make_source, notify, CameraTimings::default())
}

/// [`spawn_camera`] with explicit timings.
pub fn spawn_camera_with(
    make_source: SourceFactory,
    notify: Arc<dyn Fn() + Send + Sync>,
    timings: CameraTimings,
) -> CameraHandle {
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            generation: 0,
            frame: None,
            status: CameraStatus::Starting,
            next_seq: 0,
            deadline: Some(Instant::now() + timings.open_timeout),
            needs_restart: false,
            stopping: false,
        }),
        factory: Mutex::new(make_source),
        notify,
        timings,
        live_threads: AtomicUsize::new(0),
        restarts: AtomicU64::new(0),
    });
    let capture = Arc::new(Mutex::new(start_capture_thread(&shared, 0)));
    let (stop_tx, stop_rx) = bounded::<()>(1);
    let watchdog = {
        let shared = Arc::clone(&shared);
        let capture = Arc::clone(&capture);
        thread::Builder::new()
            .name("camera-watchdog".into())
            .spawn(move || watchdog_loop(&shared, &capture, &stop_rx))
    };
    let watchdog = match watchdog {
        Ok(handle) => Some(handle),
        Err(e) => {
            tracing::error!(error = %e, "camera watchdog could not start");
            None
        }
    };
    CameraHandle {
        shared,
        stop_tx: Some(stop_tx),
        watchdog,
        capture,
    }
}

impl CameraHandle {
    /// The newest frame, if any (a cheap clone of an `Arc`).
    pub fn latest(&self) -> Option<Frame> {
        self.shared.lock().frame.clone()
    }

    /// The camera's current status.
    pub fn status(&self) -> CameraStatus {
        self.shared.lock().status.clone()
    }

    /// Capture threads replaced so far, after a panic or a stall.
    pub fn restarts(&self) -> u64 {
        self.shared.restarts.load(Ordering::Relaxed)
    }

    /// Forgets the stored frame (session wipe). The next captured frame fills the slot again.
    pub fn clear(&self) {
        self.shared.lock().frame = None;
    }

    /// A closure that returns the newest frame, for workers such as the QR scanner.
    pub fn frame_accessor(&self) -> FrameAccessor {
        let shared = Arc::clone(&self.shared);
        Arc::new(move || shared.lock().frame.clone())
    }
}

impl Drop for CameraHandle {
    fn drop(&mut self) {
        {
            let mut state = self.shared.lock();
            state.stopping = true;
            state.generation += 1;
            state.frame = None;
        }
        drop(self.stop_tx.take());
        if let Some(watchdog) = self.watchdog.take() {
            let _ = watchdog.join();
        }
        let current = self
            .capture
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(capture) = current {
            let deadline = Instant::now() + JOIN_GRACE;
            while !capture.is_finished() && Instant::now() < deadline {
                thread::sleep(Duration::from_millis(5));
            }
            if capture.is_finished() {
                let _ = capture.join();
            } else {
                tracing::warn!("camera capture thread still blocked at shutdown; left behind");
            }
        }
    }
}

fn start_capture_thread(shared: &Arc<Shared>, generation: u64) -> Option<JoinHandle<()>> {
    shared.live_threads.fetch_add(1, Ordering::SeqCst);
    let guard = ThreadCount(Arc::clone(shared));
    let result = thread::Builder::new()
        .name(format!("camera-capture-{generation}"))
        .spawn(move || {
            let shared = Arc::clone(&guard.0);
            let run = catch_unwind(AssertUnwindSafe(|| capture_loop(&shared, generation)));
            if run.is_err() {
                crashed(&shared, generation);
            }
            drop(guard);
        });
    match result {
        Ok(handle) => Some(handle),
        Err(e) => {
            // The closure (and its guard) was dropped, so the count is already corrected.
            tracing::error!(error = %e, "camera capture thread could not start");
            None
        }
    }
}

/// The source panicked on the capture thread of `generation`: if it was the current one, the
/// camera is lost and the watchdog starts a fresh thread at its next look (no stall to wait
/// for). The panic itself was reported by the panic hook.
fn crashed(shared: &Shared, generation: u64) {
    {
        let mut state = shared.lock();
        if state.generation != generation || state.stopping {
            return;
        }
        state.generation += 1;
        state.needs_restart = true;
        state.deadline = None;
        state.status = CameraStatus::Lost {
            reason: CRASHED.to_owned(),
        };
    }
    tracing::error!("camera capture thread panicked; a fresh one will be started");
    (shared.notify)();
}

/// Opens sources and publishes frames until this generation is abandoned or stopped.
fn capture_loop(shared: &Shared, generation: u64) {
    let timings = shared.timings;
    let mut backoff = timings.backoff_min;
    let mut last_reason = String::new();
    loop {
        if !shared.watch(generation, timings.open_timeout) {
            return;
        }
        let made = {
            let mut factory = shared
                .factory
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if !shared.is_current(generation) {
                return;
            }
            factory()
        };
        let opened = made.and_then(|mut source| {
            let size = source.open()?;
            Ok((source, size))
        });
        let error = match opened {
            Ok((mut source, (width, height))) => {
                tracing::info!(source = %source.describe(), width, height, "camera source opened");
                let demo = source.is_demo();
                let mut delivered = false;
                loop {
                    match source.next_frame() {
                        Ok(image) => {
                            if !shared.publish(generation, image, demo) {
                                return;
                            }
                            if !delivered {
                                delivered = true;
                                backoff = timings.backoff_min;
                                last_reason.clear();
                            }
                        }
                        Err(e) => break e,
                    }
                }
            }
            Err(e) => e,
        };
        let reason = error.to_string();
        let retry_in_ms = backoff.as_millis() as u64;
        if reason == last_reason {
            tracing::debug!(error = %reason, retry_in_ms, "camera still lost");
        } else {
            tracing::warn!(error = %reason, retry_in_ms, "camera lost");
            last_reason.clone_from(&reason);
        }
        if !shared.set_status(generation, CameraStatus::Lost { reason }, None) {
            return;
        }
        (shared.notify)();
        // The failed source has been dropped here; wait, then build a fresh one.
        if !sleep_while_current(shared, generation, backoff) {
            return;
        }
        backoff = (backoff * 2).min(timings.backoff_max);
    }
}

/// Sleeps in short slices; false as soon as the generation is no longer current.
fn sleep_while_current(shared: &Shared, generation: u64, total: Duration) -> bool {
    let deadline = Instant::now() + total;
    loop {
        if !shared.is_current(generation) {
            return false;
        }
        let now = Instant::now();
        if now >= deadline {
            return true;
        }
        thread::sleep((deadline - now).min(Duration::from_millis(20)));
    }
}

fn watchdog_loop(
    shared: &Arc<Shared>,
    capture: &Mutex<Option<JoinHandle<()>>>,
    stop: &Receiver<()>,
) {
    let timings = shared.timings;
    loop {
        match stop.recv_timeout(timings.watchdog_period) {
            Err(RecvTimeoutError::Timeout) => {}
            // The handle was dropped (or sent a stop).
            Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
        }
        let mut stalled_now = false;
        let restart = {
            let mut state = shared.lock();
            if state.stopping {
                return;
            }
            let stalled = state
                .deadline
                .is_some_and(|deadline| Instant::now() >= deadline);
            if stalled && !state.needs_restart {
                state.generation += 1;
                state.needs_restart = true;
                state.deadline = None;
                state.status = CameraStatus::Lost {
                    reason: STALLED.to_string(),
                };
                tracing::warn!("camera stalled; abandoning its capture thread");
                stalled_now = true;
            }
            if state.needs_restart
                && shared.live_threads.load(Ordering::SeqCst) < MAX_CAPTURE_THREADS
            {
                state.needs_restart = false;
                state.deadline = Some(Instant::now() + timings.open_timeout);
                Some(state.generation)
            } else {
                None
            }
        };
        // Outside the lock: the callback may well read the status.
        if stalled_now {
            (shared.notify)();
        }
        if let Some(generation) = restart {
            tracing::info!(generation, "starting a fresh camera capture thread");
            shared.restarts.fetch_add(1, Ordering::Relaxed);
            let handle = start_capture_thread(shared, generation);
            let mut slot = capture.lock().unwrap_or_else(PoisonError::into_inner);
            // The abandoned thread's handle is dropped: it is detached and ends by itself.
            *slot = handle;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    /// A source producing small grey frames; `fail_at` makes the n-th frame (1-based) of the
    /// first instance fail, `block_at` makes it block forever.
    struct TestSource {
        frames: u32,
        fail_at: Option<u32>,
        block_at: Option<u32>,
    }

    impl FrameSource for TestSource {
        fn describe(&self) -> String {
            "test source".into()
        }
        fn open(&mut self) -> Result<(u32, u32), CameraError> {
            Ok((8, 6))
        }
        fn next_frame(&mut self) -> Result<image::RgbImage, CameraError> {
            self.frames += 1;
            thread::sleep(Duration::from_millis(5));
            if self.fail_at == Some(self.frames) {
                return Err(CameraError::Capture("test failure".into()));
            }
            if self.block_at == Some(self.frames) {
                loop {
                    thread::park();
                }
            }
            Ok(image::RgbImage::new(8, 6))
        }
    }

    fn fast_timings() -> CameraTimings {
        CameraTimings {
            stall_timeout: Duration::from_millis(300),
            open_timeout: Duration::from_millis(600),
            backoff_min: Duration::from_millis(50),
            backoff_max: Duration::from_millis(200),
            watchdog_period: Duration::from_millis(20),
        }
    }

    fn wait_for(what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
        let deadline = Instant::now() + timeout;
        while !check() {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            thread::sleep(Duration::from_millis(2));
        }
    }

    /// Records every status it sees, polling quickly.
    fn watch_statuses(
        camera: &CameraHandle,
        until: impl Fn(&[CameraStatus]) -> bool,
    ) -> Vec<CameraStatus> {
        let mut seen: Vec<CameraStatus> = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            let status = camera.status();
            if seen.last() != Some(&status) {
                seen.push(status);
            }
            if until(&seen) {
                return seen;
            }
            thread::sleep(Duration::from_millis(1));
        }
        panic!("statuses seen: {seen:?}");
    }

    fn is_lost(s: &CameraStatus) -> bool {
        matches!(s, CameraStatus::Lost { .. })
    }

    fn is_live(s: &CameraStatus) -> bool {
        matches!(
            s,
            CameraStatus::Live {
                width: 8,
                height: 6,
                demo: false
            }
        )
    }

    #[test]
    fn delivers_frames_with_increasing_seq_and_notifies() {
        let notified = Arc::new(AtomicU32::new(0));
        let counter = Arc::clone(&notified);
        let camera = spawn_camera_with(
            Box::new(|| {
                Ok(Box::new(TestSource {
                    frames: 0,
                    fail_at: None,
                    block_at: None,
                }) as Box<dyn FrameSource>)
            }),
            Arc::new(move || {
                counter.fetch_add(1, Ordering::SeqCst);
            }),
            fast_timings(),
        );
        let mut seqs = Vec::new();
        wait_for("five frames", Duration::from_secs(3), || {
            if let Some(frame) = camera.latest()
                && seqs.last() != Some(&frame.seq)
            {
                seqs.push(frame.seq);
            }
            seqs.len() >= 5
        });
        assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
        assert!(is_live(&camera.status()));
        assert!(notified.load(Ordering::SeqCst) >= 5);
        camera.clear();
        // Cleared, then refilled by the next frame with a higher seq.
        let last = seqs.last().copied().unwrap_or(0);
        wait_for("a frame after clear", Duration::from_secs(2), || {
            camera.latest().is_some_and(|f| f.seq > last)
        });
    }

    #[test]
    fn recovers_after_a_capture_error() {
        let made = Arc::new(AtomicU32::new(0));
        let made_in = Arc::clone(&made);
        let camera = spawn_camera_with(
            Box::new(move || {
                let n = made_in.fetch_add(1, Ordering::SeqCst);
                Ok(Box::new(TestSource {
                    frames: 0,
                    fail_at: (n == 0).then_some(3),
                    block_at: None,
                }) as Box<dyn FrameSource>)
            }),
            Arc::new(|| {}),
            fast_timings(),
        );
        let seen = watch_statuses(&camera, |seen| {
            seen.iter()
                .position(is_lost)
                .is_some_and(|lost| seen[lost..].iter().any(is_live))
        });
        let first_live = seen.iter().position(is_live);
        let lost = seen.iter().position(is_lost);
        assert!(first_live < lost, "{seen:?}");
        assert_eq!(
            seen[lost.unwrap_or(0)],
            CameraStatus::Lost {
                reason: CameraError::Capture("test failure".into()).to_string()
            }
        );
        assert_eq!(made.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn retries_a_failing_factory_with_backoff() {
        let attempts = Arc::new(AtomicU32::new(0));
        let counted = Arc::clone(&attempts);
        let camera = spawn_camera_with(
            Box::new(move || {
                if counted.fetch_add(1, Ordering::SeqCst) < 2 {
                    Err(CameraError::NoDevice)
                } else {
                    Ok(Box::new(TestSource {
                        frames: 0,
                        fail_at: None,
                        block_at: None,
                    }) as Box<dyn FrameSource>)
                }
            }),
            Arc::new(|| {}),
            fast_timings(),
        );
        let seen = watch_statuses(&camera, |seen| seen.last().is_some_and(is_live));
        assert!(seen.contains(&CameraStatus::Lost {
            reason: CameraError::NoDevice.to_string()
        }));
        assert_eq!(attempts.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn a_stalled_source_is_replaced_and_cannot_publish_later() {
        let made = Arc::new(AtomicU32::new(0));
        let made_in = Arc::clone(&made);
        let camera = spawn_camera_with(
            Box::new(move || {
                let n = made_in.fetch_add(1, Ordering::SeqCst);
                Ok(Box::new(TestSource {
                    frames: 0,
                    block_at: (n == 0).then_some(4),
                    fail_at: None,
                }) as Box<dyn FrameSource>)
            }),
            Arc::new(|| {}),
            fast_timings(),
        );
        let started = Instant::now();
        let seen = watch_statuses(&camera, |seen| {
            seen.iter()
                .position(|s| {
                    *s == CameraStatus::Lost {
                        reason: STALLED.into(),
                    }
                })
                .is_some_and(|lost| seen[lost..].iter().any(is_live))
        });
        assert!(seen.iter().any(is_live), "{seen:?}");
        assert_eq!(made.load(Ordering::SeqCst), 2);
        assert!(started.elapsed() < Duration::from_secs(2));
        // The replacement keeps delivering.
        let seq = camera.latest().map_or(0, |f| f.seq);
        wait_for(
            "frames from the replacement",
            Duration::from_secs(2),
            || camera.latest().is_some_and(|f| f.seq > seq + 3),
        );
    }

    #[test]
    fn the_demo_factory_goes_live_as_demo() {
        let director = crate::camera::DemoDirector::default();
        let camera = spawn_camera_with(
            crate::camera::DemoSource::factory(director),
            Arc::new(|| {}),
            fast_timings(),
        );
        wait_for("the demo to go live", Duration::from_secs(3), || {
            camera.status()
                == CameraStatus::Live {
                    width: crate::camera::DEMO_WIDTH,
                    height: crate::camera::DEMO_HEIGHT,
                    demo: true,
                }
        });
        assert!(camera.latest().is_some());
    }

    #[test]
    fn a_generation_that_was_abandoned_cannot_publish() {
        let camera = spawn_camera_with(
            Box::new(|| Err(CameraError::NoDevice)),
            Arc::new(|| {}),
            fast_timings(),
        );
        let old = camera.shared.lock().generation;
        camera.shared.lock().generation += 1;
        assert!(
            !camera
                .shared
                .publish(old, image::RgbImage::new(2, 2), false)
        );
        assert!(camera.latest().is_none());
    }

    #[test]
    fn dropping_the_handle_stops_the_capture_thread() {
        let made = Arc::new(AtomicU32::new(0));
        let made_in = Arc::clone(&made);
        let camera = spawn_camera_with(
            Box::new(move || {
                made_in.fetch_add(1, Ordering::SeqCst);
                Ok(Box::new(TestSource {
                    frames: 0,
                    fail_at: None,
                    block_at: None,
                }) as Box<dyn FrameSource>)
            }),
            Arc::new(|| {}),
            fast_timings(),
        );
        wait_for("a frame", Duration::from_secs(2), || {
            camera.latest().is_some()
        });
        let shared = Arc::clone(&camera.shared);
        let started = Instant::now();
        drop(camera);
        assert!(started.elapsed() < Duration::from_millis(500));
        assert_eq!(shared.live_threads.load(Ordering::SeqCst), 0);
        assert_eq!(made.load(Ordering::SeqCst), 1);
    }
}
