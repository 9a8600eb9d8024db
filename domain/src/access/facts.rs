//! What the access policy needs to know: who is asking (their role, teams and
//! settings) and the facts of the case that decide it. The API loads these; the
//! policy never looks anything up.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::advice::{AdviceRequest, AdviceRequestId, AdviceState, Recipient, RequestKind};
use crate::deadlines::DatedEvent;
use crate::lifecycle::{CaseEvent, CaseStage};
use crate::people::{Role, SettingId, TeamId, UserId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMembership {
    pub team: TeamId,
    pub manager: bool,
}

/// The signed-in person asking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user: UserId,
    pub role: Role,
    pub teams: Vec<TeamMembership>,
    /// Settings the person works in (SENCos, headteachers).
    pub settings: Vec<SettingId>,
}

impl Actor {
    pub fn new(user: UserId, role: Role) -> Self {
        Self {
            user,
            role,
            teams: Vec::new(),
            settings: Vec::new(),
        }
    }

    pub fn manages(&self, team: &TeamId) -> bool {
        self.teams.iter().any(|m| m.manager && &m.team == team)
    }

    /// The actor answers for this request: it was sent to them, allocated to them,
    /// or sent to a team they manage.
    pub fn holds(&self, request: &RequestFacts) -> bool {
        match &request.recipient {
            Recipient::Person(user) => user == &self.user,
            Recipient::Team(team) => self.manages(team) || request.allocated.contains(&self.user),
        }
    }

    pub fn is_invited(&self, invitee: &Recipient) -> bool {
        match invitee {
            Recipient::Person(user) => user == &self.user,
            Recipient::Team(team) => self.manages(team),
        }
    }
}

/// A request for advice or for review views, as far as access is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFacts {
    pub id: AdviceRequestId,
    pub kind: RequestKind,
    pub recipient: Recipient,
    pub allocated: Vec<UserId>,
    pub state: AdviceState,
    pub completed_on: Option<NaiveDate>,
}

impl From<&AdviceRequest> for RequestFacts {
    fn from(r: &AdviceRequest) -> Self {
        Self {
            id: r.id.clone(),
            kind: r.kind,
            recipient: r.recipient.clone(),
            allocated: r.allocated_to.clone(),
            state: r.state,
            completed_on: r.completed_on,
        }
    }
}

/// A setting's draft request for assessment, before it is submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRequestFacts {
    pub author: UserId,
    /// Invited co-authors (e.g. the SENCo of a dual-registered child's other school).
    pub co_authors: Vec<UserId>,
}

/// A draft plan (new or amended) being written by a co-ordinator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftPlanFacts {
    pub author: UserId,
    /// Shared with the family and others (served, or opened for comments).
    pub shared: bool,
}

/// The case as the access policy sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFacts {
    pub stage: CaseStage,
    pub coordinator: Option<UserId>,
    /// Family members invited to the case (revoking removes them).
    pub family: Vec<UserId>,
    /// People granted the case by name (setting staff).
    pub named_people: Vec<UserId>,
    /// Settings granted the case (all their staff).
    pub settings: Vec<SettingId>,
    /// Every request for advice on the case, and the requests for views of the
    /// current (or latest) annual review.
    pub requests: Vec<RequestFacts>,
    /// Invited to the current review meeting.
    pub review_invitees: Vec<Recipient>,
    /// When the final plan was first issued.
    pub final_plan_issued_on: Option<NaiveDate>,
    /// When the latest amended plan was issued after a review.
    pub amended_plan_issued_on: Option<NaiveDate>,
    pub draft_request: Option<DraftRequestFacts>,
    pub draft_plan: Option<DraftPlanFacts>,
}

impl CaseFacts {
    /// A case at `stage` with nobody granted anything.
    pub fn new(stage: CaseStage) -> Self {
        Self {
            stage,
            coordinator: None,
            family: Vec::new(),
            named_people: Vec::new(),
            settings: Vec::new(),
            requests: Vec::new(),
            review_invitees: Vec::new(),
            final_plan_issued_on: None,
            amended_plan_issued_on: None,
            draft_request: None,
            draft_plan: None,
        }
    }

    /// Reads the days the grace periods run from off the case's history: the
    /// final plan's first issue and the latest amended plan's.
    pub fn read_plan_dates(&mut self, events: &[DatedEvent]) {
        self.final_plan_issued_on = events
            .iter()
            .find(|e| matches!(e.event, CaseEvent::FinalPlanIssued))
            .map(|e| e.on);
        self.amended_plan_issued_on = events
            .iter()
            .rev()
            .find(|e| matches!(e.event, CaseEvent::AmendedPlanIssued))
            .map(|e| e.on);
    }

    pub fn request(&self, id: &AdviceRequestId) -> Option<&RequestFacts> {
        self.requests.iter().find(|r| &r.id == id)
    }
}
