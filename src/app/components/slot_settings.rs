//! Réglages → the slots offered to a calling customer: how many working days the slot finder
//! searches (5 by default) and how wide a slot is (2 h by default).

use crate::app::settings::{MAX_SLOT_DAYS, SLOT_WINDOW_RANGE_MIN};
use crate::app::state::{use_app, Action};
use crate::app::texts::SlotText;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A card with two numeric fields; a value that does not read is left as it was, one out of
/// range is brought back into it.
#[function_component]
pub fn SlotSettings() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let change = |set_days: bool| {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("a number").unchecked_into();
            let settings = app.latest().settings.clone();
            let (mut days, mut window_min) = (settings.slot_days, settings.slot_window_min);
            match input.value().trim().parse::<u32>() {
                Ok(value) if set_days => days = value.clamp(1, MAX_SLOT_DAYS),
                Ok(value) => window_min = value.clamp(SLOT_WINDOW_RANGE_MIN.0, SLOT_WINDOW_RANGE_MIN.1),
                Err(_) => {}
            }
            input.set_value(&if set_days { days } else { window_min }.to_string());
            app.dispatch(Action::SetSlotSettings { days, window_min });
        })
    };
    html! {
        <section class="card slot-settings">
            <h3>{ language.tr(SlotText::SettingsHeading) }</h3>
            <label class="field">
                <span>{ language.tr(SlotText::DaysLabel) }</span>
                <input id="slot-days" type="number" inputmode="numeric" min="1" max={MAX_SLOT_DAYS.to_string()} step="1"
                       value={app.settings.slot_days.to_string()} onchange={change(true)} />
            </label>
            <label class="field">
                <span>{ language.tr(SlotText::WidthLabel) }</span>
                <input id="slot-width" type="number" inputmode="numeric" min={SLOT_WINDOW_RANGE_MIN.0.to_string()}
                       max={SLOT_WINDOW_RANGE_MIN.1.to_string()} step="30"
                       value={app.settings.slot_window_min.to_string()} onchange={change(false)} />
            </label>
        </section>
    }
}
