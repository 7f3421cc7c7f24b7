//! The `myna-booth` command as an operator meets it: a torn or wrong kiosk-config stops the
//! booth with a message naming the file, the key and what is expected.

use std::process::Command;

fn booth() -> Command {
    Command::new(env!("CARGO_BIN_EXE_myna-booth"))
}

fn shipped_config() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/kiosk-config/booth.toml"
    ))
    .expect("shipped config")
}

#[test]
fn the_shipped_config_checks_clean() {
    let out = booth()
        .args([
            "check-config",
            concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk-config/booth.toml"),
        ])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("OK"));
}

#[test]
fn check_config_names_file_key_and_expectation_for_every_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("booth.toml");
    let text = shipped_config()
        .replace(
            "inactivity_warning_s = 60",
            "inactivity_warning_s = \"soon\"",
        )
        .replace("default_language = \"ja\"", "default_language = \"fr\"");
    std::fs::write(&path, text).expect("write");
    let out = booth()
        .args(["check-config"])
        .arg(&path)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("booth.toml"), "{stdout}");
    assert!(stdout.contains("timeouts.inactivity_warning_s"), "{stdout}");
    assert!(stdout.contains("ui.default_language"), "{stdout}");
}

#[test]
fn a_torn_config_stops_the_kiosk_with_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("booth.toml");
    let text = shipped_config();
    let torn = &text[..text.find("[camera]").expect("camera section") + 4];
    std::fs::write(&path, torn).expect("write");
    let out = booth()
        .arg("--config")
        .arg(&path)
        .env("MYNA_BOOTH_DATA_DIR", dir.path())
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("booth.toml"), "{stderr}");
    assert!(stderr.contains("line"), "{stderr}");
}

#[test]
fn a_missing_config_says_which_file() {
    let out = booth()
        .args(["--config", "/nonexistent/booth.toml"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("/nonexistent/booth.toml"), "{stderr}");
}
