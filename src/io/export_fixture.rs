//! One small day and its plan, shared by the tests of the exports.

use super::export_words::{ExportWord, ExportWords, PLAN_CSV_COLUMNS};
use crate::model::{
    Day, DayPlan, Inclusion, Intervention, IsoDate, LatLon, PlannedStop, Priority, Shift, Technician, TechnicianPlan,
    TimeOfDay, UnplannedJob, UnplannedReason,
};

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
        commune: None,
        service_s: 1800,
        windows: vec!["08:00-10:00".parse().expect("a valid window")],
        skills: vec![],
        priority: Priority::Normal,
        inclusion: Inclusion::Mandatory,
        address: None,
        notes: notes.into(),
        assigned_to: None,
        pin: None,
        postponed_from: Vec::new(),
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

/// The day's date, Thursday 26 November 2026.
pub fn date() -> IsoDate {
    "2026-11-26".parse().expect("a valid date")
}

/// A time known to be valid.
fn time(text: &str) -> TimeOfDay {
    text.parse().expect("test times are valid")
}

/// Thursday 26 November 2026: Léa has two customers and lunch, Karim one, one job is left out.
pub fn day() -> Day {
    Day {
        date: date(),
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
        closures: vec![],
    }
}

/// A stop of the plan.
fn stop(id: &str, customer: &str, times: [&str; 3], window: Option<&str>, place: LatLon) -> PlannedStop {
    PlannedStop {
        id: id.into(),
        customer: customer.into(),
        arrival: time(times[0]),
        start: time(times[1]),
        end: time(times[2]),
        window: window.map(|w| w.parse().expect("a valid window")),
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
    let mut lunch = stop("pause-T1", "", ["12:00", "12:00", "12:45"], Some("11:45–14:00"), at(44.1, 6.55));
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
                back_at: time("14:20"),
                departure: Some(time("08:00")),
                travel_min: 75,
                distance_km: 0.0,
                overtime_min: 0,
                no_route: None,
            },
            TechnicianPlan {
                technician: "T2".into(),
                name: "Karim Benali".into(),
                stops: vec![stop("F-3", "Boulangerie Ève", ["08:30", "08:30", "09:00"], None, at(44.2, 6.3))],
                back_at: time("09:40"),
                departure: Some(time("08:00")),
                travel_min: 60,
                distance_km: 0.0,
                overtime_min: 0,
                no_route: None,
            },
        ],
        unplanned: vec![UnplannedJob {
            id: "F-4".into(),
            customer: "Gîte du Verdon".into(),
            reason: UnplannedReason::ShiftTooShort,
            is_break: false,
            distance_m: None,
        }],
    }
}

/// The French words of the exports, as the app says them, for tests that read a whole file.
pub struct FrenchWords;

impl ExportWords for FrenchWords {
    fn word(&self, word: ExportWord) -> &'static str {
        match word {
            ExportWord::RouteOf => "Tournée du",
            ExportWord::LunchBreak => "Pause déjeuner",
            ExportWord::TechnicianLabel => "Technicien : ",
            ExportWord::WindowLabel => "Créneau : ",
            ExportWord::ArrivalLabel => "Arrivée prévue : ",
            ExportWord::Waiting => "attente",
            ExportWord::DriveLabel => "Trajet : ",
            ExportWord::StraightLineEstimate => "estimé à vol d'oiseau",
            ExportWord::LateLabel => "Retard sur le créneau : ",
            ExportWord::PhoneLabel => "Téléphone : ",
            ExportWord::NotesLabel => "Notes : ",
            ExportWord::AddressLabel => "Adresse : ",
            ExportWord::BreakBetween => "Pause à prendre entre",
            ExportWord::And => "et",
            ExportWord::Intervention => "intervention",
            ExportWord::WindowShort => "créneau",
            ExportWord::PhoneShort => "tél.",
            ExportWord::Yes => "oui",
            ExportWord::No => "non",
            ExportWord::DateColumn => "date",
        }
    }

    fn plan_csv_header(&self) -> [&'static str; PLAN_CSV_COLUMNS] {
        [
            "technicien",
            "ordre",
            "id",
            "client",
            "téléphone",
            "arrivée",
            "début",
            "fin",
            "créneau",
            "attente_min",
            "marge_min",
            "retard_min",
            "trajet_min",
            "estimé",
            "lat",
            "lon",
            "notes",
            "non_planifiée_motif",
        ]
    }

    fn unplanned(&self, job: &UnplannedJob) -> String {
        format!("motif {:?}", job.reason)
    }
}

/// Words that show where each one lands: `[Name]` for every word, `H1`… for the headers, so a
/// test can tell that no exporter writes a word of its own.
pub struct MarkedWords;

impl ExportWords for MarkedWords {
    fn word(&self, word: ExportWord) -> &'static str {
        match word {
            ExportWord::RouteOf => "[RouteOf]",
            ExportWord::LunchBreak => "[LunchBreak]",
            ExportWord::TechnicianLabel => "[TechnicianLabel]",
            ExportWord::WindowLabel => "[WindowLabel]",
            ExportWord::ArrivalLabel => "[ArrivalLabel]",
            ExportWord::Waiting => "[Waiting]",
            ExportWord::DriveLabel => "[DriveLabel]",
            ExportWord::StraightLineEstimate => "[StraightLineEstimate]",
            ExportWord::LateLabel => "[LateLabel]",
            ExportWord::PhoneLabel => "[PhoneLabel]",
            ExportWord::NotesLabel => "[NotesLabel]",
            ExportWord::AddressLabel => "[AddressLabel]",
            ExportWord::BreakBetween => "[BreakBetween]",
            ExportWord::And => "[And]",
            ExportWord::Intervention => "[Intervention]",
            ExportWord::WindowShort => "[WindowShort]",
            ExportWord::PhoneShort => "[PhoneShort]",
            ExportWord::Yes => "[Yes]",
            ExportWord::No => "[No]",
            ExportWord::DateColumn => "[DateColumn]",
        }
    }

    fn plan_csv_header(&self) -> [&'static str; PLAN_CSV_COLUMNS] {
        [
            "H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11", "H12", "H13", "H14", "H15", "H16",
            "H17", "H18",
        ]
    }

    fn unplanned(&self, job: &UnplannedJob) -> String {
        format!("[reason {:?}]", job.reason)
    }
}
