//! The inspection behind « Prêt pour la journée » : reads the storage, the caches and the
//! browser's answers, and gives the findings to the state as an action (the card on Journée
//! never reads the storage itself).

use super::readiness::ReadyFindings;
use super::state::{Action, AppContext};
use std::cell::Cell;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// How many checks were started: a check's findings count only if no check started after it
    /// (at start one runs while the region is unknown, then another once it is the demo, and the
    /// first may well answer last).
    static CHECKS_STARTED: Cell<u64> = const { Cell::new(0) };
}

/// Asks the browser to protect the storage, then inspects the stored day, the region pack (the
/// one stored, or the demo in the app's cache), the service worker's control and the storage's
/// persistence, and gives the findings to the state unless a newer check was started meanwhile.
pub fn check(app: AppContext, builtin_region: bool) {
    let number = CHECKS_STARTED.with(|started| {
        started.set(started.get() + 1);
        started.get()
    });
    wasm_bindgen_futures::spawn_local(async move {
        super::idb::ask_for_persistent_storage().await;
        let window = web_sys::window().expect("the app runs in a window");
        let day_stored = matches!(super::idb::get(super::day_store::DAY_KEY).await, Ok(Some(_)));
        let region_offline = if builtin_region {
            match window.caches() {
                Ok(caches) => JsFuture::from(caches.match_with_str(super::region::DEMO_PACK_URL))
                    .await
                    .is_ok_and(|found| !found.is_undefined()),
                Err(_) => false,
            }
        } else {
            matches!(super::idb::get(super::region::ACTIVE_PACK_KEY).await, Ok(Some(_)))
        };
        let app_offline = window.navigator().service_worker().controller().is_some();
        let storage_persistent = match window.navigator().storage().persisted() {
            Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
            Err(_) => false,
        };
        if CHECKS_STARTED.with(Cell::get) != number {
            return;
        }
        app.dispatch(Action::SetReadiness(ReadyFindings {
            day_stored,
            region_offline,
            app_offline,
            storage_persistent,
        }));
    });
}
