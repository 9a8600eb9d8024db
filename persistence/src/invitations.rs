//! Invitation and password-reset links. Only a hash of each token is kept; a
//! link is used at most once (a conditional update) and expires.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::people::UserId;

use crate::schema::{invitations, password_resets};
use crate::{DbConnection, PersistenceError};

/// A link's state, as the flows need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub user_id: UserId,
    pub expires_at: DateTime<Utc>,
    pub used: bool,
    pub revoked: bool,
}

impl Link {
    pub fn usable(&self, now: DateTime<Utc>) -> bool {
        !self.used && !self.revoked && now < self.expires_at
    }
}

/// Creates an invitation and revokes any earlier unused one for the same person,
/// so only the newest link works.
pub fn create_invitation(
    conn: &mut DbConnection,
    token_hash: &str,
    user: &UserId,
    invited_by: Option<&UserId>,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(
        invitations::table
            .filter(invitations::user_id.eq(user.as_str()))
            .filter(invitations::used_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set(invitations::revoked_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    diesel::insert_into(invitations::table)
        .values((
            invitations::token_hash.eq(token_hash),
            invitations::user_id.eq(user.as_str()),
            invitations::invited_by.eq(invited_by.map(UserId::as_str)),
            invitations::created_at.eq(now.naive_utc()),
            invitations::expires_at.eq(expires_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_invitation(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<Link>, PersistenceError> {
    let row: Option<(
        String,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
    )> = invitations::table
        .find(token_hash)
        .select((
            invitations::user_id,
            invitations::expires_at,
            invitations::used_at,
            invitations::revoked_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(user, expires, used, revoked)| Link {
        user_id: UserId::new(user),
        expires_at: expires.and_utc(),
        used: used.is_some(),
        revoked: revoked.is_some(),
    }))
}

/// Uses the invitation; false if it was used, revoked or expired meanwhile.
pub fn use_invitation(
    conn: &mut DbConnection,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    Ok(diesel::update(
        invitations::table
            .find(token_hash)
            .filter(invitations::used_at.is_null())
            .filter(invitations::revoked_at.is_null())
            .filter(invitations::expires_at.gt(now.naive_utc())),
    )
    .set(invitations::used_at.eq(Some(now.naive_utc())))
    .execute(conn)?
        == 1)
}

/// When the newest invitation of a person was sent, if any is still open.
pub fn open_invitation_sent_at(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<Option<DateTime<Utc>>, PersistenceError> {
    let at: Option<NaiveDateTime> = invitations::table
        .filter(invitations::user_id.eq(user.as_str()))
        .filter(invitations::used_at.is_null())
        .filter(invitations::revoked_at.is_null())
        .order(invitations::created_at.desc())
        .select(invitations::created_at)
        .first(conn)
        .optional()?;
    Ok(at.map(|t| t.and_utc()))
}

pub fn create_reset(
    conn: &mut DbConnection,
    token_hash: &str,
    user: &UserId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(password_resets::table)
        .values((
            password_resets::token_hash.eq(token_hash),
            password_resets::user_id.eq(user.as_str()),
            password_resets::created_at.eq(now.naive_utc()),
            password_resets::expires_at.eq(expires_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_reset(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<Link>, PersistenceError> {
    let row: Option<(String, NaiveDateTime, Option<NaiveDateTime>)> = password_resets::table
        .find(token_hash)
        .select((
            password_resets::user_id,
            password_resets::expires_at,
            password_resets::used_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(user, expires, used)| Link {
        user_id: UserId::new(user),
        expires_at: expires.and_utc(),
        used: used.is_some(),
        revoked: false,
    }))
}

/// Uses a reset link and voids every other open one of the same person.
pub fn use_reset(
    conn: &mut DbConnection,
    token_hash: &str,
    user: &UserId,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let used = diesel::update(
        password_resets::table
            .find(token_hash)
            .filter(password_resets::used_at.is_null())
            .filter(password_resets::expires_at.gt(now.naive_utc())),
    )
    .set(password_resets::used_at.eq(Some(now.naive_utc())))
    .execute(conn)?
        == 1;
    if used {
        diesel::update(
            password_resets::table
                .filter(password_resets::user_id.eq(user.as_str()))
                .filter(password_resets::used_at.is_null()),
        )
        .set(password_resets::used_at.eq(Some(now.naive_utc())))
        .execute(conn)?;
    }
    Ok(used)
}

/// Resets asked for a person in the last hour (a flood guard for the email).
pub fn resets_since(
    conn: &mut DbConnection,
    user: &UserId,
    since: DateTime<Utc>,
) -> Result<i64, PersistenceError> {
    Ok(password_resets::table
        .filter(password_resets::user_id.eq(user.as_str()))
        .filter(password_resets::created_at.gt(since.naive_utc()))
        .count()
        .get_result(conn)?)
}
