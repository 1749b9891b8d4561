//! « Proposer un créneau »: the best slots for a job over the coming working days, read out to
//! the customer on the phone, sent by SMS (the first three), or booked into its day with one tap.

use crate::app::links::{slot_offer_message, sms};
use crate::app::planning::{book_slot, find_slots, SlotsUnavailable};
use crate::app::state::use_app;
use crate::app::texts::SlotText;
use crate::model::{Intervention, Slot};
use yew::prelude::*;

/// Slots the SMS offers: two or three choices are easy to answer.
const SLOTS_BY_SMS: usize = 3;

/// Properties of [`SlotFinder`].
#[derive(Properties, PartialEq)]
pub struct SlotFinderProps {
    /// The job to place: typed in the form (not saved yet) or one of the day's.
    pub job: Intervention,
    /// Whether the job was postponed today: it cannot be booked back into today.
    pub postponed: bool,
    /// Closes the finder (after a booking too).
    pub on_close: Callback<()>,
    /// Called once a slot is booked, before the finder closes.
    #[prop_or_default]
    pub on_booked: Callback<()>,
}

/// Where the search stands.
#[derive(Clone, PartialEq)]
enum Search {
    /// Asked to the worker.
    Waiting,
    /// The slots, best first.
    Found(Vec<Slot>),
    /// Why there are none: the worker's words.
    Failed(String),
    /// The search could not start.
    Unavailable(SlotsUnavailable),
}

/// The finder, as a dialog over the page; the search starts when it opens.
#[function_component]
pub fn SlotFinder(props: &SlotFinderProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let search = use_state(|| Search::Waiting);
    // Searched again once the day's optimisation ends: the worker is free and the plan current.
    let solving = matches!(app.plan, crate::app::state::PlanState::Solving { .. });
    {
        let (app, search) = (app.clone(), search.clone());
        use_effect_with((props.job.clone(), solving), move |(job, _)| {
            let (found, reader) = (search.clone(), app.clone());
            let on_found = move |result: Result<Vec<Slot>, _>| {
                found.set(match result {
                    Ok(slots) => Search::Found(slots),
                    Err(error) => Search::Failed(reader.latest().settings.language.worker_error(&error)),
                })
            };
            match find_slots(&app, job.clone(), on_found) {
                Ok(()) => search.set(Search::Waiting),
                Err(unavailable) => search.set(Search::Unavailable(unavailable)),
            }
        });
    }
    let today = app.day.as_ref().map(|day| day.date);
    let book = |slot: &Slot| {
        let (app, job, slot) = (app.clone(), props.job.clone(), slot.clone());
        let (on_booked, on_close) = (props.on_booked.clone(), props.on_close.clone());
        Callback::from(move |_| {
            book_slot(&app, &job, &slot);
            on_booked.emit(());
            on_close.emit(());
        })
    };
    let body = match &*search {
        Search::Waiting => html! { <p class="slot-status" role="status">{ language.tr(SlotText::Searching) }</p> },
        Search::Unavailable(SlotsUnavailable::Solving) => {
            html! { <p class="slot-status" role="status">{ language.tr(SlotText::WhileSolving) }</p> }
        }
        Search::Unavailable(SlotsUnavailable::NotReady) => {
            html! { <p class="slot-status" role="status">{ language.tr(SlotText::NotReady) }</p> }
        }
        Search::Failed(words) => html! { <p class="slot-status" role="alert">{ "⚠ " }{ words }</p> },
        Search::Found(slots) if slots.is_empty() => {
            html! { <p class="slot-status" role="status">{ language.tr(SlotText::NoSlot) }</p> }
        }
        Search::Found(slots) => {
            let offers: Vec<String> =
                slots.iter().take(SLOTS_BY_SMS).map(|slot| crate::app::i18n::Language::Fr.slot_when(slot)).collect();
            let bookable = |slot: &Slot| Some(slot.date) != today || !props.postponed;
            html! {
                <>
                    <p class="hint">{ language.tr(SlotText::RankHint) }</p>
                    <ol class="slots">
                        { for slots.iter().map(|slot| html! {
                            <li class="card slot" data-date={slot.date.to_string()} data-window={slot.window.to_string()}>
                                <p class="slot-line">{ language.slot_line(slot) }</p>
                                if bookable(slot) {
                                    <button class="button button-primary book-slot" type="button" onclick={book(slot)}>{ language.tr(SlotText::Book) }</button>
                                }
                            </li>
                        }) }
                    </ol>
                    if let Some(phone) = &props.job.phone {
                        <a class="button button-wide offer-sms" href={sms(phone, &slot_offer_message(&offers))}>{ language.tr(SlotText::OfferBySms) }</a>
                    }
                    <p class="hint">{ language.tr(if props.postponed { SlotText::PostponedNotToday } else { SlotText::BookAnyDay }) }</p>
                </>
            }
        }
    };
    let on_close = props.on_close.reform(|_| ());
    html! {
        <div class="overlay" role="presentation">
            <section class="dialog slot-finder" role="dialog" aria-modal="true" aria-label={language.tr(SlotText::FinderTitle)}>
                <h2>{ language.tr(SlotText::FinderTitle) }</h2>
                <p class="slot-job">{ format!("{} · {} min", props.job.customer, props.job.service_s / 60) }</p>
                { body }
                <button class="button button-wide close-slots" type="button" onclick={on_close}>{ language.tr(SlotText::Close) }</button>
            </section>
        </div>
    }
}
