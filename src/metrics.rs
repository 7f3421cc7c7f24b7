//! Health and metrics for the operator's monitoring: counters the booth keeps (never about a
//! person), rendered in the Prometheus text format and served on loopback by a small thread.
//!
//! `GET /metrics` gives the Prometheus exposition; `GET /health` a one-line JSON status.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::thread;
use std::time::Duration;

use crate::flow::WipeReason;
use crate::slip::PrinterCondition;

/// Longest a client may take to send its request line.
const READ_TIMEOUT: Duration = Duration::from_secs(2);

/// Every number the booth exposes. Cheap to update from any thread.
#[derive(Debug, Default)]
pub struct Metrics {
    pub sessions_started: AtomicU64,
    pub sessions_finished: AtomicU64,
    pub sessions_abandoned_start_over: AtomicU64,
    pub sessions_abandoned_inactivity: AtomicU64,
    pub sessions_declined_consent: AtomicU64,
    pub scans: AtomicU64,
    pub scan_ms_total: AtomicU64,
    pub photo_attempts: AtomicU64,
    pub applications_submitted: AtomicU64,
    pub submit_failures: AtomicU64,
    pub slips_printed: AtomicU64,
    pub slip_failures: AtomicU64,
    pub worker_restarts: AtomicU64,
    pub decoder_panics: AtomicU64,
    pub staff_calls: AtomicU64,
    /// 1 while the camera delivers frames, 0 otherwise.
    pub camera_up: AtomicI64,
    /// 1 when the booth runs the demo camera.
    pub demo_mode: AtomicI64,
    /// Applications waiting in the outbox, and the age of the oldest, in seconds.
    pub outbox_depth: AtomicI64,
    pub outbox_oldest_age_s: AtomicI64,
    /// Free bytes on the data directory's filesystem (0 until first measured).
    pub data_disk_free_bytes: AtomicI64,
    /// 1 while that free space is below `[outbox] warn_free_mb`.
    pub data_disk_low: AtomicI64,
    /// 1 while the printer reports ready, 0 otherwise.
    pub printer_up: AtomicI64,
    /// The printer's state: an index into [`PRINTER_STATES`] (0 until first known).
    pub printer_state: AtomicI64,
}

/// The values of the `state` label of `myna_booth_printer_state`, in code order.
pub const PRINTER_STATES: [&str; 6] = ["unknown", "ok", "offline", "paper_out", "error", "none"];

impl Metrics {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Counts a session's end by its reason.
    pub fn session_ended(&self, reason: WipeReason) {
        let counter = match reason {
            WipeReason::Finished => &self.sessions_finished,
            WipeReason::StartOver => &self.sessions_abandoned_start_over,
            WipeReason::Inactivity => &self.sessions_abandoned_inactivity,
            WipeReason::DeclinedConsent => &self.sessions_declined_consent,
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Records what is known about the printer (`None`: not yet checked).
    pub fn set_printer(&self, condition: Option<&PrinterCondition>) {
        let state = condition.map_or("unknown", PrinterCondition::as_str);
        let code = PRINTER_STATES.iter().position(|s| *s == state).unwrap_or(0);
        self.printer_state
            .store(i64::try_from(code).unwrap_or(0), Ordering::Relaxed);
        let up = matches!(condition, Some(PrinterCondition::Ready));
        self.printer_up.store(i64::from(up), Ordering::Relaxed);
    }

    /// Records how long a scan took from entering the scan screen to a valid ID.
    pub fn scan_took(&self, ms: u64) {
        self.scans.fetch_add(1, Ordering::Relaxed);
        self.scan_ms_total.fetch_add(ms, Ordering::Relaxed);
    }

    /// The Prometheus text exposition (version 0.0.4).
    pub fn render(&self) -> String {
        let c = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let g = |a: &AtomicI64| a.load(Ordering::Relaxed);
        let mut out = String::new();
        let mut counter = |name: &str, help: &str, labels: &[(&str, u64)]| {
            out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} counter\n"));
            for (label, value) in labels {
                if label.is_empty() {
                    out.push_str(&format!("{name} {value}\n"));
                } else {
                    out.push_str(&format!("{name}{{{label}}} {value}\n"));
                }
            }
        };
        counter(
            "myna_booth_sessions_started_total",
            "Sessions started on the attract screen.",
            &[("", c(&self.sessions_started))],
        );
        counter(
            "myna_booth_sessions_ended_total",
            "Sessions ended, by how they ended.",
            &[
                ("reason=\"finished\"", c(&self.sessions_finished)),
                (
                    "reason=\"start_over\"",
                    c(&self.sessions_abandoned_start_over),
                ),
                (
                    "reason=\"inactivity\"",
                    c(&self.sessions_abandoned_inactivity),
                ),
                (
                    "reason=\"declined_consent\"",
                    c(&self.sessions_declined_consent),
                ),
            ],
        );
        counter(
            "myna_booth_scans_total",
            "Application form IDs read (QR code or keypad).",
            &[("", c(&self.scans))],
        );
        counter(
            "myna_booth_scan_milliseconds_total",
            "Time from the scan screen to a valid ID, summed over scans.",
            &[("", c(&self.scan_ms_total))],
        );
        counter(
            "myna_booth_photo_attempts_total",
            "Photos taken (including retakes).",
            &[("", c(&self.photo_attempts))],
        );
        counter(
            "myna_booth_applications_total",
            "Applications handed over, by outcome.",
            &[
                ("outcome=\"stored\"", c(&self.applications_submitted)),
                ("outcome=\"failed\"", c(&self.submit_failures)),
            ],
        );
        counter(
            "myna_booth_slips_total",
            "Confirmation slips, by outcome.",
            &[
                ("outcome=\"printed\"", c(&self.slips_printed)),
                ("outcome=\"failed\"", c(&self.slip_failures)),
            ],
        );
        counter(
            "myna_booth_worker_restarts_total",
            "Worker panics caught and recovered.",
            &[("", c(&self.worker_restarts))],
        );
        counter(
            "myna_booth_qr_decoder_panics_total",
            "Frames on which the QR decoder panicked (isolated).",
            &[("", c(&self.decoder_panics))],
        );
        counter(
            "myna_booth_staff_calls_total",
            "Times a user pressed the call-staff button.",
            &[("", c(&self.staff_calls))],
        );
        let mut gauge = |name: &str, help: &str, value: i64| {
            out.push_str(&format!(
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n"
            ));
        };
        gauge(
            "myna_booth_camera_up",
            "1 while the camera delivers frames.",
            g(&self.camera_up),
        );
        gauge(
            "myna_booth_demo_mode",
            "1 when no camera is in use and the demo scene plays.",
            g(&self.demo_mode),
        );
        gauge(
            "myna_booth_outbox_depth",
            "Applications waiting to be delivered.",
            g(&self.outbox_depth),
        );
        gauge(
            "myna_booth_outbox_oldest_age_seconds",
            "Age of the oldest undelivered application.",
            g(&self.outbox_oldest_age_s),
        );
        gauge(
            "myna_booth_data_disk_free_bytes",
            "Free bytes on the data directory's filesystem (0 until first measured).",
            g(&self.data_disk_free_bytes),
        );
        gauge(
            "myna_booth_data_disk_low",
            "1 while free space on the data directory's filesystem is below the configured warning level.",
            g(&self.data_disk_low),
        );
        gauge(
            "myna_booth_printer_up",
            "1 while the printer reports ready.",
            g(&self.printer_up),
        );
        let state = usize::try_from(g(&self.printer_state)).unwrap_or(0);
        out.push_str(
            "# HELP myna_booth_printer_state The printer's state (1 for the current one).\n\
             # TYPE myna_booth_printer_state gauge\n",
        );
        for (i, name) in PRINTER_STATES.iter().enumerate() {
            out.push_str(&format!(
                "myna_booth_printer_state{{state=\"{name}\"}} {}\n",
                u8::from(i == state)
            ));
        }
        out
    }

    /// One line of JSON for load balancers and humans.
    pub fn health_json(&self) -> String {
        let camera = if self.camera_up.load(Ordering::Relaxed) == 1 {
            "up"
        } else {
            "down"
        };
        let disk_low = self.data_disk_low.load(Ordering::Relaxed) == 1;
        let status = if camera == "up" && !disk_low {
            "ok"
        } else {
            "degraded"
        };
        let printer = usize::try_from(self.printer_state.load(Ordering::Relaxed))
            .ok()
            .and_then(|i| PRINTER_STATES.get(i))
            .unwrap_or(&"unknown");
        format!(
            "{{\"status\":\"{status}\",\"camera\":\"{camera}\",\"printer\":\"{printer}\",\"demo\":{},\"outbox_depth\":{},\"disk_free_bytes\":{},\"disk_low\":{disk_low}}}\n",
            self.demo_mode.load(Ordering::Relaxed) == 1,
            self.outbox_depth.load(Ordering::Relaxed),
            self.data_disk_free_bytes.load(Ordering::Relaxed)
        )
    }
}

/// The endpoint could not be started.
#[derive(Debug, thiserror::Error)]
#[error("could not serve metrics on {addr}: {source}")]
pub struct ServeError {
    pub addr: String,
    #[source]
    pub source: std::io::Error,
}

/// Serves `/metrics` and `/health` on `addr` (loopback only) from a background thread.
/// Returns the bound address (useful with port 0).
pub fn serve(addr: &str, metrics: Arc<Metrics>) -> Result<SocketAddr, ServeError> {
    let err = |source| ServeError {
        addr: addr.to_owned(),
        source,
    };
    let listener = TcpListener::bind(addr).map_err(err)?;
    let bound = listener.local_addr().map_err(err)?;
    if !bound.ip().is_loopback() {
        return Err(err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the metrics endpoint listens on loopback only",
        )));
    }
    thread::Builder::new()
        .name("metrics".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                if let Err(e) = answer(stream, &metrics) {
                    tracing::debug!(error = %e, "metrics request failed");
                }
            }
        })
        .map_err(err)?;
    tracing::info!(addr = %bound, "metrics and health endpoint listening");
    Ok(bound)
}

fn answer(stream: TcpStream, metrics: &Metrics) -> std::io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let path = request_line.split_whitespace().nth(1).unwrap_or("");
    let (status, content_type, body) = match path {
        "/metrics" => (
            "200 OK",
            "text/plain; version=0.0.4; charset=utf-8",
            metrics.render(),
        ),
        "/health" => ("200 OK", "application/json", metrics.health_json()),
        _ => ("404 Not Found", "text/plain", "not found\n".to_owned()),
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn get(addr: SocketAddr, path: &str) -> String {
        let mut s = TcpStream::connect(addr).expect("connect");
        write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("write");
        let mut out = String::new();
        s.read_to_string(&mut out).expect("read");
        out
    }

    #[test]
    fn the_endpoint_serves_prometheus_text_and_health() {
        let m = Metrics::new();
        m.sessions_started.fetch_add(3, Ordering::Relaxed);
        m.session_ended(WipeReason::Finished);
        m.session_ended(WipeReason::Inactivity);
        m.scan_took(1200);
        m.camera_up.store(1, Ordering::Relaxed);
        let addr = serve("127.0.0.1:0", Arc::clone(&m)).expect("serve");
        let metrics = get(addr, "/metrics");
        assert!(metrics.starts_with("HTTP/1.1 200"));
        assert!(metrics.contains("text/plain; version=0.0.4"));
        assert!(metrics.contains("myna_booth_sessions_started_total 3"));
        assert!(metrics.contains("myna_booth_sessions_ended_total{reason=\"finished\"} 1"));
        assert!(metrics.contains("myna_booth_sessions_ended_total{reason=\"inactivity\"} 1"));
        assert!(metrics.contains("myna_booth_scan_milliseconds_total 1200"));
        assert!(metrics.contains("# TYPE myna_booth_camera_up gauge\nmyna_booth_camera_up 1"));
        let health = get(addr, "/health");
        assert!(health.contains("\"status\":\"ok\""), "{health}");
        assert!(health.contains("\"disk_low\":false"), "{health}");
        m.data_disk_free_bytes.store(5_000_000, Ordering::Relaxed);
        m.data_disk_low.store(1, Ordering::Relaxed);
        let health = get(addr, "/health");
        assert!(health.contains("\"status\":\"degraded\""), "{health}");
        assert!(health.contains("\"disk_free_bytes\":5000000"), "{health}");
        assert!(health.contains("\"disk_low\":true"), "{health}");
        assert!(get(addr, "/metrics").contains("myna_booth_data_disk_low 1"));
        assert!(get(addr, "/nope").starts_with("HTTP/1.1 404"));
    }

    #[test]
    fn every_sample_line_is_well_formed() {
        let text = Metrics::new().render();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (name, value) = line.rsplit_once(' ').expect("name value");
            assert!(name.starts_with("myna_booth_"), "{line}");
            assert!(value.parse::<f64>().is_ok(), "{line}");
        }
    }

    #[test]
    fn the_printer_state_is_one_gauge_per_state() {
        let m = Metrics::new();
        let text = m.render();
        assert!(text.contains("myna_booth_printer_state{state=\"unknown\"} 1"));
        m.set_printer(Some(&PrinterCondition::OutOfPaper));
        let text = m.render();
        assert!(text.contains("myna_booth_printer_state{state=\"paper_out\"} 1"));
        assert!(text.contains("myna_booth_printer_state{state=\"ok\"} 0"));
        assert!(text.contains("myna_booth_printer_up 0"));
        m.set_printer(Some(&PrinterCondition::Ready));
        let text = m.render();
        assert!(text.contains("myna_booth_printer_state{state=\"ok\"} 1"));
        assert!(text.contains("myna_booth_printer_state{state=\"paper_out\"} 0"));
        assert!(text.contains("myna_booth_printer_up 1"));
        assert!(m.health_json().contains("\"printer\":\"ok\""));
    }

    #[test]
    fn only_loopback_is_served() {
        assert!(serve("0.0.0.0:0", Metrics::new()).is_err());
    }
}
