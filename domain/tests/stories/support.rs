//! Builders for the stories: people, cases and requests in a few words each.

use chrono::NaiveDate;
use domain::access::{Actor, CaseFacts, RequestFacts, TeamMembership};
use domain::advice::{AdviceRequestId, AdviceState, Recipient, RequestKind};
use domain::lifecycle::CaseStage;
use domain::people::{Role, SettingId, TeamId, UserId};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn user(id: &str) -> UserId {
    UserId::new(id)
}

pub fn person(role: Role, id: &str) -> Actor {
    Actor::new(user(id), role)
}

pub fn manager_of(id: &str, team: &str) -> Actor {
    let mut actor = person(Role::Contributor, id);
    actor.teams.push(TeamMembership {
        team: TeamId::new(team),
        manager: true,
    });
    actor
}

pub fn member_of(id: &str, team: &str) -> Actor {
    let mut actor = person(Role::Contributor, id);
    actor.teams.push(TeamMembership {
        team: TeamId::new(team),
        manager: false,
    });
    actor
}

pub fn senco(id: &str, setting: &str) -> Actor {
    let mut actor = person(Role::Setting, id);
    actor.settings.push(SettingId::new(setting));
    actor
}

pub fn request(id: &str, to: Recipient, state: AdviceState) -> RequestFacts {
    RequestFacts {
        id: AdviceRequestId::new(id),
        kind: RequestKind::Advice,
        recipient: to,
        allocated: Vec::new(),
        state,
        completed_on: matches!(state, AdviceState::Submitted | AdviceState::Declined)
            .then(|| d(2026, 1, 20)),
    }
}

pub fn to_person(id: &str) -> Recipient {
    Recipient::Person(user(id))
}

pub fn to_team(id: &str) -> Recipient {
    Recipient::Team(TeamId::new(id))
}

pub fn case_at(stage: CaseStage) -> CaseFacts {
    let mut facts = CaseFacts::new(stage);
    facts.coordinator = Some(user("coord-1"));
    facts
}
