//! Notification stories against a fake GOV.UK Notify over real HTTP (wiremock),
//! with the outbox on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::time::Duration as StdDuration;

use api::notify::govuk::{Claims, NotifyConfig};
use api::notify::worker::{self, RoundReport, WorkerOptions};
use api::notify::{Accepted, ApiKey, LocalMailbox, Notifier, NotifyClient, Outgoing, SendError};
use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::notifications::{Channel, RetryPolicy, TemplateKey};
use persistence::outbox::{self, NewMessage, Status};
use persistence::testing::{TestDb, each_backend};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SERVICE_ID: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";
const EMAIL_TEMPLATE: &str = "f33517ff-2a88-4f6e-b855-c550268ce08a";
const SMS_TEMPLATE: &str = "0b2a6e4c-1d39-4b4e-a3a4-6f1f0f6a8c11";

fn client_for(server: &MockServer, timeout: StdDuration) -> NotifyClient {
    client_at(&server.uri(), timeout)
}

fn client_at(base_url: &str, timeout: StdDuration) -> NotifyClient {
    NotifyClient::new(NotifyConfig {
        key: ApiKey::parse(&format!("ehc-hub-test-{SERVICE_ID}-{SECRET}")).unwrap(),
        email_template_id: EMAIL_TEMPLATE.into(),
        sms_template_id: SMS_TEMPLATE.into(),
        base_url: base_url.to_owned(),
        timeout,
    })
    .unwrap()
}

/// Notify's 201: a fresh notification id for every request.
fn created(request: &Request) -> ResponseTemplate {
    let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
    ResponseTemplate::new(201).set_body_json(json!({
        "id": uuid::Uuid::new_v4().to_string(),
        "reference": body["reference"],
        "content": {"subject": "s", "body": "b", "from_email": "ehc@notifications.service.gov.uk"},
        "uri": "https://api.notifications.service.gov.uk/v2/notifications/x",
        "template": {"id": EMAIL_TEMPLATE, "version": 1, "uri": "https://x"}
    }))
}

fn notify_error(status: u16, error: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "errors": [{"error": error, "message": "Can't send to this recipient: ep@example.org"}],
        "status_code": status
    }))
}

fn email<'a>(reference: &'a str) -> Outgoing<'a> {
    Outgoing {
        channel: Channel::Email,
        recipient: "ep@example.org",
        subject: "Advice requested on case EHC-2026-000042, due by 3 March 2027",
        body: "Advice has been requested from you on case EHC-2026-000042.\r\nSign in: https://ehc.example.gov.uk/cases/EHC-2026-000042",
        reference,
    }
}

#[tokio::test]
async fn an_email_goes_through_the_generic_template_with_a_fresh_signed_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/notifications/email"))
        .respond_with(created)
        .expect(1)
        .mount(&server)
        .await;
    let accepted = client_for(&server, StdDuration::from_secs(5))
        .send(&email("advice-request:1"))
        .await
        .unwrap();
    assert!(matches!(
        accepted,
        Accepted::Sent {
            provider_id: Some(_)
        }
    ));

    let requests = server.received_requests().await.unwrap();
    let request = &requests[0];
    let body: Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(body["email_address"], "ep@example.org");
    assert_eq!(body["template_id"], EMAIL_TEMPLATE);
    assert_eq!(body["reference"], "advice-request:1");
    assert_eq!(
        body["personalisation"]["subject"],
        "Advice requested on case EHC-2026-000042, due by 3 March 2027"
    );
    assert_eq!(
        body["personalisation"]["body"],
        "Advice has been requested from you on case EHC-2026-000042.\nSign in: https://ehc.example.gov.uk/cases/EHC-2026-000042",
        "sanitised: one newline style"
    );

    let auth = request
        .headers
        .get("authorization")
        .unwrap()
        .to_str()
        .unwrap();
    let token = auth.strip_prefix("Bearer ").unwrap();
    let header = jsonwebtoken::decode_header(token).unwrap();
    assert_eq!(header.alg, jsonwebtoken::Algorithm::HS256);
    assert_eq!(header.typ.as_deref(), Some("JWT"));
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    let claims = jsonwebtoken::decode::<Claims>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(SECRET.as_bytes()),
        &validation,
    )
    .expect("signed with the key's secret")
    .claims;
    assert_eq!(claims.iss, SERVICE_ID);
    let age = Utc::now().timestamp() - claims.iat;
    assert!((0..=5).contains(&age), "fresh: issued {age} s ago");
}

#[tokio::test]
async fn a_text_message_goes_to_the_sms_endpoint_with_only_a_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/notifications/sms"))
        .respond_with(created)
        .expect(1)
        .mount(&server)
        .await;
    let sms = Outgoing {
        channel: Channel::Sms,
        recipient: "07700900123",
        subject: "Your EHC hub sign-in code",
        body: "482913 is your EHC hub sign-in code.",
        reference: "sign-in-code:abc",
    };
    client_for(&server, StdDuration::from_secs(5))
        .send(&sms)
        .await
        .unwrap();
    let body: Value =
        serde_json::from_slice(&server.received_requests().await.unwrap()[0].body).unwrap();
    assert_eq!(body["phone_number"], "07700900123");
    assert_eq!(body["template_id"], SMS_TEMPLATE);
    assert_eq!(
        body["personalisation"],
        json!({"body": "482913 is your EHC hub sign-in code."})
    );
}

async fn outcome_of(
    response: ResponseTemplate,
    timeout: StdDuration,
) -> Result<Accepted, SendError> {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(response)
        .mount(&server)
        .await;
    client_for(&server, timeout)
        .send(&email("advice-request:2"))
        .await
}

#[tokio::test]
async fn refusals_are_final_and_rate_limits_outages_and_timeouts_are_worth_retrying() {
    let quick = StdDuration::from_secs(5);
    let bad = outcome_of(notify_error(400, "BadRequestError"), quick)
        .await
        .unwrap_err();
    assert_eq!(
        bad,
        SendError::Refused {
            status: 400,
            error_type: "BadRequestError".into()
        }
    );
    assert!(!bad.is_retryable());
    assert!(
        !bad.describe().contains("ep@example.org"),
        "no provider text kept"
    );
    let auth = outcome_of(notify_error(403, "AuthError"), quick)
        .await
        .unwrap_err();
    assert!(!auth.is_retryable(), "{auth:?}");

    let limited = outcome_of(notify_error(429, "RateLimitError"), quick)
        .await
        .unwrap_err();
    assert!(matches!(limited, SendError::RateLimited { .. }) && limited.is_retryable());
    let down = outcome_of(notify_error(500, "Exception"), quick)
        .await
        .unwrap_err();
    assert_eq!(down.describe(), "notify 500 Exception");
    assert!(down.is_retryable());

    let slow = ResponseTemplate::new(201).set_delay(StdDuration::from_secs(3));
    let timed_out = outcome_of(slow, StdDuration::from_millis(300))
        .await
        .unwrap_err();
    assert_eq!(timed_out, SendError::Timeout);
    assert!(timed_out.is_retryable());
}

#[tokio::test]
async fn a_malformed_answer_is_judged_by_its_status_alone() {
    let quick = StdDuration::from_secs(5);
    let html_outage = ResponseTemplate::new(502).set_body_string("<html>Bad gateway</html>");
    let err = outcome_of(html_outage, quick).await.unwrap_err();
    assert_eq!(
        err,
        SendError::Provider {
            status: 502,
            error_type: "unknown".into()
        }
    );
    // Accepted but unreadable: recorded as sent, never sent a second time.
    let garbled = ResponseTemplate::new(201).set_body_string("{not json");
    assert_eq!(
        outcome_of(garbled, quick).await.unwrap(),
        Accepted::Sent { provider_id: None }
    );
}

#[tokio::test]
async fn an_unreachable_provider_is_worth_retrying() {
    // A port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = client_at(
        &format!("http://127.0.0.1:{port}"),
        StdDuration::from_secs(2),
    );
    let err = client.send(&email("advice-request:3")).await.unwrap_err();
    assert!(err.is_retryable(), "{err:?}");
}

// ---- the worker, with the outbox on each backend ----

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn options() -> WorkerOptions {
    WorkerOptions {
        lease: Duration::minutes(5),
        batch: 50,
        concurrency: 8,
        retry: RetryPolicy {
            max_attempts: 10,
            first_delay_secs: 30,
            max_delay_secs: 600,
        },
    }
}

fn advice_requested(n: usize) -> NewMessage {
    let values: BTreeMap<String, String> = [
        ("case_reference", "EHC-2026-000042"),
        ("advice_type", "health"),
        ("due_date", "3 March 2027"),
        (
            "sign_in_link",
            "https://ehc.example.gov.uk/cases/EHC-2026-000042",
        ),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    NewMessage {
        channel: Channel::Email,
        recipient: format!("adviser{n}@example.org"),
        template: TemplateKey::AdviceRequested,
        personalisation: values,
        reference: format!("advice-request:{n}"),
    }
}

fn enqueue_many(db: &TestDb, count: usize) {
    db.db
        .transaction(|c| {
            for n in 0..count {
                outbox::enqueue(c, &advice_requested(n), t0())?;
            }
            Ok(())
        })
        .unwrap();
}

fn statuses(db: &TestDb) -> BTreeMap<String, i64> {
    let mut conn = db.db.conn().unwrap();
    outbox::counts(&mut conn).unwrap()
}

/// References of the requests the fake server answered with `status`.
fn references_answered(answered: &[(String, u16)], status: u16) -> Vec<String> {
    let mut refs: Vec<String> = answered
        .iter()
        .filter(|(_, s)| *s == status)
        .map(|(r, _)| r.clone())
        .collect();
    refs.sort();
    refs
}

/// Runs worker rounds, moving the clock to each next due time, until nothing is left to do.
async fn drain<N: Notifier>(db: &TestDb, notifier: &N, mut now: DateTime<Utc>) -> Vec<RoundReport> {
    let mut rounds = Vec::new();
    for _ in 0..100 {
        let report = worker::deliver_due(&db.db, notifier, &options(), now)
            .await
            .unwrap();
        let idle = report.claimed == 0;
        rounds.push(report);
        if idle {
            let mut conn = db.db.conn().unwrap();
            let pending = outbox::latest(&mut conn, None, 10_000)
                .unwrap()
                .into_iter()
                .filter(|m| m.status() == Some(Status::Pending))
                .map(|m| m.next_attempt_at.and_utc())
                .min();
            match pending {
                Some(next) => now = next.max(now),
                None => break,
            }
        }
    }
    rounds
}

#[tokio::test]
async fn a_provider_outage_loses_no_message_and_sends_none_twice() {
    for db in each_backend() {
        eprintln!("-- on {}", db.backend().as_str());
        let server = MockServer::start().await;
        // Notify is down for the first 12 requests, then recovers.
        Mock::given(method("POST"))
            .respond_with(notify_error(500, "Exception"))
            .up_to_n_times(12)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(created)
            .with_priority(2)
            .mount(&server)
            .await;
        enqueue_many(&db, 5);
        let client = client_for(&server, StdDuration::from_secs(5));
        let rounds = drain(&db, &client, t0()).await;

        let requests = server.received_requests().await.unwrap();
        let answered: Vec<(String, u16)> = requests
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let body: Value = serde_json::from_slice(&r.body).unwrap();
                let status = if i < 12 { 500 } else { 201 };
                (body["reference"].as_str().unwrap().to_owned(), status)
            })
            .collect();
        assert_eq!(requests.len(), 17, "12 failures, then one success each");
        let delivered = references_answered(&answered, 201);
        let mut expected: Vec<String> = (0..5).map(|n| format!("advice-request:{n}")).collect();
        expected.sort();
        assert_eq!(delivered, expected, "every message accepted exactly once");
        assert_eq!(statuses(&db), BTreeMap::from([("sent".to_owned(), 5)]));
        assert!(rounds.iter().map(|r| r.retrying).sum::<usize>() >= 12);
        let mut conn = db.db.conn().unwrap();
        for m in outbox::latest(&mut conn, None, 10).unwrap() {
            assert!(m.provider_id.is_some());
            assert!(m.last_error.is_none(), "cleared once sent");
        }
    }
}

#[tokio::test]
async fn a_refused_message_fails_for_good_and_is_never_retried() {
    for db in each_backend() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(notify_error(400, "BadRequestError"))
            .mount(&server)
            .await;
        enqueue_many(&db, 1);
        let client = client_for(&server, StdDuration::from_secs(5));
        let first = worker::deliver_due(&db.db, &client, &options(), t0())
            .await
            .unwrap();
        assert_eq!(first.failed, 1);
        for days in 1..4 {
            let later = t0() + Duration::days(days);
            let r = worker::deliver_due(&db.db, &client, &options(), later)
                .await
                .unwrap();
            assert_eq!(r.claimed, 0);
        }
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
        let mut conn = db.db.conn().unwrap();
        let failed = outbox::failed(&mut conn, 10).unwrap();
        assert_eq!(
            failed[0].last_error.as_deref(),
            Some("notify 400 BadRequestError")
        );
    }
}

#[tokio::test]
async fn a_worker_crash_between_claim_and_send_still_delivers_exactly_once() {
    for db in each_backend() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(created)
            .mount(&server)
            .await;
        enqueue_many(&db, 1);
        {
            // A replica claims the message and dies before sending it.
            let mut conn = db.db.conn().unwrap();
            let claimed = outbox::claim_due(&mut conn, t0(), options().lease, 10).unwrap();
            assert_eq!(claimed.len(), 1);
        }
        let client = client_for(&server, StdDuration::from_secs(5));
        let during = worker::deliver_due(&db.db, &client, &options(), t0() + Duration::minutes(1))
            .await
            .unwrap();
        assert_eq!(during.claimed, 0, "the lease still holds");
        let after = t0() + options().lease;
        let taken = worker::deliver_due(&db.db, &client, &options(), after)
            .await
            .unwrap();
        assert_eq!(taken.sent, 1);
        drain(&db, &client, after + Duration::hours(1)).await;
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1, "delivered once");
        let body: Value = serde_json::from_slice(&requests[0].body).unwrap();
        assert_eq!(body["reference"], "advice-request:0");
    }
}

#[tokio::test]
async fn without_a_notify_key_the_local_mailbox_keeps_messages_to_read() {
    for db in each_backend() {
        let code = NewMessage {
            channel: Channel::Sms,
            recipient: "+44 7700 900123".into(),
            template: TemplateKey::SignInCode,
            personalisation: [
                ("code", "482913"),
                ("minutes_valid", "10"),
                ("la_name", "Exampleshire County Council"),
            ]
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
            reference: "sign-in-code:0193".into(),
        };
        db.db
            .transaction(|c| outbox::enqueue(c, &code, t0()))
            .unwrap();
        let report = worker::deliver_due(&db.db, &LocalMailbox, &options(), t0())
            .await
            .unwrap();
        assert_eq!(report.sent, 1);
        assert_eq!(statuses(&db), BTreeMap::from([("delivered".to_owned(), 1)]));

        let mut conn = db.db.conn().unwrap();
        let latest = outbox::latest(&mut conn, Some("+44 7700 900123"), 5).unwrap();
        let mut printed = Vec::new();
        api::commands::mailbox::write_message(&mut printed, &latest[0]).unwrap();
        let printed = String::from_utf8(printed).unwrap();
        assert!(
            printed.contains("To:      +44 7700 900123 (text message)"),
            "{printed}"
        );
        assert!(printed.contains("482913 is your EHC hub sign-in code. It expires in 10 minutes."));
        assert!(printed.contains("2026-11-23 09:00:00 UTC"));
    }
}

/// Throughput through the outbox to a fake Notify on this machine. Not a unit
/// test: `cargo test -p api --test notify -- --ignored --nocapture throughput`.
#[tokio::test]
#[ignore = "a measurement, not a test"]
async fn throughput() {
    let count = 3_000;
    for db in each_backend() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(created)
            .mount(&server)
            .await;
        enqueue_many(&db, count);
        let client = client_for(&server, StdDuration::from_secs(10));
        let options = WorkerOptions {
            batch: 200,
            concurrency: 32,
            ..options()
        };
        let started = std::time::Instant::now();
        loop {
            let r = worker::deliver_due(&db.db, &client, &options, t0())
                .await
                .unwrap();
            if r.claimed == 0 {
                break;
            }
        }
        let elapsed = started.elapsed().as_secs_f64();
        assert_eq!(server.received_requests().await.unwrap().len(), count);
        println!(
            "{}: {count} messages in {elapsed:.2} s = {:.0} messages/s",
            db.backend().as_str(),
            count as f64 / elapsed
        );
    }
}
