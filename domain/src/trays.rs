//! Work trays: which lists of cases each person has, the filters and sorts a
//! tray takes, and the cursor that pages through one. Pure: the query is built
//! and checked here; the store runs it on indexed columns.

use chrono::{Days, NaiveDate};

use crate::access::{Actor, CaseFacts, Ground, view_grounds};
use crate::advice::{AdviceState, Recipient};
use crate::lifecycle::CaseStage;
use crate::people::Role;

/// A list of cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tray {
    /// Everyone: the cases they are working on. A co-ordinator's own cases; the
    /// cases a professional was asked to advise on or given; a family's children.
    Mine,
    /// Team managers: cases with a request for advice sent to a team they manage.
    Team,
    /// Team managers: cases with a team request nobody has been allocated yet.
    AwaitingAllocation,
    /// Co-ordinators: every case ("search all cases, not my cases").
    All,
    /// Co-ordinators: cases with no co-ordinator.
    Unallocated,
    /// Setting staff: the cases of the children at their settings.
    Setting,
}

impl Tray {
    pub const ALL: [Tray; 6] = [
        Tray::Mine,
        Tray::Team,
        Tray::AwaitingAllocation,
        Tray::All,
        Tray::Unallocated,
        Tray::Setting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tray::Mine => "mine",
            Tray::Team => "team",
            Tray::AwaitingAllocation => "awaiting_allocation",
            Tray::All => "all",
            Tray::Unallocated => "unallocated",
            Tray::Setting => "setting",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The heading a person sees, in their words.
    pub fn label(self, role: Role) -> &'static str {
        match (self, role) {
            (Tray::Mine, Role::Family) => "My children",
            (Tray::Mine, _) => "My cases in progress",
            (Tray::Team, _) => "Team cases",
            (Tray::AwaitingAllocation, _) => "Awaiting allocation",
            (Tray::All, _) => "All cases",
            (Tray::Unallocated, _) => "Unallocated",
            (Tray::Setting, _) => "Setting cases",
        }
    }

    /// The trays a person has, first the one they land on.
    pub fn for_person(role: Role, manages_a_team: bool) -> Vec<Tray> {
        match role {
            Role::CaseCoordinator => vec![Tray::Mine, Tray::All, Tray::Unallocated],
            Role::Contributor if manages_a_team => {
                vec![Tray::Mine, Tray::Team, Tray::AwaitingAllocation]
            }
            // Setting staff land on their settings' cases.
            Role::Setting => vec![Tray::Setting, Tray::Mine],
            Role::Contributor | Role::Family => vec![Tray::Mine],
            Role::Administrator => Vec::new(),
        }
    }
}

/// A marker on a case a co-ordinator sets and clears, shown in trays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    Mediation,
    Tribunal,
    Safeguarding,
    /// Educated other than at school.
    Eotas,
    LookedAfter,
    /// Not in education, employment or training (young people).
    Neet,
}

impl Flag {
    pub const ALL: [Flag; 6] = [
        Flag::Mediation,
        Flag::Tribunal,
        Flag::Safeguarding,
        Flag::Eotas,
        Flag::LookedAfter,
        Flag::Neet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Mediation => "mediation",
            Flag::Tribunal => "tribunal",
            Flag::Safeguarding => "safeguarding",
            Flag::Eotas => "eotas",
            Flag::LookedAfter => "looked_after",
            Flag::Neet => "neet",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Flag::Mediation => "Mediation in progress",
            Flag::Tribunal => "Tribunal in progress",
            Flag::Safeguarding => "Safeguarding",
            Flag::Eotas => "Educated other than at school",
            Flag::LookedAfter => "Looked-after child",
            Flag::Neet => "Not in education, employment or training",
        }
    }
}

/// How a tray is ordered. Every order ends with the case's id, so a cursor
/// names one place exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Soonest first; cases with no live deadline last.
    #[default]
    NextDeadline,
    /// Most recently changed first.
    LastUpdated,
    /// By the child's name, A to Z.
    Name,
    CaseReference,
    /// Oldest request first.
    RequestDate,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::NextDeadline,
        Sort::LastUpdated,
        Sort::Name,
        Sort::CaseReference,
        Sort::RequestDate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::NextDeadline => "next_deadline",
            Sort::LastUpdated => "last_updated",
            Sort::Name => "name",
            Sort::CaseReference => "case_reference",
            Sort::RequestDate => "request_date",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What narrows a tray. Every filter holds at once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Part of the child's name (any case, extra spaces ignored) or a case reference.
    pub search: Option<Search>,
    /// Cases at any of these stages; none means any stage.
    pub stages: Vec<CaseStage>,
    pub setting_id: Option<String>,
    /// Changed on or after this day.
    pub updated_since: Option<NaiveDate>,
    /// The next deadline falls due within the LA's impending window.
    pub impending: bool,
    /// The next deadline has passed.
    pub overdue: bool,
    /// Cases carrying every one of these flags.
    pub flags: Vec<Flag>,
    /// Only cases closed outside the process.
    pub closed_outside_process: bool,
    /// Closed cases are left out unless asked for.
    pub include_closed: bool,
}

/// A search: a case reference, or part of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Search {
    CaseReference(String),
    /// Lower-case, single-spaced, as names are kept for searching.
    Name(String),
}

/// The most characters a search may have.
pub const MAX_SEARCH_CHARS: usize = 100;

impl Search {
    /// `None` for a blank search. "ehc-2026-000042" is a case reference; anything
    /// else is part of a name.
    pub fn parse(raw: &str) -> Option<Search> {
        let key = name_key(raw);
        if key.is_empty() {
            return None;
        }
        let upper = key.to_uppercase();
        if upper.starts_with("EHC-") && !upper.contains(' ') {
            return Some(Search::CaseReference(upper));
        }
        Some(Search::Name(key))
    }
}

/// A name as it is kept for searching and sorting: lower case, trimmed, single
/// spaces.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The day range of the deadline filters: overdue means due before today;
/// impending means due today or within `window_days` after.
pub fn impending_until(today: NaiveDate, window_days: u32) -> NaiveDate {
    today
        .checked_add_days(Days::new(u64::from(window_days)))
        .unwrap_or(today)
}

/// Which rules derived the stored listings: raise it whenever `listings`, the
/// grounds or the keys change, and the server lists every case again at start.
pub const LISTINGS_VERSION: i32 = 1;

/// Where a case is listed for someone who does not see every case: a key
/// (`holder:<user>`, `team:<team>`, ...) and, for a ground that ends with a
/// grace period, the day that period runs from. Kept with the case, in the
/// transaction that changes it, so a tray looks its cases up by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    pub key: String,
    pub grace_from: Option<NaiveDate>,
}

fn ground_key(ground: &Ground) -> String {
    match ground {
        Ground::Family(user) => format!("family:{}", user.as_str()),
        Ground::Named(user) => format!("named:{}", user.as_str()),
        Ground::Setting(setting) => format!("setting:{}", setting.as_str()),
        Ground::Holder(user) => format!("holder:{}", user.as_str()),
        Ground::TeamManager(team) => format!("team:{}", team.as_str()),
    }
}

/// The keys a case is listed under: one per ground the access policy lets
/// someone open it on, and `awaiting:<team>` while a request to that team waits
/// to be allocated (the team manager's "Awaiting allocation").
pub fn listings(facts: &CaseFacts) -> Vec<Listing> {
    let grounds = view_grounds(facts);
    let mut out: Vec<Listing> = grounds
        .iter()
        .map(|g| Listing {
            key: ground_key(&g.ground),
            grace_from: g.grace_from,
        })
        .collect();
    if !grounds.is_empty() {
        let mut waiting: Vec<String> = facts
            .requests
            .iter()
            .filter(|r| r.state == AdviceState::AwaitingAllocation)
            .filter_map(|r| match &r.recipient {
                Recipient::Team(team) => Some(format!("awaiting:{}", team.as_str())),
                Recipient::Person(_) => None,
            })
            .collect();
        waiting.sort();
        waiting.dedup();
        out.extend(waiting.into_iter().map(|key| Listing {
            key,
            grace_from: None,
        }));
    }
    out
}

/// The keys `actor`'s `tray` lists cases under; empty for trays read from
/// the case itself (a co-ordinator's) and for trays that are not theirs. Each
/// key is a ground the actor reaches, so the tray holds only cases they may open.
pub fn listing_keys(tray: Tray, actor: &Actor) -> Vec<String> {
    let user = || actor.user.clone();
    let managed = || {
        actor
            .teams
            .iter()
            .filter(|m| m.manager)
            .map(|m| m.team.clone())
    };
    let grounds: Vec<Ground> = match tray {
        Tray::Mine => vec![
            Ground::Family(user()),
            Ground::Named(user()),
            Ground::Holder(user()),
        ],
        Tray::Team | Tray::AwaitingAllocation => managed().map(Ground::TeamManager).collect(),
        Tray::Setting => actor
            .settings
            .iter()
            .cloned()
            .map(Ground::Setting)
            .collect(),
        Tray::All | Tray::Unallocated => Vec::new(),
    };
    grounds
        .iter()
        .filter(|g| g.reached_by(actor))
        .map(|g| match (tray, g) {
            (Tray::AwaitingAllocation, Ground::TeamManager(team)) => {
                format!("awaiting:{}", team.as_str())
            }
            _ => ground_key(g),
        })
        .collect()
}

/// The earliest grace-period start still live on `today`: a listing counts
/// when its `grace_from` is on or after it (or it has none).
pub fn grace_cutoff(today: NaiveDate, grace_period_days: u32) -> NaiveDate {
    today
        .checked_sub_days(Days::new(u64::from(grace_period_days)))
        .unwrap_or(NaiveDate::MIN)
}

/// Where a page ends: the last case's sort value and id. Its text form is
/// opaque to callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub sort: Sort,
    /// The sort column's value for the last case shown; `None` for a case with
    /// no value (no deadline, no request date), which sort last.
    pub value: Option<String>,
    pub id: String,
}

impl Cursor {
    /// `sort|value|id`, with `~` for no value; values never hold `|`.
    pub fn encode(&self) -> String {
        let value = self.value.as_deref().unwrap_or("~");
        format!("{}|{}|{}", self.sort.as_str(), value, self.id)
    }

    /// `None` when the text is not a cursor of this sort: a cursor from another
    /// sort or a tampered one is refused rather than misread.
    pub fn decode(text: &str, sort: Sort) -> Option<Cursor> {
        let mut parts = text.splitn(3, '|');
        let (s, value, id) = (parts.next()?, parts.next()?, parts.next()?);
        if Sort::parse(s)? != sort || id.is_empty() || id.len() > 64 || value.len() > 200 {
            return None;
        }
        let value = if value == "~" {
            None
        } else {
            let well_formed = match sort {
                Sort::NextDeadline | Sort::RequestDate => {
                    NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok()
                }
                // Microseconds since 1970, UTC.
                Sort::LastUpdated => value.parse::<i64>().is_ok(),
                Sort::Name | Sort::CaseReference => true,
            };
            if !well_formed {
                return None;
            }
            Some(value.to_owned())
        };
        Some(Cursor {
            sort,
            value,
            id: id.to_owned(),
        })
    }
}

/// Why a tray cannot be shown to this person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayRefusal {
    NotYourTray,
}

/// Whether `role` has `tray`.
pub fn check_tray(tray: Tray, role: Role, manages_a_team: bool) -> Result<(), TrayRefusal> {
    if Tray::for_person(role, manages_a_team).contains(&tray) {
        Ok(())
    } else {
        Err(TrayRefusal::NotYourTray)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_search_ignores_case_and_extra_spaces_and_knows_a_case_reference() {
        assert_eq!(
            Search::parse("  Sam   TAYLOR "),
            Some(Search::Name("sam taylor".into()))
        );
        assert_eq!(
            Search::parse("ehc-2026-000042"),
            Some(Search::CaseReference("EHC-2026-000042".into()))
        );
        assert_eq!(Search::parse("   "), None);
    }

    #[test]
    fn a_cursor_round_trips_and_a_cursor_of_another_sort_is_refused() {
        let c = Cursor {
            sort: Sort::NextDeadline,
            value: Some("2027-03-01".into()),
            id: "0193".into(),
        };
        assert_eq!(
            Cursor::decode(&c.encode(), Sort::NextDeadline),
            Some(c.clone())
        );
        assert_eq!(Cursor::decode(&c.encode(), Sort::Name), None);
        let none = Cursor { value: None, ..c };
        assert_eq!(
            Cursor::decode(&none.encode(), Sort::NextDeadline),
            Some(none)
        );
        assert_eq!(Cursor::decode("next_deadline|x", Sort::NextDeadline), None);
        assert_eq!(Cursor::decode("garbage", Sort::NextDeadline), None);
        assert_eq!(
            Cursor::decode("next_deadline|tomorrow|0193", Sort::NextDeadline),
            None,
            "a value that is not a date"
        );
        assert!(Cursor::decode("last_updated|1764547200000000|0193", Sort::LastUpdated).is_some());
    }

    #[test]
    fn each_person_has_their_own_trays() {
        assert_eq!(
            Tray::for_person(Role::CaseCoordinator, false),
            vec![Tray::Mine, Tray::All, Tray::Unallocated]
        );
        assert!(check_tray(Tray::All, Role::Contributor, true).is_err());
        assert!(check_tray(Tray::Team, Role::Contributor, true).is_ok());
        assert!(check_tray(Tray::Team, Role::Contributor, false).is_err());
        assert!(check_tray(Tray::Setting, Role::Setting, false).is_ok());
        assert!(check_tray(Tray::Mine, Role::Administrator, false).is_err());
        assert_eq!(Tray::Mine.label(Role::Family), "My children");
    }

    #[test]
    fn impending_runs_from_today_for_the_window() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(
            impending_until(today, 14),
            NaiveDate::from_ymd_opt(2026, 12, 15).unwrap()
        );
    }
}
