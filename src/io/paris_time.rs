//! Local dates and clock times in Europe/Paris, turned into UTC instants for calendars and GPS files.
//!
//! Plans speak local wall-clock time (`HH:MM`); calendar and GPX files want UTC. France follows
//! the EU rule: summer time (CEST, UTC+2) from the last Sunday of March at 01:00 UTC to the last
//! Sunday of October at 01:00 UTC, UTC+1 (CET) otherwise. The calendar arithmetic is Howard
//! Hinnant's days-from-civil and civil-from-days, proleptic Gregorian, with no time-zone database.

use crate::model::{IsoDate, TimeOfDay};
use std::fmt;

/// Seconds in a civil day.
const DAY_S: i64 = 86_400;
/// Offset of winter time (CET) from UTC, in seconds.
const WINTER_OFFSET_S: i64 = 3_600;
/// Offset of summer time (CEST) from UTC, in seconds.
const SUMMER_OFFSET_S: i64 = 7_200;
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
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            date.year(),
            date.month(),
            date.day(),
            s / 3600,
            s % 3600 / 60,
            s % 60
        )
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
    let (summer_start, summer_end) = summer_time(utc.split().0.year());
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
    let (summer_start, summer_end) = summer_time(date.year());
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
}
