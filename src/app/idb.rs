//! A small key → bytes store on IndexedDB, where large data (region packs) survives
//! reloads and going offline.
//!
//! One database `tournee`, one object store `files`; values are `Uint8Array`s.
//! Each call opens the database, does one transaction and closes it (so that no tab's idle
//! connection holds up a later version's upgrade); a write resolves when its transaction
//! commits (the storage says it is written), a read when its requests succeed.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbKeyRange, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

/// Database name.
const DATABASE: &str = "tournee";
/// Schema version: bump it, and extend the upgrade, to add stores.
const VERSION: u32 = 1;
/// Object store of files.
const FILES: &str = "files";

/// Why the storage did not do what it was asked: typed, worded in the user's language where
/// it is shown (see [`super::failure_texts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives the site no IndexedDB (its storage is blocked).
    Blocked,
    /// The disk is full: the browser aborted the write (`QuotaExceededError`).
    Full,
    /// The browser refused a request or aborted a transaction, and said why.
    Failed {
        /// The `DOMException`'s name (`UnknownError`, `InvalidStateError`…).
        name: String,
        /// Its message, in the browser's words.
        message: String,
    },
    /// A write's transaction ended without being committed, for no reason the browser gave.
    NotWritten,
    /// A call failed with no reason given.
    Unknown,
}

impl StorageError {
    /// The error a browser call failed with (a `DOMException`, or nothing said).
    pub fn of_js(error: JsValue) -> StorageError {
        match error.dyn_ref::<web_sys::DomException>() {
            Some(exception) => StorageError::of_exception(exception),
            None => StorageError::Unknown,
        }
    }

    /// The error of a `DOMException` (a full disk is told apart by its name).
    fn of_exception(exception: &web_sys::DomException) -> StorageError {
        match exception.name().as_str() {
            "QuotaExceededError" => StorageError::Full,
            _ => StorageError::Failed { name: exception.name(), message: exception.message() },
        }
    }
}

impl std::fmt::Display for StorageError {
    /// For the console: the browser's own words, or the variant.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Failed { name, message } => write!(f, "{name}: {message}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// What the browser said when a call failed.
fn reason(error: JsValue) -> StorageError {
    StorageError::of_js(error)
}

/// Resolves with the request's result once it succeeds, or fails with its error.
async fn settle(request: &IdbRequest) -> Result<JsValue, StorageError> {
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
    JsFuture::from(promise)
        .await
        .map_err(|_| request.error().ok().flatten().map_or(StorageError::Unknown, |e| StorageError::of_exception(&e)))
}

/// Whether this browser gives the site an IndexedDB at all (not when site storage is blocked):
/// a failed read then means "nothing can be stored", not "something stored could not be read".
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.indexed_db(), Ok(Some(_))))
}

/// Opens the database, creating its store on first use.
async fn open() -> Result<IdbDatabase, StorageError> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(StorageError::Blocked)?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, VERSION).map_err(reason)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(database) = upgrading.result().map(IdbDatabase::unchecked_from_js) {
            if !database.object_store_names().contains(FILES) {
                let _ = database.create_object_store(FILES);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    // Another tab's open connection holds up an upgrade until it closes: said in the console.
    let on_blocked = Closure::once_into_js(move || {
        web_sys::console::warn_1(&"stockage local : mise à jour en attente d'un autre onglet de Tournée".into());
    });
    request.set_onblocked(Some(on_blocked.unchecked_ref()));
    let database: IdbDatabase = settle(&request).await?.unchecked_into();
    // A newer version opening the database elsewhere never waits on this connection.
    let closing = database.clone();
    let on_version_change = Closure::once_into_js(move || closing.close());
    database.set_onversionchange(Some(on_version_change.unchecked_ref()));
    Ok(database)
}

/// Resolves once `transaction` is committed to disk, or fails with why it was not (a full disk
/// aborts it with `QuotaExceededError`).
async fn committed(transaction: &IdbTransaction, done: js_sys::Promise) -> Result<(), StorageError> {
    JsFuture::from(done)
        .await
        .map(drop)
        .map_err(|_| transaction.error().map_or(StorageError::NotWritten, |e| StorageError::of_exception(&e)))
}

/// A promise settled by the transaction's end, set up before any request runs.
fn on_commit(transaction: &IdbTransaction) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = reject.clone();
        let on_error = Closure::once_into_js(move || {
            let _ = failed.call0(&JsValue::NULL);
        });
        let on_abort = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onerror(Some(on_error.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    })
}

/// Runs one write request and resolves when the storage says it is written: when the
/// transaction commits, not merely when the request succeeds.
async fn write(request: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>) -> Result<(), StorageError> {
    let database = open().await?;
    let transaction = database.transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite).map_err(reason)?;
    let done = on_commit(&transaction);
    let store = transaction.object_store(FILES).map_err(reason)?;
    let request = request(&store).map_err(reason)?;
    let written = settle(&request).await;
    let commit = committed(&transaction, done).await;
    database.close();
    written.and(commit)
}

/// Stores `bytes` under `key`, replacing what was there; done once committed.
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), StorageError> {
    write(|store| store.put_with_key(&js_sys::Uint8Array::from(bytes), &JsValue::from_str(key))).await
}

/// The bytes stored under `key`, if any.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, StorageError> {
    let database = open().await?;
    let store = database.transaction_with_str(FILES).and_then(|t| t.object_store(FILES)).map_err(reason)?;
    let request = store.get(&JsValue::from_str(key)).map_err(reason)?;
    let value = settle(&request).await;
    database.close();
    Ok(value?.dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec()))
}

/// Why [`put_checked`] wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckedPutError<E> {
    /// The check refused what is stored now (written by another tab since this one read it).
    Refused(E),
    /// The storage failed (full, blocked, I/O error).
    Storage(StorageError),
}

/// Stores `bytes` under `key` only if `check` accepts what is stored there now, read in the same
/// transaction: no other tab can write between the check and the write. Done once committed.
pub async fn put_checked<E: 'static>(
    key: &str,
    bytes: &[u8],
    check: impl FnOnce(Option<Vec<u8>>) -> Result<(), E> + 'static,
) -> Result<(), CheckedPutError<E>> {
    let storage = |error: JsValue| CheckedPutError::Storage(reason(error));
    let database = open().await.map_err(CheckedPutError::Storage)?;
    let transaction = database.transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite).map_err(storage)?;
    let done = on_commit(&transaction);
    let store = transaction.object_store(FILES).map_err(storage)?;
    let (key, value) = (JsValue::from_str(key), js_sys::Uint8Array::from(bytes));
    let read = store.get(&key).map_err(storage)?;
    let refused: Rc<RefCell<Option<E>>> = Rc::default();
    let not_put: Rc<RefCell<Option<StorageError>>> = Rc::default();
    let (outcome, failed, reading, aborting) =
        (Rc::clone(&refused), Rc::clone(&not_put), read.clone(), transaction.clone());
    // The write is issued from the read's success event, while the transaction is still active;
    // a write the browser refuses at once (it throws) aborts the transaction, so that it is not
    // taken for written.
    let on_read = Closure::once_into_js(move || {
        let stored = reading.result().ok().and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok()).map(|a| a.to_vec());
        match check(stored) {
            Ok(()) => {
                if let Err(error) = store.put_with_key(&value, &key) {
                    *failed.borrow_mut() = Some(reason(error));
                    let _ = aborting.abort();
                }
            }
            Err(error) => {
                *outcome.borrow_mut() = Some(error);
                let _ = aborting.abort();
            }
        }
    });
    read.set_onsuccess(Some(on_read.unchecked_ref()));
    let commit = committed(&transaction, done).await;
    database.close();
    match (refused.take(), not_put.take(), commit) {
        (Some(error), _, _) => Err(CheckedPutError::Refused(error)),
        (None, Some(error), _) => Err(CheckedPutError::Storage(error)),
        (None, None, Ok(())) => Ok(()),
        (None, None, Err(reason)) => Err(CheckedPutError::Storage(reason)),
    }
}

/// Every key starting with `prefix` and its bytes, in key order, read in one transaction (a
/// value that is not bytes comes back empty, for its reader to refuse).
pub async fn get_prefixed(prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StorageError> {
    let database = open().await?;
    let store = database.transaction_with_str(FILES).and_then(|t| t.object_store(FILES)).map_err(reason)?;
    let range = IdbKeyRange::bound(&JsValue::from_str(prefix), &JsValue::from_str(&format!("{prefix}\u{ffff}")))
        .map_err(reason)?;
    let keys = store.get_all_keys_with_key(&range).map_err(reason)?;
    let values = store.get_all_with_key(&range).map_err(reason)?;
    let (keys, values) = (settle(&keys).await, settle(&values).await);
    database.close();
    let (keys, values): (js_sys::Array, js_sys::Array) = (keys?.unchecked_into(), values?.unchecked_into());
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| {
            let bytes = value.dyn_into::<js_sys::Uint8Array>().map(|a| a.to_vec()).unwrap_or_default();
            Some((key.as_string()?, bytes))
        })
        .collect())
}

/// Removes what is stored under `key`; done once committed.
pub async fn delete(key: &str) -> Result<(), StorageError> {
    write(|store| store.delete(&JsValue::from_str(key))).await
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
