//! The outbox: messages written in the same transaction as the change that causes
//! them, then delivered later by a worker. A worker claims due rows with a lease
//! (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so replicas never claim one row twice;
//! SQLite: an immediate transaction), sends them, and records the outcome fenced
//! by the attempt number, so a worker whose lease ran out cannot overwrite the
//! outcome of the one that took over.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};
use domain::notifications::{
    self, Channel, RetryPolicy, TemplateKey, TemplateText, validate_override,
};

use crate::schema::outbox_messages;
use crate::{DbConnection, PersistenceError};

/// An outbox row's id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(String);

impl MessageId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for MessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a message is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Waiting for its next attempt (the first, or a retry after a transient failure).
    Pending,
    /// Claimed by a worker until `claimed_until`.
    Sending,
    /// Accepted by the provider; its delivery receipt has not arrived yet.
    Sent,
    /// Delivered (or, with the local mailbox, kept for reading).
    Delivered,
    /// Refused, undeliverable, or out of attempts: nobody will try again.
    FailedPermanently,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Sending => "sending",
            Status::Sent => "sent",
            Status::Delivered => "delivered",
            Status::FailedPermanently => "failed_permanently",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Status::Pending,
            Status::Sending,
            Status::Sent,
            Status::Delivered,
            Status::FailedPermanently,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
}

/// A message to enqueue. `reference` makes enqueueing idempotent: derive it from
/// what causes the message (e.g. `invitation:<invitation id>`), never from
/// personal data, because it is sent to the provider too.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub channel: Channel,
    /// An email address or a phone number, as the channel needs.
    pub recipient: String,
    pub template: TemplateKey,
    pub personalisation: BTreeMap<String, String>,
    pub reference: String,
}

/// A stored message.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, QueryableByName, Selectable)]
#[diesel(table_name = outbox_messages)]
pub struct OutboxMessage {
    pub id: String,
    pub reference: String,
    pub channel: String,
    pub recipient: String,
    pub template_key: String,
    pub personalisation: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub provider_id: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl OutboxMessage {
    pub fn message_id(&self) -> MessageId {
        MessageId(self.id.clone())
    }

    pub fn status(&self) -> Option<Status> {
        Status::parse(&self.status)
    }

    pub fn channel(&self) -> Option<Channel> {
        Channel::parse(&self.channel)
    }
}

fn invalid(why: String) -> PersistenceError {
    // A caller handing the outbox a malformed message is a programming error (500).
    PersistenceError::Database(format!("outbox: {why}"))
}

/// References travel to the provider, so they hold only ids and kinds: no `@`,
/// no spaces, nothing that could be an address, a number or a name.
fn check_reference(reference: &str, recipient: &str) -> Result<(), PersistenceError> {
    let shape_ok = !reference.is_empty()
        && reference.len() <= 120
        && reference
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'));
    let digits: String = recipient.chars().filter(char::is_ascii_digit).collect();
    // The shape already keeps out `@` and spaces; a phone number's last seven
    // digits catch it written with or without its country code.
    let tail = &digits[digits.len().saturating_sub(7)..];
    let holds_recipient =
        reference.contains(recipient) || (tail.len() == 7 && reference.contains(tail));
    if !shape_ok || holds_recipient {
        return Err(invalid(
            "a reference holds only letters, digits and - _ : . and no personal data".into(),
        ));
    }
    Ok(())
}

fn check_recipient(channel: Channel, recipient: &str) -> Result<(), PersistenceError> {
    let ok = match channel {
        Channel::Email => {
            recipient.len() <= 320
                && recipient
                    .split_once('@')
                    .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
                && !recipient.chars().any(char::is_whitespace)
        }
        Channel::Sms => {
            let digits = recipient.chars().filter(char::is_ascii_digit).count();
            (7..=15).contains(&digits)
                && recipient
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '(' | ')' | '-'))
        }
    };
    if ok {
        Ok(())
    } else {
        Err(invalid(format!(
            "not a valid {} recipient",
            channel.as_str()
        )))
    }
}

#[derive(Insertable)]
#[diesel(table_name = outbox_messages)]
struct NewRow<'a> {
    id: &'a str,
    reference: &'a str,
    channel: &'a str,
    recipient: &'a str,
    template_key: &'a str,
    personalisation: &'a str,
    subject: &'a str,
    body: &'a str,
    status: &'a str,
    attempts: i32,
    next_attempt_at: NaiveDateTime,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// Renders `msg` (with the administrator's wording, if any) and stores it as
/// pending, inside the caller's transaction. A reference seen before is a no-op
/// that returns the first message's id, so a retried request never sends twice.
pub fn enqueue(
    conn: &mut DbConnection,
    msg: &NewMessage,
    now: DateTime<Utc>,
) -> Result<MessageId, PersistenceError> {
    check_reference(&msg.reference, &msg.recipient)?;
    if let Some(existing) = id_for_reference(conn, &msg.reference)? {
        return Ok(existing);
    }
    check_recipient(msg.channel, &msg.recipient)?;
    let wording = template_override(conn, msg.template)?;
    let rendered = notifications::render(msg.template, wording.as_ref(), &msg.personalisation)
        .map_err(|e| invalid(format!("cannot render {}: {e}", msg.template)))?;
    let personalisation = serde_json::to_string(&msg.personalisation)
        .map_err(|e| invalid(format!("personalisation: {e}")))?;
    let id = uuid::Uuid::now_v7().to_string();
    let at = now.naive_utc();
    let row = NewRow {
        id: &id,
        reference: &msg.reference,
        channel: msg.channel.as_str(),
        recipient: &msg.recipient,
        template_key: msg.template.as_str(),
        personalisation: &personalisation,
        subject: &rendered.subject,
        body: &rendered.body,
        status: Status::Pending.as_str(),
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
        updated_at: at,
    };
    // Two requests racing with one reference: the loser's insert does nothing
    // (a unique violation would abort a PostgreSQL transaction instead).
    let insert = diesel::insert_into(outbox_messages::table).values(&row);
    match conn {
        DbConnection::Pg(c) => insert
            .on_conflict(outbox_messages::reference)
            .do_nothing()
            .execute(c)?,
        DbConnection::Sqlite(c) => insert
            .on_conflict(outbox_messages::reference)
            .do_nothing()
            .execute(c)?,
    };
    id_for_reference(conn, &msg.reference)?.ok_or(PersistenceError::NotFound)
}

fn id_for_reference(
    conn: &mut DbConnection,
    reference: &str,
) -> Result<Option<MessageId>, PersistenceError> {
    Ok(outbox_messages::table
        .filter(outbox_messages::reference.eq(reference))
        .select(outbox_messages::id)
        .first::<String>(conn)
        .optional()?
        .map(MessageId))
}

pub fn get(conn: &mut DbConnection, id: &MessageId) -> Result<OutboxMessage, PersistenceError> {
    Ok(outbox_messages::table
        .find(id.as_str())
        .select(OutboxMessage::as_select())
        .first(conn)?)
}

pub fn find_by_reference(
    conn: &mut DbConnection,
    reference: &str,
) -> Result<Option<OutboxMessage>, PersistenceError> {
    Ok(outbox_messages::table
        .filter(outbox_messages::reference.eq(reference))
        .select(OutboxMessage::as_select())
        .first(conn)
        .optional()?)
}

const CLAIM_POSTGRES: &str = "UPDATE outbox_messages \
     SET status = 'sending', attempts = attempts + 1, claimed_until = $1, updated_at = $2 \
     WHERE id IN ( \
       SELECT id FROM outbox_messages \
       WHERE (status = 'pending' AND next_attempt_at <= $2) \
          OR (status = 'sending' AND claimed_until <= $2) \
       ORDER BY next_attempt_at, id \
       LIMIT $3 \
       FOR UPDATE SKIP LOCKED) \
     RETURNING id, reference, channel, recipient, template_key, personalisation, subject, body, \
       status, attempts, next_attempt_at, claimed_until, last_error, provider_id, created_at, updated_at";

/// Claims up to `limit` due messages for `lease`: pending ones whose time has
/// come, and claimed ones whose lease ran out (their worker died mid-send). Each
/// claim counts as an attempt. Call it outside any transaction.
pub fn claim_due(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    lease: Duration,
    limit: i64,
) -> Result<Vec<OutboxMessage>, PersistenceError> {
    let at = now.naive_utc();
    let until = (now + lease).naive_utc();
    match conn {
        DbConnection::Pg(c) => Ok(diesel::sql_query(CLAIM_POSTGRES)
            .bind::<Timestamp, _>(until)
            .bind::<Timestamp, _>(at)
            .bind::<BigInt, _>(limit)
            .load::<OutboxMessage>(c)?),
        // One writer at a time: taking the write lock first means no other
        // claimer can read the same rows as due between our read and our update.
        DbConnection::Sqlite(c) => c.immediate_transaction(|c| {
            use outbox_messages::dsl as o;
            let ids: Vec<String> = o::outbox_messages
                .filter(
                    o::status
                        .eq(Status::Pending.as_str())
                        .and(o::next_attempt_at.le(at))
                        .or(o::status
                            .eq(Status::Sending.as_str())
                            .and(o::claimed_until.le(at))),
                )
                .order((o::next_attempt_at, o::id))
                .limit(limit)
                .select(o::id)
                .load(c)?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            diesel::update(o::outbox_messages.filter(o::id.eq_any(&ids)))
                .set((
                    o::status.eq(Status::Sending.as_str()),
                    o::attempts.eq(o::attempts + 1),
                    o::claimed_until.eq(until),
                    o::updated_at.eq(at),
                ))
                .execute(c)?;
            Ok(o::outbox_messages
                .filter(o::id.eq_any(&ids))
                .order((o::next_attempt_at, o::id))
                .select(OutboxMessage::as_select())
                .load(c)?)
        }),
    }
}

/// Applies `changes` to a claimed message, if the claim still holds: the row is
/// still `sending` at the attempt this worker claimed.
macro_rules! update_claimed {
    ($conn:expr, $claimed:expr, $changes:expr) => {{
        let updated = diesel::update(
            outbox_messages::table
                .filter(outbox_messages::id.eq(&$claimed.id))
                .filter(outbox_messages::status.eq(Status::Sending.as_str()))
                .filter(outbox_messages::attempts.eq($claimed.attempts)),
        )
        .set($changes)
        .execute($conn)?;
        if updated == 1 {
            Ok(())
        } else {
            Err(PersistenceError::Conflict(
                "outbox claim lost: another worker took the message over".into(),
            ))
        }
    }};
}

/// The provider accepted the message; its receipt will say whether it arrived.
/// `provider_id` is `None` when the provider's answer could not be read.
pub fn record_accepted(
    conn: &mut DbConnection,
    claimed: &OutboxMessage,
    provider_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    update_claimed!(
        conn,
        claimed,
        (
            outbox_messages::status.eq(Status::Sent.as_str()),
            outbox_messages::provider_id.eq(provider_id),
            outbox_messages::claimed_until.eq(None::<NaiveDateTime>),
            outbox_messages::last_error.eq(None::<String>),
            outbox_messages::updated_at.eq(now.naive_utc()),
        )
    )
}

/// The message has arrived (the local mailbox keeps it: that is its delivery).
pub fn record_delivered(
    conn: &mut DbConnection,
    claimed: &OutboxMessage,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    update_claimed!(
        conn,
        claimed,
        (
            outbox_messages::status.eq(Status::Delivered.as_str()),
            outbox_messages::claimed_until.eq(None::<NaiveDateTime>),
            outbox_messages::last_error.eq(None::<String>),
            outbox_messages::updated_at.eq(now.naive_utc()),
        )
    )
}

/// A failure worth retrying (rate limited, provider error, timeout): back to
/// pending after the policy's delay, or failed for good when attempts run out.
/// `error` is our own description (a status and an error type), never the
/// provider's message text, which may echo personal data.
pub fn record_transient_failure(
    conn: &mut DbConnection,
    claimed: &OutboxMessage,
    error: &str,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) -> Result<Status, PersistenceError> {
    let attempts = u32::try_from(claimed.attempts).unwrap_or(u32::MAX);
    match policy.delay_after(attempts) {
        Some(delay) => {
            update_claimed!(
                conn,
                claimed,
                (
                    outbox_messages::status.eq(Status::Pending.as_str()),
                    outbox_messages::next_attempt_at.eq((now + delay).naive_utc()),
                    outbox_messages::claimed_until.eq(None::<NaiveDateTime>),
                    outbox_messages::last_error.eq(error),
                    outbox_messages::updated_at.eq(now.naive_utc()),
                )
            )?;
            Ok(Status::Pending)
        }
        None => {
            let error = format!("gave up after {attempts} attempts; last: {error}");
            record_permanent_failure(conn, claimed, &error, now)?;
            Ok(Status::FailedPermanently)
        }
    }
}

/// A failure that retrying cannot fix (the provider refused the request).
pub fn record_permanent_failure(
    conn: &mut DbConnection,
    claimed: &OutboxMessage,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    update_claimed!(
        conn,
        claimed,
        (
            outbox_messages::status.eq(Status::FailedPermanently.as_str()),
            outbox_messages::claimed_until.eq(None::<NaiveDateTime>),
            outbox_messages::last_error.eq(error),
            outbox_messages::updated_at.eq(now.naive_utc()),
        )
    )
}

/// What a provider's delivery receipt says happened to a message it accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receipt {
    Delivered,
    /// Undeliverable for good; `reason` is the provider's status name.
    Failed {
        reason: &'static str,
    },
}

/// Applies a delivery receipt to the message the provider knows by
/// `provider_id`. Idempotent: a receipt repeated, or arriving after another,
/// changes nothing (returns `false`). `NotFound` if no message has that id.
pub fn record_receipt(
    conn: &mut DbConnection,
    provider_id: &str,
    receipt: Receipt,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let (status, error) = match receipt {
        Receipt::Delivered => (Status::Delivered, None),
        Receipt::Failed { reason } => (
            Status::FailedPermanently,
            Some(format!("provider receipt: {reason}")),
        ),
    };
    let updated = diesel::update(
        outbox_messages::table
            .filter(outbox_messages::provider_id.eq(provider_id))
            .filter(outbox_messages::status.eq(Status::Sent.as_str())),
    )
    .set((
        outbox_messages::status.eq(status.as_str()),
        outbox_messages::last_error.eq(error),
        outbox_messages::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if updated > 0 {
        return Ok(true);
    }
    let known: i64 = outbox_messages::table
        .filter(outbox_messages::provider_id.eq(provider_id))
        .count()
        .get_result(conn)?;
    if known == 0 {
        Err(PersistenceError::NotFound)
    } else {
        Ok(false)
    }
}

/// Messages nobody will try again, newest first, for an administrator to act on.
pub fn failed(conn: &mut DbConnection, limit: i64) -> Result<Vec<OutboxMessage>, PersistenceError> {
    Ok(outbox_messages::table
        .filter(outbox_messages::status.eq(Status::FailedPermanently.as_str()))
        .order((
            outbox_messages::updated_at.desc(),
            outbox_messages::id.desc(),
        ))
        .limit(limit)
        .select(OutboxMessage::as_select())
        .load(conn)?)
}

/// The latest messages, newest first, optionally only those to one recipient:
/// the local mailbox's view.
pub fn latest(
    conn: &mut DbConnection,
    to: Option<&str>,
    limit: i64,
) -> Result<Vec<OutboxMessage>, PersistenceError> {
    let mut query = outbox_messages::table
        .select(OutboxMessage::as_select())
        .order((
            outbox_messages::created_at.desc(),
            outbox_messages::id.desc(),
        ))
        .limit(limit)
        .into_boxed();
    if let Some(to) = to {
        query = query.filter(outbox_messages::recipient.eq(to.to_owned()));
    }
    Ok(query.load(conn)?)
}

/// How many messages are in each status.
pub fn counts(conn: &mut DbConnection) -> Result<BTreeMap<String, i64>, PersistenceError> {
    let rows: Vec<(String, i64)> = outbox_messages::table
        .group_by(outbox_messages::status)
        .select((outbox_messages::status, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The administrator's wording for `key`, if they have set one.
pub fn template_override(
    conn: &mut DbConnection,
    key: TemplateKey,
) -> Result<Option<TemplateText>, PersistenceError> {
    Ok(crate::wording::get(conn, key.as_str())?
        .map(|(subject, body)| TemplateText { subject, body }))
}

/// Replaces the wording of `key` from its next use on; refused (Conflict, naming
/// the placeholder) if it uses a placeholder the message type may not.
pub fn set_template_override(
    conn: &mut DbConnection,
    key: TemplateKey,
    text: &TemplateText,
    updated_by: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    validate_override(key, text).map_err(|e| PersistenceError::Conflict(e.to_string()))?;
    crate::wording::set(
        conn,
        key.as_str(),
        &text.subject,
        &text.body,
        updated_by,
        now,
    )
}

/// Goes back to the built-in wording of `key`.
pub fn clear_template_override(
    conn: &mut DbConnection,
    key: TemplateKey,
) -> Result<(), PersistenceError> {
    crate::wording::clear(conn, key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_carrying_an_address_or_number_is_refused() {
        assert!(check_reference("invitation:0193a1b2-7c", "pat@example.org").is_ok());
        assert!(check_reference("invitation:pat@example.org", "pat@example.org").is_err());
        assert!(check_reference("sign-in:07700900123", "+44 7700 900123").is_err());
        assert!(check_reference("has space", "pat@example.org").is_err());
        assert!(check_reference("", "pat@example.org").is_err());
    }
}
