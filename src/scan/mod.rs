//! Reading the QR code of the paper application form from the live video.
//!
//! - [`decoder`]: the production pipeline: one greyscale frame in, one [`FrameScan`] out
//!   (finder-pattern search, local thresholds, rqrr, every rqrr call guarded against panics);
//!   [`Scanner`] adds what video gives (where the code was last seen, slow steps in turn).
//! - [`worker`]: a thread that decodes the newest camera frame while scanning is active and
//!   reports over a channel, never logging what a code says.
//! - [`cli`]: `myna-booth decode-qr [--json] IMAGE...`, the same pipeline on still images.
//! - [`testset`]: a seeded generator of labelled camera-like frames, for the benchmark and
//!   the tests.

pub mod cli;
pub mod decoder;
pub mod testset;
pub mod worker;

pub use decoder::{
    DecodeOutcome, DecoderStats, FrameScan, Region, ScanHint, Scanner, decode_qr,
    decoder_panic_count, decoder_stats,
};
pub use worker::{ScanReport, ScanWorker, spawn_scan_worker};
