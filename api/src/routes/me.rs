//! The signed-in person: who they are and when their session ends.

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use domain::people::{Role, User};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::problem::{ApiError, Problem};

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
    pub session: SessionTimes,
}

impl Me {
    pub fn new(user: &User, session: SessionTimes) -> Self {
        Self {
            id: user.id.to_string(),
            email: user.email.to_string(),
            display_name: user.display_name.as_str().to_owned(),
            role: user.role.into(),
            role_label: user.role.label().to_owned(),
            session,
        }
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
pub async fn get_me(signed_in: SignedIn) -> Result<web::Json<Me>, ApiError> {
    Ok(web::Json(Me::new(
        &signed_in.user,
        SessionTimes {
            idle_expires_at: signed_in.idle_expires_at,
            expires_at: signed_in.expires_at,
        },
    )))
}
