//! The booth's journey as a pure state machine (design §1, §4).
//!
//! [`Session::handle`] takes the time and one [`Event`] (a tap, a worker's result, a clock tick)
//! and returns the [`Effect`]s the shell must carry out (take a photo, submit, print, wipe).
//! Nothing here knows egui, the camera, files or the network, and nothing reads a clock: every
//! rule of the journey is tested here first, without a screen.

mod digits;
mod event;
mod guide_cue;
mod rules;
mod screen;
mod session;

pub use digits::DigitBuffer;
pub use event::{
    ChangeQuestion, Effect, Event, Guidance, HeadMarks, LookupOutcome, PrintOutcome, SlipPurpose,
    SlipRequest, SubmitOutcome, WipeReason,
};
pub use guide_cue::{Cue, Nudge};
pub use rules::Rules;
pub use screen::{STEP_COUNT, Screen, Step};
pub use session::{
    Application, BeforeStart, Details, FormLookup, Millis, Overlay, PhotoState,
    SCAN_HINT_LINGER_MS, SCAN_HINT_MIN_MS, ScanMode, ScanState, Session, ShownHint, Submission,
};

#[cfg(test)]
mod tests;
