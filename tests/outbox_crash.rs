//! Crash test of the outbox (issue 5): a child process (this test binary, re-run with
//! `--exact crash_child`) enqueues applications and delivers them to the reference server while
//! the parent kills it with SIGKILL at random moments, over 100 times. Each new child resumes
//! the same outbox. At the end the outbox is drained and the server must hold every application
//! whose enqueue returned exactly once, each decrypting to what was enqueued.

#[path = "common/noise_jpeg.rs"]
mod noise_jpeg;

use noise_jpeg::noise_jpeg;
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use myna_booth::intake::{
    ApplicationPayload, ClientTls, DemoPki, IntakeClient, ServerConfig, ServerHandle,
};
use myna_booth::outbox::{Outbox, OutboxWorker, RecordId, RetryPolicy};
use rand::Rng;

const KILLS: usize = 110;
const BOOTH: &str = "booth-crash-01";
const ENV_CHILD: &str = "MYNA_OUTBOX_CRASH_CHILD";
const ENV_DIR: &str = "MYNA_OUTBOX_CRASH_DIR";
const ENV_URL: &str = "MYNA_OUTBOX_CRASH_URL";
const ENV_RUN: &str = "MYNA_OUTBOX_CRASH_RUN";

fn base_jpeg() -> &'static [u8] {
    static JPEG: OnceLock<Vec<u8>> = OnceLock::new();
    JPEG.get_or_init(|| noise_jpeg(520, 680, 0x9e37_79b9, 60))
}

/// Each application's photo is the base JPEG with its application ID appended after the end
/// marker, so a photo that belongs to another record is detected.
fn photo_for(application_id: &str) -> Vec<u8> {
    let mut p = base_jpeg().to_vec();
    p.extend_from_slice(application_id.as_bytes());
    p
}

fn paths(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    (dir.join("outbox"), dir.join("outbox.key"), dir.join("pki"))
}

fn client(pki_dir: &Path, url: &str) -> IntakeClient {
    let read = |name: &str| std::fs::read(pki_dir.join(name)).expect("pki file");
    let mut identity = read("booth.pem");
    identity.extend(read("booth-key.pem"));
    let tls = ClientTls {
        ca_cert_pem: read("ca.pem"),
        identity_pem: Some(identity),
    };
    IntakeClient::new(url, &tls, Duration::from_secs(5)).expect("client")
}

fn policy() -> RetryPolicy {
    RetryPolicy {
        base: Duration::from_millis(10),
        cap: Duration::from_millis(100),
        idle_poll: Duration::from_millis(20),
    }
}

/// The child: resume the outbox, then enqueue and deliver until killed. Prints `ENQ <id> <app>`
/// once an enqueue returned and `ACK <id> <receipt>` once the server acknowledged.
#[test]
fn crash_child() {
    if std::env::var_os(ENV_CHILD).is_none() {
        return;
    }
    let dir = PathBuf::from(std::env::var_os(ENV_DIR).expect("dir"));
    let url = std::env::var(ENV_URL).expect("url");
    let run: u64 = std::env::var(ENV_RUN)
        .expect("run")
        .parse()
        .expect("run number");
    let (outbox_dir, key, pki) = paths(&dir);
    let outbox = Arc::new(Outbox::open(&outbox_dir, &key).expect("outbox"));
    let (tx, _rx) = crossbeam_channel::unbounded();
    let worker =
        OutboxWorker::spawn(outbox.clone(), client(&pki, &url), policy(), tx).expect("worker");
    let handle = worker.handle();
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let id = RecordId::new_v4();
        let application_id = format!("{run:011}{i:012}");
        let json = serde_json::to_vec(&ApplicationPayload {
            record_id: id.to_string(),
            application_id: application_id.clone(),
            birth_date: "1985-06-15".into(),
            signing_certificate: true,
            user_authentication_certificate: true,
            braille: i % 2 == 0,
            photo: true,
            language: "en".into(),
        })
        .expect("json");
        outbox
            .enqueue_parts(id, &json, Some(&photo_for(&application_id)))
            .expect("enqueue");
        writeln!(out, "ENQ {id} {application_id}").expect("stdout");
        out.flush().expect("flush");
        handle.wake();
        if let Some(receipt) = handle.wait_sent(&id, Duration::from_millis(30)) {
            writeln!(out, "ACK {id} {receipt}").expect("stdout");
            out.flush().expect("flush");
        }
    }
}

#[test]
fn sigkill_at_random_moments_loses_and_doubles_nothing() {
    if std::env::var_os(ENV_CHILD).is_some() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let (outbox_dir, key, pki_dir) = paths(dir);
    let pki = DemoPki::generate("crash test CA").expect("pki");
    pki.write_to(&pki_dir, BOOTH).expect("pki files");
    let server = ServerHandle::start(
        ([127, 0, 0, 1], 0).into(),
        &ServerConfig {
            db_path: dir.join("intake.sqlite3"),
            tls: pki.server_tls(),
            seed_demo_forms: false,
        },
    )
    .expect("server");
    let url = server.base_url();
    let exe = std::env::current_exe().expect("test binary");

    let mut enqueued: HashMap<RecordId, String> = HashMap::new();
    let mut acked: HashMap<RecordId, String> = HashMap::new();
    let mut rng = rand::rng();
    let started = Instant::now();
    for run in 0..KILLS {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(ENV_CHILD, "1")
            .env(ENV_DIR, dir)
            .env(ENV_URL, &url)
            .env(ENV_RUN, run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        std::thread::sleep(Duration::from_millis(rng.random_range(5..120)));
        // `Child::kill` sends SIGKILL on Unix.
        child.kill().expect("kill");
        child.wait().expect("wait");
        let mut text = String::new();
        if let Some(mut stdout) = child.stdout.take() {
            stdout.read_to_string(&mut text).expect("child output");
        }
        // Only complete lines count: a line cut by the kill was not fully printed.
        let complete = text.rfind('\n').map_or("", |end| &text[..end]);
        for line in complete.lines() {
            // libtest prints "test crash_child ... " without a newline before the child's
            // first line: read from the marker on.
            let start = ["ENQ ", "ACK "]
                .iter()
                .filter_map(|m| line.find(m))
                .min()
                .unwrap_or(0);
            let mut it = line[start..].split_whitespace();
            match (it.next(), it.next(), it.next()) {
                (Some("ENQ"), Some(id), Some(app)) => {
                    enqueued.insert(RecordId::parse_str(id).expect("id"), app.to_owned());
                }
                (Some("ACK"), Some(id), Some(receipt)) => {
                    acked.insert(RecordId::parse_str(id).expect("id"), receipt.to_owned());
                }
                _ => {}
            }
        }
    }
    let kill_phase = started.elapsed();

    // Restart once more, in-process, and drain.
    let outbox = Arc::new(Outbox::open(&outbox_dir, &key).expect("reopen outbox"));
    let (tx, _rx) = crossbeam_channel::unbounded();
    let worker =
        OutboxWorker::spawn(outbox.clone(), client(&pki_dir, &url), policy(), tx).expect("worker");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let stats = outbox.stats().expect("stats");
        assert_eq!(stats.dead, 0, "dead letters: {:?}", outbox.dead_letters());
        if stats.pending == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "outbox did not drain: {stats:?}");
        worker.handle().wake();
        std::thread::sleep(Duration::from_millis(20));
    }
    worker.stop();

    assert!(!enqueued.is_empty(), "no child got as far as an enqueue");
    let stored = server.applications().expect("applications");
    let mut seen = HashSet::new();
    for app in &stored {
        let id = RecordId::parse_str(&app.record_id).expect("record id");
        assert!(seen.insert(id), "record {id} stored twice");
        let payload: ApplicationPayload =
            serde_json::from_slice(&app.application_json).expect("stored JSON");
        assert_eq!(
            payload.record_id, app.record_id,
            "payload under the wrong record"
        );
        assert_eq!(
            app.photo.as_deref(),
            Some(photo_for(&payload.application_id).as_slice()),
            "photo of record {id} does not belong to its application"
        );
        assert_eq!(app.booth_id, BOOTH);
        let receipt = outbox
            .receipt(&id)
            .expect("receipt")
            .expect("booth kept a receipt");
        assert_eq!(receipt.receipt_number, app.receipt_number);
    }
    for (id, application_id) in &enqueued {
        let app = stored
            .iter()
            .find(|a| a.record_id == id.to_string())
            .unwrap_or_else(|| panic!("acknowledged enqueue {id} lost"));
        let payload: ApplicationPayload =
            serde_json::from_slice(&app.application_json).expect("stored JSON");
        assert_eq!(&payload.application_id, application_id);
    }
    for id in acked.keys() {
        assert!(
            enqueued.contains_key(id),
            "delivery {id} confirmed without a confirmed enqueue"
        );
    }
    for (id, receipt) in &acked {
        let app = stored
            .iter()
            .find(|a| a.record_id == id.to_string())
            .unwrap_or_else(|| panic!("acknowledged delivery {id} missing"));
        assert_eq!(&app.receipt_number, receipt);
    }
    println!(
        "{KILLS} kills in {kill_phase:?}: {} enqueues confirmed, {} deliveries confirmed, {} stored",
        enqueued.len(),
        acked.len(),
        stored.len()
    );
}
