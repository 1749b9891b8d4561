//! How loaded each technician is on a day, for the week view: the jobs they hold and the time
//! they take, from the day's plan when it has one, else from the jobs given to them by hand.

use super::{needs_crew_lead, Day, DayPlan, IsoDate, NoRouteCause};
use std::collections::HashMap;

/// One technician's share of a day.
#[derive(Debug, Clone, PartialEq)]
pub struct TechnicianLoad {
    /// The technician's id.
    pub technician: String,
    /// Jobs they hold that day.
    pub jobs: usize,
    /// Minutes of work: time on site, plus driving when the day is planned.
    pub busy_min: u32,
    /// Minutes of their shift.
    pub shift_min: u32,
    /// Why the plan gave them no route, if it gave none (their start or end off the crew's roads).
    pub no_route: Option<NoRouteCause>,
}

/// A day's load.
#[derive(Debug, Clone, PartialEq)]
pub struct DayLoad {
    /// The day's date.
    pub date: IsoDate,
    /// Whether the figures come from a plan (else from the jobs given by hand only).
    pub planned: bool,
    /// Each technician of the day, in the crew's order.
    pub technicians: Vec<TechnicianLoad>,
    /// Jobs of the day.
    pub jobs: usize,
    /// Jobs nobody holds: left out of the plan, or (no plan) given to nobody yet.
    pub unassigned: usize,
    /// Ids of the jobs the crew lead must see (see [`needs_crew_lead`]).
    pub flagged: Vec<String>,
}

/// The load of `day`, from `plan` when it is the day's plan.
pub fn day_load(day: &Day, plan: Option<&DayPlan>) -> DayLoad {
    // A plan holding a job the day no longer has was made before the day last changed (a crew
    // that replaced the demo, a job taken out): it is followed until the new one comes, but its
    // figures are not the day's.
    // The day's jobs by id, read once: the week view draws a load per day at every render.
    let service_min_of: HashMap<&str, u32> =
        day.interventions.iter().map(|job| (job.id.as_str(), job.service_s.div_ceil(60))).collect();
    let plan = plan.filter(|plan| {
        let mut stops = plan.technicians.iter().flat_map(|route| &route.stops);
        stops.all(|stop| stop.is_break || service_min_of.contains_key(stop.id.as_str()))
    });
    let service_min = |id: &str| service_min_of.get(id).copied().unwrap_or(0);
    let technicians = day
        .technicians
        .iter()
        .map(|tech| {
            let shift_min = tech.shift.end.seconds().saturating_sub(tech.shift.start.seconds()) / 60;
            let route = plan.and_then(|p| p.technicians.iter().find(|r| r.technician == tech.id));
            let (jobs, busy_min) = match route {
                Some(route) => {
                    let visits: Vec<_> = route.stops.iter().filter(|stop| !stop.is_break).collect();
                    let on_site: u32 = visits.iter().map(|stop| service_min(&stop.id)).sum();
                    (visits.len(), on_site + route.travel_min)
                }
                None => {
                    let given: Vec<_> = day
                        .interventions
                        .iter()
                        .filter(|job| plan.is_none() && job.assigned_to.as_deref() == Some(tech.id.as_str()))
                        .collect();
                    (given.len(), given.iter().map(|job| job.service_s.div_ceil(60)).sum())
                }
            };
            let no_route = route.and_then(|route| route.no_route).map(|no_route| no_route.cause);
            TechnicianLoad { technician: tech.id.clone(), jobs, busy_min, shift_min, no_route }
        })
        .collect::<Vec<_>>();
    let held: usize = technicians.iter().map(|load| load.jobs).sum();
    DayLoad {
        date: day.date,
        planned: plan.is_some(),
        technicians,
        jobs: day.interventions.len(),
        unassigned: day.interventions.len().saturating_sub(held),
        flagged: day.interventions.iter().filter(|job| needs_crew_lead(job)).map(|job| job.id.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NoRoute, PlannedStop, Priority, ShiftPlace, TechnicianPlan, TimeOfDay};

    fn demo() -> Day {
        serde_json::from_str(include_str!("../../static/demo/journee-andorre.json")).unwrap()
    }

    #[test]
    fn without_a_plan_only_the_jobs_given_by_hand_are_counted_on_a_technician() {
        let mut day = demo();
        let first = day.technicians[0].id.clone();
        day.interventions[0].assigned_to = Some(first.clone());
        day.interventions[0].service_s = 45 * 60;
        let load = day_load(&day, None);
        assert!(!load.planned);
        assert_eq!(
            load.technicians[0],
            TechnicianLoad {
                technician: first,
                jobs: 1,
                busy_min: 45,
                shift_min: load.technicians[0].shift_min,
                no_route: None
            }
        );
        assert!(load.technicians[0].shift_min > 6 * 60);
        assert_eq!(load.unassigned, day.interventions.len() - 1);
    }

    #[test]
    fn with_a_plan_a_technician_holds_its_visits_and_their_driving_breaks_apart() {
        let mut day = demo();
        day.interventions[1].priority = Priority::Vital;
        day.interventions[1].postponed_from = vec!["2026-12-01".parse().unwrap(), "2026-12-02".parse().unwrap()];
        let stop = |id: &str, is_break: bool| PlannedStop {
            id: id.into(),
            customer: String::new(),
            arrival: TimeOfDay::from_hm(9, 0).unwrap(),
            start: TimeOfDay::from_hm(9, 0).unwrap(),
            end: TimeOfDay::from_hm(10, 0).unwrap(),
            window: None,
            wait_min: 0,
            slack_min: 0,
            late_min: 0,
            travel_min: 10,
            travel_estimated: false,
            is_break,
            at: day.interventions[0].location,
        };
        let tech = &day.technicians[0];
        let plan = DayPlan {
            technicians: vec![TechnicianPlan {
                technician: tech.id.clone(),
                name: tech.name.clone(),
                stops: vec![
                    stop(&day.interventions[0].id, false),
                    stop("lunch", true),
                    stop(&day.interventions[1].id, false),
                ],
                departure: None,
                back_at: TimeOfDay::from_hm(17, 0).unwrap(),
                travel_min: 50,
                distance_km: 30.0,
                overtime_min: 0,
                no_route: None,
            }],
            unplanned: Vec::new(),
        };
        let load = day_load(&day, Some(&plan));
        let on_site = (day.interventions[0].service_s + day.interventions[1].service_s) / 60;
        assert_eq!((load.technicians[0].jobs, load.technicians[0].busy_min), (2, on_site + 50));
        assert_eq!(load.technicians[1].jobs, 0);
        assert_eq!((load.technicians[0].no_route, load.technicians[1].no_route), (None, None));
        assert_eq!(load.unassigned, day.interventions.len() - 2);
        // A technician the plan gave no route (their home cut off by a closed road) says why.
        let mut grounded = plan.clone();
        let no_route = NoRoute { place: ShiftPlace::Start, cause: NoRouteCause::ClosedRoad };
        grounded.technicians[0] =
            TechnicianPlan { stops: Vec::new(), no_route: Some(no_route), ..plan.technicians[0].clone() };
        let load = day_load(&day, Some(&grounded));
        let causes = (load.technicians[0].no_route, load.technicians[1].no_route);
        assert_eq!(causes, (Some(NoRouteCause::ClosedRoad), None));
        assert_eq!(load.technicians[0].jobs, 0);
        assert_eq!(load.flagged, vec![day.interventions[1].id.clone()]);
        // The day changed after it was planned: the plan's figures are no longer the day's.
        day.interventions.remove(0);
        let load = day_load(&day, Some(&plan));
        assert!(!load.planned, "a plan holding a job the day no longer has is not the day's");
        assert_eq!((load.technicians[0].jobs, load.technicians[0].busy_min), (0, 0));
    }
}
