//! The day's plan in the page: optimised in the worker over the region pack, kept in the state.

use super::state::{Action, AppContext};
use super::worker::client::WorkerTask;
use super::worker::protocol::{Reply, Request};
use crate::plan::day_problem::DayPlan;
use std::cell::RefCell;
use std::rc::Rc;

/// The demo day shipped with the app (two technicians in Andorra), precached for offline use.
pub const DEMO_DAY_URL: &str = "demo/journee-andorre.json";
/// Iterations the optimiser runs for a day: a fixed budget, so a reload never reshuffles the
/// technician's day (about 0.3 s for 25 interventions in the worker).
pub const SOLVE_ITERATIONS: u64 = 20_000;
/// Cap on the optimisation time, reached only on slow phones.
pub const MAX_SOLVE_SECONDS: f64 = 2.0;

/// Where the day's plan stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum PlanState {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// The worker is optimising.
    Solving,
    /// The plan.
    Ready(Rc<DayPlan>),
    /// Optimising failed (the message says why).
    Failed(String),
}

thread_local! {
    /// The optimisation in progress: one at a time.
    static RUNNING_SOLVE: RefCell<Option<WorkerTask>> = const { RefCell::new(None) };
}

/// Draws the map of the region pack `pack`, then optimises the demo day over it.
pub async fn plan_demo_day(app: AppContext, pack: Vec<u8>) {
    app.dispatch(Action::SetPlan(PlanState::Solving));
    let map = crate::road::pack::read_pack(&pack).ok().map(|(_, router)| {
        let drawing = super::map_drawing::MapDrawing::of(router.graph());
        super::map_drawing::SharedMap(Rc::new(super::map_drawing::RegionMap { drawing, router }))
    });
    app.dispatch(Action::SetMap(map));
    let day = super::fetch::fetch_bytes(DEMO_DAY_URL)
        .await
        .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.to_string()));
    let day_json = match day {
        Ok(day) => day,
        Err(e) => return app.dispatch(Action::SetPlan(PlanState::Failed(e))),
    };
    match crate::io::read_day_json(&day_json) {
        Ok(day) => app.dispatch(Action::SetDay(Rc::new(day))),
        Err(error) => return app.dispatch(Action::SetPlan(PlanState::Failed(error.to_string()))),
    }
    let following = app.clone();
    let on_reply = move |reply: Reply, _: Option<Vec<u8>>| match reply {
        Reply::DayPlanned { plan } => {
            RUNNING_SOLVE.with(|running| running.borrow_mut().take());
            following.dispatch(Action::SetPlan(PlanState::Ready(Rc::new(*plan))));
        }
        Reply::Failed { message } => {
            RUNNING_SOLVE.with(|running| running.borrow_mut().take());
            following.dispatch(Action::SetPlan(PlanState::Failed(message)));
        }
        Reply::Ready | Reply::Progress { .. } | Reply::PackBuilt { .. } => {}
    };
    let request = Request::SolveDay { day_json, iterations: SOLVE_ITERATIONS, max_seconds: MAX_SOLVE_SECONDS };
    match WorkerTask::start(&request, Some(js_sys::Uint8Array::from(pack.as_slice())), on_reply) {
        Ok(task) => RUNNING_SOLVE.with(|running| *running.borrow_mut() = Some(task)),
        Err(message) => app.dispatch(Action::SetPlan(PlanState::Failed(message))),
    }
}
