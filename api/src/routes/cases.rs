//! The case file: its summary and stage bar, statutory deadlines, the child's
//! details, the co-ordinator, who the case is granted to, the LA's decisions and
//! the timeline. Everyone the access policy does not let see the case gets the
//! same 404 as for a missing case.

use actix_web::{HttpRequest, delete, get, post, put, web};
use chrono::NaiveDate;
use domain::access::Action;
use domain::assessment_request::ChildDetails;
use domain::deadlines::{Deadline, DeadlineStatus};
use domain::lifecycle::{AssessDecision, CaseEvent, IssueDecision, StepState, stage_bar};
use domain::notifications::{format_date, in_days};
use domain::people::{Role, SettingId, UserId, UserStatus};
use persistence::case_parties::{self, Child, Party};
use persistence::teams::VersionedUpdate;
use persistence::{DbConnection, PersistenceError, education_settings, timeline, users};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Credentials, Principal, Renewal, SignedIn};
use crate::cases::{Caller, Loaded, authorize, keep_refusals, record_noted_event, refresh_case};
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::routes::documents::DocumentBody;
use crate::routes::notes::NoteBody;
use crate::routes::requests::{active_coordinator, allocate_coordinator};
use crate::routes::teams::IfMatch;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    /// Done, on `met_on`.
    Met,
    /// Still to do; `days_left` counts down to the last day.
    Pending,
    /// Not done by its last day.
    Overdue,
    /// A window for the family that closed without being used; nobody is late.
    WindowClosed,
    /// Overtaken by events (a plan was issued, the pathway ended, the case closed).
    NoLongerApplies,
}

/// One statutory deadline of a case, with why it falls when it does.
#[derive(Serialize, ToSchema)]
pub struct DeadlineView {
    /// The deadline's number in the statutory rules, e.g. `D1`.
    #[schema(example = "D1")]
    pub id: String,
    /// What must happen, in plain English.
    pub name: String,
    /// What the deadline counts from, in plain English.
    pub anchor: String,
    pub anchor_on: NaiveDate,
    /// The statutory last day. An exception never moves it.
    pub due: NaiveDate,
    pub status: DeadlineState,
    pub met_on: Option<NaiveDate>,
    /// Days from today to the last day; negative once overdue.
    pub days_left: i64,
    /// The exception recorded against this deadline, if one applies, e.g. `10(4)(c)`.
    pub exception_code: Option<String>,
    /// What the exception means, in plain English.
    pub exception_reason: Option<String>,
    /// The law or guidance that sets the deadline.
    #[schema(example = "SEND Regulations 2014, reg 5(4)")]
    pub source: String,
    /// A target from guidance rather than a legal duty.
    pub advisory: bool,
    /// One sentence for people: "Decision whether to assess is due by 13 October 2025 (in 41 days)".
    pub summary: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseDeadlines {
    pub case_id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    /// The day the figures are counted from (England).
    pub today: NaiveDate,
    pub items: Vec<DeadlineView>,
}

impl From<&Deadline<'_>> for DeadlineView {
    fn from(d: &Deadline<'_>) -> Self {
        let due = format_date(d.due);
        let (status, met_on, summary) = match d.status {
            DeadlineStatus::Met { on } => (
                DeadlineState::Met,
                Some(on),
                format!(
                    "{}: done on {} (the last day was {due})",
                    d.name,
                    format_date(on)
                ),
            ),
            DeadlineStatus::Pending => (
                DeadlineState::Pending,
                None,
                format!("{} is due by {due} ({})", d.name, in_days(d.days_left)),
            ),
            DeadlineStatus::Overdue => (
                DeadlineState::Overdue,
                None,
                format!("{} was due by {due} ({})", d.name, in_days(d.days_left)),
            ),
            DeadlineStatus::WindowClosed => (
                DeadlineState::WindowClosed,
                None,
                format!("{}: the window closed on {due}", d.name),
            ),
            DeadlineStatus::NoLongerApplies => (
                DeadlineState::NoLongerApplies,
                None,
                format!("{}: no longer applies", d.name),
            ),
        };
        DeadlineView {
            id: d.id.as_str().to_owned(),
            name: d.name.to_owned(),
            anchor: d.anchor.label().to_owned(),
            anchor_on: d.anchor_on,
            due: d.due,
            status,
            met_on,
            days_left: d.days_left,
            exception_code: d.exception.map(|e| e.as_str().to_owned()),
            exception_reason: d.exception.map(|e| e.label().to_owned()),
            source: d.source.to_owned(),
            advisory: d.advisory,
            summary,
        }
    }
}

/// Every statutory deadline that applies to the case, with its legal source and days left.
#[utoipa::path(
    tag = "cases",
    operation_id = "get_case_deadlines",
    security(("session" = []), ("client_token" = ["cases:read"])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case's deadlines", body = CaseDeadlines),
        (status = 401, description = "Not signed in, or no valid bearer token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "An integration client without the cases:read scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/deadlines")]
pub async fn get_case_deadlines(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
) -> Result<web::Json<CaseDeadlines>, ApiError> {
    let state = state.get_ref().clone();
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let loaded = match Loaded::load(&mut c, &case_id) {
                Err(persistence::PersistenceError::NotFound) => return Err(ApiError::NotFound),
                other => other?,
            };
            authorize(
                &mut c,
                &state,
                Caller::from(&principal),
                &loaded.facts(),
                Action::ViewDeadlines,
                "case.deadlines.read",
                ("case", &case_id),
            )?;
            let today = state.today();
            let items = loaded
                .deadlines(&state.statutory, today)
                .iter()
                .map(DeadlineView::from)
                .collect();
            Ok(web::Json(CaseDeadlines {
                case_id: loaded.0.case.id,
                case_ref: loaded.0.case.case_ref,
                today,
                items,
            }))
        })
    })
    .await
}

// ---- the case file: summary, child, co-ordinator, access, decisions, timeline

/// A person, by id and name.
#[derive(Serialize, ToSchema, Clone)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// One step of the stage bar.
#[derive(Serialize, ToSchema)]
pub struct StageStep {
    #[schema(example = "Decision to assess")]
    pub label: String,
    /// `done`, `current` or `not_reached`.
    #[schema(example = "current")]
    pub state: String,
}

/// The child a case is about. Correctable by a co-ordinator.
#[derive(Serialize, ToSchema)]
pub struct CaseChild {
    pub given_names: String,
    pub family_name: String,
    pub born_on: Option<NaiveDate>,
    /// The school year group for their age in England, today: "Reception",
    /// "Year 4", "Early years (before Reception)"...; null when the date of birth is not known.
    #[schema(example = "Year 4")]
    pub year_group: Option<String>,
    pub looked_after: bool,
    pub parental_responsibility: String,
    pub preferred_language: String,
    pub setting: Option<Named>,
    /// The latest photo a co-ordinator added (absent when none, or redacted).
    pub photo: Option<DocumentBody>,
    /// Send back in `If-Match` (as `"<version>"`) when correcting the details.
    pub version: i64,
}

/// The case file's summary.
#[derive(Serialize, ToSchema)]
pub struct CaseSummary {
    pub id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    #[schema(example = "awaiting_assessment_decision")]
    pub stage: String,
    #[schema(example = "Waiting for the decision whether to assess")]
    pub stage_label: String,
    pub stage_bar: Vec<StageStep>,
    pub child: Option<CaseChild>,
    pub coordinator: Option<Named>,
    pub what_next: WhatNext,
    /// The day the LA received the request: the 20 weeks run from here.
    pub request_received_on: Option<NaiveDate>,
    /// The earliest statutory deadline still to meet.
    pub next_deadline: Option<NextDeadline>,
    /// The flags a co-ordinator has set, shown in trays.
    pub flags: Vec<CaseFlag>,
}

/// A flag on a case.
#[derive(Serialize, ToSchema)]
pub struct CaseFlag {
    #[schema(example = "safeguarding")]
    pub flag: String,
    #[schema(example = "Safeguarding")]
    pub label: String,
}

impl From<domain::trays::Flag> for CaseFlag {
    fn from(f: domain::trays::Flag) -> Self {
        Self {
            flag: f.as_str().to_owned(),
            label: f.label().to_owned(),
        }
    }
}

/// Where the case is and what happens next, by when and who is doing it, in
/// plain English for the family (and everyone else).
#[derive(Serialize, ToSchema)]
pub struct WhatNext {
    #[schema(
        example = "The draft EHC plan is with you for your comments, and schools or settings are being asked about a place."
    )]
    pub where_now: String,
    pub next: Option<NextStep>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NextStepWho {
    You,
    LocalAuthority,
    Advisers,
    Settings,
}

#[derive(Serialize, ToSchema)]
pub struct NextStep {
    #[schema(example = "D5")]
    pub deadline: String,
    pub who: NextStepWho,
    #[schema(example = "You")]
    pub who_label: String,
    pub due: NaiveDate,
    pub days_left: i64,
    pub overdue: bool,
    #[schema(example = "Your comments on the draft plan are due by 17 March 2027 (in 9 days).")]
    pub sentence: String,
    /// That an exception to this deadline is recorded, and why.
    pub exception: Option<String>,
}

impl From<domain::family_view::FamilyView> for WhatNext {
    fn from(v: domain::family_view::FamilyView) -> Self {
        use domain::family_view::Who;
        WhatNext {
            where_now: v.where_now,
            next: v.next.map(|n| NextStep {
                deadline: n.deadline.as_str().to_owned(),
                who: match n.who {
                    Who::You => NextStepWho::You,
                    Who::LocalAuthority => NextStepWho::LocalAuthority,
                    Who::Advisers => NextStepWho::Advisers,
                    Who::Settings => NextStepWho::Settings,
                },
                who_label: n.who_label,
                due: n.due,
                days_left: n.days_left,
                overdue: n.overdue,
                sentence: n.sentence,
                exception: n.exception,
            }),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct NextDeadline {
    #[schema(example = "D1")]
    pub id: String,
    pub due: NaiveDate,
}

pub(crate) fn named_user(c: &mut DbConnection, id: &UserId) -> Result<Named, ApiError> {
    let user = users::find_by_id(c, id)?;
    Ok(Named {
        id: user.id.to_string(),
        name: user.display_name.as_str().to_owned(),
    })
}

fn named_setting(c: &mut DbConnection, id: &SettingId) -> Result<Named, ApiError> {
    let setting = education_settings::find(c, id)?;
    Ok(Named {
        id: id.as_str().to_owned(),
        name: setting.name.as_str().to_owned(),
    })
}

/// The child's photo: the latest one added that is not redacted.
fn child_photo(
    c: &mut DbConnection,
    case_id: &str,
) -> Result<Option<persistence::documents::Document>, ApiError> {
    let photos =
        persistence::documents::of_case(c, case_id, &[domain::documents::Section::ChildPhoto])?;
    Ok(photos.into_iter().rev().find(|d| d.redaction.is_none()))
}

fn case_summary(
    c: &mut DbConnection,
    state: &AppState,
    loaded: &Loaded,
) -> Result<CaseSummary, ApiError> {
    let case = &loaded.case;
    let today = state.today();
    let details = loaded.details.clone();
    let coordinator = case
        .coordinator
        .as_ref()
        .zip(details.coordinator_name)
        .map(|(id, name)| Named {
            id: id.to_string(),
            name,
        });
    let what_next = WhatNext::from(domain::family_view::family_view(
        case.stage,
        &loaded.deadlines(&state.statutory, today),
        coordinator.as_ref().map(|n| n.name.as_str()),
    ));
    let photo = if details.has_photo {
        child_photo(c, &case.id)?
    } else {
        None
    };
    let child = details.child.map(|record| CaseChild {
        given_names: record.child.given_names,
        family_name: record.child.family_name,
        born_on: case.child_born_on,
        year_group: case
            .child_born_on
            .and_then(|born| domain::year_group::year_group(born, today))
            .map(|group| group.label()),
        looked_after: record.child.looked_after,
        parental_responsibility: record.child.parental_responsibility,
        preferred_language: record.child.preferred_language,
        setting: record
            .child
            .setting
            .zip(details.setting_name)
            .map(|(id, name)| Named {
                id: id.as_str().to_owned(),
                name,
            }),
        photo: photo.as_ref().map(DocumentBody::from),
        version: record.version,
    });
    Ok(CaseSummary {
        id: case.id.clone(),
        case_ref: case.case_ref.clone(),
        stage: case.stage.as_str().to_owned(),
        stage_label: case.stage.label().to_owned(),
        stage_bar: stage_bar(case.stage, case.stage_before_closure)
            .iter()
            .map(|(step, state)| StageStep {
                label: step.label().to_owned(),
                state: match state {
                    StepState::Done => "done",
                    StepState::Current => "current",
                    StepState::NotReached => "not_reached",
                }
                .to_owned(),
            })
            .collect(),
        child,
        coordinator,
        what_next,
        request_received_on: case.request_received_on,
        next_deadline: case.next_deadline.as_ref().map(|(id, due)| NextDeadline {
            id: id.clone(),
            due: *due,
        }),
        flags: case.flags.iter().copied().map(CaseFlag::from).collect(),
    })
}

/// Loads a case the caller may take `action` on; 404 otherwise (also for a missing case).
fn load_case(
    c: &mut DbConnection,
    state: &AppState,
    caller: Caller<'_>,
    case_id: &str,
    action: Action,
    audit_action: &str,
) -> Result<Loaded, ApiError> {
    crate::cases::load_authorized(
        c,
        state,
        caller,
        case_id,
        action,
        audit_action,
        ("case", case_id),
    )
}

/// The case file's summary: stage bar, child, co-ordinator, next deadline.
#[utoipa::path(
    tag = "cases",
    operation_id = "get_case",
    security(("session" = []), ("client_token" = ["cases:read"])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case", body = CaseSummary),
        (status = 401, description = "Not signed in, or no valid bearer token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "An integration client without the cases:read scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}")]
pub async fn get_case(
    req: HttpRequest,
    state: web::Data<AppState>,
    credentials: Credentials,
    id: web::Path<String>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let state = state.get_ref().clone();
    let case_id = id.into_inner();
    // The most read page: who is asking, the case and its audit row in one
    // blocking call on one connection.
    let (outcome, renewal) = blocking(move || {
        let mut c = state.db.conn()?;
        let (principal, renewal) = credentials.resolve(&mut c, &state)?;
        let state = &state;
        // `move`: the connection goes back before a refusal is written on another.
        let outcome = keep_refusals(state, move || {
            let loaded = load_case(
                &mut c,
                state,
                Caller::from(&principal),
                &case_id,
                Action::ViewCase,
                "case.read",
            )?;
            Ok(web::Json(case_summary(&mut c, state, &loaded)?))
        });
        Ok((outcome, renewal))
    })
    .await?;
    Renewal::apply(renewal, &req);
    outcome
}

/// Corrections to the child's details.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChildCorrection {
    pub given_names: String,
    pub family_name: String,
    pub born_on: NaiveDate,
    pub looked_after: bool,
    #[serde(default)]
    pub parental_responsibility: String,
    #[serde(default)]
    pub preferred_language: String,
    pub setting_id: Option<String>,
}

/// Correct the child's details (co-ordinators). The date of birth feeds the clock.
#[utoipa::path(
    tag = "cases",
    operation_id = "update_case_child",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("If-Match" = String, Header, description = "The child's `version` from the case, e.g. \"2\""),
    ),
    request_body = ChildCorrection,
    responses(
        (status = 200, description = "Corrected", body = CaseSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not correct it", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone changed the details since; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid (each named)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/cases/{id}/child")]
pub async fn update_case_child(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<ChildCorrection>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let body = payload.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let today = state.today();
            let details = ChildDetails {
                given_names: body.given_names.trim().to_owned(),
                family_name: body.family_name.trim().to_owned(),
                born_on: Some(body.born_on),
                preferred_language: body.preferred_language.trim().to_owned(),
                looked_after: body.looked_after,
                parental_responsibility: body.parental_responsibility.trim().to_owned(),
            };
            ApiError::unless_valid(details.check(today))?;
            state.db.transaction_with(|c| {
                let loaded = load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::EditChildDetails,
                    "case.child.update",
                )?;
                let setting = match body.setting_id.as_deref() {
                    None => None,
                    Some(raw) => {
                        let id = SettingId::new(raw);
                        match education_settings::find(c, &id) {
                            Ok(_) => Some(id),
                            Err(PersistenceError::NotFound) => {
                                return Err(ApiError::invalid(
                                    "setting_id",
                                    "unknown",
                                    "There is no education setting with this id",
                                ));
                            }
                            Err(e) => return Err(e.into()),
                        }
                    }
                };
                let current = case_parties::child(c, &case_id)?;
                let Some(version) = if_match.accepts(current.version) else {
                    return Err(ApiError::PreconditionFailed);
                };
                let child = Child {
                    given_names: details.given_names.clone(),
                    family_name: details.family_name.clone(),
                    looked_after: details.looked_after,
                    parental_responsibility: details.parental_responsibility.clone(),
                    preferred_language: details.preferred_language.clone(),
                    setting,
                };
                if let VersionedUpdate::Stale =
                    case_parties::update_child(c, &case_id, version, &child, state.now())?
                {
                    return Err(ApiError::PreconditionFailed);
                }
                if loaded.case.child_born_on != details.born_on {
                    persistence::cases::set_child_born_on(c, &case_id, details.born_on)?;
                    refresh_case(c, &state.statutory, &case_id, today)?;
                }
                timeline::append(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "case.child_corrected",
                        summary: "The child's details were corrected".into(),
                        object: None,
                    },
                    state.now(),
                )?;
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(case_summary(c, &state, &loaded)?))
            })
        })
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CoordinatorChoice {
    pub user_id: String,
}

/// Allocate (or change) the case's co-ordinator. An unallocated case moves on to the decision whether to assess.
#[utoipa::path(
    tag = "cases",
    operation_id = "allocate_case_coordinator",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = CoordinatorChoice,
    responses(
        (status = 200, description = "Allocated", body = CaseSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not allocate it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an active case co-ordinator", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/cases/{id}/coordinator")]
pub async fn allocate_case_coordinator(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<CoordinatorChoice>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::AllocateCoordinator,
                    "case.coordinator.allocate",
                )?;
                let coordinator = active_coordinator(c, &payload.user_id)?;
                allocate_coordinator(c, &state, &user, &case_id, &coordinator)?;
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(case_summary(c, &state, &loaded)?))
            })
        })
    })
    .await
}

/// Someone the case is granted to.
#[derive(Debug, Serialize, Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A parent, carer or young person with a family account.
    Family,
    /// A named person (setting staff).
    Person,
    /// Every member of staff of an education setting.
    Setting,
}

#[derive(Serialize, ToSchema)]
pub struct AccessGrant {
    pub kind: PartyKind,
    /// A user id (family, person) or a setting id.
    pub id: String,
    pub name: String,
    pub granted_by: Named,
    pub granted_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct AccessList {
    pub items: Vec<AccessGrant>,
}

fn party(kind: PartyKind, id: &str) -> Party {
    match kind {
        PartyKind::Family => Party::Family(UserId::new(id)),
        PartyKind::Person => Party::Person(UserId::new(id)),
        PartyKind::Setting => Party::Setting(SettingId::new(id)),
    }
}

fn access_list(c: &mut DbConnection, loaded: &Loaded) -> Result<AccessList, ApiError> {
    let mut items = Vec::new();
    for grant in &loaded.grants {
        let (kind, id, name) = match &grant.party {
            Party::Family(u) => (PartyKind::Family, u.to_string(), named_user(c, u)?.name),
            Party::Person(u) => (PartyKind::Person, u.to_string(), named_user(c, u)?.name),
            Party::Setting(s) => (
                PartyKind::Setting,
                s.as_str().to_owned(),
                named_setting(c, s)?.name,
            ),
        };
        items.push(AccessGrant {
            kind,
            id,
            name,
            granted_by: named_user(c, &grant.granted_by)?,
            granted_at: grant.granted_at,
        });
    }
    Ok(AccessList { items })
}

/// Who the case is granted to: family members, named people, settings.
#[utoipa::path(
    tag = "cases",
    operation_id = "list_case_access",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "Everyone the case is granted to", body = AccessList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/access")]
pub async fn list_case_access(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<AccessList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let loaded = load_case(
                &mut c,
                &state,
                Caller::Person(&user),
                &case_id,
                Action::ViewPartyNames,
                "case.access.read",
            )?;
            Ok(web::Json(access_list(&mut c, &loaded)?))
        })
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantRequest {
    pub kind: PartyKind,
    /// A user id (family: a family account; person: a setting's member of staff) or a setting id.
    pub id: String,
}

fn check_party(c: &mut DbConnection, kind: PartyKind, id: &str) -> Result<String, ApiError> {
    let wrong = |message: &str| ApiError::invalid("id", "wrong_kind", message.to_owned());
    match kind {
        PartyKind::Setting => match education_settings::find(c, &SettingId::new(id)) {
            Ok(s) => Ok(s.name.as_str().to_owned()),
            Err(PersistenceError::NotFound) => {
                Err(wrong("There is no education setting with this id"))
            }
            Err(e) => Err(e.into()),
        },
        PartyKind::Family | PartyKind::Person => {
            let expected = if kind == PartyKind::Family {
                Role::Family
            } else {
                Role::Setting
            };
            match users::find_by_id(c, &UserId::new(id)) {
                Ok(u) if u.role == expected && u.status != UserStatus::Suspended => {
                    Ok(u.display_name.as_str().to_owned())
                }
                Ok(_) | Err(PersistenceError::NotFound) => {
                    Err(wrong(if kind == PartyKind::Family {
                        "Choose a family member's account"
                    } else {
                        "Choose a member of an education setting's staff"
                    }))
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}

/// Grant the case to a family member, a named person or a setting (co-ordinators).
#[utoipa::path(
    tag = "cases",
    operation_id = "grant_case_access",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = GrantRequest,
    responses(
        (status = 200, description = "Granted (or already was)", body = AccessList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not grant it", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such account or setting of that kind", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/access")]
pub async fn grant_case_access(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<GrantRequest>,
) -> Result<web::Json<AccessList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::GrantAccess,
                    "case.access.grant",
                )?;
                let name = check_party(c, payload.kind, &payload.id)?;
                let party = party(payload.kind, &payload.id);
                if case_parties::grant(c, &case_id, &party, &user.id, state.now())? {
                    refresh_case(c, &state.statutory, &case_id, state.today())?;
                    timeline::append(
                        c,
                        &timeline::NewEntry {
                            case_id: &case_id,
                            actor: Some(&user.id),
                            kind: "case.access_granted",
                            summary: format!("Access granted to {name}"),
                            object: Some(("party", &payload.id)),
                        },
                        state.now(),
                    )?;
                }
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(access_list(c, &loaded)?))
            })
        })
    })
    .await
}

/// Take the case away from someone (co-ordinators). They lose sight of it at once.
#[utoipa::path(
    tag = "cases",
    operation_id = "revoke_case_access",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("kind" = PartyKind, Path, description = "family, person or setting"),
        ("party_id" = String, Path, description = "The user or setting id"),
    ),
    responses(
        (status = 200, description = "Revoked", body = AccessList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case or grant, or you may not revoke it", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/cases/{id}/access/{kind}/{party_id}")]
pub async fn revoke_case_access(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, PartyKind, String)>,
) -> Result<web::Json<AccessList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let (case_id, kind, party_id) = path.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let loaded = load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::RevokeAccess,
                    "case.access.revoke",
                )?;
                let party = party(kind, &party_id);
                let name = access_list(c, &loaded)?
                    .items
                    .into_iter()
                    .find(|g| g.kind == kind && g.id == party_id)
                    .map(|g| g.name)
                    .ok_or(ApiError::NotFound)?;
                case_parties::revoke(c, &case_id, &party)?;
                refresh_case(c, &state.statutory, &case_id, state.today())?;
                timeline::append(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "case.access_revoked",
                        summary: format!("Access revoked from {name}"),
                        object: Some(("party", &party_id)),
                    },
                    state.now(),
                )?;
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(access_list(c, &loaded)?))
            })
        })
    })
    .await
}

/// The LA's decisions on the pathway.
#[derive(Debug, Serialize, Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Assess,
    NotToAssess,
    /// A decision not to assess reversed (after mediation, tribunal or review).
    AssessOverturned,
    Issue,
    NotToIssue,
    /// A decision not to issue reversed.
    IssueOverturned,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    pub decision: DecisionKind,
    /// The day the decision was notified to the family; defaults to today.
    pub decided_on: Option<NaiveDate>,
    /// Why; required for a decision not to assess or not to issue.
    #[serde(default)]
    pub reasons: String,
}

/// Record a decision: whether to assess, or whether to issue a plan (co-ordinators).
/// "Not to" ends the pathway and records the family's right of appeal.
#[utoipa::path(
    tag = "cases",
    operation_id = "record_case_decision",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = DecisionRequest,
    responses(
        (status = 200, description = "Recorded; the case moved on", body = CaseSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not decide on it (nobody decides on a ceased or closed case)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not a decision the case can take at its stage (the reason says why)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Reasons missing, or a date in the future", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/decisions")]
pub async fn record_case_decision(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<DecisionRequest>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let request = payload.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let today = state.today();
            let on = request.decided_on.unwrap_or(today);
            let mut problems = Vec::new();
            if on > today {
                problems.push(FieldError {
                    field: "decided_on".into(),
                    code: "in_future".into(),
                    message: "The decision date must be today or in the past".into(),
                });
            }
            let negative = matches!(
                request.decision,
                DecisionKind::NotToAssess | DecisionKind::NotToIssue
            );
            if negative && request.reasons.trim().is_empty() {
                problems.push(FieldError {
                    field: "reasons".into(),
                    code: "required".into(),
                    message: "Give the reasons for the decision".into(),
                });
            }
            if request.reasons.chars().count() > domain::advice::content::MAX_TEXT_CHARS {
                problems.push(FieldError {
                    field: "reasons".into(),
                    code: "too_long".into(),
                    message: "The reasons are too long".into(),
                });
            }
            if !problems.is_empty() {
                return Err(ApiError::Invalid(problems));
            }
            let (event, summary) = decision_event(request.decision, on);
            state.db.transaction_with(|c| {
                load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::RecordDecision,
                    "case.decision.record",
                )?;
                let reasons = request.reasons.trim();
                record_noted_event(
                    c,
                    &state.statutory,
                    &case_id,
                    domain::deadlines::DatedEvent::new(on, event),
                    Some(reasons).filter(|r| !r.is_empty()),
                    Some(&user.id),
                    state.now(),
                )?;
                let summary = if reasons.is_empty() {
                    summary
                } else {
                    format!("{summary} Reasons: {reasons}")
                };
                timeline::append(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "case.decision",
                        summary,
                        object: None,
                    },
                    state.now(),
                )?;
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(case_summary(c, &state, &loaded)?))
            })
        })
    })
    .await
}

/// The flags a case should carry: exactly these.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FlagsRequest {
    /// `mediation`, `tribunal`, `safeguarding`, `eotas`, `looked_after`, `neet`.
    pub flags: Vec<String>,
}

/// Set and clear a case's flags (co-ordinators). Each change goes on the
/// timeline; looked-after is the child's own detail and changes there too.
#[utoipa::path(
    tag = "cases",
    operation_id = "set_case_flags",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = FlagsRequest,
    responses(
        (status = 200, description = "Set; the case as it now is", body = CaseSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not flag it", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown flag (named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/cases/{id}/flags")]
pub async fn set_case_flags(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<FlagsRequest>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    use domain::trays::Flag;
    let mut wanted = Vec::new();
    for raw in &payload.flags {
        match Flag::parse(raw) {
            Some(f) => wanted.push(f),
            None => {
                return Err(ApiError::invalid(
                    "flags",
                    "unknown_flag",
                    format!("No such flag: {raw}"),
                ));
            }
        }
    }
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let loaded = load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::SetFlags,
                    "case.flags.set",
                )?;
                let mut changes = Vec::new();
                for flag in Flag::ALL {
                    let on = wanted.contains(&flag);
                    if loaded.case.flags.contains(&flag) != on {
                        persistence::trays::set_flag(c, &case_id, flag, on, state.now())?;
                        changes.push(format!(
                            "{} {}",
                            flag.label(),
                            if on { "set" } else { "cleared" }
                        ));
                    }
                }
                if !changes.is_empty() {
                    timeline::append(
                        c,
                        &timeline::NewEntry {
                            case_id: &case_id,
                            actor: Some(&user.id),
                            kind: "case.flags",
                            summary: format!("Flags: {}.", changes.join("; ")),
                            object: None,
                        },
                        state.now(),
                    )?;
                }
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(case_summary(c, &state, &loaded)?))
            })
        })
    })
    .await
}

/// Why a case is closed outside the statutory process.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// `request_withdrawn`, `moved_out_of_area`, `duplicate`, `entered_in_error`, `other`.
    pub reason: String,
    /// The explanation, kept with the closure and on the timeline.
    pub note: String,
}

/// Close a case outside the process, with the reason (co-ordinators). It can
/// be reopened; its deadlines stop meanwhile.
#[utoipa::path(
    tag = "cases",
    operation_id = "close_case",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = CloseRequest,
    responses(
        (status = 200, description = "Closed", body = CaseSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not close it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown reason, or no note (each named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/close")]
pub async fn close_case(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<CloseRequest>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let body = payload.into_inner();
    let mut problems = Vec::new();
    let reason = serde_json::from_value::<domain::lifecycle::ClosureReason>(
        serde_json::Value::String(body.reason.clone()),
    );
    if reason.is_err() {
        problems.push(FieldError {
            field: "reason".into(),
            code: "unknown_reason".into(),
            message: "Choose why the case is closed".into(),
        });
    }
    let note = body.note.trim().to_owned();
    if note.is_empty() {
        problems.push(FieldError {
            field: "note".into(),
            code: "required".into(),
            message: "Explain why the case is closed".into(),
        });
    } else if note.chars().count() > domain::advice::content::MAX_TEXT_CHARS {
        problems.push(FieldError {
            field: "note".into(),
            code: "too_long".into(),
            message: "The explanation is too long".into(),
        });
    }
    let reason = match (reason, problems.is_empty()) {
        (Ok(r), true) => r,
        _ => return Err(ApiError::Invalid(problems)),
    };
    closure(
        state,
        signed_in,
        id.into_inner(),
        CaseEvent::CloseOutsideProcess { reason },
        note,
        "case.close",
    )
    .await
}

/// What a reopening says.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReopenRequest {
    /// Why the case is reopened.
    #[serde(default)]
    pub note: String,
}

/// Reopen a case closed outside the process: it goes back to the stage it was
/// closed at (co-ordinators).
#[utoipa::path(
    tag = "cases",
    operation_id = "reopen_case",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = ReopenRequest,
    responses(
        (status = 200, description = "Reopened", body = CaseSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not reopen it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not closed outside the process", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/reopen")]
pub async fn reopen_case(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<ReopenRequest>,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let note = payload.into_inner().note.trim().to_owned();
    closure(
        state,
        signed_in,
        id.into_inner(),
        CaseEvent::Reopen,
        note,
        "case.reopen",
    )
    .await
}

/// Records a closure or a reopening with its note, on the timeline too.
async fn closure(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    case_id: String,
    event: CaseEvent,
    note: String,
    audit: &'static str,
) -> Result<web::Json<CaseSummary>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::CloseOrReopen,
                    audit,
                )?;
                let today = state.today();
                record_noted_event(
                    c,
                    &state.statutory,
                    &case_id,
                    domain::deadlines::DatedEvent::new(today, event),
                    Some(note.as_str()).filter(|n| !n.is_empty()),
                    Some(&user.id),
                    state.now(),
                )?;
                let what = match event {
                    CaseEvent::Reopen => "Reopened the case.".to_owned(),
                    _ => "Closed the case outside the process.".to_owned(),
                };
                let summary = if note.is_empty() {
                    what
                } else {
                    format!("{what} {note}")
                };
                timeline::append(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "case.closure",
                        summary,
                        object: None,
                    },
                    state.now(),
                )?;
                let loaded = Loaded::load(c, &case_id)?;
                Ok(web::Json(case_summary(c, &state, &loaded)?))
            })
        })
    })
    .await
}

/// The lifecycle event of a decision and its timeline sentence.
fn decision_event(kind: DecisionKind, on: NaiveDate) -> (CaseEvent, String) {
    let on_text = format_date(on);
    let appeal = "The family may appeal to the First-tier Tribunal (SEND) within 2 months, after considering mediation.";
    match kind {
        DecisionKind::Assess => (
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::Assess,
            },
            format!("Decided to carry out an EHC needs assessment (notified {on_text})."),
        ),
        DecisionKind::NotToAssess => (
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::NotToAssess,
            },
            format!(
                "Decided not to carry out an EHC needs assessment (notified {on_text}). {appeal}"
            ),
        ),
        DecisionKind::AssessOverturned => (
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::Overturned,
            },
            format!(
                "The decision not to assess was overturned on {on_text}; the assessment goes ahead."
            ),
        ),
        DecisionKind::Issue => (
            CaseEvent::DecisionToIssue {
                decision: IssueDecision::Issue,
            },
            format!("Decided to issue an EHC plan (notified {on_text})."),
        ),
        DecisionKind::NotToIssue => (
            CaseEvent::DecisionToIssue {
                decision: IssueDecision::NotToIssue,
            },
            format!("Decided not to issue an EHC plan (notified {on_text}). {appeal}"),
        ),
        DecisionKind::IssueOverturned => (
            CaseEvent::DecisionToIssue {
                decision: IssueDecision::Overturned,
            },
            format!("The decision not to issue was overturned on {on_text}; a draft plan follows."),
        ),
    }
}

#[derive(Serialize, ToSchema)]
pub struct TimelineEntry {
    pub id: String,
    pub at: chrono::DateTime<chrono::Utc>,
    /// Who did it; empty for the system.
    pub by: Option<Named>,
    /// What happened, as `group.event` (`case.decision`, `plan.issued`...):
    /// `note.added` for a submitted note, `note.draft` for one of the reader's
    /// own draft notes, which come first and which nobody else sees.
    #[schema(example = "case.decision")]
    pub kind: String,
    pub summary: String,
    /// The note itself, on `note.added` and `note.draft` entries.
    pub note: Option<NoteBody>,
}

/// Which entries: all, or only these kinds.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TimelineQuery {
    /// Kinds, comma-separated: the part of an entry's `kind` before the dot, e.g.
    /// `case,plan` for `case.decision` and `plan.issued`, `note` for notes.
    pub kind: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Timeline {
    pub items: Vec<TimelineEntry>,
}

/// Everything that happened on the case, newest first (the latest 200), with
/// the text of each note; the reader's own draft notes come first.
#[utoipa::path(
    tag = "cases",
    operation_id = "get_case_timeline",
    security(("session" = []), ("client_token" = ["cases:read"])),
    params(("id" = String, Path, description = "The case's id"), TimelineQuery),
    responses(
        (status = 200, description = "The timeline", body = Timeline),
        (status = 401, description = "Not signed in, or no valid bearer token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "An integration client without the cases:read scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A kind that is not a word (named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/timeline")]
pub async fn get_case_timeline(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
    query: web::Query<TimelineQuery>,
) -> Result<web::Json<Timeline>, ApiError> {
    let groups: Vec<String> = query
        .kind
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect();
    if groups
        .iter()
        .any(|g| g.len() > 40 || !g.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
    {
        return Err(ApiError::invalid(
            "kind",
            "invalid",
            "Kinds are words such as case, advice, plan or document",
        ));
    }
    let state = state.get_ref().clone();
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            load_case(
                &mut c,
                &state,
                Caller::from(&principal),
                &case_id,
                Action::ViewTimeline,
                "case.timeline.read",
            )?;
            let entries = timeline::of_case_kinds(&mut c, &case_id, &groups, 200)?;
            let reader = match &principal {
                Principal::Person(signed_in) => Some(&signed_in.user),
                Principal::Client(_) => None,
            };
            let mut notes =
                crate::routes::notes::for_timeline(&mut c, &case_id, &groups, reader, &entries)?;
            let drafts = std::mem::take(&mut notes.drafts)
                .into_iter()
                .map(|draft| TimelineEntry {
                    id: draft.id.clone(),
                    at: draft.updated_at,
                    by: Some(draft.author.clone()),
                    kind: crate::routes::notes::DRAFT.to_owned(),
                    summary: "Draft note: only you can see it until you submit it".to_owned(),
                    note: Some(draft),
                });
            let items = drafts
                .chain(entries.into_iter().map(|e| {
                    TimelineEntry {
                        note: e
                            .object_id
                            .as_ref()
                            .and_then(|id| notes.submitted.remove(id)),
                        by: e.actor.zip(e.actor_name).map(|(id, name)| Named {
                            id: id.to_string(),
                            name,
                        }),
                        id: e.id,
                        at: e.at,
                        kind: e.kind,
                        summary: e.summary,
                    }
                }))
                .collect();
            Ok(web::Json(Timeline { items }))
        })
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExceptionRequest {
    /// The regulation that allows it: `10(4)(a)`-`10(4)(d)` for the 20 weeks,
    /// `8(2)(a)`-`8(2)(c)` for advice.
    #[schema(example = "10(4)(c)")]
    pub code: String,
    /// When the circumstance began.
    pub from: NaiveDate,
    /// When it ended, if it has.
    pub to: Option<NaiveDate>,
    /// The explanation and evidence, told to the family.
    pub note: String,
    /// For an 8(2) exception: the one request for advice it excuses.
    pub advice_request_id: Option<String>,
}

/// Record an exception against the case's deadlines (co-ordinators). It never
/// moves a statutory date; it says why a deadline was missed lawfully.
#[utoipa::path(
    tag = "cases",
    operation_id = "record_case_exception",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = ExceptionRequest,
    responses(
        (status = 201, description = "Recorded; the case's deadlines now show it", body = CaseDeadlines),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not record exceptions on it", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown code, missing note, dates out of order (each named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/exceptions")]
pub async fn record_case_exception(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<ExceptionRequest>,
) -> Result<actix_web::HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let body = payload.into_inner();
    let code = body
        .code
        .parse::<domain::exceptions::ExceptionCode>()
        .map_err(|_| {
            ApiError::invalid(
                "code",
                "unknown",
                "Choose one of the exceptions in regulations 8(2) and 10(4)",
            )
        })?;
    let exception = domain::exceptions::RecordedException::new(
        code,
        body.from,
        body.to,
        &body.note,
        user.id.clone(),
        body.advice_request_id
            .as_deref()
            .map(domain::advice::AdviceRequestId::new),
    )
    .map_err(|e| ApiError::Invalid(vec![e.into()]))?;
    let deadlines = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let loaded = load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::RecordException,
                    "case.exception.record",
                )?;
                if let Some(request) = &exception.advice_request
                    && loaded.facts().request(request).is_none()
                {
                    return Err(ApiError::invalid(
                        "advice_request_id",
                        "unknown",
                        "There is no such request for advice on this case",
                    ));
                }
                persistence::cases::record_exception(c, &case_id, &exception, state.now())?;
                refresh_case(c, &state.statutory, &case_id, state.today())?;
                timeline::append(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "case.exception",
                        summary: format!(
                            "Exception {} recorded from {}: {}",
                            exception.code.as_str(),
                            format_date(exception.from),
                            exception.note
                        ),
                        object: None,
                    },
                    state.now(),
                )?;
                let loaded = Loaded::load(c, &case_id)?;
                let today = state.today();
                Ok(CaseDeadlines {
                    items: loaded
                        .deadlines(&state.statutory, today)
                        .iter()
                        .map(DeadlineView::from)
                        .collect(),
                    case_id: loaded.0.case.id,
                    case_ref: loaded.0.case.case_ref,
                    today,
                })
            })
        })
    })
    .await?;
    Ok(actix_web::HttpResponse::Created().json(deadlines))
}

/// Whose views: the child's ("About me") or the parents' or carers'.
#[derive(Debug, Serialize, Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ViewsKind {
    Child,
    Parent,
}

impl ViewsKind {
    /// The documents section of the same views.
    pub fn section(self) -> domain::documents::Section {
        match self {
            ViewsKind::Child => domain::documents::Section::ChildViews,
            ViewsKind::Parent => domain::documents::Section::ParentViews,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            ViewsKind::Child => "child",
            ViewsKind::Parent => "parent",
        }
    }

    fn label(self) -> &'static str {
        match self {
            ViewsKind::Child => "About me (the child's views)",
            ViewsKind::Parent => "My parent's or carer's views",
        }
    }
}

/// One kind of views, as last written.
#[derive(Serialize, ToSchema)]
pub struct ViewsBody {
    pub kind: ViewsKind,
    pub title: String,
    /// Empty until someone writes them.
    pub body: String,
    pub written_by: Option<Named>,
    /// Entered by a setting or the co-ordinator on the family's behalf.
    pub on_behalf: bool,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Send back in `If-Match` (as `"<version>"`); 0 means none written yet.
    pub version: i64,
}

#[derive(Serialize, ToSchema)]
pub struct CaseViews {
    /// The child's views, then the parents'.
    pub items: Vec<ViewsBody>,
}

fn case_views(c: &mut DbConnection, case_id: &str) -> Result<CaseViews, ApiError> {
    let written = case_parties::views(c, case_id)?;
    let mut items = Vec::new();
    for kind in [ViewsKind::Child, ViewsKind::Parent] {
        let body = match written.iter().find(|v| v.kind == kind.as_str()) {
            Some(v) => ViewsBody {
                kind,
                title: kind.label().into(),
                body: v.body.clone(),
                written_by: Some(named_user(c, &v.written_by)?),
                on_behalf: v.on_behalf,
                updated_at: Some(v.updated_at),
                version: v.version,
            },
            None => ViewsBody {
                kind,
                title: kind.label().into(),
                body: String::new(),
                written_by: None,
                on_behalf: false,
                updated_at: None,
                version: 0,
            },
        };
        items.push(body);
    }
    Ok(CaseViews { items })
}

/// The child's and the parents' views on the case.
#[utoipa::path(
    tag = "cases",
    operation_id = "get_case_views",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "Both kinds of views", body = CaseViews),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/views")]
pub async fn get_case_views(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<CaseViews>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            load_case(
                &mut c,
                &state,
                Caller::Person(&user),
                &case_id,
                Action::ViewCase,
                "case.views.read",
            )?;
            Ok(web::Json(case_views(&mut c, &case_id)?))
        })
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WriteViews {
    pub body: String,
}

/// Write the child's or the parents' views: the family, or a setting or the
/// co-ordinator on their behalf (recorded as such). `If-Match` stops two people
/// overwriting each other (`"0"` for the first writing).
#[utoipa::path(
    tag = "cases",
    operation_id = "write_case_views",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("kind" = ViewsKind, Path, description = "child or parent"),
        ("If-Match" = String, Header, description = "The views' version, e.g. \"0\" for the first writing"),
    ),
    request_body = WriteViews,
    responses(
        (status = 200, description = "Saved", body = CaseViews),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not add views to it", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone saved them since that version; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Too long", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/cases/{id}/views/{kind}")]
pub async fn write_case_views(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, ViewsKind)>,
    payload: web::Json<WriteViews>,
) -> Result<web::Json<CaseViews>, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let (case_id, kind) = path.into_inner();
    let body = payload.into_inner().body;
    if body.chars().count() > domain::advice::content::MAX_TEXT_CHARS {
        return Err(ApiError::invalid(
            "body",
            "too_long",
            format!(
                "Must be {} characters or fewer",
                domain::advice::content::MAX_TEXT_CHARS
            ),
        ));
    }
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                load_case(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::AddFamilyViews,
                    "case.views.write",
                )?;
                let current = case_parties::views(c, &case_id)?
                    .into_iter()
                    .find(|v| v.kind == kind.as_str())
                    .map_or(0, |v| v.version);
                let Some(version) = if_match.accepts(current) else {
                    return Err(ApiError::PreconditionFailed);
                };
                let on_behalf = kind.section().on_behalf(user.role);
                if let VersionedUpdate::Stale = case_parties::write_views(
                    c,
                    &case_id,
                    kind.as_str(),
                    version,
                    &body,
                    &user.id,
                    on_behalf,
                    state.now(),
                )? {
                    return Err(ApiError::PreconditionFailed);
                }
                let whose = match kind {
                    ViewsKind::Child => "The child's views",
                    ViewsKind::Parent => "The parents' views",
                };
                // Views save as people type: one entry per sitting, not per save.
                timeline::append_or_renew(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "case.views",
                        summary: if on_behalf {
                            format!("{whose} were updated on the family's behalf")
                        } else {
                            format!("{whose} were updated")
                        },
                        object: None,
                    },
                    chrono::Duration::minutes(30),
                    state.now(),
                )?;
                Ok(web::Json(case_views(c, &case_id)?))
            })
        })
    })
    .await
}
