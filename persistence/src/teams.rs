//! Teams of professionals and their members, and what a person's memberships
//! (teams and settings) are for the access policy. Every write appends its audit
//! entry in the caller's transaction; names are unique without regard to case.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::access::facts::TeamMembership;
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::organisations::{OrganisationName, ServiceKind, TeamMemberCandidate};
use domain::people::{DisplayName, Email, InvalidValue, SettingId, TeamId, UserId};

use crate::schema::{setting_members, team_members, teams, users};
use crate::{DbConnection, PersistenceError, audit};

/// The `Conflict` a second team with the same name (in any case) gets.
pub const NAME_TAKEN: &str = "teams_name_key";

/// Who is writing, for the audit entries a write appends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditContext {
    pub actor: AuditActor,
    pub request_id: Option<String>,
}

impl AuditContext {
    pub(crate) fn event(&self, action: &str, object_type: &str, object_id: &str) -> NewAuditEvent {
        NewAuditEvent::new(self.actor.clone(), action, AuditOutcome::Success)
            .object(object_type, object_id)
            .request_id(self.request_id.clone())
    }
}

/// Where a page of a name-ordered list ends: the last row's sort key and id.
/// Pages follow on strictly after it, so rows never repeat or go missing
/// between pages while others add rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub key: String,
    pub id: String,
}

/// What a list asks for: part of a name (any case), where to start, how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    pub search: Option<String>,
    pub after: Option<Position>,
    pub limit: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Where the next page starts; absent on the last page.
    pub next: Option<Position>,
}

/// The outcome of an update that names the version it was based on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionedUpdate<T> {
    /// Written (or nothing needed changing); the record as it now stands.
    Applied(T),
    /// Someone else changed the record since that version; nothing was written.
    Stale,
}

/// What putting a member did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberChange {
    Added,
    Changed,
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTeam {
    pub id: TeamId,
    pub name: OrganisationName,
    pub service: ServiceKind,
    /// The team's shared inbox, where requests for advice are announced.
    pub email: Email,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub id: TeamId,
    pub name: OrganisationName,
    pub service: ServiceKind,
    pub email: Email,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Changes to a team; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamChanges {
    pub name: Option<OrganisationName>,
    pub service: Option<ServiceKind>,
    pub email: Option<Email>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    pub user_id: UserId,
    pub display_name: DisplayName,
    pub email: Email,
    pub manager: bool,
    pub added_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = teams)]
struct Row {
    id: String,
    name: String,
    service: String,
    email: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

pub(crate) fn corrupt(what: &str, id: &str) -> impl Fn(InvalidValue) -> PersistenceError + use<> {
    let label = format!("stored {what} {id} is invalid");
    move |e| PersistenceError::Database(format!("{label}: {e}"))
}

impl TryFrom<Row> for Team {
    type Error = PersistenceError;
    fn try_from(row: Row) -> Result<Self, Self::Error> {
        let bad = corrupt("team", &row.id);
        Ok(Team {
            name: OrganisationName::parse(&row.name).map_err(&bad)?,
            service: row.service.parse().map_err(&bad)?,
            email: Email::parse(&row.email).map_err(&bad)?,
            version: row.version,
            created_at: row.created_at.and_utc(),
            updated_at: row.updated_at.and_utc(),
            id: TeamId::new(row.id),
        })
    }
}

/// A unique violation on a team is always its name: the id is a fresh UUID.
fn name_taken(err: diesel::result::Error) -> PersistenceError {
    match PersistenceError::from(err) {
        PersistenceError::Conflict(_) => PersistenceError::Conflict(NAME_TAKEN.into()),
        other => other,
    }
}

/// `LIKE` pattern matching `text` anywhere, lower-cased, wildcards escaped with `\`.
pub(crate) fn contains_pattern(text: &str) -> String {
    let escaped = text
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// `(name_key, id) > (key, id)` as one row comparison, which both databases
/// answer from the (name_key, id) order without the slow expanded OR form.
macro_rules! after_position {
    ($position:expr) => {
        diesel::dsl::sql::<diesel::sql_types::Bool>("(name_key, id) > (")
            .bind::<diesel::sql_types::Text, _>($position.key.clone())
            .sql(", ")
            .bind::<diesel::sql_types::Text, _>($position.id.clone())
            .sql(")")
    };
}
pub(crate) use after_position;

/// Trims a page loaded with one extra row to `limit` and says where the next one starts.
pub(crate) fn page_of<R, T>(
    mut rows: Vec<R>,
    limit: i64,
    position: impl Fn(&R) -> Position,
    convert: impl Fn(R) -> Result<T, PersistenceError>,
) -> Result<Page<T>, PersistenceError> {
    let limit = usize::try_from(limit).unwrap_or(0);
    let next = if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(&position)
    } else {
        None
    };
    Ok(Page {
        items: rows.into_iter().map(convert).collect::<Result<_, _>>()?,
        next,
    })
}

/// Creates a team and appends `team.created`. A name already used (in any case)
/// is `Conflict(NAME_TAKEN)`.
pub fn create(
    conn: &mut DbConnection,
    new: &NewTeam,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<Team, PersistenceError> {
    diesel::insert_into(teams::table)
        .values((
            teams::id.eq(new.id.as_str()),
            teams::name.eq(new.name.as_str()),
            teams::name_key.eq(new.name.key()),
            teams::service.eq(new.service.as_str()),
            teams::email.eq(new.email.as_str()),
            teams::created_at.eq(now.naive_utc()),
            teams::updated_at.eq(now.naive_utc()),
            teams::version.eq(1_i64),
        ))
        .execute(conn)
        .map_err(name_taken)?;
    audit::append(
        conn,
        &by.event("team.created", "team", new.id.as_str()),
        now,
    )?;
    find(conn, &new.id)
}

pub fn find(conn: &mut DbConnection, id: &TeamId) -> Result<Team, PersistenceError> {
    teams::table
        .find(id.as_str())
        .select(Row::as_select())
        .first::<Row>(conn)?
        .try_into()
}

/// One page of teams in name order (ignoring case), optionally only those whose
/// name contains `search`.
pub fn list(conn: &mut DbConnection, query: &ListQuery) -> Result<Page<Team>, PersistenceError> {
    let mut select = teams::table
        .select((teams::name_key, Row::as_select()))
        .into_boxed();
    if let Some(text) = query.search.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(teams::name_key.like(contains_pattern(text)).escape('\\'));
    }
    if let Some(after) = &query.after {
        select = select.filter(after_position!(after));
    }
    let rows: Vec<(String, Row)> = select
        .order((teams::name_key.asc(), teams::id.asc()))
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

/// Applies `changes` if the team is still at `expected_version`, bumping the
/// version and appending `team.updated` (naming the fields changed). Nothing to
/// change writes nothing.
pub fn update(
    conn: &mut DbConnection,
    id: &TeamId,
    expected_version: i64,
    changes: &TeamChanges,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<Team>, PersistenceError> {
    let current = find(conn, id)?;
    if current.version != expected_version {
        return Ok(VersionedUpdate::Stale);
    }
    let name = changes.name.as_ref().filter(|n| **n != current.name);
    let service = changes.service.filter(|s| *s != current.service);
    let email = changes.email.as_ref().filter(|e| **e != current.email);
    let changed: Vec<&str> = [
        name.map(|_| "name"),
        service.map(|_| "service"),
        email.map(|_| "email"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if changed.is_empty() {
        return Ok(VersionedUpdate::Applied(current));
    }
    let written = diesel::update(
        teams::table
            .find(id.as_str())
            .filter(teams::version.eq(expected_version)),
    )
    .set((
        Changeset {
            name: name.map(OrganisationName::as_str),
            name_key: name.map(OrganisationName::key),
            service: service.map(ServiceKind::as_str),
            email: email.map(Email::as_str),
        },
        teams::updated_at.eq(now.naive_utc()),
        teams::version.eq(teams::version + 1),
    ))
    .execute(conn)
    .map_err(name_taken)?;
    if written == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    let event = by
        .event("team.updated", "team", id.as_str())
        .detail(format!("changed: {}", changed.join(", ")));
    audit::append(conn, &event, now)?;
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

#[derive(AsChangeset)]
#[diesel(table_name = teams)]
struct Changeset<'a> {
    name: Option<&'a str>,
    name_key: Option<String>,
    service: Option<&'a str>,
    email: Option<&'a str>,
}

/// The team's members in name order.
pub fn members(
    conn: &mut DbConnection,
    team: &TeamId,
) -> Result<Vec<TeamMember>, PersistenceError> {
    find(conn, team)?;
    member_rows(conn, team, None)
}

/// One member of a team; `NotFound` if the person is not in it.
pub fn member(
    conn: &mut DbConnection,
    team: &TeamId,
    user: &UserId,
) -> Result<TeamMember, PersistenceError> {
    member_rows(conn, team, Some(user))?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

fn member_rows(
    conn: &mut DbConnection,
    team: &TeamId,
    only: Option<&UserId>,
) -> Result<Vec<TeamMember>, PersistenceError> {
    let mut query = team_members::table
        .inner_join(users::table)
        .filter(team_members::team_id.eq(team.as_str()))
        .select((
            users::id,
            users::display_name,
            users::email,
            team_members::manager,
            team_members::added_at,
        ))
        .order((users::display_name.asc(), users::id.asc()))
        .into_boxed();
    if let Some(user) = only {
        query = query.filter(team_members::user_id.eq(user.as_str().to_owned()));
    }
    let rows: Vec<(String, String, String, bool, NaiveDateTime)> = query.load(conn)?;
    rows.into_iter()
        .map(|(id, name, email, manager, added_at)| {
            let bad = corrupt("user", &id);
            Ok(TeamMember {
                display_name: DisplayName::parse(&name).map_err(&bad)?,
                email: Email::parse(&email).map_err(&bad)?,
                user_id: UserId::new(id),
                manager,
                added_at: added_at.and_utc(),
            })
        })
        .collect()
}

/// Adds a contributor to a team or changes their manager flag, appending
/// `team.member_added`, `team.manager_flagged` or `team.manager_unflagged`.
/// Putting what is already there writes nothing.
pub fn put_member(
    conn: &mut DbConnection,
    team: &TeamId,
    who: &TeamMemberCandidate,
    manager: bool,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<MemberChange, PersistenceError> {
    find(conn, team)?;
    let user = who.user().as_str();
    let existing: Option<bool> = team_members::table
        .find((team.as_str(), user))
        .select(team_members::manager)
        .first(conn)
        .optional()?;
    let detail = format!("user {user}");
    let mut events = Vec::new();
    let change = match existing {
        None => {
            diesel::insert_into(team_members::table)
                .values((
                    team_members::team_id.eq(team.as_str()),
                    team_members::user_id.eq(user),
                    team_members::manager.eq(manager),
                    team_members::added_at.eq(now.naive_utc()),
                ))
                .execute(conn)?;
            events.push("team.member_added");
            if manager {
                events.push("team.manager_flagged");
            }
            MemberChange::Added
        }
        Some(was) if was == manager => MemberChange::Unchanged,
        Some(_) => {
            diesel::update(team_members::table.find((team.as_str(), user)))
                .set(team_members::manager.eq(manager))
                .execute(conn)?;
            events.push(if manager {
                "team.manager_flagged"
            } else {
                "team.manager_unflagged"
            });
            MemberChange::Changed
        }
    };
    for action in events {
        let event = by
            .event(action, "team", team.as_str())
            .detail(detail.clone());
        audit::append(conn, &event, now)?;
    }
    Ok(change)
}

/// Takes someone out of a team, appending `team.member_removed`; `NotFound` if
/// they were not in it.
pub fn remove_member(
    conn: &mut DbConnection,
    team: &TeamId,
    user: &UserId,
    by: &AuditContext,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let removed =
        diesel::delete(team_members::table.find((team.as_str(), user.as_str()))).execute(conn)?;
    if removed == 0 {
        return Err(PersistenceError::NotFound);
    }
    let event = by
        .event("team.member_removed", "team", team.as_str())
        .detail(format!("user {user}"));
    audit::append(conn, &event, now)
}

/// The teams (with the manager flag) and settings a person belongs to, as the
/// access policy's `Actor` holds them. Ordered by id, so equal inputs compare equal.
pub fn memberships_of(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<(Vec<TeamMembership>, Vec<SettingId>), PersistenceError> {
    let teams = teams_of(conn, user)?;
    let settings: Vec<String> = setting_members::table
        .filter(setting_members::user_id.eq(user.as_str()))
        .select(setting_members::setting_id)
        .order(setting_members::setting_id.asc())
        .load(conn)?;
    Ok((teams, settings.into_iter().map(SettingId::new).collect()))
}

/// The teams `user` belongs to, with their manager flags.
pub fn teams_of(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<Vec<TeamMembership>, PersistenceError> {
    let teams: Vec<(String, bool)> = team_members::table
        .filter(team_members::user_id.eq(user.as_str()))
        .select((team_members::team_id, team_members::manager))
        .order(team_members::team_id.asc())
        .load(conn)?;
    Ok(teams
        .into_iter()
        .map(|(team, manager)| TeamMembership {
            team: TeamId::new(team),
            manager,
        })
        .collect())
}

/// How many members each of `teams` has, in one query (absent: none).
pub fn member_counts(
    conn: &mut DbConnection,
    teams: &[TeamId],
) -> Result<std::collections::HashMap<String, i64>, PersistenceError> {
    let ids: Vec<&str> = teams.iter().map(TeamId::as_str).collect();
    let rows: Vec<(String, i64)> = team_members::table
        .filter(team_members::team_id.eq_any(ids))
        .group_by(team_members::team_id)
        .select((team_members::team_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}
