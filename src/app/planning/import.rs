//! The morning import into the day, and its undoing: a JSON day file replaces a day of the
//! user's own only after that day is kept, so that « Restaurer la journée précédente » puts it
//! back.

use super::day::change_day;
use crate::app::day_import::{import_into, ImportIssue, ImportReport, Imported, Replaced};
use crate::app::day_store::{self, DayOrigin, PREVIOUS_DAY_KEY};
use crate::app::state::AppContext;

/// Imports `bytes` (CSV, JSON, or text pasted from a spreadsheet) into the current day, stores
/// the result and re-plans; rows dated another day are stored into that day; returns the report.
pub fn import(app: &AppContext, bytes: &[u8]) -> ImportReport {
    let latest = app.latest();
    let Some(day) = &latest.day else {
        return ImportReport { errors: vec![ImportIssue::DayNotLoaded], ..ImportReport::default() };
    };
    let origin = latest.day_origin;
    let stored = |date| latest.other.on(date).map(|stored| stored.day.clone());
    let Imported { day: imported, other_days, report } = import_into(day, origin, bytes, &stored);
    for other in other_days {
        super::other_days::store_imported(app, other);
    }
    if let Some(imported) = imported {
        if report.replaced == Replaced::WholeDay && origin == DayOrigin::User {
            let previous = day_store::encode(day, origin, 0);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = crate::app::idb::put(PREVIOUS_DAY_KEY, &previous).await {
                    web_sys::console::error_1(&format!("journée précédente non gardée : {error}").into());
                }
            });
        }
        change_day(app, imported, DayOrigin::User);
    }
    report
}

/// Puts back the day the last JSON day file replaced; returns whether there was one to put back.
pub async fn restore_previous_day(app: &AppContext) -> bool {
    let Ok(Some(bytes)) = crate::app::idb::get(PREVIOUS_DAY_KEY).await else { return false };
    let Ok(stored) = day_store::decode(&bytes) else { return false };
    change_day(app, stored.day, stored.origin);
    let _ = crate::app::idb::delete(PREVIOUS_DAY_KEY).await;
    true
}
