//! Requests for advice (and for review views) and their answers: who was asked,
//! where each request stands, the answer as saved or submitted, and which team
//! members a team request was allocated to. Callers speak the domain's
//! `AdviceRequest`; the answer is kept as JSON text of `AdviceContent`.
//! Changes to the state or the answer name the version they were based on.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::advice::{
    AdviceContent, AdviceRequest, AdviceRequestId, AdviceState, Recipient, RequestKind,
};
use domain::people::{TeamId, UserId};

use crate::schema::{advice_allocations, advice_requests, cases, teams, users};
use crate::teams::VersionedUpdate;
use crate::{DbConnection, PersistenceError};

/// A request to store: sent today by a co-ordinator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAdviceRequest {
    pub id: AdviceRequestId,
    pub case_id: String,
    pub kind: RequestKind,
    pub recipient: Recipient,
    /// The LA's note to the adviser (what is asked, anything to know).
    pub note: String,
    pub sent_on: NaiveDate,
    pub requested_by: UserId,
}

/// A stored request: the domain's request (with its allocations) and what the
/// domain does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdviceRecord {
    pub case_id: String,
    pub request: AdviceRequest,
    pub note: String,
    /// The answer as last saved or submitted; `None` until a first save.
    pub content: Option<AdviceContent>,
    /// Why it was answered "not known to the service".
    pub declined_note: Option<String>,
    /// Who last saved, submitted or declined it.
    pub answered_by: Option<UserId>,
    pub requested_by: UserId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Also the ETag of the answer.
    pub version: i64,
}

impl AdviceRecord {
    /// An update that, as it stands, changes nothing: set what should change.
    pub fn update(&self) -> AdviceUpdate {
        AdviceUpdate {
            state: self.request.state,
            completed_on: self.request.completed_on,
            content: self.content.clone(),
            declined_note: self.declined_note.clone(),
            answered_by: self.answered_by.clone(),
        }
    }
}

/// The request's state and answer as they should stand after a change; every
/// field is written as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdviceUpdate {
    pub state: AdviceState,
    pub completed_on: Option<NaiveDate>,
    pub content: Option<AdviceContent>,
    pub declined_note: Option<String>,
    pub answered_by: Option<UserId>,
}

/// A request someone holds (sent to them, allocated to them, or sent to a team
/// they manage), with the case it is on, for a "my requests" list. The due date
/// counts from `record.request.sent_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldRequest {
    pub case_ref: String,
    pub record: AdviceRecord,
}

/// An `advice_requests` row; it also reads from a JSON array of its fields in
/// order ([`COLUMNS`]), for the case file's one query.
#[derive(Queryable, Selectable, serde::Deserialize)]
#[diesel(table_name = advice_requests)]
pub(crate) struct Row {
    id: String,
    case_id: String,
    kind: String,
    recipient_kind: String,
    recipient_id: String,
    state: String,
    note: String,
    sent_on: NaiveDate,
    completed_on: Option<NaiveDate>,
    content: Option<String>,
    declined_note: Option<String>,
    answered_by: Option<String>,
    requested_by: String,
    #[serde(deserialize_with = "crate::json_rows::instant")]
    created_at: NaiveDateTime,
    #[serde(deserialize_with = "crate::json_rows::instant")]
    updated_at: NaiveDateTime,
    version: i64,
}

/// The columns of a [`Row`], of `advice_requests r`, in the order sent.
pub(crate) const COLUMNS: &str = "r.id, r.case_id, r.kind, r.recipient_kind, r.recipient_id, \
     r.state, r.note, r.sent_on, r.completed_on, r.content, r.declined_note, r.answered_by, \
     r.requested_by, r.created_at, r.updated_at, r.version";
pub(crate) const ORDER: &str = "r.sent_on, r.created_at, r.id";

/// The columns of an allocation (request id, member), of `advice_allocations a`
/// joined to `advice_requests r`, in the order [`allocations_of`] reads them.
pub(crate) const ALLOCATION_COLUMNS: &str = "a.request_id, a.user_id";
pub(crate) const ALLOCATION_ORDER: &str = "a.request_id, a.allocated_at, a.user_id";

const STATES: [AdviceState; 8] = [
    AdviceState::Pending,
    AdviceState::AwaitingAllocation,
    AdviceState::Allocated,
    AdviceState::InProgress,
    AdviceState::Submitted,
    AdviceState::Declined,
    AdviceState::Reopened,
    AdviceState::Withdrawn,
];

fn corrupt(id: &str, what: impl std::fmt::Display) -> PersistenceError {
    PersistenceError::Database(format!("stored advice request {id} is invalid: {what}"))
}

fn kind_str(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Advice => "advice",
        RequestKind::ReviewViews => "review_views",
    }
}

fn recipient_parts(recipient: &Recipient) -> (&'static str, &str) {
    match recipient {
        Recipient::Person(user) => ("person", user.as_str()),
        Recipient::Team(team) => ("team", team.as_str()),
    }
}

fn content_json(content: Option<&AdviceContent>) -> Result<Option<String>, PersistenceError> {
    content
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| PersistenceError::Database(format!("advice content: {e}")))
}

impl Row {
    fn into_record(self, allocated_to: Vec<UserId>) -> Result<AdviceRecord, PersistenceError> {
        let id = self.id;
        let kind = match self.kind.as_str() {
            "advice" => RequestKind::Advice,
            "review_views" => RequestKind::ReviewViews,
            other => return Err(corrupt(&id, format!("kind '{other}'"))),
        };
        let recipient = match self.recipient_kind.as_str() {
            "person" => Recipient::Person(UserId::new(self.recipient_id)),
            "team" => Recipient::Team(TeamId::new(self.recipient_id)),
            other => return Err(corrupt(&id, format!("recipient kind '{other}'"))),
        };
        let state = STATES
            .into_iter()
            .find(|s| s.as_str() == self.state)
            .ok_or_else(|| corrupt(&id, format!("state '{}'", self.state)))?;
        let content = self
            .content
            .as_deref()
            .map(serde_json::from_str::<AdviceContent>)
            .transpose()
            .map_err(|e| corrupt(&id, e))?;
        Ok(AdviceRecord {
            case_id: self.case_id,
            request: AdviceRequest {
                id: AdviceRequestId::new(id),
                kind,
                recipient,
                sent_on: self.sent_on,
                state,
                allocated_to,
                completed_on: self.completed_on,
            },
            note: self.note,
            content,
            declined_note: self.declined_note,
            answered_by: self.answered_by.map(UserId::new),
            requested_by: UserId::new(self.requested_by),
            created_at: self.created_at.and_utc(),
            updated_at: self.updated_at.and_utc(),
            version: self.version,
        })
    }
}

/// Stores a new request in its first state (pending for a person, awaiting
/// allocation for a team).
pub fn create(
    conn: &mut DbConnection,
    new: &NewAdviceRequest,
    now: DateTime<Utc>,
) -> Result<AdviceRecord, PersistenceError> {
    let fresh = AdviceRequest::new(new.id.clone(), new.kind, new.recipient.clone(), new.sent_on);
    let (recipient_kind, recipient_id) = recipient_parts(&new.recipient);
    diesel::insert_into(advice_requests::table)
        .values((
            advice_requests::id.eq(new.id.as_str()),
            advice_requests::case_id.eq(&new.case_id),
            advice_requests::kind.eq(kind_str(new.kind)),
            advice_requests::recipient_kind.eq(recipient_kind),
            advice_requests::recipient_id.eq(recipient_id),
            advice_requests::state.eq(fresh.state.as_str()),
            advice_requests::note.eq(&new.note),
            advice_requests::sent_on.eq(new.sent_on),
            advice_requests::requested_by.eq(new.requested_by.as_str()),
            advice_requests::created_at.eq(now.naive_utc()),
            advice_requests::updated_at.eq(now.naive_utc()),
            advice_requests::version.eq(1_i64),
        ))
        .execute(conn)?;
    find(conn, &new.id)
}

/// One request with its allocations; `NotFound` if there is none.
pub fn find(
    conn: &mut DbConnection,
    id: &AdviceRequestId,
) -> Result<AdviceRecord, PersistenceError> {
    let row = advice_requests::table
        .find(id.as_str())
        .select(Row::as_select())
        .first::<Row>(conn)?;
    let mut allocations = allocations_of(conn, std::slice::from_ref(&row.id))?;
    let allocated = allocations.remove(&row.id).unwrap_or_default();
    row.into_record(allocated)
}

/// Every request on a case, in the order they were sent.
pub fn for_case(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Vec<AdviceRecord>, PersistenceError> {
    let rows: Vec<Row> = advice_requests::table
        .filter(advice_requests::case_id.eq(case_id))
        .order((
            advice_requests::sent_on.asc(),
            advice_requests::created_at.asc(),
            advice_requests::id.asc(),
        ))
        .select(Row::as_select())
        .load(conn)?;
    with_allocations(conn, rows)
}

/// The requests `user` holds: sent to them, allocated to them, or sent to one
/// of `teams_managed`; oldest first, each with its case reference. Closed ones
/// are included: the caller filters by state.
pub fn for_person(
    conn: &mut DbConnection,
    user: &UserId,
    teams_managed: &[TeamId],
) -> Result<Vec<HeldRequest>, PersistenceError> {
    let allocated = advice_allocations::table
        .filter(advice_allocations::user_id.eq(user.as_str()))
        .select(advice_allocations::request_id);
    let managed: Vec<&str> = teams_managed.iter().map(TeamId::as_str).collect();
    let rows: Vec<(String, Row)> = advice_requests::table
        .inner_join(cases::table.on(cases::id.eq(advice_requests::case_id)))
        .filter(
            advice_requests::recipient_kind
                .eq("person")
                .and(advice_requests::recipient_id.eq(user.as_str()))
                .or(advice_requests::recipient_kind
                    .eq("team")
                    .and(advice_requests::recipient_id.eq_any(managed)))
                .or(advice_requests::id.eq_any(allocated)),
        )
        .order((
            advice_requests::sent_on.asc(),
            advice_requests::created_at.asc(),
            advice_requests::id.asc(),
        ))
        .select((cases::case_ref, Row::as_select()))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|(_, r)| r.id.clone()).collect();
    let mut allocations = allocations_of(conn, &ids)?;
    rows.into_iter()
        .map(|(case_ref, row)| {
            let allocated = allocations.remove(&row.id).unwrap_or_default();
            Ok(HeldRequest {
                case_ref,
                record: row.into_record(allocated)?,
            })
        })
        .collect()
}

/// Open requests (of any case) sent on or before `sent_by`, in (sent on, id)
/// order after `after`, at most `limit`: what the reminder sweep looks at.
/// The open states, as the advice sweep's partial index (migration 000021)
/// writes them.
pub const OPEN_STATES_SQL: &str = "advice_requests.state IN ('pending', 'awaiting_allocation', 'allocated', 'in_progress', 'reopened')";

pub fn open_sent_by(
    conn: &mut DbConnection,
    sent_by: NaiveDate,
    after: Option<(NaiveDate, &str)>,
    limit: i64,
) -> Result<Vec<HeldRequest>, PersistenceError> {
    use diesel::dsl::sql;
    use diesel::sql_types::{Bool, Date, Text};
    let mut query = advice_requests::table
        .inner_join(cases::table.on(cases::id.eq(advice_requests::case_id)))
        // Written out, not bound, so it is the partial index's own predicate.
        .filter(sql::<Bool>(OPEN_STATES_SQL))
        .filter(advice_requests::sent_on.le(sent_by))
        .order((advice_requests::sent_on.asc(), advice_requests::id.asc()))
        .limit(limit)
        .select((cases::case_ref, Row::as_select()))
        .into_boxed();
    if let Some((on, id)) = after {
        query = query.filter(
            sql::<Bool>("(advice_requests.sent_on, advice_requests.id) > (")
                .bind::<Date, _>(on)
                .sql(", ")
                .bind::<Text, _>(id.to_owned())
                .sql(")"),
        );
    }
    let rows: Vec<(String, Row)> = query.load(conn)?;
    let ids: Vec<String> = rows.iter().map(|(_, r)| r.id.clone()).collect();
    let mut allocations = allocations_of(conn, &ids)?;
    rows.into_iter()
        .map(|(case_ref, row)| {
            let allocated = allocations.remove(&row.id).unwrap_or_default();
            Ok(HeldRequest {
                case_ref,
                record: row.into_record(allocated)?,
            })
        })
        .collect()
}

fn with_allocations(
    conn: &mut DbConnection,
    rows: Vec<Row>,
) -> Result<Vec<AdviceRecord>, PersistenceError> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let allocations = allocations_of(conn, &ids)?;
    records(rows, allocations)
}

/// The requests `rows` with the members `allocations` gives each.
pub(crate) fn records(
    rows: Vec<Row>,
    mut allocations: HashMap<String, Vec<UserId>>,
) -> Result<Vec<AdviceRecord>, PersistenceError> {
    rows.into_iter()
        .map(|row| {
            let allocated = allocations.remove(&row.id).unwrap_or_default();
            row.into_record(allocated)
        })
        .collect()
}

/// (request, member) pairs, by request in the order allocated, as members by request.
pub(crate) fn by_request(pairs: Vec<(String, String)>) -> HashMap<String, Vec<UserId>> {
    let mut out: HashMap<String, Vec<UserId>> = HashMap::new();
    for (request, user) in pairs {
        out.entry(request).or_default().push(UserId::new(user));
    }
    out
}

/// Members allocated to each request, in the order they were allocated.
fn allocations_of(
    conn: &mut DbConnection,
    ids: &[String],
) -> Result<HashMap<String, Vec<UserId>>, PersistenceError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(String, String)> = advice_allocations::table
        .filter(advice_allocations::request_id.eq_any(ids))
        .order((
            advice_allocations::request_id.asc(),
            advice_allocations::allocated_at.asc(),
            advice_allocations::user_id.asc(),
        ))
        .select((advice_allocations::request_id, advice_allocations::user_id))
        .load(conn)?;
    Ok(by_request(rows))
}

/// Writes `update` if the request is still at `expected_version`, bumping the
/// version; `Stale` (nothing written) if someone changed it since.
pub fn update(
    conn: &mut DbConnection,
    id: &AdviceRequestId,
    expected_version: i64,
    update: &AdviceUpdate,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<AdviceRecord>, PersistenceError> {
    let content = content_json(update.content.as_ref())?;
    let written = diesel::update(
        advice_requests::table
            .find(id.as_str())
            .filter(advice_requests::version.eq(expected_version)),
    )
    .set((
        advice_requests::state.eq(update.state.as_str()),
        advice_requests::completed_on.eq(update.completed_on),
        advice_requests::content.eq(content),
        advice_requests::declined_note.eq(update.declined_note.as_deref()),
        advice_requests::answered_by.eq(update.answered_by.as_ref().map(UserId::as_str)),
        advice_requests::updated_at.eq(now.naive_utc()),
        advice_requests::version.eq(advice_requests::version + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        // Missing altogether is `NotFound`, not stale.
        find(conn, id)?;
        return Ok(VersionedUpdate::Stale);
    }
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// Makes `members` the request's allocation: members already allocated keep
/// their allocation time, others are added, the rest removed. Returns the
/// members newly added, in the order given.
pub fn set_allocations(
    conn: &mut DbConnection,
    id: &AdviceRequestId,
    members: &[UserId],
    by: &UserId,
    now: DateTime<Utc>,
) -> Result<Vec<UserId>, PersistenceError> {
    let current: Vec<String> = advice_allocations::table
        .filter(advice_allocations::request_id.eq(id.as_str()))
        .select(advice_allocations::user_id)
        .load(conn)?;
    let wanted: Vec<&str> = members.iter().map(UserId::as_str).collect();
    let gone: Vec<&String> = current
        .iter()
        .filter(|u| !wanted.contains(&u.as_str()))
        .collect();
    if !gone.is_empty() {
        diesel::delete(
            advice_allocations::table
                .filter(advice_allocations::request_id.eq(id.as_str()))
                .filter(advice_allocations::user_id.eq_any(gone)),
        )
        .execute(conn)?;
    }
    let mut added = Vec::new();
    for member in members {
        if current.iter().any(|u| u == member.as_str()) || added.contains(member) {
            continue;
        }
        diesel::insert_into(advice_allocations::table)
            .values((
                advice_allocations::request_id.eq(id.as_str()),
                advice_allocations::user_id.eq(member.as_str()),
                advice_allocations::allocated_by.eq(by.as_str()),
                advice_allocations::allocated_at.eq(now.naive_utc()),
            ))
            .execute(conn)?;
        added.push(member.clone());
    }
    Ok(added)
}

/// The names people read for the recipients and allocated members of `records`:
/// display names by user id and team names by team id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    pub people: BTreeMap<String, String>,
    pub teams: BTreeMap<String, String>,
}

impl Names {
    pub fn person(&self, user: &UserId) -> &str {
        self.people
            .get(user.as_str())
            .map_or("(unknown person)", String::as_str)
    }

    pub fn team(&self, team: &TeamId) -> &str {
        self.teams
            .get(team.as_str())
            .map_or("(unknown team)", String::as_str)
    }

    pub fn recipient(&self, recipient: &Recipient) -> &str {
        match recipient {
            Recipient::Person(user) => self.person(user),
            Recipient::Team(team) => self.team(team),
        }
    }
}

/// Looks up the names of everyone and every team `records` mention.
pub fn names(
    conn: &mut DbConnection,
    records: &[&AdviceRecord],
) -> Result<Names, PersistenceError> {
    let mut user_ids: Vec<&str> = Vec::new();
    let mut team_ids: Vec<&str> = Vec::new();
    for r in records {
        match &r.request.recipient {
            Recipient::Person(u) => user_ids.push(u.as_str()),
            Recipient::Team(t) => team_ids.push(t.as_str()),
        }
        user_ids.extend(r.request.allocated_to.iter().map(UserId::as_str));
        user_ids.extend(r.answered_by.iter().map(UserId::as_str));
        user_ids.push(r.requested_by.as_str());
    }
    user_ids.sort_unstable();
    user_ids.dedup();
    team_ids.sort_unstable();
    team_ids.dedup();
    let people: Vec<(String, String)> = if user_ids.is_empty() {
        Vec::new()
    } else {
        users::table
            .filter(users::id.eq_any(&user_ids))
            .select((users::id, users::display_name))
            .load(conn)?
    };
    let team_names: Vec<(String, String)> = if team_ids.is_empty() {
        Vec::new()
    } else {
        teams::table
            .filter(teams::id.eq_any(&team_ids))
            .select((teams::id, teams::name))
            .load(conn)?
    };
    Ok(Names {
        people: people.into_iter().collect(),
        teams: team_names.into_iter().collect(),
    })
}

/// Which of these requests the sweep has sent a `kind` of notice about
/// (`advice-reminder`, `advice-overdue`), as (request id, kind).
pub fn noticed(
    conn: &mut DbConnection,
    request_ids: &[&str],
) -> Result<std::collections::HashSet<(String, String)>, PersistenceError> {
    use crate::schema::advice_notices;
    if request_ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(advice_notices::table
        .filter(advice_notices::request_id.eq_any(request_ids))
        .select((advice_notices::request_id, advice_notices::kind))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// Records that a `kind` of notice went to the request's holders.
pub fn mark_noticed(
    conn: &mut DbConnection,
    request_id: &str,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    use crate::schema::advice_notices;
    diesel::insert_into(advice_notices::table)
        .values((
            advice_notices::request_id.eq(request_id),
            advice_notices::kind.eq(kind),
            advice_notices::sent_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The sweep's partial index and query name exactly the open states.
    #[test]
    fn the_open_states_sql_names_every_open_state_and_no_other() {
        let open: Vec<String> = domain::advice::AdviceState::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .map(|s| format!("'{}'", s.as_str()))
            .collect();
        assert_eq!(
            super::OPEN_STATES_SQL,
            format!("advice_requests.state IN ({})", open.join(", "))
        );
        for db in ["postgres", "sqlite"] {
            let migration = std::fs::read_to_string(format!(
                "{}/../migrations/{db}/2026-12-01-000021_open_advice_index/up.sql",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            assert!(migration.contains(&format!("WHERE state IN ({})", open.join(", "))));
        }
    }
}
