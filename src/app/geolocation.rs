//! The phone's position, when the technician allows it: the start of a re-plan.

use crate::road::LatLon;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long to wait for a fix before planning from the last stop instead, in milliseconds:
/// in a valley without signal the GPS may take long or never answer.
const FIX_TIMEOUT_MS: u32 = 5_000;
/// A fix this old (milliseconds) is still good enough: the technician moved little.
const MAX_FIX_AGE_MS: u32 = 120_000;

/// The phone's position, or None when refused, unavailable or too slow.
pub async fn current_position() -> Option<LatLon> {
    let geolocation = web_sys::window()?.navigator().geolocation().ok()?;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let on_fix = Closure::once_into_js({
            let resolve = resolve.clone();
            move |position: JsValue| {
                let _ = resolve.call1(&JsValue::NULL, &position);
            }
        });
        let on_error = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        });
        let options = web_sys::PositionOptions::new();
        options.set_timeout(FIX_TIMEOUT_MS);
        options.set_maximum_age(MAX_FIX_AGE_MS);
        let _ = geolocation.get_current_position_with_error_callback_and_options(
            on_fix.unchecked_ref(),
            Some(on_error.unchecked_ref()),
            &options,
        );
    });
    let position = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let coords = js_sys::Reflect::get(&position, &"coords".into()).ok()?;
    let number = |name: &str| js_sys::Reflect::get(&coords, &name.into()).ok()?.as_f64();
    LatLon::new(number("latitude")?, number("longitude")?).ok()
}
