//! `ehc-hub audit-verify`: seals what has settled, then walks the chain.

use anyhow::bail;
use persistence::audit_seal;

use crate::config::Settings;

pub fn run(settings: &Settings) -> anyhow::Result<()> {
    let db = super::migrate(settings)?;
    let mut conn = db.conn()?;
    while audit_seal::seal_pending(&mut conn, chrono::Utc::now(), 5_000)? > 0 {}
    let v = audit_seal::verify(&mut conn)?;
    match v.first_broken {
        Some(seq) => bail!(
            "audit entry {seq} does not match its seal: the trail was altered at or after it \
             ({} entries before it verified)",
            v.verified
        ),
        None => {
            println!(
                "{} audit entries verified; every seal matches ({} too recent to seal yet)",
                v.verified, v.unsealed
            );
            Ok(())
        }
    }
}
