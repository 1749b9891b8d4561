//! One technician's planned day as the slot finder sees it, and the cheapest place in it for a
//! new visit given a window: every stop already planned keeps its window, the technician is
//! back in time, the day's limits hold.
//!
//! The schedule is recomputed from the morning as the independent checker does (leaving at
//! the start of the shift, waiting where a window is not open yet), so that a slot offered
//! here is one the checker accepts.

use crate::model::{Day, TechnicianPlan};
use crate::plan::problem::Problem;
use crate::plan::route::EPSILON;

/// Seconds in a day: the due time of a stop without a window.
const DAY_S: f64 = 86_400.0;

/// A stop already in the technician's day.
#[derive(Debug, Clone)]
struct RouteStop {
    /// Its place in the day's problem (`None`: the lunch break, taken where the technician is).
    place: Option<usize>,
    /// Time on site, seconds.
    service: f64,
    /// Window's opening, seconds after midnight.
    ready: f64,
    /// Window's closing (latest start), seconds after midnight.
    due: f64,
    /// Whether a window was promised to the customer (a break or an any-time job is not).
    promised: bool,
    /// Its start in the plan, seconds after midnight: a stop already started is not moved.
    planned_start: f64,
}

/// The visit to place: where, how long, and the window it would be given.
#[derive(Debug, Clone, Copy)]
pub(super) struct NewVisit {
    /// Its place in the day's problem.
    pub place: usize,
    /// Time on site, seconds.
    pub service: f64,
    /// The window offered (opening, latest start), seconds after midnight.
    pub window: (f64, f64),
}

/// The best insertion of a visit in a technician's day for one window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Insertion {
    /// Index among the day's stops the visit goes before.
    pub position: usize,
    /// Start of service, seconds after midnight.
    pub start: f64,
    /// Driving added, seconds.
    pub extra_drive_s: f64,
    /// Smallest margin left to a promised appointment, seconds (`None`: none promised).
    pub risk_s: Option<f64>,
}

/// A technician's day: their stops in order and the limits of their shift.
#[derive(Debug, Clone)]
pub(super) struct TechnicianDay {
    stops: Vec<RouteStop>,
    /// Places where the day starts and ends.
    start_place: usize,
    end_place: usize,
    /// Departure, latest return (overtime included), longest day, most visits.
    shift_start: f64,
    shift_end: f64,
    max_duration: f64,
    max_jobs: usize,
    /// Start of each stop before any insertion: a stop already late may not become later.
    base_starts: Vec<f64>,
}

/// Seconds after midnight of a clock time.
fn seconds(time: crate::model::TimeOfDay) -> f64 {
    f64::from(time.seconds())
}

impl TechnicianDay {
    /// Technician `t` of `day` (places as in its problem) with the stops of `route` (none: a
    /// free day), leaving out the intervention `skip` (the one being placed). `None` when the
    /// route names a job the day no longer holds: that plan is not this day's.
    pub(super) fn new(
        day: &Day,
        problem: &Problem,
        t: usize,
        route: Option<&TechnicianPlan>,
        skip: &str,
    ) -> Option<TechnicianDay> {
        let tech = &day.technicians[t];
        let lunch = tech.shift.lunch;
        let break_stop = |planned_start: f64| {
            lunch.map(|l| RouteStop {
                place: None,
                service: f64::from(l.duration_s),
                ready: seconds(l.window.start()),
                due: seconds(l.window.end()),
                promised: false,
                planned_start,
            })
        };
        let mut stops = Vec::new();
        for stop in route.map_or(&[][..], |r| &r.stops) {
            if stop.is_break {
                stops.extend(break_stop(seconds(stop.start)));
                continue;
            }
            if stop.id == skip {
                continue;
            }
            let index = day.interventions.iter().position(|job| job.id == stop.id)?;
            let (ready, due) = stop.window.map_or((0.0, DAY_S), |w| (seconds(w.start()), seconds(w.end())));
            stops.push(RouteStop {
                place: Some(2 * day.technicians.len() + index),
                service: f64::from(day.interventions[index].service_s),
                ready,
                due,
                promised: stop.window.is_some(),
                planned_start: seconds(stop.start),
            });
        }
        // A free day still holds the lunch break, at its opening.
        if route.is_none() {
            stops.extend(lunch.and_then(|l| break_stop(seconds(l.window.start()))));
        }
        let shift = &tech.shift;
        let mut tech_day = TechnicianDay {
            stops,
            start_place: 2 * t,
            end_place: 2 * t + 1,
            shift_start: seconds(shift.start),
            shift_end: (seconds(shift.end) + f64::from(shift.overtime_s.unwrap_or(0))).min(DAY_S),
            max_duration: shift.max_work_s.map_or(f64::INFINITY, f64::from),
            // The problem's limit: the shift's, or none at all for a technician with no route that
            // day (a place of theirs off the crew's roads).
            max_jobs: problem.vehicles[t].max_jobs,
            base_starts: Vec::new(),
        };
        tech_day.base_starts = tech_day.schedule(problem, None)?.starts;
        Some(tech_day)
    }

    /// The cheapest insertion of `visit` (least driving added, then the widest margin), at a
    /// position whose next stop has not started by `not_before`; `None` if none keeps the day.
    ///
    /// Complexity: O(stops²).
    pub(super) fn best_insertion(&self, problem: &Problem, visit: &NewVisit, not_before: f64) -> Option<Insertion> {
        (0..=self.stops.len())
            .filter(|&p| self.stops.get(p).is_none_or(|s| s.planned_start >= not_before))
            .filter_map(|position| {
                let schedule = self.schedule(problem, Some((position, visit)))?;
                Some(Insertion {
                    position,
                    start: schedule.new_start?,
                    extra_drive_s: self.extra_drive(problem, position, visit.place),
                    risk_s: schedule.risk_s,
                })
            })
            .min_by(|a, b| {
                let margin = |i: &Insertion| i.risk_s.unwrap_or(f64::INFINITY);
                a.extra_drive_s.total_cmp(&b.extra_drive_s).then(margin(b).total_cmp(&margin(a)))
            })
    }

    /// Driving added by going to `place` before stop `position`.
    fn extra_drive(&self, problem: &Problem, position: usize, place: usize) -> f64 {
        let before = self.stops[..position].iter().rev().find_map(|s| s.place).unwrap_or(self.start_place);
        let after = self.stops[position..].iter().find_map(|s| s.place).unwrap_or(self.end_place);
        problem.time(before, place) + problem.time(place, after) - problem.time(before, after)
    }

    /// The day's schedule with `insert` (the visit before stop `position`), or `None` when it
    /// breaks a rule: a window (a stop already late before may not become later), the return,
    /// the longest day, the most visits.
    fn schedule(&self, problem: &Problem, insert: Option<(usize, &NewVisit)>) -> Option<Schedule> {
        let mut out = Schedule { starts: Vec::with_capacity(self.stops.len()), new_start: None, risk_s: None };
        // Each stop driven to: (drive, latest start, service), for the least duration.
        let mut legs: Vec<(f64, f64, f64)> = Vec::with_capacity(self.stops.len() + 1);
        let (mut place, mut clock) = (self.start_place, self.shift_start);
        for i in 0..=self.stops.len() {
            if let Some((_, visit)) = insert.filter(|(position, _)| *position == i) {
                let drive = problem.time(place, visit.place);
                let start = (clock + drive).max(visit.window.0);
                if start > visit.window.1 + EPSILON {
                    return None;
                }
                legs.push((drive, visit.window.1.max(start), visit.service));
                out.new_start = Some(start);
                clock = start + visit.service;
                place = visit.place;
            }
            let Some(stop) = self.stops.get(i) else { break };
            let drive = stop.place.map_or(0.0, |p| problem.time(place, p));
            let start = (clock + drive).max(stop.ready);
            let already_late = self.base_starts.get(i).is_some_and(|&base| base > stop.due + EPSILON);
            let later_than_before = self.base_starts.get(i).is_some_and(|&base| start > base + EPSILON);
            if insert.is_some() && start > stop.due + EPSILON && (!already_late || later_than_before) {
                return None;
            }
            if stop.promised {
                let margin = (stop.due - start).max(0.0);
                out.risk_s = Some(out.risk_s.map_or(margin, |r: f64| r.min(margin)));
            }
            legs.push((drive, stop.due.max(start), stop.service));
            out.starts.push(start);
            clock = start + stop.service;
            place = stop.place.unwrap_or(place);
        }
        let home = problem.time(place, self.end_place);
        let back = clock + home;
        let mut latest = clock;
        for &(drive, latest_start, service) in legs.iter().rev() {
            latest = (latest - service).min(latest_start) - drive;
        }
        let away = back - latest.min(self.shift_end).max(self.shift_start);
        let visits = self.stops.iter().filter(|s| s.place.is_some()).count() + usize::from(insert.is_some());
        let broken = back > self.shift_end + EPSILON || away > self.max_duration + EPSILON || visits > self.max_jobs;
        if insert.is_some() && broken {
            return None;
        }
        Some(out)
    }
}

/// A day's schedule: each planned stop's start, the new visit's, and the smallest margin left.
struct Schedule {
    /// Start of each stop already planned, seconds after midnight.
    starts: Vec<f64>,
    /// Start of the visit inserted.
    new_start: Option<f64>,
    /// Smallest margin left to a promised appointment, seconds.
    risk_s: Option<f64>,
}
