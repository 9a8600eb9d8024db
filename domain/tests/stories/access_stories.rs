//! Who sees what, told as the stories of the people involved.

use chrono::Days;
use domain::access::{
    AccessConfig, Action, Actor, CaseFacts, Decision, DenyReason, DraftPlanFacts,
    DraftRequestFacts, decide,
};
use domain::advice::{AdviceRequestId, AdviceState, RequestKind};
use domain::lifecycle::CaseStage;
use domain::people::{Role, SettingId};

use crate::support::*;

fn today() -> chrono::NaiveDate {
    d(2026, 6, 1)
}

fn check(actor: &Actor, action: Action, facts: &CaseFacts) -> Decision {
    decide(actor, action, facts, today(), &AccessConfig::default())
}

fn id(raw: &str) -> AdviceRequestId {
    AdviceRequestId::new(raw)
}

fn assessment_with_two_advisers(mine: AdviceState) -> CaseFacts {
    let mut facts = case_at(CaseStage::Assessment);
    facts
        .requests
        .push(request("mine", to_person("salt-therapist"), mine));
    facts.requests.push(request(
        "theirs",
        to_person("ed-psych"),
        AdviceState::Submitted,
    ));
    facts
}

#[test]
fn a_contributor_cannot_read_other_advice_before_submitting_their_own() {
    let therapist = person(Role::Contributor, "salt-therapist");
    for state in [
        AdviceState::Pending,
        AdviceState::InProgress,
        AdviceState::Reopened,
    ] {
        let facts = assessment_with_two_advisers(state);
        assert_eq!(
            check(&therapist, Action::ReadOthersAdvice, &facts),
            Decision::Deny(DenyReason::SubmitYourOwnAdviceFirst)
        );
        assert_eq!(
            check(&therapist, Action::ViewAdvice(id("theirs")), &facts),
            Decision::Deny(DenyReason::SubmitYourOwnAdviceFirst)
        );
        assert!(check(&therapist, Action::ViewAdvice(id("mine")), &facts).is_allowed());
        assert!(check(&therapist, Action::EditAdvice(id("mine")), &facts).is_allowed());
    }
    let facts = assessment_with_two_advisers(AdviceState::Submitted);
    assert!(check(&therapist, Action::ReadOthersAdvice, &facts).is_allowed());
    assert!(check(&therapist, Action::ViewAdvice(id("theirs")), &facts).is_allowed());
    assert_eq!(
        check(&therapist, Action::EditAdvice(id("mine")), &facts),
        Decision::Deny(DenyReason::RequestClosed)
    );
}

#[test]
fn saying_not_known_to_the_service_does_not_unlock_other_advice() {
    let therapist = person(Role::Contributor, "salt-therapist");
    let facts = assessment_with_two_advisers(AdviceState::Declined);
    assert!(!check(&therapist, Action::ReadOthersAdvice, &facts).is_allowed());
    assert!(!check(&therapist, Action::ViewCase, &facts).is_allowed());
}

#[test]
fn nobody_but_its_author_sees_advice_still_in_draft() {
    let mut facts = assessment_with_two_advisers(AdviceState::InProgress);
    facts.requests[1].state = AdviceState::Submitted;
    let psych = person(Role::Contributor, "ed-psych");
    let coordinator = person(Role::CaseCoordinator, "coord-1");
    assert_eq!(
        check(&psych, Action::ViewAdvice(id("mine")), &facts),
        Decision::Deny(DenyReason::DraftIsPrivate)
    );
    assert_eq!(
        check(&coordinator, Action::ViewAdvice(id("mine")), &facts),
        Decision::Deny(DenyReason::DraftIsPrivate)
    );
    assert!(check(&coordinator, Action::ViewAdvice(id("theirs")), &facts).is_allowed());
}

fn team_case(state: AdviceState, allocated: &[&str]) -> CaseFacts {
    let mut facts = case_at(CaseStage::Assessment);
    let mut req = request("team-req", to_team("salt-team"), state);
    req.allocated = allocated.iter().map(|u| user(u)).collect();
    facts.requests.push(req);
    facts.requests.push(request(
        "theirs",
        to_person("ed-psych"),
        AdviceState::Submitted,
    ));
    facts
}

#[test]
fn a_team_manager_sees_the_team_request_awaiting_allocation_and_allocates_it() {
    let manager = manager_of("lead-therapist", "salt-team");
    let member = member_of("therapist", "salt-team");
    let facts = team_case(AdviceState::AwaitingAllocation, &[]);
    assert!(check(&manager, Action::ViewCase, &facts).is_allowed());
    assert!(
        check(
            &manager,
            Action::AllocateTeamRequest(id("team-req")),
            &facts
        )
        .is_allowed()
    );
    assert!(check(&manager, Action::DeclineRequest(id("team-req")), &facts).is_allowed());
    assert_eq!(
        check(&manager, Action::EditAdvice(id("team-req")), &facts),
        Decision::Deny(DenyReason::NotAllocatedYet)
    );
    assert_eq!(
        check(&member, Action::ViewCase, &facts),
        Decision::Deny(DenyReason::NotInvolved)
    );
    let allocated = team_case(AdviceState::Allocated, &["therapist"]);
    assert_eq!(
        check(
            &member,
            Action::AllocateTeamRequest(id("team-req")),
            &allocated
        ),
        Decision::Deny(DenyReason::NotTeamManager)
    );
}

#[test]
fn an_allocated_team_member_answers_and_then_reads_the_others() {
    let member = member_of("therapist", "salt-team");
    let colleague = member_of("other-therapist", "salt-team");
    let facts = team_case(AdviceState::Allocated, &["therapist"]);
    assert!(check(&member, Action::SubmitAdvice(id("team-req")), &facts).is_allowed());
    assert!(!check(&colleague, Action::ViewCase, &facts).is_allowed());
    assert!(!check(&member, Action::ReadOthersAdvice, &facts).is_allowed());
    let submitted = team_case(AdviceState::Submitted, &["therapist"]);
    assert!(check(&member, Action::ReadOthersAdvice, &submitted).is_allowed());
    // The team's response counts for its manager too.
    let manager = manager_of("lead-therapist", "salt-team");
    assert!(check(&manager, Action::ReadOthersAdvice, &submitted).is_allowed());
}

fn issued_case(issued_days_ago: u64) -> CaseFacts {
    let mut facts = assessment_with_two_advisers(AdviceState::Submitted);
    facts.stage = CaseStage::PlanIssued;
    facts.final_plan_issued_on = today().checked_sub_days(Days::new(issued_days_ago));
    facts
}

#[test]
fn contributors_keep_access_for_60_days_after_the_plan_and_lose_it_on_day_61() {
    let therapist = person(Role::Contributor, "salt-therapist");
    // Issued 60 days ago: today is issue + 60, the last day with access.
    assert!(check(&therapist, Action::ViewCase, &issued_case(60)).is_allowed());
    assert!(check(&therapist, Action::ViewPlan, &issued_case(60)).is_allowed());
    assert_eq!(
        check(&therapist, Action::ViewCase, &issued_case(61)),
        Decision::Deny(DenyReason::GracePeriodOver)
    );
}

#[test]
fn the_la_sets_its_own_grace_period() {
    let therapist = person(Role::Contributor, "salt-therapist");
    let config = AccessConfig {
        grace_period_days: 30,
        ..AccessConfig::default()
    };
    let allowed = |days_ago| {
        decide(
            &therapist,
            Action::ViewCase,
            &issued_case(days_ago),
            today(),
            &config,
        )
        .is_allowed()
    };
    assert!(allowed(30));
    assert!(!allowed(31));
}

#[test]
fn a_withdrawn_request_ends_the_advisers_access() {
    let therapist = person(Role::Contributor, "salt-therapist");
    let facts = assessment_with_two_advisers(AdviceState::Withdrawn);
    assert_eq!(
        check(&therapist, Action::ViewCase, &facts),
        Decision::Deny(DenyReason::NotInvolved)
    );
}

fn draft_request_case() -> CaseFacts {
    let mut facts = CaseFacts::new(CaseStage::RequestDraft);
    facts.draft_request = Some(DraftRequestFacts {
        author: user("senco-a"),
        co_authors: vec![user("senco-b")],
    });
    facts
}

#[test]
fn a_draft_request_is_seen_only_by_its_author_and_invited_co_authors() {
    let facts = draft_request_case();
    let author = senco("senco-a", "school-a");
    let co_author = senco("senco-b", "school-b");
    let stranger = senco("senco-c", "school-a");
    let coordinator = person(Role::CaseCoordinator, "coord-1");
    for action in [Action::ViewDraftRequest, Action::EditDraftRequest] {
        assert!(check(&author, action.clone(), &facts).is_allowed());
        assert!(check(&co_author, action.clone(), &facts).is_allowed());
        assert_eq!(
            check(&stranger, action.clone(), &facts),
            Decision::Deny(DenyReason::DraftIsPrivate)
        );
        assert_eq!(
            check(&coordinator, action, &facts),
            Decision::Deny(DenyReason::DraftIsPrivate)
        );
    }
    assert!(check(&author, Action::InviteCoAuthor, &facts).is_allowed());
    assert!(!check(&co_author, Action::InviteCoAuthor, &facts).is_allowed());
}

#[test]
fn only_the_author_removes_co_authors_but_a_co_author_may_leave() {
    let mut facts = draft_request_case();
    facts
        .draft_request
        .as_mut()
        .unwrap()
        .co_authors
        .push(user("senco-d"));
    let author = senco("senco-a", "school-a");
    let co_author = senco("senco-b", "school-b");
    let other_co_author = senco("senco-d", "school-d");
    let stranger = senco("senco-c", "school-a");
    // Removing someone else is inviting's other half: the author's alone.
    assert!(check(&author, Action::InviteCoAuthor, &facts).is_allowed());
    assert_eq!(
        check(&other_co_author, Action::InviteCoAuthor, &facts),
        Decision::Deny(DenyReason::DraftIsPrivate)
    );
    // Leaving: each co-author for themself; the author deletes the draft instead.
    assert!(check(&co_author, Action::LeaveDraftRequest, &facts).is_allowed());
    assert!(check(&other_co_author, Action::LeaveDraftRequest, &facts).is_allowed());
    assert_eq!(
        check(&author, Action::LeaveDraftRequest, &facts),
        Decision::Deny(DenyReason::NotACoAuthor)
    );
    assert_eq!(
        check(&stranger, Action::LeaveDraftRequest, &facts),
        Decision::Deny(DenyReason::DraftIsPrivate)
    );
}

#[test]
fn nobody_removes_or_leaves_once_the_request_is_submitted() {
    let author = senco("senco-a", "school-a");
    let co_author = senco("senco-b", "school-b");
    let coordinator = person(Role::CaseCoordinator, "coord-1");
    let mut facts = draft_request_case();
    for stage in [
        CaseStage::RequestSubmitted,
        CaseStage::AwaitingAssessmentDecision,
    ] {
        facts.stage = stage;
        assert_eq!(
            check(&author, Action::InviteCoAuthor, &facts),
            Decision::Deny(DenyReason::AwaitingAccessGrant)
        );
        assert_eq!(
            check(&co_author, Action::LeaveDraftRequest, &facts),
            Decision::Deny(DenyReason::AwaitingAccessGrant)
        );
        assert!(!check(&coordinator, Action::LeaveDraftRequest, &facts).is_allowed());
    }
}

#[test]
fn the_requester_loses_sight_after_submitting_until_access_is_granted() {
    let author = senco("senco-a", "school-a");
    let mut facts = draft_request_case();
    facts.stage = CaseStage::RequestSubmitted;
    assert_eq!(
        check(&author, Action::ViewDraftRequest, &facts),
        Decision::Deny(DenyReason::AwaitingAccessGrant)
    );
    assert_eq!(
        check(&author, Action::ViewCase, &facts),
        Decision::Deny(DenyReason::AwaitingAccessGrant)
    );
    facts.stage = CaseStage::AwaitingAssessmentDecision;
    assert_eq!(
        check(&author, Action::ViewCase, &facts),
        Decision::Deny(DenyReason::AwaitingAccessGrant)
    );
    facts.settings.push(SettingId::new("school-a"));
    assert!(check(&author, Action::ViewCase, &facts).is_allowed());
}

#[test]
fn co_ordinators_see_unallocated_and_closed_cases_others_do_not_see_closed_ones() {
    let coordinator = person(Role::CaseCoordinator, "coord-2");
    let unallocated = CaseFacts::new(CaseStage::Unallocated);
    assert!(check(&coordinator, Action::ViewCase, &unallocated).is_allowed());
    let mut closed = issued_case(5);
    closed.stage = CaseStage::ClosedOutsideProcess;
    closed.family.push(user("parent"));
    assert!(check(&coordinator, Action::ViewCase, &closed).is_allowed());
    assert!(check(&coordinator, Action::CloseOrReopen, &closed).is_allowed());
    assert_eq!(
        check(&coordinator, Action::RequestAdvice, &closed),
        Decision::Deny(DenyReason::CaseClosed)
    );
    for actor in [
        person(Role::Family, "parent"),
        person(Role::Contributor, "salt-therapist"),
    ] {
        assert_eq!(
            check(&actor, Action::ViewCase, &closed),
            Decision::Deny(DenyReason::CaseClosed)
        );
    }
}

/// A ceased plan is final (a new request starts again) and a case closed
/// outside the process is only reopened: no decision is taken on either.
#[test]
fn no_decision_is_recorded_on_a_ceased_or_closed_case_which_a_co_ordinator_may_still_reopen() {
    let coordinator = person(Role::CaseCoordinator, "coord-2");
    for stage in [CaseStage::Ceased, CaseStage::ClosedOutsideProcess] {
        let mut closed = issued_case(5);
        closed.stage = stage;
        assert_eq!(
            check(&coordinator, Action::RecordDecision, &closed),
            Decision::Deny(DenyReason::CaseClosed),
            "{stage:?}"
        );
        assert!(
            check(&coordinator, Action::CloseOrReopen, &closed).is_allowed(),
            "{stage:?}: the lifecycle says whether it can be reopened"
        );
        assert!(check(&coordinator, Action::ViewTimeline, &closed).is_allowed());
    }
    let open = issued_case(5);
    assert!(check(&coordinator, Action::RecordDecision, &open).is_allowed());
    assert!(check(&coordinator, Action::CloseOrReopen, &open).is_allowed());
    for role in [
        Role::Family,
        Role::Setting,
        Role::Contributor,
        Role::Administrator,
    ] {
        assert!(!check(&person(role, "someone"), Action::CloseOrReopen, &open).is_allowed());
    }
}

#[test]
fn a_draft_plan_is_seen_only_by_its_author_until_shared() {
    let mut facts = case_at(CaseStage::DraftPlan);
    facts.family.push(user("parent"));
    facts.draft_plan = Some(DraftPlanFacts {
        author: user("coord-1"),
        shared: false,
    });
    let author = person(Role::CaseCoordinator, "coord-1");
    let colleague = person(Role::CaseCoordinator, "coord-2");
    let parent = person(Role::Family, "parent");
    assert!(check(&author, Action::EditDraftPlan, &facts).is_allowed());
    assert_eq!(
        check(&colleague, Action::ViewDraftPlan, &facts),
        Decision::Deny(DenyReason::DraftIsPrivate)
    );
    assert_eq!(
        check(&parent, Action::ViewDraftPlan, &facts),
        Decision::Deny(DenyReason::DraftIsPrivate)
    );
    facts.stage = CaseStage::Consultation;
    facts.draft_plan = Some(DraftPlanFacts {
        author: user("coord-1"),
        shared: true,
    });
    assert!(check(&colleague, Action::ViewDraftPlan, &facts).is_allowed());
    assert!(check(&parent, Action::ViewDraftPlan, &facts).is_allowed());
    assert!(check(&parent, Action::CommentOnDraftPlan, &facts).is_allowed());
    assert_eq!(
        check(&parent, Action::EditDraftPlan, &facts),
        Decision::Deny(DenyReason::CoordinatorsOnly)
    );
}

#[test]
fn a_family_sees_every_party_and_reads_the_advice_once_the_draft_is_shared() {
    let mut facts = assessment_with_two_advisers(AdviceState::Submitted);
    facts.family.push(user("parent"));
    let parent = person(Role::Family, "parent");
    assert!(check(&parent, Action::ViewPartyNames, &facts).is_allowed());
    assert!(check(&parent, Action::AddFamilyViews, &facts).is_allowed());
    assert!(!check(&parent, Action::ReadOthersAdvice, &facts).is_allowed());
    facts.stage = CaseStage::Consultation;
    assert!(check(&parent, Action::ReadOthersAdvice, &facts).is_allowed());
    assert!(check(&parent, Action::ViewAdvice(id("theirs")), &facts).is_allowed());
    assert!(!check(&parent, Action::RecordDecision, &facts).is_allowed());
}

#[test]
fn administrators_see_no_case_content_unless_the_la_allows_them_to_read() {
    let admin = person(Role::Administrator, "admin");
    let facts = issued_case(5);
    assert_eq!(
        check(&admin, Action::ViewCase, &facts),
        Decision::Deny(DenyReason::AdministratorsSeeNoCaseContent)
    );
    let config = AccessConfig {
        administrators_see_cases: true,
        ..AccessConfig::default()
    };
    assert!(decide(&admin, Action::ViewCase, &facts, today(), &config).is_allowed());
    assert!(!decide(&admin, Action::ReadOthersAdvice, &facts, today(), &config).is_allowed());
    assert!(!decide(&admin, Action::RecordDecision, &facts, today(), &config).is_allowed());
}

fn review_case(stage: CaseStage) -> CaseFacts {
    let mut facts = issued_case(400);
    facts.requests.clear();
    facts.stage = stage;
    facts.review_invitees.push(to_person("social-worker"));
    let mut views = request("views", to_person("nurse"), AdviceState::Submitted);
    views.kind = RequestKind::ReviewViews;
    views.completed_on = Some(d(2026, 4, 1));
    facts.requests.push(views);
    facts
}

#[test]
fn a_meeting_invitee_sees_the_case_while_the_review_is_in_progress() {
    let social_worker = person(Role::Contributor, "social-worker");
    assert!(
        check(
            &social_worker,
            Action::ViewCase,
            &review_case(CaseStage::ReviewMeetingHeld)
        )
        .is_allowed()
    );
    assert!(
        !check(
            &social_worker,
            Action::ViewCase,
            &review_case(CaseStage::PlanIssued)
        )
        .is_allowed()
    );
}

#[test]
fn views_givers_keep_access_through_an_amendment_and_its_grace_period() {
    let nurse = person(Role::Contributor, "nurse");
    assert!(
        check(
            &nurse,
            Action::ViewCase,
            &review_case(CaseStage::AmendmentNotice)
        )
        .is_allowed()
    );
    let mut amended = review_case(CaseStage::PlanIssued);
    amended.amended_plan_issued_on = Some(d(2026, 5, 1));
    assert!(check(&nurse, Action::ViewCase, &amended).is_allowed());
    // Amended plan issued 2 April: 2 April + 60 days is 1 June, today, the last day.
    amended.amended_plan_issued_on = Some(d(2026, 4, 2));
    assert!(check(&nurse, Action::ViewCase, &amended).is_allowed());
    amended.amended_plan_issued_on = Some(d(2026, 4, 1));
    assert_eq!(
        check(&nurse, Action::ViewCase, &amended),
        Decision::Deny(DenyReason::GracePeriodOver)
    );
    // Views given after an amendment do not ride on that amendment's grace period.
    let long_grace = AccessConfig {
        grace_period_days: 365,
        ..AccessConfig::default()
    };
    amended.amended_plan_issued_on = Some(d(2026, 3, 31));
    assert!(!decide(&nurse, Action::ViewCase, &amended, today(), &long_grace).is_allowed());
    let maintained = review_case(CaseStage::PlanIssued);
    assert!(!check(&nurse, Action::ViewCase, &maintained).is_allowed());
}

#[test]
fn someone_asked_for_views_sees_the_case_until_they_give_them() {
    let nurse = person(Role::Contributor, "nurse");
    let mut facts = review_case(CaseStage::ReviewGatheringViews);
    facts.requests[0].state = AdviceState::Pending;
    facts.requests[0].completed_on = None;
    assert!(check(&nurse, Action::ViewCase, &facts).is_allowed());
    assert!(check(&nurse, Action::SubmitAdvice(id("views")), &facts).is_allowed());
}

#[test]
fn the_setting_arranges_the_review_and_submits_its_report() {
    let mut facts = issued_case(200);
    facts.settings.push(SettingId::new("school-a"));
    let head = senco("head", "school-a");
    assert!(check(&head, Action::ArrangeReview, &facts).is_allowed());
    assert_eq!(
        check(&head, Action::SubmitReviewReport, &facts),
        Decision::Deny(DenyReason::WrongStage)
    );
    facts.stage = CaseStage::ReviewMeetingHeld;
    assert!(check(&head, Action::SubmitReviewReport, &facts).is_allowed());
    // Staff named on the case see it without their setting being granted.
    let mut named = issued_case(200);
    named.named_people.push(user("senco-x"));
    assert!(check(&senco("senco-x", "elsewhere"), Action::ViewCase, &named).is_allowed());
}

#[test]
fn advice_is_reopened_only_by_a_co_ordinator_while_the_case_is_at_assessment() {
    let coordinator = person(Role::CaseCoordinator, "coord-1");
    let therapist = person(Role::Contributor, "salt-therapist");
    let facts = assessment_with_two_advisers(AdviceState::Submitted);
    assert!(check(&coordinator, Action::ReopenAdvice(id("mine")), &facts).is_allowed());
    assert_eq!(
        check(&therapist, Action::ReopenAdvice(id("mine")), &facts),
        Decision::Deny(DenyReason::CoordinatorsOnly)
    );
    let mut drafting = facts.clone();
    drafting.stage = CaseStage::DraftPlan;
    assert_eq!(
        check(&coordinator, Action::ReopenAdvice(id("mine")), &drafting),
        Decision::Deny(DenyReason::WrongStage)
    );
}

#[test]
fn every_denial_explains_itself() {
    let facts = issued_case(100);
    let mine = id("mine");
    for role in Role::ALL {
        for action in Action::catalogue(&mine) {
            if let Decision::Deny(reason) = check(&person(role, "someone"), action, &facts) {
                assert!(reason.reason().ends_with('.'));
                assert!(!reason.as_str().is_empty());
            }
        }
    }
}

/// A tray lists every case for whoever `sees_every_case` says sees them all,
/// without deciding on each: that must be what `decide` says for a stranger to
/// the case, at every stage but a draft request.
#[test]
fn only_coordinators_see_every_case_and_the_policy_agrees_at_every_stage() {
    use domain::access::sees_every_case;
    let config = AccessConfig::default();
    for stage in CaseStage::ALL {
        if stage == CaseStage::RequestDraft {
            continue;
        }
        let facts = case_at(stage);
        for role in [
            Role::CaseCoordinator,
            Role::Contributor,
            Role::Setting,
            Role::Family,
            Role::Administrator,
        ] {
            let stranger = person(role, "stranger");
            let allowed = decide(&stranger, Action::ViewCase, &facts, d(2026, 12, 1), &config)
                == Decision::Allow;
            assert_eq!(allowed, sees_every_case(role), "{role:?} at {stage:?}");
        }
    }
}
