//! Bulk loading of generated data sets (`ehc-hub seed-bench`, for load tests):
//! rows the caller rendered in full, written as multi-row INSERTs on either
//! database or, on PostgreSQL, with COPY; and the few questions it asks first.
//! Nothing here is used while serving.

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::error::PersistenceError;
use crate::schema;

/// The tables a generated set fills in bulk, each with the columns it writes
/// (in this order: an INSERT's column list and a COPY's alike). Columns left
/// out take their defaults.
macro_rules! bulk_tables {
    ($($variant:ident => $table:ident [$($col:ident),+ $(,)?];)+) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum BulkTable {
            $($variant),+
        }

        impl BulkTable {
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => stringify!($table)),+
                }
            }

            pub fn columns(self) -> &'static [&'static str] {
                match self {
                    $(Self::$variant => &[$(stringify!($col)),+]),+
                }
            }

            fn copy(self, pg: &mut PgConnection, data: &[u8]) -> QueryResult<usize> {
                let write = |w: &mut dyn std::io::Write| {
                    w.write_all(data)
                        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))
                };
                match self {
                    $(Self::$variant => diesel::copy_from(schema::$table::table)
                        .from_raw_data(($(schema::$table::$col,)+), write)
                        .execute(pg)),+
                }
            }
        }
    };
}

bulk_tables! {
    Users => users [
        id, email, display_name, role, status, password_hash, created_at, updated_at, version,
    ];
    Cases => cases [
        id, case_ref, stage, stage_before_closure, coordinator_id, child_born_on,
        request_received_on, next_deadline_id, next_deadline_on, created_at, updated_at,
        version, child_name, child_name_key, setting_id, deadline_sort, flag_mediation,
        flag_tribunal, flag_safeguarding, flag_eotas, flag_looked_after, flag_neet,
        listings_version,
    ];
    CaseChildren => case_children [
        case_id, given_names, family_name, looked_after, parental_responsibility,
        preferred_language, setting_id, updated_at, version,
    ];
    CaseEvents => case_events [
        id, case_id, occurred_on, event, recorded_at, recorded_by, note,
    ];
    CaseAccess => case_access [case_id, party_kind, party_id, granted_by, granted_at];
    AdviceRequests => advice_requests [
        id, case_id, kind, recipient_kind, recipient_id, state, note, sent_on, completed_on,
        answered_by, requested_by, created_at, updated_at, version,
    ];
    AdviceAllocations => advice_allocations [request_id, user_id, allocated_by, allocated_at];
    CaseListings => case_listings [listed_to, case_id, grace_from];
}

/// Runs `sql` (one statement or several, no bind parameters) as it is.
pub fn execute(conn: &mut DbConnection, sql: &str) -> Result<(), PersistenceError> {
    conn.batch_execute(sql)?;
    Ok(())
}

/// COPY's text format (tab-separated, `\N` for NULL, `t`/`f`) into `table`'s
/// bulk columns. PostgreSQL only; returns the rows written.
pub fn copy_in(
    conn: &mut DbConnection,
    table: BulkTable,
    data: &[u8],
) -> Result<usize, PersistenceError> {
    match conn {
        DbConnection::Pg(pg) => Ok(table.copy(pg, data)?),
        DbConnection::Sqlite(_) => Err(PersistenceError::Database(
            "COPY is PostgreSQL's; write INSERTs to SQLite".into(),
        )),
    }
}

/// How many cases there are, of any stage.
pub fn case_count(conn: &mut DbConnection) -> Result<i64, PersistenceError> {
    Ok(schema::cases::table.count().get_result(conn)?)
}

/// How many accounts have an address at `domain`.
pub fn accounts_at(conn: &mut DbConnection, domain: &str) -> Result<i64, PersistenceError> {
    use schema::users;
    Ok(users::table
        .filter(users::email.like(format!("%@{domain}")))
        .count()
        .get_result(conn)?)
}

/// Every education setting's URN.
pub fn setting_urns(conn: &mut DbConnection) -> Result<Vec<String>, PersistenceError> {
    use schema::education_settings;
    Ok(education_settings::table
        .select(education_settings::urn)
        .load(conn)?)
}

/// On PostgreSQL, what autovacuum does soon after a bulk load: planner
/// statistics and the visibility map (for index-only scans) of `tables`.
/// SQLite has neither daemon nor need; nothing happens there.
pub fn vacuum_analyze(conn: &mut DbConnection, tables: &[&str]) -> Result<(), PersistenceError> {
    if let DbConnection::Pg(_) = conn {
        for table in tables {
            if !table.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(PersistenceError::Database(format!("not a table: {table}")));
            }
        }
        conn.batch_execute(&format!("VACUUM (ANALYZE) {}", tables.join(", ")))?;
    }
    Ok(())
}

/// A PostgreSQL URL whose sessions commit without waiting for the disk (a
/// crash loses the last commits of a generated set, nothing more); any other
/// URL as it is.
pub fn relaxed_commit_url(url: &str) -> String {
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return url.to_owned();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-c%20synchronous_commit%3Doff")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulk_columns_name_the_table_and_its_columns() {
        assert_eq!(BulkTable::CaseAccess.name(), "case_access");
        assert_eq!(
            BulkTable::CaseAccess.columns(),
            [
                "case_id",
                "party_kind",
                "party_id",
                "granted_by",
                "granted_at"
            ]
        );
        assert_eq!(BulkTable::Cases.columns().len(), 23);
    }

    #[test]
    fn only_postgres_urls_get_the_relaxed_commit_option() {
        assert_eq!(relaxed_commit_url("sqlite://x.db"), "sqlite://x.db");
        assert_eq!(
            relaxed_commit_url("postgres://h/db"),
            "postgres://h/db?options=-c%20synchronous_commit%3Doff"
        );
        assert!(relaxed_commit_url("postgres://h/db?sslmode=disable").contains("&options="));
    }
}
