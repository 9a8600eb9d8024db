//! `ehc-hub serve`: migrations, then the HTTP server until SIGINT/SIGTERM.

use std::sync::Arc;

use actix_web::HttpServer;
use anyhow::Context;

use crate::app::{Shared, app};
use crate::config::{Settings, redact_url};
use crate::state::AppState;

pub fn run(settings: Settings) -> anyhow::Result<()> {
    let db = super::migrate(&settings)?;
    let settings = Arc::new(settings);
    let keys = crate::auth::secrets::Keys::load(&settings.auth.secret_key, &settings.data_dir)?;
    let shared = Shared::new(AppState::new(
        db.clone(),
        settings.clone(),
        keys,
        crate::state::Clock::System,
    )?);
    let relisted = crate::cases::relist_stale(&shared.state.db)
        .context("cannot list the cases for the trays")?;
    if relisted > 0 {
        tracing::info!(
            cases = relisted,
            "listed cases for the trays under the current rules"
        );
    }
    let sweep_state = shared.state.clone();
    let addr = (settings.server.host.clone(), settings.server.port);
    let workers = match settings.server.workers {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    // Each worker runs database work on its own blocking threads; more of
    // them than connections only queue on the pool (and widen the tail), so
    // the workers share the pool's connections between them.
    let blocking_threads = (settings.database.max_connections as usize)
        .div_ceil(workers)
        .max(1);
    tracing::info!(
        database = %redact_url(&settings.database_url()),
        la = %settings.la.name,
        "EHC hub listening on http://{}:{}",
        addr.0,
        addr.1
    );
    actix_web::rt::System::new().block_on(async move {
        crate::jobs::spawn_notifications(db.clone(), &settings.notify)?;
        crate::jobs::spawn(db);
        crate::jobs::spawn_deadline_sweep(sweep_state);
        HttpServer::new(move || app(shared.clone()))
            .workers(workers)
            .worker_max_blocking_threads(blocking_threads)
            .bind(addr.clone())
            .with_context(|| format!("cannot listen on {}:{}", addr.0, addr.1))?
            .run()
            .await
            .context("the HTTP server stopped with an error")
    })
}
