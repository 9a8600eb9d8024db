//! Requests for assessment in storage, told as a SENCo's draft and its
//! co-authors, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::assessment_request::{RequestContent, RequestRoute, RequestStatus};
use domain::people::{Role, User};
use persistence::requests::{self, NewRequest};
use persistence::testing::{TestDb, build, on_each_backend};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

fn draft_by(t: &TestDb, author: &User) -> String {
    let new = NewRequest {
        id: uuid::Uuid::now_v7().to_string(),
        route: RequestRoute::Setting,
        status: RequestStatus::Draft,
        author: Some(author.id.clone()),
        setting: None,
        content: RequestContent::default(),
        received_on: None,
        received_via: None,
    };
    t.db.transaction(|c| requests::create(c, &new, now()))
        .unwrap()
        .id
}

#[test]
fn the_author_removes_one_co_author_and_the_other_stays() {
    on_each_backend(|t| {
        let author = build::user(&t.db, Role::Setting, "senco@school.example.org");
        let first = build::user(&t.db, Role::Setting, "senco@other.example.org");
        let second = build::user(&t.db, Role::Setting, "head@third.example.org");
        let stranger = build::user(&t.db, Role::Setting, "senco@fourth.example.org");
        let id = draft_by(t, &author);
        t.db.transaction(|c| {
            requests::add_co_author(c, &id, &first.id, now())?;
            requests::add_co_author(c, &id, &second.id, now() + Duration::minutes(1))
        })
        .unwrap();
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            requests::find(&mut c, &id).unwrap().co_authors,
            [first.id.clone(), second.id.clone()]
        );
        drop(c);

        let removed =
            t.db.transaction(|c| requests::remove_co_author(c, &id, &first.id))
                .unwrap();
        assert!(removed);

        let mut c = t.db.conn().unwrap();
        let record = requests::find(&mut c, &id).unwrap();
        assert_eq!(record.co_authors, std::slice::from_ref(&second.id));
        assert_eq!(record.version, 1, "the content did not change");
        assert!(
            requests::drafts_of(&mut c, &first.id).unwrap().is_empty(),
            "the removed co-author no longer lists the draft"
        );
        assert_eq!(requests::drafts_of(&mut c, &second.id).unwrap().len(), 1);
        assert_eq!(requests::drafts_of(&mut c, &author.id).unwrap().len(), 1);
        drop(c);

        let again =
            t.db.transaction(|c| requests::remove_co_author(c, &id, &first.id))
                .unwrap();
        assert!(!again, "removing twice removes nothing more");
        let never =
            t.db.transaction(|c| requests::remove_co_author(c, &id, &stranger.id))
                .unwrap();
        assert!(!never, "someone who never co-authored it is not removed");
        let author_is_not_a_co_author =
            t.db.transaction(|c| requests::remove_co_author(c, &id, &author.id))
                .unwrap();
        assert!(!author_is_not_a_co_author);

        let other_draft = draft_by(t, &author);
        let elsewhere =
            t.db.transaction(|c| requests::remove_co_author(c, &other_draft, &second.id))
                .unwrap();
        assert!(!elsewhere, "only the named draft is touched");
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            requests::find(&mut c, &id).unwrap().co_authors,
            std::slice::from_ref(&second.id)
        );
    });
}
