//! Reading the QR code of the paper application form from the live video.
//!
//! - [`decoder`]: one image in, one [`DecodeOutcome`] out (rqrr, guarded against its panics).
//! - [`worker`]: a thread that decodes the newest camera frame while scanning is active and
//!   reports over a channel, never logging what a code says.

pub mod decoder;
pub mod worker;

pub use decoder::{DecodeOutcome, decode_qr, decoder_panic_count};
pub use worker::{ScanReport, ScanWorker, spawn_scan_worker};
