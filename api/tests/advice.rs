//! Requests for advice and the advisers' answers through the API, told as the
//! stories of a co-ordinator, team managers and professionals, on SQLite and
//! (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::Method;
use actix_web::test;
use api::app::Shared;
use api::state::Clock;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use domain::audit::AuditActor;
use domain::lifecycle::{AssessDecision, CaseEvent, CaseStage, IssueDecision};
use domain::organisations::{OrganisationName, ServiceKind, TeamMemberCandidate};
use domain::people::{DisplayName, Email, Role, TeamId, User};
use persistence::cases::NewCase;
use persistence::teams::{AuditContext, NewTeam};
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};
use support::{Browser, Reply};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Monday 30 November 2026: the day the advice is requested.
const TODAY: &str = "2026-11-30";
/// Six weeks on: the last day for advice asked for today (D2).
const DUE: &str = "2027-01-11";

struct World {
    t: TestDb,
    shared: Shared,
    clock: Clock,
    _spa: tempfile::TempDir,
    co: User,
    case_id: String,
    case_ref: String,
}

impl World {
    fn new(t: TestDb) -> Self {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let co = person(&t, Role::CaseCoordinator, "co@example.org", "Chris Okafor");
        let (case_id, case_ref) = case_with(&shared, &co, true);
        World {
            t,
            shared,
            clock,
            _spa: spa,
            co,
            case_id,
            case_ref,
        }
    }

    fn browser(&self, user: &User) -> Browser {
        support::signed_in_as(&self.shared, user)
    }

    fn person(&self, role: Role, email: &str, name: &str) -> User {
        person(&self.t, role, email, name)
    }

    /// A team with these members (and manager flags).
    fn team(&self, name: &str, service: ServiceKind, members: &[(&User, bool)]) -> TeamId {
        let by = AuditContext {
            actor: AuditActor::System,
            request_id: None,
        };
        let new = NewTeam {
            id: TeamId::new(uuid::Uuid::new_v4().to_string()),
            name: OrganisationName::parse(name).unwrap(),
            service,
            email: Email::parse("team-inbox@nhs.example.org").unwrap(),
        };
        let now = self.shared.state.now();
        self.t
            .db
            .transaction(|c| {
                persistence::teams::create(c, &new, &by, now)?;
                for (user, manager) in members {
                    let candidate = TeamMemberCandidate::check(user).unwrap();
                    persistence::teams::put_member(c, &new.id, &candidate, *manager, &by, now)?;
                }
                Ok(())
            })
            .unwrap();
        new.id
    }

    /// Moves the case on: the LA decides to issue a plan, so assessment is over.
    fn decide_to_issue(&self) {
        let mut c = self.t.db.conn().unwrap();
        api::cases::record_event(
            &mut c,
            &self.shared.state.statutory,
            &self.case_id,
            CaseEvent::DecisionToIssue {
                decision: IssueDecision::Issue,
            },
            self.shared.state.today(),
            Some(&self.co.id),
            self.shared.state.now(),
        )
        .unwrap();
    }

    fn timeline(&self) -> Vec<(String, String)> {
        let mut c = self.t.db.conn().unwrap();
        let mut entries = persistence::timeline::of_case(&mut c, &self.case_id, 100).unwrap();
        entries.reverse();
        entries.into_iter().map(|e| (e.kind, e.summary)).collect()
    }

    fn inbox(&self, user: &User) -> Vec<(String, String)> {
        let mut c = self.t.db.conn().unwrap();
        persistence::inbox::list(&mut c, &user.id, false, None, 100)
            .unwrap()
            .0
            .into_iter()
            .map(|i| (i.template_key, i.subject))
            .collect()
    }

    fn audit_actions(&self, object_type: &str, id: &str) -> Vec<(String, String)> {
        let mut c = self.t.db.conn().unwrap();
        persistence::audit::for_object(&mut c, object_type, id)
            .unwrap()
            .into_iter()
            .map(|e| (e.action, e.outcome))
            .collect()
    }
}

fn person(t: &TestDb, role: Role, email: &str, name: &str) -> User {
    let mut new = build::new_user(role, email);
    new.display_name = DisplayName::parse(name).unwrap();
    build::create(&t.db, &new)
}

/// A case received on 7 September 2026; if `assessing`, the LA decided on
/// 19 October to assess, so it is at the assessment stage.
fn case_with(shared: &Shared, co: &User, assessing: bool) -> (String, String) {
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
    let mut events = vec![
        (CaseEvent::RequestSubmitted, date(2026, 9, 7)),
        (CaseEvent::RequestRegistered, date(2026, 9, 7)),
        (CaseEvent::CoordinatorAllocated, date(2026, 9, 7)),
    ];
    if assessing {
        events.push((
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::Assess,
            },
            date(2026, 10, 19),
        ));
    }
    for (event, on) in events {
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
    (case.id, case.case_ref)
}

fn complete_advice() -> Value {
    json!({
        "will_provide": "yes_known_meets_criteria",
        "will_provide_details": "Seen in clinic since 2024",
        "background": {
            "first_contact": "Referred by the GP in March 2024",
            "support_in_place": "Weekly physiotherapy sessions",
            "effect_of_support": "Walks further; still tires by the afternoon"
        },
        "areas": {
            "sensory_and_physical": {
                "strengths": "Determined and cheerful",
                "needs": "Fatigue affects the afternoon",
                "outcomes": [{
                    "description": "Takes part in PE safely",
                    "pfa": ["health"],
                    "steps": [{"text": "Care plan agreed with school", "target_date": "2027-03-01"}],
                    "provisions": [{"description": "Physiotherapy programme delivered daily by a trained assistant"}]
                }]
            }
        }
    })
}

async fn send<S, B>(app: &S, w: &World, recipients: Value, key: Option<&str>) -> Reply
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let mut headers = vec![];
    if let Some(key) = key {
        headers.push(("Idempotency-Key", key));
    }
    w.browser(&w.co)
        .call_with_headers(
            app,
            Method::POST,
            &format!("/api/v1/cases/{}/advice-requests", w.case_id),
            &headers,
            Some(json!({"recipients": recipients, "note": "Please focus on mobility at school."})),
        )
        .await
}

/// Sends one request to `recipient` ({kind, id}) and returns its id.
async fn ask<S, B>(app: &S, w: &World, kind: &str, id: &str) -> String
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let reply = send(app, w, json!([{"kind": kind, "id": id}]), None).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.body["items"][0]["id"].as_str().unwrap().to_owned()
}

async fn save<S, B>(app: &S, b: &mut Browser, id: &str, etag: &str, content: Value) -> Reply
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    b.call_with_headers(
        app,
        Method::PUT,
        &format!("/api/v1/advice-requests/{id}/response"),
        &[("If-Match", etag)],
        Some(content),
    )
    .await
}

async fn submit<S, B>(app: &S, b: &mut Browser, id: &str, etag: &str, key: Option<&str>) -> Reply
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let mut headers = vec![("If-Match", etag)];
    if let Some(key) = key {
        headers.push(("Idempotency-Key", key));
    }
    b.call_with_headers(
        app,
        Method::POST,
        &format!("/api/v1/advice-requests/{id}/response/submit"),
        &headers,
        None,
    )
    .await
}

/// Saves the complete template and submits it; returns the submit reply.
async fn answer<S, B>(app: &S, b: &mut Browser, id: &str) -> Reply
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let current = b
        .get(app, &format!("/api/v1/advice-requests/{id}/response"))
        .await;
    assert_eq!(current.status, 200, "{}", current.body);
    let etag = header(&current, "etag");
    let saved = save(app, b, id, &etag, complete_advice()).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let etag = header(&saved, "etag");
    submit(app, b, id, &etag, None).await
}

fn header(reply: &Reply, name: &str) -> String {
    reply
        .headers
        .get(name)
        .unwrap_or_else(|| panic!("{name} header"))
        .to_str()
        .unwrap()
        .to_owned()
}

fn items(reply: &Reply) -> Vec<Value> {
    reply.body["items"].as_array().unwrap().clone()
}

fn ids_of(reply: &Reply) -> Vec<String> {
    items(reply)
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_rt::test]
async fn a_coordinator_asks_a_person_and_a_team_and_each_is_told_what_is_asked_and_by_when() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let manager = w.person(Role::Contributor, "manager@example.org", "Alex Morgan");
        let physio = w.person(Role::Contributor, "physio@example.org", "Lee Chen");
        let paediatrics = w.team(
            "Community Paediatrics",
            ServiceKind::Health,
            &[(&manager, true), (&physio, false)],
        );

        let reply = send(
            &app,
            &w,
            json!([
                {"kind": "person", "id": ep.id.as_str()},
                {"kind": "team", "id": paediatrics.as_str()}
            ]),
            Some("send-1"),
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        assert_eq!(
            header(&reply, "location"),
            format!("/api/v1/cases/{}/advice-requests", w.case_id)
        );
        let sent = items(&reply);
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[0]["recipient"]["name"], "Priya Shah");
        assert_eq!(sent[0]["state"], "pending");
        assert_eq!(sent[0]["state_label"], "Not started");
        assert_eq!(sent[1]["recipient"]["name"], "Community Paediatrics");
        assert_eq!(sent[1]["state"], "awaiting_allocation");
        for item in &sent {
            assert_eq!(item["sent_on"], TODAY);
            assert_eq!(item["due_on"], DUE);
            assert_eq!(item["case_ref"], w.case_ref.as_str());
            assert_eq!(item["note"], "Please focus on mobility at school.");
            assert_eq!(item["requested_by"]["name"], "Chris Okafor");
            assert_eq!(item["you_may"]["withdraw"], true);
        }

        // A retry with the same key gets the same answer and asks nobody twice.
        let again = send(
            &app,
            &w,
            json!([
                {"kind": "person", "id": ep.id.as_str()},
                {"kind": "team", "id": paediatrics.as_str()}
            ]),
            Some("send-1"),
        )
        .await;
        assert_eq!(again.status, 201);
        assert_eq!(again.body, reply.body);
        assert_eq!(header(&again, "idempotent-replayed"), "true");
        let list = w
            .browser(&w.co)
            .get(
                &app,
                &format!("/api/v1/cases/{}/advice-requests", w.case_id),
            )
            .await;
        assert_eq!(list.status, 200);
        assert_eq!(ids_of(&list), ids_of(&reply));

        // Each is told: the person, the team's manager in the app, and the team's inbox.
        let subject = format!(
            "Advice requested on case {}, due by 11 January 2027",
            w.case_ref
        );
        assert_eq!(
            w.inbox(&ep),
            vec![("advice_requested".to_owned(), subject.clone())]
        );
        assert_eq!(
            w.inbox(&manager),
            vec![("advice_requested".to_owned(), subject.clone())]
        );
        assert!(w.inbox(&physio).is_empty(), "members hear once allocated");
        let mut c = w.t.db.conn().unwrap();
        let to_team =
            persistence::outbox::latest(&mut c, Some("team-inbox@nhs.example.org"), 10).unwrap();
        assert_eq!(to_team.len(), 1);
        assert!(
            to_team[0].body.contains("health advice"),
            "{}",
            to_team[0].body
        );
        let to_ep = persistence::outbox::latest(&mut c, Some("ep@example.org"), 10).unwrap();
        assert_eq!(to_ep.len(), 1);
        assert!(
            !to_ep[0].body.contains("mobility"),
            "the LA's note stays in the app"
        );
        drop(c);

        let mut requested: Vec<(String, String)> = w
            .timeline()
            .into_iter()
            .filter(|(kind, _)| kind.starts_with("advice."))
            .collect();
        requested.sort();
        assert_eq!(
            requested,
            vec![
                (
                    "advice.requested".to_owned(),
                    "Advice requested from Community Paediatrics".to_owned()
                ),
                (
                    "advice.requested".to_owned(),
                    "Advice requested from Priya Shah".to_owned()
                ),
            ]
        );
        // The requests' D2 deadlines join the case's clock.
        let deadlines = w
            .browser(&w.co)
            .get(&app, &format!("/api/v1/cases/{}/deadlines", w.case_id))
            .await;
        let d2: Vec<&Value> = deadlines.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["id"] == "D2")
            .collect();
        assert_eq!(d2.len(), 2);
        assert!(d2.iter().all(|d| d["due"] == DUE));

        // Nobody is asked twice while their request is open; each problem is named.
        let family = w.person(Role::Family, "parent@example.org", "Pat Taylor");
        let refused = send(
            &app,
            &w,
            json!([
                {"kind": "person", "id": ep.id.as_str()},
                {"kind": "person", "id": family.id.as_str()},
                {"kind": "person", "id": "no-such-person"},
                {"kind": "team", "id": "no-such-team"},
            ]),
            None,
        )
        .await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        let errors: Vec<(String, String)> = refused.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap().to_owned(),
                    e["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(
            errors,
            vec![
                ("recipients[0].id".to_owned(), "already_asked".to_owned()),
                ("recipients[1].id".to_owned(), "not_an_adviser".to_owned()),
                ("recipients[2].id".to_owned(), "unknown_user".to_owned()),
                ("recipients[3].id".to_owned(), "unknown_team".to_owned()),
            ]
        );
        let empty = send(&app, &w, json!([]), None).await;
        assert_eq!(empty.status, 422);
        assert_eq!(empty.body["errors"][0]["field"], "recipients");
        let server_owned = w
            .browser(&w.co)
            .post(
                &app,
                &format!("/api/v1/cases/{}/advice-requests", w.case_id),
                json!({"recipients": [{"kind": "person", "id": ep.id.as_str()}], "state": "submitted"}),
            )
            .await;
        assert_eq!(server_owned.status, 400, "unknown fields are refused");

        // The professional asked may see the case, but only a co-ordinator asks for advice.
        let by_ep = w
            .browser(&ep)
            .post(
                &app,
                &format!("/api/v1/cases/{}/advice-requests", w.case_id),
                json!({"recipients": [{"kind": "team", "id": paediatrics.as_str()}]}),
            )
            .await;
        assert_eq!(by_ep.status, 403, "{}", by_ep.body);

        // A case not yet at assessment: the co-ordinator is told why.
        let (waiting, _) = case_with(&w.shared, &w.co, false);
        let early = w
            .browser(&w.co)
            .post(
                &app,
                &format!("/api/v1/cases/{waiting}/advice-requests"),
                json!({"recipients": [{"kind": "person", "id": ep.id.as_str()}]}),
            )
            .await;
        assert_eq!(early.status, 409);
        assert_eq!(
            early.body["detail"],
            "Advice can be requested only while the case is at the assessment stage."
        );
        let mut c = w.t.db.conn().unwrap();
        assert!(
            persistence::advice::for_case(&mut c, &waiting)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            persistence::advice::for_case(&mut c, &w.case_id)
                .unwrap()
                .len(),
            2
        );
        drop(c);

        // Education setting staff give the educational advice.
        let senco = w.person(Role::Setting, "senco@example.org", "Sam Patel");
        ask(&app, &w, "person", senco.id.as_str()).await;
        let mut c = w.t.db.conn().unwrap();
        let to_senco = persistence::outbox::latest(&mut c, Some("senco@example.org"), 10).unwrap();
        assert_eq!(to_senco.len(), 1);
        assert!(
            to_senco[0].body.contains("educational advice"),
            "{}",
            to_senco[0].body
        );
    }
}

#[actix_rt::test]
async fn a_team_manager_allocates_and_the_member_answers_the_due_date_stays_six_weeks_from_the_request()
 {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let manager = w.person(Role::Contributor, "manager@example.org", "Alex Morgan");
        let physio = w.person(Role::Contributor, "physio@example.org", "Lee Chen");
        let nurse = w.person(Role::Contributor, "nurse@example.org", "Sam Nurse");
        let outsider = w.person(Role::Contributor, "outsider@example.org", "Jo Outsider");
        let paediatrics = w.team(
            "Community Paediatrics",
            ServiceKind::Health,
            &[(&manager, true), (&physio, false), (&nurse, false)],
        );
        let id = ask(&app, &w, "team", paediatrics.as_str()).await;
        let path = format!("/api/v1/advice-requests/{id}");

        // The manager sees the request and who may be allocated it; members do not yet.
        w.clock.advance(Duration::days(10));
        let mut mgr = w.browser(&manager);
        let seen = mgr.get(&app, &path).await;
        assert_eq!(seen.status, 200, "{}", seen.body);
        assert_eq!(seen.body["you_may"]["allocate"], true);
        assert_eq!(seen.body["you_may"]["edit"], false, "allocate it first");
        let members: Vec<&str> = seen.body["team_members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap())
            .collect();
        assert_eq!(members, vec!["Alex Morgan", "Lee Chen", "Sam Nurse"]);
        assert_eq!(w.browser(&physio).get(&app, &path).await.status, 404);
        // Their trays agree: the manager's Awaiting allocation and Team cases
        // list it; the member's own cases do not, yet.
        let case_ids = |reply: &Reply| -> Vec<String> {
            reply.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_owned())
                .collect()
        };
        let waiting = mgr
            .get(&app, "/api/v1/cases?tray=awaiting_allocation")
            .await;
        assert_eq!(waiting.status, 200, "{}", waiting.body);
        assert_eq!(case_ids(&waiting), vec![w.case_id.clone()]);
        let team = mgr.get(&app, "/api/v1/cases?tray=team").await;
        assert_eq!(case_ids(&team), vec![w.case_id.clone()]);
        let lees = w.browser(&physio).get(&app, "/api/v1/cases").await;
        assert!(case_ids(&lees).is_empty(), "{}", lees.body);

        let stranger = mgr
            .post(
                &app,
                &format!("{path}/allocation"),
                json!({"members": [physio.id.as_str(), outsider.id.as_str()]}),
            )
            .await;
        assert_eq!(stranger.status, 422);
        assert_eq!(stranger.body["errors"][0]["field"], "members[1]");
        assert_eq!(stranger.body["errors"][0]["code"], "not_a_member");
        let none = mgr
            .post(&app, &format!("{path}/allocation"), json!({"members": []}))
            .await;
        assert_eq!(none.status, 422);
        assert_eq!(none.body["errors"][0]["field"], "members");
        let by_member = w
            .browser(&nurse)
            .post(
                &app,
                &format!("{path}/allocation"),
                json!({"members": [nurse.id.as_str()]}),
            )
            .await;
        assert_eq!(
            by_member.status, 404,
            "a member not allocated does not see it"
        );

        let allocated = mgr
            .post(
                &app,
                &format!("{path}/allocation"),
                json!({"members": [physio.id.as_str()]}),
            )
            .await;
        assert_eq!(allocated.status, 200, "{}", allocated.body);
        assert_eq!(allocated.body["state"], "allocated");
        assert_eq!(allocated.body["allocated_to"][0]["name"], "Lee Chen");
        assert_eq!(allocated.body["sent_on"], TODAY);
        assert_eq!(allocated.body["due_on"], DUE, "allocation does not move D2");
        assert_eq!(
            w.inbox(&physio),
            vec![(
                "advice_allocated".to_owned(),
                format!(
                    "Advice on case {} allocated to you, due by 11 January 2027",
                    w.case_ref
                )
            )]
        );
        assert!(w.inbox(&nurse).is_empty());
        // Allocated: no longer awaiting; now in the member's own cases, not the nurse's.
        let waiting = mgr
            .get(&app, "/api/v1/cases?tray=awaiting_allocation")
            .await;
        assert!(case_ids(&waiting).is_empty(), "{}", waiting.body);
        let team = mgr.get(&app, "/api/v1/cases?tray=team").await;
        assert_eq!(case_ids(&team), vec![w.case_id.clone()]);
        let lees = w.browser(&physio).get(&app, "/api/v1/cases").await;
        assert_eq!(case_ids(&lees), vec![w.case_id.clone()]);
        let nurses = w.browser(&nurse).get(&app, "/api/v1/cases").await;
        assert!(case_ids(&nurses).is_empty());

        // The member answers, three weeks in.
        w.clock.advance(Duration::days(11));
        let mut lee = w.browser(&physio);
        let own = lee.get(&app, &path).await;
        assert_eq!(own.status, 200);
        assert_eq!(own.body["you_may"]["edit"], true);
        assert_eq!(own.body["you_may"]["allocate"], false);
        assert_eq!(own.body["team_members"], Value::Null);
        let submitted = answer(&app, &mut lee, &id).await;
        assert_eq!(submitted.status, 200, "{}", submitted.body);
        assert_eq!(submitted.body["state"], "submitted");
        assert_eq!(submitted.body["completed_on"], "2026-12-21");
        assert_eq!(submitted.body["answered_by"]["name"], "Lee Chen");

        let after = w.browser(&w.co).get(&app, &path).await;
        assert_eq!(after.body["state"], "submitted");
        assert_eq!(after.body["due_on"], DUE);
        assert_eq!(after.body["completed_on"], "2026-12-21");
        assert_eq!(after.body["overdue"], false);
        let deadlines = w
            .browser(&w.co)
            .get(&app, &format!("/api/v1/cases/{}/deadlines", w.case_id))
            .await;
        let d2 = deadlines.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == "D2")
            .unwrap()
            .clone();
        assert_eq!(d2["status"], "met");
        assert_eq!(d2["met_on"], "2026-12-21");

        assert_eq!(
            w.inbox(&w.co),
            vec![(
                "advice_submitted".to_owned(),
                format!("Advice submitted on case {}", w.case_ref)
            )]
        );
        let kinds: Vec<String> = w.timeline().into_iter().map(|(k, _)| k).collect();
        assert!(kinds.ends_with(&[
            "advice.requested".to_owned(),
            "advice.allocated".to_owned(),
            "advice.submitted".to_owned()
        ]));
        assert!(w.timeline().contains(&(
            "advice.submitted".to_owned(),
            "Advice submitted by Lee Chen for Community Paediatrics".to_owned()
        )));
    }
}

#[actix_rt::test]
async fn a_contributor_cannot_read_other_advice_before_submitting_their_own() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let sw = w.person(Role::Contributor, "sw@example.org", "Rowan Ellis");
        let ep_request = ask(&app, &w, "person", ep.id.as_str()).await;
        let sw_request = ask(&app, &w, "person", sw.id.as_str()).await;
        let response = |id: &str| format!("/api/v1/advice-requests/{id}/response");
        let list = format!("/api/v1/cases/{}/advice-requests", w.case_id);

        let mut priya = w.browser(&ep);
        let mut rowan = w.browser(&sw);
        let mine = priya.get(&app, &list).await;
        assert_eq!(ids_of(&mine), vec![ep_request.clone()], "only her own");
        assert_eq!(rowan.get(&app, &response(&ep_request)).await.status, 404);

        // Rowan submits first. Priya still cannot read it: she has not submitted hers.
        assert_eq!(answer(&app, &mut rowan, &sw_request).await.status, 200);
        let early = priya.get(&app, &response(&sw_request)).await;
        assert_eq!(early.status, 404);
        assert_eq!(
            priya
                .get(&app, &format!("/api/v1/advice-requests/{sw_request}"))
                .await
                .status,
            404
        );
        assert_eq!(
            ids_of(&priya.get(&app, &list).await),
            vec![ep_request.clone()]
        );
        // A draft is not enough either.
        let draft = save(
            &app,
            &mut priya,
            &ep_request,
            "\"1\"",
            json!({"will_provide_details": "Draft"}),
        )
        .await;
        assert_eq!(draft.status, 200, "{}", draft.body);
        assert_eq!(priya.get(&app, &response(&sw_request)).await.status, 404);
        // ... and her draft is hers alone: not the co-ordinator's, not Rowan's.
        assert_eq!(
            w.browser(&w.co)
                .get(&app, &response(&ep_request))
                .await
                .status,
            404
        );
        assert_eq!(rowan.get(&app, &response(&ep_request)).await.status, 404);
        let listed = w.browser(&w.co).get(&app, &list).await;
        assert_eq!(items(&listed)[0]["state"], "in_progress");
        assert_eq!(items(&listed)[0]["you_may"]["read_response"], false);

        // Once hers is in, she reads Rowan's, and he reads hers.
        let submitted = submit(&app, &mut priya, &ep_request, "\"2\"", None).await;
        assert_eq!(submitted.status, 422, "the draft is incomplete");
        assert_eq!(answer(&app, &mut priya, &ep_request).await.status, 200);
        let read = priya.get(&app, &response(&sw_request)).await;
        assert_eq!(read.status, 200, "{}", read.body);
        assert_eq!(
            read.body["content"]["background"]["first_contact"],
            "Referred by the GP in March 2024"
        );
        assert_eq!(read.body["answered_by"]["name"], "Rowan Ellis");
        assert_eq!(
            ids_of(&priya.get(&app, &list).await),
            vec![ep_request.clone(), sw_request.clone()]
        );
        assert_eq!(rowan.get(&app, &response(&ep_request)).await.status, 200);
        // Reading someone else's advice is not answering it.
        let meddle = save(&app, &mut priya, &sw_request, "*", complete_advice()).await;
        assert_eq!(meddle.status, 403, "{}", meddle.body);
        assert_eq!(
            w.browser(&w.co)
                .get(&app, &response(&ep_request))
                .await
                .status,
            200
        );

        let mut c = w.t.db.conn().unwrap();
        let trail = persistence::audit::for_object(&mut c, "advice_request", &sw_request).unwrap();
        assert!(trail.iter().any(|e| e.action == "advice.response.read"
            && e.outcome == "denied"
            && e.detail.as_deref() == Some("submit_your_own_advice_first")));
        assert!(trail.iter().any(|e| e.action == "advice.response.read"
            && e.outcome == "success"
            && e.actor_id.as_deref() == Some(ep.id.as_str())));
    }
}

#[actix_rt::test]
async fn two_people_saving_the_same_draft_the_second_gets_412_and_nothing_is_overwritten() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let manager = w.person(Role::Contributor, "manager@example.org", "Alex Morgan");
        let physio = w.person(Role::Contributor, "physio@example.org", "Lee Chen");
        let team = w.team(
            "Community Paediatrics",
            ServiceKind::Health,
            &[(&manager, true), (&physio, false)],
        );
        let id = ask(&app, &w, "team", team.as_str()).await;
        let mut alex = w.browser(&manager);
        let allocated = alex
            .post(
                &app,
                &format!("/api/v1/advice-requests/{id}/allocation"),
                json!({"members": [physio.id.as_str(), manager.id.as_str()]}),
            )
            .await;
        assert_eq!(allocated.status, 200, "{}", allocated.body);

        let path = format!("/api/v1/advice-requests/{id}/response");
        let mut lee = w.browser(&physio);
        let first = lee.get(&app, &path).await;
        let second = alex.get(&app, &path).await;
        assert_eq!(first.status, 200, "{}", first.body);
        let etag = header(&first, "etag");
        assert_eq!(header(&second, "etag"), etag);
        assert_eq!(first.body["state"], "allocated");

        let lees = json!({"background": {"first_contact": "Lee's version"}});
        let saved = save(&app, &mut lee, &id, &etag, lees).await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        assert_eq!(saved.body["state"], "in_progress");
        assert_ne!(header(&saved, "etag"), etag);

        let alexs = json!({"background": {"first_contact": "Alex's version"}});
        let stale = save(&app, &mut alex, &id, &etag, alexs.clone()).await;
        assert_eq!(stale.status, 412, "{}", stale.body);
        let now = alex.get(&app, &path).await;
        assert_eq!(
            now.body["content"]["background"]["first_contact"],
            "Lee's version"
        );
        assert_eq!(now.body["answered_by"]["name"], "Lee Chen");

        let missing = alex
            .call_with_headers(&app, Method::PUT, &path, &[], Some(alexs.clone()))
            .await;
        assert_eq!(missing.status, 428);
        let unknown = save(
            &app,
            &mut alex,
            &id,
            header(&now, "etag").as_str(),
            json!({"background": {"first_contact": "x", "favourite_colour": "blue"}}),
        )
        .await;
        assert_eq!(unknown.status, 400, "unknown fields are refused");
        let too_long = save(
            &app,
            &mut alex,
            &id,
            header(&now, "etag").as_str(),
            json!({"background": {"discussions_with_child": "x".repeat(20_001)}}),
        )
        .await;
        assert_eq!(too_long.status, 422);
        assert_eq!(
            too_long.body["errors"][0]["field"],
            "background.discussions_with_child"
        );
        let after = alex.get(&app, &path).await;
        assert_eq!(after.body, now.body, "nothing was overwritten");
        assert!(
            !w.timeline().iter().any(|(kind, _)| kind.contains("draft")),
            "draft saves stay off the timeline"
        );
    }
}

#[actix_rt::test]
async fn submitting_with_a_mandatory_field_missing_names_each_field_and_keeps_the_draft() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let id = ask(&app, &w, "person", ep.id.as_str()).await;
        let mut priya = w.browser(&ep);
        let partial = json!({
            "on_behalf_of": {"name": "Dr Kim", "job_title": ""},
            "background": {"first_contact": "Referred by the GP in March 2024"},
            "areas": {"health": {"outcomes": [{"description": "", "pfa": ["health"]}]}}
        });
        let saved = save(&app, &mut priya, &id, "\"1\"", partial).await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        let etag = header(&saved, "etag");

        let refused = submit(&app, &mut priya, &id, &etag, Some("submit-1")).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        let fields: Vec<&str> = refused.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            vec![
                "on_behalf_of.job_title",
                "will_provide",
                "background.support_in_place",
                "background.effect_of_support",
                "areas.health.needs",
                "areas.health.outcomes[0].description",
            ]
        );
        let kept = priya
            .get(&app, &format!("/api/v1/advice-requests/{id}/response"))
            .await;
        assert_eq!(kept.body["state"], "in_progress");
        assert_eq!(header(&kept, "etag"), etag);
        assert_eq!(
            kept.body["content"]["on_behalf_of"]["name"], "Dr Kim",
            "the draft is kept"
        );
        assert_eq!(kept.body["completed_on"], Value::Null);

        // Fixed and submitted with the same key: the refusal was not remembered.
        let mut fixed = complete_advice();
        fixed["on_behalf_of"] = json!({"name": "Dr Kim", "job_title": "Consultant paediatrician"});
        let saved = save(&app, &mut priya, &id, &etag, fixed).await;
        let etag = header(&saved, "etag");
        let done = submit(&app, &mut priya, &id, &etag, Some("submit-1")).await;
        assert_eq!(done.status, 200, "{}", done.body);
        assert_eq!(
            done.body["content"]["on_behalf_of"]["job_title"],
            "Consultant paediatrician"
        );
    }
}

#[actix_rt::test]
async fn a_retried_submit_with_the_same_idempotency_key_answers_the_same_and_submits_once() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let id = ask(&app, &w, "person", ep.id.as_str()).await;
        let mut priya = w.browser(&ep);
        let saved = save(&app, &mut priya, &id, "\"1\"", complete_advice()).await;
        let etag = header(&saved, "etag");

        let first = submit(&app, &mut priya, &id, &etag, Some("submit-advice-7")).await;
        assert_eq!(first.status, 200, "{}", first.body);
        assert_eq!(first.body["state"], "submitted");
        assert_eq!(first.body["completed_on"], TODAY);
        let retry = submit(&app, &mut priya, &id, &etag, Some("submit-advice-7")).await;
        assert_eq!(retry.status, 200, "{}", retry.body);
        assert_eq!(retry.body, first.body);
        assert_eq!(header(&retry, "idempotent-replayed"), "true");

        let without_key = submit(&app, &mut priya, &id, "*", None).await;
        assert_eq!(without_key.status, 409);
        assert_eq!(
            without_key.body["detail"],
            "This has been submitted and cannot be changed. Ask the case co-ordinator to reopen it."
        );
        let other_use = priya
            .call_with_headers(
                &app,
                Method::POST,
                &format!("/api/v1/cases/{}/advice-requests", w.case_id),
                &[("Idempotency-Key", "submit-advice-7")],
                Some(json!({"recipients": [{"kind": "person", "id": ep.id.as_str()}]})),
            )
            .await;
        assert_ne!(other_use.status, 201);

        let submitted: Vec<_> = w
            .timeline()
            .into_iter()
            .filter(|(kind, _)| kind == "advice.submitted")
            .collect();
        assert_eq!(
            submitted,
            vec![(
                "advice.submitted".to_owned(),
                "Advice submitted by Priya Shah".to_owned()
            )]
        );
        assert_eq!(w.inbox(&w.co).len(), 1, "the co-ordinator is told once");
        let audit = w.audit_actions("advice_request", &id);
        assert_eq!(
            audit
                .iter()
                .filter(|(action, _)| action == "advice.submitted")
                .count(),
            1
        );
    }
}

#[actix_rt::test]
async fn reopened_advice_can_be_changed_and_resubmitted_the_completed_date_is_the_resubmission_date()
 {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let id = ask(&app, &w, "person", ep.id.as_str()).await;
        let path = format!("/api/v1/advice-requests/{id}");
        w.clock.advance(Duration::days(14));
        let mut priya = w.browser(&ep);
        let first = answer(&app, &mut priya, &id).await;
        assert_eq!(first.status, 200, "{}", first.body);
        assert_eq!(first.body["completed_on"], "2026-12-14");

        // Only the co-ordinator reopens.
        let own = priya.post(&app, &format!("{path}/reopen"), json!({})).await;
        assert_eq!(own.status, 403, "{}", own.body);

        w.clock.advance(Duration::days(3));
        let mut chris = w.browser(&w.co);
        let reopened = chris.post(&app, &format!("{path}/reopen"), json!({})).await;
        assert_eq!(reopened.status, 200, "{}", reopened.body);
        assert_eq!(reopened.body["state"], "reopened");
        assert_eq!(reopened.body["completed_on"], Value::Null);
        let twice = chris.post(&app, &format!("{path}/reopen"), json!({})).await;
        assert_eq!(twice.status, 409);
        assert_eq!(
            twice.body["detail"],
            "Only submitted or declined advice can be reopened."
        );
        assert_eq!(
            chris.get(&app, &format!("{path}/response")).await.status,
            404,
            "while reopened it is a draft again"
        );

        let mut priya = w.browser(&ep);
        let current = priya.get(&app, &format!("{path}/response")).await;
        assert_eq!(current.body["state"], "reopened");
        let mut changed = complete_advice();
        changed["background"]["effect_of_support"] = json!("Corrected: walks 200 m unaided");
        let saved = save(
            &app,
            &mut priya,
            &id,
            header(&current, "etag").as_str(),
            changed,
        )
        .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        assert_eq!(saved.body["state"], "reopened");
        let resubmitted =
            submit(&app, &mut priya, &id, header(&saved, "etag").as_str(), None).await;
        assert_eq!(resubmitted.status, 200, "{}", resubmitted.body);
        assert_eq!(resubmitted.body["completed_on"], "2026-12-17");
        let read = w
            .browser(&w.co)
            .get(&app, &format!("{path}/response"))
            .await;
        assert_eq!(
            read.body["content"]["background"]["effect_of_support"],
            "Corrected: walks 200 m unaided"
        );
        assert!(w.timeline().contains(&(
            "advice.reopened".to_owned(),
            "Advice from Priya Shah reopened for changes".to_owned()
        )));
        assert!(w.timeline().contains(&(
            "advice.submitted".to_owned(),
            "Advice resubmitted by Priya Shah".to_owned()
        )));
        assert_eq!(w.inbox(&w.co).len(), 2, "told of the resubmission too");

        // Once the LA has decided to issue a plan, advice is no longer reopened.
        w.decide_to_issue();
        let late = w
            .browser(&w.co)
            .post(&app, &format!("{path}/reopen"), json!({}))
            .await;
        assert_eq!(late.status, 409);
        assert_eq!(
            late.body["detail"],
            "Advice can be reopened only while the case is at the assessment stage."
        );
    }
}

#[actix_rt::test]
async fn someone_not_involved_gets_404_for_every_advice_path() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let id = ask(&app, &w, "person", ep.id.as_str()).await;
        assert_eq!(answer(&app, &mut w.browser(&ep), &id).await.status, 200);
        let case = &w.case_id;
        let paths: Vec<(Method, String, Option<Value>)> = vec![
            (
                Method::POST,
                format!("/api/v1/cases/{case}/advice-requests"),
                Some(json!({"recipients": [{"kind": "person", "id": ep.id.as_str()}]})),
            ),
            (
                Method::GET,
                format!("/api/v1/cases/{case}/advice-requests"),
                None,
            ),
            (Method::GET, format!("/api/v1/advice-requests/{id}"), None),
            (
                Method::POST,
                format!("/api/v1/advice-requests/{id}/allocation"),
                Some(json!({"members": [ep.id.as_str()]})),
            ),
            (
                Method::POST,
                format!("/api/v1/advice-requests/{id}/not-known"),
                Some(json!({"details": "Not known"})),
            ),
            (
                Method::GET,
                format!("/api/v1/advice-requests/{id}/response"),
                None,
            ),
            (
                Method::PUT,
                format!("/api/v1/advice-requests/{id}/response"),
                Some(complete_advice()),
            ),
            (
                Method::POST,
                format!("/api/v1/advice-requests/{id}/response/submit"),
                None,
            ),
            (
                Method::POST,
                format!("/api/v1/advice-requests/{id}/reopen"),
                None,
            ),
            (
                Method::POST,
                format!("/api/v1/advice-requests/{id}/withdraw"),
                None,
            ),
        ];
        let missing = w
            .browser(&w.co)
            .get(&app, "/api/v1/advice-requests/no-such-request")
            .await;
        assert_eq!(missing.status, 404);
        let strip = |mut v: Value| {
            v.as_object_mut().unwrap().remove("request_id");
            v
        };
        let manager = w.person(Role::Contributor, "manager@example.org", "Alex Morgan");
        w.team("Other Team", ServiceKind::Health, &[(&manager, true)]);
        let outsiders = [
            w.person(Role::Contributor, "other@example.org", "Other Professional"),
            manager,
            w.person(Role::Family, "stranger@example.org", "Not Invited"),
            w.person(Role::Setting, "senco@example.org", "Some Senco"),
            w.person(Role::Administrator, "admin@example.org", "Ada Admin"),
        ];
        for outsider in &outsiders {
            let mut b = w.browser(outsider);
            for (method, path, body) in &paths {
                let reply = b
                    .call_with_headers(
                        &app,
                        method.clone(),
                        path,
                        &[("If-Match", "*"), ("Idempotency-Key", "k-1")],
                        body.clone(),
                    )
                    .await;
                assert_eq!(
                    reply.status, 404,
                    "{:?} {method} {path}: {}",
                    outsider.role, reply.body
                );
                assert_eq!(strip(reply.body), strip(missing.body.clone()));
            }
        }
        let denied = w
            .audit_actions("advice_request", &id)
            .into_iter()
            .filter(|(_, outcome)| outcome == "denied")
            .count();
        assert_eq!(denied, outsiders.len() * 8, "each refusal is audited");
        let mut c = w.t.db.conn().unwrap();
        let stored =
            persistence::advice::find(&mut c, &domain::advice::AdviceRequestId::new(id.clone()))
                .unwrap();
        assert_eq!(stored.request.state, domain::advice::AdviceState::Submitted);
        assert_eq!(
            persistence::advice::for_case(&mut c, case).unwrap().len(),
            1
        );
    }
}

#[actix_rt::test]
async fn declined_as_not_known_closes_the_request() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let manager = w.person(Role::Contributor, "manager@example.org", "Alex Morgan");
        let sw = w.person(Role::Contributor, "sw@example.org", "Rowan Ellis");
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let team = w.team(
            "Disabled Children's Team",
            ServiceKind::SocialCare,
            &[(&manager, true), (&sw, false)],
        );
        let to_team = ask(&app, &w, "team", team.as_str()).await;
        let to_ep = ask(&app, &w, "person", ep.id.as_str()).await;
        w.clock.advance(Duration::days(2));

        let mut alex = w.browser(&manager);
        let path = format!("/api/v1/advice-requests/{to_team}");
        let blank = alex
            .post(&app, &format!("{path}/not-known"), json!({"details": "  "}))
            .await;
        assert_eq!(blank.status, 422);
        assert_eq!(blank.body["errors"][0]["field"], "details");
        let declined = alex
            .post(
                &app,
                &format!("{path}/not-known"),
                json!({"details": "No record of the child on our system"}),
            )
            .await;
        assert_eq!(declined.status, 200, "{}", declined.body);
        assert_eq!(declined.body["state"], "declined");
        assert_eq!(declined.body["state_label"], "Not known to the service");
        assert_eq!(declined.body["completed_on"], "2026-12-02");

        // Closed: the team no longer answers it (nor sees the case through it).
        let again = alex
            .post(&app, &format!("{path}/not-known"), json!({"details": "x"}))
            .await;
        assert_eq!(again.status, 404);
        let seen = w.browser(&w.co).get(&app, &path).await;
        assert_eq!(seen.body["state"], "declined");
        assert_eq!(
            seen.body["declined_note"],
            "No record of the child on our system"
        );
        assert_eq!(seen.body["you_may"]["reopen"], true);
        assert!(w.timeline().contains(&(
            "advice.declined".to_owned(),
            "Disabled Children's Team answered that the child or young person is not known to the service"
                .to_owned()
        )));

        // A person asked may say so too; the co-ordinator cannot say it for them.
        let by_co = w
            .browser(&w.co)
            .post(
                &app,
                &format!("/api/v1/advice-requests/{to_ep}/not-known"),
                json!({"details": "x"}),
            )
            .await;
        assert_eq!(by_co.status, 403, "{}", by_co.body);
        let by_ep = w
            .browser(&ep)
            .post(
                &app,
                &format!("/api/v1/advice-requests/{to_ep}/not-known"),
                json!({"details": "Never seen by the service"}),
            )
            .await;
        assert_eq!(by_ep.status, 200, "{}", by_ep.body);

        let deadlines = w
            .browser(&w.co)
            .get(&app, &format!("/api/v1/cases/{}/deadlines", w.case_id))
            .await;
        let d2: Vec<&Value> = deadlines.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["id"] == "D2")
            .collect();
        assert!(d2.iter().all(|d| d["status"] == "met"), "{d2:?}");

        // A co-ordinator withdraws an open request; a closed one stays closed.
        let third = ask(&app, &w, "person", sw.id.as_str()).await;
        let withdrawn = w
            .browser(&w.co)
            .post(
                &app,
                &format!("/api/v1/advice-requests/{third}/withdraw"),
                json!({}),
            )
            .await;
        assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
        assert_eq!(withdrawn.body["state"], "withdrawn");
        let closed = w
            .browser(&w.co)
            .post(
                &app,
                &format!("/api/v1/advice-requests/{to_ep}/withdraw"),
                json!({}),
            )
            .await;
        assert_eq!(closed.status, 409);
        assert_eq!(closed.body["detail"], "This request has been closed.");
        assert_eq!(
            w.browser(&sw)
                .get(&app, &format!("/api/v1/advice-requests/{third}"))
                .await
                .status,
            404,
            "withdrawn with the request: the adviser's access"
        );
    }
}

#[actix_rt::test]
async fn each_adviser_lists_the_requests_they_answer_and_a_manager_sees_their_teams() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let manager = w.person(Role::Contributor, "manager@example.org", "Alex Morgan");
        let physio = w.person(Role::Contributor, "physio@example.org", "Lee Chen");
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let paediatrics = w.team(
            "Community Paediatrics",
            ServiceKind::Health,
            &[(&manager, true), (&physio, false)],
        );
        let to_team = ask(&app, &w, "team", paediatrics.as_str()).await;
        let to_ep = ask(&app, &w, "person", ep.id.as_str()).await;

        let mine = |reply: &Reply| ids_of(reply);
        let mut mgr = w.browser(&manager);
        assert_eq!(
            mine(&mgr.get(&app, "/api/v1/advice-requests").await),
            std::slice::from_ref(&to_team)
        );
        let mut phys = w.browser(&physio);
        assert!(
            mine(&phys.get(&app, "/api/v1/advice-requests").await).is_empty(),
            "not allocated yet"
        );
        let mut psych = w.browser(&ep);
        let listed = psych.get(&app, "/api/v1/advice-requests").await;
        assert_eq!(mine(&listed), [to_ep]);
        assert_eq!(listed.body["items"][0]["case_ref"], w.case_ref.as_str());
        assert_eq!(listed.body["items"][0]["due_on"], "2027-01-11");

        mgr.post(
            &app,
            &format!("/api/v1/advice-requests/{to_team}/allocation"),
            json!({"members": [physio.id.as_str()]}),
        )
        .await;
        assert_eq!(
            mine(&phys.get(&app, "/api/v1/advice-requests").await),
            [to_team]
        );
    }
}

/// A small, real PDF header: enough for the allow-list, which reads the first bytes.
const REPORT: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

#[actix_rt::test]
async fn a_report_attached_to_advice_is_hidden_like_the_advice_until_the_reader_has_submitted() {
    for t in each_backend() {
        let w = World::new(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let ep = w.person(Role::Contributor, "ep@example.org", "Priya Shah");
        let sw = w.person(Role::Contributor, "sw@example.org", "Rowan Ellis");
        let ep_request = ask(&app, &w, "person", ep.id.as_str()).await;
        let sw_request = ask(&app, &w, "person", sw.id.as_str()).await;
        let mut priya = w.browser(&ep);
        let mut rowan = w.browser(&sw);

        let uploaded = priya
            .send_bytes(
                &app,
                Method::POST,
                &format!(
                    "/api/v1/advice-requests/{ep_request}/documents?name=cognitive-assessment.pdf"
                ),
                Some(REPORT.to_vec()),
            )
            .await;
        assert_eq!(
            uploaded.status,
            201,
            "{}",
            String::from_utf8_lossy(&uploaded.bytes)
        );
        let doc = uploaded.json();
        assert_eq!(doc["section"], "advice");
        assert_eq!(doc["file_name"], "cognitive-assessment.pdf");
        let content = doc["content_url"].as_str().unwrap().to_owned();
        let list = format!("/api/v1/advice-requests/{ep_request}/documents");

        // Her draft's report is hers alone.
        assert_eq!(
            priya.get(&app, &list).await.body["items"][0]["id"],
            doc["id"]
        );
        for other in [&mut rowan, &mut w.browser(&w.co)] {
            assert_eq!(other.get(&app, &list).await.status, 404);
            let refused = other.send_bytes(&app, Method::GET, &content, None).await;
            assert_eq!(refused.status, 404);
        }
        // Rowan cannot add to her advice either.
        let meddle = rowan
            .send_bytes(
                &app,
                Method::POST,
                &format!("/api/v1/advice-requests/{ep_request}/documents"),
                Some(REPORT.to_vec()),
            )
            .await;
        assert_eq!(meddle.status, 404);

        // Submitted, it is the co-ordinator's to read; Rowan's once his is in.
        assert_eq!(answer(&app, &mut priya, &ep_request).await.status, 200);
        let read = w
            .browser(&w.co)
            .send_bytes(&app, Method::GET, &content, None)
            .await;
        assert_eq!(read.status, 200);
        assert_eq!(read.bytes, REPORT);
        assert_eq!(
            rowan
                .send_bytes(&app, Method::GET, &content, None)
                .await
                .status,
            404
        );
        assert_eq!(answer(&app, &mut rowan, &sw_request).await.status, 200);
        assert_eq!(
            rowan
                .send_bytes(&app, Method::GET, &content, None)
                .await
                .status,
            200
        );

        // Nothing more may be added to submitted advice.
        let late = priya
            .send_bytes(
                &app,
                Method::POST,
                &format!("/api/v1/advice-requests/{ep_request}/documents"),
                Some(REPORT.to_vec()),
            )
            .await;
        assert_eq!(late.status, 404);
    }
}
