//! Requests for assessment and the case file they become, told as the people
//! who use them, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::{TimeZone, Utc};
use domain::organisations::SettingPhase;
use domain::people::{Role, SettingId, User};
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};

struct World {
    shared: api::app::Shared,
    senco: User,
    other_senco: User,
    coordinator: User,
    parent: User,
    contributor: User,
    setting: SettingId,
    _spa: tempfile::TempDir,
}

/// Monday 30 November 2026, 10:00 in London.
fn world(t: &TestDb) -> World {
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap());
    let spa = tempfile::tempdir().unwrap();
    let shared =
        support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
    let senco = build::user(&t.db, Role::Setting, "senco@school.example.org");
    let other_senco = build::user(&t.db, Role::Setting, "senco@other.example.org");
    let coordinator = build::user(&t.db, Role::CaseCoordinator, "co@la.example.org");
    let parent = build::user(&t.db, Role::Family, "parent@example.org");
    let contributor = build::user(&t.db, Role::Contributor, "ep@la.example.org");
    let setting = support::setting_with_staff(
        &t.db,
        "Riverside Primary",
        "123456",
        SettingPhase::Primary,
        &[&senco],
    );
    World {
        shared,
        senco,
        other_senco,
        coordinator,
        parent,
        contributor,
        setting,
        _spa: spa,
    }
}

/// Makes `who` a member of staff of a new setting called `name`.
fn works_also_at(t: &TestDb, who: &User, name: &str, urn: &str) -> SettingId {
    support::setting_with_staff(&t.db, name, urn, SettingPhase::Secondary, &[who])
}

/// A draft started by `senco` with `co_authors` invited; its address.
async fn draft_with_co_authors<S, B>(
    app: &S,
    senco: &mut support::Browser,
    co_authors: &[&User],
) -> String
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let created = senco
        .post(
            app,
            "/api/v1/assessment-requests",
            json!({"content": {"child": {"given_names": "Alex"}}}),
        )
        .await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let uri = format!(
        "/api/v1/assessment-requests/{}",
        created.body["id"].as_str().unwrap()
    );
    for co_author in co_authors {
        let added = senco
            .post(
                app,
                &format!("{uri}/co-authors"),
                json!({"email": co_author.email.to_string()}),
            )
            .await;
        assert_eq!(added.status, 200, "{:?}", added.body);
    }
    uri
}

fn audited_actions(t: &TestDb, uri: &str) -> Vec<(String, String)> {
    let id = uri.rsplit('/').next().unwrap();
    let mut c = t.db.conn().unwrap();
    persistence::audit::for_object(&mut c, "assessment_request", id)
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.outcome))
        .collect()
}

fn complete_content() -> Value {
    json!({
        "child": {"given_names": "Alex", "family_name": "Smith", "born_on": "2018-03-04"},
        "parent": {"name": "Jo Smith", "email": "jo.smith@example.org"},
        "concerns": "Alex finds it very hard to communicate with other children.",
        "support_so_far": "Small-group speech and language work, twice a week, since January.",
        "parent_agrees": true
    })
}

fn etag(reply: &support::Reply) -> String {
    reply
        .headers
        .get("etag")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned()
}

#[actix_rt::test]
async fn a_senco_drafts_a_request_that_only_they_and_their_co_author_can_see() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let created = senco
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": {"child": {"given_names": "Alex"}}}),
            )
            .await;
        assert_eq!(created.status, 201, "{:?}", created.body);
        assert_eq!(created.body["status"], "draft");
        assert_eq!(
            created.body["setting_id"],
            w.setting.as_str(),
            "the author's only setting is the request's"
        );
        assert_eq!(created.body["setting"]["name"], "Riverside Primary");
        let id = created.body["id"].as_str().unwrap().to_owned();
        let uri = format!("/api/v1/assessment-requests/{id}");

        for someone in [&w.other_senco, &w.coordinator, &w.parent, &w.contributor] {
            let mut b = support::signed_in_as(&w.shared, someone);
            assert_eq!(b.get(&app, &uri).await.status, 404, "{:?}", someone.role);
        }

        let added = senco
            .post(
                &app,
                &format!("{uri}/co-authors"),
                json!({"email": "senco@other.example.org"}),
            )
            .await;
        assert_eq!(added.status, 200, "{:?}", added.body);
        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        let read = other.get(&app, &uri).await;
        assert_eq!(read.status, 200);
        assert_eq!(read.body["content"]["child"]["given_names"], "Alex");
        let listed = other.get(&app, "/api/v1/assessment-requests").await;
        assert_eq!(listed.body["drafts"][0]["id"], id.as_str());

        let not_a_senco = senco
            .post(
                &app,
                &format!("{uri}/co-authors"),
                json!({"email": "parent@example.org"}),
            )
            .await;
        assert_eq!(not_a_senco.status, 422);
        assert_eq!(not_a_senco.body["errors"][0]["field"], "email");
    }
}

#[actix_rt::test]
async fn two_authors_saving_the_same_draft_never_overwrite_each_other() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let created = senco
            .post(&app, "/api/v1/assessment-requests", json!({}))
            .await;
        let id = created.body["id"].as_str().unwrap().to_owned();
        let uri = format!("/api/v1/assessment-requests/{id}");
        let first = senco.get(&app, &uri).await;
        let tag = etag(&first);
        assert_eq!(tag, "\"1\"");

        let save = |given: &str| json!({"content": {"child": {"given_names": given}}});
        let saved = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", &tag)],
                Some(save("Alex")),
            )
            .await;
        assert_eq!(saved.status, 200, "{:?}", saved.body);
        assert_eq!(etag(&saved), "\"2\"");

        let stale = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", &tag)],
                Some(save("Sam")),
            )
            .await;
        assert_eq!(stale.status, 412);
        let missing = senco
            .call_with_headers(&app, Method::PUT, &uri, &[], Some(save("Sam")))
            .await;
        assert_eq!(missing.status, 428);
        assert_eq!(
            senco.get(&app, &uri).await.body["content"]["child"]["given_names"],
            "Alex",
            "nothing was overwritten"
        );

        let unknown = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", "\"2\"")],
                Some(json!({"content": {"nickname": "Al"}})),
            )
            .await;
        assert_eq!(unknown.status, 400, "unknown fields are refused");
    }
}

#[actix_rt::test]
async fn submitting_names_every_missing_field_then_the_requester_waits_for_the_la() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let created = senco
            .post(&app, "/api/v1/assessment-requests", json!({}))
            .await;
        let id = created.body["id"].as_str().unwrap().to_owned();
        let uri = format!("/api/v1/assessment-requests/{id}");

        let incomplete = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{uri}/submit"),
                &[("If-Match", "\"1\"")],
                None,
            )
            .await;
        assert_eq!(incomplete.status, 422);
        let fields: Vec<&str> = incomplete.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "child.given_names",
                "child.family_name",
                "child.born_on",
                "parent.name",
                "parent.phone",
                "concerns",
                "support_so_far",
                "parent_agrees"
            ]
        );

        let saved = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", "\"1\"")],
                Some(json!({"content": complete_content()})),
            )
            .await;
        assert_eq!(saved.status, 200);
        let submitted = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{uri}/submit"),
                &[("If-Match", "\"2\""), ("Idempotency-Key", "submit-1")],
                None,
            )
            .await;
        assert_eq!(submitted.status, 200, "{:?}", submitted.body);
        assert_eq!(
            submitted.body["status_label"],
            "Submitted, waiting for the local authority"
        );
        assert_eq!(submitted.body["received_on"], "2026-11-30");
        assert_eq!(
            submitted.body["decision_due_on"], "2027-01-11",
            "D1: six weeks from the day received"
        );
        let retried = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{uri}/submit"),
                &[("If-Match", "\"2\""), ("Idempotency-Key", "submit-1")],
                None,
            )
            .await;
        assert_eq!(retried.status, 200, "a retry gets the first answer");
        assert_eq!(retried.headers.get("idempotent-replayed").unwrap(), "true");

        assert_eq!(
            senco.get(&app, &uri).await.status,
            404,
            "the requester loses sight of it until the LA grants the case"
        );
        let mine = senco.get(&app, "/api/v1/assessment-requests").await;
        assert_eq!(mine.body["drafts"].as_array().unwrap().len(), 0);
        assert_eq!(mine.body["sent"][0]["status"], "submitted");
        let deleted = senco.call(&app, Method::DELETE, &uri, None).await;
        assert_eq!(deleted.status, 404, "nor can they delete it");

        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let waiting = co.get(&app, "/api/v1/assessment-requests").await;
        assert_eq!(waiting.body["waiting"][0]["id"], id.as_str());
        assert_eq!(waiting.body["waiting"][0]["child_name"], "Alex Smith");
        assert_eq!(co.get(&app, &uri).await.status, 200);
    }
}

#[actix_rt::test]
async fn a_draft_no_longer_needed_is_deleted_by_its_author() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let created = senco
            .post(&app, "/api/v1/assessment-requests", json!({}))
            .await;
        let uri = format!(
            "/api/v1/assessment-requests/{}",
            created.body["id"].as_str().unwrap()
        );
        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        assert_eq!(
            other.call(&app, Method::DELETE, &uri, None).await.status,
            404
        );
        assert_eq!(
            senco.call(&app, Method::DELETE, &uri, None).await.status,
            204
        );
        assert_eq!(senco.get(&app, &uri).await.status, 404);
    }
}

#[actix_rt::test]
async fn a_coordinator_records_a_posted_request_and_the_clock_runs_from_the_day_it_arrived() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let mut content = complete_content();
        content["support_so_far"] = json!("");
        let missing_date = co
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": content.clone()}),
            )
            .await;
        assert_eq!(missing_date.status, 422);
        assert_eq!(missing_date.body["errors"][0]["field"], "received_on");

        let recorded = co
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": content, "received_on": "2026-11-16", "received_via": "post"}),
            )
            .await;
        assert_eq!(recorded.status, 201, "{:?}", recorded.body);
        assert_eq!(recorded.body["status"], "submitted");
        assert_eq!(recorded.body["decision_due_on"], "2026-12-28");

        let id = recorded.body["id"].as_str().unwrap();
        let registered = co
            .call_with_headers(
                &app,
                Method::POST,
                &format!("/api/v1/assessment-requests/{id}/register"),
                &[("Idempotency-Key", "reg-1")],
                Some(json!({"coordinator_id": w.coordinator.id.as_str()})),
            )
            .await;
        assert_eq!(registered.status, 201, "{:?}", registered.body);
        assert_eq!(registered.body["case_ref"], "EHC-2026-000001");
        assert_eq!(registered.body["stage"], "awaiting_assessment_decision");
        assert_eq!(registered.body["next_deadline_on"], "2026-12-28");
        let again = co
            .call_with_headers(
                &app,
                Method::POST,
                &format!("/api/v1/assessment-requests/{id}/register"),
                &[("Idempotency-Key", "reg-1")],
                Some(json!({"coordinator_id": w.coordinator.id.as_str()})),
            )
            .await;
        assert_eq!(again.status, 201);
        assert_eq!(
            again.body["case_id"], registered.body["case_id"],
            "one case, not two"
        );
        let twice = co
            .post(
                &app,
                &format!("/api/v1/assessment-requests/{id}/register"),
                json!({}),
            )
            .await;
        assert_eq!(twice.status, 409);

        let case_id = registered.body["case_id"].as_str().unwrap();
        let case = co.get(&app, &format!("/api/v1/cases/{case_id}")).await;
        assert_eq!(case.status, 200);
        assert_eq!(case.body["child"]["given_names"], "Alex");
        assert_eq!(case.body["coordinator"]["name"], "Test Person");
        assert_eq!(case.body["request_received_on"], "2026-11-16");
        let timeline = co
            .get(&app, &format!("/api/v1/cases/{case_id}/timeline"))
            .await;
        let summaries: Vec<&str> = timeline.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["summary"].as_str().unwrap())
            .collect();
        assert!(summaries.contains(&"Request for assessment received by post on 16 November 2026"));
        assert!(summaries.contains(&"Registered as case EHC-2026-000001"));
    }
}

#[actix_rt::test]
async fn a_parent_asks_without_an_account_and_is_told_when_the_decision_is_due() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut anyone = support::Browser::new();
        anyone.csrf = false;
        let mut content = complete_content();
        content["parent"]["email"] = json!("");
        let no_email = anyone
            .post(
                &app,
                "/api/v1/public/assessment-requests",
                json!({"content": content}),
            )
            .await;
        assert_eq!(no_email.status, 422);
        assert_eq!(no_email.body["errors"][0]["field"], "parent.email");

        let sent = anyone
            .post(
                &app,
                "/api/v1/public/assessment-requests",
                json!({"content": complete_content()}),
            )
            .await;
        assert_eq!(sent.status, 201, "{:?}", sent.body);
        assert_eq!(sent.body["decision_due_on"], "2027-01-11");
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let waiting = co.get(&app, "/api/v1/assessment-requests").await;
        assert_eq!(waiting.body["waiting"][0]["route"], "parent");
    }
}

#[actix_rt::test]
async fn a_coordinator_grants_the_case_decides_and_every_change_is_on_the_timeline() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let recorded = co
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": complete_content(), "received_on": "2026-11-30", "received_via": "email"}),
            )
            .await;
        let id = recorded.body["id"].as_str().unwrap();
        let registered = co
            .post(
                &app,
                &format!("/api/v1/assessment-requests/{id}/register"),
                json!({}),
            )
            .await;
        assert_eq!(registered.body["stage"], "unallocated");
        let case_id = registered.body["case_id"].as_str().unwrap().to_owned();
        let case_uri = format!("/api/v1/cases/{case_id}");

        let mut parent = support::signed_in_as(&w.shared, &w.parent);
        assert_eq!(parent.get(&app, &case_uri).await.status, 404);
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        assert_eq!(senco.get(&app, &case_uri).await.status, 404);

        let allocated = co
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/coordinator"),
                &[],
                Some(json!({"user_id": w.coordinator.id.as_str()})),
            )
            .await;
        assert_eq!(allocated.body["stage"], "awaiting_assessment_decision");

        for grant in [
            json!({"kind": "family", "id": w.parent.id.as_str()}),
            json!({"kind": "setting", "id": w.setting.as_str()}),
        ] {
            let granted = co.post(&app, &format!("{case_uri}/access"), grant).await;
            assert_eq!(granted.status, 200, "{:?}", granted.body);
        }
        let wrong = co
            .post(
                &app,
                &format!("{case_uri}/access"),
                json!({"kind": "family", "id": w.contributor.id.as_str()}),
            )
            .await;
        assert_eq!(wrong.status, 422, "a contributor is not family");
        assert_eq!(parent.get(&app, &case_uri).await.status, 200);
        assert_eq!(
            senco.get(&app, &case_uri).await.status,
            200,
            "through their setting"
        );

        let no_reasons = co
            .post(
                &app,
                &format!("{case_uri}/decisions"),
                json!({"decision": "not_to_assess"}),
            )
            .await;
        assert_eq!(no_reasons.status, 422);
        assert_eq!(no_reasons.body["errors"][0]["field"], "reasons");
        let too_early = co
            .post(
                &app,
                &format!("{case_uri}/decisions"),
                json!({"decision": "issue"}),
            )
            .await;
        assert_eq!(
            too_early.status, 409,
            "no decision to issue before an assessment"
        );
        let by_parent = parent
            .post(
                &app,
                &format!("{case_uri}/decisions"),
                json!({"decision": "assess"}),
            )
            .await;
        assert_eq!(by_parent.status, 404);
        let mut c = t.db.conn().unwrap();
        let audited: Vec<(String, String)> =
            persistence::audit::for_object(&mut c, "case", &case_id)
                .unwrap()
                .into_iter()
                .map(|e| (e.action, e.outcome))
                .collect();
        drop(c);
        assert!(
            audited.contains(&("case.decision.record".into(), "denied".into())),
            "the refusal is in the audit trail although its transaction rolled back: {audited:?}"
        );
        let decided = co
            .post(
                &app,
                &format!("{case_uri}/decisions"),
                json!({"decision": "assess"}),
            )
            .await;
        assert_eq!(decided.status, 200, "{:?}", decided.body);
        assert_eq!(decided.body["stage"], "assessment");

        let revoked = co
            .call(
                &app,
                Method::DELETE,
                &format!("{case_uri}/access/family/{}", w.parent.id),
                None,
            )
            .await;
        assert_eq!(revoked.status, 200);
        assert_eq!(
            parent.get(&app, &case_uri).await.status,
            404,
            "revoking ends sight at once"
        );

        let timeline = senco.get(&app, &format!("{case_uri}/timeline")).await;
        let kinds: Vec<&str> = timeline.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                "case.access_revoked",
                "case.decision",
                "case.access_granted",
                "case.access_granted",
                "case.coordinator_allocated",
                "case.registered",
                "request.received"
            ]
        );
    }
}

#[actix_rt::test]
async fn a_coordinator_corrects_the_childs_details_without_overwriting_a_colleague() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let recorded = co
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": complete_content(), "received_on": "2026-11-30", "received_via": "paper"}),
            )
            .await;
        let id = recorded.body["id"].as_str().unwrap();
        let registered = co
            .post(
                &app,
                &format!("/api/v1/assessment-requests/{id}/register"),
                json!({}),
            )
            .await;
        let case_uri = format!(
            "/api/v1/cases/{}",
            registered.body["case_id"].as_str().unwrap()
        );
        let case = co.get(&app, &case_uri).await;
        let version = format!("\"{}\"", case.body["child"]["version"]);
        let correction = json!({
            "given_names": "Alexander", "family_name": "Smith", "born_on": "2018-03-04",
            "looked_after": true, "preferred_language": "Welsh", "setting_id": w.setting.as_str()
        });
        let corrected = co
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/child"),
                &[("If-Match", &version)],
                Some(correction.clone()),
            )
            .await;
        assert_eq!(corrected.status, 200, "{:?}", corrected.body);
        assert_eq!(corrected.body["child"]["given_names"], "Alexander");
        assert_eq!(
            corrected.body["child"]["setting"]["name"],
            "Riverside Primary"
        );
        let stale = co
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/child"),
                &[("If-Match", &version)],
                Some(correction),
            )
            .await;
        assert_eq!(stale.status, 412);
        let bad = co
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/child"),
                &[("If-Match", "*")],
                Some(json!({"given_names": "", "family_name": "Smith", "born_on": "2030-01-01", "looked_after": false})),
            )
            .await;
        assert_eq!(bad.status, 422);
        let fields: Vec<&str> = bad.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["given_names", "born_on"]);
    }
}

#[actix_rt::test]
async fn each_person_lists_only_the_cases_they_may_see() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let mut case_ids = Vec::new();
        for day in ["2026-11-02", "2026-11-03", "2026-11-04"] {
            let recorded = co
                .post(
                    &app,
                    "/api/v1/assessment-requests",
                    json!({"content": complete_content(), "received_on": day, "received_via": "post"}),
                )
                .await;
            let id = recorded.body["id"].as_str().unwrap();
            let registered = co
                .post(
                    &app,
                    &format!("/api/v1/assessment-requests/{id}/register"),
                    json!({}),
                )
                .await;
            case_ids.push(registered.body["case_id"].as_str().unwrap().to_owned());
        }
        co.post(
            &app,
            &format!("/api/v1/cases/{}/access", case_ids[1]),
            json!({"kind": "family", "id": w.parent.id.as_str()}),
        )
        .await;

        // Registered, not yet allocated: in the co-ordinators' "All cases", not in "My cases".
        let mine = co.get(&app, "/api/v1/cases").await;
        assert_eq!(mine.body["tray"]["tray"], "mine");
        assert_eq!(mine.body["items"], json!([]));
        let first = co.get(&app, "/api/v1/cases?tray=all&limit=2").await;
        assert_eq!(first.status, 200, "{:?}", first.body);
        assert_eq!(first.body["items"].as_array().unwrap().len(), 2);
        assert_eq!(first.body["items"][0]["child_name"], "Alex Smith");
        let cursor = first.body["next_cursor"].as_str().unwrap();
        let rest = co
            .get(
                &app,
                &format!("/api/v1/cases?tray=all&limit=2&cursor={cursor}"),
            )
            .await;
        assert_eq!(rest.body["items"].as_array().unwrap().len(), 1);
        assert!(rest.body["next_cursor"].is_null());

        let mut parent = support::signed_in_as(&w.shared, &w.parent);
        let theirs = parent.get(&app, "/api/v1/cases").await;
        let refs: Vec<&str> = theirs.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert_eq!(refs, [case_ids[1].as_str()]);
        let mut contributor = support::signed_in_as(&w.shared, &w.contributor);
        assert_eq!(
            contributor.get(&app, "/api/v1/cases").await.body["items"]
                .as_array()
                .unwrap()
                .len(),
            0
        );
        assert_eq!(co.get(&app, "/api/v1/cases?limit=0").await.status, 422);
    }
}

#[actix_rt::test]
async fn the_family_writes_their_views_and_a_setting_may_enter_them_on_their_behalf() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        let recorded = co
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": complete_content(), "received_on": "2026-11-30", "received_via": "post"}),
            )
            .await;
        let id = recorded.body["id"].as_str().unwrap();
        let registered = co
            .post(
                &app,
                &format!("/api/v1/assessment-requests/{id}/register"),
                json!({}),
            )
            .await;
        let case_uri = format!(
            "/api/v1/cases/{}",
            registered.body["case_id"].as_str().unwrap()
        );
        for grant in [
            json!({"kind": "family", "id": w.parent.id.as_str()}),
            json!({"kind": "setting", "id": w.setting.as_str()}),
        ] {
            co.post(&app, &format!("{case_uri}/access"), grant).await;
        }

        let mut parent = support::signed_in_as(&w.shared, &w.parent);
        let empty = parent.get(&app, &format!("{case_uri}/views")).await;
        assert_eq!(empty.status, 200);
        assert_eq!(empty.body["items"][0]["version"], 0);
        let about_me = json!({"body": "I like trains and drawing. Loud rooms make me scared."});
        let written = parent
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/views/child"),
                &[("If-Match", "\"0\"")],
                Some(about_me.clone()),
            )
            .await;
        assert_eq!(written.status, 200, "{:?}", written.body);
        assert_eq!(written.body["items"][0]["on_behalf"], false);
        let again = parent
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/views/child"),
                &[("If-Match", "\"0\"")],
                Some(about_me),
            )
            .await;
        assert_eq!(
            again.status, 412,
            "a second first-writing does not overwrite"
        );

        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let entered = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/views/parent"),
                &[("If-Match", "\"0\"")],
                Some(json!({"body": "Mum says mornings are hardest."})),
            )
            .await;
        assert_eq!(entered.status, 200);
        assert_eq!(entered.body["items"][1]["on_behalf"], true);
        assert_eq!(
            entered.body["items"][1]["written_by"]["name"],
            "Test Person"
        );
        let autosaved = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/views/parent"),
                &[("If-Match", "\"1\"")],
                Some(json!({"body": "Mum says mornings are hardest, and bedtimes."})),
            )
            .await;
        assert_eq!(autosaved.status, 200, "{:?}", autosaved.body);

        let mut contributor = support::signed_in_as(&w.shared, &w.contributor);
        let refused = contributor
            .call_with_headers(
                &app,
                Method::PUT,
                &format!("{case_uri}/views/parent"),
                &[("If-Match", "*")],
                Some(json!({"body": "Not mine to write"})),
            )
            .await;
        assert_eq!(refused.status, 404);
        let timeline = co.get(&app, &format!("{case_uri}/timeline")).await;
        assert_eq!(
            timeline.body["items"][0]["summary"],
            "The parents' views were updated on the family's behalf"
        );
        let entries = timeline.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["summary"] == "The parents' views were updated on the family's behalf")
            .count();
        assert_eq!(
            entries, 1,
            "saving as she types is one entry, not one per save"
        );
    }
}

#[actix_rt::test]
async fn the_author_removes_a_co_author_who_then_cannot_see_the_draft() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let uri = draft_with_co_authors(&app, &mut senco, &[&w.other_senco]).await;
        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        assert_eq!(other.get(&app, &uri).await.status, 200);

        let them = format!("{uri}/co-authors/{}", w.other_senco.id);
        let removed = senco.call(&app, Method::DELETE, &them, None).await;
        assert_eq!(removed.status, 204, "{:?}", removed.body);

        assert_eq!(
            other.get(&app, &uri).await.status,
            404,
            "the removed SENCo no longer sees the draft"
        );
        let theirs = other.get(&app, "/api/v1/assessment-requests").await;
        assert_eq!(theirs.body["drafts"].as_array().unwrap().len(), 0);
        let save = other
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", "*")],
                Some(json!({"content": {"concerns": "Mine now"}})),
            )
            .await;
        assert_eq!(save.status, 404, "nor changes it");
        let read = senco.get(&app, &uri).await;
        assert_eq!(read.body["co_authors"], json!([]));

        let again = senco.call(&app, Method::DELETE, &them, None).await;
        assert_eq!(again.status, 404, "no longer a co-author");
        assert_eq!(
            again.headers.get("content-type").unwrap(),
            "application/problem+json"
        );
        let nobody = senco
            .call(
                &app,
                Method::DELETE,
                &format!("{uri}/co-authors/{}", uuid::Uuid::new_v4()),
                None,
            )
            .await;
        assert_eq!(nobody.status, 404, "an unknown person");
        assert_eq!(nobody.body["status"], 404);

        assert!(
            audited_actions(&t, &uri).contains(&(
                "assessment_request.co_author.remove".into(),
                "success".into()
            )),
            "the removal is audited"
        );
    }
}

#[actix_rt::test]
async fn a_co_author_cannot_remove_another_co_author() {
    for t in each_backend() {
        let w = world(&t);
        let third = build::user(&t.db, Role::Setting, "head@third.example.org");
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let uri = draft_with_co_authors(&app, &mut senco, &[&w.other_senco, &third]).await;

        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        let refused = other
            .call(
                &app,
                Method::DELETE,
                &format!("{uri}/co-authors/{}", third.id),
                None,
            )
            .await;
        assert_eq!(
            refused.status, 404,
            "only the author removes others, answered like inviting: 404"
        );
        let author_removed = other
            .call(
                &app,
                Method::DELETE,
                &format!("{uri}/co-authors/{}", w.senco.id),
                None,
            )
            .await;
        assert_eq!(author_removed.status, 404, "nor can they remove the author");
        let mut coordinator = support::signed_in_as(&w.shared, &w.coordinator);
        let by_coordinator = coordinator
            .call(
                &app,
                Method::DELETE,
                &format!("{uri}/co-authors/{}", third.id),
                None,
            )
            .await;
        assert_eq!(
            by_coordinator.status, 404,
            "a draft is private to its authors"
        );

        let mut third_browser = support::signed_in_as(&w.shared, &third);
        assert_eq!(third_browser.get(&app, &uri).await.status, 200);
        let read = senco.get(&app, &uri).await;
        assert_eq!(read.body["co_authors"].as_array().unwrap().len(), 2);
        assert!(
            audited_actions(&t, &uri).contains(&(
                "assessment_request.co_author.remove".into(),
                "denied".into()
            )),
            "the refusal is audited"
        );
    }
}

#[actix_rt::test]
async fn a_co_author_can_leave_a_draft() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let uri = draft_with_co_authors(&app, &mut senco, &[&w.other_senco]).await;

        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        let left = other
            .call(
                &app,
                Method::DELETE,
                &format!("{uri}/co-authors/{}", w.other_senco.id),
                None,
            )
            .await;
        assert_eq!(left.status, 204, "{:?}", left.body);
        assert_eq!(other.get(&app, &uri).await.status, 404);
        let read = senco.get(&app, &uri).await;
        assert_eq!(read.status, 200, "the draft stays with its author");
        assert_eq!(read.body["co_authors"], json!([]));

        let author_leaves = senco
            .call(
                &app,
                Method::DELETE,
                &format!("{uri}/co-authors/{}", w.senco.id),
                None,
            )
            .await;
        assert_eq!(
            author_leaves.status, 404,
            "the author is not a co-author: they delete the draft instead"
        );
        assert!(audited_actions(&t, &uri).contains(&(
            "assessment_request.co_author.leave".into(),
            "success".into()
        )));
    }
}

#[actix_rt::test]
async fn nothing_can_be_removed_after_submitting() {
    for t in each_backend() {
        let w = world(&t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);
        let uri = draft_with_co_authors(&app, &mut senco, &[&w.other_senco]).await;
        let saved = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", "\"1\"")],
                Some(json!({"content": complete_content()})),
            )
            .await;
        assert_eq!(saved.status, 200, "{:?}", saved.body);
        let submitted = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{uri}/submit"),
                &[("If-Match", "\"2\"")],
                None,
            )
            .await;
        assert_eq!(submitted.status, 200, "{:?}", submitted.body);

        // Once sent, the request is the LA's: its authors no longer see it, so
        // they are answered as for anything else they cannot see.
        let them = format!("{uri}/co-authors/{}", w.other_senco.id);
        assert_eq!(
            senco.call(&app, Method::DELETE, &them, None).await.status,
            404
        );
        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        assert_eq!(
            other.call(&app, Method::DELETE, &them, None).await.status,
            404
        );
        let mut coordinator = support::signed_in_as(&w.shared, &w.coordinator);
        assert_eq!(
            coordinator
                .call(&app, Method::DELETE, &them, None)
                .await
                .status,
            404
        );
        let id = uri.rsplit('/').next().unwrap();
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            persistence::requests::find(&mut c, id).unwrap().co_authors,
            std::slice::from_ref(&w.other_senco.id),
            "nothing was removed"
        );
    }
}

#[actix_rt::test]
async fn a_senco_in_two_settings_chooses_one_and_cannot_send_without_it() {
    for t in each_backend() {
        let w = world(&t);
        let northgate = works_also_at(&t, &w.senco, "Northgate Academy", "654321");
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = support::signed_in_as(&w.shared, &w.senco);

        let me = senco.get(&app, "/api/v1/me").await;
        assert_eq!(me.status, 200);
        assert_eq!(
            me.body["settings"],
            json!([
                {"id": northgate.as_str(), "name": "Northgate Academy"},
                {"id": w.setting.as_str(), "name": "Riverside Primary"},
            ]),
            "by name"
        );
        let mut co = support::signed_in_as(&w.shared, &w.coordinator);
        assert_eq!(co.get(&app, "/api/v1/me").await.body["settings"], json!([]));

        // Not chosen: the draft starts without one, and cannot be sent so.
        let unset = senco
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": complete_content()}),
            )
            .await;
        assert_eq!(unset.status, 201, "{:?}", unset.body);
        assert!(unset.body["setting_id"].is_null());
        assert!(unset.body["setting"].is_null());
        let uri = format!(
            "/api/v1/assessment-requests/{}",
            unset.body["id"].as_str().unwrap()
        );
        let refused = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{uri}/submit"),
                &[("If-Match", "\"1\"")],
                None,
            )
            .await;
        assert_eq!(refused.status, 422, "{:?}", refused.body);
        assert_eq!(refused.body["errors"].as_array().unwrap().len(), 1);
        assert_eq!(refused.body["errors"][0]["field"], "setting_id");
        assert_eq!(refused.body["errors"][0]["code"], "required");

        // Choosing one on the draft, then sending, works.
        let chosen = senco
            .call_with_headers(
                &app,
                Method::PUT,
                &uri,
                &[("If-Match", "\"1\"")],
                Some(json!({"content": complete_content(), "setting_id": northgate.as_str()})),
            )
            .await;
        assert_eq!(chosen.status, 200, "{:?}", chosen.body);
        assert_eq!(chosen.body["setting"]["name"], "Northgate Academy");
        let sent = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{uri}/submit"),
                &[("If-Match", "\"2\"")],
                None,
            )
            .await;
        assert_eq!(sent.status, 200, "{:?}", sent.body);

        // Chosen when the draft is started.
        let started = senco
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"setting_id": w.setting.as_str(), "content": {}}),
            )
            .await;
        assert_eq!(started.status, 201);
        assert_eq!(started.body["setting_id"], w.setting.as_str());
        assert_eq!(started.body["setting"]["name"], "Riverside Primary");
        let mut other = support::signed_in_as(&w.shared, &w.other_senco);
        let not_theirs = other
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"setting_id": northgate.as_str(), "content": {}}),
            )
            .await;
        assert_eq!(not_theirs.status, 422);
        assert_eq!(not_theirs.body["errors"][0]["field"], "setting_id");
    }
}
