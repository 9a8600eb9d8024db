//! Connections and the pool. The backend is chosen by the URL scheme; a small
//! r2d2 manager of our own passes the real connection error on (diesel's stock
//! manager hides it behind "invalid connection url") and applies SQLite pragmas.

use std::path::{Path, PathBuf};
use std::time::Duration;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection, R2D2Connection};
use diesel::sqlite::SqliteConnection;

use crate::PersistenceError;

/// One connection type over both databases. SQLite is listed last, as diesel's
/// MultiConnection derive wants the most capable backend first.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

impl DbConnection {
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Pg(_) => Backend::Postgres,
            DbConnection::Sqlite(_) => Backend::Sqlite,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgresql",
        }
    }
}

/// Where to connect, parsed from a database URL.
#[derive(Debug, Clone)]
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    /// `sqlite://relative/or/absolute/path`, `sqlite:path`, `postgres://...` or `postgresql://...`.
    pub fn parse(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Target::Postgres(url.to_owned()));
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .ok_or_else(|| {
                "must start with sqlite:// (a file) or postgres:// (a PostgreSQL server)".to_owned()
            })?;
        if path.is_empty() {
            return Err("sqlite:// needs a file path, e.g. sqlite://./data/ehc-hub.sqlite".into());
        }
        Ok(Target::Sqlite(PathBuf::from(path)))
    }

    pub fn backend(&self) -> Backend {
        match self {
            Target::Sqlite(_) => Backend::Sqlite,
            Target::Postgres(_) => Backend::Postgres,
        }
    }
}

/// WAL lets readers proceed while one writer writes; the busy timeout makes a
/// writer wait for the lock instead of failing at once.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; \
     PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

pub struct Manager {
    target: Target,
}

impl Manager {
    pub fn new(target: Target) -> Self {
        Self { target }
    }

    fn establish(&self) -> Result<DbConnection, diesel::r2d2::Error> {
        match &self.target {
            Target::Postgres(url) => PgConnection::establish(url)
                .map(DbConnection::Pg)
                .map_err(diesel::r2d2::Error::ConnectionError),
            Target::Sqlite(path) => {
                let url = path.to_string_lossy();
                let mut conn = SqliteConnection::establish(&url)
                    .map_err(diesel::r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(diesel::r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        self.establish()
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        match conn {
            DbConnection::Pg(c) => c.ping(),
            DbConnection::Sqlite(c) => c.ping(),
        }
        .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        match conn {
            DbConnection::Pg(c) => c.is_broken(),
            DbConnection::Sqlite(c) => c.is_broken(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_connections: u32,
    /// How long a request waits for a connection before answering 503.
    pub acquire_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

pub type DbPool = Pool<Manager>;
pub type PooledConn = PooledConnection<Manager>;

/// The database handle the application holds: a pool and which backend it is.
#[derive(Clone)]
pub struct Database {
    pool: DbPool,
    backend: Backend,
}

impl Database {
    /// Builds the pool without connecting, so a server can start (and answer
    /// 503) while the database is still coming up.
    pub fn open(url: &str, options: &PoolOptions) -> Result<Self, PersistenceError> {
        let target = Target::parse(url).map_err(PersistenceError::Unavailable)?;
        if let Target::Sqlite(path) = &target {
            ensure_parent_dir(path)?;
        }
        let backend = target.backend();
        let pool = Pool::builder()
            .max_size(options.max_connections)
            .min_idle(Some(0))
            .connection_timeout(options.acquire_timeout)
            // Cheap queries lose 15-20% throughput to a ping on every checkout; a
            // broken connection is caught by `has_broken` and the query error instead.
            .test_on_check_out(false)
            .build_unchecked(Manager::new(target));
        Ok(Self { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn conn(&self) -> Result<PooledConn, PersistenceError> {
        Ok(self.pool.get()?)
    }

    /// Runs `f` in one transaction: everything it writes commits together or not at all.
    pub fn transaction<T, F>(&self, f: F) -> Result<T, PersistenceError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, PersistenceError>,
    {
        self.transaction_with(f)
    }

    /// Runs `f` in one transaction that commits only if it returns `Ok`; its own
    /// error type (the API's, say) comes back as it was, storage errors through
    /// `From<PersistenceError>`.
    ///
    /// On SQLite the transaction takes the write lock when it begins (`BEGIN
    /// IMMEDIATE`): a deferred one that reads and then writes fails at once with
    /// "database is locked" if another connection wrote in between, whereas an
    /// immediate one waits its turn (the busy timeout).
    pub fn transaction_with<T, E, F>(&self, f: F) -> Result<T, E>
    where
        E: From<PersistenceError>,
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
    {
        let mut conn = self.conn()?;
        if matches!(&*conn, DbConnection::Sqlite(_)) {
            return immediate(&mut conn, f);
        }
        enum Failed<E> {
            Storage(diesel::result::Error),
            Caller(E),
        }
        impl<E> From<diesel::result::Error> for Failed<E> {
            fn from(e: diesel::result::Error) -> Self {
                Failed::Storage(e)
            }
        }
        (*conn)
            .transaction::<T, Failed<E>, _>(|c| f(c).map_err(Failed::Caller))
            .map_err(|e| match e {
                Failed::Storage(e) => E::from(PersistenceError::from(e)),
                Failed::Caller(e) => e,
            })
    }

    /// Reachable and answering a trivial query.
    pub fn ping(&self) -> Result<(), PersistenceError> {
        let mut conn = self.conn()?;
        conn.batch_execute("SELECT 1")
            .map_err(PersistenceError::from)
    }
}

fn sqlite_of(conn: &mut DbConnection) -> Result<&mut SqliteConnection, PersistenceError> {
    match conn {
        DbConnection::Sqlite(sqlite) => Ok(sqlite),
        DbConnection::Pg(_) => Err(PersistenceError::Database(
            "an immediate transaction needs a SQLite connection".into(),
        )),
    }
}

/// diesel's `Connection::transaction`, begun with `BEGIN IMMEDIATE`. Nested
/// transactions inside `f` become savepoints as usual: the SQLite connection's
/// transaction manager, which the multi-connection delegates to, knows the depth.
fn immediate<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    E: From<PersistenceError>,
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    AnsiTransactionManager::begin_transaction_sql(sqlite_of(conn)?, "BEGIN IMMEDIATE")
        .map_err(PersistenceError::from)?;
    match f(conn) {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(sqlite_of(conn)?)
                .map_err(PersistenceError::from)?;
            Ok(value)
        }
        Err(caller) => match AnsiTransactionManager::rollback_transaction(sqlite_of(conn)?) {
            Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(caller),
            Err(rollback) => Err(PersistenceError::from(rollback).into()),
        },
    }
}

fn ensure_parent_dir(path: &Path) -> Result<(), PersistenceError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::create_dir_all(dir).map_err(|e| {
            PersistenceError::Unavailable(format!("cannot create {}: {e}", dir.display()))
        }),
        _ => Ok(()),
    }
}
