//! Each technician as the optimiser's vehicle: where and when they are free (after the job in
//! progress and the announced next stop), where their route ends (home, or a job pinned last),
//! and how long their day may be.

use super::locks::Locks;
use super::travel::Travel;
use super::{skill_mask, Replan, TechnicianNow};
use crate::model::{Day, Technician, TimeWindow};
use crate::plan::problem::Vehicle;

/// A stop kept first, served before the search's route: (intervention, arrival, start, end)
/// in seconds.
pub(super) type FixedFirst = (usize, f64, f64, f64);

/// When a technician's day must end and how long it may be, in seconds.
struct WorkingLimits {
    /// Latest return, overtime included.
    shift_end: f64,
    /// End of normal hours.
    regular_end: f64,
    /// Longest time from the route's departure to its return.
    max_duration: f64,
}

/// The limits of `tech`'s day for a route leaving at `departure`. When re-planning (`now`),
/// the longest working time counts from the morning's departure, so it becomes a latest return.
fn working_limits(tech: &Technician, now: Option<&TechnicianNow>, departure: f64) -> WorkingLimits {
    let shift = &tech.shift;
    let regular_end = f64::from(shift.end.seconds());
    let mut shift_end = (regular_end + f64::from(shift.overtime_s.unwrap_or(0))).min(86_400.0).max(regular_end);
    let mut max_duration = shift.max_work_s.map_or(f64::INFINITY, f64::from);
    if let Some(since) = now.and_then(|n| n.working_since) {
        shift_end = shift_end.min(f64::from(since.seconds()) + max_duration).max(departure);
        max_duration = f64::INFINITY;
    }
    WorkingLimits { shift_end, regular_end: regular_end.min(shift_end), max_duration }
}

/// The vehicles of `day` as it stands in `replan`, and for each the stop it serves first.
pub(super) fn vehicles(
    day: &Day,
    replan: Option<&Replan>,
    locks: &Locks,
    travel: &Travel,
) -> (Vec<Vehicle>, Vec<Option<FixedFirst>>) {
    let technicians = day.technicians.len();
    let time = |from: usize, to: usize| travel.time[from * travel.places + to];
    // Where and when each technician is free: after the job in progress, and after the
    // announced next stop, which is driven to and served first.
    let mut starts = Vec::with_capacity(technicians);
    let mut locked_first = Vec::with_capacity(technicians);
    for (t, tech) in day.technicians.iter().enumerate() {
        let free_at =
            replan.and_then(|r| r.technicians.get(t)).map_or(tech.shift.start, |n| n.free_at.max(tech.shift.start));
        let (mut place, mut clock) = (2 * t, f64::from(free_at.seconds()));
        let mut first = None;
        if let Some(index) = locks.first[t] {
            let job = &day.interventions[index];
            let job_place = 2 * technicians + index;
            let window = job.windows.first().copied().unwrap_or(TimeWindow::ALL_DAY);
            let arrival = clock + time(place, job_place);
            let start = arrival.max(f64::from(window.start().seconds()));
            clock = start + f64::from(job.service_s);
            place = job_place;
            first = Some((index, arrival, start, clock));
        }
        starts.push((place, clock));
        locked_first.push(first);
    }
    let vehicles = day
        .technicians
        .iter()
        .enumerate()
        .map(|(t, tech)| {
            let now = replan.and_then(|r| r.technicians.get(t));
            let limits = working_limits(tech, now, starts[t].1);
            // A job pinned last is where the route ends: reached in time to serve it inside its
            // window and still be home in time; the time it takes counts in the day too.
            let (end, after, due) = match locks.last[t] {
                None => (2 * t + 1, 0.0, f64::INFINITY),
                Some(index) => {
                    let job = &day.interventions[index];
                    let job_place = 2 * technicians + index;
                    let due =
                        job.windows.iter().map(|w| f64::from(w.end().seconds())).fold(f64::NEG_INFINITY, f64::max);
                    let due = if job.windows.is_empty() { f64::INFINITY } else { due };
                    (job_place, f64::from(job.service_s) + time(job_place, 2 * t + 1), due)
                }
            };
            let latest = |end: f64| (end - after).min(due).max(starts[t].1);
            Vehicle {
                start: starts[t].0,
                end,
                shift_start: starts[t].1,
                shift_end: latest(limits.shift_end),
                regular_end: latest(limits.regular_end),
                max_duration: (limits.max_duration - after).max(0.0),
                capacity: 0.0,
                skills: skill_mask(&tech.skills),
                // A technician off the crew's roads takes nothing: no route for them today.
                max_jobs: if travel.grounded[t].is_some() {
                    0
                } else {
                    tech.shift.max_jobs.map_or(usize::MAX, |m| m as usize)
                },
            }
        })
        .collect();
    (vehicles, locked_first)
}
