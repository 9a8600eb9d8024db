//! The access policy: one pure function deciding whether an actor may take an
//! action on a case. Deny is the default; the five contributor-access rules and
//! the grace period live here and nowhere else.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::facts::{Actor, CaseFacts, RequestFacts};
use super::grounds::contributor_grounds;
use crate::advice::{AdviceRequestId, AdviceState, RequestKind};
use crate::lifecycle::CaseStage;
use crate::people::Role;
use crate::rules::LaConfig;

/// The LA's settings the policy reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessConfig {
    /// Contributors keep access this many days after the plan is issued. The last
    /// day with access is `issue date + grace_period_days`; the next day it is gone.
    pub grace_period_days: u32,
    /// Administrators see no case content unless the LA switches this on (read-only).
    pub administrators_see_cases: bool,
}

impl Default for AccessConfig {
    fn default() -> Self {
        Self {
            grace_period_days: LaConfig::default().grace_period_days,
            administrators_see_cases: false,
        }
    }
}

impl From<&LaConfig> for AccessConfig {
    fn from(config: &LaConfig) -> Self {
        Self {
            grace_period_days: config.grace_period_days,
            administrators_see_cases: false,
        }
    }
}

/// Everything the API does to a case. Actions on one request name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "action", content = "request", rename_all = "snake_case")]
pub enum Action {
    /// The case file: child details, stage bar, key dates, flags.
    ViewCase,
    ViewDeadlines,
    ViewTimeline,
    /// Names of everyone invited to the case.
    ViewPartyNames,
    EditChildDetails,
    /// A lifecycle decision on an open case: assess, issue, the plan's moves,
    /// a review's outcome. None is taken on a ceased or closed case.
    RecordDecision,
    /// Close a case outside the process, or reopen one closed that way (the
    /// lifecycle says which move fits the case's stage).
    CloseOrReopen,
    RecordException,
    /// Send requests for advice (assessment).
    RequestAdvice,
    GrantAccess,
    RevokeAccess,
    /// Register a submitted request as a case, or allocate (change) its co-ordinator.
    AllocateCoordinator,
    /// One request's advice or views: your own (draft or submitted), or another's once allowed.
    ViewAdvice(AdviceRequestId),
    EditAdvice(AdviceRequestId),
    SubmitAdvice(AdviceRequestId),
    /// "Not known to the service".
    DeclineRequest(AdviceRequestId),
    AllocateTeamRequest(AdviceRequestId),
    ReopenAdvice(AdviceRequestId),
    /// The list of other people's submitted advice on the case.
    ReadOthersAdvice,
    ViewDraftRequest,
    /// Edit, delete, download or submit a draft request.
    EditDraftRequest,
    /// Invite a co-author to a draft request, or remove one (its author only).
    InviteCoAuthor,
    /// A co-author stops writing a draft request: they remove themselves.
    LeaveDraftRequest,
    ViewDraftPlan,
    EditDraftPlan,
    /// Family comments on a draft (or proposed amendments); a consulted setting's reply.
    CommentOnDraftPlan,
    ViewPlan,
    /// Set or clear a case's flags (mediation, tribunal, safeguarding...).
    SetFlags,
    /// The LA's letters to the family (its decisions, the final plan's covering
    /// letter): the family and co-ordinators.
    ViewLetters,
    /// The child's and the parents' views ("About me"); a setting may enter them.
    AddFamilyViews,
    /// Arrange an annual review: invitations and requests for views.
    ArrangeReview,
    SubmitReviewReport,
}

impl Action {
    /// Every action, with `request` standing for the one request they name.
    pub fn catalogue(request: &AdviceRequestId) -> Vec<Action> {
        let r = || request.clone();
        vec![
            Action::ViewCase,
            Action::ViewDeadlines,
            Action::ViewTimeline,
            Action::ViewPartyNames,
            Action::EditChildDetails,
            Action::RecordDecision,
            Action::CloseOrReopen,
            Action::RecordException,
            Action::RequestAdvice,
            Action::GrantAccess,
            Action::RevokeAccess,
            Action::AllocateCoordinator,
            Action::ViewAdvice(r()),
            Action::EditAdvice(r()),
            Action::SubmitAdvice(r()),
            Action::DeclineRequest(r()),
            Action::AllocateTeamRequest(r()),
            Action::ReopenAdvice(r()),
            Action::ReadOthersAdvice,
            Action::ViewDraftRequest,
            Action::EditDraftRequest,
            Action::InviteCoAuthor,
            Action::LeaveDraftRequest,
            Action::ViewDraftPlan,
            Action::EditDraftPlan,
            Action::CommentOnDraftPlan,
            Action::ViewPlan,
            Action::ViewLetters,
            Action::SetFlags,
            Action::AddFamilyViews,
            Action::ArrangeReview,
            Action::SubmitReviewReport,
        ]
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Action::ViewCase => "view_case",
            Action::ViewDeadlines => "view_deadlines",
            Action::ViewTimeline => "view_timeline",
            Action::ViewPartyNames => "view_party_names",
            Action::EditChildDetails => "edit_child_details",
            Action::RecordDecision => "record_decision",
            Action::CloseOrReopen => "close_or_reopen",
            Action::RecordException => "record_exception",
            Action::RequestAdvice => "request_advice",
            Action::GrantAccess => "grant_access",
            Action::RevokeAccess => "revoke_access",
            Action::AllocateCoordinator => "allocate_coordinator",
            Action::ViewAdvice(_) => "view_advice",
            Action::EditAdvice(_) => "edit_advice",
            Action::SubmitAdvice(_) => "submit_advice",
            Action::DeclineRequest(_) => "decline_request",
            Action::AllocateTeamRequest(_) => "allocate_team_request",
            Action::ReopenAdvice(_) => "reopen_advice",
            Action::ReadOthersAdvice => "read_others_advice",
            Action::ViewDraftRequest => "view_draft_request",
            Action::EditDraftRequest => "edit_draft_request",
            Action::InviteCoAuthor => "invite_co_author",
            Action::LeaveDraftRequest => "leave_draft_request",
            Action::ViewDraftPlan => "view_draft_plan",
            Action::EditDraftPlan => "edit_draft_plan",
            Action::CommentOnDraftPlan => "comment_on_draft_plan",
            Action::ViewPlan => "view_plan",
            Action::ViewLetters => "view_letters",
            Action::SetFlags => "set_flags",
            Action::AddFamilyViews => "add_family_views",
            Action::ArrangeReview => "arrange_review",
            Action::SubmitReviewReport => "submit_review_report",
        }
    }

    /// Reads only; nothing changes.
    pub fn is_read(&self) -> bool {
        matches!(
            self,
            Action::ViewCase
                | Action::ViewDeadlines
                | Action::ViewTimeline
                | Action::ViewPartyNames
                | Action::ViewAdvice(_)
                | Action::ReadOthersAdvice
                | Action::ViewDraftRequest
                | Action::ViewDraftPlan
                | Action::ViewPlan
                | Action::ViewLetters
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DenyReason {
    NotInvolved,
    AdministratorsSeeNoCaseContent,
    CaseClosed,
    /// The requester submitted and waits for the co-ordinator to grant access.
    AwaitingAccessGrant,
    GracePeriodOver,
    SubmitYourOwnAdviceFirst,
    DraftIsPrivate,
    NotYourRequest,
    /// Only a co-author leaves a draft; its author deletes it instead.
    NotACoAuthor,
    NotTeamManager,
    RequestClosed,
    NotAllocatedYet,
    WrongStage,
    NoPlanYet,
    CoordinatorsOnly,
    NotForYourRole,
}

impl DenyReason {
    /// Stable name for the audit trail.
    pub fn as_str(self) -> &'static str {
        match self {
            DenyReason::NotInvolved => "not_involved",
            DenyReason::AdministratorsSeeNoCaseContent => "administrators_see_no_case_content",
            DenyReason::CaseClosed => "case_closed",
            DenyReason::AwaitingAccessGrant => "awaiting_access_grant",
            DenyReason::GracePeriodOver => "grace_period_over",
            DenyReason::SubmitYourOwnAdviceFirst => "submit_your_own_advice_first",
            DenyReason::DraftIsPrivate => "draft_is_private",
            DenyReason::NotYourRequest => "not_your_request",
            DenyReason::NotACoAuthor => "not_a_co_author",
            DenyReason::NotTeamManager => "not_team_manager",
            DenyReason::RequestClosed => "request_closed",
            DenyReason::NotAllocatedYet => "not_allocated_yet",
            DenyReason::WrongStage => "wrong_stage",
            DenyReason::NoPlanYet => "no_plan_yet",
            DenyReason::CoordinatorsOnly => "coordinators_only",
            DenyReason::NotForYourRole => "not_for_your_role",
        }
    }

    pub fn reason(self) -> &'static str {
        match self {
            DenyReason::NotInvolved => "You have not been given access to this case.",
            DenyReason::AdministratorsSeeNoCaseContent => "Administrators do not see case content.",
            DenyReason::CaseClosed => "This case is closed.",
            DenyReason::AwaitingAccessGrant => {
                "The request has been submitted. You will see it again when the case co-ordinator gives you access."
            }
            DenyReason::GracePeriodOver => {
                "Your access ended when the grace period after the plan was issued ran out."
            }
            DenyReason::SubmitYourOwnAdviceFirst => {
                "You can read other advice once you have submitted your own."
            }
            DenyReason::DraftIsPrivate => "Only its author can see this draft.",
            DenyReason::NotYourRequest => "This request was not sent to you.",
            DenyReason::NotACoAuthor => {
                "Only a co-author can stop writing a draft; its author can delete it instead."
            }
            DenyReason::NotTeamManager => "Only a manager of the team can do this.",
            DenyReason::RequestClosed => "This request is closed.",
            DenyReason::NotAllocatedYet => {
                "A team manager must allocate this request before it can be answered."
            }
            DenyReason::WrongStage => "This cannot be done at the case's current stage.",
            DenyReason::NoPlanYet => "There is no final plan yet.",
            DenyReason::CoordinatorsOnly => "Only a case co-ordinator can do this.",
            DenyReason::NotForYourRole => "Your role does not do this.",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", content = "reason", rename_all = "snake_case")]
pub enum Decision {
    Allow,
    Deny(DenyReason),
}

impl Decision {
    pub fn is_allowed(self) -> bool {
        self == Decision::Allow
    }

    /// Why it is refused; `None` when allowed.
    pub fn refusal(self) -> Option<DenyReason> {
        match self {
            Decision::Allow => None,
            Decision::Deny(reason) => Some(reason),
        }
    }
}

fn allow_if(condition: bool, otherwise: DenyReason) -> Decision {
    if condition {
        Decision::Allow
    } else {
        Decision::Deny(otherwise)
    }
}

fn is_comment_stage(stage: CaseStage) -> bool {
    matches!(stage, CaseStage::Consultation | CaseStage::AmendmentNotice)
}

/// Whether `role` may see every registered case (not a draft request) without
/// its facts: what lets a tray list cases without deciding on each. It holds
/// for co-ordinators only; `decide` gives the same answer (a test checks).
pub fn sees_every_case(role: Role) -> bool {
    role == Role::CaseCoordinator
}

/// What `decide` reads of an actor's memberships for `action`: (their teams,
/// their settings). A caller may leave out what is not read (a test checks
/// the answer is the same): co-ordinators' teams matter only for requests for
/// advice, settings only for setting staff, neither for administrators.
pub fn reads_memberships(role: Role, action: &Action) -> (bool, bool) {
    match role {
        Role::Administrator => (false, false),
        Role::Setting => (true, true),
        Role::Contributor | Role::Family => (true, false),
        Role::CaseCoordinator => (
            matches!(
                action,
                Action::ViewAdvice(_)
                    | Action::EditAdvice(_)
                    | Action::SubmitAdvice(_)
                    | Action::DeclineRequest(_)
                    | Action::AllocateTeamRequest(_)
            ),
            false,
        ),
    }
}

/// May `actor` take `action` on the case described by `facts`, on `today`?
pub fn decide(
    actor: &Actor,
    action: Action,
    facts: &CaseFacts,
    today: NaiveDate,
    config: &AccessConfig,
) -> Decision {
    if facts.stage == CaseStage::RequestDraft {
        return draft_request(actor, &action, facts);
    }
    if matches!(
        action,
        Action::ViewDraftRequest
            | Action::EditDraftRequest
            | Action::InviteCoAuthor
            | Action::LeaveDraftRequest
    ) {
        let author = facts
            .draft_request
            .as_ref()
            .is_some_and(|d| d.author == actor.user || d.co_authors.contains(&actor.user));
        return Decision::Deny(if author {
            DenyReason::AwaitingAccessGrant
        } else {
            DenyReason::WrongStage
        });
    }
    match actor.role {
        Role::CaseCoordinator => coordinator(actor, &action, facts),
        Role::Administrator => allow_if(
            config.administrators_see_cases
                && matches!(
                    action,
                    Action::ViewCase
                        | Action::ViewDeadlines
                        | Action::ViewTimeline
                        | Action::ViewPartyNames
                ),
            DenyReason::AdministratorsSeeNoCaseContent,
        ),
        Role::Family | Role::Setting | Role::Contributor => {
            participant(actor, &action, facts, today, config)
        }
    }
}

/// A draft request is seen only by its author and invited co-authors. Only its
/// author invites or removes co-authors; a co-author may leave it.
fn draft_request(actor: &Actor, action: &Action, facts: &CaseFacts) -> Decision {
    let Some(draft) = &facts.draft_request else {
        return Decision::Deny(DenyReason::DraftIsPrivate);
    };
    let author = draft.author == actor.user;
    let co_author = draft.co_authors.contains(&actor.user);
    match action {
        Action::ViewCase | Action::ViewDraftRequest | Action::EditDraftRequest => {
            allow_if(author || co_author, DenyReason::DraftIsPrivate)
        }
        Action::InviteCoAuthor => allow_if(author, DenyReason::DraftIsPrivate),
        Action::LeaveDraftRequest if author => Decision::Deny(DenyReason::NotACoAuthor),
        Action::LeaveDraftRequest => allow_if(co_author, DenyReason::DraftIsPrivate),
        _ if author || co_author => Decision::Deny(DenyReason::WrongStage),
        _ => Decision::Deny(DenyReason::DraftIsPrivate),
    }
}

/// Co-ordinators see every case, including unallocated and closed ones, but not
/// other people's drafts. A closed case is only read or reopened.
fn coordinator(actor: &Actor, action: &Action, facts: &CaseFacts) -> Decision {
    let stage = facts.stage;
    if stage.is_closed() && !action.is_read() && *action != Action::CloseOrReopen {
        return Decision::Deny(DenyReason::CaseClosed);
    }
    match action {
        Action::ViewCase
        | Action::ViewDeadlines
        | Action::ViewTimeline
        | Action::ViewPartyNames
        | Action::EditChildDetails
        | Action::RecordDecision
        | Action::CloseOrReopen
        | Action::RecordException
        | Action::RequestAdvice
        | Action::GrantAccess
        | Action::RevokeAccess
        | Action::AllocateCoordinator
        | Action::ReadOthersAdvice
        | Action::ViewLetters
        | Action::SetFlags
        | Action::AddFamilyViews => Decision::Allow,
        Action::ArrangeReview => allow_if(
            stage == CaseStage::PlanIssued || stage.is_review_before_decision(),
            DenyReason::WrongStage,
        ),
        Action::SubmitReviewReport => allow_if(
            stage == CaseStage::ReviewMeetingHeld,
            DenyReason::WrongStage,
        ),
        Action::ViewAdvice(id) => match facts.request(id) {
            Some(r) => allow_if(
                actor.holds(r) || matches!(r.state, AdviceState::Submitted | AdviceState::Declined),
                DenyReason::DraftIsPrivate,
            ),
            None => Decision::Deny(DenyReason::NotYourRequest),
        },
        Action::ReopenAdvice(id) => match facts.request(id) {
            Some(r) if matches!(r.state, AdviceState::Submitted | AdviceState::Declined) => {
                allow_if(stage == CaseStage::Assessment, DenyReason::WrongStage)
            }
            Some(_) => Decision::Deny(DenyReason::WrongStage),
            None => Decision::Deny(DenyReason::NotYourRequest),
        },
        Action::EditAdvice(id)
        | Action::SubmitAdvice(id)
        | Action::DeclineRequest(id)
        | Action::AllocateTeamRequest(id) => answer_request(actor, action, facts.request(id)),
        Action::ViewDraftPlan | Action::EditDraftPlan => match &facts.draft_plan {
            Some(draft) if stage.may_have_draft_plan() => allow_if(
                draft.author == actor.user || draft.shared,
                DenyReason::DraftIsPrivate,
            ),
            _ => Decision::Deny(DenyReason::WrongStage),
        },
        Action::ViewPlan => allow_if(facts.final_plan_issued_on.is_some(), DenyReason::NoPlanYet),
        Action::CommentOnDraftPlan => Decision::Deny(DenyReason::NotForYourRole),
        Action::ViewDraftRequest
        | Action::EditDraftRequest
        | Action::InviteCoAuthor
        | Action::LeaveDraftRequest => Decision::Deny(DenyReason::DraftIsPrivate),
    }
}

/// Answering a request: only whoever holds it, while it is open; allocating: only
/// a manager of the team it was sent to.
fn answer_request(actor: &Actor, action: &Action, request: Option<&RequestFacts>) -> Decision {
    let Some(r) = request else {
        return Decision::Deny(DenyReason::NotYourRequest);
    };
    if let Action::AllocateTeamRequest(_) = action {
        let manager = matches!(&r.recipient, crate::advice::Recipient::Team(t) if actor.manages(t));
        if !manager {
            return Decision::Deny(DenyReason::NotTeamManager);
        }
        return allow_if(
            matches!(
                r.state,
                AdviceState::AwaitingAllocation | AdviceState::Allocated | AdviceState::InProgress
            ),
            DenyReason::RequestClosed,
        );
    }
    if !actor.holds(r) {
        return Decision::Deny(DenyReason::NotYourRequest);
    }
    if !r.state.is_open() {
        return Decision::Deny(DenyReason::RequestClosed);
    }
    match action {
        Action::EditAdvice(_) | Action::SubmitAdvice(_)
            if r.state == AdviceState::AwaitingAllocation =>
        {
            Decision::Deny(DenyReason::NotAllocatedYet)
        }
        _ => Decision::Allow,
    }
}

/// The contributor-access rules of statutory-rules.md. `Ok` when one of the
/// actor's grounds holds today; the error says why none does.
fn contributor_access(
    actor: &Actor,
    facts: &CaseFacts,
    today: NaiveDate,
    grace_days: u32,
) -> Result<(), DenyReason> {
    let mut grace_over = false;
    for g in contributor_grounds(facts)
        .iter()
        .filter(|g| g.ground.reached_by(actor))
    {
        if g.live(today, grace_days) {
            return Ok(());
        }
        grace_over = true;
    }
    Err(if grace_over {
        DenyReason::GracePeriodOver
    } else {
        DenyReason::NotInvolved
    })
}

/// Families, settings and contributors: only cases they are part of.
fn participant(
    actor: &Actor,
    action: &Action,
    facts: &CaseFacts,
    today: NaiveDate,
    config: &AccessConfig,
) -> Decision {
    let stage = facts.stage;
    let family = actor.role == Role::Family && facts.family.contains(&actor.user);
    let setting = actor.role == Role::Setting
        && (facts.named_people.contains(&actor.user)
            || actor.settings.iter().any(|s| facts.settings.contains(s)));
    let contributor = match actor.role {
        Role::Contributor | Role::Setting => {
            contributor_access(actor, facts, today, config.grace_period_days)
        }
        _ => Err(DenyReason::NotInvolved),
    };
    if stage.is_closed() {
        return Decision::Deny(DenyReason::CaseClosed);
    }
    if !(family || setting || contributor.is_ok()) || stage.is_request() {
        let requester = facts
            .draft_request
            .as_ref()
            .is_some_and(|d| d.author == actor.user || d.co_authors.contains(&actor.user));
        return Decision::Deny(match contributor {
            Err(DenyReason::GracePeriodOver) => DenyReason::GracePeriodOver,
            _ if requester => DenyReason::AwaitingAccessGrant,
            _ => DenyReason::NotInvolved,
        });
    }
    // A contributor has read the others' advice once their own (or their team's)
    // is submitted; a family once the draft plan, which carries it, is shared.
    let submitted_own = facts.requests.iter().any(|r| {
        r.kind == RequestKind::Advice && r.state == AdviceState::Submitted && actor.holds(r)
    });
    let asked_for_advice = facts
        .requests
        .iter()
        .any(|r| r.kind == RequestKind::Advice && actor.holds(r));
    let family_sees_advice = family
        && (matches!(stage, CaseStage::Consultation) || facts.final_plan_issued_on.is_some());
    let reads_others = |submitted_own: bool| {
        if family_sees_advice || submitted_own {
            Decision::Allow
        } else if asked_for_advice {
            Decision::Deny(DenyReason::SubmitYourOwnAdviceFirst)
        } else {
            Decision::Deny(DenyReason::NotForYourRole)
        }
    };
    match action {
        Action::ViewCase
        | Action::ViewDeadlines
        | Action::ViewTimeline
        | Action::ViewPartyNames => Decision::Allow,
        Action::ViewPlan => allow_if(facts.final_plan_issued_on.is_some(), DenyReason::NoPlanYet),
        Action::ViewLetters => allow_if(family, DenyReason::NotForYourRole),
        Action::SetFlags => Decision::Deny(DenyReason::NotForYourRole),
        Action::ViewDraftPlan => match &facts.draft_plan {
            Some(draft) if stage.may_have_draft_plan() => {
                allow_if(draft.shared, DenyReason::DraftIsPrivate)
            }
            _ => Decision::Deny(DenyReason::WrongStage),
        },
        Action::CommentOnDraftPlan => {
            if !(family || setting) {
                Decision::Deny(DenyReason::NotForYourRole)
            } else {
                allow_if(
                    is_comment_stage(stage) && facts.draft_plan.as_ref().is_some_and(|d| d.shared),
                    DenyReason::WrongStage,
                )
            }
        }
        Action::AddFamilyViews => allow_if(family || setting, DenyReason::NotForYourRole),
        Action::ArrangeReview => {
            if !setting {
                Decision::Deny(DenyReason::NotForYourRole)
            } else {
                allow_if(
                    stage == CaseStage::PlanIssued || stage.is_review_before_decision(),
                    DenyReason::WrongStage,
                )
            }
        }
        Action::SubmitReviewReport => {
            if !setting {
                Decision::Deny(DenyReason::NotForYourRole)
            } else {
                allow_if(
                    stage == CaseStage::ReviewMeetingHeld,
                    DenyReason::WrongStage,
                )
            }
        }
        Action::ReadOthersAdvice => reads_others(submitted_own),
        Action::ViewAdvice(id) => match facts.request(id) {
            Some(r) if actor.holds(r) => Decision::Allow,
            Some(r) if r.state == AdviceState::Submitted => reads_others(submitted_own),
            Some(_) => Decision::Deny(DenyReason::DraftIsPrivate),
            None => Decision::Deny(DenyReason::NotYourRequest),
        },
        Action::EditAdvice(id)
        | Action::SubmitAdvice(id)
        | Action::DeclineRequest(id)
        | Action::AllocateTeamRequest(id) => answer_request(actor, action, facts.request(id)),
        Action::EditChildDetails
        | Action::RecordDecision
        | Action::CloseOrReopen
        | Action::RecordException
        | Action::RequestAdvice
        | Action::GrantAccess
        | Action::RevokeAccess
        | Action::AllocateCoordinator
        | Action::ReopenAdvice(_)
        | Action::EditDraftPlan => Decision::Deny(DenyReason::CoordinatorsOnly),
        Action::ViewDraftRequest
        | Action::EditDraftRequest
        | Action::InviteCoAuthor
        | Action::LeaveDraftRequest => Decision::Deny(DenyReason::WrongStage),
    }
}
