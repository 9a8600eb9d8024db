//! What is known about each stored document: what it is attached to, its type,
//! size and SHA-256, who added it and whether it has been redacted. The bytes
//! themselves live in the document store under `storage_key`.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::documents::{DocumentKind, Section};
use domain::people::UserId;

use crate::schema::{documents, request_upload_tokens, users};
use crate::{DbConnection, PersistenceError};

/// Where a new document belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attachment {
    /// The child's or parents' views, or evidence, on a case.
    Case {
        case_id: String,
        section: Section,
    },
    Advice {
        case_id: String,
        request_id: String,
    },
    /// A request for assessment; `case_id` once it is registered.
    Request {
        request_id: String,
        case_id: Option<String>,
    },
}

impl Attachment {
    pub fn section(&self) -> Section {
        match self {
            Attachment::Case { section, .. } => *section,
            Attachment::Advice { .. } => Section::Advice,
            Attachment::Request { .. } => Section::Request,
        }
    }

    pub fn case_id(&self) -> Option<&str> {
        match self {
            Attachment::Case { case_id, .. } | Attachment::Advice { case_id, .. } => Some(case_id),
            Attachment::Request { case_id, .. } => case_id.as_deref(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewDocument<'a> {
    pub id: &'a str,
    pub attachment: &'a Attachment,
    pub file_name: &'a str,
    pub media_type: &'a str,
    pub byte_size: i64,
    pub sha256: &'a str,
    pub storage_key: &'a str,
    /// `None` for the family through the public request form.
    pub uploaded_by: Option<&'a UserId>,
    pub on_behalf: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    pub at: DateTime<Utc>,
    pub by: UserId,
    pub by_name: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub section: Section,
    pub case_id: Option<String>,
    pub advice_request_id: Option<String>,
    pub assessment_request_id: Option<String>,
    pub file_name: String,
    pub media_type: String,
    pub kind: DocumentKind,
    pub byte_size: i64,
    pub sha256: String,
    pub storage_key: String,
    /// `None` (and no name) for the family through the public request form.
    pub uploaded_by: Option<UserId>,
    pub uploaded_by_name: Option<String>,
    pub on_behalf: bool,
    pub uploaded_at: DateTime<Utc>,
    pub redaction: Option<Redaction>,
}

pub fn insert(
    conn: &mut DbConnection,
    new: &NewDocument<'_>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let (advice_request_id, assessment_request_id) = match new.attachment {
        Attachment::Advice { request_id, .. } => (Some(request_id.as_str()), None),
        Attachment::Request { request_id, .. } => (None, Some(request_id.as_str())),
        Attachment::Case { .. } => (None, None),
    };
    diesel::insert_into(documents::table)
        .values((
            documents::id.eq(new.id),
            documents::section.eq(new.attachment.section().as_str()),
            documents::case_id.eq(new.attachment.case_id()),
            documents::advice_request_id.eq(advice_request_id),
            documents::assessment_request_id.eq(assessment_request_id),
            documents::file_name.eq(new.file_name),
            documents::media_type.eq(new.media_type),
            documents::byte_size.eq(new.byte_size),
            documents::sha256.eq(new.sha256),
            documents::storage_key.eq(new.storage_key),
            documents::uploaded_by.eq(new.uploaded_by.map(UserId::as_str)),
            documents::on_behalf.eq(new.on_behalf),
            documents::uploaded_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

type Row = (
    (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        String,
    ),
    (
        i64,
        String,
        String,
        Option<String>,
        bool,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<String>,
        Option<String>,
    ),
    Option<String>,
);

macro_rules! select_documents {
    () => {{
        documents::table
            .left_join(users::table.on(users::id.nullable().eq(documents::uploaded_by)))
            .select((
                (
                    documents::id,
                    documents::section,
                    documents::case_id,
                    documents::advice_request_id,
                    documents::assessment_request_id,
                    documents::file_name,
                    documents::media_type,
                ),
                (
                    documents::byte_size,
                    documents::sha256,
                    documents::storage_key,
                    documents::uploaded_by,
                    documents::on_behalf,
                    documents::uploaded_at,
                    documents::redacted_at,
                    documents::redacted_by,
                    documents::redaction_reason,
                ),
                users::display_name.nullable(),
            ))
            .order((documents::uploaded_at.asc(), documents::id.asc()))
            .into_boxed()
    }};
}

fn from_row(conn: &mut DbConnection, row: Row) -> Result<Document, PersistenceError> {
    let (
        (id, section, case_id, advice_request_id, assessment_request_id, file_name, media_type),
        (
            byte_size,
            sha256,
            storage_key,
            uploaded_by,
            on_behalf,
            uploaded_at,
            redacted_at,
            redacted_by,
            redaction_reason,
        ),
        uploaded_by_name,
    ) = row;
    let corrupt = |what: &str, value: &str| {
        PersistenceError::Database(format!("document {id} has an unknown {what} {value:?}"))
    };
    let section = Section::parse(&section).ok_or_else(|| corrupt("section", &section))?;
    let kind = domain::documents::ALLOWED
        .iter()
        .find(|t| t.media_type == media_type)
        .map(|t| t.kind)
        .ok_or_else(|| corrupt("media type", &media_type))?;
    let redaction = match (redacted_at, redacted_by) {
        (Some(at), Some(by)) => {
            let by_name = users::table
                .find(&by)
                .select(users::display_name)
                .first::<String>(conn)?;
            Some(Redaction {
                at: at.and_utc(),
                by: UserId::new(by),
                by_name,
                reason: redaction_reason.unwrap_or_default(),
            })
        }
        _ => None,
    };
    Ok(Document {
        id,
        section,
        case_id,
        advice_request_id,
        assessment_request_id,
        file_name,
        media_type,
        kind,
        byte_size,
        sha256,
        storage_key,
        uploaded_by: uploaded_by.map(UserId::new),
        uploaded_by_name,
        on_behalf,
        uploaded_at: uploaded_at.and_utc(),
        redaction,
    })
}

fn rows_to_documents(
    conn: &mut DbConnection,
    rows: Vec<Row>,
) -> Result<Vec<Document>, PersistenceError> {
    rows.into_iter().map(|r| from_row(conn, r)).collect()
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<Document, PersistenceError> {
    let row: Row = select_documents!()
        .filter(documents::id.eq(id))
        .first(conn)?;
    from_row(conn, row)
}

/// A case's documents in `sections`, oldest first (a request's documents count
/// once the request is registered as the case).
pub fn of_case(
    conn: &mut DbConnection,
    case_id: &str,
    sections: &[Section],
) -> Result<Vec<Document>, PersistenceError> {
    let names: Vec<&str> = sections.iter().map(|s| s.as_str()).collect();
    let rows: Vec<Row> = select_documents!()
        .filter(documents::case_id.eq(case_id))
        .filter(documents::section.eq_any(names))
        .load(conn)?;
    rows_to_documents(conn, rows)
}

/// The documents attached to one advice request's answer.
pub fn of_advice(
    conn: &mut DbConnection,
    advice_request_id: &str,
) -> Result<Vec<Document>, PersistenceError> {
    let rows: Vec<Row> = select_documents!()
        .filter(documents::advice_request_id.eq(advice_request_id))
        .load(conn)?;
    rows_to_documents(conn, rows)
}

/// The documents attached to one request for assessment.
pub fn of_request(
    conn: &mut DbConnection,
    assessment_request_id: &str,
) -> Result<Vec<Document>, PersistenceError> {
    let rows: Vec<Row> = select_documents!()
        .filter(documents::assessment_request_id.eq(assessment_request_id))
        .load(conn)?;
    rows_to_documents(conn, rows)
}

/// The request's documents become the case's when it is registered.
pub fn attach_request_to_case(
    conn: &mut DbConnection,
    assessment_request_id: &str,
    case_id: &str,
) -> Result<usize, PersistenceError> {
    Ok(diesel::update(
        documents::table.filter(documents::assessment_request_id.eq(assessment_request_id)),
    )
    .set(documents::case_id.eq(case_id))
    .execute(conn)?)
}

/// Forgets a draft request's documents (a draft is not a statutory record) and
/// answers their storage keys, for the caller to remove once committed.
pub fn delete_of_draft(
    conn: &mut DbConnection,
    assessment_request_id: &str,
) -> Result<Vec<String>, PersistenceError> {
    let keys = documents::table
        .filter(documents::assessment_request_id.eq(assessment_request_id))
        .select(documents::storage_key)
        .load::<String>(conn)?;
    diesel::delete(
        documents::table.filter(documents::assessment_request_id.eq(assessment_request_id)),
    )
    .execute(conn)?;
    Ok(keys)
}

/// Marks a document redacted; `false` when it already was (nothing changes).
pub fn redact(
    conn: &mut DbConnection,
    id: &str,
    by: &UserId,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let changed = diesel::update(
        documents::table
            .filter(documents::id.eq(id))
            .filter(documents::redacted_at.is_null()),
    )
    .set((
        documents::redacted_at.eq(Some(now.naive_utc())),
        documents::redacted_by.eq(Some(by.as_str())),
        documents::redaction_reason.eq(Some(reason)),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Lets whoever holds the token (its SHA-256 is kept) add documents to the
/// request until `expires_at`.
pub fn set_upload_token(
    conn: &mut DbConnection,
    request_id: &str,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(request_upload_tokens::table)
        .values((
            request_upload_tokens::request_id.eq(request_id),
            request_upload_tokens::token_hash.eq(token_hash),
            request_upload_tokens::expires_at.eq(expires_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The hash of the request's upload token, while it has not expired.
pub fn upload_token_hash(
    conn: &mut DbConnection,
    request_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, PersistenceError> {
    Ok(request_upload_tokens::table
        .find(request_id)
        .filter(request_upload_tokens::expires_at.gt(now.naive_utc()))
        .select(request_upload_tokens::token_hash)
        .first::<String>(conn)
        .optional()?)
}
