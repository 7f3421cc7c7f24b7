//! `cargo bench --bench outbox`: how long the booth's submit path takes. Plain timing with
//! `Instant` (no harness): durable enqueue of a record with a 300 KB photo, decrypting it again,
//! one submit round trip to the reference server on loopback (mutual TLS), and enqueue →
//! acknowledged through the delivery worker. Prints a markdown table.

#[path = "../tests/common/noise_jpeg.rs"]
mod noise_jpeg;

use noise_jpeg::noise_jpeg;
use std::sync::Arc;
use std::time::{Duration, Instant};

use myna_booth::intake::IntakeClient;
use myna_booth::intake::{ApplicationPayload, DemoPki, ServerConfig, ServerHandle};
use myna_booth::outbox::{Outbox, OutboxWorker, RecordId, RetryPolicy, SealKey, SystemClock};

const PHOTO_BYTES: usize = 300 * 1000;

fn photo() -> Vec<u8> {
    let mut out = noise_jpeg(600, 780, 0x2545_f491, 85);
    // Pad after the end marker to exactly 300 KB (or cut the noise down to it).
    out.resize(PHOTO_BYTES, 0);
    out
}

fn json(id: &RecordId) -> Vec<u8> {
    serde_json::to_vec(&ApplicationPayload {
        record_id: id.to_string(),
        application_id: "20261121000000000012345".into(),
        birth_date: "1990-01-31".into(),
        signing_certificate: true,
        user_authentication_certificate: true,
        braille: false,
        photo: true,
        language: "ja".into(),
    })
    .unwrap_or_default()
}

struct Row {
    what: &'static str,
    samples: Vec<Duration>,
}

impl Row {
    fn print(&self) {
        let mut s = self.samples.clone();
        s.sort();
        let n = s.len();
        let mean = s.iter().sum::<Duration>() / u32::try_from(n.max(1)).unwrap_or(1);
        let pct = |p: f64| s[((n as f64 - 1.0) * p).round() as usize];
        println!(
            "| {} | {} | {:.2} | {:.2} | {:.2} |",
            self.what,
            n,
            ms(mean),
            ms(pct(0.5)),
            ms(pct(0.95))
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn time_n(n: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect()
}

fn main() {
    // `cargo test --benches` runs this with `--bench`-less arguments; keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let n = if quick { 3 } else { 50 };
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("tempdir: {e}"),
    };
    let photo = photo();
    let outbox = match Outbox::open_with(
        &dir.path().join("outbox"),
        SealKey::from_bytes(&[1; 32]),
        Arc::new(SystemClock),
    ) {
        Ok(o) => Arc::new(o),
        Err(e) => panic!("outbox: {e}"),
    };

    let mut ids = Vec::new();
    let enqueue = time_n(n, || {
        let id = RecordId::new_v4();
        if let Err(e) = outbox.enqueue_parts(id, &json(&id), Some(&photo)) {
            panic!("enqueue: {e}");
        }
        ids.push(id);
    });
    let mut it = ids.iter().cycle();
    let load = time_n(n, || {
        if let Some(id) = it.next()
            && let Err(e) = outbox.load(id)
        {
            panic!("load: {e}");
        }
    });

    let pki = DemoPki::generate("bench CA").unwrap_or_else(|e| panic!("pki: {e}"));
    let booth = pki
        .booth("bench-booth")
        .unwrap_or_else(|e| panic!("booth: {e}"));
    let server = ServerHandle::start(
        ([127, 0, 0, 1], 0).into(),
        &ServerConfig {
            db_path: dir.path().join("intake.sqlite3"),
            tls: pki.server_tls(),
            seed_demo_forms: false,
        },
    )
    .unwrap_or_else(|e| panic!("server: {e}"));
    let client = IntakeClient::new(
        &server.base_url(),
        &pki.client_tls(Some(&booth)),
        Duration::from_secs(10),
    )
    .unwrap_or_else(|e| panic!("client: {e}"));
    // Warm the connection pool (TLS handshake) outside the measurement.
    let _ = client.health();
    let submit = time_n(n, || {
        let id = RecordId::new_v4();
        if let Err(e) = client.submit(&id, &json(&id), Some(&photo)) {
            panic!("submit: {e}");
        }
    });

    let (tx, _rx) = crossbeam_channel::unbounded();
    let worker = OutboxWorker::spawn(outbox.clone(), client, RetryPolicy::default(), tx)
        .unwrap_or_else(|e| panic!("worker: {e}"));
    let handle = worker.handle();
    // Deliver what the enqueue row left behind first.
    while outbox.stats().map(|s| s.pending).unwrap_or(0) > 0 {
        handle.wake();
        std::thread::sleep(Duration::from_millis(10));
    }
    let end_to_end = time_n(n, || {
        let id = RecordId::new_v4();
        if let Err(e) = outbox.enqueue_parts(id, &json(&id), Some(&photo)) {
            panic!("enqueue: {e}");
        }
        handle.wake();
        if handle.wait_sent(&id, Duration::from_secs(10)).is_none() {
            panic!("not acknowledged");
        }
    });
    worker.stop();
    server.stop();

    println!();
    println!("| outbox, 300 KB photo | n | mean ms | median ms | p95 ms |");
    println!("|---|---|---|---|---|");
    for row in [
        Row {
            what: "enqueue (seal + SQLite FULL sync)",
            samples: enqueue,
        },
        Row {
            what: "load (read + decrypt)",
            samples: load,
        },
        Row {
            what: "submit round trip, loopback mTLS",
            samples: submit,
        },
        Row {
            what: "enqueue → server ack via worker",
            samples: end_to_end,
        },
    ] {
        row.print();
    }
}
