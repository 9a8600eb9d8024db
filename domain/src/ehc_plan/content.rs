//! What an EHC plan says, sections A to K, and the golden thread that ties them:
//! each outcome (E) names the needs (B, C, D) it addresses, and each provision
//! (F, G, H1, H2) names the outcomes it serves.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::advice::content::{AreaOfNeed, FieldProblem, MAX_TEXT_CHARS, PfaType, Step};

/// The sections of a plan, in the order of the regulations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionId {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H1,
    H2,
    I,
    J,
    K,
}

impl SectionId {
    pub const ALL: [SectionId; 12] = [
        SectionId::A,
        SectionId::B,
        SectionId::C,
        SectionId::D,
        SectionId::E,
        SectionId::F,
        SectionId::G,
        SectionId::H1,
        SectionId::H2,
        SectionId::I,
        SectionId::J,
        SectionId::K,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SectionId::A => "a",
            SectionId::B => "b",
            SectionId::C => "c",
            SectionId::D => "d",
            SectionId::E => "e",
            SectionId::F => "f",
            SectionId::G => "g",
            SectionId::H1 => "h1",
            SectionId::H2 => "h2",
            SectionId::I => "i",
            SectionId::J => "j",
            SectionId::K => "k",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// "Section B: Special educational needs".
    pub fn title(self) -> &'static str {
        match self {
            SectionId::A => "Section A: Views, interests and aspirations",
            SectionId::B => "Section B: Special educational needs",
            SectionId::C => "Section C: Health needs",
            SectionId::D => "Section D: Social care needs",
            SectionId::E => "Section E: Outcomes",
            SectionId::F => "Section F: Special educational provision",
            SectionId::G => "Section G: Health provision",
            SectionId::H1 => "Section H1: Social care provision (s.2 CSDPA 1970)",
            SectionId::H2 => "Section H2: Other social care provision",
            SectionId::I => "Section I: Placement",
            SectionId::J => "Section J: Personal budget",
            SectionId::K => "Section K: Advice and information",
        }
    }
}

/// A need in B, C or D.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Need {
    /// Stable within the plan ("b1", "c2"...): outcomes link to it.
    pub id: String,
    pub text: String,
    /// The area of need of the advice it came from, if it came from advice.
    pub area: Option<AreaOfNeed>,
}

/// An outcome in E.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanOutcome {
    /// "e1", "e2"...: provision links to it.
    pub id: String,
    pub description: String,
    pub pfa: Vec<PfaType>,
    pub steps: Vec<Step>,
    /// The needs (in B, C or D) this outcome addresses.
    pub need_ids: Vec<String>,
}

/// A provision in F, G, H1 or H2: specific and quantified.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanProvision {
    /// "f1", "g2"...
    pub id: String,
    /// What is provided.
    pub what: String,
    /// Who provides it (a role and its qualification, not a name).
    pub who: String,
    /// How often ("three 30-minute sessions a week").
    pub how_often: String,
    /// For how long ("until the annual review").
    pub how_long: String,
    /// The outcomes (in E) this provision serves.
    pub outcome_ids: Vec<String>,
}

/// Section I: the school or other institution, or its type. Blank in a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Placement {
    /// The education setting's id, when it is one of the LA's settings.
    pub setting_id: Option<String>,
    /// The setting's name, or the type of setting.
    pub name: String,
}

/// An appendix in K: one piece of advice gathered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdviceAppendix {
    pub advice_request_id: String,
    /// Who gave it ("Priya Shah").
    pub author: String,
    /// Their role or service ("Educational Psychology Service").
    pub from: String,
    pub submitted_on: Option<NaiveDate>,
}

/// The plan, sections A to K.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanContent {
    /// A: the child's and the family's views, interests and aspirations.
    pub views: String,
    /// B: special educational needs.
    pub education_needs: Vec<Need>,
    /// C: health needs related to the SEN.
    pub health_needs: Vec<Need>,
    /// D: social care needs related to the SEN.
    pub social_care_needs: Vec<Need>,
    /// E: outcomes, with steps.
    pub outcomes: Vec<PlanOutcome>,
    /// F: special educational provision.
    pub education_provision: Vec<PlanProvision>,
    /// G: health provision.
    pub health_provision: Vec<PlanProvision>,
    /// H1: social care provision under section 2 of the CSDPA 1970.
    pub csdpa_provision: Vec<PlanProvision>,
    /// H2: other social care provision.
    pub other_social_care_provision: Vec<PlanProvision>,
    /// I: the placement; blank in a draft.
    pub placement: Option<Placement>,
    /// J: the personal budget, if any.
    pub personal_budget: String,
    /// K: the advice and information gathered, as appendices.
    pub advice: Vec<AdviceAppendix>,
}

/// Most items a list section may hold.
pub const MAX_ITEMS: usize = 200;

impl PlanContent {
    /// Every need, with its section.
    pub fn needs(&self) -> impl Iterator<Item = (SectionId, &Need)> {
        let b = self.education_needs.iter().map(|n| (SectionId::B, n));
        let c = self.health_needs.iter().map(|n| (SectionId::C, n));
        let d = self.social_care_needs.iter().map(|n| (SectionId::D, n));
        b.chain(c).chain(d)
    }

    /// Every provision, with its section.
    pub fn provisions(&self) -> impl Iterator<Item = (SectionId, &PlanProvision)> {
        let f = self.education_provision.iter().map(|p| (SectionId::F, p));
        let g = self.health_provision.iter().map(|p| (SectionId::G, p));
        let h1 = self.csdpa_provision.iter().map(|p| (SectionId::H1, p));
        let h2 = self
            .other_social_care_provision
            .iter()
            .map(|p| (SectionId::H2, p));
        f.chain(g).chain(h1).chain(h2)
    }

    /// Whether section I names anything.
    pub fn names_placement(&self) -> bool {
        self.placement
            .as_ref()
            .is_some_and(|p| !p.name.trim().is_empty() || p.setting_id.is_some())
    }

    /// Problems that stop a save: over-long text, too many items, missing or
    /// repeated ids, links to nothing. Each names its JSON path.
    pub fn check_save(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let mut text = |field: String, value: &str| {
            if value.chars().count() > MAX_TEXT_CHARS {
                problems.push(FieldProblem {
                    field,
                    code: "too_long",
                    message: format!("Must be {MAX_TEXT_CHARS} characters or fewer"),
                });
            }
        };
        text("views".into(), &self.views);
        text("personal_budget".into(), &self.personal_budget);
        for (name, needs) in [
            ("education_needs", &self.education_needs),
            ("health_needs", &self.health_needs),
            ("social_care_needs", &self.social_care_needs),
        ] {
            for (i, need) in needs.iter().enumerate() {
                text(format!("{name}[{i}].text"), &need.text);
            }
        }
        for (i, o) in self.outcomes.iter().enumerate() {
            text(format!("outcomes[{i}].description"), &o.description);
            for (j, s) in o.steps.iter().enumerate() {
                text(format!("outcomes[{i}].steps[{j}].text"), &s.text);
            }
        }
        for (name, list) in provision_lists(self) {
            for (i, p) in list.iter().enumerate() {
                for (field, value) in [
                    ("what", &p.what),
                    ("who", &p.who),
                    ("how_often", &p.how_often),
                    ("how_long", &p.how_long),
                ] {
                    text(format!("{name}[{i}].{field}"), value);
                }
            }
        }
        if let Some(p) = &self.placement {
            text("placement.name".into(), &p.name);
        }

        let lists: [(&str, usize); 9] = [
            ("education_needs", self.education_needs.len()),
            ("health_needs", self.health_needs.len()),
            ("social_care_needs", self.social_care_needs.len()),
            ("outcomes", self.outcomes.len()),
            ("education_provision", self.education_provision.len()),
            ("health_provision", self.health_provision.len()),
            ("csdpa_provision", self.csdpa_provision.len()),
            (
                "other_social_care_provision",
                self.other_social_care_provision.len(),
            ),
            ("advice", self.advice.len()),
        ];
        for (name, len) in lists {
            if len > MAX_ITEMS {
                problems.push(FieldProblem {
                    field: name.into(),
                    code: "too_many",
                    message: format!("A section may hold at most {MAX_ITEMS} items"),
                });
            }
        }

        // Ids: present and unique across the plan, so links are unambiguous.
        let mut seen = std::collections::HashSet::new();
        let mut id = |field: String, value: &str| {
            if value.trim().is_empty() {
                problems.push(FieldProblem {
                    field,
                    code: "required",
                    message: "Every item needs an id".into(),
                });
            } else if !seen.insert(value.to_owned()) {
                problems.push(FieldProblem {
                    field,
                    code: "duplicate",
                    message: format!("The id {value:?} is used twice"),
                });
            }
        };
        for (name, needs) in [
            ("education_needs", &self.education_needs),
            ("health_needs", &self.health_needs),
            ("social_care_needs", &self.social_care_needs),
        ] {
            for (i, need) in needs.iter().enumerate() {
                id(format!("{name}[{i}].id"), &need.id);
            }
        }
        for (i, o) in self.outcomes.iter().enumerate() {
            id(format!("outcomes[{i}].id"), &o.id);
        }
        for (name, list) in provision_lists(self) {
            for (i, p) in list.iter().enumerate() {
                id(format!("{name}[{i}].id"), &p.id);
            }
        }

        let need_ids: std::collections::HashSet<&str> =
            self.needs().map(|(_, n)| n.id.as_str()).collect();
        let outcome_ids: std::collections::HashSet<&str> =
            self.outcomes.iter().map(|o| o.id.as_str()).collect();
        for (i, o) in self.outcomes.iter().enumerate() {
            for (j, link) in o.need_ids.iter().enumerate() {
                if !need_ids.contains(link.as_str()) {
                    problems.push(FieldProblem {
                        field: format!("outcomes[{i}].need_ids[{j}]"),
                        code: "unknown",
                        message: format!("There is no need {link:?} in sections B, C or D"),
                    });
                }
            }
        }
        for (name, list) in provision_lists(self) {
            for (i, p) in list.iter().enumerate() {
                for (j, link) in p.outcome_ids.iter().enumerate() {
                    if !outcome_ids.contains(link.as_str()) {
                        problems.push(FieldProblem {
                            field: format!("{name}[{i}].outcome_ids[{j}]"),
                            code: "unknown",
                            message: format!("There is no outcome {link:?} in section E"),
                        });
                    }
                }
            }
        }
        problems
    }
}

fn provision_lists(plan: &PlanContent) -> [(&'static str, &Vec<PlanProvision>); 4] {
    [
        ("education_provision", &plan.education_provision),
        ("health_provision", &plan.health_provision),
        ("csdpa_provision", &plan.csdpa_provision),
        (
            "other_social_care_provision",
            &plan.other_social_care_provision,
        ),
    ]
}
