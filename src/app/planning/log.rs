//! The log of what happened on the road: one record per tap, shown at once, written and
//! acknowledged when the storage commits it, and announced to the other tabs.

use super::day::write_failed;
use super::other_days::{next_working_day, postpone_to, take_back_postponed};
use crate::app::day_log::{self, LoadedLog};
use crate::app::idb::StorageError;
use crate::app::state::{Action, AppContext};
use crate::app::tab_sync::{self, Change};
use crate::app::texts::NoticeText;
use crate::model::{EventKind, ProgressError, ProgressEvent, StopStatus};

/// Makes the log on screen that of `date` if it is not already, and reads what is stored for it.
pub(super) fn start_log(app: &AppContext, date: &str) {
    if app.latest().sync.log.date == date {
        return;
    }
    app.dispatch(Action::StartLog(date.to_string()));
    let (app, date) = (app.clone(), date.to_string());
    wasm_bindgen_futures::spawn_local(async move { merge_stored_log(&app, day_log::load(&date).await) });
}

/// Adds `loaded`, what is stored of a date's log, to the log on screen, if it is that date's.
pub(super) fn merge_stored_log(app: &AppContext, loaded: Result<LoadedLog, StorageError>) {
    match loaded {
        Ok(loaded) => app.dispatch(Action::MergeLog(loaded.entries)),
        Err(error) => web_sys::console::warn_1(&error.to_string().into()),
    }
}

/// Records what happened at a stop, shows it and stores it as a record of its own; refused if
/// the story is impossible. A postponed job goes to the next working day (see
/// [`super::other_days`]), and back out of it when the postponement is undone.
pub fn record(app: &AppContext, event: ProgressEvent) -> Result<(), ProgressError> {
    let latest = app.latest();
    (*latest.progress).clone().record(event.clone())?;
    let was_postponed = matches!(latest.progress.status(&event.intervention), StopStatus::Postponed(_));
    let key = day_log::new_key(&latest.sync.log.date);
    match (&event.kind, latest.day.as_ref()) {
        (EventKind::Postponed, Some(day)) => postpone_to(app, &event.intervention, next_working_day(day.date)),
        (EventKind::Reopened, _) if was_postponed => take_back_postponed(app, &event.intervention),
        _ => {}
    }
    app.dispatch(Action::Record { key, event });
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move { store_unsaved(&app).await });
    Ok(())
}

/// Stores the log's records not yet written, oldest first, and tells the other tabs; stops at
/// the first failure and tells the user (the records stay on screen and are tried again at the
/// next event).
async fn store_unsaved(app: &AppContext) {
    let unsaved = app.latest().sync.unsaved.clone();
    for record in unsaved {
        if let Err(error) = day_log::store(&record.key, &record.event).await {
            web_sys::console::error_1(&format!("{}: {error}", record.key).into());
            return write_failed(app, NoticeText::LogNotSaved);
        }
        app.dispatch(Action::RecordStored(record.key));
        tab_sync::announce(&Change::Log(record.date));
    }
}
