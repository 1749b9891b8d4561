//! A planning day: the date, the technicians and the jobs.

use super::{Intervention, IsoDate, RoadClosure, Technician};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use thiserror::Error;

/// What makes a day impossible to plan before any optimisation starts.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum DayError {
    /// Two interventions share an id, so edits and progress could reach the wrong one.
    #[error("duplicate intervention id \"{0}\"")]
    DuplicateIntervention(String),
    /// A technician's shift ends before it starts.
    #[error("shift of \"{0}\" ends before it starts")]
    ShiftEndsBeforeStart(String),
}

/// Everything needed to plan one date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Day {
    /// The date (`YYYY-MM-DD` in JSON): decides seasonal road closures and the clock change.
    pub date: IsoDate,
    /// Who works today.
    pub technicians: Vec<Technician>,
    /// What must be done today.
    pub interventions: Vec<Intervention>,
    /// The dispatcher's choice: send out as few technicians as the jobs allow (after planning
    /// every job and keeping every window), rather than the least driving over the whole crew.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fewest_technicians: bool,
    /// Roads the technicians reported closed (rockfall, snow, works), each with its end: the
    /// plan avoids those in force on [`Day::date`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<RoadClosure>,
}

impl Day {
    /// Checks what the optimiser relies on: unique job ids and shifts that end after they start.
    pub fn validate(&self) -> Result<(), DayError> {
        let mut seen = HashSet::new();
        if let Some(duplicate) = self.interventions.iter().find(|job| !seen.insert(job.id.as_str())) {
            return Err(DayError::DuplicateIntervention(duplicate.id.clone()));
        }
        if let Some(tech) = self.technicians.iter().find(|tech| tech.shift.end < tech.shift.start) {
            return Err(DayError::ShiftEndsBeforeStart(tech.name.clone()));
        }
        Ok(())
    }

    /// The closures in force on the day's date.
    pub fn closures_in_force(&self) -> impl Iterator<Item = &RoadClosure> {
        self.closures.iter().filter(|closure| closure.in_force_on(self.date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LatLon;
    use crate::model::{Inclusion, Priority, Shift, Skill, TimeOfDay};

    fn job(id: &str) -> Intervention {
        Intervention {
            id: id.into(),
            customer: "EHPAD Les Lavandes".into(),
            phone: None,
            location: LatLon::new(44.0, 6.5).unwrap(),
            commune: None,
            service_s: 1800,
            windows: vec!["08:00-10:00".parse().unwrap()],
            skills: vec![Skill::Fibre],
            priority: Priority::Vital,
            inclusion: Inclusion::Mandatory,
            address: None,
            notes: String::new(),
            assigned_to: None,
            pin: None,
            postponed_from: Vec::new(),
        }
    }

    fn technician(start: &str, end: &str) -> Technician {
        let depot = LatLon::new(43.85, 6.51).unwrap();
        Technician {
            id: "T1".into(),
            name: "Léa".into(),
            skills: vec![Skill::Fibre],
            shift: Shift {
                start: start.parse::<TimeOfDay>().unwrap(),
                end: end.parse().unwrap(),
                start_place: depot,
                end_place: depot,
                lunch: None,
                max_jobs: None,
                max_work_s: None,
                overtime_s: None,
            },
        }
    }

    #[test]
    fn a_sound_day_validates_and_round_trips_through_json() {
        let day = Day {
            date: "2026-11-26".parse().unwrap(),
            technicians: vec![technician("08:00", "17:00")],
            interventions: vec![job("A"), job("B")],
            fewest_technicians: true,
            closures: vec![],
        };
        assert_eq!(day.validate(), Ok(()));
        let json = serde_json::to_string(&day).unwrap();
        assert_eq!(serde_json::from_str::<Day>(&json).unwrap(), day);
    }

    #[test]
    fn duplicate_ids_and_inverted_shifts_are_named() {
        let day = Day {
            date: "2026-11-26".parse().unwrap(),
            technicians: vec![],
            interventions: vec![job("A"), job("A")],
            fewest_technicians: false,
            closures: vec![],
        };
        assert_eq!(day.validate(), Err(DayError::DuplicateIntervention("A".into())));
        let day = Day {
            date: "2026-11-26".parse().unwrap(),
            technicians: vec![technician("17:00", "08:00")],
            interventions: vec![],
            fewest_technicians: false,
            closures: vec![],
        };
        assert_eq!(day.validate(), Err(DayError::ShiftEndsBeforeStart("Léa".into())));
    }

    #[test]
    fn skills_decide_who_can_do_a_job() {
        let tech = technician("08:00", "17:00");
        assert!(tech.can_do(&[Skill::Fibre]));
        assert!(!tech.can_do(&[Skill::Fibre, Skill::Pole]));
    }
}
