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
use crate::problem::ApiError;
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

/// A bearer token that is well signed and current: the client it names, before
/// the client is read.
pub struct BearerClaim {
    client_id: String,
    /// The call as audited ("client.call GET /api/v1/...").
    action: String,
    request_id: Option<String>,
    now: DateTime<Utc>,
}

impl BearerClaim {
    /// Reads the client on `c` and audits the call; 401 for an unknown or
    /// revoked client.
    fn resolve(self, c: &mut persistence::DbConnection) -> Result<ApiClient, ApiError> {
        let client = match api_clients::find(c, &self.client_id) {
            Ok(client) => client,
            Err(persistence::PersistenceError::NotFound) => return Err(invalid_token()),
            Err(e) => return Err(e.into()),
        };
        let outcome = if client.revoked_at.is_none() {
            AuditOutcome::Success
        } else {
            AuditOutcome::Denied
        };
        let event = NewAuditEvent::new(AuditActor::Client(client.id.clone()), self.action, outcome)
            .request_id(self.request_id);
        persistence::audit::append(c, &event, self.now)?;
        if client.revoked_at.is_some() {
            return Err(invalid_token());
        }
        api_clients::record_use(c, &client.id, self.now)?;
        Ok(client)
    }
}

/// Who a request says it is, checked as far as it can be without the
/// database: a well-signed session cookie or bearer token (401 otherwise).
/// [`Credentials::resolve`] reads the rest on a connection the handler holds,
/// so a hot read (the case file) is one blocking call, not two.
pub enum Credentials {
    Session(super::SessionClaim),
    Bearer(BearerClaim),
}

impl Credentials {
    pub fn of(req: &HttpRequest) -> Result<Credentials, ApiError> {
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let Some(token) = bearer else {
            return Ok(Credentials::Session(super::SessionClaim::of(req, true)?));
        };
        let state = req
            .app_data::<web::Data<AppState>>()
            .ok_or_else(|| ApiError::Internal("application state missing".into()))?;
        let now = state.now();
        let client_id = client_id_from_token(state, token, now).ok_or_else(invalid_token)?;
        Ok(Credentials::Bearer(BearerClaim {
            client_id,
            action: format!("client.call {} {}", req.method(), req.path()),
            request_id: crate::request_id::current_request_id(),
            now,
        }))
    }

    /// The principal, read on `c`, with a renewed session cookie to set when
    /// one is due ([`super::Renewal::apply`]).
    pub fn resolve(
        self,
        c: &mut persistence::DbConnection,
        state: &AppState,
    ) -> Result<(Principal, Option<super::Renewal>), ApiError> {
        match self {
            Credentials::Session(claim) => {
                let (signed_in, renewal) = claim.resolve(c, state)?;
                Ok((Principal::Person(signed_in), renewal))
            }
            Credentials::Bearer(claim) => Ok((Principal::Client(claim.resolve(c)?), None)),
        }
    }
}

impl FromRequest for Credentials {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Credentials::of(req))
    }
}

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let credentials = Credentials::of(&req)?;
            super::session::resolved(&req, move |c, state| credentials.resolve(c, state)).await
        })
    }
}
