//! Voice guidance: the booth says every screen's title and instruction, the photo guide's
//! message and the 3-2-1 countdown, in the session's language where a voice exists.
//!
//! - `line.rs`: which line fits the session's state (pure; only message ids and numbers).
//! - `announcer.rs`: when a line is new enough to be spoken.
//! - `engine.rs`: which synthesizer speaks which language, and the player.
//! - `worker.rs`: the speaking thread behind a channel.

mod announcer;
mod engine;
mod line;
mod worker;

pub use announcer::{Announcer, GUIDE_GAP_MS};
pub use engine::{OPEN_JTALK_DICTIONARY, OPEN_JTALK_VOICE, Synth, Tuning, player};
pub use line::{Kind, Line, Phrase, line_for};
pub use worker::{Outcome, Spoken, Voice, VoiceSettings};
