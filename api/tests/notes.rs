//! Notes on a case's timeline through the API, told as the co-ordinator's, a
//! colleague's and the family's stories, on SQLite and (when configured)
//! PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::people::{DisplayName, Role, User};
use persistence::cases::NewCase;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(t: &TestDb, role: Role, email: &str, name: &str) -> User {
    build::create(
        &t.db,
        &persistence::users::NewUser {
            display_name: DisplayName::parse(name).unwrap(),
            ..build::new_user(role, email)
        },
    )
}

/// The people of these stories: Chris, the case's co-ordinator; Morgan, another
/// co-ordinator; Pat, the parent the case is granted to.
struct Story {
    shared: api::app::Shared,
    chris: User,
    morgan: User,
    pat: User,
    case_id: String,
}

impl Story {
    async fn new<S, B>(t: &TestDb, shared: api::app::Shared, app: &S) -> Story
    where
        S: actix_web::dev::Service<
                actix_http::Request,
                Response = actix_web::dev::ServiceResponse<B>,
                Error = actix_web::Error,
            >,
        B: actix_web::body::MessageBody,
    {
        let chris = person(
            t,
            Role::CaseCoordinator,
            "chris@example.org",
            "Chris Okafor",
        );
        let morgan = person(
            t,
            Role::CaseCoordinator,
            "morgan@example.org",
            "Morgan Hughes",
        );
        let pat = person(t, Role::Family, "pat@example.org", "Pat Taylor");
        let case_id = {
            let state = &shared.state;
            let mut c = state.db.conn().unwrap();
            let case_ref = persistence::cases::next_case_ref(&mut c, 2025).unwrap();
            let case = persistence::cases::create(
                &mut c,
                &NewCase {
                    id: uuid::Uuid::now_v7().to_string(),
                    case_ref,
                    stage: CaseStage::RequestDraft,
                    coordinator: Some(chris.id.clone()),
                    child_born_on: Some(date(2017, 3, 14)),
                    request_received_on: None,
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
                    date(2025, 9, 1),
                    Some(&chris.id),
                    state.now(),
                )
                .unwrap();
            }
            case.id
        };
        let granted = support::signed_in_as(&shared, &chris)
            .post(
                app,
                &format!("/api/v1/cases/{case_id}/access"),
                json!({"kind": "family", "id": pat.id.as_str()}),
            )
            .await;
        assert_eq!(granted.status, 200, "{}", granted.body);
        Story {
            shared,
            chris,
            morgan,
            pat,
            case_id,
        }
    }

    fn browser(&self, who: &User) -> support::Browser {
        support::signed_in_as(&self.shared, who)
    }

    fn notes(&self) -> String {
        format!("/api/v1/cases/{}/notes", self.case_id)
    }

    fn timeline(&self) -> String {
        format!("/api/v1/cases/{}/timeline", self.case_id)
    }
}

fn shared(t: &TestDb) -> api::app::Shared {
    let spa = tempfile::tempdir().unwrap();
    support::shared_with_clock(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
        Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap()),
    )
}

fn items(timeline: &Value) -> &Vec<Value> {
    timeline["items"].as_array().unwrap()
}

fn kinds(timeline: &Value) -> Vec<&str> {
    items(timeline)
        .iter()
        .map(|i| i["kind"].as_str().unwrap())
        .collect()
}

fn texts(timeline: &Value) -> Vec<&str> {
    items(timeline)
        .iter()
        .filter_map(|i| i["note"]["text"].as_str())
        .collect()
}

fn if_match(version: &Value) -> String {
    format!("\"{version}\"")
}

#[actix_rt::test]
async fn a_note_added_but_not_submitted_is_visible_only_to_its_author() {
    for t in each_backend() {
        let shared = shared(&t);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let story = Story::new(&t, shared, &app).await;
        let mut chris = story.browser(&story.chris);

        let added = chris
            .post(
                &app,
                &story.notes(),
                json!({"text": "  Mum rang: Alex is anxious about the move.  "}),
            )
            .await;
        assert_eq!(added.status, 201, "{}", added.body);
        let id = added.body["id"].as_str().unwrap().to_owned();
        assert_eq!(
            added.headers.get("location").unwrap(),
            format!("/api/v1/notes/{id}").as_str()
        );
        assert_eq!(
            added.body["text"],
            "Mum rang: Alex is anxious about the move."
        );
        assert_eq!(added.body["author"]["name"], "Chris Okafor");
        assert_eq!(added.body["submitted_at"], Value::Null);
        assert_eq!(added.body["version"], 1);

        // Chris sees the draft first on the timeline, marked as a draft.
        let own = chris.get(&app, &story.timeline()).await;
        assert_eq!(own.status, 200, "{}", own.body);
        let first = &items(&own.body)[0];
        assert_eq!(first["kind"], "note.draft");
        assert_eq!(first["id"], id.as_str());
        assert_eq!(first["by"]["name"], "Chris Okafor");
        assert_eq!(
            first["note"]["text"],
            "Mum rang: Alex is anxious about the move."
        );
        assert!(
            first["summary"]
                .as_str()
                .unwrap()
                .contains("only you can see it")
        );
        assert!(
            !kinds(&own.body).contains(&"note.added"),
            "nothing was added yet"
        );
        let read = chris.get(&app, &format!("/api/v1/notes/{id}")).await;
        assert_eq!(read.status, 200, "{}", read.body);
        assert_eq!(read.headers.get("etag").unwrap(), "\"1\"");

        // Nobody else sees it anywhere: not another co-ordinator, not the parent.
        for other in [&story.morgan, &story.pat] {
            let mut browser = story.browser(other);
            let theirs = browser.get(&app, &story.timeline()).await;
            assert_eq!(theirs.status, 200, "{}", theirs.body);
            assert!(!kinds(&theirs.body).iter().any(|k| k.starts_with("note.")));
            assert!(!theirs.body.to_string().contains("anxious"));
            let note = format!("/api/v1/notes/{id}");
            assert_eq!(browser.get(&app, &note).await.status, 404);
            let put = browser
                .call_with_headers(
                    &app,
                    Method::PUT,
                    &note,
                    &[("If-Match", "\"1\"")],
                    Some(json!({"text": "Overwritten"})),
                )
                .await;
            assert_eq!(put.status, 404);
            let submit = browser
                .call_with_headers(
                    &app,
                    Method::POST,
                    &format!("{note}/submit"),
                    &[("If-Match", "\"1\"")],
                    None,
                )
                .await;
            assert_eq!(submit.status, 404);
            assert_eq!(
                browser.call(&app, Method::DELETE, &note, None).await.status,
                404
            );
        }
        let mut c = t.db.conn().unwrap();
        let trail = persistence::audit::for_object(&mut c, "note", &id).unwrap();
        assert_eq!(
            trail
                .iter()
                .filter(|e| e.outcome == "denied" && e.detail.as_deref() == Some("DraftIsPrivate"))
                .count(),
            8,
            "each refusal is audited"
        );
        let unchanged = persistence::notes::find(&mut c, &id).unwrap();
        assert_eq!(unchanged.version, 1);
        assert_eq!(unchanged.submitted_at, None);
    }
}

#[actix_rt::test]
async fn a_submitted_note_shows_on_everyones_timeline_and_can_no_longer_be_changed() {
    for t in each_backend() {
        let shared = shared(&t);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let story = Story::new(&t, shared, &app).await;
        let mut chris = story.browser(&story.chris);
        let added = chris
            .post(&app, &story.notes(), json!({"text": "Spoke to school"}))
            .await;
        let note = format!("/api/v1/notes/{}", added.body["id"].as_str().unwrap());

        // The draft is rewritten under its version: none is 428, a stale one 412.
        let body = json!({"text": "Spoke to the SENCo: a reduced timetable is agreed."});
        let missing = chris
            .call_with_headers(&app, Method::PUT, &note, &[], Some(body.clone()))
            .await;
        assert_eq!(missing.status, 428);
        let saved = chris
            .call_with_headers(
                &app,
                Method::PUT,
                &note,
                &[("If-Match", "\"1\"")],
                Some(body.clone()),
            )
            .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        assert_eq!(saved.headers.get("etag").unwrap(), "\"2\"");
        assert_eq!(
            saved.body["text"],
            "Spoke to the SENCo: a reduced timetable is agreed."
        );
        let stale = chris
            .call_with_headers(
                &app,
                Method::PUT,
                &note,
                &[("If-Match", "\"1\"")],
                Some(json!({"text": "From an old tab"})),
            )
            .await;
        assert_eq!(stale.status, 412);
        let stale = chris
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{note}/submit"),
                &[("If-Match", "\"1\"")],
                None,
            )
            .await;
        assert_eq!(stale.status, 412, "what is submitted is what was last seen");

        let submitted = chris
            .call_with_headers(
                &app,
                Method::POST,
                &format!("{note}/submit"),
                &[("If-Match", &if_match(&saved.body["version"]))],
                None,
            )
            .await;
        assert_eq!(submitted.status, 200, "{}", submitted.body);
        assert!(submitted.body["submitted_at"].is_string());

        // Everyone who sees the timeline reads it, under the co-ordinator's name.
        for who in [&story.chris, &story.morgan, &story.pat] {
            let timeline = story.browser(who).get(&app, &story.timeline()).await;
            let first = &items(&timeline.body)[0];
            assert_eq!(first["kind"], "note.added", "newest first");
            assert_eq!(first["summary"], "Note added by Chris Okafor");
            assert_eq!(first["by"]["name"], "Chris Okafor");
            assert_eq!(
                first["note"]["text"],
                "Spoke to the SENCo: a reduced timetable is agreed."
            );
            assert!(!kinds(&timeline.body).contains(&"note.draft"));
        }
        let pats = story.browser(&story.pat).get(&app, &note).await;
        assert_eq!(
            pats.status, 200,
            "a submitted note is read by whoever sees the timeline"
        );

        // The kind filter keeps notes with notes, and out of the others.
        let only_notes = chris
            .get(&app, &format!("{}?kind=note", story.timeline()))
            .await;
        assert_eq!(kinds(&only_notes.body), vec!["note.added"]);
        let only_case = chris
            .get(&app, &format!("{}?kind=case", story.timeline()))
            .await;
        assert!(texts(&only_case.body).is_empty());
        assert!(!kinds(&only_case.body).contains(&"note.added"));

        // Nobody changes it now: not its author, not a colleague.
        let version = [("If-Match", "*")];
        for who in [&story.chris, &story.morgan] {
            let mut browser = story.browser(who);
            let put = browser
                .call_with_headers(
                    &app,
                    Method::PUT,
                    &note,
                    &version,
                    Some(json!({"text": "Changed"})),
                )
                .await;
            assert_eq!(put.status, 409, "{}", put.body);
            assert_eq!(
                put.body["detail"],
                "This note has been submitted and can no longer be changed."
            );
            let again = browser
                .call_with_headers(
                    &app,
                    Method::POST,
                    &format!("{note}/submit"),
                    &version,
                    None,
                )
                .await;
            assert_eq!(again.status, 409);
            assert_eq!(
                browser.call(&app, Method::DELETE, &note, None).await.status,
                409
            );
        }
        let timeline = chris.get(&app, &story.timeline()).await;
        assert_eq!(
            kinds(&timeline.body)
                .iter()
                .filter(|k| **k == "note.added")
                .count(),
            1,
            "submitted once"
        );
        let mut c = t.db.conn().unwrap();
        let id = submitted.body["id"].as_str().unwrap();
        let trail = persistence::audit::for_object(&mut c, "note", id).unwrap();
        assert!(
            trail
                .iter()
                .any(|e| e.action == "note.submit" && e.outcome == "success")
        );
    }
}

#[actix_rt::test]
async fn the_family_adds_a_note_and_submits_it_at_once_and_a_retry_adds_nothing_more() {
    for t in each_backend() {
        let shared = shared(&t);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let story = Story::new(&t, shared, &app).await;
        let mut pat = story.browser(&story.pat);
        let body = json!({"text": "Alex starts speech therapy on Monday.", "submit": true});
        let first = pat
            .call_with_headers(
                &app,
                Method::POST,
                &story.notes(),
                &[("Idempotency-Key", "note-1")],
                Some(body.clone()),
            )
            .await;
        assert_eq!(first.status, 201, "{}", first.body);
        assert!(first.body["submitted_at"].is_string());
        let retry = pat
            .call_with_headers(
                &app,
                Method::POST,
                &story.notes(),
                &[("Idempotency-Key", "note-1")],
                Some(body),
            )
            .await;
        assert_eq!(retry.status, 201);
        assert_eq!(retry.body["id"], first.body["id"]);

        let timeline = story
            .browser(&story.chris)
            .get(&app, &story.timeline())
            .await;
        let notes: Vec<&Value> = items(&timeline.body)
            .iter()
            .filter(|i| i["kind"] == "note.added")
            .collect();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0]["summary"], "Note added by Pat Taylor");
        assert_eq!(
            notes[0]["note"]["text"],
            "Alex starts speech therapy on Monday."
        );
    }
}

#[actix_rt::test]
async fn an_author_deletes_a_draft_and_it_is_gone() {
    for t in each_backend() {
        let shared = shared(&t);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let story = Story::new(&t, shared, &app).await;
        let mut chris = story.browser(&story.chris);
        let added = chris
            .post(
                &app,
                &story.notes(),
                json!({"text": "Meant for another case"}),
            )
            .await;
        let note = format!("/api/v1/notes/{}", added.body["id"].as_str().unwrap());
        let deleted = chris.call(&app, Method::DELETE, &note, None).await;
        assert_eq!(deleted.status, 204);
        assert_eq!(chris.get(&app, &note).await.status, 404);
        let timeline = chris.get(&app, &story.timeline()).await;
        assert!(texts(&timeline.body).is_empty());
    }
}

#[actix_rt::test]
async fn an_empty_or_overlong_note_names_the_text_field() {
    for t in each_backend() {
        let shared = shared(&t);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let story = Story::new(&t, shared, &app).await;
        let mut chris = story.browser(&story.chris);
        for (text, code) in [
            ("   \n ".to_owned(), "required"),
            ("a".repeat(5001), "too_long"),
        ] {
            let refused = chris
                .post(&app, &story.notes(), json!({"text": text}))
                .await;
            assert_eq!(refused.status, 422, "{}", refused.body);
            assert_eq!(
                refused.headers.get("content-type").unwrap(),
                "application/problem+json"
            );
            assert_eq!(refused.body["errors"][0]["field"], "text");
            assert_eq!(refused.body["errors"][0]["code"], code);
        }
        let refused = chris
            .post(
                &app,
                &story.notes(),
                json!({"text": "Hi", "author_id": "someone"}),
            )
            .await;
        assert_eq!(refused.status, 400, "server-owned fields are refused");

        let added = chris
            .post(&app, &story.notes(), json!({"text": "Draft"}))
            .await;
        let note = format!("/api/v1/notes/{}", added.body["id"].as_str().unwrap());
        let refused = chris
            .call_with_headers(
                &app,
                Method::PUT,
                &note,
                &[("If-Match", "\"1\"")],
                Some(json!({"text": ""})),
            )
            .await;
        assert_eq!(refused.status, 422);
        assert_eq!(refused.body["errors"][0]["field"], "text");
        assert_eq!(refused.body["errors"][0]["message"], "Enter the note");
        let timeline = chris.get(&app, &story.timeline()).await;
        assert_eq!(
            texts(&timeline.body),
            vec!["Draft"],
            "nothing else was kept"
        );
    }
}

#[actix_rt::test]
async fn someone_not_on_the_case_gets_404_for_every_notes_path() {
    let t = TestDb::sqlite();
    let shared = shared(&t);
    let app = test::init_service(api::app::app(shared.clone())).await;
    let story = Story::new(&t, shared, &app).await;
    let mut chris = story.browser(&story.chris);
    let draft = chris
        .post(&app, &story.notes(), json!({"text": "A draft"}))
        .await;
    let submitted = chris
        .post(
            &app,
            &story.notes(),
            json!({"text": "A note", "submit": true}),
        )
        .await;
    let missing = chris.get(&app, "/api/v1/notes/no-such-note").await;
    assert_eq!(missing.status, 404);
    let strip = |mut v: Value| {
        v.as_object_mut().unwrap().remove("request_id");
        v
    };
    for (role, email) in [
        (Role::Family, "stranger@example.org"),
        (Role::Contributor, "ep@example.org"),
        (Role::Setting, "senco@example.org"),
        (Role::Administrator, "admin@example.org"),
    ] {
        let outsider = build::user(&t.db, role, email);
        let mut browser = story.browser(&outsider);
        let added = browser
            .post(
                &app,
                &story.notes(),
                json!({"text": "Let me in", "submit": true}),
            )
            .await;
        assert_eq!(added.status, 404, "{role:?}");
        assert_eq!(strip(added.body), strip(missing.body.clone()), "{role:?}");
        for id in [&draft.body["id"], &submitted.body["id"]] {
            let note = format!("/api/v1/notes/{}", id.as_str().unwrap());
            let answers = [
                browser.get(&app, &note).await,
                browser
                    .call_with_headers(
                        &app,
                        Method::PUT,
                        &note,
                        &[("If-Match", "*")],
                        Some(json!({"text": "x"})),
                    )
                    .await,
                browser
                    .call_with_headers(
                        &app,
                        Method::POST,
                        &format!("{note}/submit"),
                        &[("If-Match", "*")],
                        None,
                    )
                    .await,
                browser.call(&app, Method::DELETE, &note, None).await,
            ];
            for answer in answers {
                assert_eq!(answer.status, 404, "{role:?} {note}");
                assert_eq!(strip(answer.body), strip(missing.body.clone()), "{role:?}");
            }
        }
    }
    let timeline = chris.get(&app, &story.timeline()).await;
    assert_eq!(texts(&timeline.body), vec!["A draft", "A note"]);
}

#[actix_rt::test]
async fn an_integration_client_reads_submitted_notes_on_the_timeline_but_no_draft() {
    for t in each_backend() {
        let shared = shared(&t);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let story = Story::new(&t, shared, &app).await;
        let mut chris = story.browser(&story.chris);
        chris
            .post(&app, &story.notes(), json!({"text": "Private thoughts"}))
            .await;
        chris
            .post(
                &app,
                &story.notes(),
                json!({"text": "For the record", "submit": true}),
            )
            .await;

        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let created = story
            .browser(&admin)
            .post(
                &app,
                "/api/v1/api-clients",
                json!({"name": "Data warehouse", "scopes": ["cases:read"]}),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        let token = support::Browser::new()
            .post(
                &app,
                "/api/v1/auth/token",
                json!({
                    "grant_type": "client_credentials",
                    "client_id": created.body["client"]["id"],
                    "client_secret": created.body["client_secret"],
                }),
            )
            .await;
        assert_eq!(token.status, 200, "{}", token.body);
        let bearer = format!("Bearer {}", token.body["access_token"].as_str().unwrap());
        let timeline = support::Browser::new()
            .call_with_headers(
                &app,
                Method::GET,
                &story.timeline(),
                &[("Authorization", &bearer)],
                None,
            )
            .await;
        assert_eq!(timeline.status, 200, "{}", timeline.body);
        assert_eq!(texts(&timeline.body), vec!["For the record"]);
        assert!(!kinds(&timeline.body).contains(&"note.draft"));
    }
}
