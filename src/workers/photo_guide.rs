//! The live photo guide: on the photo screen only, analyses the newest camera frame off the UI
//! thread (one frame in flight, stale frames never queued), runs the twenty checks of design §3
//! and reports a small [`Guidance`] to the flow. Loads the face models on its own thread, the
//! first time they are needed; when they are missing or the analysis fails, it reports
//! [`Event::PhotoGuideUnavailable`] and stops asking until the screen is entered again (the
//! manual shutter always works). A panic in the analysis is caught by [`Worker`]. The
//! face parsing for head coverings runs on a thread of its own beside it ([`HatReader`]).

use std::sync::Arc;
use std::time::Instant;

use image::RgbImage;

use super::hat_reader::HatReader;
use super::worker::{Notify, Worker};
use crate::camera::FrameAccessor;
use crate::config::PhotoChecksConfig;
use crate::face::ModelError;
use crate::flow::{Event, Guidance, HeadMarks};
use crate::photo::analysis::FaceAnalysis;
use crate::photo::checks::geometry::{pitch_degrees, yaw_degrees};
use crate::photo::{Analyser, CheckResult, PhotoAnalysis};

/// Why a frame got no guidance.
#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    #[error("the face models could not be loaded: {0}")]
    Models(#[source] ModelError),
    #[error("the photo analysis failed: {0}")]
    Analysis(#[source] ModelError),
}

/// One frame to analyse; `fresh` when the previous frames belong to another visit of the screen.
struct Job {
    image: Arc<RgbImage>,
    fresh: bool,
}

/// The analysis thread and what the UI thread knows of it.
pub struct PhotoGuide {
    worker: Worker<Job, Result<Guidance, GuideError>>,
    frames: FrameAccessor,
    active: bool,
    /// A frame was sent and its result has not come back.
    in_flight: bool,
    /// The next job starts afresh (no hysteresis or jitter from an earlier visit).
    fresh: bool,
    /// The guide gave up for this visit of the screen (models missing, analysis failing).
    given_up: bool,
    last_seq: Option<u64>,
}

impl PhotoGuide {
    /// Starts the analysis thread; models load on the first frame.
    pub fn start(
        frames: FrameAccessor,
        cfg: PhotoChecksConfig,
        notify: Notify,
    ) -> std::io::Result<Self> {
        let mut analyser: Option<Analyser> = None;
        let mut hats: Option<HatReader> = None;
        let mut previous: Vec<CheckResult> = Vec::new();
        let worker = Worker::spawn("photo-guide", notify, move |job: Job| {
            if job.fresh {
                previous.clear();
                if let Some(h) = &mut hats {
                    h.forget();
                }
            }
            let analyser = match &mut analyser {
                Some(a) => a,
                None => {
                    let loaded = Analyser::load_default().map_err(GuideError::Models)?;
                    if cfg.head_covering_parsing {
                        // Without the thread, the check judges by colour alone.
                        hats = HatReader::start(loaded.parser())
                            .inspect_err(|e| tracing::warn!(error = %e, "no face-parsing thread"))
                            .ok();
                    }
                    analyser.insert(loaded)
                }
            };
            let now = Instant::now();
            let mut frame = analyser
                .analyse(job.image, now)
                .map_err(GuideError::Analysis)?;
            frame.hat_share = hats.as_mut().and_then(|h| h.update(&frame, now));
            let (w, h) = (frame.width(), frame.height());
            let head = frame
                .face
                .as_ref()
                .map(|face| head_marks(face, cfg.pitch_baseline_deg));
            let analysis = PhotoAnalysis::judge(frame, &cfg, &previous);
            previous.clone_from(&analysis.results);
            Ok(Guidance {
                checks: analysis.results,
                crop: analysis.crop,
                frame_size: (w, h),
                head,
            })
        })?;
        Ok(Self {
            worker,
            frames,
            active: false,
            in_flight: false,
            fresh: true,
            given_up: false,
            last_seq: None,
        })
    }

    /// Panics caught in the analysis so far (the worker goes on with the next frame).
    pub fn restarts(&self) -> u64 {
        self.worker.restarts()
    }

    /// Fault drill: the next frame's analysis panics.
    pub fn drill_panic(&self) {
        self.worker.drill_panic();
    }

    /// Whether the photo screen is showing; entering it gives the guide a fresh start.
    pub fn set_active(&mut self, active: bool) {
        if active && !self.active {
            self.fresh = true;
            self.given_up = false;
        }
        self.active = active;
    }

    /// Results since the last call as flow events (for `generation`), then sends the newest
    /// frame when nothing is in flight. Never blocks.
    pub fn poll(&mut self, generation: u64, events: &mut Vec<Event>) {
        while let Some(done) = self.worker.try_recv() {
            self.in_flight = false;
            if done.generation != generation || !self.active || self.given_up {
                continue;
            }
            match done.result {
                Some(Ok(guidance)) => events.push(Event::PhotoGuidance(Arc::new(guidance))),
                Some(Err(e)) => {
                    tracing::warn!(error = %e, "photo guide unavailable");
                    self.given_up = true;
                    events.push(Event::PhotoGuideUnavailable);
                }
                None => {
                    // The analysis panicked on this frame (already logged): say so; the next
                    // frame is tried again.
                    events.push(Event::PhotoGuideUnavailable);
                }
            }
        }
        if !self.active || self.in_flight || self.given_up {
            return;
        }
        let Some(frame) = (self.frames)() else {
            return;
        };
        if self.last_seq == Some(frame.seq) {
            return;
        }
        let job = Job {
            image: frame.image,
            fresh: self.fresh,
        };
        if self.worker.send(generation, job) {
            self.in_flight = true;
            self.fresh = false;
            self.last_seq = Some(frame.seq);
        } else if !self.given_up {
            self.given_up = true;
            events.push(Event::PhotoGuideUnavailable);
        }
    }
}

/// The signed head measurements the picture cues need (the checks keep only magnitudes).
fn head_marks(face: &FaceAnalysis, pitch_baseline_deg: f32) -> HeadMarks {
    let head = &face.head;
    let c = head.ideal_crop;
    HeadMarks {
        right_eye: (head.right_eye.x, head.right_eye.y),
        left_eye: (head.left_eye.x, head.left_eye.y),
        chin: (head.chin.x, head.chin.y),
        ideal_crop: (c.x, c.y, c.w, c.h),
        yaw_deg: yaw_degrees(face),
        pitch_deg: pitch_degrees(face) - pitch_baseline_deg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::Frame;
    use crate::photo::CheckId;
    use std::time::Duration;

    /// A camera that shows an empty grey room: the guide must say "no face" (or, without the
    /// models, that it is unavailable), and only while it is active.
    #[test]
    fn an_empty_frame_gets_no_face_or_unavailable_and_nothing_when_inactive() {
        let image = Arc::new(RgbImage::from_pixel(640, 480, image::Rgb([128, 128, 128])));
        let frames: FrameAccessor = Arc::new(move || {
            Some(Frame {
                image: Arc::clone(&image),
                seq: 1,
                captured_at: Instant::now(),
            })
        });
        let mut guide = PhotoGuide::start(frames, PhotoChecksConfig::default(), Arc::new(|| {}))
            .expect("thread");
        let mut events = Vec::new();
        guide.poll(1, &mut events);
        assert!(!guide.in_flight, "inactive: nothing is analysed");
        guide.set_active(true);
        for _ in 0..3000 {
            guide.poll(1, &mut events);
            if !events.is_empty() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        match events.first() {
            Some(Event::PhotoGuidance(g)) => {
                assert_eq!(g.message(), Some(CheckId::FacePresent));
                assert!(g.crop.is_none() && !g.all_pass());
                assert_eq!(g.frame_size, (640, 480));
                assert!(g.head.is_none() && g.cue(false).is_none());
            }
            Some(Event::PhotoGuideUnavailable) => {}
            other => panic!("no guidance: {other:?}"),
        }
        // The same frame is never analysed twice.
        events.clear();
        for _ in 0..20 {
            guide.poll(1, &mut events);
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(events.is_empty() && !guide.in_flight);
    }
}
