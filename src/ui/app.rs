//! [`BoothApp`]: one frame of the kiosk. It feeds worker results and time into the flow, draws
//! the screen for the session's state, and hands the flow's effects to the workers. Nothing in
//! here waits: files, images and the network live in the workers.

use std::sync::Arc;

use egui::{ColorImage, TextureHandle, TextureOptions};

use super::fonts::FontLibrary;
use super::operator::{self as operator_ui, CornerTaps, OperatorAction, OperatorView};
use super::overlays;
use super::screens::{self, BoothDisplay, View};
use super::theme::{Look, Theme, ThemeSpec};
use super::topbar::{self, Access, AccessRow, BarAction, VoiceState};
use crate::camera::CameraStatus;
use crate::domain::CivilDate;
use crate::flow::{Effect, Event, Millis, PrintOutcome, Rules, Screen, Session, SubmitOutcome};
use crate::i18n::{Lang, Localizer, Tr};
use crate::metrics::Metrics;
use crate::operator::{PinGuard, RecentErrors};
use crate::photo::IdPhoto;
use crate::voice::{self, Announcer, Spoken, Voice};
use crate::workers::Services;

/// Where time comes from: the real clock in the kiosk, a hand-moved one in tests.
pub trait Clock: Send {
    /// Milliseconds of a monotonic clock.
    fn now_ms(&self) -> Millis;
    /// The booth's local date.
    fn today(&self) -> CivilDate;
}

/// The kiosk's clock: monotonic time since start, local date from the configured UTC offset.
pub struct SystemClock {
    start: std::time::Instant,
    utc_offset_minutes: i32,
    /// Used only if the system clock gives a date outside the calendar CivilDate supports.
    fallback: CivilDate,
}

impl SystemClock {
    pub fn new(utc_offset_minutes: i32) -> Self {
        Self {
            start: std::time::Instant::now(),
            utc_offset_minutes,
            fallback: CivilDate::new(2026, 1, 1).expect("a literal, valid date"),
        }
    }
}

impl Clock for SystemClock {
    fn now_ms(&self) -> Millis {
        u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn today(&self) -> CivilDate {
        crate::workers::local_today(self.utc_offset_minutes).unwrap_or(self.fallback)
    }
}

/// How often the printer is asked how it is while the operator screen is open, and while the
/// booth waits on the attract screen (for the metrics). Never during a session.
const PRINTER_CHECK_OPERATOR_MS: Millis = 10_000;
const PRINTER_CHECK_IDLE_MS: Millis = 60_000;

/// How many spoken lines the booth remembers (for the operator screen and the tests).
const SPOKEN_KEPT: usize = 200;

/// The voice and the accessibility switches of the session.
struct Accessibility {
    /// The switches now; back to `defaults` on every wipe.
    now: Access,
    defaults: Access,
    /// The screen themes are made for; `None` keeps the one theme the app was built with.
    spec: Option<ThemeSpec>,
    /// The look the current theme was built for.
    built: Look,
    voice: Option<Voice>,
    announcer: Announcer,
    spoken: Vec<Spoken>,
}

/// The camera frame as one texture, replaced in place when a newer frame arrives.
#[derive(Default)]
struct VideoTexture {
    texture: Option<TextureHandle>,
    seq: Option<u64>,
}

/// What the operator side of the booth needs: the PIN hash, the counters, the error list.
#[derive(Debug, Clone, Default)]
pub struct OperatorSetup {
    /// Argon2 hash of the operator PIN; `None` disables the operator screen.
    pub pin_hash: Option<String>,
    pub metrics: Arc<Metrics>,
    pub recent: RecentErrors,
}

/// The whole kiosk UI.
pub struct BoothApp {
    session: Session,
    loc: Arc<Localizer>,
    fonts: FontLibrary,
    theme: Theme,
    services: Services,
    clock: Box<dyn Clock>,
    booth: BoothDisplay,
    video: VideoTexture,
    shots: Vec<(Arc<IdPhoto>, TextureHandle)>,
    generation: u64,
    fonts_for: Option<Lang>,
    language_picker: bool,
    operator: OperatorView,
    corner: CornerTaps,
    pin_guard: PinGuard,
    setup: OperatorSetup,
    exit_requested: bool,
    /// By how many points the last frame's screen was taller than its room (it scrolls when
    /// this is positive).
    screen_excess: f32,
    /// When the printer was last asked how it is.
    printer_checked: Option<Millis>,
    access: Accessibility,
}

impl BoothApp {
    // The parts of a booth, assembled in one place (`assemble::booth_app`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        rules: Rules,
        loc: Arc<Localizer>,
        fonts: FontLibrary,
        theme: Theme,
        services: Services,
        clock: Box<dyn Clock>,
        mut booth: BoothDisplay,
        setup: OperatorSetup,
    ) -> Self {
        booth.demo_camera = services.is_demo();
        setup.metrics.demo_mode.store(
            i64::from(services.is_demo()),
            std::sync::atomic::Ordering::Relaxed,
        );
        let now = clock.now_ms();
        let look = Look {
            larger_text: false,
            high_contrast: theme.high_contrast,
        };
        let access = Accessibility {
            now: Access { voice: false, look },
            defaults: Access { voice: false, look },
            spec: None,
            built: look,
            voice: None,
            announcer: Announcer::default(),
            spoken: Vec::new(),
        };
        Self {
            session: Session::new(rules, now),
            loc,
            fonts,
            theme,
            services,
            clock,
            booth,
            video: VideoTexture::default(),
            shots: Vec::new(),
            generation: 0,
            fonts_for: None,
            language_picker: false,
            operator: OperatorView::Closed,
            corner: CornerTaps::default(),
            pin_guard: PinGuard::default(),
            setup,
            exit_requested: false,
            screen_excess: 0.0,
            printer_checked: None,
            access,
        }
    }

    /// Lets the session switch "larger text" and "high contrast": themes are made from `spec`,
    /// and every session starts with `defaults` (kiosk-config `ui.larger_text`,
    /// `ui.high_contrast`).
    pub fn with_looks(mut self, spec: ThemeSpec, defaults: Look) -> Self {
        let a = &mut self.access;
        a.spec = Some(spec);
        a.defaults.look = defaults;
        a.now.look = defaults;
        a.built = defaults;
        self.theme = spec.theme(defaults);
        self
    }

    /// Speaks through `voice`; every session starts with the voice on when `on_by_default`
    /// (kiosk-config `voice.enabled`).
    pub fn with_voice(mut self, voice: Voice, on_by_default: bool) -> Self {
        self.access.voice = Some(voice);
        self.access.defaults.voice = on_by_default;
        self.access.now.voice = on_by_default;
        self
    }

    /// What the voice spoke (or tried to), oldest first; the last 200 lines.
    pub fn spoken(&self) -> &[Spoken] {
        &self.access.spoken
    }

    /// The session's accessibility switches.
    pub fn access(&self) -> Access {
        self.access.now
    }

    /// The theme the booth draws with now.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// True once staff chose "exit to desktop" on the operator screen.
    pub fn exit_requested(&self) -> bool {
        self.exit_requested
    }

    /// Whether the screen drawn last was taller than the room it has, so that part of it is
    /// reached only by scrolling (or the "more below" button).
    pub fn screen_overflows(&self) -> bool {
        self.screen_excess > 1.0
    }

    /// By how many points the screen drawn last was taller than its room (negative: the room
    /// left over).
    pub fn screen_excess(&self) -> f32 {
        self.screen_excess
    }

    /// Whether the attract screen shows the staff sign (something needs attention).
    pub fn needs_attention(&self) -> bool {
        self.booth.needs_attention
    }

    /// Whether the operator screen (or its PIN pad) is showing.
    pub fn operator_open(&self) -> bool {
        self.operator.is_open()
    }

    /// Prepares a context before its first frame (fonts and style); kittest calls this too.
    pub fn setup_context(&mut self, ctx: &egui::Context) {
        self.fonts.install(ctx, self.session.language());
        self.fonts_for = Some(self.session.language());
        self.theme.apply(ctx);
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn services(&self) -> &Services {
        &self.services
    }

    /// The workers, for steering the demo camera (tests, demonstrations).
    pub fn services_mut(&mut self) -> &mut Services {
        &mut self.services
    }

    /// One frame: workers → flow, draw, taps → flow → effects.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.clock.now_ms();
        self.follow_look(&ctx);

        let mut events = self.services.poll(self.generation);
        events.push(Event::Tick);
        if let Some(matched) = self.services.poll_pin() {
            let attempt = self.pin_guard.record(now, matched);
            self.operator.pin_checked(attempt);
        }
        let camera = self.services.camera().status();
        let up = matches!(camera, CameraStatus::Live { .. });
        self.setup
            .metrics
            .camera_up
            .store(i64::from(up), std::sync::atomic::Ordering::Relaxed);
        self.count_outbox();
        self.count_restarts();
        for e in events {
            self.apply(now, e);
        }
        let printer = self.services.printer();
        self.setup.metrics.set_printer(printer.condition.as_ref());
        self.booth.needs_attention = needs_attention(self.services.intake_status(), &printer);
        self.check_printer(now);
        if self.fonts_for != Some(self.session.language()) {
            self.fonts.install(&ctx, self.session.language());
            self.fonts_for = Some(self.session.language());
        }
        self.services.follow_screen(self.session.screen());
        self.services.set_preview(self.operator.is_open());
        self.refresh_video(&ctx);
        self.refresh_shots(&ctx);

        // Taps change the screen only after this frame is drawn, so that the end of a tap never
        // lands on a button of the next screen.
        let mut out = Vec::new();
        let touched = ctx.input(|i| i.pointer.any_pressed() || i.events.iter().any(is_key));
        if touched {
            out.push(Event::UserActivity);
        }
        // Staff's taps in the corner and on the PIN pad open the operator screen, not a session.
        if self.session.screen() == Screen::Attract
            && self.session.overlay().is_none()
            && !self.operator.is_open()
            && !CornerTaps::tapped(&ctx, &self.theme)
            && ctx.input(|i| i.pointer.any_click())
        {
            out.push(Event::Start {
                today: self.clock.today(),
            });
        }
        let shots: Vec<TextureHandle> = self.shots.iter().map(|(_, t)| t.clone()).collect();
        let view = View {
            s: &self.session,
            tr: Tr {
                loc: &self.loc,
                lang: self.session.language(),
            },
            theme: &self.theme,
            now,
            today: self.clock.today(),
            video: self.video.texture.as_ref(),
            shots: &shots,
            booth: &self.booth,
        };
        let frame = egui::Frame::new()
            .fill(self.theme.palette.background)
            .inner_margin(self.theme.inner_margin());
        let mut bar = None;
        let row = self.access_row();
        egui::Panel::top("top-bar")
            .frame(frame)
            .show(ui, |ui| bar = topbar::show(ui, &view, &row, &mut out));
        let mut excess = 0.0;
        egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| excess = screens::show(ui, &view, &mut out));
        if excess > 1.0 && self.screen_excess <= 1.0 {
            tracing::debug!(screen = ?self.session.screen(), excess, "the screen is taller than its room");
        }
        self.screen_excess = excess;
        overlays::show(&ctx, &view, &mut out);
        if bar == Some(BarAction::OpenLanguagePicker) {
            self.language_picker = true;
        }
        if self.language_picker && overlays::language_picker(&ctx, &view, &mut out) {
            self.language_picker = false;
        }
        if self.corner.feed(&ctx, &self.theme, now) && !self.operator.is_open() {
            self.operator = OperatorView::open_pin(self.setup.pin_hash.is_some());
        }
        let mut operator_action = None;
        if self.operator.is_open() {
            let recent = self.setup.recent.newest_first();
            let a = &self.access;
            let silent: Vec<Lang> = match &a.voice {
                Some(voice) => (self.booth.languages.iter())
                    .filter(|l| !voice.speaks(**l))
                    .copied()
                    .collect(),
                None => Vec::new(),
            };
            let health = operator_ui::BoothHealth {
                metrics: &self.setup.metrics,
                camera: &camera,
                printer: &printer,
                intake: self.services.intake_status(),
                calibration: self.services.calibration(),
                recent: &recent,
                video: self.video.texture.as_ref(),
                voice: operator_ui::VoiceHealth {
                    present: a.voice.is_some(),
                    on_by_default: a.defaults.voice,
                    output_ok: a.voice.as_ref().is_some_and(Voice::available),
                    silent: &silent,
                    spoken: &a.spoken,
                },
            };
            operator_action = operator_ui::show(&ctx, &mut self.operator, &view, &health);
        }

        for e in out {
            self.apply(now, e);
        }
        if let Some(action) = operator_action {
            self.operator_action(now, action);
        }
        if let Some(action) = bar {
            self.access_action(now, action);
        }
        self.speak(now);
        // Timers (countdowns, inactivity) need frames even when nothing moves.
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
    }

    fn apply(&mut self, now: Millis, event: Event) {
        let before = self.session.screen();
        let scan_since = self.session.scan().since;
        self.count(&event);
        for effect in self.session.handle(now, event) {
            self.run(effect);
        }
        let m = &self.setup.metrics;
        let after = self.session.screen();
        if before == Screen::Attract && after == Screen::Language {
            m.sessions_started
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        if before == Screen::Scan && after == Screen::Details {
            m.scan_took(now.saturating_sub(scan_since));
        }
    }

    /// Rebuilds and applies the theme when the session's look changed (a switch, a wipe).
    fn follow_look(&mut self, ctx: &egui::Context) {
        let a = &mut self.access;
        let Some(spec) = a.spec else {
            return;
        };
        if a.built != a.now.look {
            self.theme = spec.theme(a.now.look);
            self.theme.apply(ctx);
            a.built = a.now.look;
        }
    }

    /// What the accessibility row shows for the session's language.
    fn access_row(&self) -> AccessRow {
        let a = &self.access;
        let lang = self.session.language();
        let voice = match &a.voice {
            Some(v) if !v.speaks(lang) => VoiceState::NoVoiceForLanguage,
            Some(v) if v.available() => VoiceState::Ready,
            _ => VoiceState::Unavailable,
        };
        AccessRow {
            access: a.now,
            voice,
            look_switchable: a.spec.is_some(),
        }
    }

    fn access_action(&mut self, now: Millis, action: BarAction) {
        let a = &mut self.access;
        match action {
            BarAction::ToggleVoice => {
                a.now.voice = !a.now.voice;
                tracing::info!(on = a.now.voice, "voice guidance switched");
                // Back on: the current screen is said again.
                a.announcer.forget();
                if !a.now.voice
                    && let Some(v) = &a.voice
                {
                    v.stop();
                }
            }
            BarAction::Repeat => {
                if let (Some(v), Some(line)) = (&a.voice, voice::line_for(&self.session, now)) {
                    v.say(line);
                }
            }
            BarAction::ToggleLargerText => a.now.look.larger_text = !a.now.look.larger_text,
            BarAction::ToggleHighContrast => {
                a.now.look.high_contrast = !a.now.look.high_contrast;
            }
            BarAction::OpenLanguagePicker => {}
        }
    }

    /// Collects what the voice spoke, and gives it the session's line when it is new.
    fn speak(&mut self, now: Millis) {
        let a = &mut self.access;
        let Some(v) = &a.voice else {
            return;
        };
        a.spoken.extend(v.poll());
        let excess = a.spoken.len().saturating_sub(SPOKEN_KEPT);
        a.spoken.drain(..excess);
        if !a.now.voice {
            return;
        }
        if let Some(line) = a.announcer.next(voice::line_for(&self.session, now), now) {
            v.say(line);
        }
    }

    /// The outbox's depth and the age of its oldest application, for the metrics endpoint.
    fn count_outbox(&self) {
        use std::sync::atomic::Ordering::Relaxed;
        if let Some(free) = self.services.intake_status().disk_free_bytes {
            self.setup
                .metrics
                .data_disk_free_bytes
                .store(i64::try_from(free).unwrap_or(i64::MAX), Relaxed);
        }
        let low = self.services.intake_status().disk_low();
        self.setup
            .metrics
            .data_disk_low
            .store(i64::from(low), Relaxed);
        let Some(stats) = self.services.intake_status().stats else {
            return;
        };
        let m = &self.setup.metrics;
        m.outbox_depth
            .store(i64::try_from(stats.pending).unwrap_or(i64::MAX), Relaxed);
        let age_s = stats.oldest_pending_ms.map_or(0, |created| {
            let now = time::OffsetDateTime::now_utc().unix_timestamp() * 1000;
            now.saturating_sub(created).max(0) / 1000
        });
        m.outbox_oldest_age_s.store(age_s, Relaxed);
    }

    /// Worker restarts and QR decoder panics, as the workers counted them.
    fn count_restarts(&self) {
        use std::sync::atomic::Ordering::Relaxed;
        let m = &self.setup.metrics;
        m.worker_restarts.store(self.services.restarts(), Relaxed);
        m.decoder_panics
            .store(self.services.decoder_panics(), Relaxed);
    }

    /// Counts what the metrics endpoint reports (never anything about a person).
    fn count(&self, event: &Event) {
        use std::sync::atomic::Ordering::Relaxed;
        let m = &self.setup.metrics;
        match event {
            Event::Submitted(SubmitOutcome::Failed) => m.submit_failures.fetch_add(1, Relaxed),
            Event::Submitted(_) => m.applications_submitted.fetch_add(1, Relaxed),
            Event::SlipPrinted(PrintOutcome::Failed) => m.slip_failures.fetch_add(1, Relaxed),
            Event::SlipPrinted(_) => m.slips_printed.fetch_add(1, Relaxed),
            _ => 0,
        };
    }

    fn operator_action(&mut self, now: Millis, action: OperatorAction) {
        match action {
            OperatorAction::VerifyPin(pin) => {
                if let Some(until) = self.pin_guard.locked(now) {
                    self.operator
                        .pin_checked(crate::operator::Attempt::LockedOut { until });
                } else if let Some(hash) = &self.setup.pin_hash {
                    self.services.verify_pin(hash.clone(), pin);
                }
            }
            OperatorAction::TestPrint => {
                // The worker prints it on the configured printer; the operator screen shows the
                // outcome from the printer's health, and the flow never hears of it.
                self.services.test_print(self.session.language());
            }
            OperatorAction::RetryDeliveries => {
                tracing::info!("operator: send every waiting application now");
                self.services.retry_deliveries();
            }
            OperatorAction::Calibrate(request) => {
                tracing::info!(?request, "operator: photo calibration");
                self.services.calibrate(request);
            }
            OperatorAction::TestVoice => {
                if let Some(v) = &self.access.voice {
                    tracing::info!("operator: voice test");
                    v.say(voice::Line {
                        lang: self.session.language(),
                        kind: voice::Kind::Immediate,
                        phrases: vec![voice::Phrase::new("operator-voice-test-line")],
                    });
                }
            }
            OperatorAction::Exit => {
                tracing::warn!("operator exit to desktop");
                self.exit_requested = true;
            }
        }
    }

    /// Asks the slip worker to check the printer now and then: often while the operator screen
    /// is open, rarely while nobody uses the booth, never during a session (a user's slip must
    /// not wait behind a check).
    fn check_printer(&mut self, now: Millis) {
        let every = if self.operator.is_open() {
            PRINTER_CHECK_OPERATOR_MS
        } else if self.session.screen() == Screen::Attract {
            PRINTER_CHECK_IDLE_MS
        } else {
            return;
        };
        let due = self
            .printer_checked
            .is_none_or(|at| now.saturating_sub(at) >= every);
        if due && self.services.check_printer() {
            self.printer_checked = Some(now);
        }
    }

    fn run(&mut self, effect: Effect) {
        match effect {
            Effect::LanguageChanged(lang) => {
                tracing::info!(lang = %lang, "language changed");
            }
            Effect::LookupForm(id) => {
                if !self.services.lookup_form(self.generation, id.clone()) {
                    let failed = Event::FormLookedUp {
                        id,
                        outcome: crate::flow::LookupOutcome::Unavailable,
                    };
                    self.apply(self.clock.now_ms(), failed);
                }
            }
            Effect::CapturePhoto(crop) => {
                self.setup
                    .metrics
                    .photo_attempts
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if !self.services.capture_photo(self.generation, crop) {
                    self.apply(self.clock.now_ms(), Event::PhotoFailed);
                }
            }
            Effect::Submit(app) => {
                if !self.services.submit(self.generation, app) {
                    let failed = Event::Submitted(crate::flow::SubmitOutcome::Failed);
                    self.apply(self.clock.now_ms(), failed);
                }
            }
            Effect::PrintSlip(req) => {
                if !self.services.print_slip(self.generation, req) {
                    let failed = Event::SlipPrinted(crate::flow::PrintOutcome::Failed);
                    self.apply(self.clock.now_ms(), failed);
                }
            }
            Effect::CallStaff => {
                self.setup
                    .metrics
                    .staff_calls
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                tracing::warn!("a user called staff");
            }
            Effect::WipeSession(reason) => {
                self.setup.metrics.session_ended(reason);
                self.generation += 1;
                self.shots.clear();
                self.video = VideoTexture::default();
                self.language_picker = false;
                self.access.now = self.access.defaults;
                self.access.announcer.forget();
                if let Some(v) = &self.access.voice {
                    v.stop();
                }
                self.services.wipe();
                tracing::info!(?reason, "session wiped");
            }
        }
    }

    /// Uploads the newest camera frame into the one video texture, only when it changed.
    fn refresh_video(&mut self, ctx: &egui::Context) {
        if !self.session.screen().wants_camera() && !self.operator.is_open() {
            return;
        }
        let Some(frame) = self.services.camera().latest() else {
            return;
        };
        if self.video.seq == Some(frame.seq) {
            return;
        }
        let img = &frame.image;
        let size = [img.width() as usize, img.height() as usize];
        let color = ColorImage::from_rgb(size, img.as_raw());
        match &mut self.video.texture {
            Some(t) => t.set(color, TextureOptions::LINEAR),
            None => {
                self.video.texture =
                    Some(ctx.load_texture("camera", color, TextureOptions::LINEAR));
            }
        }
        self.video.seq = Some(frame.seq);
    }

    /// One texture per photo of the session, made once when the photo arrives.
    fn refresh_shots(&mut self, ctx: &egui::Context) {
        let shots = &self.session.photo().shots;
        if shots.len() == self.shots.len() {
            return;
        }
        self.shots
            .retain(|(p, _)| shots.iter().any(|s| Arc::ptr_eq(s, p)));
        for shot in shots.iter().skip(self.shots.len()) {
            let img = &shot.preview;
            let size = [img.width() as usize, img.height() as usize];
            let color = ColorImage::from_rgb(size, img.as_raw());
            let tex = ctx.load_texture("shot", color, TextureOptions::LINEAR);
            self.shots.push((Arc::clone(shot), tex));
        }
    }
}

/// Whether staff should look at the operator screen: the disk is nearly full, the server
/// refused applications, or the printer is in trouble.
fn needs_attention(
    intake: &crate::workers::IntakeStatus,
    printer: &crate::workers::PrinterHealth,
) -> bool {
    use crate::slip::PrinterCondition as P;
    let refused = intake.stats.is_some_and(|s| s.dead > 0);
    let printer_trouble = matches!(
        printer.condition,
        Some(P::Offline | P::OutOfPaper | P::Error(_))
    );
    intake.disk_low() || refused || printer_trouble
}

fn is_key(e: &egui::Event) -> bool {
    matches!(
        e,
        egui::Event::Key { pressed: true, .. } | egui::Event::Text(_)
    )
}
