//! Key material. One master key, from configuration or generated once into the
//! data directory (mode 0600); purpose-specific keys are derived from it so that
//! no key serves two jobs (session tokens, encryption at rest, code hashing).

use std::io::Write;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The derived keys. Never logged: `Debug` shows nothing of them.
#[derive(Clone)]
pub struct Keys {
    pub session_jwt: [u8; 32],
    pub client_jwt: [u8; 32],
    pub encryption: [u8; 32],
    pub code_pepper: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(***)")
    }
}

pub fn decode_key(encoded: &str) -> Result<Vec<u8>, String> {
    let bytes = STANDARD.decode(encoded.trim()).map_err(|e| e.to_string())?;
    if bytes.len() < 32 {
        return Err("too short".into());
    }
    Ok(bytes)
}

fn derive(master: &[u8], purpose: &str) -> [u8; 32] {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(master).unwrap_or_else(|_| {
        // HMAC accepts keys of any length; this branch cannot be reached.
        <HmacSha256 as Mac>::new_from_slice(&[0u8; 32]).unwrap_or_else(|_| unreachable!())
    });
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

impl Keys {
    pub fn from_master(master: &[u8]) -> Self {
        Self {
            session_jwt: derive(master, "ehc-hub session jwt v1"),
            client_jwt: derive(master, "ehc-hub client jwt v1"),
            encryption: derive(master, "ehc-hub encryption at rest v1"),
            code_pepper: derive(master, "ehc-hub code hashing v1"),
        }
    }

    /// The configured key, or the one in `<data_dir>/secret.key`, created if absent.
    pub fn load(configured: &str, data_dir: &Path) -> anyhow::Result<Self> {
        if !configured.is_empty() {
            let master =
                decode_key(configured).map_err(|e| anyhow::anyhow!("auth.secret_key: {e}"))?;
            return Ok(Self::from_master(&master));
        }
        let path = data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let master = decode_key(&text)
                    .map_err(|e| anyhow::anyhow!("{} is not a valid key: {e}", path.display()))?;
                Ok(Self::from_master(&master))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let master: [u8; 64] = rand::random();
                std::fs::create_dir_all(data_dir)?;
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(&path)?;
                writeln!(file, "{}", STANDARD.encode(master))?;
                tracing::info!(path = %path.display(), "generated a new secret key");
                Ok(Self::from_master(&master))
            }
            Err(e) => Err(anyhow::anyhow!("cannot read {}: {e}", path.display())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_is_kept_private_and_reused_on_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let first = Keys::load("", dir.path()).unwrap();
        let again = Keys::load("", dir.path()).unwrap();
        assert_eq!(first.session_jwt, again.session_jwt);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secret.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn each_purpose_gets_its_own_key() {
        let keys = Keys::from_master(&[7u8; 32]);
        assert_ne!(keys.session_jwt, keys.encryption);
        assert_ne!(keys.encryption, keys.code_pepper);
        assert_eq!(format!("{keys:?}"), "Keys(***)");
    }
}
