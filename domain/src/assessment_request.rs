//! A request for an EHC needs assessment: who sent it (a setting, a parent
//! through the public form, or a co-ordinator recording one that came on paper),
//! what it says, and what must be filled in before it can be submitted. A draft
//! is saved incomplete; submission checks every mandatory field at once.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::advice::content::{FieldProblem, Problems};
use crate::people::{Email, SettingId};

/// Who made the request, which decides what it must contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestRoute {
    /// A SENCo or headteacher, from a draft only they (and co-authors) see.
    Setting,
    /// A parent or young person, through the public form without an account.
    Parent,
    /// A co-ordinator recording a request that came by post, email or on paper.
    Coordinator,
}

impl RequestRoute {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestRoute::Setting => "setting",
            RequestRoute::Parent => "parent",
            RequestRoute::Coordinator => "coordinator",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Setting, Self::Parent, Self::Coordinator]
            .into_iter()
            .find(|r| r.as_str() == raw)
    }
}

/// How a request reached the LA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceivedVia {
    Online,
    Email,
    Post,
    /// Handed over on paper (at a meeting, at reception).
    Paper,
}

impl ReceivedVia {
    pub fn as_str(self) -> &'static str {
        match self {
            ReceivedVia::Online => "online",
            ReceivedVia::Email => "email",
            ReceivedVia::Post => "post",
            ReceivedVia::Paper => "paper",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Online, Self::Email, Self::Post, Self::Paper]
            .into_iter()
            .find(|r| r.as_str() == raw)
    }
}

/// Where a request is: a private draft, with the LA, or registered as a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Draft,
    Submitted,
    Registered,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Draft => "draft",
            RequestStatus::Submitted => "submitted",
            RequestStatus::Registered => "registered",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Draft, Self::Submitted, Self::Registered]
            .into_iter()
            .find(|r| r.as_str() == raw)
    }
}

/// The child or young person the request is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ChildDetails {
    pub given_names: String,
    pub family_name: String,
    pub born_on: Option<NaiveDate>,
    /// The language the child and family prefer, if not English.
    pub preferred_language: String,
    pub looked_after: bool,
    /// Who has parental responsibility, in the requester's words.
    pub parental_responsibility: String,
}

impl ChildDetails {
    /// Every problem with the details as a correction (all of them required),
    /// fields named without a prefix.
    pub fn check(&self, today: NaiveDate) -> Vec<FieldProblem> {
        let mut p = Problems(Vec::new());
        self.check_into(&mut p, "", today, true);
        p.0
    }

    fn check_into(&self, p: &mut Problems, prefix: &str, today: NaiveDate, required: bool) {
        let need = |message: &'static str| required.then_some(message);
        let field = |name: &str| format!("{prefix}{name}");
        p.text(
            field("given_names"),
            &self.given_names,
            need("Enter the child or young person's first name"),
        );
        p.text(
            field("family_name"),
            &self.family_name,
            need("Enter the child or young person's last name"),
        );
        match self.born_on {
            None if required => p.missing(
                field("born_on"),
                "Enter the child or young person's date of birth",
            ),
            Some(born) if born > today => p.0.push(FieldProblem {
                field: field("born_on"),
                code: "in_future",
                message: "Date of birth must be in the past".into(),
            }),
            Some(born) if today.years_since(born).is_some_and(|y| y > OLDEST_YEARS) => {
                p.0.push(FieldProblem {
                    field: field("born_on"),
                    code: "too_old",
                    message: format!(
                        "A plan can be requested only for a young person aged {OLDEST_YEARS} or under"
                    ),
                });
            }
            _ => {}
        }
        p.text(field("preferred_language"), &self.preferred_language, None);
        p.text(
            field("parental_responsibility"),
            &self.parental_responsibility,
            None,
        );
    }
}

/// How the LA reaches the parent or carer (or the young person).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ParentContact {
    pub name: String,
    /// Mother, father, carer, young person, advocate...
    pub relationship: String,
    pub email: String,
    pub phone: String,
    pub address: String,
}

/// What a request says. Saved as typed; checked in full at submission.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RequestContent {
    pub child: ChildDetails,
    pub parent: ParentContact,
    /// Why an assessment is needed: the child's difficulties and their effect.
    pub concerns: String,
    /// What the setting has already put in place (the graduated approach) and its effect.
    pub support_so_far: String,
    pub parent_views: String,
    pub child_views: String,
    /// A setting's request: the parents know about it and agree.
    pub parent_agrees: Option<bool>,
}

/// The oldest a young person can be for a plan to be requested (up to 25).
const OLDEST_YEARS: u32 = 25;

impl RequestContent {
    /// Problems that stop even a draft being saved: over-long text, an email
    /// that cannot be right, a date of birth in the future.
    pub fn check_draft(&self, route: RequestRoute, today: NaiveDate) -> Vec<FieldProblem> {
        self.check(route, today, false)
    }

    /// Every problem that stops submission, each field named, all at once.
    pub fn check_submit(&self, route: RequestRoute, today: NaiveDate) -> Vec<FieldProblem> {
        self.check(route, today, true)
    }

    fn check(&self, route: RequestRoute, today: NaiveDate, submit: bool) -> Vec<FieldProblem> {
        let need = |message: &'static str| submit.then_some(message);
        let mut p = Problems(Vec::new());
        self.child.check_into(&mut p, "child.", today, submit);
        let parent = &self.parent;
        p.text(
            "parent.name",
            &parent.name,
            need("Enter the name of the parent, carer or young person"),
        );
        p.text("parent.relationship", &parent.relationship, None);
        p.text("parent.address", &parent.address, None);
        p.text("parent.phone", &parent.phone, None);
        if !parent.email.trim().is_empty() {
            if let Err(e) = Email::parse(&parent.email) {
                p.0.push(FieldProblem {
                    field: "parent.email".into(),
                    code: "invalid_email",
                    message: e.message,
                });
            }
        } else if submit && route == RequestRoute::Parent {
            p.missing(
                "parent.email",
                "Enter your email address, so that we can invite you to follow the request",
            );
        }
        if submit
            && route != RequestRoute::Parent
            && parent.email.trim().is_empty()
            && parent.phone.trim().is_empty()
        {
            p.missing(
                "parent.phone",
                "Enter a phone number or an email address for the parent or carer",
            );
        }
        p.text(
            "concerns",
            &self.concerns,
            need("Describe why you are asking for an assessment"),
        );
        p.text(
            "support_so_far",
            &self.support_so_far,
            (route == RequestRoute::Setting).then_some(()).and(need(
                "Describe the support the setting has put in place and its effect",
            )),
        );
        p.text("parent_views", &self.parent_views, None);
        p.text("child_views", &self.child_views, None);
        if submit && route == RequestRoute::Setting && self.parent_agrees != Some(true) {
            p.missing(
                "parent_agrees",
                "Confirm that the parents know about this request and agree to it",
            );
        }
        p.0
    }

    /// Every problem that stops a draft being sent, all at once: the content's,
    /// and for a setting's request the setting it comes from (named first: a
    /// SENCo who works in two settings chooses one before anything else).
    pub fn check_submission(
        &self,
        route: RequestRoute,
        setting: Option<&SettingId>,
        today: NaiveDate,
    ) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if route == RequestRoute::Setting && setting.is_none() {
            problems.push(FieldProblem {
                field: "setting_id".into(),
                code: "required",
                message: "Choose the school, college or nursery the request comes from".into(),
            });
        }
        problems.extend(self.check_submit(route, today));
        problems
    }

    /// The child's name as people read it, or a placeholder for an empty draft.
    pub fn child_name(&self) -> String {
        let name = format!(
            "{} {}",
            self.child.given_names.trim(),
            self.child.family_name.trim()
        );
        match name.trim() {
            "" => "(no name yet)".to_owned(),
            n => n.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn complete() -> RequestContent {
        RequestContent {
            child: ChildDetails {
                given_names: "Alex".into(),
                family_name: "Smith".into(),
                born_on: Some(d(2018, 3, 4)),
                ..ChildDetails::default()
            },
            parent: ParentContact {
                name: "Jo Smith".into(),
                email: "jo@example.org".into(),
                ..ParentContact::default()
            },
            concerns: "Struggles to communicate".into(),
            support_so_far: "Speech and language group twice a week".into(),
            parent_agrees: Some(true),
            ..RequestContent::default()
        }
    }

    fn fields(problems: &[FieldProblem]) -> Vec<&str> {
        problems.iter().map(|p| p.field.as_str()).collect()
    }

    const TODAY: fn() -> NaiveDate = || d(2026, 11, 30);

    #[test]
    fn an_empty_draft_saves_but_cannot_be_submitted_and_every_missing_field_is_named() {
        let empty = RequestContent::default();
        assert!(empty.check_draft(RequestRoute::Setting, TODAY()).is_empty());
        assert_eq!(
            fields(&empty.check_submit(RequestRoute::Setting, TODAY())),
            [
                "child.given_names",
                "child.family_name",
                "child.born_on",
                "parent.name",
                "parent.phone",
                "concerns",
                "support_so_far",
                "parent_agrees"
            ]
        );
    }

    #[test]
    fn a_complete_setting_request_submits() {
        assert!(
            complete()
                .check_submit(RequestRoute::Setting, TODAY())
                .is_empty()
        );
    }

    #[test]
    fn a_parent_must_give_an_email_to_be_invited_but_need_not_describe_setting_support() {
        let mut request = complete();
        request.parent.email.clear();
        request.parent.phone = "07700 900123".into();
        request.support_so_far.clear();
        request.parent_agrees = None;
        assert_eq!(
            fields(&request.check_submit(RequestRoute::Parent, TODAY())),
            ["parent.email"]
        );
        assert!(
            request
                .check_submit(RequestRoute::Coordinator, TODAY())
                .is_empty()
        );
    }

    #[test]
    fn a_setting_request_names_its_setting_before_it_is_sent() {
        let school = SettingId::new("school-a");
        assert!(
            complete()
                .check_submission(RequestRoute::Setting, Some(&school), TODAY())
                .is_empty()
        );
        let unset = complete().check_submission(RequestRoute::Setting, None, TODAY());
        assert_eq!(fields(&unset), ["setting_id"]);
        assert_eq!(unset[0].code, "required");
        assert_eq!(
            fields(&RequestContent::default().check_submission(
                RequestRoute::Setting,
                None,
                TODAY()
            ))[..2],
            ["setting_id", "child.given_names"],
            "the setting comes first, then the content's problems"
        );
        // Parents and co-ordinators' records need no setting.
        for route in [RequestRoute::Parent, RequestRoute::Coordinator] {
            assert!(complete().check_submission(route, None, TODAY()).is_empty());
        }
    }

    #[test]
    fn a_setting_needs_the_parents_agreement() {
        let mut request = complete();
        request.parent_agrees = Some(false);
        assert_eq!(
            fields(&request.check_submit(RequestRoute::Setting, TODAY())),
            ["parent_agrees"]
        );
    }

    #[test]
    fn impossible_values_stop_even_a_draft() {
        let mut request = RequestContent::default();
        request.child.born_on = Some(d(2027, 1, 1));
        request.parent.email = "not an email".into();
        request.concerns = "x".repeat(crate::advice::content::MAX_TEXT_CHARS + 1);
        assert_eq!(
            fields(&request.check_draft(RequestRoute::Setting, TODAY())),
            ["child.born_on", "parent.email", "concerns"]
        );
        request.child.born_on = Some(d(1990, 1, 1));
        assert_eq!(
            request.check_draft(RequestRoute::Setting, TODAY())[0].code,
            "too_old"
        );
    }

    #[test]
    fn unknown_fields_are_refused() {
        let json = r#"{"child": {"given_names": "A", "nickname": "B"}}"#;
        assert!(serde_json::from_str::<RequestContent>(json).is_err());
    }

    #[test]
    fn the_child_name_reads_naturally_or_says_there_is_none() {
        assert_eq!(complete().child_name(), "Alex Smith");
        assert_eq!(RequestContent::default().child_name(), "(no name yet)");
    }
}
