//! The contract between a video source and the capture worker: [`FrameSource`], the
//! [`Frame`] handed to the rest of the booth, and [`CameraError`].

use std::sync::Arc;
use std::time::Instant;

/// One captured video frame, shared cheaply between the UI and the analysis workers.
///
/// The pixels are personal data (a face, a form): never log or persist them.
#[derive(Clone)]
pub struct Frame {
    /// The decoded frame, RGB 8 bit.
    pub image: Arc<image::RgbImage>,
    /// Increases by one for every frame the camera worker publishes, across reopens.
    pub seq: u64,
    /// When the capture worker received the frame from its source.
    pub captured_at: Instant,
}

impl std::fmt::Debug for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Frame")
            .field("width", &self.image.width())
            .field("height", &self.image.height())
            .field("seq", &self.seq)
            .finish_non_exhaustive()
    }
}

/// Why a video source could not be opened or stopped delivering frames.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CameraError {
    /// No video device is connected.
    #[error("no camera found")]
    NoDevice,
    /// A device exists but could not be opened or configured.
    #[error("camera could not be opened: {0}")]
    Open(String),
    /// The device was open but reading or decoding a frame failed.
    #[error("camera capture failed: {0}")]
    Capture(String),
    /// No frame arrived in time.
    #[error("camera stalled")]
    Stalled,
}

/// A source of video frames: a webcam or the demo scene generator.
///
/// A source is created by a factory on the capture thread, [`open`](FrameSource::open)ed once,
/// then polled with [`next_frame`](FrameSource::next_frame) until it fails; after a failure the
/// capture worker drops it and builds a fresh one.
pub trait FrameSource: Send {
    /// A short human description for logs and the operator screen (no personal data).
    fn describe(&self) -> String;
    /// Starts streaming; returns the frame size that was granted.
    fn open(&mut self) -> Result<(u32, u32), CameraError>;
    /// Blocks until the next frame is available.
    fn next_frame(&mut self) -> Result<image::RgbImage, CameraError>;
    /// True for the scripted demo source.
    fn is_demo(&self) -> bool {
        false
    }
}
