//! Sending what the outbox holds. A [`Notifier`] delivers one rendered message;
//! two real ones exist: GOV.UK Notify, and the local mailbox (the default without
//! a Notify key), which keeps messages in the database for `ehc-hub mailbox`.
//! The worker in [`worker`] claims due messages and records each outcome.

pub mod govuk;
pub mod mailbox;
pub mod settings;
pub mod worker;

use std::future::Future;

use domain::notifications::Channel;

pub use govuk::{ApiKey, NotifyClient};
pub use mailbox::LocalMailbox;
pub use settings::NotifySettings;

/// One message as it leaves the outbox: already rendered, addressed, referenced.
#[derive(Debug, Clone, Copy)]
pub struct Outgoing<'a> {
    pub channel: Channel,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// Our idempotency reference; free of personal data.
    pub reference: &'a str,
}

/// What a notifier did with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// Handed to the provider, which will send a delivery receipt later.
    /// `None` when it accepted but its answer could not be read.
    Sent { provider_id: Option<String> },
    /// Delivered already (the local mailbox).
    Delivered,
}

/// Why a message did not go. The worker acts on the kind, never on text, and
/// the [`describe`](SendError::describe) form is what the outbox stores: a status
/// and an error type, never the provider's message, which may echo an address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("rate limited (429 {error_type})")]
    RateLimited { error_type: String },
    #[error("provider error ({status} {error_type})")]
    Provider { status: u16, error_type: String },
    #[error("the provider did not answer in time")]
    Timeout,
    #[error("cannot reach the provider")]
    Unreachable,
    /// 400 and 403: our request or our key is wrong; retrying cannot help.
    #[error("refused ({status} {error_type})")]
    Refused { status: u16, error_type: String },
}

impl SendError {
    /// 429, 5xx, timeouts and connection failures are worth another try.
    pub fn is_retryable(&self) -> bool {
        !matches!(self, SendError::Refused { .. })
    }

    /// The text kept in the outbox's `last_error`.
    pub fn describe(&self) -> String {
        match self {
            SendError::RateLimited { error_type } => format!("notify 429 {error_type}"),
            SendError::Provider { status, error_type }
            | SendError::Refused { status, error_type } => format!("notify {status} {error_type}"),
            SendError::Timeout => "notify timeout".into(),
            SendError::Unreachable => "notify unreachable".into(),
        }
    }
}

/// Delivers one message.
pub trait Notifier: Send + Sync {
    fn send(
        &self,
        message: &Outgoing<'_>,
    ) -> impl Future<Output = Result<Accepted, SendError>> + Send;

    /// For logs: which notifier is in use.
    fn name(&self) -> &'static str;
}

/// The notifier configuration chose.
pub enum Configured {
    Notify(NotifyClient),
    Mailbox(LocalMailbox),
}

impl Configured {
    /// GOV.UK Notify when a key is configured, else the local mailbox.
    pub fn from_settings(settings: &NotifySettings) -> Result<Self, (&'static str, String)> {
        match settings.notify_config()? {
            Some(config) => NotifyClient::new(config)
                .map(Configured::Notify)
                .map_err(|e| ("notify", format!("cannot build the HTTP client: {e}"))),
            None => Ok(Configured::Mailbox(LocalMailbox)),
        }
    }
}

impl Notifier for Configured {
    async fn send(&self, message: &Outgoing<'_>) -> Result<Accepted, SendError> {
        match self {
            Configured::Notify(n) => n.send(message).await,
            Configured::Mailbox(m) => m.send(message).await,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Configured::Notify(n) => n.name(),
            Configured::Mailbox(m) => m.name(),
        }
    }
}
