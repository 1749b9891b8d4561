//! The day's plan in the page: the day (stored, or the demo), optimised in the worker over
//! the region pack, with progress and a cancel button; the log of what happened on the road;
//! re-planning from now, shown as a proposal with what changes for each customer.
//!
//! The latest day, pack and plan are mirrored here: async tasks and worker replies outlive
//! the state handle they started with, and must act on what is current, not on a snapshot.
//!
//! Another tab of the app may store the day, the plan or events of the log at any time: this
//! tab re-reads them when told (see [`other_tab_stored`]), and its own writes of the day and the
//! plan go through only over the revision it last saw (see [`super::revision`]).

use super::day_log::{self, LogEntries};
use super::day_store::{self, DayOrigin};
use super::idb::CheckedPutError;
use super::map_drawing::SharedMap;
use super::plan_store;
use super::revision::WriteRefused;
use super::state::{Action, AppContext};
use super::tab_sync::{self, Change};
use super::texts::{NoticeText, RegionText};
use super::worker::planner::{self, Solving};
use super::worker::protocol::{Reply, Request};
use super::worker_texts::Failure;
use crate::model::DayPlan;
use crate::model::{Day, DayProgress, ProgressError, ProgressEvent, TimeOfDay};
use crate::plan::day_problem::Replan;
use crate::plan::replan::{plan_changes, positions_of_phone, replan_request, with_history, StopChange};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

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
    /// Optimising failed, or the day could not be read: why.
    Failed(Failure),
    /// The stored day was written by a newer version of the app (its envelope's `schema`): it
    /// is left untouched, and the user may update the app or set it aside to start anew.
    NewerDay {
        /// The schema of the stored day.
        schema: u32,
    },
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
    /// The region's pack, and its number among the packs this page used (the planner keeps
    /// the one it was last sent, decoded, by that number).
    pack: Option<(u64, Rc<Vec<u8>>)>,
    day: Option<(Rc<Day>, DayOrigin)>,
    /// The revision of the stored day this tab last read or wrote.
    day_revision: u64,
    plan: Option<Rc<DayPlan>>,
    /// The revision of the stored plan this tab last read or wrote, and the date it is stored under.
    plan_revision: u64,
    plan_date: String,
    /// The day's log by record; `progress` is what it shows.
    log: LogEntries,
    progress: Rc<DayProgress>,
    /// Records of the log (date, key, event) the storage has not yet said it wrote, oldest first.
    unsaved: Vec<(String, String, ProgressEvent)>,
    solving: Option<Solving>,
    /// The region's map once built (by the number of the pack it was built from), and whether
    /// a screen asked for it before the region was there.
    map: Option<(u64, SharedMap)>,
    map_wanted: bool,
}

impl Current {
    /// Derives the log shown from its records (after they changed) and returns it.
    fn show_log(&mut self) -> Rc<DayProgress> {
        self.progress = Rc::new(self.log.progress());
        Rc::clone(&self.progress)
    }
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
    CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        let number = current.pack.as_ref().map_or(0, |(number, _)| number + 1);
        current.pack = Some((number, Rc::clone(&pack)));
    });
    let planned = if current_day().is_none() { load_everything(&app).await } else { false };
    if !planned {
        optimise(&app);
    }
    // The map is built when a screen needs it, not at start: decoding the pack on this thread
    // would hold the page for a long task while the day is still to be shown.
    app.dispatch(Action::SetMap(None));
    if CURRENT.with(|current| std::mem::take(&mut current.borrow_mut().map_wanted)) {
        region_map(&app);
    }
}

/// Builds the region's map just after this frame is painted (so that the screen asking for it
/// first shows that it is coming).
pub fn build_map_soon(app: &AppContext) {
    let app = app.clone();
    let build = wasm_bindgen::closure::Closure::once_into_js(move || {
        region_map(&app);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(build.unchecked_ref(), 0);
    }
}

/// The region's map (its roads drawn, and its router for the shape of each drive), built from
/// the region's pack the first time a screen needs it (the Carte tab, the map picker, a GPS
/// track) and kept until the region changes; `None` while there is no region yet (it is then
/// built as soon as the region is there).
pub fn region_map(app: &AppContext) -> Option<SharedMap> {
    let (map, built) = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        let Some((number, pack)) = current.pack.clone() else {
            current.map_wanted = true;
            return None;
        };
        match &current.map {
            Some((built_from, map)) if *built_from == number => Some((map.clone(), false)),
            _ => {
                let (_, router) = crate::road::pack::read_pack(&pack).ok()?;
                let drawing = super::map_drawing::MapDrawing::of(router.graph());
                let map = SharedMap(Rc::new(super::map_drawing::RegionMap { drawing, router }));
                current.map = Some((number, map.clone()));
                Some((map, true))
            }
        }
    })?;
    if built || app.map.is_none() {
        app.dispatch(Action::SetMap(Some(map.clone())));
    }
    Some(map)
}

/// Loads the day, its log and the plan stored for it; returns whether that plan was found
/// (then there is nothing to optimise).
async fn load_everything(app: &AppContext) -> bool {
    let (day, origin, revision) = match load_day(app).await {
        Ok(loaded) => loaded,
        Err(DayNotLoaded::Newer(schema)) => {
            app.dispatch(Action::SetPlan(PlanState::NewerDay { schema }));
            return true;
        }
        Err(DayNotLoaded::Failed(message)) => {
            app.dispatch(Action::SetPlan(PlanState::Failed(Failure::Said(message))));
            return true;
        }
    };
    let loaded = match day_log::load(&day.date).await {
        Ok(loaded) => loaded,
        Err(reason) => {
            // Nothing is shown to edit, so nothing can be written over the log that could not be read.
            let message = format!(
                "lecture du journal de la journée impossible ({reason}) : rien n'a été modifié, rechargez la page"
            );
            app.dispatch(Action::SetPlan(PlanState::Failed(Failure::Said(message))));
            return true;
        }
    };
    if loaded.unreadable > 0 {
        web_sys::console::warn_1(
            &format!("journal : {} enregistrement(s) illisible(s), gardés tels quels", loaded.unreadable).into(),
        );
        app.dispatch(Action::Notify(NoticeText::LogRecordsUnreadable));
    }
    let (stored_plan, plan_revision) = plan_store::load_plan(&day).await;
    let stored_plan = stored_plan.map(|(plan, _)| Rc::new(plan));
    let progress = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.day = Some((Rc::clone(&day), origin));
        current.day_revision = revision.unwrap_or(0);
        current.log = loaded.entries;
        current.plan = stored_plan.clone();
        current.plan_revision = plan_revision;
        current.plan_date = day.date.clone();
        current.show_log()
    });
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    app.dispatch(Action::SetProgress(progress));
    if revision.is_none() {
        // Stored at once: from now on the day is the phone's, whatever happens to the app's cache.
        store_day(app, day, origin);
    }
    match stored_plan {
        Some(plan) => {
            app.dispatch(Action::SetPlan(PlanState::Ready(plan)));
            true
        }
        None => false,
    }
}

/// The stored day with its revision, or the demo (revision `None`: not stored yet) when there
/// is none; a stored day that cannot be read is set aside (never deleted) and the user is told.
async fn load_day(app: &AppContext) -> Result<(Rc<Day>, DayOrigin, Option<u64>), DayNotLoaded> {
    match day_store::load().await {
        Ok(Some(stored)) => return Ok((Rc::new(stored.day), stored.origin, Some(stored.revision))),
        Ok(None) => {}
        // What is stored is unknown, or a newer app's: stop here, so that the demo day is not
        // written over it.
        Err(day_store::StoredDayError::NewerSchema(schema)) => return Err(DayNotLoaded::Newer(schema)),
        Err(error @ day_store::StoredDayError::ReadFailed(_)) => return Err(DayNotLoaded::Failed(error.to_string())),
        Err(error) => {
            web_sys::console::warn_1(&error.to_string().into());
            app.dispatch(Action::Notify(NoticeText::StoredDaySetAside));
        }
    }
    let text = super::fetch::fetch_bytes(DEMO_DAY_URL)
        .await
        .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.to_string()))
        .map_err(DayNotLoaded::Failed)?;
    let day = crate::io::read_day_json(&text).map_err(|e| DayNotLoaded::Failed(e.to_string()))?;
    Ok((Rc::new(day), DayOrigin::Demo, None))
}

/// Why no day could be shown at start-up.
enum DayNotLoaded {
    /// The stored day is a newer version's (its schema).
    Newer(u32),
    /// Reading failed (the message says why): nothing may be written.
    Failed(String),
}

/// Why a day set aside was not put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// Another tab stored the day meanwhile: nothing changed, the list is read again.
    ChangedInAnotherTab,
    /// The storage failed (the message says why): nothing changed.
    Storage(String),
}

/// Puts back `record`, a day set aside that this version reads as `stored`: the day stored now
/// is set aside first, then `stored` becomes the day (over the revision this tab last saw), and
/// only then is `record` removed. The day comes on screen as when another tab stores one.
pub async fn restore_day(
    app: &AppContext,
    record: &super::set_aside::AsideRecord,
    stored: day_store::StoredDay,
) -> Result<(), RestoreError> {
    use super::set_aside::{forget, keep, AsideKind, Place};
    let storage = RestoreError::Storage;
    let replaced = match super::idb::get(day_store::DAY_KEY).await.map_err(storage)? {
        Some(bytes) if record.place != Place::InPlace => Some(keep(AsideKind::Day, &bytes).await.map_err(storage)?),
        _ => None,
    };
    let expected = CURRENT.with(|current| current.borrow().day_revision);
    let saved = day_store::save(&stored.day, stored.origin, expected).await;
    if let Err(refused) = saved {
        if let Some(key) = replaced {
            // The day stored was not replaced: its copy is not needed.
            let _ = super::idb::delete(&key).await;
        }
        return Err(match refused {
            CheckedPutError::Refused(_) => RestoreError::ChangedInAnotherTab,
            CheckedPutError::Storage(reason) => RestoreError::Storage(reason),
        });
    }
    if record.place != Place::InPlace {
        forget(record).await.map_err(storage)?;
    }
    tab_sync::announce(&Change::Day);
    reload_day(app).await;
    Ok(())
}

/// Stores `day` over the revision this tab last saw. Refused because another tab stored the day
/// since: the user is told, and the stored day is shown instead. The storage failed: the user
/// is told, and the day stays on screen.
fn store_day(app: &AppContext, day: Rc<Day>, origin: DayOrigin) {
    let expected = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.day_revision += 1;
        current.day_revision - 1
    });
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match day_store::save(&day, origin, expected).await {
            Ok(()) => tab_sync::announce(&Change::Day),
            Err(CheckedPutError::Refused(refusal)) => {
                web_sys::console::warn_1(&format!("journée non enregistrée : {refusal:?}").into());
                app.dispatch(Action::Notify(refused_text(refusal)));
                reload_day(&app).await;
            }
            Err(CheckedPutError::Storage(reason)) => {
                CURRENT.with(|current| {
                    let mut current = current.borrow_mut();
                    if current.day_revision == expected + 1 {
                        current.day_revision = expected;
                    }
                });
                web_sys::console::error_1(&reason.into());
                write_failed(&app, NoticeText::DayNotSaved);
            }
        }
    });
}

/// Tells the user that a write failed (`text` says which), unless the browser gives no storage
/// at all: the notice shown at start-up already says that nothing will be kept.
fn write_failed(app: &AppContext, text: NoticeText) {
    if super::idb::available() {
        app.dispatch(Action::Notify(text));
    }
}

/// What the user is told when a write of theirs was refused.
fn refused_text(refusal: WriteRefused) -> NoticeText {
    match refusal {
        WriteRefused::Stale { .. } => NoticeText::ChangedInAnotherTab,
        WriteRefused::Newer { .. } => NoticeText::StoredByNewerVersion,
    }
}

/// Another tab stored `change`: this tab re-reads it and shows it, as a reload would.
pub fn other_tab_stored(app: &AppContext, change: Change) {
    if current_day().is_none() {
        return; // Still loading: what is read then is the latest.
    }
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match change {
            Change::Day => reload_day(&app).await,
            Change::Plan => drop(reload_plan(&app).await),
            Change::Log(date) => reload_log(&app, &date, day_log::load_records(&date).await),
        }
    });
}

/// Shows the stored day if it is not the revision on screen, with its log and its plan (or
/// optimises it, when no plan was stored for it).
async fn reload_day(app: &AppContext) {
    let stored = match day_store::load().await {
        Ok(Some(stored)) => stored,
        Ok(None) => return,
        Err(error) => return web_sys::console::warn_1(&error.to_string().into()),
    };
    if CURRENT.with(|current| current.borrow().day_revision == stored.revision) {
        return;
    }
    let (day, origin) = (Rc::new(stored.day), stored.origin);
    CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        current.day = Some((Rc::clone(&day), origin));
        current.day_revision = stored.revision;
    });
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    start_log(app, &day.date);
    if !reload_plan(app).await {
        optimise(app);
    }
}

/// Follows the stored plan if it was made for the day on screen and is not the revision this
/// tab follows already; returns whether the plan followed is now the stored one.
async fn reload_plan(app: &AppContext) -> bool {
    let Some((day, _)) = current_day() else { return false };
    let (stored, revision) = plan_store::load_plan(&day).await;
    let adopted = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        let still_that_day = current.day.as_ref().is_some_and(|(now, _)| Rc::ptr_eq(now, &day));
        let already = current.plan_revision == revision && current.plan_date == day.date && current.plan.is_some();
        current.plan_revision = revision;
        current.plan_date = day.date.clone();
        match stored {
            Some((plan, _)) if still_that_day && !already => {
                let plan = Rc::new(plan);
                current.plan = Some(Rc::clone(&plan));
                current.solving = None;
                Some(Some(plan))
            }
            Some(_) if still_that_day => Some(None),
            _ => None,
        }
    });
    match adopted {
        Some(Some(plan)) => {
            app.dispatch(Action::SetPlan(PlanState::Ready(plan)));
            true
        }
        Some(None) => true,
        None => false,
    }
}

/// Makes the log on screen that of `date` if it is not already, and reads what is stored for it.
fn start_log(app: &AppContext, date: &str) {
    let fresh = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        (current.log.date != date).then(|| {
            current.log = LogEntries::new(date);
            current.show_log()
        })
    });
    if let Some(progress) = fresh {
        app.dispatch(Action::SetProgress(progress));
        let (app, date) = (app.clone(), date.to_string());
        wasm_bindgen_futures::spawn_local(async move { reload_log(&app, &date, day_log::load(&date).await) });
    }
}

/// Adds `loaded`, what is stored of `date`'s log, to the log on screen, if it is that date's.
fn reload_log(app: &AppContext, date: &str, loaded: Result<day_log::LoadedLog, String>) {
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(reason) => return web_sys::console::warn_1(&reason.into()),
    };
    let progress = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        (current.log.date == date).then(|| {
            current.log.merge(loaded.entries);
            current.show_log()
        })
    });
    if let Some(progress) = progress {
        app.dispatch(Action::SetProgress(progress));
    }
}

/// The user changed the day (import, edit, deletion): shows it, stores it, optimises it again.
/// Another date is another day's log: that date's log is shown (the old one stays stored).
pub fn change_day(app: &AppContext, day: Day, origin: DayOrigin) {
    let day = Rc::new(day);
    start_log(app, &day.date);
    CURRENT.with(|current| current.borrow_mut().day = Some((Rc::clone(&day), origin)));
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    store_day(app, Rc::clone(&day), origin);
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
    let following = app.clone();
    let replanning = replan.is_some();
    let on_reply = move |reply: Reply| match reply {
        Reply::SolveProgress { share } => {
            following.dispatch(Action::SetPlan(PlanState::Solving { share, previous: previous.clone() }))
        }
        Reply::DayPlanned { plan, timing } => {
            CURRENT.with(|current| current.borrow_mut().solving = None);
            web_sys::console::info_1(
                &format!(
                    "Tournée : journée optimisée dans le worker — région {:.1} ms, préparation {:.0} ms, optimisation {:.0} ms, {} itérations",
                    timing.region_ms, timing.prepare_ms, timing.solve_ms, timing.iterations
                )
                .into(),
            );
            match (&previous, replanning) {
                (Some(current_plan), true) => propose(&following, current_plan, *plan),
                _ => follow(&following, *plan),
            }
        }
        Reply::Failed { error } => {
            CURRENT.with(|current| current.borrow_mut().solving = None);
            following.dispatch(Action::SetPlan(PlanState::Failed(Failure::Worker { file: None, error })));
        }
        Reply::Ready | Reply::Progress { .. } | Reply::PackBuilt { .. } => {}
    };
    let (region, pack) = pack;
    let request = Request::SolveDay {
        day: Box::new((*day).clone()),
        region,
        iterations: SOLVE_ITERATIONS,
        max_seconds: MAX_SOLVE_SECONDS,
        replan,
    };
    match planner::solve(region, &pack, &request, on_reply) {
        Ok(task) => CURRENT.with(|current| current.borrow_mut().solving = Some(task)),
        Err(error) => app.dispatch(Action::SetPlan(PlanState::Failed(Failure::Worker { file: None, error }))),
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
    app.dispatch(Action::SetPlan(PlanState::Ready(Rc::clone(&plan))));
    if let Some((day, _)) = day {
        let app = app.clone();
        wasm_bindgen_futures::spawn_local(async move { store_plan(&app, &day, &plan).await });
    }
}

/// Stores the plan followed over the revision this tab last saw. When another tab stored a plan
/// for the same day since, that plan is followed instead (the tabs agree on one plan); a plan
/// stored for another version of the day is written over.
async fn store_plan(app: &AppContext, day: &Day, plan: &DayPlan) {
    for _ in 0..3 {
        let expected = CURRENT.with(|current| current.borrow().plan_revision);
        match plan_store::save_plan(day, plan, expected).await {
            Ok(()) => {
                CURRENT.with(|current| {
                    let mut current = current.borrow_mut();
                    current.plan_revision = expected + 1;
                    current.plan_date = day.date.clone();
                });
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
            Err(CheckedPutError::Storage(reason)) => {
                web_sys::console::error_1(&reason.into());
                return write_failed(app, NoticeText::PlanNotSaved);
            }
        }
    }
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

/// Records what happened at a stop, shows it and stores it as a record of its own; refused if
/// the story is impossible.
pub fn record(app: &AppContext, event: ProgressEvent) -> Result<(), ProgressError> {
    let progress = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        (*current.progress).clone().record(event.clone())?;
        let key = day_log::new_key(&current.log.date);
        current.log.insert(key.clone(), event.clone());
        let date = current.log.date.clone();
        current.unsaved.push((date, key, event));
        Ok(current.show_log())
    })?;
    app.dispatch(Action::SetProgress(progress));
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move { store_unsaved(&app).await });
    Ok(())
}

/// Stores the log's records not yet written, oldest first, and tells the other tabs; stops at
/// the first failure and tells the user (the records stay on screen and are tried again at the
/// next event).
async fn store_unsaved(app: &AppContext) {
    let unsaved = CURRENT.with(|current| current.borrow().unsaved.clone());
    for (date, key, event) in unsaved {
        if let Err(reason) = day_log::store(&key, &event).await {
            web_sys::console::error_1(&format!("{key} : {reason}").into());
            return write_failed(app, NoticeText::LogNotSaved);
        }
        CURRENT.with(|current| current.borrow_mut().unsaved.retain(|(_, written, _)| *written != key));
        tab_sync::announce(&Change::Log(date));
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
    let sentence = app.settings.language.tr(RegionText::NoReadableRegion).to_string();
    app.dispatch(Action::SetPlan(PlanState::Failed(Failure::Said(sentence))));
}
