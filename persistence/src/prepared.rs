//! Keeping a query prepared on its connection although it holds literal SQL.
//!
//! diesel caches a connection's prepared statements, but it never caches one
//! that holds an `sql()` fragment, an `INSERT` that writes `DEFAULT` for a
//! missing value, or an `UPDATE`: it cannot know that the same text always
//! means the same statement. PostgreSQL then parses and plans it afresh on
//! every call (the case file's one query spent 1.2 ms of PostgreSQL's time
//! there, and 0.2 ms running). [`Prepared`] tells diesel the query is safe to
//! keep: its SQL text is the key, so each distinct text is prepared once per
//! connection and reused.
//!
//! Only wrap a query whose text comes from a small fixed set (constant
//! fragments, a fixed number of binds): every distinct text stays prepared for
//! the life of the connection.

use diesel::backend::Backend;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::{QueryResult, RunQueryDsl};

/// `query`, kept prepared on the connection by its SQL text.
#[derive(Debug, Clone, Copy)]
pub struct Prepared<Q>(pub Q);

impl<Q> QueryId for Prepared<Q> {
    type QueryId = ();
    // No static id: the statement cache keys it by its SQL text and bind types.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q: Query> Query for Prepared<Q> {
    type SqlType = Q::SqlType;
}

impl<Q, DB> QueryFragment<DB> for Prepared<Q>
where
    DB: Backend,
    Q: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        self.0.walk_ast(pass)
    }

    fn is_safe_to_cache_prepared(&self, _backend: &DB) -> QueryResult<bool> {
        Ok(true)
    }
}

impl<Q, Conn> RunQueryDsl<Conn> for Prepared<Q> {}
