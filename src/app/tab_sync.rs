//! Tabs of the app told of each other's writes, over a `BroadcastChannel`: the installed app and
//! a browser tab open on the same phone re-read what the other stored, as a reload would,
//! instead of going on from a stale copy. (A stale write is refused anyway, see
//! [`super::revision`]; this keeps the screen right.)

use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Name of the channel every tab of the app joins.
const CHANNEL: &str = "tournee";

/// What a tab stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The day (interventions, crew, date).
    Day,
    /// The plan followed.
    Plan,
    /// An event of the log of this date.
    Log(String),
    /// One of the days besides the one on screen.
    OtherDays,
}

/// The message sent for `change`, with the app's version (a tab of another version re-reads
/// too: what it reads is checked by schema like any stored record).
fn message(change: &Change) -> String {
    serde_json::json!({ "version": env!("CARGO_PKG_VERSION"), "change": change }).to_string()
}

/// The change a message tells of, if it is one.
fn change_of(message: &str) -> Option<Change> {
    let value: serde_json::Value = serde_json::from_str(message).ok()?;
    serde_json::from_value(value.get("change")?.clone()).ok()
}

thread_local! {
    static CHANNEL_HANDLE: RefCell<Option<web_sys::BroadcastChannel>> =
        RefCell::new(web_sys::BroadcastChannel::new(CHANNEL).ok());
}

/// Tells the other tabs that this one stored `change` (nothing when the browser has no channel).
pub fn announce(change: &Change) {
    CHANNEL_HANDLE.with(|channel| {
        if let Some(channel) = channel.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str(&message(change)));
        }
    });
}

/// Calls `on_change` for every change another tab announces, for as long as the page lives.
pub fn listen(on_change: impl Fn(Change) + 'static) {
    CHANNEL_HANDLE.with(|channel| {
        if let Some(channel) = channel.borrow().as_ref() {
            let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                if let Some(change) = event.data().as_string().as_deref().and_then(change_of) {
                    on_change(change);
                }
            });
            channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            handler.forget();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_survives_its_message_and_anything_else_is_ignored() {
        for change in [Change::Day, Change::Plan, Change::Log("2026-12-02".into()), Change::OtherDays] {
            assert_eq!(change_of(&message(&change)), Some(change));
        }
        assert!(message(&Change::Plan).contains(env!("CARGO_PKG_VERSION")));
        assert_eq!(change_of("{\"change\":\"weather\"}"), None);
        assert_eq!(change_of("not json"), None);
    }
}
