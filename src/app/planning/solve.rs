//! Optimising the day in the planner worker: the whole day, or the rest of it from now (a
//! proposal the technician accepts or not); the plan followed is stored over the revision this
//! tab last saw.

use super::day::{reload_plan, write_failed};
use super::{now, MAX_SOLVE_SECONDS, SOLVE_ITERATIONS};
use crate::app::idb::CheckedPutError;
use crate::app::plan_store;
use crate::app::revision::WriteRefused;
use crate::app::state::failure::Failure;
use crate::app::state::{Action, AppContext, PlanState};
use crate::app::tab_sync::{self, Change};
use crate::app::texts::NoticeText;
use crate::app::worker::planner;
use crate::app::worker::protocol::{Reply, Request};
use crate::model::Day;
use crate::model::DayPlan;
use crate::plan::closed_legs::CrossedLeg;
use crate::plan::day_problem::Replan;
use crate::plan::replan::{plan_changes, positions_of_phone, replan_request, with_history};
use std::rc::Rc;

/// Optimises the whole current day in the worker, replacing any run in progress; progress and
/// the plan arrive as actions. Without a region pack yet, waits: [`super::region_ready`] calls
/// again.
pub fn optimise(app: &AppContext) {
    run(app, None, false);
}

/// Re-plans the rest of the day from now and from where the technicians stand (`position`, when
/// the phone located it, is that of the technician whose phone it is, see
/// [`positions_of_phone`]); the result is proposed.
pub fn replan(app: &AppContext, position: Option<crate::road::LatLon>) {
    let latest = app.latest();
    let request = latest.day.as_ref().zip(latest.sync.followed.as_ref()).map(|(day, plan)| {
        let positions = positions_of_phone(day, latest.settings.phone_of.as_deref(), position);
        replan_request(day, plan, &latest.progress, now(), &positions)
    });
    match request {
        Some(request) => run(app, Some(request), false),
        None => optimise(app),
    }
}

/// The day's road closures changed: the rest of the day is planned again around them and
/// proposed (the whole day, if nothing was done yet), with the legs of the plan followed that
/// cross a closure; without a plan followed, the day is simply optimised.
pub fn replan_around_closures(app: &AppContext) {
    let latest = app.latest();
    let (Some(day), Some(plan)) = (latest.day.as_ref(), latest.sync.followed.as_ref()) else {
        return optimise(app);
    };
    let started = !latest.progress.events.is_empty();
    let request = started.then(|| {
        let positions = positions_of_phone(day, latest.settings.phone_of.as_deref(), None);
        replan_request(day, plan, &latest.progress, now(), &positions)
    });
    run(app, request, true);
}

/// Stops the solve `plan` waits for, if any.
pub(super) fn stop_solving(plan: &PlanState) {
    if let PlanState::Solving { solve, .. } = plan {
        planner::stop(*solve);
    }
}

/// Runs the optimiser on the whole day, or on its rest when `replan` is given; the result is
/// proposed when re-planning or when the day's `closures_changed` (then with the legs of the
/// plan followed that cross a closure).
fn run(app: &AppContext, replan: Option<Replan>, closures_changed: bool) {
    let latest = app.latest();
    let (Some(day), Some(pack)) = (latest.day.clone(), latest.pack.clone()) else { return };
    let previous = latest.sync.followed.clone();
    let following = app.clone();
    let workers = planner_workers();
    let whole_day = replan.is_none();
    let proposing = !whole_day || closures_changed;
    let before = previous.clone();
    let on_reply = move |reply: Reply| match reply {
        Reply::SolveProgress { share } => {
            // Each step redraws the page (and the plan shown under the bar): tenths are enough.
            if let PlanState::Solving { solve, previous, first, share: shown } = &following.latest().plan {
                if (share * 10.0).floor() > (shown * 10.0).floor() {
                    let (solve, previous, first) = (*solve, previous.clone(), first.clone());
                    following.dispatch(Action::SetPlan(PlanState::Solving { solve, share, previous, first }));
                }
            }
        }
        // A proposal is judged on its final plan only.
        Reply::FirstPlan { plan } if !proposing => show_first_plan(&following, Rc::new(*plan)),
        Reply::DayPlanned { plan, timing, crossed } => {
            web_sys::console::info_1(
                &format!(
                    "Tournée : journée optimisée dans le worker — région {:.1} ms, préparation {:.0} ms, optimisation {:.0} ms, {} itérations, {workers} recherche(s) en parallèle",
                    timing.region_ms, timing.prepare_ms, timing.solve_ms, timing.iterations
                )
                .into(),
            );
            match (&before, proposing) {
                (Some(current_plan), true) => propose(&following, current_plan, *plan, whole_day, crossed),
                _ => follow(&following, *plan),
            }
        }
        Reply::Failed { error } => {
            following.dispatch(Action::SetPlan(PlanState::Failed(Failure::Worker { file: None, error })));
        }
        Reply::Ready
        | Reply::FirstPlan { .. }
        | Reply::Progress { .. }
        | Reply::PackBuilt { .. }
        | Reply::EpochDone { .. }
        | Reply::SlotsFound { .. } => {}
    };
    let request = Request::SolveDay {
        day: Box::new(Day::clone(&day)),
        region: pack.number,
        iterations: SOLVE_ITERATIONS,
        max_seconds: MAX_SOLVE_SECONDS,
        replan,
        crossing: previous.as_ref().filter(|_| closures_changed).map(|plan| Box::new(DayPlan::clone(plan))),
        worker: None,
    };
    match planner::solve_day(pack.number, &pack.bytes, request, workers, on_reply) {
        Ok(solve) => app.dispatch(Action::SetPlan(PlanState::Solving { solve, share: 0.0, previous, first: None })),
        Err(error) => app.dispatch(Action::SetPlan(PlanState::Failed(Failure::Worker { file: None, error }))),
    }
}

/// How many workers search a day at once: one core per worker, one left for the page (it must
/// stay responsive) and at most four (each holds the region; more adds little), at least one.
fn planner_workers() -> usize {
    let cores = web_sys::window().map_or(1.0, |window| window.navigator().hardware_concurrency());
    (cores as usize).saturating_sub(1).clamp(1, 4)
}

/// Makes `plan` the one followed: shown, and stored with the day it was made for.
fn follow(app: &AppContext, plan: DayPlan) {
    let plan = Rc::new(plan);
    app.dispatch(Action::Follow(Rc::clone(&plan)));
    if let Some(day) = app.latest().day.clone() {
        let app = app.clone();
        wasm_bindgen_futures::spawn_local(async move { store_plan(&app, &day, &plan).await });
    }
}

/// Stores the plan followed over the revision this tab last saw. When another tab stored a plan
/// for the same day since, that plan is followed instead (the tabs agree on one plan); a plan
/// stored for another version of the day is written over.
async fn store_plan(app: &AppContext, day: &Day, plan: &DayPlan) {
    for _ in 0..3 {
        let expected = app.latest().sync.plan_revision;
        match plan_store::save_plan(day, plan, expected).await {
            Ok(()) => {
                app.dispatch(Action::SetPlanRevision { revision: expected + 1, date: day.date });
                return tab_sync::announce(&Change::Plan);
            }
            Err(CheckedPutError::Refused(WriteRefused::Stale { .. })) => {
                if reload_plan(app).await {
                    return;
                }
            }
            Err(CheckedPutError::Refused(refusal @ WriteRefused::Newer { .. })) => {
                return web_sys::console::warn_1(&format!("plan non enregistré : {refusal:?}").into());
            }
            Err(CheckedPutError::Storage(error)) => {
                web_sys::console::error_1(&error.to_string().into());
                return write_failed(app, NoticeText::PlanNotSaved);
            }
        }
    }
}

/// Shows the running search's first plan while it goes on (the worker sends it only when the
/// search outlasts a second: a quick search shows its final plan alone).
fn show_first_plan(app: &AppContext, first: Rc<DayPlan>) {
    if let PlanState::Solving { solve, share, previous, first: None } = &app.latest().plan {
        let (solve, share, previous) = (*solve, *share, previous.clone());
        app.dispatch(Action::SetPlan(PlanState::Solving { solve, share, previous, first: Some(first) }));
    }
}

/// Shows the re-planned `rest` of the day (or the `whole_day` planned again) next to the
/// `current` plan, for the technician to accept; `crossed`: the current plan's legs across a
/// road closed since.
fn propose(app: &AppContext, current: &Rc<DayPlan>, rest: DayPlan, whole_day: bool, crossed: Vec<CrossedLeg>) {
    let progress = Rc::clone(&app.latest().progress);
    let changes = plan_changes(current, &rest, &progress);
    let proposal = if whole_day { rest } else { with_history(current, rest, &progress, now()) };
    app.dispatch(Action::SetPlan(PlanState::Proposed {
        current: Rc::clone(current),
        proposal: Rc::new(proposal),
        changes: Rc::new(changes),
        crossed: Rc::new(crossed),
    }));
}

/// The technician accepts the proposed plan: it becomes the one followed.
pub fn accept(app: &AppContext, proposal: &DayPlan) {
    follow(app, proposal.clone());
}

/// The technician keeps the current plan.
pub fn keep_current(app: &AppContext) {
    let followed = app.latest().sync.followed.clone();
    app.dispatch(Action::SetPlan(followed.map_or(PlanState::Idle, PlanState::Ready)));
}

/// Stops the optimisation in progress: the first plan of this run, when shown, is kept and
/// followed; else the plan before it (if any) comes back.
pub fn cancel(app: &AppContext) {
    let latest = app.latest();
    stop_solving(&latest.plan);
    match (&latest.plan, &latest.sync.followed) {
        // Stopped while its first plan is shown: that plan is a plan of this day, and is kept.
        (PlanState::Solving { first: Some(first), .. }, _) => follow(app, DayPlan::clone(first)),
        (_, followed) => app.dispatch(Action::SetPlan(followed.clone().map_or(PlanState::Idle, PlanState::Ready))),
    }
}
