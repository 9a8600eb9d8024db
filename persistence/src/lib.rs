//! Storage for the EHC hub. One diesel code path serves both databases: SQLite,
//! the embedded zero-setup default, and PostgreSQL for production. Callers speak
//! domain types; diesel row structs stay inside this crate.

pub mod advice;
pub mod api_clients;
pub mod audit;
pub mod audit_seal;
pub mod bulk;
pub mod case_parties;
pub mod cases;
pub mod db;
pub mod documents;
pub mod education_settings;
pub mod error;
pub mod idempotency;
pub mod inbox;
pub mod invitations;
mod json_rows;
pub mod migrations;
pub mod notes;
pub mod outbox;
pub mod plans;
pub mod prepared;
pub mod requests;
pub mod schema;
pub mod sign_in;
pub mod teams;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod timeline;
pub mod trays;
pub mod users;
pub mod wording;

pub use db::{Backend, Database, DbConnection, PoolOptions};
pub use error::PersistenceError;
