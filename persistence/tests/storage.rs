//! Storage stories, each run on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use diesel::connection::SimpleConnection;
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::people::{DisplayName, Email, Role, UserId, UserStatus};
use persistence::testing::{TestDb, each_backend_unmigrated, on_each_backend};
use persistence::users::{self, NewUser};
use persistence::{PersistenceError, audit, migrations};

fn new_admin(email: &str) -> NewUser {
    NewUser {
        id: UserId::new(uuid::Uuid::new_v4().to_string()),
        email: Email::parse(email).unwrap(),
        display_name: DisplayName::parse("Ada Admin").unwrap(),
        role: Role::Administrator,
        status: UserStatus::Active,
        password_hash: Some("$argon2id$placeholder".into()),
    }
}

fn created_by_system(user: &NewUser) -> NewAuditEvent {
    NewAuditEvent::new(AuditActor::System, "user.created", AuditOutcome::Success)
        .object("user", user.id.as_str())
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap()
}

#[derive(diesel::QueryableByName, Debug, PartialEq, Eq)]
struct SchemaLine {
    #[diesel(sql_type = diesel::sql_types::Text)]
    line: String,
}

/// Every table, column, index and trigger of ours, as text, in a stable order.
fn schema_of(db: &persistence::Database) -> Vec<SchemaLine> {
    use diesel::RunQueryDsl;
    let sql = match db.backend() {
        persistence::Backend::Sqlite => {
            "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS line FROM sqlite_master \
             WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%' ORDER BY type, name"
        }
        persistence::Backend::Postgres => {
            "SELECT line FROM ( \
               SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable \
                 || ' ' || COALESCE(column_default, '') AS line FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '__diesel%' \
               UNION ALL SELECT 'index ' || indexdef FROM pg_indexes \
                 WHERE schemaname = current_schema() AND tablename NOT LIKE '__diesel%' \
               UNION ALL SELECT 'trigger ' || event_object_table || ' ' || trigger_name || ' ' || event_manipulation \
                 FROM information_schema.triggers WHERE trigger_schema = current_schema() \
               UNION ALL SELECT 'function ' || routine_name FROM information_schema.routines \
                 WHERE routine_schema = current_schema() \
             ) s ORDER BY line"
        }
    };
    let mut conn = db.conn().unwrap();
    diesel::sql_query(sql).load(&mut *conn).unwrap()
}

#[test]
fn every_migration_runs_up_down_and_up_again_on_both_backends() {
    for test_db in each_backend_unmigrated() {
        let label = test_db.backend().as_str();
        let db = &test_db.db;
        assert!(
            migrations::has_pending(db).unwrap(),
            "{label}: fresh database has pending"
        );
        let up = migrations::run_pending(db).unwrap();
        assert!(!up.is_empty(), "{label}: migrations ran");
        assert!(
            !migrations::has_pending(db).unwrap(),
            "{label}: none pending after up"
        );
        let after_up = schema_of(db);
        assert!(
            after_up.iter().any(|l| l.line.contains("users")),
            "{label}: {after_up:?}"
        );

        let down = migrations::revert_all(db).unwrap();
        assert_eq!(down.len(), up.len(), "{label}: every migration reverts");
        // down.sql must really reverse up.sql: nothing of ours may remain.
        assert_eq!(
            schema_of(db),
            vec![],
            "{label}: schema empty after reverting all"
        );

        let again = migrations::run_pending(db).unwrap();
        assert_eq!(again, up, "{label}: migrations apply again");
        assert_eq!(
            schema_of(db),
            after_up,
            "{label}: the same schema after up-down-up"
        );
    }
}

#[test]
fn an_administrator_is_created_with_an_audit_entry_in_the_same_transaction() {
    on_each_backend(|t| {
        let new = new_admin("Ada@Example.gov.uk");
        let user =
            t.db.transaction(|c| users::create(c, &new, &created_by_system(&new), now()))
                .unwrap();
        assert_eq!(user.email.as_str(), "ada@example.gov.uk");
        assert_eq!(user.role, Role::Administrator);
        assert_eq!(user.created_at, now());
        assert_eq!(user.version, 1);

        let mut conn = t.db.conn().unwrap();
        let found = users::find_by_email(&mut conn, &Email::parse("ada@example.gov.uk").unwrap());
        assert_eq!(found.unwrap().id, new.id);
        assert_eq!(
            users::count_with_role(&mut conn, Role::Administrator).unwrap(),
            1
        );
        let trail = audit::for_object(&mut conn, "user", new.id.as_str()).unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!(trail[0].action, "user.created");
        assert_eq!(trail[0].actor(), AuditActor::System);
        assert_eq!(trail[0].outcome(), Some(AuditOutcome::Success));
    });
}

#[test]
fn a_second_account_with_the_same_email_is_a_conflict_and_leaves_no_audit_entry() {
    on_each_backend(|t| {
        let first = new_admin("sam@example.org");
        t.db.transaction(|c| users::create(c, &first, &created_by_system(&first), now()))
            .unwrap();
        let second = new_admin("SAM@example.org");
        let err =
            t.db.transaction(|c| users::create(c, &second, &created_by_system(&second), now()))
                .unwrap_err();
        assert!(matches!(err, PersistenceError::Conflict(_)), "got {err:?}");
        let mut conn = t.db.conn().unwrap();
        assert_eq!(users::count(&mut conn).unwrap(), 1);
        assert!(
            audit::for_object(&mut conn, "user", second.id.as_str())
                .unwrap()
                .is_empty()
        );
    });
}

#[test]
fn a_failed_step_rolls_back_the_whole_transaction() {
    on_each_backend(|t| {
        let new = new_admin("rollback@example.org");
        let result: Result<(), PersistenceError> = t.db.transaction(|c| {
            users::create(c, &new, &created_by_system(&new), now())?;
            Err(PersistenceError::Conflict("a later step failed".into()))
        });
        assert!(result.is_err());
        let mut conn = t.db.conn().unwrap();
        assert_eq!(users::count(&mut conn).unwrap(), 0, "no half-written user");
        assert!(
            audit::recent(&mut conn, 10).unwrap().is_empty(),
            "no orphan audit row"
        );
    });
}

#[test]
fn the_audit_trail_cannot_be_changed_or_deleted_by_the_application() {
    on_each_backend(|t| {
        let mut conn = t.db.conn().unwrap();
        let event =
            NewAuditEvent::new(AuditActor::Anonymous, "auth.sign_in", AuditOutcome::Failure);
        audit::append(&mut conn, &event, now()).unwrap();
        let update = conn.batch_execute("UPDATE audit_events SET outcome = 'success'");
        assert!(update.is_err(), "update refused");
        let delete = conn.batch_execute("DELETE FROM audit_events");
        assert!(delete.is_err(), "delete refused");
        let rows = audit::recent(&mut conn, 10).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].outcome, "failure");
    });
}

#[test]
fn looking_up_a_missing_user_is_not_found() {
    on_each_backend(|t| {
        let mut conn = t.db.conn().unwrap();
        let err = users::find_by_id(&mut conn, &UserId::new("no-such-user")).unwrap_err();
        assert!(matches!(err, PersistenceError::NotFound));
    });
}

#[test]
fn an_unreachable_database_is_reported_as_unavailable_not_a_hang() {
    let opts = persistence::PoolOptions {
        max_connections: 1,
        acquire_timeout: std::time::Duration::from_millis(500),
    };
    // Port 9 (discard) has no PostgreSQL; the pool must give up within its timeout.
    let db = persistence::Database::open("postgres://postgres@127.0.0.1:9/none", &opts).unwrap();
    let started = std::time::Instant::now();
    let err = db.ping().unwrap_err();
    assert!(
        matches!(err, PersistenceError::Unavailable(_)),
        "got {err:?}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn sqlite_runs_in_wal_mode_with_foreign_keys_on() {
    let t = TestDb::sqlite();
    let mut conn = t.db.conn().unwrap();
    #[derive(diesel::QueryableByName)]
    struct Pragma {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    use diesel::RunQueryDsl;
    let mode: Vec<Pragma> =
        diesel::sql_query("SELECT journal_mode AS value FROM pragma_journal_mode")
            .load(&mut *conn)
            .unwrap();
    assert_eq!(mode[0].value, "wal");
    let fk: Vec<Pragma> =
        diesel::sql_query("SELECT CAST(foreign_keys AS TEXT) AS value FROM pragma_foreign_keys")
            .load(&mut *conn)
            .unwrap();
    assert_eq!(fk[0].value, "1");
}

mod audit_chain {
    use super::*;
    use persistence::audit_seal::{self, SETTLE};

    fn append_n(t: &TestDb, n: usize, at: chrono::DateTime<Utc>) {
        let mut conn = t.db.conn().unwrap();
        for i in 0..n {
            let e = NewAuditEvent::new(
                AuditActor::User(format!("u{i}")),
                "case.read",
                AuditOutcome::Success,
            )
            .object("case", format!("c{i}"));
            audit::append(&mut conn, &e, at).unwrap();
        }
    }

    #[test]
    fn the_sealing_job_chains_settled_entries_and_the_verifier_accepts_them() {
        on_each_backend(|t| {
            append_n(t, 5, now());
            let mut conn = t.db.conn().unwrap();
            // Entries younger than the settling time wait for the next run.
            assert_eq!(audit_seal::seal_pending(&mut conn, now(), 100).unwrap(), 0);
            let later = now() + SETTLE;
            assert_eq!(audit_seal::seal_pending(&mut conn, later, 3).unwrap(), 3);
            assert_eq!(audit_seal::seal_pending(&mut conn, later, 100).unwrap(), 2);
            assert_eq!(
                audit_seal::seal_pending(&mut conn, later, 100).unwrap(),
                0,
                "nothing twice"
            );
            let v = audit_seal::verify(&mut conn).unwrap();
            assert_eq!((v.verified, v.unsealed, v.first_broken), (5, 0, None));
        });
    }

    #[test]
    fn the_verifier_names_the_first_entry_whose_content_was_altered() {
        on_each_backend(|t| {
            append_n(t, 4, now());
            let mut conn = t.db.conn().unwrap();
            audit_seal::seal_pending(&mut conn, now() + SETTLE, 100).unwrap();
            let third = audit::recent(&mut conn, 10).unwrap()[1].seq;
            // A privileged attacker bypasses the append-only triggers to edit history.
            let disable = match t.backend() {
                persistence::Backend::Postgres => "SET session_replication_role = replica;",
                persistence::Backend::Sqlite => "DROP TRIGGER audit_events_no_update;",
            };
            conn.batch_execute(&format!(
                "{disable} UPDATE audit_events SET outcome = 'denied' WHERE seq = {third};"
            ))
            .unwrap();
            let v = audit_seal::verify(&mut conn).unwrap();
            assert_eq!(v.first_broken, Some(third));
            assert_eq!(v.verified, 2);
        });
    }
}

#[test]
fn a_transaction_that_reads_then_writes_waits_for_another_writer_instead_of_failing() {
    on_each_backend(|t| {
        let first = new_admin("first@example.org");
        let second = new_admin("second@example.org");
        let read = std::sync::Arc::new(std::sync::Barrier::new(2));
        let db = t.db.clone();
        let r = read.clone();
        // One request reads, lets another write and commit, then writes itself.
        let reader = std::thread::spawn(move || {
            db.transaction(|c| {
                users::count(c)?;
                r.wait();
                std::thread::sleep(std::time::Duration::from_millis(200));
                users::create(c, &first, &created_by_system(&first), now())?;
                Ok(())
            })
        });
        let db = t.db.clone();
        let writer = std::thread::spawn(move || {
            read.wait();
            db.transaction(|c| {
                users::create(c, &second, &created_by_system(&second), now())?;
                Ok(())
            })
        });
        writer.join().unwrap().unwrap();
        reader.join().unwrap().unwrap();
        let mut c = t.db.conn().unwrap();
        assert_eq!(users::count(&mut c).unwrap(), 2);
    });
}
