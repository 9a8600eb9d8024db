//! What the editor shows beside a draft: the golden-thread completeness panel
//! and the section F lint (provision that is not specific and quantified), and
//! the rules for naming a placement and issuing the final plan.

use serde::Serialize;
use thiserror::Error;

use super::content::{PlanContent, PlanProvision, SectionId};
use crate::lifecycle::{CaseEvent, CaseStage};

/// A gap in the golden thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Gap {
    /// A need with no provision reaching it (through an outcome that addresses it).
    NeedWithoutProvision { section: SectionId, need_id: String },
    /// An outcome no provision serves.
    OutcomeWithoutProvision { outcome_id: String },
    /// An outcome that addresses no need.
    OutcomeWithoutNeed { outcome_id: String },
    /// Provision that serves no outcome.
    ProvisionWithoutOutcome {
        section: SectionId,
        provision_id: String,
    },
}

impl Gap {
    pub fn message(&self) -> String {
        match self {
            // Ids are shown as the plan prints them: "B1", "E2", "F3".
            Gap::NeedWithoutProvision { section, need_id } => format!(
                "Need {} in {} has no provision: link an outcome to it and provision to that outcome",
                need_id.to_uppercase(),
                section.title()
            ),
            Gap::OutcomeWithoutProvision { outcome_id } => format!(
                "Outcome {} has no provision to help reach it",
                outcome_id.to_uppercase()
            ),
            Gap::OutcomeWithoutNeed { outcome_id } => format!(
                "Outcome {} does not say which need it addresses",
                outcome_id.to_uppercase()
            ),
            Gap::ProvisionWithoutOutcome {
                section,
                provision_id,
            } => format!(
                "Provision {} in {} does not say which outcome it serves",
                provision_id.to_uppercase(),
                section.title()
            ),
        }
    }
}

/// The golden thread's gaps, in section order.
pub fn completeness(plan: &PlanContent) -> Vec<Gap> {
    let served: std::collections::HashSet<&str> = plan
        .provisions()
        .flat_map(|(_, p)| p.outcome_ids.iter().map(String::as_str))
        .collect();
    let mut gaps = Vec::new();
    for (section, need) in plan.needs() {
        let reached = plan
            .outcomes
            .iter()
            .any(|o| o.need_ids.iter().any(|n| n == &need.id) && served.contains(o.id.as_str()));
        if !reached {
            gaps.push(Gap::NeedWithoutProvision {
                section,
                need_id: need.id.clone(),
            });
        }
    }
    for outcome in &plan.outcomes {
        if outcome.need_ids.is_empty() {
            gaps.push(Gap::OutcomeWithoutNeed {
                outcome_id: outcome.id.clone(),
            });
        }
        if !served.contains(outcome.id.as_str()) {
            gaps.push(Gap::OutcomeWithoutProvision {
                outcome_id: outcome.id.clone(),
            });
        }
    }
    for (section, provision) in plan.provisions() {
        if provision.outcome_ids.is_empty() {
            gaps.push(Gap::ProvisionWithoutOutcome {
                section,
                provision_id: provision.id.clone(),
            });
        }
    }
    gaps
}

/// Words that make provision unenforceable: it must say what, who, how often
/// and for how long. Matched case-insensitively as whole words.
pub const VAGUE_PHRASES: [&str; 12] = [
    "access to",
    "as required",
    "opportunities for",
    "opportunity to",
    "support as needed",
    "as needed",
    "as appropriate",
    "where possible",
    "if needed",
    "regular",
    "may",
    "up to",
];

/// Why a provision is flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProvisionFlag {
    MissingWhat,
    MissingWho,
    MissingHowOften,
    MissingHowLong,
    /// A vague phrase, as it was found.
    Vague {
        phrase: String,
    },
}

impl ProvisionFlag {
    pub fn reason(&self) -> String {
        match self {
            ProvisionFlag::MissingWhat => "Say what the provision is".into(),
            ProvisionFlag::MissingWho => {
                "Say who provides it (their role and qualification)".into()
            }
            ProvisionFlag::MissingHowOften => {
                "Say how often (for example, three 30-minute sessions a week)".into()
            }
            ProvisionFlag::MissingHowLong => {
                "Say for how long (for example, until the next annual review)".into()
            }
            ProvisionFlag::Vague { phrase } => format!(
                "\"{phrase}\" is vague: provision must be specific and quantified so it can be checked"
            ),
        }
    }
}

fn find_phrase(text: &str, phrase: &str) -> bool {
    let lower = text.to_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(phrase) {
        let start = from + at;
        let end = start + phrase.len();
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if boundary(before) && boundary(after) && !false_alarm(&lower, phrase, start, end) {
            return true;
        }
        from = end;
    }
    false
}

/// "until May 2027" is a month, not "may"; "kept up to date" is not "up to".
fn false_alarm(text: &str, phrase: &str, start: usize, end: usize) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or_default();
    let previous = text[..start]
        .split_whitespace()
        .next_back()
        .unwrap_or_default();
    match phrase {
        "may" => {
            next.starts_with(|c: char| c.is_ascii_digit())
                || previous.starts_with(|c: char| c.is_ascii_digit())
        }
        "up to" => next.starts_with("date"),
        _ => false,
    }
}

/// What is wrong with one provision, if anything.
pub fn lint_provision(p: &PlanProvision) -> Vec<ProvisionFlag> {
    let mut flags = Vec::new();
    for (value, flag) in [
        (&p.what, ProvisionFlag::MissingWhat),
        (&p.who, ProvisionFlag::MissingWho),
        (&p.how_often, ProvisionFlag::MissingHowOften),
        (&p.how_long, ProvisionFlag::MissingHowLong),
    ] {
        if value.trim().is_empty() {
            flags.push(flag);
        }
    }
    let all = [&p.what, &p.who, &p.how_often, &p.how_long]
        .map(|s| s.as_str())
        .join(" \u{1f} ");
    for phrase in VAGUE_PHRASES {
        // "support as needed" also contains "as needed": say the longer once.
        let covered = flags
            .iter()
            .any(|f| matches!(f, ProvisionFlag::Vague { phrase: p } if p.contains(phrase)));
        if !covered && find_phrase(&all, phrase) {
            flags.push(ProvisionFlag::Vague {
                phrase: phrase.to_owned(),
            });
        }
    }
    flags
}

/// A flagged provision, where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlaggedProvision {
    pub section: SectionId,
    pub provision_id: String,
    pub flags: Vec<ProvisionFlag>,
}

/// Every flagged provision in F, G, H1 and H2 (the section F lint, applied to
/// all provision since all of it must be specific).
pub fn lint(plan: &PlanContent) -> Vec<FlaggedProvision> {
    plan.provisions()
        .filter_map(|(section, p)| {
            let flags = lint_provision(p);
            (!flags.is_empty()).then(|| FlaggedProvision {
                section,
                provision_id: p.id.clone(),
                flags,
            })
        })
        .collect()
}

/// Where a plan version is, as far as its own rules go (the case's stage says
/// the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanState {
    /// Its author's alone.
    Draft,
    /// With the family for comments; settings may be consulted.
    Shared,
    /// Issued and frozen.
    Final,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanRuleError {
    #[error(
        "Section I (the placement) stays blank until the draft has gone to the family: they have the right to ask for a school or setting first"
    )]
    PlacementBeforeConsultation,
    #[error("An issued plan cannot be changed: start an amendment instead")]
    Frozen,
    #[error("Name the school or setting in section I before issuing the final plan")]
    NoPlacement,
    #[error("Section F has no special educational provision")]
    NoEducationProvision,
    #[error("Only a draft can be shared with the family")]
    NotADraft,
    #[error("The draft has not been shared with the family yet")]
    NotShared,
    #[error(
        "A draft plan is started after the decision to issue a plan, and an amendment once a plan is issued"
    )]
    NotTheStageToStart,
}

/// What starting a plan version makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The first draft, after the decision to issue.
    NewPlan,
    /// An amendment of the issued plan (from the plan itself, or after a review).
    Amendment,
}

/// May a version be started at `stage`, given the state of the latest version?
pub fn may_start(stage: CaseStage, latest: Option<PlanState>) -> Result<Start, PlanRuleError> {
    match (stage, latest) {
        (CaseStage::DraftPlan, None) => Ok(Start::NewPlan),
        (CaseStage::PlanIssued | CaseStage::ReviewDecidedAmend, Some(PlanState::Final)) => {
            Ok(Start::Amendment)
        }
        _ => Err(PlanRuleError::NotTheStageToStart),
    }
}

/// Version 1 is the plan; every later version amends it.
pub fn is_amendment(version_no: i32) -> bool {
    version_no > 1
}

/// The case event of sharing a version: the draft served on the family, or
/// the notice of proposed amendments.
pub fn share_event(amendment: bool) -> CaseEvent {
    if amendment {
        CaseEvent::AmendmentNoticeServed
    } else {
        CaseEvent::DraftPlanServed
    }
}

/// The case event of issuing a version.
pub fn issue_event(amendment: bool) -> CaseEvent {
    if amendment {
        CaseEvent::AmendedPlanIssued
    } else {
        CaseEvent::FinalPlanIssued
    }
}

/// May section I be filled in a plan in `state`? A new plan's draft keeps it
/// blank (reg 12(1)... the family first ask for a setting); an amendment's draft
/// carries the placement of the plan it amends.
pub fn may_name_placement(state: PlanState, amendment: bool) -> Result<(), PlanRuleError> {
    match state {
        PlanState::Final => Err(PlanRuleError::Frozen),
        PlanState::Draft if !amendment => Err(PlanRuleError::PlacementBeforeConsultation),
        _ => Ok(()),
    }
}

/// Checks a save of `next` over `current`: section I must not change where it
/// may not be named, and a final plan does not change at all.
pub fn check_edit(
    state: PlanState,
    amendment: bool,
    current: &PlanContent,
    next: &PlanContent,
) -> Result<(), PlanRuleError> {
    if state == PlanState::Final {
        return Err(PlanRuleError::Frozen);
    }
    if current.placement != next.placement && next.names_placement() {
        may_name_placement(state, amendment)?;
    }
    Ok(())
}

/// What stops a shared version being issued (blockers), and what the
/// co-ordinator should see first (warnings: golden-thread gaps, vague provision).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct IssueCheck {
    pub blockers: Vec<String>,
    pub gaps: Vec<Gap>,
    pub flagged: Vec<FlaggedProvision>,
}

pub fn check_issue(state: PlanState, plan: &PlanContent) -> IssueCheck {
    let mut blockers = Vec::new();
    match state {
        PlanState::Draft => blockers.push(PlanRuleError::NotShared.to_string()),
        PlanState::Final => blockers.push(PlanRuleError::Frozen.to_string()),
        PlanState::Shared => {}
    }
    if !plan.names_placement() {
        blockers.push(PlanRuleError::NoPlacement.to_string());
    }
    if plan.education_provision.is_empty() {
        blockers.push(PlanRuleError::NoEducationProvision.to_string());
    }
    IssueCheck {
        blockers,
        gaps: completeness(plan),
        flagged: lint(plan),
    }
}
