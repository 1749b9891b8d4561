//! « Mon équipe, ma région »: the crew typed at first start, read into technicians, and the day
//! it gives. Pure, tested natively; the dialog is [`super::components::CrewSetup`].

use super::day_store::DayOrigin;
use crate::io::{read_place, technician_from_fields, PlaceError, TechnicianField, TechnicianFields, TechnicianProblem};
use crate::model::{Day, IsoDate, Skill, Technician};
use crate::road::Communes;
use serde::{Deserialize, Serialize};

/// Shift a new row starts with.
pub const DEFAULT_START: &str = "08:00";
/// End of the shift a new row starts with.
pub const DEFAULT_END: &str = "17:00";

/// One technician as typed: a name, a home (commune, postal code or coordinates), a shift
/// (kept as a draft while the setup is open: a field a kept draft lacks takes its default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CrewRow {
    /// Name shown in the plan.
    pub name: String,
    /// Where the day starts and ends.
    pub home: String,
    /// Start of the shift.
    pub start: String,
    /// End of the shift.
    pub end: String,
    /// Trades held: all of them by default (a small partner crew does everything), unticked
    /// where someone may not (poles need the habilitation).
    pub skills: Vec<Skill>,
}

impl Default for CrewRow {
    fn default() -> Self {
        CrewRow {
            name: String::new(),
            home: String::new(),
            start: DEFAULT_START.into(),
            end: DEFAULT_END.into(),
            skills: Skill::ALL.to_vec(),
        }
    }
}

impl CrewRow {
    /// Whether nothing was typed in the row beyond the default shift.
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.home.trim().is_empty()
    }
}

/// Why the typed crew cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum CrewRowsError {
    /// Every row is blank.
    NoOne,
    /// Fields to correct: row (0-based, as shown), field, what is wrong.
    Fields(Vec<(usize, TechnicianField, TechnicianProblem)>),
}

/// The technicians of the typed rows (blank rows skipped), with ids `T1`, `T2`… and the usual
/// lunch break; or every field to correct.
pub fn crew_from_rows(rows: &[CrewRow]) -> Result<Vec<Technician>, CrewRowsError> {
    let mut crew = Vec::new();
    let mut problems = Vec::new();
    for (row_index, row) in rows.iter().enumerate().filter(|(_, row)| !row.is_blank()) {
        let fields = TechnicianFields {
            id: format!("T{}", crew.len() + problems.len() + 1),
            name: row.name.clone(),
            start: row.start.clone(),
            end: row.end.clone(),
            home: row.home.clone(),
            lunch_window: "11:45-14:00".into(),
            lunch_length: "30".into(),
            ..TechnicianFields::default()
        };
        match technician_from_fields(&fields) {
            Ok(technician) => crew.push(Technician { skills: row.skills.clone(), ..technician }),
            Err(found) => problems.extend(
                found
                    .into_iter()
                    .filter(|(field, _)| *field != TechnicianField::EndPlace)
                    .map(|(field, problem)| (row_index, field, problem)),
            ),
        }
    }
    match (crew.is_empty(), problems.is_empty()) {
        (_, false) => Err(CrewRowsError::Fields(problems)),
        (true, true) => Err(CrewRowsError::NoOne),
        (false, true) => Ok(crew),
    }
}

/// The place a typed home stands for, to confirm it under the field: the commune's name and
/// code, or the coordinates; or why it cannot be read.
pub fn home_preview(text: &str) -> Result<String, PlaceError> {
    let at = read_place(text)?;
    let communes = Communes::embedded();
    Ok(match communes.find(text) {
        Ok(commune) => format!("{} ({})", commune.name, commune.postal_codes.join(", ")),
        Err(_) => format!("{:.5}, {:.5}", at.lat(), at.lon()),
    })
}

/// The day with `crew` as its technicians. The demo's interventions are in Andorra: they go
/// with the demo's technicians, and the crew starts on an empty day of `today` (the demo's
/// date is the demo's own) to import its own. A job assigned to someone who is no longer in
/// the crew (same id, another person) is unassigned.
pub fn day_for_crew(day: &Day, origin: DayOrigin, crew: Vec<Technician>, today: IsoDate) -> Day {
    let mut next = day.clone();
    if origin == DayOrigin::Demo {
        next.interventions.clear();
        next.date = today;
    }
    let same_person = |id: &String| {
        let before = day.technicians.iter().find(|t| &t.id == id).map(|t| &t.name);
        crew.iter().any(|t| &t.id == id && Some(&t.name) == before)
    };
    for job in &mut next.interventions {
        if job.assigned_to.as_ref().is_some_and(|id| !same_person(id)) {
            job.assigned_to = None;
        }
    }
    next.technicians = crew;
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::CommuneError;

    const DEMO: &str = include_str!("../../static/demo/journee-andorre.json");

    fn row(name: &str, home: &str) -> CrewRow {
        CrewRow { name: name.into(), home: home.into(), ..CrewRow::default() }
    }

    #[test]
    fn homes_by_commune_postal_code_or_coordinates_become_technicians() {
        let rows = [
            row("Léa Martin", "Saint-André-les-Alpes"),
            CrewRow::default(),
            row("Marc Giraud", "04850"),
            CrewRow { start: "7h30".into(), end: "16h".into(), ..row("Inès Roux", "43.8475, 6.5098") },
        ];
        let crew = crew_from_rows(&rows).unwrap();
        let ids: Vec<&str> = crew.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["T1", "T2", "T3"]);
        let saint_andre = Communes::embedded().find("Saint-André-les-Alpes").unwrap().town_hall;
        assert_eq!(crew[0].shift.start_place, saint_andre);
        assert_eq!(crew[0].shift.end_place, saint_andre);
        assert_eq!(crew[1].shift.start_place, Communes::embedded().find("Jausiers").unwrap().town_hall);
        assert_eq!((crew[2].shift.start.to_string(), crew[2].shift.end.to_string()), ("07:30".into(), "16:00".into()));
        assert!((crew[2].shift.start_place.lat() - 43.8475).abs() < 1e-9);
        assert!(crew[0].shift.lunch.is_some());
        assert_eq!(crew[0].skills, Skill::ALL, "everyone holds every trade unless unticked");
        let no_poles = CrewRow { skills: vec![Skill::Fibre, Skill::Copper], ..row("Paul", "Allos") };
        assert_eq!(crew_from_rows(&[no_poles]).unwrap()[0].skills, [Skill::Fibre, Skill::Copper]);
    }

    #[test]
    fn each_wrong_field_is_named_with_its_row_and_a_blank_crew_is_refused() {
        let rows = [row("Léa", "Saint-André-les-Alpes"), row("", "Paris"), row("Marc", "04170")];
        let CrewRowsError::Fields(problems) = crew_from_rows(&rows).unwrap_err() else { panic!("fields expected") };
        let located: Vec<(usize, TechnicianField)> = problems.iter().map(|(row, field, _)| (*row, *field)).collect();
        assert_eq!(located, [(1, TechnicianField::Name), (1, TechnicianField::Home), (2, TechnicianField::Home)]);
        assert!(
            matches!(&problems[2].2, TechnicianProblem::Place(PlaceError::Commune(CommuneError::Ambiguous { .. }))),
            "{:?}",
            problems[2].2
        );
        assert_eq!(crew_from_rows(&[CrewRow::default()]), Err(CrewRowsError::NoOne));
        let late = CrewRow { start: "17:00".into(), end: "08:00".into(), ..row("Léa", "Allos") };
        assert!(matches!(crew_from_rows(&[late]), Err(CrewRowsError::Fields(p)) if p[0].1 == TechnicianField::End));
    }

    #[test]
    fn the_typed_home_is_confirmed_or_explained() {
        assert_eq!(home_preview("st andre les alpes").unwrap(), "Saint-André-les-Alpes (04170)");
        assert_eq!(home_preview("44.0, 6.5").unwrap(), "44.00000, 6.50000");
        assert_eq!(home_preview("Colmars 04370").unwrap(), "Colmars (04370)");
        let shared = home_preview("04370").unwrap_err();
        assert!(
            matches!(shared, PlaceError::Commune(CommuneError::Ambiguous { ref candidates, .. }) if candidates.len() == 3)
        );
        assert!(matches!(home_preview("Atlantis"), Err(PlaceError::Commune(CommuneError::Unknown { .. }))));
        assert!(matches!(home_preview("95.0, 6.5"), Err(PlaceError::Coordinate(_))));
    }

    #[test]
    fn the_crew_replaces_the_demo_day_but_keeps_the_users_own_jobs() {
        let demo: Day = serde_json::from_str(DEMO).unwrap();
        let crew = crew_from_rows(&[row("Léa", "Allos")]).unwrap();
        let today: IsoDate = "2026-12-07".parse().unwrap();
        let fresh = day_for_crew(&demo, DayOrigin::Demo, crew.clone(), today);
        assert!(fresh.interventions.is_empty());
        assert_eq!(fresh.technicians, crew);
        assert_eq!(fresh.date, today, "the crew's day is today, not the demo's date");
        let mut own = demo.clone();
        own.interventions[0].assigned_to = Some(demo.technicians[0].id.clone());
        let kept = day_for_crew(&own, DayOrigin::User, crew, today);
        assert_eq!(kept.interventions.len(), demo.interventions.len());
        assert_eq!(kept.date, demo.date, "the user's own day keeps its date");
        assert_eq!(kept.interventions[0].assigned_to, None, "the demo technician it was assigned to is gone");
    }
}
