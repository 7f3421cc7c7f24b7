//! What the booth looks like, pixel by pixel, rendered by the CPU rasteriser
//! (`tests/support/raster.rs`):
//! - the rasteriser itself on simple shapes;
//! - snapshots of the key screens in ja, en, th and ne, and with larger text in ja and en,
//!   compared with `tests/snapshots/` (re-record with
//!   `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`);
//! - `#[ignore]`d: screenshots of every screen and overlay in all 12 languages, with one contact
//!   sheet per language (`cargo test --test snapshots -- --ignored screenshots`), written to
//!   `$CARGO_TARGET_DIR/screenshots/<lang>/` (with `SCREENSHOT_LARGER_TEXT=1`, in larger text;
//!   `SCREENSHOT_LANGS=en,ja` for some languages only).
//!
//! The camera holds still (`support::still_camera`) and the booth's clock only moves when a
//! test moves it, so each screen looks the same on every run.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::epaint::{ClippedPrimitive, Primitive};
use egui::{Color32, ColorImage, Mesh, Pos2, Rect, TextureId, TextureOptions, Vec2};
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions, TestRenderer};
use myna_booth::camera::CameraStatus;
use myna_booth::flow::{Overlay, Screen};
use myna_booth::i18n::Lang;
use myna_booth::ui::{FontLibrary, OperatorSetup};
use support::TestBooth;
use support::raster::Raster;
use support::still_camera::{CameraPlug, demo_camera};

// ---------------------------------------------------------------------------------------------
// The rasteriser on simple shapes.

const BG: Color32 = Color32::from_rgb(250, 250, 250);

/// A 100×100 harness painting `paint` on a plain background, rendered by [`Raster`].
fn paint_harness(paint: impl Fn(&egui::Painter) + 'static) -> Harness<'static> {
    let fonts = FontLibrary::load().expect("fonts");
    Harness::builder()
        .with_size(Vec2::new(100.0, 100.0))
        .renderer(Raster::new())
        .with_render_cursor(false)
        .with_context_setup(move |ctx| fonts.install(ctx, Lang::En))
        .build_ui(move |ui| {
            ui.painter().rect_filled(ui.ctx().content_rect(), 0.0, BG);
            paint(ui.painter());
        })
}

fn pixel(img: &image::RgbaImage, x: u32, y: u32) -> Color32 {
    let [r, g, b, a] = img.get_pixel(x, y).0;
    Color32::from_rgba_premultiplied(r, g, b, a)
}

#[test]
fn a_filled_rectangle_has_its_colour_inside_and_the_background_outside() {
    let mut h = paint_harness(|p| {
        p.rect_filled(
            Rect::from_min_max(Pos2::new(20.0, 30.0), Pos2::new(60.0, 70.0)),
            0.0,
            Color32::from_rgb(200, 30, 40),
        );
    });
    let img = h.render().expect("render");
    assert_eq!(img.dimensions(), (100, 100));
    assert_eq!(pixel(&img, 40, 50), Color32::from_rgb(200, 30, 40));
    assert_eq!(pixel(&img, 21, 31), Color32::from_rgb(200, 30, 40));
    assert_eq!(pixel(&img, 10, 50), BG);
    assert_eq!(pixel(&img, 40, 80), BG);
    assert_eq!(pixel(&img, 61, 50), BG);
}

#[test]
fn a_half_transparent_rectangle_blends_over_what_is_below() {
    let mut h = paint_harness(|p| {
        let r = Rect::from_min_max(Pos2::new(10.0, 10.0), Pos2::new(90.0, 90.0));
        p.rect_filled(r, 0.0, Color32::BLACK);
        p.rect_filled(r, 0.0, Color32::from_white_alpha(128));
    });
    let img = h.render().expect("render");
    let grey = pixel(&img, 50, 50);
    assert_eq!(grey.a(), 255);
    assert!((127..=129).contains(&grey.r()), "{grey:?}");
}

#[test]
fn nothing_is_painted_outside_the_clip_rectangle() {
    let mut h = paint_harness(|p| {
        let clip = Rect::from_min_max(Pos2::new(0.0, 0.0), Pos2::new(50.0, 100.0));
        p.with_clip_rect(clip).rect_filled(
            Rect::from_min_max(Pos2::new(10.0, 10.0), Pos2::new(90.0, 90.0)),
            0.0,
            Color32::BLUE,
        );
    });
    let img = h.render().expect("render");
    assert_eq!(pixel(&img, 49, 50), Color32::BLUE);
    assert_eq!(pixel(&img, 50, 50), BG);
    assert_eq!(pixel(&img, 80, 50), BG);
}

#[test]
fn a_label_leaves_dark_pixels_where_its_text_is_and_nowhere_else() {
    let mut h = paint_harness(|p| {
        p.text(
            Pos2::new(10.0, 10.0),
            egui::Align2::LEFT_TOP,
            "Hello",
            egui::FontId::proportional(20.0),
            Color32::BLACK,
        );
    });
    let img = h.render().expect("render");
    let dark = |x0: u32, y0: u32, x1: u32, y1: u32| {
        let mut n = 0;
        for y in y0..y1 {
            for x in x0..x1 {
                if pixel(&img, x, y).r() < 128 {
                    n += 1;
                }
            }
        }
        n
    };
    assert!(dark(10, 10, 70, 40) > 60, "the word is drawn");
    assert_eq!(dark(0, 50, 100, 100), 0, "nothing below it");
    assert_eq!(dark(80, 0, 100, 100), 0, "nothing right of it");
}

/// A quad over `rect` showing the whole of texture `id`.
fn textured_quad(id: TextureId, rect: Rect) -> ClippedPrimitive {
    let mut mesh = Mesh::with_texture(id);
    mesh.add_rect_with_uv(
        rect,
        Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
        Color32::WHITE,
    );
    ClippedPrimitive {
        clip_rect: Rect::EVERYTHING,
        primitive: Primitive::Mesh(mesh),
    }
}

#[test]
fn textures_are_updated_in_part_and_sampled_nearest_or_linear() {
    let id = TextureId::Managed(7);
    let (red, blue, green) = (Color32::RED, Color32::BLUE, Color32::GREEN);
    let mut r = Raster::new();
    let mut delta = egui::TexturesDelta::default();
    let image = ColorImage::new([2, 1], vec![red, blue]);
    delta.set.insert(
        id,
        [egui::epaint::ImageDelta::full(
            image,
            TextureOptions::NEAREST,
        )]
        .into(),
    );
    r.handle_delta(&mut delta);
    let quad = [textured_quad(
        id,
        Rect::from_min_size(Pos2::ZERO, Vec2::new(8.0, 2.0)),
    )];
    let img = r.paint(&quad, 1.0, [8, 2]).expect("paint");
    assert_eq!(pixel(&img, 0, 0), red);
    assert_eq!(pixel(&img, 3, 1), red);
    assert_eq!(pixel(&img, 4, 0), blue);

    // A patch over the second texel, now with linear filtering: a blend in the middle.
    let patch = ColorImage::new([1, 1], vec![green]);
    delta.set.insert(
        id,
        [egui::epaint::ImageDelta::partial(
            [1, 0],
            patch,
            TextureOptions::LINEAR,
        )]
        .into(),
    );
    r.handle_delta(&mut delta);
    let img = r.paint(&quad, 1.0, [8, 2]).expect("paint");
    assert_eq!(pixel(&img, 7, 0), green, "clamped at the edge");
    let mid = pixel(&img, 4, 0);
    assert!(mid.r() > 80 && mid.g() > 80 && mid.b() == 0, "{mid:?}");

    // Freed textures go after the next frame's changes arrive.
    delta.free.insert(id);
    r.handle_delta(&mut delta);
    assert!(
        r.paint(&quad, 1.0, [8, 2]).is_ok(),
        "still there this frame"
    );
    r.handle_delta(&mut delta);
    assert!(r.paint(&quad, 1.0, [8, 2]).is_err(), "gone the next");
}

#[test]
fn a_triangle_shared_edge_is_painted_once() {
    // Two half-transparent triangles of one quad: the diagonal must not be darker.
    let id = TextureId::Managed(0);
    let mut r = Raster::new();
    let mut delta = egui::TexturesDelta::default();
    delta.set.insert(
        id,
        [egui::epaint::ImageDelta::full(
            ColorImage::new([1, 1], vec![Color32::WHITE]),
            TextureOptions::NEAREST,
        )]
        .into(),
    );
    r.handle_delta(&mut delta);
    let mut mesh = Mesh::with_texture(id);
    mesh.add_colored_rect(
        Rect::from_min_size(Pos2::ZERO, Vec2::splat(8.0)),
        Color32::from_black_alpha(128),
    );
    for v in &mut mesh.vertices {
        v.uv = Pos2::new(0.5, 0.5);
    }
    let prim = [ClippedPrimitive {
        clip_rect: Rect::EVERYTHING,
        primitive: Primitive::Mesh(mesh),
    }];
    let img = r.paint(&prim, 1.0, [8, 8]).expect("paint");
    let alphas: Vec<u8> = (0..8).map(|i| pixel(&img, i, i).a()).collect();
    assert!(alphas.iter().all(|&a| a == 128), "{alphas:?}");
}

// ---------------------------------------------------------------------------------------------
// Driving the booth to each screen.

/// The typed form of the demo intake server (found, "John Smith").
const TYPED_FORM_ID: &str = "20261121000000000067890";
/// A well-formed ID the intake server does not know.
const UNKNOWN_FORM_ID: &str = "20261121000000000099999";
const BIRTH: &str = "19850412";

/// A booth on the still camera, with larger text or not, on a 1280×720 screen of the shipped
/// size (the theme scales with the pixels per millimetre, so the layout is the shipped one).
fn still_booth(larger_text: bool) -> (TestBooth, CameraPlug) {
    let (camera, plug) = demo_camera(true);
    let b = TestBooth::start_full(
        |cfg| {
            cfg.ui.larger_text = larger_text;
            cfg.ui.screen_resolution = [1280, 720];
        },
        OperatorSetup::default(),
        Some(camera),
    );
    (b, plug)
}

/// Lets frames run in real time, the booth's clock standing still, until `done` holds.
fn settle(b: &mut TestBooth, what: &str, done: impl Fn(&TestBooth) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(b) {
        assert!(Instant::now() < deadline, "still waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
        b.harness.step();
    }
    b.harness.run();
}

fn camera_live(b: &TestBooth) -> bool {
    matches!(
        b.harness.state().services().camera().status(),
        CameraStatus::Live { .. }
    )
}

/// Waits until the video shows a frame of the scene of this screen, and (on the photo
/// screen) until the photo guide has said something.
fn settle_video(b: &mut TestBooth) {
    settle(b, "the camera", camera_live);
    // A few frames, so the texture holds the scene of this screen, not the last one.
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(40));
        b.harness.step();
    }
    if b.screen() == Screen::PhotoGuide {
        settle(b, "the photo guide", |b| {
            let s = b.harness.state().session();
            let now = myna_booth::ui::Clock::now_ms(&b.clock);
            s.photo_guidance(now).is_some() || s.photo().guide_unavailable
        });
    }
}

/// The picture of the booth's screen now, as a finger left it (no hover), on black: kittest
/// leaves an 8-point transparent margin around a `Ui` app, which the kiosk does not have.
fn picture(b: &mut TestBooth) -> image::RgbaImage {
    b.harness.remove_cursor();
    b.harness.run();
    let mut img = b.harness.render().expect("render");
    // Premultiplied colours over black: the same colour, opaque.
    for p in img.pixels_mut() {
        p.0[3] = 255;
    }
    img
}

/// Collects snapshot mismatches so one run records or reports every screen.
struct Snapshots {
    options: SnapshotOptions,
    failures: Vec<String>,
}

impl Snapshots {
    fn new() -> Self {
        Self {
            options: SnapshotOptions::new(),
            failures: Vec::new(),
        }
    }

    fn take(&mut self, b: &mut TestBooth, name: &str) {
        let img = picture(b);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            save_compact(
                &img,
                &Path::new("tests/snapshots").join(format!("{name}.png")),
            );
        } else if let Err(e) = egui_kittest::try_image_snapshot_options(&img, name, &self.options) {
            self.failures.push(e.to_string());
        }
    }

    fn check(self) {
        assert!(
            self.failures.is_empty(),
            "{}\nIf the change is intended, re-record: UPDATE_SNAPSHOTS=1 cargo test --test snapshots",
            self.failures.join("\n")
        );
    }
}

/// Records a snapshot as kittest reads it back, but small: RGB (the screen is opaque), best
/// compression. About a third smaller than kittest's own RGBA files.
fn save_compact(img: &image::RgbaImage, path: &Path) {
    use image::ImageEncoder;
    assert!(img.pixels().all(|p| p.0[3] == 255), "a picture is opaque");
    let rgb = image::DynamicImage::ImageRgba8(img.clone()).to_rgb8();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("snapshot dir");
    }
    let file = std::fs::File::create(path).expect("snapshot file");
    image::codecs::png::PngEncoder::new_with_quality(
        std::io::BufWriter::new(file),
        image::codecs::png::CompressionType::Best,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(
        rgb.as_raw(),
        rgb.width(),
        rgb.height(),
        image::ExtendedColorType::Rgb8,
    )
    .expect("write snapshot");
    println!("recorded {}", path.display());
}

/// The key screens of one session in `lang`, as snapshots `<set>/NN-<screen>`: the same
/// journey with larger text, every screen of it fitting the 16:9 screen.
fn key_screens(lang: Lang, larger_text: bool) {
    let set = if larger_text {
        format!("larger-text-{}", lang.code())
    } else {
        lang.code().to_owned()
    };
    let (mut b, _plug) = still_booth(larger_text);
    let mut snaps = Snapshots::new();
    let mut snap = |b: &mut TestBooth, name: &str| snaps.take(b, &format!("{set}/{name}"));

    // The attract screen speaks the booth's default language (ja) whatever comes next.
    if lang == Lang::Ja {
        snap(&mut b, "00-attract");
    }
    b.tap("attract-touch");
    b.choose_language(lang);
    snap(&mut b, "01-language");
    b.tap("consent-accept");
    snap(&mut b, "02-before-start");
    // The form is held under a lamp, so it is never read and the keypad stays open.
    b.harness.state_mut().services_mut().set_demo_glare(true);
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    settle_video(&mut b);
    b.type_digits(&TYPED_FORM_ID[..9]);
    snap(&mut b, "03-scan-keypad");
    b.type_digits(&TYPED_FORM_ID[9..]);
    b.tap("keypad-done");
    b.wait_for_form();
    b.pick_birth_date(BIRTH);
    snap(&mut b, "04-details");
    b.tap("details-continue");
    settle_video(&mut b);
    snap(&mut b, "05-photo");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    snap(&mut b, "06-review");
    b.tap("review-use");
    snap(&mut b, "07-confirm");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    settle(&mut b, "the slip", |b| {
        b.harness.state().session().print_outcome().is_some()
    });
    snap(&mut b, "08-slip");
    snaps.check();
}

#[test]
fn key_screens_in_japanese() {
    key_screens(Lang::Ja, false);
}

#[test]
fn key_screens_in_english() {
    key_screens(Lang::En, false);
}

#[test]
fn key_screens_in_thai() {
    key_screens(Lang::Th, false);
}

#[test]
fn key_screens_in_nepali() {
    key_screens(Lang::Ne, false);
}

#[test]
fn key_screens_with_larger_text_in_japanese() {
    key_screens(Lang::Ja, true);
}

#[test]
fn key_screens_with_larger_text_in_english() {
    key_screens(Lang::En, true);
}

// ---------------------------------------------------------------------------------------------
// Screenshots of every screen in every language, to look at.

/// Where screenshots go: `$CARGO_TARGET_DIR/screenshots` (or `target/screenshots`).
fn screenshot_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
            PathBuf::from,
        )
        .join("screenshots")
}

struct Shots {
    dir: PathBuf,
    n: usize,
}

impl Shots {
    fn take(&mut self, b: &mut TestBooth, name: &str) {
        let img = picture(b);
        let path = self.dir.join(format!("{:02}-{name}.png", self.n));
        img.save(&path).expect("write screenshot");
        self.n += 1;
    }
}

/// Every screen and overlay of the journey in `lang`, into `dir`.
fn tour(lang: Lang, dir: &Path) {
    std::fs::create_dir_all(dir).expect("screenshot dir");
    let mut shots = Shots {
        dir: dir.to_path_buf(),
        n: 0,
    };
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    // The moving demo scene: the glared form is seen (and its advice shown) as it sways.
    let (camera, plug) = demo_camera(false);
    let larger_text = std::env::var_os("SCREENSHOT_LARGER_TEXT").is_some();
    let mut b = TestBooth::start_full(
        |cfg| {
            cfg.operator.pin_hash = hash;
            cfg.ui.larger_text = larger_text;
        },
        OperatorSetup::default(),
        Some(camera),
    );
    let shot = |b: &mut TestBooth, shots: &mut Shots, name: &str| shots.take(b, name);

    shot(&mut b, &mut shots, "attract");
    b.tap("attract-touch");
    b.choose_language(lang);
    shot(&mut b, &mut shots, "language-consent");
    b.tap_label(&format!(
        "{} · {}",
        b.t("topbar-language"),
        lang.native_name()
    ));
    shot(&mut b, &mut shots, "language-picker");
    // The picker's tile, over the language screen's own.
    b.harness
        .get_all_by_label(lang.native_name())
        .last()
        .expect("the picker's tile")
        .click();
    b.harness.run();
    b.tap("consent-accept");
    shot(&mut b, &mut shots, "before-start");
    b.tap("check-something-changed");
    b.tap_nth("answer-yes", 0);
    shot(&mut b, &mut shots, "before-start-questions");
    b.tap_nth("answer-no", 1);
    b.tap_nth("answer-no", 2);
    shot(&mut b, &mut shots, "before-start-answered");
    b.tap_nth("answer-no", 0);

    // Scan: the form under a lamp, so the screen shows its advice and never reads it.
    b.harness.state_mut().services_mut().set_demo_glare(true);
    b.tap("check-continue");
    assert_eq!(b.screen(), Screen::Scan);
    settle_video(&mut b);
    b.wait_until("a scan hint", |b| {
        let now = myna_booth::ui::Clock::now_ms(&b.clock);
        b.harness.state().session().scan_hint(now).is_some()
    });
    shot(&mut b, &mut shots, "scan-hint");
    let offer = u64::from(b.config.timeouts.manual_entry_offer_s) * 1000;
    b.clock.advance(offer);
    b.harness.run();
    shot(&mut b, &mut shots, "scan-keypad-offered");
    b.tap("scan-type-instead");
    b.type_digits(&TYPED_FORM_ID[..9]);
    shot(&mut b, &mut shots, "scan-keypad");
    b.tap("keypad-clear");
    b.type_digits("123456789018");
    b.tap("keypad-done");
    shot(&mut b, &mut shots, "scan-keypad-individual-number");
    b.tap("keypad-clear");
    b.type_digits(UNKNOWN_FORM_ID);
    b.tap("keypad-done");
    b.wait_for_form();
    shot(&mut b, &mut shots, "details-unknown-id");
    b.tap("details-form-reenter");
    b.tap("keypad-clear");
    b.type_digits(TYPED_FORM_ID);
    b.tap("keypad-done");
    b.wait_for_form();
    shot(&mut b, &mut shots, "details");
    b.tap_label("1980–1989");
    shot(&mut b, &mut shots, "details-pick-year");
    b.tap_label("1985");
    b.tap_label("4");
    shot(&mut b, &mut shots, "details-pick-day");
    b.tap_label("12");
    shot(&mut b, &mut shots, "details-picked");

    // The overlays, over the details screen.
    b.tap("topbar-start-over");
    assert_eq!(
        b.harness.state().session().overlay(),
        Some(Overlay::ConfirmStartOver)
    );
    shot(&mut b, &mut shots, "start-over-confirm");
    b.tap("start-over-no");
    b.tap("topbar-call-staff");
    shot(&mut b, &mut shots, "call-staff");
    b.tap("staff-called-close");
    let warn = u64::from(b.config.timeouts.inactivity_warning_s) * 1000 + 500;
    b.clock.advance(warn);
    b.harness.run();
    shot(&mut b, &mut shots, "inactivity-warning");
    b.tap("inactivity-continue");

    b.tap("details-continue");
    settle_video(&mut b);
    shot(&mut b, &mut shots, "photo-guide");
    // A sitter in a cap: the head-covering warning and its two answers.
    b.harness.state_mut().services_mut().set_demo_cap(true);
    b.wait_for_guide_message(myna_booth::photo::CheckId::HeadCovering);
    shot(&mut b, &mut shots, "photo-head-covering");
    b.harness.state_mut().services_mut().set_demo_cap(false);
    settle_video(&mut b);
    plug.unplug(true);
    b.wait_until("the camera fault", |b| {
        b.harness.state().session().camera_fault()
    });
    shot(&mut b, &mut shots, "photo-camera-lost");
    plug.unplug(false);
    b.wait_until("the camera back", |b| {
        !b.harness.state().session().camera_fault()
    });
    settle_video(&mut b);
    if b.screen() == Screen::PhotoGuide {
        b.tap("photo-take");
    }
    b.wait_for(Screen::Review);
    shot(&mut b, &mut shots, "review");
    b.tap("review-use");
    shot(&mut b, &mut shots, "confirm");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    settle(&mut b, "the slip", |b| {
        b.harness.state().session().print_outcome().is_some()
    });
    shot(&mut b, &mut shots, "slip");
    b.tap("slip-finish");
    shot(&mut b, &mut shots, "goodbye");
    b.wait_until("the attract screen", |b| b.screen() == Screen::Attract);
    // Staff see the booth's default language.
    b.lang = b.config.ui.default_language;
    b.tap_corner_five_times();
    shot(&mut b, &mut shots, "operator-pin");
    b.type_digits("2468");
    b.tap("operator-unlock");
    b.wait_until("the operator screen", |b| b.shows(&b.t("operator-title")));
    shot(&mut b, &mut shots, "operator");
}

/// One contact sheet per language, by ImageMagick's `montage`.
fn contact_sheet(dir: &Path, out: &Path) {
    let mut shots: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("screenshots")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    shots.sort();
    let status = std::process::Command::new("montage")
        .args([
            "-label",
            "%t",
            "-pointsize",
            "14",
            "-geometry",
            "640x360+6+6",
            "-tile",
            "4x",
        ])
        .args(&shots)
        .arg(out)
        .status()
        .expect("montage (ImageMagick; scripts/setup.sh installs it)");
    assert!(status.success(), "montage for {}", dir.display());
}

#[test]
#[ignore = "writes screenshots of every screen in all 12 languages to look at (minutes)"]
fn screenshots_of_every_screen_in_every_language() {
    let root = screenshot_dir();
    let only = std::env::var("SCREENSHOT_LANGS").ok();
    for lang in Lang::ALL {
        if only
            .as_deref()
            .is_some_and(|o| !o.split(',').any(|c| c == lang.code()))
        {
            continue;
        }
        let dir = root.join(lang.code());
        let _ = std::fs::remove_dir_all(&dir);
        tour(lang, &dir);
        contact_sheet(&dir, &root.join(format!("contact-{}.png", lang.code())));
        println!("screenshots: {}", dir.display());
    }
}
