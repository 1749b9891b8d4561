//! The day: read at start-up (the stored one, else the demo), changed by the user and stored
//! over the revision this tab last saw, re-read when another tab stored it.

use super::log::{merge_stored_log, start_log};
use super::solve::{optimise, replan, stop_solving};
use crate::app::day_log;
use crate::app::day_store::{self, DayOrigin, StoredDayError};
use crate::app::idb::CheckedPutError;
use crate::app::plan_store;
use crate::app::revision::WriteRefused;
use crate::app::state::failure::{DemoFileError, Failure, StorageFailure};
use crate::app::state::{Action, AppContext, PlanState};
use crate::app::tab_sync::{self, Change};
use crate::app::texts::NoticeText;
use crate::model::Day;
use futures::future::join;
use std::rc::Rc;

/// Loads the day, its log and the plan stored for it; returns whether that plan was found
/// (then there is nothing to optimise).
pub(super) async fn load_everything(app: &AppContext) -> bool {
    let (day, origin, revision) = match load_day(app).await {
        Ok(loaded) => loaded,
        Err(DayNotLoaded::Newer(schema)) => {
            app.dispatch(Action::SetPlan(PlanState::NewerDay { schema, set_aside_failed: None }));
            return true;
        }
        Err(DayNotLoaded::Failed(failure)) => {
            app.dispatch(Action::SetPlan(PlanState::Failed(failure)));
            return true;
        }
    };
    // The log and the plan are read together: one wait on the storage instead of two in turn.
    let date = day.date.to_string();
    let (log, (stored_plan, plan_revision)) = join(day_log::load(&date), plan_store::load_plan(&day)).await;
    let loaded = match log {
        Ok(loaded) => loaded,
        Err(error) => {
            // Nothing is shown to edit, so nothing can be written over the log that could not be read.
            let failure = Failure::Storage(StorageFailure::LogRead(error));
            app.dispatch(Action::SetPlan(PlanState::Failed(failure)));
            return true;
        }
    };
    if loaded.unreadable > 0 {
        web_sys::console::warn_1(
            &format!("journal : {} enregistrement(s) illisible(s), gardés tels quels", loaded.unreadable).into(),
        );
        app.dispatch(Action::Notify(NoticeText::LogRecordsUnreadable));
    }
    let stored_plan = stored_plan.map(|(plan, _)| Rc::new(plan));
    app.dispatch(Action::DayLoaded {
        day: Rc::clone(&day),
        origin,
        revision: revision.unwrap_or(0),
        log: loaded.entries,
        plan: stored_plan.clone(),
        plan_revision,
    });
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
        Err(StoredDayError::NewerSchema(schema)) => return Err(DayNotLoaded::Newer(schema)),
        Err(StoredDayError::ReadFailed(error)) => {
            return Err(DayNotLoaded::Failed(Failure::Storage(StorageFailure::DayRead(error))))
        }
        Err(error) => {
            web_sys::console::warn_1(&error.to_string().into());
            app.dispatch(Action::Notify(NoticeText::StoredDaySetAside));
        }
    }
    let demo_failed = |error| DayNotLoaded::Failed(Failure::DemoDay(error));
    let text =
        crate::app::fetch::fetch_text(super::DEMO_DAY_URL).await.map_err(|e| demo_failed(DemoFileError::Fetch(e)))?;
    let day = crate::io::read_day_json(&text).map_err(|e| demo_failed(DemoFileError::Day(e)))?;
    Ok((Rc::new(day), DayOrigin::Demo, None))
}

/// Why no day could be shown at start-up.
enum DayNotLoaded {
    /// The stored day is a newer version's (its schema).
    Newer(u32),
    /// Reading failed: nothing may be written.
    Failed(Failure),
}

/// Stores `day` over the revision this tab last saw. Refused because another tab stored the day
/// since: the user is told, and the stored day is shown instead. The storage failed: the user
/// is told, and the day stays on screen.
fn store_day(app: &AppContext, day: Rc<Day>, origin: DayOrigin) {
    let expected = app.latest().sync.day_revision;
    app.dispatch(Action::SetDayRevision(expected + 1));
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match day_store::save(&day, origin, expected).await {
            Ok(()) => tab_sync::announce(&Change::Day),
            Err(CheckedPutError::Refused(refusal)) => {
                web_sys::console::warn_1(&format!("journée non enregistrée : {refusal:?}").into());
                app.dispatch(Action::Notify(refused_text(refusal)));
                reload_day(&app).await;
            }
            Err(CheckedPutError::Storage(error)) => {
                if app.latest().sync.day_revision == expected + 1 {
                    app.dispatch(Action::SetDayRevision(expected));
                }
                web_sys::console::error_1(&error.to_string().into());
                write_failed(&app, NoticeText::DayNotSaved);
            }
        }
    });
}

/// Tells the user that a write failed (`text` says which), unless the browser gives no storage
/// at all: the notice shown at start-up already says that nothing will be kept.
pub(super) fn write_failed(app: &AppContext, text: NoticeText) {
    if crate::app::idb::available() {
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
    if app.latest().day.is_none() {
        return; // Still loading: what is read then is the latest.
    }
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match change {
            Change::Day => reload_day(&app).await,
            Change::Plan => drop(reload_plan(&app).await),
            Change::Log(date) => merge_stored_log(&app, day_log::load_records(&date).await),
            Change::OtherDays => super::other_days::load_other_days(&app).await,
        }
    });
}

/// Shows the stored day if it is not the revision on screen, with its log and its plan (or
/// optimises it, when no plan was stored for it).
pub(super) async fn reload_day(app: &AppContext) {
    let stored = match day_store::load().await {
        Ok(Some(stored)) => stored,
        Ok(None) => return,
        Err(error) => return web_sys::console::warn_1(&error.to_string().into()),
    };
    if app.latest().sync.day_revision == stored.revision {
        return;
    }
    let (day, origin) = (Rc::new(stored.day), stored.origin);
    app.dispatch(Action::SetDayRevision(stored.revision));
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    start_log(app, &day.date.to_string());
    if !reload_plan(app).await {
        optimise(app);
    }
}

/// Follows the stored plan if it was made for the day on screen and is not the revision this
/// tab follows already; returns whether the plan followed is now the stored one.
pub(super) async fn reload_plan(app: &AppContext) -> bool {
    let Some(day) = app.latest().day.clone() else { return false };
    let (stored, revision) = plan_store::load_plan(&day).await;
    let latest = app.latest();
    let still_that_day = latest.day.as_ref().is_some_and(|now| Rc::ptr_eq(now, &day));
    let already = latest.sync.plan_revision == revision
        && latest.sync.plan_date == Some(day.date)
        && latest.sync.followed.is_some();
    app.dispatch(Action::SetPlanRevision { revision, date: day.date });
    match stored {
        Some((plan, _)) if still_that_day && !already => {
            stop_solving(&latest.plan);
            app.dispatch(Action::Follow(Rc::new(plan)));
            true
        }
        Some(_) if still_that_day => true,
        _ => false,
    }
}

/// The user changed the day (import, edit, deletion): shows it, stores it, optimises it again.
/// Another date is another day's log: that date's log is shown (the old one stays stored).
pub fn change_day(app: &AppContext, day: Day, origin: DayOrigin) {
    let day = Rc::new(day);
    start_log(app, &day.date.to_string());
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    store_day(app, day, origin);
    if app.latest().progress.events.is_empty() {
        optimise(app);
    } else {
        replan(app, None);
    }
}

/// Shows `day` (its date unchanged) and stores it, without planning it again: the caller plans.
pub(super) fn show_and_store(app: &AppContext, day: Day, origin: DayOrigin) {
    let day = Rc::new(day);
    app.dispatch(Action::SetDay(Rc::clone(&day), origin));
    store_day(app, day, origin);
}

/// The crew lead gives job `id` to technician `technician` (None: to whoever fits best),
/// possibly first or last in their day; the day is stored and the rest re-optimised around it.
pub fn assign(app: &AppContext, id: &str, technician: Option<String>, pin: Option<crate::model::StopPin>) {
    let known = app.latest().day.as_ref().is_some_and(|day| day.interventions.iter().any(|job| job.id == id));
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
    let latest = app.latest();
    let Some(day) = &latest.day else { return };
    let mut day = (**day).clone();
    edit(&mut day);
    let origin = match part {
        DayPart::Interventions => DayOrigin::User,
        DayPart::CrewOrDate => latest.day_origin,
    };
    change_day(app, day, origin);
}
