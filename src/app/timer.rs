//! Running something a little later on the page's thread, once: after this frame, or after a
//! delay (the first plan shown if the search goes on, the map built once the screen asking for
//! it is painted, another day planned once the worker is free).

use wasm_bindgen::JsCast;

/// Calls `then` once, `ms` milliseconds from now (0: once this task and the frame are done).
pub fn after_ms(ms: i32, then: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}
