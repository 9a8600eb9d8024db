//! What the hub tells people, and the rules for saying it: every message type with a
//! stable key, its default wording, the placeholders it may use, and a renderer that
//! refuses anything else. Messages never carry child-identifying details: the
//! placeholder allow-list has no slot for a name or a date of birth, and every value
//! is checked against the shape of what it stands for (a case reference, a date, a
//! link, a code, or one of a closed set of words), so a name cannot pass as one.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};

/// How a message reaches its recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "email" => Some(Channel::Email),
            "sms" => Some(Channel::Sms),
            _ => None,
        }
    }
}

/// Every kind of message the hub sends. The string keys are stable: they are
/// stored in the outbox and name administrator overrides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TemplateKey {
    Invitation,
    SignInCode,
    PasswordReset,
    PasswordChanged,
    TwoFactorReset,
    SecondFactorChanged,
    CaseDeadlineApproaching,
    CaseDeadlineOverdue,
    AdviceRequested,
    AdviceAllocated,
    AdviceReminder,
    AdviceOverdue,
    AdviceSubmitted,
    DecisionToAssess,
    DecisionNotToAssess,
    DraftPlanReady,
    ConsultationRequest,
    FinalPlanIssued,
    ReviewMeetingInvitation,
    ViewsRequested,
    ReviewDecision,
}

impl TemplateKey {
    pub const ALL: [TemplateKey; 21] = [
        TemplateKey::Invitation,
        TemplateKey::SignInCode,
        TemplateKey::PasswordReset,
        TemplateKey::PasswordChanged,
        TemplateKey::TwoFactorReset,
        TemplateKey::SecondFactorChanged,
        TemplateKey::CaseDeadlineApproaching,
        TemplateKey::CaseDeadlineOverdue,
        TemplateKey::AdviceRequested,
        TemplateKey::AdviceAllocated,
        TemplateKey::AdviceReminder,
        TemplateKey::AdviceOverdue,
        TemplateKey::AdviceSubmitted,
        TemplateKey::DecisionToAssess,
        TemplateKey::DecisionNotToAssess,
        TemplateKey::DraftPlanReady,
        TemplateKey::ConsultationRequest,
        TemplateKey::FinalPlanIssued,
        TemplateKey::ReviewMeetingInvitation,
        TemplateKey::ViewsRequested,
        TemplateKey::ReviewDecision,
    ];

    pub fn as_str(self) -> &'static str {
        self.template().key_str
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The built-in template for this key.
    pub fn template(self) -> &'static Template {
        let found = TEMPLATES.iter().find(|t| t.key == self);
        // TEMPLATES lists every key (a test checks); the first entry is a safe fallback.
        found.unwrap_or(&TEMPLATES[0])
    }
}

impl fmt::Display for TemplateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The only values a message may carry. There is deliberately no placeholder for
/// a person's name, a date of birth, an address or free text about a child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Placeholder {
    /// `EHC-2026-000042`.
    CaseReference,
    /// A deadline, written as `3 March 2027` (see [`format_date`]).
    DueDate,
    /// When a link or an invitation stops working, written like a due date.
    ExpiresOn,
    /// A meeting's date, written like a due date.
    MeetingDate,
    /// A meeting's time, `10:30` (24-hour clock).
    MeetingTime,
    /// A link into the hub (`https://...`), where the details are shown after sign-in.
    SignInLink,
    /// A one-time sign-in code: 4 to 10 digits.
    Code,
    /// How long a code or link lasts, in minutes.
    MinutesValid,
    /// The local authority's name, from configuration.
    LaName,
    /// What kind of advice is asked for: one of [`ADVICE_TYPES`].
    AdviceType,
    /// The outcome of an annual review: one of [`REVIEW_OUTCOMES`].
    ReviewOutcome,
    /// A statutory deadline's plain-English name, as a rule pack gives it.
    DeadlineName,
}

/// The kinds of advice an EHC needs assessment gathers (regulation 6).
pub const ADVICE_TYPES: [&str; 6] = [
    "educational",
    "educational psychology",
    "health",
    "social care",
    "preparing for adulthood",
    "other professional",
];

/// What the local authority may decide after an annual review (regulation 20(10)).
pub const REVIEW_OUTCOMES: [&str; 3] = [
    "keep the plan as it is",
    "amend the plan",
    "stop maintaining the plan",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as GOV.UK style writes it: `3 March 2027`.
pub fn format_date(date: NaiveDate) -> String {
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {} {}", date.day(), month, date.year())
}

/// How far a day is from today, for sentences: "today", "tomorrow", "in 9 days",
/// "1 day ago", "3 days ago".
pub fn in_days(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "1 day ago".into(),
        d if d > 0 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

/// The names of the deadlines of the rule packs shipped: the only values a
/// deadline-name placeholder accepts, so nothing typed about a child can pass.
fn deadline_names() -> &'static std::collections::HashSet<String> {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        crate::rules::RulePack::send_2014()
            .rules
            .into_iter()
            .map(|r| r.name)
            .collect()
    })
}

impl Placeholder {
    pub const ALL: [Placeholder; 12] = [
        Placeholder::CaseReference,
        Placeholder::DueDate,
        Placeholder::ExpiresOn,
        Placeholder::MeetingDate,
        Placeholder::MeetingTime,
        Placeholder::SignInLink,
        Placeholder::Code,
        Placeholder::MinutesValid,
        Placeholder::LaName,
        Placeholder::AdviceType,
        Placeholder::ReviewOutcome,
        Placeholder::DeadlineName,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Placeholder::CaseReference => "case_reference",
            Placeholder::DueDate => "due_date",
            Placeholder::ExpiresOn => "expires_on",
            Placeholder::MeetingDate => "meeting_date",
            Placeholder::MeetingTime => "meeting_time",
            Placeholder::SignInLink => "sign_in_link",
            Placeholder::Code => "code",
            Placeholder::MinutesValid => "minutes_valid",
            Placeholder::LaName => "la_name",
            Placeholder::AdviceType => "advice_type",
            Placeholder::ReviewOutcome => "review_outcome",
            Placeholder::DeadlineName => "deadline",
        }
    }

    /// A value of the right shape, for previews of an administrator's wording.
    pub fn example(self) -> &'static str {
        match self {
            Placeholder::CaseReference => "EHC-2026-000042",
            Placeholder::DueDate => "3 March 2027",
            Placeholder::ExpiresOn => "17 March 2027",
            Placeholder::MeetingDate => "10 February 2027",
            Placeholder::MeetingTime => "10:30",
            Placeholder::SignInLink => "https://ehc.example.gov.uk/sign-in",
            Placeholder::Code => "123456",
            Placeholder::MinutesValid => "10",
            Placeholder::LaName => "Exampleshire County Council",
            Placeholder::AdviceType => ADVICE_TYPES[1],
            Placeholder::ReviewOutcome => REVIEW_OUTCOMES[0],
            Placeholder::DeadlineName => "Decision whether to assess, told to the family",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Checks a value has the shape this placeholder stands for.
    pub fn check(self, value: &str) -> Result<(), &'static str> {
        let ok = match self {
            Placeholder::CaseReference => is_case_reference(value),
            Placeholder::DueDate | Placeholder::ExpiresOn | Placeholder::MeetingDate => {
                is_written_date(value)
            }
            Placeholder::MeetingTime => is_time(value),
            Placeholder::SignInLink => is_link(value),
            Placeholder::Code => (4..=10).contains(&value.len()) && all_digits(value),
            Placeholder::MinutesValid => (1..=4).contains(&value.len()) && all_digits(value),
            Placeholder::LaName => {
                !value.trim().is_empty()
                    && value.chars().count() <= 120
                    && !value.chars().any(char::is_control)
                    && !value.contains("((")
            }
            Placeholder::AdviceType => ADVICE_TYPES.contains(&value),
            Placeholder::ReviewOutcome => REVIEW_OUTCOMES.contains(&value),
            Placeholder::DeadlineName => deadline_names().contains(value),
        };
        if ok {
            Ok(())
        } else {
            Err(match self {
                Placeholder::CaseReference => "must be a case reference like EHC-2026-000042",
                Placeholder::DueDate | Placeholder::ExpiresOn | Placeholder::MeetingDate => {
                    "must be a date written like 3 March 2027"
                }
                Placeholder::MeetingTime => "must be a time like 10:30",
                Placeholder::SignInLink => "must be an http(s) link without spaces",
                Placeholder::Code => "must be 4 to 10 digits",
                Placeholder::MinutesValid => "must be a whole number of minutes",
                Placeholder::LaName => "must be one line of at most 120 characters",
                Placeholder::AdviceType => "must be one of the advice types",
                Placeholder::ReviewOutcome => "must be one of the review outcomes",
                Placeholder::DeadlineName => "must be the name of a statutory deadline",
            })
        }
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_case_reference(s: &str) -> bool {
    let mut parts = s.split('-');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("EHC"), Some(year), Some(number), None)
            if year.len() == 4 && all_digits(year) && (4..=8).contains(&number.len()) && all_digits(number)
    )
}

fn is_written_date(s: &str) -> bool {
    let mut parts = s.split(' ');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(day), Some(month), Some(year), None) => {
            (1..=2).contains(&day.len())
                && all_digits(day)
                && MONTHS.contains(&month)
                && year.len() == 4
                && all_digits(year)
        }
        _ => false,
    }
}

fn is_time(s: &str) -> bool {
    match s.split_once(':') {
        Some((h, m)) => {
            h.len() == 2
                && m.len() == 2
                && all_digits(h)
                && all_digits(m)
                && h.parse::<u8>().is_ok_and(|h| h < 24)
                && m.parse::<u8>().is_ok_and(|m| m < 60)
        }
        None => false,
    }
}

fn is_link(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() <= 500
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !s.contains("((")
        && !s.contains("))")
}

/// One message type: its key, the channel it normally goes by, its default
/// wording and the placeholders that wording uses.
#[derive(Debug)]
pub struct Template {
    pub key: TemplateKey,
    key_str: &'static str,
    pub default_channel: Channel,
    /// Security messages go whatever the recipient's preferences say.
    pub always_sent: bool,
    pub subject: &'static str,
    pub body: &'static str,
    /// Exactly the placeholders the message needs; overrides may use only these.
    pub placeholders: &'static [Placeholder],
}

use Placeholder as P;

const LINK_AND_LA: &[Placeholder] = &[P::LaName, P::SignInLink];
const ADVICE: &[Placeholder] = &[P::CaseReference, P::AdviceType, P::DueDate, P::SignInLink];
const CASE_DUE: &[Placeholder] = &[P::CaseReference, P::DueDate, P::SignInLink];
const DEADLINE: &[Placeholder] = &[P::CaseReference, P::DeadlineName, P::DueDate, P::SignInLink];
const CASE_LA: &[Placeholder] = &[P::CaseReference, P::LaName, P::SignInLink];

static TEMPLATES: [Template; 21] = [
    Template {
        key: TemplateKey::Invitation,
        key_str: "invitation",
        default_channel: Channel::Email,
        always_sent: true,
        subject: "You have been invited to the ((la_name)) EHC hub",
        body: "((la_name)) has invited you to the EHC hub, where education, health and care \
needs assessments, plans and reviews are managed.\n\nAccept the invitation and choose your \
password by ((expires_on)):\n((sign_in_link))\n\nIf you were not expecting this, you can ignore \
this email: no account is made until the invitation is accepted.",
        placeholders: &[P::LaName, P::ExpiresOn, P::SignInLink],
    },
    Template {
        key: TemplateKey::SignInCode,
        key_str: "sign_in_code",
        default_channel: Channel::Sms,
        always_sent: true,
        subject: "Your EHC hub sign-in code",
        body: "((code)) is your EHC hub sign-in code. It expires in ((minutes_valid)) minutes. \
Nobody from ((la_name)) will ever ask you for it.",
        placeholders: &[P::Code, P::MinutesValid, P::LaName],
    },
    Template {
        key: TemplateKey::PasswordReset,
        key_str: "password_reset",
        default_channel: Channel::Email,
        always_sent: true,
        subject: "Reset your EHC hub password",
        body: "Someone asked to reset the password of your EHC hub account at ((la_name)).\n\n\
Choose a new password within ((minutes_valid)) minutes using this link:\n((sign_in_link))\n\n\
If this was not you, ignore this email: your password has not changed.",
        placeholders: &[P::LaName, P::MinutesValid, P::SignInLink],
    },
    Template {
        key: TemplateKey::PasswordChanged,
        key_str: "password_changed",
        default_channel: Channel::Email,
        always_sent: true,
        subject: "Your EHC hub password was changed",
        body: "The password of your EHC hub account at ((la_name)) has just been changed.\n\n\
If you did not change it, contact ((la_name)) today and sign in to check your account:\n\
((sign_in_link))",
        placeholders: LINK_AND_LA,
    },
    Template {
        key: TemplateKey::TwoFactorReset,
        key_str: "two_factor_reset",
        default_channel: Channel::Email,
        always_sent: true,
        subject: "The second sign-in step on your EHC hub account was reset",
        body: "An administrator at ((la_name)) has reset the second sign-in step (authenticator \
app or text message codes) on your EHC hub account. You will set it up again the next time you \
sign in:\n((sign_in_link))\n\nIf you did not ask for this, contact ((la_name)) today.",
        placeholders: LINK_AND_LA,
    },
    Template {
        key: TemplateKey::SecondFactorChanged,
        key_str: "second_factor_changed",
        default_channel: Channel::Email,
        always_sent: true,
        subject: "The second sign-in step on your EHC hub account is being changed",
        body: "Someone signed in to your EHC hub account at ((la_name)) with your password has \
started changing its second sign-in step (authenticator app or text message codes). The old one \
no longer works.\n\nIf this was not you, contact ((la_name)) today. To sign in: ((sign_in_link))",
        placeholders: LINK_AND_LA,
    },
    Template {
        key: TemplateKey::CaseDeadlineApproaching,
        key_str: "case_deadline_approaching",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Case ((case_reference)): a statutory deadline is close",
        body: "On case ((case_reference)), the deadline \"((deadline))\" falls on ((due_date)). \
Sign in to see what is still needed: ((sign_in_link))",
        placeholders: DEADLINE,
    },
    Template {
        key: TemplateKey::CaseDeadlineOverdue,
        key_str: "case_deadline_overdue",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Case ((case_reference)): a statutory deadline has passed",
        body: "On case ((case_reference)), the deadline \"((deadline))\" passed on ((due_date)). \
Sign in to record what happened, or an exception if one applies: ((sign_in_link))",
        placeholders: DEADLINE,
    },
    Template {
        key: TemplateKey::AdviceRequested,
        key_str: "advice_requested",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Advice requested on case ((case_reference)), due by ((due_date))",
        body: "Advice has been requested from you on case ((case_reference)); it is due by \
((due_date)).\n\nWhat is asked: ((advice_type)) advice for an education, health and care needs \
assessment.\n\nSign in to read the request and submit your advice:\n((sign_in_link))",
        placeholders: ADVICE,
    },
    Template {
        key: TemplateKey::AdviceAllocated,
        key_str: "advice_allocated",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Advice on case ((case_reference)) allocated to you, due by ((due_date))",
        body: "A request for ((advice_type)) advice on case ((case_reference)) has been allocated \
to you; it is due by ((due_date)).\n\nSign in to read the request and submit your advice:\n\
((sign_in_link))",
        placeholders: ADVICE,
    },
    Template {
        key: TemplateKey::AdviceReminder,
        key_str: "advice_reminder",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Reminder: advice on case ((case_reference)) is due by ((due_date))",
        body: "The ((advice_type)) advice requested on case ((case_reference)) 4 weeks ago has not \
been submitted yet. It is due by ((due_date)).\n\nSign in to submit it, or to tell the case \
co-ordinator if it will be late:\n((sign_in_link))",
        placeholders: ADVICE,
    },
    Template {
        key: TemplateKey::AdviceOverdue,
        key_str: "advice_overdue",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Overdue: advice on case ((case_reference)) was due by ((due_date))",
        body: "The ((advice_type)) advice on case ((case_reference)) was due by ((due_date)) and \
has not been submitted. The assessment cannot finish within its statutory time limit without \
it.\n\nSign in to submit it now, or to tell the case co-ordinator when it will arrive:\n\
((sign_in_link))",
        placeholders: ADVICE,
    },
    Template {
        key: TemplateKey::AdviceSubmitted,
        key_str: "advice_submitted",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Advice submitted on case ((case_reference))",
        body: "The ((advice_type)) advice on case ((case_reference)) has been submitted.\n\n\
Sign in to read it:\n((sign_in_link))",
        placeholders: &[P::CaseReference, P::AdviceType, P::SignInLink],
    },
    Template {
        key: TemplateKey::DecisionToAssess,
        key_str: "decision_to_assess",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Decision on case ((case_reference)): an EHC needs assessment will be carried out",
        body: "((la_name)) has decided to carry out an education, health and care needs \
assessment on case ((case_reference)). The assessment, and the final plan if one is issued, are \
due by ((due_date)).\n\nSign in to read the decision letter and what happens next:\n\
((sign_in_link))",
        placeholders: &[P::CaseReference, P::LaName, P::DueDate, P::SignInLink],
    },
    Template {
        key: TemplateKey::DecisionNotToAssess,
        key_str: "decision_not_to_assess",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Decision on case ((case_reference)): no EHC needs assessment",
        body: "((la_name)) has decided not to carry out an education, health and care needs \
assessment on case ((case_reference)).\n\nSign in to read the decision letter. It explains the \
reasons, how to ask for mediation or appeal to the SEND Tribunal, and by when:\n\
((sign_in_link))",
        placeholders: CASE_LA,
    },
    Template {
        key: TemplateKey::DraftPlanReady,
        key_str: "draft_plan_ready",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Draft EHC plan ready on case ((case_reference)): comments by ((due_date))",
        body: "A draft education, health and care plan is ready on case ((case_reference)).\n\n\
You have until ((due_date)) to comment on it, to ask for a meeting about it, and to say which \
school or other setting you would like named in it.\n\nSign in to read the draft:\n\
((sign_in_link))",
        placeholders: CASE_DUE,
    },
    Template {
        key: TemplateKey::ConsultationRequest,
        key_str: "consultation_request",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Consultation on case ((case_reference)): reply by ((due_date))",
        body: "((la_name)) is consulting you about naming your setting in the education, health \
and care plan on case ((case_reference)). Please reply by ((due_date)).\n\nSign in to read the \
draft plan and respond:\n((sign_in_link))",
        placeholders: &[P::CaseReference, P::LaName, P::DueDate, P::SignInLink],
    },
    Template {
        key: TemplateKey::FinalPlanIssued,
        key_str: "final_plan_issued",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Final EHC plan issued on case ((case_reference))",
        body: "((la_name)) has issued the final education, health and care plan on case \
((case_reference)).\n\nSign in to read the plan and the letter with it, which explains how to ask \
for mediation or appeal to the SEND Tribunal, and by when:\n((sign_in_link))",
        placeholders: CASE_LA,
    },
    Template {
        key: TemplateKey::ReviewMeetingInvitation,
        key_str: "review_meeting_invitation",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Annual review meeting on case ((case_reference)): ((meeting_date)) at ((meeting_time))",
        body: "You are invited to the annual review meeting on case ((case_reference)) on \
((meeting_date)) at ((meeting_time)).\n\nSign in to see where it is held, to say whether you can \
come, and to send your views before it:\n((sign_in_link))",
        placeholders: &[
            P::CaseReference,
            P::MeetingDate,
            P::MeetingTime,
            P::SignInLink,
        ],
    },
    Template {
        key: TemplateKey::ViewsRequested,
        key_str: "views_requested",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Views requested for the annual review on case ((case_reference)) by ((due_date))",
        body: "Your views are requested for the annual review on case ((case_reference)). Please \
send them by ((due_date)), so that everyone can read them before the meeting.\n\nSign in to send \
your views:\n((sign_in_link))",
        placeholders: CASE_DUE,
    },
    Template {
        key: TemplateKey::ReviewDecision,
        key_str: "review_decision",
        default_channel: Channel::Email,
        always_sent: false,
        subject: "Annual review decision on case ((case_reference))",
        body: "After the annual review on case ((case_reference)), ((la_name)) has decided to \
((review_outcome)).\n\nSign in to read the decision letter. It explains the reasons, how to ask \
for mediation or appeal to the SEND Tribunal, and by when:\n((sign_in_link))",
        placeholders: &[P::CaseReference, P::LaName, P::ReviewOutcome, P::SignInLink],
    },
];

/// An administrator's wording for one message type, used instead of the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateText {
    pub subject: String,
    pub body: String,
}

/// A message ready to send. SMS messages ignore the subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The wording or the values name a placeholder this message type may not use.
    #[error("'(({0}))' is not a placeholder this message may use")]
    UnknownPlaceholder(String),
    #[error("no value was given for '(({0}))'")]
    MissingValue(&'static str),
    #[error("the value for '(({placeholder}))' {why}")]
    InvalidValue {
        placeholder: &'static str,
        why: &'static str,
    },
    #[error("a '((' is not closed with '))'")]
    Unclosed,
    #[error("the {0} must not be empty")]
    Empty(&'static str),
    #[error("the {0} is too long")]
    TooLong(&'static str),
}

/// Checks an administrator's wording uses only the placeholders of its message
/// type, before it is saved.
pub fn validate_override(key: TemplateKey, text: &TemplateText) -> Result<(), RenderError> {
    let allowed = key.template().placeholders;
    for (part, what) in [(&text.subject, "subject"), (&text.body, "body")] {
        if part.trim().is_empty() {
            return Err(RenderError::Empty(what));
        }
        for name in crate::wording::placeholders_in(part)? {
            match Placeholder::parse(name) {
                Some(p) if allowed.contains(&p) => {}
                _ => return Err(RenderError::UnknownPlaceholder(name.to_owned())),
            }
        }
    }
    Ok(())
}

/// Renders a message: the administrator's wording if given, else the default.
/// Every value must be a placeholder of this message type, every placeholder of
/// the type must have a value, and each value must have its placeholder's shape.
pub fn render(
    key: TemplateKey,
    wording: Option<&TemplateText>,
    values: &BTreeMap<String, String>,
) -> Result<Rendered, RenderError> {
    let template = key.template();
    let mut checked: BTreeMap<Placeholder, &str> = BTreeMap::new();
    for (name, value) in values {
        let placeholder = Placeholder::parse(name)
            .filter(|p| template.placeholders.contains(p))
            .ok_or_else(|| RenderError::UnknownPlaceholder(name.clone()))?;
        placeholder
            .check(value)
            .map_err(|why| RenderError::InvalidValue {
                placeholder: placeholder.as_str(),
                why,
            })?;
        checked.insert(placeholder, value);
    }
    if let Some(missing) = template
        .placeholders
        .iter()
        .find(|p| !checked.contains_key(p))
    {
        return Err(RenderError::MissingValue(missing.as_str()));
    }
    let (subject, body) = match wording {
        Some(text) => {
            validate_override(key, text)?;
            (text.subject.as_str(), text.body.as_str())
        }
        None => (template.subject, template.body),
    };
    Ok(Rendered {
        subject: crate::wording::fill(subject, |name| {
            Placeholder::parse(name).and_then(|p| checked.get(&p).copied())
        })?,
        body: crate::wording::fill(body, |name| {
            Placeholder::parse(name).and_then(|p| checked.get(&p).copied())
        })?,
    })
}

/// When a failed delivery is tried again: a deterministic exponential schedule
/// (no jitter, so tests and operators can predict it), capped, for a limited
/// number of attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; after the last, the message has failed for good.
    pub max_attempts: u32,
    /// The wait after the first failed attempt; each later wait doubles.
    pub first_delay_secs: i64,
    /// No wait is longer than this.
    pub max_delay_secs: i64,
}

impl Default for RetryPolicy {
    /// 30 s, 1, 2, 4, 8, 16, 32 min, then hourly: ten attempts span about 4 hours.
    fn default() -> Self {
        Self {
            max_attempts: 10,
            first_delay_secs: 30,
            max_delay_secs: 3_600,
        }
    }
}

impl RetryPolicy {
    /// The wait after `attempts` failed attempts (1 for the first failure), or
    /// `None` when no attempt is left.
    pub fn delay_after(&self, attempts: u32) -> Option<chrono::Duration> {
        if attempts == 0 || attempts >= self.max_attempts {
            return None;
        }
        let factor = 1_i64.checked_shl(attempts - 1).unwrap_or(i64::MAX);
        let secs = self
            .first_delay_secs
            .saturating_mul(factor)
            .min(self.max_delay_secs);
        Some(chrono::Duration::seconds(secs))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    /// The values a caller would pass for `key`, for a case whose child is named
    /// below; none of the child's details has anywhere to go.
    fn personalisation_for(key: TemplateKey) -> BTreeMap<String, String> {
        key.template()
            .placeholders
            .iter()
            .map(|p| {
                let value = match p {
                    P::CaseReference => "EHC-2026-000042",
                    P::DueDate => "3 March 2027",
                    P::ExpiresOn => "12 December 2026",
                    P::MeetingDate => "14 May 2027",
                    P::MeetingTime => "10:30",
                    P::SignInLink => "https://ehc.example.gov.uk/cases/EHC-2026-000042",
                    P::Code => "482913",
                    P::MinutesValid => "10",
                    P::LaName => "Exampleshire County Council",
                    P::AdviceType => "educational psychology",
                    P::ReviewOutcome => "amend the plan",
                    P::DeadlineName => "Final plan issued",
                };
                (p.as_str().to_owned(), value.to_owned())
            })
            .collect()
    }

    struct SeededChild {
        first_name: &'static str,
        last_name: &'static str,
        date_of_birth: NaiveDate,
    }

    fn seeded_child() -> SeededChild {
        SeededChild {
            first_name: "Oluwaseun",
            last_name: "Fairweather-Kowalski",
            date_of_birth: NaiveDate::from_ymd_opt(2015, 3, 3).unwrap(),
        }
    }

    #[test]
    fn every_message_type_has_a_template_a_unique_key_and_renders() {
        for key in TemplateKey::ALL {
            let t = key.template();
            assert_eq!(t.key, key, "TEMPLATES lists {key}");
            assert_eq!(TemplateKey::parse(key.as_str()), Some(key));
            let rendered = render(key, None, &personalisation_for(key)).unwrap();
            assert!(!rendered.body.contains("(("), "{key}: {}", rendered.body);
            assert!(
                !rendered.subject.contains("(("),
                "{key}: {}",
                rendered.subject
            );
        }
        let mut keys: Vec<_> = TemplateKey::ALL.iter().map(|k| k.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), TemplateKey::ALL.len());
    }

    #[test]
    fn each_template_declares_exactly_the_placeholders_its_wording_uses() {
        for key in TemplateKey::ALL {
            let t = key.template();
            let mut used: Vec<&str> = crate::wording::placeholders_in(t.subject).unwrap();
            used.extend(crate::wording::placeholders_in(t.body).unwrap());
            used.sort_unstable();
            used.dedup();
            let mut declared: Vec<&str> = t.placeholders.iter().map(|p| p.as_str()).collect();
            declared.sort_unstable();
            assert_eq!(used, declared, "{key}");
        }
    }

    #[test]
    fn no_message_carries_the_childs_names_or_date_of_birth() {
        let child = seeded_child();
        let dob_forms = [
            format_date(child.date_of_birth),
            child.date_of_birth.to_string(),
            child.date_of_birth.format("%d/%m/%Y").to_string(),
        ];
        for key in TemplateKey::ALL {
            let r = render(key, None, &personalisation_for(key)).unwrap();
            for text in [&r.subject, &r.body] {
                for forbidden in [child.first_name, child.last_name] {
                    assert!(!text.contains(forbidden), "{key} names the child: {text}");
                }
                for dob in &dob_forms {
                    assert!(!text.contains(dob.as_str()), "{key} has the date of birth");
                }
            }
        }
        // And there is no way to put them in: no placeholder takes a name, and a
        // name does not have the shape of any value a placeholder accepts.
        for p in Placeholder::ALL {
            assert!(!p.as_str().contains("name") || p == P::LaName);
        }
        for key in TemplateKey::ALL {
            let mut values = personalisation_for(key);
            values.insert("child_name".into(), child.first_name.into());
            assert_eq!(
                render(key, None, &values),
                Err(RenderError::UnknownPlaceholder("child_name".into()))
            );
        }
        let full_name = format!("{} {}", child.first_name, child.last_name);
        for p in Placeholder::ALL.into_iter().filter(|p| *p != P::LaName) {
            assert!(p.check(&full_name).is_err(), "{p:?} accepts a name");
            assert!(p.check(child.first_name).is_err(), "{p:?} accepts a name");
        }
        assert!(P::DueDate.check(&child.date_of_birth.to_string()).is_err());
    }

    #[test]
    fn advice_requested_says_what_is_asked_on_which_case_and_by_when() {
        let r = render(
            TemplateKey::AdviceRequested,
            None,
            &personalisation_for(TemplateKey::AdviceRequested),
        )
        .unwrap();
        assert_eq!(
            r.subject,
            "Advice requested on case EHC-2026-000042, due by 3 March 2027"
        );
        assert!(r.body.starts_with(
            "Advice has been requested from you on case EHC-2026-000042; it is due by 3 March 2027."
        ));
        assert!(r.body.contains("educational psychology advice"));
        assert!(
            r.body
                .ends_with("https://ehc.example.gov.uk/cases/EHC-2026-000042")
        );
    }

    #[test]
    fn security_messages_are_always_sent_and_case_messages_are_not() {
        let always: Vec<_> = TemplateKey::ALL
            .into_iter()
            .filter(|k| k.template().always_sent)
            .collect();
        assert_eq!(
            always,
            vec![
                TemplateKey::Invitation,
                TemplateKey::SignInCode,
                TemplateKey::PasswordReset,
                TemplateKey::PasswordChanged,
                TemplateKey::TwoFactorReset,
                TemplateKey::SecondFactorChanged,
            ]
        );
        assert_eq!(
            TemplateKey::SignInCode.template().default_channel,
            Channel::Sms
        );
    }

    #[test]
    fn a_missing_or_ill_shaped_value_is_refused() {
        let mut values = personalisation_for(TemplateKey::AdviceRequested);
        values.remove("due_date");
        assert_eq!(
            render(TemplateKey::AdviceRequested, None, &values),
            Err(RenderError::MissingValue("due_date"))
        );
        values.insert("due_date".into(), "2027-03-03".into());
        assert!(matches!(
            render(TemplateKey::AdviceRequested, None, &values),
            Err(RenderError::InvalidValue {
                placeholder: "due_date",
                ..
            })
        ));
        let mut values = personalisation_for(TemplateKey::SignInCode);
        values.insert("code".into(), "12a456".into());
        assert!(render(TemplateKey::SignInCode, None, &values).is_err());
        let mut values = personalisation_for(TemplateKey::AdviceRequested);
        values.insert("sign_in_link".into(), "https://x.example/((code))".into());
        assert!(render(TemplateKey::AdviceRequested, None, &values).is_err());
    }

    #[test]
    fn an_administrators_wording_is_used_and_may_use_only_its_own_placeholders() {
        let key = TemplateKey::DraftPlanReady;
        let wording = TemplateText {
            subject: "Draft plan for ((case_reference))".into(),
            body: "Please comment by ((due_date)): ((sign_in_link))".into(),
        };
        let r = render(key, Some(&wording), &personalisation_for(key)).unwrap();
        assert_eq!(r.subject, "Draft plan for EHC-2026-000042");
        assert_eq!(
            r.body,
            "Please comment by 3 March 2027: https://ehc.example.gov.uk/cases/EHC-2026-000042"
        );
        let naming = TemplateText {
            subject: "Draft plan for ((child_first_name))".into(),
            body: "x".into(),
        };
        assert_eq!(
            validate_override(key, &naming),
            Err(RenderError::UnknownPlaceholder("child_first_name".into()))
        );
        let borrowed = TemplateText {
            subject: "Your code".into(),
            body: "((code))".into(),
        };
        assert!(validate_override(key, &borrowed).is_err());
        let unclosed = TemplateText {
            subject: "s".into(),
            body: "by ((due_date".into(),
        };
        assert_eq!(
            validate_override(key, &unclosed),
            Err(RenderError::Unclosed)
        );
    }

    #[test]
    fn dates_are_written_the_gov_uk_way() {
        assert_eq!(
            format_date(NaiveDate::from_ymd_opt(2027, 3, 3).unwrap()),
            "3 March 2027"
        );
        assert!(P::DueDate.check("3 March 2027").is_ok());
        assert!(P::DueDate.check("03/03/2027").is_err());
    }

    #[test]
    fn retries_back_off_exponentially_up_to_a_cap_and_then_stop() {
        let policy = RetryPolicy {
            max_attempts: 6,
            first_delay_secs: 30,
            max_delay_secs: 300,
        };
        let delays: Vec<Option<i64>> = (1..=6)
            .map(|n| policy.delay_after(n).map(|d| d.num_seconds()))
            .collect();
        assert_eq!(
            delays,
            vec![Some(30), Some(60), Some(120), Some(240), Some(300), None]
        );
        let long = RetryPolicy {
            max_attempts: 200,
            ..policy
        };
        assert_eq!(long.delay_after(150).map(|d| d.num_seconds()), Some(300));
    }
}
