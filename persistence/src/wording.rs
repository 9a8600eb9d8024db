//! Wording an administrator has changed from the built-in default: message
//! templates (keyed by their type, `advice_requested`) and letters and plan
//! pages (keyed `letter:decision_not_to_assess`). Each row is a heading (a
//! message's subject, a letter's title) and a body. One store serves both.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use domain::letters::{LetterKey, LetterText};

use crate::db::DbConnection;
use crate::error::PersistenceError;
use crate::schema::notification_templates as t;

/// `(heading, body)` saved under `key`, if any.
pub fn get(
    conn: &mut DbConnection,
    key: &str,
) -> Result<Option<(String, String)>, PersistenceError> {
    Ok(t::table
        .find(key)
        .select((t::subject, t::body))
        .first::<(String, String)>(conn)
        .optional()?)
}

/// Saves the wording of `key`; the caller has checked it.
pub fn set(
    conn: &mut DbConnection,
    key: &str,
    heading: &str,
    body: &str,
    updated_by: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    clear(conn, key)?;
    diesel::insert_into(t::table)
        .values((
            t::template_key.eq(key),
            t::subject.eq(heading),
            t::body.eq(body),
            t::updated_at.eq(now.naive_utc()),
            t::updated_by.eq(updated_by),
        ))
        .execute(conn)?;
    Ok(())
}

/// Goes back to the built-in wording of `key`.
pub fn clear(conn: &mut DbConnection, key: &str) -> Result<(), PersistenceError> {
    diesel::delete(t::table.find(key)).execute(conn)?;
    Ok(())
}

fn letter_key(key: LetterKey) -> String {
    format!("letter:{}", key.as_str())
}

/// The administrator's wording of a letter, if they have set one.
pub fn letter(
    conn: &mut DbConnection,
    key: LetterKey,
) -> Result<Option<LetterText>, PersistenceError> {
    Ok(get(conn, &letter_key(key))?.map(|(title, body)| LetterText { title, body }))
}

/// Replaces a letter's wording from the next letter printed; refused (Conflict,
/// naming the value) if it uses a value the letter may not.
pub fn set_letter(
    conn: &mut DbConnection,
    key: LetterKey,
    text: &LetterText,
    updated_by: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    domain::letters::validate(key, text).map_err(|e| PersistenceError::Conflict(e.to_string()))?;
    set(
        conn,
        &letter_key(key),
        &text.title,
        &text.body,
        updated_by,
        now,
    )
}

/// Goes back to the built-in wording of a letter.
pub fn clear_letter(conn: &mut DbConnection, key: LetterKey) -> Result<(), PersistenceError> {
    clear(conn, &letter_key(key))
}
