//! The letters the LA sends the family when it decides (to assess or not, to
//! issue a plan or not, the final plan's covering letter), and the wording on the
//! plan's front page. Each has default wording an administrator may change; the
//! wording says where values go (`((child_name))`), and `## ` and `- ` lines
//! make headings and lists. A change applies from the next letter printed.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

use crate::lifecycle::{AssessDecision, CaseEvent, IssueDecision};
use crate::notifications::{RenderError, format_date};
use crate::rules::{Clock, DeadlineId};

/// A kind of letter, or the plan's front page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LetterKey {
    DecisionToAssess,
    DecisionNotToAssess,
    DecisionToIssue,
    DecisionNotToIssue,
    /// Sent with each final plan (and final amended plan).
    FinalPlanCover,
    /// The introduction on the plan's first page.
    PlanFrontPage,
}

impl LetterKey {
    pub const ALL: [LetterKey; 6] = [
        LetterKey::DecisionToAssess,
        LetterKey::DecisionNotToAssess,
        LetterKey::DecisionToIssue,
        LetterKey::DecisionNotToIssue,
        LetterKey::FinalPlanCover,
        LetterKey::PlanFrontPage,
    ];

    pub fn as_str(self) -> &'static str {
        self.template().key_str
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The built-in wording for this key.
    pub fn template(self) -> &'static LetterTemplate {
        let found = TEMPLATES.iter().find(|t| t.key == self);
        // TEMPLATES lists every key (a test checks); the first entry is a safe fallback.
        found.unwrap_or(&TEMPLATES[0])
    }

    /// The letter a decision on the case calls for, if any. A decision reversed
    /// is followed by the letter of the decision that replaces it.
    pub fn for_event(event: &CaseEvent) -> Option<Self> {
        match event {
            CaseEvent::DecisionToAssess { decision } => match decision {
                AssessDecision::Assess => Some(Self::DecisionToAssess),
                AssessDecision::NotToAssess => Some(Self::DecisionNotToAssess),
                AssessDecision::Overturned => None,
            },
            CaseEvent::DecisionToIssue { decision } => match decision {
                IssueDecision::Issue => Some(Self::DecisionToIssue),
                IssueDecision::NotToIssue => Some(Self::DecisionNotToIssue),
                IssueDecision::Overturned => None,
            },
            _ => None,
        }
    }
}

impl fmt::Display for LetterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The values a letter may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    LaName,
    CaseReference,
    ChildName,
    ChildDateOfBirth,
    /// The day the decision was notified, or the plan issued: the letter's date.
    LetterDate,
    /// Why the LA decided as it did (decisions not to assess or not to issue).
    Reasons,
    CoordinatorName,
    /// The last day for the final plan (D7).
    PlanDue,
    /// The last day to contact the mediation adviser (D23).
    MediationBy,
    /// The last day to appeal to the SEND Tribunal without mediation (D26).
    AppealBy,
    PlanVersion,
    /// The first annual review is due by then.
    ReviewDue,
    /// The school or other setting named in section I.
    NamedSetting,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::LaName,
        Field::CaseReference,
        Field::ChildName,
        Field::ChildDateOfBirth,
        Field::LetterDate,
        Field::Reasons,
        Field::CoordinatorName,
        Field::PlanDue,
        Field::MediationBy,
        Field::AppealBy,
        Field::PlanVersion,
        Field::ReviewDue,
        Field::NamedSetting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::LaName => "la_name",
            Field::CaseReference => "case_reference",
            Field::ChildName => "child_name",
            Field::ChildDateOfBirth => "child_date_of_birth",
            Field::LetterDate => "letter_date",
            Field::Reasons => "reasons",
            Field::CoordinatorName => "coordinator_name",
            Field::PlanDue => "plan_due",
            Field::MediationBy => "mediation_by",
            Field::AppealBy => "appeal_by",
            Field::PlanVersion => "plan_version",
            Field::ReviewDue => "review_due",
            Field::NamedSetting => "named_setting",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// A value to show an administrator how wording will read.
    pub fn example(self) -> &'static str {
        match self {
            Field::LaName => "Exampleshire County Council",
            Field::CaseReference => "EHC-2026-000042",
            Field::ChildName => "Sam Example",
            Field::ChildDateOfBirth => "4 June 2016",
            Field::LetterDate => "3 March 2027",
            Field::Reasons => {
                "The school's SEN support, with the speech and language therapy already in \
                 place, is meeting Sam's needs and Sam is making good progress."
            }
            Field::CoordinatorName => "Alex Example",
            Field::PlanDue => "21 July 2027",
            Field::MediationBy => "3 May 2027",
            Field::AppealBy => "3 May 2027",
            Field::PlanVersion => "1",
            Field::ReviewDue => "3 March 2028",
            Field::NamedSetting => "Example Primary School",
        }
    }
}

/// One built-in letter.
#[derive(Debug)]
pub struct LetterTemplate {
    pub key: LetterKey,
    pub key_str: &'static str,
    /// What it is, for the administrator's list.
    pub name: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    /// The values its wording may use.
    pub fields: &'static [Field],
}

use Field as F;

const DECISION: &[Field] = &[
    F::LaName,
    F::CaseReference,
    F::ChildName,
    F::ChildDateOfBirth,
    F::LetterDate,
    F::CoordinatorName,
    F::PlanDue,
];

const REFUSAL: &[Field] = &[
    F::LaName,
    F::CaseReference,
    F::ChildName,
    F::ChildDateOfBirth,
    F::LetterDate,
    F::CoordinatorName,
    F::Reasons,
    F::MediationBy,
    F::AppealBy,
];

const RIGHTS: &str = "## If you disagree\n\n\
Please talk to your case co-ordinator, ((coordinator_name)), first: many disagreements are \
settled that way.\n\n\
You can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before \
you appeal you must contact a mediation adviser, unless your appeal is only about the school \
or other setting named in the plan. The adviser will explain mediation, and give you a \
certificate you need to appeal whether or not you choose mediation.\n\n\
- Contact the mediation adviser by ((mediation_by)).\n\
- The last day to appeal is ((appeal_by)), or one month after the date on a mediation \
certificate if that is later.\n\
- Your local SEND Information, Advice and Support Service (SENDIASS) gives free, impartial \
advice about all of this.";

const TEMPLATES: [LetterTemplate; 6] = [
    LetterTemplate {
        key: LetterKey::DecisionToAssess,
        key_str: "decision_to_assess",
        name: "Decision to assess",
        title: "Decision to carry out an EHC needs assessment",
        body: "Dear parent or carer,\n\n\
## ((child_name)), born ((child_date_of_birth))\n\
Case reference ((case_reference))\n\n\
Thank you for the request for an Education, Health and Care (EHC) needs assessment. On \
((letter_date)) ((la_name)) decided to carry out the assessment.\n\n\
## What happens next\n\n\
- We will ask for advice about ((child_name))'s needs from their school or setting, an \
educational psychologist, health and social care, and anyone else whose advice is needed.\n\
- You and ((child_name)) can tell us your views, and who else you would like us to ask.\n\
- If an EHC plan is needed, the final plan must be issued by ((plan_due)). If we decide that \
a plan is not needed we will write to you before then, with the reasons.\n\n\
Your case co-ordinator is ((coordinator_name)). Sign in to the EHC hub to follow the \
assessment and add your views.\n\n\
Yours sincerely,\n((la_name))",
        fields: DECISION,
    },
    LetterTemplate {
        key: LetterKey::DecisionNotToAssess,
        key_str: "decision_not_to_assess",
        name: "Decision not to assess",
        title: "Decision not to carry out an EHC needs assessment",
        body: "Dear parent or carer,\n\n\
## ((child_name)), born ((child_date_of_birth))\n\
Case reference ((case_reference))\n\n\
Thank you for the request for an Education, Health and Care (EHC) needs assessment. On \
((letter_date)) ((la_name)) decided not to carry out the assessment.\n\n\
## Why we decided this\n\n\
((reasons))\n\n\
((child_name))'s school or setting should go on meeting their needs through SEN support, \
and can ask for advice from specialists.\n\n",
        fields: REFUSAL,
    },
    LetterTemplate {
        key: LetterKey::DecisionToIssue,
        key_str: "decision_to_issue",
        name: "Decision to issue a plan",
        title: "Decision to issue an EHC plan",
        body: "Dear parent or carer,\n\n\
## ((child_name)), born ((child_date_of_birth))\n\
Case reference ((case_reference))\n\n\
The EHC needs assessment is complete. On ((letter_date)) ((la_name)) decided to issue an \
Education, Health and Care plan for ((child_name)).\n\n\
## What happens next\n\n\
- We will write the draft plan from the advice and your views, and send it to you.\n\
- You will have 15 days to comment on it, ask for a meeting, and tell us the school or other \
setting you would like named in it.\n\
- The final plan must be issued by ((plan_due)).\n\n\
Your case co-ordinator is ((coordinator_name)).\n\n\
Yours sincerely,\n((la_name))",
        fields: DECISION,
    },
    LetterTemplate {
        key: LetterKey::DecisionNotToIssue,
        key_str: "decision_not_to_issue",
        name: "Decision not to issue a plan",
        title: "Decision not to issue an EHC plan",
        body: "Dear parent or carer,\n\n\
## ((child_name)), born ((child_date_of_birth))\n\
Case reference ((case_reference))\n\n\
The EHC needs assessment is complete. On ((letter_date)) ((la_name)) decided not to issue an \
Education, Health and Care plan for ((child_name)).\n\n\
## Why we decided this\n\n\
((reasons))\n\n\
The advice gathered in the assessment is yours to share with ((child_name))'s school or \
setting, to help them plan SEN support.\n\n",
        fields: REFUSAL,
    },
    LetterTemplate {
        key: LetterKey::FinalPlanCover,
        key_str: "final_plan_cover",
        name: "Final plan covering letter",
        title: "Your child's final EHC plan",
        body: "Dear parent or carer,\n\n\
## ((child_name)), born ((child_date_of_birth))\n\
Case reference ((case_reference))\n\n\
On ((letter_date)) ((la_name)) issued ((child_name))'s final Education, Health and Care plan \
(version ((plan_version))). It names ((named_setting)) in section I. The plan comes with this \
letter; you can also read and download it when you sign in to the EHC hub.\n\n\
The plan will be reviewed at least every 12 months: the next annual review must take place by \
((review_due)).\n\n\
## If you disagree\n\n\
Please talk to your case co-ordinator, ((coordinator_name)), first.\n\n\
You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) about the \
special educational needs in section B, the provision in section F, or the school or setting \
named in section I. Unless your appeal is only about section I, you must contact a mediation \
adviser before you appeal. You can also ask for mediation about the health and social care \
parts of the plan.\n\n\
- Contact the mediation adviser by ((mediation_by)).\n\
- The last day to appeal is ((appeal_by)), or one month after the date on a mediation \
certificate if that is later.\n\
- Your local SEND Information, Advice and Support Service (SENDIASS) gives free, impartial \
advice.\n\n\
Yours sincerely,\n((la_name))",
        fields: &[
            F::LaName,
            F::CaseReference,
            F::ChildName,
            F::ChildDateOfBirth,
            F::LetterDate,
            F::CoordinatorName,
            F::PlanVersion,
            F::NamedSetting,
            F::ReviewDue,
            F::MediationBy,
            F::AppealBy,
        ],
    },
    LetterTemplate {
        key: LetterKey::PlanFrontPage,
        key_str: "plan_front_page",
        name: "EHC plan front page",
        title: "Education, Health and Care plan",
        body: "This plan sets out ((child_name))'s special educational needs, the outcomes sought \
for them, and the education, health and care provision to meet those needs. ((la_name)) \
maintains it under section 37 of the Children and Families Act 2014, and it is reviewed at \
least every 12 months.",
        fields: &[F::LaName, F::ChildName],
    },
];

/// The refusal letters end with the family's rights; they are part of the
/// default wording, so an administrator sees and may edit them.
fn default_body(t: &LetterTemplate) -> std::borrow::Cow<'static, str> {
    if t.fields == REFUSAL {
        std::borrow::Cow::Owned(format!(
            "{}{RIGHTS}\n\nYours sincerely,\n((la_name))",
            t.body
        ))
    } else {
        std::borrow::Cow::Borrowed(t.body)
    }
}

impl LetterTemplate {
    /// The default wording, whole.
    pub fn default_text(&self) -> LetterText {
        LetterText {
            title: self.title.to_owned(),
            body: default_body(self).into_owned(),
        }
    }
}

/// An administrator's wording, used instead of the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterText {
    pub title: String,
    pub body: String,
}

/// A part of a rendered letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LetterBlock {
    Heading(String),
    /// Running text; its line breaks are kept.
    Paragraph(String),
    Bullets(Vec<String>),
}

/// A letter ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub title: String,
    pub blocks: Vec<LetterBlock>,
}

/// Longest wording an administrator may save, title and body each.
pub const MAX_WORDING_CHARS: usize = 20_000;

/// Checks wording before it is saved: not empty, not too long, and only the
/// values its letter may use.
pub fn validate(key: LetterKey, text: &LetterText) -> Result<(), RenderError> {
    let allowed = key.template().fields;
    for (part, what) in [(&text.title, "title"), (&text.body, "body")] {
        if part.trim().is_empty() {
            return Err(RenderError::Empty(what));
        }
        if part.chars().count() > MAX_WORDING_CHARS {
            return Err(RenderError::TooLong(what));
        }
        for name in crate::wording::placeholders_in(part)? {
            match Field::parse(name) {
                Some(f) if allowed.contains(&f) => {}
                _ => return Err(RenderError::UnknownPlaceholder(name.to_owned())),
            }
        }
    }
    Ok(())
}

/// Renders a letter: the administrator's wording if given, else the default.
/// Every value the letter may use must be given. The wording is split into
/// headings, paragraphs and lists before values go in, so a value (the reasons,
/// say) never becomes a heading or a list.
pub fn render(
    key: LetterKey,
    wording: Option<&LetterText>,
    values: &BTreeMap<Field, String>,
) -> Result<Letter, RenderError> {
    let template = key.template();
    if let Some(missing) = template.fields.iter().find(|f| !values.contains_key(f)) {
        return Err(RenderError::MissingValue(missing.as_str()));
    }
    let default;
    let text = match wording {
        Some(text) => {
            validate(key, text)?;
            text
        }
        None => {
            default = template.default_text();
            &default
        }
    };
    let value = |name: &str| {
        Field::parse(name)
            .filter(|f| template.fields.contains(f))
            .and_then(|f| values.get(&f))
            .map(String::as_str)
    };
    let fill = |part: &str| crate::wording::fill(part, value);
    let blocks = structure(&text.body)
        .into_iter()
        .map(|block| {
            Ok(match block {
                LetterBlock::Heading(h) => LetterBlock::Heading(fill(&h)?),
                LetterBlock::Paragraph(p) => LetterBlock::Paragraph(fill(&p)?),
                LetterBlock::Bullets(items) => LetterBlock::Bullets(
                    items
                        .iter()
                        .map(|i| fill(i))
                        .collect::<Result<_, RenderError>>()?,
                ),
            })
        })
        .collect::<Result<Vec<_>, RenderError>>()?;
    Ok(Letter {
        title: fill(text.title.trim())?,
        blocks,
    })
}

/// Splits wording into blocks: blank lines end a block; a line starting `## `
/// is a heading; a block whose lines all start `- ` is a list.
fn structure(body: &str) -> Vec<LetterBlock> {
    let body = body.replace("\r\n", "\n");
    let mut blocks = Vec::new();
    for chunk in body.split("\n\n") {
        let mut lines: Vec<&str> = chunk.lines().map(str::trim_end).collect();
        while lines.first().is_some_and(|l| l.trim().is_empty()) {
            lines.remove(0);
        }
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        if lines.is_empty() {
            continue;
        }
        if let Some(heading) = lines[0].strip_prefix("## ") {
            blocks.push(LetterBlock::Heading(heading.trim().to_owned()));
            lines.remove(0);
            if lines.is_empty() {
                continue;
            }
        }
        if lines.iter().all(|l| l.starts_with("- ")) {
            blocks.push(LetterBlock::Bullets(
                lines.iter().map(|l| l[2..].trim().to_owned()).collect(),
            ));
        } else {
            blocks.push(LetterBlock::Paragraph(lines.join("\n")));
        }
    }
    blocks
}

/// What the hub knows when it prints a letter.
#[derive(Debug, Clone, Default)]
pub struct LetterFacts<'a> {
    pub la_name: &'a str,
    pub case_reference: &'a str,
    pub child_name: &'a str,
    pub child_born_on: Option<NaiveDate>,
    /// The day the decision was notified, or the plan issued.
    pub letter_date: Option<NaiveDate>,
    pub reasons: &'a str,
    pub coordinator_name: Option<&'a str>,
    /// The final plan's last day (D7), while the case has one.
    pub plan_due: Option<NaiveDate>,
    pub plan_version: Option<i32>,
    pub review_due: Option<NaiveDate>,
    pub named_setting: Option<&'a str>,
}

/// The values of a letter from the facts. The mediation and appeal dates are
/// counted from the letter's date by the rule book.
pub fn values(
    key: LetterKey,
    facts: &LetterFacts<'_>,
    clock: &Clock<'_>,
) -> BTreeMap<Field, String> {
    let date =
        |d: Option<NaiveDate>, otherwise: &str| d.map_or_else(|| otherwise.to_owned(), format_date);
    let from_letter = |id: DeadlineId| facts.letter_date.and_then(|on| clock.due(id, on));
    key.template()
        .fields
        .iter()
        .map(|f| {
            let value = match f {
                Field::LaName => facts.la_name.trim().to_owned(),
                Field::CaseReference => facts.case_reference.to_owned(),
                Field::ChildName => match facts.child_name.trim() {
                    "" => "your child".to_owned(),
                    name => name.to_owned(),
                },
                Field::ChildDateOfBirth => date(facts.child_born_on, "date of birth not recorded"),
                Field::LetterDate => date(facts.letter_date, "the date of this letter"),
                Field::Reasons => match facts.reasons.trim() {
                    "" => "The reasons were not recorded with the decision; your case \
                           co-ordinator will explain them."
                        .to_owned(),
                    reasons => reasons.to_owned(),
                },
                Field::CoordinatorName => facts
                    .coordinator_name
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .unwrap_or("the SEN team")
                    .to_owned(),
                Field::PlanDue => date(facts.plan_due, "20 weeks after the request"),
                Field::MediationBy => date(
                    from_letter(DeadlineId::D23),
                    "2 months after the date of this letter",
                ),
                Field::AppealBy => date(
                    from_letter(DeadlineId::D26),
                    "2 months after the date of this letter",
                ),
                Field::PlanVersion => facts
                    .plan_version
                    .map_or_else(|| "1".to_owned(), |v| v.to_string()),
                Field::ReviewDue => date(facts.review_due, "12 months after the plan was issued"),
                Field::NamedSetting => facts
                    .named_setting
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .unwrap_or("no school or other setting")
                    .to_owned(),
            };
            (*f, value)
        })
        .collect()
}

/// Example values of every field a letter may use, for a preview.
pub fn examples(key: LetterKey, la_name: &str) -> BTreeMap<Field, String> {
    key.template()
        .fields
        .iter()
        .map(|f| {
            let value = match f {
                Field::LaName => la_name.trim().to_owned(),
                other => other.example().to_owned(),
            };
            (*f, value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::calendar::BankHolidays;
    use crate::rules::RuleBook;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn text_of(letter: &Letter) -> String {
        let mut out = vec![letter.title.clone()];
        for b in &letter.blocks {
            match b {
                LetterBlock::Heading(h) | LetterBlock::Paragraph(h) => out.push(h.clone()),
                LetterBlock::Bullets(items) => out.extend(items.iter().map(|i| format!("* {i}"))),
            }
        }
        out.join("\n")
    }

    #[test]
    fn every_key_has_one_template_whose_wording_uses_exactly_its_fields() {
        for key in LetterKey::ALL {
            let t = key.template();
            assert_eq!(t.key, key);
            assert_eq!(LetterKey::parse(key.as_str()), Some(key));
            let text = t.default_text();
            let mut used: Vec<&str> = crate::wording::placeholders_in(&text.title).unwrap();
            used.extend(crate::wording::placeholders_in(&text.body).unwrap());
            used.sort_unstable();
            used.dedup();
            let mut declared: Vec<&str> = t.fields.iter().map(|f| f.as_str()).collect();
            declared.sort_unstable();
            assert_eq!(used, declared, "{key}");
            validate(key, &text).unwrap();
        }
    }

    #[test]
    fn a_refusal_tells_the_family_the_reasons_and_by_when_to_seek_mediation_or_appeal() {
        let rules = RuleBook::default();
        let holidays = BankHolidays::england_and_wales();
        let clock = Clock::new(&rules, &holidays);
        let facts = LetterFacts {
            la_name: "Exampleshire County Council",
            case_reference: "EHC-2026-000042",
            child_name: "Sam Example",
            child_born_on: Some(d(2016, 6, 4)),
            letter_date: Some(d(2027, 3, 3)),
            reasons: "Needs are met at SEN support.",
            coordinator_name: Some("Alex Example"),
            ..LetterFacts::default()
        };
        let key = LetterKey::DecisionNotToAssess;
        let letter = render(key, None, &values(key, &facts, &clock)).unwrap();
        let text = text_of(&letter);
        assert!(
            text.contains("On 3 March 2027 Exampleshire County Council decided not to carry out")
        );
        assert!(text.contains("Needs are met at SEN support."));
        assert!(
            text.contains("* Contact the mediation adviser by 3 May 2027."),
            "{text}"
        );
        // 3 May 2027 is the early May bank holiday: appeal time runs to the next working day.
        assert!(
            text.contains("* The last day to appeal is 4 May 2027"),
            "{text}"
        );
        assert!(text.contains("born 4 June 2016"));
        assert!(
            letter
                .blocks
                .contains(&LetterBlock::Heading("If you disagree".into()))
        );
    }

    #[test]
    fn an_appeal_window_ending_in_august_runs_to_the_first_working_day_of_september() {
        let rules = RuleBook::default();
        let holidays = BankHolidays::england_and_wales();
        let clock = Clock::new(&rules, &holidays);
        let facts = LetterFacts {
            letter_date: Some(d(2027, 6, 10)),
            ..LetterFacts::default()
        };
        let v = values(LetterKey::DecisionNotToIssue, &facts, &clock);
        assert_eq!(v[&Field::MediationBy], "10 August 2027");
        assert_eq!(v[&Field::AppealBy], "1 September 2027");
    }

    #[test]
    fn a_value_cannot_become_a_heading_a_list_or_a_placeholder() {
        let key = LetterKey::DecisionNotToIssue;
        let mut v = examples(key, "LA");
        v.insert(
            Field::Reasons,
            "First.\n\n## Not a heading\n- not a list\n((la_name))".into(),
        );
        let letter = render(key, None, &v).unwrap();
        let reasons = letter
            .blocks
            .iter()
            .find(|b| matches!(b, LetterBlock::Paragraph(p) if p.starts_with("First.")))
            .unwrap();
        assert_eq!(
            reasons,
            &LetterBlock::Paragraph("First.\n\n## Not a heading\n- not a list\n((la_name))".into())
        );
        assert!(
            !letter
                .blocks
                .contains(&LetterBlock::Heading("Not a heading".into()))
        );
    }

    #[test]
    fn an_administrators_wording_is_checked_and_used() {
        let key = LetterKey::FinalPlanCover;
        let ok = LetterText {
            title: "Plan for ((child_name))".into(),
            body: "## Dear family\nPlan version ((plan_version)) names ((named_setting)).\n\n- one\n- two".into(),
        };
        let letter = render(key, Some(&ok), &examples(key, "Exampleshire")).unwrap();
        assert_eq!(letter.title, "Plan for Sam Example");
        assert_eq!(
            letter.blocks,
            vec![
                LetterBlock::Heading("Dear family".into()),
                LetterBlock::Paragraph("Plan version 1 names Example Primary School.".into()),
                LetterBlock::Bullets(vec!["one".into(), "two".into()]),
            ]
        );
        let reasons_in_cover = LetterText {
            title: "t".into(),
            body: "((reasons))".into(),
        };
        assert_eq!(
            validate(key, &reasons_in_cover),
            Err(RenderError::UnknownPlaceholder("reasons".into()))
        );
        let empty = LetterText {
            title: " ".into(),
            body: "b".into(),
        };
        assert_eq!(validate(key, &empty), Err(RenderError::Empty("title")));
        let unclosed = LetterText {
            title: "t".into(),
            body: "((child_name".into(),
        };
        assert_eq!(validate(key, &unclosed), Err(RenderError::Unclosed));
    }

    #[test]
    fn a_letter_needs_every_value_it_may_use() {
        let key = LetterKey::DecisionToAssess;
        let mut v = examples(key, "LA");
        v.remove(&Field::PlanDue);
        assert_eq!(
            render(key, None, &v),
            Err(RenderError::MissingValue("plan_due"))
        );
    }

    #[test]
    fn only_decisions_to_or_not_to_call_for_a_letter() {
        use crate::lifecycle::{AssessDecision as A, IssueDecision as I};
        let cases = [
            (
                CaseEvent::DecisionToAssess {
                    decision: A::Assess,
                },
                Some(LetterKey::DecisionToAssess),
            ),
            (
                CaseEvent::DecisionToAssess {
                    decision: A::NotToAssess,
                },
                Some(LetterKey::DecisionNotToAssess),
            ),
            (
                CaseEvent::DecisionToAssess {
                    decision: A::Overturned,
                },
                None,
            ),
            (
                CaseEvent::DecisionToIssue { decision: I::Issue },
                Some(LetterKey::DecisionToIssue),
            ),
            (
                CaseEvent::DecisionToIssue {
                    decision: I::NotToIssue,
                },
                Some(LetterKey::DecisionNotToIssue),
            ),
            (CaseEvent::FinalPlanIssued, None),
        ];
        for (event, key) in cases {
            assert_eq!(LetterKey::for_event(&event), key, "{event:?}");
        }
    }
}
