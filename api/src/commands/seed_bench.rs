//! `ehc-hub seed-bench`: a large, realistic data set for load tests
//! (`scripts/bench.sh`, `make bench`). A hosted multi-LA service holds hundreds
//! of thousands of plans (statutory-rules.md, "National scale"), so the
//! benchmark runs at a million cases on PostgreSQL; SQLite takes tens of
//! thousands.
//!
//! Every case gets a child with a name built from lists of given and family
//! names, a lifecycle history that the domain's own transition table accepts
//! (its stage drawn from a realistic mix, most in assessment, plan issued or an
//! annual review), the requests for advice of its stage, grants to its family
//! and school, and its next statutory deadline as the domain's clock computes
//! it from that history, so `next_deadline_*` and `deadline_sort` agree with
//! the case file. Around them: 150 education settings, 60 teams, 80
//! co-ordinators, contributors in proportion to the cases, and a family account
//! for most children.
//!
//! Rows go in as multi-row INSERTs of a few thousand rows, one transaction per
//! block of cases, through the project's own connection type: one code path for
//! both databases. A second thread generates while the first writes.
//! Afterwards the deadline sweep runs once, as `serve` would on its first start,
//! so the benchmark measures a service in its steady state.
//!
//! `ehc-hub bench-session --email ...` then signs in one of the accounts this
//! command made (and no other) and prints its session cookie for the load
//! generator: a command-line path with the database and the key, never an HTTP
//! one.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::sync_channel;
use std::time::Instant;

use anyhow::Context;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use domain::advice::{AdviceRequest, AdviceRequestId, AdviceState, Recipient, RequestKind};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::deadlines::{CaseHistory, DatedEvent, deadlines, next_deadline};
use domain::lifecycle::{
    AssessDecision, CaseEvent, CaseStage, ClosureReason, IssueDecision, ReviewOutcome,
    TransitionContext, transition,
};
use domain::organisations::{ServiceKind, SettingPhase};
use domain::people::{Email, Role, TeamId, UserId, UserStatus};
use persistence::bulk::{self, BulkTable};
use persistence::{Backend, Database, DbConnection, PersistenceError};

use crate::config::Settings;
use crate::state::Statutory;

/// Every account seed-bench makes has an address at this domain (reserved
/// example.org), and `bench-session` signs in nothing else.
pub const BENCH_DOMAIN: &str = "bench.example.org";
/// The password of the staff accounts, for a person who wants to look around.
pub const BENCH_PASSWORD: &str = "amber kestrel lighthouse";

const COORDINATORS: usize = 80;
const TEAMS: usize = 60;
const SETTINGS: usize = 150;
/// One named contributor (an educational psychologist, a therapist...) for
/// this many cases: some 400 requests for advice each over the years.
const CASES_PER_CONTRIBUTOR: u64 = 500;
const MIN_CONTRIBUTORS: usize = 2 * TEAMS;
/// Cases generated and written per transaction.
const CASES_PER_BLOCK: u64 = 2_000;
/// Case ids written to `--ids-out`, spread over the whole set.
const SAMPLE_IDS: u64 = 2_000;
/// The case reference years and sequence numbers are derived from here.
const NO_DEADLINE: NaiveDate = persistence::trays::NO_DEADLINE;

#[derive(clap::Args)]
pub struct Args {
    /// How many cases to make.
    #[arg(long, default_value_t = 20_000)]
    cases: u64,
    /// Add to a database that already has cases.
    #[arg(long)]
    force: bool,
    /// The generator's seed: the same seed gives the same people and histories.
    #[arg(long, default_value_t = 2014)]
    seed: u64,
    /// Write a sample of case ids here, one a line (the case-file benchmark reads them).
    #[arg(long, value_name = "FILE")]
    ids_out: Option<PathBuf>,
    /// Rows per INSERT statement.
    #[arg(long, default_value_t = 2_000)]
    batch_rows: usize,
    /// Skip the deadline sweep at the end (the server then runs it on start).
    #[arg(long)]
    no_sweep: bool,
    /// Write PostgreSQL with INSERTs too, instead of COPY.
    #[arg(long)]
    no_copy: bool,
}

#[derive(clap::Args)]
pub struct SessionArgs {
    /// The account to sign in: one that seed-bench made.
    #[arg(long)]
    email: String,
}

// ---------------------------------------------------------------------------
// Pure generation: names, the stage mix, histories. Deterministic for a seed.

/// SplitMix64: small, fast and good enough for test data; no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// An independent stream for item `n` of a run seeded with `seed`.
    pub fn for_item(seed: u64, n: u64) -> Self {
        let mut r = Self(seed ^ n.wrapping_mul(0xA24B_AED4_963E_E407));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// lo..=hi.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True `per_mille` times in a thousand.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

pub const GIVEN_NAMES: &[&str] = &[
    "Oliver", "Amelia", "George", "Isla", "Noah", "Ava", "Arthur", "Mia", "Muhammad", "Ivy", "Leo",
    "Lily", "Harry", "Isabella", "Oscar", "Rosie", "Archie", "Sophia", "Henry", "Grace",
    "Theodore", "Freya", "Jack", "Florence", "Charlie", "Willow", "Finley", "Poppy", "Freddie",
    "Evie", "Alfie", "Elsie", "Thomas", "Ella", "Jacob", "Daisy", "Lucas", "Emily", "Ethan",
    "Sienna", "Mason", "Hannah", "Logan", "Anna", "Harrison", "Matilda", "Reuben", "Ruby", "Tommy",
    "Phoebe", "Zain", "Aisha", "Ibrahim", "Maryam", "Yusuf", "Fatima", "Aarav", "Priya", "Rohan",
    "Anaya", "Kacper", "Zofia", "Jakub", "Oliwia", "Mihai", "Ioana", "Kwame", "Ama", "Chidi",
    "Adaeze", "Tobi", "Zara", "Kai", "Niamh", "Cian", "Siobhan", "Rhys", "Carys", "Dylan", "Seren",
    "Euan", "Eilidh", "Callum", "Skye", "Jayden", "Leah", "Tyler", "Chloe", "Riley", "Megan",
    "Kieran", "Bethany", "Connor", "Jessica", "Ellis", "Martha", "Stanley", "Edith", "Albert",
    "Mabel", "Ezra", "Aurora", "Hugo", "Maeve", "Ronnie", "Nancy", "Louie", "Bella", "Jude",
    "Sofia", "Max", "Eliza", "Rory", "Harper", "Sami", "Layla", "Omar", "Hafsa", "Zoë", "Siân",
    "Chloé", "Joanne", "Marcus", "Ellie", "Kelly",
];

pub const FAMILY_NAMES: &[&str] = &[
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Thomas",
    "Clarke",
    "Jackson",
    "Wood",
    "Harris",
    "Edwards",
    "Turner",
    "Martin",
    "Cooper",
    "Hill",
    "Ward",
    "Hughes",
    "Moore",
    "Clark",
    "King",
    "Harrison",
    "Lewis",
    "Baker",
    "Lee",
    "Allen",
    "Morris",
    "Khan",
    "Scott",
    "Watson",
    "Davis",
    "Parker",
    "James",
    "Bennett",
    "Young",
    "Phillips",
    "Richardson",
    "Mitchell",
    "Bailey",
    "Carter",
    "Cook",
    "Singh",
    "Shaw",
    "Bell",
    "Collins",
    "Morgan",
    "Kelly",
    "Begum",
    "Miller",
    "Cox",
    "Hussain",
    "Marshall",
    "Simpson",
    "Price",
    "Anderson",
    "Adams",
    "Wilkinson",
    "Ali",
    "Ahmed",
    "Foster",
    "Ellis",
    "Murphy",
    "Chapman",
    "Mason",
    "Gray",
    "Richards",
    "Webb",
    "Griffiths",
    "Hunt",
    "Palmer",
    "Campbell",
    "Holmes",
    "Mills",
    "Rogers",
    "Barnes",
    "Knight",
    "Matthews",
    "Barker",
    "Powell",
    "Stevens",
    "Kaur",
    "Fisher",
    "Butler",
    "Dixon",
    "Russell",
    "Harvey",
    "Pearson",
    "Graham",
    "O'Brien",
    "O'Connor",
    "McDonald",
    "MacLeod",
    "Smith-Jones",
    "Lloyd-Davies",
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Popescu",
    "Ionescu",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Osei",
    "Nguyen",
    "Chen",
    "Wong",
    "Rahman",
    "Uddin",
    "Chaudhry",
    "Mahmood",
    "Sharma",
    "Gupta",
    "da Silva",
    "Ferreira",
    "Kaya",
    "Yilmaz",
    "Van der Berg",
    "Doherty",
    "Quinn",
    "Gallagher",
    "Byrne",
    "Ryan",
    "Walsh",
    "Pritchard",
    "Vaughan",
    "Llewellyn",
    "Fraser",
    "Stewart",
    "Reid",
    "Murray",
    "Hamilton",
    "Douglas",
    "Sutherland",
    "Brennan",
    "Boateng",
];

/// Given names of the grown-ups: parents, carers and staff.
pub const ADULT_NAMES: &[&str] = &[
    "Sarah",
    "Emma",
    "Laura",
    "Rachel",
    "Claire",
    "Nicola",
    "Helen",
    "Kate",
    "Lisa",
    "Amy",
    "Natalie",
    "Gemma",
    "Samantha",
    "Victoria",
    "Rebecca",
    "Joanne",
    "Nadia",
    "Shabana",
    "Agnieszka",
    "Elena",
    "Abena",
    "Ngozi",
    "Sinead",
    "Bronwen",
    "Fiona",
    "Mark",
    "David",
    "Paul",
    "James",
    "Andrew",
    "Richard",
    "Daniel",
    "Michael",
    "Christopher",
    "Matthew",
    "Stephen",
    "Imran",
    "Tariq",
    "Piotr",
    "Andrei",
    "Kofi",
    "Emeka",
    "Sean",
    "Gareth",
    "Alistair",
    "Jordan",
    "Alex",
    "Sam",
    "Charlie",
    "Robin",
];

/// A child's given names (a middle name a quarter of the time) and family name.
pub fn child_name(rng: &mut Rng) -> (String, String) {
    let first = *rng.pick(GIVEN_NAMES);
    let given = if rng.chance(250) {
        let middle = *rng.pick(GIVEN_NAMES);
        format!("{first} {middle}")
    } else {
        first.to_owned()
    };
    (given, (*rng.pick(FAMILY_NAMES)).to_owned())
}

/// The stage of a case, in a thousand: most plans are maintained (issued or
/// under annual review); a request takes months through assessment.
pub const STAGE_MIX: &[(CaseStage, u64)] = &[
    (CaseStage::Unallocated, 15),
    (CaseStage::AwaitingAssessmentDecision, 50),
    (CaseStage::NotToAssess, 30),
    (CaseStage::Assessment, 120),
    (CaseStage::NotToIssue, 10),
    (CaseStage::DraftPlan, 30),
    (CaseStage::Consultation, 25),
    (CaseStage::PlanIssued, 450),
    (CaseStage::ReviewArranged, 60),
    (CaseStage::ReviewGatheringViews, 40),
    (CaseStage::ReviewMeetingHeld, 30),
    (CaseStage::ReviewReportSubmitted, 30),
    (CaseStage::ReviewDecidedAmend, 15),
    (CaseStage::AmendmentNotice, 15),
    (CaseStage::Ceased, 50),
    (CaseStage::ClosedOutsideProcess, 30),
];

pub fn pick_stage(rng: &mut Rng) -> CaseStage {
    let total: u64 = STAGE_MIX.iter().map(|(_, w)| w).sum();
    let mut roll = rng.below(total);
    for (stage, weight) in STAGE_MIX {
        if roll < *weight {
            return *stage;
        }
        roll -= weight;
    }
    CaseStage::PlanIssued
}

/// Who a request for advice goes to, before ids are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdviceTo {
    /// A named professional (the educational psychologist, usually).
    Person,
    /// A team of this service; its manager allocates it.
    Team(ServiceKind),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedAdvice {
    pub kind: RequestKind,
    pub to: AdviceTo,
    pub sent_on: NaiveDate,
    pub state: AdviceState,
    pub completed_on: Option<NaiveDate>,
}

/// A case's story so far: what happened when, and where that leaves it.
#[derive(Debug, Clone)]
pub struct History {
    pub stage: CaseStage,
    pub stage_before_closure: Option<CaseStage>,
    pub received: NaiveDate,
    pub events: Vec<DatedEvent>,
    pub advice: Vec<PlannedAdvice>,
}

impl History {
    pub fn allocated(&self) -> bool {
        self.events
            .iter()
            .any(|e| matches!(e.event, CaseEvent::CoordinatorAllocated))
    }

    pub fn last_day(&self) -> NaiveDate {
        self.events.last().map_or(self.received, |e| e.on)
    }
}

/// Builds a history forwards; no event is after today or before the one before.
struct Story {
    today: NaiveDate,
    day: NaiveDate,
    events: Vec<DatedEvent>,
    advice: Vec<PlannedAdvice>,
}

fn plus(day: NaiveDate, days: i64) -> NaiveDate {
    day + chrono::Duration::days(days)
}

impl Story {
    fn new(today: NaiveDate, received: NaiveDate) -> Self {
        Self {
            today,
            day: received.min(today),
            events: Vec::new(),
            advice: Vec::new(),
        }
    }

    /// `event` on `on`, or as near as the order and today allow.
    fn on(&mut self, on: NaiveDate, event: CaseEvent) -> NaiveDate {
        self.day = on.max(self.day).min(self.today);
        self.events.push(DatedEvent::new(self.day, event));
        self.day
    }

    fn after(&mut self, days: i64, event: CaseEvent) -> NaiveDate {
        self.on(plus(self.day, days), event)
    }

    /// Requests for advice sent on `sent`: the educational psychologist by name,
    /// the health team nearly always, social care sometimes. `answered_by`:
    /// all answered by then (a later decision was taken on them), or `None` for
    /// an assessment still gathering.
    fn ask_advice(&mut self, rng: &mut Rng, sent: NaiveDate, answered_by: Option<NaiveDate>) {
        let mut to = vec![AdviceTo::Person, AdviceTo::Team(ServiceKind::Health)];
        if rng.chance(400) {
            to.push(AdviceTo::Team(ServiceKind::SocialCare));
        }
        if !rng.chance(900) {
            to.remove(1);
        }
        for to in to {
            let (state, completed_on) = match answered_by {
                Some(by) => {
                    let done = plus(sent, rng.range(14, 45)).min(by).max(sent);
                    (AdviceState::Submitted, Some(done))
                }
                None => self.open_or_answered(rng, sent, to),
            };
            self.advice.push(PlannedAdvice {
                kind: RequestKind::Advice,
                to,
                sent_on: sent,
                state,
                completed_on,
            });
        }
    }

    fn open_or_answered(
        &self,
        rng: &mut Rng,
        sent: NaiveDate,
        to: AdviceTo,
    ) -> (AdviceState, Option<NaiveDate>) {
        let waited = (self.today - sent).num_days();
        let answered = if waited >= 42 {
            rng.chance(700)
        } else {
            rng.chance((waited.max(0) as u64) * 8)
        };
        if answered {
            let done = plus(sent, rng.range(14, waited.clamp(14, 60))).min(self.today);
            return (AdviceState::Submitted, Some(done));
        }
        let state = match (to, rng.below(10)) {
            (AdviceTo::Person, 0..=5) => AdviceState::Pending,
            (AdviceTo::Person, _) => AdviceState::InProgress,
            (AdviceTo::Team(_), 0..=3) => AdviceState::AwaitingAllocation,
            (AdviceTo::Team(_), 4..=7) => AdviceState::Allocated,
            (AdviceTo::Team(_), _) => AdviceState::InProgress,
        };
        (state, None)
    }

    fn ask_views(&mut self, rng: &mut Rng, sent: NaiveDate, answered: bool) {
        for _ in 0..rng.range(1, 2) {
            let done =
                (answered || rng.chance(400)).then(|| plus(sent, rng.range(3, 20)).min(self.today));
            self.advice.push(PlannedAdvice {
                kind: RequestKind::ReviewViews,
                to: AdviceTo::Person,
                sent_on: sent,
                state: if done.is_some() {
                    AdviceState::Submitted
                } else {
                    AdviceState::Pending
                },
                completed_on: done,
            });
        }
    }

    /// Submitted, registered and (unless `allocate` is false) allocated.
    fn request(&mut self, rng: &mut Rng, allocate: bool) {
        let received = self.day;
        self.on(received, CaseEvent::RequestSubmitted);
        self.after(rng.range(0, 5), CaseEvent::RequestRegistered);
        if allocate {
            self.after(rng.range(0, 10), CaseEvent::CoordinatorAllocated);
        }
    }

    /// The new-plan pathway up to the decision to issue (not included).
    /// `answered_by`: when the advice was all in, if it was.
    fn assess(&mut self, rng: &mut Rng, answered_by: Option<NaiveDate>) -> NaiveDate {
        let received = self.events.first().map_or(self.day, |e| e.on);
        let decided = self.on(
            plus(received, rng.range(28, 49)),
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::Assess,
            },
        );
        let sent = plus(decided, rng.range(0, 7)).min(self.today);
        self.ask_advice(rng, sent, answered_by);
        decided
    }

    /// From the request to the final plan, issued on (about) `final_on`.
    fn new_plan(&mut self, rng: &mut Rng, final_on: NaiveDate) {
        self.request(rng, true);
        let received = self.events.first().map_or(self.day, |e| e.on);
        let issue_on = plus(received, rng.range(84, 112)).min(plus(final_on, -20));
        self.assess(rng, Some(issue_on));
        self.on(
            issue_on,
            CaseEvent::DecisionToIssue {
                decision: IssueDecision::Issue,
            },
        );
        self.after(rng.range(0, 10), CaseEvent::DraftPlanServed);
        if rng.chance(700) {
            self.after(rng.range(0, 5), CaseEvent::ConsultationSent);
        }
        if rng.chance(500) {
            self.after(rng.range(5, 14), CaseEvent::FamilyRepresentationsReceived);
        }
        self.on(final_on, CaseEvent::FinalPlanIssued);
    }

    /// An annual review up to (not including) the meeting on `meeting_on`.
    fn arrange_review(&mut self, rng: &mut Rng, meeting_on: NaiveDate, views: bool) {
        self.on(
            plus(meeting_on, -rng.range(28, 56)),
            CaseEvent::ReviewArranged { meeting_on },
        );
        if views {
            let sent = self.after(rng.range(0, 7), CaseEvent::ReviewViewsRequested);
            self.ask_views(rng, sent, meeting_on <= self.today);
        }
    }

    /// A whole review cycle, decided on `decided_on` with `outcome`.
    fn review(&mut self, rng: &mut Rng, decided_on: NaiveDate, outcome: ReviewOutcome) {
        let meeting_on = plus(decided_on, -rng.range(14, 28));
        let views = rng.chance(300);
        self.arrange_review(rng, meeting_on, views);
        self.meeting(rng, meeting_on, false);
        self.after(rng.range(3, 13), CaseEvent::ReviewReportSubmitted);
        self.on(decided_on, CaseEvent::ReviewDecision { outcome });
    }

    /// The meeting on `meeting_on` and the steps before it; in a review still
    /// under way (`current`) the LA sometimes has not recorded them.
    fn meeting(&mut self, rng: &mut Rng, meeting_on: NaiveDate, current: bool) {
        if !current || rng.chance(900) {
            self.on(
                plus(meeting_on, -rng.range(14, 28)),
                CaseEvent::ReviewInvitationsSent,
            );
        }
        if !current || rng.chance(800) {
            self.on(
                plus(meeting_on, -rng.range(10, 14)),
                CaseEvent::ReviewAdviceCirculated,
            );
        }
        self.on(meeting_on, CaseEvent::ReviewMeetingHeld);
    }

    /// A maintained plan whose latest anchor (issue or review decision) is
    /// `anchor`, with up to two reviews behind it.
    fn maintained_plan(&mut self, rng: &mut Rng, anchor: NaiveDate) {
        let reviews = rng.range(0, 2);
        let gaps: Vec<i64> = (0..reviews).map(|_| rng.range(330, 400)).collect();
        let final_on = plus(anchor, -gaps.iter().sum::<i64>());
        self.day = plus(final_on, -rng.range(130, 200));
        self.new_plan(rng, final_on);
        let mut decided = final_on;
        for gap in gaps {
            decided = plus(decided, gap);
            self.review(rng, decided, ReviewOutcome::Maintain);
        }
    }
}

/// A history that ends at `stage` on or before `today`.
pub fn history(stage: CaseStage, today: NaiveDate, rng: &mut Rng) -> History {
    use CaseStage as S;
    let ago = |rng: &mut Rng, lo: i64, hi: i64| plus(today, -rng.range(lo, hi));
    let mut before_closure = None;
    let mut s;
    match stage {
        S::Unallocated => {
            s = Story::new(today, ago(rng, 0, 28));
            s.request(rng, false);
        }
        S::AwaitingAssessmentDecision => {
            s = Story::new(today, ago(rng, 5, 56));
            s.request(rng, true);
        }
        S::NotToAssess => {
            s = Story::new(today, ago(rng, 42, 900));
            s.request(rng, true);
            let received = s.events.first().map_or(s.day, |e| e.on);
            s.on(
                plus(received, rng.range(28, 45)),
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::NotToAssess,
                },
            );
        }
        S::Assessment => {
            s = Story::new(today, ago(rng, 35, 160));
            s.request(rng, true);
            s.assess(rng, None);
        }
        S::NotToIssue => {
            s = Story::new(today, ago(rng, 110, 900));
            s.request(rng, true);
            let received = s.events.first().map_or(s.day, |e| e.on);
            let decided = plus(received, rng.range(90, 112));
            s.assess(rng, Some(decided));
            s.on(
                decided,
                CaseEvent::DecisionToIssue {
                    decision: IssueDecision::NotToIssue,
                },
            );
        }
        S::DraftPlan | S::Consultation => {
            s = Story::new(today, ago(rng, 85, 170));
            s.request(rng, true);
            let received = s.events.first().map_or(s.day, |e| e.on);
            let decided = plus(received, rng.range(80, 112)).min(today);
            s.assess(rng, Some(decided));
            s.on(
                decided,
                CaseEvent::DecisionToIssue {
                    decision: IssueDecision::Issue,
                },
            );
            if stage == S::Consultation {
                s.after(rng.range(0, 21), CaseEvent::DraftPlanServed);
                if rng.chance(700) {
                    s.after(rng.range(0, 5), CaseEvent::ConsultationSent);
                }
                if rng.chance(300) {
                    s.after(rng.range(5, 14), CaseEvent::FamilyRepresentationsReceived);
                }
            }
        }
        S::PlanIssued => {
            // Reviews fall due a year after the anchor; some LAs run late.
            s = Story::new(today, today);
            let anchor = ago(rng, 0, 420);
            s.maintained_plan(rng, anchor);
        }
        S::ReviewArranged | S::ReviewGatheringViews => {
            let meeting_on = plus(today, rng.range(-3, 42));
            s = Story::new(today, today);
            let anchor = plus(meeting_on, -rng.range(300, 365));
            s.maintained_plan(rng, anchor);
            s.arrange_review(rng, meeting_on, stage == S::ReviewGatheringViews);
            // Invitations go at least two weeks ahead (D9); most LAs manage it.
            if plus(meeting_on, -14) <= today && rng.chance(800) {
                s.on(
                    plus(meeting_on, -rng.range(14, 21)),
                    CaseEvent::ReviewInvitationsSent,
                );
                if rng.chance(700) {
                    s.on(
                        plus(meeting_on, -rng.range(12, 14)),
                        CaseEvent::ReviewAdviceCirculated,
                    );
                }
            }
        }
        S::ReviewMeetingHeld
        | S::ReviewReportSubmitted
        | S::ReviewDecidedAmend
        | S::AmendmentNotice => {
            let meeting_on = match stage {
                S::ReviewMeetingHeld => ago(rng, 0, 14),
                S::ReviewReportSubmitted => ago(rng, 7, 35),
                S::ReviewDecidedAmend => ago(rng, 20, 60),
                _ => ago(rng, 35, 90),
            };
            s = Story::new(today, today);
            let anchor = plus(meeting_on, -rng.range(300, 365));
            s.maintained_plan(rng, anchor);
            let views = rng.chance(500);
            s.arrange_review(rng, meeting_on, views);
            s.meeting(rng, meeting_on, true);
            if stage != S::ReviewMeetingHeld {
                s.after(rng.range(3, 13), CaseEvent::ReviewReportSubmitted);
            }
            if matches!(stage, S::ReviewDecidedAmend | S::AmendmentNotice) {
                s.on(
                    plus(meeting_on, rng.range(14, 28)),
                    CaseEvent::ReviewDecision {
                        outcome: ReviewOutcome::Amend,
                    },
                );
            }
            if stage == S::AmendmentNotice {
                s.after(rng.range(7, 28), CaseEvent::AmendmentNoticeServed);
                if rng.chance(500) {
                    s.after(rng.range(3, 14), CaseEvent::FamilyRepresentationsReceived);
                }
            }
        }
        S::Ceased => {
            s = Story::new(today, today);
            let ceased_on = ago(rng, 0, 900);
            if rng.chance(600) {
                let anchor = plus(ceased_on, -rng.range(330, 380));
                s.maintained_plan(rng, anchor);
                s.review(rng, ceased_on, ReviewOutcome::Cease);
            } else {
                let anchor = plus(ceased_on, -rng.range(30, 300));
                s.maintained_plan(rng, anchor);
                s.on(ceased_on, CaseEvent::PlanCeased);
            }
        }
        S::ClosedOutsideProcess => {
            s = Story::new(today, ago(rng, 20, 900));
            let from = match rng.below(10) {
                0..=2 => S::Unallocated,
                3..=6 => S::AwaitingAssessmentDecision,
                _ => S::Assessment,
            };
            s.request(rng, from != S::Unallocated);
            if from == S::Assessment {
                s.assess(rng, None);
            }
            let reason = *rng.pick(&[
                ClosureReason::RequestWithdrawn,
                ClosureReason::MovedOutOfArea,
                ClosureReason::MovedOutOfArea,
                ClosureReason::Duplicate,
                ClosureReason::Other,
            ]);
            s.after(rng.range(5, 60), CaseEvent::CloseOutsideProcess { reason });
            before_closure = Some(from);
            // Nobody answers for a case that closed.
            let closed_on = s.day;
            for a in &mut s.advice {
                if a.state.is_open() {
                    a.state = AdviceState::Withdrawn;
                    a.completed_on = None;
                }
                a.completed_on = a.completed_on.map(|d| d.min(closed_on));
            }
        }
        S::RequestDraft | S::RequestSubmitted => {
            s = Story::new(today, ago(rng, 0, 10));
            s.on(s.day, CaseEvent::RequestSubmitted);
        }
    }
    let received = s.events.first().map_or(today, |e| e.on);
    History {
        stage,
        stage_before_closure: before_closure,
        received,
        events: s.events,
        advice: s.advice,
    }
}

/// Replays `events` through the domain's transition table from a draft.
pub fn replay(events: &[DatedEvent]) -> Result<CaseStage, String> {
    let mut stage = CaseStage::RequestDraft;
    let mut ctx = TransitionContext::default();
    for e in events {
        let next = transition(stage, &e.event, &ctx).map_err(|err| err.to_string())?;
        if next == CaseStage::ClosedOutsideProcess {
            ctx.stage_before_closure = Some(stage);
        }
        stage = next;
    }
    Ok(stage)
}

/// The case's earliest live statutory deadline, as the service computes it.
pub fn next_due(
    statutory: &Statutory,
    events: &[DatedEvent],
    advice: &[AdviceRequest],
    child_born_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<(String, NaiveDate)> {
    let all = deadlines(
        &CaseHistory {
            events,
            advice,
            exceptions: &[],
            child_born_on,
            phase_transfer: None,
        },
        statutory.clock(),
        today,
    );
    next_deadline(&all).map(|d| (d.id.as_str().to_owned(), d.due))
}

/// `'text'` with quotes doubled: a literal for PostgreSQL
/// (standard_conforming_strings) and SQLite alike.
pub fn quoted(out: &mut String, text: &str) {
    out.push('\'');
    for ch in text.chars() {
        if ch == '\'' {
            out.push('\'');
        }
        out.push(ch);
    }
    out.push('\'');
}

// ---------------------------------------------------------------------------
// Rows and statements.

#[derive(Debug, Clone)]
pub enum V<'a> {
    Null,
    Text(&'a str),
    Owned(String),
    Bool(bool),
    Int(i64),
    Date(NaiveDate),
    Ts(NaiveDateTime),
}

/// How rows are written: multi-row INSERTs (either database) or COPY's text
/// format (PostgreSQL, several times faster to load).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Insert(Backend),
    Copy,
}

/// What a block of rows becomes.
#[derive(Debug, PartialEq, Eq)]
pub enum Statement {
    Sql(String),
    Copy(BulkTable, Vec<u8>),
}

impl Statement {
    fn run(&self, c: &mut DbConnection) -> Result<(), PersistenceError> {
        match self {
            Statement::Sql(sql) => bulk::execute(c, sql),
            Statement::Copy(table, data) => bulk::copy_in(c, *table, data).map(|_| ()),
        }
    }
}

/// `2026-12-01`, without chrono's format parser (it is most of the cost).
fn push_date(out: &mut String, d: NaiveDate) {
    let _ = write!(out, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
}

/// diesel's own text form of a timestamp on SQLite (`%F %T%.f`); PostgreSQL reads it too.
fn push_timestamp(out: &mut String, t: NaiveDateTime) {
    use chrono::Timelike;
    if t.nanosecond() != 0 {
        let _ = write!(out, "{}", t.format("%F %T%.f"));
        return;
    }
    push_date(out, t.date());
    let _ = write!(out, " {:02}:{:02}:{:02}", t.hour(), t.minute(), t.second());
}

/// Rows for one table, flushed every `batch_rows` rows into a statement.
struct Rows {
    format: Format,
    table: Option<BulkTable>,
    head: String,
    batch_rows: usize,
    current: String,
    rows: usize,
    done: Vec<Statement>,
}

impl Rows {
    /// INSERTs into any table (the small ones made once).
    fn insert(table: &str, columns: &[&str], backend: Backend) -> Self {
        Self {
            format: Format::Insert(backend),
            table: None,
            head: format!("INSERT INTO {table} ({}) VALUES ", columns.join(", ")),
            batch_rows: 1000,
            current: String::new(),
            rows: 0,
            done: Vec::new(),
        }
    }

    /// One of the bulk tables, in `format`; a COPY takes a whole block at once.
    fn bulk(table: BulkTable, format: Format, batch_rows: usize) -> Self {
        let mut rows = Self::insert(
            table.name(),
            table.columns(),
            match format {
                Format::Insert(backend) => backend,
                Format::Copy => Backend::Postgres,
            },
        );
        rows.format = format;
        rows.table = Some(table);
        rows.batch_rows = match format {
            Format::Insert(_) => batch_rows.max(1),
            Format::Copy => usize::MAX,
        };
        rows
    }

    fn row(&mut self, values: &[V<'_>]) {
        match self.format {
            Format::Insert(backend) => self.sql_row(values, backend),
            Format::Copy => self.copy_row(values),
        }
        self.rows += 1;
        if self.rows >= self.batch_rows {
            self.flush();
        }
    }

    fn sql_row(&mut self, values: &[V<'_>], backend: Backend) {
        let out = &mut self.current;
        if self.rows == 0 {
            out.push_str(&self.head);
        } else {
            out.push_str(",\n");
        }
        out.push('(');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match v {
                V::Null => out.push_str("NULL"),
                V::Text(t) => quoted(out, t),
                V::Owned(t) => quoted(out, t),
                V::Bool(b) => out.push_str(match (backend, b) {
                    (Backend::Postgres, true) => "TRUE",
                    (Backend::Postgres, false) => "FALSE",
                    (Backend::Sqlite, true) => "1",
                    (Backend::Sqlite, false) => "0",
                }),
                V::Int(n) => {
                    let _ = write!(out, "{n}");
                }
                V::Date(d) => {
                    out.push('\'');
                    push_date(out, *d);
                    out.push('\'');
                }
                V::Ts(t) => {
                    out.push('\'');
                    push_timestamp(out, *t);
                    out.push('\'');
                }
            }
        }
        out.push(')');
    }

    fn copy_row(&mut self, values: &[V<'_>]) {
        let out = &mut self.current;
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            match v {
                V::Null => out.push_str("\\N"),
                V::Text(t) => copy_escaped(out, t),
                V::Owned(t) => copy_escaped(out, t),
                V::Bool(b) => out.push(if *b { 't' } else { 'f' }),
                V::Int(n) => {
                    let _ = write!(out, "{n}");
                }
                V::Date(d) => push_date(out, *d),
                V::Ts(t) => push_timestamp(out, *t),
            }
        }
        out.push('\n');
    }

    fn flush(&mut self) {
        if self.rows == 0 {
            return;
        }
        let text = std::mem::take(&mut self.current);
        self.done.push(match (self.format, self.table) {
            (Format::Copy, Some(table)) => Statement::Copy(table, text.into_bytes()),
            _ => Statement::Sql(text),
        });
        self.rows = 0;
    }

    fn take(&mut self) -> Vec<Statement> {
        self.flush();
        std::mem::take(&mut self.done)
    }
}

/// COPY's text format: backslash, tab and line breaks escaped.
pub fn copy_escaped(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(ch),
        }
    }
}

/// The ids everything points at, made before the cases.
#[derive(Debug, Clone, Default)]
pub struct Org {
    pub admin: String,
    pub coordinators: Vec<(String, String)>,
    /// (id, email) of each named contributor; contributor `i` is in team `i % TEAMS`.
    pub contributors: Vec<(String, String)>,
    /// (id, service) of each team.
    pub teams: Vec<(String, ServiceKind)>,
    pub settings: Vec<String>,
}

impl Org {
    fn team_of(&self, rng: &mut Rng, service: ServiceKind) -> usize {
        let of: Vec<usize> = (0..self.teams.len())
            .filter(|t| self.teams[*t].1 == service)
            .collect();
        if of.is_empty() {
            return rng.below(self.teams.len() as u64) as usize;
        }
        *rng.pick(&of)
    }

    /// A member of team `t` (not its manager when it has others).
    fn member_of(&self, rng: &mut Rng, t: usize) -> Option<&(String, String)> {
        let members: Vec<usize> = (t..self.contributors.len()).step_by(TEAMS).collect();
        match members.len() {
            0 => None,
            1 => self.contributors.get(members[0]),
            n => self
                .contributors
                .get(members[1 + rng.below(n as u64 - 1) as usize]),
        }
    }
}

/// Generates ids that sort in the order they are made (uuid v7 layout).
struct Ids {
    millis: u64,
    rng: Rng,
}

impl Ids {
    fn next(&mut self) -> String {
        self.millis += 1;
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&self.rng.next_u64().to_le_bytes());
        random[8..].copy_from_slice(&self.rng.next_u64().to_le_bytes()[..2]);
        uuid::Builder::from_unix_timestamp_millis(self.millis, &random)
            .into_uuid()
            .to_string()
    }
}

fn at_time(day: NaiveDate, rng: &mut Rng) -> NaiveDateTime {
    let secs = rng.range(8 * 3600, 18 * 3600) as u32;
    day.and_time(NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap_or(NaiveTime::MIN))
}

const LANGUAGES: &[&str] = &[
    "English",
    "English",
    "English",
    "English",
    "English",
    "English",
    "English",
    "English",
    "Polish",
    "Urdu",
    "Romanian",
    "Bengali",
    "Arabic",
    "Punjabi",
    "Welsh",
    "Somali",
    "British Sign Language",
];
const RESPONSIBILITY: &[&str] = &[
    "Mother and father",
    "Mother",
    "Father",
    "Mother and father",
    "Grandmother (special guardianship order)",
];
const ADVICE_NOTES: &[&str] = &[
    "Please assess communication and interaction needs; school reports difficulty following instructions.",
    "Please advise on sensory processing and fine motor skills.",
    "Please advise on social, emotional and mental health needs, including anxiety about attending school.",
    "Please advise on health needs, including the management of epilepsy during the school day.",
    "Please advise on the family's circumstances and any support from children's social care.",
];

/// Everything one block of cases becomes: statements in foreign-key order.
struct Block {
    statements: Vec<Statement>,
    cases: u64,
    sample: Vec<String>,
    counts: Counts,
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    cases: u64,
    events: u64,
    advice: u64,
    grants: u64,
    families: u64,
    overdue: u64,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.cases += o.cases;
        self.events += o.events;
        self.advice += o.advice;
        self.grants += o.grants;
        self.families += o.families;
        self.overdue += o.overdue;
    }
}

struct Generator {
    seed: u64,
    total: u64,
    format: Format,
    batch_rows: usize,
    today: NaiveDate,
    now: NaiveDateTime,
    org: Arc<Org>,
    statutory: Statutory,
    tag: String,
    family_hash: String,
    ids: Ids,
    /// The next reference number of each year.
    refs: std::collections::BTreeMap<i32, u64>,
}

impl Generator {
    fn block(&mut self, first: u64, count: u64) -> Block {
        let (f, n) = (self.format, self.batch_rows);
        let mut users = Rows::bulk(BulkTable::Users, f, n);
        let mut cases = Rows::bulk(BulkTable::Cases, f, n);
        let mut children = Rows::bulk(BulkTable::CaseChildren, f, n);
        let mut events = Rows::bulk(BulkTable::CaseEvents, f, n);
        let mut access = Rows::bulk(BulkTable::CaseAccess, f, n);
        let mut advice = Rows::bulk(BulkTable::AdviceRequests, f, n);
        let mut allocations = Rows::bulk(BulkTable::AdviceAllocations, f, n);
        let mut listings = Rows::bulk(BulkTable::CaseListings, f, n);
        let mut counts = Counts::default();
        let mut sample = Vec::new();
        let every = (self.total / SAMPLE_IDS).max(1);
        for n in first..first + count {
            let mut rng = Rng::for_item(self.seed, n);
            let stage = pick_stage(&mut rng);
            let h = history(stage, self.today, &mut rng);
            let case_id = self.ids.next();
            if n % every == 0 && !stage.is_closed() {
                sample.push(case_id.clone());
            }
            let org = Arc::clone(&self.org);
            let coordinator = h.allocated().then(|| {
                org.coordinators[rng.below(org.coordinators.len() as u64) as usize]
                    .0
                    .clone()
            });
            let by = coordinator.as_deref().unwrap_or(&org.admin).to_owned();
            // The child: born 2 to 16 years before the request.
            let born = plus(h.received, -rng.range(2 * 365, 16 * 365));
            let (given, family) = child_name(&mut rng);
            let name = format!("{given} {family}");
            let key = domain::trays::name_key(&name);
            let setting = rng
                .chance(900)
                .then(|| org.settings[rng.below(org.settings.len() as u64) as usize].clone());
            let looked_after = rng.chance(50);
            // Requests for advice, with real recipients.
            let mut asked = Vec::new();
            for (i, p) in h.advice.iter().enumerate() {
                let id = self.ids.next();
                let (recipient, recipient_kind, recipient_id, holder) = match p.to {
                    AdviceTo::Person => {
                        let c = rng.below(org.contributors.len() as u64) as usize;
                        let (uid, _) = &org.contributors[c];
                        (
                            Recipient::Person(UserId::new(uid.clone())),
                            "person",
                            uid.clone(),
                            Some(uid.clone()),
                        )
                    }
                    AdviceTo::Team(service) => {
                        let t = org.team_of(&mut rng, service);
                        let tid = org.teams[t].0.clone();
                        let member = org.member_of(&mut rng, t).map(|m| m.0.clone());
                        (
                            Recipient::Team(TeamId::new(tid.clone())),
                            "team",
                            tid,
                            member,
                        )
                    }
                };
                let allocated = matches!(p.to, AdviceTo::Team(_))
                    && !matches!(
                        p.state,
                        AdviceState::AwaitingAllocation | AdviceState::Withdrawn
                    );
                let mut request = AdviceRequest::new(
                    AdviceRequestId::new(id.clone()),
                    p.kind,
                    recipient,
                    p.sent_on,
                );
                request.state = p.state;
                request.completed_on = p.completed_on;
                let allocated_to = if allocated { holder.clone() } else { None };
                if let Some(member) = &allocated_to {
                    request.allocated_to.push(UserId::new(member.clone()));
                    allocations.row(&[
                        V::Text(&id),
                        V::Text(member),
                        V::Text(&by),
                        V::Ts(at_time(p.sent_on, &mut rng)),
                    ]);
                }
                let answered_by = if p.state == AdviceState::Submitted {
                    holder.clone()
                } else {
                    None
                };
                let changed = p.completed_on.unwrap_or(p.sent_on);
                advice.row(&[
                    V::Text(&id),
                    V::Text(&case_id),
                    V::Text(match p.kind {
                        RequestKind::Advice => "advice",
                        RequestKind::ReviewViews => "review_views",
                    }),
                    V::Text(recipient_kind),
                    V::Text(&recipient_id),
                    V::Text(p.state.as_str()),
                    V::Text(ADVICE_NOTES[(n as usize + i) % ADVICE_NOTES.len()]),
                    V::Date(p.sent_on),
                    p.completed_on.map_or(V::Null, V::Date),
                    answered_by.map_or(V::Null, V::Owned),
                    V::Text(&by),
                    V::Ts(at_time(p.sent_on, &mut rng)),
                    V::Ts(at_time(changed, &mut rng)),
                    V::Int(1),
                ]);
                asked.push(request);
                counts.advice += 1;
            }
            let next = next_due(&self.statutory, &h.events, &asked, Some(born), self.today);
            if next.as_ref().is_some_and(|(_, due)| *due < self.today) {
                counts.overdue += 1;
            }
            for e in &h.events {
                let event = serde_json::to_string(&e.event).unwrap_or_default();
                let note = match e.event {
                    CaseEvent::DecisionToAssess {
                        decision: AssessDecision::NotToAssess,
                    } => V::Text(
                        "The evidence shows the child's needs can be met from the resources normally available to the school.",
                    ),
                    CaseEvent::DecisionToIssue {
                        decision: IssueDecision::NotToIssue,
                    } => V::Text(
                        "The assessment found that the special educational provision can be made without a plan.",
                    ),
                    _ => V::Null,
                };
                let recorder = if h.allocated() { V::Text(&by) } else { V::Null };
                events.row(&[
                    V::Owned(self.ids.next()),
                    V::Text(&case_id),
                    V::Date(e.on),
                    V::Owned(event),
                    V::Ts(at_time(e.on, &mut rng)),
                    recorder,
                    note,
                ]);
                counts.events += 1;
            }
            let registered = h.events.get(1).map_or(h.received, |e| e.on);
            let year = registered.year();
            let seq = self.refs.entry(year).or_insert(1);
            let case_ref = format!("EHC-{year}-{:06}", *seq);
            *seq += 1;
            let created = at_time(registered, &mut rng);
            let updated = at_time(h.last_day(), &mut rng).min(self.now).max(created);
            let (deadline_id, deadline_on) = next.unzip();
            cases.row(&[
                V::Text(&case_id),
                V::Owned(case_ref),
                V::Text(h.stage.as_str()),
                h.stage_before_closure
                    .map_or(V::Null, |s| V::Text(s.as_str())),
                coordinator.as_deref().map_or(V::Null, V::Text),
                V::Date(born),
                V::Date(h.received),
                deadline_id.map_or(V::Null, V::Owned),
                deadline_on.map_or(V::Null, V::Date),
                V::Ts(created),
                V::Ts(updated),
                V::Int(h.events.len() as i64),
                V::Text(&name),
                V::Text(&key),
                setting.as_deref().map_or(V::Null, V::Text),
                V::Date(deadline_on.unwrap_or(NO_DEADLINE)),
                V::Bool(rng.chance(20)),
                V::Bool(rng.chance(10)),
                V::Bool(rng.chance(30)),
                V::Bool(rng.chance(15)),
                V::Bool(looked_after),
                V::Bool(rng.chance(10)),
                V::Int(i64::from(domain::trays::LISTINGS_VERSION)),
            ]);
            let responsibility = if looked_after {
                "The local authority (shared with the mother)"
            } else {
                *rng.pick(RESPONSIBILITY)
            };
            let language = *rng.pick(LANGUAGES);
            children.row(&[
                V::Text(&case_id),
                V::Text(&given),
                V::Text(&family),
                V::Bool(looked_after),
                V::Text(responsibility),
                V::Text(language),
                setting.as_deref().map_or(V::Null, V::Text),
                V::Ts(created),
                V::Int(1),
            ]);
            // Grants: the family and the school, once a co-ordinator has the case.
            let mut facts = domain::access::CaseFacts::new(h.stage);
            if h.allocated() {
                let granted = V::Ts(created);
                if rng.chance(850) {
                    let uid = self.ids.next();
                    let parent = *rng.pick(ADULT_NAMES);
                    let active = rng.chance(700);
                    users.row(&[
                        V::Text(&uid),
                        V::Owned(format!("parent{n:07}{}@{BENCH_DOMAIN}", self.tag)),
                        V::Owned(format!("{parent} {family}")),
                        V::Text(Role::Family.as_str()),
                        V::Text(if active {
                            UserStatus::Active.as_str()
                        } else {
                            UserStatus::Invited.as_str()
                        }),
                        if active {
                            V::Text(&self.family_hash)
                        } else {
                            V::Null
                        },
                        V::Ts(created),
                        V::Ts(created),
                        V::Int(1),
                    ]);
                    facts.family.push(UserId::new(uid.clone()));
                    access.row(&[
                        V::Text(&case_id),
                        V::Text("family"),
                        V::Text(&uid),
                        V::Text(&by),
                        granted.clone(),
                    ]);
                    counts.families += 1;
                    counts.grants += 1;
                }
                if let Some(setting) = &setting {
                    facts
                        .settings
                        .push(domain::people::SettingId::new(setting.clone()));
                    access.row(&[
                        V::Text(&case_id),
                        V::Text("setting"),
                        V::Text(setting),
                        V::Text(&by),
                        granted.clone(),
                    ]);
                    counts.grants += 1;
                }
                if rng.chance(20) {
                    let c = rng.below(org.contributors.len() as u64) as usize;
                    facts
                        .named_people
                        .push(UserId::new(org.contributors[c].0.clone()));
                    access.row(&[
                        V::Text(&case_id),
                        V::Text("person"),
                        V::Text(&org.contributors[c].0),
                        V::Text(&by),
                        granted,
                    ]);
                    counts.grants += 1;
                }
            }
            // Where the case is listed, as the server would list it.
            facts.requests = asked
                .iter()
                .map(domain::access::RequestFacts::from)
                .collect();
            facts.read_plan_dates(&h.events);
            for listing in domain::trays::listings(&facts) {
                listings.row(&[
                    V::Owned(listing.key),
                    V::Text(&case_id),
                    V::Date(listing.grace_from.unwrap_or(NO_DEADLINE)),
                ]);
            }
            counts.cases += 1;
        }
        let mut statements = users.take();
        for table in [
            &mut cases,
            &mut children,
            &mut events,
            &mut access,
            &mut advice,
            &mut allocations,
            &mut listings,
        ] {
            statements.extend(table.take());
        }
        Block {
            statements,
            cases: count,
            sample,
            counts,
        }
    }
}

// ---------------------------------------------------------------------------
// The command.

fn bench_email(local: &str, tag: &str) -> String {
    format!("{local}{tag}@{BENCH_DOMAIN}")
}

const TEAM_KINDS: &[(&str, ServiceKind)] = &[
    ("Educational Psychology Service", ServiceKind::Education),
    ("Community Paediatrics", ServiceKind::Health),
    ("Speech and Language Therapy", ServiceKind::Health),
    ("Occupational Therapy", ServiceKind::Health),
    ("Children's Physiotherapy", ServiceKind::Health),
    ("CAMHS", ServiceKind::Health),
    ("Disabled Children's Team", ServiceKind::SocialCare),
    ("Children in Care Team", ServiceKind::SocialCare),
    ("Sensory Support Service", ServiceKind::Education),
    ("Autism Outreach", ServiceKind::Other),
];
const AREAS: &[&str] = &["North", "South", "East", "West", "Central", "Coastal"];
const PLACES: &[&str] = &[
    "Riverside",
    "Northgate",
    "Hillcrest",
    "Oakfield",
    "St Mary's",
    "Meadowbank",
    "Ashton",
    "Brookside",
    "Castle View",
    "Elmwood",
    "Fairfield",
    "Greenway",
    "Holy Trinity",
    "Kingsmead",
    "Larkspur",
    "Millbrook",
    "Orchard",
    "Parkside",
    "Queensway",
    "Rosewood",
    "Sandhill",
    "Thornbury",
    "Victoria",
    "Westfield",
    "Willowbrook",
];
const SETTING_KINDS: &[(&str, SettingPhase)] = &[
    ("Primary School", SettingPhase::Primary),
    ("Infant School", SettingPhase::Primary),
    ("Academy", SettingPhase::Secondary),
    ("High School", SettingPhase::Secondary),
    ("Special School", SettingPhase::Special),
    ("Nursery", SettingPhase::EarlyYears),
];

/// Staff, teams and settings in one transaction; returns the ids.
fn seed_org(
    c: &mut DbConnection,
    backend: Backend,
    contributors: usize,
    tag: &str,
    hash: &str,
    now: NaiveDateTime,
    rng: &mut Rng,
) -> Result<Org, PersistenceError> {
    let mut ids = Ids {
        millis: now.and_utc().timestamp_millis() as u64 - 10_000_000,
        rng: Rng::new(rng.next_u64()),
    };
    let mut users = Rows::bulk(BulkTable::Users, Format::Insert(backend), 1000);
    let mut user = |users: &mut Rows, local: String, role: Role, rng: &mut Rng| {
        let id = ids.next();
        let email = bench_email(&local, tag);
        let name = format!("{} {}", rng.pick(ADULT_NAMES), rng.pick(FAMILY_NAMES));
        users.row(&[
            V::Text(&id),
            V::Text(&email),
            V::Owned(name),
            V::Text(role.as_str()),
            V::Text(UserStatus::Active.as_str()),
            V::Text(hash),
            V::Ts(now),
            V::Ts(now),
            V::Int(1),
        ]);
        (id, email)
    };
    let mut org = Org {
        admin: user(&mut users, "admin".into(), Role::Administrator, rng).0,
        ..Org::default()
    };
    for i in 1..=COORDINATORS {
        let u = user(
            &mut users,
            format!("coordinator{i:02}"),
            Role::CaseCoordinator,
            rng,
        );
        org.coordinators.push(u);
    }
    for i in 1..=contributors {
        let u = user(
            &mut users,
            format!("contributor{i:04}"),
            Role::Contributor,
            rng,
        );
        org.contributors.push(u);
    }
    let mut setting_staff = Vec::new();
    for i in 1..=SETTINGS {
        let senco = user(&mut users, format!("senco{i:03}"), Role::Setting, rng);
        let head = user(&mut users, format!("head{i:03}"), Role::Setting, rng);
        setting_staff.push((senco.0, head.0));
    }
    let statements = users.take();
    // Co-ordinators read their warnings in the app: thousands of cases each.
    let quiet = format!(
        "UPDATE users SET email_notifications = {} WHERE role = 'case_coordinator' AND email LIKE '%{tag}@{BENCH_DOMAIN}'",
        if backend == Backend::Postgres {
            "FALSE"
        } else {
            "0"
        }
    );
    let suffix = if tag.is_empty() {
        String::new()
    } else {
        format!(" ({})", tag.trim_start_matches('.'))
    };
    let mut teams = Rows::insert(
        "teams",
        &[
            "id",
            "name",
            "name_key",
            "service",
            "email",
            "created_at",
            "updated_at",
            "version",
        ],
        backend,
    );
    for t in 0..TEAMS {
        let (kind, service) = TEAM_KINDS[t % TEAM_KINDS.len()];
        let name = format!(
            "{kind} \u{2013} {}{suffix}",
            AREAS[t / TEAM_KINDS.len() % AREAS.len()]
        );
        let id = ids.next();
        teams.row(&[
            V::Text(&id),
            V::Text(&name),
            V::Owned(name.to_lowercase()),
            V::Text(service.as_str()),
            V::Owned(bench_email(&format!("team{t:02}"), tag)),
            V::Ts(now),
            V::Ts(now),
            V::Int(1),
        ]);
        org.teams.push((id, service));
    }
    let mut members = Rows::insert(
        "team_members",
        &["team_id", "user_id", "manager", "added_at"],
        backend,
    );
    for (i, (uid, _)) in org.contributors.iter().enumerate() {
        members.row(&[
            V::Text(&org.teams[i % TEAMS].0),
            V::Text(uid),
            V::Bool(i < TEAMS),
            V::Ts(now),
        ]);
    }
    let taken: HashSet<String> = bulk::setting_urns(c)?.into_iter().collect();
    let mut urns = (700_000..1_000_000u32)
        .map(|n| n.to_string())
        .filter(|u| !taken.contains(u));
    let mut settings = Rows::insert(
        "education_settings",
        &[
            "id",
            "name",
            "name_key",
            "urn",
            "phase",
            "created_at",
            "updated_at",
            "version",
        ],
        backend,
    );
    let mut staff = Rows::insert(
        "setting_members",
        &["setting_id", "user_id", "title", "added_at"],
        backend,
    );
    for s in 0..SETTINGS {
        let (kind, phase) = SETTING_KINDS[s % SETTING_KINDS.len()];
        let place = PLACES[s / SETTING_KINDS.len() % PLACES.len()];
        let name = format!("{place} {kind}{suffix}");
        let id = ids.next();
        let urn = urns
            .next()
            .ok_or_else(|| PersistenceError::Database("no free URN left".into()))?;
        settings.row(&[
            V::Text(&id),
            V::Text(&name),
            V::Owned(name.to_lowercase()),
            V::Owned(urn),
            V::Text(phase.as_str()),
            V::Ts(now),
            V::Ts(now),
            V::Int(1),
        ]);
        let (senco, head) = &setting_staff[s];
        staff.row(&[V::Text(&id), V::Text(senco), V::Text("SENCo"), V::Ts(now)]);
        staff.row(&[
            V::Text(&id),
            V::Text(head),
            V::Text("Headteacher"),
            V::Ts(now),
        ]);
        org.settings.push(id);
    }
    for statement in statements
        .iter()
        .chain(std::iter::once(&Statement::Sql(quiet)))
        .chain(&teams.take())
        .chain(&members.take())
        .chain(&settings.take())
        .chain(&staff.take())
    {
        statement.run(c)?;
    }
    Ok(org)
}

fn duration(start: Instant) -> String {
    let s = start.elapsed().as_secs_f64();
    if s < 120.0 {
        format!("{s:.1} s")
    } else {
        format!("{:.0} min {:.0} s", (s / 60.0).floor(), s % 60.0)
    }
}

pub fn run(settings: &Settings, args: &Args) -> anyhow::Result<()> {
    let started = Instant::now();
    super::migrate(settings)?;
    // The seed's own sessions commit without waiting for the disk (PostgreSQL).
    let url = bulk::relaxed_commit_url(&settings.database_url());
    let db = Database::open(&url, &settings.pool_options())?;
    let backend = db.backend();
    let mut conn = db.conn()?;
    let existing = bulk::case_count(&mut conn)?;
    if existing > 0 && !args.force {
        anyhow::bail!(
            "the database already has {existing} cases; seed-bench fills an empty one \
             (pass --force to add to it anyway)"
        );
    }
    // A second bench set in one database gets its own addresses and names.
    let earlier = bulk::accounts_at(&mut conn, BENCH_DOMAIN)?;
    drop(conn);
    let now_utc = Utc::now();
    let now = now_utc.naive_utc();
    let today = crate::state::london_today(now_utc);
    let tag = if earlier > 0 {
        format!(".r{}", now_utc.timestamp())
    } else {
        String::new()
    };
    let contributors = usize::try_from(args.cases / CASES_PER_CONTRIBUTOR)
        .unwrap_or(usize::MAX)
        .max(MIN_CONTRIBUTORS);
    eprintln!(
        "seed-bench: {} cases on {} ({contributors} contributors, {COORDINATORS} co-ordinators, \
         {TEAMS} teams, {SETTINGS} settings)",
        args.cases,
        backend.as_str()
    );
    let hash = crate::passwords::hash(BENCH_PASSWORD).map_err(|e| anyhow::anyhow!(e))?;
    let mut rng = Rng::new(args.seed);
    let org = db.transaction(|c| seed_org(c, backend, contributors, &tag, &hash, now, &mut rng))?;
    let org = Arc::new(org);
    // Case reference numbers carry on from whatever each year already has.
    let mut refs = std::collections::BTreeMap::new();
    {
        let mut conn = db.conn()?;
        for year in (today.year() - 10)..=today.year() {
            let next = persistence::cases::next_case_ref(&mut conn, year)?;
            let n = next.rsplit('-').next().and_then(|n| n.parse::<u64>().ok());
            refs.insert(year, n.unwrap_or(1));
        }
    }
    let mut generator = Generator {
        seed: args.seed,
        total: args.cases,
        format: if backend == Backend::Postgres && !args.no_copy {
            Format::Copy
        } else {
            Format::Insert(backend)
        },
        batch_rows: args.batch_rows,
        today,
        now,
        org: Arc::clone(&org),
        statutory: Statutory {
            rules: domain::rules::RuleBook::send_2014(),
            holidays: domain::calendar::BankHolidays::england_and_wales(),
        },
        tag: tag.clone(),
        family_hash: hash,
        ids: Ids {
            millis: now_utc.timestamp_millis() as u64 - 5_000_000,
            rng: Rng::new(args.seed ^ 0x5EED),
        },
        refs,
    };
    let total = args.cases;
    // Generate on one thread while this one writes (the database has the other core).
    let (tx, rx) = sync_channel::<Block>(3);
    let producer = std::thread::spawn(move || {
        let mut first = 0;
        while first < total {
            let count = CASES_PER_BLOCK.min(total - first);
            if tx.send(generator.block(first, count)).is_err() {
                break;
            }
            first += count;
        }
    });
    let loading = Instant::now();
    let mut written = 0u64;
    let mut shown = 0u64;
    let mut counts = Counts::default();
    let mut sample = Vec::new();
    for block in rx {
        db.transaction(|c| {
            for statement in &block.statements {
                statement.run(c)?;
            }
            Ok(())
        })
        .context("writing a block of cases")?;
        written += block.cases;
        counts.add(block.counts);
        sample.extend(block.sample);
        let pct = written * 100 / total.max(1);
        if pct > shown {
            shown = pct;
            let rate = written as f64 / loading.elapsed().as_secs_f64().max(0.001);
            eprintln!(
                "seed-bench: {pct:3}% {written}/{total} cases, {}, {rate:.0} cases/s",
                duration(loading)
            );
        }
    }
    producer
        .join()
        .map_err(|_| anyhow::anyhow!("the generator thread panicked"))?;
    let load_time = duration(loading);
    if backend == Backend::Postgres {
        // What autovacuum would do soon after a bulk load: statistics for the
        // planner and a visibility map for index-only scans.
        let t = Instant::now();
        let mut conn = db.conn()?;
        bulk::vacuum_analyze(
            &mut conn,
            &[
                "cases",
                "case_children",
                "case_events",
                "case_access",
                "advice_requests",
                "advice_allocations",
                "case_listings",
                "users",
                "teams",
                "team_members",
                "education_settings",
                "setting_members",
            ],
        )?;
        eprintln!("seed-bench: VACUUM ANALYZE {}", duration(t));
    }
    let event = NewAuditEvent::new(AuditActor::System, "bench.seeded", AuditOutcome::Success)
        .detail(format!("{} cases for load tests", counts.cases));
    db.transaction(|c| persistence::audit::append(c, &event, now_utc))?;
    let sweep = if args.no_sweep {
        None
    } else {
        Some(sweep_once(settings, &db, now_utc)?)
    };
    if let Some(path) = &args.ids_out {
        let mut text = String::with_capacity(sample.len() * 37);
        for id in &sample {
            text.push_str(id);
            text.push('\n');
        }
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let coordinator = &org.coordinators[0];
    // A contributor who is not a team manager: "My cases" is their named requests.
    let contributor = &org.contributors[TEAMS.min(org.contributors.len() - 1)];
    println!(
        "Seeded {} cases: {} events, {} requests for advice, {} grants, {} family accounts; \
         {} cases overdue today.",
        counts.cases, counts.events, counts.advice, counts.grants, counts.families, counts.overdue
    );
    println!("BENCH coordinator_email={}", coordinator.1);
    println!("BENCH coordinator_id={}", coordinator.0);
    println!("BENCH contributor_email={}", contributor.1);
    println!("BENCH contributor_id={}", contributor.0);
    println!("BENCH password={BENCH_PASSWORD}");
    if let Some(first) = sample.first() {
        println!("BENCH sample_case_id={first}");
    }
    if let Some(path) = &args.ids_out {
        println!(
            "BENCH case_ids_file={} ({} ids)",
            path.display(),
            sample.len()
        );
    }
    println!("BENCH load_time={load_time}");
    if let Some(sweep) = sweep {
        println!("BENCH sweep_time={sweep}");
    }
    println!("BENCH seed_time={}", duration(started));
    Ok(())
}

/// The deadline sweep and the advice reminders, once: the warnings a running
/// service would already have sent, so the benchmark starts from there.
fn sweep_once(settings: &Settings, db: &Database, now: DateTime<Utc>) -> anyhow::Result<String> {
    let t = Instant::now();
    let statutory = Statutory {
        rules: domain::rules::RuleBook::send_2014(),
        holidays: domain::calendar::BankHolidays::england_and_wales(),
    };
    let la = settings.la_config().map_err(|e| anyhow::anyhow!(e))?;
    let url = settings.public_url();
    let warned = crate::sweep::sweep_case_deadlines(
        db,
        &statutory,
        settings.la.impending_window_days,
        &url,
        now,
    )?;
    let reminded = crate::sweep::sweep_advice_reminders(db, &statutory, &la, &url, now)?;
    eprintln!(
        "seed-bench: deadline sweep queued {warned} warnings and {reminded} advice reminders in {}",
        duration(t)
    );
    Ok(duration(t))
}

/// `ehc-hub bench-session`: a signed-in session for an account seed-bench made,
/// printed as `name=value` for a Cookie header.
pub fn session(settings: &Settings, args: &SessionArgs) -> anyhow::Result<()> {
    let email = Email::parse(&args.email).map_err(|e| anyhow::anyhow!(e))?;
    if !email.as_str().ends_with(&format!("@{BENCH_DOMAIN}")) {
        anyhow::bail!("bench-session signs in only the accounts seed-bench made (@{BENCH_DOMAIN})");
    }
    let db = super::open_database(settings)?;
    let mut conn = db.conn()?;
    let user = persistence::users::find_by_email(&mut conn, &email)
        .with_context(|| format!("no account {}", email.as_str()))?;
    let keys = crate::auth::secrets::Keys::load(&settings.auth.secret_key, &settings.data_dir)?;
    let state = crate::state::AppState::new(
        db.clone(),
        Arc::new(settings.clone()),
        keys,
        crate::state::Clock::System,
    )?;
    let now = state.now();
    let session_id = uuid::Uuid::new_v4().to_string();
    persistence::sign_in::create_session(&mut conn, &session_id, &user.id, now)?;
    let event = NewAuditEvent::new(
        AuditActor::User(user.id.to_string()),
        "session.created",
        AuditOutcome::Success,
    )
    .object("user", user.id.as_str())
    .detail("bench-session (load test)");
    persistence::audit::append(&mut conn, &event, now)?;
    let idle = now + chrono::Duration::minutes(settings.sign_in.idle_timeout_minutes);
    let cookie = crate::auth::session::session_cookie(&state, &user, &session_id, now, idle)
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    println!("{}={}", cookie.name(), cookie.value());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn statutory() -> Statutory {
        Statutory {
            rules: domain::rules::RuleBook::send_2014(),
            holidays: domain::calendar::BankHolidays::england_and_wales(),
        }
    }

    #[test]
    fn the_stage_mix_adds_up_and_is_mostly_assessment_plans_and_reviews() {
        assert_eq!(STAGE_MIX.iter().map(|(_, w)| w).sum::<u64>(), 1000);
        let mut rng = Rng::new(7);
        let n = 50_000;
        let mut main = 0;
        let mut seen = HashSet::new();
        for _ in 0..n {
            let s = pick_stage(&mut rng);
            seen.insert(s);
            if s == CaseStage::Assessment || s == CaseStage::PlanIssued || s.is_review() {
                main += 1;
            }
        }
        // Every stage of a registered case appears.
        assert_eq!(seen.len(), STAGE_MIX.len());
        assert!(main * 100 / n >= 70, "{main} of {n}");
    }

    #[test]
    fn every_history_replays_through_the_domain_to_its_stage() {
        for (stage, _) in STAGE_MIX {
            for i in 0..300 {
                let mut rng = Rng::for_item(1, i);
                let h = history(*stage, today(), &mut rng);
                assert_eq!(
                    replay(&h.events),
                    Ok(*stage),
                    "{stage:?} #{i}: {:?}",
                    h.events
                );
                assert!(
                    h.events.windows(2).all(|w| w[0].on <= w[1].on),
                    "{stage:?} #{i}"
                );
                assert!(h.events.iter().all(|e| e.on <= today()), "{stage:?} #{i}");
                assert!(h.advice.iter().all(|a| a.sent_on <= today()));
                assert!(h.advice.iter().all(|a| {
                    a.completed_on
                        .is_none_or(|d| d >= a.sent_on && d <= today())
                }));
                if *stage == CaseStage::ClosedOutsideProcess {
                    assert!(h.stage_before_closure.is_some());
                    assert!(h.advice.iter().all(|a| !a.state.is_open()));
                }
            }
        }
    }

    #[test]
    fn deadlines_follow_the_stage() {
        let st = statutory();
        let mut overdue = 0;
        let mut live = 0;
        for i in 0..3000 {
            let mut rng = Rng::for_item(3, i);
            let stage = pick_stage(&mut rng);
            let h = history(stage, today(), &mut rng);
            let advice: Vec<AdviceRequest> = h
                .advice
                .iter()
                .enumerate()
                .map(|(n, p)| {
                    let to = match p.to {
                        AdviceTo::Person => Recipient::Person(UserId::new("u")),
                        AdviceTo::Team(_) => Recipient::Team(TeamId::new("t")),
                    };
                    let mut r = AdviceRequest::new(
                        AdviceRequestId::new(n.to_string()),
                        p.kind,
                        to,
                        p.sent_on,
                    );
                    r.state = p.state;
                    r.completed_on = p.completed_on;
                    r
                })
                .collect();
            let next = next_due(&st, &h.events, &advice, None, today());
            match stage {
                CaseStage::Ceased
                | CaseStage::ClosedOutsideProcess
                | CaseStage::NotToAssess
                | CaseStage::NotToIssue => assert_eq!(next, None, "{stage:?}"),
                CaseStage::AwaitingAssessmentDecision => {
                    assert_eq!(next.as_ref().map(|(id, _)| id.as_str()), Some("D1"));
                }
                CaseStage::PlanIssued => {
                    assert_eq!(next.as_ref().map(|(id, _)| id.as_str()), Some("D8"));
                }
                _ => assert!(next.is_some(), "{stage:?}: {:?}", h.events),
            }
            if let Some((_, due)) = next {
                live += 1;
                if due < today() {
                    overdue += 1;
                }
            }
        }
        // Some, not most, live cases are overdue.
        assert!(
            overdue * 100 / live > 5 && overdue * 100 / live < 50,
            "{overdue}/{live}"
        );
    }

    #[test]
    fn names_vary_and_quote_safely() {
        let mut rng = Rng::new(11);
        let names: HashSet<String> = (0..5000)
            .map(|_| {
                let (g, f) = child_name(&mut rng);
                format!("{g} {f}")
            })
            .collect();
        assert!(names.len() > 4000, "{}", names.len());
        let mut out = String::new();
        quoted(&mut out, "O'Brien");
        assert_eq!(out, "'O''Brien'");
    }

    #[test]
    fn rows_become_batched_inserts_or_copy_text() {
        let mut ins = Rows::insert("t", &["a", "b"], Backend::Sqlite);
        ins.batch_rows = 2;
        for i in 0..5 {
            ins.row(&[V::Int(i), V::Bool(i % 2 == 0)]);
        }
        let sql = ins.take();
        assert_eq!(sql.len(), 3);
        assert_eq!(
            sql[0],
            Statement::Sql("INSERT INTO t (a, b) VALUES (0,1),\n(1,0)".into())
        );
        let mut pg = Rows::insert("t", &["d", "s"], Backend::Postgres);
        pg.row(&[V::Date(today()), V::Text("it's")]);
        assert_eq!(
            pg.take(),
            vec![Statement::Sql(
                "INSERT INTO t (d, s) VALUES ('2026-12-01','it''s')".into()
            )]
        );
        let mut copy = Rows::bulk(BulkTable::CaseAccess, Format::Copy, 2);
        let at = today().and_hms_opt(9, 5, 0).unwrap();
        for _ in 0..3 {
            copy.row(&[
                V::Text("c"),
                V::Text("fam\tily"),
                V::Null,
                V::Bool(true),
                V::Ts(at),
            ]);
        }
        let line = "c\tfam\\tily\t\\N\tt\t2026-12-01 09:05:00\n";
        assert_eq!(
            copy.take(),
            vec![Statement::Copy(
                BulkTable::CaseAccess,
                line.repeat(3).into_bytes()
            )]
        );
    }

    #[test]
    fn the_generator_is_deterministic() {
        let a = history(CaseStage::Assessment, today(), &mut Rng::for_item(9, 42));
        let b = history(CaseStage::Assessment, today(), &mut Rng::for_item(9, 42));
        assert_eq!(a.events, b.events);
        assert_eq!(a.advice, b.advice);
    }
}
