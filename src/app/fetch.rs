//! Fetching a file of the app (served by the service worker's cache when offline).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file of the app could not be had, typed: the app words it in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchFailure {
    /// Not in a page or a worker that can fetch (no window).
    NoWindow,
    /// The server could not be reached, and the service worker's cache did not have the file.
    Unreachable,
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
    /// The answer stopped before its end.
    Interrupted,
    /// The file is not text (not UTF-8).
    NotText,
}

/// The response at `url`, relative to the page, once its status is a success.
async fn response(url: &str) -> Result<web_sys::Response, FetchFailure> {
    let window = web_sys::window().ok_or(FetchFailure::NoWindow)?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| FetchFailure::Unreachable)?.unchecked_into();
    if !response.ok() {
        return Err(FetchFailure::Status(response.status()));
    }
    Ok(response)
}

/// The bytes at `url`, relative to the page, or why they could not be had.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchFailure> {
    let response = response(url).await?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchFailure::Interrupted)?)
        .await
        .map_err(|_| FetchFailure::Interrupted)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text at `url`, or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, FetchFailure> {
    String::from_utf8(fetch_bytes(url).await?).map_err(|_| FetchFailure::NotText)
}

/// Why a download with progress stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The network or the server failed.
    Network(FetchFailure),
    /// More bytes came than announced: reading stopped there, so a hostile or wrong file
    /// cannot fill the phone's memory.
    LargerThan(u64),
}

/// The bytes at `url`, read piece by piece, at most `limit` of them; `on_progress` hears the
/// bytes received so far after each piece, so a long download over weak signal shows that it moves.
pub async fn fetch_bytes_with_progress(
    url: &str,
    limit: u64,
    on_progress: impl Fn(u64),
) -> Result<Vec<u8>, FetchError> {
    let response = response(url).await.map_err(FetchError::Network)?;
    let Some(body) = response.body() else { return Ok(Vec::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let piece = JsFuture::from(reader.read()).await.map_err(|_| FetchError::Network(FetchFailure::Interrupted))?;
        let done = js_sys::Reflect::get(&piece, &"done".into()).map(|d| d.is_truthy()).unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&piece, &"value".into())
            .map_err(|_| FetchError::Network(FetchFailure::Interrupted))?;
        bytes.extend_from_slice(&js_sys::Uint8Array::new(&value).to_vec());
        if bytes.len() as u64 > limit {
            let _ = reader.cancel();
            return Err(FetchError::LargerThan(limit));
        }
        on_progress(bytes.len() as u64);
    }
}
