//! Accounts, for administrators (and co-ordinators, who invite the people of
//! their cases): one combined, searchable list; invite; suspend and reactivate;
//! reset a second factor; resend an invitation. A role never changes.

use actix_web::{HttpResponse, get, post, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use domain::people::{DisplayName, Email, Role, User, UserId, UserStatus};
use persistence::users::{self, UserCursor, UserFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::SignedIn;
use crate::auth::accounts;
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::routes::me::RoleName;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    Invited,
    Active,
    Suspended,
}

impl From<UserStatus> for AccountStatus {
    fn from(s: UserStatus) -> Self {
        match s {
            UserStatus::Invited => AccountStatus::Invited,
            UserStatus::Active => AccountStatus::Active,
            UserStatus::Suspended => AccountStatus::Suspended,
        }
    }
}

/// One account in the administrators' list.
#[derive(Serialize, ToSchema)]
pub struct UserSummary {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: RoleName,
    pub role_label: String,
    pub status: AccountStatus,
    pub created_at: DateTime<Utc>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
}

impl From<&User> for UserSummary {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.to_string(),
            email: u.email.to_string(),
            display_name: u.display_name.as_str().to_owned(),
            role: u.role.into(),
            role_label: u.role.label().to_owned(),
            status: u.status.into(),
            created_at: u.created_at,
            last_sign_in_at: u.last_sign_in_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct UserPage {
    pub items: Vec<UserSummary>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    /// Part of a name or email address, any case.
    pub q: Option<String>,
    /// Only this role: family, setting, contributor, case_coordinator, administrator.
    pub role: Option<String>,
    /// Only this status: invited, active, suspended.
    pub status: Option<String>,
    /// Page size, 1 to 100 (default 25).
    pub limit: Option<i64>,
    /// From the previous page's `next_cursor`.
    pub cursor: Option<String>,
}

fn encode_cursor(c: &UserCursor) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::json!([c.display_name, c.id]).to_string())
}

fn decode_cursor(raw: &str) -> Result<UserCursor, ApiError> {
    let bad = || {
        ApiError::invalid(
            "cursor",
            "invalid",
            "This cursor is not one this service gave out",
        )
    };
    let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?;
    let (display_name, id): (String, String) = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    Ok(UserCursor { display_name, id })
}

fn parse_filter(q: &UserQuery) -> Result<(UserFilter, i64), ApiError> {
    let mut errors = Vec::new();
    let role = match q.role.as_deref() {
        None => None,
        Some(r) => r
            .parse::<Role>()
            .map_err(|e| errors.push(FieldError::from(e)))
            .ok(),
    };
    let status = match q.status.as_deref() {
        None => None,
        Some(s) => s
            .parse::<UserStatus>()
            .map_err(|e| errors.push(FieldError::from(e)))
            .ok(),
    };
    let limit = q.limit.unwrap_or(25);
    if !(1..=100).contains(&limit) {
        errors.push(FieldError {
            field: "limit".into(),
            code: "out_of_range".into(),
            message: "limit must be between 1 and 100".into(),
        });
    }
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    Ok((
        UserFilter {
            text: q.q.clone(),
            role,
            status,
        },
        limit,
    ))
}

/// The combined list of accounts, in name order.
#[utoipa::path(
    tag = "users",
    operation_id = "list_users",
    security(("session" = [])),
    params(UserQuery),
    responses(
        (status = 200, description = "A page of accounts", body = UserPage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter is not valid", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    query: web::Query<UserQuery>,
) -> Result<web::Json<UserPage>, ApiError> {
    if !signed_in.user.role.may_list_accounts() {
        return Err(ApiError::Forbidden(
            "Only administrators and case co-ordinators can list accounts.".into(),
        ));
    }
    let (filter, limit) = parse_filter(&query)?;
    let after = query.cursor.as_deref().map(decode_cursor).transpose()?;
    let db = state.db.clone();
    let (people, more) = blocking(move || {
        let mut c = db.conn()?;
        Ok(users::list(&mut c, &filter, after.as_ref(), limit)?)
    })
    .await?;
    let next_cursor = more
        .then(|| {
            people.last().map(|u| {
                encode_cursor(&UserCursor {
                    display_name: u.display_name.as_str().to_owned(),
                    id: u.id.to_string(),
                })
            })
        })
        .flatten();
    Ok(web::Json(UserPage {
        items: people.iter().map(UserSummary::from).collect(),
        next_cursor,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    #[schema(example = "sam.patel@school.example.org")]
    pub email: String,
    #[schema(example = "Sam Patel")]
    pub display_name: String,
    /// Fixed for the life of the account.
    pub role: RoleName,
}

/// Invite a person: the account is created as "invited" and an email with a link is queued.
#[utoipa::path(
    tag = "users",
    operation_id = "invite_user",
    security(("session" = [])),
    request_body = InviteRequest,
    responses(
        (status = 201, description = "Invited; the invitation email is queued", body = UserSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "This role may not invite that role", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or already used email, or invalid name", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/users")]
pub async fn invite_user(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<InviteRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let mut errors = Vec::new();
    let email = Email::parse(&body.email)
        .map_err(|e| errors.push(FieldError::from(e)))
        .ok();
    let name = DisplayName::parse(&body.display_name)
        .map_err(|e| errors.push(FieldError::from(e)))
        .ok();
    let (Some(email), Some(name)) = (email, name) else {
        return Err(ApiError::Invalid(errors));
    };
    let role = Role::from(body.role);
    let inviter = signed_in.user.clone();
    let user = accounts::run(&state, move |a| a.invite(&inviter, email, name, role)).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/users/{}", user.id)))
        .json(UserSummary::from(&user)))
}

/// One account.
#[utoipa::path(
    tag = "users",
    operation_id = "get_user",
    security(("session" = [])),
    params(("id" = String, Path, description = "The account's id")),
    responses(
        (status = 200, description = "The account", body = UserSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such account", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users/{id}")]
pub async fn get_user(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<UserSummary>, ApiError> {
    if !signed_in.user.role.may_list_accounts() {
        return Err(ApiError::Forbidden(
            "Only administrators and case co-ordinators can see accounts.".into(),
        ));
    }
    let db = state.db.clone();
    let id = UserId::new(id.into_inner());
    let user = blocking(move || {
        let mut c = db.conn()?;
        Ok(users::find_by_id(&mut c, &id)?)
    })
    .await?;
    Ok(web::Json(UserSummary::from(&user)))
}

macro_rules! account_action {
    ($name:ident, $path:literal, $op:literal, $summary:literal, $ok:literal, $method:ident) => {
        #[doc = $summary]
        #[utoipa::path(
            tag = "users",
            operation_id = $op,
            security(("session" = [])),
            params(("id" = String, Path, description = "The account's id")),
            responses(
                (status = 200, description = $ok, body = UserSummary),
                (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
                (status = 403, description = "Not allowed to do this", body = Problem, content_type = "application/problem+json"),
                (status = 404, description = "No such account", body = Problem, content_type = "application/problem+json"),
                (status = 409, description = "Not possible in the account's present state", body = Problem, content_type = "application/problem+json"),
            )
        )]
        #[post($path)]
        pub async fn $name(state: web::Data<AppState>, signed_in: SignedIn, id: web::Path<String>) -> Result<web::Json<UserSummary>, ApiError> {
            let admin = signed_in.user.clone();
            let id = UserId::new(id.into_inner());
            let user = accounts::run(&state, move |a| a.$method(&admin, &id)).await?;
            Ok(web::Json(UserSummary::from(&user)))
        }
    };
}

account_action!(
    suspend_user,
    "/users/{id}/suspend",
    "suspend_user",
    "Suspend an account: every session it has ends at once.",
    "Suspended",
    suspend
);
account_action!(
    reactivate_user,
    "/users/{id}/reactivate",
    "reactivate_user",
    "Reactivate a suspended account.",
    "Reactivated",
    reactivate
);
account_action!(
    reset_second_factor,
    "/users/{id}/reset-second-factor",
    "reset_second_factor",
    "Reset an account's second factor: it is set up again at the next sign-in; sessions end.",
    "Reset",
    reset_second_factor
);
account_action!(
    resend_invitation,
    "/users/{id}/resend-invitation",
    "resend_invitation",
    "Send a new invitation link to someone who has not registered; the old link stops working.",
    "Sent",
    resend_invitation
);
