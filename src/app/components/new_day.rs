//! « Nouvelle journée »: the day on screen is past; today's day is started in its place (the
//! one stored for today, else an empty day of the same crew), with the jobs the past day left
//! unfinished carried over, each one the technician did not untick.

use crate::app::planning::open_day;
use crate::app::state::use_app;
use crate::app::texts::WeekText;
use crate::model::{unfinished, IsoDate};
use yew::prelude::*;

/// Properties of [`NewDay`].
#[derive(Properties, PartialEq)]
pub struct NewDayProps {
    /// Today, in Paris.
    pub today: IsoDate,
}

/// The card, folded until tapped.
#[function_component]
pub fn NewDay(props: &NewDayProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let unticked = use_state(Vec::<String>::new);
    let Some(day) = app.day.clone() else { return html! {} };
    let left: Vec<(String, String)> =
        unfinished(&day, &app.progress).into_iter().map(|job| (job.id.clone(), job.customer.clone())).collect();
    let toggle = |id: String| {
        let unticked = unticked.clone();
        Callback::from(move |_: Event| {
            let mut next = (*unticked).clone();
            match next.iter().position(|other| *other == id) {
                Some(at) => drop(next.remove(at)),
                None => next.push(id.clone()),
            }
            unticked.set(next);
        })
    };
    let start = {
        let (app, unticked, today) = (app.clone(), unticked.clone(), props.today);
        let carried: Vec<String> = left.iter().map(|(id, _)| id.clone()).collect();
        Callback::from(move |_: MouseEvent| {
            let carry = carried.iter().filter(|id| !unticked.contains(id)).cloned().collect();
            open_day(&app, today, carry);
        })
    };
    let start_label = format!("{} {}", language.tr(WeekText::StartDay), language.short_date(props.today));
    html! {
        <details class="card new-day">
            <summary>{ format!("{}{}{start_label}", language.tr(WeekText::NewDayTitle), language.colon()) }</summary>
            if !left.is_empty() {
                <p class="hint">{ language.tr(WeekText::CarryHint) }</p>
                <ul class="carry-list">
                    { for left.iter().map(|(id, customer)| html! {
                        <li>
                            <label class="check carry-job">
                                <input type="checkbox" value={id.clone()} checked={!unticked.contains(id)} onchange={toggle(id.clone())} />
                                <span>{ customer.clone() }</span>
                            </label>
                        </li>
                    }) }
                </ul>
            }
            <button class="button button-primary button-wide start-day" type="button" onclick={start}>{ start_label.clone() }</button>
        </details>
    }
}
