//! Teams of professionals and their members. Administrators create and change
//! them; co-ordinators read them to pick a team when requesting advice. Updates
//! carry `If-Match` with the team's ETag. The helpers shared with
//! `education_settings` (access, paging, preconditions) live here too.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderMap};
use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::organisations::{
    OrganisationName, ServiceKind, TeamMemberCandidate, may_manage_organisations,
    may_read_organisations,
};
use domain::people::{Email, InvalidValue, TeamId, User, UserId};
use persistence::teams::{
    self, AuditContext, ListQuery, MemberChange, NewTeam, Position, Team, TeamChanges, TeamMember,
    VersionedUpdate,
};
use persistence::{PersistenceError, users};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::SignedIn;
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::state::AppState;

// ---- Shared with `education_settings` ----------------------------------------

/// What a person asks to do with teams and settings.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Access {
    Read,
    /// The list of education settings (families choose one in a draft plan).
    ListSettings,
    Manage,
}

/// Refuses (403) anyone the domain's rule does not allow, and records the refusal.
pub(crate) async fn require(
    state: &AppState,
    signed_in: &SignedIn,
    access: Access,
    action: &'static str,
) -> Result<(), ApiError> {
    let role = signed_in.user.role;
    let (allowed, refusal) = match access {
        Access::Read => (
            may_read_organisations(role),
            "Only administrators and case co-ordinators can see teams and education settings.",
        ),
        Access::ListSettings => (
            domain::organisations::may_list_settings(role),
            "Only administrators, case co-ordinators and families can list education settings.",
        ),
        Access::Manage => (
            may_manage_organisations(role),
            "Only administrators can change teams and education settings.",
        ),
    };
    if allowed {
        return Ok(());
    }
    let event = NewAuditEvent::new(
        AuditActor::User(signed_in.user.id.to_string()),
        action,
        AuditOutcome::Denied,
    )
    .request_id(current_request_id());
    let db = state.db.clone();
    let now = state.now();
    blocking(move || {
        let mut conn = db.conn()?;
        Ok(persistence::audit::append(&mut conn, &event, now)?)
    })
    .await?;
    Err(ApiError::Forbidden(refusal.into()))
}

pub(crate) fn audit_context(signed_in: &SignedIn) -> AuditContext {
    AuditContext {
        actor: AuditActor::User(signed_in.user.id.to_string()),
        request_id: current_request_id(),
    }
}

/// `?limit=&cursor=&q=` for the lists of teams and settings.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Part of the name, any case (for settings, also an exact URN).
    pub q: Option<String>,
    /// Page size, 1 to 100 (default 25).
    pub limit: Option<i64>,
    /// From the previous page's `next_cursor`.
    pub cursor: Option<String>,
}

pub(crate) fn encode_cursor(position: &Position) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::json!([position.key, position.id]).to_string())
}

impl ListParams {
    pub(crate) fn parse(&self) -> Result<ListQuery, ApiError> {
        let mut errors = Vec::new();
        let limit = self.limit.unwrap_or(25);
        if !(1..=100).contains(&limit) {
            errors.push(FieldError {
                field: "limit".into(),
                code: "out_of_range".into(),
                message: "limit must be between 1 and 100".into(),
            });
        }
        let after = match self.cursor.as_deref() {
            None => None,
            Some(raw) => {
                let decoded = URL_SAFE_NO_PAD
                    .decode(raw)
                    .ok()
                    .and_then(|bytes| serde_json::from_slice::<(String, String)>(&bytes).ok());
                if decoded.is_none() {
                    errors.push(FieldError {
                        field: "cursor".into(),
                        code: "invalid".into(),
                        message: "This cursor is not one this service gave out".into(),
                    });
                }
                decoded.map(|(key, id)| Position { key, id })
            }
        };
        if !errors.is_empty() {
            return Err(ApiError::Invalid(errors));
        }
        Ok(ListQuery {
            search: self.q.clone(),
            after,
            limit,
        })
    }
}

/// The `ETag` of a versioned record.
pub(crate) fn etag(version: i64) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// What `If-Match` allows: any current version (`*`) or those listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum IfMatch {
    Any,
    Versions(Vec<i64>),
}

impl IfMatch {
    /// Missing is 428. Weak and unparseable tags match nothing (strong comparison).
    pub(crate) fn from_headers(headers: &HeaderMap) -> Result<Self, ApiError> {
        let raw = headers
            .get(header::IF_MATCH)
            .ok_or(ApiError::PreconditionRequired)?
            .to_str()
            .map_err(|_| ApiError::BadRequest("If-Match is not a list of ETags".into()))?;
        if raw.trim() == "*" {
            return Ok(IfMatch::Any);
        }
        Ok(IfMatch::Versions(
            raw.split(',')
                .filter_map(|tag| {
                    tag.trim()
                        .strip_prefix('"')?
                        .strip_suffix('"')?
                        .parse()
                        .ok()
                })
                .collect(),
        ))
    }

    /// The version to write against, if the current one is allowed.
    pub(crate) fn accepts(&self, current: i64) -> Option<i64> {
        match self {
            IfMatch::Any => Some(current),
            IfMatch::Versions(v) => v.contains(&current).then_some(current),
        }
    }
}

/// Parses each value into `errors`, so one answer names every invalid field.
pub(crate) fn collect<T>(
    errors: &mut Vec<FieldError>,
    parsed: Result<T, InvalidValue>,
) -> Option<T> {
    parsed.map_err(|e| errors.push(e.into())).ok()
}

/// The account a path names; an unknown one is refused naming `user_id`.
pub(crate) fn member_account(
    conn: &mut persistence::DbConnection,
    user_id: &UserId,
) -> Result<User, ApiError> {
    match users::find_by_id(conn, user_id) {
        Err(PersistenceError::NotFound) => Err(ApiError::invalid(
            "user_id",
            "unknown_user",
            "There is no account with this id",
        )),
        other => Ok(other?),
    }
}

// ---- Teams ---------------------------------------------------------------------

/// The service a team belongs to.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ServiceName {
    Health,
    SocialCare,
    Education,
    Other,
}

/// A team of professionals.
#[derive(Serialize, ToSchema)]
pub struct TeamBody {
    pub id: String,
    #[schema(example = "Community Paediatrics")]
    pub name: String,
    #[schema(value_type = ServiceName)]
    pub service: String,
    /// The team's shared inbox.
    #[schema(example = "paediatrics@nhs.example.org")]
    pub email: String,
    /// Also the ETag: send it back in If-Match to change the team.
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Team> for TeamBody {
    fn from(t: &Team) -> Self {
        Self {
            id: t.id.as_str().to_owned(),
            name: t.name.as_str().to_owned(),
            service: t.service.as_str().to_owned(),
            email: t.email.as_str().to_owned(),
            version: t.version,
            created_at: t.created_at,
            updated_at: t.updated_at,
        }
    }
}

/// A team in a list, with how many members it has.
#[derive(Serialize, ToSchema)]
pub struct TeamListItem {
    #[serde(flatten)]
    pub team: TeamBody,
    pub member_count: i64,
}

#[derive(Serialize, ToSchema)]
pub struct TeamPage {
    pub items: Vec<TeamListItem>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTeamRequest {
    #[schema(example = "Community Paediatrics")]
    pub name: String,
    #[schema(value_type = ServiceName)]
    pub service: String,
    #[schema(example = "paediatrics@nhs.example.org")]
    pub email: String,
}

/// Only the fields sent change.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamChangesRequest {
    pub name: Option<String>,
    #[schema(value_type = Option<ServiceName>)]
    pub service: Option<String>,
    pub email: Option<String>,
}

/// A member of a team.
#[derive(Serialize, ToSchema)]
pub struct TeamMemberBody {
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    /// A manager sees the team's requests and allocates them.
    pub manager: bool,
    pub added_at: DateTime<Utc>,
}

impl From<&TeamMember> for TeamMemberBody {
    fn from(m: &TeamMember) -> Self {
        Self {
            user_id: m.user_id.to_string(),
            display_name: m.display_name.as_str().to_owned(),
            email: m.email.to_string(),
            manager: m.manager,
            added_at: m.added_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct TeamMemberList {
    /// Every member, in name order.
    pub items: Vec<TeamMemberBody>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMembershipRequest {
    /// Flag the member as one of the team's managers.
    pub manager: bool,
}

fn name_taken(err: ApiError) -> ApiError {
    match err {
        ApiError::Conflict(c) if c == teams::NAME_TAKEN => ApiError::Taken {
            field: "name",
            message: "There is already a team with this name".into(),
        },
        other => other,
    }
}

/// Teams in name order, optionally only those whose name contains `q`.
#[utoipa::path(
    tag = "organisations",
    operation_id = "list_teams",
    security(("session" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "A page of teams", body = TeamPage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or case co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "limit or cursor is not valid", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/teams")]
pub async fn list_teams(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    params: web::Query<ListParams>,
) -> Result<web::Json<TeamPage>, ApiError> {
    require(&state, &signed_in, Access::Read, "team.list").await?;
    let query = params.parse()?;
    let db = state.db.clone();
    let (page, counts) = blocking(move || {
        let mut conn = db.conn()?;
        let page = teams::list(&mut conn, &query)?;
        let ids: Vec<TeamId> = page.items.iter().map(|t| t.id.clone()).collect();
        let counts = teams::member_counts(&mut conn, &ids)?;
        Ok((page, counts))
    })
    .await?;
    Ok(web::Json(TeamPage {
        items: page
            .items
            .iter()
            .map(|t| TeamListItem {
                member_count: counts.get(t.id.as_str()).copied().unwrap_or(0),
                team: TeamBody::from(t),
            })
            .collect(),
        next_cursor: page.next.as_ref().map(encode_cursor),
    }))
}

/// Create a team.
#[utoipa::path(
    tag = "organisations",
    operation_id = "create_team",
    security(("session" = [])),
    request_body = NewTeamRequest,
    responses(
        (status = 201, description = "Created", body = TeamBody,
            headers(("ETag" = String, description = "The team's version, for If-Match"), ("Location" = String))),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A team with this name (in any case) exists; names `name`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is not valid", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/teams")]
pub async fn create_team(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<NewTeamRequest>,
) -> Result<HttpResponse, ApiError> {
    require(&state, &signed_in, Access::Manage, "team.create").await?;
    let mut errors = Vec::new();
    let name = collect(&mut errors, OrganisationName::parse(&body.name));
    let service = collect(&mut errors, body.service.parse::<ServiceKind>());
    let email = collect(&mut errors, Email::parse(&body.email));
    let (Some(name), Some(service), Some(email)) = (name, service, email) else {
        return Err(ApiError::Invalid(errors));
    };
    let new = NewTeam {
        id: TeamId::new(uuid::Uuid::new_v4().to_string()),
        name,
        service,
        email,
    };
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    let team = blocking(move || Ok(db.transaction(|c| teams::create(c, &new, &by, now))?))
        .await
        .map_err(name_taken)?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/api/v1/teams/{}", team.id.as_str()),
        ))
        .insert_header(etag(team.version))
        .json(TeamBody::from(&team)))
}

/// One team.
#[utoipa::path(
    tag = "organisations",
    operation_id = "get_team",
    security(("session" = [])),
    params(("id" = String, Path, description = "The team's id")),
    responses(
        (status = 200, description = "The team", body = TeamBody,
            headers(("ETag" = String, description = "The team's version, for If-Match"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or case co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such team", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/teams/{id}")]
pub async fn get_team(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    require(&state, &signed_in, Access::Read, "team.read").await?;
    let id = TeamId::new(id.into_inner());
    let db = state.db.clone();
    let team = blocking(move || {
        let mut conn = db.conn()?;
        Ok(teams::find(&mut conn, &id)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(team.version))
        .json(TeamBody::from(&team)))
}

/// Change a team's name, service or email. Needs `If-Match` with the ETag from reading it.
#[utoipa::path(
    tag = "organisations",
    operation_id = "update_team",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The team's id"),
        ("If-Match" = String, Header, description = "The ETag from reading the team, e.g. \"3\""),
    ),
    request_body = TeamChangesRequest,
    responses(
        (status = 200, description = "Changed", body = TeamBody,
            headers(("ETag" = String, description = "The team's new version"))),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such team", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another team has this name; names `name`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone changed the team since that ETag; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/teams/{id}")]
pub async fn update_team(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    req: HttpRequest,
    id: web::Path<String>,
    body: web::Json<TeamChangesRequest>,
) -> Result<HttpResponse, ApiError> {
    require(&state, &signed_in, Access::Manage, "team.update").await?;
    let if_match = IfMatch::from_headers(req.headers())?;
    let mut errors = Vec::new();
    let changes = TeamChanges {
        name: body
            .name
            .as_deref()
            .and_then(|n| collect(&mut errors, OrganisationName::parse(n))),
        service: body
            .service
            .as_deref()
            .and_then(|s| collect(&mut errors, s.parse::<ServiceKind>())),
        email: body
            .email
            .as_deref()
            .and_then(|e| collect(&mut errors, Email::parse(e))),
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    let id = TeamId::new(id.into_inner());
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    let outcome = blocking(move || {
        Ok(db.transaction(|c| {
            let current = teams::find(c, &id)?.version;
            match if_match.accepts(current) {
                Some(version) => teams::update(c, &id, version, &changes, &by, now),
                None => Ok(VersionedUpdate::Stale),
            }
        })?)
    })
    .await
    .map_err(name_taken)?;
    match outcome {
        VersionedUpdate::Applied(team) => Ok(HttpResponse::Ok()
            .insert_header(etag(team.version))
            .json(TeamBody::from(&team))),
        VersionedUpdate::Stale => Err(ApiError::PreconditionFailed),
    }
}

/// The team's members, in name order.
#[utoipa::path(
    tag = "organisations",
    operation_id = "list_team_members",
    security(("session" = [])),
    params(("id" = String, Path, description = "The team's id")),
    responses(
        (status = 200, description = "Every member of the team", body = TeamMemberList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator or case co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such team", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/teams/{id}/members")]
pub async fn list_team_members(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<TeamMemberList>, ApiError> {
    require(&state, &signed_in, Access::Read, "team.read_members").await?;
    let id = TeamId::new(id.into_inner());
    let db = state.db.clone();
    let members = blocking(move || {
        let mut conn = db.conn()?;
        Ok(teams::members(&mut conn, &id)?)
    })
    .await?;
    Ok(web::Json(TeamMemberList {
        items: members.iter().map(TeamMemberBody::from).collect(),
    }))
}

/// Add a professional contributor to a team, or change whether they manage it.
#[utoipa::path(
    tag = "organisations",
    operation_id = "put_team_member",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The team's id"),
        ("user_id" = String, Path, description = "The contributor's account id"),
    ),
    request_body = TeamMembershipRequest,
    responses(
        (status = 200, description = "Already a member; the manager flag is as asked", body = TeamMemberBody),
        (status = 201, description = "Added to the team", body = TeamMemberBody),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such team", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such account, or it is not a professional contributor; names `user_id`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/teams/{id}/members/{user_id}")]
pub async fn put_team_member(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
    body: web::Json<TeamMembershipRequest>,
) -> Result<HttpResponse, ApiError> {
    require(&state, &signed_in, Access::Manage, "team.change_members").await?;
    let (team, user) = path.into_inner();
    let (team, user) = (TeamId::new(team), UserId::new(user));
    let manager = body.manager;
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    let (change, member) = blocking(move || {
        let mut conn = db.conn()?;
        teams::find(&mut conn, &team)?;
        // A role never changes, so checking it before the write's transaction is enough.
        let account = member_account(&mut conn, &user)?;
        let candidate =
            TeamMemberCandidate::check(&account).map_err(|e| ApiError::Invalid(vec![e.into()]))?;
        drop(conn);
        Ok(db.transaction(|c| {
            let change = teams::put_member(c, &team, &candidate, manager, &by, now)?;
            Ok((change, teams::member(c, &team, &user)?))
        })?)
    })
    .await?;
    let status = if change == MemberChange::Added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(TeamMemberBody::from(&member)))
}

/// Take someone out of a team.
#[utoipa::path(
    tag = "organisations",
    operation_id = "remove_team_member",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The team's id"),
        ("user_id" = String, Path, description = "The member's account id"),
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such team, or the person is not in it", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/teams/{id}/members/{user_id}")]
pub async fn remove_team_member(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    require(&state, &signed_in, Access::Manage, "team.change_members").await?;
    let (team, user) = path.into_inner();
    let (team, user) = (TeamId::new(team), UserId::new(user));
    let by = audit_context(&signed_in);
    let (db, now) = (state.db.clone(), state.now());
    blocking(move || Ok(db.transaction(|c| teams::remove_member(c, &team, &user, &by, now))?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
