//! `Idempotency-Key` on requests that create things: the first answer is kept
//! (in the same transaction as what it created) and a retry with the same key
//! gets it again, so an integrator's retry never creates a second case or a
//! second advice response. A key reused for a different request is refused.

use std::future::{Ready, ready};

use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload};
use chrono::{DateTime, Utc};
use persistence::idempotency::{self, Remembered};
use persistence::{Database, DbConnection};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::problem::ApiError;

pub const HEADER: &str = "Idempotency-Key";

/// The request's `Idempotency-Key`, if it sent one (1-200 visible ASCII characters).
#[derive(Debug, Clone, Default)]
pub struct IdempotencyKey(pub Option<String>);

impl FromRequest for IdempotencyKey {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(raw) = req.headers().get(HEADER) else {
            return ready(Ok(IdempotencyKey(None)));
        };
        ready(match raw.to_str() {
            Ok(key)
                if (1..=200).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic()) =>
            {
                Ok(IdempotencyKey(Some(key.to_owned())))
            }
            _ => Err(ApiError::BadRequest(
                "Idempotency-Key must be 1 to 200 visible ASCII characters.".into(),
            )),
        })
    }
}

/// The answer to a create (201 with `Location`) or to a one-off action such as
/// submitting advice (200).
pub struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    body: String,
    replayed: bool,
}

impl Answer {
    /// The response; a replay says so in `Idempotent-Replayed: true`.
    pub fn respond(self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status);
        response.content_type("application/json");
        if let Some(location) = self.location {
            response.insert_header(("Location", location));
        }
        if self.replayed {
            response.insert_header(("Idempotent-Replayed", "true"));
        }
        response.body(self.body)
    }
}

fn digest(request: &impl Serialize) -> Result<String, ApiError> {
    let bytes = serde_json::to_vec(request).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Runs `act` in one transaction, unless `principal` already sent `key`: then
/// the first response comes back and nothing is done again. `act` returns the
/// status, the location of what it created (if it did) and the body.
#[allow(clippy::too_many_arguments)]
pub fn once<B: Serialize>(
    db: &Database,
    principal: &str,
    key: &IdempotencyKey,
    operation: &str,
    request: &impl Serialize,
    now: DateTime<Utc>,
    act: impl FnOnce(&mut DbConnection) -> Result<(StatusCode, Option<String>, B), ApiError>,
) -> Result<Answer, ApiError> {
    let request_hash = digest(request)?;
    db.transaction_with(|c| {
        if let Some(key) = &key.0
            && let Some(first) = idempotency::find(c, principal, key)?
        {
            if first.operation != operation || first.request_hash != request_hash {
                return Err(ApiError::Conflict(
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request."
                        .into(),
                ));
            }
            return Ok(Answer {
                status: StatusCode::from_u16(first.status).unwrap_or(StatusCode::OK),
                location: first.location,
                body: first.body,
                replayed: true,
            });
        }
        let (status, location, body) = act(c)?;
        let body = serde_json::to_string(&body).map_err(|e| ApiError::Internal(e.to_string()))?;
        if let Some(key) = &key.0 {
            let remembered = Remembered {
                operation: operation.to_owned(),
                request_hash,
                status: status.as_u16(),
                location: location.clone(),
                body: body.clone(),
            };
            idempotency::remember(c, principal, key, &remembered, now)?;
        }
        Ok(Answer {
            status,
            location,
            body,
            replayed: false,
        })
    })
}
