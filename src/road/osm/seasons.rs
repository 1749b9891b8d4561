//! Seasonal closures: mountain passes closed in winter, read from OSM tags.
//!
//! Reads `access:conditional`, `motor_vehicle:conditional`, `motorcar:conditional`
//! and `vehicle:conditional` rules whose condition is a date range
//! (`no @ (Nov-May)`, `no @ (Nov 15-Apr 30)`, `yes @ (Jun-Oct)`), and the
//! `seasonal=*` / `winter_road=yes` tags. Conditions on the time of day or the
//! vehicle weight do not close a road for a whole day and are left out.

use crate::model::IsoDate;
use serde::{Deserialize, Serialize};

/// Days in each month of a leap year: every date of any year has its own slot.
const MONTH_DAYS: [u16; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/// Slots in the calendar: 366, Feb 29 included.
pub const DAYS: usize = 366;
/// When `seasonal=summer` or `seasonal=yes` roads close: 1 November to 30 April,
/// the usual closing of Alpine passes (Cayolle, Allos, Bonette) by departmental order.
const WINTER: (Day, Day) = (Day::new_unchecked(11, 1), Day::new_unchecked(4, 30));

/// A calendar day, month and day of month, with no year: closures repeat every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Day(u16);

impl Day {
    const fn new_unchecked(month: u16, day: u16) -> Day {
        let mut index = 0;
        let mut m = 0;
        while m < (month - 1) as usize {
            index += MONTH_DAYS[m];
            m += 1;
        }
        Day(index + day - 1)
    }

    /// The day `month`/`day`, or `None` if it does not exist (Feb 30, month 13).
    pub fn new(month: u16, day: u16) -> Option<Day> {
        let days = *MONTH_DAYS.get(usize::from(month).checked_sub(1)?)?;
        (day >= 1 && day <= days).then(|| Day::new_unchecked(month, day))
    }

    /// Reads the month and day of an ISO date `YYYY-MM-DD` (`None` if it is not a date).
    pub fn from_iso_date(text: &str) -> Option<Day> {
        text.parse::<IsoDate>().ok().map(Day::from)
    }

    /// The day at position `index` of the 366-slot calendar; panics past 365 (a programming error).
    pub fn from_index(index: usize) -> Day {
        assert!(index < DAYS, "day index {index} out of the calendar");
        Day(index as u16)
    }

    /// Position in the 366-slot calendar (0 = 1 January).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

impl From<IsoDate> for Day {
    /// The month and day of `date`, which always exist in the 366-slot calendar.
    fn from(date: IsoDate) -> Day {
        Day::new_unchecked(date.month() as u16, date.day() as u16)
    }
}

/// The days of the year a road is closed, as a 366-bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Closure([u64; 6]);

impl Closure {
    /// Whether the road is closed on `day`.
    pub fn closed_on(&self, day: Day) -> bool {
        self.0[day.index() / 64] >> (day.index() % 64) & 1 == 1
    }

    /// Whether the road is open every day.
    pub fn is_never(&self) -> bool {
        self.0 == [0; 6]
    }

    /// Closes the road from `from` to `to` inclusive, wrapping over New Year.
    fn close(&mut self, from: Day, to: Day) {
        let mut day = from.index();
        loop {
            self.0[day / 64] |= 1 << (day % 64);
            if day == to.index() {
                break;
            }
            day = (day + 1) % DAYS;
        }
    }

    /// Every day not in `self`.
    fn complement(self) -> Closure {
        let mut inverse = Closure(self.0.map(|word| !word));
        inverse.0[5] &= (1 << (DAYS - 320)) - 1;
        inverse
    }
}

/// The seasonal closure a way's tags describe, or `None` when it is always open.
///
/// `allowed_otherwise` is whether the way is open to vans without conditions: a
/// way tagged `access=no` + `access:conditional=yes @ (Jun-Oct)` is closed all but
/// June to October.
pub fn closure(tags: &[(&str, &str)], allowed_otherwise: bool) -> Option<Closure> {
    let mut closed = Closure::default();
    let mut open_only = None::<Closure>;
    for key in ["access:conditional", "vehicle:conditional", "motor_vehicle:conditional", "motorcar:conditional"] {
        let Some(value) = super::tags::tag(tags, key) else {
            continue;
        };
        for rule in value.split(';') {
            let Some((verdict, condition)) = rule.split_once('@') else {
                continue;
            };
            let Some(days) = date_ranges(condition.trim().trim_start_matches('(').trim_end_matches(')')) else {
                continue;
            };
            match verdict.trim() {
                "no" | "private" => closed.0.iter_mut().zip(days.0).for_each(|(a, b)| *a |= b),
                "yes" | "destination" | "permissive" | "delivery" => {
                    let open = open_only.get_or_insert_with(Closure::default);
                    open.0.iter_mut().zip(days.0).for_each(|(a, b)| *a |= b);
                }
                _ => {}
            }
        }
    }
    match super::tags::tag(tags, "seasonal") {
        Some("yes" | "summer") => closed.close(WINTER.0, WINTER.1),
        Some("winter") => closed.close(Day::new_unchecked(5, 1), Day::new_unchecked(10, 31)),
        _ => {}
    }
    if super::tags::tag(tags, "winter_road") == Some("yes") {
        closed.close(Day::new_unchecked(5, 1), Day::new_unchecked(10, 31));
    }
    if let (false, Some(open)) = (allowed_otherwise, open_only) {
        closed.0.iter_mut().zip(open.complement().0).for_each(|(a, b)| *a |= b);
    }
    (!closed.is_never()).then_some(closed)
}

/// Reads a comma-separated list of month or day ranges: `Nov-May`, `Dec 15-Mar 31`, `Jan`.
/// `None` when any part is not a date range (a time of day, a weekday, a weight…).
fn date_ranges(text: &str) -> Option<Closure> {
    let mut days = Closure::default();
    for range in text.split(',') {
        let (from, to) = match range.split_once('-') {
            Some((from, to)) => (from.trim(), to.trim()),
            None => (range.trim(), range.trim()),
        };
        let start = month_day(from, true)?;
        let end = month_day(to, false)?;
        days.close(start, end);
    }
    Some(days)
}

/// `Nov` (first or last day of November, by `start`) or `Nov 15`.
fn month_day(text: &str, start: bool) -> Option<Day> {
    let mut words = text.split_whitespace();
    let name = words.next()?;
    let month = MONTHS.iter().position(|m| *m == name)? as u16 + 1;
    let day = match words.next() {
        Some(day) => day.parse().ok()?,
        None if start => 1,
        None => MONTH_DAYS[usize::from(month) - 1],
    };
    if words.next().is_some() {
        return None;
    }
    Day::new(month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(date: &str) -> Day {
        Day::from_iso_date(date).unwrap()
    }

    #[test]
    fn a_pass_closed_from_november_to_may_is_closed_in_january_and_open_in_july() {
        let closure = closure(&[("motor_vehicle:conditional", "no @ (Nov-May)")], true).unwrap();
        assert!(closure.closed_on(on("2027-01-15")));
        assert!(closure.closed_on(on("2026-11-01")));
        assert!(closure.closed_on(on("2027-05-31")));
        assert!(!closure.closed_on(on("2027-06-01")));
        assert!(!closure.closed_on(on("2027-07-14")));
        assert!(!closure.closed_on(on("2026-10-31")));
    }

    #[test]
    fn day_ranges_and_lists_are_read_to_the_day() {
        let closure = closure(&[("access:conditional", "no @ (Dec 15-Mar 31, Jul 14)")], true).unwrap();
        assert!(!closure.closed_on(on("2026-12-14")));
        assert!(closure.closed_on(on("2026-12-15")));
        assert!(closure.closed_on(on("2028-02-29")));
        assert!(closure.closed_on(on("2027-03-31")));
        assert!(!closure.closed_on(on("2027-04-01")));
        assert!(closure.closed_on(on("2027-07-14")));
    }

    #[test]
    fn open_only_in_summer_means_closed_the_rest_of_the_year() {
        let tags = [("access", "no"), ("access:conditional", "yes @ (Jun-Oct)")];
        let closure = closure(&tags, false).unwrap();
        assert!(closure.closed_on(on("2027-05-31")) && closure.closed_on(on("2026-12-31")));
        assert!(!closure.closed_on(on("2027-06-01")) && !closure.closed_on(on("2027-10-31")));
    }

    #[test]
    fn seasonal_tags_close_the_road_in_winter() {
        let closure = closure(&[("seasonal", "summer")], true).unwrap();
        assert!(closure.closed_on(on("2027-01-10")) && !closure.closed_on(on("2027-08-10")));
        let ice_road = super::closure(&[("winter_road", "yes")], true).unwrap();
        assert!(!ice_road.closed_on(on("2027-01-10")) && ice_road.closed_on(on("2027-08-10")));
    }

    #[test]
    fn time_of_day_and_weight_conditions_do_not_close_a_road_for_the_day() {
        assert_eq!(closure(&[("motor_vehicle:conditional", "no @ (22:00-06:00)")], true), None);
        assert_eq!(closure(&[("motor_vehicle:conditional", "no @ (weight>7.5)")], true), None);
        assert_eq!(closure(&[("access:conditional", "no @ (Mo-Fr 07:00-19:00)")], true), None);
        assert_eq!(closure(&[], true), None);
    }

    #[test]
    fn reads_iso_dates_and_refuses_impossible_ones() {
        assert_eq!(on("2026-01-01").index(), 0);
        assert_eq!(on("2026-12-31").index(), 365);
        assert_eq!(Day::from_iso_date("2026-02-30"), None);
        assert_eq!(Day::from_iso_date("2026-13-01"), None);
        assert_eq!(Day::from_iso_date("26-01-01"), None);
        assert_eq!(Day::from_iso_date("demain"), None);
    }
}
