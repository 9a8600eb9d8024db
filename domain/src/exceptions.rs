//! Exceptions to the statutory time limits (reg 10(4) and reg 8(2)). They never
//! move a date: they mark a deadline "exception applies" with the code, so DfE
//! timeliness can be reported both with and without them.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::advice::AdviceRequestId;
use crate::people::{InvalidValue, UserId};
use crate::rules::DeadlineId;

/// The reason codes of the SEND Regulations 2014.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExceptionCode {
    /// Advice asked of a school / post-16 head around a closure of 4+ weeks.
    #[serde(rename = "10(4)(a)")]
    Reg10_4A,
    /// Same, for an early-years provider.
    #[serde(rename = "10(4)(b)")]
    Reg10_4B,
    /// Exceptional personal circumstances of the child, parent or young person.
    #[serde(rename = "10(4)(c)")]
    Reg10_4C,
    /// Child, parent or young person absent from the area for 4+ continuous weeks.
    #[serde(rename = "10(4)(d)")]
    Reg10_4D,
    /// Exceptional personal circumstances (advice).
    #[serde(rename = "8(2)(a)")]
    Reg8_2A,
    /// Absent from the area for 4+ weeks (advice).
    #[serde(rename = "8(2)(b)")]
    Reg8_2B,
    /// The child or young person missed an appointment for an examination or test.
    #[serde(rename = "8(2)(c)")]
    Reg8_2C,
}

impl ExceptionCode {
    pub const ALL: [ExceptionCode; 7] = [
        ExceptionCode::Reg10_4A,
        ExceptionCode::Reg10_4B,
        ExceptionCode::Reg10_4C,
        ExceptionCode::Reg10_4D,
        ExceptionCode::Reg8_2A,
        ExceptionCode::Reg8_2B,
        ExceptionCode::Reg8_2C,
    ];

    /// Stable code, as the regulations cite it.
    pub fn as_str(self) -> &'static str {
        match self {
            ExceptionCode::Reg10_4A => "10(4)(a)",
            ExceptionCode::Reg10_4B => "10(4)(b)",
            ExceptionCode::Reg10_4C => "10(4)(c)",
            ExceptionCode::Reg10_4D => "10(4)(d)",
            ExceptionCode::Reg8_2A => "8(2)(a)",
            ExceptionCode::Reg8_2B => "8(2)(b)",
            ExceptionCode::Reg8_2C => "8(2)(c)",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ExceptionCode::Reg10_4A => {
                "Advice was requested from a school or college around a closure of 4 weeks or more"
            }
            ExceptionCode::Reg10_4B => {
                "Advice was requested from an early years provider around a closure of 4 weeks or more"
            }
            ExceptionCode::Reg10_4C | ExceptionCode::Reg8_2A => {
                "Exceptional personal circumstances of the child, parent or young person"
            }
            ExceptionCode::Reg10_4D | ExceptionCode::Reg8_2B => {
                "The child, parent or young person was away from the area for 4 weeks or more"
            }
            ExceptionCode::Reg8_2C => {
                "The child or young person missed an appointment for an examination or test"
            }
        }
    }

    /// Codes about one adviser's advice (reg 8(2)) rather than the whole assessment.
    pub fn is_advice_exception(self) -> bool {
        matches!(
            self,
            ExceptionCode::Reg8_2A | ExceptionCode::Reg8_2B | ExceptionCode::Reg8_2C
        )
    }

    /// The deadlines each code may excuse under the 2014 Regulations
    /// (statutory-rules.md, "Exceptions to time limits"). Rule packs copy this.
    pub fn send_2014_deadlines(self) -> &'static [DeadlineId] {
        if self.is_advice_exception() {
            &[DeadlineId::D2]
        } else {
            &[
                DeadlineId::D1,
                DeadlineId::D3,
                DeadlineId::D7,
                DeadlineId::D19,
            ]
        }
    }
}

impl fmt::Display for ExceptionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ExceptionCode {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ExceptionCode::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                InvalidValue::new(
                    "code",
                    "unknown_exception",
                    format!("Unknown exception code '{s}'"),
                )
            })
    }
}

/// An exception recorded on a case: the circumstances ran from `from` to `to`
/// (open-ended while `to` is empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedException {
    pub code: ExceptionCode,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    /// Evidence and explanation, told to the family.
    pub note: String,
    pub recorded_by: UserId,
    /// For 8(2) codes: the one advice request excused; empty means all of them.
    pub advice_request: Option<AdviceRequestId>,
}

impl RecordedException {
    pub fn new(
        code: ExceptionCode,
        from: NaiveDate,
        to: Option<NaiveDate>,
        note: &str,
        recorded_by: UserId,
        advice_request: Option<AdviceRequestId>,
    ) -> Result<Self, InvalidValue> {
        let note = note.trim();
        if note.is_empty() {
            return Err(InvalidValue::new(
                "note",
                "required",
                "Explain the exception and the evidence for it",
            ));
        }
        if to.is_some_and(|to| to < from) {
            return Err(InvalidValue::new(
                "to",
                "before_from",
                "The end date must be the same as or after the start date",
            ));
        }
        if advice_request.is_some() && !code.is_advice_exception() {
            return Err(InvalidValue::new(
                "advice_request",
                "not_an_advice_exception",
                "Only an 8(2) exception can be tied to one request for advice",
            ));
        }
        Ok(Self {
            code,
            from,
            to,
            note: note.to_owned(),
            recorded_by,
            advice_request,
        })
    }

    /// The circumstances overlap the days `[start, end]` the clock ran.
    pub fn overlaps(&self, start: NaiveDate, end: NaiveDate) -> bool {
        self.from <= end && self.to.is_none_or(|to| to >= start)
    }
}

/// The first recorded exception that excuses a deadline: its code is allowed for
/// the rule, its dates overlap the time the clock ran (`anchor..=due`), and for an
/// advice deadline it names that request or none. The date itself is never changed.
pub fn applicable_exception(
    exceptions: &[RecordedException],
    allowed: &[ExceptionCode],
    anchor: NaiveDate,
    due: NaiveDate,
    advice_request: Option<&AdviceRequestId>,
) -> Option<ExceptionCode> {
    if allowed.is_empty() {
        return None;
    }
    exceptions
        .iter()
        .find(|e| {
            allowed.contains(&e.code)
                && e.overlaps(anchor, due)
                && match (&e.advice_request, advice_request) {
                    (Some(excused), Some(request)) => excused == request,
                    (Some(_), None) => false,
                    (None, _) => true,
                }
        })
        .map(|e| e.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn officer() -> UserId {
        UserId::new("officer-1")
    }

    #[test]
    fn codes_round_trip_as_the_regulations_cite_them() {
        for code in ExceptionCode::ALL {
            assert_eq!(code.as_str().parse::<ExceptionCode>().unwrap(), code);
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn the_2014_table_says_which_deadlines_each_code_excuses() {
        assert_eq!(
            ExceptionCode::Reg10_4C.send_2014_deadlines(),
            &[
                DeadlineId::D1,
                DeadlineId::D3,
                DeadlineId::D7,
                DeadlineId::D19
            ]
        );
        assert_eq!(
            ExceptionCode::Reg8_2C.send_2014_deadlines(),
            &[DeadlineId::D2]
        );
    }

    #[test]
    fn an_exception_needs_a_note_and_sensible_dates() {
        assert!(
            RecordedException::new(
                ExceptionCode::Reg10_4C,
                d(2026, 1, 5),
                None,
                "  ",
                officer(),
                None
            )
            .is_err()
        );
        assert!(
            RecordedException::new(
                ExceptionCode::Reg10_4C,
                d(2026, 1, 5),
                Some(d(2026, 1, 4)),
                "hospital stay",
                officer(),
                None
            )
            .is_err()
        );
        assert!(
            RecordedException::new(
                ExceptionCode::Reg10_4C,
                d(2026, 1, 5),
                None,
                "hospital stay",
                officer(),
                Some(AdviceRequestId::new("adv-1"))
            )
            .is_err()
        );
    }

    #[test]
    fn an_advice_exception_excuses_only_the_request_it_names() {
        let e = RecordedException::new(
            ExceptionCode::Reg8_2C,
            d(2026, 2, 1),
            Some(d(2026, 2, 10)),
            "missed the audiology appointment",
            officer(),
            Some(AdviceRequestId::new("adv-1")),
        )
        .unwrap();
        let allowed = [ExceptionCode::Reg8_2C];
        let one = AdviceRequestId::new("adv-1");
        let two = AdviceRequestId::new("adv-2");
        let (start, end) = (d(2026, 1, 20), d(2026, 3, 3));
        assert_eq!(
            applicable_exception(std::slice::from_ref(&e), &allowed, start, end, Some(&one)),
            Some(ExceptionCode::Reg8_2C)
        );
        assert_eq!(
            applicable_exception(std::slice::from_ref(&e), &allowed, start, end, Some(&two)),
            None
        );
        // Circumstances that ended before the clock started do not count.
        assert_eq!(
            applicable_exception(
                std::slice::from_ref(&e),
                &allowed,
                d(2026, 3, 1),
                d(2026, 4, 12),
                Some(&one)
            ),
            None
        );
    }
}
