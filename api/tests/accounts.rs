//! Accounts over their life, told as the stories of administrators, co-ordinators
//! and the people they invite, on SQLite and (when configured) PostgreSQL. Links
//! are read from the outbox, as a person reads them from their mailbox.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::test;
use api::state::Clock;
use chrono::Duration;
use domain::people::Role;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::json;
use support::Browser;

const PASSWORD: &str = "lantern harbour violet";

macro_rules! app {
    ($t:expr, $clock:expr) => {{
        let spa = tempfile::tempdir().unwrap();
        let settings = support::settings_with(
            &$t.url,
            spa.path(),
            &[(
                "EHC__SERVER__PUBLIC_URL",
                "https://ehc.exampleshire.example",
            )],
        );
        test::init_service(api::app::app(support::shared_with_clock(
            $t.db.clone(),
            settings,
            $clock.clone(),
        )))
        .await
    }};
}

/// The token in the newest link emailed to `to`, and the whole message.
fn emailed_link(t: &TestDb, to: &str, path: &str) -> (String, persistence::outbox::OutboxMessage) {
    let mut c = t.db.conn().unwrap();
    let message = persistence::outbox::latest(&mut c, Some(to), 1)
        .unwrap()
        .pop()
        .expect("a message was queued");
    let marker = format!("https://ehc.exampleshire.example/{path}#");
    let start = message
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {marker} in {}", message.body))
        + marker.len();
    let token: String = message.body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (token, message)
}

/// An administrator (or other role) who is signed in, with a known password and app.
async fn signed_in_as<S, B>(t: &TestDb, app: &S, clock: &Clock, role: Role, email: &str) -> Browser
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let mut new = build::new_user(role, email);
    new.password_hash = Some(api::passwords::hash(PASSWORD).unwrap());
    build::create(&t.db, &new);
    let mut browser = Browser::new();
    browser
        .post(
            app,
            "/api/v1/auth/sign-in",
            json!({"email": email, "password": PASSWORD}),
        )
        .await;
    let setup = browser
        .post(
            app,
            "/api/v1/auth/second-factor/authenticator-app",
            json!(null),
        )
        .await;
    let secret = setup.body["key"].as_str().unwrap().replace(' ', "");
    let code = api::auth::totp::code_at(&secret, clock.now()).unwrap();
    let done = browser
        .post(
            app,
            "/api/v1/auth/second-factor/authenticator-app/confirm",
            json!({"code": code}),
        )
        .await;
    assert_eq!(done.status, 200, "{:?}", done.body);
    browser
}

#[actix_rt::test]
async fn an_administrator_invites_a_senco_who_registers_from_the_emailed_link() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        let mut admin =
            signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;

        let invited = admin.post(&app, "/api/v1/users", json!({"email": "Sam.Patel@School.example.org", "display_name": "Sam Patel", "role": "setting"})).await;
        assert_eq!(invited.status, 201, "{:?}", invited.body);
        assert_eq!(invited.body["status"], "invited");
        assert_eq!(
            invited.headers.get("location").unwrap().to_str().unwrap(),
            format!("/api/v1/users/{}", invited.body["id"].as_str().unwrap())
        );

        let (token, message) = emailed_link(&t, "sam.patel@school.example.org", "invitation");
        assert!(
            message.subject.contains("Exampleshire County Council"),
            "{}",
            message.subject
        );
        assert!(
            message.body.contains("28 December 2026") || message.body.contains("7 December 2026"),
            "the expiry date is given: {}",
            message.body
        );
        assert!(
            !message.reference.contains(&token) && !message.reference.contains("sam"),
            "no token or personal data in the reference"
        );

        let mut sam = Browser::new();
        let details = sam
            .post(
                &app,
                "/api/v1/auth/invitations/lookup",
                json!({"token": token}),
            )
            .await;
        assert_eq!(details.status, 200);
        assert_eq!(details.body["display_name"], "Sam Patel");

        let weak = sam
            .post(
                &app,
                "/api/v1/auth/invitations/accept",
                json!({"token": token, "password": "short"}),
            )
            .await;
        assert_eq!(weak.status, 422);
        assert_eq!(weak.body["errors"][0]["field"], "password");
        assert_eq!(weak.body["errors"][0]["code"], "too_short");

        let accepted = sam
            .post(
                &app,
                "/api/v1/auth/invitations/accept",
                json!({"token": token, "password": PASSWORD}),
            )
            .await;
        assert_eq!(accepted.status, 200, "{:?}", accepted.body);
        assert_eq!(accepted.body["next"], "set_up_second_factor");
        let setup = sam
            .post(
                &app,
                "/api/v1/auth/second-factor/authenticator-app",
                json!(null),
            )
            .await;
        assert_eq!(
            setup.status, 200,
            "registration flows straight into setting up the app"
        );

        let again = Browser::new()
            .post(
                &app,
                "/api/v1/auth/invitations/accept",
                json!({"token": token, "password": PASSWORD}),
            )
            .await;
        assert_eq!(again.status, 422, "the link works once");
        assert_eq!(again.body["errors"][0]["field"], "token");
    }
}

#[actix_rt::test]
async fn an_invitation_link_stops_working_when_it_expires_or_a_new_one_is_sent() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut admin = signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
    let invited = admin
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "pat@example.org", "display_name": "Pat Taylor", "role": "family"}),
        )
        .await;
    let id = invited.body["id"].as_str().unwrap().to_owned();
    let (first, _) = emailed_link(&t, "pat@example.org", "invitation");

    clock.advance(Duration::minutes(1));
    let resent = admin
        .post(
            &app,
            &format!("/api/v1/users/{id}/resend-invitation"),
            json!(null),
        )
        .await;
    assert_eq!(resent.status, 200, "{:?}", resent.body);
    let (second, _) = emailed_link(&t, "pat@example.org", "invitation");
    assert_ne!(first, second);
    let old = Browser::new()
        .post(
            &app,
            "/api/v1/auth/invitations/lookup",
            json!({"token": first}),
        )
        .await;
    assert_eq!(old.status, 422, "the earlier link no longer works");

    clock.advance(Duration::days(15));
    let late = Browser::new()
        .post(
            &app,
            "/api/v1/auth/invitations/lookup",
            json!({"token": second}),
        )
        .await;
    assert_eq!(late.status, 422, "invitations expire after 14 days");
}

#[actix_rt::test]
async fn a_role_is_fixed_and_an_email_has_one_account() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut admin = signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
    admin
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "lee@example.org", "display_name": "Lee Chen", "role": "contributor"}),
        )
        .await;
    let twice = admin.post(&app, "/api/v1/users", json!({"email": "LEE@example.org", "display_name": "Lee Chen", "role": "case_coordinator"})).await;
    assert_eq!(twice.status, 422);
    assert_eq!(twice.body["errors"][0]["field"], "email");
    assert!(
        twice.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("A role never changes")
    );
}

#[actix_rt::test]
async fn who_may_invite_and_administer_is_limited_by_role() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut co = signed_in_as(&t, &app, &clock, Role::CaseCoordinator, "co@example.org").await;
    let family = co
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "mum@example.org", "display_name": "Jo Bloggs", "role": "family"}),
        )
        .await;
    assert_eq!(family.status, 201, "a co-ordinator invites a family member");
    let admin = co
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "boss@example.org", "display_name": "B Oss", "role": "administrator"}),
        )
        .await;
    assert_eq!(admin.status, 403, "but not an administrator");
    let id = family.body["id"].as_str().unwrap();
    let suspend = co
        .post(&app, &format!("/api/v1/users/{id}/suspend"), json!(null))
        .await;
    assert_eq!(suspend.status, 403, "only administrators suspend");
    assert_eq!(
        co.get(&app, "/api/v1/users?role=family").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let mut parent = signed_in_as(&t, &app, &clock, Role::Family, "parent@example.org").await;
    assert_eq!(parent.get(&app, "/api/v1/users").await.status, 403);
    let invite = parent
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "x@example.org", "display_name": "X", "role": "family"}),
        )
        .await;
    assert_eq!(invite.status, 403);
}

#[actix_rt::test]
async fn suspending_someone_ends_their_session_at_once_and_reactivating_restores_sign_in() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        let mut admin =
            signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
        let mut ep = signed_in_as(&t, &app, &clock, Role::Contributor, "ep@example.org").await;
        let me = ep.get(&app, "/api/v1/me").await;
        let id = me.body["id"].as_str().unwrap().to_owned();

        let suspended = admin
            .post(&app, &format!("/api/v1/users/{id}/suspend"), json!(null))
            .await;
        assert_eq!(suspended.status, 200, "{:?}", suspended.body);
        assert_eq!(suspended.body["status"], "suspended");
        assert_eq!(
            ep.get(&app, "/api/v1/me").await.status,
            401,
            "refused on the very next request"
        );
        let retry = Browser::new()
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "ep@example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(retry.status, 401, "a suspended person cannot sign in");

        let back = admin
            .post(&app, &format!("/api/v1/users/{id}/reactivate"), json!(null))
            .await;
        assert_eq!(back.body["status"], "active");
        let retry = Browser::new()
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "ep@example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(retry.status, 200);

        let own = admin.get(&app, "/api/v1/me").await.body["id"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            admin
                .post(&app, &format!("/api/v1/users/{own}/suspend"), json!(null))
                .await
                .status,
            409
        );

        let mut c = t.db.conn().unwrap();
        let trail = persistence::audit::for_object(&mut c, "user", &id).unwrap();
        let actions: Vec<&str> = trail.iter().map(|e| e.action.as_str()).collect();
        assert!(
            actions.contains(&"user.suspended") && actions.contains(&"user.reactivated"),
            "{actions:?}"
        );
    }
}

#[actix_rt::test]
async fn after_a_second_factor_reset_the_person_sets_one_up_again_and_is_told_by_email() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut admin = signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
    let mut senco = signed_in_as(&t, &app, &clock, Role::Setting, "senco@example.org").await;
    let id = senco.get(&app, "/api/v1/me").await.body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let reset = admin
        .post(
            &app,
            &format!("/api/v1/users/{id}/reset-second-factor"),
            json!(null),
        )
        .await;
    assert_eq!(reset.status, 200);
    assert_eq!(
        senco.get(&app, "/api/v1/me").await.status,
        401,
        "their sessions ended"
    );
    let mut c = t.db.conn().unwrap();
    let mail = persistence::outbox::latest(&mut c, Some("senco@example.org"), 1).unwrap();
    assert_eq!(mail[0].template_key, "two_factor_reset");
    drop(c);
    let step = Browser::new()
        .post(
            &app,
            "/api/v1/auth/sign-in",
            json!({"email": "senco@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(step.body["next"], "set_up_second_factor");
}

#[actix_rt::test]
async fn a_forgotten_password_is_reset_by_emailed_link_and_every_session_ends() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        let mut old_session =
            signed_in_as(&t, &app, &clock, Role::CaseCoordinator, "co@example.org").await;

        let mut anyone = Browser::new();
        let known = anyone
            .post(
                &app,
                "/api/v1/auth/password-reset",
                json!({"email": "co@example.org"}),
            )
            .await;
        let unknown = anyone
            .post(
                &app,
                "/api/v1/auth/password-reset",
                json!({"email": "nobody@example.org"}),
            )
            .await;
        assert_eq!(
            (known.status, unknown.status),
            (202, 202),
            "the same answer either way"
        );
        assert_eq!(known.body, unknown.body);

        let (token, message) = emailed_link(&t, "co@example.org", "reset-password");
        assert!(
            message.body.contains("60"),
            "says how long the link lasts: {}",
            message.body
        );
        let new_password = "quiet meadow copper kettle";
        let done = anyone
            .post(
                &app,
                "/api/v1/auth/password-reset/complete",
                json!({"token": token, "password": new_password}),
            )
            .await;
        assert_eq!(done.status, 204, "{:?}", done.body);
        assert_eq!(
            old_session.get(&app, "/api/v1/me").await.status,
            401,
            "every session ended"
        );
        let reuse = anyone
            .post(
                &app,
                "/api/v1/auth/password-reset/complete",
                json!({"token": token, "password": new_password}),
            )
            .await;
        assert_eq!(reuse.status, 422, "the link works once");

        let old = Browser::new()
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "co@example.org", "password": PASSWORD}),
            )
            .await;
        assert_eq!(old.status, 401);
        let new = Browser::new()
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "co@example.org", "password": new_password}),
            )
            .await;
        assert_eq!(new.status, 200);
        assert_eq!(
            new.body["next"], "enter_code",
            "the second factor is still needed"
        );
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            persistence::outbox::latest(&mut c, Some("co@example.org"), 1).unwrap()[0].template_key,
            "password_changed"
        );
    }
}

#[actix_rt::test]
async fn a_reset_link_expires_after_an_hour() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    signed_in_as(&t, &app, &clock, Role::Family, "parent@example.org").await;
    Browser::new()
        .post(
            &app,
            "/api/v1/auth/password-reset",
            json!({"email": "parent@example.org"}),
        )
        .await;
    let (token, _) = emailed_link(&t, "parent@example.org", "reset-password");
    clock.advance(Duration::minutes(61));
    let late = Browser::new()
        .post(
            &app,
            "/api/v1/auth/password-reset/complete",
            json!({"token": token, "password": "quiet meadow copper kettle"}),
        )
        .await;
    assert_eq!(late.status, 422);
}

#[actix_rt::test]
async fn the_account_list_is_searchable_and_paged_without_gaps() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut admin = signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
    for i in 0..7 {
        admin.post(&app, "/api/v1/users", json!({"email": format!("p{i}@example.org"), "display_name": format!("Person {i}"), "role": "contributor"})).await;
    }
    let mut seen = Vec::new();
    let mut uri = "/api/v1/users?role=contributor&limit=3".to_owned();
    loop {
        let page = admin.get(&app, &uri).await;
        assert_eq!(page.status, 200, "{:?}", page.body);
        for item in page.body["items"].as_array().unwrap() {
            seen.push(item["display_name"].as_str().unwrap().to_owned());
        }
        match page.body["next_cursor"].as_str() {
            Some(c) => uri = format!("/api/v1/users?role=contributor&limit=3&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(
        seen,
        (0..7).map(|i| format!("Person {i}")).collect::<Vec<_>>()
    );
    let found = admin.get(&app, "/api/v1/users?q=PERSON%203").await;
    assert_eq!(found.body["items"].as_array().unwrap().len(), 1);
    let by_email = admin.get(&app, "/api/v1/users?q=p5@").await;
    assert_eq!(by_email.body["items"][0]["display_name"], "Person 5");
    assert_eq!(admin.get(&app, "/api/v1/users?limit=500").await.status, 422);
    assert_eq!(
        admin.get(&app, "/api/v1/users?role=wizard").await.status,
        422
    );
    assert_eq!(
        admin.get(&app, "/api/v1/users?cursor=garbage").await.status,
        422
    );
}

#[actix_rt::test]
async fn a_person_changes_their_password_and_their_other_sessions_end() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        let mut laptop = signed_in_as(&t, &app, &clock, Role::Contributor, "ep@example.org").await;
        // The same person signed in on a second device (a recovery code saves a second app set-up).
        let mut phone = Browser::new();
        phone
            .post(
                &app,
                "/api/v1/auth/sign-in",
                json!({"email": "ep@example.org", "password": PASSWORD}),
            )
            .await;
        let id = laptop.get(&app, "/api/v1/me").await.body["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let mut c = t.db.conn().unwrap();
        persistence::sign_in::create_session(
            &mut c,
            "phone-session",
            &domain::people::UserId::new(&id),
            clock.now(),
        )
        .unwrap();
        drop(c);

        let wrong = laptop.post(&app, "/api/v1/me/password", json!({"current_password": "not it at all", "new_password": "quiet meadow copper kettle"})).await;
        assert_eq!(wrong.status, 401);
        assert_eq!(wrong.body["errors"][0]["field"], "current_password");
        let weak = laptop
            .post(
                &app,
                "/api/v1/me/password",
                json!({"current_password": PASSWORD, "new_password": "password1234"}),
            )
            .await;
        assert_eq!(weak.status, 422);
        assert_eq!(weak.body["errors"][0]["field"], "new_password");
        let done = laptop
            .post(
                &app,
                "/api/v1/me/password",
                json!({"current_password": PASSWORD, "new_password": "quiet meadow copper kettle"}),
            )
            .await;
        assert_eq!(done.status, 204, "{:?}", done.body);
        assert_eq!(
            laptop.get(&app, "/api/v1/me").await.status,
            200,
            "this session goes on"
        );
        let mut c = t.db.conn().unwrap();
        assert!(
            persistence::sign_in::find_session(&mut c, "phone-session")
                .unwrap()
                .unwrap()
                .revoked,
            "the other one ended"
        );
        assert_eq!(
            persistence::outbox::latest(&mut c, Some("ep@example.org"), 1).unwrap()[0].template_key,
            "password_changed"
        );
    }
}

#[actix_rt::test]
async fn changing_the_second_factor_needs_the_password_and_leads_straight_to_setting_up_a_new_one()
{
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut browser = signed_in_as(&t, &app, &clock, Role::Family, "parent@example.org").await;
    let wrong = browser
        .post(
            &app,
            "/api/v1/me/second-factor/change",
            json!({"current_password": "nope nope nope"}),
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(
        browser.get(&app, "/api/v1/me").await.status,
        200,
        "nothing changed"
    );
    let step = browser
        .post(
            &app,
            "/api/v1/me/second-factor/change",
            json!({"current_password": PASSWORD}),
        )
        .await;
    assert_eq!(step.status, 200, "{:?}", step.body);
    assert_eq!(step.body["next"], "set_up_second_factor");
    assert_eq!(
        browser.get(&app, "/api/v1/me").await.status,
        401,
        "the session that asked has ended"
    );
    let sent = browser
        .post(
            &app,
            "/api/v1/auth/second-factor/text-message",
            json!({"phone": "07700 900111"}),
        )
        .await;
    assert_eq!(
        sent.status, 202,
        "the new factor is set up from the pending sign-in"
    );
    let mut c = t.db.conn().unwrap();
    let mail = persistence::outbox::latest(&mut c, Some("parent@example.org"), 1).unwrap();
    assert_eq!(mail[0].template_key, "second_factor_changed");
}

/// An id from a created team or setting.
fn id_of(reply: &support::Reply) -> String {
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    reply.body["id"].as_str().unwrap().to_owned()
}

/// How many accounts the list finds for `q`.
async fn accounts_matching<S, B>(browser: &mut Browser, app: &S, q: &str) -> usize
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let found = browser.get(app, &format!("/api/v1/users?q={q}")).await;
    assert_eq!(found.status, 200, "{:?}", found.body);
    found.body["items"].as_array().unwrap().len()
}

#[actix_rt::test]
async fn an_administrator_invites_a_senco_into_their_school_and_a_therapist_into_two_teams() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        let mut admin =
            signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
        let school = id_of(
            &admin
                .post(
                    &app,
                    "/api/v1/education-settings",
                    json!({"name": "Riverside Primary School", "urn": "123456", "phase": "primary"}),
                )
                .await,
        );
        let therapy = id_of(&admin.post(&app, "/api/v1/teams", json!({"name": "Therapy Service", "service": "health", "email": "therapy@nhs.example.org"})).await);
        let autism = id_of(&admin.post(&app, "/api/v1/teams", json!({"name": "Autism Outreach", "service": "education", "email": "autism@example.org"})).await);

        let senco = admin
            .post(
                &app,
                "/api/v1/users",
                json!({"email": "sam@riverside.example.org", "display_name": "Sam Patel", "role": "setting",
                       "setting_id": school, "setting_title": "senco"}),
            )
            .await;
        assert_eq!(senco.status, 201, "{:?}", senco.body);
        assert_eq!(
            senco.body["settings"],
            json!([{"setting_id": school, "name": "Riverside Primary School", "title": "SENCo"}])
        );
        assert_eq!(senco.body["teams"], json!([]));
        let staff = admin
            .get(
                &app,
                &format!("/api/v1/education-settings/{school}/members"),
            )
            .await;
        assert_eq!(staff.body["items"][0]["email"], "sam@riverside.example.org");
        assert_eq!(staff.body["items"][0]["title"], "SENCo");

        let therapist = admin
            .post(
                &app,
                "/api/v1/users",
                json!({"email": "lee@nhs.example.org", "display_name": "Lee Chen", "role": "contributor",
                       "teams": [{"team_id": therapy, "manager": true}, {"team_id": autism}]}),
            )
            .await;
        assert_eq!(therapist.status, 201, "{:?}", therapist.body);
        let lee = therapist.body["id"].as_str().unwrap().to_owned();
        assert_eq!(
            therapist.body["teams"],
            json!([
                {"team_id": autism, "name": "Autism Outreach", "manager": false},
                {"team_id": therapy, "name": "Therapy Service", "manager": true},
            ]),
            "in name order, each with the manager flag asked for"
        );
        let members = admin
            .get(&app, &format!("/api/v1/teams/{therapy}/members"))
            .await;
        assert_eq!(members.body["items"][0]["user_id"], lee.as_str());
        assert_eq!(members.body["items"][0]["manager"], true);

        // The invitation went out with the memberships, and each is in the team's trail.
        let (_, message) = emailed_link(&t, "lee@nhs.example.org", "invitation");
        assert!(message.body.contains("/invitation#"));
        let mut c = t.db.conn().unwrap();
        let trail: Vec<String> = persistence::audit::for_object(&mut c, "team", &therapy)
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert!(
            trail.contains(&"team.member_added".to_owned())
                && trail.contains(&"team.manager_flagged".to_owned()),
            "{trail:?}"
        );
        drop(c);

        // The list and the account page show each person's teams or setting.
        let listed = admin.get(&app, "/api/v1/users?limit=100").await;
        let items = listed.body["items"].as_array().unwrap();
        let row = |email: &str| {
            items
                .iter()
                .find(|i| i["email"] == email)
                .unwrap_or_else(|| panic!("{email} listed"))
                .clone()
        };
        assert_eq!(
            row("sam@riverside.example.org")["settings"][0]["title"],
            "SENCo"
        );
        assert_eq!(
            row("lee@nhs.example.org")["teams"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert_eq!(row("admin@example.org")["teams"], json!([]));
        assert_eq!(row("admin@example.org")["settings"], json!([]));
        let one = admin.get(&app, &format!("/api/v1/users/{lee}")).await;
        assert_eq!(one.body["teams"][1]["name"], "Therapy Service");

        // The memberships stay with the account through later changes to it.
        let suspended = admin
            .post(&app, &format!("/api/v1/users/{lee}/suspend"), json!(null))
            .await;
        assert_eq!(suspended.body["teams"].as_array().unwrap().len(), 2);
    }
}

#[actix_rt::test]
async fn an_invitation_whose_setting_or_teams_do_not_suit_is_refused_naming_the_field_and_creates_nothing()
 {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let app = app!(t, clock);
        let mut admin =
            signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
        let school = id_of(
            &admin
                .post(
                    &app,
                    "/api/v1/education-settings",
                    json!({"name": "Hill Top Academy", "urn": "654321", "phase": "secondary"}),
                )
                .await,
        );
        let team = id_of(&admin.post(&app, "/api/v1/teams", json!({"name": "Therapy Service", "service": "health", "email": "therapy@nhs.example.org"})).await);
        let invite = |extra: serde_json::Value, role: &str| {
            let mut body = json!({"email": "new.person@example.org", "display_name": "New Person", "role": role});
            body.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            body
        };
        let cases = [
            (
                invite(
                    json!({"setting_id": school, "setting_title": "SENCo"}),
                    "contributor",
                ),
                "setting_id",
                "not_for_role",
            ),
            (
                invite(json!({"teams": [{"team_id": team}]}), "setting"),
                "teams",
                "not_for_role",
            ),
            (
                invite(
                    json!({"setting_id": "no-such-setting", "setting_title": "SENCo"}),
                    "setting",
                ),
                "setting_id",
                "unknown_setting",
            ),
            (
                invite(json!({"setting_id": school}), "setting"),
                "setting_title",
                "required",
            ),
            (
                invite(
                    json!({"setting_id": school, "setting_title": "  "}),
                    "setting",
                ),
                "setting_title",
                "required",
            ),
            (
                invite(json!({"setting_title": "SENCo"}), "setting"),
                "setting_title",
                "without_setting",
            ),
            (
                invite(
                    json!({"teams": [{"team_id": team}, {"team_id": "no-such-team"}]}),
                    "contributor",
                ),
                "teams.1.team_id",
                "unknown_team",
            ),
            (
                invite(
                    json!({"teams": [{"team_id": team}, {"team_id": team, "manager": true}]}),
                    "contributor",
                ),
                "teams.1.team_id",
                "duplicate",
            ),
        ];
        for (body, field, code) in cases {
            let refused = admin.post(&app, "/api/v1/users", body.clone()).await;
            assert_eq!(refused.status, 422, "{body}: {:?}", refused.body);
            assert_eq!(refused.body["errors"][0]["field"], field, "{body}");
            assert_eq!(refused.body["errors"][0]["code"], code, "{body}");
        }
        let several = admin
            .post(
                &app,
                "/api/v1/users",
                json!({"email": "not an email", "display_name": "New Person", "role": "family",
                       "setting_id": school, "setting_title": "SENCo"}),
            )
            .await;
        let fields: Vec<&str> = several.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            ["email", "setting_id"],
            "one answer names every field"
        );

        assert_eq!(
            accounts_matching(&mut admin, &app, "new.person").await,
            0,
            "no account was created by any refused invitation"
        );
        let mut c = t.db.conn().unwrap();
        assert!(
            persistence::outbox::latest(&mut c, Some("new.person@example.org"), 1)
                .unwrap()
                .is_empty(),
            "and no invitation was sent"
        );
        drop(c);
        let staff = admin
            .get(
                &app,
                &format!("/api/v1/education-settings/{school}/members"),
            )
            .await;
        assert_eq!(staff.body["items"], json!([]));
    }
}

#[actix_rt::test]
async fn only_an_administrator_puts_an_invited_person_in_a_team() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(support::monday_morning());
    let app = app!(t, clock);
    let mut admin = signed_in_as(&t, &app, &clock, Role::Administrator, "admin@example.org").await;
    let team = id_of(&admin.post(&app, "/api/v1/teams", json!({"name": "Therapy Service", "service": "health", "email": "therapy@nhs.example.org"})).await);
    let mut co = signed_in_as(&t, &app, &clock, Role::CaseCoordinator, "co@example.org").await;
    let refused = co
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "ot@example.org", "display_name": "Alex Ot", "role": "contributor",
                   "teams": [{"team_id": team, "manager": true}]}),
        )
        .await;
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(accounts_matching(&mut admin, &app, "ot@").await, 0);
    let plain = co
        .post(
            &app,
            "/api/v1/users",
            json!({"email": "ot@example.org", "display_name": "Alex Ot", "role": "contributor"}),
        )
        .await;
    assert_eq!(
        plain.status, 201,
        "the same invitation without a team is theirs to send"
    );
    assert_eq!(plain.body["teams"], json!([]));
}
