//! Outbox stories, each run on SQLite and (when configured) PostgreSQL: messages
//! commit with the change that causes them, go once per reference, survive a
//! worker dying mid-send, and back off on a predictable schedule.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::notifications::{Channel, RetryPolicy, TemplateKey, TemplateText};
use persistence::outbox::{self, NewMessage, Receipt, Status};
use persistence::testing::{TestDb, on_each_backend};
use persistence::{Backend, PersistenceError, audit};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

const LEASE: i64 = 300;

fn lease() -> Duration {
    Duration::seconds(LEASE)
}

/// An advice request to an educational psychologist, as the advice workflow will send it.
fn advice_requested(reference: &str, to: &str) -> NewMessage {
    let values = [
        ("case_reference", "EHC-2026-000042"),
        ("advice_type", "educational psychology"),
        ("due_date", "3 March 2027"),
        (
            "sign_in_link",
            "https://ehc.example.gov.uk/cases/EHC-2026-000042",
        ),
    ];
    NewMessage {
        channel: Channel::Email,
        recipient: to.to_owned(),
        template: TemplateKey::AdviceRequested,
        personalisation: values
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        reference: reference.to_owned(),
    }
}

fn enqueue(db: &TestDb, msg: &NewMessage) -> outbox::MessageId {
    db.db
        .transaction(|c| outbox::enqueue(c, msg, t0()))
        .unwrap()
}

fn claim(db: &TestDb, at: DateTime<Utc>, limit: i64) -> Vec<outbox::OutboxMessage> {
    let mut conn = db.db.conn().unwrap();
    outbox::claim_due(&mut conn, at, lease(), limit).unwrap()
}

fn all(db: &TestDb) -> Vec<outbox::OutboxMessage> {
    let mut conn = db.db.conn().unwrap();
    outbox::latest(&mut conn, None, 10_000).unwrap()
}

#[test]
fn a_state_change_that_rolls_back_leaves_no_message_behind() {
    on_each_backend(|db| {
        let result: Result<(), PersistenceError> = db.db.transaction(|c| {
            let event = NewAuditEvent::new(
                AuditActor::System,
                "advice.requested",
                AuditOutcome::Success,
            )
            .object("case", "EHC-2026-000042");
            audit::append(c, &event, t0())?;
            outbox::enqueue(
                c,
                &advice_requested("advice-request:1", "ep@example.org"),
                t0(),
            )?;
            Err(PersistenceError::Conflict(
                "the case changed meanwhile".into(),
            ))
        });
        assert!(result.is_err());
        assert!(all(db).is_empty(), "no message without its state change");

        db.db
            .transaction(|c| {
                outbox::enqueue(
                    c,
                    &advice_requested("advice-request:1", "ep@example.org"),
                    t0(),
                )
            })
            .unwrap();
        assert_eq!(all(db).len(), 1, "and it commits with one");
    });
}

#[test]
fn a_retried_request_enqueues_one_message_per_reference() {
    on_each_backend(|db| {
        let first = enqueue(db, &advice_requested("advice-request:7", "ep@example.org"));
        let again = enqueue(db, &advice_requested("advice-request:7", "ep@example.org"));
        assert_eq!(first, again);
        let other = enqueue(db, &advice_requested("advice-request:8", "ep@example.org"));
        assert_ne!(first, other);
        let rows = all(db);
        assert_eq!(rows.len(), 2);
        let stored = rows.iter().find(|m| m.id == first.as_str()).unwrap();
        assert_eq!(stored.status(), Some(Status::Pending));
        assert_eq!(stored.attempts, 0);
        assert_eq!(
            stored.subject,
            "Advice requested on case EHC-2026-000042, due by 3 March 2027"
        );
        assert!(
            stored
                .body
                .starts_with("Advice has been requested from you on case EHC-2026-000042")
        );
    });
}

#[test]
fn a_message_that_cannot_be_rendered_or_carries_personal_data_in_its_reference_is_refused() {
    on_each_backend(|db| {
        let mut missing = advice_requested("advice-request:9", "ep@example.org");
        missing.personalisation.remove("due_date");
        let err = db
            .db
            .transaction(|c| outbox::enqueue(c, &missing, t0()))
            .unwrap_err();
        assert!(err.to_string().contains("due_date"), "{err}");

        let mut naming = advice_requested("advice-request:9", "ep@example.org");
        naming
            .personalisation
            .insert("child_name".into(), "Oluwaseun".into());
        assert!(
            db.db
                .transaction(|c| outbox::enqueue(c, &naming, t0()))
                .is_err()
        );

        let leaky = advice_requested("advice:ep@example.org", "ep@example.org");
        assert!(
            db.db
                .transaction(|c| outbox::enqueue(c, &leaky, t0()))
                .is_err()
        );
        assert!(all(db).is_empty());
    });
}

#[test]
fn a_worker_dying_between_claim_and_send_delays_the_message_but_never_doubles_it() {
    on_each_backend(|db| {
        let id = enqueue(db, &advice_requested("advice-request:11", "ep@example.org"));

        let crashed = claim(db, t0(), 10);
        assert_eq!(crashed.len(), 1);
        assert_eq!(crashed[0].status(), Some(Status::Sending));
        // The worker dies here: nothing is recorded.

        assert!(
            claim(db, t0() + Duration::seconds(LEASE - 1), 10).is_empty(),
            "nobody else takes it while the lease holds"
        );
        let retaken = claim(db, t0() + Duration::seconds(LEASE), 10);
        assert_eq!(retaken.len(), 1, "taken over once the lease runs out");
        assert_eq!(retaken[0].id, id.as_str());
        assert_eq!(
            retaken[0].reference, "advice-request:11",
            "same idempotency reference"
        );
        assert_eq!(retaken[0].attempts, 2);

        let mut conn = db.db.conn().unwrap();
        let later = t0() + Duration::seconds(LEASE + 1);
        outbox::record_accepted(&mut conn, &retaken[0], Some("notify-id-1"), later).unwrap();
        // If the first worker was only slow, its late outcome cannot overwrite the new one.
        let late = outbox::record_delivered(&mut conn, &crashed[0], later);
        assert!(
            matches!(late, Err(PersistenceError::Conflict(_))),
            "{late:?}"
        );
        drop(conn);

        assert!(
            claim(db, t0() + Duration::days(1), 10).is_empty(),
            "sent once"
        );
        let stored = all(db).pop().unwrap();
        assert_eq!(stored.status(), Some(Status::Sent));
        assert_eq!(stored.provider_id.as_deref(), Some("notify-id-1"));
    });
}

#[test]
fn failures_worth_retrying_back_off_exponentially_then_give_up() {
    on_each_backend(|db| {
        let policy = RetryPolicy {
            max_attempts: 4,
            first_delay_secs: 30,
            max_delay_secs: 90,
        };
        enqueue(db, &advice_requested("advice-request:21", "ep@example.org"));
        let mut now = t0();
        let mut waits = Vec::new();
        loop {
            let claimed = claim(db, now, 10);
            assert_eq!(claimed.len(), 1, "due at {now}");
            let mut conn = db.db.conn().unwrap();
            let status = outbox::record_transient_failure(
                &mut conn,
                &claimed[0],
                "notify 500 Exception",
                &policy,
                now,
            )
            .unwrap();
            if status == Status::FailedPermanently {
                break;
            }
            let next = outbox::get(&mut conn, &claimed[0].message_id()).unwrap();
            let wait = next.next_attempt_at.and_utc() - now;
            drop(conn);
            assert!(
                claim(db, now + wait - Duration::seconds(1), 10).is_empty(),
                "not before its time"
            );
            waits.push(wait.num_seconds());
            now += wait;
        }
        assert_eq!(waits, vec![30, 60, 90], "doubling, capped at 90 s");

        let mut conn = db.db.conn().unwrap();
        let failed = outbox::failed(&mut conn, 10).unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].attempts, 4);
        let error = failed[0].last_error.as_deref().unwrap();
        assert_eq!(
            error,
            "gave up after 4 attempts; last: notify 500 Exception"
        );
        drop(conn);
        assert!(
            claim(db, now + Duration::days(30), 10).is_empty(),
            "never again"
        );
    });
}

#[test]
fn a_refused_message_is_not_retried() {
    on_each_backend(|db| {
        enqueue(db, &advice_requested("advice-request:31", "ep@example.org"));
        let claimed = claim(db, t0(), 10);
        let mut conn = db.db.conn().unwrap();
        outbox::record_permanent_failure(
            &mut conn,
            &claimed[0],
            "notify 400 BadRequestError",
            t0(),
        )
        .unwrap();
        drop(conn);
        assert!(claim(db, t0() + Duration::days(1), 10).is_empty());
        let mut conn = db.db.conn().unwrap();
        assert_eq!(outbox::failed(&mut conn, 10).unwrap().len(), 1);
        assert_eq!(
            outbox::counts(&mut conn).unwrap(),
            BTreeMap::from([("failed_permanently".to_owned(), 1)])
        );
    });
}

#[test]
fn concurrent_claimers_never_take_the_same_message() {
    on_each_backend(|db| {
        let total = 120;
        db.db
            .transaction(|c| {
                for n in 0..total {
                    outbox::enqueue(
                        c,
                        &advice_requested(&format!("advice-request:c{n}"), "ep@example.org"),
                        t0(),
                    )?;
                }
                Ok(())
            })
            .unwrap();
        let claimers: Vec<_> = (0..4)
            .map(|_| {
                let database = db.db.clone();
                std::thread::spawn(move || {
                    // Each thread holds its own real connection.
                    let mut conn = database.conn().unwrap();
                    let mut mine = Vec::new();
                    loop {
                        let batch = outbox::claim_due(&mut conn, t0(), lease(), 7).unwrap();
                        if batch.is_empty() {
                            break mine;
                        }
                        mine.extend(batch.into_iter().map(|m| m.id));
                        std::thread::yield_now();
                    }
                })
            })
            .collect();
        let claimed: Vec<Vec<String>> = claimers.into_iter().map(|h| h.join().unwrap()).collect();
        let every: Vec<&String> = claimed.iter().flatten().collect();
        let distinct: BTreeSet<&String> = every.iter().copied().collect();
        assert_eq!(every.len(), total, "every message claimed");
        assert_eq!(distinct.len(), total, "none claimed twice");
        if db.backend() == Backend::Postgres {
            eprintln!(
                "claims per worker: {:?}",
                claimed.iter().map(Vec::len).collect::<Vec<_>>()
            );
        }
    });
}

#[test]
fn the_mailbox_shows_the_latest_messages_newest_first_optionally_to_one_recipient() {
    on_each_backend(|db| {
        for (n, to) in ["ep@example.org", "parent@example.org", "ep@example.org"]
            .iter()
            .enumerate()
        {
            let msg = advice_requested(&format!("advice-request:m{n}"), to);
            db.db
                .transaction(|c| outbox::enqueue(c, &msg, t0() + Duration::seconds(n as i64)))
                .unwrap();
        }
        let mut conn = db.db.conn().unwrap();
        let latest = outbox::latest(&mut conn, None, 2).unwrap();
        let refs: Vec<&str> = latest.iter().map(|m| m.reference.as_str()).collect();
        assert_eq!(refs, vec!["advice-request:m2", "advice-request:m1"]);
        let to_ep = outbox::latest(&mut conn, Some("ep@example.org"), 10).unwrap();
        let refs: Vec<&str> = to_ep.iter().map(|m| m.reference.as_str()).collect();
        assert_eq!(refs, vec!["advice-request:m2", "advice-request:m0"]);
    });
}

#[test]
fn a_delivery_receipt_settles_a_sent_message_once() {
    on_each_backend(|db| {
        enqueue(db, &advice_requested("advice-request:41", "ep@example.org"));
        enqueue(db, &advice_requested("advice-request:42", "ep@example.org"));
        let claimed = claim(db, t0(), 10);
        let mut conn = db.db.conn().unwrap();
        outbox::record_accepted(&mut conn, &claimed[0], Some("n-1"), t0()).unwrap();
        outbox::record_accepted(&mut conn, &claimed[1], Some("n-2"), t0()).unwrap();
        assert!(outbox::record_receipt(&mut conn, "n-1", Receipt::Delivered, t0()).unwrap());
        assert!(
            !outbox::record_receipt(&mut conn, "n-1", Receipt::Delivered, t0()).unwrap(),
            "a repeated receipt changes nothing"
        );
        let failed = Receipt::Failed {
            reason: "permanent-failure",
        };
        assert!(outbox::record_receipt(&mut conn, "n-2", failed, t0()).unwrap());
        assert!(matches!(
            outbox::record_receipt(&mut conn, "unknown", Receipt::Delivered, t0()),
            Err(PersistenceError::NotFound)
        ));
        let first = outbox::get(&mut conn, &claimed[0].message_id()).unwrap();
        assert_eq!(first.status(), Some(Status::Delivered));
        let second = outbox::get(&mut conn, &claimed[1].message_id()).unwrap();
        assert_eq!(second.status(), Some(Status::FailedPermanently));
        assert_eq!(
            second.last_error.as_deref(),
            Some("provider receipt: permanent-failure")
        );
    });
}

#[test]
fn an_administrators_wording_takes_effect_from_its_next_use() {
    on_each_backend(|db| {
        let before = enqueue(db, &advice_requested("advice-request:51", "ep@example.org"));
        let wording = TemplateText {
            subject: "Exampleshire: advice needed on ((case_reference))".into(),
            body: "Please send ((advice_type)) advice by ((due_date)): ((sign_in_link))".into(),
        };
        db.db
            .transaction(|c| {
                outbox::set_template_override(
                    c,
                    TemplateKey::AdviceRequested,
                    &wording,
                    Some("admin-1"),
                    t0(),
                )
            })
            .unwrap();
        let after = enqueue(db, &advice_requested("advice-request:52", "ep@example.org"));
        let mut conn = db.db.conn().unwrap();
        let old = outbox::get(&mut conn, &before).unwrap();
        let new = outbox::get(&mut conn, &after).unwrap();
        assert!(
            old.subject.starts_with("Advice requested on case"),
            "already rendered"
        );
        assert_eq!(
            new.subject,
            "Exampleshire: advice needed on EHC-2026-000042"
        );

        let naming = TemplateText {
            subject: "About ((child_name))".into(),
            body: "x".into(),
        };
        let refused = outbox::set_template_override(
            &mut conn,
            TemplateKey::AdviceRequested,
            &naming,
            None,
            t0(),
        );
        assert!(matches!(refused, Err(PersistenceError::Conflict(_))));
        outbox::clear_template_override(&mut conn, TemplateKey::AdviceRequested).unwrap();
        assert_eq!(
            outbox::template_override(&mut conn, TemplateKey::AdviceRequested).unwrap(),
            None
        );
    });
}
