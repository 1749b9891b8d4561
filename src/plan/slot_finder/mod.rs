//! « Quand pouvez-vous venir ? »: the slots to offer a calling customer over the next working
//! days, each a window of the crew's usual width on one technician's day, ranked by the
//! driving it adds and the margin it leaves to the appointments already promised.
//!
//! Each day is the app's day with its plan, or a free day of the same crew (same technicians,
//! places and hours, no jobs). The visit is tried in every window of the grid at every place
//! of every able technician's route ([`insertion`]); a slot is offered only if every stop
//! already planned keeps its window and the technician is back in time.

mod insertion;
#[cfg(test)]
mod tests;

use super::day_problem::{day_problem, DayProblemError};
use crate::model::{Day, DayPlan, Intervention, IsoDate, Priority, Slot, TimeOfDay, TimeWindow};
use crate::road::Router;
use insertion::{Insertion, NewVisit, TechnicianDay};
use std::cmp::Ordering;
use thiserror::Error;

/// Working days searched unless the crew sets otherwise.
pub const DEFAULT_WORKING_DAYS: usize = 5;
/// Width of an offered window unless the crew sets otherwise, seconds (2 h).
pub const DEFAULT_WINDOW_S: u32 = 2 * 3600;
/// Offered windows open on the hour.
const WINDOW_STEP_S: u32 = 3600;
/// A margin under this many seconds puts a promised appointment at risk (as a plan's slack).
const AT_RISK_S: f64 = 15.0 * 60.0;

/// What to look for.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotSearch {
    /// The visit to place (new, or postponed: the day's own copy is set aside): its place,
    /// time on site, skills, priority; its windows, if any, bound the windows offered.
    pub job: Intervention,
    /// How many working days to search, the first day included (weekends skipped after it).
    pub working_days: usize,
    /// Width of the windows offered, seconds.
    pub window_s: u32,
    /// On the first day, the time now: nothing is offered before it, no stop already started moves.
    pub now: Option<TimeOfDay>,
    /// How many slots to return at most.
    pub max_slots: usize,
}

/// A day the app knows: its content and its current plan (`None`: not planned yet).
#[derive(Debug, Clone, Copy)]
pub struct KnownDay<'a> {
    /// The day.
    pub day: &'a Day,
    /// Its plan.
    pub plan: Option<&'a DayPlan>,
}

/// Why no slot could be searched.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SlotError {
    /// No day was given to start from.
    #[error("no day to start from")]
    NoDay,
    /// The visit's place is off every road of the region.
    #[error("the visit's place is {distance_m:.0} m from the nearest road")]
    OffRoad {
        /// Distance to the nearest road, metres.
        distance_m: f64,
    },
    /// A day could not be made into a problem (too many interventions, a leg no road makes).
    #[error(transparent)]
    Day(#[from] DayProblemError),
}

/// The dates searched: the first day's, then the weekdays after it, `count` in all.
pub fn working_dates(first: IsoDate, count: usize) -> Vec<IsoDate> {
    let start = first.days_since_epoch();
    std::iter::once(first)
        .chain((1..).map(|offset| IsoDate::from_days_since_epoch(start + offset)).filter(|d| d.iso_weekday() <= 5))
        .take(count)
        .collect()
}

/// The best slots for `search` over `days` (the first is the app's current day; a working date
/// without a day given is a free day of the first day's crew; a day given with jobs but no plan
/// yet is skipped), routed over `router` where it covers the places.
///
/// Returns at most `search.max_slots` slots, one per date and window, each on the technician
/// whose day it fits best, the best of each day among them (see [`offered`]). An ordinary visit's slots are ranked by risk (a margin under 15 min
/// last), then extra driving, then margin; a vital or emergency one's by date then window, so
/// that the soonest comes first. Never a slot that makes a planned stop late.
///
/// Complexity: per day, one travel matrix of its places, then O(technicians × windows × stops²).
pub fn find_slots(search: &SlotSearch, days: &[KnownDay], router: Option<&Router>) -> Result<Vec<Slot>, SlotError> {
    let first = days.first().ok_or(SlotError::NoDay)?;
    let mut slots = Vec::new();
    for (n, date) in working_dates(first.day.date, search.working_days).into_iter().enumerate() {
        let known = days.iter().find(|d| d.day.date == date);
        let free_day;
        let (day, plan) = match known {
            // Its jobs' times are not known yet: a slot there could make one of them late.
            Some(known) if known.plan.is_none() && !known.day.interventions.is_empty() => continue,
            Some(known) => (known.day, known.plan),
            None => {
                free_day = Day { date, interventions: Vec::new(), ..first.day.clone() };
                (&free_day, None)
            }
        };
        let not_before = if n == 0 { search.now.map_or(0.0, |t| f64::from(t.seconds())) } else { 0.0 };
        slots.extend(day_slots(search, day, plan, not_before, router)?);
    }
    let urgent = search.job.priority <= Priority::Emergency;
    slots.sort_by(|a, b| rank(a, b, urgent));
    Ok(offered(slots, search.max_slots, |a, b| rank(a, b, urgent)))
}

/// The `max` slots offered out of `ranked` (best first): the best of each day first, so that the
/// customer can choose their day, then the next best whatever their day; in rank order.
fn offered(ranked: Vec<Slot>, max: usize, rank: impl Fn(&Slot, &Slot) -> Ordering) -> Vec<Slot> {
    let mut taken = vec![false; ranked.len()];
    let mut dates = Vec::new();
    for (i, slot) in ranked.iter().enumerate() {
        if dates.len() < max && !dates.contains(&slot.date) {
            dates.push(slot.date);
            taken[i] = true;
        }
    }
    let mut left = max - dates.len();
    for flag in taken.iter_mut().filter(|flag| !**flag) {
        if left == 0 {
            break;
        }
        *flag = true;
        left -= 1;
    }
    let mut chosen: Vec<Slot> = ranked.into_iter().zip(taken).filter(|(_, t)| *t).map(|(slot, _)| slot).collect();
    chosen.sort_by(rank);
    chosen
}

/// The order in which slots are offered (see [`find_slots`]).
fn rank(a: &Slot, b: &Slot, urgent: bool) -> Ordering {
    let at_risk = |s: &Slot| s.risk_min.is_some_and(|r| f64::from(r) * 60.0 < AT_RISK_S);
    let margin = |s: &Slot| s.risk_min.unwrap_or(u32::MAX);
    let when = |s: &Slot| (s.date, s.window.start());
    if urgent {
        return when(a).cmp(&when(b)).then(a.extra_drive_min.cmp(&b.extra_drive_min));
    }
    at_risk(a)
        .cmp(&at_risk(b))
        .then(a.extra_drive_min.cmp(&b.extra_drive_min))
        .then(margin(b).cmp(&margin(a)))
        .then(when(a).cmp(&when(b)))
}

/// The slots of one day: for each window of the grid, the technician whose day takes the
/// visit with the least extra driving (then the widest margin).
fn day_slots(
    search: &SlotSearch,
    day: &Day,
    plan: Option<&DayPlan>,
    not_before: f64,
    router: Option<&Router>,
) -> Result<Vec<Slot>, SlotError> {
    let job = &search.job;
    let mut with_visit = day.clone();
    with_visit.interventions.retain(|other| other.id != job.id);
    with_visit.interventions.push(Intervention { windows: Vec::new(), pin: None, ..job.clone() });
    let index = with_visit.interventions.len() - 1;
    let prepared = day_problem(&with_visit, router)?;
    if let Some(&(_, distance_m)) = prepared.off_road.iter().find(|&&(i, _)| i == index) {
        return Err(SlotError::OffRoad { distance_m });
    }
    // No road joins the visit to the crew that day (a closure in force, a pass closed): no slot.
    if prepared.cut_off.iter().any(|&(i, _)| i == index) {
        return Ok(Vec::new());
    }
    let place = 2 * with_visit.technicians.len() + index;
    let mut best: Vec<(TimeWindow, usize, Insertion)> = Vec::new();
    for (t, tech) in with_visit.technicians.iter().enumerate() {
        let assigned_elsewhere = job.assigned_to.as_ref().is_some_and(|id| *id != tech.id);
        if !tech.can_do(&job.skills) || assigned_elsewhere {
            continue;
        }
        let route = plan.and_then(|p| p.technicians.iter().find(|r| r.technician == tech.id));
        if plan.is_some() && route.is_none() {
            continue;
        }
        let Some(tech_day) = TechnicianDay::new(&with_visit, &prepared.problem, t, route, &job.id) else {
            continue;
        };
        for window in candidate_windows(job, &tech.shift, search.window_s, not_before) {
            let (ready, due) = (f64::from(window.start().seconds()), f64::from(window.end().seconds()));
            let visit = NewVisit { place, service: f64::from(job.service_s), window: (ready, due) };
            let Some(insertion) = tech_day.best_insertion(&prepared.problem, &visit, not_before) else { continue };
            match best.iter_mut().find(|(w, _, _)| *w == window) {
                Some(kept) if better(&insertion, &kept.2) => *kept = (window, t, insertion),
                Some(_) => {}
                None => best.push((window, t, insertion)),
            }
        }
    }
    Ok(best
        .into_iter()
        .map(|(window, t, insertion)| {
            let tech = &with_visit.technicians[t];
            Slot {
                date: day.date,
                window,
                technician: tech.id.clone(),
                technician_name: tech.name.clone(),
                extra_drive_min: (insertion.extra_drive_s.max(0.0) / 60.0).round() as u32,
                risk_min: insertion.risk_s.map(|r| (r / 60.0).floor() as u32),
                position: insertion.position,
                start: TimeOfDay::from_seconds(insertion.start.round() as u32).unwrap_or(TimeOfDay::END_OF_DAY),
            }
        })
        .collect())
}

/// Whether insertion `a` is better than `b`: less driving, then a wider margin.
fn better(a: &Insertion, b: &Insertion) -> bool {
    let margin = |i: &Insertion| i.risk_s.unwrap_or(f64::INFINITY);
    a.extra_drive_s.total_cmp(&b.extra_drive_s).then(margin(b).total_cmp(&margin(a))) == Ordering::Less
}

/// The windows that may be offered on a shift: `width_s` wide, opening on the hour from the
/// start of the shift (and not before `not_before`), closing by its end; inside one of the
/// job's own windows when it has some (a window of the job narrower than `width_s` is offered
/// as it is).
fn candidate_windows(
    job: &Intervention,
    shift: &crate::model::Shift,
    width_s: u32,
    not_before: f64,
) -> Vec<TimeWindow> {
    let earliest = shift.start.seconds().max(not_before.ceil() as u32);
    let first = earliest.div_ceil(WINDOW_STEP_S) * WINDOW_STEP_S;
    let window =
        |start: u32, end: u32| TimeWindow::new(TimeOfDay::from_seconds(start)?, TimeOfDay::from_seconds(end)?).ok();
    let mut windows: Vec<TimeWindow> = (first..)
        .step_by(WINDOW_STEP_S as usize)
        .take_while(|start| start + width_s <= shift.end.seconds())
        .filter_map(|start| window(start, start + width_s))
        .filter(|w| {
            job.windows.is_empty() || job.windows.iter().any(|own| own.start() <= w.start() && w.end() <= own.end())
        })
        .collect();
    for own in &job.windows {
        let narrow = own.end().seconds() - own.start().seconds() < width_s;
        let in_shift = own.start().seconds() >= earliest && own.end() <= shift.end;
        if narrow && in_shift {
            windows.push(*own);
        }
    }
    windows
}
