//! Re-planning from the road: where each technician stands, from the plan and the log of what
//! happened, and what the new plan changes for each customer.
//!
//! Done, failed, postponed and in-progress jobs are settled; a technician on site is free when
//! that job ends; the next customer already told we are coming stays next.

use super::day_problem::{Replan, TechnicianNow};
use crate::model::{Day, DayProgress, LatLon, StopStatus, TimeOfDay, TimeWindow};
use crate::model::{DayPlan, UnplannedJob};

/// Smallest move of an arrival worth telling the customer about, in minutes.
pub const NOTABLE_SHIFT_MIN: u32 = 5;

/// Each technician's located position for a re-plan: the phone's `position` goes to the
/// technician whose phone it is (`phone_of`, a technician id), or to the only technician of a
/// crew of one; otherwise to nobody, rather than to the wrong person.
pub fn positions_of_phone(day: &Day, phone_of: Option<&str>, position: Option<LatLon>) -> Vec<Option<LatLon>> {
    let owner = match phone_of {
        Some(id) => day.technicians.iter().position(|t| t.id == id),
        None if day.technicians.len() == 1 => Some(0),
        None => None,
    };
    (0..day.technicians.len()).map(|t| if Some(t) == owner { position } else { None }).collect()
}

/// The re-planning request for `day` at `now`, from the current `plan` and `progress`.
///
/// Arguments: `positions[t]`, technician `t`'s position from the phone's location when known;
/// otherwise the last stop they closed, else their start place.
pub fn replan_request(
    day: &Day,
    plan: &DayPlan,
    progress: &DayProgress,
    now: TimeOfDay,
    positions: &[Option<LatLon>],
) -> Replan {
    let job = |id: &str| day.interventions.iter().find(|job| job.id == id);
    let settled = day
        .interventions
        .iter()
        .filter(|job| progress.status(&job.id) != StopStatus::Planned)
        .map(|job| job.id.clone())
        .collect();
    let technicians = day
        .technicians
        .iter()
        .enumerate()
        .map(|(t, tech)| {
            let followed = plan.technicians.iter().find(|route| route.technician == tech.id);
            let stops: Vec<&str> = followed
                .map(|route| route.stops.iter().filter(|s| !s.is_break).map(|s| s.id.as_str()).collect())
                .unwrap_or_default();
            let working_since = followed.and_then(|route| route.departure).filter(|&at| at <= now);
            let on_site = stops.iter().find_map(|id| match progress.status(id) {
                StopStatus::OnSite(since) => job(id).map(|job| (job, since)),
                _ => None,
            });
            let last_closed = stops.iter().rev().find(|id| progress.status(id).is_closed()).and_then(|id| job(id));
            let (position, free_at) = match on_site {
                Some((job, since)) => {
                    let ends =
                        TimeOfDay::from_seconds(since.seconds() + job.service_s).unwrap_or(TimeOfDay::END_OF_DAY);
                    (job.location, ends.max(now))
                }
                None => {
                    let last = last_closed.map_or(tech.shift.start_place, |job| job.location);
                    (positions.get(t).copied().flatten().unwrap_or(last), now)
                }
            };
            let next = stops.iter().find(|id| progress.status(id) == StopStatus::Planned);
            let next_locked = next.filter(|id| progress.customer_told(id)).map(|id| id.to_string());
            TechnicianNow { position, free_at, next_locked, working_since }
        })
        .collect();
    let lunch_taken = plan
        .technicians
        .iter()
        .filter(|route| route.stops.iter().any(|s| s.is_break && s.start <= now))
        .map(|route| route.technician.clone())
        .collect();
    Replan { settled, technicians, lunch_taken }
}

/// The plan to follow after re-planning: each technician's stops already closed or in
/// progress (and a lunch break already begun), as they were, then the `rest` planned from now.
pub fn with_history(current: &DayPlan, rest: DayPlan, progress: &DayProgress, now: TimeOfDay) -> DayPlan {
    let technicians = rest
        .technicians
        .into_iter()
        .map(|mut route| {
            let before = current.technicians.iter().find(|old| old.technician == route.technician);
            let mut stops: Vec<_> = before
                .into_iter()
                .flat_map(|old| &old.stops)
                .filter(|s| if s.is_break { s.start <= now } else { progress.status(&s.id) != StopStatus::Planned })
                .cloned()
                .collect();
            stops.append(&mut route.stops);
            route.stops = stops;
            route
        })
        .collect();
    DayPlan { technicians, unplanned: rest.unplanned }
}

/// What a new plan changes for one customer.
#[derive(Debug, Clone, PartialEq)]
pub struct StopChange {
    /// Intervention id.
    pub id: String,
    /// Customer.
    pub customer: String,
    /// The technician who serves it in the new plan (for a job left out: who was to serve it).
    pub technician: String,
    /// Start of service before, if it was planned.
    pub before: Option<TimeOfDay>,
    /// Start of service now, if it is still planned today.
    pub after: Option<TimeOfDay>,
    /// The appointment window, if any.
    pub window: Option<TimeWindow>,
    /// Whether the appointment is now missed: left out of the day, or late.
    pub missed: bool,
    /// Why it was left out: the new plan's entry for it (with its reason code).
    pub reason: Option<UnplannedJob>,
}

/// A customer's stop in a plan, as [`plan_changes`] compares them.
struct Visit<'a> {
    id: &'a str,
    customer: &'a str,
    technician: &'a str,
    start: TimeOfDay,
    window: Option<TimeWindow>,
    late_min: u32,
}

/// Every customer's stop of `plan` (breaks left out), technician by technician.
fn visits(plan: &DayPlan) -> Vec<Visit<'_>> {
    plan.technicians
        .iter()
        .flat_map(|route| route.stops.iter().filter(|s| !s.is_break).map(move |s| (route, s)))
        .map(|(route, s)| Visit {
            id: &s.id,
            customer: &s.customer,
            technician: &route.technician,
            start: s.start,
            window: s.window,
            late_min: s.late_min,
        })
        .collect()
}

/// The customers whose visit moves by [`NOTABLE_SHIFT_MIN`] or more, is added, or is missed
/// between `before` and `after`; missed ones first. Stops closed in `progress` are left out.
pub fn plan_changes(before: &DayPlan, after: &DayPlan, progress: &DayProgress) -> Vec<StopChange> {
    let minutes = |time: TimeOfDay| time.seconds() / 60;
    let (old, new) = (visits(before), visits(after));
    let change = |visit: &Visit, before: Option<TimeOfDay>, after: Option<TimeOfDay>, missed: bool| StopChange {
        id: visit.id.to_string(),
        customer: visit.customer.to_string(),
        technician: visit.technician.to_string(),
        before,
        after,
        window: visit.window,
        missed,
        reason: None,
    };
    let mut changes = Vec::new();
    for visit in old.iter().filter(|v| progress.status(v.id) == StopStatus::Planned) {
        match new.iter().find(|v| v.id == visit.id) {
            Some(now) => {
                if minutes(now.start).abs_diff(minutes(visit.start)) >= NOTABLE_SHIFT_MIN || now.late_min > 0 {
                    changes.push(change(now, Some(visit.start), Some(now.start), now.late_min > 0));
                }
            }
            None => changes.push(StopChange {
                reason: after.unplanned.iter().find(|u| u.id == visit.id).cloned(),
                ..change(visit, Some(visit.start), None, true)
            }),
        }
    }
    for visit in new.iter().filter(|v| !old.iter().any(|o| o.id == v.id)) {
        changes.push(change(visit, None, Some(visit.start), visit.late_min > 0));
    }
    changes.sort_by_key(|change| !change.missed);
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phones_position_goes_to_its_technician_never_to_the_first_by_default() {
        let mut day: Day = serde_json::from_str(include_str!("../../static/demo/journee-andorre.json")).unwrap();
        let here = LatLon::new(42.51, 1.54).unwrap();
        let second = day.technicians[1].id.clone();
        assert_eq!(positions_of_phone(&day, Some(&second), Some(here)), [None, Some(here)]);
        assert_eq!(positions_of_phone(&day, None, Some(here)), [None, None], "whose phone is unknown: nobody's");
        assert_eq!(positions_of_phone(&day, Some("gone"), Some(here)), [None, None]);
        day.technicians.truncate(1);
        assert_eq!(positions_of_phone(&day, None, Some(here)), [Some(here)], "a crew of one");
    }
    use crate::model::{EventKind, ProgressEvent};
    use crate::model::{PlannedStop, TechnicianPlan, UnplannedJob};
    use crate::plan::UnplannedReason;

    fn day() -> Day {
        crate::io::read_day_json(include_str!("../../static/demo/journee-andorre.json")).unwrap()
    }

    fn stop(id: &str, start: &str) -> PlannedStop {
        let job = day().interventions.into_iter().find(|j| j.id == id).unwrap();
        let start = start.parse().unwrap();
        PlannedStop {
            id: id.into(),
            customer: job.customer,
            arrival: start,
            start,
            end: start,
            window: job.windows.first().copied(),
            wait_min: 0,
            slack_min: 30,
            late_min: 0,
            travel_min: 10,
            travel_estimated: false,
            is_break: false,
            at: job.location,
        }
    }

    fn plan(stops: &[(&str, &str)]) -> DayPlan {
        let day = day();
        DayPlan {
            technicians: vec![
                TechnicianPlan {
                    technician: day.technicians[0].id.clone(),
                    name: day.technicians[0].name.clone(),
                    stops: stops.iter().map(|(id, start)| stop(id, start)).collect(),
                    back_at: "17:00".parse().unwrap(),
                    departure: "08:00".parse().ok(),
                    travel_min: 60,
                    distance_km: 0.0,
                    overtime_min: 0,
                    no_route: None,
                },
                TechnicianPlan {
                    technician: day.technicians[1].id.clone(),
                    name: day.technicians[1].name.clone(),
                    stops: vec![],
                    back_at: "08:00".parse().unwrap(),
                    departure: "08:00".parse().ok(),
                    travel_min: 0,
                    distance_km: 0.0,
                    overtime_min: 0,
                    no_route: None,
                },
            ],
            unplanned: vec![],
        }
    }

    fn log(events: &[(&str, &str, EventKind)]) -> DayProgress {
        let mut progress = DayProgress::new("2026-11-26");
        for (id, at, kind) in events {
            progress
                .record(ProgressEvent { intervention: (*id).into(), at: at.parse().unwrap(), kind: kind.clone() })
                .unwrap();
        }
        progress
    }

    #[test]
    fn a_technician_on_site_is_free_when_the_job_ends_and_a_told_customer_stays_next() {
        let day = day();
        let ids: Vec<&str> = day.interventions.iter().take(4).map(|j| j.id.as_str()).collect();
        let current = plan(&[(ids[0], "08:30"), (ids[1], "09:30"), (ids[2], "10:30"), (ids[3], "11:30")]);
        let progress = log(&[
            (ids[0], "08:31", EventKind::Arrived),
            (ids[0], "09:10", EventKind::Done),
            (ids[1], "09:40", EventKind::Arrived),
            (ids[2], "09:41", EventKind::SmsPrepared),
        ]);
        let now = "10:00".parse().unwrap();
        let replan = replan_request(&day, &current, &progress, now, &[]);
        assert_eq!(replan.settled, [ids[0], ids[1]]);
        let lea = &replan.technicians[0];
        let second = &day.interventions[1];
        assert_eq!(lea.position, second.location, "on site at the second stop");
        assert_eq!(lea.free_at.seconds(), "09:40".parse::<TimeOfDay>().unwrap().seconds() + second.service_s);
        assert_eq!(lea.next_locked.as_deref(), Some(ids[2]), "the customer told by SMS stays next");
        assert_eq!(lea.working_since, Some("08:00".parse().unwrap()), "at work since the plan's departure");
        let karim = &replan.technicians[1];
        assert_eq!((karim.position, karim.free_at), (day.technicians[1].shift.start_place, now));
        let early = replan_request(&day, &current, &progress, "07:45".parse().unwrap(), &[]);
        assert_eq!(early.technicians[0].working_since, None, "not at work before the departure");
    }

    #[test]
    fn without_a_job_in_progress_the_phone_location_or_the_last_closed_stop_is_the_start() {
        let day = day();
        let ids: Vec<&str> = day.interventions.iter().take(2).map(|j| j.id.as_str()).collect();
        let current = plan(&[(ids[0], "08:30"), (ids[1], "09:30")]);
        let progress = log(&[(ids[0], "09:00", EventKind::Failed { reason: "absent".into() })]);
        let now = "09:05".parse().unwrap();
        let replan = replan_request(&day, &current, &progress, now, &[]);
        assert_eq!(replan.technicians[0].position, day.interventions[0].location);
        assert_eq!(replan.technicians[0].next_locked, None, "nobody was told");
        let here = LatLon::new(42.5, 1.55).unwrap();
        let located = replan_request(&day, &current, &progress, now, &positions_of_phone(&day, Some("T1"), Some(here)));
        assert_eq!(located.technicians[0].position, here);
    }

    #[test]
    fn the_followed_plan_keeps_the_closed_stops_ahead_of_the_new_ones() {
        let day = day();
        let ids: Vec<&str> = day.interventions.iter().take(3).map(|j| j.id.as_str()).collect();
        let current = plan(&[(ids[0], "08:30"), (ids[1], "09:30"), (ids[2], "10:30")]);
        let progress = log(&[(ids[0], "09:00", EventKind::Done)]);
        let rest = plan(&[(ids[2], "09:45"), (ids[1], "10:40")]);
        let followed = with_history(&current, rest, &progress, "09:20".parse().unwrap());
        let order: Vec<_> = followed.technicians[0].stops.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(order, [ids[0], ids[2], ids[1]]);
    }

    #[test]
    fn changes_list_missed_customers_first_then_notable_moves_and_additions() {
        let day = day();
        let ids: Vec<&str> = day.interventions.iter().take(4).map(|j| j.id.as_str()).collect();
        let before = plan(&[(ids[0], "08:30"), (ids[1], "09:30"), (ids[2], "10:30")]);
        let mut after = plan(&[(ids[0], "08:33"), (ids[1], "10:15"), (ids[3], "11:00")]);
        after.unplanned.push(UnplannedJob {
            id: ids[2].into(),
            customer: day.interventions[2].customer.clone(),
            reason: UnplannedReason::WindowUnreachable,
            is_break: false,
            distance_m: None,
        });
        let changes = plan_changes(&before, &after, &DayProgress::new("2026-11-26"));
        let summary: Vec<_> =
            changes.iter().map(|c| (c.id.as_str(), c.after.map(|t| t.to_string()), c.missed)).collect();
        let at = |text: &str| Some(text.to_string());
        assert_eq!(summary, [(ids[2], None, true), (ids[1], at("10:15"), false), (ids[3], at("11:00"), false)]);
        assert_eq!(changes[0].reason.as_ref().map(|u| u.reason), Some(UnplannedReason::WindowUnreachable));
        assert!(changes[1..].iter().all(|c| c.reason.is_none()), "only a job left out has a reason");
        assert!(changes.iter().all(|c| c.technician == day.technicians[0].id), "each change names its technician");
    }
}
