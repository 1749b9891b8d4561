//! Hands a file made in the page to the phone: a download the user can open or share.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why the browser did not hand the file over: its own words, kept for support; the interface
/// says the rest in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferError(pub String);

/// How long the browser keeps the file's object URL alive after the download starts.
const URL_LIFETIME_MS: i32 = 60_000;

/// Offers `text` as a file named `file_name` of type `mime`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), OfferError> {
    offer(file_name, mime, &JsValue::from_str(text))
}

/// Offers `bytes` as they are (a pack, a record set aside) as a file named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), OfferError> {
    offer(file_name, mime, &js_sys::Uint8Array::from(bytes))
}

/// Offers the blob made of `part` as a download.
fn offer(file_name: &str, mime: &str, part: &JsValue) -> Result<(), OfferError> {
    let fail = |e: JsValue| OfferError(format!("{e:?}"));
    let window = web_sys::window().ok_or_else(|| OfferError("no window".into()))?;
    let document = window.document().ok_or_else(|| OfferError("no document".into()))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(&js_sys::Array::of1(part), &options)
        .map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), URL_LIFETIME_MS)
        .map_err(fail)?;
    Ok(())
}
