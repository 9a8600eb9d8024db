//! Signing in, told as the stories of the people who do it, on SQLite and
//! (when configured) PostgreSQL. security.md's "Sign-in" and "Sessions" lines
//! are checked here as they are written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Instant;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::Duration;
use domain::people::{Role, UserStatus};
use persistence::testing::{TestDb, build, each_backend};
use persistence::users::NewUser;
use serde_json::json;
use support::Browser;

const PASSWORD: &str = "lantern harbour violet";

fn with_password(role: Role, email: &str) -> NewUser {
    let mut new = build::new_user(role, email);
    new.password_hash = Some(api::passwords::hash(PASSWORD).unwrap());
    new
}

macro_rules! app {
    ($t:expr, $clock:expr) => {
        app!($t, $clock, &[])
    };
    ($t:expr, $clock:expr, $extra:expr) => {{
        let spa = tempfile::tempdir().unwrap();
        let settings = support::settings_with(&$t.url, spa.path(), $extra);
        test::init_service(api::app::app(support::shared_with_clock(
            $t.db.clone(),
            settings,
            $clock.clone(),
        )))
        .await
    }};
}

/// The key shown on the set-up page, as the app would read it.
fn secret_from(key: &serde_json::Value) -> String {
    key.as_str().unwrap().replace(' ', "")
}

/// Signs in with the password and sets up an authenticator app; returns the app's secret.
async fn register_app<S, B>(
    app: &S,
    browser: &mut Browser,
    clock: &Clock,
    email: &str,
) -> (String, Vec<String>)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let step = browser
        .post(
            app,
            "/api/v1/auth/sign-in",
            json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(step.status, 200, "{:?}", step.body);
    assert_eq!(step.body["next"], "set_up_second_factor");
    let setup = browser
        .post(
            app,
            "/api/v1/auth/second-factor/authenticator-app",
            json!(null),
        )
        .await;
    assert_eq!(setup.status, 200, "{:?}", setup.body);
    assert!(
        setup.body["qr_code"]
            .as_str()
            .unwrap()
            .starts_with("data:image/svg+xml;base64,")
    );
    let secret = secret_from(&setup.body["key"]);
    let code = api::auth::totp::code_at(&secret, clock.now()).unwrap();
    let done = browser
        .post(
            app,
            "/api/v1/auth/second-factor/authenticator-app/confirm",
            json!({"code": code}),
        )
        .await;
    assert_eq!(done.status, 200, "{:?}", done.body);
    let codes: Vec<String> = done.body["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    (secret, codes)
}

#[actix_rt::test]
async fn a_senco_sets_up_an_authenticator_app_and_is_signed_in_with_a_locked_down_cookie() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        build::create(
            &t.db,
            &with_password(Role::Setting, "senco@school.example.org"),
        );
        let mut browser = Browser::new();
        let (_, codes) = register_app(&app, &mut browser, &clock, "senco@school.example.org").await;
        assert_eq!(codes.len(), 10, "ten recovery codes, shown once");

        let session_cookie = browser
            .cookies
            .get("__Host-ehc_session")
            .expect("session cookie set");
        assert!(!session_cookie.is_empty());
        assert!(
            !browser.cookies.contains_key("__Host-ehc_pending"),
            "pending cookie cleared"
        );

        let me = browser.get(&app, "/api/v1/me").await;
        assert_eq!(me.status, 200, "{:?}", me.body);
        assert_eq!(me.body["role"], "setting");
        assert_eq!(me.body["email"], "senco@school.example.org");
        let idle = chrono::DateTime::parse_from_rfc3339(
            me.body["session"]["idle_expires_at"].as_str().unwrap(),
        )
        .unwrap();
        assert_eq!(idle, clock.now() + Duration::minutes(30));

        // Sign in again later: the app's code now, a password first.
        clock.advance(Duration::minutes(1));
        let mut again = Browser::new();
        let step = again
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "SENCO@school.example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(step.body["next"], "enter_code");
        assert_eq!(step.body["method"], "authenticator_app");
        let pending = step
            .set_cookies
            .iter()
            .find(|c| c.starts_with("__Host-ehc_pending="))
            .unwrap();
        for attr in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
            assert!(pending.contains(attr), "{attr} in {pending}");
        }
        assert!(
            !pending.contains("Domain"),
            "a __Host- cookie has no Domain"
        );
        let _ = t.backend();
    }
}

#[actix_rt::test]
async fn an_authenticator_code_cannot_be_replayed() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    build::create(&t.db, &with_password(Role::Contributor, "ep@example.org"));
    let (secret, _) = register_app(&app, &mut Browser::new(), &clock, "ep@example.org").await;

    // The code used to confirm the app is spent; the same step's code is refused at the next sign-in.
    let code_now = api::auth::totp::code_at(&secret, clock.now()).unwrap();
    let mut browser = Browser::new();
    browser
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "ep@example.org", "password": PASSWORD}),
        )
        .await;
    let replay = browser
        .post(&app, "/api/v1/auth/sign-in/code", json!({"code": code_now}))
        .await;
    assert_eq!(replay.status, 401, "{:?}", replay.body);
    assert_eq!(replay.body["errors"][0]["field"], "code");

    clock.advance(Duration::seconds(30));
    let fresh = api::auth::totp::code_at(&secret, clock.now()).unwrap();
    let ok = browser
        .post(&app, "/api/v1/auth/sign-in/code", json!({"code": fresh}))
        .await;
    assert_eq!(ok.status, 200, "{:?}", ok.body);
    let again = Browser::new()
        .post(&app, "/api/v1/auth/sign-in/code", json!({"code": fresh}))
        .await;
    assert_eq!(again.status, 401, "no pending sign-in, no entry");
}

#[actix_rt::test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer_in_comparable_time() {
    let t = TestDb::sqlite();
    let clock = Clock::System;
    let app = app!(t, clock);
    build::create(&t.db, &with_password(Role::Family, "parent@example.org"));
    let mut browser = Browser::new();
    // The fastest of a few tries of each: the least disturbed by other work on the machine.
    let (mut wrong_time, mut unknown_time) = (std::time::Duration::MAX, std::time::Duration::MAX);
    let (mut wrong, mut unknown) = (None, None);
    for _ in 0..6 {
        let started = Instant::now();
        let w = browser
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "parent@example.org", "password": "not the password"}),
            )
            .await;
        wrong_time = wrong_time.min(started.elapsed());
        let started = Instant::now();
        let u = browser
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "nobody@example.org", "password": "not the password"}),
            )
            .await;
        unknown_time = unknown_time.min(started.elapsed());
        (wrong, unknown) = (Some(w), Some(u));
    }
    let (wrong, unknown) = (wrong.unwrap(), unknown.unwrap());
    assert_eq!((wrong.status, unknown.status), (401, 401));
    let strip = |mut v: serde_json::Value| {
        v.as_object_mut().unwrap().remove("request_id");
        v
    };
    assert_eq!(strip(wrong.body), strip(unknown.body), "identical bodies");
    // Both verify an argon2 hash; neither answers in a fraction of the other's time.
    assert!(
        unknown_time * 3 > wrong_time && wrong_time * 3 > unknown_time,
        "{wrong_time:?} vs {unknown_time:?}"
    );
}

#[actix_rt::test]
async fn ten_wrong_passwords_lock_the_account_until_the_lock_runs_out() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        build::create(
            &t.db,
            &with_password(Role::CaseCoordinator, "co@example.org"),
        );
        let mut browser = Browser::new();
        for _ in 0..10 {
            let r = browser
                .post(
                    &app,
                    "/api/v1/auth/sign-in",
                    json!({"email": "co@example.org", "password": "guess guess guess"}),
                )
                .await;
            assert_eq!(r.status, 401);
        }
        let right = browser
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "co@example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(
            right.status, 401,
            "locked: even the right password is refused"
        );
        let mut conn = t.db.conn().unwrap();
        let trail = persistence::audit::recent(&mut conn, 20).unwrap();
        assert!(
            trail.iter().any(|e| e.action == "auth.locked"),
            "the lock is audited"
        );
        assert_eq!(
            trail
                .iter()
                .filter(|e| e.action == "auth.sign_in.password" && e.outcome == "failure")
                .count(),
            11
        );
        drop(conn);

        clock.advance(Duration::minutes(30));
        let later = browser
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "co@example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(later.status, 200, "unlocked by itself: {:?}", later.body);
    }
}

#[actix_rt::test]
async fn a_session_ends_after_thirty_idle_minutes_unless_the_person_stays_signed_in() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        build::create(
            &t.db,
            &with_password(Role::Setting, "head@school.example.org"),
        );
        let mut browser = Browser::new();
        register_app(&app, &mut browser, &clock, "head@school.example.org").await;

        clock.advance(Duration::minutes(25));
        // Reading the deadline for the warning dialog is not activity.
        let session = browser.get(&app, "/api/v1/auth/session").await;
        assert_eq!(session.status, 200);
        assert!(
            session.set_cookies.is_empty(),
            "no renewal from the passive read"
        );
        let extended = browser
            .post(&app, "/api/v1/auth/session/extend", json!(null))
            .await;
        assert_eq!(extended.status, 200, "{:?}", extended.body);
        assert!(
            extended
                .set_cookies
                .iter()
                .any(|c| c.starts_with("__Host-ehc_session=")),
            "cookie renewed"
        );

        clock.advance(Duration::minutes(25));
        assert_eq!(
            browser.get(&app, "/api/v1/me").await.status,
            200,
            "50 minutes in, still active"
        );

        clock.advance(Duration::minutes(31));
        let gone = browser.get(&app, "/api/v1/me").await;
        assert_eq!(gone.status, 401, "idle for 31 minutes");
    }
}

#[actix_rt::test]
async fn after_signing_out_the_old_cookie_is_dead() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    build::create(
        &t.db,
        &with_password(Role::Administrator, "admin@example.org"),
    );
    let mut browser = Browser::new();
    register_app(&app, &mut browser, &clock, "admin@example.org").await;
    let stolen = browser.cookies.clone();

    let out = browser
        .post(&app, "/api/v1/auth/sign-out", json!(null))
        .await;
    assert_eq!(out.status, 204);
    assert_eq!(
        out.headers.get("clear-site-data").unwrap(),
        "\"cache\", \"cookies\", \"storage\""
    );
    assert!(
        browser.cookies.is_empty(),
        "the browser is told to drop the cookie"
    );

    let mut replayer = Browser {
        cookies: stolen,
        csrf: true,
    };
    assert_eq!(
        replayer.get(&app, "/api/v1/me").await.status,
        401,
        "the old cookie no longer works"
    );
}

#[actix_rt::test]
async fn a_suspended_persons_open_session_is_refused_on_the_next_request() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let user = build::create(
        &t.db,
        &with_password(Role::Contributor, "physio@example.org"),
    );
    let mut browser = Browser::new();
    register_app(&app, &mut browser, &clock, "physio@example.org").await;
    assert_eq!(browser.get(&app, "/api/v1/me").await.status, 200);
    let mut conn = t.db.conn().unwrap();
    persistence::users::set_status(&mut conn, &user.id, UserStatus::Suspended, clock.now())
        .unwrap();
    drop(conn);
    assert_eq!(browser.get(&app, "/api/v1/me").await.status, 401);
}

#[actix_rt::test]
async fn a_recovery_code_signs_in_once() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    build::create(&t.db, &with_password(Role::Family, "carer@example.org"));
    let (_, codes) = register_app(&app, &mut Browser::new(), &clock, "carer@example.org").await;
    for expected in [200, 401] {
        let mut browser = Browser::new();
        browser
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "carer@example.org", "password": PASSWORD}),
            )
            .await;
        let r = browser
            .post(
                &app,
                "/api/v1/auth/sign-in/recovery-code",
                json!({"recovery_code": codes[3].to_uppercase()}),
            )
            .await;
        assert_eq!(r.status, expected, "{:?}", r.body);
    }
}

#[actix_rt::test]
async fn a_state_changing_request_with_our_cookie_but_without_the_csrf_header_is_refused() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    build::create(&t.db, &with_password(Role::Family, "parent@example.org"));
    let mut browser = Browser::new();
    register_app(&app, &mut browser, &clock, "parent@example.org").await;
    // A page on another site can make the browser send the cookie, but not the header.
    browser.csrf = false;
    let forged = browser
        .post(&app, "/api/v1/auth/sign-out", json!(null))
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(
        forged.headers.get("content-type").unwrap(),
        "application/problem+json"
    );
    browser.csrf = true;
    assert_eq!(
        browser.get(&app, "/api/v1/me").await.status,
        200,
        "the session was not signed out"
    );
}

#[actix_rt::test]
async fn one_address_trying_too_often_is_told_to_wait() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock, &[("EHC__AUTH__RATE_LIMIT_PER_MINUTE", "3")]);
    let mut browser = Browser::new();
    for _ in 0..3 {
        let r = browser
            .call(&app, Method::GET, "/api/v1/auth/session", None)
            .await;
        assert_eq!(r.status, 401);
    }
    let r = browser
        .call(&app, Method::GET, "/api/v1/auth/session", None)
        .await;
    assert_eq!(r.status, 429);
    assert_eq!(r.headers.get("retry-after").unwrap(), "50");
}

#[actix_rt::test]
async fn malformed_sign_in_input_names_the_field() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut browser = Browser::new();
    let r = browser
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "not-an-email", "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.body["errors"][0]["field"], "email");
    let r = browser
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "a@example.org", "password": PASSWORD, "role": "administrator"}),
        )
        .await;
    assert_eq!(r.status, 400, "unknown fields are refused");
}

/// The six-digit code in the newest text to `phone`.
fn texted_code(t: &TestDb, phone: &str) -> String {
    let mut c = t.db.conn().unwrap();
    let text = persistence::outbox::latest(&mut c, Some(phone), 1)
        .unwrap()
        .pop()
        .expect("a text was queued");
    assert_eq!(text.channel, "sms");
    text.body.chars().take_while(char::is_ascii_digit).collect()
}

#[actix_rt::test]
async fn a_parent_sets_up_text_messages_and_signs_in_with_a_texted_code() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        build::create(&t.db, &with_password(Role::Family, "parent@example.org"));
        let mut browser = Browser::new();
        browser
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "parent@example.org", "password": PASSWORD}),
            )
            .await;
        let bad = browser
            .post(
                &app,
                "/api/v1/auth/second-factor/text-message",
                json!({"phone": "01632 960123"}),
            )
            .await;
        assert_eq!(bad.status, 422, "a landline is not a mobile");
        assert_eq!(bad.body["errors"][0]["field"], "phone");
        let sent = browser
            .post(
                &app,
                "/api/v1/auth/second-factor/text-message",
                json!({"phone": "07700 900982"}),
            )
            .await;
        assert_eq!(sent.status, 202, "{:?}", sent.body);
        assert_eq!(sent.body["phone_ending"], "982");
        let code = texted_code(&t, "+447700900982");
        assert_eq!(code.len(), 6);
        let mut c = t.db.conn().unwrap();
        let stored = persistence::sign_in::find_pending(
            &mut c,
            &api::auth::crypto::token_hash(browser.cookies.get("__Host-ehc_pending").unwrap()),
        )
        .unwrap()
        .unwrap();
        assert!(
            !stored.sms_code_hash.unwrap().contains(&code),
            "only a keyed hash of the code is stored"
        );
        drop(c);
        let done = browser
            .post(
                &app,
                "/api/v1/auth/second-factor/text-message/confirm",
                json!({"code": code}),
            )
            .await;
        assert_eq!(done.status, 200, "{:?}", done.body);
        assert_eq!(done.body["recovery_codes"].as_array().unwrap().len(), 10);

        // Next time, a text arrives as soon as the password is right.
        clock.advance(Duration::minutes(5));
        let mut again = Browser::new();
        let step = again
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "parent@example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(step.body["method"], "text_message");
        assert_eq!(step.body["phone_ending"], "982");
        let code = texted_code(&t, "+447700900982");
        let ok = again
            .post(&app, "/api/v1/auth/sign-in/code", json!({"code": code}))
            .await;
        assert_eq!(ok.status, 200, "{:?}", ok.body);
        let reuse = Browser {
            cookies: again.cookies.clone(),
            csrf: true,
        }
        .post(&app, "/api/v1/auth/sign-in/code", json!({"code": code}))
        .await;
        assert_eq!(reuse.status, 401, "a code is single use");
    }
}

#[actix_rt::test]
async fn a_texted_code_expires_after_ten_minutes_and_resends_are_throttled_without_resetting_failures()
 {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    build::create(&t.db, &with_password(Role::Family, "carer@example.org"));
    let mut browser = Browser::new();
    browser
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "carer@example.org", "password": PASSWORD}),
        )
        .await;
    browser
        .post(
            &app,
            "/api/v1/auth/second-factor/text-message",
            json!({"phone": "+44 7700 900123"}),
        )
        .await;
    let code = texted_code(&t, "+447700900123");
    browser
        .post(
            &app,
            "/api/v1/auth/second-factor/text-message/confirm",
            json!({"code": code}),
        )
        .await;

    let mut b = Browser::new();
    b.post(
        &app,
        "/api/v1/auth/sign-in",
        json!({"email": "carer@example.org", "password": PASSWORD}),
    )
    .await;
    let first = texted_code(&t, "+447700900123");
    for _ in 0..3 {
        assert_eq!(
            b.post(&app, "/api/v1/auth/sign-in/code", json!({"code": "000000"}))
                .await
                .status,
            401
        );
    }
    let too_soon = b
        .post(&app, "/api/v1/auth/sign-in/resend-code", json!(null))
        .await;
    assert_eq!(too_soon.status, 429, "{:?}", too_soon.body);
    assert!(too_soon.headers.get("retry-after").is_some());
    clock.advance(Duration::seconds(31));
    let resent = b
        .post(&app, "/api/v1/auth/sign-in/resend-code", json!(null))
        .await;
    assert_eq!(resent.status, 202);
    let second = texted_code(&t, "+447700900123");
    assert_ne!(first, second, "a new code");
    let mut c = t.db.conn().unwrap();
    let user = persistence::sign_in::credentials_by_email(
        &mut c,
        &domain::people::Email::parse("carer@example.org").unwrap(),
    )
    .unwrap()
    .unwrap();
    assert_eq!(
        user.lockout.failures, 3,
        "resending does not reset the failure count"
    );
    drop(c);
    clock.advance(Duration::minutes(10));
    let late = b
        .post(&app, "/api/v1/auth/sign-in/code", json!({"code": second}))
        .await;
    assert_eq!(
        late.status, 401,
        "codes last ten minutes (and the pending sign-in with them)"
    );
}

#[actix_rt::test]
async fn a_malformed_code_is_an_input_error_not_a_guess() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    build::create(
        &t.db,
        &with_password(Role::Setting, "senco@school.example.org"),
    );
    register_app(
        &app,
        &mut Browser::new(),
        &clock,
        "senco@school.example.org",
    )
    .await;
    let mut browser = Browser::new();
    browser
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "senco@school.example.org", "password": PASSWORD}),
        )
        .await;
    for bad in ["", "12 3", "abcdef"] {
        let r = browser
            .post(&app, "/api/v1/auth/sign-in/code", json!({"code": bad}))
            .await;
        assert_eq!(r.status, 422, "{bad:?}");
        assert_eq!(r.body["errors"][0]["field"], "code");
    }
    let r = browser
        .post(
            &app,
            "/api/v1/auth/sign-in/recovery-code",
            json!({"recovery_code": "short"}),
        )
        .await;
    assert_eq!(r.status, 422);
    let mut c = t.db.conn().unwrap();
    let creds = persistence::sign_in::credentials_by_email(
        &mut c,
        &domain::people::Email::parse("senco@school.example.org").unwrap(),
    )
    .unwrap()
    .unwrap();
    assert_eq!(
        creds.lockout.failures, 0,
        "none of these counted towards the lockout"
    );
}
