//! A technician's profile typed into a form (shift, home, lunch, skills): each field checked,
//! each problem named with its field, with the same readers as the import.

use super::csv_fields::{parse_duration_s, parse_skills};
use super::CsvError;
use crate::model::{LunchBreak, Shift, Technician, TimeError, TimeOfDay, TimeWindow};
use crate::road::{CommuneError, Communes, CoordinateError, LatLon};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a typed place is not one.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PlaceError {
    /// Two numbers that are not a point on the Earth.
    #[error(transparent)]
    Coordinate(#[from] CoordinateError),
    /// Not a commune of the département (unknown, or a shared postal code).
    #[error(transparent)]
    Commune(#[from] CommuneError),
}

/// What is wrong with a field of the form (the app words it in the user's language).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum TechnicianProblem {
    /// A required field left empty.
    #[error("required")]
    Required,
    /// A time that does not read, or a window that does not.
    #[error(transparent)]
    Time(#[from] TimeError),
    /// The shift ends before it starts.
    #[error("end {end} before start {start}")]
    EndBeforeStart {
        /// Start of the shift.
        start: TimeOfDay,
        /// End of the shift.
        end: TimeOfDay,
    },
    /// A place that is not one.
    #[error(transparent)]
    Place(#[from] PlaceError),
    /// A duration that does not read, or is not positive, or is over a day.
    #[error(transparent)]
    Duration(CsvError),
    /// Skills the planner does not know.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Skills(Vec<CsvError>),
    /// A number of jobs that is not a whole number.
    #[error("whole number expected: \"{0}\"")]
    WholeNumber(String),
}

/// The form's fields, as typed (kept as a draft while the form is open: a field a kept draft
/// lacks reads as empty).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TechnicianFields {
    /// Identifier (initials, employee number).
    pub id: String,
    /// Name shown and written in messages to customers.
    pub name: String,
    /// Start of the shift (`08:00`, `8h`).
    pub start: String,
    /// End of the shift.
    pub end: String,
    /// Where the day starts: a commune, a postal code, or `latitude, longitude`.
    pub home: String,
    /// Where it ends; empty means the same place.
    pub end_place: String,
    /// When lunch may start (`11:45-14:00`); empty means no break.
    pub lunch_window: String,
    /// Length of lunch (`30`, `45 min`, `1h`).
    pub lunch_length: String,
    /// Skills (`fibre|cuivre`).
    pub skills: String,
    /// Most jobs in the day; empty means no limit.
    pub max_jobs: String,
    /// Longest working day, departure to return (`8h`, `7h30`); empty means the shift alone.
    pub max_work: String,
    /// Overtime allowed after the end of the shift (`30`, `1h`); empty means none.
    pub overtime: String,
}

/// A field of the form, to show a problem next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TechnicianField {
    /// [`TechnicianFields::id`].
    Id,
    /// [`TechnicianFields::name`].
    Name,
    /// [`TechnicianFields::start`].
    Start,
    /// [`TechnicianFields::end`].
    End,
    /// [`TechnicianFields::home`].
    Home,
    /// [`TechnicianFields::end_place`].
    EndPlace,
    /// [`TechnicianFields::lunch_window`].
    LunchWindow,
    /// [`TechnicianFields::lunch_length`].
    LunchLength,
    /// [`TechnicianFields::skills`].
    Skills,
    /// [`TechnicianFields::max_jobs`].
    MaxJobs,
    /// [`TechnicianFields::max_work`].
    MaxWork,
    /// [`TechnicianFields::overtime`].
    Overtime,
}

/// A place typed as `latitude, longitude` (decimal point) or as a commune of the department.
pub fn read_place(text: &str) -> Result<LatLon, PlaceError> {
    let numbers: Vec<f64> =
        text.split([',', ';', ' ']).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect();
    if numbers.len() == 2 && text.chars().any(|c| c.is_ascii_digit()) && text.contains(['.', ',']) {
        return Ok(LatLon::new(numbers[0], numbers[1])?);
    }
    Ok(Communes::embedded().find(text).map(|commune| commune.town_hall)?)
}

/// Reads a technician from the form, or every problem with its field.
pub fn technician_from_fields(
    fields: &TechnicianFields,
) -> Result<Technician, Vec<(TechnicianField, TechnicianProblem)>> {
    let mut problems = Vec::new();
    let mut check = |field, result: Result<(), TechnicianProblem>| {
        if let Err(problem) = result {
            problems.push((field, problem));
        }
    };
    let required = |text: &str| if text.trim().is_empty() { Err(TechnicianProblem::Required) } else { Ok(()) };
    check(TechnicianField::Id, required(&fields.id));
    check(TechnicianField::Name, required(&fields.name));
    let time = |text: &str| text.parse::<TimeOfDay>().map_err(TechnicianProblem::Time);
    let (start, end) = (time(&fields.start), time(&fields.end));
    let place = |text: &str| read_place(text).map_err(TechnicianProblem::Place);
    let home = place(&fields.home);
    let end_place = if fields.end_place.trim().is_empty() { home.clone() } else { place(&fields.end_place) };
    let lunch = match (fields.lunch_window.trim(), fields.lunch_length.trim()) {
        ("", "") => Ok(None),
        (window, length) => {
            let window =
                window.parse::<TimeWindow>().map_err(|e| (TechnicianField::LunchWindow, TechnicianProblem::Time(e)));
            let length =
                parse_duration_s(length).map_err(|e| (TechnicianField::LunchLength, TechnicianProblem::Duration(e)));
            match (window, length) {
                (Ok(window), Ok(duration_s)) => Ok(Some(LunchBreak { window, duration_s })),
                (window, length) => Err([window.err(), length.err()].into_iter().flatten().collect::<Vec<_>>()),
            }
        }
    };
    let skills = parse_skills(&fields.skills).map_err(TechnicianProblem::Skills);
    let max_jobs = match fields.max_jobs.trim() {
        "" => Ok(None),
        text => text.parse::<u32>().map(Some).map_err(|_| TechnicianProblem::WholeNumber(text.to_string())),
    };
    let optional_duration = |text: &str| match text.trim() {
        "" => Ok(None),
        text => parse_duration_s(text).map(Some).map_err(TechnicianProblem::Duration),
    };
    let (max_work_s, overtime_s) = (optional_duration(&fields.max_work), optional_duration(&fields.overtime));
    check(TechnicianField::Start, start.clone().map(drop));
    check(TechnicianField::End, end.clone().map(drop));
    if let (Ok(start), Ok(end)) = (&start, &end) {
        let ordered =
            if end > start { Ok(()) } else { Err(TechnicianProblem::EndBeforeStart { start: *start, end: *end }) };
        check(TechnicianField::End, ordered);
    }
    check(TechnicianField::Home, home.clone().map(drop));
    check(TechnicianField::EndPlace, end_place.clone().map(drop));
    if let Err(lunch_problems) = &lunch {
        for (field, problem) in lunch_problems {
            check(*field, Err(problem.clone()));
        }
    }
    check(TechnicianField::Skills, skills.clone().map(drop));
    check(TechnicianField::MaxJobs, max_jobs.clone().map(drop));
    check(TechnicianField::MaxWork, max_work_s.clone().map(drop));
    check(TechnicianField::Overtime, overtime_s.clone().map(drop));
    match (start, end, home, end_place, lunch, skills, max_jobs, max_work_s, overtime_s) {
        (
            Ok(start),
            Ok(end),
            Ok(start_place),
            Ok(end_place),
            Ok(lunch),
            Ok(skills),
            Ok(max_jobs),
            Ok(max_work_s),
            Ok(overtime_s),
        ) if problems.is_empty() => Ok(Technician {
            id: fields.id.trim().to_string(),
            name: fields.name.trim().to_string(),
            skills,
            shift: Shift { start, end, start_place, end_place, lunch, max_jobs, max_work_s, overtime_s },
        }),
        _ => Err(problems),
    }
}

/// The form filled with an existing technician (places as coordinates).
pub fn fields_of(technician: &Technician) -> TechnicianFields {
    let place = |at: LatLon| format!("{:.6}, {:.6}", at.lat(), at.lon());
    let shift = &technician.shift;
    TechnicianFields {
        id: technician.id.clone(),
        name: technician.name.clone(),
        start: shift.start.to_string(),
        end: shift.end.to_string(),
        home: place(shift.start_place),
        end_place: if shift.end_place == shift.start_place { String::new() } else { place(shift.end_place) },
        lunch_window: shift.lunch.map(|l| l.window.to_string()).unwrap_or_default(),
        lunch_length: shift.lunch.map(|l| (l.duration_s / 60).to_string()).unwrap_or_default(),
        skills: technician
            .skills
            .iter()
            .map(|s| serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("|"),
        max_jobs: shift.max_jobs.map(|m| m.to_string()).unwrap_or_default(),
        max_work: shift.max_work_s.map(hours_and_minutes).unwrap_or_default(),
        overtime: shift.overtime_s.map(hours_and_minutes).unwrap_or_default(),
    }
}

/// A duration in seconds as the form shows it (`7h30`, `45 min`), read back by the import's reader.
pub fn hours_and_minutes(seconds: u32) -> String {
    match (seconds / 3600, seconds % 3600 / 60) {
        (0, minutes) => format!("{minutes} min"),
        (hours, 0) => format!("{hours}h"),
        (hours, minutes) => format!("{hours}h{minutes:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Skill;

    fn lea() -> TechnicianFields {
        TechnicianFields {
            id: "T1".into(),
            name: "Léa Martin".into(),
            start: "7h30".into(),
            end: "17:00".into(),
            home: "Saint-André-les-Alpes".into(),
            lunch_window: "11h45-14h".into(),
            lunch_length: "30".into(),
            skills: "fibre|cuivre".into(),
            max_work: "7h30".into(),
            overtime: "45 min".into(),
            ..TechnicianFields::default()
        }
    }

    #[test]
    fn a_profile_reads_with_its_home_commune_and_lunch() {
        let tech = technician_from_fields(&lea()).unwrap();
        let commune = Communes::embedded().find("Saint-André-les-Alpes").unwrap();
        assert_eq!(tech.shift.start_place, commune.town_hall);
        assert_eq!(tech.shift.end_place, commune.town_hall, "an empty end place is the start place");
        assert_eq!(tech.shift.lunch.unwrap().duration_s, 1800);
        assert_eq!(tech.skills, [Skill::Fibre, Skill::Copper]);
        assert_eq!((tech.shift.max_work_s, tech.shift.overtime_s), (Some(27_000), Some(2_700)));
        assert_eq!(technician_from_fields(&fields_of(&tech)).unwrap(), tech, "the form round-trips");
        let one_hour = Technician { shift: Shift { overtime_s: Some(3600), ..tech.shift.clone() }, ..tech.clone() };
        assert_eq!(fields_of(&one_hour).overtime, "1h");
        assert_eq!(technician_from_fields(&fields_of(&one_hour)).unwrap(), one_hour);
        let unlimited = TechnicianFields { max_work: " ".into(), overtime: String::new(), ..lea() };
        let shift = technician_from_fields(&unlimited).unwrap().shift;
        assert_eq!((shift.max_work_s, shift.overtime_s), (None, None), "empty: no limit, no overtime");
    }

    #[test]
    fn each_wrong_field_is_named() {
        let fields = TechnicianFields {
            name: " ".into(),
            end: "07:00".into(),
            end_place: "44.1, 6.5".into(),
            home: "Nulle-Part".into(),
            lunch_length: "".into(),
            skills: "plomberie".into(),
            max_jobs: "beaucoup".into(),
            max_work: "longtemps".into(),
            overtime: "-1h".into(),
            ..lea()
        };
        let problems = technician_from_fields(&fields).unwrap_err();
        let named: Vec<TechnicianField> = problems.iter().map(|(field, _)| *field).collect();
        assert_eq!(
            named,
            [
                TechnicianField::Name,
                TechnicianField::End,
                TechnicianField::Home,
                TechnicianField::LunchLength,
                TechnicianField::Skills,
                TechnicianField::MaxJobs,
                TechnicianField::MaxWork,
                TechnicianField::Overtime,
            ],
            "{problems:?}"
        );
        assert_eq!(read_place("44.1, 6.5").unwrap(), LatLon::new(44.1, 6.5).unwrap());
        assert!(matches!(read_place("144.1, 6.5"), Err(PlaceError::Coordinate(CoordinateError::Latitude(_)))));
        assert!(matches!(read_place("Nulle-Part"), Err(PlaceError::Commune(CommuneError::Unknown { .. }))));
        assert!(matches!(&problems[1].1, TechnicianProblem::EndBeforeStart { .. }), "{problems:?}");
        assert_eq!(problems[1].1.to_string(), "end 07:00 before start 07:30");
    }
}
