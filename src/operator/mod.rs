//! The operator's side of the booth: the PIN that guards the maintenance screen (an Argon2 hash
//! in kiosk-config, with a lockout after repeated failures) and the recent-errors list the
//! screen shows. The screen itself is drawn by `ui::operator`.

mod pin;
mod recent;

pub use pin::{Attempt, PinError, PinGuard, hash_pin, verify_pin};
pub use recent::{RecentErrors, RecentErrorsLayer};

use crate::flow::{SlipPurpose, SlipRequest, SubmitOutcome};
use crate::i18n::Lang;

/// The slip printed by the operator's "test print": no application, an obviously fake ID.
pub fn test_slip_request(language: Lang) -> SlipRequest {
    SlipRequest {
        purpose: SlipPurpose::Application,
        language,
        masked_id: "0000 **** **** **** **** 000".to_owned(),
        outcome: SubmitOutcome::DemoSaved {
            receipt: "TEST-PRINT".to_owned(),
        },
        signing_certificate: false,
        auth_certificate: false,
        braille: false,
    }
}
