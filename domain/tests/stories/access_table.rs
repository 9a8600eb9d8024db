//! The access policy as a table: every action, for every kind of person, in every
//! relation to the case. The table is the documentation; the test holds the
//! policy to it. `Y` allowed, `-` denied.
//!
//! The case: at assessment (invited, not invited, revoked) or with a final plan
//! issued 10 days ago (grace running) or 61 days ago (grace over, 60-day grace).
//! Another adviser has submitted advice. The request the actions name is the
//! person's own (for co-ordinators and administrators, a third adviser's): to them
//! (or their team) and not started when invited, submitted under the grace
//! relations, withdrawn when revoked. Revoked also means no grant remains. Stage-specific actions
//! (drafts, consultation, reviews) are told as stories in `access_stories`.

use chrono::Days;
use domain::access::{AccessConfig, Action, Actor, CaseFacts, decide};
use domain::advice::{AdviceRequestId, AdviceState};
use domain::lifecycle::CaseStage;
use domain::people::{Role, SettingId};

use crate::support::*;

const TABLE: &str = "
# action                 who            invited  not_invited  grace_running  grace_over  revoked
view_case                family         Y        -            -              -           -
view_case                setting        Y        -            Y              -           -
view_case                contributor    Y        -            Y              -           -
view_case                team_manager   Y        -            Y              -           -
view_case                coordinator    Y        Y            Y              Y           Y
view_case                administrator  -        -            -              -           -

view_deadlines           family         Y        -            -              -           -
view_deadlines           setting        Y        -            Y              -           -
view_deadlines           contributor    Y        -            Y              -           -
view_deadlines           team_manager   Y        -            Y              -           -
view_deadlines           coordinator    Y        Y            Y              Y           Y
view_deadlines           administrator  -        -            -              -           -

view_timeline            family         Y        -            -              -           -
view_timeline            setting        Y        -            Y              -           -
view_timeline            contributor    Y        -            Y              -           -
view_timeline            team_manager   Y        -            Y              -           -
view_timeline            coordinator    Y        Y            Y              Y           Y
view_timeline            administrator  -        -            -              -           -

view_party_names         family         Y        -            -              -           -
view_party_names         setting        Y        -            Y              -           -
view_party_names         contributor    Y        -            Y              -           -
view_party_names         team_manager   Y        -            Y              -           -
view_party_names         coordinator    Y        Y            Y              Y           Y
view_party_names         administrator  -        -            -              -           -

edit_child_details       family         -        -            -              -           -
edit_child_details       setting        -        -            -              -           -
edit_child_details       contributor    -        -            -              -           -
edit_child_details       team_manager   -        -            -              -           -
edit_child_details       coordinator    Y        Y            Y              Y           Y
edit_child_details       administrator  -        -            -              -           -

record_decision          family         -        -            -              -           -
record_decision          setting        -        -            -              -           -
record_decision          contributor    -        -            -              -           -
record_decision          team_manager   -        -            -              -           -
record_decision          coordinator    Y        Y            Y              Y           Y
record_decision          administrator  -        -            -              -           -

close_or_reopen          family         -        -            -              -           -
close_or_reopen          setting        -        -            -              -           -
close_or_reopen          contributor    -        -            -              -           -
close_or_reopen          team_manager   -        -            -              -           -
close_or_reopen          coordinator    Y        Y            Y              Y           Y
close_or_reopen          administrator  -        -            -              -           -

record_exception         family         -        -            -              -           -
record_exception         setting        -        -            -              -           -
record_exception         contributor    -        -            -              -           -
record_exception         team_manager   -        -            -              -           -
record_exception         coordinator    Y        Y            Y              Y           Y
record_exception         administrator  -        -            -              -           -

request_advice           family         -        -            -              -           -
request_advice           setting        -        -            -              -           -
request_advice           contributor    -        -            -              -           -
request_advice           team_manager   -        -            -              -           -
request_advice           coordinator    Y        Y            Y              Y           Y
request_advice           administrator  -        -            -              -           -

grant_access             family         -        -            -              -           -
grant_access             setting        -        -            -              -           -
grant_access             contributor    -        -            -              -           -
grant_access             team_manager   -        -            -              -           -
grant_access             coordinator    Y        Y            Y              Y           Y
grant_access             administrator  -        -            -              -           -

allocate_coordinator     family         -        -            -              -           -
allocate_coordinator     setting        -        -            -              -           -
allocate_coordinator     contributor    -        -            -              -           -
allocate_coordinator     team_manager   -        -            -              -           -
allocate_coordinator     coordinator    Y        Y            Y              Y           Y
allocate_coordinator     administrator  -        -            -              -           -

revoke_access            family         -        -            -              -           -
revoke_access            setting        -        -            -              -           -
revoke_access            contributor    -        -            -              -           -
revoke_access            team_manager   -        -            -              -           -
revoke_access            coordinator    Y        Y            Y              Y           Y
revoke_access            administrator  -        -            -              -           -

view_advice              family         -        -            -              -           -
view_advice              setting        -        -            Y              -           -
view_advice              contributor    Y        -            Y              -           -
view_advice              team_manager   Y        -            Y              -           -
view_advice              coordinator    -        -            Y              Y           -
view_advice              administrator  -        -            -              -           -

edit_advice              family         -        -            -              -           -
edit_advice              setting        -        -            -              -           -
edit_advice              contributor    Y        -            -              -           -
edit_advice              team_manager   -        -            -              -           -
edit_advice              coordinator    -        -            -              -           -
edit_advice              administrator  -        -            -              -           -

submit_advice            family         -        -            -              -           -
submit_advice            setting        -        -            -              -           -
submit_advice            contributor    Y        -            -              -           -
submit_advice            team_manager   -        -            -              -           -
submit_advice            coordinator    -        -            -              -           -
submit_advice            administrator  -        -            -              -           -

decline_request          family         -        -            -              -           -
decline_request          setting        -        -            -              -           -
decline_request          contributor    Y        -            -              -           -
decline_request          team_manager   Y        -            -              -           -
decline_request          coordinator    -        -            -              -           -
decline_request          administrator  -        -            -              -           -

allocate_team_request    family         -        -            -              -           -
allocate_team_request    setting        -        -            -              -           -
allocate_team_request    contributor    -        -            -              -           -
allocate_team_request    team_manager   Y        -            -              -           -
allocate_team_request    coordinator    -        -            -              -           -
allocate_team_request    administrator  -        -            -              -           -

reopen_advice            family         -        -            -              -           -
reopen_advice            setting        -        -            -              -           -
reopen_advice            contributor    -        -            -              -           -
reopen_advice            team_manager   -        -            -              -           -
reopen_advice            coordinator    -        -            -              -           -
reopen_advice            administrator  -        -            -              -           -

read_others_advice       family         -        -            -              -           -
read_others_advice       setting        -        -            Y              -           -
read_others_advice       contributor    -        -            Y              -           -
read_others_advice       team_manager   -        -            Y              -           -
read_others_advice       coordinator    Y        Y            Y              Y           Y
read_others_advice       administrator  -        -            -              -           -

view_draft_request       family         -        -            -              -           -
view_draft_request       setting        -        -            -              -           -
view_draft_request       contributor    -        -            -              -           -
view_draft_request       team_manager   -        -            -              -           -
view_draft_request       coordinator    -        -            -              -           -
view_draft_request       administrator  -        -            -              -           -

edit_draft_request       family         -        -            -              -           -
edit_draft_request       setting        -        -            -              -           -
edit_draft_request       contributor    -        -            -              -           -
edit_draft_request       team_manager   -        -            -              -           -
edit_draft_request       coordinator    -        -            -              -           -
edit_draft_request       administrator  -        -            -              -           -

invite_co_author         family         -        -            -              -           -
invite_co_author         setting        -        -            -              -           -
invite_co_author         contributor    -        -            -              -           -
invite_co_author         team_manager   -        -            -              -           -
invite_co_author         coordinator    -        -            -              -           -
invite_co_author         administrator  -        -            -              -           -

leave_draft_request      family         -        -            -              -           -
leave_draft_request      setting        -        -            -              -           -
leave_draft_request      contributor    -        -            -              -           -
leave_draft_request      team_manager   -        -            -              -           -
leave_draft_request      coordinator    -        -            -              -           -
leave_draft_request      administrator  -        -            -              -           -

view_draft_plan          family         -        -            -              -           -
view_draft_plan          setting        -        -            -              -           -
view_draft_plan          contributor    -        -            -              -           -
view_draft_plan          team_manager   -        -            -              -           -
view_draft_plan          coordinator    -        -            -              -           -
view_draft_plan          administrator  -        -            -              -           -

edit_draft_plan          family         -        -            -              -           -
edit_draft_plan          setting        -        -            -              -           -
edit_draft_plan          contributor    -        -            -              -           -
edit_draft_plan          team_manager   -        -            -              -           -
edit_draft_plan          coordinator    -        -            -              -           -
edit_draft_plan          administrator  -        -            -              -           -

comment_on_draft_plan    family         -        -            -              -           -
comment_on_draft_plan    setting        -        -            -              -           -
comment_on_draft_plan    contributor    -        -            -              -           -
comment_on_draft_plan    team_manager   -        -            -              -           -
comment_on_draft_plan    coordinator    -        -            -              -           -
comment_on_draft_plan    administrator  -        -            -              -           -

view_plan                family         -        -            -              -           -
view_plan                setting        -        -            Y              -           -
view_plan                contributor    -        -            Y              -           -
view_plan                team_manager   -        -            Y              -           -
view_plan                coordinator    -        -            Y              Y           -
view_plan                administrator  -        -            -              -           -

view_letters             family         Y        -            -              -           -
view_letters             setting        -        -            -              -           -
view_letters             contributor    -        -            -              -           -
view_letters             team_manager   -        -            -              -           -
view_letters             coordinator    Y        Y            Y              Y           Y
view_letters             administrator  -        -            -              -           -

set_flags                family         -        -            -              -           -
set_flags                setting        -        -            -              -           -
set_flags                contributor    -        -            -              -           -
set_flags                team_manager   -        -            -              -           -
set_flags                coordinator    Y        Y            Y              Y           Y
set_flags                administrator  -        -            -              -           -

add_family_views         family         Y        -            -              -           -
add_family_views         setting        Y        -            -              -           -
add_family_views         contributor    -        -            -              -           -
add_family_views         team_manager   -        -            -              -           -
add_family_views         coordinator    Y        Y            Y              Y           Y
add_family_views         administrator  -        -            -              -           -

arrange_review           family         -        -            -              -           -
arrange_review           setting        -        -            -              -           -
arrange_review           contributor    -        -            -              -           -
arrange_review           team_manager   -        -            -              -           -
arrange_review           coordinator    -        -            Y              Y           -
arrange_review           administrator  -        -            -              -           -

submit_review_report     family         -        -            -              -           -
submit_review_report     setting        -        -            -              -           -
submit_review_report     contributor    -        -            -              -           -
submit_review_report     team_manager   -        -            -              -           -
submit_review_report     coordinator    -        -            -              -           -
submit_review_report     administrator  -        -            -              -           -
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    Invited,
    NotInvited,
    GraceRunning,
    GraceOver,
    Revoked,
}

const RELATIONS: [Relation; 5] = [
    Relation::Invited,
    Relation::NotInvited,
    Relation::GraceRunning,
    Relation::GraceOver,
    Relation::Revoked,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Family,
    Setting,
    Contributor,
    TeamManager,
    Coordinator,
    Administrator,
}

const WHO: [Who; 6] = [
    Who::Family,
    Who::Setting,
    Who::Contributor,
    Who::TeamManager,
    Who::Coordinator,
    Who::Administrator,
];

impl Who {
    fn name(self) -> &'static str {
        match self {
            Who::Family => "family",
            Who::Setting => "setting",
            Who::Contributor => "contributor",
            Who::TeamManager => "team_manager",
            Who::Coordinator => "coordinator",
            Who::Administrator => "administrator",
        }
    }

    fn actor(self) -> Actor {
        match self {
            Who::Family => person(Role::Family, "me"),
            Who::Setting => senco("me", "my-school"),
            Who::Contributor => person(Role::Contributor, "me"),
            Who::TeamManager => manager_of("me", "my-team"),
            Who::Coordinator => person(Role::CaseCoordinator, "me"),
            Who::Administrator => person(Role::Administrator, "me"),
        }
    }
}

fn today() -> chrono::NaiveDate {
    d(2026, 6, 1)
}

/// The request the actions name: the person's own, or for co-ordinators and
/// administrators (who are never asked for advice) another adviser's.
fn own_request(who: Who, state: AdviceState) -> domain::access::RequestFacts {
    let to = match who {
        Who::TeamManager => to_team("my-team"),
        Who::Coordinator | Who::Administrator => to_person("a-third-adviser"),
        _ => to_person("me"),
    };
    request("mine", to, state)
}

fn facts(who: Who, relation: Relation) -> CaseFacts {
    let stage = match relation {
        Relation::GraceRunning | Relation::GraceOver => CaseStage::PlanIssued,
        _ => CaseStage::Assessment,
    };
    let mut facts = case_at(stage);
    facts.family.push(user("another-parent"));
    facts.settings.push(SettingId::new("another-school"));
    facts.requests.push(request(
        "theirs",
        to_person("another-adviser"),
        AdviceState::Submitted,
    ));
    match relation {
        Relation::Invited => match who {
            Who::Family => facts.family.push(user("me")),
            Who::Setting => facts.settings.push(SettingId::new("my-school")),
            Who::Contributor => facts.requests.push(own_request(who, AdviceState::Pending)),
            Who::TeamManager => facts
                .requests
                .push(own_request(who, AdviceState::AwaitingAllocation)),
            Who::Coordinator | Who::Administrator => {}
        },
        Relation::NotInvited => {}
        Relation::GraceRunning | Relation::GraceOver => {
            let days = if relation == Relation::GraceRunning {
                10
            } else {
                61
            };
            facts.final_plan_issued_on = today().checked_sub_days(Days::new(days));
            facts
                .requests
                .push(own_request(who, AdviceState::Submitted));
        }
        Relation::Revoked => facts
            .requests
            .push(own_request(who, AdviceState::Withdrawn)),
    }
    facts
}

fn actual_row(action: &Action, who: Who) -> Vec<&'static str> {
    RELATIONS
        .iter()
        .map(|&relation| {
            let decision = decide(
                &who.actor(),
                action.clone(),
                &facts(who, relation),
                today(),
                &AccessConfig::default(),
            );
            if decision.is_allowed() { "Y" } else { "-" }
        })
        .collect()
}

#[test]
fn the_access_table_documents_every_action_for_every_role_and_relation() {
    let documented: Vec<Vec<&str>> = TABLE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
        .collect();
    let mine = AdviceRequestId::new("mine");
    let mut wrong = Vec::new();
    let mut actual_table = String::new();
    let mut rows = 0;
    for action in Action::catalogue(&mine) {
        for who in WHO {
            rows += 1;
            let actual = actual_row(&action, who);
            actual_table.push_str(&format!(
                "{:<24} {:<14} {:<8} {:<12} {:<14} {:<11} {}\n",
                action.as_str(),
                who.name(),
                actual[0],
                actual[1],
                actual[2],
                actual[3],
                actual[4]
            ));
            let row = documented
                .iter()
                .find(|r| r.len() == 7 && r[0] == action.as_str() && r[1] == who.name());
            match row {
                Some(r) if r[2..] == actual[..] => {}
                Some(r) => wrong.push(format!(
                    "{} / {}: documented {:?}, policy says {:?}",
                    action.as_str(),
                    who.name(),
                    &r[2..],
                    actual
                )),
                None => wrong.push(format!(
                    "{} / {}: not documented",
                    action.as_str(),
                    who.name()
                )),
            }
        }
    }
    assert_eq!(
        documented.len(),
        rows,
        "one row per action and person:\n{actual_table}"
    );
    assert!(
        wrong.is_empty(),
        "{}\n\nThe policy as it stands:\n{actual_table}",
        wrong.join("\n")
    );
}
