//! Sessions as the browser holds them: an HttpOnly, Secure, SameSite=Strict
//! `__Host-` cookie carrying a short-lived HS256 JWT that names a server-side
//! session row. The row decides (idle and absolute limits, sign-out, suspension),
//! so a revoked session is refused on the very next request on every replica.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, ResponseError, web};
use chrono::{DateTime, Utc};
use domain::people::User;
use domain::sign_in::{SessionState, session_state};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::problem::ApiError;
use crate::state::AppState;

/// State-changing requests from a browser must carry this header. A page on
/// another site cannot add it without a CORS preflight, which is never granted.
pub const CSRF_HEADER: &str = "x-ehc-csrf";

const ISSUER: &str = "ehc-hub";
const AUDIENCE: &str = "ehc-hub-session";
/// A session's `last_seen_at` is written at most this often.
const TOUCH_EVERY_SECONDS: i64 = 60;

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-ehc_session"
    } else {
        "ehc_session"
    }
}

pub fn pending_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-ehc_pending"
    } else {
        "ehc_pending"
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    sid: String,
    iss: String,
    aud: String,
    iat: i64,
    nbf: i64,
    exp: i64,
}

/// Builds a cookie with the attributes every cookie of ours has.
pub fn cookie(
    name: &'static str,
    value: String,
    max_age_seconds: i64,
    secure: bool,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(CookieDuration::seconds(max_age_seconds.max(0)))
        .finish()
}

pub fn expired_cookie(name: &'static str, secure: bool) -> Cookie<'static> {
    cookie(name, String::new(), 0, secure)
}

/// The session cookie for `session_id`, valid until the session's idle deadline.
pub fn session_cookie(
    state: &AppState,
    user: &User,
    session_id: &str,
    now: DateTime<Utc>,
    idle_expires_at: DateTime<Utc>,
) -> Result<Cookie<'static>, ApiError> {
    let claims = Claims {
        sub: user.id.to_string(),
        sid: session_id.to_owned(),
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        iat: now.timestamp(),
        nbf: now.timestamp(),
        exp: idle_expires_at.timestamp(),
    };
    let token = jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(&state.keys.session_jwt),
    )
    .map_err(|e| ApiError::Internal(format!("cannot sign a session token: {e}")))?;
    let secure = state.settings.auth.cookie_secure;
    Ok(cookie(
        session_cookie_name(secure),
        token,
        (idle_expires_at - now).num_seconds(),
        secure,
    ))
}

/// The session id named by a well-signed, current token; `None` for anything else.
fn session_id_from_token(
    state: &AppState,
    token: &str,
    now: DateTime<Utc>,
) -> Option<(String, String)> {
    // The algorithm is pinned; expiry is checked against the application's clock.
    let mut validation = Validation::new(Algorithm::HS256);
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
    let data = jsonwebtoken::decode::<Claims>(
        token,
        &DecodingKey::from_secret(&state.keys.session_jwt),
        &validation,
    )
    .ok()?;
    let t = now.timestamp();
    (data.claims.nbf <= t + 5 && t < data.claims.exp).then_some((data.claims.sid, data.claims.sub))
}

/// The signed-in person making this request. Extracting it renews the idle
/// deadline (at most once a minute); `SignedIn::passive` reads without renewing.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub session_id: String,
    pub idle_expires_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// A renewed session cookie waiting to be set on the response.
#[derive(Clone)]
struct RenewedCookie(Cookie<'static>);

fn signed_out() -> ApiError {
    ApiError::Unauthorized {
        detail: "You are not signed in, or your session has ended. Sign in again.".into(),
        errors: vec![],
    }
}

/// A session cookie whose token is well signed and current: who it names,
/// before the session row is read. Reading the row
/// ([`SessionClaim::resolve`]) can then share a handler's own connection.
#[derive(Debug, Clone)]
pub struct SessionClaim {
    sid: String,
    sub: String,
    now: DateTime<Utc>,
    renew: bool,
}

/// A renewed session cookie for the response ([`SessionClaim::resolve`]).
pub struct Renewal(Cookie<'static>);

impl Renewal {
    /// Sets the renewed cookie, if any, on the response to `req` (by the
    /// session middleware).
    pub fn apply(renewal: Option<Renewal>, req: &HttpRequest) {
        if let Some(Renewal(cookie)) = renewal {
            req.extensions_mut().insert(RenewedCookie(cookie));
        }
    }
}

/// Runs `resolve` on a connection in a blocking call of its own, and sets the
/// renewed cookie it may give on the response to `req`: an extractor's way to
/// read who is asking.
pub(crate) async fn resolved<T: Send + 'static>(
    req: &HttpRequest,
    resolve: impl FnOnce(
        &mut persistence::DbConnection,
        &AppState,
    ) -> Result<(T, Option<Renewal>), ApiError>
    + Send
    + 'static,
) -> Result<T, ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::Internal("application state missing".into()))?
        .get_ref()
        .clone();
    let (value, renewal) = crate::problem::blocking(move || {
        let mut c = state.db.conn()?;
        resolve(&mut c, &state)
    })
    .await?;
    Renewal::apply(renewal, req);
    Ok(value)
}

impl SessionClaim {
    /// The claim of the request's session cookie; 401 without a valid one.
    /// `renew`: whether reading it pushes the idle deadline on.
    pub fn of(req: &HttpRequest, renew: bool) -> Result<SessionClaim, ApiError> {
        let state = req
            .app_data::<web::Data<AppState>>()
            .ok_or_else(|| ApiError::Internal("application state missing".into()))?;
        let now = state.now();
        let name = session_cookie_name(state.settings.auth.cookie_secure);
        let token = req.cookie(name).ok_or_else(signed_out)?;
        let (sid, sub) = session_id_from_token(state, token.value(), now).ok_or_else(signed_out)?;
        Ok(SessionClaim {
            sid,
            sub,
            now,
            renew,
        })
    }

    /// Reads the session row on `c` and decides: 401 unless it is live and its
    /// person may sign in. Renews it when due (at most once a minute), with the
    /// cookie to set.
    pub fn resolve(
        self,
        c: &mut persistence::DbConnection,
        state: &AppState,
    ) -> Result<(SignedIn, Option<Renewal>), ApiError> {
        let now = self.now;
        let record = persistence::sign_in::find_session(c, &self.sid)?.ok_or_else(signed_out)?;
        if record.user.id.as_str() != self.sub || !record.user.status.may_sign_in() {
            return Err(signed_out());
        }
        let SessionState::Live {
            idle_expires_at,
            expires_at,
        } = session_state(
            &state.settings.sign_in,
            record.created_at,
            record.last_seen_at,
            record.revoked,
            now,
        )
        else {
            return Err(signed_out());
        };
        let mut signed_in = SignedIn {
            user: record.user,
            session_id: self.sid,
            idle_expires_at,
            expires_at,
        };
        let renewal =
            if self.renew && (now - record.last_seen_at).num_seconds() >= TOUCH_EVERY_SECONDS {
                Some(signed_in.renew_on(c, state, now)?)
            } else {
                None
            };
        Ok((signed_in, renewal))
    }
}

impl SignedIn {
    pub async fn authenticate(req: &HttpRequest, renew: bool) -> Result<SignedIn, ApiError> {
        let claim = SessionClaim::of(req, renew)?;
        resolved(req, move |c, state| claim.resolve(c, state)).await
    }

    /// Pushes the idle deadline to `now` + the idle timeout and re-issues the cookie.
    pub async fn renew(&mut self, req: &HttpRequest, now: DateTime<Utc>) -> Result<(), ApiError> {
        let mut renewed = self.clone();
        *self = resolved(req, move |c, state| {
            let renewal = renewed.renew_on(c, state, now)?;
            Ok((renewed, Some(renewal)))
        })
        .await?;
        Ok(())
    }

    /// [`SignedIn::renew`] on `c`, returning the cookie to set.
    fn renew_on(
        &mut self,
        c: &mut persistence::DbConnection,
        state: &AppState,
        now: DateTime<Utc>,
    ) -> Result<Renewal, ApiError> {
        persistence::sign_in::touch_session(c, &self.session_id, now)?;
        let policy = &state.settings.sign_in;
        self.idle_expires_at =
            (now + chrono::Duration::minutes(policy.idle_timeout_minutes)).min(self.expires_at);
        let cookie = session_cookie(
            state,
            &self.user,
            &self.session_id,
            now,
            self.idle_expires_at,
        )?;
        Ok(Renewal(cookie))
    }

    /// Refuses anyone but an administrator, saying `why` (e.g. "Only administrators ...").
    pub fn require_administrator(&self, why: &str) -> Result<(), ApiError> {
        if self.user.role.may_administer_accounts() {
            Ok(())
        } else {
            Err(ApiError::Forbidden(why.to_owned()))
        }
    }

    pub async fn passive(req: &HttpRequest) -> Result<SignedIn, ApiError> {
        Self::authenticate(req, false).await
    }
}

impl FromRequest for SignedIn {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { SignedIn::authenticate(&req, true).await })
    }
}

/// Sets a renewed session cookie on the response, and refuses state-changing
/// requests that carry our cookies but not the anti-CSRF header.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody + 'static>>, actix_web::Error> {
    // Only a request carrying our cookies can be forged by another site: an
    // integrator's bearer call, or a first request with no cookie, has nothing
    // ambient to abuse.
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let carries_our_cookie = [true, false].into_iter().any(|secure| {
        req.cookie(session_cookie_name(secure)).is_some()
            || req.cookie(pending_cookie_name(secure)).is_some()
    });
    if unsafe_method && carries_our_cookie && !req.headers().contains_key(CSRF_HEADER) {
        let refusal = ApiError::Forbidden(format!(
            "State-changing requests from a browser must send the {CSRF_HEADER} header."
        ));
        return Ok(req
            .into_response(refusal.error_response())
            .map_into_right_body());
    }
    let mut res = next.call(req).await?.map_into_left_body();
    let renewed = res.request().extensions().get::<RenewedCookie>().cloned();
    if let Some(RenewedCookie(cookie)) = renewed {
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}
