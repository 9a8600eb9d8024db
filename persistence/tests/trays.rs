//! Work trays in storage, told as a co-ordinator's stories, on SQLite and (when
//! configured) PostgreSQL: search by part of a name or a reference, filters,
//! every sort paged by cursor without gaps or repeats, flags.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use domain::lifecycle::CaseStage;
use domain::people::{Role, User};
use domain::trays::{Cursor, Filters, Flag, Search, Sort};
use persistence::case_parties::{self, Child};
use persistence::cases::{self, NewCase};
use persistence::testing::{TestDb, build, on_each_backend};
use persistence::trays::{self, Scope, TrayQuery, TrayRow};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A case for `given family` at `stage`, its next deadline `due_in` days from
/// today (none if `None`), changed `minutes` after 9:00.
fn case(
    t: &TestDb,
    n: u32,
    (given, family): (&str, &str),
    stage: CaseStage,
    coordinator: Option<&User>,
    due_in: Option<i64>,
    minutes: i64,
) -> String {
    t.db.transaction(|c| {
        let case = cases::create(
            c,
            &NewCase {
                id: uuid::Uuid::now_v7().to_string(),
                case_ref: format!("EHC-2026-{n:06}"),
                stage,
                coordinator: coordinator.map(|u| u.id.clone()),
                child_born_on: None,
                request_received_on: Some(today() - Duration::days(i64::from(n))),
            },
            now() + Duration::minutes(minutes),
        )?;
        case_parties::set_child(
            c,
            &case.id,
            &Child {
                given_names: given.into(),
                family_name: family.into(),
                looked_after: false,
                parental_responsibility: String::new(),
                preferred_language: String::new(),
                setting: None,
            },
            now(),
        )?;
        let due = due_in.map(|d| today() + Duration::days(d));
        cases::set_next_deadline(c, &case.id, due.as_ref().map(|d| ("D7", *d)))?;
        Ok(case.id)
    })
    .unwrap()
}

fn query<'a>(scope: Scope<'a>, filters: &'a Filters, sort: Sort) -> TrayQuery<'a> {
    TrayQuery {
        scope,
        filters,
        sort,
        after: None,
        today: today(),
        impending_until: today() + Duration::days(14),
        limit: 25,
    }
}

fn names(rows: &[TrayRow]) -> Vec<String> {
    rows.iter().map(|r| r.child_name.clone()).collect()
}

/// Every row of a tray, read two at a time by cursor.
fn all_pages(t: &TestDb, filters: &Filters, sort: Sort) -> Vec<String> {
    let mut c = t.db.conn().unwrap();
    let mut seen = Vec::new();
    let mut cursor: Option<Cursor> = None;
    loop {
        let mut q = query(Scope::Everyone, filters, sort);
        q.limit = 2;
        q.after = cursor.as_ref();
        let (rows, more) = trays::page(&mut c, &q).unwrap();
        seen.extend(names(&rows));
        if !more {
            return seen;
        }
        let next = rows.last().unwrap().cursor(sort);
        // The cursor travels as text.
        cursor = Some(Cursor::decode(&next.encode(), sort).unwrap());
    }
}

#[test]
fn a_coordinator_finds_filters_sorts_and_pages_through_cases() {
    on_each_backend(|t| {
        let me = build::user(&t.db, Role::CaseCoordinator, "me@example.org");
        let other = build::user(&t.db, Role::CaseCoordinator, "other@example.org");
        let amy = case(
            t,
            1,
            ("Amy", "Brown"),
            CaseStage::Assessment,
            Some(&me),
            Some(-3),
            5,
        );
        case(
            t,
            2,
            ("Ben", "Carter"),
            CaseStage::Assessment,
            Some(&other),
            Some(10),
            1,
        );
        case(
            t,
            3,
            ("Cara", "Brownlow"),
            CaseStage::DraftPlan,
            None,
            Some(40),
            3,
        );
        case(
            t,
            4,
            ("Dan", "Evans"),
            CaseStage::PlanIssued,
            Some(&me),
            None,
            2,
        );
        let closed = case(
            t,
            5,
            ("Eve", "Fox"),
            CaseStage::ClosedOutsideProcess,
            None,
            None,
            4,
        );
        case(
            t,
            6,
            ("Finn", "Green"),
            CaseStage::RequestDraft,
            Some(&me),
            Some(1),
            6,
        );
        let mut c = t.db.conn().unwrap();
        let none = Filters::default();

        // Drafts are their authors' and closed cases stay out unless asked for.
        let (all, more) =
            trays::page(&mut c, &query(Scope::Everyone, &none, Sort::NextDeadline)).unwrap();
        assert!(!more);
        assert_eq!(
            names(&all),
            ["Amy Brown", "Ben Carter", "Cara Brownlow", "Dan Evans"],
            "soonest deadline first, no deadline last"
        );
        let mine = trays::page(
            &mut c,
            &query(Scope::CoordinatedBy(&me.id), &none, Sort::NextDeadline),
        )
        .unwrap()
        .0;
        assert_eq!(names(&mine), ["Amy Brown", "Dan Evans"]);
        let unallocated = trays::page(
            &mut c,
            &query(Scope::Unallocated, &none, Sort::NextDeadline),
        )
        .unwrap()
        .0;
        assert_eq!(names(&unallocated), ["Cara Brownlow"]);

        // Search by part of a name, any case, extra spaces ignored; or by reference.
        let search = |raw: &str| Filters {
            search: Search::parse(raw),
            ..Filters::default()
        };
        let f = search("  BROWN ");
        let found = trays::page(&mut c, &query(Scope::Everyone, &f, Sort::Name))
            .unwrap()
            .0;
        assert_eq!(names(&found), ["Amy Brown", "Cara Brownlow"]);
        let f = search("amy   brown");
        assert_eq!(
            names(
                &trays::page(&mut c, &query(Scope::Everyone, &f, Sort::Name))
                    .unwrap()
                    .0
            ),
            ["Amy Brown"]
        );
        let f = search("ehc-2026-000002");
        assert_eq!(
            names(
                &trays::page(&mut c, &query(Scope::Everyone, &f, Sort::Name))
                    .unwrap()
                    .0
            ),
            ["Ben Carter"]
        );
        let f = search("100%_");
        assert!(
            trays::page(&mut c, &query(Scope::Everyone, &f, Sort::Name))
                .unwrap()
                .0
                .is_empty(),
            "wildcards match only themselves"
        );

        // Deadline filters read the stored next deadline.
        let overdue = Filters {
            overdue: true,
            ..Filters::default()
        };
        assert_eq!(
            names(
                &trays::page(
                    &mut c,
                    &query(Scope::Everyone, &overdue, Sort::NextDeadline)
                )
                .unwrap()
                .0
            ),
            ["Amy Brown"]
        );
        let impending = Filters {
            impending: true,
            ..Filters::default()
        };
        assert_eq!(
            names(
                &trays::page(
                    &mut c,
                    &query(Scope::Everyone, &impending, Sort::NextDeadline)
                )
                .unwrap()
                .0
            ),
            ["Ben Carter"]
        );
        let stage = Filters {
            stages: vec![CaseStage::Assessment],
            overdue: true,
            ..Filters::default()
        };
        assert_eq!(
            names(
                &trays::page(&mut c, &query(Scope::Everyone, &stage, Sort::NextDeadline))
                    .unwrap()
                    .0
            ),
            ["Amy Brown"]
        );

        // Closed cases when asked for.
        let closed_only = Filters {
            closed_outside_process: true,
            ..Filters::default()
        };
        let rows = trays::page(&mut c, &query(Scope::Everyone, &closed_only, Sort::Name))
            .unwrap()
            .0;
        assert_eq!(
            rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
            [closed]
        );
        let with_closed = Filters {
            include_closed: true,
            ..Filters::default()
        };
        assert_eq!(
            trays::page(&mut c, &query(Scope::Everyone, &with_closed, Sort::Name))
                .unwrap()
                .0
                .len(),
            5
        );

        // A stage chosen by name: closed ones only with closed cases asked
        // for, and never a draft request, whoever asks.
        let listed = |c: &mut persistence::DbConnection, f: &Filters| {
            names(
                &trays::page(c, &query(Scope::Everyone, f, Sort::Name))
                    .unwrap()
                    .0,
            )
        };
        let chosen = |stages: Vec<CaseStage>, include_closed: bool| Filters {
            stages,
            include_closed,
            ..Filters::default()
        };
        assert!(
            listed(
                &mut c,
                &chosen(vec![CaseStage::ClosedOutsideProcess], false)
            )
            .is_empty()
        );
        assert_eq!(
            listed(&mut c, &chosen(vec![CaseStage::ClosedOutsideProcess], true)),
            ["Eve Fox"]
        );
        assert!(listed(&mut c, &chosen(vec![CaseStage::RequestDraft], true)).is_empty());
        assert_eq!(
            listed(
                &mut c,
                &chosen(vec![CaseStage::RequestDraft, CaseStage::PlanIssued], true)
            ),
            ["Dan Evans"]
        );

        // Flags: set, filtered on, cleared.
        trays::set_flag(
            &mut c,
            &amy,
            Flag::Safeguarding,
            true,
            now() + Duration::hours(1),
        )
        .unwrap();
        trays::set_flag(
            &mut c,
            &amy,
            Flag::LookedAfter,
            true,
            now() + Duration::hours(1),
        )
        .unwrap();
        let flagged = Filters {
            flags: vec![Flag::Safeguarding, Flag::LookedAfter],
            ..Filters::default()
        };
        let rows = trays::page(&mut c, &query(Scope::Everyone, &flagged, Sort::Name))
            .unwrap()
            .0;
        assert_eq!(names(&rows), ["Amy Brown"]);
        assert_eq!(rows[0].flags, [Flag::Safeguarding, Flag::LookedAfter]);
        assert!(
            case_parties::child(&mut c, &amy)
                .unwrap()
                .child
                .looked_after,
            "looked-after is the child's own"
        );
        trays::set_flag(
            &mut c,
            &amy,
            Flag::Safeguarding,
            false,
            now() + Duration::hours(1),
        )
        .unwrap();
        assert!(
            trays::page(&mut c, &query(Scope::Everyone, &flagged, Sort::Name))
                .unwrap()
                .0
                .is_empty()
        );
        assert!(matches!(
            trays::set_flag(&mut c, "no-such-case", Flag::Tribunal, true, now()),
            Err(persistence::PersistenceError::NotFound)
        ));
        drop(c);

        // Every sort pages by cursor with no case missed or repeated.
        let with_closed = Filters {
            include_closed: true,
            ..Filters::default()
        };
        for (sort, expected) in [
            (
                Sort::NextDeadline,
                vec![
                    "Amy Brown",
                    "Ben Carter",
                    "Cara Brownlow",
                    "Dan Evans",
                    "Eve Fox",
                ],
            ),
            (
                Sort::Name,
                vec![
                    "Amy Brown",
                    "Ben Carter",
                    "Cara Brownlow",
                    "Dan Evans",
                    "Eve Fox",
                ],
            ),
            (
                Sort::CaseReference,
                vec![
                    "Amy Brown",
                    "Ben Carter",
                    "Cara Brownlow",
                    "Dan Evans",
                    "Eve Fox",
                ],
            ),
            (
                Sort::RequestDate,
                vec![
                    "Eve Fox",
                    "Dan Evans",
                    "Cara Brownlow",
                    "Ben Carter",
                    "Amy Brown",
                ],
            ),
        ] {
            assert_eq!(all_pages(t, &with_closed, sort), expected, "{sort:?}");
        }
        let by_update = all_pages(t, &with_closed, Sort::LastUpdated);
        assert_eq!(by_update.len(), 5);
        assert_eq!(
            by_update[0], "Amy Brown",
            "flagged last, so changed last: {by_update:?}"
        );
    });
}

/// A professional's tray reads where each case is listed for them: a listing
/// whose grace period has run out drops off the day after its last day, and
/// listing a case again replaces what was there.
#[test]
fn a_tray_lists_a_case_under_its_keys_until_the_grace_period_ends() {
    use domain::trays::{LISTINGS_VERSION, Listing};
    on_each_backend(|t| {
        let amy = case(
            t,
            1,
            ("Amy", "Brown"),
            CaseStage::Assessment,
            None,
            Some(3),
            1,
        );
        let ben = case(
            t,
            2,
            ("Ben", "Carter"),
            CaseStage::PlanIssued,
            None,
            Some(9),
            2,
        );
        let mut c = t.db.conn().unwrap();
        let listing = |key: &str, grace_from: Option<NaiveDate>| Listing {
            key: key.to_owned(),
            grace_from,
        };
        trays::set_listings(
            &mut c,
            &amy,
            &[listing("holder:ep", None)],
            LISTINGS_VERSION,
        )
        .unwrap();
        let issued = today() - Duration::days(60);
        trays::set_listings(
            &mut c,
            &ben,
            &[
                listing("holder:ep", Some(issued)),
                listing("family:pat", None),
            ],
            LISTINGS_VERSION,
        )
        .unwrap();
        let none = Filters::default();
        let keys = vec!["holder:ep".to_owned()];
        let mine = |c: &mut persistence::DbConnection, on: NaiveDate| {
            let scope = Scope::Listed {
                keys: &keys,
                grace_cutoff: domain::trays::grace_cutoff(on, 60),
            };
            names(
                &trays::page(c, &query(scope, &none, Sort::NextDeadline))
                    .unwrap()
                    .0,
            )
        };
        // The last day of the 60-day grace period, then the day after.
        assert_eq!(mine(&mut c, today()), ["Amy Brown", "Ben Carter"]);
        assert_eq!(mine(&mut c, today() + Duration::days(1)), ["Amy Brown"]);
        // Listed again without the adviser: gone from their tray at once.
        trays::set_listings(
            &mut c,
            &amy,
            &[listing("family:pat", None)],
            LISTINGS_VERSION,
        )
        .unwrap();
        assert_eq!(mine(&mut c, today()), ["Ben Carter"]);
        assert_eq!(
            trays::listings_of(&mut c, &amy).unwrap(),
            [("family:pat".to_owned(), trays::NO_DEADLINE)]
        );
        // Nothing is left to relist under the current rules.
        assert!(
            trays::listed_before(&mut c, LISTINGS_VERSION, 10)
                .unwrap()
                .is_empty()
        );
    });
}
