//! People who use the hub: their identity, their fixed role and account status.
//! Values are parsed at the edge into these types and trusted inside.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Opaque identifier of a user account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(String);

impl UserId {
    pub fn new(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Opaque identifier of a team of contributors (a health or social-care service).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TeamId(String);

impl TeamId {
    pub fn new(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Opaque identifier of an education setting (school, nursery, college).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SettingId(String);

impl SettingId {
    pub fn new(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a value could not be parsed into a domain type. `field` names the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct InvalidValue {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

impl InvalidValue {
    pub fn new(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            code,
            message: message.into(),
        }
    }
}

/// An email address, trimmed and lower-cased so that one person has one account.
/// Deliberately permissive: a local part, one `@`, a domain with a dot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.trim().to_lowercase();
        let invalid = |msg: &str| Err(InvalidValue::new("email", "invalid_email", msg));
        if value.is_empty() {
            return invalid("Enter an email address");
        }
        if value.len() > 254 || value.chars().any(char::is_whitespace) {
            return invalid("Enter an email address in the correct format, like name@example.com");
        }
        match value.split_once('@') {
            Some((local, domain))
                if !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.') =>
            {
                Ok(Self(value))
            }
            _ => invalid("Enter an email address in the correct format, like name@example.com"),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The part before `@`: a context word a password must not contain.
    pub fn local_part(&self) -> &str {
        self.0
            .split_once('@')
            .map_or(self.0.as_str(), |(local, _)| local)
    }
}

impl TryFrom<String> for Email {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A mobile number for sign-in codes, kept in international form (`+447700900123`).
/// UK numbers may be written the usual ways (`07700 900123`, `+44 7700 900123`,
/// `0044...`); other countries need their `+` code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MobileNumber(String);

impl MobileNumber {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let invalid = || {
            Err(InvalidValue::new(
                "phone",
                "invalid_phone",
                "Enter a mobile phone number, like 07700 900 982 or +44 7700 900 982",
            ))
        };
        let compact: String = raw
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
            .collect();
        if compact.is_empty() {
            return Err(InvalidValue::new(
                "phone",
                "required",
                "Enter a mobile phone number",
            ));
        }
        let (plus, digits) = match compact.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, compact.as_str()),
        };
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return invalid();
        }
        let international = if plus {
            digits.to_owned()
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("44{rest}")
        } else {
            return invalid();
        };
        let valid = match international.strip_prefix("44") {
            // A UK mobile: 07 then nine digits.
            Some(national) => national.len() == 10 && national.starts_with('7'),
            None => (8..=15).contains(&international.len()),
        };
        if valid {
            Ok(Self(format!("+{international}")))
        } else {
            invalid()
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The last three digits, to remind a person where a code went.
    pub fn ending(&self) -> &str {
        &self.0[self.0.len().saturating_sub(3)..]
    }
}

/// A person's name as shown to others: trimmed, inner runs of spaces folded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(InvalidValue::new(
                "display_name",
                "required",
                "Enter a name",
            ));
        }
        if value.chars().count() > 200 {
            return Err(InvalidValue::new(
                "display_name",
                "too_long",
                "Name must be 200 characters or fewer",
            ));
        }
        Ok(Self(value))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DisplayName {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<DisplayName> for String {
    fn from(value: DisplayName) -> Self {
        value.0
    }
}

/// The role a person holds. Fixed when the account is created: a different role
/// means a new account (process.md, "People").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Parent, carer, guardian, young person (16-25) or advocate.
    Family,
    /// SENCo or headteacher of a school, nursery or college.
    Setting,
    /// Education, health or social-care professional; may belong to teams and manage them.
    Contributor,
    /// LA SEN officer who runs cases.
    CaseCoordinator,
    /// LA system administrator: users, teams, settings, templates; no case content by default.
    Administrator,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Family,
        Role::Setting,
        Role::Contributor,
        Role::CaseCoordinator,
        Role::Administrator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Family => "family",
            Role::Setting => "setting",
            Role::Contributor => "contributor",
            Role::CaseCoordinator => "case_coordinator",
            Role::Administrator => "administrator",
        }
    }

    /// Plain-English name for screens and messages.
    pub fn label(self) -> &'static str {
        match self {
            Role::Family => "Family member",
            Role::Setting => "Education setting",
            Role::Contributor => "Professional contributor",
            Role::CaseCoordinator => "Case co-ordinator",
            Role::Administrator => "Administrator",
        }
    }
}

impl Role {
    /// Who may invite whom (process.md, "Sign-in"): administrators anyone;
    /// case co-ordinators the families, settings and professionals of their cases.
    pub fn may_invite(self, invitee: Role) -> bool {
        match self {
            Role::Administrator => true,
            Role::CaseCoordinator => {
                matches!(invitee, Role::Family | Role::Setting | Role::Contributor)
            }
            Role::Family | Role::Setting | Role::Contributor => false,
        }
    }

    /// Suspending, reactivating and resetting other people's sign-in: administrators only.
    pub fn may_administer_accounts(self) -> bool {
        self == Role::Administrator
    }

    /// Seeing the combined list of accounts.
    pub fn may_list_accounts(self) -> bool {
        matches!(self, Role::Administrator | Role::CaseCoordinator)
    }
}

impl FromStr for Role {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| InvalidValue::new("role", "unknown_role", format!("Unknown role '{s}'")))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an account stands. Invited accounts have no password yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    Invited,
    Active,
    Suspended,
}

impl UserStatus {
    pub const ALL: [UserStatus; 3] = [
        UserStatus::Invited,
        UserStatus::Active,
        UserStatus::Suspended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Invited => "invited",
            UserStatus::Active => "active",
            UserStatus::Suspended => "suspended",
        }
    }

    /// Only an active account may sign in.
    pub fn may_sign_in(self) -> bool {
        matches!(self, UserStatus::Active)
    }
}

impl FromStr for UserStatus {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        UserStatus::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new("status", "unknown_status", format!("Unknown status '{s}'"))
            })
    }
}

/// A user account as the rest of the system sees it (no secrets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub display_name: DisplayName,
    pub role: Role,
    pub status: UserStatus,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_sign_in_at: Option<chrono::DateTime<chrono::Utc>>,
    pub version: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_is_stored_trimmed_and_lower_cased_so_one_person_has_one_account() {
        let email = Email::parse("  Jo.Bloggs@Example.GOV.uk ").unwrap();
        assert_eq!(email.as_str(), "jo.bloggs@example.gov.uk");
        assert_eq!(email.local_part(), "jo.bloggs");
    }

    #[test]
    fn malformed_emails_are_refused_with_the_field_named() {
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "a@@b.com",
            "@b.com",
            "a b@c.com",
            "a@.com",
            "a@com.",
        ] {
            let err = Email::parse(bad).unwrap_err();
            assert_eq!(err.field, "email", "{bad}");
        }
    }

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert!("superuser".parse::<Role>().is_err());
    }

    #[test]
    fn administrators_invite_anyone_and_coordinators_only_case_participants() {
        for invitee in Role::ALL {
            assert!(Role::Administrator.may_invite(invitee));
        }
        assert!(Role::CaseCoordinator.may_invite(Role::Family));
        assert!(Role::CaseCoordinator.may_invite(Role::Contributor));
        assert!(!Role::CaseCoordinator.may_invite(Role::Administrator));
        assert!(!Role::CaseCoordinator.may_invite(Role::CaseCoordinator));
        for inviter in [Role::Family, Role::Setting, Role::Contributor] {
            for invitee in Role::ALL {
                assert!(!inviter.may_invite(invitee));
            }
        }
        assert!(Role::Administrator.may_administer_accounts());
        assert!(!Role::CaseCoordinator.may_administer_accounts());
    }

    #[test]
    fn only_active_accounts_may_sign_in() {
        assert!(UserStatus::Active.may_sign_in());
        assert!(!UserStatus::Invited.may_sign_in());
        assert!(!UserStatus::Suspended.may_sign_in());
    }

    #[test]
    fn uk_mobiles_are_accepted_however_they_are_written() {
        for raw in [
            "07700 900982",
            "07700-900-982",
            "+44 7700 900982",
            "0044 7700 900982",
            "(07700) 900982",
        ] {
            assert_eq!(
                MobileNumber::parse(raw).unwrap().as_str(),
                "+447700900982",
                "{raw}"
            );
        }
        assert_eq!(
            MobileNumber::parse("+353 85 123 4567").unwrap().as_str(),
            "+353851234567"
        );
        assert_eq!(MobileNumber::parse("07700900982").unwrap().ending(), "982");
        for bad in [
            "",
            "01632 960123",
            "0770090098",
            "077009009821",
            "7700 900982",
            "+44 7700 9009a2",
        ] {
            assert_eq!(
                MobileNumber::parse(bad).unwrap_err().field,
                "phone",
                "{bad}"
            );
        }
    }

    #[test]
    fn display_names_fold_extra_spaces() {
        assert_eq!(
            DisplayName::parse("  Sam   Smith ").unwrap().as_str(),
            "Sam Smith"
        );
        assert!(DisplayName::parse("   ").is_err());
    }
}
