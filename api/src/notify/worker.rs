//! The delivery worker: claims due outbox messages, sends them through the
//! configured notifier a few at a time, and records each outcome. Retryable
//! failures (429, 5xx, timeouts) go back to the outbox with backoff; refusals
//! (400, 403) fail for good at once. Safe to run on every replica.

use chrono::{DateTime, Duration, Utc};
use domain::notifications::{Channel, RetryPolicy};
use futures_util::StreamExt;
use persistence::outbox::{self, OutboxMessage};
use persistence::{Database, PersistenceError};

use super::{Accepted, Notifier, Outgoing, SendError};

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// How long a claim holds before another worker may take the message over.
    /// Longer than any send can take (the client's timeout is far shorter).
    pub lease: Duration,
    pub batch: i64,
    pub concurrency: usize,
    pub retry: RetryPolicy,
}

impl WorkerOptions {
    pub fn from_settings(settings: &super::NotifySettings) -> Self {
        Self {
            lease: Duration::minutes(5),
            batch: i64::from(settings.batch_size),
            concurrency: settings.concurrency,
            retry: settings.retry_policy(),
        }
    }
}

/// What one round did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RoundReport {
    pub claimed: usize,
    /// Accepted by the provider or kept by the mailbox.
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    /// Outcomes another worker's takeover made moot.
    pub lost_claims: usize,
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, PersistenceError> + Send + 'static,
) -> Result<T, PersistenceError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| PersistenceError::Unavailable(format!("worker thread: {e}")))?
}

/// Claims up to one batch of due messages, sends them and records the outcomes.
pub async fn deliver_due<N: Notifier>(
    db: &Database,
    notifier: &N,
    options: &WorkerOptions,
    now: DateTime<Utc>,
) -> Result<RoundReport, PersistenceError> {
    let claim_db = db.clone();
    let (lease, batch) = (options.lease, options.batch);
    let claimed = blocking(move || {
        let mut conn = claim_db.conn()?;
        outbox::claim_due(&mut conn, now, lease, batch)
    })
    .await?;
    if claimed.is_empty() {
        return Ok(RoundReport::default());
    }
    let outcomes: Vec<(OutboxMessage, Result<Accepted, SendError>)> =
        futures_util::stream::iter(claimed)
            .map(|message| async move {
                let result = match Channel::parse(&message.channel) {
                    Some(channel) => {
                        let outgoing = Outgoing {
                            channel,
                            recipient: &message.recipient,
                            subject: &message.subject,
                            body: &message.body,
                            reference: &message.reference,
                        };
                        notifier.send(&outgoing).await
                    }
                    None => Err(SendError::Refused {
                        status: 0,
                        error_type: "UnknownChannel".into(),
                    }),
                };
                (message, result)
            })
            .buffer_unordered(options.concurrency.max(1))
            .collect()
            .await;
    let record_db = db.clone();
    let retry = options.retry;
    blocking(move || record(&record_db, outcomes, &retry, now)).await
}

fn record(
    db: &Database,
    outcomes: Vec<(OutboxMessage, Result<Accepted, SendError>)>,
    retry: &RetryPolicy,
    now: DateTime<Utc>,
) -> Result<RoundReport, PersistenceError> {
    let mut conn = db.conn()?;
    let mut report = RoundReport {
        claimed: outcomes.len(),
        ..RoundReport::default()
    };
    for (message, result) in outcomes {
        let recorded = match &result {
            Ok(Accepted::Delivered) => outbox::record_delivered(&mut conn, &message, now),
            Ok(Accepted::Sent { provider_id }) => {
                outbox::record_accepted(&mut conn, &message, provider_id.as_deref(), now)
            }
            Err(e) if e.is_retryable() => {
                outbox::record_transient_failure(&mut conn, &message, &e.describe(), retry, now)
                    .map(|status| {
                        if status == outbox::Status::FailedPermanently {
                            report.failed += 1;
                        } else {
                            report.retrying += 1;
                        }
                    })
            }
            Err(e) => outbox::record_permanent_failure(&mut conn, &message, &e.describe(), now)
                .map(|()| report.failed += 1),
        };
        match recorded {
            Ok(()) => {
                if result.is_ok() {
                    report.sent += 1;
                }
                if let Err(e) = &result {
                    tracing::warn!(message = %message.id, template = %message.template_key,
                        attempt = message.attempts, error = %e.describe(), "notification not sent");
                }
            }
            Err(PersistenceError::Conflict(_)) => {
                report.lost_claims += 1;
                tracing::warn!(message = %message.id, "outbox claim was taken over; outcome dropped");
            }
            // The message stays claimed and is retried when its lease runs out.
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

/// Runs forever: drains what is due, then waits `poll` before looking again.
pub async fn run<N: Notifier>(
    db: Database,
    notifier: N,
    options: WorkerOptions,
    poll: std::time::Duration,
) {
    loop {
        loop {
            match deliver_due(&db, &notifier, &options, Utc::now()).await {
                Ok(r) if r.claimed == 0 => break,
                Ok(r) => {
                    tracing::debug!(
                        claimed = r.claimed,
                        sent = r.sent,
                        retrying = r.retrying,
                        failed = r.failed,
                        "delivered notifications"
                    );
                    if i64::try_from(r.claimed).unwrap_or(i64::MAX) < options.batch {
                        break;
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "notification delivery round failed");
                    break;
                }
            }
        }
        actix_web::rt::time::sleep(poll).await;
    }
}
