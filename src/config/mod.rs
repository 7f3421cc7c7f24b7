//! The booth's configuration file (`kiosk-config/booth.toml`): finding it, reading it, and
//! reporting what is wrong with it in words an operator can act on.
//!
//! - [`load`] reads a file into a [`KioskConfig`], or fails with a [`ConfigError`] that names the
//!   file and, for a broken file, the line, or every wrong key at once.
//! - [`check`] lists every problem of a file (empty = the file is fine).
//! - [`default_path`] is where the booth looks for its file.
//!
//! The keys, their defaults and their ranges are documented in `kiosk-config/README.md`; the
//! types are in `model.rs`, the checks in `validate.rs`.

mod formats;
mod model;
mod section;
mod validate;

#[cfg(test)]
mod tests;

use std::fmt;
use std::path::{Path, PathBuf};

pub use model::{
    BoothConfig, CameraConfig, CameraSource, IntakeConfig, IntakeMode, KioskConfig, OperatorConfig,
    OutboxConfig, PhotoChecksConfig, PhotoConfig, PrinterBackend, PrinterConfig, Timeouts,
    UiConfig, VoiceConfig,
};

/// Environment variable naming the configuration file (see [`default_path`]).
pub const CONFIG_PATH_ENV: &str = "MYNA_BOOTH_CONFIG";
/// Environment variable that replaces `booth.data_dir` (and the default `printer.file_dir`).
pub const DATA_DIR_ENV: &str = "MYNA_BOOTH_DATA_DIR";
/// The configuration file used when [`CONFIG_PATH_ENV`] is not set, relative to the current folder.
pub const DEFAULT_CONFIG_PATH: &str = "kiosk-config/booth.toml";

/// One thing wrong with a configuration file.
///
/// Shown as `kiosk-config/booth.toml: timeouts.inactivity_warning_s: expected a whole number of
/// seconds from 1 to 3600, found "abc"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The file, as it was given to [`load`] or [`check`].
    pub file: PathBuf,
    /// The dotted key, e.g. `timeouts.inactivity_warning_s` or `ui.languages[2]`. For a file that
    /// is not valid TOML it is the position (`line 12, column 3`); empty when the file cannot be
    /// read at all.
    pub key: String,
    /// What the key must hold, in plain words.
    pub expected: String,
    /// What the file holds, written as in TOML (text in quotes) or described ("an unknown key");
    /// `None` when the key is missing.
    pub found: Option<String>,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file.display())?;
        if !self.key.is_empty() {
            write!(f, "{}: ", self.key)?;
        }
        write!(f, "expected {}", self.expected)?;
        match &self.found {
            Some(found) => write!(f, ", found {found}"),
            None => f.write_str(", found nothing (the key is missing)"),
        }
    }
}

/// Why a configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file is missing or unreadable.
    #[error("{}: cannot read the booth configuration: {source}", file.display())]
    Read {
        file: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML (for example cut off while being copied). Line and column
    /// count from 1; the column counts characters.
    #[error("{}: line {line}, column {column}: not valid TOML: {message}", file.display())]
    Syntax {
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// The file is valid TOML but some keys are wrong; every one is listed.
    #[error("{}", one_per_line(problems))]
    Invalid { problems: Vec<ConfigProblem> },
}

impl ConfigError {
    /// The error as a list of problems, as [`check`] returns them.
    pub fn into_problems(self) -> Vec<ConfigProblem> {
        match self {
            ConfigError::Read { file, source } => vec![ConfigProblem {
                file,
                key: String::new(),
                expected: "a readable booth configuration file".to_owned(),
                found: Some(format!("an error: {source}")),
            }],
            ConfigError::Syntax {
                file,
                line,
                column,
                message,
            } => vec![ConfigProblem {
                file,
                key: format!("line {line}, column {column}"),
                expected: "valid TOML".to_owned(),
                found: Some(format!("a syntax error: {message}")),
            }],
            ConfigError::Invalid { problems } => problems,
        }
    }
}

fn one_per_line(problems: &[ConfigProblem]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

/// The configuration file to use: `$MYNA_BOOTH_CONFIG` if set, else `kiosk-config/booth.toml`
/// relative to the current folder.
pub fn default_path() -> PathBuf {
    default_path_from(env_path(CONFIG_PATH_ENV))
}

fn default_path_from(env_value: Option<PathBuf>) -> PathBuf {
    env_value.unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_PATH))
}

/// Reads and checks a configuration file. `$MYNA_BOOTH_DATA_DIR`, when set, replaces
/// `booth.data_dir`.
pub fn load(path: &Path) -> Result<KioskConfig, ConfigError> {
    let data_dir_override = env_path(DATA_DIR_ENV);
    if let Some(dir) = &data_dir_override {
        tracing::info!(data_dir = %dir.display(), "{DATA_DIR_ENV} replaces booth.data_dir");
    }
    let config = load_with(path, data_dir_override.as_deref())?;
    tracing::debug!(file = %path.display(), booth = %config.booth.id, "configuration loaded");
    Ok(config)
}

/// Every problem of a configuration file, in file-section order; empty when the file is fine.
pub fn check(path: &Path) -> Vec<ConfigProblem> {
    match load(path) {
        Ok(_) => Vec::new(),
        Err(error) => error.into_problems(),
    }
}

/// Checks configuration text as if it were the file `file` (used in problems only). Unlike
/// [`load`], it ignores the environment: handy for tests of code that takes a configuration.
pub fn parse(text: &str, file: &Path) -> Result<KioskConfig, ConfigError> {
    parse_with(text, file, None)
}

fn load_with(path: &Path, data_dir_override: Option<&Path>) -> Result<KioskConfig, ConfigError> {
    let bytes = std::fs::read(path).map_err(|source| ConfigError::Read {
        file: path.to_path_buf(),
        source,
    })?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
            let (line, column) = line_column(&String::from_utf8_lossy(valid), valid.len());
            return Err(ConfigError::Syntax {
                file: path.to_path_buf(),
                line,
                column,
                message: "the file is not UTF-8 text".to_owned(),
            });
        }
    };
    parse_with(&text, path, data_dir_override)
}

fn parse_with(
    text: &str,
    file: &Path,
    data_dir_override: Option<&Path>,
) -> Result<KioskConfig, ConfigError> {
    let table: toml::Table = text.parse().map_err(|error: toml::de::Error| {
        let offset = error.span().map_or(text.len(), |span| span.start);
        let (line, column) = line_column(text, offset);
        ConfigError::Syntax {
            file: file.to_path_buf(),
            line,
            column,
            message: error.message().trim().replace('\n', "; "),
        }
    })?;
    validate::build(&table, file, data_dir_override)
        .map_err(|problems| ConfigError::Invalid { problems })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// A path from the environment; unset and empty both mean "not given".
fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
}
