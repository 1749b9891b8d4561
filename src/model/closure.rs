//! A road closed by the technician on the day (a rockfall, snow, works): the plan and every
//! route avoid it while it is in force.

use super::{IsoDate, LatLon};
use serde::{Deserialize, Serialize};

/// What closed the road, as the technician reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosureReason {
    /// Rocks on the road.
    Rockfall,
    /// Snow or ice.
    Snow,
    /// Road works.
    Works,
    /// Anything else.
    Other,
}

/// Until when the road stays closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "date", rename_all = "snake_case")]
pub enum ClosureEnd {
    /// Only on the day it was reported.
    Tonight,
    /// Through that date, included.
    Date(IsoDate),
    /// Until the technician removes it.
    UntilRemoved,
}

/// A road closed at one point: the whole road between the two junctions around `at` is avoided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoadClosure {
    /// A point on the closed road.
    pub at: LatLon,
    /// What closed it.
    pub reason: ClosureReason,
    /// The date it was reported: it is in force from then on.
    pub since: IsoDate,
    /// Until when.
    pub until: ClosureEnd,
    /// The name of the closed road, as the map knew it when it was closed (none: unnamed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub road: Option<String>,
    /// What the technician added (« pelleteuse sur place jusqu'à 16 h »); empty: nothing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl RoadClosure {
    /// Whether the road is closed on `date`.
    pub fn in_force_on(&self, date: IsoDate) -> bool {
        date >= self.since
            && match self.until {
                ClosureEnd::Tonight => date == self.since,
                ClosureEnd::Date(last) => date <= last,
                ClosureEnd::UntilRemoved => true,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closure(until: ClosureEnd) -> RoadClosure {
        RoadClosure {
            at: LatLon::new(44.1, 6.2).unwrap(),
            reason: ClosureReason::Rockfall,
            since: date("2026-12-06"),
            until,
            road: None,
            note: String::new(),
        }
    }

    fn date(text: &str) -> IsoDate {
        text.parse().unwrap()
    }

    #[test]
    fn tonight_holds_only_on_the_day_it_was_reported() {
        let tonight = closure(ClosureEnd::Tonight);
        assert!(tonight.in_force_on(date("2026-12-06")));
        assert!(!tonight.in_force_on(date("2026-12-07")));
        assert!(!tonight.in_force_on(date("2026-12-05")));
    }

    #[test]
    fn a_dated_closure_holds_through_its_last_day() {
        let dated = closure(ClosureEnd::Date(date("2026-12-08")));
        assert!(dated.in_force_on(date("2026-12-06")));
        assert!(dated.in_force_on(date("2026-12-08")));
        assert!(!dated.in_force_on(date("2026-12-09")));
        assert!(!dated.in_force_on(date("2026-12-05")));
    }

    #[test]
    fn until_removed_holds_from_its_day_on() {
        let open_ended = closure(ClosureEnd::UntilRemoved);
        assert!(open_ended.in_force_on(date("2027-06-01")));
        assert!(!open_ended.in_force_on(date("2026-12-05")));
    }

    #[test]
    fn it_round_trips_through_json() {
        let dated = closure(ClosureEnd::Date(date("2026-12-08")));
        let json = serde_json::to_string(&dated).unwrap();
        assert!(json.contains(r#""until":{"kind":"date","date":"2026-12-08"}"#), "{json}");
        assert_eq!(serde_json::from_str::<RoadClosure>(&json).unwrap(), dated);
    }
}
