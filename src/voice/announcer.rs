//! [`Announcer`]: decides, frame by frame, whether the line for the session's state is new
//! enough to be spoken, so that the booth speaks each screen once, follows the photo guide
//! without chattering, and says every countdown digit.

use super::line::{Kind, Line};
use crate::flow::Millis;

/// A guide hint waits this long after the previous line began, so that line can be heard.
pub const GUIDE_GAP_MS: Millis = 3_500;

/// What was said last, and when.
#[derive(Debug, Default)]
pub struct Announcer {
    /// The last line spoken.
    last: Option<Line>,
    /// The last line of kind [`Kind::Screen`] spoken: a screen is not announced twice in a row.
    last_screen: Option<Line>,
    last_at: Option<Millis>,
}

impl Announcer {
    /// The line to speak now, if `current` (the session's line at `now`) should be spoken.
    pub fn next(&mut self, current: Option<Line>, now: Millis) -> Option<Line> {
        let line = current?;
        if self.last.as_ref() == Some(&line) {
            return None;
        }
        let speak = match line.kind {
            Kind::Screen => self.last_screen.as_ref() != Some(&line),
            Kind::Immediate => true,
            Kind::Guide => self
                .last_at
                .is_none_or(|at| now.saturating_sub(at) >= GUIDE_GAP_MS),
        };
        if !speak {
            return None;
        }
        if line.kind == Kind::Screen {
            self.last_screen = Some(line.clone());
        }
        self.last = Some(line.clone());
        self.last_at = Some(now);
        Some(line)
    }

    /// The line spoken last (what "repeat" says again).
    pub fn last(&self) -> Option<&Line> {
        self.last.as_ref()
    }

    /// Forgets what was said: the current line is spoken again (voice switched back on, a new
    /// session).
    pub fn forget(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::voice::Phrase;

    fn line(kind: Kind, ids: &[&str]) -> Line {
        Line {
            lang: Lang::En,
            kind,
            phrases: ids.iter().map(|id| Phrase::new(*id)).collect(),
        }
    }

    fn said(a: &mut Announcer, l: &Line, now: Millis) -> bool {
        a.next(Some(l.clone()), now).is_some()
    }

    #[test]
    fn a_screen_is_announced_once_even_after_hints_came_and_went() {
        let mut a = Announcer::default();
        let photo = line(Kind::Screen, &["photo-title", "photo-instructions"]);
        let hint = line(Kind::Guide, &["guide-yaw"]);
        assert!(said(&mut a, &photo, 0));
        assert!(!said(&mut a, &photo, 100), "the same line twice");
        // A hint waits until the instruction had time to be heard.
        assert!(!said(&mut a, &hint, 1_000));
        assert!(said(&mut a, &hint, GUIDE_GAP_MS));
        // The guidance went stale: back to the screen's line, which was already said.
        assert!(!said(&mut a, &photo, GUIDE_GAP_MS + 100));
        // Another screen is announced at once, even right after a hint.
        let review = line(Kind::Screen, &["review-title"]);
        assert!(said(&mut a, &review, GUIDE_GAP_MS + 200));
        assert_eq!(a.last(), Some(&review));
    }

    #[test]
    fn countdown_digits_are_said_at_once_and_a_new_language_repeats_the_screen() {
        let mut a = Announcer::default();
        let hint = line(Kind::Guide, &["guide-all-good"]);
        assert!(said(&mut a, &hint, 0));
        for (i, n) in [3, 2, 1].into_iter().enumerate() {
            let digit = Line {
                phrases: vec![Phrase::with("voice-number", "number", n)],
                ..line(Kind::Immediate, &[])
            };
            assert!(said(&mut a, &digit, 100 + i as u64 * 1000), "{n}");
        }
        let en = line(Kind::Screen, &["language-title"]);
        let th = Line {
            lang: Lang::Th,
            ..en.clone()
        };
        assert!(said(&mut a, &en, 5_000));
        assert!(said(&mut a, &th, 5_100));
        a.forget();
        assert!(said(&mut a, &th, 5_200), "after forget, the line is new");
        assert_eq!(a.next(None, 5_300), None);
    }
}
