//! Reading one section of a booth file: typed getters that record a [`ConfigProblem`] for
//! every wrong value instead of stopping at the first, and the hints ("did you mean …?") given
//! for unknown keys.

use std::ops::RangeInclusive;
use std::path::Path;

use toml::{Table, Value};

use super::ConfigProblem;
use super::validate::SECTIONS;

/// The whole file being read, and the problems found so far.
pub(super) struct Reader<'t> {
    pub(super) root: &'t Table,
    pub(super) file: &'t Path,
    pub(super) problems: Vec<ConfigProblem>,
}

impl<'t> Reader<'t> {
    /// Reads one section with `read`, then adds its problems (unknown keys included).
    pub(super) fn section<T>(
        &mut self,
        name: &'static str,
        read: impl FnOnce(&mut Section<'t>) -> T,
    ) -> T {
        let mut section = Section::new(self.root, self.file, name);
        let value = read(&mut section);
        self.problems.extend(section.finish());
        value
    }
}

/// One section of the file being read. Records problems; remembers nothing else.
pub(super) struct Section<'t> {
    file: &'t Path,
    name: &'static str,
    known: &'static [&'static str],
    table: Option<&'t Table>,
    problems: Vec<ConfigProblem>,
}

impl<'t> Section<'t> {
    fn new(root: &'t Table, file: &'t Path, name: &'static str) -> Self {
        let known = SECTIONS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[][..], |(_, keys)| keys);
        Section {
            file,
            name,
            known,
            // A dotted name ("photo.checks") is a table inside a section.
            table: name
                .split('.')
                .try_fold(root, |t, part| t.get(part).and_then(Value::as_table)),
            problems: Vec::new(),
        }
    }

    pub(super) fn value(&self, key: &str) -> Option<&'t Value> {
        debug_assert!(self.known.contains(&key), "{key} missing from SECTIONS");
        self.table?.get(key)
    }

    pub(super) fn has(&self, key: &str) -> bool {
        self.value(key).is_some()
    }

    /// Whether no problem was reported for `key` (or for one of its items).
    pub(super) fn is_ok(&self, key: &str) -> bool {
        let full = format!("{}.{key}", self.name);
        let item = format!("{full}[");
        !self
            .problems
            .iter()
            .any(|p| p.key == full || p.key.starts_with(&item))
    }

    pub(super) fn report(&mut self, key: &str, expected: impl Into<String>, found: Option<String>) {
        let full = format!("{}.{key}", self.name);
        self.problems
            .push(problem(self.file, &full, expected.into(), found));
    }

    pub(super) fn wrong(&mut self, key: &str, expected: impl Into<String>, value: &Value) {
        self.report(key, expected, Some(render(value)));
    }

    pub(super) fn missing(&mut self, key: &str, expected: impl Into<String>) {
        self.report(key, expected, None);
    }

    /// A whole number inside `range`; `default` when the key is missing. `unit` (may be empty)
    /// names what is counted in the problem text.
    pub(super) fn whole(
        &mut self,
        key: &str,
        default: u32,
        range: RangeInclusive<u32>,
        unit: &str,
    ) -> u32 {
        let Some(value) = self.value(key) else {
            return default;
        };
        match value.as_integer().and_then(|n| u32::try_from(n).ok()) {
            Some(n) if range.contains(&n) => n,
            _ => {
                let (min, max) = range.into_inner();
                let of_unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!(" of {unit}")
                };
                let expected = format!("a whole number{of_unit} from {min} to {max}");
                self.wrong(key, expected, value);
                default
            }
        }
    }

    /// A number (whole or with decimals) inside `range`; `default` when the key is missing.
    pub(super) fn number(
        &mut self,
        key: &str,
        default: f32,
        range: RangeInclusive<f32>,
        unit: &str,
    ) -> f32 {
        let Some(value) = self.value(key) else {
            return default;
        };
        let number = match value {
            Value::Float(f) => Some(*f as f32),
            Value::Integer(i) => Some(*i as f32),
            _ => None,
        };
        match number {
            Some(n) if range.contains(&n) => n,
            _ => {
                let (min, max) = range.into_inner();
                self.wrong(
                    key,
                    format!("a number of {unit} from {min} to {max}"),
                    value,
                );
                default
            }
        }
    }

    pub(super) fn flag(&mut self, key: &str, default: bool) -> bool {
        let Some(value) = self.value(key) else {
            return default;
        };
        value.as_bool().unwrap_or_else(|| {
            self.wrong(key, "true or false", value);
            default
        })
    }

    /// One of a fixed set of words; `default` when the key is missing.
    pub(super) fn choice<T: Copy>(&mut self, key: &str, default: T, choices: &[(T, &str)]) -> T {
        let Some(value) = self.value(key) else {
            return default;
        };
        let found = value
            .as_str()
            .and_then(|t| choices.iter().find(|(_, name)| *name == t));
        match found {
            Some((choice, _)) => *choice,
            None => {
                let names: Vec<String> = choices.iter().map(|(_, n)| format!("{n:?}")).collect();
                self.wrong(key, format!("one of {}", names.join(", ")), value);
                default
            }
        }
    }

    /// A string that `parse` accepts; `None` when missing or wrong (wrong is reported).
    pub(super) fn text<T>(
        &mut self,
        key: &str,
        expected: &str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        let value = self.value(key)?;
        let parsed = value.as_str().and_then(parse);
        if parsed.is_none() {
            self.wrong(key, expected, value);
        }
        parsed
    }

    /// Like [`Section::text`], and a missing key is a problem too.
    pub(super) fn required<T>(
        &mut self,
        key: &str,
        expected: &str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        if !self.has(key) {
            self.missing(key, expected);
        }
        self.text(key, expected, parse)
    }

    /// The section's problems, plus one for every key it does not know.
    fn finish(mut self) -> Vec<ConfigProblem> {
        let unknown = self
            .table
            .into_iter()
            .flat_map(|t| t.keys())
            .filter(|k| !self.known.contains(&k.as_str()));
        for key in unknown {
            let hint = match section_of(key) {
                Some(other) => format!(" ({key} belongs in [{other}])"),
                None => match nearest(key, self.known.iter().copied()) {
                    Some(near) => format!(" (did you mean {near:?}?)"),
                    None => String::new(),
                },
            };
            let full = format!("{}.{key}", self.name);
            let expected = format!("a key of [{}]{hint}", self.name);
            self.problems.push(problem(
                self.file,
                &full,
                expected,
                Some("an unknown key".into()),
            ));
        }
        self.problems
    }
}

fn problem(file: &Path, key: &str, expected: String, found: Option<String>) -> ConfigProblem {
    ConfigProblem {
        file: file.to_path_buf(),
        key: key.to_owned(),
        expected,
        found,
    }
}

/// A value as written in TOML (strings in quotes), shortened to one readable line.
fn render(value: &Value) -> String {
    const MAX: usize = 60;
    let text = value.to_string();
    let text = text.trim();
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let short: String = text.chars().take(MAX - 1).collect();
        format!("{short}…")
    }
}

/// The known name closest to a misspelt one (at most two edits away, ignoring case).
fn nearest<'a>(word: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    names
        .map(|name| (edit_distance(&word, name), name))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// Levenshtein distance: insertions, deletions and substitutions of single characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Top-level keys: each must be a known section, written as a table.
pub(super) fn top_level_problems(root: &Table, file: &Path) -> Vec<ConfigProblem> {
    let mut problems = Vec::new();
    for (key, value) in root {
        let known = SECTIONS.iter().any(|(name, _)| name == key);
        if known && !value.is_table() {
            problems.push(problem(
                file,
                key,
                format!("a section [{key}]"),
                Some(render(value)),
            ));
        } else if !known {
            let names: Vec<String> = SECTIONS.iter().map(|(n, _)| format!("[{n}]")).collect();
            let hint = top_level_hint(key);
            let found = if value.is_table() {
                "an unknown section"
            } else {
                "an unknown key"
            };
            let expected = format!("a section: {}{hint}", names.join(", "));
            problems.push(problem(file, key, expected, Some(found.to_owned())));
        }
    }
    problems
}

fn top_level_hint(key: &str) -> String {
    if let Some(section) = section_of(key) {
        return format!(" ({key} belongs under the [{section}] line)");
    }
    match nearest(key, SECTIONS.iter().map(|(n, _)| *n)) {
        Some(near) => format!(" (did you mean [{near}]?)"),
        None => String::new(),
    }
}

/// The section that has `key`, if any.
fn section_of(key: &str) -> Option<&'static str> {
    SECTIONS
        .iter()
        .find(|(_, keys)| keys.contains(&key))
        .map(|(name, _)| *name)
}
