//! The phone's position, when the technician allows it: the start of a re-plan, and the dot
//! « Vous êtes ici » on the map. The GPS needs no network: asked for a precise fix, the phone
//! finds itself offline, in a valley, given open sky and time.

use crate::road::LatLon;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a re-plan waits for a fix before planning from the last stop instead, in
/// milliseconds: in a valley without signal the GPS may take long or never answer.
const FIX_TIMEOUT_MS: u32 = 5_000;
/// How long the map waits for a fix, in milliseconds: a GPS starting cold, offline (no network
/// to help it), may need this long.
pub const MAP_FIX_TIMEOUT_MS: u32 = 30_000;
/// A fix this old (milliseconds) is still good enough: the technician moved little.
const MAX_FIX_AGE_MS: u32 = 120_000;

/// Why the phone gave no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionFailure {
    /// The technician (or the phone's settings) refused the app the position.
    Refused,
    /// The phone could not find itself (no GPS signal, location turned off).
    Unavailable,
    /// No fix in the time given.
    TimedOut,
    /// This browser gives no position (or not to a page that is not served securely).
    Unsupported,
}

/// The phone's position, or None when refused, unavailable or too slow (a re-plan then starts
/// from the last stop).
pub async fn current_position() -> Option<LatLon> {
    locate(FIX_TIMEOUT_MS).await.ok()
}

/// The phone's position from its GPS (high accuracy: no network needed), waiting at most
/// `timeout_ms`, or why there is none.
pub async fn locate(timeout_ms: u32) -> Result<LatLon, PositionFailure> {
    let geolocation = web_sys::window()
        .and_then(|window| window.navigator().geolocation().ok())
        .ok_or(PositionFailure::Unsupported)?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_fix = Closure::once_into_js(move |position: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &position);
        });
        let on_error = Closure::once_into_js(move |error: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let options = web_sys::PositionOptions::new();
        options.set_enable_high_accuracy(true);
        options.set_timeout(timeout_ms);
        options.set_maximum_age(MAX_FIX_AGE_MS);
        let _ = geolocation.get_current_position_with_error_callback_and_options(
            on_fix.unchecked_ref(),
            Some(on_error.unchecked_ref()),
            &options,
        );
    });
    let position = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|error| {
        // GeolocationPositionError's codes: 1 refused, 2 unavailable, 3 timed out.
        match js_sys::Reflect::get(&error, &"code".into()).ok().and_then(|code| code.as_f64()) {
            Some(1.0) => PositionFailure::Refused,
            Some(3.0) => PositionFailure::TimedOut,
            _ => PositionFailure::Unavailable,
        }
    })?;
    let coords = js_sys::Reflect::get(&position, &"coords".into()).map_err(|_| PositionFailure::Unavailable)?;
    let number = |name: &str| js_sys::Reflect::get(&coords, &name.into()).ok()?.as_f64();
    number("latitude")
        .zip(number("longitude"))
        .and_then(|(lat, lon)| LatLon::new(lat, lon).ok())
        .ok_or(PositionFailure::Unavailable)
}

/// Whether the technician already allowed the position (so the map may show it at once,
/// without asking): the Permissions API's answer, false where there is none.
pub async fn allowed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(permissions) = js_sys::Reflect::get(&window.navigator(), &"permissions".into()) else {
        return false;
    };
    let Ok(query) = js_sys::Reflect::get(&permissions, &"query".into()).and_then(|q| q.dyn_into::<js_sys::Function>())
    else {
        return false;
    };
    let asked = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&asked, &"name".into(), &"geolocation".into());
    let Ok(promise) = query.call1(&permissions, &asked).and_then(|p| p.dyn_into::<js_sys::Promise>()) else {
        return false;
    };
    let Ok(status) = wasm_bindgen_futures::JsFuture::from(promise).await else { return false };
    js_sys::Reflect::get(&status, &"state".into()).ok().and_then(|state| state.as_string()).as_deref()
        == Some("granted")
}
