//! Sign-in storage stories, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, TimeZone, Utc};
use domain::people::{Email, Role};
use domain::sign_in::Lockout;
use persistence::sign_in::{self, SecondFactor};
use persistence::testing::{build, on_each_backend};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
}

#[test]
fn failed_attempts_and_the_lock_are_kept_on_the_account() {
    on_each_backend(|t| {
        let user = build::user(&t.db, Role::Setting, "senco@school.example.org");
        let mut c = t.db.conn().unwrap();
        let creds = sign_in::credentials_by_email(
            &mut c,
            &Email::parse("senco@school.example.org").unwrap(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(creds.lockout, Lockout::default());
        assert_eq!(
            creds.password_hash, None,
            "an invited person has no password yet"
        );
        let locked = Lockout {
            failures: 10,
            locked_until: Some(now() + Duration::minutes(30)),
        };
        sign_in::set_lockout(&mut c, &user.id, locked).unwrap();
        assert_eq!(
            sign_in::credentials_by_id(&mut c, &user.id)
                .unwrap()
                .lockout,
            locked
        );
        let nobody = Email::parse("nobody@example.org").unwrap();
        assert!(
            sign_in::credentials_by_email(&mut c, &nobody)
                .unwrap()
                .is_none()
        );
    });
}

#[test]
fn a_totp_step_is_accepted_once_and_never_an_older_one() {
    on_each_backend(|t| {
        let user = build::user(&t.db, Role::Contributor, "ep@example.org");
        let mut c = t.db.conn().unwrap();
        let factor = SecondFactor::Totp {
            secret_ciphertext: "sealed".into(),
            last_step: None,
        };
        sign_in::begin_second_factor(&mut c, &user.id, &factor, now()).unwrap();
        let stored = sign_in::second_factor(&mut c, &user.id).unwrap().unwrap();
        assert!(!stored.confirmed);
        sign_in::confirm_second_factor(&mut c, &user.id, now()).unwrap();
        assert!(sign_in::accept_totp_step(&mut c, &user.id, 100).unwrap());
        assert!(
            !sign_in::accept_totp_step(&mut c, &user.id, 100).unwrap(),
            "replay refused"
        );
        assert!(
            !sign_in::accept_totp_step(&mut c, &user.id, 99).unwrap(),
            "older refused"
        );
        assert!(sign_in::accept_totp_step(&mut c, &user.id, 101).unwrap());
        let stored = sign_in::second_factor(&mut c, &user.id).unwrap().unwrap();
        assert!(stored.confirmed);
        assert_eq!(
            stored.factor,
            SecondFactor::Totp {
                secret_ciphertext: "sealed".into(),
                last_step: Some(101)
            }
        );
    });
}

#[test]
fn a_pending_sign_in_completes_once() {
    on_each_backend(|t| {
        let user = build::user(&t.db, Role::Family, "parent@example.org");
        let mut c = t.db.conn().unwrap();
        sign_in::create_pending(
            &mut c,
            "hash-1",
            &user.id,
            now(),
            now() + Duration::minutes(10),
        )
        .unwrap();
        let sent = [now()];
        sign_in::set_pending_sms_code(
            &mut c,
            "hash-1",
            "code-hash",
            now() + Duration::minutes(10),
            &sent,
        )
        .unwrap();
        let pending = sign_in::find_pending(&mut c, "hash-1").unwrap().unwrap();
        assert_eq!(pending.user_id, user.id);
        assert_eq!(pending.sms_sent_at, vec![now()]);
        assert_eq!(pending.sms_code_hash.as_deref(), Some("code-hash"));
        assert!(sign_in::complete_pending(&mut c, "hash-1", now()).unwrap());
        assert!(
            !sign_in::complete_pending(&mut c, "hash-1", now()).unwrap(),
            "second use refused"
        );
        assert!(
            sign_in::find_pending(&mut c, "hash-1")
                .unwrap()
                .unwrap()
                .completed
        );
        assert!(sign_in::find_pending(&mut c, "unknown").unwrap().is_none());
    });
}

#[test]
fn suspending_someone_ends_all_their_sessions_but_a_reset_can_keep_the_current_one() {
    on_each_backend(|t| {
        let user = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        let mut c = t.db.conn().unwrap();
        for id in ["s1", "s2", "s3"] {
            sign_in::create_session(&mut c, id, &user.id, now()).unwrap();
        }
        sign_in::touch_session(&mut c, "s1", now() + Duration::minutes(5)).unwrap();
        let s1 = sign_in::find_session(&mut c, "s1").unwrap().unwrap();
        assert_eq!(s1.last_seen_at, now() + Duration::minutes(5));
        assert_eq!(s1.user.id, user.id);
        assert!(!s1.revoked);
        assert_eq!(
            sign_in::revoke_sessions_of(&mut c, &user.id, Some("s1"), "password reset", now())
                .unwrap(),
            2
        );
        assert!(
            !sign_in::find_session(&mut c, "s1")
                .unwrap()
                .unwrap()
                .revoked
        );
        assert!(
            sign_in::find_session(&mut c, "s2")
                .unwrap()
                .unwrap()
                .revoked
        );
        assert_eq!(
            sign_in::revoke_sessions_of(&mut c, &user.id, None, "suspended", now()).unwrap(),
            1
        );
        assert!(
            sign_in::find_session(&mut c, "s1")
                .unwrap()
                .unwrap()
                .revoked
        );
    });
}

#[test]
fn each_recovery_code_works_once() {
    on_each_backend(|t| {
        let user = build::user(&t.db, Role::Administrator, "admin@example.org");
        let mut c = t.db.conn().unwrap();
        let hashes: Vec<String> = (0..10).map(|i| format!("h{i}")).collect();
        sign_in::replace_recovery_codes(&mut c, &user.id, &hashes, now()).unwrap();
        assert_eq!(
            sign_in::unused_recovery_codes(&mut c, &user.id).unwrap(),
            10
        );
        assert!(sign_in::use_recovery_code(&mut c, &user.id, "h3", now()).unwrap());
        assert!(!sign_in::use_recovery_code(&mut c, &user.id, "h3", now()).unwrap());
        assert!(!sign_in::use_recovery_code(&mut c, &user.id, "nope", now()).unwrap());
        assert_eq!(sign_in::unused_recovery_codes(&mut c, &user.id).unwrap(), 9);
        sign_in::remove_second_factor(&mut c, &user.id).unwrap();
        assert_eq!(sign_in::unused_recovery_codes(&mut c, &user.id).unwrap(), 0);
    });
}
