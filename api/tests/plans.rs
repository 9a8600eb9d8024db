//! The EHC plan through the API, told as one case's story - the co-ordinator
//! drafts from the advice, fixes a vague provision and shares; the parent
//! comments and names a school; the school answers; the plan is issued; the
//! adviser keeps sight for the grace period only; an amendment makes version 2
//! and the difference shows the changed provision - on SQLite and (when
//! configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use domain::lifecycle::{AssessDecision, CaseEvent, CaseStage, IssueDecision};
use domain::organisations::SettingPhase;
use domain::people::{DisplayName, Role, User};
use persistence::cases::NewCase;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};
use support::Reply;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(t: &TestDb, role: Role, email: &str, name: &str) -> User {
    let mut new = build::new_user(role, email);
    new.display_name = DisplayName::parse(name).unwrap();
    build::create(&t.db, &new)
}

fn etag(reply: &Reply) -> String {
    reply
        .headers
        .get("etag")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned()
}

fn advice() -> Value {
    json!({
        "will_provide": "yes_known_meets_criteria",
        "will_provide_details": "Known to the service since 2024",
        "background": {
            "first_contact": "Referred by school in 2024",
            "support_in_place": "Small-group work",
            "effect_of_support": "Some progress"
        },
        "areas": {
            "communication_and_interaction": {
                "strengths": "Joins in with songs",
                "needs": "Finds it hard to take turns in conversation",
                "outcomes": [{
                    "description": "Takes turns in a small-group conversation",
                    "pfa": ["community_inclusion"],
                    "steps": [{"text": "Two turns with an adult", "target_date": "2027-07-01"}],
                    "provisions": [{"description": "Access to a speech and language group"}]
                }]
            }
        }
    })
}

#[actix_rt::test]
async fn a_plan_is_drafted_from_advice_shared_commented_consulted_issued_and_amended() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = person(&t, Role::CaseCoordinator, "co@example.org", "Chris Okafor");
        let ep = person(&t, Role::Contributor, "ep@example.org", "Priya Shah");
        let parent = person(&t, Role::Family, "parent@example.org", "Pat Taylor");
        let senco = person(&t, Role::Setting, "senco@example.org", "Sam Patel");
        let other_senco = person(&t, Role::Setting, "other@example.org", "Jo Other");
        let school = support::setting_with_staff(
            &t.db,
            "Riverside Primary",
            "123456",
            SettingPhase::Primary,
            &[&senco],
        );
        support::setting_with_staff(
            &t.db,
            "Northgate Academy",
            "654321",
            SettingPhase::Secondary,
            &[&other_senco],
        );

        // A case at assessment: received 7 September, decided to assess 19 October.
        let state = &shared.state;
        let case_id = {
            let mut c = state.db.conn().unwrap();
            let case_ref = persistence::cases::next_case_ref(&mut c, 2026).unwrap();
            let case = persistence::cases::create(
                &mut c,
                &NewCase {
                    id: uuid::Uuid::now_v7().to_string(),
                    case_ref,
                    stage: CaseStage::RequestDraft,
                    coordinator: Some(co.id.clone()),
                    child_born_on: Some(date(2018, 3, 14)),
                    request_received_on: None,
                },
                state.now(),
            )
            .unwrap();
            for (event, on) in [
                (CaseEvent::RequestSubmitted, date(2026, 9, 7)),
                (CaseEvent::RequestRegistered, date(2026, 9, 7)),
                (CaseEvent::CoordinatorAllocated, date(2026, 9, 7)),
                (
                    CaseEvent::DecisionToAssess {
                        decision: AssessDecision::Assess,
                    },
                    date(2026, 10, 19),
                ),
            ] {
                api::cases::record_event(
                    &mut c,
                    &state.statutory,
                    &case.id,
                    event,
                    on,
                    Some(&co.id),
                    state.now(),
                )
                .unwrap();
            }
            case.id
        };
        let case_uri = format!("/api/v1/cases/{case_id}");
        let plan_uri = format!("{case_uri}/plan");
        let mut coordinator = support::signed_in_as(&shared, &co);
        let granted = coordinator
            .post(
                &app,
                &format!("{case_uri}/access"),
                json!({"kind": "family", "id": parent.id.as_str()}),
            )
            .await;
        assert!(granted.status < 300, "{}", granted.body);

        // The psychologist is asked, answers and submits.
        let asked = coordinator
            .post(
                &app,
                &format!("{case_uri}/advice-requests"),
                json!({"recipients": [{"kind": "person", "id": ep.id.as_str()}], "note": "Please"}),
            )
            .await;
        assert_eq!(asked.status, 201, "{}", asked.body);
        let request_id = asked.body["items"][0]["id"].as_str().unwrap().to_owned();
        let mut psychologist = support::signed_in_as(&shared, &ep);
        let response_uri = format!("/api/v1/advice-requests/{request_id}/response");
        let current = psychologist.get(&app, &response_uri).await;
        let saved = psychologist
            .call_with_headers(
                &app,
                Method::PUT,
                &response_uri,
                &[("If-Match", &etag(&current))],
                Some(advice()),
            )
            .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        let submitted = psychologist
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{response_uri}/submit"),
                &[("If-Match", &etag(&saved))],
                None,
            )
            .await;
        assert!(submitted.status < 300, "{}", submitted.body);

        let no_versions = coordinator.get(&app, &format!("{plan_uri}/versions")).await;
        assert_eq!(
            no_versions.status, 200,
            "no plan yet is an empty list, not an error"
        );
        assert_eq!(no_versions.body["items"], json!([]));
        let too_soon = coordinator.post(&app, &plan_uri, json!({})).await;
        assert_eq!(
            too_soon.status, 409,
            "no draft before the decision to issue"
        );
        {
            let mut c = state.db.conn().unwrap();
            api::cases::record_event(
                &mut c,
                &state.statutory,
                &case_id,
                CaseEvent::DecisionToIssue {
                    decision: IssueDecision::Issue,
                },
                state.today(),
                Some(&co.id),
                state.now(),
            )
            .unwrap();
        }

        // The co-ordinator starts the draft: pre-populated from the advice.
        let started = coordinator.post(&app, &plan_uri, json!({})).await;
        assert_eq!(started.status, 201, "{}", started.body);
        let draft = started.body.clone();
        assert_eq!(draft["status"], "draft");
        assert_eq!(draft["version_no"], 1);
        assert_eq!(
            draft["content"]["education_needs"][0]["text"],
            "Finds it hard to take turns in conversation"
        );
        assert_eq!(draft["content"]["outcomes"][0]["need_ids"], json!(["b1"]));
        assert_eq!(draft["content"]["advice"][0]["author"], "Priya Shah");
        assert!(draft["content"]["placement"].is_null());
        let flagged = draft["checks"]["flagged"].as_array().unwrap();
        assert!(
            flagged
                .iter()
                .any(|f| f["item_id"] == "f1"
                    && f["message"].as_str().unwrap().contains("access to")),
            "{flagged:?}"
        );
        assert_eq!(
            coordinator.post(&app, &plan_uri, json!({})).await.status,
            409,
            "one draft at a time"
        );
        let mut family = support::signed_in_as(&shared, &parent);
        assert_eq!(
            family.get(&app, &plan_uri).await.status,
            404,
            "the draft is its author's until shared"
        );
        assert_eq!(
            psychologist.get(&app, &plan_uri).await.status,
            404,
            "and not the advisers'"
        );

        // The co-ordinator fixes the vague provision; section I must stay blank.
        let mut content = draft["content"].clone();
        content["education_provision"][0] = json!({
            "id": "f1",
            "what": "A speech and language group of four children",
            "who": "A speech and language therapist",
            "how_often": "Two 30-minute sessions a week",
            "how_long": "Until the annual review",
            "outcome_ids": ["e1"]
        });
        let version = format!("\"{}\"", draft["version"]);
        let mut named = content.clone();
        named["placement"] = json!({"setting_id": school.as_str(), "name": "Riverside Primary"});
        let early = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", &version)],
                Some(named.clone()),
            )
            .await;
        assert_eq!(early.status, 409, "{}", early.body);
        assert!(early.body["detail"].as_str().unwrap().contains("Section I"));
        let fixed = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", &version)],
                Some(content.clone()),
            )
            .await;
        assert_eq!(fixed.status, 200, "{}", fixed.body);
        assert!(
            fixed.body["checks"]["flagged"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        let stale = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", &version)],
                Some(content.clone()),
            )
            .await;
        assert_eq!(stale.status, 412, "two people never overwrite each other");
        let mut dangling = content.clone();
        dangling["outcomes"][0]["need_ids"] = json!(["b9"]);
        let refused = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", "*")],
                Some(dangling),
            )
            .await;
        assert_eq!(refused.status, 422);
        assert_eq!(
            refused.body["errors"][0]["field"],
            "outcomes[0].need_ids[0]"
        );
        let unknown = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", "*")],
                Some(json!({"section_z": 1})),
            )
            .await;
        assert_eq!(unknown.status, 400, "unknown fields are refused");

        // Shared: the family read it, with the day their comments close.
        let shared_plan = coordinator
            .post(&app, &format!("{plan_uri}/share"), json!({}))
            .await;
        assert_eq!(shared_plan.status, 200, "{}", shared_plan.body);
        assert_eq!(shared_plan.body["comments_due"], "2026-12-14");
        let seen = family.get(&app, &plan_uri).await;
        assert_eq!(seen.status, 200, "{}", seen.body);
        assert!(
            seen.body["checks"].is_null(),
            "the editor's panel is the co-ordinator's"
        );
        let case_seen = family.get(&app, &case_uri).await;
        assert_eq!(
            case_seen.body["what_next"]["next"]["sentence"],
            "Your comments on the draft plan are due by 14 December 2026 (in 14 days)."
        );
        let comment = family
            .post(
                &app,
                &format!("{plan_uri}/representations"),
                json!({"kind": "comment", "section": "b", "body": "Mornings are the hardest part."}),
            )
            .await;
        assert_eq!(comment.status, 201, "{}", comment.body);
        let schools = family.get(&app, "/api/v1/education-settings").await;
        assert_eq!(
            schools.status, 200,
            "the family choose from the LA's settings"
        );
        assert_eq!(
            psychologist
                .get(&app, "/api/v1/education-settings")
                .await
                .status,
            403
        );
        let prefer = family
            .post(
                &app,
                &format!("{plan_uri}/representations"),
                json!({"kind": "preferred_setting", "setting_id": school.as_str(), "body": "Her brother goes there"}),
            )
            .await;
        assert_eq!(prefer.status, 201, "{}", prefer.body);
        let no_section = family
            .post(
                &app,
                &format!("{plan_uri}/representations"),
                json!({"kind": "comment", "body": "Hmm"}),
            )
            .await;
        assert_eq!(no_section.status, 422);
        assert_eq!(no_section.body["errors"][0]["field"], "section");
        assert_eq!(
            psychologist
                .post(
                    &app,
                    &format!("{plan_uri}/representations"),
                    json!({"kind": "meeting"})
                )
                .await
                .status,
            404,
            "comments are the family's and settings'"
        );

        // The school is consulted and answers yes; another school may not answer for it.
        let consulted = coordinator
            .post(
                &app,
                &format!("{plan_uri}/consultations"),
                json!({"setting_id": school.as_str()}),
            )
            .await;
        assert_eq!(consulted.status, 201, "{}", consulted.body);
        let consultation = &consulted.body["consultations"][0];
        assert_eq!(consultation["answer_due"], "2026-12-15");
        let answer_uri = format!(
            "/api/v1/plan-consultations/{}/answer",
            consultation["id"].as_str().unwrap()
        );
        let mut other = support::signed_in_as(&shared, &other_senco);
        assert_eq!(
            other
                .post(&app, &answer_uri, json!({"answer": "yes"}))
                .await
                .status,
            404
        );
        let mut school_senco = support::signed_in_as(&shared, &senco);
        let no_reason = school_senco
            .post(&app, &answer_uri, json!({"answer": "no"}))
            .await;
        assert_eq!(no_reason.status, 422);
        let yes = school_senco
            .post(
                &app,
                &answer_uri,
                json!({"answer": "yes", "reasons": "We can meet her needs"}),
            )
            .await;
        assert_eq!(yes.status, 200, "{}", yes.body);
        assert_eq!(yes.body["answer"], "yes");
        let beside = coordinator.get(&app, &plan_uri).await;
        assert_eq!(beside.body["representations"].as_array().unwrap().len(), 2);
        assert_eq!(beside.body["representations"][0]["section"], "b");
        assert_eq!(
            beside.body["consultations"][0]["answered_by"]["name"],
            "Sam Patel"
        );

        // Issue: not without section I; then with it.
        let not_yet = coordinator
            .post(&app, &format!("{plan_uri}/issue"), json!({}))
            .await;
        assert_eq!(not_yet.status, 409);
        assert!(
            not_yet.body["detail"]
                .as_str()
                .unwrap()
                .contains("section I")
        );
        let v = format!("\"{}\"", beside.body["version"]);
        let placed = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", &v)],
                Some(named),
            )
            .await;
        assert_eq!(placed.status, 200, "{}", placed.body);
        clock.advance(Duration::days(16));
        let mut coordinator = support::signed_in_as(&shared, &co);
        let issued = coordinator
            .post(&app, &format!("{plan_uri}/issue"), json!({}))
            .await;
        assert_eq!(issued.status, 200, "{}", issued.body);
        assert_eq!(issued.body["status"], "final");
        assert_eq!(issued.body["issued_on"], "2026-12-16");
        assert_eq!(issued.body["next_review_on"], "2027-12-16");
        let frozen = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", "*")],
                Some(content.clone()),
            )
            .await;
        assert_eq!(frozen.status, 404, "an issued plan is never edited");

        // The adviser sees the plan within the grace period and not after it.
        // Their tray lists the case while they may open it, and not after.
        let listed = |reply: &Reply| -> Vec<String> {
            reply.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_owned())
                .collect()
        };
        let mut psychologist = support::signed_in_as(&shared, &ep);
        assert_eq!(psychologist.get(&app, &plan_uri).await.status, 200);
        let mine = psychologist.get(&app, "/api/v1/cases").await;
        assert_eq!(listed(&mine), vec![case_id.clone()]);
        clock.advance(Duration::days(61));
        let mut psychologist = support::signed_in_as(&shared, &ep);
        assert_eq!(psychologist.get(&app, &plan_uri).await.status, 404);
        let mine = psychologist.get(&app, "/api/v1/cases").await;
        assert!(listed(&mine).is_empty(), "{}", mine.body);

        // An amendment: version 2, a changed provision, and the difference shows it.
        let mut coordinator = support::signed_in_as(&shared, &co);
        let amending = coordinator.post(&app, &plan_uri, json!({})).await;
        assert_eq!(amending.status, 201, "{}", amending.body);
        assert_eq!(amending.body["version_no"], 2);
        assert_eq!(amending.body["amendment"], true);
        let mut changed = amending.body["content"].clone();
        changed["education_provision"][0]["how_often"] = json!("Three 30-minute sessions a week");
        let v = format!("\"{}\"", amending.body["version"]);
        let saved = coordinator
            .call_with_headers(
                &app,
                Method::PUT,
                &plan_uri,
                &[("If-Match", &v)],
                Some(changed),
            )
            .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        let mut family = support::signed_in_as(&shared, &parent);
        let still_v1 = family.get(&app, &plan_uri).await;
        assert_eq!(
            still_v1.body["version_no"], 1,
            "the family see the issued plan meanwhile"
        );
        assert_eq!(
            coordinator
                .post(&app, &format!("{plan_uri}/share"), json!({}))
                .await
                .status,
            200
        );
        let v2 = coordinator
            .post(&app, &format!("{plan_uri}/issue"), json!({}))
            .await;
        assert_eq!(v2.status, 200, "{}", v2.body);
        assert_eq!(v2.body["version_no"], 2);

        let versions = family.get(&app, &format!("{plan_uri}/versions")).await;
        assert_eq!(versions.status, 200);
        assert_eq!(versions.body["items"].as_array().unwrap().len(), 2);
        let first = family.get(&app, &format!("{plan_uri}/versions/1")).await;
        assert_eq!(
            first.body["content"]["education_provision"][0]["how_often"],
            "Two 30-minute sessions a week",
            "an issued version never changes"
        );
        let diff = family
            .get(&app, &format!("{plan_uri}/diff?from=1&to=2"))
            .await;
        assert_eq!(diff.status, 200, "{}", diff.body);
        let sections = diff.body["sections"].as_array().unwrap();
        assert_eq!(sections.len(), 1, "{sections:?}");
        assert_eq!(sections[0]["section"], "f");
        let change = &sections[0]["changes"][0];
        assert_eq!(change["change"], "changed");
        assert_eq!(change["id"], "f1");
        assert!(
            change["after"]
                .as_str()
                .unwrap()
                .contains("Three 30-minute sessions a week")
        );

        // Every version downloads as a PDF: reference, version and dates on each page.
        let pdf_uri = format!("{plan_uri}/versions/1/pdf");
        let pdf = family.send_bytes(&app, Method::GET, &pdf_uri, None).await;
        assert_eq!(pdf.status, 200);
        assert_eq!(pdf.headers.get("content-type").unwrap(), "application/pdf");
        let text = api::pdf::text_of(&pdf.bytes).join("\n");
        let case_ref = {
            let mut c = t.db.conn().unwrap();
            persistence::cases::find(&mut c, &case_id).unwrap().case_ref
        };
        for expected in [
            "Page 1 of",
            "Version 1",
            case_ref.as_str(),
            "Issued 16 December 2026",
            "Annual review due by 16 December 2027",
            "Section F: Special educational provision",
            "How often: Two 30-minute sessions a week",
            "Riverside Primary",
        ] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
        let again = family.send_bytes(&app, Method::GET, &pdf_uri, None).await;
        assert_eq!(
            again.bytes, pdf.bytes,
            "the same version renders to the same bytes"
        );
        let v2_pdf = family
            .send_bytes(
                &app,
                Method::GET,
                &format!("{plan_uri}/versions/2/pdf"),
                None,
            )
            .await;
        assert!(
            api::pdf::text_of(&v2_pdf.bytes)
                .join("\n")
                .contains("How often: Three 30-minute sessions a week")
        );

        // A real PDF reader finds the same: the footer, and the front page's wording.
        let read = support::pdf_text(&pdf.bytes);
        for expected in [
            "Page 1 of",
            "Version 1",
            case_ref.as_str(),
            "under section 37 of the Children and Families Act 2014",
        ] {
            assert!(read.contains(expected), "{expected} in {read}");
        }

        // The family's letters: the decisions to assess and to issue, and a covering letter with
        // each final plan telling them their rights.
        let letters_uri = format!("{case_uri}/letters");
        let letters = family.get(&app, &letters_uri).await;
        assert_eq!(letters.status, 200, "{}", letters.body);
        let items = letters.body["items"].as_array().unwrap();
        let kinds: Vec<(String, Value)> = items
            .iter()
            .map(|l| {
                (
                    l["kind"].as_str().unwrap().to_owned(),
                    l["plan_version"].clone(),
                )
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("final_plan_cover".to_owned(), json!(2)),
                ("final_plan_cover".to_owned(), json!(1)),
                ("decision_to_issue".to_owned(), Value::Null),
                ("decision_to_assess".to_owned(), Value::Null),
            ]
        );
        let cover_uri = format!("{letters_uri}/{}/pdf", items[1]["id"].as_str().unwrap());
        let cover = family.send_bytes(&app, Method::GET, &cover_uri, None).await;
        assert_eq!(cover.status, 200);
        assert_eq!(
            cover.headers.get("content-type").unwrap(),
            "application/pdf"
        );
        let read = support::pdf_text(&cover.bytes);
        for expected in [
            "Your child's final EHC plan",
            "On 16 December 2026",
            "(version 1). It names Riverside Primary in section I.",
            "the next annual review must take place by 16 December 2027",
            "Contact the mediation adviser by 16 February 2027.",
            "your case co-ordinator, Chris Okafor",
            "Page 1 of",
            case_ref.as_str(),
        ] {
            assert!(read.contains(expected), "{expected} in {read}");
        }
        assert_eq!(
            psychologist.get(&app, &letters_uri).await.status,
            404,
            "the family's letters are not the advisers' to read"
        );
        assert_eq!(
            psychologist
                .send_bytes(&app, Method::GET, &cover_uri, None)
                .await
                .status,
            404
        );

        // Each was told, in the hub and by email, with no child's details.
        let inbox = |user: &User| -> Vec<(String, String)> {
            let mut c = t.db.conn().unwrap();
            persistence::inbox::list(&mut c, &user.id, false, None, 100)
                .unwrap()
                .0
                .into_iter()
                .map(|i| (i.template_key, i.subject))
                .collect()
        };
        let family_told = inbox(&parent);
        assert!(
            family_told
                .iter()
                .any(|(k, subject)| k == "draft_plan_ready"
                    && subject.contains("comments by 14 December 2026")),
            "{family_told:?}"
        );
        assert!(family_told.iter().any(|(k, _)| k == "final_plan_issued"));
        let school_told = inbox(&senco);
        assert!(
            school_told
                .iter()
                .any(|(k, subject)| k == "consultation_request"
                    && subject.contains("reply by 15 December 2026")),
            "{school_told:?}"
        );
        for (_, subject) in family_told.iter().chain(&school_told) {
            assert!(
                !subject.contains("Pat") && !subject.contains("Riverside"),
                "{subject}"
            );
        }

        let timeline: Vec<String> = {
            let mut c = t.db.conn().unwrap();
            persistence::timeline::of_case(&mut c, &case_id, 100)
                .unwrap()
                .into_iter()
                .map(|e| e.summary)
                .collect()
        };
        for expected in [
            "Started the draft EHC plan from the advice and views",
            "Commented on Section B: Special educational needs of the draft plan",
            "Consulted Riverside Primary on being named in the plan",
            "Riverside Primary answered the consultation: yes. Reasons: We can meet her needs",
        ] {
            assert!(
                timeline.iter().any(|s| s == expected),
                "{expected} in {timeline:?}"
            );
        }
        assert!(
            timeline
                .iter()
                .any(|s| s.starts_with("Issued the final plan, version 1"))
        );
        assert!(
            timeline
                .iter()
                .any(|s| s.starts_with("Issued the amended plan, version 2"))
        );
    }
}
