//! The operator's photo calibration off the UI thread: loading the saved calibration at start,
//! capturing the empty booth's background reference (refused while the face models see a
//! face), recording the head baseline of a seated staff member over about two seconds
//! (numbers only), and resetting both. The face models are loaded for a job and dropped after
//! it: calibrating is rare, and the booth should not hold a second set for months.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::worker::{Notify, Worker};
use crate::camera::{Frame, FrameAccessor};
use crate::photo::calibration::{Backdrop, Calibration, HeadBaseline, median};
use crate::photo::checks::geometry::pitch_degrees;
use crate::photo::{AnalysedFrame, Analyser};

/// How long the head baseline is measured, and how long at most while too few frames with a
/// face came (a slow machine analyses few frames a second).
const BASELINE_SPAN: Duration = Duration::from_secs(2);
const BASELINE_MAX_SPAN: Duration = Duration::from_secs(8);
/// Frames with a face the baseline needs at least.
const BASELINE_MIN_SAMPLES: usize = 3;
/// How long a job waits for a camera frame.
const FRAME_WAIT: Duration = Duration::from_secs(3);

/// What staff ask for on the operator screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalibrationRequest {
    /// A background reference of the empty booth.
    CaptureBackdrop,
    /// The head baseline of a seated staff member.
    RecordBaseline,
    /// Forget both (kiosk-config's values apply again).
    Reset,
}

enum Job {
    Load,
    Do(CalibrationRequest),
}

/// How the last request ended, for the operator screen. Nothing about a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalibrationNote {
    Saved,
    /// The background reference was refused: a face is in view.
    FaceInView,
    /// No face was seen while recording the baseline.
    NoFace,
    /// The camera gave no frame.
    NoCamera,
    /// The models or the file failed (no personal data in the reason).
    Failed(String),
}

/// What the operator screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CalibrationStatus {
    pub current: Calibration,
    /// A request is being worked on.
    pub busy: bool,
    pub last: Option<CalibrationNote>,
}

/// The calibration worker and what the UI thread knows of it.
pub struct CalibrationService {
    worker: Worker<Job, (Calibration, Option<CalibrationNote>)>,
    status: CalibrationStatus,
}

impl CalibrationService {
    /// Starts the worker and asks it for the saved calibration.
    pub fn start(
        frames: FrameAccessor,
        data_dir: PathBuf,
        notify: Notify,
    ) -> std::io::Result<Self> {
        let mut current = Calibration::default();
        let worker = Worker::spawn("calibration", notify, move |job: Job| {
            let note = match job {
                Job::Load => match Calibration::load(&data_dir) {
                    Ok(c) => {
                        current = c;
                        None
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "photo calibration unreadable; not used");
                        Some(CalibrationNote::Failed(e.to_string()))
                    }
                },
                Job::Do(request) => {
                    let next = run(request, current, &frames);
                    match next {
                        Ok(next) => match next.save(&data_dir) {
                            Ok(()) => {
                                tracing::warn!(?request, "photo calibration saved");
                                current = next;
                                Some(CalibrationNote::Saved)
                            }
                            Err(e) => Some(CalibrationNote::Failed(e.to_string())),
                        },
                        Err(note) => {
                            tracing::warn!(?request, ?note, "photo calibration not saved");
                            Some(note)
                        }
                    }
                }
            };
            (current, note)
        })?;
        worker.send(0, Job::Load);
        Ok(Self {
            worker,
            status: CalibrationStatus {
                busy: true,
                ..CalibrationStatus::default()
            },
        })
    }

    /// Queues a request; its outcome shows in [`CalibrationService::status`].
    pub fn request(&mut self, request: CalibrationRequest) {
        if self.worker.send(0, Job::Do(request)) {
            self.status.busy = true;
            self.status.last = None;
        }
    }

    pub fn status(&self) -> &CalibrationStatus {
        &self.status
    }

    /// Results since the last call; the calibration when it changed. Never blocks.
    pub fn poll(&mut self) -> Option<Calibration> {
        let mut changed = None;
        while let Some(done) = self.worker.try_recv() {
            self.status.busy = false;
            match done.result {
                Some((calibration, note)) => {
                    if calibration != self.status.current || changed.is_some() {
                        changed = Some(calibration);
                    }
                    self.status.current = calibration;
                    if note.is_some() {
                        self.status.last = note;
                    }
                }
                None => {
                    self.status.last = Some(CalibrationNote::Failed(
                        "the calibration worker panicked".to_owned(),
                    ));
                }
            }
        }
        changed
    }

    /// Panics caught in the worker so far.
    pub fn restarts(&self) -> u64 {
        self.worker.restarts()
    }
}

/// The calibration after `request`, or why it was not made.
fn run(
    request: CalibrationRequest,
    current: Calibration,
    frames: &FrameAccessor,
) -> Result<Calibration, CalibrationNote> {
    match request {
        CalibrationRequest::Reset => Ok(Calibration::default()),
        CalibrationRequest::CaptureBackdrop => {
            let frame = wait_for_frame(frames, None).ok_or(CalibrationNote::NoCamera)?;
            let mut analyser = models()?;
            let analysed = analyser
                .analyse_still(Arc::clone(&frame.image))
                .map_err(|e| CalibrationNote::Failed(e.to_string()))?;
            if sees_a_face(&analysed) {
                return Err(CalibrationNote::FaceInView);
            }
            Ok(Calibration {
                backdrop: Some(Backdrop::from_image(&frame.image)),
                ..current
            })
        }
        CalibrationRequest::RecordBaseline => {
            let mut analyser = models()?;
            let (mut pitches, mut eye_lines) = (Vec::new(), Vec::new());
            let start = Instant::now();
            let mut last = None;
            loop {
                let elapsed = start.elapsed();
                let enough = pitches.len() >= BASELINE_MIN_SAMPLES;
                if (elapsed >= BASELINE_SPAN && enough) || elapsed >= BASELINE_MAX_SPAN {
                    break;
                }
                let Some(frame) = wait_for_frame(frames, last) else {
                    break;
                };
                last = Some(frame.seq);
                let analysed = analyser
                    .analyse(Arc::clone(&frame.image), Instant::now())
                    .map_err(|e| CalibrationNote::Failed(e.to_string()))?;
                if let Some(face) = &analysed.face {
                    pitches.push(pitch_degrees(face));
                    let eyes = face.head.right_eye.midpoint(face.head.left_eye);
                    eye_lines.push(eyes.y / analysed.height().max(1) as f32);
                }
            }
            if pitches.len() < BASELINE_MIN_SAMPLES {
                return Err(CalibrationNote::NoFace);
            }
            let head =
                median(&mut pitches)
                    .zip(median(&mut eye_lines))
                    .map(|(pitch_deg, eye_line)| HeadBaseline {
                        pitch_deg,
                        eye_line,
                    });
            Ok(Calibration { head, ..current })
        }
    }
}

fn models() -> Result<Analyser, CalibrationNote> {
    Analyser::load_default().map_err(|e| CalibrationNote::Failed(e.to_string()))
}

/// Any face at all: the detector's, or another one (rustface).
fn sees_a_face(frame: &AnalysedFrame) -> bool {
    frame.face.is_some() || !frame.other_faces.is_empty()
}

/// The newest frame other than `after`, waiting up to [`FRAME_WAIT`] for it.
fn wait_for_frame(frames: &FrameAccessor, after: Option<u64>) -> Option<Frame> {
    let until = Instant::now() + FRAME_WAIT;
    loop {
        if let Some(f) = frames().filter(|f| Some(f.seq) != after) {
            return Some(f);
        }
        if Instant::now() >= until {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
