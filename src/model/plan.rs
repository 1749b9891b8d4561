//! The day's plan as the technician follows it: each technician's stops in order, with typed
//! times, and the jobs left out with their reason code.
//!
//! Times are [`TimeOfDay`] values, not text: the interface and the exports format them, and
//! nobody parses a plan's times back. The JSON form is unchanged (`"08:30"`, a window as
//! `"08:00–10:00"`), so plans stored by earlier versions still read.

use super::{LatLon, TimeOfDay, TimeWindow, UnplannedReason};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One stop of a technician's plan: a customer, or the technician's lunch break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedStop {
    /// Intervention id (for a break: `pause-<technician id>`).
    pub id: String,
    /// Customer (empty for a lunch break: the interface names it in its language).
    pub customer: String,
    /// Arrival on site.
    pub arrival: TimeOfDay,
    /// Start of service (after any wait).
    pub start: TimeOfDay,
    /// End of service.
    pub end: TimeOfDay,
    /// Appointment window, if any.
    #[serde(with = "window_text", default)]
    pub window: Option<TimeWindow>,
    /// Minutes waited before the window opened.
    pub wait_min: u32,
    /// Minutes of margin before the window closes: under 15, the stop is at risk.
    pub slack_min: u32,
    /// Minutes after the window closed (only when planning anyway; 0 otherwise).
    pub late_min: u32,
    /// Minutes driven to get there.
    pub travel_min: u32,
    /// True when that drive is a straight-line estimate, not a route.
    pub travel_estimated: bool,
    /// True for the technician's lunch break (not a customer).
    #[serde(default)]
    pub is_break: bool,
    /// Where the stop is (for a break: where the technician is then).
    pub at: LatLon,
}

/// A technician's plan for the day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechnicianPlan {
    /// Technician id.
    pub technician: String,
    /// Technician name.
    pub name: String,
    /// Stops in order.
    pub stops: Vec<PlannedStop>,
    /// Leaves the start place (or the job in progress when re-planning); unknown in plans
    /// stored before it was kept.
    #[serde(with = "optional_time", default)]
    pub departure: Option<TimeOfDay>,
    /// Back at the end place.
    pub back_at: TimeOfDay,
    /// Total minutes of driving.
    pub travel_min: u32,
    /// Total kilometres driven (routed or estimated).
    #[serde(default)]
    pub distance_km: f64,
    /// Minutes back after the end of normal hours (only when overtime is allowed).
    #[serde(default)]
    pub overtime_min: u32,
    /// Why the technician has no route today (their start or end is off every road, or no
    /// road joins it to the rest of the crew): the rest of the crew is planned without them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_route: Option<NoRoute>,
}

/// Why a technician has no route today: which of their places, and what is wrong with it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NoRoute {
    /// The place: where they leave from, or where they come back to.
    pub place: ShiftPlace,
    /// What keeps it out of the crew's roads.
    pub cause: NoRouteCause,
}

/// What keeps a technician's place out of the crew's roads.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoRouteCause {
    /// It is off every road of the region (a wrong coordinate, surely).
    OffRoad {
        /// Its distance to the nearest road, m.
        distance_m: f64,
        /// The most a place may be from a road, m.
        max_m: f64,
    },
    /// A road the technicians closed cuts it off from the crew.
    ClosedRoad,
    /// No road joins it to the crew on the day's date (a pass closed for the season, or a road
    /// missing from the region).
    NoRoad,
}

/// One end of a technician's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShiftPlace {
    /// Where they leave from.
    Start,
    /// Where they come back to.
    End,
}

/// A job left out of the day, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnplannedJob {
    /// Intervention id (for a break: `pause-<technician id>`).
    pub id: String,
    /// Customer (empty for a lunch break).
    pub customer: String,
    /// Reason code, worded by the interface in the user's language.
    pub reason: UnplannedReason,
    /// True for a technician's lunch break that found no place.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_break: bool,
    /// For a place off every road: how far it is from the nearest road, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<f64>,
}

/// The day's plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayPlan {
    /// One plan per technician, in the day's order.
    pub technicians: Vec<TechnicianPlan>,
    /// Jobs left out.
    pub unplanned: Vec<UnplannedJob>,
}

/// A stop's window as its text `08:00–10:00`, the form plans have always been stored in.
mod window_text {
    use super::*;

    pub fn serialize<S: Serializer>(window: &Option<TimeWindow>, serializer: S) -> Result<S::Ok, S::Error> {
        window.map(|w| w.to_string()).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<TimeWindow>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| text.parse().map_err(serde::de::Error::custom))
            .transpose()
    }
}

/// A time that may be missing: `null`, absent, or the empty text that plans stored before the
/// departure was kept may hold once read and written again.
mod optional_time {
    use super::*;

    pub fn serialize<S: Serializer>(time: &Option<TimeOfDay>, serializer: S) -> Result<S::Ok, S::Error> {
        time.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<TimeOfDay>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            Some(text) if !text.is_empty() => text.parse().map(Some).map_err(serde::de::Error::custom),
            _ => Ok(None),
        }
    }
}

/// A stop for tests: arriving, starting and ending at `at`, no window, nothing driven or waited;
/// the customer is named by the id.
#[cfg(test)]
pub(crate) fn test_stop(id: &str, at: TimeOfDay, is_break: bool) -> PlannedStop {
    PlannedStop {
        id: id.into(),
        customer: if is_break { String::new() } else { id.into() },
        arrival: at,
        start: at,
        end: at,
        window: None,
        wait_min: 0,
        slack_min: 0,
        late_min: 0,
        travel_min: 0,
        travel_estimated: false,
        is_break,
        at: LatLon::new(44.0, 6.0).expect("a point of the Alps"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORED_STOP: &str = r#"{"id":"A","customer":"EHPAD","arrival":"08:55","start":"09:00","end":"09:30",
        "window":"09:00–11:00","wait_min":5,"slack_min":120,"late_min":0,"travel_min":25,
        "travel_estimated":false,"at":{"lat":44.0,"lon":6.5}}"#;

    #[test]
    fn a_stored_stop_reads_typed_and_writes_back_the_same_text() {
        let stop: PlannedStop = serde_json::from_str(STORED_STOP).unwrap();
        assert_eq!(stop.arrival, TimeOfDay::from_hm(8, 55).unwrap());
        assert_eq!(stop.window, Some("09:00-11:00".parse().unwrap()));
        assert!(!stop.is_break, "a field added later defaults");
        let json = serde_json::to_value(&stop).unwrap();
        assert_eq!(json["start"], "09:00");
        assert_eq!(json["window"], "09:00–11:00");
        assert_eq!(serde_json::from_value::<PlannedStop>(json).unwrap(), stop);
    }

    #[test]
    fn an_unreadable_time_or_window_is_an_error_not_a_default() {
        assert!(serde_json::from_str::<PlannedStop>(&STORED_STOP.replace("08:55", "8h61")).is_err());
        assert!(serde_json::from_str::<PlannedStop>(&STORED_STOP.replace("09:00–11:00", "11:00–09:00")).is_err());
    }

    #[test]
    fn a_departure_missing_or_empty_in_an_older_plan_is_unknown() {
        let route = |departure: &str| {
            serde_json::from_str::<TechnicianPlan>(&format!(
                r#"{{"technician":"T1","name":"Léa","stops":[],{departure}"back_at":"17:00","travel_min":0}}"#
            ))
            .unwrap()
            .departure
        };
        assert_eq!(route(""), None);
        assert_eq!(route(r#""departure":"","#), None);
        assert_eq!(route(r#""departure":null,"#), None);
        assert_eq!(route(r#""departure":"07:45","#), TimeOfDay::from_hm(7, 45));
    }

    #[test]
    fn an_older_unplanned_job_with_its_french_explanation_still_reads() {
        let job: UnplannedJob = serde_json::from_str(
            r#"{"id":"B","customer":"Mme Roux","reason":"shift_too_short","explanation":"journée trop courte"}"#,
        )
        .unwrap();
        assert_eq!(job.reason, UnplannedReason::ShiftTooShort);
        assert!(!serde_json::to_string(&job).unwrap().contains("explanation"), "no words stored with the code");
    }
}
