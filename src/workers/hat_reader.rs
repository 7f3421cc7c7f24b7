//! The face-parsing thread beside the live photo guide. The network takes about half a second
//! a run, ten times a frame's analysis, so the guide does not wait for it: it hands this thread
//! the newest frame with a face when no run is in flight and the last reading is older than
//! [`REREAD`] or no longer fits the head, and every frame takes the last reading that still fits
//! (`photo::hat_reading`). Until one has come back the frame has no hat share and the check
//! judges by colour alone. A failing or panicking run is logged and the guide goes on without.

use std::sync::Arc;
use std::time::{Duration, Instant};

use image::RgbImage;

use super::worker::Worker;
use crate::face::{FaceParser, ModelError};
use crate::photo::AnalysedFrame;
use crate::photo::analysis::FaceAnalysis;
use crate::photo::hat_reading::{HatReading, read_hat};

/// A fitting reading is read again after this long (a cap put on while sitting still).
pub const REREAD: Duration = Duration::from_millis(1500);

struct HatJob {
    image: Arc<RgbImage>,
    face: FaceAnalysis,
}

/// The thread and the last reading.
pub struct HatReader {
    worker: Worker<HatJob, Result<Option<HatReading>, ModelError>>,
    /// Bumped by [`HatReader::forget`], so a run for an earlier visit is not used.
    epoch: u64,
    in_flight: bool,
    sent_at: Option<Instant>,
    reading: Option<HatReading>,
    warned: bool,
}

impl HatReader {
    /// Starts the thread with the guide's loaded network.
    pub fn start(parser: Arc<FaceParser>) -> std::io::Result<Self> {
        let worker = Worker::spawn("hat-reader", Arc::new(|| {}), move |job: HatJob| {
            read_hat(&parser, &job.image, &job.face)
        })?;
        Ok(HatReader {
            worker,
            epoch: 0,
            in_flight: false,
            sent_at: None,
            reading: None,
            warned: false,
        })
    }

    /// Forgets the last reading (a new visit of the photo screen, perhaps a new person).
    pub fn forget(&mut self) {
        self.epoch += 1;
        self.reading = None;
        self.sent_at = None;
    }

    /// Takes in a finished run, sends `frame` when a run is due, and returns the hat share of
    /// the last reading if it fits `frame`'s face.
    pub fn update(&mut self, frame: &AnalysedFrame, now: Instant) -> Option<f32> {
        while let Some(done) = self.worker.try_recv() {
            self.in_flight = false;
            if done.generation != self.epoch {
                continue;
            }
            match done.result {
                Some(Ok(reading)) => self.reading = reading,
                Some(Err(e)) => {
                    if !self.warned {
                        tracing::warn!(error = %e, "face parsing failed; head coverings judged by colour alone");
                        self.warned = true;
                    }
                    self.reading = None;
                }
                // A panic, already logged by the worker.
                None => self.reading = None,
            }
        }
        let face = frame.face.as_ref()?;
        let fits = self.reading.filter(|r| r.fits(face));
        let stale = self
            .sent_at
            .is_none_or(|at| now.saturating_duration_since(at) >= REREAD);
        if !self.in_flight && (fits.is_none() || stale) {
            let job = HatJob {
                image: Arc::clone(&frame.image),
                face: face.clone(),
            };
            if self.worker.send(self.epoch, job) {
                self.in_flight = true;
                self.sent_at = Some(now);
            }
        }
        fits.map(|r| r.share)
    }
}
