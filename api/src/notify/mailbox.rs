//! The local mailbox: the default notifier when no GOV.UK Notify key is set. The
//! outbox row already holds the rendered message, so delivering is keeping it;
//! `ehc-hub mailbox` prints what arrived, so sign-in codes and invitation links
//! work on a laptop with no provider at all.

use super::{Accepted, Notifier, Outgoing, SendError};

#[derive(Debug, Clone, Copy, Default)]
pub struct LocalMailbox;

impl Notifier for LocalMailbox {
    async fn send(&self, _message: &Outgoing<'_>) -> Result<Accepted, SendError> {
        Ok(Accepted::Delivered)
    }

    fn name(&self) -> &'static str {
        "local mailbox"
    }
}
