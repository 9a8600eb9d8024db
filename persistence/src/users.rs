//! User accounts. Creating one records who created it in the audit trail, in
//! the same transaction. The administrators' list also shows each person's
//! teams and settings, read for a whole page at once.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::audit::NewAuditEvent;
use domain::people::{DisplayName, Email, Role, SettingId, TeamId, User, UserId, UserStatus};

use crate::schema::{education_settings, setting_members, team_members, teams, users};
use crate::{DbConnection, PersistenceError, audit};

/// What is needed to create an account. `password_hash` is an argon2id PHC
/// string or absent (an invited user chooses one later).
#[derive(Debug, Clone)]
pub struct NewUser {
    pub id: UserId,
    pub email: Email,
    pub display_name: DisplayName,
    pub role: Role,
    pub status: UserStatus,
    pub password_hash: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = users)]
struct NewRow<'a> {
    id: &'a str,
    email: &'a str,
    display_name: &'a str,
    role: &'a str,
    status: &'a str,
    password_hash: Option<&'a str>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    version: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(crate) struct Row {
    id: String,
    email: String,
    display_name: String,
    role: String,
    status: String,
    created_at: NaiveDateTime,
    last_sign_in_at: Option<NaiveDateTime>,
    version: i64,
}

impl TryFrom<Row> for User {
    type Error = PersistenceError;
    fn try_from(row: Row) -> Result<Self, Self::Error> {
        let corrupt = |e: domain::people::InvalidValue| {
            PersistenceError::Database(format!("stored user {} is invalid: {e}", row.id))
        };
        Ok(User {
            email: Email::parse(&row.email).map_err(corrupt)?,
            display_name: DisplayName::parse(&row.display_name).map_err(corrupt)?,
            role: row.role.parse().map_err(corrupt)?,
            status: row.status.parse().map_err(corrupt)?,
            created_at: row.created_at.and_utc(),
            last_sign_in_at: row.last_sign_in_at.map(|t| t.and_utc()),
            version: row.version,
            id: UserId::new(row.id),
        })
    }
}

/// Creates the account and its audit entry together. An email already in use
/// is a `Conflict` naming `users_email_key`.
pub fn create(
    conn: &mut DbConnection,
    new: &NewUser,
    audit_event: &NewAuditEvent,
    now: DateTime<Utc>,
) -> Result<User, PersistenceError> {
    let row = NewRow {
        id: new.id.as_str(),
        email: new.email.as_str(),
        display_name: new.display_name.as_str(),
        role: new.role.as_str(),
        status: new.status.as_str(),
        password_hash: new.password_hash.as_deref(),
        created_at: now.naive_utc(),
        updated_at: now.naive_utc(),
        version: 1,
    };
    diesel::insert_into(users::table)
        .values(&row)
        .execute(conn)?;
    audit::append(conn, audit_event, now)?;
    find_by_id(conn, &new.id)
}

pub fn find_by_id(conn: &mut DbConnection, id: &UserId) -> Result<User, PersistenceError> {
    users::table
        .find(id.as_str())
        .select(Row::as_select())
        .first::<Row>(conn)?
        .try_into()
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> Result<User, PersistenceError> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(Row::as_select())
        .first::<Row>(conn)?
        .try_into()
}

/// How many accounts hold a role (used to tell whether an administrator exists).
pub fn count_with_role(conn: &mut DbConnection, role: Role) -> Result<i64, PersistenceError> {
    Ok(users::table
        .filter(users::role.eq(role.as_str()))
        .count()
        .get_result(conn)?)
}

/// Changes an account's status (suspend, reactivate, activate after registration).
pub fn set_status(
    conn: &mut DbConnection,
    id: &UserId,
    status: UserStatus,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let updated = diesel::update(users::table.find(id.as_str()))
        .set((
            users::status.eq(status.as_str()),
            users::updated_at.eq(now.naive_utc()),
            users::version.eq(users::version + 1),
        ))
        .execute(conn)?;
    if updated == 0 {
        return Err(PersistenceError::NotFound);
    }
    Ok(())
}

/// Sets a new password hash (registration or reset) and activates an invited account.
pub fn set_password(
    conn: &mut DbConnection,
    id: &UserId,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(users::table.find(id.as_str()))
        .set((
            users::password_hash.eq(Some(password_hash)),
            users::updated_at.eq(now.naive_utc()),
            users::version.eq(users::version + 1),
        ))
        .execute(conn)?;
    diesel::update(
        users::table
            .find(id.as_str())
            .filter(users::status.eq(UserStatus::Invited.as_str())),
    )
    .set(users::status.eq(UserStatus::Active.as_str()))
    .execute(conn)?;
    Ok(())
}

/// What the administrators' list filters on.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Part of a name or email, any case.
    pub text: Option<String>,
    pub role: Option<Role>,
    pub status: Option<UserStatus>,
}

/// Where the next page starts: after this (name, id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserCursor {
    pub display_name: String,
    pub id: String,
}

diesel::define_sql_function! {
    /// Lower-cases text on both backends.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// One page of accounts in name order, and whether more follow.
pub fn list(
    conn: &mut DbConnection,
    filter: &UserFilter,
    after: Option<&UserCursor>,
    limit: i64,
) -> Result<(Vec<User>, bool), PersistenceError> {
    let mut query = users::table.select(Row::as_select()).into_boxed();
    if let Some(text) = filter
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let escaped = text
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        query = query.filter(
            lower(users::display_name)
                .like(pattern.clone())
                .escape('\\')
                .or(users::email.like(pattern).escape('\\')),
        );
    }
    if let Some(role) = filter.role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    if let Some(status) = filter.status {
        query = query.filter(users::status.eq(status.as_str()));
    }
    if let Some(cursor) = after {
        query = query.filter(
            users::display_name
                .gt(cursor.display_name.clone())
                .or(users::display_name
                    .eq(cursor.display_name.clone())
                    .and(users::id.gt(cursor.id.clone()))),
        );
    }
    let mut rows: Vec<Row> = query
        .order((users::display_name.asc(), users::id.asc()))
        .limit(limit + 1)
        .load(conn)?;
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    Ok((
        rows.into_iter()
            .map(User::try_from)
            .collect::<Result<_, _>>()?,
        more,
    ))
}

/// Marks a completed sign-in.
pub fn record_sign_in(
    conn: &mut DbConnection,
    id: &UserId,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(users::table.find(id.as_str()))
        .set(users::last_sign_in_at.eq(Some(now.naive_utc())))
        .execute(conn)?;
    Ok(())
}

pub fn count(conn: &mut DbConnection) -> Result<i64, PersistenceError> {
    Ok(users::table.count().get_result(conn)?)
}

/// A team someone belongs to, as the administrators' pages name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamOf {
    pub team_id: TeamId,
    pub name: String,
    pub manager: bool,
}

/// A setting someone works at, with their title there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingOf {
    pub setting_id: SettingId,
    pub name: String,
    pub title: String,
}

/// A person's teams and settings, each in name order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memberships {
    pub teams: Vec<TeamOf>,
    pub settings: Vec<SettingOf>,
}

/// The teams and settings of each of `people` (a page of the list): one query
/// for teams and one for settings, however many people there are. Someone in
/// neither has no entry.
pub fn memberships_of(
    conn: &mut DbConnection,
    people: &[UserId],
) -> Result<HashMap<UserId, Memberships>, PersistenceError> {
    let mut by_user: HashMap<UserId, Memberships> = HashMap::new();
    if people.is_empty() {
        return Ok(by_user);
    }
    let ids: Vec<&str> = people.iter().map(UserId::as_str).collect();
    let team_rows: Vec<(String, String, String, bool)> = team_members::table
        .inner_join(teams::table)
        .filter(team_members::user_id.eq_any(&ids))
        .select((
            team_members::user_id,
            teams::id,
            teams::name,
            team_members::manager,
        ))
        .order((teams::name_key.asc(), teams::id.asc()))
        .load(conn)?;
    for (user, team_id, name, manager) in team_rows {
        by_user
            .entry(UserId::new(user))
            .or_default()
            .teams
            .push(TeamOf {
                team_id: TeamId::new(team_id),
                name,
                manager,
            });
    }
    let setting_rows: Vec<(String, String, String, String)> = setting_members::table
        .inner_join(education_settings::table)
        .filter(setting_members::user_id.eq_any(&ids))
        .select((
            setting_members::user_id,
            education_settings::id,
            education_settings::name,
            setting_members::title,
        ))
        .order((
            education_settings::name_key.asc(),
            education_settings::id.asc(),
        ))
        .load(conn)?;
    for (user, setting_id, name, title) in setting_rows {
        by_user
            .entry(UserId::new(user))
            .or_default()
            .settings
            .push(SettingOf {
                setting_id: SettingId::new(setting_id),
                name,
                title,
            });
    }
    Ok(by_user)
}
