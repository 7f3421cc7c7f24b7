//! The real webcam, through nokhwa 0.10 (Video4Linux on Linux).
//!
//! nokhwa's `Camera` is not `Send`, and its V4L `frame()` can block forever when a device
//! stalls. So every [`NokhwaSource`] owns a private thread that creates the `Camera`, negotiates
//! the format, and after [`FrameSource::open`] captures and decodes frames into a one-slot
//! channel. [`FrameSource::next_frame`] waits on that channel with a timeout and reports
//! [`CameraError::Stalled`] instead of hanging; a thread stuck inside the driver is abandoned
//! and ends by itself once the driver returns.

use std::path::Path;
use std::thread;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, bounded};
use nokhwa::Camera;
use nokhwa::pixel_format::RgbFormat;
use nokhwa::utils::{
    ApiBackend, CameraFormat, CameraIndex, CameraInfo, FrameFormat, RequestedFormat,
    RequestedFormatType,
};

use crate::camera::frame_source::{CameraError, FrameSource};
use crate::camera::worker::SourceFactory;

/// How long [`NokhwaSource::open_first`] waits for the driver to accept a format.
const NEGOTIATE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long [`FrameSource::open`] waits for the stream to start.
const START_TIMEOUT: Duration = Duration::from_secs(5);
/// How long [`FrameSource::next_frame`] waits before reporting a stall. Shorter than the
/// capture worker's watchdog, so an ordinary stall is handled by a clean reopen.
const FRAME_TIMEOUT: Duration = Duration::from_millis(2500);
/// Consecutive undecodable frames (corrupt MJPEG happens now and then) before giving up.
const MAX_BAD_FRAMES: u32 = 10;

/// Only MJPEG: it is what gives 720p/1080p at 30 fps over USB 2.
const MJPEG_ONLY: &[FrameFormat] = &[FrameFormat::MJPEG];
/// Fallback when a camera has no MJPEG mode at all.
const UNCOMPRESSED: &[FrameFormat] = &[FrameFormat::YUYV, FrameFormat::NV12];

/// The format the driver granted, read back after negotiation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Granted {
    width: u32,
    height: u32,
    fps: u32,
    format: FrameFormat,
}

/// Commands from the source to its private capture thread.
enum Command {
    Start,
}

/// A webcam opened through nokhwa. See the module docs for the threading model.
pub struct NokhwaSource {
    description: String,
    granted: Granted,
    commands: Sender<Command>,
    started: Receiver<Result<(), CameraError>>,
    frames: Receiver<Result<image::RgbImage, CameraError>>,
    frame_timeout: Duration,
}

impl std::fmt::Debug for NokhwaSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NokhwaSource")
            .field("description", &self.description)
            .field("granted", &self.granted)
            .finish_non_exhaustive()
    }
}

impl NokhwaSource {
    /// Opens the first video device that accepts a colour format, asking explicitly for MJPEG at
    /// `width`×`height` and `fps` (falling back to the closest MJPEG mode, then to uncompressed
    /// modes). Logs what the driver granted. Does not start streaming: that is
    /// [`FrameSource::open`].
    pub fn open_first(width: u32, height: u32, fps: u32) -> Result<NokhwaSource, CameraError> {
        if !any_camera_present() {
            return Err(CameraError::NoDevice);
        }
        let (info_tx, info_rx) = bounded::<Result<(Granted, String), CameraError>>(1);
        let (cmd_tx, cmd_rx) = bounded::<Command>(1);
        let (started_tx, started_rx) = bounded::<Result<(), CameraError>>(1);
        let (frame_tx, frame_rx) = bounded::<Result<image::RgbImage, CameraError>>(1);
        let wanted = CameraFormat::new_from(width, height, FrameFormat::MJPEG, fps);
        thread::Builder::new()
            .name("nokhwa-capture".into())
            .spawn(move || {
                capture_thread(wanted, info_tx, cmd_rx, started_tx, frame_tx);
            })
            .map_err(|e| CameraError::Open(format!("cannot start capture thread: {e}")))?;

        let (granted, description) = match info_rx.recv_timeout(NEGOTIATE_TIMEOUT) {
            Ok(result) => result?,
            Err(RecvTimeoutError::Timeout) => {
                return Err(CameraError::Open(
                    "the driver did not answer in time".into(),
                ));
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Err(CameraError::Open("capture thread ended".into()));
            }
        };
        let format_name = format!("{:?}", granted.format);
        tracing::info!(
            camera = %description,
            requested_width = width,
            requested_height = height,
            requested_fps = fps,
            granted_width = granted.width,
            granted_height = granted.height,
            granted_fps = granted.fps,
            granted_format = %format_name,
            "camera format negotiated"
        );
        if granted.width != width || granted.height != height || granted.fps != fps {
            tracing::warn!("camera did not grant the requested format exactly");
        }
        Ok(NokhwaSource {
            description,
            granted,
            commands: cmd_tx,
            started: started_rx,
            frames: frame_rx,
            frame_timeout: FRAME_TIMEOUT,
        })
    }

    /// A [`SourceFactory`] for [`spawn_camera`](crate::camera::spawn_camera) that opens the
    /// first webcam at the requested format, again after every failure.
    pub fn factory(width: u32, height: u32, fps: u32) -> SourceFactory {
        Box::new(move || {
            NokhwaSource::open_first(width, height, fps)
                .map(|s| Box::new(s) as Box<dyn FrameSource>)
        })
    }

    /// The granted frame size and rate: `(width, height, fps)`.
    pub fn granted(&self) -> (u32, u32, u32) {
        (self.granted.width, self.granted.height, self.granted.fps)
    }
}

impl FrameSource for NokhwaSource {
    fn describe(&self) -> String {
        format!(
            "{} ({}x{} {:?} @ {} fps)",
            self.description,
            self.granted.width,
            self.granted.height,
            self.granted.format,
            self.granted.fps
        )
    }

    fn open(&mut self) -> Result<(u32, u32), CameraError> {
        self.commands
            .send(Command::Start)
            .map_err(|_| CameraError::Open("capture thread ended".into()))?;
        match self.started.recv_timeout(START_TIMEOUT) {
            Ok(Ok(())) => Ok((self.granted.width, self.granted.height)),
            Ok(Err(e)) => Err(e),
            Err(RecvTimeoutError::Timeout) => Err(CameraError::Stalled),
            Err(RecvTimeoutError::Disconnected) => {
                Err(CameraError::Open("capture thread ended".into()))
            }
        }
    }

    fn next_frame(&mut self) -> Result<image::RgbImage, CameraError> {
        match self.frames.recv_timeout(self.frame_timeout) {
            Ok(result) => result,
            Err(RecvTimeoutError::Timeout) => Err(CameraError::Stalled),
            Err(RecvTimeoutError::Disconnected) => {
                Err(CameraError::Capture("capture thread ended".into()))
            }
        }
    }
}

/// True when at least one video device is connected. Never panics; false when there is no
/// `/dev/video*` (Linux) or the query fails.
pub fn any_camera_present() -> bool {
    if cfg!(target_os = "linux") && !linux_video_node_exists() {
        return false;
    }
    matches!(query_devices(), Ok(devices) if !devices.is_empty())
}

fn linux_video_node_exists() -> bool {
    let Ok(entries) = std::fs::read_dir(Path::new("/dev")) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // v4l's enumeration panics on a node name without a number: require one.
        name.strip_prefix("video")
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
    })
}

fn backend() -> ApiBackend {
    nokhwa::native_api_backend().unwrap_or(ApiBackend::Auto)
}

/// Lists the video devices. The V4L enumeration unwraps on odd node names, so it runs
/// inside `catch_unwind`.
fn query_devices() -> Result<Vec<CameraInfo>, CameraError> {
    let api = backend();
    match std::panic::catch_unwind(move || nokhwa::query(api)) {
        Ok(Ok(devices)) => Ok(devices),
        Ok(Err(e)) => Err(CameraError::Open(format!("device query failed: {e}"))),
        Err(_) => Err(CameraError::Open("device query panicked".into())),
    }
}

/// Tries the requested format exactly, then the closest MJPEG mode, then uncompressed modes.
fn open_device(index: &CameraIndex, wanted: CameraFormat) -> Result<Camera, String> {
    let attempts = [
        RequestedFormat::with_formats(RequestedFormatType::Exact(wanted), MJPEG_ONLY),
        RequestedFormat::with_formats(RequestedFormatType::Closest(wanted), MJPEG_ONLY),
        RequestedFormat::with_formats(
            RequestedFormatType::HighestResolution(wanted.resolution()),
            UNCOMPRESSED,
        ),
        RequestedFormat::with_formats(RequestedFormatType::AbsoluteHighestResolution, UNCOMPRESSED),
    ];
    let mut last_error = String::from("no format attempted");
    for request in attempts {
        let api = backend();
        let index = index.clone();
        let opened = std::panic::catch_unwind(move || Camera::with_backend(index, request, api));
        match opened {
            Ok(Ok(camera)) => return Ok(camera),
            Ok(Err(e)) => last_error = e.to_string(),
            Err(_) => last_error = "the camera driver panicked".into(),
        }
    }
    Err(last_error)
}

/// Reads back the format the driver actually uses.
fn read_granted(camera: &mut Camera) -> Granted {
    let format = camera
        .refresh_camera_format()
        .unwrap_or_else(|_| camera.camera_format());
    Granted {
        width: format.width(),
        height: format.height(),
        fps: format.frame_rate(),
        format: format.format(),
    }
}

/// The body of a source's private thread: negotiate, wait for Start, then stream until the
/// receiving side goes away.
fn capture_thread(
    wanted: CameraFormat,
    info_tx: Sender<Result<(Granted, String), CameraError>>,
    cmd_rx: Receiver<Command>,
    started_tx: Sender<Result<(), CameraError>>,
    frame_tx: Sender<Result<image::RgbImage, CameraError>>,
) {
    let devices = match query_devices() {
        Ok(devices) if !devices.is_empty() => devices,
        Ok(_) => {
            let _ = info_tx.send(Err(CameraError::NoDevice));
            return;
        }
        Err(e) => {
            let _ = info_tx.send(Err(e));
            return;
        }
    };
    let mut last_error = String::new();
    let mut opened = None;
    for device in &devices {
        match open_device(device.index(), wanted) {
            Ok(camera) => {
                opened = Some((camera, device.human_name()));
                break;
            }
            Err(e) => {
                tracing::debug!(device = %device.human_name(), error = %e, "video device skipped");
                last_error = e;
            }
        }
    }
    let Some((mut camera, name)) = opened else {
        let _ = info_tx.send(Err(CameraError::Open(last_error)));
        return;
    };
    let granted = read_granted(&mut camera);
    if info_tx.send(Ok((granted, name))).is_err() {
        return;
    }

    // Wait for FrameSource::open; a dropped source ends the thread.
    if cmd_rx.recv().is_err() {
        return;
    }
    if let Err(e) = camera.open_stream() {
        let _ = started_tx.send(Err(CameraError::Open(format!("stream did not start: {e}"))));
        return;
    }
    if started_tx.send(Ok(())).is_err() {
        return;
    }

    let mut bad_frames = 0u32;
    loop {
        let result = match camera.frame() {
            Ok(buffer) => match buffer.decode_image::<RgbFormat>() {
                Ok(image) => {
                    bad_frames = 0;
                    Ok(image)
                }
                Err(e) => {
                    bad_frames += 1;
                    if bad_frames < MAX_BAD_FRAMES {
                        tracing::debug!(bad_frames, "undecodable camera frame skipped");
                        continue;
                    }
                    Err(CameraError::Capture(format!(
                        "frames cannot be decoded: {e}"
                    )))
                }
            },
            Err(e) => Err(CameraError::Capture(e.to_string())),
        };
        let failed = result.is_err();
        if frame_tx.send(result).is_err() || failed {
            break;
        }
    }
    let _ = camera.stop_stream();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_video_nodes_there_is_no_camera() {
        // Meaningful on machines without a webcam (CI); elsewhere it only checks nothing panics.
        let present = any_camera_present();
        if cfg!(target_os = "linux") && !linux_video_node_exists() {
            assert!(!present);
            assert_eq!(
                NokhwaSource::open_first(1280, 720, 30).map(|_| ()),
                Err(CameraError::NoDevice)
            );
            let mut factory = NokhwaSource::factory(1280, 720, 30);
            assert!(matches!(factory(), Err(CameraError::NoDevice)));
        }
    }
}
