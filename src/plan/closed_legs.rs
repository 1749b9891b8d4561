//! Which legs of a plan drive a road the technicians closed: what a re-plan proposal says
//! changed because of a closure (« Colmars → Allos : détour, route coupée, +18 min »). The core
//! returns the legs and the closure as data; the app words them.

use crate::model::{Day, DayPlan, LatLon};
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::router::CLOSURE_MAX_SNAP_M;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{Metric, Router};
use serde::{Deserialize, Serialize};

/// Seconds a route around a closure must add before the leg counts as changed by it: a detour
/// of a few streets in a village is not worth telling the crew lead about.
const DETOUR_MIN_S: f64 = 60.0;

/// One end of a leg of a technician's day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LegEnd {
    /// Where the technician leaves from.
    Start,
    /// A customer's stop.
    Stop {
        /// The intervention's id.
        id: String,
        /// The customer.
        customer: String,
    },
    /// Where the technician's day ends.
    End,
}

/// A leg of the plan whose road is closed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossedLeg {
    /// The technician's id.
    pub technician: String,
    /// Where the leg leaves from.
    pub from: LegEnd,
    /// Where it goes.
    pub to: LegEnd,
    /// The closure it crosses: its index in the day's `closures`.
    pub closure: usize,
    /// The leg's driving time by the closed road, s.
    pub before_s: f64,
    /// The driving time around the closure, s; `None` when no other road joins the two ends.
    pub after_s: Option<f64>,
}

impl CrossedLeg {
    /// Minutes the detour adds, rounded; `None` when the leg is cut.
    pub fn extra_min(&self) -> Option<u32> {
        self.after_s.map(|after| ((after - self.before_s).max(0.0) / 60.0).round() as u32)
    }
}

/// The legs of `plan` still to drive (their destination not in `settled`) whose road one of
/// `day`'s closures in force closes, each with the first such closure: a leg counts when the
/// drive around that closure takes at least a minute more than the drive the plan took.
///
/// Complexity: per leg, one route, then one per closure in force until one is crossed.
pub fn legs_crossing_closures(router: &Router, day: &Day, plan: &DayPlan, settled: &[String]) -> Vec<CrossedLeg> {
    let date = Some(CalendarDay::from(day.date));
    let closed: Vec<_> = day
        .closures
        .iter()
        .enumerate()
        .filter(|(_, closure)| closure.in_force_on(day.date))
        .map(|(index, closure)| (index, router.close(&[closure.at], CLOSURE_MAX_SNAP_M, date)))
        .filter(|(_, closed)| !closed.is_empty())
        .collect();
    if closed.is_empty() {
        return Vec::new();
    }
    let mut crossed = Vec::new();
    for route in &plan.technicians {
        let Some(technician) = day.technicians.iter().find(|tech| tech.id == route.technician) else { continue };
        let mut ends: Vec<(LegEnd, LatLon)> = vec![(LegEnd::Start, technician.shift.start_place)];
        ends.extend(
            route
                .stops
                .iter()
                .filter(|stop| !stop.is_break)
                .map(|stop| (LegEnd::Stop { id: stop.id.clone(), customer: stop.customer.clone() }, stop.at)),
        );
        ends.push((LegEnd::End, technician.shift.end_place));
        for pair in ends.windows(2) {
            let ((from, a), (to, b)) = (&pair[0], &pair[1]);
            if matches!(to, LegEnd::Stop { id, .. } if settled.contains(id)) {
                continue;
            }
            let Ok(before) = router.route(*a, *b, Metric::Time, date, DEFAULT_MAX_SNAP_M) else { continue };
            let crossing = closed.iter().find_map(|(index, closed)| {
                let after = router
                    .route_avoiding(*a, *b, (Metric::Time, date), DEFAULT_MAX_SNAP_M, closed)
                    .ok()
                    .map(|route| route.duration_s);
                after.is_none_or(|after| after > before.duration_s + DETOUR_MIN_S).then_some((*index, after))
            });
            if let Some((closure, after_s)) = crossing {
                crossed.push(CrossedLeg {
                    technician: route.technician.clone(),
                    from: from.clone(),
                    to: to.clone(),
                    closure,
                    before_s: before.duration_s,
                    after_s,
                });
            }
        }
    }
    crossed
}
