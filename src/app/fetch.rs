//! Fetching a file of the app (served by the service worker's cache when offline).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The response at `url`, relative to the page, once its status is a success.
async fn response(url: &str) -> Result<web_sys::Response, String> {
    let window = web_sys::window().ok_or("pas de fenêtre")?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| "injoignable".to_string())?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    Ok(response)
}

/// The bytes at `url`, relative to the page, or why they could not be had.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = response(url).await?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "lecture impossible")?)
        .await
        .map_err(|_| "lecture interrompue".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text at `url`, or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    String::from_utf8(fetch_bytes(url).await?).map_err(|_| "texte illisible (pas de l'UTF-8)".to_string())
}

/// Why a download with progress stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The network or the server failed.
    Network(String),
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
        let piece = JsFuture::from(reader.read())
            .await
            .map_err(|_| FetchError::Network("téléchargement interrompu".to_string()))?;
        let done = js_sys::Reflect::get(&piece, &"done".into()).map(|d| d.is_truthy()).unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&piece, &"value".into())
            .map_err(|_| FetchError::Network("téléchargement illisible".to_string()))?;
        bytes.extend_from_slice(&js_sys::Uint8Array::new(&value).to_vec());
        if bytes.len() as u64 > limit {
            let _ = reader.cancel();
            return Err(FetchError::LargerThan(limit));
        }
        on_progress(bytes.len() as u64);
    }
}
