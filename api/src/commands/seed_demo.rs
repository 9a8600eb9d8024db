//! `ehc-hub seed-demo`: a demonstration local authority, so a newcomer can sign
//! in as every role and look around. It grows as features land. Every demo
//! account's password is `DEMO_PASSWORD` (listed in the README).

use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::people::{DisplayName, Email, Role, UserId, UserStatus};
use persistence::users::{self, NewUser};
use persistence::{Database, PersistenceError};

use crate::config::Settings;

pub const DEMO_PASSWORD: &str = "violet harbour lantern";

/// The demo people: (email, name, role). Emails use the reserved example.org domain.
pub const DEMO_USERS: &[(&str, &str, Role)] = &[
    ("admin@example.org", "Ada Adeyemi", Role::Administrator),
    (
        "coordinator@example.org",
        "Chris Okafor",
        Role::CaseCoordinator,
    ),
    (
        "coordinator2@example.org",
        "Morgan Hughes",
        Role::CaseCoordinator,
    ),
    ("senco@example.org", "Sam Patel", Role::Setting),
    ("headteacher@example.org", "Jordan Reid", Role::Setting),
    ("ep@example.org", "Priya Shah", Role::Contributor),
    (
        "health.manager@example.org",
        "Dr Alex Morgan",
        Role::Contributor,
    ),
    ("physio@example.org", "Lee Chen", Role::Contributor),
    (
        "social.worker@example.org",
        "Rowan Ellis",
        Role::Contributor,
    ),
    ("parent@example.org", "Pat Taylor", Role::Family),
];

#[derive(clap::Args)]
pub struct Args {
    /// Do nothing if the database already has any account (used by `make run`).
    #[arg(long)]
    if_empty: bool,
}

pub fn run(settings: &Settings, args: &Args) -> anyhow::Result<()> {
    let db = super::migrate(settings)?;
    let created = seed(&db, args.if_empty)?;
    if created == 0 {
        println!("The demo data is already there; nothing to add.");
    } else {
        println!(
            "Added {created} demo accounts. Every one signs in with the password \"{DEMO_PASSWORD}\"."
        );
    }
    Ok(())
}

/// Adds whatever of the demo is missing; returns how many accounts it created.
pub fn seed(db: &Database, if_empty: bool) -> anyhow::Result<usize> {
    let mut conn = db.conn()?;
    if if_empty && users::count(&mut conn)? > 0 {
        return Ok(0);
    }
    drop(conn);
    // One hash serves every demo account: argon2 is slow on purpose.
    let hash = crate::passwords::hash(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!(e))?;
    let now = chrono::Utc::now();
    let created = db.transaction(|c| {
        let mut created = 0;
        for (email, name, role) in DEMO_USERS {
            let email =
                Email::parse(email).map_err(|e| PersistenceError::Database(e.to_string()))?;
            match users::find_by_email(c, &email) {
                Ok(_) => continue,
                Err(PersistenceError::NotFound) => {}
                Err(e) => return Err(e),
            }
            let new = NewUser {
                id: UserId::new(uuid::Uuid::new_v4().to_string()),
                email,
                display_name: DisplayName::parse(name)
                    .map_err(|e| PersistenceError::Database(e.to_string()))?,
                role: *role,
                status: UserStatus::Active,
                password_hash: Some(hash.clone()),
            };
            let event =
                NewAuditEvent::new(AuditActor::System, "user.created", AuditOutcome::Success)
                    .object("user", new.id.as_str())
                    .detail("demo account");
            users::create(c, &new, &event, now)?;
            created += 1;
        }
        Ok(created)
    })?;
    Ok(created)
}
