//! Isolated databases for tests, on both backends. SQLite always (a temp file);
//! PostgreSQL whenever `EHC_TEST_POSTGRES_URL` is set (a fresh schema per test,
//! dropped afterwards). If that variable is set and the server does not answer,
//! the test fails: a silent skip would hide a broken backend.

// Test support: a database that cannot be set up should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;

use crate::{Backend, Database, PoolOptions, migrations};

pub const POSTGRES_URL_VAR: &str = "EHC_TEST_POSTGRES_URL";

/// One isolated, migrated database. Dropping it removes the schema or file.
pub struct TestDb {
    pub db: Database,
    /// The URL this database is reachable at (for tests that start a server).
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, schema: String },
}

impl TestDb {
    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    /// A fresh SQLite file in its own temporary directory.
    pub fn sqlite() -> Self {
        Self::sqlite_unmigrated().migrated()
    }

    pub fn sqlite_unmigrated() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path: PathBuf = dir.path().join("test.sqlite");
        let url = format!("sqlite://{}", path.display());
        let db = Database::open(&url, &PoolOptions::default()).expect("open sqlite");
        Self {
            db,
            url,
            cleanup: Cleanup::Sqlite(dir),
        }
    }

    /// A fresh schema on the PostgreSQL server at `admin_url`.
    pub fn postgres(admin_url: &str) -> Self {
        Self::postgres_unmigrated(admin_url).migrated()
    }

    pub fn postgres_unmigrated(admin_url: &str) -> Self {
        let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
        let mut admin = PgConnection::establish(admin_url).unwrap_or_else(|e| {
            panic!("{POSTGRES_URL_VAR} is set but PostgreSQL did not answer: {e}")
        });
        admin
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .expect("create test schema");
        let sep = if admin_url.contains('?') { '&' } else { '?' };
        let url = format!("{admin_url}{sep}options=-c%20search_path%3D{schema}");
        let db = Database::open(&url, &PoolOptions::default()).expect("open postgres");
        Self {
            db,
            url,
            cleanup: Cleanup::Postgres {
                admin_url: admin_url.to_owned(),
                schema,
            },
        }
    }

    fn migrated(self) -> Self {
        migrations::run_pending(&self.db).expect("migrations apply");
        self
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Cleanup::Postgres { admin_url, schema } = &self.cleanup
            && let Ok(mut admin) = PgConnection::establish(admin_url)
        {
            let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
        }
    }
}

/// The PostgreSQL URL for tests, if configured.
pub fn postgres_url() -> Option<String> {
    std::env::var(POSTGRES_URL_VAR)
        .ok()
        .filter(|u| !u.trim().is_empty())
}

/// A migrated database on every configured backend: SQLite, then PostgreSQL.
pub fn each_backend() -> Vec<TestDb> {
    each_backend_with(TestDb::sqlite, TestDb::postgres)
}

/// Like `each_backend`, but with no migrations applied.
pub fn each_backend_unmigrated() -> Vec<TestDb> {
    each_backend_with(TestDb::sqlite_unmigrated, TestDb::postgres_unmigrated)
}

fn each_backend_with(sqlite: fn() -> TestDb, postgres: fn(&str) -> TestDb) -> Vec<TestDb> {
    let mut dbs = vec![sqlite()];
    match postgres_url() {
        Some(url) => dbs.push(postgres(&url)),
        None => eprintln!("note: {POSTGRES_URL_VAR} is not set; this test ran on SQLite only"),
    }
    dbs
}

/// Runs a test story on every backend, naming the backend if it fails.
pub fn on_each_backend(story: impl Fn(&TestDb)) {
    for test_db in each_backend() {
        eprintln!("-- on {}", test_db.backend().as_str());
        story(&test_db);
    }
}

/// Builders for test data (not fixtures copied around).
pub mod build {
    use chrono::Utc;
    use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
    use domain::people::{DisplayName, Email, Role, User, UserId, UserStatus};

    use crate::Database;
    use crate::users::{self, NewUser};

    /// An active account with the given role and email, no password.
    pub fn new_user(role: Role, email: &str) -> NewUser {
        NewUser {
            id: UserId::new(uuid::Uuid::new_v4().to_string()),
            email: Email::parse(email).expect("valid test email"),
            display_name: DisplayName::parse("Test Person").expect("valid name"),
            role,
            status: UserStatus::Active,
            password_hash: None,
        }
    }

    /// Stores `new` (with its audit entry) and returns the account.
    pub fn create(db: &Database, new: &NewUser) -> User {
        let event = NewAuditEvent::new(AuditActor::System, "user.created", AuditOutcome::Success)
            .object("user", new.id.as_str());
        db.transaction(|c| users::create(c, new, &event, Utc::now()))
            .expect("user stored")
    }

    pub fn user(db: &Database, role: Role, email: &str) -> User {
        create(db, &new_user(role, email))
    }
}
