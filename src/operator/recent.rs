//! The last warnings and errors the booth logged, kept in memory for the operator screen. Log
//! messages never carry personal data (IDs are masked, names and dates never logged), so neither
//! does this list.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, PoisonError};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

/// How many entries the operator screen keeps.
const KEEP: usize = 50;

/// A shared, bounded list of recent warnings and errors, newest last.
#[derive(Debug, Clone, Default)]
pub struct RecentErrors(Arc<Mutex<VecDeque<String>>>);

impl RecentErrors {
    pub fn push(&self, line: String) {
        let mut q = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if q.len() == KEEP {
            q.pop_front();
        }
        q.push_back(line);
    }

    /// A copy of the entries, newest first.
    pub fn newest_first(&self) -> Vec<String> {
        let q = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        q.iter().rev().cloned().collect()
    }

    /// A tracing layer that feeds this list with WARN and ERROR events.
    pub fn layer(&self) -> RecentErrorsLayer {
        RecentErrorsLayer(self.clone())
    }
}

/// Feeds [`RecentErrors`] from tracing.
pub struct RecentErrorsLayer(RecentErrors);

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
}

impl<S: Subscriber> Layer<S> for RecentErrorsLayer {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let level = *event.metadata().level();
        if level > Level::WARN {
            return;
        }
        let mut line = Line(format!("{level} {}: ", event.metadata().target()));
        event.record(&mut line);
        self.0.push(line.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing_subscriber::prelude::*;

    #[test]
    fn warnings_and_errors_are_kept_newest_first_and_bounded() {
        let recent = RecentErrors::default();
        let subscriber = tracing_subscriber::registry().with(recent.layer());
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!("not kept");
            tracing::warn!(printer = "slip", "paper low");
            for i in 0..KEEP {
                tracing::error!(i, "camera lost");
            }
        });
        let got = recent.newest_first();
        assert_eq!(got.len(), KEEP);
        assert!(
            got[0].contains("camera lost") && got[0].contains("i=49"),
            "{}",
            got[0]
        );
        assert!(!got.iter().any(|l| l.contains("not kept")));
    }
}
