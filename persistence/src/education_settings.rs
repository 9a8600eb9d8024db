//! Education settings (schools, nurseries, colleges) and their staff. Each has
//! a unique URN; names may repeat (there are many St Mary's). Lists, audit
//! context and versioned updates work as for teams (`crate::teams`).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::organisations::{
    OrganisationName, SettingPhase, SettingStaffCandidate, StaffTitle, Urn,
};
use domain::people::{DisplayName, Email, SettingId, UserId};

use crate::schema::{education_settings, setting_members, users};
use crate::teams::{
    AuditContext, ListQuery, MemberChange, Page, Position, VersionedUpdate, after_position,
    contains_pattern, corrupt, page_of,
};
use crate::{DbConnection, PersistenceError, audit};

/// The `Conflict` a second setting with the same URN gets.
pub const URN_TAKEN: &str = "education_settings_urn_key";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSetting {
    pub id: SettingId,
    pub name: OrganisationName,
    pub urn: Urn,
    pub phase: SettingPhase,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    pub id: SettingId,
    pub name: OrganisationName,
    pub urn: Urn,
    pub phase: SettingPhase,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Changes to a setting; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettingChanges {
    pub name: Option<OrganisationName>,
    pub urn: Option<Urn>,
    pub phase: Option<SettingPhase>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub user_id: UserId,
    pub display_name: DisplayName,
    pub email: Email,
    pub title: StaffTitle,
    pub added_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = education_settings)]
struct Row {
    id: String,
    name: String,
    urn: String,
    phase: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl TryFrom<Row> for Setting {
    type Error = PersistenceError;
    fn try_from(row: Row) -> Result<Self, Self::Error> {
        let bad = corrupt("education setting", &row.id);
        Ok(Setting {
            name: OrganisationName::parse(&row.name).map_err(&bad)?,
            urn: Urn::parse(&row.urn).map_err(&bad)?,
            phase: row.phase.parse().map_err(&bad)?,
            version: row.version,
            created_at: row.created_at.and_utc(),
            updated_at: row.updated_at.and_utc(),
            id: SettingId::new(row.id),
        })
    }
}

/// A unique violation on a setting is always its URN: the id is a fresh UUID.
fn urn_taken(err: diesel::result::Error) -> PersistenceError {
    match PersistenceError::from(err) {
        PersistenceError::Conflict(_) => PersistenceError::Conflict(URN_TAKEN.into()),
        other => other,
    }
}

/// Creates a setting and appends `education_setting.created`. A URN already
/// used is `Conflict(URN_TAKEN)`.
pub fn create(
    conn: &mut DbConnection,
    new: &NewSetting,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<Setting, PersistenceError> {
    diesel::insert_into(education_settings::table)
        .values((
            education_settings::id.eq(new.id.as_str()),
            education_settings::name.eq(new.name.as_str()),
            education_settings::name_key.eq(new.name.key()),
            education_settings::urn.eq(new.urn.as_str()),
            education_settings::phase.eq(new.phase.as_str()),
            education_settings::created_at.eq(now.naive_utc()),
            education_settings::updated_at.eq(now.naive_utc()),
            education_settings::version.eq(1_i64),
        ))
        .execute(conn)
        .map_err(urn_taken)?;
    let event = by.event(
        "education_setting.created",
        "education_setting",
        new.id.as_str(),
    );
    audit::append(conn, &event, now)?;
    find(conn, &new.id)
}

pub fn find(conn: &mut DbConnection, id: &SettingId) -> Result<Setting, PersistenceError> {
    education_settings::table
        .find(id.as_str())
        .select(Row::as_select())
        .first::<Row>(conn)?
        .try_into()
}

/// One page of settings in name order (ignoring case), optionally only those
/// whose name contains `search` or whose URN is `search`.
pub fn list(conn: &mut DbConnection, query: &ListQuery) -> Result<Page<Setting>, PersistenceError> {
    let mut select = education_settings::table
        .select((education_settings::name_key, Row::as_select()))
        .into_boxed();
    if let Some(text) = query
        .search
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        select = select.filter(
            education_settings::name_key
                .like(contains_pattern(text))
                .escape('\\')
                .or(education_settings::urn.eq(text.to_owned())),
        );
    }
    if let Some(after) = &query.after {
        select = select.filter(after_position!(after));
    }
    let rows: Vec<(String, Row)> = select
        .order((
            education_settings::name_key.asc(),
            education_settings::id.asc(),
        ))
        .limit(query.limit.saturating_add(1))
        .load(conn)?;
    page_of(
        rows,
        query.limit,
        |(key, row)| Position {
            key: key.clone(),
            id: row.id.clone(),
        },
        |(_, row)| row.try_into(),
    )
}

#[derive(AsChangeset)]
#[diesel(table_name = education_settings)]
struct Changeset<'a> {
    name: Option<&'a str>,
    name_key: Option<String>,
    urn: Option<&'a str>,
    phase: Option<&'a str>,
}

/// Applies `changes` if the setting is still at `expected_version`, bumping the
/// version and appending `education_setting.updated`. Nothing to change writes nothing.
pub fn update(
    conn: &mut DbConnection,
    id: &SettingId,
    expected_version: i64,
    changes: &SettingChanges,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<Setting>, PersistenceError> {
    let current = find(conn, id)?;
    if current.version != expected_version {
        return Ok(VersionedUpdate::Stale);
    }
    let name = changes.name.as_ref().filter(|n| **n != current.name);
    let urn = changes.urn.as_ref().filter(|u| **u != current.urn);
    let phase = changes.phase.filter(|p| *p != current.phase);
    let changed: Vec<&str> = [
        name.map(|_| "name"),
        urn.map(|_| "urn"),
        phase.map(|_| "phase"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if changed.is_empty() {
        return Ok(VersionedUpdate::Applied(current));
    }
    let written = diesel::update(
        education_settings::table
            .find(id.as_str())
            .filter(education_settings::version.eq(expected_version)),
    )
    .set((
        Changeset {
            name: name.map(OrganisationName::as_str),
            name_key: name.map(OrganisationName::key),
            urn: urn.map(Urn::as_str),
            phase: phase.map(SettingPhase::as_str),
        },
        education_settings::updated_at.eq(now.naive_utc()),
        education_settings::version.eq(education_settings::version + 1),
    ))
    .execute(conn)
    .map_err(urn_taken)?;
    if written == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    let event = by
        .event(
            "education_setting.updated",
            "education_setting",
            id.as_str(),
        )
        .detail(format!("changed: {}", changed.join(", ")));
    audit::append(conn, &event, now)?;
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// The setting's staff in name order.
pub fn members(
    conn: &mut DbConnection,
    setting: &SettingId,
) -> Result<Vec<StaffMember>, PersistenceError> {
    find(conn, setting)?;
    member_rows(conn, setting, None)
}

/// One member of staff; `NotFound` if the person is not in the setting.
pub fn member(
    conn: &mut DbConnection,
    setting: &SettingId,
    user: &UserId,
) -> Result<StaffMember, PersistenceError> {
    member_rows(conn, setting, Some(user))?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

fn member_rows(
    conn: &mut DbConnection,
    setting: &SettingId,
    only: Option<&UserId>,
) -> Result<Vec<StaffMember>, PersistenceError> {
    let mut query = setting_members::table
        .inner_join(users::table)
        .filter(setting_members::setting_id.eq(setting.as_str()))
        .select((
            users::id,
            users::display_name,
            users::email,
            setting_members::title,
            setting_members::added_at,
        ))
        .order((users::display_name.asc(), users::id.asc()))
        .into_boxed();
    if let Some(user) = only {
        query = query.filter(setting_members::user_id.eq(user.as_str().to_owned()));
    }
    let rows: Vec<(String, String, String, String, NaiveDateTime)> = query.load(conn)?;
    rows.into_iter()
        .map(|(id, name, email, title, added_at)| {
            let bad = corrupt("setting member", &id);
            Ok(StaffMember {
                display_name: DisplayName::parse(&name).map_err(&bad)?,
                email: Email::parse(&email).map_err(&bad)?,
                title: StaffTitle::parse(&title).map_err(&bad)?,
                user_id: UserId::new(id),
                added_at: added_at.and_utc(),
            })
        })
        .collect()
}

/// Adds a setting-role account to a setting's staff or changes their title,
/// appending `education_setting.member_added` or `.member_title_changed`.
/// Putting what is already there writes nothing.
pub fn put_member(
    conn: &mut DbConnection,
    setting: &SettingId,
    who: &SettingStaffCandidate,
    title: &StaffTitle,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<MemberChange, PersistenceError> {
    find(conn, setting)?;
    let user = who.user().as_str();
    let existing: Option<String> = setting_members::table
        .find((setting.as_str(), user))
        .select(setting_members::title)
        .first(conn)
        .optional()?;
    let (change, action) = match existing {
        None => {
            diesel::insert_into(setting_members::table)
                .values((
                    setting_members::setting_id.eq(setting.as_str()),
                    setting_members::user_id.eq(user),
                    setting_members::title.eq(title.as_str()),
                    setting_members::added_at.eq(now.naive_utc()),
                ))
                .execute(conn)?;
            (MemberChange::Added, "education_setting.member_added")
        }
        Some(was) if was == title.as_str() => return Ok(MemberChange::Unchanged),
        Some(_) => {
            diesel::update(setting_members::table.find((setting.as_str(), user)))
                .set(setting_members::title.eq(title.as_str()))
                .execute(conn)?;
            (
                MemberChange::Changed,
                "education_setting.member_title_changed",
            )
        }
    };
    let event = by
        .event(action, "education_setting", setting.as_str())
        .detail(format!("user {user} as {}", title.as_str()));
    audit::append(conn, &event, now)?;
    Ok(change)
}

/// Takes someone off a setting's staff, appending
/// `education_setting.member_removed`; `NotFound` if they were not on it.
pub fn remove_member(
    conn: &mut DbConnection,
    setting: &SettingId,
    user: &UserId,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let removed = diesel::delete(setting_members::table.find((setting.as_str(), user.as_str())))
        .execute(conn)?;
    if removed == 0 {
        return Err(PersistenceError::NotFound);
    }
    let event = by
        .event(
            "education_setting.member_removed",
            "education_setting",
            setting.as_str(),
        )
        .detail(format!("user {user}"));
    audit::append(conn, &event, now)
}
