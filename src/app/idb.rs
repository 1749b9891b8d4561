//! A small key → bytes store on IndexedDB, where large data (region packs) survives
//! reloads and going offline.
//!
//! One database `tournee`, one object store `files`; values are `Uint8Array`s.
//! Each call opens the database, does one request and resolves when it succeeds.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

/// Database name.
const DATABASE: &str = "tournee";
/// Schema version: bump it, and extend the upgrade, to add stores.
const VERSION: u32 = 1;
/// Object store of files.
const FILES: &str = "files";

/// Resolves with the request's result once it succeeds, or fails with its error.
async fn settle(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &event);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|_| {
        let reason = request.error().ok().flatten().map(|e| e.message()).unwrap_or_else(|| "erreur inconnue".into());
        format!("stockage local indisponible : {reason}")
    })
}

/// Opens the database, creating its store on first use.
async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("ce navigateur n'offre pas de stockage local (IndexedDB)")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, VERSION).map_err(|e| format!("{e:?}"))?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(database) = upgrading.result().map(IdbDatabase::unchecked_from_js) {
            if !database.object_store_names().contains(FILES) {
                let _ = database.create_object_store(FILES);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(settle(&request).await?.unchecked_into())
}

/// Stores `bytes` under `key`, replacing what was there.
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), String> {
    let database = open().await?;
    let store = database
        .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(FILES))
        .map_err(|e| format!("{e:?}"))?;
    let request =
        store.put_with_key(&js_sys::Uint8Array::from(bytes), &JsValue::from_str(key)).map_err(|e| format!("{e:?}"))?;
    settle(&request).await.map(|_| ())
}

/// The bytes stored under `key`, if any.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let database = open().await?;
    let store =
        database.transaction_with_str(FILES).and_then(|t| t.object_store(FILES)).map_err(|e| format!("{e:?}"))?;
    let request = store.get(&JsValue::from_str(key)).map_err(|e| format!("{e:?}"))?;
    let value = settle(&request).await?;
    Ok(value.dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec()))
}

/// Removes what is stored under `key`.
pub async fn delete(key: &str) -> Result<(), String> {
    let database = open().await?;
    let store = database
        .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(FILES))
        .map_err(|e| format!("{e:?}"))?;
    let request = store.delete(&JsValue::from_str(key)).map_err(|e| format!("{e:?}"))?;
    settle(&request).await.map(|_| ())
}

/// Asks the browser not to evict the app's storage (region pack, day, log) under pressure:
/// granted to installed apps, or after the user allows it.
pub async fn ask_for_persistent_storage() {
    if let Some(window) = web_sys::window() {
        if let Ok(promise) = window.navigator().storage().persist() {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
    }
}
