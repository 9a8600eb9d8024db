//! PDF downloads of advice and of requests for assessment, told as the people
//! who keep or print them, on SQLite and (when configured) PostgreSQL. A PDF is
//! read exactly as its JSON is: what you may not read answers 404, like
//! something missing, and the refusal is audited.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::Method;
use actix_web::test;
use api::app::Shared;
use api::state::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use domain::lifecycle::{AssessDecision, CaseEvent, CaseStage};
use domain::organisations::SettingPhase;
use domain::people::{DisplayName, Role, SettingId, User};
use persistence::case_parties::Child;
use persistence::cases::NewCase;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};
use support::Browser;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct World {
    t: TestDb,
    shared: Shared,
    _spa: tempfile::TempDir,
    co: User,
    case_id: String,
    case_ref: String,
}

/// Monday 30 November 2026; a case for Zoë Okonkwo-Smith at the assessment stage.
fn world(t: TestDb) -> World {
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap());
    let spa = tempfile::tempdir().unwrap();
    let shared =
        support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
    let co = person(&t, Role::CaseCoordinator, "co@example.org", "Chris Okafor");
    let state = &shared.state;
    let now = state.now();
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
        now,
    )
    .unwrap();
    persistence::case_parties::set_child(
        &mut c,
        &case.id,
        &Child {
            given_names: "Zoë".into(),
            family_name: "Okonkwo-Smith".into(),
            looked_after: false,
            parental_responsibility: "Both parents".into(),
            preferred_language: String::new(),
            setting: None,
        },
        now,
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
            now,
        )
        .unwrap();
    }
    drop(c);
    World {
        t,
        shared,
        _spa: spa,
        co,
        case_id: case.id,
        case_ref: case.case_ref,
    }
}

fn person(t: &TestDb, role: Role, email: &str, name: &str) -> User {
    let mut new = build::new_user(role, email);
    new.display_name = DisplayName::parse(name).unwrap();
    build::create(&t.db, &new)
}

impl World {
    fn browser(&self, user: &User) -> Browser {
        support::signed_in_as(&self.shared, user)
    }

    fn audited(&self, object_type: &str, id: &str) -> Vec<(String, String)> {
        let mut c = self.t.db.conn().unwrap();
        persistence::audit::for_object(&mut c, object_type, id)
            .unwrap()
            .into_iter()
            .map(|e| (e.action, e.outcome))
            .collect()
    }
}

/// A file as a browser's download link fetches it.
type Download = support::BytesReply;

impl Download {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .unwrap_or_else(|| panic!("{name} header"))
            .to_str()
            .unwrap()
    }

    /// The PDF's text, line by line as laid out, joined by newlines.
    fn text(&self) -> String {
        api::pdf::text_of(&self.bytes).join("\n")
    }

    fn problem(&self) -> Value {
        let mut body = self.json();
        body.as_object_mut().unwrap().remove("request_id");
        body
    }
}

/// A download link sends the cookie and no CSRF header (a GET needs none).
async fn download<S, B>(app: &S, browser: &Browser, uri: &str) -> Download
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let mut link = Browser {
        cookies: browser.cookies.clone(),
        csrf: false,
    };
    link.send_bytes(app, actix_web::http::Method::GET, uri, None)
        .await
}

fn assert_is_a_pdf_attachment(d: &Download, file_name: &str) {
    assert_eq!(d.status, 200, "{}", String::from_utf8_lossy(&d.bytes));
    assert_eq!(d.header("content-type"), "application/pdf");
    assert!(
        d.header("content-disposition").starts_with(&format!(
            "attachment; filename=\"{file_name}\"; filename*=UTF-8''"
        )),
        "{}",
        d.header("content-disposition")
    );
    assert_eq!(d.header("x-content-type-options"), "nosniff");
    assert_eq!(d.header("content-security-policy"), "sandbox");
    assert_eq!(d.header("cache-control"), "no-store");
    assert!(d.bytes.starts_with(b"%PDF-"));
    assert!(
        String::from_utf8_lossy(&d.bytes[d.bytes.len() - 8..])
            .trim_end()
            .ends_with("%%EOF")
    );
}

/// Sends a request for advice to `to` (a person); its id.
async fn ask<S, B>(app: &S, w: &World, to: &User) -> String
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let reply = w
        .browser(&w.co)
        .post(
            app,
            &format!("/api/v1/cases/{}/advice-requests", w.case_id),
            json!({
                "recipients": [{"kind": "person", "id": to.id.as_str()}],
                "note": "Please focus on mobility at school."
            }),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.body["items"][0]["id"].as_str().unwrap().to_owned()
}

fn complete_advice() -> Value {
    json!({
        "will_provide": "yes_known_meets_criteria",
        "will_provide_details": "Seen in clinic since 2024",
        "background": {
            "first_contact": "Referred by the GP in March 2024",
            "discussions_with_parents": "Met Zoë’s mum on 3 November —\nshe is worried about PE.",
            "support_in_place": "Weekly physiotherapy sessions",
            "effect_of_support": "Walks further; still tires by the afternoon"
        },
        "areas": {
            "sensory_and_physical": {
                "strengths": "Determined and cheerful",
                "needs": "Fatigue affects the afternoon",
                "outcomes": [{
                    "description": "Takes part in PE safely",
                    "pfa": ["health", "community_inclusion"],
                    "steps": [{"text": "Care plan agreed with school", "target_date": "2027-03-01"}],
                    "provisions": [{"description": "Physiotherapy programme delivered daily by a trained assistant"}]
                }]
            }
        }
    })
}

/// Saves `content` as the draft of request `id` (at version `etag`).
async fn save_draft<S, B>(app: &S, b: &mut Browser, id: &str, etag: &str, content: Value)
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let saved = b
        .call_with_headers(
            app,
            Method::PUT,
            &format!("/api/v1/advice-requests/{id}/response"),
            &[("If-Match", etag)],
            Some(content),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
}

/// Saves the complete template over whatever is there and submits it.
async fn answer<S, B>(app: &S, b: &mut Browser, id: &str)
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let current = b
        .get(app, &format!("/api/v1/advice-requests/{id}/response"))
        .await;
    assert_eq!(current.status, 200, "{}", current.body);
    let etag = current.headers.get("etag").unwrap().to_str().unwrap();
    let saved = b
        .call_with_headers(
            app,
            Method::PUT,
            &format!("/api/v1/advice-requests/{id}/response"),
            &[("If-Match", etag)],
            Some(complete_advice()),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let etag = saved.headers.get("etag").unwrap().to_str().unwrap();
    let submitted = b
        .call_with_headers(
            app,
            Method::POST,
            &format!("/api/v1/advice-requests/{id}/response/submit"),
            &[("If-Match", etag)],
            None,
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
}

fn pdf_of_advice(id: &str) -> String {
    format!("/api/v1/advice-requests/{id}/response/pdf")
}

#[actix_rt::test]
async fn a_contributor_downloads_their_own_draft_advice_as_a_pdf_marked_draft_on_every_page() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = person(&w.t, Role::Contributor, "ep@example.org", "Priya Shah");
        let id = ask(&app, &w, &ep).await;
        let mut priya = w.browser(&ep);

        // Not started: the empty template, every answer "Not answered".
        let empty = download(&app, &priya, &pdf_of_advice(&id)).await;
        let file = format!("advice-{}-priya-shah-draft.pdf", w.case_ref);
        assert_is_a_pdf_attachment(&empty, &file);
        assert!(empty.text().contains("Not answered"), "{}", empty.text());

        let mut draft = complete_advice();
        draft["background"]["effect_of_support"] = json!("");
        save_draft(&app, &mut priya, &id, "\"1\"", draft).await;
        let d = download(&app, &priya, &pdf_of_advice(&id)).await;
        assert_is_a_pdf_attachment(&d, &file);
        // The content streams are plain: an ASCII phrase is in the bytes as typed.
        assert!(
            String::from_utf8_lossy(&d.bytes).contains("(Referred by the GP in March 2024)"),
            "uncompressed text"
        );
        let text = d.text();
        for expected in [
            "Advice for an EHC needs assessment: ".to_owned() + &w.case_ref,
            "Child or young person: Zoë Okonkwo-Smith".into(),
            "Date of birth".into(),
            "14 March 2018".into(),
            "Requested by".into(),
            "Chris Okafor".into(),
            "11 January 2027".into(),
            "Please focus on mobility at school.".into(),
            "Priya Shah".into(),
            "Yes - the child or young person is known and meets the criteria for an assessment"
                .into(),
            "When did the child or young person first come into contact with your organisation?"
                .into(),
            "Referred by the GP in March 2024".into(),
            "Met Zoë’s mum on 3 November —\nshe is worried about PE.".into(),
            "Sensory and/or physical".into(),
            "Determined and cheerful".into(),
            "Takes part in PE safely".into(),
            "Health, Community inclusion".into(),
            "Care plan agreed with school (by 1 March 2027)".into(),
            "Physiotherapy programme delivered daily by a trained assistant".into(),
            "Communication and interaction\nNot an area of need.".into(),
            "Not answered".into(),
            "Exampleshire County Council · Downloaded on 30 November 2026".into(),
        ] {
            assert!(text.contains(&expected), "{expected:?} in\n{text}");
        }
        let pages = text.matches("Page 1 of ").count();
        assert_eq!(pages, 1);
        let total: usize = text
            .split("Page 1 of ")
            .nth(1)
            .and_then(|rest| rest.lines().next())
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            text.matches("DRAFT — not submitted").count(),
            total,
            "the draft marking heads each of the {total} pages"
        );

        // Submitted: the marking goes, the date it was submitted comes.
        answer(&app, &mut priya, &id).await;
        let submitted = download(&app, &priya, &pdf_of_advice(&id)).await;
        assert_is_a_pdf_attachment(
            &submitted,
            &format!("advice-{}-priya-shah-submitted.pdf", w.case_ref),
        );
        let text = submitted.text();
        assert!(!text.contains("DRAFT"), "{text}");
        assert!(text.contains("Submitted on 30 November 2026"), "{text}");
        assert!(text.contains("Walks further; still tires by the afternoon"));

        assert!(
            w.audited("advice_request", &id)
                .contains(&("advice.response.download".into(), "success".into()))
        );
    }
}

#[actix_rt::test]
async fn another_contributor_cannot_download_advice_before_submitting_their_own() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = person(&w.t, Role::Contributor, "ep@example.org", "Priya Shah");
        let sw = person(&w.t, Role::Contributor, "sw@example.org", "Rowan Ellis");
        let stranger = person(&w.t, Role::Contributor, "x@example.org", "Sam Stranger");
        let ep_request = ask(&app, &w, &ep).await;
        let sw_request = ask(&app, &w, &sw).await;
        let mut priya = w.browser(&ep);
        let mut rowan = w.browser(&sw);
        let missing = download(
            &app,
            &priya,
            &pdf_of_advice("0190b7a0-0000-7000-8000-000000000000"),
        )
        .await;
        assert_eq!(missing.status, 404);

        // Rowan's draft is his alone: not Priya's, not the co-ordinator's.
        save_draft(
            &app,
            &mut rowan,
            &sw_request,
            "\"1\"",
            json!({"will_provide_details": "Rowan's private draft"}),
        )
        .await;
        for (who, browser) in [
            ("Priya", &priya),
            ("the co-ordinator", &w.browser(&w.co)),
            ("a stranger", &w.browser(&stranger)),
        ] {
            let refused = download(&app, browser, &pdf_of_advice(&sw_request)).await;
            assert_eq!(refused.status, 404, "{who}");
            assert_eq!(
                refused.header("content-type"),
                "application/problem+json",
                "{who}"
            );
            assert_eq!(
                refused.problem(),
                missing.problem(),
                "{who}: the same as a missing one"
            );
        }

        // Rowan submits; Priya still has not, so his advice stays hidden from her.
        answer(&app, &mut rowan, &sw_request).await;
        assert_eq!(
            download(&app, &priya, &pdf_of_advice(&sw_request))
                .await
                .status,
            404
        );
        assert!(
            w.audited("advice_request", &sw_request)
                .contains(&("advice.response.download".into(), "denied".into()))
        );

        // Once hers is in, she may download his: submitted, not marked as a draft.
        answer(&app, &mut priya, &ep_request).await;
        let his = download(&app, &priya, &pdf_of_advice(&sw_request)).await;
        assert_is_a_pdf_attachment(
            &his,
            &format!("advice-{}-rowan-ellis-submitted.pdf", w.case_ref),
        );
        assert!(his.text().contains("Rowan Ellis"));
        assert!(!his.text().contains("DRAFT"));
        // The co-ordinator downloads submitted advice too.
        let for_la = download(&app, &w.browser(&w.co), &pdf_of_advice(&sw_request)).await;
        assert_eq!(for_la.status, 200);
        // A stranger never.
        assert_eq!(
            download(&app, &w.browser(&stranger), &pdf_of_advice(&sw_request))
                .await
                .status,
            404
        );
    }
}

#[actix_rt::test]
async fn signed_out_nobody_downloads_anything() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = person(&w.t, Role::Contributor, "ep@example.org", "Priya Shah");
        let id = ask(&app, &w, &ep).await;
        let nobody = Browser::new();
        for uri in [
            pdf_of_advice(&id),
            "/api/v1/assessment-requests/anything/pdf".to_owned(),
        ] {
            let d = download(&app, &nobody, &uri).await;
            assert_eq!(d.status, 401, "{uri}");
            assert_eq!(d.header("content-type"), "application/problem+json");
        }
    }
}

// ---- requests for assessment -----------------------------------------------------------

struct Setting {
    senco: User,
    other_senco: User,
    setting: SettingId,
}

fn riverside(t: &TestDb) -> Setting {
    let senco = person(t, Role::Setting, "senco@school.example.org", "Sam Patel");
    let other_senco = person(t, Role::Setting, "senco@other.example.org", "Jo Other");
    let setting = support::setting_with_staff(
        &t.db,
        "Riverside Primary",
        "123456",
        SettingPhase::Primary,
        &[&senco],
    );
    Setting {
        senco,
        other_senco,
        setting,
    }
}

fn request_content() -> Value {
    json!({
        "child": {"given_names": "Alex", "family_name": "Smith", "born_on": "2018-03-04",
                  "preferred_language": "Polish", "parental_responsibility": "Mother"},
        "parent": {"name": "Jo Smith", "relationship": "Mother", "email": "jo.smith@example.org",
                   "phone": "07700 900123", "address": "1 High Street\nExampletown\nEX1 2AB"},
        "concerns": "Alex finds it very hard to communicate with other children.",
        "support_so_far": "Small-group speech and language work, twice a week, since January.",
        "parent_views": "We want Alex to make friends.",
        "parent_agrees": true
    })
}

#[actix_rt::test]
async fn a_senco_downloads_their_draft_request_and_another_senco_gets_404() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let s = riverside(&w.t);
        let mut senco = w.browser(&s.senco);
        let created = senco
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": request_content()}),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        assert_eq!(created.body["setting_id"], s.setting.as_str());
        let id = created.body["id"].as_str().unwrap().to_owned();
        let uri = format!("/api/v1/assessment-requests/{id}/pdf");

        let d = download(&app, &senco, &uri).await;
        assert_is_a_pdf_attachment(&d, &format!("request-for-assessment-{id}.pdf"));
        let text = d.text();
        for expected in [
            "Request for an EHC needs assessment",
            "DRAFT — not submitted",
            "Child or young person: Alex Smith",
            "Status: Draft",
            "Riverside Primary",
            "Started by\nSam Patel",
            "Date of birth\n4 March 2018",
            "Preferred language\nPolish",
            "Looked after by a local authority\nNo",
            "Relationship to the child\nMother",
            "jo.smith@example.org",
            "1 High Street\nExampletown\nEX1 2AB",
            "Alex finds it very hard to communicate with other children.",
            "Small-group speech and language work, twice a week, since January.",
            "Parent or carer's views\nWe want Alex to make friends.",
            "Child or young person's views\nNot answered",
            "The parents know about this request and agree to it\nYes",
            "Page 1 of 2",
            "Page 2 of 2",
        ] {
            assert!(text.contains(expected), "{expected:?} in\n{text}");
        }
        assert!(
            String::from_utf8_lossy(&d.bytes).contains("(Riverside Primary)"),
            "uncompressed text"
        );

        let other = download(&app, &w.browser(&s.other_senco), &uri).await;
        assert_eq!(other.status, 404);
        let missing = download(
            &app,
            &w.browser(&s.other_senco),
            "/api/v1/assessment-requests/no-such-request/pdf",
        )
        .await;
        assert_eq!(
            other.problem(),
            missing.problem(),
            "the same as a missing one"
        );
        let trail = w.audited("assessment_request", &id);
        assert!(trail.contains(&("assessment_request.download".into(), "success".into())));
        assert!(trail.contains(&("assessment_request.download".into(), "denied".into())));
    }
}

#[actix_rt::test]
async fn the_coordinator_cannot_download_a_draft_request_but_can_once_it_is_sent() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let s = riverside(&w.t);
        let mut senco = w.browser(&s.senco);
        let created = senco
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": request_content()}),
            )
            .await;
        let id = created.body["id"].as_str().unwrap().to_owned();
        let uri = format!("/api/v1/assessment-requests/{id}/pdf");
        let mut co = w.browser(&w.co);
        assert_eq!(download(&app, &co, &uri).await.status, 404);

        let sent = senco
            .call_with_headers(
                &app,
                Method::POST,
                &format!("/api/v1/assessment-requests/{id}/submit"),
                &[("If-Match", "\"1\""), ("Idempotency-Key", "send-1")],
                None,
            )
            .await;
        assert_eq!(sent.status, 200, "{}", sent.body);
        let d = download(&app, &co, &uri).await;
        assert_is_a_pdf_attachment(&d, &format!("request-for-assessment-{id}.pdf"));
        let text = d.text();
        assert!(!text.contains("DRAFT"), "{text}");
        assert!(
            text.contains("Status: Submitted, waiting for the local authority"),
            "{text}"
        );
        assert!(text.contains("30 November 2026 (online)"), "{text}");
        assert!(
            text.contains("The local authority decides whether to assess by\n11 January 2027"),
            "{text}"
        );
        // The setting no longer sees it until the LA grants it the case.
        assert_eq!(download(&app, &senco, &uri).await.status, 404);
        let json = co
            .get(&app, &format!("/api/v1/assessment-requests/{id}"))
            .await;
        assert_eq!(json.status, 200);
    }
}
