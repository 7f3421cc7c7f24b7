//! The intake client, the outbox and the reference server together on loopback (issue 5):
//! happy path, 5xx and 429, connection reset, a lost answer after the server committed, no client
//! certificate, key reuse, in-flight conflicts, bad photos, and a server that is down for a while.

#[path = "common/noise_jpeg.rs"]
mod noise_jpeg;

use noise_jpeg::noise_jpeg;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crossbeam_channel::Receiver;
use myna_booth::domain::{ApplicationId, BirthDate, CivilDate};
use myna_booth::flow::{Application, SubmitOutcome};
use myna_booth::i18n::Lang;
use myna_booth::intake::api::codes;
use myna_booth::intake::{
    ApplicationPayload, BoothCredentials, DemoPki, Fault, IntakeClient, IntakeError, LookupError,
    ServerConfig, ServerHandle,
};
use myna_booth::outbox::{
    Outbox, OutboxEvent, OutboxHandle, OutboxWorker, RecordId, RetryPolicy, SealKey, SystemClock,
};
use myna_booth::photo::IdPhoto;
use tempfile::TempDir;

const BOOTH: &str = "booth-test-07";
/// Upper bound for anything the tests wait for; never reached when things work.
const PATIENCE: Duration = Duration::from_secs(30);

fn sample_jpeg() -> &'static [u8] {
    static JPEG: OnceLock<Vec<u8>> = OnceLock::new();
    JPEG.get_or_init(|| noise_jpeg(600, 780, 0x1234_5678, 80))
}

fn payload_json(id: &RecordId, application_id: &str) -> Vec<u8> {
    serde_json::to_vec(&ApplicationPayload {
        record_id: id.to_string(),
        application_id: application_id.to_owned(),
        birth_date: "1990-01-31".into(),
        signing_certificate: true,
        user_authentication_certificate: true,
        braille: false,
        photo: true,
        language: "ja".into(),
    })
    .expect("json")
}

struct Fixture {
    dir: TempDir,
    pki: DemoPki,
    booth: BoothCredentials,
    cfg: ServerConfig,
    server: Option<ServerHandle>,
    base_url: String,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let pki = DemoPki::generate("test CA").expect("pki");
        let booth = pki.booth(BOOTH).expect("booth cert");
        let cfg = ServerConfig {
            db_path: dir.path().join("intake.sqlite3"),
            tls: pki.server_tls(),
            seed_demo_forms: true,
        };
        let server = ServerHandle::start(([127, 0, 0, 1], 0).into(), &cfg).expect("server");
        let base_url = server.base_url();
        Self {
            dir,
            pki,
            booth,
            cfg,
            server: Some(server),
            base_url,
        }
    }

    fn server(&self) -> &ServerHandle {
        self.server.as_ref().expect("server running")
    }

    fn client(&self) -> IntakeClient {
        let tls = self.pki.client_tls(Some(&self.booth));
        IntakeClient::new(&self.base_url, &tls, Duration::from_secs(5)).expect("client")
    }

    fn outbox_dir(&self) -> PathBuf {
        self.dir.path().join("outbox")
    }

    fn worker(&self, client: IntakeClient) -> (OutboxWorker, OutboxHandle, Receiver<OutboxEvent>) {
        let outbox = Outbox::open_with(
            &self.outbox_dir(),
            SealKey::from_bytes(&[9; 32]),
            Arc::new(SystemClock),
        )
        .expect("outbox");
        let (tx, rx) = crossbeam_channel::unbounded();
        let policy = RetryPolicy {
            base: Duration::from_millis(20),
            cap: Duration::from_millis(200),
            idle_poll: Duration::from_millis(50),
        };
        let worker = OutboxWorker::spawn(Arc::new(outbox), client, policy, tx).expect("worker");
        let handle = worker.handle();
        (worker, handle, rx)
    }

    fn stored_count(&self, id: &RecordId) -> usize {
        let id = id.to_string();
        self.server()
            .applications()
            .expect("applications")
            .iter()
            .filter(|a| a.record_id == id)
            .count()
    }
}

/// Collects outbox events until `done` says so.
fn events_until(
    rx: &Receiver<OutboxEvent>,
    done: impl Fn(&OutboxEvent) -> bool,
) -> Vec<OutboxEvent> {
    let mut seen = Vec::new();
    loop {
        let ev = rx
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("no outbox event in time; seen so far: {seen:?}"));
        let last = done(&ev);
        seen.push(ev);
        if last {
            return seen;
        }
    }
}

fn enqueue(handle: &OutboxHandle) -> RecordId {
    let id = RecordId::new_v4();
    handle
        .outbox()
        .enqueue_parts(
            id,
            &payload_json(&id, "20261121000000000012345"),
            Some(sample_jpeg()),
        )
        .expect("enqueue");
    handle.wake();
    id
}

fn is_sent(id: RecordId) -> impl Fn(&OutboxEvent) -> bool {
    move |e| matches!(e, OutboxEvent::Sent { id: i, .. } if *i == id)
}

fn demo_application() -> Application {
    let today = CivilDate::new(2026, 1, 1).expect("date");
    Application {
        id: ApplicationId::parse_typed("20261121000000000012345").expect("id"),
        birth_date: BirthDate::parse_typed("19900131", today).expect("birth date"),
        signing_certificate: true,
        auth_certificate: true,
        braille: false,
        photo: Some(Arc::new(IdPhoto {
            jpeg: sample_jpeg().to_vec(),
            preview: image::RgbImage::new(1, 1),
        })),
        language: Lang::Ja,
    }
}

#[test]
fn happy_path_lookup_submit_and_replay() {
    let fx = Fixture::new();
    let client = fx.client();
    assert_eq!(client.health().expect("health").status, "ok");

    let form = client
        .lookup(&ApplicationId::parse_typed("20261121000000000012345").expect("id"))
        .expect("lookup");
    assert_eq!(form.name, "山＊ 太＊");
    assert_eq!(form.address, "東京都千代田区永田町");
    let unknown = ApplicationId::parse_typed("99999999999999999999999").expect("id");
    assert_eq!(client.lookup(&unknown), Err(LookupError::NotFound));

    let (_worker, handle, _rx) = fx.worker(client.clone());
    let outcome = handle.submit(&demo_application(), PATIENCE);
    let SubmitOutcome::Sent { receipt } = outcome else {
        panic!("expected Sent, got {outcome:?}");
    };
    let stored = fx.server().applications().expect("applications");
    assert_eq!(stored.len(), 1);
    assert_eq!(
        stored[0].booth_id, BOOTH,
        "booth id comes from the certificate"
    );
    assert_eq!(stored[0].receipt_number, receipt);
    assert_eq!(stored[0].photo.as_deref(), Some(sample_jpeg()));
    let record_id = RecordId::parse_str(&stored[0].record_id).expect("uuid");
    // Only the receipt is kept on the booth.
    assert_eq!(handle.outbox().status(&record_id).expect("status"), None);
    assert_eq!(
        handle
            .outbox()
            .receipt(&record_id)
            .expect("receipt")
            .map(|r| r.receipt_number),
        Some(receipt.clone())
    );

    // The very same request again is a replay: same receipt, nothing stored twice.
    let again = client
        .submit(&record_id, &stored[0].application_json, Some(sample_jpeg()))
        .expect("replay");
    assert_eq!(again.receipt_number, receipt);
    assert_eq!(fx.server().applications().expect("applications").len(), 1);
}

#[test]
fn server_errors_and_rate_limits_are_retried_until_success() {
    let fx = Fixture::new();
    let faults = fx.server().faults();
    faults.push(Fault::Status(503));
    faults.push(Fault::Status(500));
    faults.push(Fault::TooManyRequests { retry_after_s: 1 });
    let (_worker, handle, rx) = fx.worker(fx.client());
    let id = enqueue(&handle);
    let events = events_until(&rx, is_sent(id));
    let retries: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            OutboxEvent::Retrying { error, next_in, .. } => Some((error.clone(), *next_in)),
            _ => None,
        })
        .collect();
    assert_eq!(retries.len(), 3, "{events:?}");
    assert!(
        matches!(retries[0].0, IntakeError::Unavailable { status: 503, .. }),
        "{retries:?}"
    );
    assert!(matches!(
        retries[1].0,
        IntakeError::Unavailable { status: 500, .. }
    ));
    assert!(matches!(
        retries[2].0,
        IntakeError::Unavailable {
            status: 429,
            retry_after: Some(_),
            ..
        }
    ));
    assert!(
        retries[2].1 >= Duration::from_secs(1),
        "Retry-After not honoured"
    );
    assert_eq!(fx.stored_count(&id), 1);
    assert_eq!(faults.submit_requests(), 4);
}

#[test]
fn a_reset_connection_is_retried() {
    let fx = Fixture::new();
    let client = fx.client();
    fx.server().faults().push(Fault::ResetConnection);
    let id = RecordId::new_v4();
    let json = payload_json(&id, "20261121000000000012345");
    let err = client
        .submit(&id, &json, Some(sample_jpeg()))
        .expect_err("reset");
    assert!(err.is_retryable(), "{err:?}");
    assert_eq!(fx.stored_count(&id), 0);

    fx.server().faults().push(Fault::ResetConnection);
    let (_worker, handle, rx) = fx.worker(client);
    let id = enqueue(&handle);
    let events = events_until(&rx, is_sent(id));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, OutboxEvent::Retrying { .. })),
        "{events:?}"
    );
    assert_eq!(fx.stored_count(&id), 1);
}

#[test]
fn a_lost_answer_after_commit_is_stored_once() {
    let fx = Fixture::new();
    let client = fx.client();
    fx.server().faults().push(Fault::DropResponseAfterCommit);
    let id = RecordId::new_v4();
    let json = payload_json(&id, "20261121000000000012345");
    let err = client
        .submit(&id, &json, Some(sample_jpeg()))
        .expect_err("no answer");
    assert!(err.is_retryable(), "{err:?}");
    assert_eq!(fx.stored_count(&id), 1, "the server committed");
    let receipt = client
        .submit(&id, &json, Some(sample_jpeg()))
        .expect("replay");
    assert_eq!(fx.stored_count(&id), 1);
    let stored = fx.server().applications().expect("applications");
    assert_eq!(stored[0].receipt_number, receipt.receipt_number);

    // The same through the outbox.
    fx.server().faults().push(Fault::DropResponseAfterCommit);
    let (_worker, handle, rx) = fx.worker(client);
    let id = enqueue(&handle);
    events_until(&rx, is_sent(id));
    assert_eq!(fx.stored_count(&id), 1);
    assert_eq!(fx.server().applications().expect("applications").len(), 2);
}

#[test]
fn no_client_certificate_is_permanent_without_a_retry_storm() {
    let fx = Fixture::new();
    let anonymous = IntakeClient::new(
        &fx.base_url,
        &fx.pki.client_tls(None),
        Duration::from_secs(5),
    )
    .expect("client");
    let err = anonymous.health().expect_err("no certificate");
    assert_eq!(
        err,
        IntakeError::Rejected {
            status: 401,
            code: codes::CLIENT_CERTIFICATE_REQUIRED.into()
        }
    );
    assert!(!err.is_retryable());

    // A certificate from another CA is refused the same way.
    let foreign = DemoPki::generate("foreign CA").expect("pki");
    let stranger = foreign.booth("stranger").expect("cert");
    let mut tls = fx.pki.client_tls(None);
    tls.identity_pem = Some(format!("{}{}", stranger.cert_pem, stranger.key_pem).into_bytes());
    let err = IntakeClient::new(&fx.base_url, &tls, Duration::from_secs(5))
        .expect("client")
        .health()
        .expect_err("foreign certificate");
    // Refused in the handshake: the client sees a TLS alert or, if the reset wins the race,
    // a broken connection.
    assert!(
        matches!(err, IntakeError::Certificate(_) | IntakeError::Transport),
        "{err:?}"
    );

    let (_worker, handle, rx) = fx.worker(anonymous);
    let id = enqueue(&handle);
    let events = events_until(&rx, |e| matches!(e, OutboxEvent::DeadLettered { .. }));
    assert_eq!(
        events.len(),
        1,
        "dead-lettered at the first failure: {events:?}"
    );
    let refused = fx.server().faults().unauthenticated_requests();
    // Nudge the worker: a dead letter is never retried on its own.
    for _ in 0..5 {
        handle.wake();
    }
    assert!(
        rx.recv_timeout(Duration::from_millis(300)).is_err(),
        "the worker kept trying"
    );
    assert_eq!(fx.server().faults().unauthenticated_requests(), refused);
    let dead = handle.outbox().dead_letters().expect("dead letters");
    assert_eq!(dead.len(), 1);
    assert_eq!((dead[0].id, dead[0].attempts), (id, 1));
    assert_eq!(fx.server().faults().submit_requests(), 0);
    assert_eq!(fx.stored_count(&id), 0);
}

#[test]
fn a_key_reused_for_another_payload_is_refused() {
    let fx = Fixture::new();
    let client = fx.client();
    let id = RecordId::new_v4();
    client
        .submit(
            &id,
            &payload_json(&id, "20261121000000000012345"),
            Some(sample_jpeg()),
        )
        .expect("first");
    let err = client
        .submit(
            &id,
            &payload_json(&id, "20261121000000000067890"),
            Some(sample_jpeg()),
        )
        .expect_err("other payload");
    assert_eq!(
        err,
        IntakeError::Rejected {
            status: 422,
            code: codes::IDEMPOTENCY_KEY_REUSED.into()
        }
    );
    assert!(!err.is_retryable());
    assert_eq!(fx.stored_count(&id), 1);
}

#[test]
fn a_key_still_in_flight_gets_409_then_the_replay() {
    let fx = Fixture::new();
    let client = fx.client();
    fx.server()
        .faults()
        .push(Fault::DelayBeforeCommit(Duration::from_secs(2)));
    let id = RecordId::new_v4();
    let json = payload_json(&id, "20261121000000000012345");
    let first = {
        let (client, json) = (client.clone(), json.clone());
        std::thread::spawn(move || client.submit(&id, &json, Some(sample_jpeg())))
    };
    while fx.server().faults().submit_requests() == 0 {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(300));
    let err = client
        .submit(&id, &json, Some(sample_jpeg()))
        .expect_err("in flight");
    assert!(
        matches!(err, IntakeError::Unavailable { status: 409, .. }),
        "{err:?}"
    );
    assert!(err.is_retryable());
    let receipt = first.join().expect("thread").expect("first request");
    let replay = client
        .submit(&id, &json, Some(sample_jpeg()))
        .expect("replay");
    assert_eq!(receipt, replay);
    assert_eq!(fx.stored_count(&id), 1);
}

#[test]
fn bad_photos_are_refused_with_their_status() {
    let fx = Fixture::new();
    let client = fx.client();
    let cases: [(Vec<u8>, u16, &str); 3] = [
        (
            b"GIF89a not a jpeg at all".to_vec(),
            415,
            codes::PHOTO_NOT_JPEG,
        ),
        (
            sample_jpeg()[..10_000].to_vec(),
            400,
            codes::PHOTO_FILE_SIZE,
        ),
        (
            {
                let mut big = sample_jpeg().to_vec();
                // Over the photo limit, under the body limit: the photo check answers.
                big.resize(7_100_000, 0);
                big
            },
            413,
            codes::PAYLOAD_TOO_LARGE,
        ),
    ];
    for (photo, status, code) in cases {
        let id = RecordId::new_v4();
        let err = client
            .submit(
                &id,
                &payload_json(&id, "20261121000000000012345"),
                Some(&photo),
            )
            .expect_err("bad photo");
        assert_eq!(
            err,
            IntakeError::Rejected {
                status,
                code: code.into()
            }
        );
        // A refused request does not hold its key: the right photo goes through.
        client
            .submit(
                &id,
                &payload_json(&id, "20261121000000000012345"),
                Some(sample_jpeg()),
            )
            .expect("good photo after a bad one");
    }
    assert_eq!(fx.server().applications().expect("applications").len(), 3);
}

#[test]
fn a_server_down_for_a_while_gets_the_application_when_back() {
    let mut fx = Fixture::new();
    let addr = fx.server().addr();
    if let Some(server) = fx.server.take() {
        server.stop();
    }
    let (_worker, handle, rx) = fx.worker(fx.client());
    let outcome = handle.submit(&demo_application(), Duration::from_millis(200));
    let SubmitOutcome::Queued { .. } = outcome else {
        panic!("expected Queued while the server is down, got {outcome:?}");
    };
    // A few failed attempts while it is down.
    let mut down_failures = 0;
    while down_failures < 3 {
        match rx.recv_timeout(PATIENCE).expect("event") {
            OutboxEvent::Retrying { error, .. } => {
                assert!(error.is_retryable());
                down_failures += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    fx.server = Some(ServerHandle::start(addr, &fx.cfg).expect("restart on the same port"));
    let events = events_until(&rx, |e| matches!(e, OutboxEvent::Sent { .. }));
    let Some(OutboxEvent::Sent { id, receipt_number }) = events.last() else {
        panic!("{events:?}");
    };
    assert_eq!(fx.stored_count(id), 1);
    assert_eq!(
        handle
            .outbox()
            .receipt(id)
            .expect("receipt")
            .map(|r| r.receipt_number),
        Some(receipt_number.clone())
    );
    assert_eq!(handle.outbox().stats().expect("stats").pending, 0);
}
