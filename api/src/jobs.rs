//! Work that happens later, inside `ehc-hub serve`: periodic jobs that run on
//! every replica and are safe to run concurrently (each claims its own work).

use std::time::Duration;

use persistence::{Database, audit_seal};

/// How often the audit trail is sealed, and how much at a time.
const SEAL_EVERY: Duration = Duration::from_secs(15);
const SEAL_BATCH: i64 = 5_000;

/// Starts the periodic jobs on the current actix system.
pub fn spawn(db: Database) {
    actix_web::rt::spawn(async move {
        let mut tick = actix_web::rt::time::interval(SEAL_EVERY);
        loop {
            tick.tick().await;
            let db = db.clone();
            let result = actix_web::web::block(move || {
                let mut conn = db.conn()?;
                let mut total = 0;
                // Catch up in batches so a backlog never holds one long transaction.
                loop {
                    let sealed =
                        audit_seal::seal_pending(&mut conn, chrono::Utc::now(), SEAL_BATCH)?;
                    total += sealed;
                    if sealed < usize::try_from(SEAL_BATCH).unwrap_or(usize::MAX) {
                        break Ok::<_, persistence::PersistenceError>(total);
                    }
                }
            })
            .await;
            match result {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::debug!(sealed = n, "sealed audit entries"),
                // Another replica sealing the same entries wins the race; we retry next tick.
                Ok(Err(e)) => tracing::warn!(error = %e, "audit sealing did not complete"),
                Err(e) => tracing::warn!(error = %e, "audit sealing job failed"),
            }
        }
    });
}

/// Starts the notification delivery worker on the current actix system, with
/// GOV.UK Notify when a key is configured and the local mailbox otherwise.
pub fn spawn_notifications(
    db: Database,
    settings: &crate::notify::NotifySettings,
) -> anyhow::Result<()> {
    use crate::notify::{Configured, Notifier, worker};
    let notifier = Configured::from_settings(settings)
        .map_err(|(key, why)| anyhow::anyhow!("{key}: {why}"))?;
    tracing::info!(
        notifier = notifier.name(),
        "notifications are delivered through {}",
        notifier.name()
    );
    let options = worker::WorkerOptions::from_settings(settings);
    let poll = Duration::from_secs(settings.poll_interval_secs);
    actix_web::rt::spawn(worker::run(db, notifier, options, poll));
    Ok(())
}

/// How often the deadline sweep runs. Warnings are idempotent, so the period
/// only decides how soon after a deadline enters the window the warning goes.
const SWEEP_EVERY: Duration = Duration::from_secs(15 * 60);

/// Starts the deadline sweep on the current actix system.
pub fn spawn_deadline_sweep(state: crate::state::AppState) {
    actix_web::rt::spawn(async move {
        let mut tick = actix_web::rt::time::interval(SWEEP_EVERY);
        loop {
            tick.tick().await;
            let state = state.clone();
            let result = actix_web::web::block(move || {
                let window = state.settings.la.impending_window_days;
                let public_url = state.settings.public_url();
                let la = state
                    .settings
                    .la_config()
                    .map_err(|e| persistence::PersistenceError::Database(e.to_string()))?;
                let cases = crate::sweep::sweep_case_deadlines(
                    &state.db,
                    &state.statutory,
                    window,
                    &public_url,
                    state.now(),
                )?;
                let advice = crate::sweep::sweep_advice_reminders(
                    &state.db,
                    &state.statutory,
                    &la,
                    &public_url,
                    state.now(),
                )?;
                Ok::<_, persistence::PersistenceError>(cases + advice)
            })
            .await;
            match result {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!(queued = n, "deadline warnings queued"),
                Ok(Err(e)) => tracing::warn!(error = %e, "deadline sweep did not complete"),
                Err(e) => tracing::warn!(error = %e, "deadline sweep failed"),
            }
        }
    });
}
