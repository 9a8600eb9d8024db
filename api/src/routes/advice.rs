//! Requests for advice at the assessment stage and the advisers' answers. A
//! co-ordinator sends requests to named professionals or to teams; a team
//! manager allocates a team's request to members or answers "not known to the
//! service"; whoever holds a request saves drafts of the advice template
//! (`If-Match`) and submits it once complete (`Idempotency-Key`); a co-ordinator
//! may reopen submitted advice while the case is at assessment.
//!
//! Every read and write asks the access policy. What the caller may not know
//! about answers 404, exactly like something missing; a move the request's or
//! the case's state forbids answers 409 with the reason; anything else refused
//! answers 403. Every change is audited and written on the case timeline, in
//! the transaction of the change, with its notifications.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::{AccessConfig, Action, Actor, CaseFacts, Decision, DenyReason, decide};
use domain::advice::{
    self as dom, AdviceContent, AdviceError, AdviceEvent, AdviceRequest, AdviceRequestId,
    AdviceState, Recipient, RequestKind,
};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::lifecycle::CaseStage;
use domain::notifications::{Channel, TemplateKey, format_date};
use domain::organisations::ServiceKind;
use domain::people::{Role, TeamId, User, UserId, UserStatus};
use persistence::advice::{self as store, AdviceRecord, AdviceUpdate, Names, NewAdviceRequest};
use persistence::teams::VersionedUpdate;
use persistence::timeline::{self, NewEntry};
use persistence::{DbConnection, PersistenceError, outbox, teams, users};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::cases::{Loaded, access_config, actor, refresh_case};
use crate::idempotency::{IdempotencyKey, once};
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::routes::teams::{IfMatch, etag};
use crate::state::AppState;

/// Longest note a co-ordinator may send with a request.
const MAX_NOTE_CHARS: usize = 5_000;
/// Most recipients in one go.
const MAX_RECIPIENTS: usize = 50;

// ---- Bodies ----------------------------------------------------------------------

/// Who a request goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecipientKind {
    /// A named professional (a contributor or education setting staff).
    Person,
    /// A team; its managers allocate the request to members.
    Team,
}

/// One recipient of a request for advice.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientChoice {
    pub kind: RecipientKind,
    /// The person's account id or the team's id.
    pub id: String,
}

/// Requests for advice to send today: one to each recipient, with the same note.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAdviceRequests {
    /// One request goes to each (1 to 50).
    pub recipients: Vec<RecipientChoice>,
    /// The LA's note to the advisers: what is asked, anything they should know.
    #[serde(default)]
    #[schema(example = "Please focus on communication in the classroom.")]
    pub note: String,
}

/// "Not known to the service": closes the request.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotKnownRequest {
    /// Why the child or young person is not known to the service.
    pub details: String,
}

/// Team members to answer a team's request.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AllocationRequest {
    /// Account ids of members of the team the request was sent to (at least one).
    pub members: Vec<String>,
}

/// Where a request stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AdviceStateName {
    /// Sent to a person; nothing saved yet.
    Pending,
    /// Sent to a team; no manager has allocated it.
    AwaitingAllocation,
    /// A team manager allocated it to members.
    Allocated,
    /// A draft has been saved.
    InProgress,
    Submitted,
    /// Answered "not known to the service".
    Declined,
    /// Submitted advice reopened by the co-ordinator for changes.
    Reopened,
    /// Withdrawn by the co-ordinator.
    Withdrawn,
}

/// Advice for an assessment, or views ahead of an annual review.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestKindName {
    Advice,
    ReviewViews,
}

/// A person, by account id and name.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonRef {
    pub user_id: String,
    pub name: String,
}

/// Who was asked.
#[derive(Serialize, ToSchema)]
pub struct RecipientBody {
    pub kind: RecipientKind,
    pub id: String,
    /// The person's or the team's name.
    pub name: String,
}

/// What the caller may do with a request now, so screens offer only that.
#[derive(Serialize, ToSchema)]
pub struct AdviceActions {
    /// Read the answer (a draft only its holders see; submitted advice as the rules allow).
    pub read_response: bool,
    /// Save a draft of the answer.
    pub edit: bool,
    pub submit: bool,
    /// Answer "not known to the service".
    pub decline: bool,
    /// Allocate a team's request to members.
    pub allocate: bool,
    /// Reopen submitted advice (co-ordinators, case at assessment).
    pub reopen: bool,
    /// Withdraw an open request (co-ordinators).
    pub withdraw: bool,
}

/// One request for advice.
#[derive(Serialize, ToSchema)]
pub struct AdviceRequestBody {
    pub id: String,
    pub case_id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    #[schema(value_type = RequestKindName)]
    pub kind: String,
    pub recipient: RecipientBody,
    /// The LA's note to the adviser.
    pub note: String,
    #[schema(value_type = AdviceStateName)]
    pub state: String,
    /// The state in words, e.g. "Awaiting allocation".
    pub state_label: String,
    pub sent_on: NaiveDate,
    /// The last day for the advice (D2: six weeks from `sent_on`, whoever answers it).
    pub due_on: NaiveDate,
    /// Still open and past `due_on`.
    pub overdue: bool,
    /// Submitted or declined on; a resubmission replaces it.
    pub completed_on: Option<NaiveDate>,
    /// Team members the request is allocated to.
    pub allocated_to: Vec<PersonRef>,
    /// Why it was answered "not known to the service".
    pub declined_note: Option<String>,
    pub requested_by: PersonRef,
    /// The answer's version: the ETag of its response.
    pub version: i64,
    pub you_may: AdviceActions,
    /// For a manager of the team asked: the members it may be allocated to.
    pub team_members: Option<Vec<PersonRef>>,
}

/// Requests for advice on one case.
#[derive(Serialize, ToSchema)]
pub struct CaseAdviceRequests {
    pub case_id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    /// In the order they were sent.
    pub items: Vec<AdviceRequestBody>,
}

// ---- The advice template, as the API takes and gives it ---------------------------

/// "Will you provide information and advice for this child or young person?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WillProvideAnswer {
    /// Yes - known and meets the criteria for an assessment.
    YesKnownMeetsCriteria,
    /// Yes - has an allocated worker, who will provide advice.
    YesAllocatedWorkerWillAdvise,
    /// Yes - not known but meets the criteria for an assessment.
    YesNotKnownMeetsCriteria,
    /// No - known but does not meet the criteria for an assessment.
    NoKnownDoesNotMeetCriteria,
    /// No - not known and does not meet the criteria for an assessment.
    NoNotKnownDoesNotMeetCriteria,
    /// No - other: `will_provide_details` gives the reason.
    NoOther,
}

/// Preparing-for-Adulthood outcome type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PfaTypeName {
    Employment,
    IndependentLiving,
    CommunityInclusion,
    Health,
}

/// Completing the template for someone else.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct OnBehalfOfBody {
    pub name: String,
    pub job_title: String,
}

/// The five background questions; the first, fourth and fifth are needed to submit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct BackgroundBody {
    /// When the child or young person first came into contact with the organisation (needed to submit).
    pub first_contact: String,
    /// Discussions held with the child or young person (if relevant).
    pub discussions_with_child: String,
    /// Discussions held with the parents or carers (if relevant).
    pub discussions_with_parents: String,
    /// What the organisation has already put in place (needed to submit).
    pub support_in_place: String,
    /// The effect of that support (needed to submit).
    pub effect_of_support: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct StepBody {
    pub text: String,
    pub target_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ProvisionBody {
    pub description: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct OutcomeBody {
    pub description: String,
    pub pfa: Vec<PfaTypeName>,
    pub steps: Vec<StepBody>,
    pub provisions: Vec<ProvisionBody>,
}

/// One area of need; left empty it means "not an area of need".
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AreaBody {
    pub strengths: String,
    pub needs: String,
    pub outcomes: Vec<OutcomeBody>,
}

/// The six areas of need.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AreasBody {
    pub communication_and_interaction: AreaBody,
    pub cognition_and_learning: AreaBody,
    pub social_emotional_and_mental_health: AreaBody,
    pub sensory_and_physical: AreaBody,
    pub health: AreaBody,
    pub social_care: AreaBody,
}

/// The advice template. A draft may leave anything out; submitting needs every
/// mandatory field, and the 422 names each one missing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AdviceContentBody {
    /// Set when completing it for someone else; otherwise the author's profile is used.
    pub on_behalf_of: Option<OnBehalfOfBody>,
    pub will_provide: Option<WillProvideAnswer>,
    /// The details of that answer (the reason, for "No - other").
    pub will_provide_details: String,
    pub background: BackgroundBody,
    pub areas: AreasBody,
}

/// The answer to a request for advice, as saved or submitted.
#[derive(Serialize, ToSchema)]
pub struct AdviceResponseBody {
    pub request_id: String,
    pub case_id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    #[schema(value_type = AdviceStateName)]
    pub state: String,
    pub state_label: String,
    /// Also the ETag: send it back in If-Match to save or submit.
    pub version: i64,
    pub completed_on: Option<NaiveDate>,
    /// Who last saved or submitted it.
    pub answered_by: Option<PersonRef>,
    /// Why it was answered "not known to the service".
    pub declined_note: Option<String>,
    pub content: AdviceContentBody,
}

impl From<WillProvideAnswer> for dom::WillProvide {
    fn from(a: WillProvideAnswer) -> Self {
        use dom::WillProvide as W;
        match a {
            WillProvideAnswer::YesKnownMeetsCriteria => W::YesKnownMeetsCriteria,
            WillProvideAnswer::YesAllocatedWorkerWillAdvise => W::YesAllocatedWorkerWillAdvise,
            WillProvideAnswer::YesNotKnownMeetsCriteria => W::YesNotKnownMeetsCriteria,
            WillProvideAnswer::NoKnownDoesNotMeetCriteria => W::NoKnownDoesNotMeetCriteria,
            WillProvideAnswer::NoNotKnownDoesNotMeetCriteria => W::NoNotKnownDoesNotMeetCriteria,
            WillProvideAnswer::NoOther => W::NoOther,
        }
    }
}

impl From<dom::WillProvide> for WillProvideAnswer {
    fn from(w: dom::WillProvide) -> Self {
        use dom::WillProvide as W;
        match w {
            W::YesKnownMeetsCriteria => WillProvideAnswer::YesKnownMeetsCriteria,
            W::YesAllocatedWorkerWillAdvise => WillProvideAnswer::YesAllocatedWorkerWillAdvise,
            W::YesNotKnownMeetsCriteria => WillProvideAnswer::YesNotKnownMeetsCriteria,
            W::NoKnownDoesNotMeetCriteria => WillProvideAnswer::NoKnownDoesNotMeetCriteria,
            W::NoNotKnownDoesNotMeetCriteria => WillProvideAnswer::NoNotKnownDoesNotMeetCriteria,
            W::NoOther => WillProvideAnswer::NoOther,
        }
    }
}

impl From<PfaTypeName> for dom::PfaType {
    fn from(p: PfaTypeName) -> Self {
        match p {
            PfaTypeName::Employment => dom::PfaType::Employment,
            PfaTypeName::IndependentLiving => dom::PfaType::IndependentLiving,
            PfaTypeName::CommunityInclusion => dom::PfaType::CommunityInclusion,
            PfaTypeName::Health => dom::PfaType::Health,
        }
    }
}

impl From<dom::PfaType> for PfaTypeName {
    fn from(p: dom::PfaType) -> Self {
        match p {
            dom::PfaType::Employment => PfaTypeName::Employment,
            dom::PfaType::IndependentLiving => PfaTypeName::IndependentLiving,
            dom::PfaType::CommunityInclusion => PfaTypeName::CommunityInclusion,
            dom::PfaType::Health => PfaTypeName::Health,
        }
    }
}

impl From<AreaBody> for dom::AreaAdvice {
    fn from(a: AreaBody) -> Self {
        dom::AreaAdvice {
            strengths: a.strengths,
            needs: a.needs,
            outcomes: a
                .outcomes
                .into_iter()
                .map(|o| dom::Outcome {
                    description: o.description,
                    pfa: o.pfa.into_iter().map(Into::into).collect(),
                    steps: o
                        .steps
                        .into_iter()
                        .map(|s| dom::Step {
                            text: s.text,
                            target_date: s.target_date,
                        })
                        .collect(),
                    provisions: o
                        .provisions
                        .into_iter()
                        .map(|p| dom::Provision {
                            description: p.description,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl From<&dom::AreaAdvice> for AreaBody {
    fn from(a: &dom::AreaAdvice) -> Self {
        AreaBody {
            strengths: a.strengths.clone(),
            needs: a.needs.clone(),
            outcomes: a
                .outcomes
                .iter()
                .map(|o| OutcomeBody {
                    description: o.description.clone(),
                    pfa: o.pfa.iter().copied().map(Into::into).collect(),
                    steps: o
                        .steps
                        .iter()
                        .map(|s| StepBody {
                            text: s.text.clone(),
                            target_date: s.target_date,
                        })
                        .collect(),
                    provisions: o
                        .provisions
                        .iter()
                        .map(|p| ProvisionBody {
                            description: p.description.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl From<AdviceContentBody> for AdviceContent {
    fn from(b: AdviceContentBody) -> Self {
        let a = b.areas;
        AdviceContent {
            on_behalf_of: b.on_behalf_of.map(|o| dom::OnBehalfOf {
                name: o.name,
                job_title: o.job_title,
            }),
            will_provide: b.will_provide.map(Into::into),
            will_provide_details: b.will_provide_details,
            background: dom::Background {
                first_contact: b.background.first_contact,
                discussions_with_child: b.background.discussions_with_child,
                discussions_with_parents: b.background.discussions_with_parents,
                support_in_place: b.background.support_in_place,
                effect_of_support: b.background.effect_of_support,
            },
            areas: dom::AreasOfNeed {
                communication_and_interaction: a.communication_and_interaction.into(),
                cognition_and_learning: a.cognition_and_learning.into(),
                social_emotional_and_mental_health: a.social_emotional_and_mental_health.into(),
                sensory_and_physical: a.sensory_and_physical.into(),
                health: a.health.into(),
                social_care: a.social_care.into(),
            },
        }
    }
}

impl From<&AdviceContent> for AdviceContentBody {
    fn from(c: &AdviceContent) -> Self {
        let a = &c.areas;
        AdviceContentBody {
            on_behalf_of: c.on_behalf_of.as_ref().map(|o| OnBehalfOfBody {
                name: o.name.clone(),
                job_title: o.job_title.clone(),
            }),
            will_provide: c.will_provide.map(Into::into),
            will_provide_details: c.will_provide_details.clone(),
            background: BackgroundBody {
                first_contact: c.background.first_contact.clone(),
                discussions_with_child: c.background.discussions_with_child.clone(),
                discussions_with_parents: c.background.discussions_with_parents.clone(),
                support_in_place: c.background.support_in_place.clone(),
                effect_of_support: c.background.effect_of_support.clone(),
            },
            areas: AreasBody {
                communication_and_interaction: (&a.communication_and_interaction).into(),
                cognition_and_learning: (&a.cognition_and_learning).into(),
                social_emotional_and_mental_health: (&a.social_emotional_and_mental_health).into(),
                sensory_and_physical: (&a.sensory_and_physical).into(),
                health: (&a.health).into(),
                social_care: (&a.social_care).into(),
            },
        }
    }
}

fn field_errors(problems: Vec<dom::FieldProblem>) -> ApiError {
    ApiError::Invalid(problems.into_iter().map(FieldError::from).collect())
}

// ---- Who may: the case as the policy sees it, and refusals -------------------------

/// A refusal to audit once the transaction that found it has rolled back.
pub(crate) struct Guard {
    user: UserId,
    request_id: Option<String>,
    denied: Option<NewAuditEvent>,
}

impl Guard {
    fn who(&self) -> AuditActor {
        AuditActor::User(self.user.to_string())
    }

    pub(crate) fn event(&self, action: &str, object: (&str, &str)) -> NewAuditEvent {
        NewAuditEvent::new(self.who(), action, AuditOutcome::Success)
            .object(object.0, object.1)
            .request_id(self.request_id.clone())
    }

    fn refuse(
        &mut self,
        action: &str,
        object: (&str, &str),
        reason: DenyReason,
        error: ApiError,
    ) -> ApiError {
        self.denied = Some(
            NewAuditEvent::new(self.who(), action, AuditOutcome::Denied)
                .object(object.0, object.1)
                .request_id(self.request_id.clone())
                .detail(reason.as_str()),
        );
        error
    }
}

/// Runs `run`; a refusal it recorded is appended to the audit trail afterwards,
/// outside the transaction that rolled back.
pub(crate) fn guarded<T>(
    state: &AppState,
    user: &User,
    request_id: Option<String>,
    run: impl FnOnce(&mut Guard) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut guard = Guard {
        user: user.id.clone(),
        request_id,
        denied: None,
    };
    let result = run(&mut guard);
    if let Some(event) = guard.denied.take() {
        let mut c = state.db.conn()?;
        persistence::audit::append(&mut c, &event, state.now())?;
    }
    result
}

/// One case as the policy sees it, for the signed-in person.
pub(crate) struct Scene {
    loaded: Loaded,
    actor: Actor,
    facts: CaseFacts,
    today: NaiveDate,
    access: AccessConfig,
}

impl Scene {
    fn load(
        c: &mut DbConnection,
        state: &AppState,
        user: &User,
        case_id: &str,
    ) -> Result<Self, ApiError> {
        let loaded = match Loaded::load(c, case_id) {
            Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
            other => other?,
        };
        let la = state
            .settings
            .la_config()
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        let facts = loaded.facts();
        Ok(Scene {
            actor: actor(c, user)?,
            facts,
            loaded,
            today: state.today(),
            access: access_config(&la),
        })
    }

    /// The request's case, loaded; 404 for a request that does not exist.
    fn of_request(
        c: &mut DbConnection,
        state: &AppState,
        user: &User,
        id: &AdviceRequestId,
    ) -> Result<(Self, AdviceRecord), ApiError> {
        let case_id = match store::find(c, id) {
            Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
            other => other?.case_id,
        };
        let scene = Scene::load(c, state, user, &case_id)?;
        let record = scene.record(id).cloned().ok_or(ApiError::NotFound)?;
        Ok((scene, record))
    }

    fn decide(&self, action: Action) -> Decision {
        decide(&self.actor, action, &self.facts, self.today, &self.access)
    }

    fn may(&self, action: Action) -> bool {
        self.decide(action).is_allowed()
    }

    fn record(&self, id: &AdviceRequestId) -> Option<&AdviceRecord> {
        self.loaded.advice.iter().find(|r| &r.request.id == id)
    }

    fn stage(&self) -> CaseStage {
        self.loaded.case.stage
    }

    fn is_coordinator(&self) -> bool {
        self.actor.role == Role::CaseCoordinator
    }

    /// May the caller know this request exists? Co-ordinators know every request
    /// on a case they see; others the requests whose advice the policy lets them
    /// view (their own, and other submitted advice once theirs is in).
    fn sees_request(&self, id: &AdviceRequestId) -> bool {
        if self.is_coordinator() {
            self.may(Action::ViewCase)
        } else {
            self.may(Action::ViewAdvice(id.clone()))
        }
    }

    /// Allows `action`, or refuses it: 404 when the caller may not know of the
    /// object, 409 with the reason when the state forbids the move (the domain's
    /// reason, from `state_reason`, when it has one), 403 otherwise.
    fn permit(
        &self,
        guard: &mut Guard,
        action: Action,
        audit: &str,
        object: (&str, &str),
        visible: bool,
        state_reason: Option<String>,
    ) -> Result<(), ApiError> {
        let Decision::Deny(reason) = self.decide(action) else {
            return Ok(());
        };
        let error = if !visible {
            ApiError::NotFound
        } else if matches!(
            reason,
            DenyReason::RequestClosed
                | DenyReason::NotAllocatedYet
                | DenyReason::WrongStage
                | DenyReason::CaseClosed
        ) {
            ApiError::Conflict(state_reason.unwrap_or_else(|| reason.reason().to_owned()))
        } else {
            ApiError::Forbidden(reason.reason().to_owned())
        };
        Err(guard.refuse(audit, object, reason, error))
    }

    /// Why the domain would refuse `event` on the request now, if it would.
    fn domain_refusal(&self, request: &AdviceRequest, event: &AdviceEvent) -> Option<String> {
        request
            .clone()
            .apply(event, self.today, self.stage())
            .err()
            .map(|e| e.reason().to_owned())
    }

    fn actions(&self, record: &AdviceRecord) -> AdviceActions {
        let id = || record.request.id.clone();
        AdviceActions {
            read_response: self.may(Action::ViewAdvice(id())),
            edit: self.may(Action::EditAdvice(id())),
            submit: self.may(Action::SubmitAdvice(id())),
            decline: self.may(Action::DeclineRequest(id())),
            allocate: record.request.is_team_request()
                && self.may(Action::AllocateTeamRequest(id())),
            reopen: self.may(Action::ReopenAdvice(id())),
            withdraw: self.is_coordinator()
                && record.request.state.is_open()
                && self.may(Action::RequestAdvice),
        }
    }

    pub(crate) fn body(
        &self,
        c: &mut DbConnection,
        state: &AppState,
        record: &AdviceRecord,
        names: &Names,
    ) -> Result<AdviceRequestBody, ApiError> {
        let r = &record.request;
        let clock = state.statutory.clock();
        let person = |u: &UserId| PersonRef {
            user_id: u.to_string(),
            name: names.person(u).to_owned(),
        };
        let (kind, id) = match &r.recipient {
            Recipient::Person(u) => (RecipientKind::Person, u.to_string()),
            Recipient::Team(t) => (RecipientKind::Team, t.as_str().to_owned()),
        };
        let team_members = match &r.recipient {
            Recipient::Team(team) if self.actor.manages(team) => Some(
                teams::members(c, team)?
                    .into_iter()
                    .map(|m| PersonRef {
                        user_id: m.user_id.to_string(),
                        name: m.display_name.as_str().to_owned(),
                    })
                    .collect(),
            ),
            _ => None,
        };
        Ok(AdviceRequestBody {
            id: r.id.to_string(),
            case_id: record.case_id.clone(),
            case_ref: self.loaded.case.case_ref.clone(),
            kind: match r.kind {
                RequestKind::Advice => "advice",
                RequestKind::ReviewViews => "review_views",
            }
            .to_owned(),
            recipient: RecipientBody {
                kind,
                id,
                name: names.recipient(&r.recipient).to_owned(),
            },
            note: record.note.clone(),
            state: r.state.as_str().to_owned(),
            state_label: r.state.label().to_owned(),
            sent_on: r.sent_on,
            due_on: r.due_on(clock),
            overdue: r.is_overdue(self.today, clock),
            completed_on: r.completed_on,
            allocated_to: r.allocated_to.iter().map(person).collect(),
            declined_note: record.declined_note.clone(),
            requested_by: person(&record.requested_by),
            version: record.version,
            you_may: self.actions(record),
            team_members,
        })
    }

    pub(crate) fn response(&self, record: &AdviceRecord, names: &Names) -> AdviceResponseBody {
        let r = &record.request;
        AdviceResponseBody {
            request_id: r.id.to_string(),
            case_id: record.case_id.clone(),
            case_ref: self.loaded.case.case_ref.clone(),
            state: r.state.as_str().to_owned(),
            state_label: r.state.label().to_owned(),
            version: record.version,
            completed_on: r.completed_on,
            answered_by: record.answered_by.as_ref().map(|u| PersonRef {
                user_id: u.to_string(),
                name: names.person(u).to_owned(),
            }),
            declined_note: record.declined_note.clone(),
            content: record
                .content
                .as_ref()
                .map(AdviceContentBody::from)
                .unwrap_or_default(),
        }
    }
}

pub(crate) fn request_object(id: &AdviceRequestId) -> (&'static str, &str) {
    ("advice_request", id.as_str())
}

/// Writes `update` on the version it was based on; a concurrent change is 412.
fn write(
    c: &mut DbConnection,
    id: &AdviceRequestId,
    version: i64,
    update: &AdviceUpdate,
    now: DateTime<Utc>,
) -> Result<AdviceRecord, ApiError> {
    match store::update(c, id, version, update, now)? {
        VersionedUpdate::Applied(record) => Ok(record),
        VersionedUpdate::Stale => Err(ApiError::PreconditionFailed),
    }
}

/// Applies `event` to the request as the domain allows (409 with its reason otherwise).
fn apply(scene: &Scene, request: &mut AdviceRequest, event: &AdviceEvent) -> Result<(), ApiError> {
    request
        .apply(event, scene.today, scene.stage())
        .map_err(|e: AdviceError| ApiError::Conflict(e.reason().to_owned()))
}

fn on_timeline(
    c: &mut DbConnection,
    record: &AdviceRecord,
    by: &UserId,
    kind: &str,
    summary: String,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    timeline::append(
        c,
        &NewEntry {
            case_id: &record.case_id,
            actor: Some(by),
            kind,
            summary,
            object: Some(("advice_request", record.request.id.as_str())),
        },
        now,
    )?;
    Ok(())
}

// ---- Notifications ------------------------------------------------------------------

/// The kind of advice asked, in the words of the message templates: from the
/// team's service, or for a person from their role or first team.
fn advice_type(
    c: &mut DbConnection,
    recipient: &Recipient,
) -> Result<&'static str, PersistenceError> {
    let team = match recipient {
        Recipient::Team(team) => Some(teams::find(c, team)?),
        Recipient::Person(user) => {
            if users::find_by_id(c, user)?.role == Role::Setting {
                return Ok("educational");
            }
            match teams::memberships_of(c, user)?.0.first() {
                Some(m) => Some(teams::find(c, &m.team)?),
                None => None,
            }
        }
    };
    Ok(match team {
        None => "other professional",
        Some(t) => match t.service {
            ServiceKind::Health => "health",
            ServiceKind::SocialCare => "social care",
            ServiceKind::Education if t.name.key().contains("psycholog") => {
                "educational psychology"
            }
            ServiceKind::Education => "educational",
            ServiceKind::Other => "other professional",
        },
    })
}

fn personalisation(values: &[(&str, String)]) -> BTreeMap<String, String> {
    values
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn request_link(public_url: &str, id: &AdviceRequestId) -> String {
    format!("{public_url}/advice-requests/{id}")
}

/// Tells whoever holds a request about it with `template`: the person asked;
/// for a team, the members it is allocated to, or (before allocation) the
/// team's inbox and each of its managers. Messages carry only the case
/// reference, what is asked and by when. `kind` keys the messages (with the
/// request and the recipient), so nobody is told the same thing twice.
#[allow(clippy::too_many_arguments)]
pub(crate) fn tell_holders(
    c: &mut DbConnection,
    statutory: &crate::state::Statutory,
    public_url: &str,
    record: &AdviceRecord,
    case_ref: &str,
    template: TemplateKey,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let r = &record.request;
    let link = request_link(public_url, &r.id);
    let values = personalisation(&[
        ("case_reference", case_ref.to_owned()),
        ("advice_type", advice_type(c, &r.recipient)?.to_owned()),
        ("due_date", format_date(r.due_on(statutory.clock()))),
        ("sign_in_link", link.clone()),
    ]);
    let reference = |to: &str| format!("{kind}:{}:{to}", r.id);
    let people: Vec<(UserId, String)> = match &r.recipient {
        Recipient::Person(user) => {
            let person = users::find_by_id(c, user)?;
            vec![(person.id, person.email.as_str().to_owned())]
        }
        Recipient::Team(team) if !r.allocated_to.is_empty() => teams::members(c, team)?
            .into_iter()
            .filter(|m| r.allocated_to.contains(&m.user_id))
            .map(|m| (m.user_id, m.email.as_str().to_owned()))
            .collect(),
        Recipient::Team(team) => {
            let found = teams::find(c, team)?;
            outbox::enqueue(
                c,
                &outbox::NewMessage {
                    channel: Channel::Email,
                    recipient: found.email.as_str().to_owned(),
                    template,
                    personalisation: values.clone(),
                    reference: reference("team"),
                },
                now,
            )?;
            teams::members(c, team)?
                .into_iter()
                .filter(|m| m.manager)
                .map(|m| (m.user_id, m.email.as_str().to_owned()))
                .collect()
        }
    };
    for (user, email) in people {
        crate::sweep::deliver(
            c,
            user.as_str(),
            &email,
            template,
            values.clone(),
            &reference(user.as_str()),
            &link,
            now,
        )?;
    }
    Ok(())
}

// ---- Handlers -------------------------------------------------------------------------

fn recipient_error(i: usize, code: &str, message: &str) -> FieldError {
    FieldError {
        field: format!("recipients[{i}].id"),
        code: code.into(),
        message: message.into(),
    }
}

/// Checks each recipient: a person must be an active (or invited) professional
/// contributor or education-setting member, a team must exist, and nobody may be
/// asked twice while a request to them is open. Returns the recipients and names.
fn check_recipients(
    c: &mut DbConnection,
    scene: &Scene,
    choices: &[RecipientChoice],
) -> Result<Vec<(Recipient, String)>, ApiError> {
    if choices.is_empty() {
        return Err(ApiError::invalid(
            "recipients",
            "required",
            "Choose at least one person or team to ask for advice",
        ));
    }
    if choices.len() > MAX_RECIPIENTS {
        return Err(ApiError::invalid(
            "recipients",
            "too_many",
            format!("Ask at most {MAX_RECIPIENTS} people or teams at once"),
        ));
    }
    let mut errors = Vec::new();
    let mut out: Vec<(Recipient, String)> = Vec::new();
    for (i, choice) in choices.iter().enumerate() {
        let id = choice.id.trim();
        let found = match choice.kind {
            RecipientKind::Person => match users::find_by_id(c, &UserId::new(id)) {
                Err(PersistenceError::NotFound) => {
                    errors.push(recipient_error(
                        i,
                        "unknown_user",
                        "There is no account with this id",
                    ));
                    continue;
                }
                Err(e) => return Err(e.into()),
                Ok(user) if !matches!(user.role, Role::Contributor | Role::Setting) => {
                    errors.push(recipient_error(
                        i,
                        "not_an_adviser",
                        "Advice is requested from professional contributors and education setting staff",
                    ));
                    continue;
                }
                Ok(user) if user.status == UserStatus::Suspended => {
                    errors.push(recipient_error(
                        i,
                        "suspended",
                        "This account is suspended: it cannot be asked for advice",
                    ));
                    continue;
                }
                Ok(user) => (
                    Recipient::Person(user.id),
                    user.display_name.as_str().to_owned(),
                ),
            },
            RecipientKind::Team => match teams::find(c, &TeamId::new(id)) {
                Err(PersistenceError::NotFound) => {
                    errors.push(recipient_error(
                        i,
                        "unknown_team",
                        "There is no team with this id",
                    ));
                    continue;
                }
                Err(e) => return Err(e.into()),
                Ok(team) => (Recipient::Team(team.id), team.name.as_str().to_owned()),
            },
        };
        if out.iter().any(|(r, _)| r == &found.0) {
            errors.push(recipient_error(
                i,
                "duplicate",
                "This recipient is listed twice",
            ));
            continue;
        }
        let already = scene.loaded.advice.iter().any(|r| {
            r.request.kind == RequestKind::Advice
                && r.request.recipient == found.0
                && r.request.state.is_open()
        });
        if already {
            errors.push(recipient_error(
                i,
                "already_asked",
                "This person or team already has an open request for advice on this case",
            ));
            continue;
        }
        out.push(found);
    }
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    Ok(out)
}

const NOT_AT_ASSESSMENT: &str =
    "Advice can be requested only while the case is at the assessment stage.";

/// Send requests for advice: one to each person or team, sent today, each due six weeks later.
#[utoipa::path(
    tag = "advice",
    operation_id = "create_advice_requests",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Any unique string (1-200 visible ASCII characters); a retry with the same key gets the first answer and sends nothing twice"),
    ),
    request_body = NewAdviceRequests,
    responses(
        (status = 201, description = "Sent; the requests created", body = CaseAdviceRequests,
            headers(("Location" = String, description = "The case's requests for advice"))),
        (status = 400, description = "Malformed body, unknown field or bad Idempotency-Key", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You may see the case but not request advice on it (co-ordinators only)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case is not at the assessment stage (or is closed), or the Idempotency-Key was used for another request", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A recipient is not valid (named as `recipients[i].id`), or the note is too long", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/advice-requests")]
pub async fn create_advice_requests(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: IdempotencyKey,
    id: web::Path<String>,
    body: web::Json<NewAdviceRequests>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let case_id = id.into_inner();
    let body = body.into_inner();
    let request_id = current_request_id();
    let user = signed_in.user;
    let answer = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            once(
                &state.db,
                user.id.as_str(),
                &key,
                "create_advice_requests",
                &(&case_id, &body),
                now,
                |c| {
                    let scene = Scene::load(c, &state, &user, &case_id)?;
                    let object = ("case", case_id.as_str());
                    scene.permit(
                        guard,
                        Action::RequestAdvice,
                        "advice.request",
                        object,
                        scene.may(Action::ViewCase),
                        None,
                    )?;
                    if scene.stage() != CaseStage::Assessment {
                        return Err(ApiError::Conflict(NOT_AT_ASSESSMENT.into()));
                    }
                    let note = body.note.trim().to_owned();
                    if note.chars().count() > MAX_NOTE_CHARS {
                        return Err(ApiError::invalid(
                            "note",
                            "too_long",
                            format!("The note must be {MAX_NOTE_CHARS} characters or fewer"),
                        ));
                    }
                    let recipients = check_recipients(c, &scene, &body.recipients)?;
                    let case_ref = scene.loaded.case.case_ref.clone();
                    let mut created = Vec::new();
                    for (recipient, name) in recipients {
                        let new = NewAdviceRequest {
                            id: AdviceRequestId::new(uuid::Uuid::now_v7().to_string()),
                            case_id: case_id.clone(),
                            kind: RequestKind::Advice,
                            recipient,
                            note: note.clone(),
                            sent_on: scene.today,
                            requested_by: user.id.clone(),
                        };
                        let record = store::create(c, &new, now)?;
                        on_timeline(
                            c,
                            &record,
                            &user.id,
                            "advice.requested",
                            format!("Advice requested from {name}"),
                            now,
                        )?;
                        let event = guard
                            .event("advice.requested", request_object(&record.request.id))
                            .detail(format!("case {case_id}"));
                        persistence::audit::append(c, &event, now)?;
                        tell_holders(
                            c,
                            &state.statutory,
                            &state.settings.public_url(),
                            &record,
                            &case_ref,
                            TemplateKey::AdviceRequested,
                            "advice-requested",
                            now,
                        )?;
                        created.push(record);
                    }
                    refresh_case(c, &state.statutory, &case_id, scene.today)?;
                    // The bodies as the caller now sees them, with the new requests.
                    let scene = Scene::load(c, &state, &user, &case_id)?;
                    let refs: Vec<&AdviceRecord> = created.iter().collect();
                    let names = store::names(c, &refs)?;
                    let items = created
                        .iter()
                        .filter_map(|r| scene.record(&r.request.id))
                        .map(|r| scene.body(c, &state, r, &names))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok((
                        StatusCode::CREATED,
                        Some(format!("/api/v1/cases/{case_id}/advice-requests")),
                        CaseAdviceRequests {
                            case_id: case_id.clone(),
                            case_ref,
                            items,
                        },
                    ))
                },
            )
        })
    })
    .await?;
    Ok(answer.respond())
}

/// The requests for advice on a case that you may know about: all of them for a
/// co-ordinator; for others their own, and other submitted advice once theirs is in.
#[utoipa::path(
    tag = "advice",
    operation_id = "list_case_advice_requests",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case's requests for advice, in the order they were sent", body = CaseAdviceRequests),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/advice-requests")]
pub async fn list_case_advice_requests(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<CaseAdviceRequests>, ApiError> {
    let state = state.get_ref().clone();
    let case_id = id.into_inner();
    let request_id = current_request_id();
    let user = signed_in.user;
    let list = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let scene = Scene::load(c, &state, &user, &case_id)?;
                let object = ("case", case_id.as_str());
                scene.permit(
                    guard,
                    Action::ViewCase,
                    "case.advice_requests.read",
                    object,
                    false,
                    None,
                )?;
                let visible: Vec<&AdviceRecord> = scene
                    .loaded
                    .advice
                    .iter()
                    .filter(|r| scene.sees_request(&r.request.id))
                    .collect();
                let names = store::names(c, &visible)?;
                let items = visible
                    .iter()
                    .map(|r| scene.body(c, &state, r, &names))
                    .collect::<Result<Vec<_>, _>>()?;
                persistence::audit::append(
                    c,
                    &guard.event("case.advice_requests.read", object),
                    now,
                )?;
                Ok(CaseAdviceRequests {
                    case_id: case_id.clone(),
                    case_ref: scene.loaded.case.case_ref.clone(),
                    items,
                })
            })
        })
    })
    .await?;
    Ok(web::Json(list))
}

/// Loads one request for `user`, refusing (404) anyone who may not know of it.
fn visible_request(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    guard: &mut Guard,
    id: &AdviceRequestId,
    audit: &str,
) -> Result<(Scene, AdviceRecord), ApiError> {
    let (scene, record) = Scene::of_request(c, state, user, id)?;
    if !scene.sees_request(id) {
        let reason = match scene.decide(Action::ViewAdvice(id.clone())) {
            Decision::Deny(reason) => reason,
            Decision::Allow => DenyReason::NotInvolved,
        };
        return Err(guard.refuse(audit, request_object(id), reason, ApiError::NotFound));
    }
    Ok((scene, record))
}

/// One request for advice: who was asked, the LA's note, when it is due, where it stands.
#[utoipa::path(
    tag = "advice",
    operation_id = "get_advice_request",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The request", body = AdviceRequestBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/advice-requests/{id}")]
pub async fn get_advice_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<AdviceRequestBody>, ApiError> {
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let request_id = current_request_id();
    let user = signed_in.user;
    let body = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let (scene, record) =
                    visible_request(c, &state, &user, guard, &id, "advice_request.read")?;
                let names = store::names(c, &[&record])?;
                let body = scene.body(c, &state, &record, &names)?;
                persistence::audit::append(
                    c,
                    &guard.event("advice_request.read", request_object(&id)),
                    now,
                )?;
                Ok(body)
            })
        })
    })
    .await?;
    Ok(web::Json(body))
}

/// Allocate a team's request to one or more of its members (the team's managers).
/// Allocating again replaces the members; the due date does not move.
#[utoipa::path(
    tag = "advice",
    operation_id = "allocate_advice_request",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    request_body = AllocationRequest,
    responses(
        (status = 200, description = "Allocated", body = AdviceRequestBody),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You may see the request but do not manage the team it was sent to", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The request went to a person, or it is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No members, or someone not in the team (named as `members[i]`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/advice-requests/{id}/allocation")]
pub async fn allocate_advice_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    body: web::Json<AllocationRequest>,
) -> Result<web::Json<AdviceRequestBody>, ApiError> {
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let members = body.into_inner().members;
    let request_id = current_request_id();
    let user = signed_in.user;
    let body = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let audit = "advice.allocate";
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                let visible = scene.sees_request(&id);
                let Recipient::Team(team) = record.request.recipient.clone() else {
                    let (reason, error) = if visible {
                        (
                            DenyReason::NotTeamManager,
                            ApiError::Conflict(AdviceError::NotATeamRequest.reason().into()),
                        )
                    } else {
                        (DenyReason::NotYourRequest, ApiError::NotFound)
                    };
                    return Err(guard.refuse(audit, request_object(&id), reason, error));
                };
                let wanted: Vec<UserId> = members.iter().map(|m| UserId::new(m.trim())).collect();
                scene.permit(
                    guard,
                    Action::AllocateTeamRequest(id.clone()),
                    audit,
                    request_object(&id),
                    visible,
                    scene.domain_refusal(
                        &record.request,
                        &AdviceEvent::Allocate {
                            members: wanted.clone(),
                        },
                    ),
                )?;
                if wanted.is_empty() {
                    return Err(ApiError::invalid(
                        "members",
                        "required",
                        "Choose at least one team member to allocate it to",
                    ));
                }
                let mut errors = Vec::new();
                let mut chosen: Vec<UserId> = Vec::new();
                let mut names = Vec::new();
                for (i, member) in wanted.into_iter().enumerate() {
                    match teams::member(c, &team, &member) {
                        Ok(m) => {
                            if !chosen.contains(&member) {
                                names.push(m.display_name.as_str().to_owned());
                                chosen.push(member);
                            }
                        }
                        Err(PersistenceError::NotFound) => errors.push(FieldError {
                            field: format!("members[{i}]"),
                            code: "not_a_member".into(),
                            message: "This person is not a member of the team".into(),
                        }),
                        Err(e) => return Err(e.into()),
                    }
                }
                if !errors.is_empty() {
                    return Err(ApiError::Invalid(errors));
                }
                let mut request = record.request.clone();
                apply(
                    &scene,
                    &mut request,
                    &AdviceEvent::Allocate {
                        members: chosen.clone(),
                    },
                )?;
                let added = store::set_allocations(c, &id, &chosen, &user.id, now)?;
                if request.state != record.request.state {
                    let mut update = record.update();
                    update.state = request.state;
                    write(c, &id, record.version, &update, now)?;
                }
                refresh_case(c, &state.statutory, &record.case_id, scene.today)?;
                let team_name = teams::find(c, &team)?.name.as_str().to_owned();
                on_timeline(
                    c,
                    &record,
                    &user.id,
                    "advice.allocated",
                    format!("Request to {team_name} allocated to {}", names.join(", ")),
                    now,
                )?;
                let event = guard
                    .event("advice.allocated", request_object(&id))
                    .detail(format!(
                        "members: {}",
                        chosen
                            .iter()
                            .map(UserId::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                persistence::audit::append(c, &event, now)?;
                let link = request_link(&state.settings.public_url(), &id);
                let values = personalisation(&[
                    ("case_reference", scene.loaded.case.case_ref.clone()),
                    (
                        "advice_type",
                        advice_type(c, &record.request.recipient)?.to_owned(),
                    ),
                    (
                        "due_date",
                        format_date(record.request.due_on(state.statutory.clock())),
                    ),
                    ("sign_in_link", link.clone()),
                ]);
                for member in &added {
                    let account = users::find_by_id(c, member)?;
                    crate::sweep::deliver(
                        c,
                        account.id.as_str(),
                        account.email.as_str(),
                        TemplateKey::AdviceAllocated,
                        values.clone(),
                        &format!("advice-allocated:{id}:{member}"),
                        &link,
                        now,
                    )?;
                }
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                let names = store::names(c, &[&record])?;
                scene.body(c, &state, &record, &names)
            })
        })
    })
    .await?;
    Ok(web::Json(body))
}

/// Answer "not known to the service": closes the request (the team's manager, or the person asked).
#[utoipa::path(
    tag = "advice",
    operation_id = "decline_advice_request",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    request_body = NotKnownRequest,
    responses(
        (status = 200, description = "Closed as not known to the service", body = AdviceRequestBody),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You may see the request but do not answer it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The request is already closed or submitted", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`details` is missing or too long", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/advice-requests/{id}/not-known")]
pub async fn decline_advice_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    body: web::Json<NotKnownRequest>,
) -> Result<web::Json<AdviceRequestBody>, ApiError> {
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let details = body.into_inner().details.trim().to_owned();
    let request_id = current_request_id();
    let user = signed_in.user;
    let body = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                scene.permit(
                    guard,
                    Action::DeclineRequest(id.clone()),
                    "advice.decline",
                    request_object(&id),
                    scene.sees_request(&id),
                    scene.domain_refusal(&record.request, &AdviceEvent::Decline),
                )?;
                if details.is_empty() {
                    return Err(ApiError::invalid(
                        "details",
                        "required",
                        "Say why the child or young person is not known to the service",
                    ));
                }
                if details.chars().count() > dom::content::MAX_TEXT_CHARS {
                    return Err(ApiError::invalid(
                        "details",
                        "too_long",
                        format!(
                            "Must be {} characters or fewer",
                            dom::content::MAX_TEXT_CHARS
                        ),
                    ));
                }
                let mut request = record.request.clone();
                apply(&scene, &mut request, &AdviceEvent::Decline)?;
                let mut update = record.update();
                update.state = request.state;
                update.completed_on = request.completed_on;
                update.declined_note = Some(details.clone());
                update.answered_by = Some(user.id.clone());
                let saved = write(c, &id, record.version, &update, now)?;
                let names = store::names(c, &[&saved])?;
                on_timeline(
                    c,
                    &saved,
                    &user.id,
                    "advice.declined",
                    format!(
                        "{} answered that the child or young person is not known to the service",
                        names.recipient(&saved.request.recipient)
                    ),
                    now,
                )?;
                persistence::audit::append(
                    c,
                    &guard.event("advice.declined", request_object(&id)),
                    now,
                )?;
                refresh_case(c, &state.statutory, &saved.case_id, scene.today)?;
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                scene.body(c, &state, &record, &names)
            })
        })
    })
    .await?;
    Ok(web::Json(body))
}

/// Reads the answer for `user`: 404 unless the policy lets them view this advice.
pub(crate) fn readable_response(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    guard: &mut Guard,
    id: &AdviceRequestId,
    audit: &str,
) -> Result<(Scene, AdviceRecord), ApiError> {
    let (scene, record) = Scene::of_request(c, state, user, id)?;
    scene.permit(
        guard,
        Action::ViewAdvice(id.clone()),
        audit,
        request_object(id),
        false,
        None,
    )?;
    Ok((scene, record))
}

/// The answer to a request: your own draft or submitted advice, or someone else's
/// submitted advice once you have submitted yours. Drafts are seen only by those
/// who hold the request.
#[utoipa::path(
    tag = "advice",
    operation_id = "get_advice_response",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The answer", body = AdviceResponseBody,
            headers(("ETag" = String, description = "The answer's version, for If-Match"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or an answer you may not read", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/advice-requests/{id}/response")]
pub async fn get_advice_response(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let request_id = current_request_id();
    let user = signed_in.user;
    let body = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let (scene, record) =
                    readable_response(c, &state, &user, guard, &id, "advice.response.read")?;
                let names = store::names(c, &[&record])?;
                persistence::audit::append(
                    c,
                    &guard.event("advice.response.read", request_object(&id)),
                    now,
                )?;
                Ok(scene.response(&record, &names))
            })
        })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(body.version))
        .json(body))
}

/// Save a draft of the answer: anything may be missing, nothing is checked but
/// length. Needs `If-Match` with the ETag from reading it; a stale one is 412
/// and nothing is overwritten.
#[utoipa::path(
    tag = "advice",
    operation_id = "save_advice_draft",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The request's id"),
        ("If-Match" = String, Header, description = "The ETag from reading the answer, e.g. \"3\""),
    ),
    request_body = AdviceContentBody,
    responses(
        (status = 200, description = "Saved", body = AdviceResponseBody,
            headers(("ETag" = String, description = "The answer's new version"))),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You may read this advice but do not answer the request", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Submitted, closed, or not yet allocated by the team's manager", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone saved since that ETag; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is too long (each named)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/advice-requests/{id}/response")]
pub async fn save_advice_draft(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    req: HttpRequest,
    id: web::Path<String>,
    body: web::Json<AdviceContentBody>,
) -> Result<HttpResponse, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let content = AdviceContent::from(body.into_inner());
    let request_id = current_request_id();
    let user = signed_in.user;
    let body = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                scene.permit(
                    guard,
                    Action::EditAdvice(id.clone()),
                    "advice.save_draft",
                    request_object(&id),
                    scene.sees_request(&id),
                    scene.domain_refusal(&record.request, &AdviceEvent::SaveDraft),
                )?;
                let problems = content.check_draft();
                if !problems.is_empty() {
                    return Err(field_errors(problems));
                }
                let version = if_match
                    .accepts(record.version)
                    .ok_or(ApiError::PreconditionFailed)?;
                let mut request = record.request.clone();
                apply(&scene, &mut request, &AdviceEvent::SaveDraft)?;
                let mut update = record.update();
                update.state = request.state;
                update.content = Some(content.clone());
                update.answered_by = Some(user.id.clone());
                let saved = write(c, &id, version, &update, now)?;
                persistence::audit::append(
                    c,
                    &guard.event("advice.draft_saved", request_object(&id)),
                    now,
                )?;
                let names = store::names(c, &[&saved])?;
                Ok(scene.response(&saved, &names))
            })
        })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(body.version))
        .json(body))
}

/// Submit the saved answer. Every mandatory field must be there (the 422 names
/// each one missing, and the draft is kept); then it cannot be changed unless
/// the co-ordinator reopens it. Needs `If-Match`; a retry with the same
/// `Idempotency-Key` gets the same answer and submits once.
#[utoipa::path(
    tag = "advice",
    operation_id = "submit_advice",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The request's id"),
        ("If-Match" = String, Header, description = "The ETag from reading or saving the answer"),
        ("Idempotency-Key" = Option<String>, Header, description = "Any unique string (1-200 visible ASCII characters); a retry with the same key gets the first answer"),
    ),
    responses(
        (status = 200, description = "Submitted", body = AdviceResponseBody),
        (status = 400, description = "A bad Idempotency-Key or If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You may read this advice but do not answer the request", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted, closed, or not yet allocated; or the Idempotency-Key was used for another request", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone saved since that ETag; nothing was submitted", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Mandatory fields are missing (each named); the draft is kept", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/advice-requests/{id}/response/submit")]
pub async fn submit_advice(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    req: HttpRequest,
    key: IdempotencyKey,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let request_id = current_request_id();
    let user = signed_in.user;
    let answer = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            once(
                &state.db,
                user.id.as_str(),
                &key,
                "submit_advice",
                &id,
                now,
                |c| {
                    let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                    scene.permit(
                        guard,
                        Action::SubmitAdvice(id.clone()),
                        "advice.submit",
                        request_object(&id),
                        scene.sees_request(&id),
                        scene.domain_refusal(&record.request, &AdviceEvent::Submit),
                    )?;
                    let version = if_match
                        .accepts(record.version)
                        .ok_or(ApiError::PreconditionFailed)?;
                    let content = record.content.clone().unwrap_or_default();
                    let problems = content.check_submit();
                    if !problems.is_empty() {
                        return Err(field_errors(problems));
                    }
                    let mut request = record.request.clone();
                    apply(&scene, &mut request, &AdviceEvent::Submit)?;
                    let mut update = record.update();
                    update.state = request.state;
                    update.completed_on = request.completed_on;
                    update.content = Some(content);
                    update.answered_by = Some(user.id.clone());
                    let saved = write(c, &id, version, &update, now)?;
                    let names = store::names(c, &[&saved])?;
                    let from = match &saved.request.recipient {
                        Recipient::Person(_) => user.display_name.as_str().to_owned(),
                        Recipient::Team(team) => {
                            format!("{} for {}", user.display_name.as_str(), names.team(team))
                        }
                    };
                    let resubmitted = record.request.state == AdviceState::Reopened;
                    on_timeline(
                        c,
                        &saved,
                        &user.id,
                        "advice.submitted",
                        if resubmitted {
                            format!("Advice resubmitted by {from}")
                        } else {
                            format!("Advice submitted by {from}")
                        },
                        now,
                    )?;
                    persistence::audit::append(
                        c,
                        &guard.event("advice.submitted", request_object(&id)),
                        now,
                    )?;
                    let coordinator = scene
                        .loaded
                        .case
                        .coordinator
                        .clone()
                        .unwrap_or_else(|| saved.requested_by.clone());
                    let account = users::find_by_id(c, &coordinator)?;
                    let link = request_link(&state.settings.public_url(), &id);
                    let kind = advice_type(c, &saved.request.recipient)?;
                    crate::sweep::deliver(
                        c,
                        account.id.as_str(),
                        account.email.as_str(),
                        TemplateKey::AdviceSubmitted,
                        personalisation(&[
                            ("case_reference", scene.loaded.case.case_ref.clone()),
                            ("advice_type", kind.to_owned()),
                            ("sign_in_link", link.clone()),
                        ]),
                        &format!("advice-submitted:{id}:{}", saved.version),
                        &link,
                        now,
                    )?;
                    refresh_case(c, &state.statutory, &saved.case_id, scene.today)?;
                    Ok((StatusCode::OK, None, scene.response(&saved, &names)))
                },
            )
        })
    })
    .await?;
    Ok(answer.respond())
}

/// Reopen submitted (or declined) advice so it can be corrected (co-ordinators,
/// while the case is at assessment). The completed date becomes the date it is
/// submitted again.
#[utoipa::path(
    tag = "advice",
    operation_id = "reopen_advice",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "Reopened", body = AdviceRequestBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only a case co-ordinator can reopen advice", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not submitted, or the case is no longer at assessment", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/advice-requests/{id}/reopen")]
pub async fn reopen_advice(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<AdviceRequestBody>, ApiError> {
    close_or_reopen(state, signed_in, id, Move::Reopen).await
}

/// Withdraw an open request (co-ordinators): the adviser's access to the case goes with it.
#[utoipa::path(
    tag = "advice",
    operation_id = "withdraw_advice_request",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "Withdrawn", body = AdviceRequestBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only a case co-ordinator can withdraw a request", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted or closed, or the case is closed", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/advice-requests/{id}/withdraw")]
pub async fn withdraw_advice_request(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<AdviceRequestBody>, ApiError> {
    close_or_reopen(state, signed_in, id, Move::Withdraw).await
}

#[derive(Clone, Copy)]
enum Move {
    Reopen,
    Withdraw,
}

async fn close_or_reopen(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    which: Move,
) -> Result<web::Json<AdviceRequestBody>, ApiError> {
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let request_id = current_request_id();
    let user = signed_in.user;
    let body = blocking(move || {
        let now = state.now();
        guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                let (action, event, audit, done, kind) = match which {
                    Move::Reopen => (
                        Action::ReopenAdvice(id.clone()),
                        AdviceEvent::Reopen,
                        "advice.reopen",
                        "advice.reopened",
                        "reopened",
                    ),
                    Move::Withdraw => (
                        Action::RequestAdvice,
                        AdviceEvent::Withdraw,
                        "advice.withdraw",
                        "advice.withdrawn",
                        "withdrawn",
                    ),
                };
                scene.permit(
                    guard,
                    action,
                    audit,
                    request_object(&id),
                    scene.sees_request(&id),
                    scene.domain_refusal(&record.request, &event),
                )?;
                let mut request = record.request.clone();
                apply(&scene, &mut request, &event)?;
                let mut update = record.update();
                update.state = request.state;
                update.completed_on = request.completed_on;
                if matches!(which, Move::Reopen) {
                    update.declined_note = None;
                }
                let saved = write(c, &id, record.version, &update, now)?;
                let names = store::names(c, &[&saved])?;
                let whose = names.recipient(&saved.request.recipient).to_owned();
                let summary = match which {
                    Move::Reopen => format!("Advice from {whose} reopened for changes"),
                    Move::Withdraw => format!("Request for advice from {whose} withdrawn"),
                };
                on_timeline(c, &saved, &user.id, done, summary, now)?;
                persistence::audit::append(
                    c,
                    &guard.event(done, request_object(&id)).detail(kind),
                    now,
                )?;
                refresh_case(c, &state.statutory, &saved.case_id, scene.today)?;
                let (scene, record) = Scene::of_request(c, &state, &user, &id)?;
                scene.body(c, &state, &record, &names)
            })
        })
    })
    .await?;
    Ok(web::Json(body))
}

/// Requests for advice a person answers.
#[derive(Serialize, ToSchema)]
pub struct MyAdviceRequests {
    /// Open requests first (soonest due first), then answered ones (latest first).
    pub items: Vec<AdviceRequestBody>,
}

/// The requests for advice you answer: sent to you, allocated to you, or sent to a
/// team you manage (including those awaiting allocation).
#[utoipa::path(
    tag = "advice",
    operation_id = "list_my_advice_requests",
    security(("session" = [])),
    responses(
        (status = 200, description = "Your requests for advice", body = MyAdviceRequests),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/advice-requests")]
pub async fn list_my_advice_requests(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<MyAdviceRequests>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let items = blocking(move || {
        let mut c = state.db.conn()?;
        let me = actor(&mut c, &user)?;
        let managed: Vec<TeamId> = me
            .teams
            .iter()
            .filter(|m| m.manager)
            .map(|m| m.team.clone())
            .collect();
        let held = store::for_person(&mut c, &user.id, &managed)?;
        let mut case_ids: Vec<String> = held.iter().map(|h| h.record.case_id.clone()).collect();
        case_ids.sort();
        case_ids.dedup();
        let mut items = Vec::new();
        for case_id in case_ids {
            let scene = Scene::load(&mut c, &state, &user, &case_id)?;
            // Only what the policy lets them see (a closed case drops out).
            if !scene.may(Action::ViewCase) {
                continue;
            }
            let mine: Vec<&AdviceRecord> = scene
                .loaded
                .advice
                .iter()
                .filter(|r| held.iter().any(|h| h.record.request.id == r.request.id))
                .filter(|r| scene.sees_request(&r.request.id))
                .collect();
            let names = store::names(&mut c, &mine)?;
            for record in mine {
                let open = record.request.state.is_open();
                items.push((open, scene.body(&mut c, &state, record, &names)?));
            }
        }
        items.sort_by(|(a_open, a), (b_open, b)| {
            b_open
                .cmp(a_open)
                .then_with(|| {
                    if *a_open {
                        a.due_on.cmp(&b.due_on)
                    } else {
                        b.completed_on.cmp(&a.completed_on)
                    }
                })
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok::<_, ApiError>(items.into_iter().map(|(_, body)| body).collect())
    })
    .await?;
    Ok(web::Json(MyAdviceRequests { items }))
}
