//! A case's statutory deadlines through the API, told with the worked example of
//! the statutory rules, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::test;
use api::state::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use domain::lifecycle::{AssessDecision, CaseEvent, CaseStage};
use domain::people::Role;
use persistence::cases::NewCase;
use persistence::testing::{TestDb, build, each_backend};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A request the LA received on Monday 1 September 2025, registered and allocated.
fn case_received_1_september(
    shared: &api::app::Shared,
    coordinator: &domain::people::UserId,
) -> String {
    let state = &shared.state;
    let now = state.now();
    let mut c = state.db.conn().unwrap();
    let case_ref = persistence::cases::next_case_ref(&mut c, 2025).unwrap();
    let case = persistence::cases::create(
        &mut c,
        &NewCase {
            id: uuid::Uuid::now_v7().to_string(),
            case_ref,
            stage: CaseStage::RequestDraft,
            coordinator: Some(coordinator.clone()),
            child_born_on: Some(date(2017, 3, 14)),
            request_received_on: None,
        },
        now,
    )
    .unwrap();
    for event in [
        CaseEvent::RequestSubmitted,
        CaseEvent::RequestRegistered,
        CaseEvent::CoordinatorAllocated,
    ] {
        api::cases::record_event(
            &mut c,
            &state.statutory,
            &case.id,
            event,
            date(2025, 9, 1),
            Some(coordinator),
            now,
        )
        .unwrap();
    }
    case.id
}

#[actix_rt::test]
async fn a_coordinator_sees_every_deadline_with_its_legal_source_and_days_left() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let case_id = case_received_1_september(&shared, &co.id);

        let mut browser = support::signed_in_as(&shared, &co);
        let reply = browser
            .get(&app, &format!("/api/v1/cases/{case_id}/deadlines"))
            .await;
        assert_eq!(reply.status, 200, "{:?}", reply.body);
        assert_eq!(reply.body["case_ref"], "EHC-2025-000001");
        assert_eq!(reply.body["today"], "2025-09-15");
        let items = reply.body["items"].as_array().unwrap();
        let d = |id: &str| {
            items
                .iter()
                .find(|i| i["id"] == id)
                .unwrap_or_else(|| panic!("{id} in {items:?}"))
        };
        assert_eq!(d("D1")["due"], "2025-10-13");
        assert_eq!(d("D1")["days_left"], 28);
        assert_eq!(d("D1")["status"], "pending");
        assert_eq!(
            d("D1")["summary"],
            format!(
                "{} is due by 13 October 2025 (in 28 days)",
                d("D1")["name"].as_str().unwrap()
            )
        );
        assert!(
            d("D1")["source"].as_str().unwrap().contains("reg"),
            "{}",
            d("D1")["source"]
        );
        assert_eq!(d("D7")["due"], "2026-01-19");
        assert_eq!(d("D4")["advisory"], true);

        let mut c = t.db.conn().unwrap();
        let stored = persistence::cases::find(&mut c, &case_id).unwrap();
        assert_eq!(
            stored.next_deadline,
            Some(("D1".to_owned(), date(2025, 10, 13))),
            "kept for the trays"
        );
        let trail = persistence::audit::for_object(&mut c, "case", &case_id).unwrap();
        assert_eq!(trail.last().unwrap().action, "case.deadlines.read");

        // The decision is made on 10 October: D1 is met and the next deadline moves on.
        api::cases::record_event(
            &mut c,
            &shared.state.statutory,
            &case_id,
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::Assess,
            },
            date(2025, 10, 10),
            Some(&co.id),
            shared.state.now(),
        )
        .unwrap();
        drop(c);
        clock.advance(chrono::Duration::days(30));
        assert_eq!(
            browser.get(&app, "/api/v1/me").await.status,
            401,
            "a month later that session is long gone"
        );
        let mut browser = support::signed_in_as(&shared, &co);
        let reply = browser
            .get(&app, &format!("/api/v1/cases/{case_id}/deadlines"))
            .await;
        let items = reply.body["items"].as_array().unwrap();
        let d1 = items.iter().find(|i| i["id"] == "D1").unwrap();
        assert_eq!(d1["status"], "met");
        assert_eq!(d1["met_on"], "2025-10-10");
        let mut c = t.db.conn().unwrap();
        let next = persistence::cases::find(&mut c, &case_id)
            .unwrap()
            .next_deadline
            .unwrap();
        assert_ne!(next.0, "D1");
        assert!(next.1 > date(2025, 10, 13));
    }
}

#[actix_rt::test]
async fn people_without_access_get_the_same_404_as_for_a_missing_case() {
    let t = TestDb::sqlite();
    let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
    let spa = tempfile::tempdir().unwrap();
    let shared =
        support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
    let app = test::init_service(api::app::app(shared.clone())).await;
    let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
    let case_id = case_received_1_september(&shared, &co.id);

    let missing = support::signed_in_as(&shared, &co)
        .get(&app, "/api/v1/cases/no-such-case/deadlines")
        .await;
    assert_eq!(missing.status, 404);
    for (role, email) in [
        (Role::Family, "stranger@example.org"),
        (Role::Contributor, "ep@example.org"),
        (Role::Setting, "senco@example.org"),
        (Role::Administrator, "admin@example.org"),
    ] {
        let person = build::user(&t.db, role, email);
        let reply = support::signed_in_as(&shared, &person)
            .get(&app, &format!("/api/v1/cases/{case_id}/deadlines"))
            .await;
        assert_eq!(reply.status, 404, "{role:?}");
        let strip = |mut v: serde_json::Value| {
            v.as_object_mut().unwrap().remove("request_id");
            v
        };
        assert_eq!(
            strip(reply.body),
            strip(missing.body.clone()),
            "{role:?}: identical to a missing case"
        );
    }
    let mut c = t.db.conn().unwrap();
    let denied = persistence::audit::for_object(&mut c, "case", &case_id)
        .unwrap()
        .iter()
        .filter(|e| e.outcome == "denied")
        .count();
    assert_eq!(denied, 4, "each refusal is audited");
}

#[actix_rt::test]
async fn an_illegal_move_is_refused_with_a_plain_english_reason_and_changes_nothing() {
    let t = TestDb::sqlite();
    let spa = tempfile::tempdir().unwrap();
    let shared = support::shared_with_clock(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
        Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap()),
    );
    let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
    let case_id = case_received_1_september(&shared, &co.id);
    let mut c = t.db.conn().unwrap();
    let before = persistence::cases::find(&mut c, &case_id).unwrap();
    let err = api::cases::record_event(
        &mut c,
        &shared.state.statutory,
        &case_id,
        CaseEvent::FinalPlanIssued,
        date(2025, 9, 20),
        Some(&co.id),
        shared.state.now(),
    )
    .unwrap_err();
    match err {
        api::problem::ApiError::Conflict(reason) => assert!(reason.len() > 20, "{reason}"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(persistence::cases::find(&mut c, &case_id).unwrap(), before);
    assert_eq!(
        persistence::cases::events(&mut c, &case_id).unwrap().len(),
        3
    );
}

#[actix_rt::test]
async fn a_parent_reads_where_the_case_is_what_happens_next_by_when_and_who_does_it() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared =
            support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let parent = build::user(&t.db, Role::Family, "parent@example.org");
        let case_id = case_received_1_september(&shared, &co.id);
        let granted = support::signed_in_as(&shared, &co)
            .post(
                &app,
                &format!("/api/v1/cases/{case_id}/access"),
                serde_json::json!({"kind": "family", "id": parent.id.as_str()}),
            )
            .await;
        assert!(granted.status < 300, "{:?}", granted.body);

        let reply = support::signed_in_as(&shared, &parent)
            .get(&app, &format!("/api/v1/cases/{case_id}"))
            .await;
        assert_eq!(reply.status, 200, "{:?}", reply.body);
        let what_next = &reply.body["what_next"];
        assert_eq!(
            what_next["where_now"],
            "The local authority is deciding whether to carry out an EHC needs assessment."
        );
        let next = &what_next["next"];
        assert_eq!(next["deadline"], "D1");
        assert_eq!(next["who"], "local_authority");
        assert_eq!(
            next["sentence"],
            "The local authority must tell you whether it will assess by 13 October 2025 (in 28 days)."
        );
        assert!(
            next["who_label"]
                .as_str()
                .unwrap()
                .ends_with(", your case co-ordinator at the local authority"),
            "{}",
            next["who_label"]
        );
        assert!(next["exception"].is_null());
    }
}

#[actix_rt::test]
async fn the_case_file_gives_the_childs_year_group_for_their_age_today() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared =
            support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let case_id = case_received_1_september(&shared, &co.id);
        let mut c = t.db.conn().unwrap();
        persistence::case_parties::set_child(
            &mut c,
            &case_id,
            &persistence::case_parties::Child {
                given_names: "Alex".into(),
                family_name: "Smith".into(),
                ..Default::default()
            },
            shared.state.now(),
        )
        .unwrap();
        drop(c);

        // Born 14 March 2017: Reception in 2021/22, so Year 4 from September 2025.
        let reply = support::signed_in_as(&shared, &co)
            .get(&app, &format!("/api/v1/cases/{case_id}"))
            .await;
        assert_eq!(reply.status, 200, "{:?}", reply.body);
        assert_eq!(reply.body["child"]["born_on"], "2017-03-14");
        assert_eq!(reply.body["child"]["year_group"], "Year 4");
    }
}

#[actix_rt::test]
async fn no_decision_is_recorded_on_a_closed_case_until_it_is_reopened() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared =
            support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let case_id = case_received_1_september(&shared, &co.id);
        let mut chris = support::signed_in_as(&shared, &co);
        let closed = chris
            .post(
                &app,
                &format!("/api/v1/cases/{case_id}/close"),
                serde_json::json!({"reason": "moved_out_of_area", "note": "The family moved to Wales."}),
            )
            .await;
        assert_eq!(closed.status, 200, "{}", closed.body);

        let decided = chris
            .post(
                &app,
                &format!("/api/v1/cases/{case_id}/decisions"),
                serde_json::json!({"decision": "assess"}),
            )
            .await;
        assert_eq!(decided.status, 404, "{}", decided.body);
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            persistence::cases::find(&mut c, &case_id).unwrap().stage,
            CaseStage::ClosedOutsideProcess,
            "nothing changed"
        );
        let refusal = persistence::audit::for_object(&mut c, "case", &case_id)
            .unwrap()
            .into_iter()
            .rfind(|e| e.action == "case.decision.record")
            .unwrap();
        assert_eq!(refusal.outcome, "denied");
        assert_eq!(refusal.detail.as_deref(), Some("CaseClosed"));
        drop(c);

        let reopened = chris
            .post(
                &app,
                &format!("/api/v1/cases/{case_id}/reopen"),
                serde_json::json!({"note": "They came back."}),
            )
            .await;
        assert_eq!(reopened.status, 200, "{}", reopened.body);
        assert_eq!(reopened.body["stage"], "awaiting_assessment_decision");
        let decided = chris
            .post(
                &app,
                &format!("/api/v1/cases/{case_id}/decisions"),
                serde_json::json!({"decision": "assess"}),
            )
            .await;
        assert_eq!(decided.status, 200, "{}", decided.body);
        assert_eq!(decided.body["stage"], "assessment");
    }
}

#[actix_rt::test]
async fn reading_a_case_file_keeps_the_session_alive_and_an_ended_session_reads_nothing() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let case_id = case_received_1_september(&shared, &co.id);
        let mut browser = support::signed_in_as(&shared, &co);
        let file = format!("/api/v1/cases/{case_id}");
        let renewed = |reply: &support::Reply| {
            reply
                .set_cookies
                .iter()
                .any(|c| c.starts_with("__Host-ehc_session="))
        };

        let first = browser.get(&app, &file).await;
        assert_eq!(first.status, 200, "{:?}", first.body);
        assert!(!renewed(&first), "just signed in: nothing to renew");

        // 20 minutes on, reading the file is activity: the idle deadline moves.
        clock.advance(chrono::Duration::minutes(20));
        let read = browser.get(&app, &file).await;
        assert_eq!(read.status, 200);
        assert!(renewed(&read), "the cookie is renewed with the read");
        // So is a read that finds nothing, with the same 404 as ever.
        clock.advance(chrono::Duration::minutes(20));
        let missing = browser.get(&app, "/api/v1/cases/no-such-case").await;
        assert_eq!(missing.status, 404);
        assert!(renewed(&missing));
        // 40 minutes after signing in, 20 after the last read: still signed in.
        clock.advance(chrono::Duration::minutes(20));
        assert_eq!(browser.get(&app, &file).await.status, 200);

        let mut c = t.db.conn().unwrap();
        let reads = persistence::audit::for_object(&mut c, "case", &case_id)
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "case.read" && e.outcome == "success")
            .count();
        assert_eq!(reads, 3, "each read is audited");

        // Signed out elsewhere (or suspended): the next read is refused as signed out.
        persistence::sign_in::revoke_sessions_of(
            &mut c,
            &co.id,
            None,
            "signed out",
            shared.state.now(),
        )
        .unwrap();
        drop(c);
        let ended = browser.get(&app, &file).await;
        assert_eq!(ended.status, 401, "{:?}", ended.body);
        let mut c = t.db.conn().unwrap();
        let reads_after = persistence::audit::for_object(&mut c, "case", &case_id)
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "case.read")
            .count();
        assert_eq!(
            reads_after, 3,
            "an ended session reads nothing, so nothing is audited as read"
        );
    }
}
