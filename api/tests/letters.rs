//! The LA's letters to the family, told as stories on SQLite and (when
//! configured) PostgreSQL: a decision not to assess is written to the family
//! with its reasons and their rights, by when; only the family and co-ordinators
//! read it; an administrator changes the letter's wording with a preview, and
//! the change applies from the next letter printed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use domain::letters::LetterKey;
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::notifications::format_date;
use domain::organisations::SettingPhase;
use domain::people::{DisplayName, Role, User};
use domain::rules::DeadlineId;
use persistence::case_parties::Child;
use persistence::cases::NewCase;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::json;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(t: &TestDb, role: Role, email: &str, name: &str) -> User {
    let mut new = build::new_user(role, email);
    new.display_name = DisplayName::parse(name).unwrap();
    build::create(&t.db, &new)
}

#[actix_rt::test]
async fn a_decision_not_to_assess_is_written_to_the_family_with_reasons_and_rights_in_wording_the_la_sets()
 {
    for t in each_backend() {
        // Monday 30 November 2026.
        let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = person(&t, Role::CaseCoordinator, "co@example.org", "Chris Okafor");
        let parent = person(&t, Role::Family, "parent@example.org", "Pat Taylor");
        let senco = person(&t, Role::Setting, "senco@example.org", "Sam Patel");
        let admin = person(&t, Role::Administrator, "admin@example.org", "Ada Admin");
        let school = support::setting_with_staff(
            &t.db,
            "Riverside Primary",
            "123456",
            SettingPhase::Primary,
            &[&senco],
        );

        // A request received on 2 November, for Sam Taylor, born 4 June 2016.
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
                    child_born_on: Some(date(2016, 6, 4)),
                    request_received_on: None,
                },
                state.now(),
            )
            .unwrap();
            persistence::case_parties::set_child(
                &mut c,
                &case.id,
                &Child {
                    given_names: "Sam".into(),
                    family_name: "Taylor".into(),
                    looked_after: false,
                    parental_responsibility: "Pat Taylor".into(),
                    preferred_language: String::new(),
                    setting: None,
                },
                state.now(),
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
                    date(2026, 11, 2),
                    Some(&co.id),
                    state.now(),
                )
                .unwrap();
            }
            case.id
        };
        let case_uri = format!("/api/v1/cases/{case_id}");
        let letters_uri = format!("{case_uri}/letters");
        let mut coordinator = support::signed_in_as(&shared, &co);
        for grant in [
            json!({"kind": "family", "id": parent.id.as_str()}),
            json!({"kind": "setting", "id": school}),
        ] {
            let granted = coordinator
                .post(&app, &format!("{case_uri}/access"), grant)
                .await;
            assert!(granted.status < 300, "{}", granted.body);
        }
        let mut family = support::signed_in_as(&shared, &parent);
        let none = family.get(&app, &letters_uri).await;
        assert_eq!(none.status, 200, "{}", none.body);
        assert_eq!(none.body["items"], json!([]), "no decision, no letter");

        // The co-ordinator decides not to assess, with reasons.
        let reasons = "Sam's needs are being met through SEN support at Riverside Primary.";
        let decided = coordinator
            .post(
                &app,
                &format!("{case_uri}/decisions"),
                json!({"decision": "not_to_assess", "reasons": reasons}),
            )
            .await;
        assert_eq!(decided.status, 200, "{}", decided.body);

        let listed = family.get(&app, &letters_uri).await;
        assert_eq!(listed.status, 200, "{}", listed.body);
        let items = listed.body["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!(items[0]["kind"], "decision_not_to_assess");
        assert_eq!(items[0]["name"], "Decision not to assess");
        assert_eq!(items[0]["dated"], "2026-11-30");
        let pdf_uri = format!("{letters_uri}/{}/pdf", items[0]["id"].as_str().unwrap());
        let letter = family.send_bytes(&app, Method::GET, &pdf_uri, None).await;
        assert_eq!(letter.status, 200);
        assert_eq!(
            letter.headers.get("content-type").unwrap(),
            "application/pdf"
        );
        let disposition = letter
            .headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            disposition.contains("decision-not-to-assess-") && disposition.contains("2026-11-30"),
            "{disposition}"
        );
        let case_ref = {
            let mut c = t.db.conn().unwrap();
            persistence::cases::find(&mut c, &case_id).unwrap().case_ref
        };
        let clock_rules = state.statutory.clock();
        let mediation_by = format_date(
            clock_rules
                .due(DeadlineId::D23, date(2026, 11, 30))
                .unwrap(),
        );
        let appeal_by = format_date(
            clock_rules
                .due(DeadlineId::D26, date(2026, 11, 30))
                .unwrap(),
        );
        let read = support::pdf_text(&letter.bytes);
        for expected in [
            "Decision not to carry out an EHC needs assessment",
            "Sam Taylor, born 4 June 2016",
            case_ref.as_str(),
            "On 30 November 2026",
            reasons,
            "your case co-ordinator, Chris Okafor",
            &format!("Contact the mediation adviser by {mediation_by}."),
            &format!("The last day to appeal is {appeal_by}"),
            "Page 1 of 1",
        ] {
            assert!(read.contains(expected), "{expected:?} in {read}");
        }
        assert_eq!(
            family
                .send_bytes(&app, Method::GET, &pdf_uri, None)
                .await
                .bytes,
            letter.bytes,
            "a letter prints the same bytes twice"
        );
        let by_coordinator = coordinator
            .send_bytes(&app, Method::GET, &pdf_uri, None)
            .await;
        assert_eq!(
            by_coordinator.status, 200,
            "co-ordinators read the letters too"
        );

        // The school sees the case, but the family's letters are not theirs.
        let mut school_staff = support::signed_in_as(&shared, &senco);
        assert_eq!(school_staff.get(&app, &case_uri).await.status, 200);
        assert_eq!(school_staff.get(&app, &letters_uri).await.status, 404);
        assert_eq!(
            school_staff
                .send_bytes(&app, Method::GET, &pdf_uri, None)
                .await
                .status,
            404
        );
        assert_eq!(
            family
                .send_bytes(
                    &app,
                    Method::GET,
                    &format!("{letters_uri}/nothing/pdf"),
                    None
                )
                .await
                .status,
            404
        );

        // The administrator sees every letter and the plan's front page...
        let mut administrator = support::signed_in_as(&shared, &admin);
        assert_eq!(
            administrator.get(&app, &letters_uri).await.status,
            404,
            "no case content"
        );
        let templates = administrator
            .get(&app, "/api/v1/admin/letter-templates")
            .await;
        assert_eq!(templates.status, 200);
        let keys: Vec<&str> = templates.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys.len(), LetterKey::ALL.len());
        assert!(keys.contains(&"plan_front_page"));
        assert_eq!(
            family
                .get(&app, "/api/v1/admin/letter-templates")
                .await
                .status,
            403
        );

        // ...is told exactly what is wrong with wording before it is saved...
        let template_uri = "/api/v1/admin/letter-templates/decision_not_to_assess";
        let wrong_value = json!({"title": "Decision", "body": "Review by ((review_due))"});
        let refused = administrator
            .call(&app, Method::PUT, template_uri, Some(wrong_value))
            .await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert_eq!(refused.body["errors"][0]["field"], "body");
        assert!(
            refused.body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("((review_due))")
        );
        let no_title = json!({"title": "  ", "body": "((reasons))"});
        let refused = administrator
            .call(&app, Method::PUT, template_uri, Some(no_title))
            .await;
        assert_eq!(refused.status, 422);
        assert_eq!(refused.body["errors"][0]["field"], "title");

        // ...previews it with example values, as text and as the PDF...
        let wording = json!({
            "title": "Our decision about ((child_name))",
            "body": "## Our reasons\n\n((reasons))\n\n- Mediation: by ((mediation_by))\n- Appeal: by ((appeal_by))"
        });
        let preview = administrator
            .post(&app, &format!("{template_uri}/preview"), wording.clone())
            .await;
        assert_eq!(preview.status, 200, "{}", preview.body);
        assert_eq!(preview.body["title"], "Our decision about Sam Example");
        assert_eq!(
            preview.body["blocks"][0],
            json!({"kind": "heading", "text": "Our reasons"})
        );
        assert_eq!(preview.body["blocks"][2]["kind"], "bullets");
        let preview_pdf = administrator
            .post_for_bytes(
                &app,
                &format!("{template_uri}/preview/pdf"),
                wording.clone(),
            )
            .await;
        assert_eq!(preview_pdf.status, 200);
        assert!(support::pdf_text(&preview_pdf.bytes).contains("Our decision about Sam Example"));
        let unchanged = family.send_bytes(&app, Method::GET, &pdf_uri, None).await;
        assert_eq!(unchanged.bytes, letter.bytes, "a preview saves nothing");

        // ...saves it, and the next letter printed uses it.
        let saved = administrator
            .call(&app, Method::PUT, template_uri, Some(wording))
            .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        assert_eq!(saved.body["customised"], true);
        let reprinted = family.send_bytes(&app, Method::GET, &pdf_uri, None).await;
        let read = support::pdf_text(&reprinted.bytes);
        assert!(read.contains("Our decision about Sam Taylor"), "{read}");
        assert!(read.contains("Our reasons"));
        assert!(read.contains(reasons));
        assert!(read.contains(&format!("Mediation: by {mediation_by}")));
        assert!(!read.contains("Thank you for the request"));

        // Back to the default wording: the letter is as it was, byte for byte.
        let reset = administrator
            .call(&app, Method::DELETE, template_uri, None)
            .await;
        assert_eq!(reset.status, 200);
        assert_eq!(reset.body["customised"], false);
        let again = family.send_bytes(&app, Method::GET, &pdf_uri, None).await;
        assert_eq!(again.bytes, letter.bytes);

        // Each change of wording is in the audit log.
        let mut c = t.db.conn().unwrap();
        let actions: Vec<String> = persistence::audit::recent(&mut c, 50)
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert!(
            actions.iter().any(|a| a == "letter_template.changed"),
            "{actions:?}"
        );
        assert!(actions.iter().any(|a| a == "letter_template.reset"));
    }
}
