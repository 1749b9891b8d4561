//! Roads closed by the technician: a closure added to the day or lifted is stored with the day
//! (over its revision, announced to the other tabs like any edit of the day), then the rest of
//! the day is planned again around the closures and proposed.

use super::day::show_and_store;
use super::solve::replan_around_closures;
use crate::app::state::AppContext;
use crate::model::RoadClosure;

/// Adds `closure` to the day, stores it and proposes a plan around it.
pub fn close_road(app: &AppContext, closure: RoadClosure) {
    change_closures(app, |closures| closures.push(closure));
}

/// Lifts `closure` (the first one equal to it), stores the day and proposes a plan without it.
pub fn reopen_road(app: &AppContext, closure: &RoadClosure) {
    change_closures(app, |closures| {
        if let Some(index) = closures.iter().position(|kept| kept == closure) {
            closures.remove(index);
        }
    });
}

/// Applies `edit` to the day's closures, stores the day and re-plans around them.
fn change_closures(app: &AppContext, edit: impl FnOnce(&mut Vec<RoadClosure>)) {
    let latest = app.latest();
    let Some(day) = &latest.day else { return };
    let mut day = (**day).clone();
    edit(&mut day.closures);
    show_and_store(app, day, latest.day_origin);
    replan_around_closures(app);
}
