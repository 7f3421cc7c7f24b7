//! Myna Booth: an ID-photo booth where anyone living in Japan applies for the Individual Number
//! Card (My Number Card) with the QR code of their paper application form.
//!
//! - [`flow`]: the journey as a pure state machine; every rule is tested there.
//! - [`ui`]: screens that draw the flow's state and emit its events (egui).
//! - [`workers`]: camera, QR scanning, photo capture, submission and slip, off the UI thread.
//! - [`voice`]: spoken guidance (Open JTalk, espeak-ng, aplay) on its own thread.
//! - [`face`]: the face models of the photo guide (ONNX, tract).
//! - [`domain`], [`config`], [`i18n`]: application IDs and dates, kiosk-config, the 13 languages (12 and easy Japanese).

pub mod assemble;
pub mod camera;
pub mod config;
pub mod domain;
pub mod face;
pub mod flow;
pub mod i18n;
pub mod intake;
pub mod logging;
pub mod memory;
pub mod metrics;
pub mod operator;
pub mod outbox;
pub mod photo;
pub mod scan;
pub mod slip;
pub mod ui;
pub mod voice;
pub mod workers;
