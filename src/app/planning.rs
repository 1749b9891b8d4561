//! The day's plan in the page: the day (stored, or the demo), optimised in the worker over
//! the region pack, with progress and a cancel button; the log of what happened on the road;
//! re-planning from now, shown as a proposal with what changes for each customer.
//!
//! The latest day, pack and plan are mirrored here: async tasks and worker replies outlive
//! the state handle they started with, and must act on what is current, not on a snapshot.

use super::day_store::{self, DayOrigin};
use super::i18n::Text;
use super::plan_store;
use super::state::{Action, AppContext};
use super::worker::client::WorkerTask;
use super::worker::protocol::{Reply, Request};
use crate::model::{Day, DayProgress, ProgressError, ProgressEvent, TimeOfDay};
use crate::plan::day_problem::{DayPlan, Replan};
use crate::plan::replan::{plan_changes, positions_of_phone, replan_request, with_history, StopChange};
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
    /// A re-planned rest of the day, waiting for the technician to accept it.
    Proposed {
        /// The plan followed until now.
        current: Rc<DayPlan>,
        /// The plan to follow if accepted (closed stops kept ahead of the new ones).
        proposal: Rc<DayPlan>,
        /// What changes for each customer, missed appointments first.
        changes: Rc<Vec<StopChange>>,
    },
    /// Optimising failed (the message says why).
    Failed(String),
}

impl PlanState {
    /// The plan to show: the ready one, or the previous one while optimising again.
    pub fn plan(&self) -> Option<&Rc<DayPlan>> {
        match self {
            PlanState::Ready(plan)
            | PlanState::Solving { previous: Some(plan), .. }
            | PlanState::Proposed { current: plan, .. } => Some(plan),
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
    progress: Rc<DayProgress>,
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
    let pack = Rc::new(pack);
    CURRENT.with(|current| current.borrow_mut().pack = Some(Rc::clone(&pack)));
    let planned = if current_day().is_none() { load_everything(&app).await } else { false };
    // The worker starts optimising first; the map is drawn meanwhile on this thread.
    if !planned {
        optimise(&app);
    }
    let map = crate::road::pack::read_pack(&pack).ok().map(|(_, router)| {
        let drawing = super::map_drawing::MapDrawing::of(router.graph());
        super::map_drawing::SharedMap(Rc::new(super::map_drawing::RegionMap { drawing, router }))
    });
    app.dispatch(Action::SetMap(map));
}

/// Loads the day, its log and the plan stored for it; returns whether that plan was found
/// (then there is nothing to optimise).
async fn load_everything(app: &AppContext) -> bool {
    let (day, origin) = match load_day(app).await {
        Ok(loaded) => loaded,
        Err(message) => {
            app.dispatch(Action::SetPlan(PlanState::Failed(message)));
            return true;
        }
    };
    let (progress, set_aside) = match plan_store::load_progress(&day).await {
        Ok(loaded) => loaded,
        Err(reason) => {
            // Nothing is shown to edit, so nothing can be written over the log that could not be read.
            let message = format!("lecture du journal de la journée impossible ({reason}) : rien n'a été modifié, rechargez la page");
            app.dispatch(Action::SetPlan(PlanState::Failed(message)));
            return true;
        }
    };
    if let Some(message) = set_aside {
        web_sys::console::warn_1(&message.into());
        app.dispatch(Action::Notify(Text::StoredLogSetAside));
    }
    let progress = Rc::new(progress);
    let stored_plan = plan_store::load_plan(&day).await.map(Rc::new);
    CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.day = Some((Rc::clone(&day), origin));
        current.progress = Rc::clone(&progress);
        current.plan = stored_plan.clone();
    });
    app.dispatch(Action::SetDay(day, origin));
    app.dispatch(Action::SetProgress(progress));
    match stored_plan {
        Some(plan) => {
            app.dispatch(Action::SetPlan(PlanState::Ready(plan)));
            true
        }
        None => false,
    }
}

/// The stored day, or the demo when there is none; a stored day that cannot be read is set
/// aside (never deleted) and the user is told.
async fn load_day(app: &AppContext) -> Result<(Rc<Day>, DayOrigin), String> {
    match day_store::load().await {
        Ok(Some(stored)) => return Ok((Rc::new(stored.day), stored.origin)),
        Ok(None) => {}
        // What is stored is unknown: stop here, so that the demo day is not written over it.
        Err(error @ day_store::StoredDayError::ReadFailed(_)) => return Err(error.to_string()),
        Err(error) => {
            web_sys::console::warn_1(&error.to_string().into());
            app.dispatch(Action::Notify(Text::StoredDaySetAside));
        }
    }
    let text = super::fetch::fetch_bytes(DEMO_DAY_URL)
        .await
        .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.to_string()))?;
    let day = crate::io::read_day_json(&text).map_err(|e| e.to_string())?;
    // Stored at once: from now on the day is the phone's, whatever happens to the app's cache.
    plan_store::save_later(day_store::DAY_KEY, day_store::encode(&day, DayOrigin::Demo));
    Ok((Rc::new(day), DayOrigin::Demo))
}

/// The user changed the day (import, edit, deletion): shows it, stores it, optimises it again.
pub fn change_day(app: &AppContext, day: Day, origin: DayOrigin) {
    let day = Rc::new(day);
    // Another date is another day's log: the old one is kept under its date, a new one starts.
    let archived = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        (current.progress.date != day.date).then(|| {
            let old = std::mem::replace(&mut current.progress, Rc::new(DayProgress::new(&day.date)));
            (old, Rc::clone(&current.progress))
        })
    });
    if let Some((old, fresh)) = archived {
        plan_store::save_later(format!("{}.{}", plan_store::PROGRESS_KEY, old.date), plan_store::encode_progress(&old));
        plan_store::save_later(plan_store::PROGRESS_KEY, plan_store::encode_progress(&fresh));
        app.dispatch(Action::SetProgress(fresh));
    }
    CURRENT.with(|current| current.borrow_mut().day = Some((Rc::clone(&day), origin)));
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    let app_saving = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = day_store::save(&day, origin).await {
            web_sys::console::error_1(&error.into());
            app_saving.dispatch(Action::Notify(Text::DayNotSaved));
        }
    });
    let started = CURRENT.with(|current| !current.borrow().progress.events.is_empty());
    if started {
        replan(app, None);
    } else {
        optimise(app);
    }
}

/// Optimises the whole current day in the worker, replacing any run in progress; progress and
/// the plan arrive as actions. Without a region pack yet, waits: [`region_ready`] calls again.
pub fn optimise(app: &AppContext) {
    run(app, None);
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

/// Re-plans the rest of the day from now and from where the technicians stand (`position`, when
/// the phone located it, is that of the technician whose phone it is, see
/// [`positions_of_phone`]); the result is proposed.
pub fn replan(app: &AppContext, position: Option<crate::road::LatLon>) {
    let phone_of = app.settings.phone_of.clone();
    let request = CURRENT.with(|current| {
        let current = current.borrow();
        let (day, _) = current.day.as_ref()?;
        let plan = current.plan.as_ref()?;
        let positions = positions_of_phone(day, phone_of.as_deref(), position);
        Some(replan_request(day, plan, &current.progress, now(), &positions))
    });
    match request {
        Some(request) => run(app, Some(request)),
        None => optimise(app),
    }
}

/// Runs the optimiser on the whole day, or on its rest when `replan` is given.
fn run(app: &AppContext, replan: Option<Replan>) {
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
    let replanning = replan.is_some();
    let on_reply = move |reply: Reply, _: Option<Vec<u8>>| match reply {
        Reply::SolveProgress { share } => {
            following.dispatch(Action::SetPlan(PlanState::Solving { share, previous: previous.clone() }))
        }
        Reply::DayPlanned { plan, timing } => {
            CURRENT.with(|current| current.borrow_mut().solving = None);
            web_sys::console::info_1(
                &format!(
                    "Tournée : journée optimisée dans le worker — préparation {:.0} ms, optimisation {:.0} ms, {} itérations",
                    timing.prepare_ms, timing.solve_ms, timing.iterations
                )
                .into(),
            );
            match (&previous, replanning) {
                (Some(current_plan), true) => propose(&following, current_plan, *plan),
                _ => follow(&following, *plan),
            }
        }
        Reply::Failed { message } => {
            CURRENT.with(|current| current.borrow_mut().solving = None);
            following.dispatch(Action::SetPlan(PlanState::Failed(message)));
        }
        Reply::Ready | Reply::Progress { .. } | Reply::PackBuilt { .. } => {}
    };
    let request = Request::SolveDay { day_json, iterations: SOLVE_ITERATIONS, max_seconds: MAX_SOLVE_SECONDS, replan };
    match WorkerTask::start(&request, Some(js_sys::Uint8Array::from(pack.as_slice())), on_reply) {
        Ok(task) => CURRENT.with(|current| current.borrow_mut().solving = Some(task)),
        Err(message) => app.dispatch(Action::SetPlan(PlanState::Failed(message))),
    }
}

/// Makes `plan` the one followed: shown, and stored with the day it was made for.
fn follow(app: &AppContext, plan: DayPlan) {
    let plan = Rc::new(plan);
    let day = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.plan = Some(Rc::clone(&plan));
        current.day.clone()
    });
    if let Some((day, _)) = day {
        plan_store::save_later(plan_store::PLAN_KEY, plan_store::encode_plan(&day, &plan));
    }
    app.dispatch(Action::SetPlan(PlanState::Ready(plan)));
}

/// Shows the re-planned `rest` of the day next to the `current` plan, for the technician to accept.
fn propose(app: &AppContext, current: &Rc<DayPlan>, rest: DayPlan) {
    let progress = CURRENT.with(|c| Rc::clone(&c.borrow().progress));
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
    let current = CURRENT.with(|c| c.borrow().plan.clone());
    app.dispatch(Action::SetPlan(current.map_or(PlanState::Idle, PlanState::Ready)));
}

/// The crew lead gives job `id` to technician `technician` (None: to whoever fits best),
/// possibly first or last in their day; the day is stored and the rest re-optimised around it.
pub fn assign(app: &AppContext, id: &str, technician: Option<String>, pin: Option<crate::model::StopPin>) {
    let known = current_day().is_some_and(|(day, _)| day.interventions.iter().any(|job| job.id == id));
    if known {
        edit_day(app, DayPart::Interventions, |day| {
            if let Some(job) = day.interventions.iter_mut().find(|job| job.id == id) {
                job.pin = pin.filter(|_| technician.is_some());
                job.assigned_to = technician;
            }
        });
    }
}

/// What an edit of the day changes: its interventions make the day the user's own; the crew
/// and the date leave demo interventions replaceable by an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    /// The interventions.
    Interventions,
    /// The technicians or the date.
    CrewOrDate,
}

/// Applies `edit` to the current day, then shows, stores and re-plans it (see [`change_day`]).
pub fn edit_day(app: &AppContext, part: DayPart, edit: impl FnOnce(&mut Day)) {
    let Some((day, origin)) = current_day() else { return };
    let mut day = (*day).clone();
    edit(&mut day);
    let origin = match part {
        DayPart::Interventions => DayOrigin::User,
        DayPart::CrewOrDate => origin,
    };
    change_day(app, day, origin);
}

/// Records what happened at a stop, stores the log and shows it; refused if the story is impossible.
pub fn record(app: &AppContext, event: ProgressEvent) -> Result<(), ProgressError> {
    let progress = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        let mut progress = (*current.progress).clone();
        progress.record(event)?;
        current.progress = Rc::new(progress);
        Ok(Rc::clone(&current.progress))
    })?;
    plan_store::save_later(plan_store::PROGRESS_KEY, plan_store::encode_progress(&progress));
    app.dispatch(Action::SetProgress(progress));
    Ok(())
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
