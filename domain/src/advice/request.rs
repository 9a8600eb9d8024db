//! One request for advice or views, sent to a person or a team: its states
//! (pending, awaiting allocation, allocated, in progress, submitted, declined,
//! reopened, withdrawn), the legal moves between them, and its clock (D2, D2r, D2o).

use std::fmt;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::lifecycle::CaseStage;
use crate::people::{TeamId, UserId};
use crate::rules::{Clock, DeadlineId, LaConfig};

/// Opaque identifier of a request for advice or views.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AdviceRequestId(String);

impl AdviceRequestId {
    pub fn new(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AdviceRequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who was asked: a named person, or a team whose manager allocates it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Recipient {
    Person(UserId),
    Team(TeamId),
}

/// Advice towards an assessment, or views ahead of an annual review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Advice,
    ReviewViews,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdviceState {
    /// Sent to a person; nothing saved yet.
    Pending,
    /// Sent to a team; the manager has not allocated it.
    AwaitingAllocation,
    /// A team manager allocated it to one or more members.
    Allocated,
    /// A draft has been saved.
    InProgress,
    Submitted,
    /// "Not known to the service": closes the request.
    Declined,
    /// A co-ordinator reopened submitted advice while the case is at assessment.
    Reopened,
    /// The co-ordinator withdrew the request; the recipient's access goes with it.
    Withdrawn,
}

impl AdviceState {
    pub const ALL: [AdviceState; 8] = [
        AdviceState::Pending,
        AdviceState::AwaitingAllocation,
        AdviceState::Allocated,
        AdviceState::InProgress,
        AdviceState::Submitted,
        AdviceState::Declined,
        AdviceState::Reopened,
        AdviceState::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AdviceState::Pending => "pending",
            AdviceState::AwaitingAllocation => "awaiting_allocation",
            AdviceState::Allocated => "allocated",
            AdviceState::InProgress => "in_progress",
            AdviceState::Submitted => "submitted",
            AdviceState::Declined => "declined",
            AdviceState::Reopened => "reopened",
            AdviceState::Withdrawn => "withdrawn",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AdviceState::Pending => "Not started",
            AdviceState::AwaitingAllocation => "Awaiting allocation",
            AdviceState::Allocated => "Allocated",
            AdviceState::InProgress => "In progress",
            AdviceState::Submitted => "Submitted",
            AdviceState::Declined => "Not known to the service",
            AdviceState::Reopened => "Reopened",
            AdviceState::Withdrawn => "Withdrawn",
        }
    }

    /// Still waiting for an answer.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            AdviceState::Pending
                | AdviceState::AwaitingAllocation
                | AdviceState::Allocated
                | AdviceState::InProgress
                | AdviceState::Reopened
        )
    }
}

/// What someone does to a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AdviceEvent {
    /// A team manager allocates (or re-allocates) the request to members.
    Allocate {
        members: Vec<UserId>,
    },
    SaveDraft,
    Submit,
    /// "Not known to the service".
    Decline,
    /// The co-ordinator reopens submitted advice (case must be at assessment).
    Reopen,
    /// The co-ordinator withdraws the request.
    Withdraw,
}

/// Why a move on a request is refused (HTTP 409).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AdviceError {
    #[error("only a request to a team is allocated")]
    NotATeamRequest,
    #[error("allocation needs at least one member")]
    NoMembers,
    #[error("the team manager has not allocated this request yet")]
    NotAllocatedYet,
    #[error("already submitted")]
    AlreadySubmitted,
    #[error("request is closed")]
    Closed,
    #[error("only submitted or declined advice can be reopened")]
    NotSubmitted,
    #[error("advice can be reopened only while the case is at assessment")]
    CaseNotAtAssessment,
}

impl AdviceError {
    pub fn reason(&self) -> &'static str {
        match self {
            AdviceError::NotATeamRequest => {
                "This request was sent to a person, not a team, so it cannot be allocated."
            }
            AdviceError::NoMembers => "Choose at least one team member to allocate it to.",
            AdviceError::NotAllocatedYet => {
                "A team manager must allocate this request before anyone can answer it."
            }
            AdviceError::AlreadySubmitted => {
                "This has been submitted and cannot be changed. Ask the case co-ordinator to reopen it."
            }
            AdviceError::Closed => "This request has been closed.",
            AdviceError::NotSubmitted => "Only submitted or declined advice can be reopened.",
            AdviceError::CaseNotAtAssessment => {
                "Advice can be reopened only while the case is at the assessment stage."
            }
        }
    }
}

/// The moves of the state machine. `is_team` says the request went to a team.
pub fn next_state(
    state: AdviceState,
    event: &AdviceEvent,
    is_team: bool,
    case_stage: CaseStage,
) -> Result<AdviceState, AdviceError> {
    use AdviceEvent as E;
    use AdviceState as S;
    let closed = |state: AdviceState| match state {
        S::Submitted => AdviceError::AlreadySubmitted,
        _ => AdviceError::Closed,
    };
    match (state, event) {
        (_, E::Allocate { .. }) if !is_team => Err(AdviceError::NotATeamRequest),
        (_, E::Allocate { members }) if members.is_empty() => Err(AdviceError::NoMembers),
        (S::AwaitingAllocation, E::Allocate { .. }) => Ok(S::Allocated),
        (s @ (S::Allocated | S::InProgress | S::Reopened), E::Allocate { .. }) => Ok(s),

        (S::AwaitingAllocation, E::SaveDraft | E::Submit) => Err(AdviceError::NotAllocatedYet),
        (S::Pending | S::Allocated | S::InProgress, E::SaveDraft) => Ok(S::InProgress),
        (S::Reopened, E::SaveDraft) => Ok(S::Reopened),
        (s, E::Submit) if s.is_open() => Ok(S::Submitted),
        (s, E::Decline) if s.is_open() => Ok(S::Declined),
        (s, E::Withdraw) if s.is_open() => Ok(S::Withdrawn),

        (S::Submitted | S::Declined, E::Reopen) if case_stage == CaseStage::Assessment => {
            Ok(S::Reopened)
        }
        (S::Submitted | S::Declined, E::Reopen) => Err(AdviceError::CaseNotAtAssessment),
        (s, E::Reopen) if s.is_open() => Err(AdviceError::NotSubmitted),
        (s, _) => Err(closed(s)),
    }
}

/// A request and its clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdviceRequest {
    pub id: AdviceRequestId,
    pub kind: RequestKind,
    pub recipient: Recipient,
    /// The day it was sent: D2 runs from here, whatever happens inside a team.
    pub sent_on: NaiveDate,
    pub state: AdviceState,
    pub allocated_to: Vec<UserId>,
    /// Submitted or declined on; a resubmission after reopening replaces it.
    pub completed_on: Option<NaiveDate>,
}

impl AdviceRequest {
    pub fn new(
        id: AdviceRequestId,
        kind: RequestKind,
        recipient: Recipient,
        sent_on: NaiveDate,
    ) -> Self {
        let state = match recipient {
            Recipient::Person(_) => AdviceState::Pending,
            Recipient::Team(_) => AdviceState::AwaitingAllocation,
        };
        Self {
            id,
            kind,
            recipient,
            sent_on,
            state,
            allocated_to: Vec::new(),
            completed_on: None,
        }
    }

    pub fn is_team_request(&self) -> bool {
        matches!(self.recipient, Recipient::Team(_))
    }

    /// Apply an event on `on`; the request is unchanged if the move is refused.
    pub fn apply(
        &mut self,
        event: &AdviceEvent,
        on: NaiveDate,
        case_stage: CaseStage,
    ) -> Result<(), AdviceError> {
        let next = next_state(self.state, event, self.is_team_request(), case_stage)?;
        match event {
            AdviceEvent::Allocate { members } => self.allocated_to.clone_from(members),
            AdviceEvent::Submit | AdviceEvent::Decline => self.completed_on = Some(on),
            AdviceEvent::Reopen => self.completed_on = None,
            AdviceEvent::SaveDraft | AdviceEvent::Withdraw => {}
        }
        self.state = next;
        Ok(())
    }

    /// Last day for the advice (D2: sent + 6 weeks under the 2014 rules).
    pub fn due_on(&self, clock: Clock<'_>) -> NaiveDate {
        clock
            .due(DeadlineId::D2, self.sent_on)
            .unwrap_or(self.sent_on + Days::new(42))
    }

    /// The day the reminder goes (D2r): sent + the LA's reminder offset (4 weeks).
    pub fn reminder_on(&self, config: &LaConfig) -> NaiveDate {
        self.sent_on + Days::new(u64::from(config.reminder_offset_days))
    }

    /// The day the overdue notice goes (D2o): the day after the due date.
    pub fn overdue_from(&self, clock: Clock<'_>) -> NaiveDate {
        self.due_on(clock) + Days::new(1)
    }

    /// Still open and past its due date.
    pub fn is_overdue(&self, today: NaiveDate, clock: Clock<'_>) -> bool {
        self.state.is_open() && today >= self.overdue_from(clock)
    }

    /// Still open, the reminder day has come, and it is not yet overdue.
    pub fn reminder_due(&self, today: NaiveDate, config: &LaConfig, clock: Clock<'_>) -> bool {
        self.state.is_open() && today >= self.reminder_on(config) && !self.is_overdue(today, clock)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::BankHolidays;
    use crate::rules::RuleBook;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn team_request() -> AdviceRequest {
        AdviceRequest::new(
            AdviceRequestId::new("adv-1"),
            RequestKind::Advice,
            Recipient::Team(TeamId::new("salt")),
            d(2025, 9, 8),
        )
    }

    fn person_request() -> AdviceRequest {
        AdviceRequest::new(
            AdviceRequestId::new("adv-2"),
            RequestKind::Advice,
            Recipient::Person(UserId::new("ed-psych")),
            d(2025, 9, 8),
        )
    }

    const AT: CaseStage = CaseStage::Assessment;

    fn with_clock<T>(f: impl FnOnce(Clock<'_>) -> T) -> T {
        let rules = RuleBook::send_2014();
        let holidays = BankHolidays::england_and_wales();
        f(Clock::new(&rules, &holidays))
    }

    #[test]
    fn advice_is_due_six_weeks_after_the_request_even_if_the_team_allocates_it_later() {
        let mut req = team_request();
        assert_eq!(req.state, AdviceState::AwaitingAllocation);
        req.apply(
            &AdviceEvent::Allocate {
                members: vec![UserId::new("therapist")],
            },
            d(2025, 10, 1),
            AT,
        )
        .unwrap();
        assert_eq!(req.state, AdviceState::Allocated);
        assert_eq!(with_clock(|c| req.due_on(c)), d(2025, 10, 20));
        assert_eq!(req.allocated_to, vec![UserId::new("therapist")]);
    }

    #[test]
    fn advisers_are_reminded_at_four_weeks_and_told_it_is_overdue_the_day_after() {
        let config = LaConfig::default();
        let req = person_request();
        assert_eq!(req.reminder_on(&config), d(2025, 10, 6));
        with_clock(|c| {
            assert!(!req.reminder_due(d(2025, 10, 5), &config, c));
            assert!(req.reminder_due(d(2025, 10, 6), &config, c));
            assert!(!req.is_overdue(d(2025, 10, 20), c));
            assert!(req.is_overdue(d(2025, 10, 21), c));
            assert!(!req.reminder_due(d(2025, 10, 21), &config, c));
        });
        let three_weeks = LaConfig::new(60, 21, 14).unwrap();
        assert_eq!(req.reminder_on(&three_weeks), d(2025, 9, 29));
    }

    #[test]
    fn a_team_request_must_be_allocated_before_anyone_answers_it() {
        let mut req = team_request();
        assert_eq!(
            req.apply(&AdviceEvent::Submit, d(2025, 9, 9), AT),
            Err(AdviceError::NotAllocatedYet)
        );
        assert_eq!(
            req.apply(
                &AdviceEvent::Allocate { members: vec![] },
                d(2025, 9, 9),
                AT
            ),
            Err(AdviceError::NoMembers)
        );
        let mut person = person_request();
        assert_eq!(
            person.apply(
                &AdviceEvent::Allocate {
                    members: vec![UserId::new("x")]
                },
                d(2025, 9, 9),
                AT
            ),
            Err(AdviceError::NotATeamRequest)
        );
    }

    #[test]
    fn not_known_to_the_service_closes_the_request() {
        let mut req = team_request();
        req.apply(&AdviceEvent::Decline, d(2025, 9, 10), AT)
            .unwrap();
        assert_eq!(req.state, AdviceState::Declined);
        assert_eq!(req.completed_on, Some(d(2025, 9, 10)));
        assert_eq!(
            req.apply(&AdviceEvent::SaveDraft, d(2025, 9, 11), AT),
            Err(AdviceError::Closed)
        );
    }

    #[test]
    fn submitted_advice_cannot_change_unless_reopened_at_assessment_and_resubmitted() {
        let mut req = person_request();
        req.apply(&AdviceEvent::SaveDraft, d(2025, 9, 20), AT)
            .unwrap();
        assert_eq!(req.state, AdviceState::InProgress);
        req.apply(&AdviceEvent::Submit, d(2025, 10, 1), AT).unwrap();
        assert_eq!(
            req.apply(&AdviceEvent::SaveDraft, d(2025, 10, 2), AT),
            Err(AdviceError::AlreadySubmitted)
        );
        assert_eq!(
            req.apply(&AdviceEvent::Reopen, d(2025, 10, 2), CaseStage::DraftPlan),
            Err(AdviceError::CaseNotAtAssessment)
        );
        req.apply(&AdviceEvent::Reopen, d(2025, 10, 2), AT).unwrap();
        assert_eq!(req.state, AdviceState::Reopened);
        req.apply(&AdviceEvent::SaveDraft, d(2025, 10, 3), AT)
            .unwrap();
        assert_eq!(req.state, AdviceState::Reopened);
        req.apply(&AdviceEvent::Submit, d(2025, 10, 6), AT).unwrap();
        assert_eq!(req.completed_on, Some(d(2025, 10, 6)));
    }

    #[test]
    fn open_advice_cannot_be_reopened_and_withdrawn_requests_stay_closed() {
        let mut req = person_request();
        assert_eq!(
            req.apply(&AdviceEvent::Reopen, d(2025, 9, 9), AT),
            Err(AdviceError::NotSubmitted)
        );
        req.apply(&AdviceEvent::Withdraw, d(2025, 9, 9), AT)
            .unwrap();
        assert_eq!(
            req.apply(&AdviceEvent::Submit, d(2025, 9, 10), AT),
            Err(AdviceError::Closed)
        );
        assert!(!with_clock(|c| req.is_overdue(d(2026, 1, 1), c)));
    }

    #[test]
    fn every_refusal_explains_itself() {
        for err in [
            AdviceError::NotATeamRequest,
            AdviceError::NoMembers,
            AdviceError::NotAllocatedYet,
            AdviceError::AlreadySubmitted,
            AdviceError::Closed,
            AdviceError::NotSubmitted,
            AdviceError::CaseNotAtAssessment,
        ] {
            assert!(err.reason().ends_with('.'));
        }
    }
}
