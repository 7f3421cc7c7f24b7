//! Tests of the kiosk configuration, written as an operator would meet it: the shipped file,
//! broken files, typos, and the environment overrides.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::validate::SECTIONS;
use super::*;
use crate::i18n::Lang;

/// The file shipped in the repository (`kiosk-config/booth.toml` next to Cargo.toml).
const SHIPPED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk-config/booth.toml");

const FILE: &str = "kiosk-config/booth.toml";

/// Loads a file, failing the test with every problem on its own line.
fn load_clean(path: &Path) -> KioskConfig {
    match load_with(path, None) {
        Ok(config) => config,
        Err(error) => panic!("{} does not load:\n{error}", path.display()),
    }
}

fn problems_of(text: &str) -> Vec<ConfigProblem> {
    match parse(text, Path::new(FILE)) {
        Ok(config) => panic!("expected problems, the file loaded: {config:?}"),
        Err(error) => error.into_problems(),
    }
}

/// A key that is a table of its own (`[photo.checks]`), checked under its own header.
fn is_subsection(section: &str, key: &str) -> bool {
    let name = format!("{section}.{key}");
    SECTIONS.iter().any(|(n, _)| *n == name)
}

fn keys_of(problems: &[ConfigProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.key.as_str()).collect()
}

fn minimal(extra: &str) -> String {
    format!("[booth]\nid = \"test-booth\"\n{extra}")
}

fn shipped_text() -> String {
    std::fs::read_to_string(SHIPPED).expect("the shipped booth.toml is readable")
}

#[test]
fn shipped_file_loads_without_problems() {
    let config = load_clean(Path::new(SHIPPED));
    assert_eq!(config.booth.id, "demo-booth-001");
    assert!(check(Path::new(SHIPPED)).is_empty());
}

/// `cargo test` runs in the crate folder, so this checks the shipped file, or the file named by
/// `MYNA_BOOTH_CONFIG` when an operator sets it (see kiosk-config/README.md).
#[test]
fn file_at_default_path_has_no_problems() {
    let path = default_path();
    let problems = check(&path);
    assert!(problems.is_empty(), "{}", one_per_line(&problems));
}

#[test]
fn shipped_file_documents_every_key() {
    let text = shipped_text();
    for (section, keys) in SECTIONS {
        assert!(
            text.contains(&format!("\n[{section}]\n")),
            "[{section}] missing"
        );
        for key in keys.iter().filter(|k| !is_subsection(section, k)) {
            let written = text.lines().any(|l| {
                l.starts_with(&format!("{key} = ")) || l.starts_with(&format!("# {key} = "))
            });
            assert!(written, "{section}.{key} is not in booth.toml");
        }
    }
}

#[test]
fn shipped_file_agrees_with_the_built_in_defaults() {
    let shipped = load_clean(Path::new(SHIPPED));
    let defaults = parse(&minimal(""), Path::new(FILE)).expect("a minimal file loads");
    assert_eq!(shipped.ui, defaults.ui);
    assert_eq!(shipped.timeouts, defaults.timeouts);
    assert_eq!(shipped.camera, defaults.camera);
    assert_eq!(shipped.photo, defaults.photo);
    assert_eq!(shipped.voice, defaults.voice);
    assert_eq!(shipped.operator, defaults.operator);
    assert_eq!(
        shipped.booth.utc_offset_minutes,
        defaults.booth.utc_offset_minutes
    );
    assert_eq!(shipped.booth.data_dir, defaults.booth.data_dir);
    assert_eq!(shipped.intake.mode, defaults.intake.mode);
    assert_eq!(shipped.intake.timeout_s, defaults.intake.timeout_s);
    assert_eq!(shipped.printer.backend, defaults.printer.backend);
    assert_eq!(
        shipped.printer.paper_width_mm,
        defaults.printer.paper_width_mm
    );
    assert_eq!(shipped.printer.file_dir, defaults.printer.file_dir);
}

#[test]
fn missing_keys_take_the_documented_defaults() {
    let config = parse(&minimal(""), Path::new(FILE)).expect("a minimal file loads");
    assert_eq!(config.ui.languages, Lang::ALL.to_vec());
    assert_eq!(config.ui.default_language, Lang::Ja);
    assert_eq!(config.ui.price_yen, 0);
    assert!(config.ui.fullscreen && config.ui.hide_cursor && !config.ui.larger_text);
    assert!(!config.ui.high_contrast);
    assert!(config.voice.enabled);
    assert_eq!(config.voice.device, "default");
    assert_eq!(
        (config.voice.rate_percent, config.voice.volume_percent),
        (100, 100)
    );
    assert_eq!(config.ui.screen_resolution, [1920, 1080]);
    assert_eq!(
        config.timeouts.inactivity_warning(),
        Duration::from_secs(60)
    );
    assert_eq!(config.timeouts.inactivity_reset(), Duration::from_secs(20));
    assert_eq!(
        config.timeouts.manual_entry_offer(),
        Duration::from_secs(20)
    );
    assert_eq!(config.timeouts.slip_screen(), Duration::from_secs(30));
    assert_eq!(config.timeouts.goodbye(), Duration::from_secs(6));
    assert_eq!(config.booth.utc_offset_minutes, 540);
    assert_eq!(config.booth.data_dir, Path::new("/var/lib/myna-booth"));
    assert_eq!(config.camera.source, CameraSource::Auto);
    assert_eq!(
        (config.camera.width, config.camera.height, config.camera.fps),
        (1280, 720, 30)
    );
    assert_eq!(config.intake.mode, IntakeMode::DemoServer);
    assert_eq!(config.intake.timeout(), Duration::from_secs(20));
    assert_eq!(config.printer.backend, PrinterBackend::File);
    assert_eq!(
        config.printer.file_dir,
        Path::new("/var/lib/myna-booth/slips")
    );
    assert_eq!(config.photo.retake_limit(), None);
    assert_eq!(config.photo.auto_capture_hold(), Duration::from_millis(700));
    assert_eq!(config.photo.countdown(), Duration::from_secs(3));
    assert!(!config.operator.screen_enabled());
}

#[test]
fn torn_file_names_the_file_and_the_line() {
    let text = shipped_text();
    let cut = text
        .find("inactivity_warning_s =")
        .expect("the key is in the file")
        + 10;
    let torn_line = text[..cut].lines().count();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("booth.toml");
    std::fs::write(&path, &text[..cut]).expect("write torn file");

    let error = load_with(&path, None).expect_err("a torn file must not load");
    let ConfigError::Syntax { file, line, .. } = &error else {
        panic!("expected a syntax error, got {error:?}");
    };
    assert_eq!(file, &path);
    assert_eq!(*line, torn_line);
    let shown = error.to_string();
    assert!(
        shown.starts_with(&format!("{}: line {torn_line}, column ", path.display())),
        "{shown}"
    );

    let problems = check(&path);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].key, format!("line {torn_line}, column 11"));
}

#[test]
fn file_cut_inside_a_table_header_is_a_syntax_error() {
    let error = parse("[booth]\nid = \"x\"\n\n[time", Path::new(FILE)).expect_err("torn");
    assert!(
        matches!(error, ConfigError::Syntax { line: 4, .. }),
        "{error:?}"
    );
}

#[test]
fn missing_file_names_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such.toml");
    let error = load(&path).expect_err("nothing to load");
    assert!(matches!(&error, ConfigError::Read { file, .. } if file == &path));
    assert!(error.to_string().contains("no-such.toml"), "{error}");
    let problems = check(&path);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .starts_with(&path.display().to_string())
    );
}

#[test]
fn file_that_is_not_utf8_names_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("booth.toml");
    std::fs::write(&path, b"[booth]\nid = \"caf\xe9\"\n").expect("write");
    let error = load_with(&path, None).expect_err("not UTF-8");
    assert!(
        matches!(
            error,
            ConfigError::Syntax {
                line: 2,
                column: 10,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn wrong_type_names_the_dotted_key_and_the_expected_type() {
    let problems = problems_of(&minimal("[timeouts]\ninactivity_warning_s = \"abc\"\n"));
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "kiosk-config/booth.toml: timeouts.inactivity_warning_s: expected a whole number of \
         seconds from 1 to 3600, found \"abc\""
    );

    let problems = problems_of(&minimal("[ui]\nfullscreen = \"yes\"\nprice_yen = 1.5\n"));
    assert_eq!(keys_of(&problems), ["ui.price_yen", "ui.fullscreen"]);
    assert_eq!(
        problems[0].expected,
        "a whole number of yen from 0 to 100000"
    );
    assert_eq!(problems[0].found.as_deref(), Some("1.5"));
    assert_eq!(problems[1].expected, "true or false");
}

#[test]
fn several_problems_are_all_reported_one_per_line() {
    let text =
        minimal("[ui]\nprice_yen = -5\n[camera]\nsource = \"webcam\"\n[photo]\ncountdown_s = 99\n");
    let error = parse(&text, Path::new(FILE)).expect_err("three problems");
    let shown = error.to_string();
    assert_eq!(shown.lines().count(), 3, "{shown}");
    assert_eq!(
        keys_of(&error.into_problems()),
        ["ui.price_yen", "camera.source", "photo.countdown_s"]
    );
    assert!(shown.contains("expected one of \"auto\", \"demo\", \"v4l\", found \"webcam\""));
}

#[test]
fn every_key_is_checked() {
    let mut text = String::new();
    let mut expected = Vec::new();
    for (section, keys) in SECTIONS {
        text.push_str(&format!("[{section}]\n"));
        for key in keys.iter().filter(|k| !is_subsection(section, k)) {
            text.push_str(&format!("{key} = {{ wrong = true }}\n"));
            expected.push(format!("{section}.{key}"));
        }
    }
    let problems = problems_of(&text);
    assert_eq!(keys_of(&problems), expected);
}

#[test]
fn unknown_keys_are_reported_with_a_hint() {
    let mut problems = problems_of(&minimal(
        "[ui]\nlangauges = [\"ja\"]\nfps = 30\nvolume = 3\n[camra]\nfps = 30\n",
    ));
    // Sorted, since the order of unknown keys depends on toml's map type.
    problems.sort_by(|a, b| a.key.cmp(&b.key));
    assert_eq!(
        keys_of(&problems),
        ["camra", "ui.fps", "ui.langauges", "ui.volume"]
    );
    assert_eq!(problems[0].found.as_deref(), Some("an unknown section"));
    assert!(problems[0].expected.ends_with("(did you mean [camera]?)"));
    assert!(problems[1].expected.ends_with("(fps belongs in [camera])"));
    assert_eq!(
        problems[2].to_string(),
        "kiosk-config/booth.toml: ui.langauges: expected a key of [ui] (did you mean \
         \"languages\"?), found an unknown key"
    );
    assert_eq!(problems[3].expected, "a key of [ui]");
}

#[test]
fn key_above_every_section_is_reported() {
    let problems = problems_of("id = \"x\"\n");
    assert_eq!(keys_of(&problems), ["id", "booth.id"]);
    assert!(
        problems[0]
            .expected
            .ends_with("(id belongs under the [booth] line)")
    );
}

#[test]
fn missing_booth_id_is_reported() {
    let problems = problems_of("[ui]\nprice_yen = 500\n");
    assert_eq!(keys_of(&problems), ["booth.id"]);
    assert_eq!(problems[0].found, None);
    assert!(
        problems[0]
            .to_string()
            .ends_with("found nothing (the key is missing)")
    );
    assert_eq!(keys_of(&problems_of("")), ["booth.id"]);
}

#[test]
fn bad_booth_values_are_reported() {
    let problems = problems_of(
        "[booth]\nid = \"booth 7\"\nlocation = \"two\\nlines\"\nutc_offset = \"9\"\ndata_dir = \"\"\n",
    );
    assert_eq!(
        keys_of(&problems),
        [
            "booth.id",
            "booth.location",
            "booth.utc_offset",
            "booth.data_dir"
        ]
    );
    assert_eq!(problems[0].found.as_deref(), Some("\"booth 7\""));
}

#[test]
fn bad_voice_values_are_reported() {
    let problems = problems_of(&minimal(
        "[voice]\nenabled = \"yes\"\ndevice = \"plug hw\"\nrate_percent = 20\nvolume_percent = 500\n",
    ));
    assert_eq!(
        keys_of(&problems),
        [
            "voice.enabled",
            "voice.device",
            "voice.rate_percent",
            "voice.volume_percent"
        ]
    );
    assert!(problems[1].expected.contains("ALSA device"), "{problems:?}");
    let config = parse(
        &minimal("[voice]\nenabled = false\ndevice = \"plughw:1,0\"\n"),
        Path::new(FILE),
    )
    .expect("a valid [voice] loads");
    assert!(!config.voice.enabled);
    assert_eq!(config.voice.device, "plughw:1,0");
}

#[test]
fn https_mode_needs_url_and_certificates() {
    let problems = problems_of(&minimal("[intake]\nmode = \"https\"\n"));
    assert_eq!(
        keys_of(&problems),
        [
            "intake.url",
            "intake.ca_cert",
            "intake.client_cert",
            "intake.client_key"
        ]
    );
    assert!(problems.iter().all(|p| p.found.is_none()));
    assert!(problems[0].expected.starts_with("an https:// URL"));

    let certs = "ca_cert = \"ca.pem\"\nclient_cert = \"b.pem\"\nclient_key = \"k.pem\"\n";
    let text = minimal(&format!(
        "[intake]\nmode = \"https\"\nurl = \"http://x.jp\"\n{certs}"
    ));
    assert_eq!(keys_of(&problems_of(&text)), ["intake.url"]);

    let text = minimal(&format!(
        "[intake]\nmode = \"https\"\nurl = \"https://x.jp/v1\"\n{certs}"
    ));
    let config = parse(&text, Path::new(FILE)).expect("complete https section");
    assert_eq!(config.intake.url.as_deref(), Some("https://x.jp/v1"));
    assert_eq!(
        config.intake.client_key.as_deref(),
        Some(Path::new("k.pem"))
    );
}

#[test]
fn demo_server_mode_ignores_the_url() {
    let text = minimal("[intake]\nmode = \"demo-server\"\nurl = \"http://not-used\"\n");
    assert!(parse(&text, Path::new(FILE)).is_ok());
}

#[test]
fn default_language_must_be_offered() {
    let problems = problems_of(&minimal(
        "[ui]\nlanguages = [\"en\", \"ko\"]\ndefault_language = \"ja\"\n",
    ));
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "kiosk-config/booth.toml: ui.default_language: expected one of the languages in \
         ui.languages (en, ko), found \"ja\""
    );
}

#[test]
fn easy_japanese_can_be_offered_alone_or_be_the_default() {
    let text =
        minimal("[ui]\nlanguages = [\"ja-x-easy\", \"en\"]\ndefault_language = \"ja-x-easy\"\n");
    let config = parse(&text, Path::new(FILE)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.ui.languages, [Lang::JaEasy, Lang::En]);
    assert_eq!(config.ui.default_language, Lang::JaEasy);
    // A near miss is refused with every accepted code.
    let problems = problems_of(&minimal("[ui]\nlanguages = [\"ja-easy\"]\n"));
    assert_eq!(keys_of(&problems), ["ui.languages[0]"]);
    assert!(
        problems[0].expected.contains("\"ja-x-easy\""),
        "{}",
        problems[0].expected
    );
}

#[test]
fn language_list_problems_name_the_entry() {
    let problems = problems_of(&minimal("[ui]\nlanguages = [\"en\", \"fr\", \"en\", 3]\n"));
    assert_eq!(
        keys_of(&problems),
        ["ui.languages[1]", "ui.languages[2]", "ui.languages[3]"]
    );
    assert_eq!(problems[1].expected, "each language listed only once");
    // No second complaint about default_language while the list itself is wrong.
    assert_eq!(
        keys_of(&problems_of(&minimal("[ui]\nlanguages = []\n"))),
        ["ui.languages"]
    );
}

#[test]
fn inactivity_warning_must_outlast_the_goodbye_screen() {
    let problems = problems_of(&minimal("[timeouts]\ninactivity_warning_s = 5\n"));
    assert_eq!(keys_of(&problems), ["timeouts.inactivity_warning_s"]);
    assert_eq!(
        problems[0].expected,
        "more seconds than timeouts.goodbye_s (6)"
    );
    let problems = problems_of(&minimal("[timeouts]\ngoodbye_s = 90\n"));
    assert_eq!(keys_of(&problems), ["timeouts.goodbye_s"]);
    assert_eq!(
        problems[0].expected,
        "fewer seconds than timeouts.inactivity_warning_s (60)"
    );
    // An out-of-range value gets one problem, not a second one from the comparison.
    let problems = problems_of(&minimal("[timeouts]\ngoodbye_s = 0\n"));
    assert_eq!(keys_of(&problems), ["timeouts.goodbye_s"]);
}

#[test]
fn printer_backends_need_their_address() {
    let problems = problems_of(&minimal("[printer]\nbackend = \"cups\"\n"));
    assert_eq!(keys_of(&problems), ["printer.cups_uri"]);
    let problems = problems_of(&minimal(
        "[printer]\nbackend = \"escpos\"\nescpos_addr = \"127.0.0.1\"\n",
    ));
    assert_eq!(keys_of(&problems), ["printer.escpos_addr"]);
    let text = minimal("[printer]\nbackend = \"escpos\"\nescpos_addr = \"[::1]:9100\"\n");
    assert!(parse(&text, Path::new(FILE)).is_ok());
    let text = minimal(
        "[printer]\nbackend = \"cups\"\ncups_uri = \"ipp://127.0.0.1:631/printers/slip\"\n",
    );
    assert!(parse(&text, Path::new(FILE)).is_ok());
}

#[test]
fn data_dir_override_moves_the_default_slip_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("booth.toml");
    std::fs::write(&path, minimal("")).expect("write");
    let config = load_with(&path, Some(Path::new("/tmp/demo-data"))).expect("loads");
    assert_eq!(config.booth.data_dir, Path::new("/tmp/demo-data"));
    assert_eq!(config.printer.file_dir, Path::new("/tmp/demo-data/slips"));

    let text = minimal("[printer]\nfile_dir = \"/srv/slips\"\n");
    let config = parse_with(&text, Path::new(FILE), Some(Path::new("/tmp/x"))).expect("loads");
    assert_eq!(config.printer.file_dir, Path::new("/srv/slips"));
}

#[test]
fn default_path_is_the_env_value_or_the_repository_file() {
    assert_eq!(
        default_path_from(None),
        PathBuf::from("kiosk-config/booth.toml")
    );
    let from_env = default_path_from(Some(PathBuf::from("/etc/myna-booth/booth.toml")));
    assert_eq!(from_env, PathBuf::from("/etc/myna-booth/booth.toml"));
}

#[test]
fn pin_hash_is_never_shown() {
    let hash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";
    let text = minimal(&format!("[operator]\npin_hash = '{hash}'\n"));
    let config = parse(&text, Path::new(FILE)).expect("a valid PHC string loads");
    assert!(config.operator.screen_enabled());
    let shown = format!("{config:?}");
    assert!(
        shown.contains("pin_hash: <set>") && !shown.contains("argon2"),
        "{shown}"
    );
    let empty = parse(&minimal(""), Path::new(FILE)).expect("loads");
    assert!(format!("{:?}", empty.operator).contains("<empty>"));

    for secret in ["'1234'", "1234", "'$argon2id$v=19$m=1,t=2$salt$hash'"] {
        let problems = problems_of(&minimal(&format!("[operator]\npin_hash = {secret}\n")));
        assert_eq!(keys_of(&problems), ["operator.pin_hash"]);
        let shown = problems[0].to_string();
        assert!(
            shown.contains("(not shown)") && !shown.contains("1234"),
            "{shown}"
        );
    }
}

#[test]
fn millimetres_become_pixels() {
    let ui = UiConfig::default();
    // 1920×1080 on 21.5": 2202.9 px across 546.1 mm.
    assert!((ui.px_per_mm() - 4.034).abs() < 0.01, "{}", ui.px_per_mm());
    assert!(
        (ui.touch_target_px() - 60.5).abs() < 0.2,
        "{}",
        ui.touch_target_px()
    );
    let text = minimal("[ui]\ntouch_target_mm = 20\nscreen_resolution = [1920]\n");
    assert_eq!(keys_of(&problems_of(&text)), ["ui.screen_resolution"]);
}

#[test]
fn choices_show_as_spelled_in_the_file() {
    assert_eq!(CameraSource::V4l.to_string(), "v4l");
    assert_eq!(IntakeMode::DemoServer.to_string(), "demo-server");
    assert_eq!(PrinterBackend::None.to_string(), "none");
}

#[test]
fn photo_checks_must_be_a_table_and_its_thresholds_in_range() {
    let problems = problems_of(&minimal("[photo]\nchecks = 3\n"));
    assert_eq!(keys_of(&problems), ["photo.checks"]);
    let problems = problems_of(&minimal(
        "[photo.checks]\nroll_max_deg = 90\nneutral_expression_warn_lift = 0.2\nrol_max_deg = 5\n",
    ));
    let mut keys = keys_of(&problems);
    keys.sort();
    assert_eq!(
        keys,
        [
            "photo.checks.neutral_expression_warn_lift",
            "photo.checks.rol_max_deg",
            "photo.checks.roll_max_deg"
        ]
    );
    let config = parse(
        &minimal("[photo.checks]\nroll_max_deg = 3\n"),
        Path::new(FILE),
    )
    .expect("a valid threshold loads");
    assert!((config.photo.checks.roll_max_deg - 3.0).abs() < 1e-6);
    assert!(
        (config.photo.checks.yaw_max_deg - 5.0).abs() < 1e-6,
        "others keep defaults"
    );
}
