//! The booth's eyes: everything that produces video frames.
//!
//! - [`frame_source`]: the [`FrameSource`] trait every video source implements, the shared
//!   [`Frame`] type and [`CameraError`].
//! - [`nokhwa_source`]: the real webcam (nokhwa 0.10, V4L on Linux).
//! - [`demo_source`]: a scripted scene generator standing in for the webcam in demo mode and tests.
//! - [`worker`]: the capture thread, the newest-frame slot, the stall watchdog and
//!   [`CameraHandle`], which the UI and the analysis workers read from.

pub mod demo_source;
pub mod frame_source;
pub mod nokhwa_source;
pub mod worker;

pub use demo_source::{
    DEMO_FPS, DEMO_HEIGHT, DEMO_WIDTH, DemoDirector, DemoScene, DemoSource, demo_frame,
};
pub use frame_source::{CameraError, Frame, FrameSource};
pub use nokhwa_source::{NokhwaSource, any_camera_present};
pub use worker::{
    CameraHandle, CameraStatus, CameraTimings, FrameAccessor, SourceFactory, spawn_camera,
    spawn_camera_with,
};
