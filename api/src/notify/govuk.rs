//! The GOV.UK Notify client (security.md, "GOV.UK Notify client facts"). Our own
//! templates are rendered before they reach the outbox, so every message goes
//! through one generic Notify template per channel: `((subject))` and `((body))`
//! for email, `((body))` for SMS. Each request carries a fresh HS256 token.

use std::time::Duration;

use domain::notifications::Channel;
use serde::{Deserialize, Serialize};

use super::{Accepted, Notifier, Outgoing, SendError};

/// A Notify API key, `{name}-{service id}-{secret}`. The name may contain
/// hyphens, so the two UUIDs are read from the end.
#[derive(Clone)]
pub struct ApiKey {
    service_id: String,
    secret: String,
}

impl ApiKey {
    pub fn parse(key: &str) -> Result<Self, &'static str> {
        const WHAT: &str = "must be a GOV.UK Notify API key: {name}-{service id}-{secret key}";
        let key = key.trim();
        // name, '-', 36-character service id, '-', 36-character secret
        if !key.is_ascii() || key.len() < 75 {
            return Err(WHAT);
        }
        let n = key.len();
        let service_id = &key[n - 73..n - 37];
        let secret = &key[n - 36..];
        let separators = key.as_bytes()[n - 37] == b'-' && key.as_bytes()[n - 74] == b'-';
        if !separators
            || uuid::Uuid::try_parse(service_id).is_err()
            || uuid::Uuid::try_parse(secret).is_err()
        {
            return Err(WHAT);
        }
        Ok(Self {
            service_id: service_id.to_owned(),
            secret: secret.to_owned(),
        })
    }

    pub fn service_id(&self) -> &str {
        &self.service_id
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKey")
            .field("service_id", &self.service_id)
            .field("secret", &"***")
            .finish()
    }
}

#[derive(Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub iat: i64,
}

/// What the client needs, validated from `[notify]`.
#[derive(Debug, Clone)]
pub struct NotifyConfig {
    pub key: ApiKey,
    pub email_template_id: String,
    pub sms_template_id: String,
    /// Without a trailing slash.
    pub base_url: String,
    pub timeout: Duration,
}

pub struct NotifyClient {
    http: reqwest::Client,
    config: NotifyConfig,
}

#[derive(Serialize)]
struct EmailRequest<'a> {
    email_address: &'a str,
    template_id: &'a str,
    personalisation: EmailPersonalisation,
    reference: &'a str,
}

#[derive(Serialize)]
struct EmailPersonalisation {
    subject: String,
    body: String,
}

#[derive(Serialize)]
struct SmsRequest<'a> {
    phone_number: &'a str,
    template_id: &'a str,
    personalisation: SmsPersonalisation,
    reference: &'a str,
}

#[derive(Serialize)]
struct SmsPersonalisation {
    body: String,
}

#[derive(Deserialize)]
struct Created {
    id: String,
}

#[derive(Deserialize)]
struct ErrorBody {
    errors: Vec<ErrorItem>,
}

#[derive(Deserialize)]
struct ErrorItem {
    error: String,
}

impl NotifyClient {
    pub fn new(config: NotifyConfig) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .user_agent(concat!("ehc-hub/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self { http, config })
    }

    /// A token for one request: Notify refuses tokens older than 30 seconds.
    pub fn token(&self, now_unix: i64) -> Result<String, jsonwebtoken::errors::Error> {
        let header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
        let claims = Claims {
            iss: self.config.key.service_id.clone(),
            iat: now_unix,
        };
        let key = jsonwebtoken::EncodingKey::from_secret(self.config.key.secret.as_bytes());
        jsonwebtoken::encode(&header, &claims, &key)
    }

    async fn post<B: Serialize>(&self, path: &str, body: &B) -> Result<Accepted, SendError> {
        let token = self
            .token(chrono::Utc::now().timestamp())
            .map_err(|_| SendError::Refused {
                status: 0,
                error_type: "TokenError".into(),
            })?;
        let response = self
            .http
            .post(format!("{}{path}", self.config.base_url))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(transport_error)?;
        if (200..300).contains(&status) {
            // Accepted. An unreadable answer must not cause a second send.
            let provider_id = serde_json::from_slice::<Created>(&bytes).ok().map(|c| c.id);
            if provider_id.is_none() {
                tracing::warn!(
                    status,
                    "Notify accepted a message but its answer was unreadable"
                );
            }
            return Ok(Accepted::Sent { provider_id });
        }
        let error_type = serde_json::from_slice::<ErrorBody>(&bytes)
            .ok()
            .and_then(|b| b.errors.into_iter().next())
            .map_or_else(|| "unknown".to_owned(), |e| clean_error_type(&e.error));
        Err(match status {
            429 => SendError::RateLimited { error_type },
            400..=499 => SendError::Refused { status, error_type },
            _ => SendError::Provider { status, error_type },
        })
    }
}

fn transport_error(err: reqwest::Error) -> SendError {
    if err.is_timeout() {
        SendError::Timeout
    } else {
        SendError::Unreachable
    }
}

/// Error types are identifiers like `BadRequestError`; keep them that way in
/// our logs and the outbox whatever the server sends.
fn clean_error_type(raw: &str) -> String {
    let cleaned: String = raw
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(60)
        .collect();
    if cleaned.is_empty() {
        "unknown".into()
    } else {
        cleaned
    }
}

/// Makes text safe to hand to Notify as personalisation: one newline style, no
/// control characters, no invisible direction or zero-width characters that
/// could disguise a link, and no `((` that could read as a placeholder.
pub fn sanitise(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => {}
            c => out.push(c),
        }
    }
    while out.contains("((") || out.contains("))") {
        out = out.replace("((", "( (").replace("))", ") )");
    }
    out
}

impl Notifier for NotifyClient {
    async fn send(&self, message: &Outgoing<'_>) -> Result<Accepted, SendError> {
        match message.channel {
            Channel::Email => {
                let body = EmailRequest {
                    email_address: message.recipient,
                    template_id: &self.config.email_template_id,
                    personalisation: EmailPersonalisation {
                        subject: sanitise(message.subject),
                        body: sanitise(message.body),
                    },
                    reference: message.reference,
                };
                self.post("/v2/notifications/email", &body).await
            }
            Channel::Sms => {
                let body = SmsRequest {
                    phone_number: message.recipient,
                    template_id: &self.config.sms_template_id,
                    personalisation: SmsPersonalisation {
                        body: sanitise(message.body),
                    },
                    reference: message.reference,
                };
                self.post("/v2/notifications/sms", &body).await
            }
        }
    }

    fn name(&self) -> &'static str {
        "GOV.UK Notify"
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    const SERVICE: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
    const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";

    #[test]
    fn a_key_is_read_from_its_end_so_the_name_may_contain_hyphens() {
        let key = ApiKey::parse(&format!("exampleshire-live-key-{SERVICE}-{SECRET}")).unwrap();
        assert_eq!(key.service_id(), SERVICE);
        assert_eq!(key.secret, SECRET);
        assert!(!format!("{key:?}").contains(SECRET));
    }

    #[test]
    fn malformed_keys_are_refused() {
        for bad in [
            String::new(),
            format!("{SERVICE}-{SECRET}"),
            format!("name-{SERVICE}{SECRET}x"),
            format!("name-{SERVICE}-{}", &SECRET[..35]),
            format!("name-{}-{SECRET}", SERVICE.replace('a', "z")),
            format!("naméé-{SERVICE}-{SECRET}"),
        ] {
            assert!(ApiKey::parse(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sanitising_keeps_lines_and_drops_what_could_disguise_or_inject() {
        assert_eq!(sanitise("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(sanitise("pay\u{202E}moc.evil\u{0007}"), "paymoc.evil");
        assert_eq!(sanitise("((code)))"), "( (code) ) )");
        assert_eq!(sanitise("tab\there"), "tab here");
    }
}
