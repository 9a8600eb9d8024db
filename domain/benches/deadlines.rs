//! Deadlines for 1,000,000 synthetic cases at varied stages, on one core: the
//! nightly recomputation of every case's `next_deadline` column must stay well
//! under a second (target < 1 s on a 2-core machine).

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use domain::advice::{AdviceEvent, AdviceRequest, AdviceRequestId, Recipient, RequestKind};
use domain::calendar::BankHolidays;
use domain::deadlines::{CaseHistory, DatedEvent, deadlines, next_deadline};
use domain::lifecycle::{
    AssessDecision, CaseEvent, CaseStage, IssueDecision, ReviewOutcome, TribunalOrderKind,
};
use domain::people::{TeamId, UserId};
use domain::rules::{Clock, RuleBook};

const CASES: usize = 1_000_000;

/// All cases' events in one vector, each case a range of it: 1M small vectors
/// would measure the allocator, not the clock.
struct Synthetic {
    events: Vec<DatedEvent>,
    advice: Vec<AdviceRequest>,
    cases: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
}

fn build() -> Synthetic {
    let mut s = Synthetic {
        events: Vec::with_capacity(CASES * 9),
        advice: Vec::with_capacity(CASES * 2),
        cases: Vec::with_capacity(CASES),
    };
    let origin = NaiveDate::from_ymd_opt(2021, 1, 4).unwrap_or_default();
    for i in 0..CASES {
        let e0 = s.events.len();
        let a0 = s.advice.len();
        let start = origin + Days::new((i % 1500) as u64);
        let mut last = start;
        let mut push = |s: &mut Synthetic, gap: u64, event: CaseEvent| {
            last = last + Days::new(gap);
            s.events.push(DatedEvent::new(last, event));
            last
        };
        push(&mut s, 0, CaseEvent::RequestSubmitted);
        let profile = i % 10;
        if profile >= 1 && profile != 9 {
            push(&mut s, 2, CaseEvent::RequestRegistered);
            push(&mut s, 1, CaseEvent::CoordinatorAllocated);
            let decided = push(
                &mut s,
                35,
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::Assess,
                },
            );
            for k in 0..(2 + i % 3) {
                let mut req = AdviceRequest::new(
                    AdviceRequestId::new(format!("a{i}-{k}")),
                    RequestKind::Advice,
                    if k == 0 {
                        Recipient::Team(TeamId::new("salt"))
                    } else {
                        Recipient::Person(UserId::new("adviser"))
                    },
                    decided + Days::new(1),
                );
                if profile >= 2 {
                    let _ = req.apply(
                        &AdviceEvent::Submit,
                        decided + Days::new(30 + k as u64),
                        CaseStage::Assessment,
                    );
                }
                s.advice.push(req);
            }
        }
        if (2..9).contains(&profile) {
            push(
                &mut s,
                50,
                CaseEvent::DecisionToIssue {
                    decision: IssueDecision::Issue,
                },
            );
            push(&mut s, 10, CaseEvent::DraftPlanServed);
            push(&mut s, 1, CaseEvent::ConsultationSent);
            push(&mut s, 9, CaseEvent::FamilyRepresentationsReceived);
        }
        if (3..9).contains(&profile) {
            push(&mut s, 20, CaseEvent::FinalPlanIssued);
        }
        for review in 0..profile.saturating_sub(3).min(4) {
            // Arranged 300 days after the previous step, meeting 20 days later.
            let arranged = push(&mut s, 300, CaseEvent::ReviewViewsRequested);
            s.events.pop();
            s.events.push(DatedEvent::new(
                arranged,
                CaseEvent::ReviewArranged {
                    meeting_on: arranged + Days::new(20),
                },
            ));
            push(&mut s, 5, CaseEvent::ReviewInvitationsSent);
            push(&mut s, 15, CaseEvent::ReviewMeetingHeld);
            if profile == 8 && review + 1 == profile - 3 {
                break; // a review still in progress
            }
            push(&mut s, 10, CaseEvent::ReviewReportSubmitted);
            let amend = review % 2 == 1;
            push(
                &mut s,
                10,
                CaseEvent::ReviewDecision {
                    outcome: if amend {
                        ReviewOutcome::Amend
                    } else {
                        ReviewOutcome::Maintain
                    },
                },
            );
            if amend {
                push(&mut s, 0, CaseEvent::AmendmentNoticeServed);
                push(&mut s, 40, CaseEvent::AmendedPlanIssued);
            }
        }
        if profile == 9 {
            push(&mut s, 3, CaseEvent::RequestRegistered);
            push(&mut s, 1, CaseEvent::CoordinatorAllocated);
            push(
                &mut s,
                38,
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::NotToAssess,
                },
            );
            push(
                &mut s,
                20,
                CaseEvent::MediationAdviserContacted {
                    wants_mediation: i % 20 == 9,
                },
            );
            push(&mut s, 3, CaseEvent::MediationCertificateIssued);
            push(&mut s, 25, CaseEvent::AppealLodged);
            push(
                &mut s,
                120,
                CaseEvent::TribunalOrderMade {
                    order: TribunalOrderKind::ToAssess,
                },
            );
        }
        s.cases.push((e0..s.events.len(), a0..s.advice.len()));
    }
    s
}

fn bench(c: &mut Criterion) {
    let synthetic = build();
    let rules = RuleBook::send_2014();
    let holidays = BankHolidays::england_and_wales();
    let clock = Clock::new(&rules, &holidays);
    let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
    eprintln!(
        "{} cases, {} events, {} advice requests",
        synthetic.cases.len(),
        synthetic.events.len(),
        synthetic.advice.len()
    );
    let mut group = c.benchmark_group("deadlines");
    // One pass takes a few hundred milliseconds: ten flat samples keep the whole
    // run to seconds.
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("1M cases: all deadlines + next deadline", |b| {
        b.iter(|| {
            let mut checksum = 0i64;
            for (events, advice) in &synthetic.cases {
                let history = CaseHistory {
                    events: &synthetic.events[events.clone()],
                    advice: &synthetic.advice[advice.clone()],
                    ..CaseHistory::default()
                };
                let list = deadlines(&history, clock, today);
                if let Some(next) = next_deadline(&list) {
                    checksum += next.days_left;
                }
            }
            black_box(checksum)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
