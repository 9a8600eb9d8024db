//! What a family member reads at the top of their case: in plain English, where
//! the case is, what happens next, by when and who is doing it - "Your comments
//! on the draft plan are due by 17 March 2027 (in 9 days)" - and, when an
//! exception to a deadline is recorded, that there is one and why.

use chrono::NaiveDate;
use serde::Serialize;

use crate::deadlines::{Deadline, DeadlineStatus};
use crate::lifecycle::CaseStage;
use crate::notifications::{format_date, in_days};
use crate::rules::{DeadlineId, Duty};

/// Who is to do the next thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    /// The family themselves (comments on a draft, mediation, an appeal).
    You,
    /// The local authority (the case co-ordinator).
    LocalAuthority,
    /// The professionals asked for advice.
    Advisers,
    /// The schools or settings asked about a place.
    Settings,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub deadline: DeadlineId,
    pub who: Who,
    /// "You", "Chris Okafor, your case co-ordinator at the local authority"...
    pub who_label: String,
    pub due: NaiveDate,
    pub days_left: i64,
    pub overdue: bool,
    /// "Your comments on the draft plan are due by 17 March 2027 (in 9 days)."
    pub sentence: String,
    /// "There is an exception to this deadline: ...", when one is recorded.
    pub exception: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FamilyView {
    /// Where the case is, in one sentence.
    pub where_now: String,
    /// What happens next, if anything has a date.
    pub next: Option<NextStep>,
}

/// The family's view of a case at `stage` with these deadlines (as the statutory
/// engine computed them for today), and its co-ordinator's name if it has one.
pub fn family_view(
    stage: CaseStage,
    deadlines: &[Deadline<'_>],
    coordinator: Option<&str>,
) -> FamilyView {
    let live = deadlines
        .iter()
        .filter(|d| matches!(d.status, DeadlineStatus::Pending | DeadlineStatus::Overdue));
    // The family's own window first: it is the one thing they must not miss.
    let theirs = live
        .clone()
        .filter(|d| d.duty == Duty::WindowCloses && d.status == DeadlineStatus::Pending)
        .min_by_key(|d| d.due);
    let next = theirs.or_else(|| {
        live.filter(|d| d.duty == Duty::MustAct)
            .min_by_key(|d| d.due)
    });
    FamilyView {
        where_now: where_now(stage).to_owned(),
        next: next.map(|d| next_step(d, coordinator)),
    }
}

fn where_now(stage: CaseStage) -> &'static str {
    match stage {
        CaseStage::RequestDraft => {
            "Your child's school is writing a request for an EHC needs assessment."
        }
        CaseStage::RequestSubmitted => {
            "The local authority has the request for an EHC needs assessment."
        }
        CaseStage::Unallocated => {
            "The request is registered and is waiting for a case co-ordinator."
        }
        CaseStage::AwaitingAssessmentDecision => {
            "The local authority is deciding whether to carry out an EHC needs assessment."
        }
        CaseStage::NotToAssess => {
            "The local authority decided not to carry out an EHC needs assessment. You can ask for mediation or appeal to the tribunal."
        }
        CaseStage::Assessment => {
            "The local authority is gathering advice about your child from the people who know them."
        }
        CaseStage::NotToIssue => {
            "The local authority decided not to issue an EHC plan. You can ask for mediation or appeal to the tribunal."
        }
        CaseStage::DraftPlan => "The local authority is writing the draft EHC plan.",
        CaseStage::Consultation => {
            "The draft EHC plan is with you for your comments, and schools or settings are being asked about a place."
        }
        CaseStage::PlanIssued => "Your child's EHC plan is in place.",
        CaseStage::ReviewArranged => "The annual review of the plan is arranged.",
        CaseStage::ReviewGatheringViews => {
            "The annual review is coming up: views are being gathered from everyone involved."
        }
        CaseStage::ReviewMeetingHeld => "The annual review meeting has taken place.",
        CaseStage::ReviewReportSubmitted => {
            "After the annual review, the local authority is deciding whether to keep, change or end the plan."
        }
        CaseStage::ReviewDecidedAmend => {
            "The local authority decided to change the plan and is preparing the changes."
        }
        CaseStage::AmendmentNotice => {
            "The proposed changes to the plan are with you for your comments."
        }
        CaseStage::Ceased => "The EHC plan has ended.",
        CaseStage::ClosedOutsideProcess => "The case is closed.",
    }
}

fn who_of(d: &Deadline<'_>) -> Who {
    match (d.duty, d.id) {
        (Duty::WindowCloses, _) => Who::You,
        (_, DeadlineId::D2) => Who::Advisers,
        (_, DeadlineId::D6) => Who::Settings,
        _ => Who::LocalAuthority,
    }
}

/// What is to happen, as the subject of "... by <date>".
fn what(d: &Deadline<'_>) -> String {
    match d.id {
        DeadlineId::D1 => "The local authority must tell you whether it will assess".into(),
        DeadlineId::D2 => "Advice from the professionals asked is due".into(),
        DeadlineId::D3 => "The local authority must tell you whether it will issue a plan".into(),
        DeadlineId::D4 => "The draft plan should reach you".into(),
        DeadlineId::D5 => "Your comments on the draft plan are due".into(),
        DeadlineId::D6 => "The schools or settings asked should answer".into(),
        DeadlineId::D7 => "The final plan must be issued".into(),
        DeadlineId::D8 => "The annual review must be completed and its decision sent to you".into(),
        DeadlineId::D13 => "Your comments on the proposed changes are due".into(),
        DeadlineId::D14 => "The final amended plan must be issued".into(),
        _ => format!("{}: due", d.name),
    }
}

fn next_step(d: &Deadline<'_>, coordinator: Option<&str>) -> NextStep {
    let who = who_of(d);
    let who_label = match who {
        Who::You => "You".to_owned(),
        Who::LocalAuthority => match coordinator {
            Some(name) => format!("{name}, your case co-ordinator at the local authority"),
            None => "The local authority".to_owned(),
        },
        Who::Advisers => "The professionals asked for advice".to_owned(),
        Who::Settings => "The schools or settings asked about a place".to_owned(),
    };
    let overdue = d.status == DeadlineStatus::Overdue;
    let due = format_date(d.due);
    let when = in_days(d.days_left);
    let what = what(d);
    let sentence = if overdue {
        format!("{what} by {due}: this is late ({when}).")
    } else {
        format!("{what} by {due} ({when}).")
    };
    NextStep {
        deadline: d.id,
        who,
        who_label,
        due: d.due,
        days_left: d.days_left,
        overdue,
        sentence,
        exception: d.exception.map(|e| {
            format!(
                "There is an exception to this deadline, so it may take longer: {}.",
                e.label().trim_end_matches('.')
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::BankHolidays;
    use crate::deadlines::{CaseHistory, DatedEvent, deadlines};
    use crate::exceptions::{ExceptionCode, RecordedException};
    use crate::lifecycle::{AssessDecision, CaseEvent, IssueDecision};
    use crate::people::UserId;
    use crate::rules::{Clock, RuleBook};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at_consultation() -> Vec<DatedEvent> {
        vec![
            DatedEvent::new(d(2026, 11, 2), CaseEvent::RequestSubmitted),
            DatedEvent::new(
                d(2026, 12, 7),
                CaseEvent::DecisionToAssess {
                    decision: AssessDecision::Assess,
                },
            ),
            DatedEvent::new(
                d(2027, 2, 8),
                CaseEvent::DecisionToIssue {
                    decision: IssueDecision::Issue,
                },
            ),
            DatedEvent::new(d(2027, 3, 3), CaseEvent::DraftPlanServed),
        ]
    }

    fn view(
        stage: CaseStage,
        events: &[DatedEvent],
        exceptions: &[RecordedException],
        today: NaiveDate,
    ) -> FamilyView {
        let rules = RuleBook::send_2014();
        let holidays = BankHolidays::england_and_wales();
        let history = CaseHistory {
            events,
            advice: &[],
            exceptions,
            child_born_on: None,
            phase_transfer: None,
        };
        family_view(
            stage,
            &deadlines(&history, Clock::new(&rules, &holidays), today),
            Some("Chris Okafor"),
        )
    }

    #[test]
    fn with_the_draft_plan_the_family_reads_when_their_comments_are_due() {
        let v = view(
            CaseStage::Consultation,
            &at_consultation(),
            &[],
            d(2027, 3, 8),
        );
        let next = v.next.unwrap();
        assert_eq!(next.who, Who::You);
        assert_eq!(next.deadline, DeadlineId::D5);
        assert_eq!(
            next.sentence,
            "Your comments on the draft plan are due by 17 March 2027 (in 9 days)."
        );
        assert!(v.where_now.contains("draft EHC plan is with you"));
    }

    #[test]
    fn after_their_window_the_next_step_is_the_local_authority_s_and_named() {
        let v = view(
            CaseStage::Consultation,
            &at_consultation(),
            &[],
            d(2027, 3, 20),
        );
        let next = v.next.unwrap();
        assert_eq!(next.deadline, DeadlineId::D7);
        assert_eq!(next.who, Who::LocalAuthority);
        assert_eq!(
            next.who_label,
            "Chris Okafor, your case co-ordinator at the local authority"
        );
        assert!(
            next.sentence
                .starts_with("The final plan must be issued by 22 March 2027")
        );
    }

    #[test]
    fn a_deadline_with_an_exception_says_so_and_why() {
        let events = &at_consultation()[..1];
        let exception = RecordedException {
            code: ExceptionCode::Reg10_4C,
            from: d(2026, 11, 20),
            to: None,
            note: "The family were abroad for a funeral".into(),
            recorded_by: UserId::new("co"),
            advice_request: None,
        };
        let v = view(
            CaseStage::AwaitingAssessmentDecision,
            events,
            std::slice::from_ref(&exception),
            d(2026, 11, 30),
        );
        let next = v.next.unwrap();
        assert_eq!(next.deadline, DeadlineId::D1);
        let said = next.exception.expect("the exception is explained");
        assert!(
            said.starts_with("There is an exception to this deadline"),
            "{said}"
        );
        assert!(
            said.contains(exception.code.label().trim_end_matches('.')),
            "{said}"
        );
    }

    #[test]
    fn a_late_deadline_is_called_late() {
        let events = &at_consultation()[..1];
        let v = view(
            CaseStage::AwaitingAssessmentDecision,
            events,
            &[],
            d(2027, 1, 5),
        );
        let next = v.next.unwrap();
        assert!(next.overdue);
        assert!(next.sentence.contains("this is late"), "{}", next.sentence);
    }

    #[test]
    fn a_closed_case_has_nothing_next() {
        let v = view(CaseStage::ClosedOutsideProcess, &[], &[], d(2027, 1, 5));
        assert_eq!(v.next, None);
        assert_eq!(v.where_now, "The case is closed.");
    }
}
