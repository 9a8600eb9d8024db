//! Responses to create requests, kept per caller and `Idempotency-Key`, so a
//! retried request gets the first answer instead of creating a second thing.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::idempotency_keys;
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    /// What was called (`create_case`); a key reused for another call is refused.
    pub operation: String,
    /// A digest of the request body; a key reused with another body is refused.
    pub request_hash: String,
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

pub fn find(
    conn: &mut DbConnection,
    principal: &str,
    key: &str,
) -> Result<Option<Remembered>, PersistenceError> {
    let row: Option<(String, String, i32, Option<String>, String)> = idempotency_keys::table
        .find((principal, key))
        .select((
            idempotency_keys::operation,
            idempotency_keys::request_hash,
            idempotency_keys::status,
            idempotency_keys::location,
            idempotency_keys::body,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(operation, request_hash, status, location, body)| Remembered {
            operation,
            request_hash,
            status: u16::try_from(status).unwrap_or(500),
            location,
            body,
        },
    ))
}

/// Remembers a response. A second writer of the same key (a concurrent retry)
/// fails on the primary key and its transaction rolls back.
pub fn remember(
    conn: &mut DbConnection,
    principal: &str,
    key: &str,
    response: &Remembered,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::principal.eq(principal),
            idempotency_keys::idempotency_key.eq(key),
            idempotency_keys::operation.eq(&response.operation),
            idempotency_keys::request_hash.eq(&response.request_hash),
            idempotency_keys::status.eq(i32::from(response.status)),
            idempotency_keys::location.eq(&response.location),
            idempotency_keys::body.eq(&response.body),
            idempotency_keys::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}
