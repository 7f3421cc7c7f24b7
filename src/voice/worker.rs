//! [`Voice`]: the speaking thread behind a channel. The UI thread hands it a [`Line`] and goes
//! on; the thread turns the line's message ids into text, pipes the synthesizer's WAV into
//! `aplay`, and reports what it spoke ([`Spoken`]). A new line interrupts the one playing
//! (both processes are killed). Failures are logged once; without a sound card the voice is
//! marked unavailable and the booth goes on silently.

use std::io::{Read, Write};
use std::process::{Child, ExitStatus};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::engine::{Synth, Tuning, player};
use super::line::Line;
use crate::i18n::{Lang, Localizer};

/// How often the thread looks for a new line while one plays.
const POLL: Duration = Duration::from_millis(20);
/// After the player failed (no sound card), the next attempt waits this long.
const RETRY_AFTER: Duration = Duration::from_secs(60);
/// Size of a WAV header, not counted as audio.
const WAV_HEADER_BYTES: u64 = 44;

/// What the voice needs from kiosk-config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceSettings {
    /// ALSA device for `aplay -D`.
    pub device: String,
    pub tuning: Tuning,
}

/// How speaking a line ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Played to the end.
    Played,
    /// A newer line, or "stop", cut it short.
    Interrupted,
    /// The language has no voice: nothing was said.
    NoVoice,
    /// The synthesizer or the player failed (the reason is in the log).
    Failed,
}

/// One line the voice spoke (or tried to): for the operator screen and the tests. It holds
/// only what the locale files say, never anything the user typed or showed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub lang: Lang,
    pub ids: Vec<String>,
    /// The text given to the synthesizer.
    pub text: String,
    /// Bytes of audio (PCM after the WAV header) the synthesizer produced and the player got.
    pub audio_bytes: u64,
    pub outcome: Outcome,
    /// The engine that spoke, e.g. "espeak-ng th".
    pub engine: String,
}

enum Request {
    Say(Line),
    Stop,
}

/// The handle the UI keeps. Dropping it ends the thread (and any sound it plays).
pub struct Voice {
    tx: Option<Sender<Request>>,
    reports: Receiver<Spoken>,
    available: Arc<AtomicBool>,
    /// The languages with an installed voice, found once at start.
    voices: Vec<Lang>,
    thread: Option<JoinHandle<()>>,
}

impl Voice {
    /// Starts the speaking thread. Nothing is checked here: a missing program or sound card
    /// shows up (once, in the log) when the first line is spoken.
    pub fn start(settings: VoiceSettings, loc: Arc<Localizer>) -> Self {
        let (tx, rx) = mpsc::channel();
        let (report_tx, reports) = mpsc::channel();
        let available = Arc::new(AtomicBool::new(true));
        let mut worker = Worker {
            settings,
            loc,
            rx,
            reports: report_tx,
            available: Arc::clone(&available),
            warned: Warned::default(),
            retry_at: None,
        };
        let thread = std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || worker.run());
        let thread = match thread {
            Ok(t) => Some(t),
            Err(e) => {
                tracing::error!(error = %e, "voice: cannot start its thread; the booth stays silent");
                available.store(false, Ordering::Relaxed);
                None
            }
        };
        let voices = Lang::ALL
            .into_iter()
            .filter(|l| Synth::for_lang(*l).is_some_and(|s| s.data_installed()))
            .collect();
        Self {
            tx: Some(tx),
            reports,
            available,
            voices,
            thread,
        }
    }

    /// Speaks `line`, cutting short whatever is playing. Never waits.
    pub fn say(&self, line: Line) {
        self.send(Request::Say(line));
    }

    /// Stops speaking now (mute).
    pub fn stop(&self) {
        self.send(Request::Stop);
    }

    fn send(&self, request: Request) {
        if let Some(tx) = &self.tx {
            // A closed channel means the thread is gone; the booth goes on without a voice.
            let _ = tx.send(request);
        }
    }

    /// What was spoken since the last call.
    pub fn poll(&self) -> Vec<Spoken> {
        self.reports.try_iter().collect()
    }

    /// False once the player failed (no sound card); true again when a later line plays.
    pub fn available(&self) -> bool {
        self.available.load(Ordering::Relaxed)
    }

    /// Whether `lang` has a voice on this booth (an engine for it, its data installed).
    pub fn speaks(&self, lang: Lang) -> bool {
        self.voices.contains(&lang)
    }
}

impl Drop for Voice {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Which failures were already logged (each is logged once).
#[derive(Default)]
struct Warned {
    synth: bool,
    player: bool,
}

struct Worker {
    settings: VoiceSettings,
    loc: Arc<Localizer>,
    rx: Receiver<Request>,
    reports: Sender<Spoken>,
    available: Arc<AtomicBool>,
    warned: Warned,
    retry_at: Option<Instant>,
}

/// What happened while a line was playing.
enum Next {
    /// Wait for the next request.
    Idle,
    /// Speak this line next.
    Say(Line),
    /// The UI is gone.
    Exit,
}

/// The two processes of one line and the thread copying audio between them.
struct Playing {
    synth: Child,
    player: Child,
    copier: Option<JoinHandle<()>>,
    bytes: Arc<AtomicU64>,
}

impl Playing {
    fn kill(&mut self) {
        for child in [&mut self.synth, &mut self.player] {
            let _ = child.kill();
            let _ = child.wait();
        }
        self.join_copier();
    }

    fn join_copier(&mut self) {
        if let Some(c) = self.copier.take() {
            let _ = c.join();
        }
    }

    fn audio_bytes(&self) -> u64 {
        self.bytes
            .load(Ordering::Relaxed)
            .saturating_sub(WAV_HEADER_BYTES)
    }
}

impl Worker {
    fn run(&mut self) {
        let mut next = Next::Idle;
        loop {
            let line = match std::mem::replace(&mut next, Next::Idle) {
                Next::Say(line) => line,
                Next::Exit => return,
                Next::Idle => match self.rx.recv() {
                    Ok(Request::Say(line)) => line,
                    Ok(Request::Stop) => continue,
                    Err(_) => return,
                },
            };
            next = self.speak(line);
        }
    }

    fn speak(&mut self, line: Line) -> Next {
        let synth = Synth::for_lang(line.lang).filter(Synth::data_installed);
        let engine = synth.map(|s| s.name()).unwrap_or_default();
        let text = synth.map(|s| self.text(&line, s)).unwrap_or_default();
        let mut report = Spoken {
            lang: line.lang,
            ids: line.ids(),
            text,
            audio_bytes: 0,
            outcome: Outcome::NoVoice,
            engine,
        };
        let Some(synth) = synth else {
            self.report(report);
            return Next::Idle;
        };
        if self.retry_at.is_some_and(|at| Instant::now() < at) {
            report.outcome = Outcome::Failed;
            self.report(report);
            return Next::Idle;
        }
        let mut playing = match self.launch(synth, &report.text) {
            Some(p) => p,
            None => {
                report.outcome = Outcome::Failed;
                self.report(report);
                return Next::Idle;
            }
        };
        let (next, status) = self.wait(&mut playing);
        report.audio_bytes = playing.audio_bytes();
        report.outcome = match status {
            None => Outcome::Interrupted,
            Some(status) => self.finished(&mut playing, status, report.audio_bytes),
        };
        tracing::debug!(
            lang = %report.lang,
            ids = ?report.ids,
            audio_bytes = report.audio_bytes,
            outcome = ?report.outcome,
            "voice line"
        );
        self.report(report);
        next
    }

    /// The line's messages in its language, joined for the synthesizer.
    fn text(&self, line: &Line, synth: Synth) -> String {
        let parts: Vec<String> = line
            .phrases
            .iter()
            .map(|p| {
                self.loc
                    .format(line.lang, &p.id, &p.fluent_args())
                    .replace(['\n', '\r'], " ")
            })
            .collect();
        parts.join(synth.joiner())
    }

    /// Starts the synthesizer and the player, and the thread that pipes one into the other.
    fn launch(&mut self, synth: Synth, text: &str) -> Option<Playing> {
        let mut s = match synth.command(self.settings.tuning).spawn() {
            Ok(c) => c,
            Err(e) => {
                self.warn_synth(&format!("cannot start {}: {e}", synth.name()));
                return None;
            }
        };
        if let Some(mut stdin) = s.stdin.take() {
            // A line is a few hundred bytes: the pipe takes it whole, then closes (end of text).
            let mut t = text.to_owned();
            t.push('\n');
            if let Err(e) = stdin.write_all(t.as_bytes()) {
                self.warn_synth(&format!("{} did not take the text: {e}", synth.name()));
            }
        }
        let mut p = match player(&self.settings.device).spawn() {
            Ok(c) => c,
            Err(e) => {
                let _ = s.kill();
                let _ = s.wait();
                self.player_failed(&format!("cannot start aplay: {e}"));
                return None;
            }
        };
        let bytes = Arc::new(AtomicU64::new(0));
        let copier = match (s.stdout.take(), p.stdin.take()) {
            (Some(from), Some(to)) => {
                let counter = Arc::clone(&bytes);
                std::thread::Builder::new()
                    .name("voice-pipe".into())
                    .spawn(move || copy_counting(from, to, &counter))
                    .ok()
            }
            _ => None,
        };
        Some(Playing {
            synth: s,
            player: p,
            copier,
            bytes,
        })
    }

    /// Waits for the player to finish, or for a request that cuts it short (then `None`).
    fn wait(&mut self, playing: &mut Playing) -> (Next, Option<ExitStatus>) {
        loop {
            match self.rx.recv_timeout(POLL) {
                Ok(request) => {
                    playing.kill();
                    let next = match request {
                        Request::Say(line) => Next::Say(line),
                        Request::Stop => Next::Idle,
                    };
                    return (next, None);
                }
                Err(RecvTimeoutError::Disconnected) => {
                    playing.kill();
                    return (Next::Exit, None);
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            match playing.player.try_wait() {
                Ok(Some(status)) => return (Next::Idle, Some(status)),
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "voice: cannot watch aplay");
                    playing.kill();
                    return (Next::Idle, None);
                }
            }
        }
    }

    /// The player ended: was the line heard?
    fn finished(&mut self, playing: &mut Playing, player: ExitStatus, audio: u64) -> Outcome {
        // The player is gone: the synthesizer may still be writing into a closed pipe.
        let synth = match playing.synth.try_wait() {
            Ok(Some(status)) => Some(status),
            _ => {
                let _ = playing.synth.kill();
                playing.synth.wait().ok()
            }
        };
        playing.join_copier();
        if !player.success() {
            self.player_failed(&format!(
                "aplay on ALSA device {:?} failed ({player})",
                self.settings.device
            ));
            return Outcome::Failed;
        }
        if audio == 0 || synth.is_some_and(|s| !s.success()) {
            self.warn_synth("the synthesizer produced no audio");
            return Outcome::Failed;
        }
        self.retry_at = None;
        self.available.store(true, Ordering::Relaxed);
        Outcome::Played
    }

    fn player_failed(&mut self, why: &str) {
        self.available.store(false, Ordering::Relaxed);
        self.retry_at = Some(Instant::now() + RETRY_AFTER);
        if !self.warned.player {
            self.warned.player = true;
            tracing::warn!("voice unavailable: {why}; the booth goes on without sound");
        }
    }

    fn warn_synth(&mut self, why: &str) {
        if !self.warned.synth {
            self.warned.synth = true;
            tracing::warn!("voice: {why}");
        }
    }

    fn report(&self, spoken: Spoken) {
        let _ = self.reports.send(spoken);
    }
}

/// Copies the synthesizer's WAV into the player, counting bytes, until either side closes.
fn copy_counting(mut from: impl Read, mut to: impl Write, counter: &AtomicU64) {
    let mut buf = [0u8; 8192];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
                counter.fetch_add(n as u64, Ordering::Relaxed);
            }
        }
    }
}
