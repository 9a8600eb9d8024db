//! Signing in, the second factor, staying signed in and signing out. Every
//! route here is rate limited per address and answers unknown and known emails
//! alike. The flows live in `auth::flows`; these handlers translate HTTP.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, post, web};
use chrono::{DateTime, Utc};
use domain::people::Email;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::auth::flows::{self, Context, NewSession, NextStep};
use crate::auth::session::{
    cookie, expired_cookie, pending_cookie_name, session_cookie, session_cookie_name,
};
use crate::problem::{ApiError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::routes::me::{Me, SessionTimes};
use crate::state::AppState;

/// Per-address rate limit for everything under `/api/v1/auth`.
pub async fn rate_limit(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody + 'static>>, actix_web::Error> {
    if let Some(state) = req.app_data::<web::Data<AppState>>()
        && let Some(addr) = req.peer_addr()
        && let Err(wait) = state.auth_limiter.check(addr.ip(), state.now())
    {
        tracing::warn!(retry_after = wait, "sign-in rate limit reached");
        let refusal = ApiError::TooManyRequests {
            retry_after_seconds: wait,
        };
        return Ok(req
            .into_response(refusal.error_response())
            .map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

fn context<'a>(state: &'a AppState) -> Context<'a> {
    Context {
        db: &state.db,
        keys: &state.keys,
        policy: &state.settings.sign_in,
        now: state.now(),
        request_id: current_request_id(),
        issuer: &state.settings.la.name,
    }
}

/// Runs a flow off the executor with a context built from the state.
async fn flow<T: Send + 'static>(
    state: &web::Data<AppState>,
    f: impl FnOnce(&Context) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.get_ref().clone();
    let request_id = current_request_id();
    blocking(move || {
        let mut ctx = context(&state);
        ctx.request_id = request_id;
        f(&ctx)
    })
    .await
}

fn pending_token(state: &AppState, req: &HttpRequest) -> Result<String, ApiError> {
    req.cookie(pending_cookie_name(state.settings.auth.cookie_secure))
        .map(|c| c.value().to_owned())
        .ok_or_else(|| ApiError::Unauthorized {
            detail: "Your sign-in has timed out. Start again with your email address and password."
                .into(),
            errors: vec![],
        })
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// The email address the account was created with.
    #[schema(example = "senco@school.example.org")]
    pub email: String,
    pub password: String,
}

/// What to do after a correct password.
#[derive(Serialize, ToSchema)]
pub struct SignInStep {
    pub next: NextAction,
    /// For `enter_code`: where the code comes from.
    pub method: Option<SecondFactorMethod>,
    /// For a text message: the last three digits of the phone it went to.
    pub phone_ending: Option<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NextAction {
    EnterCode,
    SetUpSecondFactor,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SecondFactorMethod {
    AuthenticatorApp,
    TextMessage,
}

/// Step one: email address and password.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "sign_in",
    security(()),
    request_body = SignInRequest,
    responses(
        (status = 200, description = "Password accepted; a pending sign-in cookie is set", body = SignInStep),
        (status = 401, description = "Wrong email or password (the same answer for unknown emails)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The email address is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/sign-in")]
pub async fn sign_in(
    state: web::Data<AppState>,
    body: web::Json<SignInRequest>,
) -> Result<HttpResponse, ApiError> {
    let SignInRequest { email, password } = body.into_inner();
    let email = Email::parse(&email).map_err(|e| ApiError::Invalid(vec![e.into()]))?;
    if password.is_empty() {
        return Err(ApiError::invalid(
            "password",
            "required",
            "Enter your password",
        ));
    }
    let (token, next) = flow(&state, move |ctx| flows::start(ctx, &email, &password)).await?;
    let secure = state.settings.auth.cookie_secure;
    let pending = cookie(
        pending_cookie_name(secure),
        token,
        state.settings.sign_in.pending_minutes * 60,
        secure,
    );
    let step = match next {
        NextStep::EnterAppCode => SignInStep {
            next: NextAction::EnterCode,
            method: Some(SecondFactorMethod::AuthenticatorApp),
            phone_ending: None,
        },
        NextStep::EnterTextCode { phone_ending } => SignInStep {
            next: NextAction::EnterCode,
            method: Some(SecondFactorMethod::TextMessage),
            phone_ending: Some(phone_ending),
        },
        NextStep::SetUpSecondFactor => SignInStep {
            next: NextAction::SetUpSecondFactor,
            method: None,
            phone_ending: None,
        },
    };
    Ok(HttpResponse::Ok().cookie(pending).json(step))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    /// The six-digit code.
    #[schema(example = "123456")]
    pub code: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecoveryCodeRequest {
    /// One of the recovery codes given when the second factor was set up.
    #[schema(example = "abcde-fghjk")]
    pub recovery_code: String,
}

/// The person now signed in. `recovery_codes` is filled once, right after setting up a second factor.
#[derive(Serialize, ToSchema)]
pub struct SignedInResponse {
    pub me: Me,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recovery_codes: Vec<String>,
}

async fn signed_in_response(
    state: &AppState,
    session: NewSession,
) -> Result<HttpResponse, ApiError> {
    let secure = state.settings.auth.cookie_secure;
    let now = state.now();
    let session_cookie = session_cookie(
        state,
        &session.user,
        &session.session_id,
        now,
        session.idle_expires_at,
    )?;
    let times = SessionTimes {
        idle_expires_at: session.idle_expires_at,
        expires_at: session.expires_at,
    };
    let body = SignedInResponse {
        me: Me::load(state, &session.user, times).await?,
        recovery_codes: session.recovery_codes,
    };
    Ok(HttpResponse::Ok()
        .cookie(session_cookie)
        .cookie(expired_cookie(pending_cookie_name(secure), secure))
        .json(body))
}

/// Step two: the code from the authenticator app or text message.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "sign_in_with_code",
    security(()),
    request_body = CodeRequest,
    responses(
        (status = 200, description = "Signed in; the session cookie is set", body = SignedInResponse),
        (status = 401, description = "Wrong code, locked account, or the sign-in timed out", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is not in the right format (nothing is counted)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/sign-in/code")]
pub async fn sign_in_with_code(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<CodeRequest>,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let code = body.into_inner().code;
    let session = flow(&state, move |ctx| flows::verify_code(ctx, &token, &code)).await?;
    signed_in_response(&state, session).await
}

/// Step two with a recovery code, when the phone or app is not to hand.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "sign_in_with_recovery_code",
    security(()),
    request_body = RecoveryCodeRequest,
    responses(
        (status = 200, description = "Signed in; that recovery code is used up", body = SignedInResponse),
        (status = 401, description = "Wrong or used code, locked account, or the sign-in timed out", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is not in the right format (nothing is counted)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/sign-in/recovery-code")]
pub async fn sign_in_with_recovery_code(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<RecoveryCodeRequest>,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let code = body.into_inner().recovery_code;
    let session = flow(&state, move |ctx| {
        flows::use_recovery_code(ctx, &token, &code)
    })
    .await?;
    signed_in_response(&state, session).await
}

/// The authenticator app's key, as text and as a QR code drawn on this server.
#[derive(Serialize, ToSchema)]
pub struct AppSetupResponse {
    /// The key to type into the app, in groups of four.
    #[schema(example = "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")]
    pub key: String,
    /// An SVG data URI of the QR code.
    pub qr_code: String,
    /// The `otpauth://` link the QR code holds.
    pub otpauth_uri: String,
}

/// Setting up an authenticator app, during sign-in, for an account without a second factor.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "begin_authenticator_app_setup",
    security(()),
    responses(
        (status = 200, description = "A new key; confirm it with the first code", body = AppSetupResponse),
        (status = 401, description = "The sign-in timed out", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A second factor is already set up", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/second-factor/authenticator-app")]
pub async fn begin_authenticator_app_setup(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let setup = flow(&state, move |ctx| flows::begin_app_setup(ctx, &token)).await?;
    Ok(HttpResponse::Ok().json(AppSetupResponse {
        key: setup.key,
        qr_code: setup.qr_code,
        otpauth_uri: setup.otpauth_uri,
    }))
}

/// The first code from the app proves it works; the person is signed in and shown recovery codes once.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "confirm_authenticator_app",
    security(()),
    request_body = CodeRequest,
    responses(
        (status = 200, description = "Set up and signed in, with recovery codes", body = SignedInResponse),
        (status = 401, description = "Wrong code, locked account, or the sign-in timed out", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No app set-up was started", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is not in the right format (nothing is counted)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/second-factor/authenticator-app/confirm")]
pub async fn confirm_authenticator_app(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<CodeRequest>,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let code = body.into_inner().code;
    let session = flow(&state, move |ctx| {
        flows::confirm_app_setup(ctx, &token, &code)
    })
    .await?;
    signed_in_response(&state, session).await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PhoneRequest {
    /// A mobile number: UK numbers as usually written, others with their + code.
    #[schema(example = "07700 900982")]
    pub phone: String,
}

/// Where a text message went.
#[derive(Serialize, ToSchema)]
pub struct CodeSent {
    /// The last three digits of the phone.
    pub phone_ending: String,
}

/// Setting up text messages, during sign-in: a code is sent to the phone.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "begin_text_message_setup",
    security(()),
    request_body = PhoneRequest,
    responses(
        (status = 202, description = "A code is on its way to the phone", body = CodeSent),
        (status = 401, description = "The sign-in timed out", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A second factor is already set up", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a mobile number (field `phone`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many texts or requests; wait for Retry-After", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/second-factor/text-message")]
pub async fn begin_text_message_setup(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<PhoneRequest>,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let phone = domain::people::MobileNumber::parse(&body.into_inner().phone)
        .map_err(|e| ApiError::Invalid(vec![e.into()]))?;
    let phone_ending = flow(&state, move |ctx| {
        flows::begin_text_setup(ctx, &token, &phone)
    })
    .await?;
    Ok(HttpResponse::Accepted().json(CodeSent { phone_ending }))
}

/// The code from the first text proves the phone; the person is signed in and shown recovery codes once.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "confirm_text_message",
    security(()),
    request_body = CodeRequest,
    responses(
        (status = 200, description = "Set up and signed in, with recovery codes", body = SignedInResponse),
        (status = 401, description = "Wrong code, locked account, or the sign-in timed out", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No text-message set-up was started", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is not in the right format (nothing is counted)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/second-factor/text-message/confirm")]
pub async fn confirm_text_message(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<CodeRequest>,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let code = body.into_inner().code;
    let session = flow(&state, move |ctx| {
        flows::confirm_text_setup(ctx, &token, &code)
    })
    .await?;
    signed_in_response(&state, session).await
}

/// "Resend the text": a new code, throttled; the failure count is not reset.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "resend_sign_in_code",
    security(()),
    responses(
        (status = 202, description = "A new code is on its way", body = CodeSent),
        (status = 401, description = "The sign-in timed out or the account is locked", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "This account does not use text messages", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many texts; wait for Retry-After", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/sign-in/resend-code")]
pub async fn resend_sign_in_code(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let token = pending_token(&state, &req)?;
    let phone_ending = flow(&state, move |ctx| flows::resend_text_code(ctx, &token)).await?;
    Ok(HttpResponse::Accepted().json(CodeSent { phone_ending }))
}

/// Sign out: the session ends at once on every replica and the browser is told to forget it.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "sign_out",
    security(("session" = [])),
    responses(
        (status = 204, description = "Signed out"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/sign-out")]
pub async fn sign_out(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<HttpResponse, ApiError> {
    let user = signed_in.user.id.clone();
    let sid = signed_in.session_id.clone();
    flow(&state, move |ctx| flows::sign_out(ctx, &user, &sid)).await?;
    let secure = state.settings.auth.cookie_secure;
    Ok(HttpResponse::NoContent()
        .cookie(expired_cookie(session_cookie_name(secure), secure))
        .insert_header(("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""))
        .finish())
}

/// When the session will end, without counting as activity (for the timeout warning).
#[utoipa::path(
    tag = "sign-in",
    operation_id = "get_session",
    security(("session" = [])),
    responses(
        (status = 200, description = "The session's deadlines", body = SessionTimes),
        (status = 401, description = "Not signed in, or the session has ended", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/session")]
pub async fn get_session(req: HttpRequest) -> Result<web::Json<SessionTimes>, ApiError> {
    let signed_in = SignedIn::passive(&req).await?;
    Ok(web::Json(SessionTimes {
        idle_expires_at: signed_in.idle_expires_at,
        expires_at: signed_in.expires_at,
    }))
}

/// "Stay signed in": counts as activity and pushes the idle deadline back.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "extend_session",
    security(("session" = [])),
    responses(
        (status = 200, description = "The new deadlines; the session cookie is renewed", body = SessionTimes),
        (status = 401, description = "Not signed in, or the session has ended", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/session/extend")]
pub async fn extend_session(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<SessionTimes>, ApiError> {
    let mut signed_in = SignedIn::passive(&req).await?;
    let now: DateTime<Utc> = state.now();
    signed_in.renew(&req, now).await?;
    Ok(web::Json(SessionTimes {
        idle_expires_at: signed_in.idle_expires_at,
        expires_at: signed_in.expires_at,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// The token from the link's fragment (after `#`).
    pub token: String,
}

/// Who an invitation is for, to greet them.
#[derive(Serialize, ToSchema)]
pub struct InvitationDetails {
    pub email: String,
    pub display_name: String,
    pub role_label: String,
    pub la_name: String,
}

/// Look up an invitation link before choosing a password.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "get_invitation",
    security(()),
    request_body = TokenRequest,
    responses(
        (status = 200, description = "The invitation", body = InvitationDetails),
        (status = 422, description = "The link has expired or has been used (field `token`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/invitations/lookup")]
pub async fn get_invitation(
    state: web::Data<AppState>,
    body: web::Json<TokenRequest>,
) -> Result<web::Json<InvitationDetails>, ApiError> {
    let token = body.into_inner().token;
    let la_name = state.settings.la.name.clone();
    let user = crate::auth::accounts::run(&state, move |a| a.invitation(&token)).await?;
    Ok(web::Json(InvitationDetails {
        email: user.email.to_string(),
        display_name: user.display_name.as_str().to_owned(),
        role_label: user.role.label().to_owned(),
        la_name,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordWithToken {
    pub token: String,
    /// The new password; the policy's problems come back per rule on field `password`.
    pub password: String,
}

/// Registration: choose a password from an invitation link; setting up the second factor follows.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "accept_invitation",
    security(()),
    request_body = PasswordWithToken,
    responses(
        (status = 200, description = "Registered; a pending sign-in cookie is set for setting up the second factor", body = SignInStep),
        (status = 422, description = "The password breaks a rule, or the link is no longer valid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/invitations/accept")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    body: web::Json<PasswordWithToken>,
) -> Result<HttpResponse, ApiError> {
    let PasswordWithToken { token, password } = body.into_inner();
    let (_, pending) =
        crate::auth::accounts::run(&state, move |a| a.accept_invitation(&token, &password)).await?;
    let secure = state.settings.auth.cookie_secure;
    let cookie = cookie(
        pending_cookie_name(secure),
        pending,
        state.settings.sign_in.pending_minutes * 60,
        secure,
    );
    Ok(HttpResponse::Ok().cookie(cookie).json(SignInStep {
        next: NextAction::SetUpSecondFactor,
        method: None,
        phone_ending: None,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    pub email: String,
}

/// "Forgot your password": the same answer whether or not an account exists.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "request_password_reset",
    security(()),
    request_body = ResetRequest,
    responses(
        (status = 202, description = "If an active account has this email, a link is on its way"),
        (status = 422, description = "The email address is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/password-reset")]
pub async fn request_password_reset(
    state: web::Data<AppState>,
    body: web::Json<ResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let email =
        Email::parse(&body.into_inner().email).map_err(|e| ApiError::Invalid(vec![e.into()]))?;
    crate::auth::accounts::run(&state, move |a| a.request_reset(&email)).await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Choose a new password from a reset link. Every session of the account ends.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "complete_password_reset",
    security(()),
    request_body = PasswordWithToken,
    responses(
        (status = 204, description = "Password changed; sign in with it and the second factor"),
        (status = 422, description = "The password breaks a rule, or the link is no longer valid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/password-reset/complete")]
pub async fn complete_password_reset(
    state: web::Data<AppState>,
    body: web::Json<PasswordWithToken>,
) -> Result<HttpResponse, ApiError> {
    let PasswordWithToken { token, password } = body.into_inner();
    crate::auth::accounts::run(&state, move |a| a.complete_reset(&token, &password)).await?;
    Ok(HttpResponse::NoContent().finish())
}
