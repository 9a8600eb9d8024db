//! The signed-in person: who they are, the settings they work in, and when
//! their session ends.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::people::{Role, User};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::auth::session::{cookie, expired_cookie, pending_cookie_name, session_cookie_name};
use crate::problem::{ApiError, Problem, blocking};
use crate::routes::cases::Named;
use crate::state::AppState;

/// When the session ends: after inactivity, and at the latest.
#[derive(Serialize, ToSchema)]
pub struct SessionTimes {
    /// Signed out at this moment unless there is activity before it.
    pub idle_expires_at: DateTime<Utc>,
    /// Signed out at this moment whatever happens (12 hours after signing in).
    pub expires_at: DateTime<Utc>,
}

#[derive(Serialize, Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum RoleName {
    Family,
    Setting,
    Contributor,
    CaseCoordinator,
    Administrator,
}

impl From<Role> for RoleName {
    fn from(role: Role) -> Self {
        match role {
            Role::Family => RoleName::Family,
            Role::Setting => RoleName::Setting,
            Role::Contributor => RoleName::Contributor,
            Role::CaseCoordinator => RoleName::CaseCoordinator,
            Role::Administrator => RoleName::Administrator,
        }
    }
}

impl From<RoleName> for Role {
    fn from(name: RoleName) -> Self {
        match name {
            RoleName::Family => Role::Family,
            RoleName::Setting => Role::Setting,
            RoleName::Contributor => Role::Contributor,
            RoleName::CaseCoordinator => Role::CaseCoordinator,
            RoleName::Administrator => Role::Administrator,
        }
    }
}

/// The signed-in person.
#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: RoleName,
    /// The role in plain English, e.g. "Case co-ordinator".
    pub role_label: String,
    /// The education settings the person works in (SENCos, headteachers), by
    /// name; empty for everyone else. A request for assessment comes from one.
    pub settings: Vec<Named>,
    pub session: SessionTimes,
}

impl Me {
    pub fn new(user: &User, settings: Vec<Named>, session: SessionTimes) -> Self {
        Self {
            id: user.id.to_string(),
            email: user.email.to_string(),
            display_name: user.display_name.as_str().to_owned(),
            role: user.role.into(),
            role_label: user.role.label().to_owned(),
            settings,
            session,
        }
    }

    /// `user` as `Me`, with the settings they work in read from storage.
    pub async fn load(
        state: &AppState,
        user: &User,
        session: SessionTimes,
    ) -> Result<Self, ApiError> {
        let db = state.db.clone();
        let id = user.id.clone();
        let settings = blocking(move || {
            let mut c = db.conn()?;
            let (_, settings) = persistence::teams::memberships_of(&mut c, &id)?;
            let mut named = settings
                .iter()
                .map(|s| {
                    let setting = persistence::education_settings::find(&mut c, s)?;
                    Ok(Named {
                        id: setting.id.as_str().to_owned(),
                        name: setting.name.as_str().to_owned(),
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()?;
            named.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
            Ok(named)
        })
        .await?;
        Ok(Self::new(user, settings, session))
    }
}

/// Who is signed in. Counts as activity.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "get_me",
    security(("session" = [])),
    responses(
        (status = 200, description = "The signed-in person", body = Me),
        (status = 401, description = "Not signed in, or the session has ended", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me")]
pub async fn get_me(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<Me>, ApiError> {
    let session = SessionTimes {
        idle_expires_at: signed_in.idle_expires_at,
        expires_at: signed_in.expires_at,
    };
    Ok(web::Json(Me::load(&state, &signed_in.user, session).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePassword {
    pub current_password: String,
    /// Checked against the LA's policy; problems come back per rule on `new_password`.
    pub new_password: String,
}

/// Change your password: your other sessions end and you get an email saying so.
#[utoipa::path(
    tag = "sign-in",
    operation_id = "change_password",
    security(("session" = [])),
    request_body = ChangePassword,
    responses(
        (status = 204, description = "Changed"),
        (status = 401, description = "Not signed in, or the current password is wrong", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The new password breaks a rule (field `new_password`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<ChangePassword>,
) -> Result<HttpResponse, ApiError> {
    let ChangePassword {
        current_password,
        new_password,
    } = body.into_inner();
    let user = signed_in.user.clone();
    let session_id = signed_in.session_id.clone();
    crate::auth::accounts::run(&state, move |a| {
        a.change_password(&user, &session_id, &current_password, &new_password)
            .map_err(|e| match e {
                ApiError::Invalid(errors) => ApiError::Invalid(
                    errors
                        .into_iter()
                        .map(|mut f| {
                            if f.field == "password" {
                                f.field = "new_password".into();
                            }
                            f
                        })
                        .collect(),
                ),
                other => other,
            })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reauthenticate {
    pub current_password: String,
}

/// Change your second factor: after your password, the old one stops working and
/// you set up a new one straight away (authenticator app or text messages).
#[utoipa::path(
    tag = "sign-in",
    operation_id = "change_second_factor",
    security(("session" = [])),
    request_body = Reauthenticate,
    responses(
        (status = 200, description = "Signed out of this session; a pending sign-in cookie leads to setting up the new factor", body = crate::routes::auth::SignInStep),
        (status = 401, description = "Not signed in, or the current password is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/second-factor/change")]
pub async fn change_second_factor(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<Reauthenticate>,
) -> Result<HttpResponse, ApiError> {
    let password = body.into_inner().current_password;
    let user = signed_in.user.clone();
    let token =
        crate::auth::accounts::run(&state, move |a| a.restart_second_factor(&user, &password))
            .await?;
    let secure = state.settings.auth.cookie_secure;
    Ok(HttpResponse::Ok()
        .cookie(expired_cookie(session_cookie_name(secure), secure))
        .cookie(cookie(
            pending_cookie_name(secure),
            token,
            state.settings.sign_in.pending_minutes * 60,
            secure,
        ))
        .json(crate::routes::auth::SignInStep {
            next: crate::routes::auth::NextAction::SetUpSecondFactor,
            method: None,
            phone_ending: None,
        }))
}
