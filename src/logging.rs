//! The booth's logging: the format of its log files and the panic hook that never prints a
//! panic's message. Shared by the kiosk binary and the tests that check the logs hold no
//! personal data, so those tests read exactly what a booth writes.

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::{EnvFilter, Layer, fmt};

/// The filter of the kiosk: `MYNA_BOOTH_LOG` if set, else `info`.
pub fn filter() -> EnvFilter {
    EnvFilter::try_from_env("MYNA_BOOTH_LOG").unwrap_or_else(|_| EnvFilter::new("info"))
}

/// The layer that writes the booth's log files (plain text, no colours) to `writer`.
pub fn file_layer<S, W>(writer: W) -> impl Layer<S>
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    fmt::layer().with_ansi(false).with_writer(writer)
}

/// Logs panics with where they happened, never with their message: a message could carry what
/// a user typed. Workers catch their own panics and carry on.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "unknown place".to_owned());
        let thread = std::thread::current()
            .name()
            .unwrap_or("unnamed")
            .to_owned();
        tracing::error!(
            thread,
            at,
            "panic (message withheld: it may contain personal data)"
        );
        eprintln!("myna-booth: panic in thread {thread} at {at}");
    }));
}
