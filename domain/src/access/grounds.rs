//! Why someone other than a co-ordinator may open a case: the facts the policy
//! reads, turned into keys a tray can look up. `decide` answers `ViewCase` from
//! these same grounds, so a tray built on them lists exactly the cases its
//! viewer may open (a test checks every role, stage and request state).

use chrono::{Days, NaiveDate};

use super::facts::{Actor, CaseFacts, RequestFacts};
use crate::advice::{AdviceState, Recipient, RequestKind};
use crate::lifecycle::CaseStage;
use crate::people::{Role, SettingId, TeamId, UserId};

/// One fact that lets a participant open a case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ground {
    /// A family member invited to the case.
    Family(UserId),
    /// Setting staff granted the case by name.
    Named(UserId),
    /// A setting granted the case: all its staff.
    Setting(SettingId),
    /// Holds a request for advice or views (sent to them, or allocated to them
    /// from a team), or is invited to the review meeting.
    Holder(UserId),
    /// Manages a team that holds a request or is invited to the review meeting.
    TeamManager(TeamId),
}

impl Ground {
    /// Whether this ground is `actor`'s: the person or their setting or team,
    /// in a role the ground serves.
    pub fn reached_by(&self, actor: &Actor) -> bool {
        let contributes = matches!(actor.role, Role::Contributor | Role::Setting);
        match self {
            Ground::Family(user) => actor.role == Role::Family && user == &actor.user,
            Ground::Named(user) => actor.role == Role::Setting && user == &actor.user,
            Ground::Setting(setting) => {
                actor.role == Role::Setting && actor.settings.contains(setting)
            }
            Ground::Holder(user) => contributes && user == &actor.user,
            Ground::TeamManager(team) => contributes && actor.manages(team),
        }
    }
}

/// A ground and how long it lasts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewGround {
    pub ground: Ground,
    /// The day a grace period runs from (the plan's issue): the ground lasts
    /// `grace_period_days` after it. `None`: it lasts while the facts stand.
    pub grace_from: Option<NaiveDate>,
}

impl ViewGround {
    /// Whether the ground still holds on `today`.
    pub fn live(&self, today: NaiveDate, grace_period_days: u32) -> bool {
        self.grace_from.is_none_or(|from| {
            from.checked_add_days(Days::new(u64::from(grace_period_days)))
                .is_none_or(|last| today <= last)
        })
    }
}

/// Who holds a request: its person, or its team's managers and the members it
/// was allocated to.
fn holders(request: &RequestFacts) -> Vec<Ground> {
    match &request.recipient {
        Recipient::Person(user) => vec![Ground::Holder(user.clone())],
        Recipient::Team(team) => std::iter::once(Ground::TeamManager(team.clone()))
            .chain(request.allocated.iter().cloned().map(Ground::Holder))
            .collect(),
    }
}

/// What holding `request` gives (the contributor-access rules of
/// statutory-rules.md): nothing, access while the case stands (`Some(None)`),
/// or access until a grace period after a plan's issue (`Some(Some(issued))`).
fn request_access(request: &RequestFacts, facts: &CaseFacts) -> Option<Option<NaiveDate>> {
    // Rules 1 and 4: asked for advice or views and not yet answered.
    if request.state.is_open() {
        return Some(None);
    }
    if request.state != AdviceState::Submitted {
        return None;
    }
    match request.kind {
        // Rule 2: submitted advice, until the grace period after the final plan.
        RequestKind::Advice => match facts.final_plan_issued_on {
            Some(issued) => Some(Some(issued)),
            None if matches!(
                facts.stage,
                CaseStage::Assessment | CaseStage::DraftPlan | CaseStage::Consultation
            ) =>
            {
                Some(None)
            }
            None => None,
        },
        // Rule 5: gave views; through the review, and if the plan is amended,
        // until the grace period after the amended plan.
        RequestKind::ReviewViews => {
            if facts.stage.is_review() {
                return Some(None);
            }
            match facts.amended_plan_issued_on {
                Some(amended) if request.completed_on.is_none_or(|gave| gave <= amended) => {
                    Some(Some(amended))
                }
                _ => None,
            }
        }
    }
}

/// The contributor-access grounds of the case, whatever its stage: from each
/// request held, and (rule 3) from an invitation to the review meeting while
/// the review is in progress.
pub fn contributor_grounds(facts: &CaseFacts) -> Vec<ViewGround> {
    let mut grounds = Vec::new();
    for request in &facts.requests {
        if let Some(grace_from) = request_access(request, facts) {
            grounds.extend(
                holders(request)
                    .into_iter()
                    .map(|ground| ViewGround { ground, grace_from }),
            );
        }
    }
    if facts.stage.is_review_before_decision() {
        grounds.extend(facts.review_invitees.iter().map(|invitee| ViewGround {
            ground: match invitee {
                Recipient::Person(user) => Ground::Holder(user.clone()),
                Recipient::Team(team) => Ground::TeamManager(team.clone()),
            },
            grace_from: None,
        }));
    }
    grounds
}

/// Everyone but co-ordinators who may open the case, and for how long: none
/// while it is a request or closed; otherwise its family, named people and
/// settings, and its contributors. Each ground once, with its longest life.
pub fn view_grounds(facts: &CaseFacts) -> Vec<ViewGround> {
    if facts.stage.is_closed() || facts.stage.is_request() {
        return Vec::new();
    }
    let granted = facts
        .family
        .iter()
        .cloned()
        .map(Ground::Family)
        .chain(facts.named_people.iter().cloned().map(Ground::Named))
        .chain(facts.settings.iter().cloned().map(Ground::Setting))
        .map(|ground| ViewGround {
            ground,
            grace_from: None,
        });
    longest(granted.chain(contributor_grounds(facts)))
}

/// One entry per ground, keeping the one that lasts longest.
fn longest(grounds: impl Iterator<Item = ViewGround>) -> Vec<ViewGround> {
    let mut by_ground: std::collections::BTreeMap<Ground, Option<NaiveDate>> =
        std::collections::BTreeMap::new();
    for g in grounds {
        by_ground
            .entry(g.ground)
            .and_modify(|from| {
                *from = match (*from, g.grace_from) {
                    (None, _) | (_, None) => None,
                    (Some(a), Some(b)) => Some(a.max(b)),
                }
            })
            .or_insert(g.grace_from);
    }
    by_ground
        .into_iter()
        .map(|(ground, grace_from)| ViewGround { ground, grace_from })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::AdviceRequestId;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_ground_kept_twice_lasts_as_long_as_its_longest() {
        let user = UserId::new("u1");
        let mut facts = CaseFacts::new(CaseStage::PlanIssued);
        facts.final_plan_issued_on = Some(day("2027-01-10"));
        for (n, state) in [AdviceState::Submitted, AdviceState::Submitted]
            .into_iter()
            .enumerate()
        {
            facts.requests.push(RequestFacts {
                id: AdviceRequestId::new(format!("r{n}")),
                kind: RequestKind::Advice,
                recipient: Recipient::Person(user.clone()),
                allocated: Vec::new(),
                state,
                completed_on: None,
            });
        }
        let grounds = view_grounds(&facts);
        assert_eq!(
            grounds,
            vec![ViewGround {
                ground: Ground::Holder(user.clone()),
                grace_from: Some(day("2027-01-10")),
            }]
        );
        facts.requests[1].state = AdviceState::InProgress;
        assert_eq!(view_grounds(&facts)[0].grace_from, None);
    }

    #[test]
    fn a_grace_period_ends_the_day_after_its_last_day() {
        let g = ViewGround {
            ground: Ground::Holder(UserId::new("u1")),
            grace_from: Some(day("2027-01-10")),
        };
        assert!(g.live(day("2027-01-24"), 14));
        assert!(!g.live(day("2027-01-25"), 14));
    }
}
