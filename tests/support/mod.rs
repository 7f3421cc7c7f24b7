//! A booth for UI tests: the real kiosk (same config file, same workers, demo camera) in an
//! egui_kittest harness, with its data directory in a temporary folder, driven by the visible
//! labels of the locale files.

#![allow(dead_code)]

pub mod raster;
pub mod still_camera;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use myna_booth::assemble;
use myna_booth::config::{self, CameraSource, KioskConfig};
use myna_booth::domain::CivilDate;
use myna_booth::flow::{FormLookup, Millis, Screen};
use myna_booth::i18n::{Lang, Localizer};
use myna_booth::photo::CheckId;
use myna_booth::ui::{BoothApp, Clock, FontLibrary};

/// A clock the test moves by hand, with a fixed "today".
#[derive(Clone)]
pub struct TestClock {
    now: Arc<AtomicU64>,
    today: CivilDate,
}

impl TestClock {
    pub fn new(today: CivilDate) -> Self {
        Self {
            now: Arc::new(AtomicU64::new(1_000)),
            today,
        }
    }

    pub fn advance(&self, ms: u64) {
        self.now.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now_ms(&self) -> Millis {
        self.now.load(Ordering::SeqCst)
    }

    fn today(&self) -> CivilDate {
        self.today
    }
}

pub struct TestBooth {
    pub harness: Harness<'static, BoothApp>,
    pub clock: TestClock,
    pub loc: Localizer,
    pub lang: Lang,
    pub data_dir: tempfile::TempDir,
    pub config: KioskConfig,
    /// Taps on controls so far (what a user's finger would do).
    pub taps: usize,
}

/// The shipped kiosk-config, with demo camera and a private data directory.
pub fn test_config(data_dir: &Path) -> KioskConfig {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk-config/booth.toml");
    let mut cfg = config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    cfg.camera.source = CameraSource::Demo;
    cfg.booth.data_dir = data_dir.to_path_buf();
    cfg.printer.file_dir = data_dir.join("slips");
    // Silent and off unless a test turns it on (tests/voice.rs): no sound from test runs.
    cfg.voice.device = "null".to_owned();
    cfg.voice.enabled = false;
    cfg
}

impl TestBooth {
    pub fn start() -> Self {
        Self::start_with(|_| {})
    }

    /// A booth whose config the test adjusts first (another intake server, other timeouts).
    pub fn start_with(adjust: impl FnOnce(&mut KioskConfig)) -> Self {
        Self::start_with_operator(adjust, myna_booth::ui::OperatorSetup::default())
    }

    /// A booth whose counters and recent-errors list the test keeps (to read the metrics).
    pub fn start_with_operator(
        adjust: impl FnOnce(&mut KioskConfig),
        operator: myna_booth::ui::OperatorSetup,
    ) -> Self {
        Self::start_full(adjust, operator, None)
    }

    /// A booth with the camera the test gives (a source that fails and recovers).
    pub fn start_with_camera(camera: myna_booth::workers::CameraOverride) -> Self {
        Self::start_full(
            |_| {},
            myna_booth::ui::OperatorSetup::default(),
            Some(camera),
        )
    }

    pub fn start_full(
        adjust: impl FnOnce(&mut KioskConfig),
        operator: myna_booth::ui::OperatorSetup,
        camera: Option<myna_booth::workers::CameraOverride>,
    ) -> Self {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let mut config = test_config(data_dir.path());
        adjust(&mut config);
        let today = CivilDate::new(2026, 11, 21).expect("date");
        let clock = TestClock::new(today);
        let app = assemble::booth_app_with_camera(
            &config,
            Box::new(clock.clone()),
            Arc::new(|| {}),
            operator,
            camera,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let fonts = FontLibrary::load().expect("fonts");
        let theme = assemble::theme(&config);
        let lang = config.ui.default_language;
        let [w, h] = config.ui.screen_resolution;
        let harness = Harness::builder()
            .with_size(egui::Vec2::new(w as f32, h as f32))
            .with_max_steps(20)
            // Snapshots and screenshots: a CPU renderer, and no mouse pointer (a touch screen).
            .renderer(raster::Raster::new())
            .with_render_cursor(false)
            .with_context_setup(move |ctx| {
                fonts.install(ctx, lang);
                theme.apply(ctx);
            })
            .build_ui_state(|ui, app: &mut BoothApp| app.ui(ui), app);
        let mut booth = Self {
            harness,
            clock,
            loc: Localizer::load().expect("locales"),
            lang,
            data_dir,
            config,
            taps: 0,
        };
        booth.harness.run();
        booth
    }

    /// The visible text of a message in the booth's current language.
    pub fn t(&self, id: &str) -> String {
        self.loc.text(self.lang, id)
    }

    pub fn screen(&self) -> Screen {
        self.harness.state().session().screen()
    }

    /// Taps the control labelled with message `id`.
    pub fn tap(&mut self, id: &str) {
        let label = self.t(id);
        self.tap_label(&label);
    }

    pub fn tap_label(&mut self, label: &str) {
        self.taps += 1;
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    /// Taps the `index`-th of several controls with the same label.
    pub fn tap_nth(&mut self, id: &str, index: usize) {
        let label = self.t(id);
        let node = self
            .harness
            .get_all_by_label(&label)
            .nth(index)
            .unwrap_or_else(|| panic!("no control #{index} labelled {label:?}"));
        self.taps += 1;
        node.click();
        self.harness.run();
    }

    /// Picks a date of birth `YYYYMMDD` on the details screen: decade, year, month, day.
    pub fn pick_birth_date(&mut self, yyyymmdd: &str) {
        let n = |r: std::ops::Range<usize>| -> u32 {
            yyyymmdd
                .get(r)
                .and_then(|d| d.parse().ok())
                .unwrap_or_else(|| panic!("not a date: {yyyymmdd}"))
        };
        let (year, month, day) = (n(0..4), n(4..6), n(6..8));
        let decade = year / 10 * 10;
        self.tap_label(&format!("{decade}–{}", decade + 9));
        self.tap_label(&year.to_string());
        self.tap_label(&month.to_string());
        self.tap_label(&day.to_string());
    }

    /// Five quick taps in the top-left corner, as staff open the operator screen.
    pub fn tap_corner_five_times(&mut self) {
        let pos = egui::pos2(5.0, 5.0);
        for _ in 0..5 {
            let input = self.harness.input_mut();
            input.events.push(egui::Event::PointerMoved(pos));
            for pressed in [true, false] {
                input.events.push(egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed,
                    modifiers: egui::Modifiers::NONE,
                });
            }
            self.harness.run();
        }
    }

    /// From a filled-in details screen: continue, take the photo with the shutter, use it and
    /// send; returns on the slip screen (four taps).
    pub fn photo_and_send(&mut self) {
        self.tap("details-continue");
        self.tap("photo-take");
        self.wait_for(Screen::Review);
        self.tap("review-use");
        self.tap("confirm-send");
        self.wait_for(Screen::Slip);
    }

    /// Types digits on the on-screen keypad.
    pub fn type_digits(&mut self, digits: &str) {
        for d in digits.chars() {
            self.tap_label(&d.to_string());
        }
    }

    pub fn choose_language(&mut self, lang: Lang) {
        self.tap_label(lang.native_name());
        self.lang = lang;
    }

    /// From the attract screen to the details screen in `lang`, typing the form `id` on the
    /// keypad, with the form's lookup answered.
    pub fn go_to_details_typed(&mut self, lang: Lang, id: &str) {
        self.tap("attract-touch");
        self.choose_language(lang);
        self.tap("consent-accept");
        self.tap("check-nothing-changed");
        self.tap("scan-type-instead");
        self.type_digits(id);
        self.tap("keypad-done");
        self.wait_for_form();
    }

    /// Lets frames run in real time until the booth shows `screen` (workers run in real time).
    pub fn wait_for(&mut self, screen: Screen) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.screen() != screen {
            assert!(
                Instant::now() < deadline,
                "still on {:?} waiting for {screen:?}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
            self.harness.step();
        }
        self.harness.run();
    }

    /// Lets frames run, the workers in real time and the booth's clock along with them, until
    /// `done` holds (or panics after a minute, saying it was waiting for `what`).
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        const STEP_MS: u64 = 20;
        let deadline = Instant::now() + Duration::from_secs(60);
        while !done(self) {
            assert!(
                Instant::now() < deadline,
                "on {:?}, still waiting for {what}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(STEP_MS));
            self.clock.advance(STEP_MS);
            self.harness.step();
        }
        self.harness.run();
    }

    /// On the photo screen: lets frames run until the guide's message is `check`.
    pub fn wait_for_guide_message(&mut self, check: CheckId) {
        self.wait_until(&format!("the guide's message about {check}"), |b| {
            b.harness
                .state()
                .session()
                .photo_guidance(b.clock.now_ms())
                .is_some_and(|g| g.message() == Some(check))
        });
    }

    /// From the attract screen to the photo screen in English, as an adult born `birth`
    /// (`YYYYMMDD`) with the form `form_id` typed on the keypad.
    pub fn walk_to_photo(&mut self, form_id: &str, birth: &str) {
        self.go_to_details_typed(Lang::En, form_id);
        self.pick_birth_date(birth);
        self.tap("details-continue");
        assert_eq!(self.screen(), Screen::PhotoGuide);
    }

    /// Waits for the intake service's answer about the form's prefilled details.
    pub fn wait_for_form(&mut self) {
        self.wait_until("the form lookup", |b| {
            matches!(b.harness.state().session().form(), FormLookup::Done(_))
        });
    }

    /// Waits for the slip's PDF (the demo `file` printer backend) and the print outcome;
    /// returns the PDF's path.
    pub fn slip_pdf(&mut self) -> PathBuf {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let pdf = self
                .files()
                .into_iter()
                .find(|p| p.to_string_lossy().ends_with(".pdf"));
            if let Some(pdf) = pdf
                && self.harness.state().session().print_outcome().is_some()
            {
                return pdf;
            }
            assert!(Instant::now() < deadline, "no slip PDF");
            std::thread::sleep(Duration::from_millis(20));
            self.harness.step();
        }
    }

    /// Whether a text is on screen.
    pub fn shows(&self, text: &str) -> bool {
        self.harness
            .query_all_by_label_contains(text)
            .next()
            .is_some()
    }

    /// Every file under the booth's data directory.
    pub fn files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push(p);
                }
            }
        }
        let mut out = Vec::new();
        walk(self.data_dir.path(), &mut out);
        out
    }
}

/// Opens the operator screen with `pin` (the booth's config must hold its hash).
pub fn open_operator(b: &mut TestBooth, pin: &str) {
    b.tap_corner_five_times();
    b.type_digits(pin);
    b.tap("operator-unlock");
    b.wait_until("the operator screen", |b| b.shows(&b.t("operator-title")));
}

/// The operator screen's outbox line for these counts, in the booth's language.
pub fn outbox_counts(b: &TestBooth, waiting: u64, refused: u64, sent: u64) -> String {
    b.loc.format(
        b.lang,
        "operator-outbox-counts",
        &[
            ("waiting", waiting.into()),
            ("refused", refused.into()),
            ("sent", sent.into()),
        ],
    )
}

/// The journey ended "queued" and the slip screen says so, and not "sent".
pub fn assert_told_queued(b: &TestBooth) {
    use myna_booth::flow::{Submission, SubmitOutcome};
    match b.harness.state().session().submission() {
        Submission::Done(SubmitOutcome::Queued { .. }) => {}
        other => panic!("expected queued: {other:?}"),
    }
    assert!(
        b.shows(&b.t("slip-queued")),
        "the user is told it is queued"
    );
    assert!(!b.shows(&b.t("slip-sent")), "and not that it was sent");
}
