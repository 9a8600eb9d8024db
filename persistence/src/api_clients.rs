//! Integration clients. The secret is kept only as a hash; revocation is a
//! timestamp, so the audit trail still names a revoked client.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::clients::Scope;
use domain::people::UserId;

use crate::schema::api_clients;
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub id: String,
    pub name: String,
    pub secret_hash: String,
    pub scopes: Vec<Scope>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
}

type Row = (
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

fn columns() -> (
    api_clients::id,
    api_clients::name,
    api_clients::secret_hash,
    api_clients::scopes,
    api_clients::created_at,
    api_clients::revoked_at,
    api_clients::last_used_at,
) {
    (
        api_clients::id,
        api_clients::name,
        api_clients::secret_hash,
        api_clients::scopes,
        api_clients::created_at,
        api_clients::revoked_at,
        api_clients::last_used_at,
    )
}

fn to_client(
    (id, name, secret_hash, scopes, created, revoked, used): Row,
) -> Result<ApiClient, PersistenceError> {
    Ok(ApiClient {
        scopes: Scope::parse_list(&scopes)
            .map_err(|e| PersistenceError::Database(format!("client {id}: {e}")))?,
        id,
        name,
        secret_hash,
        created_at: created.and_utc(),
        revoked_at: revoked.map(|t| t.and_utc()),
        last_used_at: used.map(|t| t.and_utc()),
    })
}

pub fn create(
    conn: &mut DbConnection,
    id: &str,
    name: &str,
    secret_hash: &str,
    scopes: &[Scope],
    created_by: &UserId,
    now: DateTime<Utc>,
) -> Result<ApiClient, PersistenceError> {
    diesel::insert_into(api_clients::table)
        .values((
            api_clients::id.eq(id),
            api_clients::name.eq(name),
            api_clients::secret_hash.eq(secret_hash),
            api_clients::scopes.eq(Scope::join(scopes)),
            api_clients::created_by.eq(created_by.as_str()),
            api_clients::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    find(conn, id)
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<ApiClient, PersistenceError> {
    to_client(
        api_clients::table
            .find(id)
            .select(columns())
            .first::<Row>(conn)?,
    )
}

/// Every client, newest first (an LA has a handful).
pub fn list(conn: &mut DbConnection) -> Result<Vec<ApiClient>, PersistenceError> {
    api_clients::table
        .order((api_clients::created_at.desc(), api_clients::id.asc()))
        .select(columns())
        .load::<Row>(conn)?
        .into_iter()
        .map(to_client)
        .collect()
}

/// Revokes the client; false if it was revoked already.
pub fn revoke(
    conn: &mut DbConnection,
    id: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let updated = diesel::update(
        api_clients::table
            .find(id)
            .filter(api_clients::revoked_at.is_null()),
    )
    .set(api_clients::revoked_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    if updated == 0 {
        find(conn, id)?;
    }
    Ok(updated == 1)
}

pub fn record_use(
    conn: &mut DbConnection,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(api_clients::table.find(id))
        .set(api_clients::last_used_at.eq(Some(now.naive_utc())))
        .execute(conn)?;
    Ok(())
}
