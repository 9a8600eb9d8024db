//! Notes on a case's timeline: a draft is its author's alone and changes under
//! its version; submitting stamps `submitted_at` and freezes it. Who may do
//! what is the domain's (`domain::notes`); this stores it.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::notes::{NoteFacts, NoteText};
use domain::people::UserId;

use crate::schema::{case_notes, users};
use crate::teams::VersionedUpdate;
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRecord {
    pub id: String,
    pub case_id: String,
    pub author: UserId,
    pub author_name: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When it was submitted; `None` while it is a draft.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The row's version, for `If-Match`.
    pub version: i64,
}

impl NoteRecord {
    pub fn facts(&self) -> NoteFacts {
        NoteFacts {
            author: self.author.clone(),
            submitted: self.submitted_at.is_some(),
        }
    }
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    NaiveDateTime,
    Option<NaiveDateTime>,
    i64,
);

fn from_row(row: Row) -> NoteRecord {
    let (id, case_id, author, author_name, text, created_at, updated_at, submitted_at, version) =
        row;
    NoteRecord {
        id,
        case_id,
        author: UserId::new(author),
        author_name,
        text,
        created_at: created_at.and_utc(),
        updated_at: updated_at.and_utc(),
        submitted_at: submitted_at.map(|at| at.and_utc()),
        version,
    }
}

macro_rules! note_rows {
    () => {
        case_notes::table.inner_join(users::table.on(users::id.eq(case_notes::author_id)))
    };
}

macro_rules! note_columns {
    () => {
        (
            case_notes::id,
            case_notes::case_id,
            case_notes::author_id,
            users::display_name,
            case_notes::text,
            case_notes::created_at,
            case_notes::updated_at,
            case_notes::submitted_at,
            case_notes::version,
        )
    };
}

pub struct NewNote<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub author: &'a UserId,
    pub text: &'a NoteText,
    /// Submitted at once rather than kept as a draft.
    pub submitted: bool,
}

/// Adds a note: a draft, or already submitted.
pub fn create(
    conn: &mut DbConnection,
    new: &NewNote<'_>,
    now: DateTime<Utc>,
) -> Result<NoteRecord, PersistenceError> {
    let at = now.naive_utc();
    diesel::insert_into(case_notes::table)
        .values((
            case_notes::id.eq(new.id),
            case_notes::case_id.eq(new.case_id),
            case_notes::author_id.eq(new.author.as_str()),
            case_notes::text.eq(new.text.as_str()),
            case_notes::created_at.eq(at),
            case_notes::updated_at.eq(at),
            case_notes::submitted_at.eq(new.submitted.then_some(at)),
            case_notes::version.eq(1_i64),
        ))
        .execute(conn)?;
    find(conn, new.id)
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<NoteRecord, PersistenceError> {
    let row: Row = note_rows!()
        .filter(case_notes::id.eq(id))
        .select(note_columns!())
        .first(conn)?;
    Ok(from_row(row))
}

/// Rewrites a draft still at `version` (`Stale` when it moved on or was submitted).
pub fn update_draft(
    conn: &mut DbConnection,
    id: &str,
    version: i64,
    text: &NoteText,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<NoteRecord>, PersistenceError> {
    let written = diesel::update(
        case_notes::table
            .filter(case_notes::id.eq(id))
            .filter(case_notes::version.eq(version))
            .filter(case_notes::submitted_at.is_null()),
    )
    .set((
        case_notes::text.eq(text.as_str()),
        case_notes::updated_at.eq(now.naive_utc()),
        case_notes::version.eq(version + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// Submits a draft still at `version`: from now on everyone on the timeline
/// reads it and nobody changes it (`Stale` when it moved on or was submitted).
pub fn submit(
    conn: &mut DbConnection,
    id: &str,
    version: i64,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<NoteRecord>, PersistenceError> {
    let at = now.naive_utc();
    let written = diesel::update(
        case_notes::table
            .filter(case_notes::id.eq(id))
            .filter(case_notes::version.eq(version))
            .filter(case_notes::submitted_at.is_null()),
    )
    .set((
        case_notes::submitted_at.eq(Some(at)),
        case_notes::updated_at.eq(at),
        case_notes::version.eq(version + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// Deletes a draft; `false` when there is no such draft (a submitted note is
/// never deleted).
pub fn delete_draft(conn: &mut DbConnection, id: &str) -> Result<bool, PersistenceError> {
    let deleted = diesel::delete(
        case_notes::table
            .filter(case_notes::id.eq(id))
            .filter(case_notes::submitted_at.is_null()),
    )
    .execute(conn)?;
    Ok(deleted == 1)
}

/// The notes of a case `viewer` sees in one read of its timeline: their own
/// drafts (newest first), and of the submitted notes those named in `submitted`
/// (the ids the timeline entries being shown point to). Nobody else's draft,
/// ever; no drafts at all without a viewer (an integration client).
pub fn seen_by(
    conn: &mut DbConnection,
    case_id: &str,
    viewer: Option<&UserId>,
    submitted: &[&str],
) -> Result<Vec<NoteRecord>, PersistenceError> {
    if viewer.is_none() && submitted.is_empty() {
        return Ok(Vec::new());
    }
    let drafts = case_notes::submitted_at.is_null().and(
        case_notes::author_id
            .nullable()
            .eq(viewer.map(UserId::as_str)),
    );
    let named = case_notes::submitted_at
        .is_not_null()
        .and(case_notes::id.eq_any(submitted));
    let rows: Vec<Row> = note_rows!()
        .filter(case_notes::case_id.eq(case_id))
        .filter(drafts.or(named))
        .order((case_notes::updated_at.desc(), case_notes::id.desc()))
        .select(note_columns!())
        .load(conn)?;
    Ok(rows.into_iter().map(from_row).collect())
}
