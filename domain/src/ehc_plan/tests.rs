//! The plan's rules, told as the co-ordinator's stories.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::advice::content::{AdviceContent, AreaAdvice, Outcome, PfaType, Provision, Step};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn psychologist_advice() -> AdviceContent {
    let mut advice = AdviceContent::default();
    advice.areas.communication_and_interaction = AreaAdvice {
        strengths: "Alex joins in with songs".into(),
        needs: "Alex finds it hard to take turns in conversation".into(),
        outcomes: vec![Outcome {
            description: "Alex will take turns in a small-group conversation".into(),
            pfa: vec![PfaType::CommunityInclusion],
            steps: vec![Step {
                text: "Takes two turns with an adult".into(),
                target_date: Some(day(2027, 7, 1)),
            }],
            provisions: vec![Provision {
                description: "Access to a speech and language group".into(),
            }],
        }],
    };
    advice
}

fn paediatric_advice() -> AdviceContent {
    let mut advice = AdviceContent::default();
    advice.areas.health = AreaAdvice {
        strengths: String::new(),
        needs: "Alex has hypermobility and tires when walking".into(),
        outcomes: vec![Outcome {
            description: "Alex will walk around school without pain".into(),
            pfa: vec![PfaType::Health],
            steps: vec![],
            provisions: vec![Provision {
                description: "A physiotherapy programme".into(),
            }],
        }],
    };
    advice
}

fn drafted() -> PlanContent {
    let ep = psychologist_advice();
    let physio = paediatric_advice();
    draft_from(&Sources {
        child_views: "I like trains.",
        parent_views: "Mornings are hardest.",
        advice: vec![
            AdviceSource {
                advice_request_id: "ar-ep",
                author: "Priya Shah",
                from: "Educational Psychology Service",
                submitted_on: Some(day(2027, 1, 10)),
                content: &ep,
            },
            AdviceSource {
                advice_request_id: "ar-physio",
                author: "Lee Chen",
                from: "Community Paediatrics",
                submitted_on: Some(day(2027, 1, 12)),
                content: &physio,
            },
        ],
    })
}

#[test]
fn the_draft_takes_needs_outcomes_and_provision_from_the_advice_by_area() {
    let plan = drafted();
    assert!(plan.views.contains("About me:\nI like trains."));
    assert!(plan.views.contains("Mornings are hardest."));
    assert!(
        plan.views.contains("Alex joins in with songs"),
        "strengths go to A"
    );
    assert_eq!(plan.education_needs.len(), 1);
    assert_eq!(plan.education_needs[0].id, "b1");
    assert_eq!(plan.health_needs[0].id, "c1");
    assert_eq!(plan.outcomes[0].need_ids, vec!["b1"]);
    assert_eq!(plan.outcomes[1].need_ids, vec!["c1"]);
    assert_eq!(plan.education_provision[0].outcome_ids, vec!["e1"]);
    assert_eq!(plan.health_provision[0].what, "A physiotherapy programme");
    assert!(
        plan.csdpa_provision.is_empty(),
        "H1 is the co-ordinator's call"
    );
    assert!(plan.placement.is_none(), "section I is blank in a draft");
    assert_eq!(
        plan.advice
            .iter()
            .map(|a| a.author.as_str())
            .collect::<Vec<_>>(),
        vec!["Priya Shah", "Lee Chen"]
    );
    assert!(plan.check_save().is_empty(), "{:?}", plan.check_save());
}

#[test]
fn pre_population_is_deterministic_and_editing_the_draft_leaves_the_advice_untouched() {
    let ep = psychologist_advice();
    let before = ep.clone();
    let mut plan = draft_from(&Sources {
        advice: vec![AdviceSource {
            advice_request_id: "ar-ep",
            author: "Priya Shah",
            from: "EPS",
            submitted_on: None,
            content: &ep,
        }],
        ..Sources::default()
    });
    assert_eq!(
        plan,
        draft_from(&Sources {
            advice: vec![AdviceSource {
                advice_request_id: "ar-ep",
                author: "Priya Shah",
                from: "EPS",
                submitted_on: None,
                content: &ep,
            }],
            ..Sources::default()
        })
    );
    plan.education_needs[0].text = "Rewritten by the co-ordinator".into();
    plan.education_provision[0].what = "Something else".into();
    assert_eq!(ep, before);
}

#[test]
fn a_vague_provision_is_flagged_with_its_phrase_and_what_is_missing() {
    let plan = drafted();
    let flagged = lint(&plan);
    let f1 = flagged
        .iter()
        .find(|f| f.provision_id == "f1")
        .expect("f1 is flagged");
    assert_eq!(f1.section, SectionId::F);
    assert!(f1.flags.contains(&ProvisionFlag::Vague {
        phrase: "access to".into()
    }));
    assert!(f1.flags.contains(&ProvisionFlag::MissingWho));
    assert!(f1.flags.contains(&ProvisionFlag::MissingHowOften));
    assert!(f1.flags.contains(&ProvisionFlag::MissingHowLong));
    assert!(
        ProvisionFlag::Vague {
            phrase: "access to".into()
        }
        .reason()
        .contains("specific and quantified")
    );

    let fixed = PlanProvision {
        id: "f1".into(),
        what: "A speech and language group of up to four children".into(),
        who: "A speech and language therapist".into(),
        how_often: "Two 30-minute sessions a week".into(),
        how_long: "Until the annual review".into(),
        outcome_ids: vec!["e1".into()],
    };
    assert_eq!(
        lint_provision(&fixed),
        vec![ProvisionFlag::Vague {
            phrase: "up to".into()
        }]
    );
    let specific = PlanProvision {
        what: "A speech and language group of four children".into(),
        ..fixed
    };
    assert!(lint_provision(&specific).is_empty());
}

#[test]
fn vague_words_are_found_as_whole_words_only() {
    let p = |what: &str| PlanProvision {
        id: "f1".into(),
        what: what.into(),
        who: "A teaching assistant".into(),
        how_often: "Daily, 20 minutes".into(),
        how_long: "One year".into(),
        outcome_ids: vec![],
    };
    assert!(lint_provision(&p("Mayfield reading scheme")).is_empty());
    assert!(lint_provision(&p("Reading records kept up to date, reviewed in May 2027")).is_empty());
    assert!(lint_provision(&p("Checked on 1 May each year")).is_empty());
    assert_eq!(
        lint_provision(&p("Support as needed in class")),
        vec![ProvisionFlag::Vague {
            phrase: "support as needed".into()
        }],
        "the longer phrase is said once"
    );
    assert_eq!(
        lint_provision(&p("Sessions MAY be offered")),
        vec![ProvisionFlag::Vague {
            phrase: "may".into()
        }]
    );
}

#[test]
fn a_need_with_no_provision_appears_in_the_completeness_panel() {
    let mut plan = drafted();
    assert!(completeness(&plan).is_empty(), "{:?}", completeness(&plan));
    plan.education_provision.clear();
    let gaps = completeness(&plan);
    assert!(gaps.contains(&Gap::NeedWithoutProvision {
        section: SectionId::B,
        need_id: "b1".into()
    }));
    assert!(gaps.contains(&Gap::OutcomeWithoutProvision {
        outcome_id: "e1".into()
    }));
    plan.health_provision[0].outcome_ids.clear();
    assert!(completeness(&plan).contains(&Gap::ProvisionWithoutOutcome {
        section: SectionId::G,
        provision_id: "g1".into()
    }));
}

#[test]
fn links_to_nothing_and_repeated_ids_are_refused_with_the_field_named() {
    let mut plan = drafted();
    plan.outcomes[0].need_ids.push("b9".into());
    plan.health_provision[0].id = "f1".into();
    let problems = plan.check_save();
    assert!(
        problems
            .iter()
            .any(|p| p.field == "outcomes[0].need_ids[1]" && p.code == "unknown")
    );
    assert!(
        problems
            .iter()
            .any(|p| p.field == "health_provision[0].id" && p.code == "duplicate")
    );
}

#[test]
fn section_i_cannot_be_filled_before_consultation() {
    let current = drafted();
    let mut named = current.clone();
    named.placement = Some(Placement {
        setting_id: None,
        name: "Riverside Primary".into(),
    });
    assert_eq!(
        check_edit(PlanState::Draft, false, &current, &named),
        Err(PlanRuleError::PlacementBeforeConsultation)
    );
    assert_eq!(
        check_edit(PlanState::Shared, false, &current, &named),
        Ok(())
    );
    assert_eq!(
        check_edit(PlanState::Draft, true, &current, &named),
        Ok(()),
        "an amendment carries its placement"
    );
    assert_eq!(
        check_edit(PlanState::Final, false, &named, &named),
        Err(PlanRuleError::Frozen)
    );
}

#[test]
fn issuing_needs_a_shared_draft_a_placement_and_education_provision() {
    let mut plan = drafted();
    let check = check_issue(PlanState::Draft, &plan);
    assert_eq!(check.blockers.len(), 2, "{:?}", check.blockers);
    plan.placement = Some(Placement {
        setting_id: Some("s1".into()),
        name: "Riverside Primary".into(),
    });
    let check = check_issue(PlanState::Shared, &plan);
    assert!(check.blockers.is_empty(), "{:?}", check.blockers);
    assert!(
        !check.flagged.is_empty(),
        "vague provision is a warning, not a blocker"
    );
}

#[test]
fn the_diff_between_version_1_and_2_shows_the_changed_provision() {
    let v1 = drafted();
    let mut v2 = v1.clone();
    v2.education_provision[0].how_often = "Three 30-minute sessions a week".into();
    v2.placement = Some(Placement {
        setting_id: None,
        name: "Northgate Academy".into(),
    });
    let changes = diff(&v1, &v2);
    assert_eq!(
        changes.iter().map(|d| d.section).collect::<Vec<_>>(),
        vec![SectionId::F, SectionId::I]
    );
    match &changes[0].changes[..] {
        [ItemChange::Changed { id, before, after }] => {
            assert_eq!(id, "f1");
            assert!(!before.contains("Three 30-minute"));
            assert!(after.contains("How often: Three 30-minute sessions a week"));
        }
        other => panic!("{other:?}"),
    }
    let mut v3 = v2.clone();
    v3.education_provision.remove(0);
    assert!(matches!(
        &diff(&v2, &v3)[0].changes[..],
        [ItemChange::Removed { id, .. }] if id == "f1"
    ));
}

#[test]
fn a_plan_starts_after_the_decision_to_issue_and_an_amendment_from_an_issued_plan() {
    use crate::lifecycle::{CaseEvent, CaseStage};
    assert_eq!(may_start(CaseStage::DraftPlan, None), Ok(Start::NewPlan));
    assert_eq!(
        may_start(CaseStage::PlanIssued, Some(PlanState::Final)),
        Ok(Start::Amendment)
    );
    assert_eq!(
        may_start(CaseStage::Assessment, None),
        Err(PlanRuleError::NotTheStageToStart)
    );
    assert_eq!(
        may_start(CaseStage::Consultation, Some(PlanState::Shared)),
        Err(PlanRuleError::NotTheStageToStart)
    );
    assert_eq!(share_event(is_amendment(1)), CaseEvent::DraftPlanServed);
    assert_eq!(issue_event(is_amendment(2)), CaseEvent::AmendedPlanIssued);
}

#[test]
fn the_annual_review_is_due_12_months_after_issue_even_from_29_february() {
    assert_eq!(next_review_due(day(2027, 3, 22)), day(2028, 3, 22));
    assert_eq!(next_review_due(day(2028, 2, 29)), day(2029, 2, 28));
}

proptest! {
    #[test]
    fn a_plan_never_differs_from_itself_and_survives_json(
        views in ".{0,40}",
        what in ".{0,40}",
        how_often in ".{0,20}",
    ) {
        let mut plan = drafted();
        plan.views = views;
        plan.education_provision[0].what = what;
        plan.education_provision[0].how_often = how_often;
        prop_assert!(diff(&plan, &plan).is_empty());
        let json = serde_json::to_string(&plan).unwrap();
        let back: PlanContent = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, plan);
    }
}
