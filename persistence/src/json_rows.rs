//! A case's collections (its events, exceptions, grants, advice) read in the
//! query that reads the case, each as one JSON array: a round trip for the
//! case file instead of one per table. The SQL differs by backend (PostgreSQL's
//! `json_agg`, SQLite's `json_group_array`); each row is a positional array
//! that deserializes into the same row type, and is mapped to the domain by the
//! same function, as the table's own query.

use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::{Backend, PersistenceError};

/// A scalar subquery: `columns` of every row of `from` (which names the table
/// read `alias`, and may join others and refer to the outer query) in
/// `order`, as a JSON array of arrays; `[]` when there is none.
pub(crate) fn list_sql(
    backend: Backend,
    columns: &str,
    from: &str,
    alias: &str,
    order: &str,
) -> String {
    match backend {
        Backend::Postgres => format!(
            "(SELECT coalesce(json_agg(json_build_array({columns}) ORDER BY {order}), '[]')::text \
             FROM {from})"
        ),
        // SQLite 3.40 (Debian 12) has no ORDER BY inside an aggregate; it
        // aggregates in the order of the subquery's rows.
        Backend::Sqlite => format!(
            "(SELECT json_group_array(json_array({columns})) \
             FROM (SELECT {alias}.* FROM {from} ORDER BY {order}) {alias})"
        ),
    }
}

/// A scalar subquery: `columns` of the first row of `from` as a JSON array;
/// NULL when there is none.
pub(crate) fn one_sql(backend: Backend, columns: &str, from: &str) -> String {
    match backend {
        Backend::Postgres => {
            format!("(SELECT json_build_array({columns})::text FROM {from} LIMIT 1)")
        }
        Backend::Sqlite => format!("(SELECT json_array({columns}) FROM {from} LIMIT 1)"),
    }
}

/// The rows of a [`list_sql`] column.
pub(crate) fn rows<T: DeserializeOwned>(
    what: &str,
    json: &str,
) -> Result<Vec<T>, PersistenceError> {
    serde_json::from_str(json)
        .map_err(|e| PersistenceError::Database(format!("stored {what} are unreadable: {e}")))
}

/// The row of a [`one_sql`] column, if any.
pub(crate) fn row<T: DeserializeOwned>(
    what: &str,
    json: Option<&str>,
) -> Result<Option<T>, PersistenceError> {
    json.map(|json| {
        serde_json::from_str(json)
            .map_err(|e| PersistenceError::Database(format!("stored {what} is unreadable: {e}")))
    })
    .transpose()
}

/// An instant as the backends put it in JSON: PostgreSQL writes
/// `2026-12-01T10:00:00.5`, SQLite keeps diesel's text `2026-12-01 10:00:00.5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Instant(pub NaiveDateTime);

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M:%S%.f")
            .or_else(|_| NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M:%S%.f"))
            .map(Instant)
            .map_err(|e| serde::de::Error::custom(format!("instant '{text}': {e}")))
    }
}

/// For `#[serde(deserialize_with)]` on a row's instant field.
pub(crate) fn instant<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    Instant::deserialize(d).map(|i| i.0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_instant_reads_as_either_backend_writes_it() {
        let pg: Instant = serde_json::from_str("\"2026-12-01T10:00:00.25\"").unwrap();
        let sqlite: Instant = serde_json::from_str("\"2026-12-01 10:00:00.25\"").unwrap();
        assert_eq!(pg, sqlite);
        let whole: Instant = serde_json::from_str("\"2026-12-01 10:00:00\"").unwrap();
        assert_eq!(whole.0.and_utc().timestamp_subsec_millis(), 0);
        assert!(serde_json::from_str::<Instant>("\"1 December\"").is_err());
    }
}
