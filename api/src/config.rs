//! Configuration: built-in defaults, then an optional `ehc-hub.toml`, then
//! `EHC__SECTION__KEY` environment variables. Validated once at start-up with
//! messages that name the bad key. Secrets are never printed (see `Debug`).

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    /// Where the SQLite file, documents and generated keys live.
    pub data_dir: PathBuf,
    pub database: DatabaseSettings,
    pub la: LaSettings,
    pub log: LogSettings,
    pub auth: AuthSettings,
    /// Lockout, session and code lifetimes (security.md defaults).
    #[serde(default)]
    pub sign_in: domain::sign_in::SignInPolicy,
    pub password: PasswordSettings,
    /// GOV.UK Notify, or the local mailbox when no key is set.
    #[serde(default)]
    pub notify: crate::notify::NotifySettings,
    /// Where documents are kept, their size limits and the virus scanner.
    #[serde(default)]
    pub documents: crate::documents::DocumentSettings,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// Base64 of at least 32 random bytes. Empty: generated once and kept in
    /// `<data_dir>/secret.key`. Replicas must share one: set it explicitly there.
    pub secret_key: String,
    /// Cookies marked Secure with the `__Host-` prefix. Only a loopback
    /// development server may turn this off.
    pub cookie_secure: bool,
    /// Requests a minute one address may make to `/api/v1/auth/...`.
    pub rate_limit_per_minute: u32,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordSettings {
    /// `nist` (12+ characters, no composition rules) or `legacy_composition`
    /// (8+ with a capital and a symbol); the deny list applies to both.
    pub preset: domain::password::PasswordPreset,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub host: String,
    pub port: u16,
    /// The built SPA (`frontend/dist`), served from `/`.
    pub spa_dir: PathBuf,
    /// Largest JSON request body accepted, in bytes.
    pub json_limit_bytes: usize,
    /// Send Strict-Transport-Security: set when the service is reached over TLS.
    pub hsts: bool,
    /// HTTP worker threads; 0 means one per core.
    pub workers: usize,
    /// The address people reach the service at, for links in emails
    /// (`https://ehc.example.gov.uk`). Empty: `http://<host>:<port>`.
    pub public_url: String,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `sqlite://path` or `postgres://...`; empty means a SQLite file in the data dir.
    pub url: String,
    pub max_connections: u32,
    /// Seconds a request waits for a connection before answering 503.
    pub acquire_timeout_secs: u64,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaSettings {
    /// The authority's name, shown in the header and on letters.
    pub name: String,
    /// Days contributors keep access after a plan is issued (default 60).
    pub grace_period_days: u32,
    /// Days after an advice request that the reminder goes (default 28: 4 weeks).
    pub reminder_offset_days: u32,
    /// Deadlines due within this many days are "impending" (default 14).
    pub impending_window_days: u32,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    /// `text` for people, `json` for log collectors.
    pub format: LogFormat,
    /// A tracing filter, e.g. `info` or `info,api=debug`.
    pub level: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

const DEFAULTS: &str = r#"
data_dir = "./data"

[server]
host = "127.0.0.1"
port = 8080
spa_dir = "frontend/dist"
json_limit_bytes = 1048576
hsts = false
workers = 0
public_url = ""

[database]
url = ""
max_connections = 8
acquire_timeout_secs = 5

[la]
name = "Example Local Authority"
grace_period_days = 60
reminder_offset_days = 28
impending_window_days = 14

[log]
format = "text"
level = "info"

[auth]
secret_key = ""
cookie_secure = true
rate_limit_per_minute = 60

[password]
preset = "nist"
"#;

/// A configuration problem, naming the key as the operator would write it.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {0}")]
pub struct ConfigError(String);

impl Settings {
    /// Defaults -> `ehc-hub.toml` in the working directory (or the file named by
    /// `EHC_CONFIG`) -> `EHC__*` environment variables.
    pub fn load() -> Result<Self, ConfigError> {
        let file = std::env::var("EHC_CONFIG").unwrap_or_else(|_| "ehc-hub.toml".into());
        let env: Vec<(String, String)> = std::env::vars().collect();
        Self::load_from(Some(Path::new(&file)), env)
    }

    /// The same layering from an explicit file and environment, for tests.
    pub fn load_from(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(path) = file {
            builder = builder.add_source(config::File::from(path).required(false));
        }
        let env_map: std::collections::HashMap<String, String> = env
            .into_iter()
            .filter(|(k, _)| k.starts_with("EHC__"))
            .collect();
        builder = builder.add_source(
            config::Environment::with_prefix("EHC")
                .prefix_separator("__")
                .separator("__")
                .try_parsing(true)
                .source(Some(env_map)),
        );
        let raw = builder.build().map_err(|e| ConfigError(explain(e)))?;
        let settings: Settings = raw.try_deserialize().map_err(|e| ConfigError(explain(e)))?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: String| {
            Err(ConfigError(format!(
                "{key} (EHC__{}): {why}",
                key.to_uppercase().replace('.', "__")
            )))
        };
        if self.server.host.parse::<IpAddr>().is_err() && self.server.host != "localhost" {
            return bad(
                "server.host",
                format!("'{}' is not an IP address", self.server.host),
            );
        }
        if self.server.port == 0 {
            return bad("server.port", "must be between 1 and 65535".into());
        }
        let url = &self.server.public_url;
        if !url.is_empty() && !url.starts_with("https://") && !url.starts_with("http://") {
            return bad(
                "server.public_url",
                "must start with https:// (or http:// in development)".into(),
            );
        }
        if self.server.json_limit_bytes < 1024 {
            return bad("server.json_limit_bytes", "must be at least 1024".into());
        }
        if !self.database.url.is_empty()
            && let Err(why) = persistence::db::Target::parse(&self.database.url)
        {
            return bad("database.url", why);
        }
        if self.database.max_connections == 0 {
            return bad("database.max_connections", "must be at least 1".into());
        }
        if self.database.acquire_timeout_secs == 0 {
            return bad("database.acquire_timeout_secs", "must be at least 1".into());
        }
        if let Err(e) = self.la_config() {
            return bad(&format!("la.{}", e.field), e.message);
        }
        if self.la.name.trim().is_empty() {
            return bad("la.name", "must not be empty".into());
        }
        if !self.auth.cookie_secure && !is_loopback(&self.server.host) {
            return bad(
                "auth.cookie_secure",
                "may be false only when server.host is a loopback address (development)".into(),
            );
        }
        if self.auth.rate_limit_per_minute == 0 {
            return bad("auth.rate_limit_per_minute", "must be at least 1".into());
        }
        if !self.auth.secret_key.is_empty()
            && crate::auth::secrets::decode_key(&self.auth.secret_key).is_err()
        {
            return bad(
                "auth.secret_key",
                "must be base64 of at least 32 bytes".into(),
            );
        }
        let p = &self.sign_in;
        for (key, value) in [
            ("sign_in.max_failures", i64::from(p.max_failures)),
            ("sign_in.lockout_minutes", p.lockout_minutes),
            ("sign_in.idle_timeout_minutes", p.idle_timeout_minutes),
            ("sign_in.absolute_timeout_hours", p.absolute_timeout_hours),
            ("sign_in.pending_minutes", p.pending_minutes),
            ("sign_in.sms_code_minutes", p.sms_code_minutes),
            ("sign_in.sms_per_hour", i64::from(p.sms_per_hour)),
            ("sign_in.invitation_days", p.invitation_days),
            ("sign_in.reset_minutes", p.reset_minutes),
        ] {
            if value < 1 {
                return bad(key, "must be at least 1".into());
            }
        }
        if let Err((key, why)) = self.notify.validate() {
            return bad(key, why);
        }
        if let Err((key, why)) = self.documents.validate() {
            return bad(key, why);
        }
        if tracing_subscriber::EnvFilter::try_new(&self.log.level).is_err() {
            return bad(
                "log.level",
                format!("'{}' is not a valid log filter", self.log.level),
            );
        }
        Ok(())
    }

    pub fn password_policy(&self) -> domain::password::PasswordPolicy {
        match self.password.preset {
            domain::password::PasswordPreset::Nist => domain::password::PasswordPolicy::nist(),
            domain::password::PasswordPreset::LegacyComposition => {
                domain::password::PasswordPolicy::legacy_composition()
            }
        }
    }

    /// The LA's own settings for the statutory engine, checked.
    pub fn la_config(&self) -> Result<domain::rules::LaConfig, domain::people::InvalidValue> {
        domain::rules::LaConfig::new(
            self.la.grace_period_days,
            self.la.reminder_offset_days,
            self.la.impending_window_days,
        )
    }

    /// The base of links in messages, without a trailing slash.
    pub fn public_url(&self) -> String {
        if self.server.public_url.is_empty() {
            format!("http://{}:{}", self.server.host, self.server.port)
        } else {
            self.server.public_url.trim_end_matches('/').to_owned()
        }
    }

    /// The database URL in force: the configured one, or a SQLite file in the data dir.
    pub fn database_url(&self) -> String {
        if self.database.url.is_empty() {
            format!(
                "sqlite://{}",
                self.data_dir.join("ehc-hub.sqlite").display()
            )
        } else {
            self.database.url.clone()
        }
    }

    pub fn pool_options(&self) -> persistence::PoolOptions {
        persistence::PoolOptions {
            max_connections: self.database.max_connections,
            acquire_timeout: std::time::Duration::from_secs(self.database.acquire_timeout_secs),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Hides credentials in a database URL (`postgres://user:secret@host` -> `postgres://user:***@host`).
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("server.host", &self.server.host)
            .field("server.port", &self.server.port)
            .field("data_dir", &self.data_dir)
            .field("database.url", &redact_url(&self.database_url()))
            .field("la.name", &self.la.name)
            .field(
                "auth.secret_key",
                &if self.auth.secret_key.is_empty() {
                    "(generated)"
                } else {
                    "***"
                },
            )
            .field("notify", &self.notify)
            .field("documents", &self.documents)
            .finish_non_exhaustive()
    }
}

/// The config crate's messages name keys in its own dotted form; say which
/// environment variable to look at too.
fn explain(err: config::ConfigError) -> String {
    let text = err.to_string();
    match text.split_once("for key `") {
        Some((_, rest)) => {
            let key = rest.split('`').next().unwrap_or_default();
            format!(
                "{text} (environment variable EHC__{})",
                key.to_uppercase().replace('.', "__")
            )
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn with_no_configuration_at_all_the_service_runs_on_sqlite_in_the_data_dir() {
        let s = Settings::load_from(None, env(&[])).unwrap();
        assert_eq!(s.server.host, "127.0.0.1");
        assert_eq!(s.server.port, 8080);
        assert_eq!(s.database_url(), "sqlite://./data/ehc-hub.sqlite");
        assert_eq!(s.la.name, "Example Local Authority");
    }

    #[test]
    fn environment_variables_override_the_file_which_overrides_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ehc-hub.toml");
        std::fs::write(
            &file,
            "[server]\nport = 9000\n[la]\nname = \"From File Council\"\n",
        )
        .unwrap();
        let s = Settings::load_from(
            Some(&file),
            env(&[
                ("EHC__LA__NAME", "Exampleshire County Council"),
                ("EHC__DATA_DIR", "/srv/ehc"),
            ]),
        )
        .unwrap();
        assert_eq!(s.server.port, 9000);
        assert_eq!(s.la.name, "Exampleshire County Council");
        assert_eq!(s.database_url(), "sqlite:///srv/ehc/ehc-hub.sqlite");
    }

    #[test]
    fn a_bad_value_is_refused_naming_the_key() {
        let err = Settings::load_from(None, env(&[("EHC__SERVER__PORT", "eighty")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("server.port"), "{err}");
        let err = Settings::load_from(None, env(&[("EHC__DATABASE__URL", "mysql://x")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("EHC__DATABASE__URL"), "{err}");
        let err = Settings::load_from(None, env(&[("EHC__LA__NAME", "  ")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("la.name"), "{err}");
    }

    #[test]
    fn an_unknown_key_in_the_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ehc-hub.toml");
        std::fs::write(&file, "[server]\nprot = 9000\n").unwrap();
        let err = Settings::load_from(Some(&file), env(&[]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("prot"), "{err}");
    }

    #[test]
    fn sign_in_limits_can_be_shortened_for_a_test_and_insecure_cookies_need_loopback() {
        let s =
            Settings::load_from(None, env(&[("EHC__SIGN_IN__IDLE_TIMEOUT_MINUTES", "3")])).unwrap();
        assert_eq!(s.sign_in.idle_timeout_minutes, 3);
        assert_eq!(s.sign_in.max_failures, 10, "the rest keep their defaults");
        assert!(Settings::load_from(None, env(&[("EHC__AUTH__COOKIE_SECURE", "false")])).is_ok());
        let err = Settings::load_from(
            None,
            env(&[
                ("EHC__AUTH__COOKIE_SECURE", "false"),
                ("EHC__SERVER__HOST", "0.0.0.0"),
            ]),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("auth.cookie_secure"), "{err}");
        let err = Settings::load_from(None, env(&[("EHC__AUTH__SECRET_KEY", "c2hvcnQ=")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("auth.secret_key"), "{err}");
    }

    #[test]
    fn the_secret_key_never_appears_in_debug_output() {
        let key = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB";
        let s = Settings::load_from(None, env(&[("EHC__AUTH__SECRET_KEY", key)])).unwrap();
        assert!(!format!("{s:?}").contains(key));
    }

    #[test]
    fn database_passwords_never_appear_in_debug_output() {
        let s = Settings::load_from(
            None,
            env(&[(
                "EHC__DATABASE__URL",
                "postgres://ehc:hunter2secret@db.internal/ehc",
            )]),
        )
        .unwrap();
        let shown = format!("{s:?}");
        assert!(!shown.contains("hunter2secret"), "{shown}");
        assert!(shown.contains("postgres://ehc:***@db.internal/ehc"));
    }
}
