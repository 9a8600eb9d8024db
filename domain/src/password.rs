//! The password policy as data (security.md, "Sign-in"; NIST SP 800-63B): by
//! default at least 12 characters, no composition rules, any Unicode and spaces,
//! a deny list of common passwords and of context words. An LA that insists on the
//! old rule (8+, a capital, a symbol) switches on a preset; the deny list still applies.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

static COMMON: &str = include_str!("../data/common-passwords.txt");

fn common_passwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON.lines().filter(|l| !l.is_empty()).collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasswordPreset {
    /// Length over complexity: 12+ characters, no composition rules.
    Nist,
    /// The old product's rule: 8+ characters with a capital letter and a symbol.
    LegacyComposition,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPolicy {
    pub preset: PasswordPreset,
    pub min_length: usize,
    pub max_length: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self::nist()
    }
}

/// One reason a password is refused; several may apply at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort { min: usize },
    TooLong { max: usize },
    Common,
    ContainsContext(String),
    NeedsCapital,
    NeedsSymbol,
}

impl PasswordProblem {
    pub fn code(&self) -> &'static str {
        match self {
            PasswordProblem::TooShort { .. } => "too_short",
            PasswordProblem::TooLong { .. } => "too_long",
            PasswordProblem::Common => "too_common",
            PasswordProblem::ContainsContext(_) => "contains_context",
            PasswordProblem::NeedsCapital => "needs_capital",
            PasswordProblem::NeedsSymbol => "needs_symbol",
        }
    }

    pub fn message(&self) -> String {
        match self {
            PasswordProblem::TooShort { min } => {
                format!("Password must be {min} characters or more")
            }
            PasswordProblem::TooLong { max } => {
                format!("Password must be {max} characters or fewer")
            }
            PasswordProblem::Common => {
                "This password is too common and easy to guess. Try a few unrelated words together"
                    .into()
            }
            PasswordProblem::ContainsContext(word) => {
                format!("Password must not contain '{word}'")
            }
            PasswordProblem::NeedsCapital => "Password must include a capital letter".into(),
            PasswordProblem::NeedsSymbol => "Password must include a symbol, like ! or ?".into(),
        }
    }
}

impl PasswordPolicy {
    pub fn nist() -> Self {
        Self {
            preset: PasswordPreset::Nist,
            min_length: 12,
            max_length: 256,
        }
    }

    pub fn legacy_composition() -> Self {
        Self {
            preset: PasswordPreset::LegacyComposition,
            min_length: 8,
            max_length: 256,
        }
    }

    /// Every problem with `password`. `context` holds words that must not appear
    /// in it (the LA's name, the email's local part); "ehc" is always one.
    pub fn check(&self, password: &str, context: &[&str]) -> Result<(), Vec<PasswordProblem>> {
        let mut problems = Vec::new();
        let length = password.chars().count();
        if length < self.min_length {
            problems.push(PasswordProblem::TooShort {
                min: self.min_length,
            });
        }
        if length > self.max_length {
            problems.push(PasswordProblem::TooLong {
                max: self.max_length,
            });
        }
        let folded = password.to_lowercase();
        if common_passwords().contains(folded.trim()) {
            problems.push(PasswordProblem::Common);
        }
        let words = context
            .iter()
            .flat_map(|c| c.split(|ch: char| !ch.is_alphanumeric()))
            .chain(std::iter::once("ehc"))
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() >= 3 && !is_generic(w));
        for word in words {
            if folded.contains(&word)
                && !problems.contains(&PasswordProblem::ContainsContext(word.clone()))
            {
                problems.push(PasswordProblem::ContainsContext(word));
            }
        }
        if self.preset == PasswordPreset::LegacyComposition {
            if !password.chars().any(char::is_uppercase) {
                problems.push(PasswordProblem::NeedsCapital);
            }
            if !password
                .chars()
                .any(|c| !c.is_alphanumeric() && !c.is_whitespace())
            {
                problems.push(PasswordProblem::NeedsSymbol);
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// Words of an LA's name that are not specific to it.
fn is_generic(word: &str) -> bool {
    matches!(
        word,
        "council"
            | "county"
            | "city"
            | "borough"
            | "district"
            | "the"
            | "and"
            | "metropolitan"
            | "royal"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_passphrase_with_spaces_and_any_script_is_accepted() {
        let policy = PasswordPolicy::default();
        assert!(policy.check("violet harbour lantern", &[]).is_ok());
        assert!(policy.check("ceffyl glas yn y bore", &[]).is_ok());
        assert!(policy.check("日本語のパスワードです長い", &[]).is_ok());
    }

    #[test]
    fn a_short_password_is_refused_saying_how_long_it_must_be() {
        let err = PasswordPolicy::default()
            .check("Tr0ub4dor&3", &[])
            .unwrap_err();
        assert_eq!(err, vec![PasswordProblem::TooShort { min: 12 }]);
        assert_eq!(err[0].message(), "Password must be 12 characters or more");
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        let policy = PasswordPolicy::default();
        let err = policy.check("PassWord1234", &[]).unwrap_err();
        assert_eq!(err, vec![PasswordProblem::Common]);
        assert_eq!(
            policy.check("qwertyuiop123", &[]).unwrap_err(),
            vec![PasswordProblem::Common]
        );
        // The legacy preset still refuses a listed password that meets its composition rule.
        let err = PasswordPolicy::legacy_composition()
            .check("Password123", &[])
            .unwrap_err();
        assert!(err.contains(&PasswordProblem::Common), "{err:?}");
    }

    #[test]
    fn the_la_name_the_email_and_ehc_may_not_appear_in_a_password() {
        let policy = PasswordPolicy::default();
        let err = policy
            .check(
                "my exampleshire password",
                &["Exampleshire County Council", "jo.bloggs"],
            )
            .unwrap_err();
        assert_eq!(
            err,
            vec![PasswordProblem::ContainsContext("exampleshire".into())]
        );
        let err = policy
            .check("bloggs family garden", &["jo.bloggs"])
            .unwrap_err();
        assert_eq!(err, vec![PasswordProblem::ContainsContext("bloggs".into())]);
        let err = policy.check("the EHC plan is due", &[]).unwrap_err();
        assert_eq!(err, vec![PasswordProblem::ContainsContext("ehc".into())]);
        // "County" and "Council" are not specific to this LA.
        assert!(
            policy
                .check("council tax is due soon", &["Exampleshire County Council"])
                .is_ok()
        );
    }

    #[test]
    fn the_legacy_preset_needs_a_capital_and_a_symbol_and_still_checks_the_deny_list() {
        let policy = PasswordPolicy::legacy_composition();
        assert!(policy.check("Garden!gate", &[]).is_ok());
        let err = policy.check("gardengate", &[]).unwrap_err();
        assert_eq!(
            err,
            vec![PasswordProblem::NeedsCapital, PasswordProblem::NeedsSymbol]
        );
    }

    #[test]
    fn the_deny_list_is_loaded() {
        assert!(common_passwords().len() > 8000);
        assert!(common_passwords().contains("password123"));
    }
}
