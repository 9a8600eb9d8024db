//! The append-only audit trail. Entries are written inside the transaction of
//! the change they record, so an action and its audit row stand or fall together.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};

use crate::schema::audit_events;
use crate::{DbConnection, PersistenceError};

#[derive(Insertable)]
#[diesel(table_name = audit_events)]
struct NewRow<'a> {
    occurred_at: NaiveDateTime,
    actor_kind: &'a str,
    actor_id: Option<&'a str>,
    action: &'a str,
    object_type: Option<&'a str>,
    object_id: Option<&'a str>,
    outcome: &'a str,
    request_id: Option<&'a str>,
    detail: Option<&'a str>,
}

/// A stored audit entry, with its sequence number.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct AuditRecord {
    pub seq: i64,
    pub occurred_at: NaiveDateTime,
    pub actor_kind: String,
    pub actor_id: Option<String>,
    pub action: String,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub outcome: String,
    pub request_id: Option<String>,
    pub detail: Option<String>,
}

pub fn append(
    conn: &mut DbConnection,
    event: &NewAuditEvent,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let row = NewRow {
        occurred_at: now.naive_utc(),
        actor_kind: event.actor.kind(),
        actor_id: event.actor.id(),
        action: &event.action,
        object_type: event.object_type.as_deref(),
        object_id: event.object_id.as_deref(),
        outcome: event.outcome.as_str(),
        request_id: event.request_id.as_deref(),
        detail: event.detail.as_deref(),
    };
    // Kept prepared, as every read of a record writes one (`crate::prepared`);
    // diesel keeps only a query it loads by value, hence the RETURNING.
    let _seq: i64 = crate::prepared::Prepared(
        diesel::insert_into(audit_events::table)
            .values(&row)
            .returning(audit_events::seq),
    )
    .get_result(conn)?;
    Ok(())
}

/// The newest entries first, for an administrator's view and for tests.
pub fn recent(conn: &mut DbConnection, limit: i64) -> Result<Vec<AuditRecord>, PersistenceError> {
    Ok(audit_events::table
        .order(audit_events::seq.desc())
        .limit(limit)
        .load::<AuditRecord>(conn)?)
}

/// Entries about one object, oldest first.
pub fn for_object(
    conn: &mut DbConnection,
    object_type: &str,
    object_id: &str,
) -> Result<Vec<AuditRecord>, PersistenceError> {
    Ok(audit_events::table
        .filter(audit_events::object_type.eq(object_type))
        .filter(audit_events::object_id.eq(object_id))
        .order(audit_events::seq.asc())
        .load::<AuditRecord>(conn)?)
}

impl AuditRecord {
    pub fn outcome(&self) -> Option<AuditOutcome> {
        [
            AuditOutcome::Success,
            AuditOutcome::Failure,
            AuditOutcome::Denied,
        ]
        .into_iter()
        .find(|o| o.as_str() == self.outcome)
    }

    pub fn actor(&self) -> AuditActor {
        match (self.actor_kind.as_str(), self.actor_id.clone()) {
            ("user", Some(id)) => AuditActor::User(id),
            ("client", Some(id)) => AuditActor::Client(id),
            ("system", _) => AuditActor::System,
            _ => AuditActor::Anonymous,
        }
    }
}
