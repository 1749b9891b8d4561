//! One small day and its plan, shared by the tests of the exports.

use crate::model::{Day, Inclusion, Intervention, Priority, Shift, Technician};
use crate::plan::day_problem::{DayPlan, PlannedStop, TechnicianPlan, UnplannedJob};
use crate::plan::UnplannedReason;
use crate::road::LatLon;

/// A coordinate known to be valid.
pub fn at(lat: f64, lon: f64) -> LatLon {
    LatLon::new(lat, lon).expect("test coordinates are in range")
}

/// An intervention with the given customer, phone and notes.
fn intervention(id: &str, customer: &str, phone: Option<&str>, notes: &str, place: LatLon) -> Intervention {
    Intervention {
        id: id.into(),
        customer: customer.into(),
        phone: phone.map(Into::into),
        location: place,
        service_s: 1800,
        windows: vec!["08:00-10:00".parse().expect("a valid window")],
        skills: vec![],
        priority: Priority::Normal,
        inclusion: Inclusion::Mandatory,
        notes: notes.into(),
        assigned_to: None,
        pin: None,
    }
}

/// A technician leaving from `start_place` at 07:30 and going home to `end_place`.
fn technician(id: &str, name: &str, start_place: LatLon, end_place: LatLon) -> Technician {
    Technician {
        id: id.into(),
        name: name.into(),
        skills: vec![],
        shift: Shift {
            start: "07:30".parse().expect("a valid time"),
            end: "17:00".parse().expect("a valid time"),
            start_place,
            end_place,
            lunch: None,
            max_jobs: None,
            max_work_s: None,
            overtime_s: None,
        },
    }
}

/// Thursday 26 November 2026: Léa has two customers and lunch, Karim one, one job is left out.
pub fn day() -> Day {
    Day {
        date: "2026-11-26".into(),
        technicians: vec![
            technician("T1", "Léa Martin", at(43.85, 6.51), at(43.9, 6.6)),
            technician("T2", "Karim Benali", at(44.0, 6.4), at(44.0, 6.4)),
        ],
        interventions: vec![
            intervention("F-1", "Mairie de Thorame", Some("04 92 83 90 12"), "Clé à l'accueil", at(44.1, 6.55)),
            intervention(
                "F-2",
                "Dupont & Fils <SARL>",
                None,
                "Code portail 12;34\nChien \"Rex\" dans la cour",
                at(44.123456, 6.654321),
            ),
            intervention("F-3", "Boulangerie Ève", Some("06 12 34 56 78"), "", at(44.2, 6.3)),
            intervention("F-4", "Gîte du Verdon", None, "", at(43.8, 6.2)),
        ],
        fewest_technicians: false,
    }
}

/// A stop of the plan.
fn stop(id: &str, customer: &str, times: [&str; 3], window: Option<&str>, place: LatLon) -> PlannedStop {
    PlannedStop {
        id: id.into(),
        customer: customer.into(),
        arrival: times[0].into(),
        start: times[1].into(),
        end: times[2].into(),
        window: window.map(Into::into),
        wait_min: 0,
        slack_min: 45,
        late_min: 0,
        travel_min: 25,
        travel_estimated: false,
        is_break: false,
        at: place,
    }
}

/// The plan of [`day`]: F-1, lunch and F-2 for Léa, F-3 for Karim, F-4 left out.
pub fn plan() -> DayPlan {
    let mut first = stop("F-1", "Mairie de Thorame", ["08:10", "08:15", "08:45"], Some("08:00–10:00"), at(44.1, 6.55));
    first.wait_min = 5;
    let mut lunch =
        stop("pause-T1", "Pause déjeuner", ["12:00", "12:00", "12:45"], Some("11:45–14:00"), at(44.1, 6.55));
    lunch.is_break = true;
    lunch.travel_min = 0;
    let mut second =
        stop("F-2", "Dupont & Fils <SARL>", ["13:10", "13:10", "13:40"], Some("08:00–14:00"), at(44.123456, 6.654321));
    second.travel_estimated = true;
    DayPlan {
        technicians: vec![
            TechnicianPlan {
                technician: "T1".into(),
                name: "Léa Martin".into(),
                stops: vec![first, lunch, second],
                back_at: "14:20".into(),
                departure: "08:00".into(),
                travel_min: 75,
                distance_km: 0.0,
                overtime_min: 0,
            },
            TechnicianPlan {
                technician: "T2".into(),
                name: "Karim Benali".into(),
                stops: vec![stop("F-3", "Boulangerie Ève", ["08:30", "08:30", "09:00"], None, at(44.2, 6.3))],
                back_at: "09:40".into(),
                departure: "08:00".into(),
                travel_min: 60,
                distance_km: 0.0,
                overtime_min: 0,
            },
        ],
        unplanned: vec![UnplannedJob {
            id: "F-4".into(),
            customer: "Gîte du Verdon".into(),
            reason: UnplannedReason::ShiftTooShort,
            explanation: UnplannedReason::ShiftTooShort.to_string(),
            distance_m: None,
        }],
    }
}
