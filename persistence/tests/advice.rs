//! Requests for advice in storage, told as a co-ordinator's and advisers'
//! stories, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use domain::advice::{
    AdviceContent, AdviceEvent, AdviceRequestId, AdviceState, Recipient, RequestKind,
};
use domain::audit::AuditActor;
use domain::lifecycle::CaseStage;
use domain::organisations::{OrganisationName, ServiceKind};
use domain::people::{Email, Role, TeamId, User, UserId};
use persistence::PersistenceError;
use persistence::advice::{self, AdviceRecord, NewAdviceRequest};
use persistence::cases::{self, NewCase};
use persistence::teams::{self, AuditContext, NewTeam, VersionedUpdate};
use persistence::testing::{TestDb, build, on_each_backend};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct World {
    coordinator: User,
    case_id: String,
    case_ref: String,
}

fn world(t: &TestDb) -> World {
    let coordinator = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
    let case =
        t.db.transaction(|c| {
            cases::create(
                c,
                &NewCase {
                    id: uuid::Uuid::now_v7().to_string(),
                    case_ref: "EHC-2026-000042".into(),
                    stage: CaseStage::Assessment,
                    coordinator: Some(coordinator.id.clone()),
                    child_born_on: Some(day(2018, 5, 2)),
                    request_received_on: Some(day(2026, 9, 1)),
                },
                now(),
            )
        })
        .unwrap();
    World {
        coordinator,
        case_id: case.id,
        case_ref: case.case_ref,
    }
}

fn team(t: &TestDb, name: &str) -> TeamId {
    let by = AuditContext {
        actor: AuditActor::System,
        request_id: None,
    };
    let new = NewTeam {
        id: TeamId::new(uuid::Uuid::new_v4().to_string()),
        name: OrganisationName::parse(name).unwrap(),
        service: ServiceKind::Health,
        email: Email::parse("team@nhs.example.org").unwrap(),
    };
    t.db.transaction(|c| teams::create(c, &new, &by, now()))
        .unwrap()
        .id
}

fn send(
    t: &TestDb,
    w: &World,
    recipient: Recipient,
    sent_on: NaiveDate,
    note: &str,
) -> AdviceRecord {
    let new = NewAdviceRequest {
        id: AdviceRequestId::new(uuid::Uuid::now_v7().to_string()),
        case_id: w.case_id.clone(),
        kind: RequestKind::Advice,
        recipient,
        note: note.into(),
        sent_on,
        requested_by: w.coordinator.id.clone(),
    };
    t.db.transaction(|c| advice::create(c, &new, now()))
        .unwrap()
}

fn ids(records: &[AdviceRecord]) -> Vec<&str> {
    records.iter().map(|r| r.request.id.as_str()).collect()
}

#[test]
fn a_request_to_a_person_is_pending_and_one_to_a_team_awaits_allocation() {
    on_each_backend(|t| {
        let w = world(t);
        let ep = build::user(&t.db, Role::Contributor, "ep@example.org");
        let paediatrics = team(t, "Community Paediatrics");
        let to_team = send(
            t,
            &w,
            Recipient::Team(paediatrics.clone()),
            day(2026, 11, 30),
            "Please assess motor skills",
        );
        let to_person = send(
            t,
            &w,
            Recipient::Person(ep.id.clone()),
            day(2026, 11, 23),
            "",
        );
        assert_eq!(to_person.request.state, AdviceState::Pending);
        assert_eq!(to_team.request.state, AdviceState::AwaitingAllocation);
        assert_eq!(to_team.note, "Please assess motor skills");
        assert_eq!(to_team.version, 1);
        assert_eq!(to_team.content, None);
        assert_eq!(to_team.requested_by, w.coordinator.id);
        assert_eq!(to_team.created_at, now());

        let mut c = t.db.conn().unwrap();
        let on_case = advice::for_case(&mut c, &w.case_id).unwrap();
        assert_eq!(
            ids(&on_case),
            vec![to_person.request.id.as_str(), to_team.request.id.as_str()],
            "in the order they were sent"
        );
        assert_eq!(on_case[1], to_team);
        assert!(advice::for_case(&mut c, "another-case").unwrap().is_empty());
        assert!(matches!(
            advice::find(&mut c, &AdviceRequestId::new("missing")),
            Err(PersistenceError::NotFound)
        ));

        let names = advice::names(&mut c, &on_case.iter().collect::<Vec<_>>()).unwrap();
        assert_eq!(
            names.recipient(&to_team.request.recipient),
            "Community Paediatrics"
        );
        assert_eq!(names.recipient(&to_person.request.recipient), "Test Person");
    });
}

#[test]
fn saving_needs_the_version_it_was_based_on_and_a_stale_save_writes_nothing() {
    on_each_backend(|t| {
        let w = world(t);
        let ep = build::user(&t.db, Role::Contributor, "ep@example.org");
        let sent = send(
            t,
            &w,
            Recipient::Person(ep.id.clone()),
            day(2026, 11, 30),
            "",
        );
        let mut request = sent.request.clone();
        request
            .apply(
                &AdviceEvent::SaveDraft,
                day(2026, 12, 1),
                CaseStage::Assessment,
            )
            .unwrap();
        let mut draft = AdviceContent::default();
        draft.background.first_contact = "Referred by the GP in March 2024".into();
        let mut change = sent.update();
        change.state = request.state;
        change.content = Some(draft.clone());
        change.answered_by = Some(ep.id.clone());

        let later = now() + Duration::hours(1);
        let saved =
            t.db.transaction(|c| advice::update(c, &sent.request.id, 1, &change, later))
                .unwrap();
        let VersionedUpdate::Applied(saved) = saved else {
            panic!("the first save applies")
        };
        assert_eq!(saved.version, 2);
        assert_eq!(saved.request.state, AdviceState::InProgress);
        assert_eq!(saved.content.as_ref(), Some(&draft));
        assert_eq!(saved.answered_by.as_ref(), Some(&ep.id));
        assert_eq!(saved.updated_at, later);

        // A second person saves on the version they loaded (1): nothing is overwritten.
        let mut theirs = sent.update();
        theirs.content = Some(AdviceContent::default());
        let stale =
            t.db.transaction(|c| advice::update(c, &sent.request.id, 1, &theirs, later))
                .unwrap();
        assert_eq!(stale, VersionedUpdate::Stale);
        let mut c = t.db.conn().unwrap();
        assert_eq!(advice::find(&mut c, &sent.request.id).unwrap(), saved);

        // Submitting records the day; the answer is kept as JSON and read back whole.
        let mut submit = saved.update();
        submit.state = AdviceState::Submitted;
        submit.completed_on = Some(day(2026, 12, 3));
        let VersionedUpdate::Applied(submitted) =
            advice::update(&mut c, &sent.request.id, 2, &submit, later).unwrap()
        else {
            panic!("submitted")
        };
        assert_eq!(submitted.request.completed_on, Some(day(2026, 12, 3)));
        assert_eq!(submitted.content, Some(draft));
        assert!(matches!(
            advice::update(&mut c, &AdviceRequestId::new("missing"), 1, &submit, later),
            Err(PersistenceError::NotFound)
        ));
    });
}

#[test]
fn a_team_manager_allocates_and_each_person_finds_the_requests_they_hold() {
    on_each_backend(|t| {
        let w = world(t);
        let paediatrics = team(t, "Community Paediatrics");
        let salt = team(t, "Speech and Language Therapy");
        let physio = build::user(&t.db, Role::Contributor, "physio@example.org");
        let nurse = build::user(&t.db, Role::Contributor, "nurse@example.org");
        let ep = build::user(&t.db, Role::Contributor, "ep@example.org");
        let to_team = send(
            t,
            &w,
            Recipient::Team(paediatrics.clone()),
            day(2026, 11, 23),
            "",
        );
        let to_salt = send(t, &w, Recipient::Team(salt.clone()), day(2026, 11, 24), "");
        let to_ep = send(
            t,
            &w,
            Recipient::Person(ep.id.clone()),
            day(2026, 11, 25),
            "",
        );

        let mut c = t.db.conn().unwrap();
        let first = advice::set_allocations(
            &mut c,
            &to_team.request.id,
            &[physio.id.clone(), nurse.id.clone()],
            &w.coordinator.id,
            now(),
        )
        .unwrap();
        assert_eq!(first, vec![physio.id.clone(), nurse.id.clone()]);
        let found = advice::find(&mut c, &to_team.request.id).unwrap();
        let mut allocated = found.request.allocated_to.clone();
        allocated.sort();
        let mut expected = vec![physio.id.clone(), nurse.id.clone()];
        expected.sort();
        assert_eq!(allocated, expected);

        // Re-allocating keeps the nurse, adds nobody new and takes the physio off.
        let again = advice::set_allocations(
            &mut c,
            &to_team.request.id,
            std::slice::from_ref(&nurse.id),
            &w.coordinator.id,
            now() + Duration::days(1),
        )
        .unwrap();
        assert!(again.is_empty());
        assert_eq!(
            advice::find(&mut c, &to_team.request.id)
                .unwrap()
                .request
                .allocated_to,
            vec![nurse.id.clone()]
        );

        let held = |user: &UserId, managed: &[TeamId]| -> Vec<String> {
            let mut c = t.db.conn().unwrap();
            advice::for_person(&mut c, user, managed)
                .unwrap()
                .into_iter()
                .map(|h| {
                    assert_eq!(h.case_ref, w.case_ref);
                    assert_eq!(h.record.case_id, w.case_id);
                    h.record.request.id.to_string()
                })
                .collect()
        };
        assert_eq!(held(&nurse.id, &[]), vec![to_team.request.id.to_string()]);
        assert!(held(&physio.id, &[]).is_empty(), "taken off the request");
        assert_eq!(held(&ep.id, &[]), vec![to_ep.request.id.to_string()]);
        assert_eq!(
            held(&physio.id, &[paediatrics.clone(), salt.clone()]),
            vec![
                to_team.request.id.to_string(),
                to_salt.request.id.to_string()
            ],
            "a manager holds the team's requests"
        );
        let with_allocations = advice::for_person(&mut c, &nurse.id, &[]).unwrap();
        assert_eq!(
            with_allocations[0].record.request.allocated_to,
            vec![nurse.id.clone()]
        );
    });
}

#[test]
fn the_case_file_reads_in_one_query_what_each_table_gives_on_its_own() {
    use domain::deadlines::DatedEvent;
    use domain::lifecycle::{AssessDecision, CaseEvent};
    use persistence::case_parties::{self, Child, Party};
    use persistence::plans::{self, NewPlan};
    on_each_backend(|t| {
        let w = world(t);
        let parent = build::user(&t.db, Role::Family, "parent@example.org");
        let physio = build::user(&t.db, Role::Contributor, "physio@example.org");
        let nurse = build::user(&t.db, Role::Contributor, "nurse@example.org");
        let paediatrics = team(t, "Community Paediatrics");
        let mut c = t.db.conn().unwrap();
        let read = |c: &mut persistence::DbConnection| cases::find_file(c, &w.case_id).unwrap();

        // A bare case: no child, nothing recorded.
        let bare = read(&mut c);
        assert_eq!(bare.case, cases::find(&mut c, &w.case_id).unwrap());
        assert!(bare.details.child.is_none());
        assert_eq!(
            bare.details.coordinator_name.as_deref(),
            Some("Test Person")
        );
        assert!(bare.events.is_empty() && bare.exceptions.is_empty());
        assert!(bare.grants.is_empty() && bare.advice.is_empty() && bare.open_plan.is_none());

        // Everything that can be on a case, with text JSON must escape.
        case_parties::set_child(
            &mut c,
            &w.case_id,
            &Child {
                given_names: "Zoë \"Zo\"".into(),
                family_name: "O'Neill\\Smith".into(),
                looked_after: true,
                parental_responsibility: "Mother\nand father".into(),
                preferred_language: "Cymraeg".into(),
                setting: None,
            },
            now(),
        )
        .unwrap();
        for (on, event, note) in [
            (day(2026, 9, 1), CaseEvent::RequestSubmitted, None),
            (
                day(2026, 9, 1),
                CaseEvent::RequestRegistered,
                Some("Same day, \"quoted\""),
            ),
            (
                day(2026, 10, 1),
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::Assess,
                },
                Some("Reasons:\n\t- ✓ needs"),
            ),
        ] {
            cases::append_event(
                &mut c,
                &w.case_id,
                &DatedEvent::new(on, event),
                note,
                Some(&w.coordinator.id),
                now(),
            )
            .unwrap();
        }
        let to_team = send(
            t,
            &w,
            Recipient::Team(paediatrics),
            day(2026, 10, 2),
            "Please \"see\" ✓",
        );
        let to_nurse = send(
            t,
            &w,
            Recipient::Person(nurse.id.clone()),
            day(2026, 10, 2),
            "",
        );
        advice::set_allocations(
            &mut c,
            &to_team.request.id,
            &[physio.id.clone(), nurse.id.clone()],
            &w.coordinator.id,
            now(),
        )
        .unwrap();
        let mut answer = to_nurse.update();
        answer.state = AdviceState::InProgress;
        answer.content = Some(AdviceContent {
            will_provide_details: "Weekly \"sessions\"\n✓".into(),
            ..AdviceContent::default()
        });
        advice::update(
            &mut c,
            &to_nurse.request.id,
            to_nurse.version,
            &answer,
            now(),
        )
        .unwrap();
        cases::record_exception(
            &mut c,
            &w.case_id,
            &domain::exceptions::RecordedException::new(
                "8(2)(a)".parse().unwrap(),
                day(2026, 10, 5),
                Some(day(2026, 11, 5)),
                "The child was \"unwell\"",
                w.coordinator.id.clone(),
                Some(to_team.request.id.clone()),
            )
            .unwrap(),
            now(),
        )
        .unwrap();
        for party in [
            Party::Family(parent.id.clone()),
            Party::Person(physio.id.clone()),
        ] {
            case_parties::grant(&mut c, &w.case_id, &party, &w.coordinator.id, now()).unwrap();
        }
        plans::start(
            &mut c,
            &NewPlan {
                id: "plan-1",
                case_id: &w.case_id,
                version_no: 1,
                content: &domain::ehc_plan::PlanContent::default(),
                author: &w.coordinator.id,
            },
            now(),
        )
        .unwrap();

        // At the assessment stage no plan is being written, whatever is stored.
        let file = read(&mut c);
        assert_eq!(file.case, cases::find(&mut c, &w.case_id).unwrap());
        assert_eq!(
            file.details.child,
            Some(case_parties::child(&mut c, &w.case_id).unwrap())
        );
        assert_eq!(file.events, cases::events(&mut c, &w.case_id).unwrap());
        assert_eq!(file.events.len(), 3);
        assert_eq!(
            file.exceptions,
            cases::exceptions(&mut c, &w.case_id).unwrap()
        );
        assert_eq!(file.exceptions.len(), 1);
        assert_eq!(
            file.grants,
            case_parties::grants(&mut c, &w.case_id).unwrap()
        );
        assert_eq!(file.grants.len(), 2);
        assert_eq!(file.advice, advice::for_case(&mut c, &w.case_id).unwrap());
        assert_eq!(file.advice.len(), 2);
        assert_eq!(file.advice[0].request.allocated_to.len(), 2);
        assert!(file.advice[1].content.is_some());
        assert!(file.open_plan.is_none());

        // At the draft plan stage the version being written comes with it.
        cases::set_stage(&mut c, &w.case_id, CaseStage::DraftPlan, None, now()).unwrap();
        let file = read(&mut c);
        assert_eq!(
            file.open_plan,
            plans::open_of_case(&mut c, &w.case_id).unwrap()
        );
        assert!(file.open_plan.is_some());
        assert_eq!(file.advice, advice::for_case(&mut c, &w.case_id).unwrap());

        assert!(matches!(
            cases::find_file(&mut c, "no-such-case"),
            Err(PersistenceError::NotFound)
        ));
    });
}
