//! No personal data in what a booth tells the world (issue 7): full demo sessions with known
//! sample data run under the kiosk's own log format (`myna_booth::logging`) at full detail, and
//! the test fails if any sample datum — IDs plain, grouped or masked, birth dates in every
//! written form, the demo forms' names and addresses plain or masked — appears in the log
//! output, the operator's recent-errors list, the metrics text or the health JSON. A worker that
//! panics with personal data in its message logs where, never what.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use myna_booth::flow::{FormLookup, LookupOutcome, Screen};
use myna_booth::i18n::Lang;
use myna_booth::intake::api::mask_name;
use myna_booth::intake::server::DEMO_FORMS;
use myna_booth::metrics::Metrics;
use myna_booth::operator::RecentErrors;
use myna_booth::ui::OperatorSetup;
use myna_booth::workers::Worker;
use support::TestBooth;
use tracing_subscriber::prelude::*;

/// Everything the booth logged in this test process.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

/// The booth's log format and panic hook, once for the whole test process, at trace level for
/// the booth's own code (more than a booth logs) and the kiosk's level for the libraries.
fn logs() -> &'static (Captured, RecentErrors) {
    static LOGS: OnceLock<(Captured, RecentErrors)> = OnceLock::new();
    LOGS.get_or_init(|| {
        let captured = Captured::default();
        let recent = RecentErrors::default();
        let writer = captured.clone();
        tracing_subscriber::registry()
            .with(tracing_subscriber::EnvFilter::new("info,myna_booth=trace"))
            .with(myna_booth::logging::file_layer(move || writer.clone()))
            .with(recent.layer())
            .init();
        myna_booth::logging::install_panic_hook();
        (captured, recent)
    })
}

/// Birth dates typed in the sessions.
const BIRTH: [&str; 2] = ["19850412", "19920807"];

/// Every form of every sample datum that must never be told.
fn secrets() -> Vec<String> {
    let mut out = Vec::new();
    for (id, name, address, line) in DEMO_FORMS {
        out.push(id.to_owned());
        let grouped: Vec<String> = id
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        out.push(grouped.join(" "));
        out.push(grouped.join("-"));
        out.push(name.to_owned());
        out.push(mask_name(name));
        for part in name.split([' ', '　']) {
            if part.chars().count() > 1 {
                out.push(part.to_owned());
            }
        }
        out.push(address.to_owned());
        out.push(line.to_owned());
    }
    for b in BIRTH {
        let (y, m, d) = (&b[..4], &b[4..6], &b[6..]);
        out.push(b.to_owned());
        out.push(format!("{y}-{m}-{d}"));
        out.push(format!("{y}/{m}/{d}"));
        out.push(format!(
            "{y}年{}月{}日",
            m.trim_start_matches('0'),
            d.trim_start_matches('0')
        ));
    }
    // Era forms of the two dates (Shōwa 60, Heisei 4).
    out.push("昭和60年4月12日".to_owned());
    out.push("平成4年8月7日".to_owned());
    out
}

/// Fails if `text` holds a secret. The finding is printed first: the booth's panic hook, which
/// this test process runs under, withholds panic messages (assertion messages included).
fn assert_clean(what: &str, text: &str) {
    for s in secrets() {
        if text.contains(&s) {
            eprintln!("{what} contains {s:?}:\n{text}");
        }
        assert!(!text.contains(&s), "{what} contains {s:?}");
    }
}

/// The masked ID of `id` as the booth writes it.
fn masked_id(id: &str) -> String {
    format!("{} **** **** **** **** {}", &id[..4], &id[20..])
}

/// One full session: QR (the demo camera's form) or keypad, birth date, photo, send, slip.
fn full_session(b: &mut TestBooth, by_keypad: Option<&str>, birth: &str) {
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    if let Some(id) = by_keypad {
        b.tap("scan-type-instead");
        b.type_digits(id);
        b.tap("keypad-done");
    } else {
        b.wait_for(Screen::Details);
    }
    b.wait_for_form();
    assert!(
        matches!(
            b.harness.state().session().form(),
            FormLookup::Done(LookupOutcome::Found(_))
        ),
        "the form is found"
    );
    b.pick_birth_date(birth);
    b.photo_and_send();
    b.wait_until("the slip", |b| {
        b.harness.state().session().print_outcome().is_some()
    });
    b.tap("slip-finish");
    let goodbye = u64::from(b.config.timeouts.goodbye_s) * 1000;
    b.clock.advance(goodbye + 1000);
    b.harness.run();
    b.lang = b.config.ui.default_language;
}

#[test]
fn full_sessions_leave_no_personal_data_in_logs_metrics_or_health() {
    let (captured, recent) = logs();
    let metrics = Metrics::new();
    let setup = OperatorSetup {
        pin_hash: None,
        metrics: Arc::clone(&metrics),
        recent: recent.clone(),
    };
    let mut b = TestBooth::start_with_operator(|_| {}, setup);
    full_session(&mut b, None, BIRTH[0]);
    full_session(&mut b, Some(DEMO_FORMS[1].0), BIRTH[1]);
    // A walk-away with the details on screen.
    b.go_to_details_typed(Lang::En, DEMO_FORMS[2].0);
    b.pick_birth_date(BIRTH[0]);
    let idle =
        u64::from(b.config.timeouts.inactivity_warning_s + b.config.timeouts.inactivity_reset_s);
    b.clock.advance(idle * 1000);
    b.harness.run();
    b.clock.advance(idle * 1000);
    b.harness.run();
    assert_eq!(b.screen(), Screen::Attract);
    drop(b);

    let log = captured.text();
    assert!(
        log.lines().count() > 5,
        "the sessions were logged (the capture works):\n{log}"
    );
    assert_clean("the log", &log);
    assert_clean("the recent errors", &recent.newest_first().join("\n"));
    let rendered = metrics.render();
    assert!(
        rendered.contains("sessions"),
        "the metrics count sessions:\n{rendered}"
    );
    assert_clean("the metrics", &rendered);
    assert_clean("the health JSON", &metrics.health_json());
    // The masked ID is allowed on the slip, not in logs either.
    for (id, ..) in DEMO_FORMS {
        let m = masked_id(id);
        assert!(!log.contains(&m), "the log holds the masked ID {m}");
    }
}

#[test]
fn a_worker_that_panics_with_personal_data_logs_only_where() {
    let (captured, recent) = logs();
    let (id, name, ..) = DEMO_FORMS[0];
    let worker: Worker<String, ()> = Worker::spawn("pii-panic", Arc::new(|| {}), |who: String| {
        panic!("cannot handle {who} born 1985-04-12");
    })
    .expect("worker starts");
    assert!(worker.send(1, format!("{id} {name}")));
    let done = loop {
        if let Some(done) = worker.try_recv() {
            break done;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    assert!(done.result.is_none(), "the panic was caught");
    let log = captured.text();
    assert!(
        log.contains("message withheld") && log.contains("pii-panic"),
        "the panic is logged with its thread and place:\n{log}"
    );
    assert_clean("the log after a panic", &log);
    assert_clean("the recent errors", &recent.newest_first().join("\n"));
    // The worker is still there for the next request.
    assert!(worker.send(2, "again".to_owned()));
}
