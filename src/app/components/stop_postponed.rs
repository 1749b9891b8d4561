//! A postponed stop, opened: the day its job went to, another day to choose instead (or a slot
//! found for it, « Proposer un créneau »), and the SMS that tells the customer.

use super::SlotFinder;
use crate::app::i18n::Language;
use crate::app::links::{postponed_message, sms};
use crate::app::planning::{carried_to, move_postponed};
use crate::app::state::use_app;
use crate::app::texts::{SlotText, StopText};
use crate::model::IsoDate;
use crate::plan::slot_finder::working_dates;
use yew::prelude::*;

/// Properties of [`StopPostponed`].
#[derive(Properties, PartialEq)]
pub struct StopPostponedProps {
    /// The postponed job.
    pub intervention: String,
    /// The customer's phone, for the SMS.
    pub phone: Option<String>,
}

/// The day the job went to, the choice of another, and the SMS.
#[function_component]
pub fn StopPostponed(props: &StopPostponedProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let finding = use_state(|| false);
    let Some(today) = app.day.as_ref().map(|day| day.date) else { return html! {} };
    let carried = carried_to(&app, &props.intervention);
    let flagged = carried.and_then(|date| app.other.on(date)).is_some_and(|stored| {
        stored.day.interventions.iter().any(|job| job.id == props.intervention && crate::model::needs_crew_lead(job))
    });
    let job = app.day.as_ref().and_then(|day| day.interventions.iter().find(|j| j.id == props.intervention).cloned());
    let open_finder = {
        let finding = finding.clone();
        Callback::from(move |_: MouseEvent| finding.set(true))
    };
    let close_finder = {
        let finding = finding.clone();
        Callback::from(move |()| finding.set(false))
    };
    let days: Vec<IsoDate> = working_dates(today, app.settings.slot_days as usize + 1).into_iter().skip(1).collect();
    let on_change = {
        let (app, id) = (app.clone(), props.intervention.clone());
        Callback::from(move |event: Event| {
            let chosen =
                event.target_dyn_into::<web_sys::HtmlSelectElement>().and_then(|select| select.value().parse().ok());
            if let Some(date) = chosen {
                move_postponed(&app, &id, date);
            }
        })
    };
    html! {
        <div class="stop-postponed">
            <p class="postponed-to">
                { match carried {
                    Some(date) => format!("↷ {} {}", language.tr(StopText::PostponedTo), language.short_date(date)),
                    None => language.tr(StopText::NotCarried).to_string(),
                } }
            </p>
            if flagged { <p class="postponed-twice" role="status">{ "⚠ " }{ language.tr(StopText::PostponedTwice) }</p> }
            <label class="field">
                <span>{ language.tr(StopText::ChangeDay) }</span>
                <select class="postpone-day" onchange={on_change}>
                    { for days.iter().map(|date| html! {
                        <option value={date.to_string()} selected={Some(*date) == carried}>{ language.short_date(*date) }</option>
                    }) }
                </select>
            </label>
            <button class="button button-wide find-slot" type="button" onclick={open_finder}>{ language.tr(SlotText::FindSlot) }</button>
            if let (true, Some(job)) = (*finding, job) {
                <SlotFinder {job} postponed={true} on_close={close_finder} />
            }
            if let (Some(phone), Some(date)) = (&props.phone, carried) {
                <a class="button button-wide tell-postponed" href={sms(phone, &postponed_message(&Language::Fr.long_date(date)))}>
                    { language.tr(StopText::TellPostponed) }
                </a>
            }
        </div>
    }
}
