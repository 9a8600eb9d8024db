//! EHC plans in storage, told as the co-ordinator's, the family's and a
//! consulted school's stories, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use domain::ehc_plan::PlanContent;
use domain::lifecycle::CaseStage;
use domain::organisations::{OrganisationName, SettingPhase, Urn};
use domain::people::{Role, SettingId, User};
use persistence::PersistenceError;
use persistence::cases::{self, NewCase};
use persistence::education_settings::{self, NewSetting};
use persistence::plans::{self, Issue, NewPlan, PlanStatus, RepresentationKind};
use persistence::teams::{AuditContext, VersionedUpdate};
use persistence::testing::{TestDb, build, on_each_backend};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn case(t: &TestDb, coordinator: &User) -> String {
    t.db.transaction(|c| {
        cases::create(
            c,
            &NewCase {
                id: uuid::Uuid::now_v7().to_string(),
                case_ref: "EHC-2027-000011".into(),
                stage: CaseStage::DraftPlan,
                coordinator: Some(coordinator.id.clone()),
                child_born_on: None,
                request_received_on: None,
            },
            now(),
        )
    })
    .unwrap()
    .id
}

fn school(t: &TestDb) -> SettingId {
    let id = SettingId::new(uuid::Uuid::now_v7().to_string());
    t.db.transaction(|c| {
        education_settings::create(
            c,
            &NewSetting {
                id: id.clone(),
                name: OrganisationName::parse("Riverside Primary").unwrap(),
                urn: Urn::parse("123456").unwrap(),
                phase: SettingPhase::Primary,
            },
            &AuditContext {
                actor: domain::audit::AuditActor::System,
                request_id: None,
            },
            now(),
        )
    })
    .unwrap();
    id
}

fn start(
    t: &TestDb,
    case_id: &str,
    version_no: i32,
    by: &User,
) -> Result<plans::PlanRecord, PersistenceError> {
    let id = uuid::Uuid::now_v7().to_string();
    t.db.transaction(|c| {
        plans::start(
            c,
            &NewPlan {
                id: &id,
                case_id,
                version_no,
                content: &PlanContent::default(),
                author: &by.id,
            },
            now(),
        )
    })
}

#[test]
fn a_draft_is_saved_under_its_version_and_a_stale_save_changes_nothing() {
    on_each_backend(|t| {
        let co = build::user(&t.db, Role::CaseCoordinator, "co@la.example.org");
        let case_id = case(t, &co);
        let draft = start(t, &case_id, 1, &co).unwrap();
        assert_eq!(draft.status, PlanStatus::Draft);
        assert_eq!(draft.version_no, 1);
        assert_eq!(draft.version, 1);
        assert_eq!(draft.author_name, co.display_name.as_str());

        let mut c = t.db.conn().unwrap();
        let content = PlanContent::default();
        let saved = plans::save_content(&mut c, &draft.id, 1, &content, now()).unwrap();
        let VersionedUpdate::Applied(saved) = saved else {
            panic!("the first save applies")
        };
        assert_eq!(saved.version, 2);
        assert!(matches!(
            plans::save_content(&mut c, &draft.id, 1, &content, now()).unwrap(),
            VersionedUpdate::Stale
        ));
        assert_eq!(plans::find(&mut c, &draft.id).unwrap().version, 2);
    });
}

#[test]
fn a_case_has_one_plan_being_written_at_a_time() {
    on_each_backend(|t| {
        let co = build::user(&t.db, Role::CaseCoordinator, "co@la.example.org");
        let case_id = case(t, &co);
        start(t, &case_id, 1, &co).unwrap();
        assert!(matches!(
            start(t, &case_id, 2, &co),
            Err(PersistenceError::Conflict(_))
        ));
    });
}

#[test]
fn a_shared_draft_is_issued_frozen_and_an_amendment_is_the_next_version() {
    on_each_backend(|t| {
        let co = build::user(&t.db, Role::CaseCoordinator, "co@la.example.org");
        let case_id = case(t, &co);
        let draft = start(t, &case_id, 1, &co).unwrap();
        let mut c = t.db.conn().unwrap();
        assert!(
            matches!(
                plans::issue(
                    &mut c,
                    &draft.id,
                    &Issue {
                        issued_on: day(2027, 3, 20),
                        next_review_on: day(2028, 3, 20),
                        by: &co.id
                    },
                    now()
                ),
                Err(PersistenceError::Conflict(_))
            ),
            "a draft nobody has seen cannot be issued"
        );
        let shared = plans::share(&mut c, &draft.id, day(2027, 3, 3), now()).unwrap();
        assert_eq!(shared.status, PlanStatus::Shared);
        assert_eq!(shared.shared_on, Some(day(2027, 3, 3)));
        let issued = plans::issue(
            &mut c,
            &draft.id,
            &Issue {
                issued_on: day(2027, 3, 20),
                next_review_on: day(2028, 3, 20),
                by: &co.id,
            },
            now() + Duration::days(19),
        )
        .unwrap();
        assert_eq!(issued.status, PlanStatus::Final);
        assert_eq!(issued.next_review_on, Some(day(2028, 3, 20)));
        assert!(
            matches!(
                plans::save_content(
                    &mut c,
                    &draft.id,
                    issued.version,
                    &PlanContent::default(),
                    now()
                )
                .unwrap(),
                VersionedUpdate::Stale
            ),
            "a final plan never changes"
        );
        assert_eq!(plans::open_of_case(&mut c, &case_id).unwrap(), None);
        drop(c);

        let amendment = start(t, &case_id, 2, &co).unwrap();
        let mut c = t.db.conn().unwrap();
        assert_eq!(plans::latest_version_no(&mut c, &case_id).unwrap(), 2);
        let all = plans::of_case(&mut c, &case_id).unwrap();
        assert_eq!(
            all.iter()
                .map(|p| (p.version_no, p.status))
                .collect::<Vec<_>>(),
            vec![(1, PlanStatus::Final), (2, PlanStatus::Draft)]
        );
        assert_eq!(
            plans::version_of_case(&mut c, &case_id, 2).unwrap().id,
            amendment.id
        );
        assert_eq!(
            plans::open_of_case(&mut c, &case_id).unwrap().map(|p| p.id),
            Some(amendment.id)
        );
    });
}

#[test]
fn the_family_comments_and_a_consulted_school_answers_once() {
    on_each_backend(|t| {
        let co = build::user(&t.db, Role::CaseCoordinator, "co@la.example.org");
        let parent = build::user(&t.db, Role::Family, "parent@example.org");
        let senco = build::user(&t.db, Role::Setting, "senco@school.example.org");
        let case_id = case(t, &co);
        let setting = school(t);
        let draft = start(t, &case_id, 1, &co).unwrap();
        let mut c = t.db.conn().unwrap();
        plans::share(&mut c, &draft.id, day(2027, 3, 3), now()).unwrap();

        for (i, kind) in [
            RepresentationKind::Comment {
                section: "b".into(),
            },
            RepresentationKind::Meeting,
            RepresentationKind::PreferredSetting {
                setting: setting.clone(),
            },
        ]
        .iter()
        .enumerate()
        {
            plans::add_representation(
                &mut c,
                &format!("rep-{i}"),
                &draft.id,
                &parent.id,
                kind,
                "Section B misses how anxious Alex is in the mornings.",
                now() + Duration::minutes(i as i64),
            )
            .unwrap();
        }
        let reps = plans::representations(&mut c, &draft.id).unwrap();
        assert_eq!(reps.len(), 3);
        assert_eq!(
            reps[0].kind,
            RepresentationKind::Comment {
                section: "b".into()
            }
        );
        assert_eq!(reps[0].author_name, parent.display_name.as_str());
        assert_eq!(reps[2].setting_name.as_deref(), Some("Riverside Primary"));

        let consulted = plans::consult(
            &mut c,
            "con-1",
            &draft.id,
            &setting,
            &co.id,
            day(2027, 3, 4),
        )
        .unwrap();
        assert_eq!(consulted.answer, None);
        assert_eq!(consulted.setting_name, "Riverside Primary");
        assert!(
            matches!(
                plans::consult(
                    &mut c,
                    "con-2",
                    &draft.id,
                    &setting,
                    &co.id,
                    day(2027, 3, 5)
                ),
                Err(PersistenceError::Conflict(_))
            ),
            "a setting is consulted once on a version"
        );
        let answered = plans::answer(
            &mut c,
            "con-1",
            true,
            "We can meet Alex's needs.",
            &senco.id,
            now(),
        )
        .unwrap();
        let answer = answered.answer.unwrap();
        assert!(answer.yes);
        assert_eq!(answer.by_name, senco.display_name.as_str());
        assert!(
            matches!(
                plans::answer(&mut c, "con-1", false, "Changed our mind", &senco.id, now()),
                Err(PersistenceError::Conflict(_))
            ),
            "an answer stands"
        );
        assert!(matches!(
            plans::answer(&mut c, "no-such", true, "", &senco.id, now()),
            Err(PersistenceError::NotFound)
        ));
        assert_eq!(plans::consultations(&mut c, &draft.id).unwrap().len(), 1);
    });
}
