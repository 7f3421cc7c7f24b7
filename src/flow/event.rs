//! What goes into the flow ([`Event`]) and what comes out of it ([`Effect`]).

use std::sync::Arc;

use crate::domain::{ApplicationId, CivilDate, PrefilledForm};
use crate::i18n::Lang;
use crate::photo::{CheckId, CheckResult, CropRect, IdPhoto, Verdict};
use crate::scan::ScanHint;

use super::session::Application;

/// The three changes that can make an application form unusable (design §1, screen 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeQuestion {
    Moved,
    NameChanged,
    StayRenewed,
}

impl ChangeQuestion {
    pub const ALL: [ChangeQuestion; 3] = [
        ChangeQuestion::Moved,
        ChangeQuestion::NameChanged,
        ChangeQuestion::StayRenewed,
    ];
}

/// Everything that can happen to a session: taps on screens, results of workers, time passing.
#[derive(Debug, Clone)]
pub enum Event {
    /// Time passed; sent by the shell on every frame or timer.
    Tick,
    /// Any touch anywhere on the screen (keeps the session alive).
    UserActivity,

    // Top bar and overlays, on any screen.
    SetLanguage(Lang),
    StartOverRequested,
    StartOverConfirmed,
    StartOverCancelled,
    CallStaff,
    DismissStaffNotice,
    StillHere,

    // 0 Attract: `today` is the booth's local date, used for ages.
    Start {
        today: CivilDate,
    },
    // 1 Language and consent.
    AcceptConsent,
    DeclineConsent,
    // 2 Before you start.
    NothingChanged,
    SomethingChanged,
    Answer {
        question: ChangeQuestion,
        changed: bool,
    },
    ContinueAfterCheck,
    // 3 Scan.
    QrPayload(String),
    /// A code is in view but could not be read; with what the user could change, when the
    /// scanner could tell (closer, farther, glare, hold still).
    QrSeenUnreadable(Option<ScanHint>),
    OpenKeypad,
    CloseKeypad,
    KeypadDigit(u8),
    KeypadDelete,
    KeypadClear,
    KeypadDone,
    // 4 Details.
    /// The intake service answered the lookup of `id`'s prefilled details.
    FormLookedUp {
        id: ApplicationId,
        outcome: LookupOutcome,
    },
    RetryLookup,
    /// The ID was not found: type it again.
    ReenterId,
    BirthDigit(u8),
    BirthDelete,
    BirthClear,
    SetSigningCertificate(bool),
    SetAuthCertificate(bool),
    SetBraille(bool),
    DetailsContinue,
    // 5 Photo guide and 6 review.
    Shutter,
    /// The photo guide analysed the newest camera frame.
    PhotoGuidance(Arc<Guidance>),
    /// The photo guide cannot analyse frames (models missing, analysis failed): the user is
    /// told so and takes the photo with the shutter.
    PhotoGuideUnavailable,
    PhotoCaptured(Arc<IdPhoto>),
    PhotoFailed,
    /// The photo screen's help (wheelchairs, helpers, children) was opened: the automatic
    /// capture waits until it is closed.
    PhotoHelpOpened,
    PhotoHelpClosed,
    /// "I wear a head covering for religious or medical reasons": opens the explanation.
    HeadCoveringHelp,
    /// Take the photo with the covering: its warning is confirmed and no longer holds the
    /// automatic capture back.
    HeadCoveringContinue,
    /// Do not apply now: print a slip with the number to call and the masked ID, then end.
    HeadCoveringSlip,
    /// "I'm not wearing a hat or mask", tapped while that warning is the guide's message: the
    /// heuristic was wrong, and its warning no longer holds the automatic capture back.
    NoHeadCovering,
    ChooseShot(usize),
    Retake,
    UsePhoto,
    // 7 Confirm and send.
    BackToDetails,
    Send,
    Submitted(SubmitOutcome),
    // 8 Slip.
    SlipPrinted(PrintOutcome),
    Finish,
    // Hardware.
    CameraLost,
    CameraBack,
}

/// What the photo guide found on one camera frame: every check's value and verdict (in the
/// priority order of design §3) and the crop the photo would have.
#[derive(Debug, Clone, PartialEq)]
pub struct Guidance {
    pub checks: Vec<CheckResult>,
    /// The 35:45 crop in camera pixels, when the head geometry gives one that fits the frame.
    pub crop: Option<CropRect>,
    /// Size of the analysed frame, to place the crop on the preview.
    pub frame_size: (u32, u32),
    /// Where the head is and how it is turned, when a face was found: what the picture cues
    /// (arrows, the level line) are drawn from.
    pub head: Option<HeadMarks>,
}

/// The measured head, in camera pixels (x right, y down) and degrees, with signs: what the
/// checks report only as distances from their thresholds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeadMarks {
    /// Eye centres: the subject's right eye (left in the picture) and left eye.
    pub right_eye: (f32, f32),
    pub left_eye: (f32, f32),
    pub chin: (f32, f32),
    /// The 35:45 crop the head asks for (x, y, width, height); may reach outside the frame.
    pub ideal_crop: (f32, f32, f32, f32),
    /// Head turned, degrees: positive when turned to the subject's left (the picture's right).
    pub yaw_deg: f32,
    /// Head tipped, degrees from the level-head baseline: positive when the chin is up.
    pub pitch_deg: f32,
}

impl HeadMarks {
    /// The eye line's angle in the picture, degrees: positive when it turns clockwise (the
    /// picture's right eye lower).
    pub fn roll_deg(&self) -> f32 {
        let (r, l) = (self.right_eye, self.left_eye);
        (l.1 - r.1).atan2(l.0 - r.0).to_degrees()
    }

    /// Between the eyes.
    pub fn eye_mid(&self) -> (f32, f32) {
        let (r, l) = (self.right_eye, self.left_eye);
        ((r.0 + l.0) / 2.0, (r.1 + l.1) / 2.0)
    }
}

impl Guidance {
    /// The one check to tell the user about: the first failure by priority, else the first
    /// warning; `None` when every check passes.
    pub fn message(&self) -> Option<CheckId> {
        self.message_given(false)
    }

    /// [`message`](Self::message), leaving out the head-covering warning once the user
    /// answered it (a covering for religious or medical reasons, or none at all).
    pub fn message_given(&self, covering_confirmed: bool) -> Option<CheckId> {
        let open: Vec<CheckResult> = self
            .checks
            .iter()
            .filter(|r| !(covering_confirmed && Self::confirmed_covering(r)))
            .copied()
            .collect();
        crate::photo::checks::first_problem(&open).map(|r| r.id)
    }

    /// Every check passes (a warning holds the automatic capture back; the shutter still works).
    pub fn all_pass(&self) -> bool {
        self.ready(false)
    }

    /// Ready for the automatic capture: every check passes, the head-covering warning
    /// excepted when the user confirmed it.
    pub fn ready(&self, covering_confirmed: bool) -> bool {
        !self.checks.is_empty()
            && self.checks.iter().all(|r| {
                r.verdict == Verdict::Pass || (covering_confirmed && Self::confirmed_covering(r))
            })
    }

    /// A head-covering warning (a heuristic the user may confirm); a failure stays one.
    fn confirmed_covering(r: &CheckResult) -> bool {
        r.id == CheckId::HeadCovering && r.verdict == Verdict::Warn
    }

    /// The checks that passed, in priority order.
    pub fn passed(&self) -> Vec<CheckId> {
        self.checks
            .iter()
            .filter(|r| r.verdict == Verdict::Pass)
            .map(|r| r.id)
            .collect()
    }
}

/// The intake service's answer to a form lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupOutcome {
    Found(PrefilledForm),
    /// The service knows no form with this ID (a typo, or a form of another service).
    NotFound,
    /// The service could not be asked (network, server down): the user may try again or go on.
    Unavailable,
}

/// What the outbox reports once an application was handed to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// The intake server acknowledged the application; the receipt is not personal data.
    Sent { receipt: String },
    /// Stored durably on the booth; the outbox delivers it later.
    Queued { receipt: String },
    /// Written to the demo intake folder (demo mode: no server).
    DemoSaved { receipt: String },
    /// Could not even be stored: the user must call staff.
    Failed,
}

impl SubmitOutcome {
    pub fn receipt(&self) -> Option<&str> {
        match self {
            SubmitOutcome::Sent { receipt }
            | SubmitOutcome::Queued { receipt }
            | SubmitOutcome::DemoSaved { receipt } => Some(receipt),
            SubmitOutcome::Failed => None,
        }
    }
}

/// What the printer worker reports for a slip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintOutcome {
    Printed,
    /// Demo mode or no printer: the slip was saved as a file.
    SavedToFile,
    Failed,
}

/// What a slip is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlipPurpose {
    /// The application was handed over: its status, receipt number and choices.
    #[default]
    Application,
    /// Nothing was sent: the user wears a head covering for religious or medical reasons and
    /// calls the call centre, with the application ID, before applying.
    CallAboutHeadCovering,
}

/// Everything the slip shows: no name, address, birth date or photo (issue 6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlipRequest {
    pub purpose: SlipPurpose,
    pub language: Lang,
    /// Application form ID with only the first 4 and last 3 digits shown.
    pub masked_id: String,
    /// How the application went; a call slip ([`SlipPurpose::CallAboutHeadCovering`]) has
    /// nothing submitted ([`SubmitOutcome::Failed`], no receipt) and does not print it.
    pub outcome: SubmitOutcome,
    pub signing_certificate: bool,
    pub auth_certificate: bool,
    pub braille: bool,
}

/// What the shell must do after an event. The shell carries these out off the UI thread.
#[derive(Debug, Clone)]
pub enum Effect {
    /// The session's language changed: rebuild fonts and voice.
    LanguageChanged(Lang),
    /// Ask the intake service for the form's prefilled details.
    LookupForm(ApplicationId),
    /// Capture a full-resolution frame and make the ID photo from it: from the photo guide's
    /// crop when one is known, else from a centred crop.
    CapturePhoto(Option<CropRect>),
    /// Hand the application to the outbox.
    Submit(Box<Application>),
    /// Print (or save) the confirmation slip.
    PrintSlip(SlipRequest),
    /// Alert staff that this booth needs help.
    CallStaff,
    /// Drop every trace of the session: frames, photos, textures, temporary files.
    WipeSession(WipeReason),
}

/// Why a session ended; counted by the metrics, never tied to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WipeReason {
    /// The user finished (or the slip screen timed out after the application was handed over).
    Finished,
    /// The user confirmed "start over".
    StartOver,
    /// Nobody touched the screen: warning, then reset.
    Inactivity,
    /// The user declined the privacy notice.
    DeclinedConsent,
}
