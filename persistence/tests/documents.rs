//! Documents in storage, told as a family's and an administrator's stories, on
//! SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::assessment_request::{RequestContent, RequestRoute, RequestStatus};
use domain::documents::{DocumentKind, Section};
use domain::lifecycle::CaseStage;
use domain::people::{Role, User};
use persistence::cases::{self, NewCase};
use persistence::documents::{self, Attachment, NewDocument};
use persistence::requests::{self, NewRequest};
use persistence::testing::{TestDb, build, on_each_backend};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

fn case(t: &TestDb, coordinator: &User) -> String {
    t.db.transaction(|c| {
        cases::create(
            c,
            &NewCase {
                id: uuid::Uuid::now_v7().to_string(),
                case_ref: "EHC-2026-000077".into(),
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

fn add(t: &TestDb, attachment: &Attachment, by: &User, name: &str, at: DateTime<Utc>) -> String {
    let id = uuid::Uuid::now_v7().to_string();
    let key = format!("documents/{id}");
    t.db.transaction(|c| {
        documents::insert(
            c,
            &NewDocument {
                id: &id,
                attachment,
                file_name: name,
                media_type: "image/jpeg",
                byte_size: 1234,
                sha256: "ab".repeat(32).as_str(),
                storage_key: &key,
                uploaded_by: Some(&by.id),
                on_behalf: false,
            },
            at,
        )
    })
    .unwrap();
    id
}

#[test]
fn a_parent_adds_a_photo_to_their_views_and_it_is_listed_with_them() {
    on_each_backend(|t| {
        let coordinator = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let parent = build::user(&t.db, Role::Family, "parent@example.org");
        let case_id = case(t, &coordinator);
        let views = Attachment::Case {
            case_id: case_id.clone(),
            section: Section::ParentViews,
        };
        let evidence = Attachment::Case {
            case_id: case_id.clone(),
            section: Section::Evidence,
        };
        let first = add(t, &views, &parent, "garden.jpg", now());
        let second = add(
            t,
            &views,
            &parent,
            "party.jpg",
            now() + Duration::minutes(1),
        );
        add(t, &evidence, &coordinator, "letter.pdf", now());

        let mut c = t.db.conn().unwrap();
        let listed = documents::of_case(&mut c, &case_id, &[Section::ParentViews]).unwrap();
        let ids: Vec<&str> = listed.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, [first.as_str(), second.as_str()], "oldest first");
        assert_eq!(
            listed[0].uploaded_by_name.as_deref(),
            Some(parent.display_name.as_str())
        );
        assert_eq!(listed[0].section, Section::ParentViews);
        assert_eq!(listed[0].kind, DocumentKind::Image);
        assert_eq!(listed[0].uploaded_at, now());
        assert!(listed[0].redaction.is_none());

        let all = documents::of_case(&mut c, &case_id, &Section::ALL).unwrap();
        assert_eq!(all.len(), 3);
    });
}

#[test]
fn an_administrator_redacts_once_and_the_reason_stays() {
    on_each_backend(|t| {
        let coordinator = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let case_id = case(t, &coordinator);
        let id = add(
            t,
            &Attachment::Case {
                case_id,
                section: Section::Evidence,
            },
            &coordinator,
            "wrong-child.pdf",
            now(),
        );
        let later = now() + Duration::hours(1);
        let first = t
            .db
            .transaction(|c| documents::redact(c, &id, &admin.id, "Another child's report", later))
            .unwrap();
        let again =
            t.db.transaction(|c| documents::redact(c, &id, &admin.id, "Twice", later))
                .unwrap();
        assert!(first);
        assert!(!again, "a second redaction changes nothing");
        let mut c = t.db.conn().unwrap();
        let doc = documents::find(&mut c, &id).unwrap();
        let redaction = doc.redaction.unwrap();
        assert_eq!(redaction.reason, "Another child's report");
        assert_eq!(redaction.by, admin.id);
        assert_eq!(redaction.at, later);
        assert_eq!(doc.file_name, "wrong-child.pdf", "the record stays");
    });
}

#[test]
fn a_request_documents_follow_it_into_its_case_and_a_draft_takes_its_own_away() {
    on_each_backend(|t| {
        let coordinator = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let senco = build::user(&t.db, Role::Setting, "senco@example.org");
        let new = NewRequest {
            id: uuid::Uuid::now_v7().to_string(),
            route: RequestRoute::Setting,
            status: RequestStatus::Draft,
            author: Some(senco.id.clone()),
            setting: None,
            content: RequestContent::default(),
            received_on: None,
            received_via: None,
        };
        let request_id =
            t.db.transaction(|c| requests::create(c, &new, now()))
                .unwrap()
                .id;
        let attachment = Attachment::Request {
            request_id: request_id.clone(),
            case_id: None,
        };
        let doc = add(t, &attachment, &senco, "plan.pdf", now());
        let case_id = case(t, &coordinator);
        let moved =
            t.db.transaction(|c| documents::attach_request_to_case(c, &request_id, &case_id))
                .unwrap();
        assert_eq!(moved, 1);
        let mut c = t.db.conn().unwrap();
        let of_case = documents::of_case(&mut c, &case_id, &[Section::Request]).unwrap();
        assert_eq!(of_case[0].id, doc);
        assert_eq!(documents::of_request(&mut c, &request_id).unwrap().len(), 1);

        let keys =
            t.db.transaction(|c| documents::delete_of_draft(c, &request_id))
                .unwrap();
        assert_eq!(keys, vec![format!("documents/{doc}")]);
        assert!(
            documents::of_request(&mut c, &request_id)
                .unwrap()
                .is_empty()
        );
    });
}

#[test]
fn a_public_request_upload_token_works_until_it_expires() {
    on_each_backend(|t| {
        let new = NewRequest {
            id: uuid::Uuid::now_v7().to_string(),
            route: RequestRoute::Parent,
            status: RequestStatus::Submitted,
            author: None,
            setting: None,
            content: RequestContent::default(),
            received_on: None,
            received_via: None,
        };
        let id =
            t.db.transaction(|c| requests::create(c, &new, now()))
                .unwrap()
                .id;
        let expires = now() + Duration::hours(24);
        t.db.transaction(|c| documents::set_upload_token(c, &id, "hash", expires))
            .unwrap();
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            documents::upload_token_hash(&mut c, &id, now())
                .unwrap()
                .as_deref(),
            Some("hash")
        );
        assert_eq!(
            documents::upload_token_hash(&mut c, &id, expires).unwrap(),
            None
        );
        assert_eq!(
            documents::upload_token_hash(&mut c, "other", now()).unwrap(),
            None
        );
    });
}
