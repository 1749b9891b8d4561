//! The stops the optimiser must not move: done or off the roads (left out), the next stop
//! already announced or pinned first (kept first), and the one pinned last (kept last).

use super::Replan;
use crate::model::{Day, NoRoute, StopPin};

/// Which interventions are settled before the search, per technician and per intervention.
pub(super) struct Locks {
    /// For each technician, the intervention kept first: announced as next, or pinned first.
    pub first: Vec<Option<usize>>,
    /// For each technician, the intervention pinned last (where their route ends).
    pub last: Vec<Option<usize>>,
    /// For each intervention, whether the search leaves it alone (done, off the roads, or kept
    /// first or last).
    pub settled: Vec<bool>,
}

/// The locks of `day` as it stands in `replan`, with `off_road` interventions left out. A
/// technician `grounded` (off the crew's roads) keeps nothing first or last: they get no route, and
/// the jobs given to them stay unplanned.
pub(super) fn locks(
    day: &Day,
    replan: Option<&Replan>,
    off_road: &[(usize, f64)],
    grounded: &[Option<NoRoute>],
) -> Locks {
    let done = |index: usize| {
        replan.is_some_and(|r| r.settled.contains(&day.interventions[index].id))
            || off_road.iter().any(|&(i, _)| i == index)
    };
    // A job the crew lead pinned first or last in a technician's day (not yet done).
    let pinned = |t: usize, pin: StopPin| {
        day.interventions
            .iter()
            .position(|job| job.pin == Some(pin) && job.assigned_to.as_deref() == Some(day.technicians[t].id.as_str()))
    };
    let technicians = day.technicians.len();
    let first: Vec<Option<usize>> = (0..technicians)
        .map(|t| {
            if grounded[t].is_some() {
                return None;
            }
            let announced = replan.and_then(|r| r.technicians.get(t)).and_then(|n| n.next_locked.as_ref());
            announced
                .and_then(|id| day.interventions.iter().position(|job| &job.id == id))
                .or_else(|| pinned(t, StopPin::First).filter(|&index| !done(index)))
        })
        .collect();
    let last: Vec<Option<usize>> = (0..technicians)
        .map(|t| {
            pinned(t, StopPin::Last)
                .filter(|&index| grounded[t].is_none() && !done(index) && !first.contains(&Some(index)))
        })
        .collect();
    let settled = (0..day.interventions.len())
        .map(|index| done(index) || first.contains(&Some(index)) || last.contains(&Some(index)))
        .collect();
    Locks { first, last, settled }
}
