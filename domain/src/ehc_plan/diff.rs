//! The difference between two versions of a plan, section by section: list
//! sections compare items by id (added, removed, changed with before and after),
//! text sections give the text before and after.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::content::{Need, PlanContent, PlanOutcome, PlanProvision, SectionId};

/// The annual review is due within 12 months of the plan's issue. A plan issued
/// on 29 February is due on 28 February the next year (chrono clamps to the
/// month's last day).
pub fn next_review_due(issued_on: NaiveDate) -> NaiveDate {
    issued_on
        .checked_add_months(Months::new(12))
        .unwrap_or(issued_on)
}

/// One item's change, shown as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ItemChange {
    Added {
        id: String,
        after: String,
    },
    Removed {
        id: String,
        before: String,
    },
    Changed {
        id: String,
        before: String,
        after: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    pub section: SectionId,
    pub title: &'static str,
    pub changes: Vec<ItemChange>,
}

fn need_text(n: &Need) -> String {
    n.text.clone()
}

fn outcome_text(o: &PlanOutcome) -> String {
    let mut s = o.description.clone();
    for step in &o.steps {
        s.push_str("\nStep: ");
        s.push_str(&step.text);
        if let Some(by) = step.target_date {
            s.push_str(&format!(" (by {by})"));
        }
    }
    if !o.need_ids.is_empty() {
        s.push_str(&format!("\nAddresses: {}", o.need_ids.join(", ")));
    }
    s
}

/// A provision as one line: what, who, how often, how long.
pub fn provision_text(p: &PlanProvision) -> String {
    let mut parts = vec![p.what.clone()];
    for (label, value) in [
        ("Who", &p.who),
        ("How often", &p.how_often),
        ("How long", &p.how_long),
    ] {
        if !value.trim().is_empty() {
            parts.push(format!("{label}: {value}"));
        }
    }
    if !p.outcome_ids.is_empty() {
        parts.push(format!("Serves: {}", p.outcome_ids.join(", ")));
    }
    parts.join(". ")
}

fn items<T>(
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> &str,
    text: impl Fn(&T) -> String,
) -> Vec<ItemChange> {
    let mut changes = Vec::new();
    for b in before {
        match after.iter().find(|a| id(a) == id(b)) {
            None => changes.push(ItemChange::Removed {
                id: id(b).to_owned(),
                before: text(b),
            }),
            Some(a) => {
                let (tb, ta) = (text(b), text(a));
                if tb != ta {
                    changes.push(ItemChange::Changed {
                        id: id(b).to_owned(),
                        before: tb,
                        after: ta,
                    });
                }
            }
        }
    }
    for a in after {
        if !before.iter().any(|b| id(b) == id(a)) {
            changes.push(ItemChange::Added {
                id: id(a).to_owned(),
                after: text(a),
            });
        }
    }
    changes
}

fn text_change(section: SectionId, before: &str, after: &str) -> Vec<ItemChange> {
    if before == after {
        return Vec::new();
    }
    let id = section.as_str().to_owned();
    vec![match (before.is_empty(), after.is_empty()) {
        (true, _) => ItemChange::Added {
            id,
            after: after.to_owned(),
        },
        (_, true) => ItemChange::Removed {
            id,
            before: before.to_owned(),
        },
        _ => ItemChange::Changed {
            id,
            before: before.to_owned(),
            after: after.to_owned(),
        },
    }]
}

/// The sections that changed between `old` and `new`, in section order (empty
/// when nothing did).
pub fn diff(old: &PlanContent, new: &PlanContent) -> Vec<SectionDiff> {
    let needs = |b: &[Need], a: &[Need]| items(b, a, |n| &n.id, need_text);
    let provisions =
        |b: &[PlanProvision], a: &[PlanProvision]| items(b, a, |p| &p.id, provision_text);
    let placement = |p: &PlanContent| {
        p.placement
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let advice = |p: &PlanContent| {
        p.advice
            .iter()
            .map(|a| format!("{} ({})", a.author, a.from))
            .collect::<Vec<_>>()
            .join("\n")
    };
    SectionId::ALL
        .into_iter()
        .map(|section| {
            let changes = match section {
                SectionId::A => text_change(section, &old.views, &new.views),
                SectionId::B => needs(&old.education_needs, &new.education_needs),
                SectionId::C => needs(&old.health_needs, &new.health_needs),
                SectionId::D => needs(&old.social_care_needs, &new.social_care_needs),
                SectionId::E => items(&old.outcomes, &new.outcomes, |o| &o.id, outcome_text),
                SectionId::F => provisions(&old.education_provision, &new.education_provision),
                SectionId::G => provisions(&old.health_provision, &new.health_provision),
                SectionId::H1 => provisions(&old.csdpa_provision, &new.csdpa_provision),
                SectionId::H2 => provisions(
                    &old.other_social_care_provision,
                    &new.other_social_care_provision,
                ),
                SectionId::I => text_change(section, &placement(old), &placement(new)),
                SectionId::J => text_change(section, &old.personal_budget, &new.personal_budget),
                SectionId::K => text_change(section, &advice(old), &advice(new)),
            };
            SectionDiff {
                section,
                title: section.title(),
                changes,
            }
        })
        .filter(|d| !d.changes.is_empty())
        .collect()
}
