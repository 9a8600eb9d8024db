//! Schema migrations, embedded in the binary: `migrations/sqlite` and
//! `migrations/postgres` hold the same change under the same folder name.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::{Database, DbConnection, PersistenceError};

const SQLITE: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

fn failed(err: impl std::fmt::Display) -> PersistenceError {
    PersistenceError::Database(format!("migration failed: {err}"))
}

/// Applies every pending migration; returns the names of those it ran.
pub fn run_pending(db: &Database) -> Result<Vec<String>, PersistenceError> {
    let mut conn = db.conn()?;
    let applied = match &mut *conn {
        DbConnection::Pg(c) => c.run_pending_migrations(POSTGRES).map_err(failed)?,
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE).map_err(failed)?,
    };
    Ok(applied.iter().map(ToString::to_string).collect())
}

/// Whether the schema is behind the binary (readiness says "not ready" then).
pub fn has_pending(db: &Database) -> Result<bool, PersistenceError> {
    let mut conn = db.conn()?;
    match &mut *conn {
        DbConnection::Pg(c) => c.has_pending_migration(POSTGRES),
        DbConnection::Sqlite(c) => c.has_pending_migration(SQLITE),
    }
    .map_err(|e| PersistenceError::Unavailable(e.to_string()))
}

/// Reverts every migration, newest first. Used by the up-down-up test.
pub fn revert_all(db: &Database) -> Result<Vec<String>, PersistenceError> {
    let mut conn = db.conn()?;
    let reverted = match &mut *conn {
        DbConnection::Pg(c) => c.revert_all_migrations(POSTGRES).map_err(failed)?,
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE).map_err(failed)?,
    };
    Ok(reverted.iter().map(ToString::to_string).collect())
}
