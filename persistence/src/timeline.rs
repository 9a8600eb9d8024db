//! A case's timeline: everything that happened on it, who did it and when, in
//! words for people. Written in the transaction of the change it records.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::people::UserId;

use crate::schema::{case_timeline, users};
use crate::{DbConnection, PersistenceError};

/// One entry to write. `kind` is a stable machine name (`advice.requested`);
/// `summary` is the sentence people read ("Advice requested from Community
/// Paediatrics"). It never holds more about the child than the case file does.
#[derive(Debug, Clone)]
pub struct NewEntry<'a> {
    pub case_id: &'a str,
    pub actor: Option<&'a UserId>,
    pub kind: &'a str,
    pub summary: String,
    /// What the entry is about, e.g. `("advice_request", id)`.
    pub object: Option<(&'a str, &'a str)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub at: DateTime<Utc>,
    pub actor: Option<UserId>,
    pub actor_name: Option<String>,
    pub kind: String,
    pub summary: String,
    pub object_kind: Option<String>,
    pub object_id: Option<String>,
}

pub fn append(
    conn: &mut DbConnection,
    entry: &NewEntry<'_>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(case_timeline::table)
        .values((
            // Time-ordered ids (v7, monotonic in this process) order entries made in one instant.
            case_timeline::id.eq(uuid::Uuid::now_v7().to_string()),
            case_timeline::case_id.eq(entry.case_id),
            case_timeline::at.eq(now.naive_utc()),
            case_timeline::actor_id.eq(entry.actor.map(UserId::as_str)),
            case_timeline::kind.eq(entry.kind),
            case_timeline::summary.eq(&entry.summary),
            case_timeline::object_kind.eq(entry.object.map(|o| o.0)),
            case_timeline::object_id.eq(entry.object.map(|o| o.1)),
        ))
        .execute(conn)?;
    Ok(())
}

/// id, at, actor, kind, summary, object kind, object id.
type LatestRow = (
    String,
    NaiveDateTime,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// Like [`append`], but a burst of the same change by the same person (an
/// autosaving editor) stays one entry: when the case's latest entry is the same
/// kind, summary, actor and object and no older than `within`, its time moves
/// to `now` instead of a new entry being added.
pub fn append_or_renew(
    conn: &mut DbConnection,
    entry: &NewEntry<'_>,
    within: chrono::Duration,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let latest: Option<LatestRow> = case_timeline::table
        .filter(case_timeline::case_id.eq(entry.case_id))
        .order((case_timeline::at.desc(), case_timeline::id.desc()))
        .select((
            case_timeline::id,
            case_timeline::at,
            case_timeline::actor_id,
            case_timeline::kind,
            case_timeline::summary,
            case_timeline::object_kind,
            case_timeline::object_id,
        ))
        .first(conn)
        .optional()?;
    if let Some((id, at, actor, kind, summary, object_kind, object_id)) = latest {
        let same = actor.as_deref() == entry.actor.map(UserId::as_str)
            && kind == entry.kind
            && summary == entry.summary
            && object_kind.as_deref() == entry.object.map(|o| o.0)
            && object_id.as_deref() == entry.object.map(|o| o.1);
        if same && at >= (now - within).naive_utc() {
            diesel::update(case_timeline::table.filter(case_timeline::id.eq(id)))
                .set(case_timeline::at.eq(now.naive_utc()))
                .execute(conn)?;
            return Ok(());
        }
    }
    append(conn, entry, now)
}

type Row = (
    String,
    NaiveDateTime,
    Option<String>,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// The case's timeline, newest first, at most `limit` entries.
pub fn of_case(
    conn: &mut DbConnection,
    case_id: &str,
    limit: i64,
) -> Result<Vec<Entry>, PersistenceError> {
    of_case_kinds(conn, case_id, &[], limit)
}

/// [`of_case`], only entries of these groups (a kind's part before the dot:
/// `plan` holds `plan.shared`, `plan.issued`...); every entry for none.
pub fn of_case_kinds(
    conn: &mut DbConnection,
    case_id: &str,
    groups: &[String],
    limit: i64,
) -> Result<Vec<Entry>, PersistenceError> {
    let mut query = case_timeline::table
        .left_join(users::table.on(users::id.nullable().eq(case_timeline::actor_id)))
        .filter(case_timeline::case_id.eq(case_id))
        .into_boxed();
    if let Some((first, rest)) = groups.split_first() {
        let mut any: Box<dyn BoxableExpression<_, _, SqlType = diesel::sql_types::Bool>> =
            Box::new(case_timeline::kind.like(format!("{first}.%")));
        for group in rest {
            any = Box::new(any.or(case_timeline::kind.like(format!("{group}.%"))));
        }
        query = query.filter(any);
    }
    let rows: Vec<Row> = query
        .order((case_timeline::at.desc(), case_timeline::id.desc()))
        .limit(limit)
        .select((
            case_timeline::id,
            case_timeline::at,
            case_timeline::actor_id,
            users::display_name.nullable(),
            case_timeline::kind,
            case_timeline::summary,
            case_timeline::object_kind,
            case_timeline::object_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, at, actor, actor_name, kind, summary, object_kind, object_id)| Entry {
                id,
                at: at.and_utc(),
                actor: actor.map(UserId::new),
                actor_name,
                kind,
                summary,
                object_kind,
                object_id,
            },
        )
        .collect())
}
