//! The speech engines: which synthesizer speaks which language, the command lines of the
//! synthesizer (WAV to its standard output, text on its standard input: no temporary files)
//! and of the player (`aplay` to the configured ALSA device).
//!
//! Japanese is spoken by Open JTalk (Debian `open-jtalk`, the NAIST dictionary and the NIT
//! ATR503 voice), which reads kanji; espeak-ng's Japanese voice reads only kana. The other
//! languages are spoken by espeak-ng. Tagalog has no voice in either: it gets none rather than
//! another language's.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::i18n::Lang;

/// Open JTalk's dictionary (Debian `open-jtalk-mecab-naist-jdic`).
pub const OPEN_JTALK_DICTIONARY: &str = "/var/lib/mecab/dic/open-jtalk/naist-jdic";
/// Open JTalk's voice (Debian `hts-voice-nitech-jp-atr503-m001`, in contrib).
pub const OPEN_JTALK_VOICE: &str =
    "/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice";

/// espeak-ng's normal speaking rate, in words per minute.
const ESPEAK_NORMAL_WPM: u32 = 175;
/// espeak-ng's normal amplitude (its scale runs 0–200).
const ESPEAK_NORMAL_AMPLITUDE: u32 = 100;

/// How fast and how loud, in percent of each engine's normal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    pub rate_percent: u32,
    pub volume_percent: u32,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            rate_percent: 100,
            volume_percent: 100,
        }
    }
}

/// A synthesizer and its voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Synth {
    OpenJtalk,
    /// An espeak-ng voice by name.
    Espeak(&'static str),
}

impl Synth {
    /// The synthesizer for `lang`, or `None` when no installed engine has a voice for it.
    pub fn for_lang(lang: Lang) -> Option<Synth> {
        match lang {
            Lang::Ja | Lang::JaEasy => Some(Synth::OpenJtalk),
            Lang::En => Some(Synth::Espeak("en-us")),
            // espeak-ng's "cmn" voice reads Latin letters as English and mangles hanzi on
            // Debian 12; the pinyin voice reads both simplified and traditional characters.
            // Traditional Chinese is read in Mandarin, as in Taiwan.
            Lang::ZhHans | Lang::ZhHant => Some(Synth::Espeak("cmn-latn-pinyin")),
            Lang::Ko => Some(Synth::Espeak("ko")),
            // Most Spanish and Portuguese speakers in Japan come from Latin America and Brazil.
            Lang::Es => Some(Synth::Espeak("es-419")),
            Lang::Pt => Some(Synth::Espeak("pt-br")),
            Lang::Th => Some(Synth::Espeak("th")),
            Lang::Tl => None,
            Lang::Vi => Some(Synth::Espeak("vi")),
            Lang::Id => Some(Synth::Espeak("id")),
            Lang::Ne => Some(Synth::Espeak("ne")),
        }
    }

    /// A short name for logs and the operator screen.
    pub fn name(&self) -> String {
        match self {
            Synth::OpenJtalk => "open_jtalk".to_owned(),
            Synth::Espeak(voice) => format!("espeak-ng {voice}"),
        }
    }

    /// The synthesizer's command: reads the text on stdin, writes a WAV file to stdout.
    pub fn command(&self, tuning: Tuning) -> Command {
        let mut cmd = match self {
            Synth::OpenJtalk => {
                let mut c = Command::new("open_jtalk");
                let speed = f64::from(tuning.rate_percent) / 100.0;
                let gain_db = 20.0 * (f64::from(tuning.volume_percent.max(1)) / 100.0).log10();
                c.arg("-x")
                    .arg(OPEN_JTALK_DICTIONARY)
                    .arg("-m")
                    .arg(OPEN_JTALK_VOICE)
                    .arg("-r")
                    .arg(format!("{speed:.2}"))
                    .arg("-g")
                    .arg(format!("{gain_db:.1}"))
                    // Open JTalk writes only to a named file; this one is its own stdout pipe.
                    .arg("-ow")
                    .arg("/dev/stdout");
                c
            }
            Synth::Espeak(voice) => {
                let mut c = Command::new("espeak-ng");
                let wpm = ESPEAK_NORMAL_WPM * tuning.rate_percent / 100;
                let amplitude = (ESPEAK_NORMAL_AMPLITUDE * tuning.volume_percent / 100).min(200);
                c.arg("-v")
                    .arg(voice)
                    .arg("-s")
                    .arg(wpm.to_string())
                    .arg("-a")
                    .arg(amplitude.to_string())
                    // UTF-8 text on stdin.
                    .arg("-b")
                    .arg("1")
                    .arg("--stdin")
                    .arg("--stdout");
                c
            }
        };
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        cmd
    }

    /// Whether the synthesizer's data files are installed (its program is found when run).
    pub fn data_installed(&self) -> bool {
        match self {
            Synth::OpenJtalk => {
                Path::new(OPEN_JTALK_DICTIONARY).is_dir() && Path::new(OPEN_JTALK_VOICE).is_file()
            }
            Synth::Espeak(_) => true,
        }
    }

    /// How the text of several messages is joined: Japanese sentences carry their own stops.
    pub fn joiner(&self) -> &'static str {
        match self {
            Synth::OpenJtalk => "",
            Synth::Espeak(_) => " ",
        }
    }
}

/// The player: `aplay` reading one WAV file on stdin, playing it on `device`.
pub fn player(device: &str) -> Command {
    let mut c = Command::new("aplay");
    c.arg("-q")
        .arg("-D")
        .arg(device)
        .arg("-t")
        .arg("wav")
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_but_tagalog_has_a_voice_and_japanese_reads_kanji() {
        let without: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| Synth::for_lang(*l).is_none())
            .collect();
        assert_eq!(without, [Lang::Tl]);
        assert_eq!(Synth::for_lang(Lang::Ja), Some(Synth::OpenJtalk));
    }

    #[test]
    fn tuning_reaches_the_command_line() {
        let tuning = Tuning {
            rate_percent: 150,
            volume_percent: 50,
        };
        let has = |synth: Synth, option: &str, value: &str| {
            let args: Vec<String> = synth
                .command(tuning)
                .get_args()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            assert!(
                args.windows(2).any(|w| w == [option, value]),
                "{option} {value} not in {args:?}"
            );
        };
        has(Synth::Espeak("th"), "-s", "262");
        has(Synth::Espeak("th"), "-a", "50");
        has(Synth::OpenJtalk, "-r", "1.50");
        has(Synth::OpenJtalk, "-g", "-6.0");
    }
}
