//! Bridge to the service worker that makes the app work offline.
//!
//! The worker script (`sw.js`, written at build time with the list of hashed
//! files) has a stable URL and is never cached itself. A new build changes its
//! bytes, the browser installs it beside the running one, and it waits: the app
//! then shows "Nouvelle version — recharger" and switches only when the user taps it.

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
    ServiceWorkerUpdateViaCache,
};

/// URL of the worker script, relative to the page; must match the build hook's output.
pub const SCRIPT_URL: &str = "sw.js";
/// Message asking a waiting worker to take over (understood by `sw.js`).
pub const SKIP_WAITING_MESSAGE: &str = "skip-waiting";

/// The page's service worker container, or `None` where the browser has none
/// (an insecure origin, a private window of some browsers).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// Registers the worker and calls `on_update_waiting` whenever a new version is installed
/// and waiting behind the one controlling this page (not on the very first install).
pub fn register(on_update_waiting: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let options = RegistrationOptions::new();
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let registering = container.register_with_options(SCRIPT_URL, &options);
    let notify: Rc<dyn Fn()> = Rc::new(on_update_waiting);
    spawn_local(async move {
        let registration: ServiceWorkerRegistration = match JsFuture::from(registering).await {
            Ok(value) => value.unchecked_into(),
            Err(error) => {
                web_sys::console::warn_2(&"Tournée : service worker non enregistré".into(), &error);
                return;
            }
        };
        if registration.waiting().is_some() && container.controller().is_some() {
            notify();
        }
        let watched = registration.clone();
        // Lives as long as the page: the registration fires it at each update found.
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let (worker, notify, container) = (installing.clone(), Rc::clone(&notify), container.clone());
            let on_state_change = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                    notify();
                }
            });
            installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    });
}

/// Tells the waiting worker to take over, then reloads the page once it controls it.
pub fn apply_waiting_update() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    spawn_local(async move {
        let Ok(found) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING_MESSAGE));
        }
    });
}
