//! Pre-populating a draft plan from the submitted advice and the views. The draft
//! gets copies: editing it can never change the advice it came from. The same
//! sources always give the same draft (ids are numbered in order: b1, e1, f1...).

use chrono::NaiveDate;

use super::content::{AdviceAppendix, Need, PlanContent, PlanOutcome, PlanProvision};
use crate::advice::content::{AdviceContent, AreaOfNeed};

/// One submitted piece of advice and who gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdviceSource<'a> {
    pub advice_request_id: &'a str,
    pub author: &'a str,
    /// Their role or service.
    pub from: &'a str,
    pub submitted_on: Option<NaiveDate>,
    pub content: &'a AdviceContent,
}

/// What the draft is made from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources<'a> {
    /// "About me": the child's own views.
    pub child_views: &'a str,
    /// The parents' or carers' views.
    pub parent_views: &'a str,
    /// Submitted advice, in the order it was asked for.
    pub advice: Vec<AdviceSource<'a>>,
}

/// Which section an area's needs and provision go to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Home {
    Education,
    Health,
    SocialCare,
}

fn home(area: AreaOfNeed) -> Home {
    match area {
        AreaOfNeed::Health => Home::Health,
        AreaOfNeed::SocialCare => Home::SocialCare,
        _ => Home::Education,
    }
}

/// A first draft: A from the views (and the strengths the advisers saw); B, C and
/// D from each area's needs; E from each area's outcomes, linked to that area's
/// need; F, G and H2 from the outcomes' provision, linked to their outcome (H1 is
/// a legal classification the co-ordinator makes, so nothing goes there); I blank;
/// K lists every piece of advice.
pub fn draft_from(sources: &Sources<'_>) -> PlanContent {
    let mut plan = PlanContent::default();
    let mut views = Vec::new();
    if !sources.child_views.trim().is_empty() {
        views.push(format!("About me:\n{}", sources.child_views.trim()));
    }
    if !sources.parent_views.trim().is_empty() {
        views.push(format!(
            "My parent's or carer's views:\n{}",
            sources.parent_views.trim()
        ));
    }
    let mut strengths = Vec::new();
    let (mut b, mut c, mut d, mut e, mut f, mut g, mut h) = (0, 0, 0, 0, 0, 0, 0);
    for source in &sources.advice {
        for (area, advice) in source.content.areas.iter() {
            if advice.is_empty() {
                continue;
            }
            if !advice.strengths.trim().is_empty() {
                strengths.push(format!(
                    "{} ({}, {}): {}",
                    area.label(),
                    source.author,
                    source.from,
                    advice.strengths.trim()
                ));
            }
            let need_id = if advice.needs.trim().is_empty() {
                None
            } else {
                let (list, counter, prefix) = match home(area) {
                    Home::Education => (&mut plan.education_needs, &mut b, "b"),
                    Home::Health => (&mut plan.health_needs, &mut c, "c"),
                    Home::SocialCare => (&mut plan.social_care_needs, &mut d, "d"),
                };
                *counter += 1;
                let id = format!("{prefix}{counter}");
                list.push(Need {
                    id: id.clone(),
                    text: advice.needs.trim().to_owned(),
                    area: Some(area),
                });
                Some(id)
            };
            for outcome in &advice.outcomes {
                e += 1;
                let outcome_id = format!("e{e}");
                plan.outcomes.push(PlanOutcome {
                    id: outcome_id.clone(),
                    description: outcome.description.trim().to_owned(),
                    pfa: outcome.pfa.clone(),
                    steps: outcome.steps.clone(),
                    need_ids: need_id.iter().cloned().collect(),
                });
                for provision in &outcome.provisions {
                    if provision.description.trim().is_empty() {
                        continue;
                    }
                    let (list, counter, prefix) = match home(area) {
                        Home::Education => (&mut plan.education_provision, &mut f, "f"),
                        Home::Health => (&mut plan.health_provision, &mut g, "g"),
                        Home::SocialCare => (&mut plan.other_social_care_provision, &mut h, "h2-"),
                    };
                    *counter += 1;
                    list.push(PlanProvision {
                        id: format!("{prefix}{counter}"),
                        what: provision.description.trim().to_owned(),
                        outcome_ids: vec![outcome_id.clone()],
                        ..PlanProvision::default()
                    });
                }
            }
        }
        plan.advice.push(AdviceAppendix {
            advice_request_id: source.advice_request_id.to_owned(),
            author: source.author.to_owned(),
            from: source.from.to_owned(),
            submitted_on: source.submitted_on,
        });
    }
    if !strengths.is_empty() {
        views.push(format!(
            "What the people who know them say they do well:\n{}",
            strengths.join("\n")
        ));
    }
    plan.views = views.join("\n\n");
    plan
}
