//! Requests for an EHC needs assessment: private drafts (their author and
//! invited co-authors), submitted requests waiting for the LA, and requests
//! registered as cases. The content is stored as JSON and read back into the
//! domain type, so a change of wording never needs a migration.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::assessment_request::{ReceivedVia, RequestContent, RequestRoute, RequestStatus};
use domain::people::{SettingId, UserId};

use crate::schema::{assessment_requests, request_co_authors};
use crate::teams::VersionedUpdate;
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone)]
pub struct NewRequest {
    pub id: String,
    pub route: RequestRoute,
    pub status: RequestStatus,
    pub author: Option<UserId>,
    pub setting: Option<SettingId>,
    pub content: RequestContent,
    pub received_on: Option<NaiveDate>,
    pub received_via: Option<ReceivedVia>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    pub id: String,
    pub status: RequestStatus,
    pub route: RequestRoute,
    pub author: Option<UserId>,
    pub co_authors: Vec<UserId>,
    pub setting: Option<SettingId>,
    pub content: RequestContent,
    pub received_on: Option<NaiveDate>,
    pub received_via: Option<ReceivedVia>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub case_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = assessment_requests)]
struct Row {
    id: String,
    status: String,
    route: String,
    author_id: Option<String>,
    setting_id: Option<String>,
    content: String,
    received_on: Option<NaiveDate>,
    received_via: Option<String>,
    submitted_at: Option<NaiveDateTime>,
    case_id: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    version: i64,
}

fn corrupt(what: &str, id: &str) -> PersistenceError {
    PersistenceError::Database(format!("request {id} has an unreadable {what}"))
}

impl Row {
    fn into_record(self, co_authors: Vec<UserId>) -> Result<RequestRecord, PersistenceError> {
        Ok(RequestRecord {
            status: RequestStatus::parse(&self.status)
                .ok_or_else(|| corrupt("status", &self.id))?,
            route: RequestRoute::parse(&self.route).ok_or_else(|| corrupt("route", &self.id))?,
            content: serde_json::from_str(&self.content)
                .map_err(|_| corrupt("content", &self.id))?,
            received_via: self
                .received_via
                .as_deref()
                .map(|v| ReceivedVia::parse(v).ok_or_else(|| corrupt("received_via", &self.id)))
                .transpose()?,
            author: self.author_id.map(UserId::new),
            co_authors,
            setting: self.setting_id.map(SettingId::new),
            received_on: self.received_on,
            submitted_at: self.submitted_at.map(|t| t.and_utc()),
            case_id: self.case_id,
            created_at: self.created_at.and_utc(),
            updated_at: self.updated_at.and_utc(),
            version: self.version,
            id: self.id,
        })
    }
}

fn content_json(content: &RequestContent) -> Result<String, PersistenceError> {
    serde_json::to_string(content).map_err(|e| PersistenceError::Database(e.to_string()))
}

pub fn create(
    conn: &mut DbConnection,
    new: &NewRequest,
    now: DateTime<Utc>,
) -> Result<RequestRecord, PersistenceError> {
    let submitted_at = (new.status != RequestStatus::Draft).then(|| now.naive_utc());
    diesel::insert_into(assessment_requests::table)
        .values((
            assessment_requests::id.eq(&new.id),
            assessment_requests::status.eq(new.status.as_str()),
            assessment_requests::route.eq(new.route.as_str()),
            assessment_requests::author_id.eq(new.author.as_ref().map(UserId::as_str)),
            assessment_requests::setting_id.eq(new.setting.as_ref().map(SettingId::as_str)),
            assessment_requests::content.eq(content_json(&new.content)?),
            assessment_requests::received_on.eq(new.received_on),
            assessment_requests::received_via.eq(new.received_via.map(ReceivedVia::as_str)),
            assessment_requests::submitted_at.eq(submitted_at),
            assessment_requests::created_at.eq(now.naive_utc()),
            assessment_requests::updated_at.eq(now.naive_utc()),
            assessment_requests::version.eq(1),
        ))
        .execute(conn)?;
    find(conn, &new.id)
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<RequestRecord, PersistenceError> {
    let row: Row = assessment_requests::table
        .find(id)
        .select(Row::as_select())
        .first(conn)?;
    let co_authors = co_authors(conn, id)?;
    row.into_record(co_authors)
}

fn co_authors(conn: &mut DbConnection, id: &str) -> Result<Vec<UserId>, PersistenceError> {
    Ok(request_co_authors::table
        .filter(request_co_authors::request_id.eq(id))
        .order(request_co_authors::added_at)
        .select(request_co_authors::user_id)
        .load::<String>(conn)?
        .into_iter()
        .map(UserId::new)
        .collect())
}

/// Saves a draft's content (and its setting) if nobody saved since `version`.
pub fn save_draft(
    conn: &mut DbConnection,
    id: &str,
    version: i64,
    content: &RequestContent,
    setting: Option<&SettingId>,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<RequestRecord>, PersistenceError> {
    let changed = diesel::update(
        assessment_requests::table
            .find(id)
            .filter(assessment_requests::version.eq(version))
            .filter(assessment_requests::status.eq(RequestStatus::Draft.as_str())),
    )
    .set((
        assessment_requests::content.eq(content_json(content)?),
        assessment_requests::setting_id.eq(setting.map(SettingId::as_str)),
        assessment_requests::updated_at.eq(now.naive_utc()),
        assessment_requests::version.eq(version + 1),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// Sends a draft to the LA, received on `received_on`, if nobody saved since `version`.
pub fn submit(
    conn: &mut DbConnection,
    id: &str,
    version: i64,
    received_on: NaiveDate,
    via: ReceivedVia,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<RequestRecord>, PersistenceError> {
    let changed = diesel::update(
        assessment_requests::table
            .find(id)
            .filter(assessment_requests::version.eq(version))
            .filter(assessment_requests::status.eq(RequestStatus::Draft.as_str())),
    )
    .set((
        assessment_requests::status.eq(RequestStatus::Submitted.as_str()),
        assessment_requests::received_on.eq(received_on),
        assessment_requests::received_via.eq(via.as_str()),
        assessment_requests::submitted_at.eq(now.naive_utc()),
        assessment_requests::updated_at.eq(now.naive_utc()),
        assessment_requests::version.eq(version + 1),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// Marks a submitted request as registered as `case_id`. False if it was not
/// waiting (someone registered it first).
pub fn register(
    conn: &mut DbConnection,
    id: &str,
    case_id: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let changed = diesel::update(
        assessment_requests::table
            .find(id)
            .filter(assessment_requests::status.eq(RequestStatus::Submitted.as_str())),
    )
    .set((
        assessment_requests::status.eq(RequestStatus::Registered.as_str()),
        assessment_requests::case_id.eq(case_id),
        assessment_requests::updated_at.eq(now.naive_utc()),
        assessment_requests::version.eq(assessment_requests::version + 1),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Deletes a draft and its co-authors. False if it is no longer a draft.
pub fn delete_draft(conn: &mut DbConnection, id: &str) -> Result<bool, PersistenceError> {
    let is_draft = assessment_requests::table
        .find(id)
        .filter(assessment_requests::status.eq(RequestStatus::Draft.as_str()))
        .count()
        .get_result::<i64>(conn)?
        == 1;
    if !is_draft {
        return Ok(false);
    }
    diesel::delete(request_co_authors::table.filter(request_co_authors::request_id.eq(id)))
        .execute(conn)?;
    diesel::delete(assessment_requests::table.find(id)).execute(conn)?;
    Ok(true)
}

/// Adds a co-author (idempotent).
pub fn add_co_author(
    conn: &mut DbConnection,
    id: &str,
    user: &UserId,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let present = request_co_authors::table
        .find((id, user.as_str()))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if !present {
        diesel::insert_into(request_co_authors::table)
            .values((
                request_co_authors::request_id.eq(id),
                request_co_authors::user_id.eq(user.as_str()),
                request_co_authors::added_at.eq(now.naive_utc()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Removes a co-author: they no longer see or change the draft. False if they
/// were not one of its co-authors.
pub fn remove_co_author(
    conn: &mut DbConnection,
    id: &str,
    user: &UserId,
) -> Result<bool, PersistenceError> {
    let removed =
        diesel::delete(request_co_authors::table.find((id, user.as_str()))).execute(conn)?;
    Ok(removed > 0)
}

/// The drafts `user` wrote or co-authors, most recently saved first.
pub fn drafts_of(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<Vec<RequestRecord>, PersistenceError> {
    let co_authored = request_co_authors::table
        .filter(request_co_authors::user_id.eq(user.as_str()))
        .select(request_co_authors::request_id);
    let rows: Vec<Row> = assessment_requests::table
        .filter(assessment_requests::status.eq(RequestStatus::Draft.as_str()))
        .filter(
            assessment_requests::author_id
                .eq(user.as_str())
                .or(assessment_requests::id.eq_any(co_authored)),
        )
        .order((
            assessment_requests::updated_at.desc(),
            assessment_requests::id,
        ))
        .select(Row::as_select())
        .load(conn)?;
    with_co_authors(conn, rows)
}

/// Requests `user` wrote that went to the LA ("submitted, waiting for the LA").
pub fn sent_by(
    conn: &mut DbConnection,
    user: &UserId,
) -> Result<Vec<RequestRecord>, PersistenceError> {
    let rows: Vec<Row> = assessment_requests::table
        .filter(assessment_requests::status.ne(RequestStatus::Draft.as_str()))
        .filter(assessment_requests::author_id.eq(user.as_str()))
        .order((
            assessment_requests::submitted_at.desc(),
            assessment_requests::id,
        ))
        .select(Row::as_select())
        .load(conn)?;
    with_co_authors(conn, rows)
}

/// Submitted requests not yet registered, oldest received first: the
/// co-ordinators' "new requests" list.
pub fn waiting(conn: &mut DbConnection) -> Result<Vec<RequestRecord>, PersistenceError> {
    let rows: Vec<Row> = assessment_requests::table
        .filter(assessment_requests::status.eq(RequestStatus::Submitted.as_str()))
        .order((assessment_requests::received_on, assessment_requests::id))
        .select(Row::as_select())
        .load(conn)?;
    with_co_authors(conn, rows)
}

/// The request a case was registered from, if it came through the hub.
pub fn of_case(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Option<RequestRecord>, PersistenceError> {
    let row: Option<Row> = assessment_requests::table
        .filter(assessment_requests::case_id.eq(case_id))
        .select(Row::as_select())
        .first(conn)
        .optional()?;
    row.map(|r| {
        let co = co_authors(conn, &r.id)?;
        r.into_record(co)
    })
    .transpose()
}

fn with_co_authors(
    conn: &mut DbConnection,
    rows: Vec<Row>,
) -> Result<Vec<RequestRecord>, PersistenceError> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let pairs: Vec<(String, String)> = request_co_authors::table
        .filter(request_co_authors::request_id.eq_any(&ids))
        .order(request_co_authors::added_at)
        .select((request_co_authors::request_id, request_co_authors::user_id))
        .load(conn)?;
    rows.into_iter()
        .map(|r| {
            let co = pairs
                .iter()
                .filter(|(request, _)| request == &r.id)
                .map(|(_, user)| UserId::new(user.clone()))
                .collect();
            r.into_record(co)
        })
        .collect()
}
