//! « Routes coupées (2) » on Journée: each closure kept with the day, its cause, place, end and
//! note, and « Rouvrir la route », asked twice so that a stray tap never reopens a road.

use crate::app::components::{Icon, IconKind};
use crate::app::i18n::Language;
use crate::app::state::use_app;
use crate::app::texts::{ClosureText, CommonText};
use crate::model::RoadClosure;
use yew::prelude::*;

/// Properties of [`ClosureItem`].
#[derive(Properties, PartialEq)]
struct ClosureItemProps {
    closure: RoadClosure,
    in_force: bool,
    language: Language,
}

/// One closure, with its reopen button and the confirmation.
#[function_component]
fn ClosureItem(props: &ClosureItemProps) -> Html {
    let app = use_app();
    let confirming = use_state(|| false);
    let (closure, language) = (&props.closure, props.language);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let reopen = {
        let (app, closure, confirming) = (app.clone(), closure.clone(), confirming.clone());
        Callback::from(move |_| {
            confirming.set(false);
            crate::app::planning::reopen_road(&app, &closure);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let mut facts = vec![language.closure_place(closure), language.closure_until(closure.until)];
    if !props.in_force {
        facts.push(language.tr(ClosureText::NotInForce).to_string());
    }
    html! {
        <li class="closure">
            <strong><Icon kind={IconKind::RoadClosed} />{ language.closure_reason(closure.reason) }</strong>
            <p>{ facts.join(" · ") }</p>
            if !closure.note.is_empty() { <p class="closure-note">{ &closure.note }</p> }
            if *confirming {
                <div class="closure-actions">
                    <button class="button button-primary confirm-reopen" type="button" onclick={reopen}>{ language.tr(ClosureText::ConfirmReopen) }</button>
                    <button class="button" type="button" onclick={keep}>{ language.tr(CommonText::Cancel) }</button>
                </div>
            } else {
                <button class="button reopen-road" type="button" onclick={ask}>{ language.tr(ClosureText::Reopen) }</button>
            }
        </li>
    }
}

/// The day's closures, or nothing when there is none.
#[function_component]
pub fn ClosuresList() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let Some(day) = app.day.as_ref().filter(|day| !day.closures.is_empty()) else { return html! {} };
    html! {
        <section class="card closures">
            <h3>{ language.closures_heading(day.closures.len()) }</h3>
            <ul class="closure-list">
                { for day.closures.iter().map(|closure| html! {
                    <ClosureItem closure={closure.clone()} in_force={closure.in_force_on(day.date)} {language} />
                }) }
            </ul>
        </section>
    }
}
