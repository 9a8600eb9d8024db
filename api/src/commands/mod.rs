//! Operator commands. Each opens the database and applies pending migrations first.

pub mod audit_verify;
pub mod create_admin;
pub mod mailbox;
pub mod seed_bench;
pub mod seed_demo;
pub mod serve;

use std::process::ExitCode;

use anyhow::Context;
use persistence::{Database, PersistenceError, migrations};

use crate::config::{Settings, redact_url};

pub fn open_database(settings: &Settings) -> anyhow::Result<Database> {
    let url = settings.database_url();
    Database::open(&url, &settings.pool_options())
        .with_context(|| format!("cannot open the database at {}", redact_url(&url)))
}

/// Applies pending migrations, waiting up to a minute for a database that is
/// still starting (a container coming up beside us).
pub fn migrate(settings: &Settings) -> anyhow::Result<Database> {
    let db = open_database(settings)?;
    let mut waited = 0;
    let applied = loop {
        match migrations::run_pending(&db) {
            Err(PersistenceError::Unavailable(why)) if waited < 60 => {
                tracing::warn!(%why, "database not reachable yet; retrying in 2 s");
                std::thread::sleep(std::time::Duration::from_secs(2));
                waited += 2;
            }
            other => break other,
        }
    }
    .with_context(|| {
        format!(
            "cannot migrate the database at {}",
            redact_url(&settings.database_url())
        )
    })?;
    for name in &applied {
        tracing::info!(migration = %name, "applied migration");
    }
    Ok(db)
}

pub fn print_openapi() -> ExitCode {
    match serde_json::to_string_pretty(&crate::app::openapi()) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot render the OpenAPI document: {e}");
            ExitCode::FAILURE
        }
    }
}
