//! A person's in-app inbox over HTTP: the unread count the header polls, pages
//! of older notifications, and marking them all read, on SQLite and (when
//! configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::test;
use api::state::Clock;
use chrono::Duration;
use domain::people::{Role, User};
use persistence::inbox::{self, NewItem};
use persistence::testing::{build, each_backend};
use serde_json::{Value, json};

/// Puts `n` notifications in `user`'s inbox, a minute apart, oldest first.
fn notify(db: &persistence::Database, clock: &Clock, user: &User, n: usize, tag: &str) {
    let mut c = db.conn().unwrap();
    for i in 0..n {
        inbox::add(
            &mut c,
            &NewItem {
                user: &user.id,
                reference: &format!("{tag}:{i}"),
                template_key: "case_deadline_approaching",
                subject: &format!("{tag} {i}"),
                body: "A deadline is near.",
                link: Some("https://ehc.example.gov.uk/cases/case-1"),
            },
            clock.now() + Duration::minutes(i as i64),
        )
        .unwrap();
    }
}

fn subjects(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["subject"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_rt::test]
async fn a_tab_polling_the_unread_count_still_times_out() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        notify(&t.db, &clock, &co, 2, "warning");
        let mut browser = support::signed_in_as(&shared, &co);

        for _ in 0..5 {
            clock.advance(Duration::minutes(5));
            let count = browser
                .get(&app, "/api/v1/me/notifications/unread-count")
                .await;
            assert_eq!(count.status, 200, "{:?}", count.body);
            assert_eq!(count.body["unread_count"], 2);
            assert!(
                count.set_cookies.is_empty(),
                "reading the count does not renew the session"
            );
        }
        clock.advance(Duration::minutes(6));
        assert_eq!(
            browser
                .get(&app, "/api/v1/me/notifications/unread-count")
                .await
                .status,
            401,
            "31 idle minutes: signed out however often the count was read"
        );

        // Opening the inbox itself is activity, as any other page is.
        let mut other = support::signed_in_as(&shared, &co);
        clock.advance(Duration::minutes(5));
        let list = other.get(&app, "/api/v1/me/notifications").await;
        assert_eq!(list.status, 200);
        assert!(
            list.set_cookies
                .iter()
                .any(|c| c.starts_with("__Host-ehc_session=")),
            "the inbox renews the session"
        );
    }
}

#[actix_rt::test]
async fn the_inbox_pages_back_through_older_notifications() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let other = build::user(&t.db, Role::CaseCoordinator, "co2@example.org");
        notify(&t.db, &clock, &co, 7, "warning");
        notify(&t.db, &clock, &other, 1, "theirs");
        let mut browser = support::signed_in_as(&shared, &co);

        let first = browser.get(&app, "/api/v1/me/notifications?limit=3").await;
        assert_eq!(first.status, 200, "{:?}", first.body);
        assert_eq!(
            subjects(&first.body),
            ["warning 6", "warning 5", "warning 4"]
        );
        assert_eq!(first.body["unread_count"], 7);
        let cursor = first.body["next_cursor"].as_str().unwrap().to_owned();

        let second = browser
            .get(
                &app,
                &format!("/api/v1/me/notifications?limit=3&cursor={cursor}"),
            )
            .await;
        assert_eq!(
            subjects(&second.body),
            ["warning 3", "warning 2", "warning 1"]
        );
        let cursor = second.body["next_cursor"].as_str().unwrap().to_owned();
        let last = browser
            .get(
                &app,
                &format!("/api/v1/me/notifications?limit=3&cursor={cursor}"),
            )
            .await;
        assert_eq!(subjects(&last.body), ["warning 0"]);
        assert!(
            last.body.get("next_cursor").is_none() || last.body["next_cursor"].is_null(),
            "no page after the last: {:?}",
            last.body
        );

        // Someone else's notification is not a cursor this person was given.
        let theirs = support::signed_in_as(&shared, &other)
            .get(&app, "/api/v1/me/notifications")
            .await;
        let their_id = theirs.body["items"][0]["id"].as_str().unwrap().to_owned();
        let refused = browser
            .get(&app, &format!("/api/v1/me/notifications?cursor={their_id}"))
            .await;
        assert_eq!(refused.status, 422);
        assert_eq!(refused.body["errors"][0]["field"], "cursor");
    }
}

#[actix_rt::test]
async fn marking_all_read_clears_the_count_and_touches_nobody_elses() {
    for t in each_backend() {
        let clock = Clock::manual(support::monday_morning());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let other = build::user(&t.db, Role::CaseCoordinator, "co2@example.org");
        notify(&t.db, &clock, &co, 3, "warning");
        notify(&t.db, &clock, &other, 2, "theirs");
        let mut browser = support::signed_in_as(&shared, &co);

        let done = browser
            .post(&app, "/api/v1/me/notifications/read-all", json!(null))
            .await;
        assert_eq!(done.status, 204, "{:?}", done.body);
        let count = browser
            .get(&app, "/api/v1/me/notifications/unread-count")
            .await;
        assert_eq!(count.body["unread_count"], 0);
        let list = browser.get(&app, "/api/v1/me/notifications").await;
        assert!(
            list.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["read"] == true)
        );
        assert_eq!(
            support::signed_in_as(&shared, &other)
                .get(&app, "/api/v1/me/notifications/unread-count")
                .await
                .body["unread_count"],
            2,
            "the other person's stay unread"
        );
        // Without the anti-CSRF header a browser cannot be made to do it.
        browser.csrf = false;
        assert_eq!(
            browser
                .post(&app, "/api/v1/me/notifications/read-all", json!(null))
                .await
                .status,
            403
        );
    }
}
