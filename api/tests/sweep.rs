//! The deadline sweep warns co-ordinators once per deadline and kind, on
//! SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use chrono::{NaiveDate, TimeZone, Utc};
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::people::Role;
use persistence::cases::NewCase;
use persistence::testing::{build, each_backend};

#[test]
fn a_coordinator_is_warned_once_as_a_deadline_nears_and_once_when_it_passes() {
    for t in each_backend() {
        let spa = tempfile::tempdir().unwrap();
        let settings = support::settings(&t.url, spa.path());
        let start = Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap();
        let shared =
            support::shared_with_clock(t.db.clone(), settings, api::state::Clock::manual(start));
        let state = &shared.state;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let mut c = t.db.conn().unwrap();
        let case = persistence::cases::create(
            &mut c,
            &NewCase {
                id: "case-1".into(),
                case_ref: "EHC-2025-000001".into(),
                stage: CaseStage::RequestDraft,
                coordinator: Some(co.id.clone()),
                child_born_on: None,
                request_received_on: None,
            },
            start,
        )
        .unwrap();
        api::cases::record_event(
            &mut c,
            &state.statutory,
            &case.id,
            CaseEvent::RequestSubmitted,
            NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
            None,
            start,
        )
        .unwrap();
        // An unallocated case's deadline warns nobody.
        persistence::cases::create(
            &mut c,
            &NewCase {
                id: "case-2".into(),
                case_ref: "EHC-2025-000002".into(),
                stage: CaseStage::RequestDraft,
                coordinator: None,
                child_born_on: None,
                request_received_on: None,
            },
            start,
        )
        .unwrap();
        api::cases::record_event(
            &mut c,
            &state.statutory,
            "case-2",
            CaseEvent::RequestSubmitted,
            NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
            None,
            start,
        )
        .unwrap();
        drop(c);
        let sweep = |now| {
            api::sweep::sweep_case_deadlines(
                &t.db,
                &state.statutory,
                14,
                "https://ehc.example.gov.uk",
                now,
            )
            .unwrap()
        };

        // D1 is due 13 October: on 15 September it is four weeks away.
        assert_eq!(sweep(start), 0, "nothing yet");
        let two_weeks_before = Utc.with_ymd_and_hms(2025, 9, 29, 9, 0, 0).unwrap();
        assert_eq!(sweep(two_weeks_before), 1);
        assert_eq!(
            sweep(two_weeks_before),
            0,
            "a second run sends nothing twice"
        );
        let mut c = t.db.conn().unwrap();
        let mail = persistence::outbox::latest(&mut c, Some("co@example.org"), 5).unwrap();
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].template_key, "case_deadline_approaching");
        assert!(
            mail[0].body.contains("EHC-2025-000001") && mail[0].body.contains("13 October 2025"),
            "{}",
            mail[0].body
        );
        drop(c);

        let day_after = Utc.with_ymd_and_hms(2025, 10, 14, 9, 0, 0).unwrap();
        assert_eq!(sweep(day_after), 1, "overdue, once");
        assert_eq!(sweep(day_after), 0);
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            persistence::outbox::latest(&mut c, Some("co@example.org"), 1).unwrap()[0].template_key,
            "case_deadline_overdue"
        );
    }
}

#[actix_rt::test]
async fn warnings_land_in_the_coordinators_inbox_and_by_email_only_if_they_want_it() {
    for t in each_backend() {
        let spa = tempfile::tempdir().unwrap();
        let start = Utc.with_ymd_and_hms(2025, 9, 29, 9, 0, 0).unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            api::state::Clock::manual(start),
        );
        let app = actix_web::test::init_service(api::app::app(shared.clone())).await;
        let state = &shared.state;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let mut browser = support::signed_in_as(&shared, &co);
        // The co-ordinator turns email off: warnings then come in the app only.
        let pref = browser
            .call(
                &app,
                actix_web::http::Method::PUT,
                "/api/v1/me/notification-preferences",
                Some(serde_json::json!({"email": false})),
            )
            .await;
        assert_eq!(pref.status, 200);
        let mut c = t.db.conn().unwrap();
        let case = persistence::cases::create(
            &mut c,
            &NewCase {
                id: "case-9".into(),
                case_ref: "EHC-2025-000009".into(),
                stage: CaseStage::RequestDraft,
                coordinator: Some(co.id.clone()),
                child_born_on: None,
                request_received_on: None,
            },
            start,
        )
        .unwrap();
        api::cases::record_event(
            &mut c,
            &state.statutory,
            &case.id,
            CaseEvent::RequestSubmitted,
            NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
            None,
            start,
        )
        .unwrap();
        drop(c);
        for _ in 0..2 {
            api::sweep::sweep_case_deadlines(
                &t.db,
                &state.statutory,
                14,
                "https://ehc.example.gov.uk",
                start,
            )
            .unwrap();
        }
        let mut c = t.db.conn().unwrap();
        assert!(
            persistence::outbox::latest(&mut c, Some("co@example.org"), 5)
                .unwrap()
                .is_empty(),
            "no email"
        );
        drop(c);
        let list = browser.get(&app, "/api/v1/me/notifications").await;
        assert_eq!(list.status, 200);
        assert_eq!(
            list.body["unread_count"], 1,
            "once, however often the sweep runs"
        );
        let item = &list.body["items"][0];
        assert_eq!(item["kind"], "case_deadline_approaching");
        assert_eq!(item["link"], "https://ehc.example.gov.uk/cases/case-9");
        let id = item["id"].as_str().unwrap().to_owned();

        let other = build::user(&t.db, Role::CaseCoordinator, "co2@example.org");
        let theirs = support::signed_in_as(&shared, &other)
            .post(
                &app,
                &format!("/api/v1/me/notifications/{id}/read"),
                serde_json::json!(null),
            )
            .await;
        assert_eq!(
            theirs.status, 404,
            "nobody marks another person's notification"
        );
        assert_eq!(
            browser
                .post(
                    &app,
                    &format!("/api/v1/me/notifications/{id}/read"),
                    serde_json::json!(null)
                )
                .await
                .status,
            204
        );
        assert_eq!(
            browser
                .get(&app, "/api/v1/me/notifications?unread=true")
                .await
                .body["unread_count"],
            0
        );
    }
}

#[test]
fn an_adviser_is_reminded_once_at_four_weeks_and_told_once_when_the_advice_is_overdue() {
    use domain::advice::{AdviceRequestId, Recipient, RequestKind};
    for t in each_backend() {
        let spa = tempfile::tempdir().unwrap();
        let settings = support::settings(&t.url, spa.path());
        let start = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let shared =
            support::shared_with_clock(t.db.clone(), settings, api::state::Clock::manual(start));
        let state = &shared.state;
        let la = state.settings.la_config().unwrap();
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let ep = build::user(&t.db, Role::Contributor, "ep@example.org");
        let mut c = t.db.conn().unwrap();
        persistence::cases::create(
            &mut c,
            &NewCase {
                id: "case-1".into(),
                case_ref: "EHC-2026-000001".into(),
                stage: CaseStage::Assessment,
                coordinator: Some(co.id.clone()),
                child_born_on: None,
                request_received_on: None,
            },
            start,
        )
        .unwrap();
        // Asked on Monday 2 November 2026: reminder from 30 November, due 14 December.
        persistence::advice::create(
            &mut c,
            &persistence::advice::NewAdviceRequest {
                id: AdviceRequestId::new("advice-1"),
                case_id: "case-1".into(),
                kind: RequestKind::Advice,
                recipient: Recipient::Person(ep.id.clone()),
                note: String::new(),
                sent_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
                requested_by: co.id.clone(),
            },
            start,
        )
        .unwrap();
        drop(c);
        let sweep = |now| {
            api::sweep::sweep_advice_reminders(
                &t.db,
                &state.statutory,
                &la,
                "https://ehc.example.gov.uk",
                now,
            )
            .unwrap()
        };
        let inbox = || {
            let mut c = t.db.conn().unwrap();
            persistence::inbox::list(&mut c, &ep.id, false, None, 100)
                .unwrap()
                .0
                .into_iter()
                .map(|i| i.template_key)
                .collect::<Vec<_>>()
        };
        let at = |d: u32| Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap();
        sweep(at(27));
        assert!(inbox().is_empty(), "nothing before the reminder day");
        assert_eq!(sweep(at(30)), 1);
        assert_eq!(sweep(at(30)), 0, "a second sweep finds it told already");
        assert_eq!(inbox(), ["advice_reminder"], "reminded once");
        sweep(Utc.with_ymd_and_hms(2026, 12, 15, 9, 0, 0).unwrap());
        sweep(Utc.with_ymd_and_hms(2026, 12, 16, 9, 0, 0).unwrap());
        let mut got = inbox();
        got.sort();
        assert_eq!(
            got,
            ["advice_overdue", "advice_reminder"],
            "told once it is overdue"
        );
    }
}
