//! Properties that hold whatever happens to a case, checked on generated histories.

use std::collections::{HashSet, VecDeque};

use chrono::{Days, NaiveDate};
use domain::access::{AccessConfig, Action, Actor, CaseFacts, TeamMembership, decide};
use domain::advice::{
    AdviceEvent, AdviceRequest, AdviceRequestId, AdviceState, Recipient, RequestKind,
};
use domain::calendar::BankHolidays;
use domain::deadlines::{CaseHistory, DatedEvent, PhaseTransfer, deadlines};
use domain::exceptions::{ExceptionCode, RecordedException};
use domain::lifecycle::{
    AssessDecision, CaseEvent, CaseStage, ClosureReason, IssueDecision, ReviewOutcome,
    TransitionContext, TribunalOrderKind, transition,
};
use domain::people::{Role, TeamId, UserId};
use domain::rules::{Clock, DeadlineId, RuleBook, TransferKind};
use proptest::prelude::*;

use crate::support::*;

/// Every kind of event, with `param` choosing among variants and `on` the day it happens.
fn event(kind: u8, param: u8, on: NaiveDate) -> CaseEvent {
    use CaseEvent as E;
    let assess = [
        AssessDecision::Assess,
        AssessDecision::NotToAssess,
        AssessDecision::Overturned,
    ];
    let issue = [
        IssueDecision::Issue,
        IssueDecision::NotToIssue,
        IssueDecision::Overturned,
    ];
    let outcome = [
        ReviewOutcome::Maintain,
        ReviewOutcome::Amend,
        ReviewOutcome::Cease,
    ];
    let order = [
        TribunalOrderKind::ToAssess,
        TribunalOrderKind::ToMakePlan,
        TribunalOrderKind::ToAmendPlan,
        TribunalOrderKind::ToChangeNamedSchool,
    ];
    let p = usize::from(param);
    match kind % 30 {
        0 => E::RequestSubmitted,
        1 => E::RequestRegistered,
        2 => E::CoordinatorAllocated,
        3 => E::DecisionToAssess {
            decision: assess[p % 3],
        },
        4 => E::DecisionToIssue {
            decision: issue[p % 3],
        },
        5 => E::DraftPlanServed,
        6 => E::ConsultationSent,
        7 => E::ConsultationResponseReceived,
        8 => E::FamilyRepresentationsReceived,
        9 => E::FinalPlanIssued,
        10 => E::ReviewArranged {
            meeting_on: on + Days::new(u64::from(param % 90)),
        },
        11 => E::ReviewViewsRequested,
        12 => E::ReviewInvitationsSent,
        13 => E::ReviewAdviceCirculated,
        14 => E::ReviewMeetingHeld,
        15 => E::ReviewReportSubmitted,
        16 => E::ReviewDecision {
            outcome: outcome[p % 3],
        },
        17 => E::AmendmentNoticeServed,
        18 => E::AmendedPlanIssued,
        19 => E::DecidedNotToAmend,
        20 => E::DecisionToReassess,
        21 => E::PlanCeased,
        22 => E::CloseOutsideProcess {
            reason: ClosureReason::Other,
        },
        23 => E::Reopen,
        24 => E::MediationAdviserContacted {
            wants_mediation: param.is_multiple_of(2),
        },
        25 => E::MediationHeld,
        26 => E::MediationCertificateIssued,
        27 => E::AppealLodged,
        28 => E::TribunalOrderMade {
            order: order[p % 4],
        },
        _ => E::AppealConcluded,
    }
}

/// A generated case: any events in any order, advice requests, exceptions, a
/// child's birthday and a phase transfer.
#[derive(Debug, Clone)]
struct GeneratedCase {
    events: Vec<DatedEvent>,
    advice: Vec<AdviceRequest>,
    exceptions: Vec<RecordedException>,
    born: Option<NaiveDate>,
    transfer: Option<PhaseTransfer>,
    today: NaiveDate,
}

fn generated_case() -> impl Strategy<Value = GeneratedCase> {
    (
        0u64..5000,
        prop::collection::vec((0u64..60, any::<u8>(), any::<u8>()), 0..25),
        prop::collection::vec((0u64..300, 0u8..4, 0u64..90), 0..4),
        prop::collection::vec((0usize..7, 0u64..400, prop::option::of(0u64..60)), 0..3),
        prop::option::of(0u64..3000),
        prop::option::of((0u8..3, 0u64..2000)),
        0u64..1000,
    )
        .prop_map(|(start, evs, adv, exc, born, transfer, today)| {
            let base = d(2014, 9, 1) + Days::new(start);
            let mut on = base;
            let events = evs
                .into_iter()
                .map(|(gap, kind, param)| {
                    on = on + Days::new(gap);
                    DatedEvent::new(on, event(kind, param, on))
                })
                .collect();
            let advice = adv
                .into_iter()
                .enumerate()
                .map(|(i, (offset, state, gap))| {
                    let sent = base + Days::new(offset);
                    let mut req = AdviceRequest::new(
                        AdviceRequestId::new(format!("adv-{i}")),
                        RequestKind::Advice,
                        Recipient::Person(UserId::new(format!("adviser-{i}"))),
                        sent,
                    );
                    let step = match state {
                        0 => None,
                        1 => Some(AdviceEvent::Submit),
                        2 => Some(AdviceEvent::Decline),
                        _ => Some(AdviceEvent::Withdraw),
                    };
                    if let Some(step) = step {
                        let _ = req.apply(&step, sent + Days::new(gap), CaseStage::Assessment);
                    }
                    req
                })
                .collect();
            let exceptions = exc
                .into_iter()
                .filter_map(|(code, from, len)| {
                    let from = base + Days::new(from);
                    RecordedException::new(
                        ExceptionCode::ALL[code],
                        from,
                        len.map(|l| from + Days::new(l)),
                        "evidence on file",
                        UserId::new("officer"),
                        None,
                    )
                    .ok()
                })
                .collect();
            let kinds = [
                TransferKind::BetweenSchoolPhases,
                TransferKind::SecondaryToPost16,
                TransferKind::Post16ToPost16,
            ];
            GeneratedCase {
                events,
                advice,
                exceptions,
                born: born.map(|b| d(2010, 1, 1) + Days::new(b)),
                transfer: transfer.map(|(k, moves)| PhaseTransfer {
                    kind: kinds[usize::from(k)],
                    moves_on: base + Days::new(moves),
                    next_setting_named_on: None,
                }),
                today: base + Days::new(today),
            }
        })
}

fn shared_clock() -> &'static (RuleBook, BankHolidays) {
    static CLOCK: std::sync::OnceLock<(RuleBook, BankHolidays)> = std::sync::OnceLock::new();
    CLOCK.get_or_init(|| (RuleBook::send_2014(), BankHolidays::england_and_wales()))
}

fn run<'r>(
    case: &GeneratedCase,
    exceptions: &[RecordedException],
    clock: Clock<'r>,
) -> Vec<domain::deadlines::Deadline<'r>> {
    let history = CaseHistory {
        events: &case.events,
        advice: &case.advice,
        exceptions,
        child_born_on: case.born,
        phase_transfer: case.transfer,
    };
    deadlines(&history, clock, case.today)
}

proptest! {
    #[test]
    fn no_deadline_precedes_its_anchor(case in generated_case()) {
        let (rules, holidays) = shared_clock();
        for dl in run(&case, &case.exceptions, Clock::new(rules, holidays)) {
            match dl.id {
                // "At least 2 weeks before the meeting": never after it.
                DeadlineId::D9 | DeadlineId::D10 => prop_assert!(dl.due <= dl.anchor_on),
                // Phase transfer dates count back from the move.
                DeadlineId::D15 => {}
                _ => prop_assert!(dl.due >= dl.anchor_on, "{dl:?}"),
            }
            prop_assert_eq!(dl.days_left, (dl.due - case.today).num_days());
        }
    }

    #[test]
    fn exceptions_never_change_a_statutory_date(case in generated_case()) {
        let (rules, holidays) = shared_clock();
        let clock = Clock::new(rules, holidays);
        let with = run(&case, &case.exceptions, clock);
        let without = run(&case, &[], clock);
        prop_assert_eq!(with.len(), without.len());
        for (a, b) in with.iter().zip(&without) {
            prop_assert_eq!((a.id, a.anchor_on, a.due, a.status), (b.id, b.anchor_on, b.due, b.status));
            prop_assert_eq!(b.exception, None);
        }
    }

    #[test]
    fn every_stage_reachable_from_submitted_can_still_end_issued_ceased_or_closed(
        walk in prop::collection::vec((any::<u8>(), any::<u8>(), any::<bool>()), 0..40)
    ) {
        let mut stage = CaseStage::RequestSubmitted;
        let mut before_closure = None;
        for (kind, param, names_placement) in walk {
            let ctx = TransitionContext {
                stage_before_closure: before_closure,
                draft_names_placement: names_placement,
            };
            if let Ok(next) = transition(stage, &event(kind, param, d(2026, 1, 1)), &ctx) {
                if next == CaseStage::ClosedOutsideProcess && stage != next {
                    before_closure = Some(stage);
                }
                stage = next;
            }
            prop_assert!(can_finish(stage, before_closure), "stuck at {stage:?}");
        }
    }

    #[test]
    fn no_sequence_lets_a_contributor_read_other_advice_before_submitting(
        steps in prop::collection::vec((0u8..4, 0u8..6, 0u64..30), 0..30),
        through_team in any::<bool>(),
    ) {
        let me = if through_team {
            let mut actor = Actor::new(UserId::new("me"), Role::Contributor);
            actor.teams.push(TeamMembership { team: TeamId::new("t"), manager: false });
            actor
        } else {
            Actor::new(UserId::new("me"), Role::Contributor)
        };
        let day0 = d(2026, 1, 5);
        let recipient = if through_team {
            Recipient::Team(TeamId::new("t"))
        } else {
            Recipient::Person(UserId::new("me"))
        };
        let mut mine = AdviceRequest::new(AdviceRequestId::new("mine"), RequestKind::Advice, recipient, day0);
        let mut theirs = AdviceRequest::new(
            AdviceRequestId::new("theirs"),
            RequestKind::Advice,
            Recipient::Person(UserId::new("other")),
            day0,
        );
        let path = [CaseStage::Assessment, CaseStage::DraftPlan, CaseStage::Consultation, CaseStage::PlanIssued];
        let mut at = 0;
        let mut today = day0;
        let mut issued = None;
        for (target, op, gap) in steps {
            today = today + Days::new(gap);
            let ev = match op {
                0 => AdviceEvent::Allocate { members: vec![UserId::new("me")] },
                1 => AdviceEvent::SaveDraft,
                2 => AdviceEvent::Submit,
                3 => AdviceEvent::Decline,
                4 => AdviceEvent::Reopen,
                _ => AdviceEvent::Withdraw,
            };
            match target {
                0 => { let _ = mine.apply(&ev, today, path[at]); }
                1 => { let _ = theirs.apply(&ev, today, path[at]); }
                2 if at + 1 < path.len() => {
                    at += 1;
                    if path[at] == CaseStage::PlanIssued {
                        issued = Some(today);
                    }
                }
                _ => {}
            }
            let mut facts = CaseFacts::new(path[at]);
            facts.final_plan_issued_on = issued;
            facts.requests = vec![(&mine).into(), (&theirs).into()];
            let config = AccessConfig::default();
            let reads = decide(&me, Action::ReadOthersAdvice, &facts, today, &config).is_allowed()
                || decide(&me, Action::ViewAdvice(AdviceRequestId::new("theirs")), &facts, today, &config)
                    .is_allowed();
            if reads {
                prop_assert_eq!(mine.state, AdviceState::Submitted);
            }
        }
    }

    #[test]
    fn grace_access_ends_exactly_at_issue_date_plus_grace_period(
        issue_offset in 0u64..5000,
        grace in 0u32..200,
        after in 0u64..400,
    ) {
        let issued = d(2014, 9, 1) + Days::new(issue_offset);
        let today = issued + Days::new(after);
        let mut facts = CaseFacts::new(CaseStage::PlanIssued);
        facts.final_plan_issued_on = Some(issued);
        facts.requests.push(request("mine", to_person("me"), AdviceState::Submitted));
        let config = AccessConfig { grace_period_days: grace, ..AccessConfig::default() };
        let me = Actor::new(UserId::new("me"), Role::Contributor);
        let allowed = decide(&me, Action::ViewCase, &facts, today, &config).is_allowed();
        prop_assert_eq!(allowed, after <= u64::from(grace));
    }
}

/// Every event, in every variant, for the reachability search.
fn all_events() -> Vec<CaseEvent> {
    let mut out = Vec::new();
    for kind in 0..30 {
        for param in 0..4 {
            let e = event(kind, param, d(2026, 1, 1));
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

fn is_end(stage: CaseStage) -> bool {
    matches!(
        stage,
        CaseStage::PlanIssued | CaseStage::Ceased | CaseStage::ClosedOutsideProcess
    )
}

/// A path exists from here to a final plan, a ceased plan or a closed case.
fn can_finish(stage: CaseStage, before_closure: Option<CaseStage>) -> bool {
    let events = all_events();
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(stage, before_closure)]);
    while let Some((s, before)) = queue.pop_front() {
        if is_end(s) {
            return true;
        }
        if !seen.insert((s, before)) {
            continue;
        }
        let ctx = TransitionContext {
            stage_before_closure: before,
            draft_names_placement: false,
        };
        for e in &events {
            if let Ok(next) = transition(s, e, &ctx) {
                let before = if next == CaseStage::ClosedOutsideProcess {
                    Some(s)
                } else {
                    before
                };
                queue.push_back((next, before));
            }
        }
    }
    false
}

#[test]
fn every_stage_reachable_from_submitted_is_searched_exhaustively() {
    let events = all_events();
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(CaseStage::RequestSubmitted, None)]);
    while let Some((s, before)) = queue.pop_front() {
        if !seen.insert((s, before)) {
            continue;
        }
        assert!(can_finish(s, before), "{s:?} cannot finish");
        let ctx = TransitionContext {
            stage_before_closure: before,
            draft_names_placement: false,
        };
        for e in &events {
            if let Ok(next) = transition(s, e, &ctx) {
                let before = if next == CaseStage::ClosedOutsideProcess {
                    Some(s)
                } else {
                    before
                };
                queue.push_back((next, before));
            }
        }
    }
    let stages: HashSet<_> = seen.iter().map(|(s, _)| *s).collect();
    // Everything but the draft request itself is reachable once submitted.
    assert_eq!(stages.len(), CaseStage::ALL.len() - 1);
}

/// A case with a few people in every relation the policy reads: family,
/// named staff, settings, requests to people and teams in every state, review
/// invitees, a plan issued or amended (or not) on a chosen day.
#[allow(clippy::type_complexity)]
fn participant_case() -> impl Strategy<Value = CaseFacts> {
    let request = (0u8..2, 0usize..3, 0usize..8, 0u8..2, 0u8..3, 0u8..40);
    (
        0usize..CaseStage::ALL.len(),
        proptest::collection::vec(request, 0..5),
        (0u8..4, 0u8..4, 0u8..4),
        (0u8..3, 0u8..40, 0u8..3, 0u8..40),
        0u8..4,
    )
        .prop_map(
            |(
                stage,
                requests,
                (family, named, settings),
                (fin, fin_day, amd, amd_day),
                invited,
            )| {
                let stage = CaseStage::ALL[stage];
                let mut facts = case_at(stage);
                let pick = |n: u8| format!("p{}", n % 3);
                if family > 0 {
                    facts.family.push(user(&pick(family)));
                }
                if named > 0 {
                    facts.named_people.push(user(&pick(named)));
                }
                if settings > 0 {
                    facts
                        .settings
                        .push(domain::people::SettingId::new(pick(settings)));
                }
                let start = d(2026, 1, 1);
                let day = |n: u8| start.checked_add_days(Days::new(u64::from(n))).unwrap();
                facts.final_plan_issued_on = (fin > 0).then(|| day(fin_day));
                facts.amended_plan_issued_on = (amd > 0).then(|| day(amd_day));
                for (n, (kind, to, state, allocated, who, done)) in requests.into_iter().enumerate()
                {
                    let recipient = if to == 0 {
                        Recipient::Team(TeamId::new("t1"))
                    } else {
                        Recipient::Person(user(&format!("p{to}")))
                    };
                    facts.requests.push(domain::access::RequestFacts {
                        id: AdviceRequestId::new(format!("r{n}")),
                        kind: if kind == 0 {
                            RequestKind::Advice
                        } else {
                            RequestKind::ReviewViews
                        },
                        allocated: if allocated == 1 && to == 0 {
                            vec![user(&pick(who))]
                        } else {
                            Vec::new()
                        },
                        recipient,
                        state: AdviceState::ALL[state],
                        completed_on: (done > 0).then(|| day(done)),
                    });
                }
                match invited {
                    1 => facts.review_invitees.push(Recipient::Person(user("p2"))),
                    2 => facts
                        .review_invitees
                        .push(Recipient::Team(TeamId::new("t1"))),
                    _ => {}
                }
                facts
            },
        )
}

/// Everyone who might be on a case: family, setting staff, contributors and a
/// team's manager and member.
fn participants() -> Vec<Actor> {
    let mut people = Vec::new();
    for n in 0..3 {
        let id = format!("p{n}");
        people.push(person(Role::Family, &id));
        people.push(person(Role::Contributor, &id));
        people.push(senco(&id, &id));
        let mut lone = person(Role::Setting, &id);
        lone.settings.clear();
        people.push(lone);
    }
    people.push(manager_of("p0", "t1"));
    people.push(member_of("p1", "t1"));
    people
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// A tray never lists a case its viewer may not open, and every case a
    /// participant may open is in one of their trays - on any day, including
    /// the last day of a grace period and the day after.
    #[test]
    fn trays_list_exactly_the_cases_the_policy_lets_each_participant_open(
        facts in participant_case(),
        offset in 0u64..80,
    ) {
        use domain::trays::{Tray, grace_cutoff, listing_keys, listings};
        let config = AccessConfig { grace_period_days: 14, ..AccessConfig::default() };
        let today = d(2026, 1, 1).checked_add_days(Days::new(offset)).unwrap();
        let listed = listings(&facts);
        let cutoff = grace_cutoff(today, config.grace_period_days);
        for actor in participants() {
            let allowed = decide(&actor, Action::ViewCase, &facts, today, &config) == domain::access::Decision::Allow;
            let manages = actor.teams.iter().any(|m| m.manager);
            let mut in_a_tray = false;
            for tray in Tray::for_person(actor.role, manages) {
                let keys = listing_keys(tray, &actor);
                let here = listed.iter().any(|l| {
                    keys.contains(&l.key) && l.grace_from.is_none_or(|from| from >= cutoff)
                });
                prop_assert!(!here || allowed, "{tray:?} lists a case {actor:?} may not open: {facts:?} on {today}");
                in_a_tray |= here;
            }
            prop_assert_eq!(in_a_tray, allowed, "{:?} on {}: {:?}", actor, today, facts);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The API loads only the memberships `reads_memberships` names: leaving
    /// out the rest never changes an answer, for any role, action or case.
    #[test]
    fn leaving_out_memberships_the_policy_does_not_read_changes_nothing(
        facts in participant_case(),
        offset in 0u64..80,
    ) {
        use domain::access::reads_memberships;
        let config = AccessConfig { grace_period_days: 14, ..AccessConfig::default() };
        let today = d(2026, 1, 1).checked_add_days(Days::new(offset)).unwrap();
        let ids: Vec<AdviceRequestId> = facts.requests.iter().map(|r| r.id.clone()).collect();
        for role in Role::ALL {
            let mut full = person(role, "p0");
            full.teams.push(TeamMembership { team: TeamId::new("t1"), manager: true });
            full.settings.push(domain::people::SettingId::new("p0"));
            for id in ids.iter().chain([AdviceRequestId::new("none")].iter()) {
                for action in Action::catalogue(id) {
                    let (teams, settings) = reads_memberships(role, &action);
                    let mut lean = full.clone();
                    if !teams { lean.teams.clear(); }
                    if !settings { lean.settings.clear(); }
                    prop_assert_eq!(
                        decide(&full, action.clone(), &facts, today, &config),
                        decide(&lean, action.clone(), &facts, today, &config),
                        "{:?} {:?} on {:?}", role, action, facts
                    );
                }
            }
        }
    }
}
