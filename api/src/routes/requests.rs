//! Requests for an EHC needs assessment: a setting's private draft (autosaved,
//! shared only with invited co-authors, deleted or submitted), a parent's request
//! through the public form, a co-ordinator recording one that came by post, and
//! the co-ordinator registering a submitted request as a case.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::access::{Action, CaseFacts, DraftRequestFacts};
use domain::assessment_request::{
    ChildDetails, ParentContact, ReceivedVia, RequestContent, RequestRoute, RequestStatus,
};
use domain::deadlines::{CaseHistory, DatedEvent, deadlines};
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::notifications::format_date;
use domain::people::{Email, Role, SettingId, User, UserId, UserStatus};
use domain::rules::DeadlineId;
use persistence::case_parties::{self, Child};
use persistence::requests::{self, NewRequest, RequestRecord};
use persistence::teams::VersionedUpdate;
use persistence::{DbConnection, PersistenceError, cases as case_store, timeline, users};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::cases::{Caller, Loaded, authorize, keep_refusals, record_event};
use crate::idempotency::{IdempotencyKey, once};
use crate::problem::{ApiError, Problem, blocking};
use crate::routes::cases::Named;
use crate::routes::teams::{IfMatch, etag};
use crate::state::AppState;

// ---- the request's content, as the API speaks it -------------------------

/// The child or young person the request is about.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ChildBody {
    #[schema(example = "Alex")]
    pub given_names: String,
    #[schema(example = "Smith")]
    pub family_name: String,
    pub born_on: Option<NaiveDate>,
    /// The language the child and family prefer, if not English.
    pub preferred_language: String,
    /// Looked after by the local authority.
    pub looked_after: bool,
    /// Who has parental responsibility.
    pub parental_responsibility: String,
}

/// How to reach the parent or carer (or the young person).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ParentBody {
    pub name: String,
    /// Mother, father, carer, the young person, advocate...
    pub relationship: String,
    pub email: String,
    pub phone: String,
    pub address: String,
}

/// What a request for assessment says. Drafts may be incomplete; submission
/// checks every mandatory field and names each one missing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RequestContentBody {
    pub child: ChildBody,
    pub parent: ParentBody,
    /// Why an assessment is needed.
    pub concerns: String,
    /// What the setting has put in place and its effect (mandatory for a setting).
    pub support_so_far: String,
    pub parent_views: String,
    pub child_views: String,
    /// A setting's request: the parents know about it and agree.
    pub parent_agrees: Option<bool>,
}

impl From<RequestContentBody> for RequestContent {
    fn from(b: RequestContentBody) -> Self {
        RequestContent {
            child: ChildDetails {
                given_names: b.child.given_names,
                family_name: b.child.family_name,
                born_on: b.child.born_on,
                preferred_language: b.child.preferred_language,
                looked_after: b.child.looked_after,
                parental_responsibility: b.child.parental_responsibility,
            },
            parent: ParentContact {
                name: b.parent.name,
                relationship: b.parent.relationship,
                email: b.parent.email,
                phone: b.parent.phone,
                address: b.parent.address,
            },
            concerns: b.concerns,
            support_so_far: b.support_so_far,
            parent_views: b.parent_views,
            child_views: b.child_views,
            parent_agrees: b.parent_agrees,
        }
    }
}

impl From<&RequestContent> for RequestContentBody {
    fn from(c: &RequestContent) -> Self {
        RequestContentBody {
            child: ChildBody {
                given_names: c.child.given_names.clone(),
                family_name: c.child.family_name.clone(),
                born_on: c.child.born_on,
                preferred_language: c.child.preferred_language.clone(),
                looked_after: c.child.looked_after,
                parental_responsibility: c.child.parental_responsibility.clone(),
            },
            parent: ParentBody {
                name: c.parent.name.clone(),
                relationship: c.parent.relationship.clone(),
                email: c.parent.email.clone(),
                phone: c.parent.phone.clone(),
                address: c.parent.address.clone(),
            },
            concerns: c.concerns.clone(),
            support_so_far: c.support_so_far.clone(),
            parent_views: c.parent_views.clone(),
            child_views: c.child_views.clone(),
            parent_agrees: c.parent_agrees,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatusName {
    Draft,
    Submitted,
    Registered,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ReceivedViaName {
    Online,
    Email,
    Post,
    Paper,
}

impl From<ReceivedViaName> for ReceivedVia {
    fn from(v: ReceivedViaName) -> Self {
        match v {
            ReceivedViaName::Online => ReceivedVia::Online,
            ReceivedViaName::Email => ReceivedVia::Email,
            ReceivedViaName::Post => ReceivedVia::Post,
            ReceivedViaName::Paper => ReceivedVia::Paper,
        }
    }
}

impl From<ReceivedVia> for ReceivedViaName {
    fn from(v: ReceivedVia) -> Self {
        match v {
            ReceivedVia::Online => ReceivedViaName::Online,
            ReceivedVia::Email => ReceivedViaName::Email,
            ReceivedVia::Post => ReceivedViaName::Post,
            ReceivedVia::Paper => ReceivedViaName::Paper,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestRouteName {
    Setting,
    Parent,
    Coordinator,
}

fn status_name(s: RequestStatus) -> (RequestStatusName, &'static str) {
    match s {
        RequestStatus::Draft => (RequestStatusName::Draft, "Draft"),
        RequestStatus::Submitted => (
            RequestStatusName::Submitted,
            "Submitted, waiting for the local authority",
        ),
        RequestStatus::Registered => (RequestStatusName::Registered, "Registered as a case"),
    }
}

fn route_name(r: RequestRoute) -> RequestRouteName {
    match r {
        RequestRoute::Setting => RequestRouteName::Setting,
        RequestRoute::Parent => RequestRouteName::Parent,
        RequestRoute::Coordinator => RequestRouteName::Coordinator,
    }
}

/// A request for assessment in full (for its authors while a draft, for
/// co-ordinators after).
#[derive(Serialize, ToSchema)]
pub struct AssessmentRequestBody {
    pub id: String,
    pub status: RequestStatusName,
    #[schema(example = "Draft")]
    pub status_label: String,
    pub route: RequestRouteName,
    pub author: Option<Named>,
    pub co_authors: Vec<Named>,
    /// The school, college or nursery it comes from (a SENCo who works in two chooses one).
    pub setting_id: Option<String>,
    /// The same setting, with its name.
    pub setting: Option<Named>,
    pub content: RequestContentBody,
    /// The day the LA received it: the statutory clock runs from here.
    pub received_on: Option<NaiveDate>,
    pub received_via: Option<ReceivedViaName>,
    /// When the LA must decide whether to assess (D1), once received.
    pub decision_due_on: Option<NaiveDate>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// The case it was registered as.
    pub case_id: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// Send back in `If-Match` (as `"<version>"`) when saving.
    pub version: i64,
}

/// One line of a list of requests.
#[derive(Serialize, ToSchema)]
pub struct AssessmentRequestSummary {
    pub id: String,
    pub status: RequestStatusName,
    pub status_label: String,
    pub route: RequestRouteName,
    /// The child's name as the request gives it (its authors, co-ordinators).
    pub child_name: String,
    pub received_on: Option<NaiveDate>,
    pub received_via: Option<ReceivedViaName>,
    pub decision_due_on: Option<NaiveDate>,
    pub updated_at: DateTime<Utc>,
}

/// The requests the caller has to do with: their drafts and the ones they sent
/// (settings), or those waiting to be registered (co-ordinators).
#[derive(Serialize, ToSchema)]
pub struct AssessmentRequestList {
    pub drafts: Vec<AssessmentRequestSummary>,
    pub sent: Vec<AssessmentRequestSummary>,
    pub waiting: Vec<AssessmentRequestSummary>,
}

/// D1 for a request received on `received_on`, from the statutory engine.
fn decision_due(state: &AppState, received_on: Option<NaiveDate>) -> Option<NaiveDate> {
    let received_on = received_on?;
    let events = [DatedEvent::new(received_on, CaseEvent::RequestSubmitted)];
    let history = CaseHistory {
        events: &events,
        advice: &[],
        exceptions: &[],
        child_born_on: None,
        phase_transfer: None,
    };
    deadlines(&history, state.statutory.clock(), received_on)
        .into_iter()
        .find(|d| d.id == DeadlineId::D1)
        .map(|d| d.due)
}

fn summary(state: &AppState, r: &RequestRecord) -> AssessmentRequestSummary {
    let (status, label) = status_name(r.status);
    AssessmentRequestSummary {
        id: r.id.clone(),
        status,
        status_label: label.into(),
        route: route_name(r.route),
        child_name: r.content.child_name(),
        received_on: r.received_on,
        received_via: r.received_via.map(Into::into),
        decision_due_on: decision_due(state, r.received_on),
        updated_at: r.updated_at,
    }
}

fn person_ref(c: &mut DbConnection, id: &UserId) -> Result<Named, ApiError> {
    let user = users::find_by_id(c, id)?;
    Ok(Named {
        id: user.id.to_string(),
        name: user.display_name.as_str().to_owned(),
    })
}

fn setting_ref(c: &mut DbConnection, id: &SettingId) -> Result<Named, ApiError> {
    let setting = persistence::education_settings::find(c, id)?;
    Ok(Named {
        id: setting.id.as_str().to_owned(),
        name: setting.name.as_str().to_owned(),
    })
}

pub(crate) fn body(
    c: &mut DbConnection,
    state: &AppState,
    r: &RequestRecord,
) -> Result<AssessmentRequestBody, ApiError> {
    let (status, label) = status_name(r.status);
    Ok(AssessmentRequestBody {
        id: r.id.clone(),
        status,
        status_label: label.into(),
        route: route_name(r.route),
        author: r.author.as_ref().map(|a| person_ref(c, a)).transpose()?,
        co_authors: r
            .co_authors
            .iter()
            .map(|u| person_ref(c, u))
            .collect::<Result<_, _>>()?,
        setting_id: r.setting.as_ref().map(|s| s.as_str().to_owned()),
        setting: r.setting.as_ref().map(|s| setting_ref(c, s)).transpose()?,
        content: RequestContentBody::from(&r.content),
        received_on: r.received_on,
        received_via: r.received_via.map(Into::into),
        decision_due_on: decision_due(state, r.received_on),
        submitted_at: r.submitted_at,
        case_id: r.case_id.clone(),
        updated_at: r.updated_at,
        version: r.version,
    })
}

/// The access policy's view of a request: a draft is private to its authors;
/// once submitted it is the LA's until registered; then it is part of the case.
fn request_facts(c: &mut DbConnection, r: &RequestRecord) -> Result<CaseFacts, ApiError> {
    if let (RequestStatus::Registered, Some(case_id)) = (r.status, &r.case_id) {
        return Ok(Loaded::load(c, case_id)?.facts());
    }
    let stage = match r.status {
        RequestStatus::Draft => CaseStage::RequestDraft,
        _ => CaseStage::RequestSubmitted,
    };
    let mut facts = CaseFacts::new(stage);
    facts.draft_request = r.author.as_ref().map(|author| DraftRequestFacts {
        author: author.clone(),
        co_authors: r.co_authors.clone(),
    });
    Ok(facts)
}

/// Loads a request the caller may take `action` on; 404 otherwise.
pub(crate) fn load_for(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    id: &str,
    action: Action,
    audit_action: &str,
) -> Result<RequestRecord, ApiError> {
    let record = match requests::find(c, id) {
        Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
        other => other?,
    };
    let action = match (record.status, action) {
        // Once submitted, a request is read as part of the case it becomes.
        (RequestStatus::Submitted | RequestStatus::Registered, Action::ViewDraftRequest) => {
            Action::ViewCase
        }
        (_, action) => action,
    };
    let facts = request_facts(c, &record)?;
    authorize(
        c,
        state,
        Caller::Person(user),
        &facts,
        action,
        audit_action,
        ("assessment_request", id),
    )?;
    Ok(record)
}

pub(crate) fn not_a_draft(record: &RequestRecord) -> ApiError {
    ApiError::Conflict(match record.status {
        RequestStatus::Draft => "This request is a draft.".into(),
        RequestStatus::Submitted => {
            "This request has been submitted to the local authority and can no longer be changed."
                .into()
        }
        RequestStatus::Registered => "This request has been registered as a case.".into(),
    })
}

/// The setting a draft is for: the one named (which must be one the author
/// works in), or the author's only setting.
fn authors_setting(
    c: &mut DbConnection,
    user: &User,
    named: Option<&str>,
) -> Result<Option<SettingId>, ApiError> {
    let (_, settings) = persistence::teams::memberships_of(c, &user.id)?;
    match named {
        Some(id) if settings.iter().any(|s| s.as_str() == id) => Ok(Some(SettingId::new(id))),
        Some(_) => Err(ApiError::invalid(
            "setting_id",
            "not_your_setting",
            "Choose one of the settings you work in",
        )),
        None if settings.len() == 1 => Ok(settings.into_iter().next()),
        None => Ok(None),
    }
}

fn existing_setting(
    c: &mut DbConnection,
    named: Option<&str>,
) -> Result<Option<SettingId>, ApiError> {
    let Some(id) = named else { return Ok(None) };
    let setting = SettingId::new(id);
    match persistence::education_settings::find(c, &setting) {
        Ok(_) => Ok(Some(setting)),
        Err(PersistenceError::NotFound) => Err(ApiError::invalid(
            "setting_id",
            "unknown",
            "There is no education setting with this id",
        )),
        Err(e) => Err(e.into()),
    }
}

fn audit(
    c: &mut DbConnection,
    state: &AppState,
    who: &UserId,
    action: &str,
    request_id: &str,
) -> Result<(), ApiError> {
    use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
    let event = NewAuditEvent::new(
        AuditActor::User(who.to_string()),
        action,
        AuditOutcome::Success,
    )
    .object("assessment_request", request_id)
    .request_id(crate::request_id::current_request_id());
    persistence::audit::append(c, &event, state.now())?;
    Ok(())
}

fn person_key(user: &User) -> String {
    format!("user:{}", user.id)
}

fn location(id: &str) -> String {
    format!("/api/v1/assessment-requests/{id}")
}

// ---- handlers -------------------------------------------------------------

/// Start a draft (a setting), or record a request that reached the LA by post,
/// email or on paper (a co-ordinator).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CreateAssessmentRequest {
    /// The setting the request comes from; defaults to the author's only setting.
    pub setting_id: Option<String>,
    pub content: RequestContentBody,
    /// Co-ordinators only: the day the LA received it (the clock runs from here).
    pub received_on: Option<NaiveDate>,
    /// Co-ordinators only: how it arrived.
    pub received_via: Option<ReceivedViaName>,
}

/// Start a draft request (settings) or record a received one (co-ordinators).
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "create_assessment_request",
    security(("session" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key returns the first answer and creates nothing more")),
    request_body = CreateAssessmentRequest,
    responses(
        (status = 201, description = "A draft (settings) or a submitted request (co-ordinators)", body = AssessmentRequestBody,
            headers(("Location" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only settings start requests and co-ordinators record them", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The Idempotency-Key was used for a different request", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid (each is named); a recorded request is checked in full", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests")]
pub async fn create_assessment_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: IdempotencyKey,
    payload: web::Json<CreateAssessmentRequest>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let request = payload.into_inner();
    let answer = blocking(move || {
        keep_refusals(&state, || {
        let today = state.today();
        let route = match user.role {
            Role::Setting => RequestRoute::Setting,
            Role::CaseCoordinator => RequestRoute::Coordinator,
            _ => {
                return Err(ApiError::Forbidden(
                    "Requests for assessment are started by education settings and recorded by case co-ordinators. Families use the public form."
                        .into(),
                ));
            }
        };
        let content = RequestContent::from(request.content.clone());
        let (status, received) = if route == RequestRoute::Coordinator {
            let mut problems = content.check_submit(route, today);
            match request.received_on {
                None => problems.push(missing("received_on", "Enter the date the request was received")),
                Some(on) if on > today => problems.push(domain::advice::content::FieldProblem {
                    field: "received_on".into(),
                    code: "in_future",
                    message: "The date received must be today or in the past".into(),
                }),
                Some(_) => {}
            }
            if request.received_via.is_none() {
                problems.push(missing("received_via", "Select how the request arrived"));
            }
            ApiError::unless_valid(problems)?;
            (
                RequestStatus::Submitted,
                request.received_on.zip(request.received_via.map(ReceivedVia::from)),
            )
        } else {
            if request.received_on.is_some() || request.received_via.is_some() {
                return Err(ApiError::invalid(
                    "received_on",
                    "coordinators_only",
                    "Only a case co-ordinator records when a request was received",
                ));
            }
            ApiError::unless_valid(content.check_draft(route, today))?;
            (RequestStatus::Draft, None)
        };
        once(
            &state.db,
            &person_key(&user),
            &key,
            "create_assessment_request",
            &request,
            state.now(),
            |c| {
                let setting = match route {
                    RequestRoute::Setting => authors_setting(c, &user, request.setting_id.as_deref())?,
                    _ => existing_setting(c, request.setting_id.as_deref())?,
                };
                let new = NewRequest {
                    id: uuid::Uuid::new_v4().to_string(),
                    route,
                    status,
                    author: Some(user.id.clone()),
                    setting,
                    content,
                    received_on: received.map(|r| r.0),
                    received_via: received.map(|r| r.1),
                };
                let record = requests::create(c, &new, state.now())?;
                audit(c, &state, &user.id, "assessment_request.create", &record.id)?;
                Ok((StatusCode::CREATED, Some(location(&record.id)), body(c, &state, &record)?))
            },
        )
    })
    })
    .await?;
    Ok(answer.respond())
}

fn missing(field: &str, message: &str) -> domain::advice::content::FieldProblem {
    domain::advice::content::FieldProblem {
        field: field.into(),
        code: "required",
        message: message.into(),
    }
}

/// The caller's requests: drafts and sent ones (settings), or those waiting to be registered (co-ordinators).
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "list_assessment_requests",
    security(("session" = [])),
    responses(
        (status = 200, description = "The caller's requests", body = AssessmentRequestList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/assessment-requests")]
pub async fn list_assessment_requests(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<AssessmentRequestList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let drafts = requests::drafts_of(&mut c, &user.id)?;
            let sent = requests::sent_by(&mut c, &user.id)?;
            let waiting = if user.role == Role::CaseCoordinator {
                requests::waiting(&mut c)?
            } else {
                Vec::new()
            };
            let list = |rs: Vec<RequestRecord>| rs.iter().map(|r| summary(&state, r)).collect();
            Ok(web::Json(AssessmentRequestList {
                drafts: list(drafts),
                sent: list(sent),
                waiting: list(waiting),
            }))
        })
    })
    .await
}

/// One request: a draft for its authors; a submitted one for co-ordinators.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "get_assessment_request",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The request", body = AssessmentRequestBody,
            headers(("ETag" = String, description = "The request's version, for If-Match"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see (a submitted request is the LA's until it grants you the case)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/assessment-requests/{id}")]
pub async fn get_assessment_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let body = blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let record = load_for(
                &mut c,
                &state,
                &user,
                &id,
                Action::ViewDraftRequest,
                "assessment_request.read",
            )?;
            body(&mut c, &state, &record)
        })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(body.version))
        .json(body))
}

/// A draft's autosave.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct SaveAssessmentRequest {
    pub setting_id: Option<String>,
    pub content: RequestContentBody,
}

/// Save a draft (autosave): incomplete is fine; `If-Match` stops two authors overwriting each other.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "save_assessment_request",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The request's id"),
        ("If-Match" = String, Header, description = "The ETag from reading the draft, e.g. \"3\""),
    ),
    request_body = SaveAssessmentRequest,
    responses(
        (status = 200, description = "Saved", body = AssessmentRequestBody,
            headers(("ETag" = String, description = "The draft's new version"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such draft, or not yours", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone saved the draft since that ETag; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A value cannot be right (each field named)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/assessment-requests/{id}")]
pub async fn save_assessment_request(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<SaveAssessmentRequest>,
) -> Result<HttpResponse, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let save = payload.into_inner();
    let body = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let record = load_for(
                    c,
                    &state,
                    &user,
                    &id,
                    Action::EditDraftRequest,
                    "assessment_request.save",
                )?;
                if record.status != RequestStatus::Draft {
                    return Err(not_a_draft(&record));
                }
                let content = RequestContent::from(save.content);
                ApiError::unless_valid(content.check_draft(record.route, state.today()))?;
                let setting = match save.setting_id.as_deref() {
                    None => record.setting.clone(),
                    named => authors_setting(c, &user, named)?,
                };
                let Some(version) = if_match.accepts(record.version) else {
                    return Err(ApiError::PreconditionFailed);
                };
                match requests::save_draft(
                    c,
                    &id,
                    version,
                    &content,
                    setting.as_ref(),
                    state.now(),
                )? {
                    VersionedUpdate::Applied(saved) => body(c, &state, &saved),
                    VersionedUpdate::Stale => Err(ApiError::PreconditionFailed),
                }
            })
        })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(body.version))
        .json(body))
}

/// Delete a draft that is no longer needed.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "delete_assessment_request",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such draft, or not yours", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted: a submitted request is never deleted", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/assessment-requests/{id}")]
pub async fn delete_assessment_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let documents = state.documents.clone();
    let keys = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let record = load_for(
                    c,
                    &state,
                    &user,
                    &id,
                    Action::EditDraftRequest,
                    "assessment_request.delete",
                )?;
                // A draft is not a statutory record: its documents go with it.
                let keys = persistence::documents::delete_of_draft(c, &id)?;
                if !requests::delete_draft(c, &id)? {
                    return Err(not_a_draft(&record));
                }
                Ok(keys)
            })
        })
    })
    .await?;
    documents.delete_all(&keys).await;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddCoAuthor {
    /// The other setting's SENCo or headteacher, who has an account.
    #[schema(example = "jordan.reid@school.example.org")]
    pub email: String,
}

/// Invite a second author (e.g. the SENCo of a dual-registered child's other school).
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "add_assessment_request_co_author",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    request_body = AddCoAuthor,
    responses(
        (status = 200, description = "They can now see and edit the draft", body = AssessmentRequestBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such draft, or you did not start it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No active education-setting account has that email", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests/{id}/co-authors")]
pub async fn add_assessment_request_co_author(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<AddCoAuthor>,
) -> Result<web::Json<AssessmentRequestBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let email = Email::parse(&payload.email).map_err(|e| ApiError::Invalid(vec![e.into()]))?;
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let record = load_for(
                    c,
                    &state,
                    &user,
                    &id,
                    Action::InviteCoAuthor,
                    "assessment_request.co_author.add",
                )?;
                if record.status != RequestStatus::Draft {
                    return Err(not_a_draft(&record));
                }
                let refused = || {
                    ApiError::invalid(
                        "email",
                        "not_a_setting_account",
                        "Enter the email address of a SENCo or headteacher who has an account",
                    )
                };
                let co_author = match users::find_by_email(c, &email) {
                    Ok(u) if u.role == Role::Setting && u.status == UserStatus::Active => u,
                    Ok(_) | Err(PersistenceError::NotFound) => return Err(refused()),
                    Err(e) => return Err(e.into()),
                };
                if Some(&co_author.id) == record.author.as_ref() {
                    return Err(ApiError::invalid(
                        "email",
                        "already_author",
                        "You already write this request",
                    ));
                }
                requests::add_co_author(c, &id, &co_author.id, state.now())?;
                audit(c, &state, &user.id, "assessment_request.co_author.add", &id)?;
                let updated = requests::find(c, &id)?;
                Ok(web::Json(body(c, &state, &updated)?))
            })
        })
    })
    .await
}

/// Remove a co-author from a draft (its author), or stop being one (a co-author
/// naming themself). They no longer see or change the draft.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "remove_assessment_request_co_author",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The request's id"),
        ("person_id" = String, Path, description = "The co-author's user id; your own to stop being a co-author"),
    ),
    responses(
        (status = 204, description = "Removed: they can no longer see or change the draft"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such draft; you did not start it (a co-author removes only themself); or that person is not a co-author", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/assessment-requests/{id}/co-authors/{person_id}")]
pub async fn remove_assessment_request_co_author(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let (id, person_id) = path.into_inner();
    let person = UserId::new(person_id);
    // Leaving is the co-author's own; removing someone else is the author's.
    let (action, audit_action) = if person == user.id {
        (
            Action::LeaveDraftRequest,
            "assessment_request.co_author.leave",
        )
    } else {
        (
            Action::InviteCoAuthor,
            "assessment_request.co_author.remove",
        )
    };
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let record = load_for(c, &state, &user, &id, action, audit_action)?;
                if record.status != RequestStatus::Draft {
                    return Err(not_a_draft(&record));
                }
                if !requests::remove_co_author(c, &id, &person)? {
                    return Err(ApiError::NotFound);
                }
                use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
                let event = NewAuditEvent::new(
                    AuditActor::User(user.id.to_string()),
                    audit_action,
                    AuditOutcome::Success,
                )
                .object("assessment_request", &id)
                .detail(format!("co-author {person}"))
                .request_id(crate::request_id::current_request_id());
                persistence::audit::append(c, &event, state.now())?;
                Ok(())
            })
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Send a draft to the local authority. Every mandatory field is checked and
/// each missing one named; afterwards the authors see only its status.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "submit_assessment_request",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The request's id"),
        ("If-Match" = String, Header, description = "The ETag of the draft as checked"),
        ("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key returns the first answer"),
    ),
    responses(
        (status = 200, description = "Submitted; received today", body = AssessmentRequestSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such draft, or not yours", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The draft changed since that ETag", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Mandatory fields are missing (each named; `setting_id` when the author works in more than one setting and has not chosen one)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests/{id}/submit")]
pub async fn submit_assessment_request(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: IdempotencyKey,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let answer = blocking(move || {
        keep_refusals(&state, || {
            once(
                &state.db,
                &person_key(&user),
                &key,
                "submit_assessment_request",
                &id,
                state.now(),
                |c| {
                    let record = load_for(
                        c,
                        &state,
                        &user,
                        &id,
                        Action::EditDraftRequest,
                        "assessment_request.submit",
                    )?;
                    if record.status != RequestStatus::Draft {
                        return Err(not_a_draft(&record));
                    }
                    let today = state.today();
                    ApiError::unless_valid(record.content.check_submission(
                        record.route,
                        record.setting.as_ref(),
                        today,
                    ))?;
                    let Some(version) = if_match.accepts(record.version) else {
                        return Err(ApiError::PreconditionFailed);
                    };
                    match requests::submit(
                        c,
                        &id,
                        version,
                        today,
                        ReceivedVia::Online,
                        state.now(),
                    )? {
                        VersionedUpdate::Applied(submitted) => {
                            audit(c, &state, &user.id, "assessment_request.submit", &id)?;
                            Ok((StatusCode::OK, None, summary(&state, &submitted)))
                        }
                        VersionedUpdate::Stale => Err(ApiError::PreconditionFailed),
                    }
                },
            )
        })
    })
    .await?;
    Ok(answer.respond())
}

/// A parent's or young person's request, from the public form.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PublicAssessmentRequest {
    pub content: RequestContentBody,
}

/// What the public form's sender is told.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct PublicRequestReceipt {
    /// Quote this if you contact the local authority about the request.
    pub reference: String,
    pub received_on: NaiveDate,
    /// The day by which the LA must tell you whether it will assess.
    pub decision_due_on: Option<NaiveDate>,
    pub message: String,
    /// Send as `X-Upload-Token` to add documents to this request
    /// (`POST /api/v1/public/assessment-requests/{reference}/documents`) until
    /// `upload_token_expires_at`. Keep it private: it is the only key.
    pub upload_token: String,
    pub upload_token_expires_at: chrono::DateTime<chrono::Utc>,
}

/// How long a family who asked without an account may add documents to it.
const PUBLIC_UPLOAD_WINDOW: chrono::Duration = chrono::Duration::hours(24);

/// Ask for an EHC needs assessment without an account. The LA invites the sender to register.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "submit_public_assessment_request",
    security(()),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key returns the first answer and sends nothing more")),
    request_body = PublicAssessmentRequest,
    responses(
        (status = 201, description = "Received", body = PublicRequestReceipt),
        (status = 409, description = "The Idempotency-Key was used for a different request", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Mandatory fields are missing (each named)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests")]
pub async fn submit_public_assessment_request(
    state: web::Data<AppState>,
    key: IdempotencyKey,
    payload: web::Json<PublicAssessmentRequest>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let request = payload.into_inner();
    let answer = blocking(move || {
        keep_refusals(&state, || {
        let today = state.today();
        let content = RequestContent::from(request.content.clone());
        ApiError::unless_valid(content.check_submit(RequestRoute::Parent, today))?;
        once(
            &state.db,
            "public",
            &key,
            "submit_public_assessment_request",
            &request,
            state.now(),
            |c| {
                let new = NewRequest {
                    id: uuid::Uuid::new_v4().to_string(),
                    route: RequestRoute::Parent,
                    status: RequestStatus::Submitted,
                    author: None,
                    setting: None,
                    content,
                    received_on: Some(today),
                    received_via: Some(ReceivedVia::Online),
                };
                let record = requests::create(c, &new, state.now())?;
                use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
                let event = NewAuditEvent::new(
                    AuditActor::Anonymous,
                    "assessment_request.public.submit",
                    AuditOutcome::Success,
                )
                .object("assessment_request", &record.id)
                .request_id(crate::request_id::current_request_id());
                persistence::audit::append(c, &event, state.now())?;
                let (upload_token, token_hash) = crate::auth::crypto::new_token();
                let upload_token_expires_at = state.now() + PUBLIC_UPLOAD_WINDOW;
                persistence::documents::set_upload_token(
                    c,
                    &record.id,
                    &token_hash,
                    upload_token_expires_at,
                )?;
                let due = decision_due(&state, Some(today));
                Ok((
                    StatusCode::CREATED,
                    None,
                    PublicRequestReceipt {
                        reference: record.id.clone(),
                        received_on: today,
                        decision_due_on: due,
                        message: format!(
                            "We have your request. The local authority must tell you whether it will carry out an assessment by {}. We will email you an invitation to register, so that you can follow the request and add to it.",
                            due.map_or_else(|| "within 6 weeks".to_owned(), format_date)
                        ),
                        upload_token,
                        upload_token_expires_at,
                    },
                ))
            },
        )
    })
    })
    .await?;
    Ok(answer.respond())
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RegisterAssessmentRequest {
    /// The case co-ordinator to allocate now; without one the case waits in "Unallocated".
    pub coordinator_id: Option<String>,
}

/// The case a request became.
#[derive(Serialize, ToSchema)]
pub struct RegisteredCase {
    pub case_id: String,
    #[schema(example = "EHC-2026-000123")]
    pub case_ref: String,
    pub stage: String,
    pub stage_label: String,
    pub next_deadline_on: Option<NaiveDate>,
}

/// Register a submitted request as a case with a reference; optionally allocate its co-ordinator.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "register_assessment_request",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The request's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key returns the first answer and registers nothing more"),
    ),
    request_body = RegisterAssessmentRequest,
    responses(
        (status = 201, description = "The new case", body = RegisteredCase, headers(("Location" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or you are not a co-ordinator", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Still a draft, or already registered", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The co-ordinator named is not an active case co-ordinator", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests/{id}/register")]
pub async fn register_assessment_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: IdempotencyKey,
    id: web::Path<String>,
    payload: web::Json<RegisterAssessmentRequest>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let register = payload.into_inner();
    let answer = blocking(move || {
        keep_refusals(&state, || {
            once(
                &state.db,
                &person_key(&user),
                &key,
                "register_assessment_request",
                &(&id, &register),
                state.now(),
                |c| {
                    let record = load_for(
                        c,
                        &state,
                        &user,
                        &id,
                        Action::AllocateCoordinator,
                        "assessment_request.register",
                    )?;
                    let received_on = match (record.status, record.received_on) {
                        (RequestStatus::Submitted, Some(on)) => on,
                        (RequestStatus::Draft, _) => {
                            return Err(ApiError::Conflict(
                                "This request is still a draft: its author has not submitted it."
                                    .into(),
                            ));
                        }
                        _ => {
                            return Err(ApiError::Conflict(
                                "This request has already been registered as a case.".into(),
                            ));
                        }
                    };
                    let coordinator = register
                        .coordinator_id
                        .as_deref()
                        .map(|raw| active_coordinator(c, raw))
                        .transpose()?;
                    let case =
                        open_case(c, &state, &user, &record, received_on, coordinator.as_ref())?;
                    Ok((
                        StatusCode::CREATED,
                        Some(format!("/api/v1/cases/{}", case.id)),
                        RegisteredCase {
                            case_id: case.id,
                            case_ref: case.case_ref,
                            stage: case.stage.as_str().into(),
                            stage_label: case.stage.label().into(),
                            next_deadline_on: case.next_deadline.map(|d| d.1),
                        },
                    ))
                },
            )
        })
    })
    .await?;
    Ok(answer.respond())
}

/// The account named as a case's co-ordinator, which must be an active co-ordinator.
pub(crate) fn active_coordinator(c: &mut DbConnection, raw: &str) -> Result<User, ApiError> {
    match users::find_by_id(c, &UserId::new(raw)) {
        Ok(u) if u.role == Role::CaseCoordinator && u.status == UserStatus::Active => Ok(u),
        Ok(_) | Err(PersistenceError::NotFound) => Err(ApiError::invalid(
            "coordinator_id",
            "not_a_coordinator",
            "Choose an active case co-ordinator",
        )),
        Err(e) => Err(e.into()),
    }
}

/// Opens the case: the request's received date starts the clock, the
/// registration gives it a reference, and the co-ordinator (if any) is allocated.
fn open_case(
    c: &mut DbConnection,
    state: &AppState,
    by: &User,
    record: &RequestRecord,
    received_on: NaiveDate,
    coordinator: Option<&User>,
) -> Result<case_store::CaseRecord, ApiError> {
    let now = state.now();
    let today = state.today();
    let new = case_store::NewCase {
        id: uuid::Uuid::new_v4().to_string(),
        case_ref: case_store::next_case_ref(c, today.year())?,
        stage: CaseStage::RequestDraft,
        coordinator: None,
        child_born_on: record.content.child.born_on,
        request_received_on: None,
    };
    let case = case_store::create(c, &new, now)?;
    let child = &record.content.child;
    case_parties::set_child(
        c,
        &case.id,
        &Child {
            given_names: child.given_names.trim().to_owned(),
            family_name: child.family_name.trim().to_owned(),
            looked_after: child.looked_after,
            parental_responsibility: child.parental_responsibility.clone(),
            preferred_language: child.preferred_language.clone(),
            setting: record.setting.clone(),
        },
        now,
    )?;
    record_event(
        c,
        &state.statutory,
        &case.id,
        CaseEvent::RequestSubmitted,
        received_on,
        Some(&by.id),
        now,
    )?;
    record_event(
        c,
        &state.statutory,
        &case.id,
        CaseEvent::RequestRegistered,
        today,
        Some(&by.id),
        now,
    )?;
    let via = record.received_via.map_or("", |v| match v {
        ReceivedVia::Online => " online",
        ReceivedVia::Email => " by email",
        ReceivedVia::Post => " by post",
        ReceivedVia::Paper => " on paper",
    });
    let entry = |kind: &'static str, summary: String| timeline::NewEntry {
        case_id: &case.id,
        actor: Some(&by.id),
        kind,
        summary,
        object: None,
    };
    timeline::append(
        c,
        &entry(
            "request.received",
            format!(
                "Request for assessment received{via} on {}",
                format_date(received_on)
            ),
        ),
        now,
    )?;
    timeline::append(
        c,
        &entry(
            "case.registered",
            format!("Registered as case {}", case.case_ref),
        ),
        now,
    )?;
    if let Some(coordinator) = coordinator {
        allocate_coordinator(c, state, by, &case.id, coordinator)?;
    }
    if !requests::register(c, &record.id, &case.id, now)? {
        return Err(ApiError::Conflict(
            "This request has already been registered as a case.".into(),
        ));
    }
    persistence::documents::attach_request_to_case(c, &record.id, &case.id)?;
    audit(
        c,
        state,
        &by.id,
        "assessment_request.registered",
        &record.id,
    )?;
    Ok(case_store::find(c, &case.id)?)
}

/// Makes `coordinator` the case's co-ordinator; the first allocation moves an
/// unallocated case on to the decision whether to assess.
pub(crate) fn allocate_coordinator(
    c: &mut DbConnection,
    state: &AppState,
    by: &User,
    case_id: &str,
    coordinator: &User,
) -> Result<(), ApiError> {
    let now = state.now();
    let case = case_store::find(c, case_id)?;
    if case.coordinator.as_ref() == Some(&coordinator.id) {
        return Ok(());
    }
    case_store::set_coordinator(c, case_id, Some(&coordinator.id))?;
    if case.stage == CaseStage::Unallocated {
        record_event(
            c,
            &state.statutory,
            case_id,
            CaseEvent::CoordinatorAllocated,
            state.today(),
            Some(&by.id),
            now,
        )?;
    }
    timeline::append(
        c,
        &timeline::NewEntry {
            case_id,
            actor: Some(&by.id),
            kind: "case.coordinator_allocated",
            summary: format!(
                "{} allocated as case co-ordinator",
                coordinator.display_name.as_str()
            ),
            object: Some(("user", coordinator.id.as_str())),
        },
        now,
    )?;
    Ok(())
}
