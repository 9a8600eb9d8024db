//! The statutory clock: one pure function from a case's dated history (plus its
//! exceptions, the rule packs, the bank holidays and today) to its deadlines, each
//! with its statutory last day, days left, status, exception and legal source.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::advice::{AdviceRequest, AdviceRequestId, AdviceState, RequestKind};
use crate::exceptions::{ExceptionCode, RecordedException, applicable_exception};
use crate::lifecycle::{
    AssessDecision, CaseEvent, IssueDecision, ReviewOutcome, TribunalOrderKind,
};
use crate::rules::{Clock, DeadlineId, Duty, Rule, TransferKind, TribunalStep};

/// Something that happened to the case, on the Europe/London civil date it happened
/// (see `calendar::london_date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DatedEvent {
    pub on: NaiveDate,
    pub event: CaseEvent,
}

impl DatedEvent {
    pub fn new(on: NaiveDate, event: CaseEvent) -> Self {
        Self { on, event }
    }
}

/// A coming move between phases of education (D15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PhaseTransfer {
    pub kind: TransferKind,
    pub moves_on: NaiveDate,
    /// The day the amended plan naming the next setting was issued.
    pub next_setting_named_on: Option<NaiveDate>,
}

/// Everything the clock reads about one case. `events` must be in the order they
/// happened (the timeline order); "met" means the first completing event after
/// the anchor event.
#[derive(Debug, Clone, Copy, Default)]
pub struct CaseHistory<'a> {
    pub events: &'a [DatedEvent],
    pub advice: &'a [AdviceRequest],
    pub exceptions: &'a [RecordedException],
    pub child_born_on: Option<NaiveDate>,
    pub phase_transfer: Option<PhaseTransfer>,
}

/// What a deadline counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorEvent {
    RequestReceived,
    AdviceRequested,
    DraftPlanServed,
    ConsultationSent,
    FinalPlanIssued,
    ReviewDecision,
    ReviewMeeting,
    AmendmentNoticeServed,
    PhaseTransfer,
    DecisionToReassess,
    DecisionLetter,
    MediationAdviserContacted,
    MediationHeld,
    TribunalOrder,
}

impl AnchorEvent {
    pub fn label(self) -> &'static str {
        match self {
            AnchorEvent::RequestReceived => "Request received",
            AnchorEvent::AdviceRequested => "Advice requested",
            AnchorEvent::DraftPlanServed => "Draft plan sent to the family",
            AnchorEvent::ConsultationSent => "Setting consulted",
            AnchorEvent::FinalPlanIssued => "Final plan issued",
            AnchorEvent::ReviewDecision => "Previous review decision",
            AnchorEvent::ReviewMeeting => "Review meeting",
            AnchorEvent::AmendmentNoticeServed => "Proposed amendments sent",
            AnchorEvent::PhaseTransfer => "Move to the next phase of education",
            AnchorEvent::DecisionToReassess => "Decision to re-assess",
            AnchorEvent::DecisionLetter => "Decision letter",
            AnchorEvent::MediationAdviserContacted => "Mediation adviser contacted",
            AnchorEvent::MediationHeld => "Mediation held",
            AnchorEvent::TribunalOrder => "Tribunal order",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// Done on `on` (which may be after the due date: see [`Deadline::met_in_time`]).
    Met {
        on: NaiveDate,
    },
    Pending,
    /// A duty not done by its last day.
    Overdue,
    /// A window for the family that closed without them using it; nobody is late.
    WindowClosed,
    /// Overtaken by events: a plan was issued, the pathway ended, the case closed.
    NoLongerApplies,
}

/// One statutory (or advisory) deadline of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline<'a> {
    pub id: DeadlineId,
    pub name: &'a str,
    pub anchor: AnchorEvent,
    pub anchor_on: NaiveDate,
    /// The statutory last day. Never moved by an exception.
    pub due: NaiveDate,
    pub status: DeadlineStatus,
    /// `due - today` in days; negative once overdue.
    pub days_left: i64,
    /// An exception recorded on the case that excuses this deadline.
    pub exception: Option<ExceptionCode>,
    pub source: &'a str,
    pub advisory: bool,
    pub duty: Duty,
    /// For D2: which request for advice.
    pub advice_request: Option<AdviceRequestId>,
}

impl Deadline<'_> {
    /// Still to be done (pending or overdue).
    pub fn is_live(&self) -> bool {
        matches!(
            self.status,
            DeadlineStatus::Pending | DeadlineStatus::Overdue
        )
    }

    /// For a met deadline: done on or before its last day (DfE timeliness counts
    /// these; with exceptions, a late one with `exception` set is also excused).
    pub fn met_in_time(&self) -> Option<bool> {
        match self.status {
            DeadlineStatus::Met { on } => Some(on <= self.due),
            _ => None,
        }
    }
}

/// The deadline to keep in the case's indexed "next deadline" column: the earliest
/// pending or overdue one, leaving out advisory targets (D4, D6, D17), which are
/// not statutory and would otherwise fill the overdue tray.
pub fn next_deadline<'d, 'a>(deadlines: &'d [Deadline<'a>]) -> Option<&'d Deadline<'a>> {
    deadlines
        .iter()
        .filter(|d| d.is_live() && !d.advisory)
        .min_by_key(|d| d.due)
}

/// How a deadline shows in the trays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Overdue,
    /// Due within the LA's window (14 days by default), today included.
    Impending,
    OnTrack,
}

pub fn urgency(due: NaiveDate, today: NaiveDate, window_days: u32) -> Urgency {
    let left = (due - today).num_days();
    if left < 0 {
        Urgency::Overdue
    } else if left <= i64::from(window_days) {
        Urgency::Impending
    } else {
        Urgency::OnTrack
    }
}

/// Flags the trays filter on, derived from the dispute events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DisputeFlags {
    pub mediation_in_progress: bool,
    pub tribunal_in_progress: bool,
}

pub fn dispute_flags(events: &[DatedEvent]) -> DisputeFlags {
    let mut flags = DisputeFlags::default();
    for e in events {
        match e.event {
            CaseEvent::MediationAdviserContacted { wants_mediation } => {
                flags.mediation_in_progress = wants_mediation;
            }
            CaseEvent::MediationCertificateIssued => flags.mediation_in_progress = false,
            CaseEvent::AppealLodged => flags.tribunal_in_progress = true,
            CaseEvent::AppealConcluded => flags.tribunal_in_progress = false,
            _ => {}
        }
    }
    flags
}

#[derive(Debug, Clone, Copy)]
struct ReviewCycle {
    meeting_on: NaiveDate,
    invitations_sent: Option<NaiveDate>,
    advice_circulated: Option<NaiveDate>,
    held_on: Option<NaiveDate>,
    report_on: Option<NaiveDate>,
    decided_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy)]
struct Amendment {
    served_on: NaiveDate,
    representations_on: Option<NaiveDate>,
    done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy)]
struct Dispute {
    letter: Option<NaiveDate>,
    contacted: Option<(NaiveDate, bool)>,
    mediation_held: Option<NaiveDate>,
    certificate: Option<NaiveDate>,
    appeal_lodged: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy)]
struct Order {
    on: NaiveDate,
    kind: TribunalOrderKind,
    assessment_notified: Option<NaiveDate>,
    not_to_issue: Option<NaiveDate>,
    draft: Option<NaiveDate>,
    final_plan: Option<NaiveDate>,
    amended: Option<NaiveDate>,
}

impl Order {
    fn done(&self, step: TribunalStep) -> Option<NaiveDate> {
        match step {
            TribunalStep::NotifyAssessment => self.assessment_notified,
            TribunalStep::DecisionNotToIssue => self.not_to_issue,
            TribunalStep::DraftPlan => self.draft,
            TribunalStep::FinalPlan => self.final_plan,
            TribunalStep::AmendedPlan | TribunalStep::NamedSchoolChanged => self.amended,
        }
    }

    /// Under an order to assess, a final plan and a decision not to issue are
    /// alternatives: once one is done the other no longer applies.
    fn void(&self, step: TribunalStep) -> bool {
        match step {
            TribunalStep::DecisionNotToIssue => self.final_plan.is_some(),
            TribunalStep::FinalPlan => self.not_to_issue.is_some(),
            _ => false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Representations {
    None,
    Draft,
    Amendment,
}

/// The case's history boiled down to the dates the rules need, in one pass.
struct Facts {
    request_received: Option<NaiveDate>,
    assess_decided: Option<NaiveDate>,
    not_to_assess_stands: bool,
    issue_decided: Option<NaiveDate>,
    /// The latest decision whether to issue (a re-assessment can bring another).
    last_issue_decision: Option<NaiveDate>,
    not_to_issue_on: Option<NaiveDate>,
    not_to_issue_stands: bool,
    first_draft: Option<NaiveDate>,
    draft_served: Option<NaiveDate>,
    draft_representations: Option<NaiveDate>,
    representations_for: Representations,
    consultation_sent: Option<NaiveDate>,
    consultation_reply: Option<NaiveDate>,
    first_final: Option<NaiveDate>,
    review_anchor: Option<(AnchorEvent, NaiveDate)>,
    meeting_since_anchor: Option<NaiveDate>,
    cycle: Option<ReviewCycle>,
    amendment: Option<Amendment>,
    reassessment: Option<(NaiveDate, Option<NaiveDate>)>,
    closed: bool,
    ceased: bool,
    last_letter: Option<NaiveDate>,
    dispute: Option<Dispute>,
    orders: Vec<Order>,
}

impl Facts {
    fn read(events: &[DatedEvent]) -> Self {
        let mut f = Facts {
            request_received: None,
            assess_decided: None,
            not_to_assess_stands: false,
            issue_decided: None,
            last_issue_decision: None,
            not_to_issue_on: None,
            not_to_issue_stands: false,
            first_draft: None,
            draft_served: None,
            draft_representations: None,
            representations_for: Representations::None,
            consultation_sent: None,
            consultation_reply: None,
            first_final: None,
            review_anchor: None,
            meeting_since_anchor: None,
            cycle: None,
            amendment: None,
            reassessment: None,
            closed: false,
            ceased: false,
            last_letter: None,
            dispute: None,
            orders: Vec::new(),
        };
        for &DatedEvent { on, event } in events {
            f.apply(on, event);
        }
        f
    }

    fn apply(&mut self, on: NaiveDate, event: CaseEvent) {
        use CaseEvent as E;
        if event.is_appealable_decision() {
            self.last_letter = Some(on);
        }
        match event {
            E::RequestSubmitted | E::RequestRegistered => {
                self.request_received.get_or_insert(on);
            }
            E::CoordinatorAllocated => {}
            E::DecisionToAssess { decision } => {
                match decision {
                    AssessDecision::Assess => {
                        self.assess_decided.get_or_insert(on);
                        self.not_to_assess_stands = false;
                    }
                    AssessDecision::NotToAssess => {
                        self.assess_decided.get_or_insert(on);
                        self.not_to_assess_stands = true;
                    }
                    AssessDecision::Overturned => self.not_to_assess_stands = false,
                }
                if decision != AssessDecision::NotToAssess {
                    for order in &mut self.orders {
                        order.assessment_notified.get_or_insert(on);
                    }
                }
            }
            E::DecisionToIssue { decision } => {
                self.last_issue_decision = Some(on);
                self.decide_issue(on, decision);
            }
            E::DraftPlanServed => {
                self.first_draft.get_or_insert(on);
                self.draft_served = Some(on);
                self.draft_representations = None;
                self.representations_for = Representations::Draft;
                for order in &mut self.orders {
                    order.draft.get_or_insert(on);
                }
            }
            E::ConsultationSent => {
                self.consultation_sent = Some(on);
                self.consultation_reply = None;
            }
            E::ConsultationResponseReceived => {
                if self.consultation_sent.is_some() {
                    self.consultation_reply.get_or_insert(on);
                }
            }
            E::FamilyRepresentationsReceived => match self.representations_for {
                Representations::Draft => {
                    self.draft_representations.get_or_insert(on);
                }
                Representations::Amendment => {
                    if let Some(a) = &mut self.amendment {
                        a.representations_on.get_or_insert(on);
                    }
                }
                Representations::None => {}
            },
            E::FinalPlanIssued => {
                self.first_final.get_or_insert(on);
                self.review_anchor = Some((AnchorEvent::FinalPlanIssued, on));
                self.meeting_since_anchor = None;
                if let Some((_, done)) = &mut self.reassessment {
                    done.get_or_insert(on);
                }
                for order in &mut self.orders {
                    order.final_plan.get_or_insert(on);
                }
            }
            E::ReviewArranged { meeting_on } => {
                self.cycle = Some(ReviewCycle {
                    meeting_on,
                    invitations_sent: None,
                    advice_circulated: None,
                    held_on: None,
                    report_on: None,
                    decided_on: None,
                });
            }
            E::ReviewViewsRequested => {}
            E::ReviewInvitationsSent => {
                if let Some(c) = &mut self.cycle {
                    c.invitations_sent.get_or_insert(on);
                }
            }
            E::ReviewAdviceCirculated => {
                if let Some(c) = &mut self.cycle {
                    c.advice_circulated.get_or_insert(on);
                }
            }
            E::ReviewMeetingHeld => {
                if let Some(c) = &mut self.cycle {
                    c.held_on.get_or_insert(on);
                }
                self.meeting_since_anchor.get_or_insert(on);
            }
            E::ReviewReportSubmitted => {
                if let Some(c) = &mut self.cycle {
                    c.report_on.get_or_insert(on);
                }
            }
            E::ReviewDecision { outcome } => {
                if let Some(c) = &mut self.cycle {
                    c.decided_on.get_or_insert(on);
                }
                // The review decision, not an amended plan, restarts the 12 months.
                self.review_anchor = Some((AnchorEvent::ReviewDecision, on));
                self.meeting_since_anchor = None;
                if outcome == ReviewOutcome::Cease {
                    self.ceased = true;
                }
            }
            E::AmendmentNoticeServed => {
                self.amendment = Some(Amendment {
                    served_on: on,
                    representations_on: None,
                    done_on: None,
                });
                self.representations_for = Representations::Amendment;
            }
            E::AmendedPlanIssued | E::DecidedNotToAmend => {
                if let Some(a) = &mut self.amendment {
                    a.done_on.get_or_insert(on);
                }
                if event == E::AmendedPlanIssued {
                    for order in &mut self.orders {
                        order.amended.get_or_insert(on);
                    }
                }
            }
            E::DecisionToReassess => self.reassessment = Some((on, None)),
            E::PlanCeased => self.ceased = true,
            E::CloseOutsideProcess { .. } => self.closed = true,
            E::Reopen => self.closed = false,
            E::MediationAdviserContacted { .. }
            | E::MediationHeld
            | E::MediationCertificateIssued
            | E::AppealLodged
            | E::AppealConcluded => {
                let letter = self.last_letter;
                let dispute = match &mut self.dispute {
                    Some(d) if d.letter == letter => d,
                    slot => slot.insert(Dispute {
                        letter,
                        contacted: None,
                        mediation_held: None,
                        certificate: None,
                        appeal_lodged: None,
                    }),
                };
                match event {
                    E::MediationAdviserContacted { wants_mediation } => {
                        dispute.contacted.get_or_insert((on, wants_mediation));
                    }
                    E::MediationHeld => {
                        dispute.mediation_held.get_or_insert(on);
                    }
                    E::MediationCertificateIssued => {
                        dispute.certificate.get_or_insert(on);
                    }
                    E::AppealLodged => {
                        dispute.appeal_lodged.get_or_insert(on);
                    }
                    _ => {}
                }
            }
            E::TribunalOrderMade { order } => self.orders.push(Order {
                on,
                kind: order,
                assessment_notified: None,
                not_to_issue: None,
                draft: None,
                final_plan: None,
                amended: None,
            }),
        }
    }

    fn decide_issue(&mut self, on: NaiveDate, decision: IssueDecision) {
        match decision {
            IssueDecision::Issue | IssueDecision::Overturned => {
                self.issue_decided.get_or_insert(on);
                self.not_to_issue_stands = false;
            }
            IssueDecision::NotToIssue => {
                self.issue_decided.get_or_insert(on);
                self.not_to_issue_on.get_or_insert(on);
                self.not_to_issue_stands = true;
                for order in &mut self.orders {
                    order.not_to_issue.get_or_insert(on);
                }
            }
        }
    }
}

/// Builds deadlines against one clock and one day.
struct Emitter<'a, 'h> {
    clock: Clock<'a>,
    exceptions: &'h [RecordedException],
    today: NaiveDate,
    /// The pathway ended (ceased or closed): D1-D19 not yet met no longer apply.
    pathway_over: bool,
    out: Vec<Deadline<'a>>,
}

struct Due {
    anchor: AnchorEvent,
    anchor_on: NaiveDate,
    done: Option<NaiveDate>,
    void: bool,
}

impl<'a> Emitter<'a, '_> {
    fn rule(&self, id: DeadlineId, anchor_on: NaiveDate) -> Option<&'a Rule> {
        self.clock.rules.pack_for(anchor_on).rule(id)
    }

    fn emit_rule(&mut self, id: DeadlineId, due: Due) {
        if let Some(rule) = self.rule(id, due.anchor_on) {
            self.emit(rule, due, None, None);
        }
    }

    fn emit(
        &mut self,
        rule: &'a Rule,
        d: Due,
        certificate: Option<NaiveDate>,
        advice_request: Option<&AdviceRequestId>,
    ) {
        let Some(due) = rule
            .offset
            .appeal_due(d.anchor_on, certificate, self.clock.holidays)
        else {
            return;
        };
        let dispute = matches!(
            rule.id,
            DeadlineId::D23
                | DeadlineId::D24
                | DeadlineId::D25
                | DeadlineId::D26
                | DeadlineId::D27
                | DeadlineId::D28
        );
        let status = match d.done {
            Some(on) => DeadlineStatus::Met { on },
            None if d.void || (self.pathway_over && !dispute) => DeadlineStatus::NoLongerApplies,
            None if self.today > due => match rule.duty {
                Duty::MustAct => DeadlineStatus::Overdue,
                Duty::WindowCloses => DeadlineStatus::WindowClosed,
            },
            None => DeadlineStatus::Pending,
        };
        let exception = if rule.exceptions.is_empty() || self.exceptions.is_empty() {
            None
        } else {
            applicable_exception(
                self.exceptions,
                &rule.exceptions,
                d.anchor_on,
                due,
                advice_request,
            )
        };
        self.out.push(Deadline {
            id: rule.id,
            name: &rule.name,
            anchor: d.anchor,
            anchor_on: d.anchor_on,
            due,
            status,
            days_left: (due - self.today).num_days(),
            exception,
            source: &rule.source,
            advisory: rule.advisory,
            duty: rule.duty,
            advice_request: advice_request.cloned(),
        });
    }
}

/// Every deadline that applies to the case, in a stable order (pathway, advice,
/// reviews, phase transfer, re-assessment, disputes). Each deadline uses the rule
/// pack in force on its own anchor date.
pub fn deadlines<'r>(
    case: &CaseHistory<'_>,
    clock: Clock<'r>,
    today: NaiveDate,
) -> Vec<Deadline<'r>> {
    let f = Facts::read(case.events);
    let mut e = Emitter {
        clock,
        exceptions: case.exceptions,
        today,
        pathway_over: f.closed || f.ceased,
        out: Vec::with_capacity(8 + case.advice.len()),
    };
    use AnchorEvent as A;
    use DeadlineId as D;

    if let Some(received) = f.request_received {
        let at = |done, void| Due {
            anchor: A::RequestReceived,
            anchor_on: received,
            done,
            void,
        };
        let pathway_refused = f.not_to_assess_stands || f.not_to_issue_stands;
        e.emit_rule(D::D1, at(f.assess_decided, false));
        e.emit_rule(
            D::D3,
            at(
                f.not_to_issue_on,
                f.not_to_assess_stands
                    || (f.not_to_issue_on.is_none()
                        && (f.issue_decided.is_some() || f.first_final.is_some())),
            ),
        );
        e.emit_rule(D::D4, at(f.first_draft, pathway_refused));
        e.emit_rule(D::D7, at(f.first_final, pathway_refused));
    }

    for request in case.advice {
        if request.kind != RequestKind::Advice {
            continue;
        }
        let done = match request.state {
            AdviceState::Submitted | AdviceState::Declined => request.completed_on,
            _ => None,
        };
        // Open advice stops mattering once the LA decides whether to issue; an
        // earlier decision (before a re-assessment asked again) does not count.
        let decided_since = f
            .last_issue_decision
            .is_some_and(|decided| decided >= request.sent_on);
        let void = request.state == AdviceState::Withdrawn || decided_since;
        if let Some(rule) = e.rule(D::D2, request.sent_on) {
            e.emit(
                rule,
                Due {
                    anchor: A::AdviceRequested,
                    anchor_on: request.sent_on,
                    done,
                    void,
                },
                None,
                Some(&request.id),
            );
        }
    }

    if let Some(served) = f.draft_served {
        e.emit_rule(
            D::D5,
            Due {
                anchor: A::DraftPlanServed,
                anchor_on: served,
                done: f.draft_representations,
                void: false,
            },
        );
    }
    if let Some(sent) = f.consultation_sent {
        e.emit_rule(
            D::D6,
            Due {
                anchor: A::ConsultationSent,
                anchor_on: sent,
                done: f.consultation_reply,
                void: f.first_final.is_some_and(|issued| issued >= sent),
            },
        );
    }

    if let Some((anchor, anchor_on)) = f.review_anchor {
        e.emit_rule(
            D::D8,
            Due {
                anchor,
                anchor_on,
                done: None,
                void: false,
            },
        );
        let under_five = case.child_born_on.is_some_and(|born| {
            born.checked_add_months(Months::new(60))
                .is_some_and(|fifth| anchor_on < fifth)
        });
        if under_five {
            e.emit_rule(
                D::D17,
                Due {
                    anchor,
                    anchor_on,
                    done: f.meeting_since_anchor,
                    void: false,
                },
            );
        }
    }

    if let Some(c) = f.cycle {
        let before = |done| Due {
            anchor: A::ReviewMeeting,
            anchor_on: c.meeting_on,
            done,
            void: false,
        };
        e.emit_rule(D::D9, before(c.invitations_sent));
        e.emit_rule(D::D10, before(c.advice_circulated));
        let held = c.held_on.unwrap_or(c.meeting_on);
        let after = |done| Due {
            anchor: A::ReviewMeeting,
            anchor_on: held,
            done,
            void: false,
        };
        e.emit_rule(D::D11, after(c.report_on));
        e.emit_rule(D::D12, after(c.decided_on));
    }

    if let Some(a) = f.amendment {
        let at = |done| Due {
            anchor: A::AmendmentNoticeServed,
            anchor_on: a.served_on,
            done,
            void: false,
        };
        e.emit_rule(D::D13, at(a.representations_on));
        e.emit_rule(D::D14, at(a.done_on));
    }

    if let Some(t) = case.phase_transfer
        && let Some(rule) = clock.rules.pack_for(t.moves_on).phase_transfer_rule(t.kind)
    {
        e.emit(
            rule,
            Due {
                anchor: A::PhaseTransfer,
                anchor_on: t.moves_on,
                done: t.next_setting_named_on,
                void: false,
            },
            None,
            None,
        );
    }

    if let Some((decided, done)) = f.reassessment {
        e.emit_rule(
            D::D19,
            Due {
                anchor: A::DecisionToReassess,
                anchor_on: decided,
                done,
                void: false,
            },
        );
    }

    if let Some(d) = f.dispute
        && let Some(letter) = d.letter
    {
        e.emit_rule(
            D::D23,
            Due {
                anchor: A::DecisionLetter,
                anchor_on: letter,
                done: d.contacted.map(|(on, _)| on),
                void: false,
            },
        );
        let certificate_from = match (d.contacted, d.mediation_held) {
            (_, Some(held)) => Some((A::MediationHeld, held)),
            (Some((contacted, false)), None) => Some((A::MediationAdviserContacted, contacted)),
            _ => None,
        };
        if let Some((anchor, anchor_on)) = certificate_from {
            e.emit_rule(
                D::D24,
                Due {
                    anchor,
                    anchor_on,
                    done: d.certificate,
                    void: false,
                },
            );
        }
        if let Some((contacted, true)) = d.contacted {
            e.emit_rule(
                D::D25,
                Due {
                    anchor: A::MediationAdviserContacted,
                    anchor_on: contacted,
                    done: d.mediation_held,
                    void: d
                        .certificate
                        .is_some_and(|c| d.mediation_held.is_none() && c >= contacted),
                },
            );
        }
        if let Some(rule) = e.rule(D::D26, letter) {
            e.emit(
                rule,
                Due {
                    anchor: A::DecisionLetter,
                    anchor_on: letter,
                    done: d.appeal_lodged,
                    void: false,
                },
                d.certificate,
                None,
            );
        }
    }

    for order in &f.orders {
        let pack = clock.rules.pack_for(order.on);
        for rule in pack.tribunal_rules(order.kind) {
            let crate::rules::RuleScope::TribunalOrder { step, .. } = rule.scope else {
                continue;
            };
            e.emit(
                rule,
                Due {
                    anchor: A::TribunalOrder,
                    anchor_on: order.on,
                    done: order.done(step),
                    void: order.void(step),
                },
                None,
                None,
            );
        }
    }

    e.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{AdviceEvent, Recipient};
    use crate::calendar::BankHolidays;
    use crate::lifecycle::{CaseStage, ClosureReason};
    use crate::people::UserId;
    use crate::rules::{RuleBook, RulePack};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// A case told as a story: dated events, advice requests and exceptions.
    #[derive(Default)]
    struct Story {
        events: Vec<DatedEvent>,
        advice: Vec<AdviceRequest>,
        exceptions: Vec<RecordedException>,
        born: Option<NaiveDate>,
        transfer: Option<PhaseTransfer>,
    }

    impl Story {
        fn on(mut self, date: NaiveDate, event: CaseEvent) -> Self {
            self.events.push(DatedEvent::new(date, event));
            self
        }
        fn received(self, date: NaiveDate) -> Self {
            self.on(date, CaseEvent::RequestSubmitted)
        }
        fn assess(self, date: NaiveDate) -> Self {
            self.on(
                date,
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::Assess,
                },
            )
        }
        fn issue(self, date: NaiveDate) -> Self {
            self.on(
                date,
                CaseEvent::DecisionToIssue {
                    decision: IssueDecision::Issue,
                },
            )
        }
        fn advice(mut self, id: &str, sent: NaiveDate, submitted: Option<NaiveDate>) -> Self {
            let mut req = AdviceRequest::new(
                AdviceRequestId::new(id),
                RequestKind::Advice,
                Recipient::Person(UserId::new(format!("{id}-adviser"))),
                sent,
            );
            if let Some(on) = submitted {
                req.apply(&AdviceEvent::Submit, on, CaseStage::Assessment)
                    .unwrap();
            }
            self.advice.push(req);
            self
        }
        fn exception(mut self, e: RecordedException) -> Self {
            self.exceptions.push(e);
            self
        }
        fn run(&self, today: NaiveDate) -> Vec<Deadline<'static>> {
            static RULES: std::sync::OnceLock<(RuleBook, BankHolidays)> =
                std::sync::OnceLock::new();
            let (rules, holidays) =
                RULES.get_or_init(|| (RuleBook::send_2014(), BankHolidays::england_and_wales()));
            let history = CaseHistory {
                events: &self.events,
                advice: &self.advice,
                exceptions: &self.exceptions,
                child_born_on: self.born,
                phase_transfer: self.transfer,
            };
            deadlines(&history, Clock::new(rules, holidays), today)
        }
    }

    fn find<'d, 'a>(list: &'d [Deadline<'a>], id: DeadlineId) -> &'d Deadline<'a> {
        list.iter()
            .find(|dl| dl.id == id)
            .unwrap_or_else(|| panic!("{id} missing from {list:#?}"))
    }

    #[test]
    fn a_request_received_on_1_september_2025_needs_a_decision_by_13_october_and_a_plan_by_19_january()
     {
        let list = Story::default().received(d(2025, 9, 1)).run(d(2025, 9, 2));
        let d1 = find(&list, DeadlineId::D1);
        assert_eq!(d1.due, d(2025, 10, 13));
        assert_eq!(d1.days_left, 41);
        assert_eq!(d1.status, DeadlineStatus::Pending);
        assert_eq!(d1.anchor, AnchorEvent::RequestReceived);
        assert!(d1.source.contains("reg 5"));
        assert_eq!(find(&list, DeadlineId::D3).due, d(2025, 12, 22));
        assert_eq!(find(&list, DeadlineId::D4).due, d(2025, 12, 8));
        assert!(find(&list, DeadlineId::D4).advisory);
        assert_eq!(find(&list, DeadlineId::D7).due, d(2026, 1, 19));
    }

    #[test]
    fn d1_is_met_when_the_decision_is_notified_and_overdue_after_its_last_day() {
        let open = Story::default().received(d(2025, 9, 1));
        let d1 = open.run(d(2025, 10, 13)).remove(0);
        assert_eq!((d1.status, d1.days_left), (DeadlineStatus::Pending, 0));
        let d1 = open.run(d(2025, 10, 15)).remove(0);
        assert_eq!((d1.status, d1.days_left), (DeadlineStatus::Overdue, -2));
        let decided = open.assess(d(2025, 10, 10)).run(d(2025, 10, 15));
        assert_eq!(
            find(&decided, DeadlineId::D1).status,
            DeadlineStatus::Met {
                on: d(2025, 10, 10)
            }
        );
        assert_eq!(find(&decided, DeadlineId::D1).met_in_time(), Some(true));
    }

    #[test]
    fn the_decision_not_to_issue_deadline_no_longer_applies_once_a_plan_is_issued() {
        let list = Story::default()
            .received(d(2025, 9, 1))
            .assess(d(2025, 10, 6))
            .issue(d(2025, 11, 24))
            .on(d(2025, 12, 1), CaseEvent::DraftPlanServed)
            .on(d(2026, 1, 5), CaseEvent::FinalPlanIssued)
            .run(d(2026, 1, 6));
        assert_eq!(
            find(&list, DeadlineId::D3).status,
            DeadlineStatus::NoLongerApplies
        );
        assert_eq!(
            find(&list, DeadlineId::D7).status,
            DeadlineStatus::Met { on: d(2026, 1, 5) }
        );
        assert_eq!(find(&list, DeadlineId::D8).due, d(2027, 1, 5));
    }

    #[test]
    fn not_to_assess_ends_the_new_plan_clocks_until_overturned() {
        let refused = Story::default().received(d(2025, 9, 1)).on(
            d(2025, 10, 1),
            CaseEvent::DecisionToAssess {
                decision: AssessDecision::NotToAssess,
            },
        );
        let list = refused.run(d(2026, 3, 1));
        for id in [DeadlineId::D3, DeadlineId::D4, DeadlineId::D7] {
            assert_eq!(find(&list, id).status, DeadlineStatus::NoLongerApplies);
        }
        let overturned = refused
            .on(
                d(2025, 11, 10),
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::Overturned,
                },
            )
            .run(d(2025, 11, 11));
        assert_eq!(
            find(&overturned, DeadlineId::D7).status,
            DeadlineStatus::Pending
        );
    }

    #[test]
    fn representations_on_a_draft_served_on_3_march_close_on_17_march() {
        let list = Story::default()
            .on(d(2026, 3, 3), CaseEvent::DraftPlanServed)
            .run(d(2026, 3, 18));
        let d5 = find(&list, DeadlineId::D5);
        assert_eq!(d5.due, d(2026, 3, 17));
        // The family's window closed; nobody is overdue.
        assert_eq!(d5.status, DeadlineStatus::WindowClosed);
    }

    #[test]
    fn settings_are_asked_to_answer_a_consultation_within_15_days() {
        let list = Story::default()
            .on(d(2026, 3, 3), CaseEvent::ConsultationSent)
            .run(d(2026, 3, 4));
        let d6 = find(&list, DeadlineId::D6);
        assert_eq!(d6.due, d(2026, 3, 18));
        assert!(d6.advisory);
    }

    #[test]
    fn advice_is_due_six_weeks_after_each_request_and_met_when_submitted() {
        let list = Story::default()
            .received(d(2025, 9, 1))
            .assess(d(2025, 10, 6))
            .advice("salt", d(2025, 10, 7), Some(d(2025, 11, 10)))
            .advice("ed-psych", d(2025, 10, 7), None)
            .run(d(2025, 11, 19));
        let d2: Vec<_> = list.iter().filter(|x| x.id == DeadlineId::D2).collect();
        assert_eq!(d2.len(), 2);
        assert!(d2.iter().all(|x| x.due == d(2025, 11, 18)));
        assert_eq!(
            d2[0].status,
            DeadlineStatus::Met {
                on: d(2025, 11, 10)
            }
        );
        assert_eq!(d2[1].status, DeadlineStatus::Overdue);
        assert_eq!(d2[1].days_left, -1);
    }

    #[test]
    fn a_review_meeting_on_1_november_needs_the_decision_by_29_november() {
        let list = Story::default()
            .on(d(2025, 1, 10), CaseEvent::FinalPlanIssued)
            .on(
                d(2025, 9, 20),
                CaseEvent::ReviewArranged {
                    meeting_on: d(2025, 11, 1),
                },
            )
            .on(d(2025, 10, 1), CaseEvent::ReviewInvitationsSent)
            .on(d(2025, 11, 1), CaseEvent::ReviewMeetingHeld)
            .run(d(2025, 11, 2));
        assert_eq!(find(&list, DeadlineId::D9).due, d(2025, 10, 18));
        assert_eq!(
            find(&list, DeadlineId::D9).status,
            DeadlineStatus::Met { on: d(2025, 10, 1) }
        );
        assert_eq!(find(&list, DeadlineId::D10).due, d(2025, 10, 18));
        assert_eq!(find(&list, DeadlineId::D10).status, DeadlineStatus::Overdue);
        assert_eq!(find(&list, DeadlineId::D11).due, d(2025, 11, 15));
        assert_eq!(find(&list, DeadlineId::D12).due, d(2025, 11, 29));
        assert_eq!(find(&list, DeadlineId::D8).due, d(2026, 1, 10));
    }

    fn amending_review() -> Story {
        Story::default()
            .on(d(2025, 1, 10), CaseEvent::FinalPlanIssued)
            .on(
                d(2025, 9, 20),
                CaseEvent::ReviewArranged {
                    meeting_on: d(2025, 11, 1),
                },
            )
            .on(d(2025, 11, 1), CaseEvent::ReviewMeetingHeld)
            .on(
                d(2025, 11, 20),
                CaseEvent::ReviewDecision {
                    outcome: ReviewOutcome::Amend,
                },
            )
            .on(d(2025, 11, 20), CaseEvent::AmendmentNoticeServed)
    }

    #[test]
    fn the_final_amended_plan_is_due_eight_weeks_after_the_amendment_notice() {
        let list = amending_review().run(d(2025, 11, 21));
        assert_eq!(find(&list, DeadlineId::D13).due, d(2025, 12, 4));
        assert_eq!(find(&list, DeadlineId::D14).due, d(2026, 1, 15));
        assert!(find(&list, DeadlineId::D14).due <= d(2025, 11, 1) + chrono::Days::new(84));
    }

    #[test]
    fn the_twelve_month_clock_restarts_on_the_review_decision_not_on_the_amended_plan() {
        let list = amending_review()
            .on(d(2026, 1, 12), CaseEvent::AmendedPlanIssued)
            .run(d(2026, 1, 13));
        let d8 = find(&list, DeadlineId::D8);
        assert_eq!(d8.anchor, AnchorEvent::ReviewDecision);
        assert_eq!(d8.anchor_on, d(2025, 11, 20));
        assert_eq!(d8.due, d(2026, 11, 20));
        assert_eq!(
            find(&list, DeadlineId::D14).status,
            DeadlineStatus::Met { on: d(2026, 1, 12) }
        );
    }

    #[test]
    fn twelve_months_from_29_february_2028_is_28_february_2029() {
        let list = Story::default()
            .on(d(2028, 2, 29), CaseEvent::FinalPlanIssued)
            .run(d(2028, 3, 1));
        assert_eq!(find(&list, DeadlineId::D8).due, d(2029, 2, 28));
        // Weeks do not care about leap days: request 1 Feb 2028 + 6 weeks = 14 March.
        let list = Story::default().received(d(2028, 2, 1)).run(d(2028, 2, 2));
        assert_eq!(find(&list, DeadlineId::D1).due, d(2028, 3, 14));
        let list = Story::default().received(d(2028, 2, 29)).run(d(2028, 3, 1));
        assert_eq!(find(&list, DeadlineId::D1).due, d(2028, 4, 11));
    }

    #[test]
    fn phase_transfers_have_their_february_march_and_five_month_dates() {
        let mut story = Story::default().on(d(2024, 6, 1), CaseEvent::FinalPlanIssued);
        for (kind, due) in [
            (TransferKind::BetweenSchoolPhases, d(2026, 2, 14)),
            (TransferKind::SecondaryToPost16, d(2026, 3, 30)),
            (TransferKind::Post16ToPost16, d(2026, 4, 1)),
        ] {
            story.transfer = Some(PhaseTransfer {
                kind,
                moves_on: d(2026, 9, 1),
                next_setting_named_on: None,
            });
            let list = story.run(d(2026, 1, 5));
            let d15 = find(&list, DeadlineId::D15);
            assert_eq!(d15.due, due, "{kind:?}");
            assert!(d15.source.contains("reg 18"));
        }
    }

    #[test]
    fn under_fives_get_an_advisory_review_within_six_months() {
        let story = Story {
            born: Some(d(2023, 5, 1)),
            ..Story::default()
        }
        .on(d(2025, 6, 2), CaseEvent::FinalPlanIssued);
        let list = story.run(d(2025, 6, 3));
        let d17 = find(&list, DeadlineId::D17);
        assert_eq!(d17.due, d(2025, 12, 2));
        assert!(d17.advisory);
        let older = Story {
            born: Some(d(2018, 5, 1)),
            ..Story::default()
        }
        .on(d(2025, 6, 2), CaseEvent::FinalPlanIssued);
        assert!(
            older
                .run(d(2025, 6, 3))
                .iter()
                .all(|x| x.id != DeadlineId::D17)
        );
    }

    #[test]
    fn a_re_assessment_needs_its_final_plan_within_14_weeks() {
        let list = Story::default()
            .on(d(2024, 6, 3), CaseEvent::FinalPlanIssued)
            .on(d(2025, 9, 1), CaseEvent::DecisionToReassess)
            .run(d(2025, 9, 2));
        assert_eq!(find(&list, DeadlineId::D19).due, d(2025, 12, 8));
    }

    #[test]
    fn advice_asked_for_in_a_re_assessment_runs_its_own_clock() {
        let list = Story::default()
            .received(d(2024, 1, 8))
            .assess(d(2024, 2, 5))
            .issue(d(2024, 4, 1))
            .on(d(2024, 5, 20), CaseEvent::FinalPlanIssued)
            .on(d(2025, 9, 1), CaseEvent::DecisionToReassess)
            .advice("new-psych", d(2025, 9, 2), None)
            .run(d(2025, 9, 3));
        let d2 = find(&list, DeadlineId::D2);
        assert_eq!(d2.due, d(2025, 10, 14));
        assert_eq!(d2.status, DeadlineStatus::Pending);
    }

    fn exception(code: ExceptionCode, from: NaiveDate, to: Option<NaiveDate>) -> RecordedException {
        RecordedException::new(code, from, to, "evidence", UserId::new("officer"), None).unwrap()
    }

    #[test]
    fn an_exception_marks_the_deadline_but_leaves_its_date_alone() {
        let plain = Story::default().received(d(2025, 9, 1));
        let excused = Story::default()
            .received(d(2025, 9, 1))
            .exception(exception(
                ExceptionCode::Reg10_4C,
                d(2025, 12, 1),
                Some(d(2026, 1, 10)),
            ));
        let today = d(2026, 2, 1);
        let (before, after) = (plain.run(today), excused.run(today));
        assert_eq!(before.len(), after.len());
        for (b, a) in before.iter().zip(&after) {
            assert_eq!(b.due, a.due);
        }
        assert_eq!(
            find(&after, DeadlineId::D7).exception,
            Some(ExceptionCode::Reg10_4C)
        );
        assert_eq!(find(&after, DeadlineId::D7).status, DeadlineStatus::Overdue);
        assert_eq!(
            find(&after, DeadlineId::D3).exception,
            Some(ExceptionCode::Reg10_4C)
        );
        // The circumstances began after D1's last day: D1 is not excused. D4 never is.
        assert_eq!(find(&after, DeadlineId::D1).exception, None);
        assert_eq!(find(&after, DeadlineId::D4).exception, None);
    }

    #[test]
    fn an_advice_exception_excuses_advice_deadlines_only() {
        let list = Story::default()
            .received(d(2025, 9, 1))
            .advice("salt", d(2025, 10, 7), None)
            .exception(exception(ExceptionCode::Reg8_2C, d(2025, 10, 20), None))
            .run(d(2025, 11, 1));
        assert_eq!(
            find(&list, DeadlineId::D2).exception,
            Some(ExceptionCode::Reg8_2C)
        );
        assert_eq!(find(&list, DeadlineId::D7).exception, None);
    }

    #[test]
    fn closing_a_case_retires_its_open_clocks_and_reopening_restores_them() {
        let open = Story::default().received(d(2025, 9, 1));
        let closed = open.on(
            d(2025, 9, 10),
            CaseEvent::CloseOutsideProcess {
                reason: ClosureReason::MovedOutOfArea,
            },
        );
        assert!(
            closed
                .run(d(2025, 9, 11))
                .iter()
                .all(|x| x.status == DeadlineStatus::NoLongerApplies)
        );
        let reopened = closed.on(d(2025, 9, 20), CaseEvent::Reopen);
        assert_eq!(
            find(&reopened.run(d(2025, 9, 21)), DeadlineId::D1).status,
            DeadlineStatus::Pending
        );
    }

    #[test]
    fn the_appeal_deadline_follows_the_mediation_certificate_and_the_holiday_rules() {
        let story = Story::default()
            .received(d(2025, 9, 1))
            .on(
                d(2025, 10, 27),
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::NotToAssess,
                },
            )
            .on(
                d(2025, 11, 3),
                CaseEvent::MediationAdviserContacted {
                    wants_mediation: false,
                },
            );
        let list = story.run(d(2025, 11, 4));
        assert_eq!(
            find(&list, DeadlineId::D23).status,
            DeadlineStatus::Met { on: d(2025, 11, 3) }
        );
        // Certificate within 3 working days of Mon 3 Nov: Thu 6 Nov.
        assert_eq!(find(&list, DeadlineId::D24).due, d(2025, 11, 6));
        // 27 Oct + 2 months = 27 Dec: runs to the first working day after 1 January.
        assert_eq!(find(&list, DeadlineId::D26).due, d(2026, 1, 2));
        let certified = story
            .on(d(2025, 12, 10), CaseEvent::MediationCertificateIssued)
            .run(d(2025, 12, 11));
        // Later of 27 Dec -> 2 Jan and 10 Jan 2026 (Saturday) -> Monday 12 January.
        assert_eq!(find(&certified, DeadlineId::D26).due, d(2026, 1, 12));
        assert_eq!(
            find(&certified, DeadlineId::D24).status,
            DeadlineStatus::Met {
                on: d(2025, 12, 10)
            }
        );
    }

    #[test]
    fn mediation_must_be_held_within_30_days_of_the_family_asking_for_it() {
        let list = Story::default()
            .on(
                d(2026, 5, 1),
                CaseEvent::ReviewDecision {
                    outcome: ReviewOutcome::Cease,
                },
            )
            .on(
                d(2026, 5, 20),
                CaseEvent::MediationAdviserContacted {
                    wants_mediation: true,
                },
            )
            .on(d(2026, 6, 15), CaseEvent::MediationHeld)
            .run(d(2026, 6, 16));
        assert_eq!(
            find(&list, DeadlineId::D25).status,
            DeadlineStatus::Met { on: d(2026, 6, 15) }
        );
        // Certificate within 3 working days of the mediation: Thu 18 June.
        assert_eq!(find(&list, DeadlineId::D24).due, d(2026, 6, 18));
        // Appeal time runs despite the plan having ceased: 1 July 2026 (2 months).
        assert_eq!(find(&list, DeadlineId::D26).due, d(2026, 7, 1));
        assert_eq!(find(&list, DeadlineId::D26).status, DeadlineStatus::Pending);
        assert_eq!(
            dispute_flags(
                &Story::default()
                    .on(
                        d(2026, 5, 20),
                        CaseEvent::MediationAdviserContacted {
                            wants_mediation: true
                        }
                    )
                    .events
            ),
            DisputeFlags {
                mediation_in_progress: true,
                tribunal_in_progress: false
            }
        );
    }

    #[test]
    fn a_tribunal_order_to_make_a_plan_needs_a_draft_in_5_weeks_and_a_final_in_11() {
        let list = Story::default()
            .on(d(2026, 2, 2), CaseEvent::AppealLodged)
            .on(
                d(2026, 6, 1),
                CaseEvent::TribunalOrderMade {
                    order: TribunalOrderKind::ToMakePlan,
                },
            )
            .on(d(2026, 7, 1), CaseEvent::DraftPlanServed)
            .run(d(2026, 7, 2));
        let steps: Vec<_> = list
            .iter()
            .filter(|x| x.anchor == AnchorEvent::TribunalOrder)
            .map(|x| (x.id, x.due, x.status))
            .collect();
        assert_eq!(
            steps,
            vec![
                (
                    DeadlineId::D27,
                    d(2026, 7, 6),
                    DeadlineStatus::Met { on: d(2026, 7, 1) }
                ),
                (DeadlineId::D28, d(2026, 8, 17), DeadlineStatus::Pending),
            ]
        );
    }

    #[test]
    fn reg_44_periods_for_every_kind_of_order() {
        let weeks = |order| {
            let list = Story::default()
                .on(d(2026, 6, 1), CaseEvent::TribunalOrderMade { order })
                .run(d(2026, 6, 1));
            list.iter()
                .map(|x| (x.due - x.anchor_on).num_days() / 7)
                .collect::<Vec<_>>()
        };
        assert_eq!(weeks(TribunalOrderKind::ToAssess), vec![2, 10, 14]);
        assert_eq!(weeks(TribunalOrderKind::ToMakePlan), vec![5, 11]);
        assert_eq!(weeks(TribunalOrderKind::ToAmendPlan), vec![5]);
        assert_eq!(weeks(TribunalOrderKind::ToChangeNamedSchool), vec![2]);
    }

    #[test]
    fn the_next_deadline_is_the_earliest_statutory_one_still_to_do() {
        let list = Story::default()
            .received(d(2025, 9, 1))
            .assess(d(2025, 10, 6))
            .advice("salt", d(2025, 10, 7), None)
            .run(d(2025, 10, 8));
        let next = next_deadline(&list).unwrap();
        assert_eq!((next.id, next.due), (DeadlineId::D2, d(2025, 11, 18)));
        assert!(next_deadline(&[]).is_none());
    }

    #[test]
    fn trays_call_a_deadline_impending_within_the_window_and_overdue_after_it() {
        let due = d(2026, 3, 16);
        assert_eq!(urgency(due, d(2026, 3, 17), 14), Urgency::Overdue);
        assert_eq!(urgency(due, d(2026, 3, 16), 14), Urgency::Impending);
        assert_eq!(urgency(due, d(2026, 3, 2), 14), Urgency::Impending);
        assert_eq!(urgency(due, d(2026, 3, 1), 14), Urgency::OnTrack);
    }

    #[test]
    fn a_reform_pack_applies_to_requests_received_after_it_starts() {
        let mut reform = RulePack::send_2014();
        reform.name = "Reform".into();
        reform.effective_from = d(2027, 1, 1);
        for rule in &mut reform.rules {
            if rule.id == DeadlineId::D1 {
                rule.offset = crate::rules::Offset::Weeks(4);
                rule.source = "Reform Regulations 2027, reg 5".into();
            }
        }
        let rules = RuleBook::new(vec![RulePack::send_2014(), reform]).unwrap();
        let holidays = BankHolidays::england_and_wales();
        let clock = Clock::new(&rules, &holidays);
        let run = |received| {
            let events = [DatedEvent::new(received, CaseEvent::RequestSubmitted)];
            let history = CaseHistory {
                events: &events,
                ..CaseHistory::default()
            };
            let list = deadlines(&history, clock, received);
            (list[0].due - received, list[0].source.to_owned())
        };
        assert_eq!(run(d(2026, 12, 31)).0.num_days(), 42);
        let (offset, source) = run(d(2027, 1, 4));
        assert_eq!(offset.num_days(), 28);
        assert!(source.starts_with("Reform"));
    }
}
