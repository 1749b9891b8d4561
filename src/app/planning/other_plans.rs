//! Plans for the days after the one on screen, made in the planner worker while it has nothing
//! else to do: the week view shows each technician's load from them, and the slot finder keeps
//! those days' appointments. A plan stored for a day as it is now is read instead of made.
//! The day on screen always comes first: its solve replaces one of these.

use crate::app::plan_store;
use crate::app::state::{Action, AppContext, PlanState};
use crate::app::worker::planner;
use crate::app::worker::protocol::{Reply, Request};
use std::cell::Cell;
use std::rc::Rc;

/// Iterations for another day's plan: enough for a fair load, short enough not to hold the worker.
const OTHER_DAY_ITERATIONS: u64 = 2_000;
/// Time cap on another day's plan, seconds.
const OTHER_DAY_MAX_SECONDS: f64 = 2.0;

/// How long to wait before trying again when the worker was busy.
const RETRY_MS: i32 = 1_000;
/// The solve number standing for « its stored plan is being read ».
const READING: u64 = u64::MAX;

thread_local! {
    /// The other day being planned: its fingerprint and the solve's number ([`READING`] while
    /// its stored plan is read), so that two calls never start two solves (the second would stop
    /// the first).
    static PLANNING: Cell<Option<(u64, u64)>> = const { Cell::new(None) };
}

/// Plans the next of the days after the one on screen that has jobs and no plan for its present
/// version, unless the worker is busy (the day on screen, a slot search, another day).
pub fn plan_other_days(app: &AppContext) {
    let latest = app.latest();
    if matches!(latest.plan, PlanState::Solving { .. }) {
        return;
    }
    if let Some((_, solve)) = PLANNING.with(Cell::get) {
        if solve == READING || planner::running() == Some(solve) {
            return;
        }
        PLANNING.with(|planning| planning.set(None));
    }
    if planner::running().is_some() {
        let app = app.clone();
        return crate::app::timer::after_ms(RETRY_MS, move || plan_other_days(&app));
    }
    let (Some(current), Some(pack)) = (latest.day.as_ref(), latest.pack.clone()) else { return };
    let Some(day) = latest
        .other
        .after(current.date)
        .map(|stored| &stored.day)
        .find(|day| latest.other.waits_for_plan(day.date))
        .cloned()
    else {
        return;
    };
    let Some(fingerprint) = latest.other.fingerprint_on(day.date) else { return };
    PLANNING.with(|planning| planning.set(Some((fingerprint, READING))));
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let (stored, revision) = plan_store::load_plan(&day).await;
        PLANNING.with(|planning| planning.set(None));
        if let Some((plan, _)) = stored {
            app.dispatch(Action::SetOtherPlan { fingerprint, plan: Rc::new(plan) });
            return;
        }
        if planner::running().is_some() || matches!(app.latest().plan, PlanState::Solving { .. }) {
            // Busy (a slot search, the day on screen): tried again in a moment.
            return crate::app::timer::after_ms(RETRY_MS, move || plan_other_days(&app));
        }
        let request = Request::SolveDay {
            day: Box::new(day.clone()),
            region: pack.number,
            iterations: OTHER_DAY_ITERATIONS,
            max_seconds: OTHER_DAY_MAX_SECONDS,
            replan: None,
            crossing: None,
            worker: None,
        };
        let replied = app.clone();
        let on_reply = move |reply: Reply| match reply {
            Reply::DayPlanned { plan, timing, .. } => {
                PLANNING.with(|planning| planning.set(None));
                web_sys::console::info_1(
                    &format!(
                        "Tournée : jour du {} planifié en arrière-plan, {} itérations",
                        day.date, timing.iterations
                    )
                    .into(),
                );
                let plan = Rc::new(*plan);
                replied.dispatch(Action::SetOtherPlan { fingerprint, plan: Rc::clone(&plan) });
                let day = day.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    // Kept for when the day is opened; a refusal means another tab stored one.
                    let _ = plan_store::save_plan(&day, &plan, revision).await;
                });
            }
            Reply::Failed { error } => {
                PLANNING.with(|planning| planning.set(None));
                web_sys::console::warn_1(&format!("Tournée : jour du {} non planifié : {error:?}", day.date).into());
                replied.dispatch(Action::SetOtherPlanFailed { fingerprint, error });
            }
            _ => {}
        };
        if let Ok(solve) = planner::solve(pack.number, &pack.bytes, &request, on_reply) {
            PLANNING.with(|planning| planning.set(Some((fingerprint, solve))));
        }
    });
}
