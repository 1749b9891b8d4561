//! Size of this module's WebAssembly memory. It only grows, so read at the end of a task
//! it is that task's peak: what a phone low on memory would run out of first.

use wasm_bindgen::JsCast;

/// Bytes of the running module's WebAssembly memory (0 if it cannot be read).
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|memory| memory.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |buffer| f64::from(buffer.byte_length()))
}
