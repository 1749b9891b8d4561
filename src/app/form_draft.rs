//! Half-filled forms are never lost: the back button closes a form (on Android it closes a
//! dialog, it does not leave the page), and the fields as typed are kept in localStorage until
//! the form is saved or cancelled, so that the form opens again on them, after the back button,
//! a tab switch or a killed tab alike.

use serde::{de::DeserializeOwned, Serialize};
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

/// What a form keeps as its draft: its fields as typed, stored as JSON.
pub trait DraftState: Serialize + DeserializeOwned + Clone + PartialEq + 'static {
    /// The untouched form `self` with a kept draft put over it (by default the draft as kept:
    /// a form whose fields changed since overrides this, or reads missing fields as default).
    fn with_kept(self, kept: Self) -> Self {
        kept
    }
}

impl DraftState for DraftFields {
    /// Only the fields the form still has are taken back.
    fn with_kept(mut self, kept: Self) -> Self {
        for (field, value) in self.iter_mut() {
            if let Some(typed) = kept.get(field) {
                value.clone_from(typed);
            }
        }
        self
    }
}

/// The draft stored as `text`; `None` when it does not read (an older or damaged draft is
/// dropped, never an error: the form opens untouched).
pub fn decode<T: DraftState>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept under `key`, if any and readable.
fn load<T: DraftState>(key: &str) -> Option<T> {
    decode(&storage()?.get_item(key).ok()??)
}

/// Whether a draft is kept under `key` (the button that opens the form says « Reprendre »).
pub fn is_kept(key: &str) -> bool {
    storage().and_then(|s| s.get_item(key).ok().flatten()).is_some()
}

/// Keeps `state` under `key` (nothing when site storage is blocked or full: the form still
/// works, the draft is only lost with the tab).
fn save<T: DraftState>(key: &str, state: &T) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, &serde_json::to_string(state).expect("a draft is plain data"));
    }
}

/// Forgets the draft under `key`.
fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// A form's typed state, kept under its key while it differs from the untouched form.
pub struct Draft<T: DraftState> {
    /// The fields as typed: the form sets it as the user types.
    pub state: UseStateHandle<T>,
    /// Whether the form opened on a kept draft (it says so, and offers to start again).
    pub resumed: bool,
    /// Back to the untouched form; the draft is forgotten.
    pub restart: Callback<()>,
    /// Forgets the draft: the form was saved or cancelled.
    pub forget: Callback<()>,
}

/// The state of a form that keeps its draft under `key`; `untouched` is what the form shows
/// when nothing was typed (an empty form, or the record edited).
#[hook]
pub fn use_draft<T: DraftState>(key: String, untouched: T) -> Draft<T> {
    let kept = use_state(|| load::<T>(&key));
    let state = use_state(|| match (*kept).clone() {
        Some(draft) => untouched.clone().with_kept(draft),
        None => untouched.clone(),
    });
    {
        let (key, untouched) = (key.clone(), untouched.clone());
        use_effect_with((*state).clone(), move |state| {
            if *state == untouched {
                clear(&key);
            } else {
                save(&key, state);
            }
        });
    }
    let restart = {
        let (state, kept) = (state.clone(), kept.clone());
        Callback::from(move |()| {
            state.set(untouched.clone());
            kept.set(None);
        })
    };
    let forget = Callback::from(move |()| clear(&key));
    Draft { resumed: kept.is_some(), state, restart, forget }
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
        assert_eq!(decode::<DraftFields>("{\"client\":"), None);
    }

    #[test]
    fn a_kept_draft_fills_only_the_fields_the_form_still_has() {
        let untouched: DraftFields =
            [("client".to_string(), String::new()), ("commune".to_string(), "Allos".to_string())].into();
        let kept: DraftFields =
            [("client".to_string(), "Mairie".to_string()), ("fax".to_string(), "04 92".to_string())].into();
        let merged = untouched.with_kept(kept);
        assert_eq!(merged.get("client").map(String::as_str), Some("Mairie"));
        assert_eq!(merged.get("commune").map(String::as_str), Some("Allos"), "a field the draft lacks stays");
        assert!(!merged.contains_key("fax"), "a field the form no longer has is dropped");
    }
}
