//! The days besides the one on screen: read at start-up, « Reporter » carrying a job to a later
//! day (and back when the postponement is undone), another day opened in place of the one on
//! screen (the unfinished jobs carried to it if the user says so).
//!
//! A day is written over the revision this tab last read of it; a refusal (another tab wrote it)
//! or a failure is said, and the days are read again from the storage.

use super::day::{change_day, write_failed};
use crate::app::day_store::{DayOrigin, StoredDay, DAY_SCHEMA};
use crate::app::days_store;
use crate::app::idb::CheckedPutError;
use crate::app::state::{Action, AppContext};
use crate::app::tab_sync::{self, Change};
use crate::app::texts::NoticeText;
use crate::model::{free_day, postpone_into, take_back, Day, Intervention, IsoDate};
use crate::plan::slot_finder::working_dates;

/// The working day after `date` (weekends skipped): where « Reporter » puts a job by default.
pub fn next_working_day(date: IsoDate) -> IsoDate {
    working_dates(date, 2)[1]
}

/// Reads the other days and shows them.
pub(super) async fn load_other_days(app: &AppContext) {
    match days_store::load_all().await {
        Ok(read) => {
            if read.unreadable > 0 {
                app.dispatch(Action::Notify(NoticeText::StoredDaySetAside));
            }
            app.dispatch(Action::SetOtherDays(read.days));
        }
        Err(error) => web_sys::console::warn_1(&error.to_string().into()),
    }
}

/// Job `id` of the day on screen was postponed: it goes to the day of `to` (created from the
/// crew of the day on screen if none is stored), with the date it leaves in its history.
pub fn postpone_to(app: &AppContext, id: &str, to: IsoDate) {
    let latest = app.latest();
    let Some(today) = latest.day.clone() else { return };
    let Some(job) = today.interventions.iter().find(|job| job.id == id) else { return };
    let mut later = latest.other.on(to).map_or_else(|| free_day(&today, to), |stored| stored.day.clone());
    if postpone_into(job, today.date, &mut later).is_ok() {
        write_other_day(app, later, DayOrigin::User);
    }
}

/// The postponement of job `id` was undone: it leaves the later day it was carried to.
pub fn take_back_postponed(app: &AppContext, id: &str) {
    let latest = app.latest();
    let Some(today) = latest.day.as_ref().map(|day| day.date) else { return };
    for stored in latest.other.after(today) {
        let mut later = stored.day.clone();
        if take_back(id, today, &mut later) {
            write_other_day(app, later, stored.origin);
        }
    }
}

/// Moves the postponed job `id` to the day of `to` instead of the one it was carried to. Each
/// write is made over the revision the one before it gives (IndexedDB runs them in turn).
pub fn move_postponed(app: &AppContext, id: &str, to: IsoDate) {
    take_back_postponed(app, id);
    postpone_to(app, id, to);
}

/// Books `job` (its window set to the slot's) into the later day of `date`: a job of the day on
/// screen postponed to another day moves there, its history kept; a job of that id already in
/// that day is replaced, keeping who it was given to.
pub fn book_into(app: &AppContext, job: Intervention, date: IsoDate) {
    let latest = app.latest();
    let Some(today) = latest.day.clone() else { return };
    if latest.progress.status(&job.id).is_closed() && today.interventions.iter().any(|j| j.id == job.id) {
        take_back_postponed(app, &job.id);
    }
    let latest = app.latest();
    let mut later = latest.other.on(date).map_or_else(|| free_day(&today, date), |stored| stored.day.clone());
    let postponed_today = matches!(latest.progress.status(&job.id), crate::model::StopStatus::Postponed(_));
    match later.interventions.iter_mut().find(|other| other.id == job.id) {
        Some(kept) => {
            let assigned_to = kept.assigned_to.take();
            *kept = Intervention { assigned_to, ..job };
        }
        None if postponed_today => {
            let _ = postpone_into(&job, today.date, &mut later);
        }
        None => later.interventions.push(job),
    }
    write_other_day(app, later, DayOrigin::User);
}

/// Stores `day`, another day an import added to.
pub(super) fn store_imported(app: &AppContext, day: Day) {
    write_other_day(app, day, DayOrigin::User);
}

/// The later day the postponed job `id` was carried to, if it is stored.
pub fn carried_to(app: &crate::app::state::AppState, id: &str) -> Option<IsoDate> {
    let today = app.day.as_ref()?.date;
    app.other
        .after(today)
        .find(|stored| {
            stored.day.interventions.iter().any(|job| job.id == id && job.postponed_from.last() == Some(&today))
        })
        .map(|stored| stored.day.date)
}

/// Opens the day of `date` in place of the one on screen, which is kept among the other days
/// first (its log and plan stay stored under its date). `carry`: ids of jobs of the day on
/// screen to take along (its unfinished ones, when a new day starts).
pub fn open_day(app: &AppContext, date: IsoDate, carry: Vec<String>) {
    let latest = app.latest();
    let Some(current) = latest.day.clone() else { return };
    let origin = latest.day_origin;
    let expected = latest.other.on(current.date).map_or(0, |stored| stored.revision);
    let mut opened = latest.other.on(date).map_or_else(|| free_day(&current, date), |stored| stored.day.clone());
    for id in &carry {
        if let Some(job) = current.interventions.iter().find(|job| &job.id == id) {
            let _ = postpone_into(job, current.date, &mut opened);
        }
    }
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match days_store::save(&current, origin, expected).await {
            Ok(()) => {
                load_other_days(&app).await;
                tab_sync::announce(&Change::OtherDays);
                change_day(&app, opened, DayOrigin::User);
            }
            Err(error) => refused_or_failed(&app, error).await,
        }
    });
}

/// Shows `day` among the other days at once and stores it over the revision last read of it.
fn write_other_day(app: &AppContext, day: Day, origin: DayOrigin) {
    let latest = app.latest();
    let expected = latest.other.on(day.date).map_or(0, |stored| stored.revision);
    let mut days: Vec<StoredDay> = latest.other.days.iter().filter(|s| s.day.date != day.date).cloned().collect();
    days.push(StoredDay { schema: DAY_SCHEMA, revision: expected + 1, origin, day: day.clone() });
    days.sort_by_key(|stored| stored.day.date);
    app.dispatch(Action::SetOtherDays(days));
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match days_store::save(&day, origin, expected).await {
            Ok(()) => tab_sync::announce(&Change::OtherDays),
            Err(error) => refused_or_failed(&app, error).await,
        }
    });
}

/// Says why a write of another day did not go through, and shows what is stored.
async fn refused_or_failed(app: &AppContext, error: CheckedPutError<crate::app::revision::WriteRefused>) {
    match error {
        CheckedPutError::Refused(_) => app.dispatch(Action::Notify(NoticeText::ChangedInAnotherTab)),
        CheckedPutError::Storage(error) => {
            web_sys::console::error_1(&error.to_string().into());
            write_failed(app, NoticeText::DayNotSaved);
        }
    }
    load_other_days(app).await;
}
