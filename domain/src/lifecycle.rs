//! The case lifecycle as an explicit state machine: every stage of a request, an
//! assessment, a plan and its annual reviews, and the only moves the law and the
//! process allow between them. Illegal moves are typed errors the API answers 409.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::people::InvalidValue;

/// Where a case stands. Stored by [`CaseStage::as_str`]; a case closed outside the
/// process keeps the stage it was closed from in [`TransitionContext::stage_before_closure`]
/// (persist it beside the stage: it is the `stage` argument of the close transition).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStage {
    /// A setting's request for assessment, seen only by its author and co-authors.
    RequestDraft,
    /// Submitted to the LA (or sent through the public form); not yet registered.
    RequestSubmitted,
    /// Registered as a case with a reference; waiting for a case co-ordinator.
    Unallocated,
    /// Allocated; the LA is deciding whether to assess (D1).
    AwaitingAssessmentDecision,
    /// The LA decided not to assess. The pathway ends with appeal rights; it can be overturned.
    NotToAssess,
    /// EHC needs assessment: advice requested and gathered (D2).
    Assessment,
    /// The LA decided not to issue a plan (D3). Can be overturned.
    NotToIssue,
    /// The LA decided to issue; the draft plan is being written (D4).
    DraftPlan,
    /// The draft is with the family and settings are consulted (D5, D6).
    Consultation,
    /// A final plan is in force and maintained (D7, then D8 each year).
    PlanIssued,
    /// An annual review meeting is arranged (D9, D10).
    ReviewArranged,
    /// Views have been requested from people or teams ahead of the meeting.
    ReviewGatheringViews,
    /// The review meeting took place (D11, D12).
    ReviewMeetingHeld,
    /// The review report reached the LA; it must decide maintain / amend / cease (D12).
    ReviewReportSubmitted,
    /// The LA decided to amend the plan; the amendment notice is being prepared.
    ReviewDecidedAmend,
    /// Proposed amendments are with the family (D13); final amended plan due (D14).
    AmendmentNotice,
    /// The LA ceased to maintain the plan.
    Ceased,
    /// Closed outside the process (withdrawn, moved away, duplicate...). Can be reopened.
    ClosedOutsideProcess,
}

impl CaseStage {
    pub const ALL: [CaseStage; 18] = [
        CaseStage::RequestDraft,
        CaseStage::RequestSubmitted,
        CaseStage::Unallocated,
        CaseStage::AwaitingAssessmentDecision,
        CaseStage::NotToAssess,
        CaseStage::Assessment,
        CaseStage::NotToIssue,
        CaseStage::DraftPlan,
        CaseStage::Consultation,
        CaseStage::PlanIssued,
        CaseStage::ReviewArranged,
        CaseStage::ReviewGatheringViews,
        CaseStage::ReviewMeetingHeld,
        CaseStage::ReviewReportSubmitted,
        CaseStage::ReviewDecidedAmend,
        CaseStage::AmendmentNotice,
        CaseStage::Ceased,
        CaseStage::ClosedOutsideProcess,
    ];

    /// Stable name for storage and the API. Never change one: add a new stage instead.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStage::RequestDraft => "request_draft",
            CaseStage::RequestSubmitted => "request_submitted",
            CaseStage::Unallocated => "unallocated",
            CaseStage::AwaitingAssessmentDecision => "awaiting_assessment_decision",
            CaseStage::NotToAssess => "not_to_assess",
            CaseStage::Assessment => "assessment",
            CaseStage::NotToIssue => "not_to_issue",
            CaseStage::DraftPlan => "draft_plan",
            CaseStage::Consultation => "consultation",
            CaseStage::PlanIssued => "plan_issued",
            CaseStage::ReviewArranged => "review_arranged",
            CaseStage::ReviewGatheringViews => "review_gathering_views",
            CaseStage::ReviewMeetingHeld => "review_meeting_held",
            CaseStage::ReviewReportSubmitted => "review_report_submitted",
            CaseStage::ReviewDecidedAmend => "review_decided_amend",
            CaseStage::AmendmentNotice => "amendment_notice",
            CaseStage::Ceased => "ceased",
            CaseStage::ClosedOutsideProcess => "closed_outside_process",
        }
    }

    /// Plain-English name for the case file and trays.
    pub fn label(self) -> &'static str {
        match self {
            CaseStage::RequestDraft => "Draft request",
            CaseStage::RequestSubmitted => "Request submitted",
            CaseStage::Unallocated => "Registered, waiting for a case co-ordinator",
            CaseStage::AwaitingAssessmentDecision => "Deciding whether to assess",
            CaseStage::NotToAssess => "Decided not to assess",
            CaseStage::Assessment => "Assessment",
            CaseStage::NotToIssue => "Decided not to issue a plan",
            CaseStage::DraftPlan => "Writing the draft plan",
            CaseStage::Consultation => "Draft plan out for comments",
            CaseStage::PlanIssued => "Final plan issued",
            CaseStage::ReviewArranged => "Annual review arranged",
            CaseStage::ReviewGatheringViews => "Annual review: gathering views",
            CaseStage::ReviewMeetingHeld => "Annual review meeting held",
            CaseStage::ReviewReportSubmitted => "Annual review: waiting for the LA's decision",
            CaseStage::ReviewDecidedAmend => "Annual review: decided to amend the plan",
            CaseStage::AmendmentNotice => "Proposed amendments sent to the family",
            CaseStage::Ceased => "Plan ceased",
            CaseStage::ClosedOutsideProcess => "Closed outside the process",
        }
    }

    /// An annual review (or an amendment following one) is under way.
    pub fn is_review(self) -> bool {
        matches!(
            self,
            CaseStage::ReviewArranged
                | CaseStage::ReviewGatheringViews
                | CaseStage::ReviewMeetingHeld
                | CaseStage::ReviewReportSubmitted
                | CaseStage::ReviewDecidedAmend
                | CaseStage::AmendmentNotice
        )
    }

    /// The review has not yet reached the LA's decision (contributor-access rule 3).
    pub fn is_review_before_decision(self) -> bool {
        matches!(
            self,
            CaseStage::ReviewArranged
                | CaseStage::ReviewGatheringViews
                | CaseStage::ReviewMeetingHeld
                | CaseStage::ReviewReportSubmitted
        )
    }

    /// A final plan exists and is maintained (including while it is reviewed or amended).
    pub fn has_final_plan(self) -> bool {
        self == CaseStage::PlanIssued || self.is_review()
    }

    /// A version of the plan may be being written: a new plan, or an amendment
    /// (which the LA may start from an issued plan, reg 28, or after a review
    /// decides to amend).
    pub fn may_have_draft_plan(self) -> bool {
        matches!(
            self,
            CaseStage::DraftPlan
                | CaseStage::PlanIssued
                | CaseStage::Consultation
                | CaseStage::ReviewDecidedAmend
                | CaseStage::AmendmentNotice
        )
    }

    /// Ceased or closed: only co-ordinators see the case.
    pub fn is_closed(self) -> bool {
        matches!(self, CaseStage::Ceased | CaseStage::ClosedOutsideProcess)
    }

    /// Still a request, not yet a case the LA has registered.
    pub fn is_request(self) -> bool {
        matches!(self, CaseStage::RequestDraft | CaseStage::RequestSubmitted)
    }

    /// The step of the stage bar this stage belongs to.
    pub fn bar_step(self) -> Option<BarStep> {
        Some(match self {
            CaseStage::RequestDraft | CaseStage::RequestSubmitted | CaseStage::Unallocated => {
                BarStep::Request
            }
            CaseStage::AwaitingAssessmentDecision | CaseStage::NotToAssess => {
                BarStep::DecisionToAssess
            }
            CaseStage::Assessment => BarStep::Assessment,
            CaseStage::NotToIssue => BarStep::DecisionToIssue,
            CaseStage::DraftPlan | CaseStage::Consultation => BarStep::DraftPlan,
            CaseStage::PlanIssued => BarStep::FinalPlan,
            CaseStage::ReviewArranged
            | CaseStage::ReviewGatheringViews
            | CaseStage::ReviewMeetingHeld
            | CaseStage::ReviewReportSubmitted
            | CaseStage::ReviewDecidedAmend
            | CaseStage::AmendmentNotice
            | CaseStage::Ceased => BarStep::AnnualReview,
            CaseStage::ClosedOutsideProcess => return None,
        })
    }
}

impl fmt::Display for CaseStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CaseStage {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CaseStage::ALL
            .into_iter()
            .find(|stage| stage.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new("stage", "unknown_stage", format!("Unknown stage '{s}'"))
            })
    }
}

/// The steps of the stage bar at the top of the case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BarStep {
    Request,
    DecisionToAssess,
    Assessment,
    DecisionToIssue,
    DraftPlan,
    FinalPlan,
    AnnualReview,
}

impl BarStep {
    pub const ALL: [BarStep; 7] = [
        BarStep::Request,
        BarStep::DecisionToAssess,
        BarStep::Assessment,
        BarStep::DecisionToIssue,
        BarStep::DraftPlan,
        BarStep::FinalPlan,
        BarStep::AnnualReview,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BarStep::Request => "Request",
            BarStep::DecisionToAssess => "Decision to assess",
            BarStep::Assessment => "Assessment",
            BarStep::DecisionToIssue => "Decision to issue",
            BarStep::DraftPlan => "Draft plan",
            BarStep::FinalPlan => "Final plan",
            BarStep::AnnualReview => "Annual review",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    Done,
    Current,
    NotReached,
}

/// The stage bar: each step done, current or not yet reached. A closed case shows
/// the bar of the stage it was closed from.
pub fn stage_bar(
    stage: CaseStage,
    stage_before_closure: Option<CaseStage>,
) -> [(BarStep, StepState); 7] {
    let current = stage
        .bar_step()
        .or_else(|| stage_before_closure.and_then(CaseStage::bar_step))
        .unwrap_or(BarStep::Request);
    BarStep::ALL.map(|step| {
        let state = match step.cmp(&current) {
            std::cmp::Ordering::Less => StepState::Done,
            std::cmp::Ordering::Equal => StepState::Current,
            std::cmp::Ordering::Greater => StepState::NotReached,
        };
        (step, state)
    })
}

/// Decision whether to carry out an EHC needs assessment (D1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssessDecision {
    Assess,
    NotToAssess,
    /// A decision not to assess reversed (after mediation, tribunal or review).
    Overturned,
}

/// Decision whether to issue a plan after the assessment (D3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueDecision {
    Issue,
    NotToIssue,
    /// A decision not to issue reversed (after mediation or a tribunal order).
    Overturned,
}

/// The LA's decision after an annual review (D12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOutcome {
    Maintain,
    Amend,
    Cease,
}

/// Why a case was closed outside the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosureReason {
    RequestWithdrawn,
    MovedOutOfArea,
    Duplicate,
    EnteredInError,
    Other,
}

/// What a First-tier Tribunal (SEND) ordered the LA to do (reg 44).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TribunalOrderKind {
    /// Carry out an EHC needs assessment.
    ToAssess,
    /// Make and maintain a plan.
    ToMakePlan,
    /// Amend the plan (sections B, F, I or the like).
    ToAmendPlan,
    /// Change the school or institution named in the plan.
    ToChangeNamedSchool,
}

/// Something that happens to a case. Dated events of this kind make the case's
/// history, which the statutory clock reads (see `deadlines`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CaseEvent {
    /// The draft request is sent to the LA. The day the LA receives it starts D1-D7.
    RequestSubmitted,
    /// The LA registers the request as a case with a reference.
    RequestRegistered,
    /// A case co-ordinator is allocated (or replaced).
    CoordinatorAllocated,
    /// The decision whether to assess is notified to the family.
    DecisionToAssess {
        decision: AssessDecision,
    },
    /// The decision whether to issue a plan is notified.
    DecisionToIssue {
        decision: IssueDecision,
    },
    /// The draft plan is served on the family.
    DraftPlanServed,
    /// A setting is consulted on being named in the plan.
    ConsultationSent,
    /// A consulted setting answered.
    ConsultationResponseReceived,
    /// The family's representations on a draft or on proposed amendments arrived.
    FamilyRepresentationsReceived,
    /// The final plan is issued.
    FinalPlanIssued,
    /// An annual review meeting is arranged for `meeting_on`.
    ReviewArranged {
        meeting_on: NaiveDate,
    },
    /// Requests for views sent to people or teams ahead of the review meeting.
    ReviewViewsRequested,
    /// Meeting invitations sent (D9).
    ReviewInvitationsSent,
    /// Advice and views circulated to invitees (D10).
    ReviewAdviceCirculated,
    ReviewMeetingHeld,
    /// The review report reached the LA and the invitees (D11).
    ReviewReportSubmitted,
    /// The LA notified its decision after the review (D12).
    ReviewDecision {
        outcome: ReviewOutcome,
    },
    /// The notice of proposed amendments is served on the family.
    AmendmentNoticeServed,
    /// The final amended plan is issued (D14).
    AmendedPlanIssued,
    /// After representations, the LA decided not to amend after all (D14).
    DecidedNotToAmend,
    /// The LA decided to re-assess the child's needs (D19).
    DecisionToReassess,
    /// The LA ceased to maintain the plan outside an annual review.
    PlanCeased,
    CloseOutsideProcess {
        reason: ClosureReason,
    },
    Reopen,
    /// The family contacted the mediation adviser (D23), saying whether they want mediation.
    MediationAdviserContacted {
        wants_mediation: bool,
    },
    MediationHeld,
    MediationCertificateIssued,
    AppealLodged,
    TribunalOrderMade {
        order: TribunalOrderKind,
    },
    /// The appeal ended (decided, withdrawn or conceded).
    AppealConcluded,
}

impl CaseEvent {
    /// Stable name for the timeline.
    pub fn as_str(&self) -> &'static str {
        match self {
            CaseEvent::RequestSubmitted => "request_submitted",
            CaseEvent::RequestRegistered => "request_registered",
            CaseEvent::CoordinatorAllocated => "coordinator_allocated",
            CaseEvent::DecisionToAssess { .. } => "decision_to_assess",
            CaseEvent::DecisionToIssue { .. } => "decision_to_issue",
            CaseEvent::DraftPlanServed => "draft_plan_served",
            CaseEvent::ConsultationSent => "consultation_sent",
            CaseEvent::ConsultationResponseReceived => "consultation_response_received",
            CaseEvent::FamilyRepresentationsReceived => "family_representations_received",
            CaseEvent::FinalPlanIssued => "final_plan_issued",
            CaseEvent::ReviewArranged { .. } => "review_arranged",
            CaseEvent::ReviewViewsRequested => "review_views_requested",
            CaseEvent::ReviewInvitationsSent => "review_invitations_sent",
            CaseEvent::ReviewAdviceCirculated => "review_advice_circulated",
            CaseEvent::ReviewMeetingHeld => "review_meeting_held",
            CaseEvent::ReviewReportSubmitted => "review_report_submitted",
            CaseEvent::ReviewDecision { .. } => "review_decision",
            CaseEvent::AmendmentNoticeServed => "amendment_notice_served",
            CaseEvent::AmendedPlanIssued => "amended_plan_issued",
            CaseEvent::DecidedNotToAmend => "decided_not_to_amend",
            CaseEvent::DecisionToReassess => "decision_to_reassess",
            CaseEvent::PlanCeased => "plan_ceased",
            CaseEvent::CloseOutsideProcess { .. } => "closed_outside_process",
            CaseEvent::Reopen => "reopened",
            CaseEvent::MediationAdviserContacted { .. } => "mediation_adviser_contacted",
            CaseEvent::MediationHeld => "mediation_held",
            CaseEvent::MediationCertificateIssued => "mediation_certificate_issued",
            CaseEvent::AppealLodged => "appeal_lodged",
            CaseEvent::TribunalOrderMade { .. } => "tribunal_order_made",
            CaseEvent::AppealConcluded => "appeal_concluded",
        }
    }

    /// Mediation and tribunal events are recorded beside the pathway: they raise
    /// flags and start their own clocks but never move the stage.
    pub fn is_dispute(&self) -> bool {
        matches!(
            self,
            CaseEvent::MediationAdviserContacted { .. }
                | CaseEvent::MediationHeld
                | CaseEvent::MediationCertificateIssued
                | CaseEvent::AppealLodged
                | CaseEvent::TribunalOrderMade { .. }
                | CaseEvent::AppealConcluded
        )
    }

    /// A decision letter the family can take to mediation and appeal (reg 32-33).
    pub fn is_appealable_decision(&self) -> bool {
        matches!(
            self,
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::NotToAssess
            } | CaseEvent::DecisionToIssue {
                decision: IssueDecision::NotToIssue
            } | CaseEvent::FinalPlanIssued
                | CaseEvent::AmendedPlanIssued
                | CaseEvent::DecidedNotToAmend
                | CaseEvent::ReviewDecision { .. }
                | CaseEvent::PlanCeased
        )
    }
}

/// What a transition needs to know beyond the stage and the event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TransitionContext {
    /// The stage the case was closed from, stored when it was closed.
    pub stage_before_closure: Option<CaseStage>,
    /// The draft plan names a school or other institution in section I.
    pub draft_names_placement: bool,
}

/// Why a move is not allowed. The API answers 409 with [`TransitionError::reason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("{event} is not possible while the case is at {stage}")]
    NotAllowedAt {
        stage: CaseStage,
        event: &'static str,
    },
    #[error("annual review cannot start while the plan is a draft")]
    ReviewWhilePlanIsDraft,
    #[error("annual review needs a final plan")]
    ReviewWithoutPlan,
    #[error("draft plan names a placement")]
    DraftNamesPlacement,
    #[error("only a closed case can be reopened")]
    NotClosed,
    #[error("closed case has no stage to return to")]
    NothingToReopenTo,
    #[error("case is already closed")]
    AlreadyClosed,
    #[error("a ceased plan is final")]
    Ceased,
    #[error("only a decision against the family can be overturned")]
    NothingToOverturn,
    #[error("a case co-ordinator must be allocated first")]
    NotAllocated,
}

impl TransitionError {
    /// Plain English for the person who tried.
    pub fn reason(&self) -> String {
        match self {
            TransitionError::NotAllowedAt { stage, .. } => format!(
                "That cannot be done while the case is at \"{}\".",
                stage.label()
            ),
            TransitionError::ReviewWhilePlanIsDraft => {
                "An annual review cannot start while the plan is still a draft.".to_owned()
            }
            TransitionError::ReviewWithoutPlan => {
                "An annual review needs a final plan to review.".to_owned()
            }
            TransitionError::DraftNamesPlacement => {
                "The draft plan must not name a school or other placement: leave section I blank."
                    .to_owned()
            }
            TransitionError::NotClosed => "Only a closed case can be reopened.".to_owned(),
            TransitionError::NothingToReopenTo => {
                "This case has no record of the stage it was closed at, so it cannot be reopened."
                    .to_owned()
            }
            TransitionError::AlreadyClosed => "This case is already closed.".to_owned(),
            TransitionError::Ceased => {
                "The plan has ceased. A new request is needed to start again.".to_owned()
            }
            TransitionError::NothingToOverturn => {
                "Only a decision not to assess or not to issue a plan can be overturned.".to_owned()
            }
            TransitionError::NotAllocated => {
                "Allocate a case co-ordinator before recording a decision.".to_owned()
            }
        }
    }
}

/// The one place a case changes stage.
pub fn transition(
    stage: CaseStage,
    event: &CaseEvent,
    ctx: &TransitionContext,
) -> Result<CaseStage, TransitionError> {
    use CaseEvent as E;
    use CaseStage as S;

    let not_allowed = || TransitionError::NotAllowedAt {
        stage,
        event: event.as_str(),
    };

    // Rules that hold whatever the stage.
    match (stage, event) {
        (S::ClosedOutsideProcess, E::Reopen) => {
            return match ctx.stage_before_closure {
                Some(S::ClosedOutsideProcess) | None => Err(TransitionError::NothingToReopenTo),
                Some(previous) => Ok(previous),
            };
        }
        (_, E::Reopen) => return Err(TransitionError::NotClosed),
        (S::ClosedOutsideProcess, E::CloseOutsideProcess { .. }) => {
            return Err(TransitionError::AlreadyClosed);
        }
        (S::ClosedOutsideProcess, _) => return Err(not_allowed()),
        (S::Ceased, e) if e.is_dispute() => return Ok(stage),
        (S::Ceased, _) => return Err(TransitionError::Ceased),
        // A draft is deleted by its author, not closed.
        (S::RequestDraft, E::CloseOutsideProcess { .. }) => return Err(not_allowed()),
        (_, E::CloseOutsideProcess { .. }) => return Ok(S::ClosedOutsideProcess),
        (S::RequestDraft | S::RequestSubmitted, e) if e.is_dispute() => return Err(not_allowed()),
        (_, e) if e.is_dispute() => return Ok(stage),
        _ => {}
    }

    let next = match (stage, event) {
        (S::RequestDraft, E::RequestSubmitted) => S::RequestSubmitted,
        (S::RequestSubmitted, E::RequestRegistered) => S::Unallocated,
        (S::Unallocated, E::CoordinatorAllocated) => S::AwaitingAssessmentDecision,
        // Replacing the co-ordinator of a registered case changes nothing else.
        (s, E::CoordinatorAllocated) if !s.is_request() => s,

        (S::Unallocated, E::DecisionToAssess { .. } | E::DecisionToIssue { .. }) => {
            return Err(TransitionError::NotAllocated);
        }
        (S::AwaitingAssessmentDecision, E::DecisionToAssess { decision }) => match decision {
            AssessDecision::Assess => S::Assessment,
            AssessDecision::NotToAssess => S::NotToAssess,
            AssessDecision::Overturned => return Err(TransitionError::NothingToOverturn),
        },
        (
            S::NotToAssess,
            E::DecisionToAssess {
                decision: AssessDecision::Overturned,
            },
        ) => S::Assessment,
        (S::Assessment, E::DecisionToIssue { decision }) => match decision {
            IssueDecision::Issue => S::DraftPlan,
            IssueDecision::NotToIssue => S::NotToIssue,
            IssueDecision::Overturned => return Err(TransitionError::NothingToOverturn),
        },
        (
            S::NotToIssue,
            E::DecisionToIssue {
                decision: IssueDecision::Overturned,
            },
        ) => S::DraftPlan,
        (
            _,
            E::DecisionToAssess {
                decision: AssessDecision::Overturned,
            }
            | E::DecisionToIssue {
                decision: IssueDecision::Overturned,
            },
        ) => return Err(TransitionError::NothingToOverturn),

        (S::DraftPlan, E::DraftPlanServed) if ctx.draft_names_placement => {
            return Err(TransitionError::DraftNamesPlacement);
        }
        (S::DraftPlan, E::DraftPlanServed) => S::Consultation,
        (
            S::Consultation,
            E::ConsultationSent
            | E::ConsultationResponseReceived
            | E::FamilyRepresentationsReceived,
        ) => S::Consultation,
        (S::Consultation, E::FinalPlanIssued) => S::PlanIssued,

        (S::DraftPlan | S::Consultation, E::ReviewArranged { .. }) => {
            return Err(TransitionError::ReviewWhilePlanIsDraft);
        }
        (S::PlanIssued, E::ReviewArranged { .. }) => S::ReviewArranged,
        (s, E::ReviewArranged { .. }) if !s.has_final_plan() => {
            return Err(TransitionError::ReviewWithoutPlan);
        }
        (S::ReviewArranged | S::ReviewGatheringViews, E::ReviewViewsRequested) => {
            S::ReviewGatheringViews
        }
        (
            s @ (S::ReviewArranged | S::ReviewGatheringViews),
            E::ReviewInvitationsSent | E::ReviewAdviceCirculated,
        ) => s,
        (S::ReviewArranged | S::ReviewGatheringViews, E::ReviewMeetingHeld) => S::ReviewMeetingHeld,
        (S::ReviewMeetingHeld, E::ReviewReportSubmitted) => S::ReviewReportSubmitted,
        // The LA must decide within 4 weeks of the meeting even if no report came.
        (S::ReviewMeetingHeld | S::ReviewReportSubmitted, E::ReviewDecision { outcome }) => {
            match outcome {
                ReviewOutcome::Maintain => S::PlanIssued,
                ReviewOutcome::Amend => S::ReviewDecidedAmend,
                ReviewOutcome::Cease => S::Ceased,
            }
        }
        // The LA may also propose amendments outside a review (reg 28).
        (S::ReviewDecidedAmend | S::PlanIssued, E::AmendmentNoticeServed) => S::AmendmentNotice,
        (S::AmendmentNotice, E::FamilyRepresentationsReceived) => S::AmendmentNotice,
        (S::AmendmentNotice, E::AmendedPlanIssued | E::DecidedNotToAmend) => S::PlanIssued,
        (S::PlanIssued, E::DecisionToReassess) => S::Assessment,
        (S::PlanIssued, E::PlanCeased) => S::Ceased,
        _ => return Err(not_allowed()),
    };
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(events: &[CaseEvent]) -> Result<CaseStage, TransitionError> {
        let mut stage = CaseStage::RequestDraft;
        let mut ctx = TransitionContext::default();
        for event in events {
            let next = transition(stage, event, &ctx)?;
            if next == CaseStage::ClosedOutsideProcess {
                ctx.stage_before_closure = Some(stage);
            }
            stage = next;
        }
        Ok(stage)
    }

    fn to_plan() -> Vec<CaseEvent> {
        vec![
            CaseEvent::RequestSubmitted,
            CaseEvent::RequestRegistered,
            CaseEvent::CoordinatorAllocated,
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::Assess,
            },
            CaseEvent::DecisionToIssue {
                decision: IssueDecision::Issue,
            },
            CaseEvent::DraftPlanServed,
            CaseEvent::ConsultationSent,
            CaseEvent::FinalPlanIssued,
        ]
    }

    fn meeting() -> CaseEvent {
        CaseEvent::ReviewArranged {
            meeting_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        }
    }

    #[test]
    fn stages_round_trip_through_their_stored_names() {
        for stage in CaseStage::ALL {
            assert_eq!(stage.as_str().parse::<CaseStage>().unwrap(), stage);
            assert!(!stage.label().is_empty());
        }
        assert!("issued".parse::<CaseStage>().is_err());
    }

    #[test]
    fn a_request_travels_to_a_final_plan_and_through_an_amending_review() {
        let mut events = to_plan();
        assert_eq!(run(&events), Ok(CaseStage::PlanIssued));
        events.extend([
            meeting(),
            CaseEvent::ReviewViewsRequested,
            CaseEvent::ReviewInvitationsSent,
            CaseEvent::ReviewMeetingHeld,
            CaseEvent::ReviewReportSubmitted,
            CaseEvent::ReviewDecision {
                outcome: ReviewOutcome::Amend,
            },
            CaseEvent::AmendmentNoticeServed,
            CaseEvent::FamilyRepresentationsReceived,
            CaseEvent::AmendedPlanIssued,
        ]);
        assert_eq!(run(&events), Ok(CaseStage::PlanIssued));
    }

    #[test]
    fn a_review_can_end_the_plan() {
        let mut events = to_plan();
        events.extend([
            meeting(),
            CaseEvent::ReviewMeetingHeld,
            CaseEvent::ReviewDecision {
                outcome: ReviewOutcome::Cease,
            },
        ]);
        assert_eq!(run(&events), Ok(CaseStage::Ceased));
        events.push(CaseEvent::AppealLodged);
        assert_eq!(run(&events), Ok(CaseStage::Ceased));
        events.push(meeting());
        assert_eq!(run(&events), Err(TransitionError::Ceased));
    }

    #[test]
    fn an_annual_review_cannot_start_while_the_plan_is_a_draft() {
        let mut events = to_plan();
        events.truncate(5);
        assert_eq!(run(&events), Ok(CaseStage::DraftPlan));
        events.push(meeting());
        let err = run(&events).unwrap_err();
        assert_eq!(err, TransitionError::ReviewWhilePlanIsDraft);
        assert!(err.reason().contains("still a draft"));
    }

    #[test]
    fn not_to_assess_ends_the_pathway_until_it_is_overturned() {
        let mut events = vec![
            CaseEvent::RequestSubmitted,
            CaseEvent::RequestRegistered,
            CaseEvent::CoordinatorAllocated,
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::NotToAssess,
            },
        ];
        assert_eq!(run(&events), Ok(CaseStage::NotToAssess));
        let mut stuck = events.clone();
        stuck.push(CaseEvent::DecisionToIssue {
            decision: IssueDecision::Issue,
        });
        assert!(matches!(
            run(&stuck),
            Err(TransitionError::NotAllowedAt { .. })
        ));
        events.push(CaseEvent::MediationAdviserContacted {
            wants_mediation: true,
        });
        events.push(CaseEvent::DecisionToAssess {
            decision: AssessDecision::Overturned,
        });
        assert_eq!(run(&events), Ok(CaseStage::Assessment));
    }

    #[test]
    fn only_a_decision_against_the_family_can_be_overturned() {
        let mut events = to_plan();
        events.truncate(4);
        events.push(CaseEvent::DecisionToAssess {
            decision: AssessDecision::Overturned,
        });
        assert_eq!(run(&events), Err(TransitionError::NothingToOverturn));
    }

    #[test]
    fn a_case_closed_outside_the_process_reopens_where_it_was() {
        let mut events = to_plan();
        events.truncate(4);
        events.push(CaseEvent::CloseOutsideProcess {
            reason: ClosureReason::MovedOutOfArea,
        });
        assert_eq!(run(&events), Ok(CaseStage::ClosedOutsideProcess));
        events.push(CaseEvent::ConsultationSent);
        assert!(run(&events).is_err());
        events.pop();
        events.push(CaseEvent::Reopen);
        assert_eq!(run(&events), Ok(CaseStage::Assessment));
    }

    #[test]
    fn reopening_needs_a_closed_case_and_a_remembered_stage() {
        let ctx = TransitionContext::default();
        assert_eq!(
            transition(CaseStage::Assessment, &CaseEvent::Reopen, &ctx),
            Err(TransitionError::NotClosed)
        );
        assert_eq!(
            transition(CaseStage::ClosedOutsideProcess, &CaseEvent::Reopen, &ctx),
            Err(TransitionError::NothingToReopenTo)
        );
    }

    #[test]
    fn a_draft_plan_naming_a_school_cannot_be_served() {
        let ctx = TransitionContext {
            draft_names_placement: true,
            ..TransitionContext::default()
        };
        assert_eq!(
            transition(CaseStage::DraftPlan, &CaseEvent::DraftPlanServed, &ctx),
            Err(TransitionError::DraftNamesPlacement)
        );
    }

    #[test]
    fn decisions_wait_for_a_coordinator() {
        let ctx = TransitionContext::default();
        let decide = CaseEvent::DecisionToAssess {
            decision: AssessDecision::Assess,
        };
        assert_eq!(
            transition(CaseStage::Unallocated, &decide, &ctx),
            Err(TransitionError::NotAllocated)
        );
    }

    #[test]
    fn every_error_has_a_plain_english_reason() {
        let errors = [
            TransitionError::NotAllowedAt {
                stage: CaseStage::Assessment,
                event: "final_plan_issued",
            },
            TransitionError::ReviewWhilePlanIsDraft,
            TransitionError::ReviewWithoutPlan,
            TransitionError::DraftNamesPlacement,
            TransitionError::NotClosed,
            TransitionError::NothingToReopenTo,
            TransitionError::AlreadyClosed,
            TransitionError::Ceased,
            TransitionError::NothingToOverturn,
            TransitionError::NotAllocated,
        ];
        for err in errors {
            let reason = err.reason();
            assert!(reason.ends_with('.'), "{reason}");
            assert!(!reason.contains('_'), "{reason}");
        }
    }

    #[test]
    fn the_stage_bar_marks_steps_done_current_and_not_reached() {
        let bar = stage_bar(CaseStage::Assessment, None);
        assert_eq!(bar[0], (BarStep::Request, StepState::Done));
        assert_eq!(bar[1], (BarStep::DecisionToAssess, StepState::Done));
        assert_eq!(bar[2], (BarStep::Assessment, StepState::Current));
        assert_eq!(bar[6], (BarStep::AnnualReview, StepState::NotReached));
        let closed = stage_bar(
            CaseStage::ClosedOutsideProcess,
            Some(CaseStage::Consultation),
        );
        assert_eq!(closed[4], (BarStep::DraftPlan, StepState::Current));
    }
}
