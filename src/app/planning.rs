//! The day's plan in the page: the day (stored, or the demo), optimised in the worker over
//! the region pack, with progress and a cancel button, kept in the state.
//!
//! The latest day, pack and plan are mirrored here: async tasks and worker replies outlive
//! the state handle they started with, and must act on what is current, not on a snapshot.

use super::day_store::{self, DayOrigin};
use super::i18n::Text;
use super::state::{Action, AppContext};
use super::worker::client::WorkerTask;
use super::worker::protocol::{Reply, Request};
use crate::model::Day;
use crate::plan::day_problem::DayPlan;
use std::cell::RefCell;
use std::rc::Rc;

/// The demo day shipped with the app (two technicians in Andorra), precached for offline use.
pub const DEMO_DAY_URL: &str = "demo/journee-andorre.json";
/// Iterations the optimiser runs for a day: a fixed budget, so the same day always gives the
/// same plan and a reload never reshuffles it (about 0.3 s for 25 interventions in the worker).
pub const SOLVE_ITERATIONS: u64 = 20_000;
/// Cap on the optimisation time, reached only on slow phones or very large days.
pub const MAX_SOLVE_SECONDS: f64 = 5.0;

/// Where the day's plan stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum PlanState {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// The worker is optimising; the plan before this run stays visible below the progress.
    Solving {
        /// Share of the iteration budget done, 0 to 1.
        share: f64,
        /// The plan before this run, if any.
        previous: Option<Rc<DayPlan>>,
    },
    /// The plan.
    Ready(Rc<DayPlan>),
    /// Optimising failed (the message says why).
    Failed(String),
}

impl PlanState {
    /// The plan to show: the ready one, or the previous one while optimising again.
    pub fn plan(&self) -> Option<&Rc<DayPlan>> {
        match self {
            PlanState::Ready(plan) | PlanState::Solving { previous: Some(plan), .. } => Some(plan),
            _ => None,
        }
    }
}

/// What the page knows now, for tasks that outlive the state handle they started with.
#[derive(Default)]
struct Current {
    pack: Option<Rc<Vec<u8>>>,
    day: Option<(Rc<Day>, DayOrigin)>,
    plan: Option<Rc<DayPlan>>,
    solving: Option<WorkerTask>,
}

thread_local! {
    static CURRENT: RefCell<Current> = RefCell::new(Current::default());
}

/// The day in use and where it came from.
pub fn current_day() -> Option<(Rc<Day>, DayOrigin)> {
    CURRENT.with(|current| current.borrow().day.clone())
}

/// The region's pack is read: draws its map, loads the day if not done yet (the stored one,
/// else the demo), and optimises the day over the pack.
pub async fn region_ready(app: AppContext, pack: Vec<u8>) {
    let map = crate::road::pack::read_pack(&pack).ok().map(|(_, router)| {
        let drawing = super::map_drawing::MapDrawing::of(router.graph());
        super::map_drawing::SharedMap(Rc::new(super::map_drawing::RegionMap { drawing, router }))
    });
    app.dispatch(Action::SetMap(map));
    CURRENT.with(|current| current.borrow_mut().pack = Some(Rc::new(pack)));
    if current_day().is_none() {
        match load_day(&app).await {
            Ok((day, origin)) => {
                CURRENT.with(|current| current.borrow_mut().day = Some((Rc::clone(&day), origin)));
                app.dispatch(Action::SetDay(day, origin));
            }
            Err(message) => return app.dispatch(Action::SetPlan(PlanState::Failed(message))),
        }
    }
    optimise(&app);
}

/// The stored day, or the demo when there is none; a stored day that cannot be read is set
/// aside (never deleted) and the user is told.
async fn load_day(app: &AppContext) -> Result<(Rc<Day>, DayOrigin), String> {
    match day_store::load().await {
        Ok(Some(stored)) => return Ok((Rc::new(stored.day), stored.origin)),
        Ok(None) => {}
        Err(error) => {
            web_sys::console::warn_1(&error.to_string().into());
            app.dispatch(Action::Notify(Text::StoredDaySetAside));
        }
    }
    let text = super::fetch::fetch_bytes(DEMO_DAY_URL)
        .await
        .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.to_string()))?;
    let day = crate::io::read_day_json(&text).map_err(|e| e.to_string())?;
    Ok((Rc::new(day), DayOrigin::Demo))
}

/// The user changed the day (import, edit, deletion): shows it, stores it, optimises it again.
pub fn change_day(app: &AppContext, day: Day, origin: DayOrigin) {
    let day = Rc::new(day);
    CURRENT.with(|current| current.borrow_mut().day = Some((Rc::clone(&day), origin)));
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    let app_saving = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = day_store::save(&day, origin).await {
            web_sys::console::error_1(&error.into());
            app_saving.dispatch(Action::Notify(Text::DayNotSaved));
        }
    });
    optimise(app);
}

/// Optimises the current day in the worker, replacing any run in progress; progress and the
/// plan arrive as actions. Without a region pack yet, waits: [`region_ready`] calls again.
pub fn optimise(app: &AppContext) {
    let Some((day, pack, previous)) = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.solving = None;
        Some((current.day.clone()?.0, current.pack.clone()?, current.plan.clone()))
    }) else {
        return;
    };
    app.dispatch(Action::SetPlan(PlanState::Solving { share: 0.0, previous: previous.clone() }));
    let day_json = serde_json::to_string(&*day).expect("a day is plain data");
    let following = app.clone();
    let on_reply = move |reply: Reply, _: Option<Vec<u8>>| match reply {
        Reply::SolveProgress { share } => {
            following.dispatch(Action::SetPlan(PlanState::Solving { share, previous: previous.clone() }))
        }
        Reply::DayPlanned { plan } => {
            let plan = Rc::new(*plan);
            CURRENT.with(|current| {
                let mut current = current.borrow_mut();
                current.solving = None;
                current.plan = Some(Rc::clone(&plan));
            });
            following.dispatch(Action::SetPlan(PlanState::Ready(plan)));
        }
        Reply::Failed { message } => {
            CURRENT.with(|current| current.borrow_mut().solving = None);
            following.dispatch(Action::SetPlan(PlanState::Failed(message)));
        }
        Reply::Ready | Reply::Progress { .. } | Reply::PackBuilt { .. } => {}
    };
    let request = Request::SolveDay { day_json, iterations: SOLVE_ITERATIONS, max_seconds: MAX_SOLVE_SECONDS };
    match WorkerTask::start(&request, Some(js_sys::Uint8Array::from(pack.as_slice())), on_reply) {
        Ok(task) => CURRENT.with(|current| current.borrow_mut().solving = Some(task)),
        Err(message) => app.dispatch(Action::SetPlan(PlanState::Failed(message))),
    }
}

/// Stops the optimisation in progress; the plan before it (if any) comes back.
pub fn cancel(app: &AppContext) {
    let previous = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.solving = None;
        current.plan.clone()
    });
    app.dispatch(Action::SetPlan(previous.map_or(PlanState::Idle, PlanState::Ready)));
}

/// The region could not be read: nothing can be routed.
pub fn region_failed(app: &AppContext) {
    app.dispatch(Action::SetPlan(PlanState::Failed("aucune région routière lisible".into())));
}
