//! The EHC hub service: the HTTP API and web app host, its configuration, and the
//! operator commands behind the `ehc-hub` binary. Handlers stay thin: they parse
//! input into domain types, ask `domain` what may happen, and persist it.

pub mod app;
pub mod auth;
pub mod cases;
pub mod commands;
pub mod config;
pub mod documents;
pub mod headers;
pub mod idempotency;
pub mod jobs;
pub mod notify;
pub mod passwords;
pub mod pdf;
pub mod problem;
pub mod request_id;
pub mod routes;
pub mod spa;
pub mod state;
pub mod sweep;
pub mod telemetry;
