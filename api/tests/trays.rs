//! Work trays through the API, told as each person's day on SQLite and (when
//! configured) PostgreSQL: a co-ordinator's own cases, all cases filtered and
//! searched, the unallocated ones, pages by cursor; a family's children; a
//! school's cases; an adviser's; flags set and filtered on; a case closed
//! outside the process and reopened. No tray lists a case its viewer may not
//! open.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use domain::lifecycle::CaseStage;
use domain::organisations::SettingPhase;
use domain::people::{DisplayName, Role, SettingId, User};
use persistence::case_parties::{self, Child, Party};
use persistence::cases::NewCase;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn person(t: &TestDb, role: Role, email: &str, name: &str) -> User {
    let mut new = build::new_user(role, email);
    new.display_name = DisplayName::parse(name).unwrap();
    build::create(&t.db, &new)
}

struct NewTrayCase<'a> {
    n: u32,
    name: (&'a str, &'a str),
    stage: CaseStage,
    coordinator: Option<&'a User>,
    due_in: Option<i64>,
    setting: Option<&'a SettingId>,
}

fn case(t: &TestDb, new: NewTrayCase<'_>) -> String {
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    t.db.transaction(|c| {
        let case = persistence::cases::create(
            c,
            &NewCase {
                id: uuid::Uuid::now_v7().to_string(),
                case_ref: format!("EHC-2026-{:06}", new.n),
                stage: new.stage,
                coordinator: new.coordinator.map(|u| u.id.clone()),
                child_born_on: None,
                request_received_on: Some(today() - Duration::days(30)),
            },
            now,
        )?;
        case_parties::set_child(
            c,
            &case.id,
            &Child {
                given_names: new.name.0.into(),
                family_name: new.name.1.into(),
                looked_after: false,
                parental_responsibility: String::new(),
                preferred_language: String::new(),
                setting: new.setting.cloned(),
            },
            now,
        )?;
        let due = new.due_in.map(|d| today() + Duration::days(d));
        persistence::cases::set_next_deadline(c, &case.id, due.as_ref().map(|d| ("D7", *d)))?;
        Ok(case.id)
    })
    .unwrap()
}

fn names(reply: &support::Reply) -> Vec<String> {
    reply.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{}", reply.body))
        .iter()
        .map(|i| i["child_name"].as_str().unwrap().to_owned())
        .collect()
}

fn first_error_field(reply: &support::Reply) -> Value {
    reply.body["errors"][0]["field"].clone()
}

#[actix_rt::test]
async fn each_person_works_from_their_own_trays_and_never_sees_a_case_they_may_not_open() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared =
            support::shared_with_clock(t.db.clone(), support::settings(&t.url, spa.path()), clock);
        let app = test::init_service(api::app::app(shared.clone())).await;
        let co = person(&t, Role::CaseCoordinator, "co@example.org", "Chris Okafor");
        let other_co = person(&t, Role::CaseCoordinator, "other@example.org", "Olu Other");
        let parent = person(&t, Role::Family, "parent@example.org", "Pat Brown");
        let senco = person(&t, Role::Setting, "senco@example.org", "Sam Patel");
        let ep = person(&t, Role::Contributor, "ep@example.org", "Priya Shah");
        let school = support::setting_with_staff(
            &t.db,
            "Riverside Primary",
            "123456",
            SettingPhase::Primary,
            &[&senco],
        );
        let amy = case(
            &t,
            NewTrayCase {
                n: 1,
                name: ("Amy", "Brown"),
                stage: CaseStage::Assessment,
                coordinator: Some(&co),
                due_in: Some(-3),
                setting: Some(&school),
            },
        );
        let ben = case(
            &t,
            NewTrayCase {
                n: 2,
                name: ("Ben", "Carter"),
                stage: CaseStage::Assessment,
                coordinator: Some(&other_co),
                due_in: Some(10),
                setting: None,
            },
        );
        let cara = case(
            &t,
            NewTrayCase {
                n: 3,
                name: ("Cara", "Brownlow"),
                stage: CaseStage::DraftPlan,
                coordinator: None,
                due_in: Some(40),
                setting: None,
            },
        );
        case(
            &t,
            NewTrayCase {
                n: 4,
                name: ("Dan", "Evans"),
                stage: CaseStage::PlanIssued,
                coordinator: Some(&co),
                due_in: None,
                setting: None,
            },
        );
        {
            let mut c = t.db.conn().unwrap();
            for party in [
                Party::Family(parent.id.clone()),
                Party::Setting(school.clone()),
            ] {
                case_parties::grant(&mut c, &amy, &party, &co.id, shared.state.now()).unwrap();
            }
            // As the grant handler does: list the case for whoever it now lets in.
            let loaded = api::cases::Loaded::load(&mut c, &amy).unwrap();
            api::cases::list_case(&mut c, &loaded).unwrap();
        }

        // The co-ordinator lands on their own cases, soonest deadline first.
        let mut coordinator = support::signed_in_as(&shared, &co);
        let mine = coordinator.get(&app, "/api/v1/cases").await;
        assert_eq!(mine.status, 200, "{}", mine.body);
        assert_eq!(names(&mine), ["Amy Brown", "Dan Evans"]);
        assert_eq!(
            mine.body["tray"],
            json!({"tray": "mine", "label": "My cases in progress"})
        );
        let trays: Vec<&str> = mine.body["trays"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["tray"].as_str().unwrap())
            .collect();
        assert_eq!(trays, ["mine", "all", "unallocated"]);
        let deadline = &mine.body["items"][0]["next_deadline"];
        assert_eq!(deadline["days_left"], -3);
        assert_eq!(deadline["overdue"], true);
        assert!(!deadline["name"].as_str().unwrap().is_empty());

        // All cases, filtered by stage and overdue; searched by part of a name.
        let overdue = coordinator
            .get(&app, "/api/v1/cases?tray=all&stage=assessment&overdue=true")
            .await;
        assert_eq!(names(&overdue), ["Amy Brown"]);
        let found = coordinator
            .get(&app, "/api/v1/cases?tray=all&q=%20%20BROWN&sort=name")
            .await;
        assert_eq!(names(&found), ["Amy Brown", "Cara Brownlow"]);
        let by_ref = coordinator
            .get(&app, "/api/v1/cases?tray=all&q=ehc-2026-000002")
            .await;
        assert_eq!(names(&by_ref), ["Ben Carter"]);
        let unallocated = coordinator
            .get(&app, "/api/v1/cases?tray=unallocated")
            .await;
        assert_eq!(names(&unallocated), ["Cara Brownlow"]);

        // Pages follow by cursor; a cursor of another order is refused, by name.
        let first = coordinator
            .get(&app, "/api/v1/cases?tray=all&limit=3")
            .await;
        assert_eq!(names(&first), ["Amy Brown", "Ben Carter", "Cara Brownlow"]);
        let cursor = first.body["next_cursor"].as_str().unwrap().to_owned();
        let encoded: String = cursor.replace('|', "%7C");
        let rest = coordinator
            .get(
                &app,
                &format!("/api/v1/cases?tray=all&limit=3&cursor={encoded}"),
            )
            .await;
        assert_eq!(names(&rest), ["Dan Evans"]);
        assert!(rest.body["next_cursor"].is_null());
        let mixed = coordinator
            .get(
                &app,
                &format!("/api/v1/cases?tray=all&sort=name&cursor={encoded}"),
            )
            .await;
        assert_eq!(mixed.status, 422);
        assert_eq!(first_error_field(&mixed), "cursor");
        let bad = coordinator
            .get(&app, "/api/v1/cases?tray=all&stage=nowhere&flags=purple")
            .await;
        assert_eq!(bad.status, 422);
        let fields: Vec<&str> = bad.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["stage", "flags"]);

        // The family: their children only.
        let mut family = support::signed_in_as(&shared, &parent);
        let theirs = family.get(&app, "/api/v1/cases").await;
        assert_eq!(names(&theirs), ["Amy Brown"]);
        assert_eq!(theirs.body["tray"]["label"], "My children");
        let refused = family.get(&app, "/api/v1/cases?tray=all").await;
        assert_eq!(refused.status, 422, "all cases is the co-ordinators' tray");
        assert_eq!(first_error_field(&refused), "tray");

        // The school: the cases it was given, not the others.
        let mut school_staff = support::signed_in_as(&shared, &senco);
        let setting = school_staff.get(&app, "/api/v1/cases?tray=setting").await;
        assert_eq!(names(&setting), ["Amy Brown"]);
        let landing = school_staff.get(&app, "/api/v1/cases").await;
        assert_eq!(
            landing.body["tray"]["tray"], "setting",
            "they land on their settings' cases"
        );
        assert_eq!(names(&landing), ["Amy Brown"]);
        assert_eq!(
            names(&school_staff.get(&app, "/api/v1/cases?tray=mine").await),
            Vec::<String>::new(),
            "none given to them by name"
        );

        // An adviser asked about Ben sees Ben, and nothing else.
        let asked = coordinator
            .post(
                &app,
                &format!("/api/v1/cases/{ben}/advice-requests"),
                json!({"recipients": [{"kind": "person", "id": ep.id.as_str()}], "note": "Please"}),
            )
            .await;
        assert_eq!(asked.status, 201, "{}", asked.body);
        let mut adviser = support::signed_in_as(&shared, &ep);
        assert_eq!(
            names(&adviser.get(&app, "/api/v1/cases").await),
            ["Ben Carter"]
        );

        // Flags: set by a co-ordinator, shown and filtered on; not by others.
        let flagged = coordinator
            .call(
                &app,
                Method::PUT,
                &format!("/api/v1/cases/{amy}/flags"),
                Some(json!({"flags": ["safeguarding", "looked_after"]})),
            )
            .await;
        assert_eq!(flagged.status, 200, "{}", flagged.body);
        assert_eq!(
            flagged.body["flags"],
            json!([
                {"flag": "safeguarding", "label": "Safeguarding"},
                {"flag": "looked_after", "label": "Looked-after child"}
            ])
        );
        assert_eq!(flagged.body["child"]["looked_after"], true);
        let safeguarding = coordinator
            .get(&app, "/api/v1/cases?tray=all&flags=safeguarding")
            .await;
        assert_eq!(names(&safeguarding), ["Amy Brown"]);
        assert_eq!(
            safeguarding.body["items"][0]["flags"],
            json!(["safeguarding", "looked_after"])
        );
        let by_family = family
            .call(
                &app,
                Method::PUT,
                &format!("/api/v1/cases/{amy}/flags"),
                Some(json!({"flags": []})),
            )
            .await;
        assert_eq!(by_family.status, 404);
        let unknown = coordinator
            .call(
                &app,
                Method::PUT,
                &format!("/api/v1/cases/{amy}/flags"),
                Some(json!({"flags": ["purple"]})),
            )
            .await;
        assert_eq!(unknown.status, 422);
        assert_eq!(first_error_field(&unknown), "flags");
        let timeline = coordinator
            .get(&app, &format!("/api/v1/cases/{amy}/timeline?kind=case"))
            .await;
        assert_eq!(timeline.status, 200, "{}", timeline.body);
        let other_kinds = coordinator
            .get(
                &app,
                &format!("/api/v1/cases/{amy}/timeline?kind=plan,document"),
            )
            .await;
        assert_eq!(other_kinds.body["items"], json!([]), "filtered by kind");
        let bad_kind = coordinator
            .get(&app, &format!("/api/v1/cases/{amy}/timeline?kind=case%25"))
            .await;
        assert_eq!(bad_kind.status, 422);
        assert_eq!(first_error_field(&bad_kind), "kind");
        assert!(
            timeline.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["summary"] == "Flags: Safeguarding set; Looked-after child set."),
            "{}",
            timeline.body
        );

        // Closed outside the process, with a reason; out of the trays until
        // asked for; reopened where it was.
        let no_note = coordinator
            .post(
                &app,
                &format!("/api/v1/cases/{cara}/close"),
                json!({"reason": "gone", "note": " "}),
            )
            .await;
        assert_eq!(no_note.status, 422);
        let fields: Vec<&str> = no_note.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["reason", "note"]);
        let closed = coordinator
            .post(
                &app,
                &format!("/api/v1/cases/{cara}/close"),
                json!({"reason": "moved_out_of_area", "note": "Moved to Leeds in November."}),
            )
            .await;
        assert_eq!(closed.status, 200, "{}", closed.body);
        assert_eq!(closed.body["stage"], "closed_outside_process");
        assert_eq!(
            names(&coordinator.get(&app, "/api/v1/cases?tray=all&q=cara").await),
            Vec::<String>::new()
        );
        assert_eq!(
            names(
                &coordinator
                    .get(&app, "/api/v1/cases?tray=all&closed_outside_process=true")
                    .await
            ),
            ["Cara Brownlow"]
        );
        let again = coordinator
            .post(
                &app,
                &format!("/api/v1/cases/{cara}/close"),
                json!({"reason": "duplicate", "note": "Twice"}),
            )
            .await;
        assert_eq!(again.status, 409, "already closed");
        let reopened = coordinator
            .post(
                &app,
                &format!("/api/v1/cases/{cara}/reopen"),
                json!({"note": "Back in the area."}),
            )
            .await;
        assert_eq!(reopened.status, 200, "{}", reopened.body);
        assert_eq!(reopened.body["stage"], "draft_plan");
        assert_eq!(
            names(
                &coordinator
                    .get(&app, "/api/v1/cases?tray=unallocated")
                    .await
            ),
            ["Cara Brownlow"]
        );
    }
}

/// The demo LA's family and school find in their trays every demo case shared
/// with them, the way a grant through the API lists it.
#[actix_rt::test]
async fn the_demo_parent_and_senco_find_every_demo_case_shared_with_them() {
    for t in each_backend() {
        api::commands::seed_demo::seed(&t.db, true).unwrap();
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared(t.db.clone(), support::settings(&t.url, spa.path()));
        let app = test::init_service(api::app::app(shared.clone())).await;
        let account = |email: &str| {
            let mut c = t.db.conn().unwrap();
            persistence::users::find_by_email(&mut c, &domain::people::Email::parse(email).unwrap())
                .unwrap()
        };
        for (email, tray) in [
            ("parent@example.org", "mine"),
            ("senco@example.org", "setting"),
        ] {
            let reply = support::signed_in_as(&shared, &account(email))
                .get(&app, &format!("/api/v1/cases?tray={tray}&sort=name"))
                .await;
            assert_eq!(reply.status, 200, "{}", reply.body);
            assert_eq!(
                names(&reply),
                ["Isla Brown", "Leo Johnson", "Mia Clarke", "Noah Williams"],
                "{email}: every allocated demo case, not the unallocated one"
            );
        }
    }
}

#[actix_rt::test]
async fn cases_listed_by_older_rules_are_listed_again_when_the_server_starts() {
    for t in each_backend() {
        let co = person(&t, Role::CaseCoordinator, "co@example.org", "Chris Okafor");
        let parent = person(&t, Role::Family, "parent@example.org", "Pat Parent");
        let ids: Vec<String> = (1..=3)
            .map(|n| {
                let id = case(
                    &t,
                    NewTrayCase {
                        n,
                        name: ("Amy", "Able"),
                        stage: CaseStage::Assessment,
                        coordinator: Some(&co),
                        due_in: Some(10),
                        setting: None,
                    },
                );
                let mut c = t.db.conn().unwrap();
                let now = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
                case_parties::grant(&mut c, &id, &Party::Family(parent.id.clone()), &co.id, now)
                    .unwrap();
                id
            })
            .collect();
        // Nothing has listed them yet: the first start lists all three.
        assert_eq!(api::cases::relist_stale(&t.db).unwrap(), 3);
        let mut c = t.db.conn().unwrap();
        let listed: Vec<_> = ids
            .iter()
            .map(|id| persistence::trays::listings_of(&mut c, id).unwrap())
            .collect();
        let family_key = format!("family:{}", parent.id);
        assert!(
            listed
                .iter()
                .all(|l| l.iter().any(|(key, _)| *key == family_key)),
            "{listed:?}"
        );

        // Two of them were listed by older rules (and to nobody).
        for id in &ids[..2] {
            persistence::trays::set_listings(&mut c, id, &[], 0).unwrap();
        }
        drop(c);
        assert_eq!(api::cases::relist_stale(&t.db).unwrap(), 2);
        let mut c = t.db.conn().unwrap();
        let again: Vec<_> = ids
            .iter()
            .map(|id| persistence::trays::listings_of(&mut c, id).unwrap())
            .collect();
        assert_eq!(again, listed, "listed as before");
        assert!(
            persistence::trays::listed_before(&mut c, domain::trays::LISTINGS_VERSION, 10)
                .unwrap()
                .is_empty()
        );
        drop(c);
        assert_eq!(api::cases::relist_stale(&t.db).unwrap(), 0, "nothing left");
    }
}
