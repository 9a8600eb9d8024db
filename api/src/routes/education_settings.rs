//! Education settings (schools, nurseries, colleges) and their staff.
//! Administrators create and change them; co-ordinators read them to grant a
//! case to a setting. Works as `teams` does, whose helpers it shares.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use chrono::{DateTime, Utc};
use domain::organisations::{
    OrganisationName, SettingPhase, SettingStaffCandidate, StaffTitle, Urn,
};
use domain::people::{SettingId, UserId};
use persistence::education_settings::{
    self, NewSetting, Setting, SettingChanges, StaffMember, URN_TAKEN,
};
use persistence::teams::{MemberChange, VersionedUpdate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::problem::{ApiError, Problem, blocking};
use crate::routes::teams::{
    Access, IfMatch, ListParams, audit_context, collect, encode_cursor, etag, member_account,
    require,
};
use crate::state::AppState;

/// A setting's phase of education.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PhaseName {
    EarlyYears,
    Primary,
    Secondary,
    AllThrough,
    Special,
    #[serde(rename = "post_16")]
    Post16,
    AlternativeProvision,
    Other,
}

/// A school, nursery or college.
#[derive(Serialize, ToSchema)]
pub struct SettingBody {
    pub id: String,
    #[schema(example = "Riverside Primary School")]
    pub name: String,
    /// The Department for Education's Unique Reference Number: 6 digits.
    #[schema(example = "123456")]
    pub urn: String,
    #[schema(value_type = PhaseName)]
    pub phase: String,
    /// Also the ETag: send it back in If-Match to change the setting.
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Setting> for SettingBody {
    fn from(s: &Setting) -> Self {
        Self {
            id: s.id.as_str().to_owned(),
            name: s.name.as_str().to_owned(),
            urn: s.urn.as_str().to_owned(),
            phase: s.phase.as_str().to_owned(),
            version: s.version,
            created_at: s.created_at,
            updated_at: s.updated_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SettingPage {
    pub items: Vec<SettingBody>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSettingRequest {
    #[schema(example = "Riverside Primary School")]
    pub name: String,
    #[schema(example = "123456")]
    pub urn: String,
    #[schema(value_type = PhaseName)]
    pub phase: String,
}

/// Only the fields sent change.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingChangesRequest {
    pub name: Option<String>,
    pub urn: Option<String>,
    #[schema(value_type = Option<PhaseName>)]
    pub phase: Option<String>,
}

/// A member of a setting's staff.
#[derive(Serialize, ToSchema)]
pub struct StaffMemberBody {
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    /// "SENCo", "Headteacher" or another title.
    pub title: String,
    pub added_at: DateTime<Utc>,
}

impl From<&StaffMember> for StaffMemberBody {
    fn from(m: &StaffMember) -> Self {
        Self {
            user_id: m.user_id.to_string(),
            display_name: m.display_name.as_str().to_owned(),
            email: m.email.to_string(),
            title: m.title.as_str().to_owned(),
            added_at: m.added_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct StaffMemberList {
    /// Every member of staff, in name order.
    pub items: Vec<StaffMemberBody>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffMembershipRequest {
    /// "SENCo", "Headteacher" or another job title.
    #[schema(example = "SENCo")]
    pub title: String,
}

fn urn_taken(err: ApiError) -> ApiError {
    match err {
        ApiError::Conflict(c) if c == URN_TAKEN => ApiError::Taken {
            field: "urn",
            message: "There is already a setting with this URN".into(),
        },
        other => other,
    }
}

/// Settings in name order, optionally only those whose name contains `q` or whose URN is `q`.
/// Families may list them too, to name the school they would like in a draft plan.
#[utoipa::path(
    tag = "organisations",
    operation_id = "list_education_settings",
    security(("session" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "A page of settings", body = SettingPage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator, case co-ordinator or family member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "limit or cursor is not valid", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/education-settings")]
pub async fn list_education_settings(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    params: web::Query<ListParams>,
) -> Result<web::Json<SettingPage>, ApiError> {
    require(
        &state,
        &signed_in,
        Access::ListSettings,
        "education_setting.list",
    )
    .await?;
    let query = params.parse()?;
    let db = state.db.clone();
    let page = blocking(move || {
        let mut conn = db.conn()?;
        Ok(education_settings::list(&mut conn, &query)?)
    })
    .await?;
    Ok(web::Json(SettingPage {
        items: page.items.iter().map(SettingBody::from).collect(),
        next_cursor: page.next.as_ref().map(encode_cursor),
    }))
}

/// Create an education setting.
#[utoipa::path(
    tag = "organisations",
    operation_id = "create_education_setting",
    security(("session" = [])),
    request_body = NewSettingRequest,
    responses(
        (status = 201, description = "Created", body = SettingBody,
            headers(("ETag" = String, description = "The setting's version, for If-Match"), ("Location" = String))),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A setting with this URN exists; names `urn`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is not valid", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/education-settings")]
pub async fn create_education_setting(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<NewSettingRequest>,
) -> Result<HttpResponse, ApiError> {
    require(
        &state,
        &signed_in,
        Access::Manage,
        "education_setting.create",
    )
    .await?;
    let mut errors = Vec::new();
    let name = collect(&mut errors, OrganisationName::parse(&body.name));
    let urn = collect(&mut errors, Urn::parse(&body.urn));
    let phase = collect(&mut errors, body.phase.parse::<SettingPhase>());
    let (Some(name), Some(urn), Some(phase)) = (name, urn, phase) else {
        return Err(ApiError::Invalid(errors));
    };
    let new = NewSetting {
        id: SettingId::new(uuid::Uuid::new_v4().to_string()),
        name,
        urn,
        phase,
    };
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    let setting =
        blocking(move || Ok(db.transaction(|c| education_settings::create(c, &new, &by, now))?))
            .await
            .map_err(urn_taken)?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/api/v1/education-settings/{}", setting.id.as_str()),
        ))
        .insert_header(etag(setting.version))
        .json(SettingBody::from(&setting)))
}

/// One education setting.
#[utoipa::path(
    tag = "organisations",
    operation_id = "get_education_setting",
    security(("session" = [])),
    params(("id" = String, Path, description = "The setting's id")),
    responses(
        (status = 200, description = "The setting", body = SettingBody,
            headers(("ETag" = String, description = "The setting's version, for If-Match"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or case co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such setting", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/education-settings/{id}")]
pub async fn get_education_setting(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    require(&state, &signed_in, Access::Read, "education_setting.read").await?;
    let id = SettingId::new(id.into_inner());
    let db = state.db.clone();
    let setting = blocking(move || {
        let mut conn = db.conn()?;
        Ok(education_settings::find(&mut conn, &id)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(setting.version))
        .json(SettingBody::from(&setting)))
}

/// Change a setting's name, URN or phase. Needs `If-Match` with the ETag from reading it.
#[utoipa::path(
    tag = "organisations",
    operation_id = "update_education_setting",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The setting's id"),
        ("If-Match" = String, Header, description = "The ETag from reading the setting, e.g. \"3\""),
    ),
    request_body = SettingChangesRequest,
    responses(
        (status = 200, description = "Changed", body = SettingBody,
            headers(("ETag" = String, description = "The setting's new version"))),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such setting", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another setting has this URN; names `urn`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone changed the setting since that ETag; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/education-settings/{id}")]
pub async fn update_education_setting(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    req: HttpRequest,
    id: web::Path<String>,
    body: web::Json<SettingChangesRequest>,
) -> Result<HttpResponse, ApiError> {
    require(
        &state,
        &signed_in,
        Access::Manage,
        "education_setting.update",
    )
    .await?;
    let if_match = IfMatch::from_headers(req.headers())?;
    let mut errors = Vec::new();
    let changes = SettingChanges {
        name: body
            .name
            .as_deref()
            .and_then(|n| collect(&mut errors, OrganisationName::parse(n))),
        urn: body
            .urn
            .as_deref()
            .and_then(|u| collect(&mut errors, Urn::parse(u))),
        phase: body
            .phase
            .as_deref()
            .and_then(|p| collect(&mut errors, p.parse::<SettingPhase>())),
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    let id = SettingId::new(id.into_inner());
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    let outcome = blocking(move || {
        Ok(db.transaction(|c| {
            let current = education_settings::find(c, &id)?.version;
            match if_match.accepts(current) {
                Some(version) => education_settings::update(c, &id, version, &changes, &by, now),
                None => Ok(VersionedUpdate::Stale),
            }
        })?)
    })
    .await
    .map_err(urn_taken)?;
    match outcome {
        VersionedUpdate::Applied(setting) => Ok(HttpResponse::Ok()
            .insert_header(etag(setting.version))
            .json(SettingBody::from(&setting))),
        VersionedUpdate::Stale => Err(ApiError::PreconditionFailed),
    }
}

/// The setting's staff, in name order.
#[utoipa::path(
    tag = "organisations",
    operation_id = "list_education_setting_members",
    security(("session" = [])),
    params(("id" = String, Path, description = "The setting's id")),
    responses(
        (status = 200, description = "Every member of staff", body = StaffMemberList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or case co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such setting", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/education-settings/{id}/members")]
pub async fn list_education_setting_members(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<StaffMemberList>, ApiError> {
    require(
        &state,
        &signed_in,
        Access::Read,
        "education_setting.read_members",
    )
    .await?;
    let id = SettingId::new(id.into_inner());
    let db = state.db.clone();
    let members = blocking(move || {
        let mut conn = db.conn()?;
        Ok(education_settings::members(&mut conn, &id)?)
    })
    .await?;
    Ok(web::Json(StaffMemberList {
        items: members.iter().map(StaffMemberBody::from).collect(),
    }))
}

/// Add an education setting account (SENCo, headteacher) to a setting's staff, or change their title.
#[utoipa::path(
    tag = "organisations",
    operation_id = "put_education_setting_member",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The setting's id"),
        ("user_id" = String, Path, description = "The staff member's account id"),
    ),
    request_body = StaffMembershipRequest,
    responses(
        (status = 200, description = "Already on the staff; the title is as asked", body = StaffMemberBody),
        (status = 201, description = "Added to the staff", body = StaffMemberBody),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such setting", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid title, no such account, or not an education setting account (names `title` or `user_id`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/education-settings/{id}/members/{user_id}")]
pub async fn put_education_setting_member(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
    body: web::Json<StaffMembershipRequest>,
) -> Result<HttpResponse, ApiError> {
    require(
        &state,
        &signed_in,
        Access::Manage,
        "education_setting.change_members",
    )
    .await?;
    let title = StaffTitle::parse(&body.title).map_err(|e| ApiError::Invalid(vec![e.into()]))?;
    let (setting, user) = path.into_inner();
    let (setting, user) = (SettingId::new(setting), UserId::new(user));
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    let (change, member) = blocking(move || {
        let mut conn = db.conn()?;
        education_settings::find(&mut conn, &setting)?;
        // A role never changes, so checking it before the write's transaction is enough.
        let account = member_account(&mut conn, &user)?;
        let candidate = SettingStaffCandidate::check(&account)
            .map_err(|e| ApiError::Invalid(vec![e.into()]))?;
        drop(conn);
        Ok(db.transaction(|c| {
            let change = education_settings::put_member(c, &setting, &candidate, &title, &by, now)?;
            Ok((change, education_settings::member(c, &setting, &user)?))
        })?)
    })
    .await?;
    let status = if change == MemberChange::Added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(StaffMemberBody::from(&member)))
}

/// Take someone off a setting's staff.
#[utoipa::path(
    tag = "organisations",
    operation_id = "remove_education_setting_member",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The setting's id"),
        ("user_id" = String, Path, description = "The staff member's account id"),
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such setting, or the person is not on its staff", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/education-settings/{id}/members/{user_id}")]
pub async fn remove_education_setting_member(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    require(
        &state,
        &signed_in,
        Access::Manage,
        "education_setting.change_members",
    )
    .await?;
    let (setting, user) = path.into_inner();
    let (setting, user) = (SettingId::new(setting), UserId::new(user));
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    blocking(move || {
        Ok(db.transaction(|c| education_settings::remove_member(c, &setting, &user, &by, now))?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
