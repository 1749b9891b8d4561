//! « Route coupée »: the short form that closes a road at a point (tapped on the map, or the
//! middle of a leg of the plan): the cause, until when, an optional note. Large choices for a
//! gloved finger; the closure is kept with the day through [`crate::app::planning::close_road`].

use crate::app::state::use_app;
use crate::app::texts::{ClosureText, CommonText};
use crate::model::{ClosureEnd, ClosureReason, IsoDate, RoadClosure};
use crate::road::closure_point::ClosurePoint;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`ClosureForm`].
#[derive(Properties, PartialEq)]
pub struct ClosureFormProps {
    /// Where the road is closed.
    pub point: ClosurePoint,
    /// The form is done with: closed, or cancelled.
    pub on_done: Callback<()>,
}

/// Which end the technician chose, before a date is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EndChoice {
    Tonight,
    OnDate,
    UntilRemoved,
}

/// The value of the input or textarea an event came from.
fn value_of(event: &Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok().map(|input| input.value()))
        .or_else(|| {
            event.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok().map(|area| area.value()))
        })
        .unwrap_or_default()
}

/// The form: where, the cause, until when, a note, then « Fermer la route » or « Annuler ».
#[function_component]
pub fn ClosureForm(props: &ClosureFormProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let reason = use_state(|| ClosureReason::Rockfall);
    let end = use_state(|| EndChoice::Tonight);
    let date = use_state(String::new);
    let note = use_state(String::new);
    let refused = use_state(|| false);
    let Some(day_date) = app.day.as_ref().map(|day| day.date) else { return html! {} };
    let draft = RoadClosure {
        at: props.point.at,
        reason: *reason,
        since: day_date,
        until: ClosureEnd::Tonight,
        road: props.point.road.clone(),
        note: String::new(),
    };
    let place = language.closure_place(&draft);
    let submit = {
        let (app, reason, end, date, note, refused, on_done) = (
            app.clone(),
            reason.clone(),
            end.clone(),
            date.clone(),
            note.clone(),
            refused.clone(),
            props.on_done.clone(),
        );
        let draft = draft.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let until = match *end {
                EndChoice::Tonight => ClosureEnd::Tonight,
                EndChoice::UntilRemoved => ClosureEnd::UntilRemoved,
                EndChoice::OnDate => match date.parse::<IsoDate>() {
                    Ok(last) if last >= day_date => ClosureEnd::Date(last),
                    _ => return refused.set(true),
                },
            };
            let closure = RoadClosure { reason: *reason, until, note: note.trim().to_string(), ..draft.clone() };
            crate::app::planning::close_road(&app, closure);
            on_done.emit(());
        })
    };
    let cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_| on_done.emit(()))
    };
    let reasons = [
        (ClosureReason::Rockfall, "rockfall"),
        (ClosureReason::Snow, "snow"),
        (ClosureReason::Works, "works"),
        (ClosureReason::Other, "other"),
    ];
    let ends = [
        (EndChoice::Tonight, ClosureText::Tonight, "tonight"),
        (EndChoice::OnDate, ClosureText::OnDate, "date"),
        (EndChoice::UntilRemoved, ClosureText::UntilRemoved, "until-removed"),
    ];
    html! {
        <form class="card closure-form" onsubmit={submit}>
            <h4>{ language.tr(ClosureText::FormHeading) }</h4>
            <p class="closure-where">{ format!("{}{}{place}", language.tr(ClosureText::Where), language.colon()) }</p>
            <fieldset class="choices">
                <legend>{ language.tr(ClosureText::Cause) }</legend>
                { for reasons.into_iter().map(|(choice, value)| {
                    let reason = reason.clone();
                    html! {
                        <label class="choice">
                            <input type="radio" name="closure-reason" {value} checked={*reason == choice} onchange={Callback::from(move |_| reason.set(choice))} />
                            { language.closure_reason(choice) }
                        </label>
                    }
                }) }
            </fieldset>
            <fieldset class="choices">
                <legend>{ language.tr(ClosureText::UntilWhen) }</legend>
                { for ends.into_iter().map(|(choice, label, value)| {
                    let end = end.clone();
                    html! {
                        <label class="choice">
                            <input type="radio" name="closure-end" {value} checked={*end == choice} onchange={Callback::from(move |_| end.set(choice))} />
                            { language.tr(label) }
                        </label>
                    }
                }) }
            </fieldset>
            if *end == EndChoice::OnDate {
                <label class="field">
                    <span>{ language.tr(ClosureText::LastDay) }</span>
                    <input type="date" name="closure-date" min={day_date.to_string()} value={(*date).clone()}
                        onchange={{ let date = date.clone(); Callback::from(move |event: Event| date.set(value_of(&event))) }} />
                </label>
                if *refused { <p class="error" role="alert">{ language.tr(ClosureText::DateTooEarly) }</p> }
            }
            <label class="field">
                <span>{ language.tr(ClosureText::Note) }</span>
                <textarea name="closure-note" rows="2" value={(*note).clone()}
                    onchange={{ let note = note.clone(); Callback::from(move |event: Event| note.set(value_of(&event))) }} />
            </label>
            <div class="closure-actions">
                <button class="button button-primary close-road" type="submit">{ language.tr(ClosureText::Confirm) }</button>
                <button class="button" type="button" onclick={cancel}>{ language.tr(CommonText::Cancel) }</button>
            </div>
        </form>
    }
}
