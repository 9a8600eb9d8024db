//! The one error type of the storage layer. The API maps each variant once:
//! NotFound -> 404, Conflict -> 409/412, Unavailable -> 503, Database -> 500.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

#[derive(Debug, thiserror::Error)]
pub enum PersistenceError {
    #[error("not found")]
    NotFound,
    /// A uniqueness or state conflict; the string names the constraint or rule.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database cannot be reached (pool timeout, connection lost).
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else the database said; logged, never shown to a user.
    #[error("database error: {0}")]
    Database(String),
}

impl From<DieselError> for PersistenceError {
    fn from(err: DieselError) -> Self {
        match err {
            DieselError::NotFound => PersistenceError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                PersistenceError::Conflict(
                    info.constraint_name()
                        .map_or_else(|| info.message().to_owned(), str::to_owned),
                )
            }
            DieselError::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                info,
            ) => PersistenceError::Unavailable(info.message().to_owned()),
            // SQLite reports a busy database this way once the busy timeout has passed.
            DieselError::DatabaseError(_, info)
                if info.message().contains("database is locked") =>
            {
                PersistenceError::Unavailable(info.message().to_owned())
            }
            other => PersistenceError::Database(other.to_string()),
        }
    }
}

impl From<diesel::r2d2::PoolError> for PersistenceError {
    fn from(err: diesel::r2d2::PoolError) -> Self {
        PersistenceError::Unavailable(err.to_string())
    }
}

impl From<diesel::ConnectionError> for PersistenceError {
    fn from(err: diesel::ConnectionError) -> Self {
        PersistenceError::Unavailable(err.to_string())
    }
}
