//! Each person's in-app notifications. Adding is idempotent on the same
//! reference as the email, so a sweep run twice adds nothing twice.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::people::UserId;

use crate::schema::{inbox_items, users};
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxItem {
    pub id: String,
    pub template_key: String,
    pub subject: String,
    pub body: String,
    pub link: Option<String>,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

pub struct NewItem<'a> {
    pub user: &'a UserId,
    pub reference: &'a str,
    pub template_key: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub link: Option<&'a str>,
}

/// Adds the item unless this person already has one with this reference; true if added.
pub fn add(
    conn: &mut DbConnection,
    item: &NewItem,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let exists: i64 = inbox_items::table
        .filter(inbox_items::user_id.eq(item.user.as_str()))
        .filter(inbox_items::reference.eq(item.reference))
        .count()
        .get_result(conn)?;
    if exists > 0 {
        return Ok(false);
    }
    diesel::insert_into(inbox_items::table)
        .values((
            inbox_items::id.eq(uuid::Uuid::now_v7().to_string()),
            inbox_items::user_id.eq(item.user.as_str()),
            inbox_items::reference.eq(item.reference),
            inbox_items::template_key.eq(item.template_key),
            inbox_items::subject.eq(item.subject),
            inbox_items::body.eq(item.body),
            inbox_items::link.eq(item.link),
            inbox_items::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Which of these (person, reference) pairs already have an inbox item: one
/// query for a page of candidates, so a repeated sweep skips what it sent.
pub fn delivered(
    conn: &mut DbConnection,
    pairs: &[(String, String)],
) -> Result<std::collections::HashSet<(String, String)>, PersistenceError> {
    if pairs.is_empty() {
        return Ok(Default::default());
    }
    let references: Vec<&str> = pairs.iter().map(|(_, r)| r.as_str()).collect();
    // By reference (its own index): one probe each, whoever they are for.
    let found: Vec<(String, String)> = inbox_items::table
        .filter(inbox_items::reference.eq_any(references))
        .select((inbox_items::user_id, inbox_items::reference))
        .load(conn)?;
    let wanted: std::collections::HashSet<&(String, String)> = pairs.iter().collect();
    Ok(found
        .into_iter()
        .filter(|pair| wanted.contains(pair))
        .collect())
}

/// The newest items first, `limit` of them after the item `after` (the last one
/// of the previous page), and whether there are more. `NotFound` if `after` is
/// not one of this person's items.
pub fn list(
    conn: &mut DbConnection,
    user: &UserId,
    unread_only: bool,
    after: Option<&str>,
    limit: i64,
) -> Result<(Vec<InboxItem>, bool), PersistenceError> {
    let mut query = inbox_items::table
        .filter(inbox_items::user_id.eq(user.as_str().to_owned()))
        .order((inbox_items::created_at.desc(), inbox_items::id.desc()))
        .limit(limit + 1)
        .select((
            inbox_items::id,
            inbox_items::template_key,
            inbox_items::subject,
            inbox_items::body,
            inbox_items::link,
            inbox_items::created_at,
            inbox_items::read_at,
        ))
        .into_boxed();
    if unread_only {
        query = query.filter(inbox_items::read_at.is_null());
    }
    if let Some(after) = after {
        let created: NaiveDateTime = inbox_items::table
            .filter(inbox_items::id.eq(after))
            .filter(inbox_items::user_id.eq(user.as_str()))
            .select(inbox_items::created_at)
            .first(conn)?;
        query = query.filter(
            inbox_items::created_at
                .lt(created)
                .or(inbox_items::created_at
                    .eq(created)
                    .and(inbox_items::id.lt(after.to_owned()))),
        );
    }
    type Row = (
        String,
        String,
        String,
        String,
        Option<String>,
        NaiveDateTime,
        Option<NaiveDateTime>,
    );
    let mut rows: Vec<Row> = query.load(conn)?;
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    let items = rows
        .into_iter()
        .map(
            |(id, template_key, subject, body, link, created, read)| InboxItem {
                id,
                template_key,
                subject,
                body,
                link,
                created_at: created.and_utc(),
                read: read.is_some(),
            },
        )
        .collect();
    Ok((items, more))
}

pub fn unread_count(conn: &mut DbConnection, user: &UserId) -> Result<i64, PersistenceError> {
    Ok(inbox_items::table
        .filter(inbox_items::user_id.eq(user.as_str()))
        .filter(inbox_items::read_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Marks one of this person's items read; `NotFound` if it is not theirs.
pub fn mark_read(
    conn: &mut DbConnection,
    user: &UserId,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let mine: i64 = inbox_items::table
        .filter(inbox_items::id.eq(id))
        .filter(inbox_items::user_id.eq(user.as_str()))
        .count()
        .get_result(conn)?;
    if mine == 0 {
        return Err(PersistenceError::NotFound);
    }
    diesel::update(
        inbox_items::table
            .find(id)
            .filter(inbox_items::read_at.is_null()),
    )
    .set(inbox_items::read_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    Ok(())
}

/// Marks every unread item of this person read; returns how many.
pub fn mark_all_read(
    conn: &mut DbConnection,
    user: &UserId,
    now: DateTime<Utc>,
) -> Result<usize, PersistenceError> {
    Ok(diesel::update(
        inbox_items::table
            .filter(inbox_items::user_id.eq(user.as_str()))
            .filter(inbox_items::read_at.is_null()),
    )
    .set(inbox_items::read_at.eq(Some(now.naive_utc())))
    .execute(conn)?)
}

/// Whether this person also wants non-security messages by email.
pub fn wants_email(conn: &mut DbConnection, user: &UserId) -> Result<bool, PersistenceError> {
    Ok(users::table
        .find(user.as_str())
        .select(users::email_notifications)
        .first(conn)?)
}

pub fn set_wants_email(
    conn: &mut DbConnection,
    user: &UserId,
    email: bool,
) -> Result<(), PersistenceError> {
    diesel::update(users::table.find(user.as_str()))
        .set(users::email_notifications.eq(email))
        .execute(conn)?;
    Ok(())
}
