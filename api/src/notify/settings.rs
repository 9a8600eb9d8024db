//! The `[notify]` configuration section. With no API key the local mailbox
//! delivers; with one, GOV.UK Notify does, and the key and template ids are
//! checked at start-up. The key and the callback token never appear in logs.

use std::time::Duration;

use domain::notifications::RetryPolicy;
use serde::Deserialize;

use super::govuk::{ApiKey, NotifyConfig};

pub const DEFAULT_BASE_URL: &str = "https://api.notifications.service.gov.uk";

#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NotifySettings {
    /// A GOV.UK Notify API key; empty means the local mailbox.
    pub api_key: String,
    /// The Notify email template whose subject is `((subject))` and body `((body))`.
    pub email_template_id: String,
    /// The Notify text message template whose body is `((body))`.
    pub sms_template_id: String,
    pub base_url: String,
    /// Seconds between looks at the outbox.
    pub poll_interval_secs: u64,
    /// Attempts per message before it has failed for good.
    pub max_attempts: u32,
    /// The wait after the first failed attempt, doubling each time up to the maximum.
    pub retry_first_delay_secs: i64,
    pub retry_max_delay_secs: i64,
    /// Seconds to wait for Notify before counting the attempt as timed out.
    pub timeout_secs: u64,
    /// Messages claimed at a time, and how many are in flight at once.
    pub batch_size: u32,
    pub concurrency: usize,
    /// The bearer token GOV.UK Notify sends with delivery receipts (set the same
    /// in Notify's callback settings). Empty: receipts are refused.
    pub callback_token: String,
}

impl Default for NotifySettings {
    fn default() -> Self {
        let retry = RetryPolicy::default();
        Self {
            api_key: String::new(),
            email_template_id: String::new(),
            sms_template_id: String::new(),
            base_url: DEFAULT_BASE_URL.into(),
            poll_interval_secs: 5,
            max_attempts: retry.max_attempts,
            retry_first_delay_secs: retry.first_delay_secs,
            retry_max_delay_secs: retry.max_delay_secs,
            timeout_secs: 10,
            batch_size: 50,
            concurrency: 8,
            callback_token: String::new(),
        }
    }
}

impl std::fmt::Debug for NotifySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotifySettings")
            .field(
                "api_key",
                &if self.api_key.is_empty() {
                    "(none: local mailbox)"
                } else {
                    "***"
                },
            )
            .field("email_template_id", &self.email_template_id)
            .field("sms_template_id", &self.sms_template_id)
            .field("base_url", &self.base_url)
            .field("max_attempts", &self.max_attempts)
            .field(
                "callback_token",
                &if self.callback_token.is_empty() {
                    "(none)"
                } else {
                    "***"
                },
            )
            .finish_non_exhaustive()
    }
}

impl NotifySettings {
    /// Checks the section; the error names the key (`notify.api_key`) and why.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        self.notify_config().map(|_| ())?;
        let base = self.base_url.trim_end_matches('/');
        let loopback = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"]
            .iter()
            .any(|p| base.starts_with(p));
        if !(base.starts_with("https://") || loopback) || base.contains(char::is_whitespace) {
            return Err((
                "notify.base_url",
                "must be an https:// URL (plain http only to a loopback address)".into(),
            ));
        }
        for (key, value, min, max) in [
            (
                "notify.poll_interval_secs",
                self.poll_interval_secs,
                1,
                3_600,
            ),
            ("notify.max_attempts", u64::from(self.max_attempts), 1, 100),
            ("notify.timeout_secs", self.timeout_secs, 1, 120),
            ("notify.batch_size", u64::from(self.batch_size), 1, 1_000),
            ("notify.concurrency", self.concurrency as u64, 1, 64),
        ] {
            if !(min..=max).contains(&value) {
                return Err((key, format!("must be between {min} and {max}")));
            }
        }
        if !self.callback_token.is_empty() && self.callback_token.len() < 32 {
            return Err((
                "notify.callback_token",
                "must be at least 32 characters".into(),
            ));
        }
        if self.retry_first_delay_secs < 1 {
            return Err(("notify.retry_first_delay_secs", "must be at least 1".into()));
        }
        if self.retry_max_delay_secs < self.retry_first_delay_secs {
            return Err((
                "notify.retry_max_delay_secs",
                "must be at least notify.retry_first_delay_secs".into(),
            ));
        }
        Ok(())
    }

    /// The Notify client's configuration, or `None` for the local mailbox.
    pub fn notify_config(&self) -> Result<Option<NotifyConfig>, (&'static str, String)> {
        if self.api_key.trim().is_empty() {
            return Ok(None);
        }
        let key = ApiKey::parse(&self.api_key).map_err(|why| ("notify.api_key", why.to_owned()))?;
        for (name, id) in [
            ("notify.email_template_id", &self.email_template_id),
            ("notify.sms_template_id", &self.sms_template_id),
        ] {
            if uuid::Uuid::try_parse(id.trim()).is_err() {
                return Err((
                    name,
                    "must be the id (a UUID) of the generic Notify template, required with notify.api_key"
                        .into(),
                ));
            }
        }
        Ok(Some(NotifyConfig {
            key,
            email_template_id: self.email_template_id.trim().to_owned(),
            sms_template_id: self.sms_template_id.trim().to_owned(),
            base_url: self.base_url.trim_end_matches('/').to_owned(),
            timeout: Duration::from_secs(self.timeout_secs),
        }))
    }

    pub fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy {
            max_attempts: self.max_attempts,
            first_delay_secs: self.retry_first_delay_secs,
            max_delay_secs: self.retry_max_delay_secs,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use crate::config::Settings;

    const KEY: &str = "exampleshire-live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    const TEMPLATE: &str = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    fn load(pairs: &[(&str, &str)]) -> Result<Settings, String> {
        Settings::load_from(
            None,
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        )
        .map_err(|e| e.to_string())
    }

    #[test]
    fn with_no_notify_key_the_local_mailbox_delivers() {
        let s = load(&[]).unwrap();
        assert!(s.notify.notify_config().unwrap().is_none());
        assert_eq!(s.notify.base_url, super::DEFAULT_BASE_URL);
        assert_eq!(s.notify.max_attempts, 10);
    }

    #[test]
    fn a_notify_key_with_its_template_ids_selects_notify_and_never_shows_in_debug() {
        let s = load(&[
            ("EHC__NOTIFY__API_KEY", KEY),
            ("EHC__NOTIFY__EMAIL_TEMPLATE_ID", TEMPLATE),
            ("EHC__NOTIFY__SMS_TEMPLATE_ID", TEMPLATE),
            ("EHC__NOTIFY__MAX_ATTEMPTS", "5"),
        ])
        .unwrap();
        let config = s.notify.notify_config().unwrap().unwrap();
        assert_eq!(
            config.key.service_id(),
            "26785a09-ab16-4eb0-8407-a37497a57506"
        );
        assert_eq!(s.notify.retry_policy().max_attempts, 5);
        for shown in [
            format!("{s:?}"),
            format!("{:?}", s.notify),
            format!("{config:?}"),
        ] {
            assert!(!shown.contains(SECRET), "{shown}");
        }
    }

    #[test]
    fn a_bad_key_missing_template_or_plain_http_url_stops_start_up_naming_the_key() {
        let err = load(&[("EHC__NOTIFY__API_KEY", "not-a-key")]).unwrap_err();
        assert!(
            err.contains("notify.api_key") && err.contains("EHC__NOTIFY__API_KEY"),
            "{err}"
        );
        assert!(
            !err.contains("not-a-key"),
            "the key itself is not echoed: {err}"
        );
        let err = load(&[
            ("EHC__NOTIFY__API_KEY", KEY),
            ("EHC__NOTIFY__EMAIL_TEMPLATE_ID", TEMPLATE),
        ])
        .unwrap_err();
        assert!(err.contains("notify.sms_template_id"), "{err}");
        let err = load(&[("EHC__NOTIFY__BASE_URL", "http://notify.example.org")]).unwrap_err();
        assert!(err.contains("notify.base_url"), "{err}");
        assert!(load(&[("EHC__NOTIFY__BASE_URL", "http://127.0.0.1:9999")]).is_ok());
        let err = load(&[("EHC__NOTIFY__MAX_ATTEMPTS", "0")]).unwrap_err();
        assert!(err.contains("notify.max_attempts"), "{err}");
    }
}
