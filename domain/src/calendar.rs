//! The calendar the statutory clock counts on: England and Wales bank holidays
//! (shipped as data for 2014-2030, replaceable by an administrator-edited list),
//! working-day arithmetic, and the Europe/London civil date of a UTC instant.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeZone, Utc, Weekday};
use serde::{Deserialize, Serialize};

/// First and last years the shipped list covers. Outside them only weekends are
/// non-working days, so an administrator must extend the list before 2031.
pub const SHIPPED_FIRST_YEAR: i32 = 2014;
pub const SHIPPED_LAST_YEAR: i32 = 2030;

/// One bank holiday, as an administrator sees and edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankHoliday {
    pub date: NaiveDate,
    pub name: String,
}

/// A one-off change proclaimed by the Crown: a regular holiday moved, or an extra one.
struct Proclaimed {
    /// The regular date that no longer is a holiday, if the change moved one.
    instead_of: Option<(i32, u32, u32)>,
    on: (i32, u32, u32),
    name: &'static str,
}

/// The special bank holidays of England and Wales since 2014. Regular ones are computed.
const PROCLAIMED: [Proclaimed; 5] = [
    Proclaimed {
        instead_of: Some((2020, 5, 4)),
        on: (2020, 5, 8),
        name: "Early May bank holiday (VE day)",
    },
    Proclaimed {
        instead_of: Some((2022, 5, 30)),
        on: (2022, 6, 2),
        name: "Spring bank holiday",
    },
    Proclaimed {
        instead_of: None,
        on: (2022, 6, 3),
        name: "Platinum Jubilee bank holiday",
    },
    Proclaimed {
        instead_of: None,
        on: (2022, 9, 19),
        name: "Bank holiday for the State Funeral of Queen Elizabeth II",
    },
    Proclaimed {
        instead_of: None,
        on: (2023, 5, 8),
        name: "Bank holiday for the coronation of King Charles III",
    },
];

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian computus,
/// Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn first_weekday_on_or_after(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date + Days::new(u64::from(ahead))
}

fn last_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let next_month_first = ymd(year, month, 1)?.checked_add_months(Months::new(1))?;
    let last = next_month_first.pred_opt()?;
    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    Some(last - Days::new(u64::from(back)))
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The regular England and Wales bank holidays of one year under the Banking and
/// Financial Dealings Act 1971 and the usual proclamations, with substitute days.
fn regular_holidays(year: i32) -> Option<Vec<BankHoliday>> {
    let mut out = Vec::with_capacity(8);
    let mut push = |date: NaiveDate, name: &str| {
        out.push(BankHoliday {
            date,
            name: name.to_owned(),
        });
    };
    let new_year = ymd(year, 1, 1)?;
    let new_year = if is_weekend(new_year) {
        first_weekday_on_or_after(new_year, Weekday::Mon)
    } else {
        new_year
    };
    push(new_year, "New Year's Day");
    let easter = easter_sunday(year)?;
    push(easter - Days::new(2), "Good Friday");
    push(easter + Days::new(1), "Easter Monday");
    push(
        first_weekday_on_or_after(ymd(year, 5, 1)?, Weekday::Mon),
        "Early May bank holiday",
    );
    push(
        last_weekday_of_month(year, 5, Weekday::Mon)?,
        "Spring bank holiday",
    );
    push(
        last_weekday_of_month(year, 8, Weekday::Mon)?,
        "Summer bank holiday",
    );
    // Christmas and Boxing Day: a day falling at a weekend is replaced by the next
    // weekday not already a holiday (25 Sat -> Mon 27 + Tue 28; 25 Sun -> Mon 26 is
    // Boxing Day, Tue 27 substitutes Christmas; 26 Sat -> Mon 28).
    let christmas = ymd(year, 12, 25)?;
    let (christmas_on, boxing_on) = match christmas.weekday() {
        Weekday::Fri => (christmas, christmas + Days::new(3)),
        Weekday::Sat => (christmas + Days::new(2), christmas + Days::new(3)),
        Weekday::Sun => (christmas + Days::new(2), christmas + Days::new(1)),
        _ => (christmas, christmas + Days::new(1)),
    };
    push(christmas_on, "Christmas Day");
    push(boxing_on, "Boxing Day");
    Some(out)
}

/// Every England and Wales bank holiday from 2014 to 2030, as shipped.
pub fn england_and_wales_holidays() -> Vec<BankHoliday> {
    let mut all: Vec<BankHoliday> = (SHIPPED_FIRST_YEAR..=SHIPPED_LAST_YEAR)
        .filter_map(regular_holidays)
        .flatten()
        .collect();
    for special in &PROCLAIMED {
        if let Some(moved) = special.instead_of.and_then(|(y, m, d)| ymd(y, m, d)) {
            all.retain(|h| h.date != moved);
        }
        let (y, m, d) = special.on;
        if let Some(date) = ymd(y, m, d) {
            all.push(BankHoliday {
                date,
                name: special.name.to_owned(),
            });
        }
    }
    all.sort_by_key(|h| h.date);
    all
}

/// The set of non-working days other than weekends. Build it once at start-up
/// (or when an administrator edits the list) and share it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankHolidays {
    /// Sorted, deduplicated: membership is a binary search.
    dates: Vec<NaiveDate>,
}

impl BankHolidays {
    /// The shipped England and Wales list.
    pub fn england_and_wales() -> Self {
        Self::from_dates(england_and_wales_holidays().into_iter().map(|h| h.date))
    }

    /// From an administrator-edited list (order and duplicates do not matter).
    pub fn from_dates(dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        let mut dates: Vec<NaiveDate> = dates.into_iter().collect();
        dates.sort_unstable();
        dates.dedup();
        Self { dates }
    }

    pub fn is_bank_holiday(&self, date: NaiveDate) -> bool {
        self.dates.binary_search(&date).is_ok()
    }

    /// Monday to Friday and not a bank holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !is_weekend(date) && !self.is_bank_holiday(date)
    }

    /// The date itself if it is a working day, else the next one.
    pub fn on_or_next_working_day(&self, mut date: NaiveDate) -> NaiveDate {
        while !self.is_working_day(date) {
            match date.succ_opt() {
                Some(next) => date = next,
                None => break,
            }
        }
        date
    }

    /// The `n`th working day after `date` (the start day itself is not counted):
    /// "within 3 working days" of a Friday is the following Wednesday.
    pub fn add_working_days(&self, mut date: NaiveDate, n: u32) -> NaiveDate {
        let mut left = n;
        while left > 0 {
            match date.succ_opt() {
                Some(next) => date = next,
                None => break,
            }
            if self.is_working_day(date) {
                left -= 1;
            }
        }
        date
    }

    /// Working days strictly after `from` up to and including `to` (0 if `to <= from`).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let mut count = 0;
        let mut day = from;
        while day < to {
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
            if self.is_working_day(day) {
                count += 1;
            }
        }
        count
    }

    pub fn dates(&self) -> &[NaiveDate] {
        &self.dates
    }
}

impl Default for BankHolidays {
    fn default() -> Self {
        Self::england_and_wales()
    }
}

/// The instant British Summer Time starts or ends in `year`: 01:00 UTC on the last
/// Sunday of `month` (March or October).
fn bst_switch(year: i32, month: u32) -> Option<DateTime<Utc>> {
    let sunday = last_weekday_of_month(year, month, Weekday::Sun)?;
    Some(Utc.from_utc_datetime(&sunday.and_hms_opt(1, 0, 0)?))
}

/// The Europe/London civil date of a UTC instant.
///
/// Hand-written rather than `chrono-tz`: we need one zone and one rule, the
/// whole IANA database would add a build-time code generator and ~1 MB, and the
/// rule (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October) has held unchanged since 1996. Instants before 1996 are
/// outside any case this system holds.
pub fn london_date(instant: DateTime<Utc>) -> NaiveDate {
    let year = instant.year();
    let in_bst = match (bst_switch(year, 3), bst_switch(year, 10)) {
        (Some(start), Some(end)) => instant >= start && instant < end,
        _ => false,
    };
    let local = if in_bst {
        instant.naive_utc() + chrono::Duration::hours(1)
    } else {
        instant.naive_utc()
    };
    local.date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn year(y: i32) -> Vec<NaiveDate> {
        england_and_wales_holidays()
            .into_iter()
            .map(|h| h.date)
            .filter(|date| date.year() == y)
            .collect()
    }

    #[test]
    fn the_2025_bank_holidays_match_the_published_list() {
        assert_eq!(
            year(2025),
            vec![
                d(2025, 1, 1),
                d(2025, 4, 18),
                d(2025, 4, 21),
                d(2025, 5, 5),
                d(2025, 5, 26),
                d(2025, 8, 25),
                d(2025, 12, 25),
                d(2025, 12, 26),
            ]
        );
    }

    #[test]
    fn the_2026_bank_holidays_match_the_published_list_with_the_boxing_day_substitute() {
        assert_eq!(
            year(2026),
            vec![
                d(2026, 1, 1),
                d(2026, 4, 3),
                d(2026, 4, 6),
                d(2026, 5, 4),
                d(2026, 5, 25),
                d(2026, 8, 31),
                d(2026, 12, 25),
                d(2026, 12, 28),
            ]
        );
    }

    #[test]
    fn special_bank_holidays_are_shipped_and_moved_days_removed() {
        let hols = BankHolidays::england_and_wales();
        for special in [
            d(2020, 5, 8),
            d(2022, 6, 2),
            d(2022, 6, 3),
            d(2022, 9, 19),
            d(2023, 5, 8),
        ] {
            assert!(hols.is_bank_holiday(special), "{special}");
        }
        assert!(!hols.is_bank_holiday(d(2020, 5, 4)));
        assert!(!hols.is_bank_holiday(d(2022, 5, 30)));
        assert_eq!(year(2022).len(), 10);
    }

    #[test]
    fn weekend_christmases_get_substitute_days() {
        // 2021: Christmas Saturday, Boxing Day Sunday -> Mon 27 and Tue 28.
        assert!(year(2021).contains(&d(2021, 12, 27)));
        assert!(year(2021).contains(&d(2021, 12, 28)));
        // 2022: Christmas Sunday -> Boxing Day Mon 26, substitute Tue 27.
        assert!(year(2022).contains(&d(2022, 12, 26)));
        assert!(year(2022).contains(&d(2022, 12, 27)));
        // 2022: New Year's Day 2023 is a Sunday -> Monday 2 January 2023.
        assert!(year(2023).contains(&d(2023, 1, 2)));
        // 2027: New Year's Day is a Friday, no substitute.
        assert_eq!(year(2027).first(), Some(&d(2027, 1, 1)));
    }

    #[test]
    fn easter_is_computed_for_known_years() {
        for (y, m, day) in [
            (2014, 4, 20),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2030, 4, 21),
        ] {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)));
        }
    }

    #[test]
    fn every_shipped_year_has_eight_regular_holidays_plus_specials() {
        for y in SHIPPED_FIRST_YEAR..=SHIPPED_LAST_YEAR {
            let expected = match y {
                2022 => 10,
                2023 => 9,
                _ => 8,
            };
            assert_eq!(year(y).len(), expected, "{y}");
        }
    }

    #[test]
    fn working_days_skip_weekends_and_bank_holidays() {
        let hols = BankHolidays::england_and_wales();
        // Thursday 17 April 2025 + 3 working days skips Good Friday and Easter Monday.
        assert_eq!(hols.add_working_days(d(2025, 4, 17), 3), d(2025, 4, 24));
        // Friday + 3 working days is Wednesday.
        assert_eq!(hols.add_working_days(d(2025, 9, 5), 3), d(2025, 9, 10));
        // Christmas week 2026: Thu 24 Dec + 1 working day is Tue 29 Dec.
        assert_eq!(hols.add_working_days(d(2026, 12, 24), 1), d(2026, 12, 29));
        assert_eq!(
            hols.on_or_next_working_day(d(2026, 12, 25)),
            d(2026, 12, 29)
        );
        assert_eq!(hols.working_days_between(d(2025, 4, 17), d(2025, 4, 24)), 3);
        assert_eq!(hols.add_working_days(d(2025, 9, 5), 0), d(2025, 9, 5));
    }

    #[test]
    fn an_administrator_list_replaces_the_shipped_one() {
        let hols = BankHolidays::from_dates([d(2031, 1, 1), d(2031, 1, 1)]);
        assert!(hols.is_bank_holiday(d(2031, 1, 1)));
        assert!(!hols.is_working_day(d(2031, 1, 1)));
        assert_eq!(hols.dates().len(), 1);
    }

    #[test]
    fn london_dates_follow_british_summer_time() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        // Winter: UTC midnight is London midnight.
        assert_eq!(london_date(at("2026-01-15T23:30:00Z")), d(2026, 1, 15));
        // Summer: 23:30 UTC is 00:30 the next day in London.
        assert_eq!(london_date(at("2026-07-01T23:30:00Z")), d(2026, 7, 2));
        // BST 2026 starts 29 March 01:00 UTC and ends 25 October 01:00 UTC.
        assert_eq!(london_date(at("2026-03-28T23:30:00Z")), d(2026, 3, 28));
        assert_eq!(london_date(at("2026-03-29T23:30:00Z")), d(2026, 3, 30));
        assert_eq!(london_date(at("2026-10-24T23:30:00Z")), d(2026, 10, 25));
        assert_eq!(london_date(at("2026-10-25T23:30:00Z")), d(2026, 10, 25));
        assert_eq!(london_date(at("2026-10-25T00:59:59Z")), d(2026, 10, 25));
    }
}
