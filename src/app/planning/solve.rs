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
use crate::plan::day_problem::Replan;
use crate::plan::replan::{plan_changes, positions_of_phone, replan_request, with_history};
use std::rc::Rc;

/// Optimises the whole current day in the worker, replacing any run in progress; progress and
/// the plan arrive as actions. Without a region pack yet, waits: [`super::region_ready`] calls
/// again.
pub fn optimise(app: &AppContext) {
    run(app, None);
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
        Some(request) => run(app, Some(request)),
        None => optimise(app),
    }
}

/// Stops the solve `plan` waits for, if any.
pub(super) fn stop_solving(plan: &PlanState) {
    if let PlanState::Solving { solve, .. } = plan {
        planner::stop(*solve);
    }
}

/// Runs the optimiser on the whole day, or on its rest when `replan` is given.
fn run(app: &AppContext, replan: Option<Replan>) {
    let latest = app.latest();
    let (Some(day), Some(pack)) = (latest.day.clone(), latest.pack.clone()) else { return };
    let previous = latest.sync.followed.clone();
    let following = app.clone();
    let replanning = replan.is_some();
    let before = previous.clone();
    let on_reply = move |reply: Reply| match reply {
        Reply::SolveProgress { share } => {
            if let PlanState::Solving { solve, previous, .. } = &following.latest().plan {
                let (solve, previous) = (*solve, previous.clone());
                following.dispatch(Action::SetPlan(PlanState::Solving { solve, share, previous }));
            }
        }
        Reply::DayPlanned { plan, timing } => {
            web_sys::console::info_1(
                &format!(
                    "Tournée : journée optimisée dans le worker — région {:.1} ms, préparation {:.0} ms, optimisation {:.0} ms, {} itérations",
                    timing.region_ms, timing.prepare_ms, timing.solve_ms, timing.iterations
                )
                .into(),
            );
            match (&before, replanning) {
                (Some(current_plan), true) => propose(&following, current_plan, *plan),
                _ => follow(&following, *plan),
            }
        }
        Reply::Failed { error } => {
            following.dispatch(Action::SetPlan(PlanState::Failed(Failure::Worker { file: None, error })));
        }
        Reply::Ready | Reply::Progress { .. } | Reply::PackBuilt { .. } | Reply::SlotsFound { .. } => {}
    };
    let request = Request::SolveDay {
        day: Box::new(Day::clone(&day)),
        region: pack.number,
        iterations: SOLVE_ITERATIONS,
        max_seconds: MAX_SOLVE_SECONDS,
        replan,
    };
    match planner::solve(pack.number, &pack.bytes, &request, on_reply) {
        Ok(solve) => app.dispatch(Action::SetPlan(PlanState::Solving { solve, share: 0.0, previous })),
        Err(error) => app.dispatch(Action::SetPlan(PlanState::Failed(Failure::Worker { file: None, error }))),
    }
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

/// Shows the re-planned `rest` of the day next to the `current` plan, for the technician to accept.
fn propose(app: &AppContext, current: &Rc<DayPlan>, rest: DayPlan) {
    let progress = Rc::clone(&app.latest().progress);
    let changes = plan_changes(current, &rest, &progress);
    let proposal = with_history(current, rest, &progress, now());
    app.dispatch(Action::SetPlan(PlanState::Proposed {
        current: Rc::clone(current),
        proposal: Rc::new(proposal),
        changes: Rc::new(changes),
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

/// Stops the optimisation in progress; the plan before it (if any) comes back.
pub fn cancel(app: &AppContext) {
    let latest = app.latest();
    stop_solving(&latest.plan);
    app.dispatch(Action::SetPlan(latest.sync.followed.clone().map_or(PlanState::Idle, PlanState::Ready)));
}
