//! Fetching a file of the app (served by the service worker's cache when offline).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes at `url`, relative to the page, or why they could not be had.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("pas de fenêtre")?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| "injoignable".to_string())?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "lecture impossible")?)
        .await
        .map_err(|_| "lecture interrompue".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
