//! Logs never carry secrets (security.md, "Audit"): every line written while
//! people sign in, register and reset passwords is captured and searched for
//! the password, the codes, the link tokens and the cookies they used.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use actix_web::test;
use api::state::Clock;
use domain::people::Role;
use persistence::testing::{TestDb, build};
use serde_json::json;
use support::Browser;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const PASSWORD: &str = "lantern harbour violet";

#[actix_rt::test]
async fn no_password_code_token_or_cookie_reaches_the_logs() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .json()
        .init();

    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let spa = tempfile::tempdir().unwrap();
    let settings = support::settings_with(
        &t.url,
        spa.path(),
        &[("EHC__SERVER__PUBLIC_URL", "https://ehc.example")],
    );
    let app = test::init_service(api::app::app(support::shared_with_clock(
        t.db.clone(),
        settings,
        clock.clone(),
    )))
    .await;
    let mut secrets: Vec<String> = vec![PASSWORD.to_owned()];

    // An administrator sets up the app and signs in.
    let mut admin_user = build::new_user(Role::Administrator, "admin@example.org");
    admin_user.password_hash = Some(api::passwords::hash(PASSWORD).unwrap());
    build::create(&t.db, &admin_user);
    let mut admin = Browser::new();
    admin
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "admin@example.org", "password": PASSWORD}),
        )
        .await;
    secrets.extend(admin.cookies.values().cloned());
    let setup = admin
        .post(
            &app,
            "/api/v1/auth/second-factor/authenticator-app",
            json!(null),
        )
        .await;
    let key = setup.body["key"].as_str().unwrap().replace(' ', "");
    let code = api::auth::totp::code_at(&key, clock.now()).unwrap();
    let done = admin
        .post(
            &app,
            "/api/v1/auth/second-factor/authenticator-app/confirm",
            json!({"code": code}),
        )
        .await;
    assert_eq!(done.status, 200);
    secrets.extend([key, code]);
    secrets.extend(
        done.body["recovery_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned()),
    );
    secrets.extend(admin.cookies.values().cloned());

    // They invite someone, who registers from the emailed link.
    admin
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "sam@example.org", "display_name": "Sam Patel", "role": "setting"}),
        )
        .await;
    let mut c = t.db.conn().unwrap();
    let mail = persistence::outbox::latest(&mut c, Some("sam@example.org"), 1)
        .unwrap()
        .pop()
        .unwrap();
    drop(c);
    let token: String = mail
        .body
        .split("invitation#")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let new_password = "copper kettle quiet meadow";
    let mut sam = Browser::new();
    let accepted = sam
        .post(
            &app,
            "/api/v1/auth/invitations/accept",
            json!({"token": token, "password": new_password}),
        )
        .await;
    assert_eq!(accepted.status, 200);
    secrets.extend([token, new_password.to_owned()]);
    secrets.extend(sam.cookies.values().cloned());

    // A failed sign-in and a password reset, too.
    Browser::new()
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "admin@example.org", "password": "wrong guess at it"}),
        )
        .await;
    secrets.push("wrong guess at it".into());
    Browser::new()
        .post(
            &app,
            "/api/v1/auth/password-reset",
            json!({"email": "admin@example.org"}),
        )
        .await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("served"), "the requests were logged at all");
    for secret in secrets.iter().filter(|s| s.len() >= 6) {
        assert!(
            !logs.contains(secret.as_str()),
            "a secret reached the logs: {secret}"
        );
    }
}
