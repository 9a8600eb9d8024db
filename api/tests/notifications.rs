//! Delivery receipts from GOV.UK Notify and the administrators' mailbox, on
//! SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeMap;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use domain::notifications::{Channel, TemplateKey};
use domain::people::Role;
use persistence::outbox::{self, NewMessage};
use persistence::testing::{TestDb, build, each_backend};
use serde_json::json;

const TOKEN: &str = "a-long-random-callback-token-0123456789";

/// A sign-in code that went to Notify and was accepted as `provider_id`.
fn sent_message(t: &TestDb, provider_id: &str) -> String {
    let now = support::monday_morning();
    let mut c = t.db.conn().unwrap();
    let values: BTreeMap<String, String> = [
        ("code", "123456"),
        ("minutes_valid", "10"),
        ("la_name", "Exampleshire County Council"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let id = outbox::enqueue(
        &mut c,
        &NewMessage {
            channel: Channel::Sms,
            recipient: "+447700900982".into(),
            template: TemplateKey::SignInCode,
            personalisation: values,
            reference: format!("test:{provider_id}"),
        },
        now,
    )
    .unwrap();
    let claimed = outbox::claim_due(&mut c, now, chrono::Duration::minutes(5), 10).unwrap();
    let mine = claimed.iter().find(|m| m.id == id.as_str()).unwrap();
    outbox::record_accepted(&mut c, mine, Some(provider_id), now).unwrap();
    id.as_str().to_owned()
}

#[actix_rt::test]
async fn notify_reports_a_delivery_and_a_repeat_of_the_report_changes_nothing() {
    for t in each_backend() {
        let spa = tempfile::tempdir().unwrap();
        let settings = support::settings_with(
            &t.url,
            spa.path(),
            &[("EHC__NOTIFY__CALLBACK_TOKEN", TOKEN)],
        );
        let app = test::init_service(api::app::app(support::shared_with_clock(
            t.db.clone(),
            settings,
            Clock::manual(support::monday_morning()),
        )))
        .await;
        let id = sent_message(&t, "notify-0001");
        let receipt = json!({"id": "notify-0001", "status": "delivered", "reference": "test:notify-0001", "to": "+447700900982", "notification_type": "sms"});
        for token in ["", "wrong-token-wrong-token-wrong-token-00"] {
            let req = test::TestRequest::post()
                .uri("/api/v1/notifications/receipts")
                .insert_header(("Authorization", format!("Bearer {token}")))
                .set_json(&receipt)
                .to_request();
            assert_eq!(test::call_service(&app, req).await.status(), 401);
        }
        for _ in 0..2 {
            let req = test::TestRequest::post()
                .uri("/api/v1/notifications/receipts")
                .insert_header(("Authorization", format!("Bearer {TOKEN}")))
                .set_json(&receipt)
                .to_request();
            assert_eq!(
                test::call_service(&app, req).await.status(),
                204,
                "idempotent"
            );
        }
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            outbox::get(&mut c, &outbox::MessageId::new(id))
                .unwrap()
                .status,
            "delivered"
        );
        let unknown = json!({"id": "notify-9999", "status": "delivered"});
        let req = test::TestRequest::post()
            .uri("/api/v1/notifications/receipts")
            .insert_header(("Authorization", format!("Bearer {TOKEN}")))
            .set_json(&unknown)
            .to_request();
        assert_eq!(test::call_service(&app, req).await.status(), 404);
    }
}

#[actix_rt::test]
async fn without_a_configured_token_every_receipt_is_refused() {
    let t = TestDb::sqlite();
    let spa = tempfile::tempdir().unwrap();
    let app = test::init_service(api::app::app(support::shared(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
    )))
    .await;
    let req = test::TestRequest::post()
        .uri("/api/v1/notifications/receipts")
        .insert_header(("Authorization", "Bearer "))
        .set_json(json!({"id": "x", "status": "delivered"}))
        .to_request();
    assert_eq!(test::call_service(&app, req).await.status(), 401);
}

#[actix_rt::test]
async fn only_administrators_read_the_mailbox_and_each_read_is_audited() {
    let t = TestDb::sqlite();
    let spa = tempfile::tempdir().unwrap();
    let shared = support::shared_with_clock(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
        Clock::manual(support::monday_morning()),
    );
    let app = test::init_service(api::app::app(shared.clone())).await;
    sent_message(&t, "notify-0002");
    let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
    let mut browser = support::signed_in_as(&shared, &admin);
    let mailbox = browser
        .get(&app, "/api/v1/admin/mailbox?to=%2B447700900982")
        .await;
    assert_eq!(mailbox.status, 200, "{:?}", mailbox.body);
    assert!(
        mailbox.body["items"][0]["body"]
            .as_str()
            .unwrap()
            .starts_with("123456")
    );
    assert_eq!(
        browser
            .call(&app, Method::GET, "/api/v1/admin/mailbox?limit=0", None)
            .await
            .status,
        422
    );
    assert_eq!(
        browser
            .get(&app, "/api/v1/admin/failed-messages")
            .await
            .status,
        200
    );
    let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
    assert_eq!(
        support::signed_in_as(&shared, &co)
            .get(&app, "/api/v1/admin/mailbox")
            .await
            .status,
        403
    );
    let mut c = t.db.conn().unwrap();
    let reads = persistence::audit::recent(&mut c, 20)
        .unwrap()
        .iter()
        .filter(|e| e.action == "mailbox.read")
        .count();
    assert_eq!(reads, 1);
}
