//! Half-filled forms are never lost: the back button closes a form (on Android it closes a
//! dialog, it does not leave the page), and the fields as typed are kept in localStorage until
//! the form is saved or cancelled, so that the form opens again on them, after the back button,
//! a tab switch or a killed tab alike.

use std::collections::BTreeMap;
use yew::prelude::*;

/// Start of every draft's localStorage key.
const PREFIX: &str = "tournee.draft.";
/// The history state pushed while a form is open.
const FORM_OPEN: &str = "tournee.form-open";

/// A form's fields as typed: field name → text.
pub type DraftFields = BTreeMap<String, String>;

/// The localStorage key of the draft of `form` for record `target` (None: a new record).
pub fn draft_key(form: &str, target: Option<&str>) -> String {
    match target {
        Some(id) => format!("{PREFIX}{form}.edit.{id}"),
        None => format!("{PREFIX}{form}.new"),
    }
}

/// The fields of a stored draft; `None` when there is none or it does not read.
pub fn decode(text: &str) -> Option<DraftFields> {
    serde_json::from_str(text).ok()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept under `key`, if any.
pub fn load(key: &str) -> Option<DraftFields> {
    decode(&storage()?.get_item(key).ok()??)
}

/// Keeps `fields` under `key` (nothing when site storage is blocked: the form still works).
pub fn save(key: &str, fields: &DraftFields) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, &serde_json::to_string(fields).expect("plain text"));
    }
}

/// Forgets the draft under `key` (the form was saved or cancelled).
pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// While the calling form is open, the back button closes it (calls `on_back`) instead of
/// leaving the page: a history entry is pushed when it opens, and removed when it closes
/// otherwise.
#[hook]
pub fn use_back_closes(on_back: Callback<()>) {
    use_effect_with((), move |_| {
        let window = web_sys::window().expect("the app runs in a window");
        let history = window.history().ok();
        if let Some(history) = &history {
            let _ = history.push_state(&wasm_bindgen::JsValue::from_str(FORM_OPEN), "");
        }
        let went_back = std::rc::Rc::new(std::cell::Cell::new(false));
        let listener = {
            let went_back = std::rc::Rc::clone(&went_back);
            gloo_events::EventListener::new(&window, "popstate", move |_| {
                went_back.set(true);
                on_back.emit(());
            })
        };
        move || {
            drop(listener);
            let ours = history.as_ref().and_then(|h| h.state().ok()).and_then(|s| s.as_string());
            if !went_back.get() && ours.as_deref() == Some(FORM_OPEN) {
                if let Some(history) = &history {
                    let _ = history.back();
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_record_has_its_own_draft_and_a_corrupt_one_is_none() {
        assert_eq!(draft_key("intervention", None), "tournee.draft.intervention.new");
        assert_ne!(draft_key("intervention", Some("T-1")), draft_key("intervention", Some("T-2")));
        assert_ne!(draft_key("intervention", Some("T-1")), draft_key("technician", Some("T-1")));
        let fields: DraftFields = [("client".to_string(), "Mme Léa Martin".to_string())].into();
        assert_eq!(decode(&serde_json::to_string(&fields).unwrap()), Some(fields));
        assert_eq!(decode("{\"client\":"), None);
    }
}
