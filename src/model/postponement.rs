//! Days that follow each other: a job « Reporter » moves to a later day (carrying the dates it
//! was put off from), taken back if the postponement is undone, the jobs a day left unfinished,
//! and the jobs the crew lead must see (a vital customer or an emergency put off twice).

use super::{Day, DayProgress, Intervention, IsoDate, Priority};
use thiserror::Error;

/// Postponements after which a vital customer's or an emergency's job is flagged to the crew lead.
pub const FLAG_AFTER_POSTPONEMENTS: usize = 2;

/// Why a job cannot be moved to a day.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PostponeError {
    /// The day it would go to is not after the day it leaves.
    #[error("{to} is not after {from}")]
    NotLater {
        /// The day the job leaves.
        from: IsoDate,
        /// The day asked for.
        to: IsoDate,
    },
    /// That day already holds a job with this id (another job, or this one carried already).
    #[error("{0} is already in that day")]
    AlreadyThere(String),
}

/// A day of the same crew as `crew_day` on `date`, with no job yet: how a later day starts.
/// The crew's road closures still in force on `date` come with it.
pub fn free_day(crew_day: &Day, date: IsoDate) -> Day {
    let mut day = Day { date, interventions: Vec::new(), ..crew_day.clone() };
    day.closures.retain(|closure| closure.in_force_on(date));
    day
}

/// Adds `job`, postponed from `from`, to `into` (a later day): the date it leaves is added to
/// its history, its place in a technician's day is dropped (that day is planned anew), and it
/// stays given to its technician only if they work that day.
pub fn postpone_into(job: &Intervention, from: IsoDate, into: &mut Day) -> Result<(), PostponeError> {
    if into.date <= from {
        return Err(PostponeError::NotLater { from, to: into.date });
    }
    if into.interventions.iter().any(|other| other.id == job.id) {
        return Err(PostponeError::AlreadyThere(job.id.clone()));
    }
    let mut moved = job.clone();
    moved.postponed_from.push(from);
    moved.pin = None;
    if let Some(technician) = &moved.assigned_to {
        if !into.technicians.iter().any(|t| &t.id == technician) {
            moved.assigned_to = None;
        }
    }
    into.interventions.push(moved);
    Ok(())
}

/// Takes back from `into` the job `id` that was postponed from `from` (the postponement was a
/// mistake and is undone): returns whether it was there. A job of that id not postponed from
/// `from` (typed into that day by hand) is left alone.
pub fn take_back(id: &str, from: IsoDate, into: &mut Day) -> bool {
    let before = into.interventions.len();
    into.interventions.retain(|job| !(job.id == id && job.postponed_from.last() == Some(&from)));
    into.interventions.len() != before
}

/// The jobs of `day` nothing was recorded to close (not done, failed or postponed), vital
/// customers and emergencies first: what to offer for the next day.
pub fn unfinished<'a>(day: &'a Day, progress: &DayProgress) -> Vec<&'a Intervention> {
    let mut left: Vec<&Intervention> =
        day.interventions.iter().filter(|job| !progress.status(&job.id).is_closed()).collect();
    left.sort_by_key(|job| job.priority);
    left
}

/// Whether the crew lead must see this job: a vital customer or an emergency put off
/// [`FLAG_AFTER_POSTPONEMENTS`] times or more.
pub fn needs_crew_lead(job: &Intervention) -> bool {
    job.priority <= Priority::Emergency && job.postponed_from.len() >= FLAG_AFTER_POSTPONEMENTS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClosureEnd, ClosureReason, EventKind, LatLon, ProgressEvent, RoadClosure, TimeOfDay};

    fn demo() -> Day {
        serde_json::from_str(include_str!("../../static/demo/journee-andorre.json")).unwrap()
    }

    fn date(text: &str) -> IsoDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_postponed_job_carries_the_dates_it_left_and_loses_its_place_in_the_day() {
        let today = demo();
        let mut job = today.interventions[0].clone();
        job.assigned_to = Some(today.technicians[0].id.clone());
        job.pin = Some(crate::model::StopPin::First);
        let mut tomorrow = free_day(&today, date("2026-12-08"));
        assert!(tomorrow.interventions.is_empty());
        assert_eq!(tomorrow.technicians, today.technicians);
        postpone_into(&job, today.date, &mut tomorrow).unwrap();
        let moved = &tomorrow.interventions[0];
        assert_eq!(moved.postponed_from, vec![today.date]);
        assert_eq!(moved.pin, None);
        assert_eq!(moved.assigned_to, job.assigned_to, "its technician works that day too");
        assert_eq!(moved.windows, job.windows, "its window constraints are kept");
        assert_eq!(postpone_into(&job, today.date, &mut tomorrow), Err(PostponeError::AlreadyThere(job.id.clone())));
        let mut same = free_day(&today, today.date);
        assert!(matches!(postpone_into(&job, today.date, &mut same), Err(PostponeError::NotLater { .. })));
    }

    #[test]
    fn a_technician_absent_that_day_no_longer_holds_the_job() {
        let today = demo();
        let mut job = today.interventions[0].clone();
        job.assigned_to = Some(today.technicians[0].id.clone());
        let mut tomorrow = free_day(&today, date("2026-12-08"));
        tomorrow.technicians.remove(0);
        postpone_into(&job, today.date, &mut tomorrow).unwrap();
        assert_eq!(tomorrow.interventions[0].assigned_to, None);
    }

    #[test]
    fn an_undone_postponement_takes_back_only_the_job_it_carried() {
        let today = demo();
        let job = today.interventions[0].clone();
        let mut tomorrow = free_day(&today, date("2026-12-08"));
        let mut typed_there = today.interventions[1].clone();
        typed_there.postponed_from.clear();
        tomorrow.interventions.push(typed_there.clone());
        postpone_into(&job, today.date, &mut tomorrow).unwrap();
        assert!(!take_back(&typed_there.id, today.date, &mut tomorrow), "not carried from today");
        assert!(take_back(&job.id, today.date, &mut tomorrow));
        assert_eq!(tomorrow.interventions, vec![typed_there]);
    }

    #[test]
    fn the_unfinished_jobs_are_those_not_closed_vital_first() {
        let mut today = demo();
        today.interventions[3].priority = Priority::Vital;
        let mut progress = DayProgress::new(&today.date.to_string());
        let at = TimeOfDay::from_hm(10, 0).unwrap();
        for (job, kind) in
            [(0, EventKind::Done), (1, EventKind::Postponed), (2, EventKind::Failed { reason: "absent".into() })]
        {
            let event = ProgressEvent { intervention: today.interventions[job].id.clone(), at, kind };
            progress.record(event).unwrap();
        }
        let left = unfinished(&today, &progress);
        assert_eq!(left.len(), today.interventions.len() - 3);
        assert_eq!(left[0].id, today.interventions[3].id, "the vital customer first");
        assert!(left.iter().all(|job| ![0, 1, 2].iter().any(|&i| today.interventions[i].id == job.id)));
    }

    #[test]
    fn a_vital_or_emergency_job_postponed_twice_is_flagged_an_ordinary_one_never() {
        let mut job = demo().interventions[0].clone();
        job.priority = Priority::Vital;
        job.postponed_from = vec![date("2026-12-07")];
        assert!(!needs_crew_lead(&job));
        job.postponed_from.push(date("2026-12-08"));
        assert!(needs_crew_lead(&job));
        job.priority = Priority::Emergency;
        assert!(needs_crew_lead(&job));
        job.priority = Priority::Normal;
        assert!(!needs_crew_lead(&job));
    }

    #[test]
    fn a_later_day_keeps_the_closures_still_in_force_on_its_date() {
        let mut today = demo();
        let closure = |until| RoadClosure {
            at: LatLon::new(42.5, 1.5).unwrap(),
            reason: ClosureReason::Rockfall,
            since: today.date,
            until,
            road: None,
            note: String::new(),
        };
        today.closures = vec![closure(ClosureEnd::Tonight), closure(ClosureEnd::UntilRemoved)];
        let tomorrow = free_day(&today, date("2026-12-08"));
        assert_eq!(tomorrow.closures.len(), 1);
        assert_eq!(tomorrow.closures[0].until, ClosureEnd::UntilRemoved);
    }
}
