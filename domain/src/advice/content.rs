//! The advice template an adviser fills in: who it is from, whether they will
//! advise, the background, and the six areas of need with outcomes, steps and
//! provision. Drafts may be incomplete; submission needs every mandatory field.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Longest free text accepted in one field (about 10 pages).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// "Will you provide information and advice?" - the six answers of the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WillProvide {
    YesKnownMeetsCriteria,
    YesAllocatedWorkerWillAdvise,
    YesNotKnownMeetsCriteria,
    NoKnownDoesNotMeetCriteria,
    NoNotKnownDoesNotMeetCriteria,
    /// "No - other (please state reason)": the details must give the reason.
    NoOther,
}

impl WillProvide {
    pub const ALL: [WillProvide; 6] = [
        WillProvide::YesKnownMeetsCriteria,
        WillProvide::YesAllocatedWorkerWillAdvise,
        WillProvide::YesNotKnownMeetsCriteria,
        WillProvide::NoKnownDoesNotMeetCriteria,
        WillProvide::NoNotKnownDoesNotMeetCriteria,
        WillProvide::NoOther,
    ];

    pub fn label(self) -> &'static str {
        match self {
            WillProvide::YesKnownMeetsCriteria => {
                "Yes - the child or young person is known and meets the criteria for an assessment"
            }
            WillProvide::YesAllocatedWorkerWillAdvise => {
                "Yes - the child or young person has an allocated worker, who will provide advice"
            }
            WillProvide::YesNotKnownMeetsCriteria => {
                "Yes - the child or young person is not known but meets the criteria for an assessment"
            }
            WillProvide::NoKnownDoesNotMeetCriteria => {
                "No - the child or young person is known but does not meet the criteria for an assessment"
            }
            WillProvide::NoNotKnownDoesNotMeetCriteria => {
                "No - the child or young person is not known and does not meet the criteria for an assessment"
            }
            WillProvide::NoOther => "No - other (please state the reason)",
        }
    }

    pub fn is_yes(self) -> bool {
        matches!(
            self,
            WillProvide::YesKnownMeetsCriteria
                | WillProvide::YesAllocatedWorkerWillAdvise
                | WillProvide::YesNotKnownMeetsCriteria
        )
    }
}

/// Someone completing the template for a colleague.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnBehalfOf {
    pub name: String,
    pub job_title: String,
}

/// The five background questions; three are mandatory to submit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Background {
    /// When the child or young person first came into contact with the organisation (mandatory).
    pub first_contact: String,
    pub discussions_with_child: String,
    pub discussions_with_parents: String,
    /// What the organisation has already put in place (mandatory).
    pub support_in_place: String,
    /// The effect of that support (mandatory).
    pub effect_of_support: String,
}

/// Preparing-for-Adulthood outcome types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PfaType {
    Employment,
    IndependentLiving,
    CommunityInclusion,
    Health,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Step {
    pub text: String,
    pub target_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Provision {
    /// What is provided; the plan later makes it specific (who, how often, how long).
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcome {
    pub description: String,
    pub pfa: Vec<PfaType>,
    pub steps: Vec<Step>,
    pub provisions: Vec<Provision>,
}

/// One area of need. Left empty, it means "not an area of need".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AreaAdvice {
    pub strengths: String,
    pub needs: String,
    pub outcomes: Vec<Outcome>,
}

impl AreaAdvice {
    pub fn is_empty(&self) -> bool {
        self.strengths.trim().is_empty() && self.needs.trim().is_empty() && self.outcomes.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaOfNeed {
    CommunicationAndInteraction,
    CognitionAndLearning,
    SocialEmotionalAndMentalHealth,
    SensoryAndPhysical,
    Health,
    SocialCare,
}

impl AreaOfNeed {
    pub fn as_str(self) -> &'static str {
        match self {
            AreaOfNeed::CommunicationAndInteraction => "communication_and_interaction",
            AreaOfNeed::CognitionAndLearning => "cognition_and_learning",
            AreaOfNeed::SocialEmotionalAndMentalHealth => "social_emotional_and_mental_health",
            AreaOfNeed::SensoryAndPhysical => "sensory_and_physical",
            AreaOfNeed::Health => "health",
            AreaOfNeed::SocialCare => "social_care",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AreaOfNeed::CommunicationAndInteraction => "Communication and interaction",
            AreaOfNeed::CognitionAndLearning => "Cognition and learning",
            AreaOfNeed::SocialEmotionalAndMentalHealth => "Social, emotional and mental health",
            AreaOfNeed::SensoryAndPhysical => "Sensory and/or physical",
            AreaOfNeed::Health => "Health",
            AreaOfNeed::SocialCare => "Social care",
        }
    }
}

/// The six areas, each always present (possibly empty) so the JSON shape is fixed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AreasOfNeed {
    pub communication_and_interaction: AreaAdvice,
    pub cognition_and_learning: AreaAdvice,
    pub social_emotional_and_mental_health: AreaAdvice,
    pub sensory_and_physical: AreaAdvice,
    pub health: AreaAdvice,
    pub social_care: AreaAdvice,
}

impl AreasOfNeed {
    pub fn iter(&self) -> [(AreaOfNeed, &AreaAdvice); 6] {
        [
            (
                AreaOfNeed::CommunicationAndInteraction,
                &self.communication_and_interaction,
            ),
            (
                AreaOfNeed::CognitionAndLearning,
                &self.cognition_and_learning,
            ),
            (
                AreaOfNeed::SocialEmotionalAndMentalHealth,
                &self.social_emotional_and_mental_health,
            ),
            (AreaOfNeed::SensoryAndPhysical, &self.sensory_and_physical),
            (AreaOfNeed::Health, &self.health),
            (AreaOfNeed::SocialCare, &self.social_care),
        ]
    }
}

/// One piece of advice, as saved (draft) or submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AdviceContent {
    /// Completed for someone else; empty means the author's own profile is used.
    pub on_behalf_of: Option<OnBehalfOf>,
    pub will_provide: Option<WillProvide>,
    pub will_provide_details: String,
    pub background: Background,
    pub areas: AreasOfNeed,
}

/// A field that stops a save or a submission, named by its JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

pub(crate) struct Problems(pub(crate) Vec<FieldProblem>);

impl Problems {
    pub(crate) fn missing(&mut self, field: impl Into<String>, message: &str) {
        self.0.push(FieldProblem {
            field: field.into(),
            code: "required",
            message: message.to_owned(),
        });
    }

    pub(crate) fn text(&mut self, field: impl Into<String>, value: &str, required: Option<&str>) {
        if value.chars().count() > MAX_TEXT_CHARS {
            self.0.push(FieldProblem {
                field: field.into(),
                code: "too_long",
                message: format!("Must be {MAX_TEXT_CHARS} characters or fewer"),
            });
        } else if let Some(message) = required
            && value.trim().is_empty()
        {
            self.missing(field, message);
        }
    }
}

impl AdviceContent {
    /// Problems that stop even a draft being saved (only over-long text).
    pub fn check_draft(&self) -> Vec<FieldProblem> {
        self.check(false)
    }

    /// Every problem that stops submission, each field named, all at once.
    pub fn check_submit(&self) -> Vec<FieldProblem> {
        self.check(true)
    }

    fn check(&self, submit: bool) -> Vec<FieldProblem> {
        let need = |message: &'static str| submit.then_some(message);
        let mut p = Problems(Vec::new());
        if let Some(other) = &self.on_behalf_of {
            p.text(
                "on_behalf_of.name",
                &other.name,
                need("Enter the name of the person you are completing this for"),
            );
            p.text(
                "on_behalf_of.job_title",
                &other.job_title,
                need("Enter their job title or role"),
            );
        }
        if submit && self.will_provide.is_none() {
            p.missing(
                "will_provide",
                "Select whether you will provide information and advice",
            );
        }
        let reason_needed = self.will_provide == Some(WillProvide::NoOther);
        p.text(
            "will_provide_details",
            &self.will_provide_details,
            if reason_needed {
                need("State the reason you will not provide advice")
            } else {
                None
            },
        );
        let b = &self.background;
        p.text(
            "background.first_contact",
            &b.first_contact,
            need("Enter when the child or young person first came into contact with your organisation"),
        );
        p.text(
            "background.discussions_with_child",
            &b.discussions_with_child,
            None,
        );
        p.text(
            "background.discussions_with_parents",
            &b.discussions_with_parents,
            None,
        );
        p.text(
            "background.support_in_place",
            &b.support_in_place,
            need("Enter what your organisation has put in place to support the child or young person"),
        );
        p.text(
            "background.effect_of_support",
            &b.effect_of_support,
            need("Enter the effect of the support already put in place"),
        );
        for (area, advice) in self.areas.iter() {
            let base = format!("areas.{}", area.as_str());
            p.text(format!("{base}.strengths"), &advice.strengths, None);
            p.text(
                format!("{base}.needs"),
                &advice.needs,
                if advice.outcomes.is_empty() {
                    None
                } else {
                    need("Describe the needs these outcomes address")
                },
            );
            for (i, outcome) in advice.outcomes.iter().enumerate() {
                let at = format!("{base}.outcomes[{i}]");
                p.text(
                    format!("{at}.description"),
                    &outcome.description,
                    need("Describe the outcome"),
                );
                for (j, step) in outcome.steps.iter().enumerate() {
                    p.text(
                        format!("{at}.steps[{j}].text"),
                        &step.text,
                        need("Describe the step or remove it"),
                    );
                }
                for (j, provision) in outcome.provisions.iter().enumerate() {
                    p.text(
                        format!("{at}.provisions[{j}].description"),
                        &provision.description,
                        need("Describe the provision or remove it"),
                    );
                }
            }
        }
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(problems: &[FieldProblem]) -> Vec<&str> {
        problems.iter().map(|p| p.field.as_str()).collect()
    }

    fn complete() -> AdviceContent {
        AdviceContent {
            will_provide: Some(WillProvide::YesKnownMeetsCriteria),
            background: Background {
                first_contact: "Referred by the GP in March 2024".into(),
                support_in_place: "Weekly speech and language sessions".into(),
                effect_of_support: "Vocabulary has grown; still struggles in groups".into(),
                ..Background::default()
            },
            ..AdviceContent::default()
        }
    }

    #[test]
    fn an_empty_draft_can_be_saved() {
        assert!(AdviceContent::default().check_draft().is_empty());
    }

    #[test]
    fn submitting_an_empty_template_names_every_missing_mandatory_field() {
        let problems = AdviceContent::default().check_submit();
        assert_eq!(
            fields(&problems),
            vec![
                "will_provide",
                "background.first_contact",
                "background.support_in_place",
                "background.effect_of_support",
            ]
        );
        assert!(problems.iter().all(|p| p.code == "required"));
    }

    #[test]
    fn a_complete_template_with_every_area_left_empty_can_be_submitted() {
        assert!(complete().check_submit().is_empty());
    }

    #[test]
    fn no_other_needs_a_reason() {
        let mut advice = complete();
        advice.will_provide = Some(WillProvide::NoOther);
        assert_eq!(fields(&advice.check_submit()), vec!["will_provide_details"]);
        advice.will_provide_details = "Service has closed to new referrals".into();
        assert!(advice.check_submit().is_empty());
        assert_eq!(WillProvide::ALL.iter().filter(|w| w.is_yes()).count(), 3);
    }

    #[test]
    fn completing_for_someone_else_needs_their_name_and_job_title() {
        let mut advice = complete();
        advice.on_behalf_of = Some(OnBehalfOf::default());
        assert_eq!(
            fields(&advice.check_submit()),
            vec!["on_behalf_of.name", "on_behalf_of.job_title"]
        );
    }

    #[test]
    fn outcomes_steps_and_provisions_are_checked_where_they_are() {
        let mut advice = complete();
        advice.areas.health = AreaAdvice {
            strengths: "Manages own inhaler".into(),
            needs: String::new(),
            outcomes: vec![
                Outcome {
                    description: "Takes part in PE safely".into(),
                    pfa: vec![PfaType::Health],
                    steps: vec![Step {
                        text: "Care plan agreed with school".into(),
                        target_date: NaiveDate::from_ymd_opt(2026, 3, 1),
                    }],
                    provisions: vec![Provision::default()],
                },
                Outcome::default(),
            ],
        };
        assert_eq!(
            fields(&advice.check_submit()),
            vec![
                "areas.health.needs",
                "areas.health.outcomes[0].provisions[0].description",
                "areas.health.outcomes[1].description",
            ]
        );
        assert!(advice.check_draft().is_empty());
    }

    #[test]
    fn over_long_text_is_refused_even_in_a_draft() {
        let mut advice = AdviceContent::default();
        advice.background.discussions_with_child = "x".repeat(MAX_TEXT_CHARS + 1);
        let problems = advice.check_draft();
        assert_eq!(fields(&problems), vec!["background.discussions_with_child"]);
        assert_eq!(problems[0].code, "too_long");
    }

    #[test]
    fn the_template_round_trips_through_json_and_tolerates_missing_fields() {
        let advice = complete();
        let json = serde_json::to_string(&advice).unwrap();
        let back: AdviceContent = serde_json::from_str(&json).unwrap();
        assert_eq!(back, advice);
        let partial: AdviceContent =
            serde_json::from_str(r#"{"background":{"first_contact":"2024"}}"#).unwrap();
        assert_eq!(partial.background.first_contact, "2024");
        assert!(partial.areas.social_care.is_empty());
    }
}
