//! Local dates and clock times in Europe/Paris, turned into UTC instants for calendars and GPS files.
//!
//! Plans speak local wall-clock time (`HH:MM`); calendar and GPX files want UTC. France follows
//! the EU rule: summer time (CEST, UTC+2) from the last Sunday of March at 01:00 UTC to the last
//! Sunday of October at 01:00 UTC, UTC+1 (CET) otherwise. The calendar arithmetic is Howard
//! Hinnant's days-from-civil and civil-from-days, proleptic Gregorian, with no time-zone database.

use crate::model::TimeOfDay;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// Seconds in a civil day.
const DAY_S: i64 = 86_400;
/// Offset of winter time (CET) from UTC, in seconds.
const WINTER_OFFSET_S: i64 = 3_600;
/// Offset of summer time (CEST) from UTC, in seconds.
const SUMMER_OFFSET_S: i64 = 7_200;
/// The shape of an ISO date, `9` standing for any digit.
const ISO_SHAPE: &str = "9999-99-99";

/// What the `YYYY-MM-DD` format wants at a place of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
            DateChar::Digit => "un chiffre",
            DateChar::Hyphen => "« - »",
            DateChar::End => "la fin de la date",
        })
    }
}

/// Why a date given as text is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
pub enum DateError {
    /// A character is not where the format wants it (column is 1-based, in characters).
    #[error("date illisible « {text} » : caractère {column}, attendu {expected} (format AAAA-MM-JJ)")]
    Shape {
        /// The text as given.
        text: String,
        /// 1-based position of the first wrong (or missing, or extra) character.
        column: usize,
        /// What the format wants there.
        expected: DateChar,
    },
    /// The month is not between 01 and 12.
    #[error("date impossible « {text} » : mois {month} (attendu 01 à 12)")]
    Month {
        /// The text as given.
        text: String,
        /// The month read.
        month: u32,
    },
    /// The day is not in the month (29 February of a common year, 31 April…).
    #[error("date impossible « {text} » : ce mois-là n'a que {days_in_month} jours")]
    Day {
        /// The text as given.
        text: String,
        /// Number of days of that month that year.
        days_in_month: u32,
    },
}

/// A calendar date (proleptic Gregorian), as in a day file's `date` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

/// An instant, in whole seconds since 1970-01-01T00:00:00Z (leap seconds ignored, as Unix does).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcTime(i64);

impl UtcTime {
    /// The instant `seconds` after the Unix epoch (in the app: `js_sys::Date::now() / 1000`).
    pub fn from_unix_seconds(seconds: i64) -> UtcTime {
        UtcTime(seconds)
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(self) -> i64 {
        self.0
    }

    /// Date and seconds within that day, both in UTC.
    fn split(self) -> (IsoDate, i64) {
        (IsoDate::from_days_since_epoch(self.0.div_euclid(DAY_S)), self.0.rem_euclid(DAY_S))
    }

    /// The RFC 5545 UTC form `YYYYMMDDTHHMMSSZ`, as in `DTSTART` and `DTSTAMP`.
    pub fn to_ics(self) -> String {
        let (date, s) = self.split();
        format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", date.year, date.month, date.day, s / 3600, s % 3600 / 60, s % 60)
    }
}

impl fmt::Display for UtcTime {
    /// ISO 8601 `YYYY-MM-DDTHH:MM:SSZ`, as GPX and JSON want it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (date, s) = self.split();
        write!(f, "{date}T{:02}:{:02}:{:02}Z", s / 3600, s % 3600 / 60, s % 60)
    }
}

/// When summer time starts and ends in `year`: the last Sundays of March and October at 01:00 UTC.
pub fn summer_time(year: i32) -> (UtcTime, UtcTime) {
    let change = |month| {
        // March and October always have a last Sunday.
        let sunday = IsoDate::last_sunday(year, month).map_or(0, IsoDate::days_since_epoch);
        UtcTime(sunday * DAY_S + 3_600)
    };
    (change(3), change(10))
}

/// The date and the wall-clock time in Paris at the instant `utc`, to the minute: what the crew
/// reads on a clock in the département, whatever time zone the phone is set to.
pub fn utc_to_paris(utc: UtcTime) -> (IsoDate, TimeOfDay) {
    let (summer_start, summer_end) = summer_time(utc.split().0.year);
    let offset = if summer_start <= utc && utc < summer_end { SUMMER_OFFSET_S } else { WINTER_OFFSET_S };
    let (date, seconds) = UtcTime(utc.0 + offset).split();
    let minute = u32::try_from(seconds - seconds % 60).unwrap_or(0);
    (date, TimeOfDay::from_seconds(minute).unwrap_or(TimeOfDay::END_OF_DAY))
}

/// The UTC instant of the wall-clock `time` on `date` in Paris.
///
/// `24:00` is midnight at the end of `date`. The two clock changes are settled thus:
/// - in October, 02:00–02:59 happens twice; the **first** occurrence (still summer time) is
///   chosen, so a stop planned at 02:30 is not moved an hour later than the technician expects;
/// - in March, 02:00–02:59 does not exist; such a time is read with the winter offset, which
///   **shifts it forward** by the hour skipped (02:30 becomes 03:30 summer time, 01:30Z).
pub fn paris_to_utc(date: IsoDate, time: TimeOfDay) -> UtcTime {
    let naive = date.days_since_epoch() * DAY_S + i64::from(time.seconds());
    let (summer_start, summer_end) = summer_time(date.year);
    // Read as summer time first: it is right whenever the result lies in summer time, which also
    // picks the first of the two October readings; everything else is winter time.
    let as_summer = naive - SUMMER_OFFSET_S;
    if summer_start.0 <= as_summer && as_summer < summer_end.0 {
        UtcTime(as_summer)
    } else {
        UtcTime(naive - WINTER_OFFSET_S)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(date: &str, time: &str) -> String {
        paris_to_utc(date.parse().unwrap(), time.parse().unwrap()).to_string()
    }

    /// Paris date and time at the UTC instant written `YYYY-MM-DDTHH:MM`.
    fn paris(instant: &str) -> String {
        let (date, time) = instant.split_once('T').unwrap();
        let utc = date.parse::<IsoDate>().unwrap().days_since_epoch() * DAY_S
            + i64::from(time.parse::<TimeOfDay>().unwrap().seconds());
        let (date, time) = utc_to_paris(UtcTime::from_unix_seconds(utc));
        format!("{date} {time}")
    }

    #[test]
    fn a_utc_instant_reads_as_paris_wall_clock_time_across_both_changes() {
        assert_eq!(paris("2026-12-02T07:05"), "2026-12-02 08:05", "winter: UTC+1");
        assert_eq!(paris("2026-07-14T06:00"), "2026-07-14 08:00", "summer: UTC+2");
        assert_eq!(paris("2026-03-29T00:59"), "2026-03-29 01:59");
        assert_eq!(paris("2026-03-29T01:00"), "2026-03-29 03:00", "the clock jumps at 01:00 UTC");
        assert_eq!(paris("2026-10-25T00:59"), "2026-10-25 02:59");
        assert_eq!(paris("2026-10-25T01:00"), "2026-10-25 02:00", "and falls back at 01:00 UTC");
        assert_eq!(paris("2026-12-31T23:30"), "2027-01-01 00:30", "a new year in Paris before London");
        for (date, time) in [("2026-07-14", "08:05"), ("2026-11-26", "17:45"), ("2026-03-29", "03:30")] {
            let back = utc_to_paris(paris_to_utc(date.parse().unwrap(), time.parse().unwrap()));
            assert_eq!((back.0.to_string(), back.1.to_string()), (date.to_string(), time.to_string()));
        }
    }

    #[test]
    fn the_march_change_skips_an_hour_and_shifts_the_missing_one_forward() {
        assert_eq!(utc("2026-03-29", "01:30"), "2026-03-29T00:30:00Z");
        assert_eq!(utc("2026-03-29", "02:30"), "2026-03-29T01:30:00Z", "non-existent: read as 03:30 CEST");
        assert_eq!(utc("2026-03-29", "03:00"), "2026-03-29T01:00:00Z");
        assert_eq!(utc("2026-03-29", "03:30"), "2026-03-29T01:30:00Z");
        assert_eq!(utc("2026-03-28", "12:00"), "2026-03-28T11:00:00Z");
    }

    #[test]
    fn the_october_change_repeats_an_hour_and_keeps_its_first_occurrence() {
        assert_eq!(utc("2026-10-25", "01:30"), "2026-10-24T23:30:00Z");
        assert_eq!(utc("2026-10-25", "02:30"), "2026-10-25T00:30:00Z", "ambiguous: the CEST reading");
        assert_eq!(utc("2026-10-25", "03:00"), "2026-10-25T02:00:00Z");
        assert_eq!(utc("2026-10-25", "03:30"), "2026-10-25T02:30:00Z");
        assert_eq!(utc("2026-10-26", "08:00"), "2026-10-26T07:00:00Z");
    }

    #[test]
    fn winter_and_summer_days_use_their_offsets_and_midnight_ends_the_day() {
        assert_eq!(utc("2026-11-26", "08:00"), "2026-11-26T07:00:00Z");
        assert_eq!(utc("2026-07-14", "08:00"), "2026-07-14T06:00:00Z");
        assert_eq!(utc("2026-01-01", "00:30"), "2025-12-31T23:30:00Z");
        assert_eq!(utc("2026-12-31", "24:00"), "2026-12-31T23:00:00Z");
        assert_eq!(utc("2026-06-30", "24:00"), "2026-06-30T22:00:00Z");
        let stamp = paris_to_utc("2026-07-14".parse().unwrap(), "08:05".parse().unwrap());
        assert_eq!(stamp.to_ics(), "20260714T060500Z");
        assert_eq!(stamp.unix_seconds(), 1_784_009_100);
    }

    #[test]
    fn clock_changes_fall_on_the_last_sundays_of_march_and_october() {
        assert_eq!(summer_time(2026).0.to_string(), "2026-03-29T01:00:00Z");
        assert_eq!(summer_time(2026).1.to_string(), "2026-10-25T01:00:00Z");
        assert_eq!(summer_time(2027).0.to_string(), "2027-03-28T01:00:00Z");
        assert_eq!(summer_time(2024).1.to_string(), "2024-10-27T01:00:00Z");
        let sunday: IsoDate = "2026-03-29".parse().unwrap();
        assert_eq!(sunday.iso_weekday(), 7);
        assert_eq!("1970-01-01".parse::<IsoDate>().unwrap().iso_weekday(), 4, "a Thursday");
        assert_eq!("2026-11-26".parse::<IsoDate>().unwrap().iso_weekday(), 4, "a Thursday");
    }

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
        assert_eq!(error.to_string(), "date impossible « 2026-02-29 » : ce mois-là n'a que 28 jours");
        assert_eq!("2026-13-01".parse::<IsoDate>(), Err(DateError::Month { text: "2026-13-01".into(), month: 13 }));
        assert!(matches!("2026-04-31".parse::<IsoDate>(), Err(DateError::Day { days_in_month: 30, .. })));
        assert!(matches!("2026-04-00".parse::<IsoDate>(), Err(DateError::Day { .. })));
        let error = "2026/03/29".parse::<IsoDate>().unwrap_err();
        assert!(matches!(error, DateError::Shape { column: 5, expected: DateChar::Hyphen, .. }), "{error:?}");
        assert_eq!(error.to_string(), "date illisible « 2026/03/29 » : caractère 5, attendu « - » (format AAAA-MM-JJ)");
        assert!(matches!("jeudi".parse::<IsoDate>(), Err(DateError::Shape { column: 1, .. })));
        assert!(matches!("2026-3-29".parse::<IsoDate>(), Err(DateError::Shape { column: 7, .. })));
        assert!(matches!("2026-03-29T08".parse::<IsoDate>(), Err(DateError::Shape { column: 11, .. })));
        assert!(matches!("".parse::<IsoDate>(), Err(DateError::Shape { column: 1, .. })));
        assert!(matches!(" 2026-03-2é".parse::<IsoDate>(), Err(DateError::Shape { column: 11, .. })));
        assert_eq!(" 2026-11-26 ".parse::<IsoDate>().map(|d| d.to_string()), Ok("2026-11-26".to_string()));
    }
}
