//! `ehc-hub mailbox`: the latest messages in the outbox, newest first, so that
//! sign-in codes and invitation links can be read on a machine with no provider.

use std::io::Write;

use persistence::outbox::{self, OutboxMessage};

use crate::config::Settings;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// How many messages to show.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(i64).range(1..=1000))]
    pub limit: i64,
    /// Only messages to this email address or phone number.
    #[arg(long)]
    pub to: Option<String>,
}

pub fn run(settings: &Settings, args: &Args) -> anyhow::Result<()> {
    let db = super::migrate(settings)?;
    let mut conn = db.conn()?;
    let messages = outbox::latest(&mut conn, args.to.as_deref(), args.limit)?;
    let mut out = std::io::stdout().lock();
    if messages.is_empty() {
        writeln!(out, "The mailbox is empty.")?;
    }
    for message in &messages {
        write_message(&mut out, message)?;
    }
    Ok(())
}

/// One message as a person reads it.
pub fn write_message(out: &mut impl Write, m: &OutboxMessage) -> std::io::Result<()> {
    writeln!(out, "──────────────────────────────────────────")?;
    writeln!(
        out,
        "To:      {} ({})",
        m.recipient,
        if m.channel == "sms" {
            "text message"
        } else {
            "email"
        }
    )?;
    writeln!(
        out,
        "Time:    {} UTC",
        m.created_at.format("%Y-%m-%d %H:%M:%S")
    )?;
    writeln!(out, "Status:  {}", m.status)?;
    if m.channel != "sms" {
        writeln!(out, "Subject: {}", m.subject)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", m.body)?;
    writeln!(out)
}
