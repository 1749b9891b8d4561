//! The days stored besides the one on screen, and the plans made for them: what the week view,
//! « Reporter » and the slot finder read.

use crate::app::day_store::StoredDay;
use crate::app::plan_store::fingerprint;
use crate::app::worker::protocol::WorkerError;
use crate::model::{DayPlan, IsoDate};
use std::rc::Rc;

/// Something made for one version of another day: its plan, or why it could not be planned
/// (the planner's error; the week view says so, and the days after it are still planned).
#[derive(Debug, Clone, PartialEq)]
pub struct ForVersion<T> {
    /// The fingerprint of the day it was made for ([`fingerprint`]).
    pub fingerprint: u64,
    /// What was made.
    pub value: T,
}

/// The other days and their plans.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OtherDays {
    /// The days stored besides the one on screen, by date (a copy of the day on screen's date
    /// may be among them: see [`OtherDays::after`]). Set by [`OtherDays::set_days`].
    pub days: Rc<Vec<StoredDay>>,
    /// The fingerprint of each of `days`, in their order: computed once when they are set, not
    /// at every look for a plan (a storm day's fingerprint reads 600 jobs' JSON).
    fingerprints: Rc<Vec<u64>>,
    /// Plans made for them, each for the version of its day it was made from.
    pub plans: Rc<Vec<ForVersion<Rc<DayPlan>>>>,
    /// Plans that could not be made, each for the version of its day it was tried on.
    pub failures: Rc<Vec<ForVersion<WorkerError>>>,
}

impl OtherDays {
    /// Takes `days` as the other days, with their fingerprints.
    pub fn set_days(&mut self, days: Vec<StoredDay>) {
        self.fingerprints = Rc::new(days.iter().map(|stored| fingerprint(&stored.day)).collect());
        self.days = Rc::new(days);
    }

    /// The days after `date`, by date.
    pub fn after(&self, date: IsoDate) -> impl Iterator<Item = &StoredDay> {
        self.days.iter().filter(move |stored| stored.day.date > date)
    }

    /// The stored day of `date`, if any.
    pub fn on(&self, date: IsoDate) -> Option<&StoredDay> {
        self.days.iter().find(|stored| stored.day.date == date)
    }

    /// The fingerprint of the stored day of `date`, as it is now.
    pub fn fingerprint_on(&self, date: IsoDate) -> Option<u64> {
        self.days.iter().position(|stored| stored.day.date == date).and_then(|k| self.fingerprints.get(k).copied())
    }

    /// What `made` holds for the stored day of `date` as it is now, if anything.
    fn for_day<'a, T>(&self, date: IsoDate, made: &'a [ForVersion<T>]) -> Option<&'a T> {
        let wanted = self.fingerprint_on(date)?;
        made.iter().find(|other| other.fingerprint == wanted).map(|other| &other.value)
    }

    /// `made` plus `value`, made for the day of fingerprint `made_for` (what was made for days
    /// no longer stored as they were is dropped).
    fn adding<T: Clone>(&self, made: &[ForVersion<T>], made_for: u64, value: T) -> Rc<Vec<ForVersion<T>>> {
        let mut kept: Vec<ForVersion<T>> =
            made.iter().filter(|other| self.fingerprints.contains(&other.fingerprint)).cloned().collect();
        kept.push(ForVersion { fingerprint: made_for, value });
        Rc::new(kept)
    }

    /// The plan made for the stored day of `date` as it is now, if any.
    pub fn plan_on(&self, date: IsoDate) -> Option<Rc<DayPlan>> {
        self.for_day(date, &self.plans).map(Rc::clone)
    }

    /// These plus `plan`, made for the day of fingerprint `made_for` (plans of days no longer
    /// stored are dropped).
    pub fn with_plan(&self, made_for: u64, plan: Rc<DayPlan>) -> Rc<Vec<ForVersion<Rc<DayPlan>>>> {
        self.adding(&self.plans, made_for, plan)
    }

    /// Why the stored day of `date`, as it is now, could not be planned, if it could not.
    pub fn failure_on(&self, date: IsoDate) -> Option<&WorkerError> {
        self.for_day(date, &self.failures)
    }

    /// These failures plus `error`, met planning the day of fingerprint `tried_on` (those of days
    /// no longer stored as they were are dropped).
    pub fn with_failure(&self, tried_on: u64, error: WorkerError) -> Rc<Vec<ForVersion<WorkerError>>> {
        self.adding(&self.failures, tried_on, error)
    }

    /// Whether the stored day of `date`, as it is now, still waits for its plan: it has jobs,
    /// and neither a plan nor a failure for this version.
    pub fn waits_for_plan(&self, date: IsoDate) -> bool {
        self.on(date).is_some_and(|stored| !stored.day.interventions.is_empty())
            && self.plan_on(date).is_none()
            && self.failure_on(date).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::day_store::{DayOrigin, DAY_SCHEMA};
    use crate::model::Day;

    fn stored(date: &str) -> StoredDay {
        let mut day: Day = serde_json::from_str(include_str!("../../../static/demo/journee-andorre.json")).unwrap();
        day.date = date.parse().unwrap();
        StoredDay { schema: DAY_SCHEMA, revision: 1, origin: DayOrigin::User, day }
    }

    #[test]
    fn a_plan_counts_for_the_version_of_the_day_it_was_made_for_only() {
        let mut other = OtherDays::default();
        other.set_days(vec![stored("2026-11-27"), stored("2026-11-30")]);
        let friday = other.days[0].day.clone();
        assert_eq!(other.fingerprint_on(friday.date), Some(fingerprint(&friday)));
        let plan = Rc::new(DayPlan { technicians: Vec::new(), unplanned: Vec::new() });
        other.plans = other.with_plan(fingerprint(&friday), Rc::clone(&plan));
        assert_eq!(other.plan_on(friday.date), Some(plan));
        let mut changed = stored("2026-11-27");
        changed.day.interventions.pop();
        other.set_days(vec![changed, stored("2026-11-30")]);
        assert_eq!(other.plan_on(friday.date), None, "the day changed since: planned again");
        let dates: Vec<String> = other.after("2026-11-27".parse().unwrap()).map(|s| s.day.date.to_string()).collect();
        assert_eq!(dates, ["2026-11-30"]);
        other.set_days(vec![stored("2026-11-30")]);
        let monday = other.days[0].day.clone();
        let plans =
            other.with_plan(fingerprint(&monday), Rc::new(DayPlan { technicians: Vec::new(), unplanned: Vec::new() }));
        assert_eq!(plans.len(), 1, "the plan of a day no longer stored is dropped");
    }

    #[test]
    fn a_day_that_could_not_be_planned_waits_no_more_until_it_changes() {
        let mut other = OtherDays::default();
        other.set_days(vec![stored("2026-12-08"), stored("2026-12-09")]);
        let tuesday = other.days[0].day.clone();
        let error = WorkerError::RegionMissing;
        assert!(other.waits_for_plan(tuesday.date));
        other.failures = other.with_failure(fingerprint(&tuesday), error.clone());
        assert_eq!(other.failure_on(tuesday.date), Some(&error));
        assert!(!other.waits_for_plan(tuesday.date), "the next day is planned instead");
        assert!(other.waits_for_plan("2026-12-09".parse().unwrap()));
        let mut changed = stored("2026-12-08");
        changed.day.interventions.pop();
        other.set_days(vec![changed, stored("2026-12-09")]);
        assert_eq!(other.failure_on(tuesday.date), None, "the day changed since: tried again");
        assert!(other.waits_for_plan(tuesday.date));
        let mut empty = stored("2026-12-10");
        empty.day.interventions.clear();
        other.set_days(vec![empty]);
        assert!(!other.waits_for_plan("2026-12-10".parse().unwrap()), "a day without jobs has nothing to plan");
    }
}
