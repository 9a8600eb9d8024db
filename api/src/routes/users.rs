//! Accounts, for administrators (and co-ordinators, who invite the people of
//! their cases): one combined, searchable list showing each person's teams and
//! settings; invite (an administrator may put the person in a setting or teams
//! at once); suspend and reactivate; reset a second factor; resend an
//! invitation. A role never changes.

use std::collections::HashSet;

use actix_web::{HttpResponse, get, post, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use domain::organisations::StaffTitle;
use domain::people::{DisplayName, Email, Role, SettingId, TeamId, User, UserId, UserStatus};
use persistence::users::{self, Memberships, UserCursor, UserFilter};
use persistence::{DbConnection, PersistenceError};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::SignedIn;
use crate::auth::accounts::{self, InvitedTo};
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

/// A team a contributor belongs to.
#[derive(Serialize, ToSchema)]
pub struct UserTeam {
    pub team_id: String,
    #[schema(example = "Community Paediatrics")]
    pub name: String,
    /// They manage the team: they see its requests and allocate them.
    pub manager: bool,
}

/// An education setting a member of its staff works at.
#[derive(Serialize, ToSchema)]
pub struct UserSetting {
    pub setting_id: String,
    #[schema(example = "Riverside Primary School")]
    pub name: String,
    /// Their job title there.
    #[schema(example = "SENCo")]
    pub title: String,
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
    /// The teams they belong to, in name order (contributors only).
    pub teams: Vec<UserTeam>,
    /// The education settings they work at, in name order (setting staff only).
    pub settings: Vec<UserSetting>,
}

impl UserSummary {
    fn new(u: &User, memberships: Memberships) -> Self {
        Self {
            id: u.id.to_string(),
            email: u.email.to_string(),
            display_name: u.display_name.as_str().to_owned(),
            role: u.role.into(),
            role_label: u.role.label().to_owned(),
            status: u.status.into(),
            created_at: u.created_at,
            last_sign_in_at: u.last_sign_in_at,
            teams: memberships
                .teams
                .into_iter()
                .map(|t| UserTeam {
                    team_id: t.team_id.as_str().to_owned(),
                    name: t.name,
                    manager: t.manager,
                })
                .collect(),
            settings: memberships
                .settings
                .into_iter()
                .map(|s| UserSetting {
                    setting_id: s.setting_id.as_str().to_owned(),
                    name: s.name,
                    title: s.title,
                })
                .collect(),
        }
    }
}

/// Summaries of `people` with their teams and settings, read for all of them at once.
fn summarise(c: &mut DbConnection, people: &[User]) -> Result<Vec<UserSummary>, PersistenceError> {
    let ids: Vec<UserId> = people.iter().map(|u| u.id.clone()).collect();
    let mut memberships = users::memberships_of(c, &ids)?;
    Ok(people
        .iter()
        .map(|u| UserSummary::new(u, memberships.remove(&u.id).unwrap_or_default()))
        .collect())
}

fn summary(c: &mut DbConnection, user: &User) -> Result<UserSummary, PersistenceError> {
    let mut memberships = users::memberships_of(c, std::slice::from_ref(&user.id))?;
    Ok(UserSummary::new(
        user,
        memberships.remove(&user.id).unwrap_or_default(),
    ))
}

/// One account's summary, its memberships read after the change that returned it.
async fn summary_of(state: &AppState, user: User) -> Result<UserSummary, ApiError> {
    let db = state.db.clone();
    blocking(move || {
        let mut c = db.conn()?;
        Ok(summary(&mut c, &user)?)
    })
    .await
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
    let (people, more, items) = blocking(move || {
        let mut c = db.conn()?;
        let (people, more) = users::list(&mut c, &filter, after.as_ref(), limit)?;
        let items = summarise(&mut c, &people)?;
        Ok((people, more, items))
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
    Ok(web::Json(UserPage { items, next_cursor }))
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
    /// The education setting they work at: only for the `setting` role, and
    /// only an administrator may send it.
    pub setting_id: Option<String>,
    /// Their job title at `setting_id` ("SENCo", "Headteacher" or another);
    /// needed with it.
    #[schema(example = "SENCo")]
    pub setting_title: Option<String>,
    /// Teams they join: only for the `contributor` role, each team once, and
    /// only an administrator may send them.
    #[serde(default)]
    pub teams: Vec<InviteTeam>,
}

/// A team an invited contributor joins.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteTeam {
    pub team_id: String,
    /// Flag them as one of the team's managers.
    #[serde(default)]
    pub manager: bool,
}

fn field_error(field: impl Into<String>, code: &str, message: &str) -> FieldError {
    FieldError {
        field: field.into(),
        code: code.into(),
        message: message.into(),
    }
}

/// The setting and teams asked for, if they suit the role; otherwise each
/// problem, naming its field, is added to `errors`.
fn parse_invited_to(body: &InviteRequest, role: Role, errors: &mut Vec<FieldError>) -> InvitedTo {
    let mut invited_to = InvitedTo::default();
    match (body.setting_id.as_deref(), body.setting_title.as_deref()) {
        (None, None) => {}
        (None, Some(_)) => errors.push(field_error(
            "setting_title",
            "without_setting",
            "A job title goes with a setting: choose the setting too",
        )),
        (Some(_), _) if role != Role::Setting => errors.push(field_error(
            "setting_id",
            "not_for_role",
            "Only education setting staff work at a setting: choose the education setting role, or no setting",
        )),
        (Some(_), None) => errors.push(field_error(
            "setting_title",
            "required",
            "Enter their job title at the setting",
        )),
        (Some(id), Some(title)) => match StaffTitle::parse(title) {
            Ok(title) => invited_to.setting = Some((SettingId::new(id), title)),
            Err(e) => errors.push(field_error("setting_title", e.code, &e.message)),
        },
    }
    if !body.teams.is_empty() && role != Role::Contributor {
        errors.push(field_error(
            "teams",
            "not_for_role",
            "Only contributors belong to teams: choose the contributor role, or no teams",
        ));
        return invited_to;
    }
    let mut seen = HashSet::new();
    for (index, team) in body.teams.iter().enumerate() {
        if seen.insert(team.team_id.as_str()) {
            invited_to
                .teams
                .push((TeamId::new(team.team_id.clone()), team.manager));
        } else {
            errors.push(field_error(
                format!("teams.{index}.team_id"),
                "duplicate",
                "This team is listed more than once",
            ));
        }
    }
    invited_to
}

/// Invite a person: the account is created as "invited" and an email with a link is queued.
#[utoipa::path(
    tag = "users",
    operation_id = "invite_user",
    security(("session" = [])),
    request_body = InviteRequest,
    responses(
        (status = 201, description = "Invited, and in the setting and teams asked for; the invitation email is queued", body = UserSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "This role may not invite that role, or (not an administrator) may not add people to a setting or teams", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or already used email, invalid name, or a setting or team that does not exist or does not suit the role (names `setting_id`, `setting_title`, `teams` or `teams.N.team_id`)", body = Problem, content_type = "application/problem+json"),
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
    let role = Role::from(body.role);
    let invited_to = parse_invited_to(&body, role, &mut errors);
    let (Some(email), Some(name), true) = (email, name, errors.is_empty()) else {
        return Err(ApiError::Invalid(errors));
    };
    let inviter = signed_in.user.clone();
    let user = accounts::run(&state, move |a| {
        a.invite(&inviter, email, name, role, invited_to)
    })
    .await?;
    let location = format!("/api/v1/users/{}", user.id);
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(summary_of(&state, user).await?))
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
    let summary = blocking(move || {
        let mut c = db.conn()?;
        let user = users::find_by_id(&mut c, &id)?;
        Ok(summary(&mut c, &user)?)
    })
    .await?;
    Ok(web::Json(summary))
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
            Ok(web::Json(summary_of(&state, user).await?))
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
