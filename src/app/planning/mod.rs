//! The day's plan in the page: the day (stored, or the demo), optimised in the worker over
//! the region pack, with progress and a cancel button; the log of what happened on the road;
//! re-planning from now, shown as a proposal with what changes for each customer.
//!
//! Nothing here keeps a state of its own: the day, its revision, its log, the plan followed, the
//! solve running and the region's pack live in the app's one state ([`super::state`]). The tasks
//! here outlive the render that started them, so they read the latest state through their
//! handle ([`AppContext::latest`]) and change it by actions.
//!
//! Another tab of the app may store the day, the plan or events of the log at any time: this
//! tab re-reads them when told (see [`other_tab_stored`]), and its own writes of the day and the
//! plan go through only over the revision it last saw (see [`super::revision`]).

mod closures;
mod day;
mod import;
mod log;
mod map;
mod other_days;
mod other_plans;
mod photos;
mod proof;
mod restore;
mod slots;
mod solve;

pub use closures::{close_road, reopen_road};
pub use day::{assign, change_day, edit_day, other_tab_stored, DayPart};
pub use import::{import, restore_previous_day};
pub use log::record;
pub use map::{build_map_soon, region_map};
pub use other_days::{carried_to, move_postponed, next_working_day, open_day, postpone_to, take_back_postponed};
pub use other_plans::plan_other_days;
pub use photos::{add_photo, remove_photo, restore_photo, PhotoError};
pub use proof::{proof_image, sign, SignError};
pub use restore::{restore_aside, set_aside_newer_day, RestoreError};
pub use slots::{book_slot, find_slots, SlotsUnavailable, SLOTS_SHOWN};
pub use solve::{accept, cancel, keep_current, optimise, replan, replan_around_closures};

use super::state::failure::Failure;
use super::state::region_state::RegionPack;
use super::state::{Action, AppContext, PlanState};
use crate::model::TimeOfDay;
use std::rc::Rc;

/// The demo day shipped with the app (two technicians in Andorra), precached for offline use.
pub const DEMO_DAY_URL: &str = "demo/journee-andorre.json";
/// Iterations the optimiser runs for a day: a fixed budget, so the same day always gives the
/// same plan and a reload never reshuffles it (about 0.3 s for 25 interventions in the worker).
pub const SOLVE_ITERATIONS: u64 = 20_000;
/// Cap on the optimisation time, reached only on slow phones or very large days.
pub const MAX_SOLVE_SECONDS: f64 = 5.0;

/// Loads the day at start-up (the stored one, else the demo), its log and its stored plan,
/// while the region loads beside it: a stored plan is shown as soon as it is read, without
/// waiting for the roads. Without one, the day is optimised once both are there: here when the
/// region came first, else in [`region_ready`].
pub async fn load_day(app: AppContext) {
    let (planned, ()) = futures::future::join(day::load_everything(&app), other_days::load_other_days(&app)).await;
    if !planned && app.latest().pack.is_some() {
        optimise(&app);
    }
}

/// The region's pack is read: optimises the day over it (once the day is loaded, see
/// [`load_day`]; at start-up, only if no plan was stored for it), and builds the map if a
/// screen asked for it already.
pub async fn region_ready(app: AppContext, pack: Vec<u8>) {
    let number = app.latest().pack.as_ref().map_or(0, |pack| pack.number + 1);
    app.dispatch(Action::SetPack(RegionPack { number, bytes: Rc::new(pack) }));
    let latest = app.latest();
    let stored_plan_kept = number == 0 && latest.sync.followed.is_some();
    if latest.day.is_some() && !stored_plan_kept {
        optimise(&app);
    }
    // The map is built when a screen needs it, not at start: decoding the pack on this thread
    // would hold the page for a long task while the day is still to be shown.
    if app.latest().map_wanted {
        region_map(&app);
    }
}

/// The region could not be read: nothing can be routed.
pub fn region_failed(app: &AppContext) {
    app.dispatch(Action::SetPlan(PlanState::Failed(Failure::NoRegion)));
}

/// The phone's clock as an instant (its clock is UTC underneath, and right, whatever its zone).
pub fn utc_now() -> crate::io::UtcTime {
    crate::io::UtcTime::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
}

/// The time now in Paris, to the minute: the plan, the log and the customers' SMS are in the
/// département's time, whatever time zone the phone is set to.
pub fn now() -> TimeOfDay {
    crate::io::utc_to_paris(utc_now()).1
}

/// Today's date in Paris, whatever time zone the phone is set to.
pub fn today() -> crate::io::IsoDate {
    crate::io::utc_to_paris(utc_now()).0
}
