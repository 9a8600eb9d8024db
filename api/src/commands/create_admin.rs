//! `ehc-hub create-admin`: the first administrator, who then invites everyone else.

use std::io::IsTerminal;

use anyhow::{Context, bail};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::people::{DisplayName, Email, Role, UserId, UserStatus};
use persistence::users::{self, NewUser};

use crate::config::Settings;

#[derive(clap::Args)]
pub struct Args {
    /// The administrator's email address (their sign-in name).
    #[arg(long)]
    email: Option<String>,
    /// Their name as shown to others.
    #[arg(long)]
    name: Option<String>,
    /// Read the password from the first line of standard input instead of prompting.
    #[arg(long)]
    password_stdin: bool,
}

pub fn run(settings: &Settings, args: Args) -> anyhow::Result<()> {
    let email = match args.email {
        Some(e) => e,
        None => prompt("Email address: ")?,
    };
    let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("{}", e.message))?;
    let name = match args.name {
        Some(n) => n,
        None => prompt("Full name: ")?,
    };
    let name = DisplayName::parse(&name).map_err(|e| anyhow::anyhow!("{}", e.message))?;
    let password = if args.password_stdin || !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("cannot read the password")?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        let first = rpassword::prompt_password("Password: ")?;
        if rpassword::prompt_password("Password again: ")? != first {
            bail!("the two passwords do not match");
        }
        first
    };
    let context = [settings.la.name.as_str(), email.local_part()];
    domain::password::PasswordPolicy::default()
        .check(&password, &context)
        .map_err(|problems| {
            anyhow::anyhow!(
                "the password is not acceptable: {}",
                problems
                    .iter()
                    .map(|p| p.message())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })?;

    let db = super::migrate(settings)?;
    let hash = crate::passwords::hash(&password).map_err(|e| anyhow::anyhow!(e))?;
    let new = NewUser {
        id: UserId::new(uuid::Uuid::new_v4().to_string()),
        email,
        display_name: name,
        role: Role::Administrator,
        status: UserStatus::Active,
        password_hash: Some(hash),
    };
    let event = NewAuditEvent::new(AuditActor::System, "user.created", AuditOutcome::Success)
        .object("user", new.id.as_str())
        .detail("administrator created from the command line");
    let user = db
        .transaction(|c| users::create(c, &new, &event, chrono::Utc::now()))
        .map_err(|e| match e {
            persistence::PersistenceError::Conflict(_) => {
                anyhow::anyhow!("an account with the email {} already exists", new.email)
            }
            other => anyhow::anyhow!(other),
        })?;
    println!(
        "Created administrator {} <{}>",
        user.display_name.as_str(),
        user.email
    );
    Ok(())
}

fn prompt(label: &str) -> anyhow::Result<String> {
    use std::io::Write;
    print!("{label}");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim().to_owned())
}
