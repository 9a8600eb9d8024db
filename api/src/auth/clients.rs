//! Integration clients' bearer tokens: a client exchanges its id and secret for
//! an HS256 JWT that lives five minutes. Every call re-reads the client, so a
//! revoked client is refused on its next call, and every call is audited.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use chrono::{DateTime, Duration, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::clients::Scope;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use persistence::api_clients::{self, ApiClient};
use serde::{Deserialize, Serialize};

use super::SignedIn;
use super::crypto;
use crate::problem::{ApiError, blocking};
use crate::state::AppState;

const ISSUER: &str = "ehc-hub";
const AUDIENCE: &str = "ehc-hub-api";
pub const TOKEN_MINUTES: i64 = 5;

#[derive(Serialize, Deserialize)]
struct Claims {
    sub: String,
    scope: String,
    iss: String,
    aud: String,
    iat: i64,
    nbf: i64,
    exp: i64,
}

fn invalid_client() -> ApiError {
    ApiError::Unauthorized {
        detail: "The client id or secret is not right, or the client was revoked.".into(),
        errors: vec![],
    }
}

fn invalid_token() -> ApiError {
    ApiError::Unauthorized {
        detail: "The bearer token is not valid or has expired. Ask for a new one.".into(),
        errors: vec![],
    }
}

/// A client secret (256 random bits) and its stored hash.
pub fn new_secret() -> (String, String) {
    crypto::new_token()
}

/// Client credentials in, a signed token out (with the client's scopes).
pub fn issue_token(
    state: &AppState,
    client: &ApiClient,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let claims = Claims {
        sub: client.id.clone(),
        scope: Scope::join(&client.scopes),
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        iat: now.timestamp(),
        nbf: now.timestamp(),
        exp: (now + Duration::minutes(TOKEN_MINUTES)).timestamp(),
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(&state.keys.client_jwt),
    )
    .map_err(|e| ApiError::Internal(format!("cannot sign a client token: {e}")))
}

/// Checks a client's id and secret against the stored hash, in constant time.
pub fn authenticate_client(client: Option<ApiClient>, secret: &str) -> Result<ApiClient, ApiError> {
    let given = crypto::token_hash(secret);
    match client {
        Some(c) if c.revoked_at.is_none() && crypto::same(&c.secret_hash, &given) => Ok(c),
        _ => Err(invalid_client()),
    }
}

fn client_id_from_token(state: &AppState, token: &str, now: DateTime<Utc>) -> Option<String> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
    let data = jsonwebtoken::decode::<Claims>(
        token,
        &DecodingKey::from_secret(&state.keys.client_jwt),
        &validation,
    )
    .ok()?;
    let t = now.timestamp();
    (data.claims.nbf <= t + 5 && t < data.claims.exp).then_some(data.claims.sub)
}

/// Who is calling: a signed-in person (session cookie) or an integration client
/// (bearer token). A request with a bearer token is judged by the token alone.
pub enum Principal {
    Person(SignedIn),
    Client(ApiClient),
}

impl Principal {
    async fn from_bearer(req: &HttpRequest, token: &str) -> Result<Principal, ApiError> {
        let state = req
            .app_data::<web::Data<AppState>>()
            .ok_or_else(|| ApiError::Internal("application state missing".into()))?
            .get_ref()
            .clone();
        let now = state.now();
        let client_id = client_id_from_token(&state, token, now).ok_or_else(invalid_token)?;
        let action = format!("client.call {} {}", req.method(), req.path());
        let request_id = crate::request_id::current_request_id();
        let db = state.db.clone();
        let client = blocking(move || {
            let mut c = db.conn()?;
            let client = match api_clients::find(&mut c, &client_id) {
                Ok(client) => client,
                Err(persistence::PersistenceError::NotFound) => return Err(invalid_token()),
                Err(e) => return Err(e.into()),
            };
            let outcome = if client.revoked_at.is_none() {
                AuditOutcome::Success
            } else {
                AuditOutcome::Denied
            };
            let event = NewAuditEvent::new(AuditActor::Client(client.id.clone()), action, outcome)
                .request_id(request_id);
            persistence::audit::append(&mut c, &event, now)?;
            if client.revoked_at.is_some() {
                return Err(invalid_token());
            }
            api_clients::record_use(&mut c, &client.id, now)?;
            Ok(client)
        })
        .await?;
        Ok(Principal::Client(client))
    }
}

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let bearer = req
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::to_owned);
            match bearer {
                Some(token) => Principal::from_bearer(&req, &token).await,
                None => Ok(Principal::Person(SignedIn::authenticate(&req, true).await?)),
            }
        })
    }
}
