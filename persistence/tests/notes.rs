//! Notes on a case's timeline in storage, told as a co-ordinator's and a
//! colleague's stories, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::lifecycle::CaseStage;
use domain::notes::NoteText;
use domain::people::{Role, User};
use persistence::cases::{self, NewCase};
use persistence::notes::{self, NewNote, NoteRecord};
use persistence::teams::VersionedUpdate;
use persistence::testing::{TestDb, build, on_each_backend};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

fn case(t: &TestDb, coordinator: &User) -> String {
    t.db.transaction(|c| {
        let case_ref = cases::next_case_ref(c, 2027)?;
        cases::create(
            c,
            &NewCase {
                id: uuid::Uuid::now_v7().to_string(),
                case_ref,
                stage: CaseStage::Assessment,
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

fn text(raw: &str) -> NoteText {
    NoteText::parse(raw).unwrap()
}

fn add(t: &TestDb, case_id: &str, by: &User, raw: &str, submitted: bool) -> NoteRecord {
    let id = uuid::Uuid::now_v7().to_string();
    let mut c = t.db.conn().unwrap();
    notes::create(
        &mut c,
        &NewNote {
            id: &id,
            case_id,
            author: &by.id,
            text: &text(raw),
            submitted,
        },
        now(),
    )
    .unwrap()
}

fn ids(notes: &[NoteRecord]) -> Vec<&str> {
    notes.iter().map(|n| n.id.as_str()).collect()
}

#[test]
fn a_draft_is_rewritten_under_its_version_then_submitted_and_frozen() {
    on_each_backend(|t| {
        let chris = build::user(&t.db, Role::CaseCoordinator, "chris@example.org");
        let case_id = case(t, &chris);
        let draft = add(t, &case_id, &chris, "Spoke to mum", false);
        assert_eq!(draft.text, "Spoke to mum");
        assert_eq!(draft.author, chris.id);
        assert_eq!(draft.author_name, "Test Person");
        assert_eq!(draft.version, 1);
        assert_eq!(draft.submitted_at, None);
        assert_eq!((draft.created_at, draft.updated_at), (now(), now()));
        assert!(!draft.facts().submitted);

        let mut c = t.db.conn().unwrap();
        let later = now() + Duration::minutes(5);
        let VersionedUpdate::Applied(saved) = notes::update_draft(
            &mut c,
            &draft.id,
            1,
            &text("Spoke to mum on the phone"),
            later,
        )
        .unwrap() else {
            panic!("the draft was at version 1");
        };
        assert_eq!(saved.text, "Spoke to mum on the phone");
        assert_eq!(
            (saved.version, saved.created_at, saved.updated_at),
            (2, now(), later)
        );
        assert_eq!(
            notes::update_draft(&mut c, &draft.id, 1, &text("An old tab"), later).unwrap(),
            VersionedUpdate::Stale,
            "a stale version writes nothing"
        );
        assert_eq!(notes::find(&mut c, &draft.id).unwrap(), saved);

        assert_eq!(
            notes::submit(&mut c, &draft.id, 1, later).unwrap(),
            VersionedUpdate::Stale
        );
        let VersionedUpdate::Applied(submitted) =
            notes::submit(&mut c, &draft.id, 2, later).unwrap()
        else {
            panic!("the draft was at version 2");
        };
        assert_eq!(submitted.submitted_at, Some(later));
        assert_eq!(submitted.version, 3);
        assert!(submitted.facts().submitted);

        // Submitted, nothing changes it: not a rewrite, a second submit or a delete.
        assert_eq!(
            notes::update_draft(&mut c, &draft.id, 3, &text("Changed"), later).unwrap(),
            VersionedUpdate::Stale
        );
        assert_eq!(
            notes::submit(&mut c, &draft.id, 3, later).unwrap(),
            VersionedUpdate::Stale
        );
        assert!(!notes::delete_draft(&mut c, &draft.id).unwrap());
        assert_eq!(notes::find(&mut c, &draft.id).unwrap(), submitted);
    });
}

#[test]
fn a_note_added_and_submitted_at_once_is_never_a_draft() {
    on_each_backend(|t| {
        let chris = build::user(&t.db, Role::CaseCoordinator, "chris@example.org");
        let case_id = case(t, &chris);
        let note = add(t, &case_id, &chris, "Panel agreed to assess", true);
        assert_eq!(note.submitted_at, Some(now()));
        assert_eq!(note.version, 1);
    });
}

#[test]
fn a_deleted_draft_is_gone() {
    on_each_backend(|t| {
        let chris = build::user(&t.db, Role::CaseCoordinator, "chris@example.org");
        let case_id = case(t, &chris);
        let draft = add(t, &case_id, &chris, "Wrong case", false);
        let mut c = t.db.conn().unwrap();
        assert!(notes::delete_draft(&mut c, &draft.id).unwrap());
        assert!(
            !notes::delete_draft(&mut c, &draft.id).unwrap(),
            "only once"
        );
        assert!(matches!(
            notes::find(&mut c, &draft.id),
            Err(persistence::PersistenceError::NotFound)
        ));
    });
}

#[test]
fn a_reader_sees_their_own_drafts_and_the_submitted_notes_asked_for_never_anyone_elses_draft() {
    on_each_backend(|t| {
        let chris = build::user(&t.db, Role::CaseCoordinator, "chris@example.org");
        let morgan = build::user(&t.db, Role::CaseCoordinator, "morgan@example.org");
        let case_id = case(t, &chris);
        let other_case = case(t, &chris);
        let chris_draft = add(t, &case_id, &chris, "Chris's draft", false);
        let morgan_draft = add(t, &case_id, &morgan, "Morgan's draft", false);
        let submitted = add(t, &case_id, &morgan, "Morgan's note", true);
        let elsewhere = add(t, &other_case, &chris, "Another case's draft", false);
        let mut c = t.db.conn().unwrap();

        let seen = notes::seen_by(&mut c, &case_id, Some(&chris.id), &[&submitted.id]).unwrap();
        assert_eq!(ids(&seen).len(), 2);
        assert!(ids(&seen).contains(&chris_draft.id.as_str()));
        assert!(ids(&seen).contains(&submitted.id.as_str()));

        // Asking for a draft by id does not reveal it: only submitted notes are named.
        let seen = notes::seen_by(
            &mut c,
            &case_id,
            Some(&chris.id),
            &[&morgan_draft.id, &elsewhere.id],
        )
        .unwrap();
        assert_eq!(ids(&seen), vec![chris_draft.id.as_str()]);

        let seen = notes::seen_by(&mut c, &case_id, Some(&morgan.id), &[]).unwrap();
        assert_eq!(ids(&seen), vec![morgan_draft.id.as_str()]);

        // An integration client has no drafts.
        let seen =
            notes::seen_by(&mut c, &case_id, None, &[&submitted.id, &chris_draft.id]).unwrap();
        assert_eq!(ids(&seen), vec![submitted.id.as_str()]);
        assert!(
            notes::seen_by(&mut c, &case_id, None, &[])
                .unwrap()
                .is_empty()
        );
    });
}
