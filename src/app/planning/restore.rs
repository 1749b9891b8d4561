//! Putting back what was set aside, once this version reads it: a day (over the revision this
//! tab last saw, the day it replaces set aside in turn) or settings.

use super::day::reload_day;
use crate::app::day_store;
use crate::app::idb::{CheckedPutError, StorageError};
use crate::app::set_aside::{describe, forget, keep, AsideContent, AsideKind, AsideRecord, Place};
use crate::app::state::{Action, AppContext, PlanState};
use crate::app::tab_sync::{self, Change};

/// Puts `record` back if this version reads it (a day, or settings); anything else is left as
/// it is.
pub async fn restore_aside(app: &AppContext, record: &AsideRecord) -> Result<(), RestoreError> {
    match describe(record) {
        AsideContent::Day(stored) => restore_day(app, record, *stored).await,
        AsideContent::Settings(settings) => {
            app.dispatch(Action::SetLanguage(settings.language));
            app.dispatch(Action::SetPhoneOf(settings.phone_of));
            if let Some(view) = settings.day_view {
                app.dispatch(Action::SetDayView(view));
            }
            app.dispatch(Action::SetSmsThreshold(settings.sms_threshold_min));
            let (days, window_min) = (settings.slot_days, settings.slot_window_min);
            app.dispatch(Action::SetSlotSettings { days, window_min });
            forget(record).await.map_err(RestoreError::Storage)
        }
        _ => Ok(()),
    }
}

/// Moves the stored day of a newer version of the app aside, then reloads the page so that this
/// version starts on the demo day; if the storage fails, nothing is changed and the state says
/// why beside the newer day's notice.
pub fn set_aside_newer_day(app: AppContext) {
    wasm_bindgen_futures::spawn_local(async move {
        match crate::app::set_aside::set_aside_newer_day().await {
            Ok(()) => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
            Err(error) => {
                if let PlanState::NewerDay { schema, .. } = app.latest().plan {
                    app.dispatch(Action::SetPlan(PlanState::NewerDay { schema, set_aside_failed: Some(error) }));
                }
            }
        }
    });
}

/// Why a day set aside was not put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// Another tab stored the day meanwhile: nothing changed, the list is read again.
    ChangedInAnotherTab,
    /// The storage failed: nothing changed.
    Storage(StorageError),
}

/// Puts back `record`, a day set aside that this version reads as `stored`: the day stored now
/// is set aside first, then `stored` becomes the day (over the revision this tab last saw), and
/// only then is `record` removed. The day comes on screen as when another tab stores one.
async fn restore_day(app: &AppContext, record: &AsideRecord, stored: day_store::StoredDay) -> Result<(), RestoreError> {
    let storage = RestoreError::Storage;
    let replaced = match crate::app::idb::get(day_store::DAY_KEY).await.map_err(storage)? {
        Some(bytes) if record.place != Place::InPlace => Some(keep(AsideKind::Day, &bytes).await.map_err(storage)?),
        _ => None,
    };
    let expected = app.latest().sync.day_revision;
    let saved = day_store::save(&stored.day, stored.origin, expected).await;
    if let Err(refused) = saved {
        if let Some(key) = replaced {
            // The day stored was not replaced: its copy is not needed.
            let _ = crate::app::idb::delete(&key).await;
        }
        return Err(match refused {
            CheckedPutError::Refused(_) => RestoreError::ChangedInAnotherTab,
            CheckedPutError::Storage(error) => RestoreError::Storage(error),
        });
    }
    if record.place != Place::InPlace {
        forget(record).await.map_err(storage)?;
    }
    tab_sync::announce(&Change::Day);
    reload_day(app).await;
    Ok(())
}
