//! Who a case is about and who may see it: the child's details (kept apart from
//! the case row the clock reads), and the people and settings a co-ordinator
//! granted the case to. Revoking deletes the grant; the timeline keeps the story.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::people::{SettingId, UserId};

use crate::schema::{case_access, case_children, case_views};
use crate::teams::VersionedUpdate;
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Child {
    pub given_names: String,
    pub family_name: String,
    pub looked_after: bool,
    pub parental_responsibility: String,
    pub preferred_language: String,
    pub setting: Option<SettingId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildRecord {
    pub child: Child,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

pub(crate) type ChildRow = (
    String,
    String,
    bool,
    String,
    String,
    Option<String>,
    NaiveDateTime,
    i64,
);

/// Records the child of a new case.
pub fn set_child(
    conn: &mut DbConnection,
    case_id: &str,
    child: &Child,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(case_children::table)
        .values((
            case_children::case_id.eq(case_id),
            case_children::given_names.eq(&child.given_names),
            case_children::family_name.eq(&child.family_name),
            case_children::looked_after.eq(child.looked_after),
            case_children::parental_responsibility.eq(&child.parental_responsibility),
            case_children::preferred_language.eq(&child.preferred_language),
            case_children::setting_id.eq(child.setting.as_ref().map(SettingId::as_str)),
            case_children::updated_at.eq(now.naive_utc()),
            case_children::version.eq(1),
        ))
        .execute(conn)?;
    sync_tray_columns(conn, case_id, child)?;
    Ok(())
}

pub fn child(conn: &mut DbConnection, case_id: &str) -> Result<ChildRecord, PersistenceError> {
    let row: ChildRow = case_children::table
        .find(case_id)
        .select((
            case_children::given_names,
            case_children::family_name,
            case_children::looked_after,
            case_children::parental_responsibility,
            case_children::preferred_language,
            case_children::setting_id,
            case_children::updated_at,
            case_children::version,
        ))
        .first(conn)?;
    Ok(child_record(row))
}

/// A child's stored row as a record.
pub(crate) fn child_record(
    (
        given_names,
        family_name,
        looked_after,
        parental_responsibility,
        preferred_language,
        setting,
        updated_at,
        version,
    ): ChildRow,
) -> ChildRecord {
    ChildRecord {
        child: Child {
            given_names,
            family_name,
            looked_after,
            parental_responsibility,
            preferred_language,
            setting: setting.map(SettingId::new),
        },
        updated_at: updated_at.and_utc(),
        version,
    }
}

/// Corrects the child's details if nobody changed them since `version`.
pub fn update_child(
    conn: &mut DbConnection,
    case_id: &str,
    version: i64,
    child: &Child,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<ChildRecord>, PersistenceError> {
    let changed = diesel::update(
        case_children::table
            .find(case_id)
            .filter(case_children::version.eq(version)),
    )
    .set((
        case_children::given_names.eq(&child.given_names),
        case_children::family_name.eq(&child.family_name),
        case_children::looked_after.eq(child.looked_after),
        case_children::parental_responsibility.eq(&child.parental_responsibility),
        case_children::preferred_language.eq(&child.preferred_language),
        case_children::setting_id.eq(child.setting.as_ref().map(SettingId::as_str)),
        case_children::updated_at.eq(now.naive_utc()),
        case_children::version.eq(version + 1),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    sync_tray_columns(conn, case_id, child)?;
    Ok(VersionedUpdate::Applied(self::child(conn, case_id)?))
}

/// Keeps what the trays filter and sort on (the child's name, setting and
/// looked-after flag) on the case, in the same transaction as the change.
fn sync_tray_columns(
    conn: &mut DbConnection,
    case_id: &str,
    child: &Child,
) -> Result<(), PersistenceError> {
    use crate::schema::cases;
    let name = format!("{} {}", child.given_names.trim(), child.family_name.trim())
        .trim()
        .to_owned();
    diesel::update(cases::table.find(case_id))
        .set((
            cases::child_name_key.eq(domain::trays::name_key(&name)),
            cases::child_name.eq(name),
            cases::setting_id.eq(child.setting.as_ref().map(SettingId::as_str)),
            cases::flag_looked_after.eq(child.looked_after),
        ))
        .execute(conn)?;
    Ok(())
}

/// Someone a case can be granted to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Party {
    /// A parent, carer or young person.
    Family(UserId),
    /// A named person (setting staff, usually).
    Person(UserId),
    /// Every member of staff of a setting.
    Setting(SettingId),
}

impl Party {
    fn parts(&self) -> (&'static str, &str) {
        match self {
            Party::Family(u) => ("family", u.as_str()),
            Party::Person(u) => ("person", u.as_str()),
            Party::Setting(s) => ("setting", s.as_str()),
        }
    }

    fn from_parts(kind: &str, id: String) -> Result<Self, PersistenceError> {
        Ok(match kind {
            "family" => Party::Family(UserId::new(id)),
            "person" => Party::Person(UserId::new(id)),
            "setting" => Party::Setting(SettingId::new(id)),
            other => {
                return Err(PersistenceError::Database(format!(
                    "unknown case access party '{other}'"
                )));
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub party: Party,
    pub granted_by: UserId,
    pub granted_at: DateTime<Utc>,
}

/// Grants the case to `party`; false if it already had it.
pub fn grant(
    conn: &mut DbConnection,
    case_id: &str,
    party: &Party,
    by: &UserId,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let (kind, id) = party.parts();
    let present = case_access::table
        .find((case_id, kind, id))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if present {
        return Ok(false);
    }
    diesel::insert_into(case_access::table)
        .values((
            case_access::case_id.eq(case_id),
            case_access::party_kind.eq(kind),
            case_access::party_id.eq(id),
            case_access::granted_by.eq(by.as_str()),
            case_access::granted_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Takes the case away from `party`; false if it did not have it.
pub fn revoke(
    conn: &mut DbConnection,
    case_id: &str,
    party: &Party,
) -> Result<bool, PersistenceError> {
    let (kind, id) = party.parts();
    Ok(diesel::delete(case_access::table.find((case_id, kind, id))).execute(conn)? == 1)
}

/// Everyone the case is granted to, in the order they were granted.
/// A `case_access` row as read: party kind, party id, granted by, granted at.
pub(crate) type GrantRow = (String, String, String, NaiveDateTime);

/// The columns of a [`GrantRow`], of `case_access g`, in the order granted.
pub(crate) const GRANT_COLUMNS: &str = "g.party_kind, g.party_id, g.granted_by, g.granted_at";
pub(crate) const GRANT_ORDER: &str = "g.granted_at, g.party_id";

pub(crate) fn grant_of_row((kind, id, by, at): GrantRow) -> Result<Grant, PersistenceError> {
    Ok(Grant {
        party: Party::from_parts(&kind, id)?,
        granted_by: UserId::new(by),
        granted_at: at.and_utc(),
    })
}

pub fn grants(conn: &mut DbConnection, case_id: &str) -> Result<Vec<Grant>, PersistenceError> {
    let rows: Vec<GrantRow> = case_access::table
        .filter(case_access::case_id.eq(case_id))
        .order((case_access::granted_at, case_access::party_id))
        .select((
            case_access::party_kind,
            case_access::party_id,
            case_access::granted_by,
            case_access::granted_at,
        ))
        .load(conn)?;
    rows.into_iter().map(grant_of_row).collect()
}

/// The children of these cases by case id: (given names, family name).
pub fn child_names(
    conn: &mut DbConnection,
    case_ids: &[String],
) -> Result<std::collections::HashMap<String, (String, String)>, PersistenceError> {
    let rows: Vec<(String, String, String)> = case_children::table
        .filter(case_children::case_id.eq_any(case_ids))
        .select((
            case_children::case_id,
            case_children::given_names,
            case_children::family_name,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, given, family)| (id, (given, family)))
        .collect())
}

/// The child's or the parents' views on a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Views {
    pub kind: String,
    pub body: String,
    pub written_by: UserId,
    /// Entered by a setting or the co-ordinator on the family's behalf.
    pub on_behalf: bool,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

/// Both kinds of views on the case that have been written.
pub fn views(conn: &mut DbConnection, case_id: &str) -> Result<Vec<Views>, PersistenceError> {
    let rows: Vec<(String, String, String, bool, NaiveDateTime, i64)> = case_views::table
        .filter(case_views::case_id.eq(case_id))
        .order(case_views::kind)
        .select((
            case_views::kind,
            case_views::body,
            case_views::written_by,
            case_views::on_behalf,
            case_views::updated_at,
            case_views::version,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, body, by, on_behalf, at, version)| Views {
            kind,
            body,
            written_by: UserId::new(by),
            on_behalf,
            updated_at: at.and_utc(),
            version,
        })
        .collect())
}

/// Writes views of `kind` if nobody changed them since `version` (0: none yet).
#[allow(clippy::too_many_arguments)]
pub fn write_views(
    conn: &mut DbConnection,
    case_id: &str,
    kind: &str,
    version: i64,
    body: &str,
    by: &UserId,
    on_behalf: bool,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<()>, PersistenceError> {
    let changed = if version == 0 {
        let exists = case_views::table
            .find((case_id, kind))
            .count()
            .get_result::<i64>(conn)?
            > 0;
        if exists {
            0
        } else {
            diesel::insert_into(case_views::table)
                .values((
                    case_views::case_id.eq(case_id),
                    case_views::kind.eq(kind),
                    case_views::body.eq(body),
                    case_views::written_by.eq(by.as_str()),
                    case_views::on_behalf.eq(on_behalf),
                    case_views::updated_at.eq(now.naive_utc()),
                    case_views::version.eq(1),
                ))
                .execute(conn)?
        }
    } else {
        diesel::update(
            case_views::table
                .find((case_id, kind))
                .filter(case_views::version.eq(version)),
        )
        .set((
            case_views::body.eq(body),
            case_views::written_by.eq(by.as_str()),
            case_views::on_behalf.eq(on_behalf),
            case_views::updated_at.eq(now.naive_utc()),
            case_views::version.eq(version + 1),
        ))
        .execute(conn)?
    };
    Ok(if changed == 1 {
        VersionedUpdate::Applied(())
    } else {
        VersionedUpdate::Stale
    })
}
