//! The child's year group in England, from their date of birth and today. The
//! school year runs from 1 September to 31 August; a child is in Reception in
//! the school year in which they turn 5, Year 1 in the next, up to Year 13.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Where a child of this age is in education, by age alone (a child may be
/// taught out of their year group; the case's setting says where they are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YearGroup {
    /// Younger than Reception: nursery, pre-school or at home.
    EarlyYears,
    Reception,
    /// Year 1 to Year 13.
    Year(u8),
    /// Older than Year 13: further education, training or work (plans run to 25).
    BeyondYear13,
}

impl YearGroup {
    /// Plain English for the case file.
    pub fn label(self) -> String {
        match self {
            YearGroup::EarlyYears => "Early years (before Reception)".to_owned(),
            YearGroup::Reception => "Reception".to_owned(),
            YearGroup::Year(n) => format!("Year {n}"),
            YearGroup::BeyondYear13 => {
                "Older than Year 13 (further education or training)".to_owned()
            }
        }
    }
}

/// The calendar year the school year holding `day` starts in (1 September).
fn school_year_starting(day: NaiveDate) -> i32 {
    if day.month() >= 9 {
        day.year()
    } else {
        day.year() - 1
    }
}

/// The year group of a child born on `born_on`, on `today`; `None` for a date
/// of birth after today.
pub fn year_group(born_on: NaiveDate, today: NaiveDate) -> Option<YearGroup> {
    if born_on > today {
        return None;
    }
    // They turn 5 in the school year that starts 5 years after the one they were born in.
    let reception = school_year_starting(born_on) + 5;
    let years_on = school_year_starting(today) - reception;
    Some(match years_on {
        ..0 => YearGroup::EarlyYears,
        0 => YearGroup::Reception,
        1..=13 => YearGroup::Year(years_on as u8),
        _ => YearGroup::BeyondYear13,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
    }

    #[test]
    fn a_child_is_in_reception_in_the_school_year_they_turn_5() {
        // Turns 5 on 14 March 2026, in the school year 2025/26.
        let born = d(2021, 3, 14);
        assert_eq!(year_group(born, d(2025, 9, 1)), Some(YearGroup::Reception));
        assert_eq!(year_group(born, d(2026, 8, 31)), Some(YearGroup::Reception));
        assert_eq!(year_group(born, d(2026, 9, 1)), Some(YearGroup::Year(1)));
        assert_eq!(
            year_group(born, d(2025, 8, 31)),
            Some(YearGroup::EarlyYears)
        );
    }

    #[test]
    fn a_31_august_birthday_is_the_youngest_of_its_year_and_1_september_the_oldest_of_the_next() {
        let today = d(2025, 10, 6);
        // Turns 5 on 31 August 2025: the end of the school year 2024/25.
        assert_eq!(year_group(d(2020, 8, 31), today), Some(YearGroup::Year(1)));
        // Turns 5 on 1 September 2025: the first day of the school year 2025/26.
        assert_eq!(year_group(d(2020, 9, 1), today), Some(YearGroup::Reception));
    }

    #[test]
    fn the_year_changes_on_1_september_not_on_the_birthday() {
        let born = d(2017, 3, 14);
        assert_eq!(year_group(born, d(2025, 3, 13)), Some(YearGroup::Year(3)));
        assert_eq!(year_group(born, d(2025, 3, 14)), Some(YearGroup::Year(3)));
        assert_eq!(year_group(born, d(2025, 8, 31)), Some(YearGroup::Year(3)));
        assert_eq!(year_group(born, d(2025, 9, 1)), Some(YearGroup::Year(4)));
    }

    #[test]
    fn early_years_before_reception_and_beyond_year_13_after_it() {
        let today = d(2026, 1, 15);
        assert_eq!(year_group(today, today), Some(YearGroup::EarlyYears));
        assert_eq!(
            year_group(d(2021, 9, 1), today),
            Some(YearGroup::EarlyYears)
        );
        // Year 13 in 2025/26: turned 5 in 2012/13.
        assert_eq!(year_group(d(2007, 9, 1), today), Some(YearGroup::Year(13)));
        assert_eq!(year_group(d(2008, 8, 31), today), Some(YearGroup::Year(13)));
        assert_eq!(year_group(d(2008, 9, 1), today), Some(YearGroup::Year(12)));
        assert_eq!(
            year_group(d(2007, 8, 31), today),
            Some(YearGroup::BeyondYear13)
        );
        assert_eq!(
            year_group(d(2001, 5, 2), today),
            Some(YearGroup::BeyondYear13)
        );
    }

    #[test]
    fn a_birthday_on_29_february_counts_like_any_other_day_of_february() {
        assert_eq!(
            year_group(d(2020, 2, 29), d(2025, 2, 28)),
            Some(YearGroup::Reception)
        );
    }

    #[test]
    fn a_date_of_birth_after_today_has_no_year_group() {
        assert_eq!(year_group(d(2026, 2, 1), d(2026, 1, 31)), None);
    }

    #[test]
    fn labels_are_plain_english() {
        assert_eq!(YearGroup::Year(7).label(), "Year 7");
        assert_eq!(YearGroup::Reception.label(), "Reception");
        assert_eq!(
            YearGroup::EarlyYears.label(),
            "Early years (before Reception)"
        );
        assert!(
            YearGroup::BeyondYear13
                .label()
                .starts_with("Older than Year 13")
        );
    }
}
