//! The tunable rules of a session (timeouts, retakes, languages), filled from kiosk-config by
//! the shell so that the flow itself never reads configuration files.

use crate::i18n::Lang;

/// Timeouts are in milliseconds of the monotonic clock the shell passes to [`super::Session::handle`].
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    /// Without a touch for this long, the "Are you still there?" warning appears.
    pub inactivity_warning_ms: u64,
    /// After the warning appeared, the session is wiped and reset after this long.
    pub inactivity_reset_ms: u64,
    /// On the scan screen, the keypad is offered prominently after this long without a read.
    pub manual_entry_offer_ms: u64,
    /// The slip screen moves on to goodbye after this long (counted again from a failed print,
    /// so that the user has the whole time to note the receipt number).
    pub slip_screen_ms: u64,
    /// A slip not reported printed within this long counts as failed: the slip screen shows the
    /// receipt number and offers to call staff. A little more than the printer's deadline.
    pub print_wait_ms: u64,
    /// The goodbye screen returns to the attract screen after this long.
    pub goodbye_ms: u64,
    /// How long a wrong-QR message stays on the scan screen.
    pub scan_message_ms: u64,
    /// Every photo check must hold this long before the countdown starts.
    pub auto_capture_hold_ms: u64,
    /// Length of the 3-2-1 countdown before the automatic capture; 0 captures at once.
    pub countdown_ms: u64,
    /// Guidance older than this no longer counts (the analysis stalled or stopped).
    pub guidance_stale_ms: u64,
    /// 0 means unlimited retakes.
    pub max_retakes: u32,
    /// The language a new session starts in.
    pub default_language: Lang,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            inactivity_warning_ms: 60_000,
            inactivity_reset_ms: 20_000,
            manual_entry_offer_ms: 20_000,
            slip_screen_ms: 30_000,
            print_wait_ms: 25_000,
            goodbye_ms: 6_000,
            scan_message_ms: 5_000,
            auto_capture_hold_ms: 700,
            countdown_ms: 3_000,
            guidance_stale_ms: 1_500,
            max_retakes: 0,
            default_language: Lang::Ja,
        }
    }
}
