//! Calendar dates: the one date type of a day, its log and its plan, read from and written as
//! `YYYY-MM-DD`, with located errors.
//!
//! The calendar arithmetic is Howard Hinnant's days-from-civil and civil-from-days, proleptic
//! Gregorian.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The shape of an ISO date, `9` standing for any digit.
const ISO_SHAPE: &str = "9999-99-99";

/// What the `YYYY-MM-DD` format wants at a place of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateChar {
    /// A digit of the year, month or day.
    Digit,
    /// The hyphen between them.
    Hyphen,
    /// Nothing more: the date is over.
    End,
}

impl std::fmt::Display for DateChar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DateChar::Digit => "a digit",
            DateChar::Hyphen => "\"-\"",
            DateChar::End => "the end of the date",
        })
    }
}

/// Why a date given as text is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum DateError {
    /// A character is not where the format wants it (column is 1-based, in characters).
    #[error("unreadable date \"{text}\": character {column}, expected {expected} (YYYY-MM-DD)")]
    Shape {
        /// The text as given.
        text: String,
        /// 1-based position of the first wrong (or missing, or extra) character.
        column: usize,
        /// What the format wants there.
        expected: DateChar,
    },
    /// The month is not between 01 and 12.
    #[error("impossible date \"{text}\": month {month} (expected 01 to 12)")]
    Month {
        /// The text as given.
        text: String,
        /// The month read.
        month: u32,
    },
    /// The day is not in the month (29 February of a common year, 31 April…).
    #[error("impossible date \"{text}\": that month has {days_in_month} days")]
    Day {
        /// The text as given.
        text: String,
        /// Number of days of that month that year.
        days_in_month: u32,
    },
}

/// A calendar date (proleptic Gregorian), as in a day file's `date` field; written
/// `YYYY-MM-DD` in JSON, and checked on the way in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate {
    year: i32,
    month: u32,
    day: u32,
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days of `month` (1–12) in `year`; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl IsoDate {
    /// The date `year-month-day`, or `None` when the month or the day does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Option<IsoDate> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(IsoDate { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.day
    }

    /// Days since 1970-01-01 (negative before): days-from-civil, counting years from March so
    /// that the leap day falls at the end of the counted year.
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let month_from_march = (i64::from(self.month) + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01: civil-from-days, the inverse of [`IsoDate::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> IsoDate {
        let shifted = days + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // Day and month are 1–31 and 1–12 by construction; years beyond i32 are out of any plan.
        IsoDate { year: year as i32, month: month as u32, day: day as u32 }
    }

    /// ISO day of the week: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    pub fn iso_weekday(self) -> u32 {
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u32
    }

    /// The last Sunday of `month` in `year`, the day the EU changes its clocks in March and October.
    pub fn last_sunday(year: i32, month: u32) -> Option<IsoDate> {
        let last = IsoDate::new(year, month, days_in_month(year, month))?;
        Some(IsoDate::from_days_since_epoch(last.days_since_epoch() - i64::from(last.iso_weekday() % 7)))
    }
}

impl FromStr for IsoDate {
    type Err = DateError;

    /// Reads exactly `YYYY-MM-DD` (surrounding spaces allowed); errors point at the first wrong character.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        let offset = text.len() - text.trim_start().len();
        let shape_error = |index: usize, expected| DateError::Shape {
            text: text.to_string(),
            column: text[..offset].chars().count() + index + 1,
            expected,
        };
        let mut chars = trimmed.chars();
        for (index, wanted) in ISO_SHAPE.chars().enumerate() {
            let expected = if wanted == '9' { DateChar::Digit } else { DateChar::Hyphen };
            match chars.next() {
                Some(found) if (wanted == '9' && found.is_ascii_digit()) || found == wanted => {}
                _ => return Err(shape_error(index, expected)),
            }
        }
        if chars.next().is_some() {
            return Err(shape_error(ISO_SHAPE.len(), DateChar::End));
        }
        // The shape check proved the text is ASCII digits and hyphens at fixed places.
        let number = |range: std::ops::Range<usize>| trimmed[range].parse::<u32>().unwrap_or(0);
        let (year, month, day) = (number(0..4) as i32, number(5..7), number(8..10));
        if !(1..=12).contains(&month) {
            return Err(DateError::Month { text: text.to_string(), month });
        }
        IsoDate::new(year, month, day)
            .ok_or_else(|| DateError::Day { text: text.to_string(), days_in_month: days_in_month(year, month) })
    }
}

impl fmt::Display for IsoDate {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for IsoDate {
    type Error = DateError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<IsoDate> for String {
    fn from(date: IsoDate) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_convert_both_ways_across_leap_years_and_centuries() {
        assert_eq!("1970-01-01".parse::<IsoDate>().unwrap().days_since_epoch(), 0);
        assert_eq!("2000-03-01".parse::<IsoDate>().unwrap().days_since_epoch(), 11_017);
        assert_eq!("1969-12-31".parse::<IsoDate>().unwrap().days_since_epoch(), -1);
        for days in -800_000..800_000 {
            let date = IsoDate::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days, "{date}");
        }
        assert!(is_leap_year(2024) && is_leap_year(2000) && !is_leap_year(1900) && !is_leap_year(2026));
        assert_eq!(IsoDate::from_days_since_epoch(19_782).to_string(), "2024-02-29");
        assert!("2028-02-29".parse::<IsoDate>().is_ok());
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused_with_the_place_of_the_fault() {
        let error = "2026-02-29".parse::<IsoDate>().unwrap_err();
        assert_eq!(error, DateError::Day { text: "2026-02-29".into(), days_in_month: 28 });
        assert_eq!(error.to_string(), "impossible date \"2026-02-29\": that month has 28 days");
        assert_eq!("2026-13-01".parse::<IsoDate>(), Err(DateError::Month { text: "2026-13-01".into(), month: 13 }));
        assert!(matches!("2026-04-31".parse::<IsoDate>(), Err(DateError::Day { days_in_month: 30, .. })));
        assert!(matches!("2026-04-00".parse::<IsoDate>(), Err(DateError::Day { .. })));
        let error = "2026/03/29".parse::<IsoDate>().unwrap_err();
        assert!(matches!(error, DateError::Shape { column: 5, expected: DateChar::Hyphen, .. }), "{error:?}");
        assert_eq!(error.to_string(), "unreadable date \"2026/03/29\": character 5, expected \"-\" (YYYY-MM-DD)");
        assert!(matches!("jeudi".parse::<IsoDate>(), Err(DateError::Shape { column: 1, .. })));
        assert!(matches!("2026-3-29".parse::<IsoDate>(), Err(DateError::Shape { column: 7, .. })));
        assert!(matches!("2026-03-29T08".parse::<IsoDate>(), Err(DateError::Shape { column: 11, .. })));
        assert!(matches!("".parse::<IsoDate>(), Err(DateError::Shape { column: 1, .. })));
        assert!(matches!(" 2026-03-2é".parse::<IsoDate>(), Err(DateError::Shape { column: 11, .. })));
        assert_eq!(" 2026-11-26 ".parse::<IsoDate>().map(|d| d.to_string()), Ok("2026-11-26".to_string()));
    }

    #[test]
    fn a_date_is_its_iso_text_in_json_and_a_wrong_one_does_not_read() {
        let date: IsoDate = "2026-11-26".parse().unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-11-26\"");
        assert_eq!(serde_json::from_str::<IsoDate>("\"2026-11-26\"").unwrap(), date);
        assert!(serde_json::from_str::<IsoDate>("\"2026-02-30\"").is_err());
    }
}
