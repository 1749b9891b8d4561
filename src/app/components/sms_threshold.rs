//! Réglages → the crew's SMS threshold for re-plans: how many minutes a visit may move inside
//! its window before the customer is worth an SMS (15 by default).

use crate::app::settings::MAX_SMS_THRESHOLD_MIN;
use crate::app::state::{use_app, Action};
use crate::app::texts::DayText;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A card with one numeric field; a value that does not read is left as it was.
#[function_component]
pub fn SmsThreshold() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let onchange = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("a number").unchecked_into();
            match input.value().trim().parse::<u32>() {
                Ok(minutes) => app.dispatch(Action::SetSmsThreshold(minutes.min(MAX_SMS_THRESHOLD_MIN))),
                Err(_) => input.set_value(&app.latest().settings.sms_threshold_min.to_string()),
            }
        })
    };
    html! {
        <section class="card sms-threshold">
            <h3>{ language.tr(DayText::SmsThresholdHeading) }</h3>
            <label class="field">
                <span>{ language.tr(DayText::SmsThresholdLabel) }</span>
                <input id="sms-threshold" type="number" inputmode="numeric" min="0" max={MAX_SMS_THRESHOLD_MIN.to_string()} step="1"
                       value={app.settings.sms_threshold_min.to_string()} {onchange} />
                <span class="hint">{ language.tr(DayText::SmsThresholdHint) }</span>
            </label>
        </section>
    }
}
