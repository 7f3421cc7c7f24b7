//! Slips on paper, as far as a machine without a printer can tell: a private cupsd started by
//! `scripts/cups-test-server.sh` prints slips in Japanese, English and Thai into a file (checked
//! with pdftotext and zbarimg), sends ESC/POS raster bytes through a raw queue to a capturing
//! listener, and fails over to "offline" for a printer that is switched off. The kiosk's own slip
//! worker (the one `Services` starts from kiosk-config) prints a user's slip and the operator's
//! test print through that cupsd, reports an offline printer in time, and the `file` backend
//! writes the PDF. The ESC/POS TCP backend is checked against a listener of its own. Nothing is
//! skipped: a missing tool fails.

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use myna_booth::config::{PrinterBackend, PrinterConfig};
use myna_booth::flow::{PrintOutcome, SlipPurpose, SlipRequest, SubmitOutcome};
use myna_booth::i18n::{Lang, Localizer};
use myna_booth::slip::escpos::encode;
use myna_booth::slip::{
    Backend, Bitmap, BoothInfo, CupsPrinter, EscposPrinter, PrintStatus, PrinterCondition,
    SlipFonts, SlipPrinter, rasterize_pdf,
};
use myna_booth::workers::{PrintSetup, PrintWorker, PrinterHealth, TestPrint};

/// A real-looking application form ID: only its first 4 and last 3 digits may be printed.
const FORM_ID: &str = "12345678901234567890765";
const MASKED_ID: &str = "1234 **** **** **** **** 765";
/// Personal data the booth knows during a session, which must never reach a slip.
const FAKE_NAME: [&str; 2] = ["山田太郎", "YAMADA"];
const FAKE_BIRTH: [&str; 3] = ["1985-04-12", "19850412", "昭和60年4月12日"];

fn loc() -> Arc<Localizer> {
    Arc::new(Localizer::load().expect("locales load"))
}

fn fonts() -> Arc<SlipFonts> {
    Arc::new(SlipFonts::load().expect("Debian Noto fonts (scripts/setup.sh installs them)"))
}

fn booth() -> BoothInfo {
    BoothInfo {
        booth_id: "booth-07".to_owned(),
        location: "Test store".to_owned(),
    }
}

fn request(lang: Lang, receipt: &str) -> SlipRequest {
    SlipRequest {
        purpose: SlipPurpose::Application,
        language: lang,
        masked_id: MASKED_ID.to_owned(),
        outcome: SubmitOutcome::Sent {
            receipt: receipt.to_owned(),
        },
        signing_certificate: true,
        auth_certificate: false,
        braille: true,
    }
}

fn renderer() -> SlipPrinter {
    SlipPrinter::new(loc(), fonts(), 80.0, Backend::None)
}

fn render(lang: Lang, receipt: &str) -> Vec<u8> {
    renderer()
        .render(&request(lang, receipt), &booth(), "2026-11-21 10:30")
        .expect("slip renders")
}

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?} could not run ({e}); scripts/setup.sh installs it"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn pdf_text(pdf: &Path) -> String {
    run(Command::new("pdftotext").arg(pdf).arg("-"))
}

/// The QR codes zbarimg finds on the page, rendered at 300 dpi.
fn pdf_qr(pdf: &Path, work: &Path) -> String {
    let prefix = work.join("page");
    run(Command::new("pdftoppm")
        .args(["-r", "300", "-gray", "-png", "-singlefile"])
        .arg(pdf)
        .arg(&prefix));
    run(Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(prefix.with_extension("png")))
}

/// Checks one printed slip: its texts, its QR code, and the absence of personal data.
fn check_slip(pdf: &Path, lang: Lang, receipt: &str, work: &Path) {
    let loc = loc();
    let text = squeeze(&pdf_text(pdf));
    let mut expected = vec![
        loc.text(lang, "slip-title"),
        loc.text(lang, "slip-receipt"),
        loc.text(lang, "slip-sent"),
        loc.text(lang, "slip-next-steps"),
        loc.text(lang, "slip-call-centre"),
        receipt.to_owned(),
        MASKED_ID.to_owned(),
        "0120-95-0178".to_owned(),
        "0120-0178-27".to_owned(),
        "booth-07".to_owned(),
    ];
    // Japanese for city-office staff, unless the user's language is Japanese (plain or easy).
    if !lang.is_japanese() {
        expected.push(loc.text(Lang::Ja, "slip-title"));
        expected.push(loc.text(Lang::Ja, "slip-next-steps"));
    }
    for e in expected {
        assert!(
            text.contains(&squeeze(&e)),
            "{lang}: {e:?} missing from\n{text}"
        );
    }
    for personal in FAKE_NAME.iter().chain(FAKE_BIRTH.iter()) {
        assert!(
            !text.contains(&squeeze(personal)),
            "{lang}: {personal} printed"
        );
    }
    assert!(!text.contains(FORM_ID), "{lang}: full form ID printed");
    let masked_digits = MASKED_ID.chars().filter(char::is_ascii_digit).count();
    assert_eq!(masked_digits, 7, "only the first 4 and last 3 digits show");
    assert_eq!(pdf_qr(pdf, work).trim(), receipt, "{lang}: QR payload");
}

/// The private cupsd of `scripts/cups-test-server.sh`, stopped when dropped.
struct Cups {
    dir: tempfile::TempDir,
    port: u16,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/cups-test-server.sh")
}

impl Cups {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = run(Command::new("bash")
            .arg(script())
            .arg("start")
            .arg(dir.path()));
        let port = out.trim().parse().expect("the script prints the port");
        Self { dir, port }
    }

    fn queue(&self, name: &str) -> String {
        format!("ipp://127.0.0.1:{}/printers/{name}", self.port)
    }

    fn out(&self, file: &str) -> PathBuf {
        self.dir.path().join("out").join(file)
    }
}

impl Drop for Cups {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(script())
            .arg("stop")
            .arg(self.dir.path())
            .status();
    }
}

/// Reassembles the `GS v 0` bands of an ESC/POS stream into one bitmap.
fn raster_from_escpos(bytes: &[u8]) -> Bitmap {
    let (mut width, mut bits, mut height, mut i) = (0, Vec::new(), 0, 0);
    while i + 8 <= bytes.len() {
        if bytes[i..i + 4] == [0x1D, 0x76, 0x30, 0x00] {
            let x = usize::from(u16::from_le_bytes([bytes[i + 4], bytes[i + 5]]));
            let y = usize::from(u16::from_le_bytes([bytes[i + 6], bytes[i + 7]]));
            width = x * 8;
            bits.extend_from_slice(&bytes[i + 8..i + 8 + x * y]);
            height += y;
            i += 8 + x * y;
        } else {
            i += 1;
        }
    }
    Bitmap {
        width: width as u32,
        height: height as u32,
        bits,
    }
}

fn decode_qr(bitmap: &Bitmap) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(
        bitmap.width as usize,
        bitmap.height as usize,
        |x, y| {
            if bitmap.is_black(x as u32, y as u32) {
                0
            } else {
                255
            }
        },
    );
    img.detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect()
}

#[test]
fn slips_print_through_a_private_cupsd() {
    let cups = Cups::start();
    let work = tempfile::tempdir().expect("temp dir");

    // PDF queue: the slip lands in a file, once per language.
    let pdf_queue =
        CupsPrinter::new(&cups.queue("slip-pdf"), Duration::from_secs(20)).expect("queue URI");
    for (lang, receipt) in [
        (Lang::Ja, "R-JA-000101"),
        (Lang::En, "R-EN-000202"),
        (Lang::Th, "R-TH-000303"),
    ] {
        let status = pdf_queue.print_pdf(&render(lang, receipt));
        assert_eq!(status, PrintStatus::Printed, "{lang}");
        let printed = work.path().join(format!("{lang}.pdf"));
        std::fs::copy(cups.out("slip.pdf"), &printed).expect("the queue wrote the slip");
        check_slip(&printed, lang, receipt, work.path());
    }

    // Raw queue: ESC/POS raster bytes arrive unchanged and hold the slip's QR code.
    let bitmap = rasterize_pdf(&render(Lang::En, "R-RAW-0404"), 576).expect("rasterises");
    let bytes = encode(&bitmap).expect("encodes");
    let raw_queue =
        CupsPrinter::new(&cups.queue("slip-raw"), Duration::from_secs(20)).expect("queue URI");
    assert_eq!(raw_queue.print_raw(&bytes), PrintStatus::Printed);
    let captured = std::fs::read(cups.out("raw.bin")).expect("the listener captured bytes");
    assert_eq!(captured, bytes, "raw queue passes ESC/POS bytes unchanged");
    assert_eq!(&captured[..2], &[0x1B, 0x40], "starts with ESC @");
    let back = raster_from_escpos(&captured);
    assert_eq!((back.width, back.height), (576, bitmap.height));
    assert_eq!(decode_qr(&back), vec!["R-RAW-0404".to_owned()]);

    // Offline printer: the outcome comes back (within the deadline) as offline → failed.
    let offline = SlipPrinter::new(
        loc(),
        fonts(),
        80.0,
        Backend::Cups(
            CupsPrinter::new(&cups.queue("slip-offline"), Duration::from_secs(3))
                .expect("queue URI"),
        ),
    );
    let req = request(Lang::En, "R-OFF-0505");
    let status = offline.print_status(&req, &booth(), "2026-11-21 10:30");
    // On a loaded machine CUPS may not have said "unavailable" before the deadline: either way
    // the user gets the fallback (receipt on screen, call staff) within the deadline.
    assert!(
        matches!(status, PrintStatus::PrinterOffline | PrintStatus::TimedOut),
        "{status:?}"
    );
    assert_eq!(status.to_flow(), PrintOutcome::Failed);
}

#[test]
fn a_nepali_slip_renders_every_script() {
    let work = tempfile::tempdir().expect("temp dir");
    let pdf = work.path().join("ne.pdf");
    std::fs::write(&pdf, render(Lang::Ne, "R-NE-000606")).expect("write");
    check_slip(&pdf, Lang::Ne, "R-NE-000606", work.path());
}

#[test]
fn every_language_renders_and_the_sample_slips_can_be_kept() {
    // MYNA_SLIP_DIR keeps the PDFs, to look at them (pdftoppm -png).
    let keep = std::env::var_os("MYNA_SLIP_DIR").map(PathBuf::from);
    let work = tempfile::tempdir().expect("temp dir");
    let loc = loc();
    for lang in Lang::ALL {
        let pdf = render(lang, "SAMPLE-0000-0001");
        assert!(pdf.len() < 400_000, "{lang}: {} bytes", pdf.len());
        let path = work.path().join(format!("slip-{lang}.pdf"));
        std::fs::write(&path, &pdf).expect("write");
        let text = squeeze(&pdf_text(&path));
        assert!(
            text.contains(&squeeze(&loc.text(lang, "slip-title"))),
            "{lang}"
        );
        if let Some(dir) = &keep {
            std::fs::create_dir_all(dir).expect("MYNA_SLIP_DIR");
            std::fs::write(dir.join(format!("slip-{lang}.pdf")), &pdf).expect("keep");
        }
    }
}

#[test]
fn the_escpos_backend_sends_a_raster_slip_over_tcp() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("listen");
    let addr = listener.local_addr().expect("addr").to_string();
    let capture = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().expect("accept");
        let mut bytes = Vec::new();
        conn.read_to_end(&mut bytes).expect("read");
        bytes
    });
    let printer = SlipPrinter::new(
        loc(),
        fonts(),
        80.0,
        Backend::Escpos(EscposPrinter::new(&addr, 80, Duration::from_secs(10))),
    );
    let status = printer.print_status(&request(Lang::Ko, "R-KO-0707"), &booth(), "now");
    assert_eq!(status, PrintStatus::Printed);
    let bytes = capture.join().expect("listener");
    // The paper-status query, then the slip.
    assert_eq!(&bytes[..3], &[0x10, 0x04, 0x04]);
    assert_eq!(&bytes[3..5], &[0x1B, 0x40]);
    assert_eq!(
        decode_qr(&raster_from_escpos(&bytes)),
        vec!["R-KO-0707".to_owned()]
    );
}

#[test]
fn an_escpos_printer_that_is_off_is_reported_offline() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("listen");
        l.local_addr().expect("addr").port()
    };
    let printer = EscposPrinter::new(&format!("127.0.0.1:{port}"), 80, Duration::from_secs(3));
    let bitmap = Bitmap {
        width: 8,
        height: 1,
        bits: vec![0xFF],
    };
    assert_eq!(printer.print(&bitmap), PrintStatus::PrinterOffline);
}

/// The kiosk's slip worker for `[printer]`, as `Services::start` builds it.
fn print_worker(printer: PrinterConfig, deadline: Duration) -> PrintWorker {
    let setup = PrintSetup {
        printer,
        deadline,
        booth: booth(),
        utc_offset_minutes: 540,
    };
    PrintWorker::start(setup, loc(), Arc::new(|| {})).expect("slip worker starts")
}

fn printer_config(backend: PrinterBackend, cups_uri: Option<String>, dir: &Path) -> PrinterConfig {
    PrinterConfig {
        backend,
        paper_width_mm: 80,
        cups_uri,
        escpos_addr: None,
        file_dir: dir.to_path_buf(),
    }
}

/// The outcome of the one slip in flight, and how long it took to come back.
fn slip_outcome(worker: &PrintWorker, within: Duration) -> (u64, PrintOutcome, Duration) {
    let start = Instant::now();
    while start.elapsed() < within {
        if let Some(done) = worker.try_recv() {
            return (done.generation, done.result, start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no slip outcome within {within:?}");
}

/// The printer's health once `ready` holds for it.
fn health_when(
    worker: &PrintWorker,
    within: Duration,
    ready: impl Fn(&PrinterHealth) -> bool,
) -> PrinterHealth {
    let start = Instant::now();
    loop {
        let health = worker.health();
        if ready(&health) {
            return health;
        }
        assert!(
            start.elapsed() < within,
            "printer health stuck at {health:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_kiosk_slip_worker_prints_through_cups_and_falls_back_when_offline() {
    let cups = Cups::start();
    let work = tempfile::tempdir().expect("temp dir");
    let cfg =
        |queue: &str| printer_config(PrinterBackend::Cups, Some(cups.queue(queue)), work.path());

    // A user's slip, in Vietnamese and Japanese, lands in the PDF queue's file.
    let worker = print_worker(cfg("slip-pdf"), Duration::from_secs(20));
    assert!(worker.print_slip(7, request(Lang::Vi, "R-VI-000808")));
    let (generation, outcome, _) = slip_outcome(&worker, Duration::from_secs(30));
    assert_eq!((generation, outcome), (7, PrintOutcome::Printed));
    let printed = work.path().join("worker-vi.pdf");
    std::fs::copy(cups.out("slip.pdf"), &printed).expect("the queue wrote the slip");
    check_slip(&printed, Lang::Vi, "R-VI-000808", work.path());
    let health = worker.health();
    assert_eq!(health.condition, Some(PrinterCondition::Ready));
    assert_eq!(health.last_slip, Some(PrintStatus::Printed));

    // The operator's test print reaches the same printer, and never reaches the flow.
    assert!(worker.test_print(Lang::En));
    let health = health_when(&worker, Duration::from_secs(30), |h| {
        matches!(h.last_test, Some(TestPrint::Done(_)))
    });
    assert_eq!(
        health.last_test,
        Some(TestPrint::Done(PrintStatus::Printed))
    );
    assert!(
        worker.try_recv().is_none(),
        "a test print is no user's slip"
    );
    let test = work.path().join("worker-test.pdf");
    std::fs::copy(cups.out("slip.pdf"), &test).expect("the queue wrote the test slip");
    let text = squeeze(&pdf_text(&test));
    assert!(text.contains("TEST-PRINT"), "{text}");
    assert!(text.contains(&squeeze(&loc().text(Lang::En, "slip-title"))));
    assert_eq!(pdf_qr(&test, work.path()).trim(), "TEST-PRINT");

    // A printer that is switched off: the user's slip fails within the deadline (plus the
    // worker's last question and cancel), and the operator sees the printer offline.
    let deadline = Duration::from_secs(3);
    let offline = print_worker(cfg("slip-offline"), deadline);
    assert!(offline.print_slip(8, request(Lang::Th, "R-TH-000909")));
    let (generation, outcome, took) = slip_outcome(&offline, Duration::from_secs(30));
    assert_eq!((generation, outcome), (8, PrintOutcome::Failed));
    assert!(took < deadline + Duration::from_secs(5), "took {took:?}");
    let health = offline.health();
    assert_eq!(
        health.condition,
        Some(PrinterCondition::Offline),
        "{health:?}"
    );
    assert!(
        matches!(
            health.last_slip,
            Some(PrintStatus::PrinterOffline | PrintStatus::TimedOut)
        ),
        "{health:?}"
    );
}

#[test]
fn the_file_backend_writes_the_slip_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let worker = print_worker(
        printer_config(PrinterBackend::File, None, dir.path()),
        Duration::from_secs(20),
    );
    let health = health_when(&worker, Duration::from_secs(30), |h| h.condition.is_some());
    assert_eq!(health.condition, Some(PrinterCondition::Ready));
    assert!(worker.print_slip(3, request(Lang::Ja, "R-FILE-0001")));
    let (generation, outcome, _) = slip_outcome(&worker, Duration::from_secs(30));
    assert_eq!((generation, outcome), (3, PrintOutcome::SavedToFile));
    let pdf = dir.path().join("slip-R-FILE-0001.pdf");
    check_slip(&pdf, Lang::Ja, "R-FILE-0001", dir.path());
}

#[test]
fn a_printer_that_cannot_be_set_up_fails_every_slip_without_stopping_the_booth() {
    let dir = tempfile::tempdir().expect("temp dir");
    // kiosk-config validation refuses this; the worker must still not take the booth down.
    let worker = print_worker(
        printer_config(PrinterBackend::Cups, None, dir.path()),
        Duration::from_secs(20),
    );
    assert!(worker.print_slip(1, request(Lang::En, "R-NONE-0001")));
    let (_, outcome, _) = slip_outcome(&worker, Duration::from_secs(30));
    assert_eq!(outcome, PrintOutcome::Failed);
    assert!(matches!(
        worker.health().condition,
        Some(PrinterCondition::Error(_))
    ));
}
