//! Statutory time limits as data: a rule pack per body of law, each with the date
//! it took effect, every offset with its legal source and plain-English name. A
//! reform adds a pack (or loads one from JSON); the engine in `deadlines` stays put.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::BankHolidays;
use crate::exceptions::ExceptionCode;
use crate::lifecycle::TribunalOrderKind;
use crate::people::InvalidValue;

/// The deadlines of statutory-rules.md, numbered as there. D23-D28 are the
/// mediation, appeal and tribunal-order clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeadlineId {
    D1,
    D2,
    D3,
    D4,
    D5,
    D6,
    D7,
    D8,
    D9,
    D10,
    D11,
    D12,
    D13,
    D14,
    D15,
    D17,
    D19,
    D23,
    D24,
    D25,
    D26,
    D27,
    D28,
}

impl DeadlineId {
    pub const ALL: [DeadlineId; 23] = [
        DeadlineId::D1,
        DeadlineId::D2,
        DeadlineId::D3,
        DeadlineId::D4,
        DeadlineId::D5,
        DeadlineId::D6,
        DeadlineId::D7,
        DeadlineId::D8,
        DeadlineId::D9,
        DeadlineId::D10,
        DeadlineId::D11,
        DeadlineId::D12,
        DeadlineId::D13,
        DeadlineId::D14,
        DeadlineId::D15,
        DeadlineId::D17,
        DeadlineId::D19,
        DeadlineId::D23,
        DeadlineId::D24,
        DeadlineId::D25,
        DeadlineId::D26,
        DeadlineId::D27,
        DeadlineId::D28,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineId::D1 => "D1",
            DeadlineId::D2 => "D2",
            DeadlineId::D3 => "D3",
            DeadlineId::D4 => "D4",
            DeadlineId::D5 => "D5",
            DeadlineId::D6 => "D6",
            DeadlineId::D7 => "D7",
            DeadlineId::D8 => "D8",
            DeadlineId::D9 => "D9",
            DeadlineId::D10 => "D10",
            DeadlineId::D11 => "D11",
            DeadlineId::D12 => "D12",
            DeadlineId::D13 => "D13",
            DeadlineId::D14 => "D14",
            DeadlineId::D15 => "D15",
            DeadlineId::D17 => "D17",
            DeadlineId::D19 => "D19",
            DeadlineId::D23 => "D23",
            DeadlineId::D24 => "D24",
            DeadlineId::D25 => "D25",
            DeadlineId::D26 => "D26",
            DeadlineId::D27 => "D27",
            DeadlineId::D28 => "D28",
        }
    }
}

impl fmt::Display for DeadlineId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DeadlineId {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DeadlineId::ALL
            .into_iter()
            .find(|id| id.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new(
                    "deadline",
                    "unknown_deadline",
                    format!("Unknown deadline '{s}'"),
                )
            })
    }
}

/// How a due date follows from its anchor date.
///
/// Counting conventions (statutory-rules.md): "N weeks" is anchor + 7N days;
/// "15 days beginning with the day served" is `Days(14)`; months use chrono's
/// `checked_add_months`, which keeps the day of the month and clamps it to the
/// month's end when that day does not exist: 31 January + 1 month is 28 (or 29)
/// February, and 29 February 2028 + 12 months is 28 February 2029.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "unit", content = "n", rename_all = "snake_case")]
pub enum Offset {
    Days(u32),
    Weeks(u32),
    Months(u32),
    /// The nth working day after the anchor (the anchor day is not counted).
    WorkingDays(u32),
    /// "At least N weeks before" the anchor (a meeting): the last day is anchor - 7N.
    WeeksBefore(u32),
    /// "At least N months before" the anchor (a transfer).
    MonthsBefore(u32),
    /// "Before <day> <month> in the calendar year of" the anchor: the day before it.
    BeforeDayOfYear {
        month: u32,
        day: u32,
    },
    /// Tribunal appeal time: the later of `after_decision` months from the decision
    /// letter and `after_certificate` months from a mediation certificate, then the
    /// Tribunal's rules for time ending at Christmas, in August or on a non-working day.
    AppealWindow {
        after_decision: u32,
        after_certificate: u32,
    },
}

impl Offset {
    /// The last day, or `None` only if the arithmetic leaves chrono's range.
    pub fn due(self, anchor: NaiveDate, holidays: &BankHolidays) -> Option<NaiveDate> {
        match self {
            Offset::Days(n) => anchor.checked_add_days(Days::new(u64::from(n))),
            Offset::Weeks(n) => anchor.checked_add_days(Days::new(7 * u64::from(n))),
            Offset::Months(n) => anchor.checked_add_months(Months::new(n)),
            Offset::WorkingDays(n) => Some(holidays.add_working_days(anchor, n)),
            Offset::WeeksBefore(n) => anchor.checked_sub_days(Days::new(7 * u64::from(n))),
            Offset::MonthsBefore(n) => anchor.checked_sub_months(Months::new(n)),
            Offset::BeforeDayOfYear { month, day } => {
                NaiveDate::from_ymd_opt(anchor.year(), month, day)?.pred_opt()
            }
            Offset::AppealWindow { .. } => self.appeal_due(anchor, None, holidays),
        }
    }

    /// Due date of an [`Offset::AppealWindow`] given the decision letter and any
    /// mediation certificate. Other offsets ignore the certificate.
    pub fn appeal_due(
        self,
        decision_letter: NaiveDate,
        certificate: Option<NaiveDate>,
        holidays: &BankHolidays,
    ) -> Option<NaiveDate> {
        let Offset::AppealWindow {
            after_decision,
            after_certificate,
        } = self
        else {
            return self.due(decision_letter, holidays);
        };
        let from_letter = decision_letter.checked_add_months(Months::new(after_decision))?;
        let from_certificate = match certificate {
            Some(cert) => Some(cert.checked_add_months(Months::new(after_certificate))?),
            None => None,
        };
        let last = from_certificate.map_or(from_letter, |c| c.max(from_letter));
        Some(tribunal_time_ends(last, holidays))
    }

    /// The due date comes before the anchor ("at least 2 weeks before the meeting").
    pub fn is_before_anchor(self) -> bool {
        matches!(
            self,
            Offset::WeeksBefore(_) | Offset::MonthsBefore(_) | Offset::BeforeDayOfYear { .. }
        )
    }
}

/// When time to appeal to the SEND Tribunal really ends: time ending between 25
/// December and 1 January runs to the first working day after 1 January; time
/// ending in August runs to the first working day of September; otherwise time
/// ending on a non-working day runs to the next working day.
pub fn tribunal_time_ends(last: NaiveDate, holidays: &BankHolidays) -> NaiveDate {
    let moved = match (last.month(), last.day()) {
        (12, 25..=31) => NaiveDate::from_ymd_opt(last.year() + 1, 1, 2),
        (1, 1) => NaiveDate::from_ymd_opt(last.year(), 1, 2),
        (8, _) => NaiveDate::from_ymd_opt(last.year(), 9, 1),
        _ => Some(last),
    };
    holidays.on_or_next_working_day(moved.unwrap_or(last))
}

/// Kinds of phase transfer, each with its own date (reg 18).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferKind {
    /// Early years to school, infant to junior, primary to secondary...
    BetweenSchoolPhases,
    /// Secondary school to a post-16 institution.
    SecondaryToPost16,
    /// One post-16 institution to another.
    Post16ToPost16,
}

/// One step a tribunal order requires (reg 44).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TribunalStep {
    NotifyAssessment,
    DecisionNotToIssue,
    DraftPlan,
    FinalPlan,
    AmendedPlan,
    NamedSchoolChanged,
}

/// When a rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum RuleScope {
    Always,
    PhaseTransfer {
        kind: TransferKind,
    },
    TribunalOrder {
        order: TribunalOrderKind,
        step: TribunalStep,
    },
}

/// Who must act by the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Duty {
    /// The LA, an adviser or a setting must act by the date; late means overdue.
    MustAct,
    /// A window for the family (comments, mediation, appeal) that simply closes.
    WindowCloses,
}

/// One time limit with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: DeadlineId,
    /// Plain-English name for screens.
    pub name: String,
    /// Legal source, e.g. "SEND Regulations 2014, reg 5(1)".
    pub source: String,
    pub offset: Offset,
    pub duty: Duty,
    /// A target rather than a statutory duty (D4, D6, D17).
    pub advisory: bool,
    /// Exception codes that may be recorded against this deadline.
    pub exceptions: Vec<ExceptionCode>,
    pub scope: RuleScope,
}

/// The rules of one body of law, in force from `effective_from`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulePack {
    pub name: String,
    pub effective_from: NaiveDate,
    pub rules: Vec<Rule>,
}

impl RulePack {
    /// The rule that applies whatever the circumstances.
    pub fn rule(&self, id: DeadlineId) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.id == id && r.scope == RuleScope::Always)
    }

    pub fn phase_transfer_rule(&self, kind: TransferKind) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.scope == RuleScope::PhaseTransfer { kind })
    }

    pub fn tribunal_rules(&self, order: TribunalOrderKind) -> impl Iterator<Item = &Rule> {
        self.rules.iter().filter(
            move |r| matches!(r.scope, RuleScope::TribunalOrder { order: o, .. } if o == order),
        )
    }

    /// The Children and Families Act 2014 Part 3 and the SEND Regulations 2014,
    /// in force from 1 September 2014.
    pub fn send_2014() -> Self {
        fn exceptions_for(id: DeadlineId) -> Vec<ExceptionCode> {
            ExceptionCode::ALL
                .into_iter()
                .filter(|c| c.send_2014_deadlines().contains(&id))
                .collect()
        }
        let rule = |id: DeadlineId, name: &str, source: &str, offset: Offset| Rule {
            id,
            name: name.to_owned(),
            source: source.to_owned(),
            offset,
            duty: Duty::MustAct,
            advisory: false,
            exceptions: exceptions_for(id),
            scope: RuleScope::Always,
        };
        let advisory = |r: Rule| Rule {
            advisory: true,
            ..r
        };
        let window = |r: Rule| Rule {
            duty: Duty::WindowCloses,
            ..r
        };
        let scoped = |r: Rule, scope: RuleScope| Rule { scope, ..r };
        let tribunal = |id, order, step, name: &str, weeks| {
            scoped(
                rule(
                    id,
                    name,
                    "SEND Regulations 2014, reg 44(2)",
                    Offset::Weeks(weeks),
                ),
                RuleScope::TribunalOrder { order, step },
            )
        };
        let transfer = |kind, name: &str, source: &str, offset| {
            scoped(
                rule(DeadlineId::D15, name, source, offset),
                RuleScope::PhaseTransfer { kind },
            )
        };
        use DeadlineId as D;
        use TribunalOrderKind as O;
        use TribunalStep as T;
        let rules = vec![
            rule(
                D::D1,
                "Decision whether to assess, told to the family",
                "SEND Regulations 2014, reg 5(1); exceptions reg 5(4)",
                Offset::Weeks(6),
            ),
            rule(
                D::D2,
                "Advice and information from an adviser",
                "SEND Regulations 2014, reg 8(1); exceptions reg 8(2)",
                Offset::Weeks(6),
            ),
            rule(
                D::D3,
                "Decision not to issue a plan, told to the family",
                "SEND Regulations 2014, reg 10(1); exceptions reg 10(4)",
                Offset::Weeks(16),
            ),
            advisory(rule(
                D::D4,
                "Draft plan sent to the family (target)",
                "EHC Hub practice: leaves time for comments and consultation within 20 weeks",
                Offset::Weeks(14),
            )),
            window(rule(
                D::D5,
                "Family's comments on the draft plan close",
                "SEND Regulations 2014, reg 13(1)(a)",
                Offset::Days(14),
            )),
            advisory(rule(
                D::D6,
                "Setting's reply to the consultation (target)",
                "Children and Families Act 2014, s.39-40; SEND Code of Practice 9.79-9.83",
                Offset::Days(15),
            )),
            rule(
                D::D7,
                "Final plan issued",
                "SEND Regulations 2014, reg 13(2); exceptions reg 13(3) and 10(4)",
                Offset::Weeks(20),
            ),
            rule(
                D::D8,
                "Annual review completed and decision told to the family",
                "Children and Families Act 2014, s.44(1)",
                Offset::Months(12),
            ),
            rule(
                D::D9,
                "Review meeting invitations sent",
                "SEND Regulations 2014, reg 20(3) and 21(3)",
                Offset::WeeksBefore(2),
            ),
            rule(
                D::D10,
                "Advice and views sent to everyone invited",
                "SEND Regulations 2014, reg 20(4)",
                Offset::WeeksBefore(2),
            ),
            rule(
                D::D11,
                "Review report sent to the LA and everyone invited",
                "SEND Regulations 2014, reg 20(7)",
                Offset::Weeks(2),
            ),
            rule(
                D::D12,
                "Decision to maintain, amend or cease the plan, told to the family",
                "SEND Regulations 2014, reg 20(10); L v Devon CC [2022] EWHC 493 (Admin)",
                Offset::Weeks(4),
            ),
            window(rule(
                D::D13,
                "Family's comments on the proposed amendments close",
                "SEND Regulations 2014, reg 22(2)(c)",
                Offset::Days(14),
            )),
            rule(
                D::D14,
                "Final amended plan, or notice not to amend",
                "SEND Regulations 2014, reg 22(3) and 22(4)",
                Offset::Weeks(8),
            ),
            transfer(
                TransferKind::BetweenSchoolPhases,
                "Plan reviewed and amended to name the next school (before 15 February)",
                "SEND Regulations 2014, reg 18(1)(a)",
                Offset::BeforeDayOfYear { month: 2, day: 15 },
            ),
            transfer(
                TransferKind::SecondaryToPost16,
                "Plan reviewed and amended to name the post-16 setting (before 31 March)",
                "SEND Regulations 2014, reg 18(1)(b)",
                Offset::BeforeDayOfYear { month: 3, day: 31 },
            ),
            transfer(
                TransferKind::Post16ToPost16,
                "Plan reviewed and amended to name the next post-16 setting (5 months before)",
                "SEND Regulations 2014, reg 18(2)",
                Offset::MonthsBefore(5),
            ),
            advisory(rule(
                D::D17,
                "Early years review, every 3 to 6 months for under-5s (target)",
                "SEND Code of Practice 0-25 (2015), 9.178",
                Offset::Months(6),
            )),
            rule(
                D::D19,
                "Final plan after a re-assessment",
                "SEND Regulations 2014, reg 27(3)",
                Offset::Weeks(14),
            ),
            window(rule(
                D::D23,
                "Family contacts the mediation adviser",
                "SEND Regulations 2014, reg 33",
                Offset::Months(2),
            )),
            rule(
                D::D24,
                "Mediation certificate issued",
                "SEND Regulations 2014, reg 34(1) and 39(1)",
                Offset::WorkingDays(3),
            ),
            rule(
                D::D25,
                "Mediation held",
                "SEND Regulations 2014, Part 2 (mediation): within 30 days of the LA being told",
                Offset::Days(30),
            ),
            window(rule(
                D::D26,
                "Last day to appeal to the SEND Tribunal",
                "Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008, r.20 and r.12",
                Offset::AppealWindow {
                    after_decision: 2,
                    after_certificate: 1,
                },
            )),
            tribunal(
                D::D27,
                O::ToAssess,
                T::NotifyAssessment,
                "Tribunal order: tell the family the LA will assess",
                2,
            ),
            tribunal(
                D::D28,
                O::ToAssess,
                T::DecisionNotToIssue,
                "Tribunal order: decision not to issue a plan after the assessment",
                10,
            ),
            tribunal(
                D::D28,
                O::ToAssess,
                T::FinalPlan,
                "Tribunal order: final plan after the assessment",
                14,
            ),
            tribunal(
                D::D27,
                O::ToMakePlan,
                T::DraftPlan,
                "Tribunal order: draft plan issued",
                5,
            ),
            tribunal(
                D::D28,
                O::ToMakePlan,
                T::FinalPlan,
                "Tribunal order: final plan issued",
                11,
            ),
            tribunal(
                D::D27,
                O::ToAmendPlan,
                T::AmendedPlan,
                "Tribunal order: amended plan issued",
                5,
            ),
            tribunal(
                D::D27,
                O::ToChangeNamedSchool,
                T::NamedSchoolChanged,
                "Tribunal order: plan amended to name the new school",
                2,
            ),
        ];
        RulePack {
            name: "SEND Regulations 2014".to_owned(),
            effective_from: NaiveDate::from_ymd_opt(2014, 9, 1).unwrap_or_default(),
            rules,
        }
    }
}

/// Every pack the LA knows, so the one in force on any date can be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleBook {
    /// Sorted by `effective_from`, never empty.
    packs: Vec<RulePack>,
}

impl RuleBook {
    /// Packs with distinct start dates, at least one.
    pub fn new(mut packs: Vec<RulePack>) -> Result<Self, InvalidValue> {
        if packs.is_empty() {
            return Err(InvalidValue::new(
                "rule_packs",
                "required",
                "At least one rule pack is needed",
            ));
        }
        packs.sort_by_key(|p| p.effective_from);
        if packs
            .windows(2)
            .any(|w| w[0].effective_from == w[1].effective_from)
        {
            return Err(InvalidValue::new(
                "rule_packs",
                "duplicate_start",
                "Two rule packs start on the same day",
            ));
        }
        Ok(Self { packs })
    }

    /// The 2014 law alone.
    pub fn send_2014() -> Self {
        Self {
            packs: vec![RulePack::send_2014()],
        }
    }

    /// The pack in force on `date`: the latest to start on or before it. Dates
    /// before every pack use the earliest (cases that old were statements, not
    /// plans, and are migrated onto the 2014 rules).
    pub fn pack_for(&self, date: NaiveDate) -> &RulePack {
        let later = self.packs.partition_point(|p| p.effective_from <= date);
        &self.packs[later.saturating_sub(1)]
    }

    pub fn packs(&self) -> &[RulePack] {
        &self.packs
    }
}

impl Default for RuleBook {
    fn default() -> Self {
        Self::send_2014()
    }
}

/// What every date computation needs: the rule packs and the bank holidays.
/// Both are built once (at start-up or when an administrator edits them) and lent.
#[derive(Debug, Clone, Copy)]
pub struct Clock<'r> {
    pub rules: &'r RuleBook,
    pub holidays: &'r BankHolidays,
}

impl<'r> Clock<'r> {
    pub fn new(rules: &'r RuleBook, holidays: &'r BankHolidays) -> Self {
        Self { rules, holidays }
    }

    /// The last day of rule `id` counted from `anchor`, by the rules in force
    /// on that day; `None` if no rule applies or the date leaves chrono's range.
    pub fn due(&self, id: DeadlineId, anchor: NaiveDate) -> Option<NaiveDate> {
        self.rules
            .pack_for(anchor)
            .rule(id)?
            .offset
            .due(anchor, self.holidays)
    }
}

/// What each LA sets for itself (administration screens).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaConfig {
    /// How long contributors keep access after a plan is issued.
    pub grace_period_days: u32,
    /// When advisers are reminded, counted from the day the request was sent (D2r).
    pub reminder_offset_days: u32,
    /// Deadlines due within this many days show as "impending" in trays.
    pub impending_window_days: u32,
}

impl Default for LaConfig {
    fn default() -> Self {
        Self {
            grace_period_days: 60,
            reminder_offset_days: 28,
            impending_window_days: 14,
        }
    }
}

impl LaConfig {
    /// Checked values from the administrator's form.
    pub fn new(
        grace_period_days: u32,
        reminder_offset_days: u32,
        impending_window_days: u32,
    ) -> Result<Self, InvalidValue> {
        if grace_period_days > 366 {
            return Err(InvalidValue::new(
                "grace_period_days",
                "out_of_range",
                "The grace period must be between 0 and 366 days",
            ));
        }
        if !(1..=41).contains(&reminder_offset_days) {
            return Err(InvalidValue::new(
                "reminder_offset_days",
                "out_of_range",
                "Reminders must go between 1 and 41 days after the request, before advice is due",
            ));
        }
        if !(1..=90).contains(&impending_window_days) {
            return Err(InvalidValue::new(
                "impending_window_days",
                "out_of_range",
                "The impending window must be between 1 and 90 days",
            ));
        }
        Ok(Self {
            grace_period_days,
            reminder_offset_days,
            impending_window_days,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_rule_of_the_2014_pack_names_its_legal_source() {
        let pack = RulePack::send_2014();
        for rule in &pack.rules {
            assert!(!rule.name.is_empty());
            assert!(
                rule.source.contains("2014")
                    || rule.source.contains("2008")
                    || rule.source.contains("Code of Practice")
                    || rule.source.contains("practice"),
                "{}: {}",
                rule.id,
                rule.source
            );
        }
        for id in DeadlineId::ALL {
            let present = pack.rules.iter().any(|r| r.id == id);
            assert!(present, "{id} missing from the 2014 pack");
        }
    }

    #[test]
    fn months_clamp_to_the_end_of_a_short_month() {
        let hols = BankHolidays::from_dates([]);
        assert_eq!(
            Offset::Months(1).due(d(2026, 1, 31), &hols),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            Offset::Months(1).due(d(2028, 1, 31), &hols),
            Some(d(2028, 2, 29))
        );
        assert_eq!(
            Offset::Months(12).due(d(2028, 2, 29), &hols),
            Some(d(2029, 2, 28))
        );
    }

    #[test]
    fn phase_transfer_dates_are_the_last_day_before_the_statutory_day() {
        let hols = BankHolidays::from_dates([]);
        let pack = RulePack::send_2014();
        let due = |kind, moves_on| {
            pack.phase_transfer_rule(kind)
                .unwrap()
                .offset
                .due(moves_on, &hols)
        };
        assert_eq!(
            due(TransferKind::BetweenSchoolPhases, d(2027, 9, 1)),
            Some(d(2027, 2, 14))
        );
        assert_eq!(
            due(TransferKind::SecondaryToPost16, d(2027, 9, 1)),
            Some(d(2027, 3, 30))
        );
        assert_eq!(
            due(TransferKind::Post16ToPost16, d(2027, 9, 1)),
            Some(d(2027, 4, 1))
        );
        // Month-end clamping: 5 months before 31 July 2028 is 29 February (leap year).
        assert_eq!(
            due(TransferKind::Post16ToPost16, d(2028, 7, 31)),
            Some(d(2028, 2, 29))
        );
    }

    #[test]
    fn appeal_time_is_the_later_of_two_months_from_the_letter_or_one_from_the_certificate() {
        let hols = BankHolidays::england_and_wales();
        let window = Offset::AppealWindow {
            after_decision: 2,
            after_certificate: 1,
        };
        // Letter 10 March 2026 -> 10 May 2026 is a Sunday -> Monday 11 May.
        assert_eq!(
            window.appeal_due(d(2026, 3, 10), None, &hols),
            Some(d(2026, 5, 11))
        );
        // Certificate 1 May -> 1 June (Monday) is later than 11 May.
        assert_eq!(
            window.appeal_due(d(2026, 3, 10), Some(d(2026, 5, 1)), &hols),
            Some(d(2026, 6, 1))
        );
        // Certificate early: the letter's two months still stand.
        assert_eq!(
            window.appeal_due(d(2026, 3, 10), Some(d(2026, 3, 20)), &hols),
            Some(d(2026, 5, 11))
        );
    }

    #[test]
    fn appeal_time_ending_at_christmas_or_in_august_runs_on() {
        let hols = BankHolidays::england_and_wales();
        let window = Offset::AppealWindow {
            after_decision: 2,
            after_certificate: 1,
        };
        // 27 Oct 2026 + 2 months = 27 Dec -> first working day after 1 Jan: Mon 4 Jan 2027
        // (Sat 2, Sun 3).
        assert_eq!(
            window.appeal_due(d(2026, 10, 27), None, &hols),
            Some(d(2027, 1, 4))
        );
        // 1 Nov 2025 + 2 months = 1 Jan 2026 -> Friday 2 January 2026.
        assert_eq!(
            window.appeal_due(d(2025, 11, 1), None, &hols),
            Some(d(2026, 1, 2))
        );
        // 15 June 2026 + 2 months = 15 Aug -> first working day of September: Tue 1 Sep.
        assert_eq!(
            window.appeal_due(d(2026, 6, 15), None, &hols),
            Some(d(2026, 9, 1))
        );
        // 2029: 1 September is a Saturday -> Monday 3 September.
        assert_eq!(
            window.appeal_due(d(2029, 6, 20), None, &hols),
            Some(d(2029, 9, 3))
        );
        // 24 Dec is not in the Christmas rule: 24 Oct 2026 + 2 months = Thu 24 Dec.
        assert_eq!(
            window.appeal_due(d(2026, 10, 24), None, &hols),
            Some(d(2026, 12, 24))
        );
    }

    #[test]
    fn the_pack_in_force_on_the_anchor_date_is_chosen() {
        let mut reform = RulePack::send_2014();
        reform.name = "Reformed rules".to_owned();
        reform.effective_from = d(2027, 9, 1);
        for rule in &mut reform.rules {
            if rule.id == DeadlineId::D7 {
                rule.offset = Offset::Weeks(18);
            }
        }
        let book = RuleBook::new(vec![reform, RulePack::send_2014()]).unwrap();
        assert_eq!(book.pack_for(d(2027, 8, 31)).name, "SEND Regulations 2014");
        assert_eq!(book.pack_for(d(2027, 9, 1)).name, "Reformed rules");
        assert_eq!(book.pack_for(d(2010, 1, 1)).name, "SEND Regulations 2014");
        assert_eq!(
            book.pack_for(d(2028, 1, 1))
                .rule(DeadlineId::D7)
                .unwrap()
                .offset,
            Offset::Weeks(18)
        );
        assert!(RuleBook::new(vec![]).is_err());
        assert!(RuleBook::new(vec![RulePack::send_2014(), RulePack::send_2014()]).is_err());
    }

    #[test]
    fn a_pack_round_trips_through_json_so_a_reform_needs_no_code() {
        let pack = RulePack::send_2014();
        let json = serde_json::to_string(&pack).unwrap();
        let back: RulePack = serde_json::from_str(&json).unwrap();
        assert_eq!(back, pack);
    }

    #[test]
    fn la_configuration_has_the_documented_defaults_and_limits() {
        let config = LaConfig::default();
        assert_eq!(config.grace_period_days, 60);
        assert_eq!(config.reminder_offset_days, 28);
        assert_eq!(config.impending_window_days, 14);
        assert!(LaConfig::new(30, 28, 14).is_ok());
        assert!(LaConfig::new(400, 28, 14).is_err());
        assert!(LaConfig::new(60, 42, 14).is_err());
        assert!(LaConfig::new(60, 28, 0).is_err());
    }
}
