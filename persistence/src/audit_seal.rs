//! Tamper evidence for the audit trail. Entries are appended freely; this job
//! chains them afterwards in sequence order, each seal a SHA-256 over the entry's
//! content and the previous seal, because chaining inline would serialise every
//! write in the system. The verifier walks the chain and names the first entry
//! whose seal no longer matches.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::audit::AuditRecord;
use crate::schema::{audit_events, audit_seals};
use crate::{DbConnection, PersistenceError};

/// The seal before the first entry.
const GENESIS: &str = "ehc-hub audit chain v1";

/// Entries younger than this are left for the next run: a transaction that took
/// its sequence number earlier may not have committed yet, and sealing past it
/// would leave it outside the chain.
pub const SETTLE: Duration = Duration::seconds(30);

fn seal_of(previous: &str, entry: &AuditRecord) -> String {
    // A JSON array is an unambiguous encoding of the fields (no delimiter games).
    let content = serde_json::json!([
        entry.seq,
        entry
            .occurred_at
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        entry.actor_kind,
        entry.actor_id,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.outcome,
        entry.request_id,
        entry.detail,
    ]);
    let mut hasher = Sha256::new();
    hasher.update(previous.as_bytes());
    hasher.update(b"\n");
    hasher.update(content.to_string().as_bytes());
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn last_seal(conn: &mut DbConnection) -> Result<(i64, String), PersistenceError> {
    let last: Option<(i64, String)> = audit_seals::table
        .order(audit_seals::seq.desc())
        .select((audit_seals::seq, audit_seals::seal))
        .first(conn)
        .optional()?;
    Ok(last.unwrap_or((0, GENESIS.to_owned())))
}

/// Seals up to `batch` settled entries after the last sealed one; returns how
/// many. Two replicas racing collide on the seal's primary key and one rolls back.
pub fn seal_pending(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    batch: i64,
) -> Result<usize, PersistenceError> {
    conn.transaction(|conn| {
        let (after, mut previous) = last_seal(conn)?;
        let settled_before: NaiveDateTime = (now - SETTLE).naive_utc();
        let entries: Vec<AuditRecord> = audit_events::table
            .filter(audit_events::seq.gt(after))
            .filter(audit_events::occurred_at.le(settled_before))
            .order(audit_events::seq.asc())
            .limit(batch)
            .load(conn)?;
        let mut rows = Vec::with_capacity(entries.len());
        for entry in &entries {
            let seal = seal_of(&previous, entry);
            rows.push((
                audit_seals::seq.eq(entry.seq),
                audit_seals::seal.eq(seal.clone()),
                audit_seals::sealed_at.eq(now.naive_utc()),
            ));
            previous = seal;
        }
        for row in rows {
            diesel::insert_into(audit_seals::table)
                .values(row)
                .execute(conn)?;
        }
        Ok(entries.len())
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// Sealed entries whose seals matched.
    pub verified: u64,
    /// Entries not sealed yet (newer than the last seal).
    pub unsealed: u64,
    /// The first entry whose seal does not match, or that is missing from the chain.
    pub first_broken: Option<i64>,
}

/// Walks the whole chain in sequence order.
pub fn verify(conn: &mut DbConnection) -> Result<Verification, PersistenceError> {
    const PAGE: i64 = 1000;
    let (last_sealed, _) = last_seal(conn)?;
    let mut previous = GENESIS.to_owned();
    let mut after = 0i64;
    let mut verified = 0u64;
    loop {
        let page: Vec<(AuditRecord, Option<String>)> = audit_events::table
            .left_join(audit_seals::table)
            .filter(audit_events::seq.gt(after))
            .filter(audit_events::seq.le(last_sealed))
            .order(audit_events::seq.asc())
            .limit(PAGE)
            .select((audit_events::all_columns, audit_seals::seal.nullable()))
            .load(conn)?;
        let Some((last, _)) = page.last() else { break };
        after = last.seq;
        for (entry, stored) in &page {
            let expected = seal_of(&previous, entry);
            if stored.as_deref() != Some(expected.as_str()) {
                return Ok(Verification {
                    verified,
                    unsealed: 0,
                    first_broken: Some(entry.seq),
                });
            }
            previous = expected;
            verified += 1;
        }
    }
    let unsealed: i64 = audit_events::table
        .filter(audit_events::seq.gt(last_sealed))
        .count()
        .get_result(conn)?;
    Ok(Verification {
        verified,
        unsealed: u64::try_from(unsealed).unwrap_or(0),
        first_broken: None,
    })
}
