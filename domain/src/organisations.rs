//! Teams of professionals and education settings: the values that describe them,
//! who may belong to which, and who may manage or read them. Memberships feed the
//! access policy (`access::facts::Actor`); the rules for cases live there.

use std::fmt;
use std::str::FromStr;

use crate::people::{InvalidValue, Role, User, UserId};

/// Administrators create and change teams and settings (process.md, "Administration").
pub fn may_manage_organisations(role: Role) -> bool {
    matches!(role, Role::Administrator)
}

/// Co-ordinators also read them: they pick teams when requesting advice and
/// settings when granting a case.
pub fn may_read_organisations(role: Role) -> bool {
    matches!(role, Role::Administrator | Role::CaseCoordinator)
}

/// The list of settings (names, URNs, phases: public DfE information) is also
/// open to families, who name the school they would like in a draft plan.
pub fn may_list_settings(role: Role) -> bool {
    may_read_organisations(role) || role == Role::Family
}

/// The name of a team or setting: trimmed, inner runs of spaces folded, 1-200 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrganisationName(String);

impl OrganisationName {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(InvalidValue::new("name", "required", "Enter a name"));
        }
        if value.chars().count() > 200 {
            return Err(InvalidValue::new(
                "name",
                "too_long",
                "Name must be 200 characters or fewer",
            ));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name as compared for uniqueness and sorted in lists: case does not
    /// make two teams different.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for OrganisationName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The service a team belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceKind {
    Health,
    SocialCare,
    Education,
    Other,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 4] = [
        ServiceKind::Health,
        ServiceKind::SocialCare,
        ServiceKind::Education,
        ServiceKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Health => "health",
            ServiceKind::SocialCare => "social_care",
            ServiceKind::Education => "education",
            ServiceKind::Other => "other",
        }
    }
}

impl FromStr for ServiceKind {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ServiceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new(
                    "service",
                    "unknown_service",
                    "Choose health, social care, education or other",
                )
            })
    }
}

/// A setting's phase of education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingPhase {
    EarlyYears,
    Primary,
    Secondary,
    AllThrough,
    Special,
    Post16,
    AlternativeProvision,
    Other,
}

impl SettingPhase {
    pub const ALL: [SettingPhase; 8] = [
        SettingPhase::EarlyYears,
        SettingPhase::Primary,
        SettingPhase::Secondary,
        SettingPhase::AllThrough,
        SettingPhase::Special,
        SettingPhase::Post16,
        SettingPhase::AlternativeProvision,
        SettingPhase::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SettingPhase::EarlyYears => "early_years",
            SettingPhase::Primary => "primary",
            SettingPhase::Secondary => "secondary",
            SettingPhase::AllThrough => "all_through",
            SettingPhase::Special => "special",
            SettingPhase::Post16 => "post_16",
            SettingPhase::AlternativeProvision => "alternative_provision",
            SettingPhase::Other => "other",
        }
    }
}

impl FromStr for SettingPhase {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SettingPhase::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new("phase", "unknown_phase", "Choose the setting's phase")
            })
    }
}

/// A Unique Reference Number: the six digits the Department for Education gives
/// every school, nursery and college (Get Information about Schools).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Urn(String);

impl Urn {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(InvalidValue::new(
                "urn",
                "required",
                "Enter the setting's URN",
            ));
        }
        if value.len() != 6 || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InvalidValue::new(
                "urn",
                "invalid_urn",
                "A URN is 6 digits, like 100000",
            ));
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Urn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a member of staff is in their setting: "SENCo", "Headteacher", or
/// another title in their own words (1-100 characters).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StaffTitle(String);

impl StaffTitle {
    pub const SENCO: &'static str = "SENCo";
    pub const HEADTEACHER: &'static str = "Headteacher";

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(InvalidValue::new("title", "required", "Enter a job title"));
        }
        if value.chars().count() > 100 {
            return Err(InvalidValue::new(
                "title",
                "too_long",
                "Job title must be 100 characters or fewer",
            ));
        }
        // The two titles the process knows are spelt one way, so lists and filters agree.
        let squashed = |s: &str| s.replace([' ', '-'], "").to_lowercase();
        let known = [Self::SENCO, Self::HEADTEACHER]
            .into_iter()
            .find(|t| squashed(t) == squashed(&value));
        Ok(Self(known.map_or(value, str::to_owned)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A contributor who may join a team. Only professional contributors belong to
/// teams (a team manager is a contributor flagged manager): holding one of these
/// is the proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMemberCandidate(UserId);

impl TeamMemberCandidate {
    pub fn check(user: &User) -> Result<Self, InvalidValue> {
        if user.role == Role::Contributor {
            Ok(Self(user.id.clone()))
        } else {
            Err(InvalidValue::new(
                "user_id",
                "not_a_contributor",
                format!(
                    "Only professional contributors can join a team; this account is a {}",
                    user.role.label().to_lowercase()
                ),
            ))
        }
    }

    pub fn user(&self) -> &UserId {
        &self.0
    }
}

/// A setting-role account (SENCo, headteacher) who may be staff of a setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingStaffCandidate(UserId);

impl SettingStaffCandidate {
    pub fn check(user: &User) -> Result<Self, InvalidValue> {
        if user.role == Role::Setting {
            Ok(Self(user.id.clone()))
        } else {
            Err(InvalidValue::new(
                "user_id",
                "not_setting_staff",
                format!(
                    "Only education setting accounts can be staff of a setting; this account is a {}",
                    user.role.label().to_lowercase()
                ),
            ))
        }
    }

    pub fn user(&self) -> &UserId {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::{DisplayName, Email, UserStatus};

    fn user(role: Role) -> User {
        User {
            id: UserId::new("u1"),
            email: Email::parse("someone@example.org").unwrap(),
            display_name: DisplayName::parse("Someone").unwrap(),
            role,
            status: UserStatus::Active,
            created_at: chrono::DateTime::UNIX_EPOCH,
            last_sign_in_at: None,
            version: 1,
        }
    }

    #[test]
    fn only_administrators_manage_and_only_they_and_coordinators_read() {
        for role in Role::ALL {
            assert_eq!(may_manage_organisations(role), role == Role::Administrator);
            assert_eq!(
                may_read_organisations(role),
                matches!(role, Role::Administrator | Role::CaseCoordinator),
                "{role}"
            );
        }
    }

    #[test]
    fn a_family_lists_settings_to_name_the_school_they_would_like_but_reads_no_team() {
        assert!(may_list_settings(Role::Family));
        assert!(!may_read_organisations(Role::Family));
        assert!(!may_list_settings(Role::Contributor));
        assert!(!may_list_settings(Role::Setting));
    }

    #[test]
    fn a_urn_is_exactly_six_digits() {
        assert_eq!(Urn::parse(" 123456 ").unwrap().as_str(), "123456");
        for bad in ["", "12345", "1234567", "12345a", "12 456", "１２３４５６"] {
            let err = Urn::parse(bad).unwrap_err();
            assert_eq!(err.field, "urn", "{bad}");
        }
    }

    #[test]
    fn names_fold_spaces_and_compare_without_case() {
        let name = OrganisationName::parse("  Community   Paediatrics ").unwrap();
        assert_eq!(name.as_str(), "Community Paediatrics");
        assert_eq!(
            name.key(),
            OrganisationName::parse("COMMUNITY paediatrics")
                .unwrap()
                .key()
        );
        assert_eq!(OrganisationName::parse(" ").unwrap_err().field, "name");
        assert_eq!(
            OrganisationName::parse(&"x".repeat(201)).unwrap_err().code,
            "too_long"
        );
    }

    #[test]
    fn services_and_phases_round_trip_through_their_stored_names() {
        for kind in ServiceKind::ALL {
            assert_eq!(kind.as_str().parse::<ServiceKind>().unwrap(), kind);
        }
        for phase in SettingPhase::ALL {
            assert_eq!(phase.as_str().parse::<SettingPhase>().unwrap(), phase);
        }
        assert_eq!(
            "police".parse::<ServiceKind>().unwrap_err().field,
            "service"
        );
        assert_eq!(
            "college".parse::<SettingPhase>().unwrap_err().field,
            "phase"
        );
    }

    #[test]
    fn the_known_titles_are_spelt_one_way_and_others_kept_as_written() {
        assert_eq!(StaffTitle::parse("senco").unwrap().as_str(), "SENCo");
        assert_eq!(
            StaffTitle::parse(" HEADTEACHER ").unwrap().as_str(),
            "Headteacher"
        );
        assert_eq!(
            StaffTitle::parse("Head teacher").unwrap().as_str(),
            "Headteacher"
        );
        assert_eq!(
            StaffTitle::parse("Deputy  head").unwrap().as_str(),
            "Deputy head"
        );
        assert_eq!(StaffTitle::parse("").unwrap_err().field, "title");
    }

    #[test]
    fn only_contributors_join_teams_and_only_setting_staff_join_settings() {
        for role in Role::ALL {
            let u = user(role);
            assert_eq!(
                TeamMemberCandidate::check(&u).is_ok(),
                role == Role::Contributor
            );
            assert_eq!(
                SettingStaffCandidate::check(&u).is_ok(),
                role == Role::Setting
            );
        }
        let err = TeamMemberCandidate::check(&user(Role::Family)).unwrap_err();
        assert_eq!(err.field, "user_id");
        assert!(err.message.contains("family member"), "{}", err.message);
    }
}
