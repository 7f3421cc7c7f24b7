//! The screens of the journey and the step indicator the top bar shows for them.

/// One screen of the journey (design §1). Which screen is shown is derived from the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Attract,
    Language,
    BeforeStart,
    Scan,
    Details,
    PhotoGuide,
    Review,
    Confirm,
    Slip,
    Goodbye,
}

/// The steps the step indicator counts; several screens may belong to one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Language,
    Check,
    Scan,
    Details,
    Photo,
    Send,
    Slip,
}

/// How many steps the indicator shows.
pub const STEP_COUNT: usize = 7;

impl Step {
    pub const ALL: [Step; STEP_COUNT] = [
        Step::Language,
        Step::Check,
        Step::Scan,
        Step::Details,
        Step::Photo,
        Step::Send,
        Step::Slip,
    ];

    /// 1-based position in the indicator.
    pub fn number(self) -> usize {
        Step::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// Fluent message id of the step's short name.
    pub fn message_id(self) -> &'static str {
        match self {
            Step::Language => "step-language",
            Step::Check => "step-check",
            Step::Scan => "step-scan",
            Step::Details => "step-details",
            Step::Photo => "step-photo",
            Step::Send => "step-send",
            Step::Slip => "step-slip",
        }
    }
}

impl Screen {
    /// The step this screen belongs to; `None` outside a session (attract, goodbye).
    pub fn step(self) -> Option<Step> {
        match self {
            Screen::Attract | Screen::Goodbye => None,
            Screen::Language => Some(Step::Language),
            Screen::BeforeStart => Some(Step::Check),
            Screen::Scan => Some(Step::Scan),
            Screen::Details => Some(Step::Details),
            Screen::PhotoGuide | Screen::Review => Some(Step::Photo),
            Screen::Confirm => Some(Step::Send),
            Screen::Slip => Some(Step::Slip),
        }
    }

    /// Whether a user is in the middle of a session on this screen (inactivity applies).
    pub fn in_session(self) -> bool {
        self.step().is_some()
    }

    /// Whether this screen needs live camera frames, and for what.
    pub fn wants_camera(self) -> bool {
        matches!(self, Screen::Scan | Screen::PhotoGuide)
    }
}
