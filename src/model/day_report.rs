//! A technician's day as it happened, stop by stop: the planned time, what the log says was
//! done and when, the time on site, whether the customer was called or told, the signature
//! and the photos. What the operator
//! asks for when a missed appointment is disputed; the app prints it and exports it as JSON.

use super::{Day, DayProgress, IsoDate, StopStatus, TechnicianPlan, TimeOfDay, TimeWindow, VisitPhoto};
use serde::{Serialize, Serializer};

/// One technician's report for one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayReport {
    /// The day.
    pub date: IsoDate,
    /// The technician's id in the crew.
    pub technician: String,
    /// The technician's name.
    pub name: String,
    /// Each customer stop of the plan, in the plan's order (breaks left out).
    pub stops: Vec<ReportStop>,
}

/// One stop of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportStop {
    /// Its number in the technician's day, as on the map and the stop cards.
    pub number: usize,
    /// The intervention's id.
    pub id: String,
    /// The customer.
    pub customer: String,
    /// The address, when the intervention has one.
    pub address: Option<String>,
    /// The appointment window promised, if any.
    #[serde(serialize_with = "window_text")]
    pub window: Option<TimeWindow>,
    /// The arrival the plan announced.
    pub planned_arrival: TimeOfDay,
    /// What the log says happened.
    pub outcome: Outcome,
    /// When the technician said they arrived, if they did.
    pub arrived: Option<TimeOfDay>,
    /// Minutes on site, from the arrival to the end (done or failed).
    pub on_site_min: Option<u32>,
    /// Whether the customer was called from the app.
    pub customer_called: bool,
    /// Whether an SMS with the arrival time was prepared for the customer.
    pub customer_told: bool,
    /// When the customer signed for the finished job on the screen, if they did.
    pub signed_at: Option<TimeOfDay>,
    /// The storage key of the signature's image, if the customer signed.
    pub signature_file: Option<String>,
    /// The photos of the visit that count (taken after the finish, not taken back): when, the
    /// storage key of each image and its size.
    pub photos: Vec<VisitPhoto>,
}

/// What happened at a stop, from the log.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// Nothing recorded: not visited (yet).
    NotVisited,
    /// The technician is there since `since`.
    OnSite {
        /// Arrival.
        since: TimeOfDay,
    },
    /// Done at `at`.
    Done {
        /// When.
        at: TimeOfDay,
    },
    /// Could not be done at `at`, for `reason` (as the technician gave it).
    Failed {
        /// When.
        at: TimeOfDay,
        /// Why.
        reason: String,
    },
    /// Moved to another day at `at`.
    Postponed {
        /// When.
        at: TimeOfDay,
    },
}

impl From<StopStatus> for Outcome {
    fn from(status: StopStatus) -> Outcome {
        match status {
            StopStatus::Planned => Outcome::NotVisited,
            StopStatus::OnSite(since) => Outcome::OnSite { since },
            StopStatus::Done(at) => Outcome::Done { at },
            StopStatus::Failed(at, reason) => Outcome::Failed { at, reason },
            StopStatus::Postponed(at) => Outcome::Postponed { at },
        }
    }
}

/// A window as the plan files write it (`"09:00–11:00"`), or null.
fn window_text<S: Serializer>(window: &Option<TimeWindow>, serializer: S) -> Result<S::Ok, S::Error> {
    match window {
        Some(window) => serializer.serialize_str(&format!("{}–{}", window.start(), window.end())),
        None => serializer.serialize_none(),
    }
}

/// The report of `route`'s day, from the day (addresses), the plan and the log.
pub fn day_report(day: &Day, route: &TechnicianPlan, progress: &DayProgress) -> DayReport {
    let stops = route
        .stops
        .iter()
        .filter(|stop| !stop.is_break)
        .enumerate()
        .map(|(index, stop)| ReportStop {
            number: index + 1,
            id: stop.id.clone(),
            customer: stop.customer.clone(),
            address: day.interventions.iter().find(|job| job.id == stop.id).and_then(|job| job.address.clone()),
            window: stop.window,
            planned_arrival: stop.arrival,
            outcome: progress.status(&stop.id).into(),
            arrived: progress.arrived_at(&stop.id),
            on_site_min: progress.time_on_site(&stop.id),
            customer_called: progress.customer_called(&stop.id),
            customer_told: progress.customer_told(&stop.id),
            signed_at: progress.signature(&stop.id).map(|(at, _)| at),
            signature_file: progress.signature(&stop.id).map(|(_, file)| file.to_string()),
            photos: progress.photos(&stop.id),
        })
        .collect();
    DayReport { date: day.date, technician: route.technician.clone(), name: route.name.clone(), stops }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, PlannedStop, ProgressEvent};

    fn stop(id: &str, arrival: &str, is_break: bool) -> PlannedStop {
        let mut stop = crate::model::test_stop(id, arrival.parse().unwrap(), is_break);
        if !is_break {
            stop.customer = format!("client {id}");
            stop.window = Some(TimeWindow::new("08:00".parse().unwrap(), "12:00".parse().unwrap()).unwrap());
        }
        stop
    }

    fn event(id: &str, at: &str, kind: EventKind) -> ProgressEvent {
        ProgressEvent { intervention: id.into(), at: at.parse().unwrap(), kind }
    }

    #[test]
    fn each_customer_stop_says_what_the_log_recorded_numbered_as_on_the_map() {
        let day = Day {
            date: "2026-11-26".parse().unwrap(),
            technicians: Vec::new(),
            interventions: Vec::new(),
            fewest_technicians: false,
            closures: vec![],
        };
        let route = TechnicianPlan {
            technician: "T1".into(),
            name: "Léa".into(),
            stops: vec![stop("a", "08:30", false), stop("pause-T1", "12:00", true), stop("b", "13:10", false)],
            departure: None,
            back_at: "17:00".parse().unwrap(),
            travel_min: 0,
            distance_km: 0.0,
            overtime_min: 0,
            no_route: None,
        };
        let mut log = DayProgress::new("2026-11-26");
        for event in [
            event("a", "08:20", EventKind::CustomerCalled),
            event("a", "08:41", EventKind::Arrived),
            event("a", "09:26", EventKind::Done),
            event("a", "09:28", EventKind::Signed { file: "sig-a".into() }),
            event("a", "09:29", EventKind::Photo { file: "photo-a".into(), bytes: 181_000 }),
            event("b", "13:30", EventKind::Failed { reason: "Client absent".into() }),
        ] {
            log.record(event).unwrap();
        }
        let report = day_report(&day, &route, &log);
        assert_eq!(report.stops.len(), 2, "the lunch break is not a visit");
        let (a, b) = (&report.stops[0], &report.stops[1]);
        assert_eq!((a.number, b.number), (1, 2));
        assert_eq!(a.outcome, Outcome::Done { at: "09:26".parse().unwrap() });
        assert_eq!(
            (a.arrived, a.on_site_min, a.customer_called, a.customer_told),
            (Some("08:41".parse().unwrap()), Some(45), true, false)
        );
        assert_eq!(b.outcome, Outcome::Failed { at: "13:30".parse().unwrap(), reason: "Client absent".into() });
        assert_eq!((b.arrived, b.on_site_min), (None, None), "failed without an arrival said");
        assert_eq!((a.signed_at, a.signature_file.as_deref()), (Some("09:28".parse().unwrap()), Some("sig-a")));
        assert_eq!((b.signed_at, b.signature_file.as_deref()), (None, None), "not signed");
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["stops"][0]["outcome"], serde_json::json!({ "status": "done", "at": "09:26" }));
        assert_eq!(json["stops"][0]["window"], "08:00–12:00");
        assert_eq!(json["stops"][0]["planned_arrival"], "08:30");
        assert_eq!(json["date"], "2026-11-26");
        assert_eq!(
            json["stops"][0]["photos"],
            serde_json::json!([{ "at": "09:29", "file": "photo-a", "bytes": 181_000 }])
        );
        assert_eq!(json["stops"][1]["photos"], serde_json::json!([]));
    }
}
