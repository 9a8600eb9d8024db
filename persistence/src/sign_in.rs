//! Storage for signing in: credentials and lockout counters, second factors,
//! pending sign-ins, sessions and recovery codes. Every "use once" operation is a
//! conditional update, so two replicas racing cannot both succeed.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::people::{Email, User, UserId};
use domain::sign_in::Lockout;

use crate::schema::{pending_sign_ins, recovery_codes, second_factors, sessions, users};
use crate::users::Row as UserRow;
use crate::{DbConnection, PersistenceError};

/// What checking a password needs. `password_hash` is absent until an invited
/// person chooses one.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    pub lockout: Lockout,
}

/// The columns `to_credentials` reads, in its order.
macro_rules! credential_columns {
    () => {
        (
            UserRow::as_select(),
            users::password_hash,
            users::failed_attempts,
            users::locked_until,
        )
    };
}

fn to_credentials(
    (row, password_hash, failed, locked_until): (
        UserRow,
        Option<String>,
        i32,
        Option<NaiveDateTime>,
    ),
) -> Result<Credentials, PersistenceError> {
    Ok(Credentials {
        user: row.try_into()?,
        password_hash,
        lockout: Lockout {
            failures: u32::try_from(failed).unwrap_or(0),
            locked_until: locked_until.map(|t| t.and_utc()),
        },
    })
}

pub fn credentials_by_email(
    conn: &mut DbConnection,
    email: &Email,
) -> Result<Option<Credentials>, PersistenceError> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(credential_columns!())
        .first(conn)
        .optional()?
        .map(to_credentials)
        .transpose()
}

pub fn credentials_by_id(
    conn: &mut DbConnection,
    id: &UserId,
) -> Result<Credentials, PersistenceError> {
    to_credentials(
        users::table
            .find(id.as_str())
            .select(credential_columns!())
            .first(conn)?,
    )
}

pub fn set_lockout(
    conn: &mut DbConnection,
    id: &UserId,
    lockout: Lockout,
) -> Result<(), PersistenceError> {
    diesel::update(users::table.find(id.as_str()))
        .set((
            users::failed_attempts.eq(i32::try_from(lockout.failures).unwrap_or(i32::MAX)),
            users::locked_until.eq(lockout.locked_until.map(|t| t.naive_utc())),
        ))
        .execute(conn)?;
    Ok(())
}

/// A person's second factor. The TOTP secret is stored encrypted; this layer
/// only carries the ciphertext.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecondFactor {
    Totp {
        secret_ciphertext: String,
        last_step: Option<u64>,
    },
    Sms {
        phone: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSecondFactor {
    pub factor: SecondFactor,
    /// False while the person is still setting it up.
    pub confirmed: bool,
}

#[derive(Queryable)]
struct SecondFactorRow {
    kind: String,
    totp_secret: Option<String>,
    totp_last_step: Option<i64>,
    phone: Option<String>,
    confirmed_at: Option<NaiveDateTime>,
}

pub fn second_factor(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<Option<StoredSecondFactor>, PersistenceError> {
    let row: Option<SecondFactorRow> = second_factors::table
        .find(user.as_str())
        .select((
            second_factors::kind,
            second_factors::totp_secret,
            second_factors::totp_last_step,
            second_factors::phone,
            second_factors::confirmed_at,
        ))
        .first(conn)
        .optional()?;
    row.map(|r| {
        let factor = match (r.kind.as_str(), r.totp_secret, r.phone) {
            ("totp", Some(secret_ciphertext), _) => SecondFactor::Totp {
                secret_ciphertext,
                last_step: r.totp_last_step.and_then(|s| u64::try_from(s).ok()),
            },
            ("sms", _, Some(phone)) => SecondFactor::Sms { phone },
            (kind, _, _) => {
                return Err(PersistenceError::Database(format!(
                    "second factor of user {user} is incomplete ({kind})"
                )));
            }
        };
        Ok(StoredSecondFactor {
            factor,
            confirmed: r.confirmed_at.is_some(),
        })
    })
    .transpose()
}

/// Starts setting up (or replacing) a second factor, unconfirmed until a code proves it.
pub fn begin_second_factor(
    conn: &mut DbConnection,
    user: &UserId,
    factor: &SecondFactor,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let (kind, secret, phone) = match factor {
        SecondFactor::Totp {
            secret_ciphertext, ..
        } => ("totp", Some(secret_ciphertext.as_str()), None),
        SecondFactor::Sms { phone } => ("sms", None, Some(phone.as_str())),
    };
    diesel::delete(second_factors::table.find(user.as_str())).execute(conn)?;
    diesel::insert_into(second_factors::table)
        .values((
            second_factors::user_id.eq(user.as_str()),
            second_factors::kind.eq(kind),
            second_factors::totp_secret.eq(secret),
            second_factors::totp_last_step.eq(None::<i64>),
            second_factors::phone.eq(phone),
            second_factors::confirmed_at.eq(None::<NaiveDateTime>),
            second_factors::created_at.eq(now.naive_utc()),
            second_factors::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn confirm_second_factor(
    conn: &mut DbConnection,
    user: &UserId,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(second_factors::table.find(user.as_str()))
        .set((
            second_factors::confirmed_at.eq(Some(now.naive_utc())),
            second_factors::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Removes the second factor (an administrator's reset): it is set up again at next sign-in.
pub fn remove_second_factor(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<(), PersistenceError> {
    diesel::delete(second_factors::table.find(user.as_str())).execute(conn)?;
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.as_str())))
        .execute(conn)?;
    Ok(())
}

/// Records `step` as the last accepted TOTP step if it is newer than the one
/// stored. False means another request already used this step or a later one.
pub fn accept_totp_step(
    conn: &mut DbConnection,
    user: &UserId,
    step: u64,
) -> Result<bool, PersistenceError> {
    let step = i64::try_from(step)
        .map_err(|_| PersistenceError::Database("TOTP step out of range".into()))?;
    let updated = diesel::update(
        second_factors::table.find(user.as_str()).filter(
            second_factors::totp_last_step
                .is_null()
                .or(second_factors::totp_last_step.lt(step)),
        ),
    )
    .set(second_factors::totp_last_step.eq(Some(step)))
    .execute(conn)?;
    Ok(updated == 1)
}

/// The step between password and second factor, identified by a hashed token
/// held in an HttpOnly cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingSignIn {
    pub token_hash: String,
    pub user_id: UserId,
    pub expires_at: DateTime<Utc>,
    pub sms_code_hash: Option<String>,
    pub sms_code_expires_at: Option<DateTime<Utc>>,
    pub sms_sent_at: Vec<DateTime<Utc>>,
    pub completed: bool,
}

pub fn create_pending(
    conn: &mut DbConnection,
    token_hash: &str,
    user: &UserId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(pending_sign_ins::table)
        .values((
            pending_sign_ins::token_hash.eq(token_hash),
            pending_sign_ins::user_id.eq(user.as_str()),
            pending_sign_ins::created_at.eq(now.naive_utc()),
            pending_sign_ins::expires_at.eq(expires_at.naive_utc()),
            pending_sign_ins::sms_sent_at.eq("[]"),
        ))
        .execute(conn)?;
    Ok(())
}

type PendingRow = (
    String,
    String,
    NaiveDateTime,
    Option<String>,
    Option<NaiveDateTime>,
    String,
    Option<NaiveDateTime>,
);

pub fn find_pending(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<PendingSignIn>, PersistenceError> {
    let row: Option<PendingRow> = pending_sign_ins::table
        .find(token_hash)
        .select((
            pending_sign_ins::token_hash,
            pending_sign_ins::user_id,
            pending_sign_ins::expires_at,
            pending_sign_ins::sms_code_hash,
            pending_sign_ins::sms_code_expires_at,
            pending_sign_ins::sms_sent_at,
            pending_sign_ins::completed_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(token_hash, user_id, expires_at, code, code_expires, sent, completed)| {
            let sms_sent_at: Vec<DateTime<Utc>> = serde_json::from_str(&sent).unwrap_or_default();
            PendingSignIn {
                token_hash,
                user_id: UserId::new(user_id),
                expires_at: expires_at.and_utc(),
                sms_code_hash: code,
                sms_code_expires_at: code_expires.map(|t| t.and_utc()),
                sms_sent_at,
                completed: completed.is_some(),
            }
        },
    ))
}

/// Stores a newly sent text-message code (replacing any earlier one) and when it went.
pub fn set_pending_sms_code(
    conn: &mut DbConnection,
    token_hash: &str,
    code_hash: &str,
    code_expires_at: DateTime<Utc>,
    sent_at: &[DateTime<Utc>],
) -> Result<(), PersistenceError> {
    let sent =
        serde_json::to_string(sent_at).map_err(|e| PersistenceError::Database(e.to_string()))?;
    diesel::update(pending_sign_ins::table.find(token_hash))
        .set((
            pending_sign_ins::sms_code_hash.eq(Some(code_hash)),
            pending_sign_ins::sms_code_expires_at.eq(Some(code_expires_at.naive_utc())),
            pending_sign_ins::sms_sent_at.eq(sent),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks the pending sign-in used; false if it was used already (a replayed request).
pub fn complete_pending(
    conn: &mut DbConnection,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let updated = diesel::update(
        pending_sign_ins::table
            .find(token_hash)
            .filter(pending_sign_ins::completed_at.is_null()),
    )
    .set(pending_sign_ins::completed_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Ends every unfinished pending sign-in of a person (on lockout or success).
pub fn close_pending_for(
    conn: &mut DbConnection,
    user: &UserId,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(
        pending_sign_ins::table
            .filter(pending_sign_ins::user_id.eq(user.as_str()))
            .filter(pending_sign_ins::completed_at.is_null()),
    )
    .set(pending_sign_ins::completed_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    Ok(())
}

/// A server-side session and its person, as the session check needs them.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub id: String,
    pub user: User,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub revoked: bool,
}

pub fn create_session(
    conn: &mut DbConnection,
    id: &str,
    user: &UserId,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(id),
            sessions::user_id.eq(user.as_str()),
            sessions::created_at.eq(now.naive_utc()),
            sessions::last_seen_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_session(
    conn: &mut DbConnection,
    id: &str,
) -> Result<Option<SessionRecord>, PersistenceError> {
    let row: Option<(
        String,
        NaiveDateTime,
        NaiveDateTime,
        Option<NaiveDateTime>,
        UserRow,
    )> = sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(id))
        .select((
            sessions::id,
            sessions::created_at,
            sessions::last_seen_at,
            sessions::revoked_at,
            UserRow::as_select(),
        ))
        .first(conn)
        .optional()?;
    row.map(|(id, created, seen, revoked, user)| {
        Ok(SessionRecord {
            id,
            user: user.try_into()?,
            created_at: created.and_utc(),
            last_seen_at: seen.and_utc(),
            revoked: revoked.is_some(),
        })
    })
    .transpose()
}

pub fn touch_session(
    conn: &mut DbConnection,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(
        sessions::table
            .find(id)
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::last_seen_at.eq(now.naive_utc()))
    .execute(conn)?;
    Ok(())
}

pub fn revoke_session(
    conn: &mut DbConnection,
    id: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(
        sessions::table
            .find(id)
            .filter(sessions::revoked_at.is_null()),
    )
    .set((
        sessions::revoked_at.eq(Some(now.naive_utc())),
        sessions::revoked_reason.eq(Some(reason)),
    ))
    .execute(conn)?;
    Ok(())
}

/// Ends every live session of a person (suspension, password reset, 2FA reset),
/// except `keep` if given. Returns how many ended.
pub fn revoke_sessions_of(
    conn: &mut DbConnection,
    user: &UserId,
    keep: Option<&str>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<usize, PersistenceError> {
    let targets = sessions::table
        .filter(sessions::user_id.eq(user.as_str()))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::id.ne(keep.unwrap_or("")));
    Ok(diesel::update(targets)
        .set((
            sessions::revoked_at.eq(Some(now.naive_utc())),
            sessions::revoked_reason.eq(Some(reason)),
        ))
        .execute(conn)?)
}

/// Replaces a person's recovery codes with new hashes.
pub fn replace_recovery_codes(
    conn: &mut DbConnection,
    user: &UserId,
    hashes: &[String],
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.as_str())))
        .execute(conn)?;
    for hash in hashes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::user_id.eq(user.as_str()),
                recovery_codes::code_hash.eq(hash),
                recovery_codes::created_at.eq(now.naive_utc()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Uses one recovery code; false if it does not exist or was used before.
pub fn use_recovery_code(
    conn: &mut DbConnection,
    user: &UserId,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let updated = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::user_id.eq(user.as_str()))
            .filter(recovery_codes::code_hash.eq(hash))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    Ok(updated == 1)
}

pub fn unused_recovery_codes(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<i64, PersistenceError> {
    Ok(recovery_codes::table
        .filter(recovery_codes::user_id.eq(user.as_str()))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?)
}
