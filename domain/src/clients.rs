//! Integration clients: other LA systems calling the API with a bearer token.
//! What a client may do is its scopes, granted by an administrator; people's
//! case relations do not apply to machines, so scopes are the whole rule.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::access::Action;
use crate::people::InvalidValue;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scope {
    /// Read cases, their deadlines and timelines (case management, data warehouses).
    #[serde(rename = "cases:read")]
    CasesRead,
    /// Read the list of accounts (identity reconciliation).
    #[serde(rename = "users:read")]
    UsersRead,
    /// Read teams and education settings.
    #[serde(rename = "organisations:read")]
    OrganisationsRead,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::CasesRead, Scope::UsersRead, Scope::OrganisationsRead];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::CasesRead => "cases:read",
            Scope::UsersRead => "users:read",
            Scope::OrganisationsRead => "organisations:read",
        }
    }

    /// Parses a space-separated list (as OAuth writes scopes), refusing unknown ones.
    pub fn parse_list(raw: &str) -> Result<Vec<Scope>, InvalidValue> {
        let mut scopes: Vec<Scope> = raw
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<_, _>>()?;
        scopes.sort();
        scopes.dedup();
        Ok(scopes)
    }

    pub fn join(scopes: &[Scope]) -> String {
        scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl FromStr for Scope {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scope::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new("scopes", "unknown_scope", format!("Unknown scope '{s}'"))
            })
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a client with `scopes` may take `action` on a case. Deny by default:
/// only reading, and only with `cases:read`.
pub fn client_may(scopes: &[Scope], action: &Action) -> bool {
    scopes.contains(&Scope::CasesRead)
        && matches!(
            action,
            Action::ViewCase | Action::ViewDeadlines | Action::ViewTimeline
        )
}

/// A client's name as administrators see it: 3 to 100 characters.
pub fn parse_client_name(raw: &str) -> Result<String, InvalidValue> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if !(3..=100).contains(&name.chars().count()) {
        return Err(InvalidValue::new(
            "name",
            "length",
            "Enter a name of 3 to 100 characters, like \"Capita One case management\"",
        ));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_from_a_space_separated_list_and_refuse_unknown_ones() {
        assert_eq!(
            Scope::parse_list("users:read cases:read cases:read").unwrap(),
            vec![Scope::CasesRead, Scope::UsersRead]
        );
        assert_eq!(
            Scope::parse_list("cases:write").unwrap_err().field,
            "scopes"
        );
        assert_eq!(
            Scope::join(&[Scope::CasesRead, Scope::OrganisationsRead]),
            "cases:read organisations:read"
        );
    }

    #[test]
    fn a_client_reads_cases_only_with_cases_read_and_never_changes_them() {
        assert!(client_may(&[Scope::CasesRead], &Action::ViewDeadlines));
        assert!(!client_may(&[Scope::UsersRead], &Action::ViewDeadlines));
        assert!(!client_may(&[Scope::CasesRead], &Action::EditChildDetails));
    }

    #[test]
    fn client_names_are_tidied_and_bounded() {
        assert_eq!(
            parse_client_name("  Finance   system ").unwrap(),
            "Finance system"
        );
        assert!(parse_client_name("ab").is_err());
    }
}
