//! Clock times within a day and appointment windows.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// Seconds in a day: the largest valid [`TimeOfDay`] (24:00, end of day).
const SECONDS_PER_DAY: u32 = 24 * 3600;

/// Why a time or a window given by the user is not valid.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum TimeError {
    /// The text is not of the form `HH:MM` (or `HHhMM`, as French users write it).
    #[error("unreadable time \"{0}\" (expected HH:MM)")]
    Unreadable(String),
    /// The hour or minute is out of range (minutes ≥ 60, or after 24:00).
    #[error("time outside the day \"{0}\"")]
    OutOfDay(String),
    /// A window whose end comes before its start.
    #[error("impossible window: end {end} before start {start}")]
    EndBeforeStart {
        /// Start of the rejected window.
        start: TimeOfDay,
        /// End of the rejected window.
        end: TimeOfDay,
    },
}

/// A clock time in the planning day, in whole seconds since midnight (local time).
///
/// Seconds, not minutes, because travel times come from the road model in seconds
/// and rounding them per leg would drift over a day of thirty stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay(u32);

impl TimeOfDay {
    /// Midnight at the start of the day.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    /// 24:00, the end of the day.
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(SECONDS_PER_DAY);

    /// The time `hours:minutes`, or `None` when outside 00:00–24:00.
    pub fn from_hm(hours: u32, minutes: u32) -> Option<TimeOfDay> {
        if minutes >= 60 {
            return None;
        }
        let seconds = hours.checked_mul(3600)? + minutes * 60;
        (seconds <= SECONDS_PER_DAY).then_some(TimeOfDay(seconds))
    }

    /// The time this many seconds after midnight, or `None` past 24:00.
    pub fn from_seconds(seconds: u32) -> Option<TimeOfDay> {
        (seconds <= SECONDS_PER_DAY).then_some(TimeOfDay(seconds))
    }

    /// Seconds since midnight.
    pub fn seconds(self) -> u32 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    /// Formats as `HH:MM`, truncating seconds (an ETA of 9:59:59 reads 09:59).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 3600, (self.0 % 3600) / 60)
    }
}

impl FromStr for TimeOfDay {
    type Err = TimeError;

    /// Reads `8:30`, `08:30` or `8h30` (also `8h`, meaning 8:00), and `8.30`: a phone's
    /// numeric keyboard has a dot but often no colon.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        let unreadable = || TimeError::Unreadable(text.to_string());
        let (hours, minutes) =
            trimmed.split_once([':', '.']).or_else(|| trimmed.split_once(['h', 'H'])).ok_or_else(unreadable)?;
        let minutes = if minutes.is_empty() && !trimmed.contains([':', '.']) { "0" } else { minutes };
        let all_digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(hours) || !all_digits(minutes) {
            return Err(unreadable());
        }
        let (hours, minutes) = (hours.parse().map_err(|_| unreadable())?, minutes.parse().map_err(|_| unreadable())?);
        TimeOfDay::from_hm(hours, minutes).ok_or_else(|| TimeError::OutOfDay(text.to_string()))
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = TimeError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

/// A hard appointment window: service must *start* between `start` and `end` inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawWindow")]
pub struct TimeWindow {
    start: TimeOfDay,
    end: TimeOfDay,
}

/// Unchecked form of a window as read from a file, validated into [`TimeWindow`].
#[derive(Deserialize)]
struct RawWindow {
    start: TimeOfDay,
    end: TimeOfDay,
}

impl TryFrom<RawWindow> for TimeWindow {
    type Error = TimeError;
    fn try_from(raw: RawWindow) -> Result<Self, Self::Error> {
        TimeWindow::new(raw.start, raw.end)
    }
}

impl TimeWindow {
    /// The whole day, for a job with no appointment.
    pub const ALL_DAY: TimeWindow = TimeWindow { start: TimeOfDay::MIDNIGHT, end: TimeOfDay::END_OF_DAY };

    /// A window from `start` to `end`; an end before the start is an error, not a silent swap.
    pub fn new(start: TimeOfDay, end: TimeOfDay) -> Result<TimeWindow, TimeError> {
        if end < start {
            return Err(TimeError::EndBeforeStart { start, end });
        }
        Ok(TimeWindow { start, end })
    }

    /// Earliest allowed start of service.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// Latest allowed start of service.
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// Whether service may start at `time`.
    pub fn contains(&self, time: TimeOfDay) -> bool {
        self.start <= time && time <= self.end
    }
}

impl fmt::Display for TimeWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

impl FromStr for TimeWindow {
    type Err = TimeError;

    /// Reads `08:00-10:00` (hyphen, en dash or `à`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (start, end) = text
            .split_once(['-', '–'])
            .or_else(|| text.split_once(" à "))
            .ok_or_else(|| TimeError::Unreadable(text.to_string()))?;
        TimeWindow::new(start.parse()?, end.parse()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> TimeOfDay {
        TimeOfDay::from_hm(h, m).unwrap()
    }

    #[test]
    fn reads_the_ways_french_technicians_write_times() {
        assert_eq!("8:30".parse(), Ok(t(8, 30)));
        assert_eq!("08:05".parse(), Ok(t(8, 5)));
        assert_eq!("13h45".parse(), Ok(t(13, 45)));
        assert_eq!("9h".parse(), Ok(t(9, 0)));
        assert_eq!("8.30".parse(), Ok(t(8, 30)), "typed on a numeric keyboard");
        assert_eq!("14.00-16.00".parse::<TimeWindow>().map(|w| w.to_string()), Ok("14:00–16:00".into()));
        assert_eq!(t(9, 5).to_string(), "09:05");
    }

    #[test]
    fn rejects_malformed_or_out_of_day_times() {
        assert!(matches!("830".parse::<TimeOfDay>(), Err(TimeError::Unreadable(_))));
        assert!(matches!("8:3x".parse::<TimeOfDay>(), Err(TimeError::Unreadable(_))));
        assert!(matches!(":30".parse::<TimeOfDay>(), Err(TimeError::Unreadable(_))));
        assert!(matches!("8:".parse::<TimeOfDay>(), Err(TimeError::Unreadable(_))));
        assert!(matches!("8.".parse::<TimeOfDay>(), Err(TimeError::Unreadable(_))));
        assert!(matches!("25:00".parse::<TimeOfDay>(), Err(TimeError::OutOfDay(_))));
        assert!(matches!("10:60".parse::<TimeOfDay>(), Err(TimeError::OutOfDay(_))));
        assert_eq!("24:00".parse(), Ok(TimeOfDay::END_OF_DAY));
    }

    #[test]
    fn a_window_must_not_end_before_it_starts() {
        assert_eq!(
            "10:00-08:00".parse::<TimeWindow>(),
            Err(TimeError::EndBeforeStart { start: t(10, 0), end: t(8, 0) })
        );
        let window: TimeWindow = "13:30–15:00".parse().unwrap();
        assert!(window.contains(t(13, 30)) && window.contains(t(15, 0)));
        assert!(!window.contains(t(15, 1)));
        assert_eq!(window.to_string(), "13:30–15:00");
    }

    #[test]
    fn windows_round_trip_through_json_and_are_validated_on_the_way_in() {
        let window: TimeWindow = "08:00-10:00".parse().unwrap();
        let json = serde_json::to_string(&window).unwrap();
        assert_eq!(json, r#"{"start":"08:00","end":"10:00"}"#);
        assert_eq!(serde_json::from_str::<TimeWindow>(&json).unwrap(), window);
        assert!(serde_json::from_str::<TimeWindow>(r#"{"start":"11:00","end":"10:00"}"#).is_err());
    }
}
