//! Journée's list of the technicians' days: « Ma journée » (the phone's owner's day only) or
//! « Équipe » (every technician; beyond three, each folded to one summary line that opens), and
//! the jobs left out, summed up by reason when they are many.

use crate::app::components::{Icon, IconKind};
use crate::app::i18n::Language;
use crate::app::settings::DayView;
use crate::app::state::{Action, AppContext};
use crate::app::technician_colour::colour_class;
use crate::app::texts::{CrewViewText, DayText};
use crate::model::{DayPlan, TechnicianPlan, UnplannedJob};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Up to this many technicians, « Équipe » shows every day open, as a small crew reads it best;
/// beyond, each day is folded to its summary line (eight full days are 27,000 px on a phone).
const OPEN_UP_TO: usize = 3;

/// Up to this many jobs left out, each is listed with its reason; beyond, they are counted by
/// reason and their names folded.
const LISTED_UP_TO: usize = 5;

/// The technicians' days as the view chosen shows them, each full day drawn by `card`.
/// A stop opened from the map is always shown, whoever's day it is in.
pub fn crew_days(plan: &DayPlan, app: &AppContext, language: Language, card: impl Fn(&TechnicianPlan) -> Html) -> Html {
    if plan.technicians.len() <= 1 {
        return html! { <>{ for plan.technicians.iter().map(card) }</> };
    }
    let view = app.settings.day_view();
    let focus = app.focus_stop.as_deref();
    let holds_focus = |route: &TechnicianPlan| focus.is_some_and(|id| route.stops.iter().any(|stop| stop.id == id));
    let listing = match view {
        DayView::Mine => {
            let me = app.settings.phone_of.as_deref();
            let known = plan.technicians.iter().any(|route| Some(route.technician.as_str()) == me);
            html! {
                <>
                    { who_am_i(plan, app, language) }
                    if !known { <p class="hint choose-me">{ language.tr(CrewViewText::ChooseMeHint) }</p> }
                    { for plan.technicians.iter().filter(|route| Some(route.technician.as_str()) == me || holds_focus(route)).map(&card) }
                </>
            }
        }
        DayView::Crew if plan.technicians.len() <= OPEN_UP_TO => {
            html! { <>{ for plan.technicians.iter().map(&card) }</> }
        }
        DayView::Crew => html! {
            { for plan.technicians.iter().enumerate().map(|(t, route)| html! {
                <details class="crew-day" data-technician={route.technician.clone()} open={holds_focus(route)}>
                    <summary class="crew-day-summary">
                        <span class={classes!("swatch", colour_class("drive", t))} aria-hidden="true"></span>
                        <strong>{ &route.name }</strong>
                        { summary_facts(route, language) }
                    </summary>
                    { card(route) }
                </details>
            }) }
        },
    };
    let choose = |chosen: DayView| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetDayView(chosen)))
    };
    let button = |chosen: DayView, class: &'static str, label: CrewViewText| {
        html! {
            <button type="button" class={classes!("button", class, (view == chosen).then_some("chosen"))} aria-pressed={(view == chosen).to_string()} onclick={choose(chosen)}>{ language.tr(label) }</button>
        }
    };
    html! {
        <>
            <div class="day-view" role="group" aria-label={language.tr(CrewViewText::ViewLabel)}>
                { button(DayView::Mine, "view-mine", CrewViewText::MyDay) }
                { button(DayView::Crew, "view-crew", CrewViewText::Crew) }
            </div>
            { listing }
        </>
    }
}

/// Whose days the map draws as the view chosen on Journée: the whole crew's, or in « Ma
/// journée » the phone owner's alone (the others' stops taken out, each technician keeping his
/// place, so his colour, in the crew). `None`: the plan as it is.
pub fn day_on_map(plan: &DayPlan, view: DayView, me: Option<&str>) -> Option<DayPlan> {
    let me = me.filter(|me| view == DayView::Mine && plan.technicians.iter().any(|route| route.technician == *me))?;
    let technicians =
        plan.technicians
            .iter()
            .map(|route| {
                if route.technician == me {
                    route.clone()
                } else {
                    TechnicianPlan { stops: Vec::new(), ..route.clone() }
                }
            })
            .collect();
    Some(DayPlan { technicians, unplanned: plan.unplanned.clone() })
}

/// « Je suis » and the crew to choose from: the same setting as « C'est mon téléphone » in Réglages.
fn who_am_i(plan: &DayPlan, app: &AppContext, language: Language) -> Html {
    let me = app.settings.phone_of.clone();
    let on_change = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target().expect("a select").unchecked_into();
            let id = select.value();
            app.dispatch(Action::SetPhoneOf((!id.is_empty()).then_some(id)));
        })
    };
    html! {
        <label class="field who-am-i">
            <span>{ language.tr(CrewViewText::IAm) }</span>
            <select onchange={on_change}>
                <option value="" selected={me.is_none()}>{ language.tr(CrewViewText::ChooseMe) }</option>
                { for plan.technicians.iter().map(|route| html! {
                    <option value={route.technician.clone()} selected={me.as_deref() == Some(route.technician.as_str())}>{ &route.name }</option>
                }) }
            </select>
        </label>
    }
}

/// A folded day in one line: jobs, kilometres, time back, and how many stops are late.
fn summary_facts(route: &TechnicianPlan, language: Language) -> Html {
    if let Some(no_route) = route.no_route {
        return html! { <span class="crew-day-facts crew-day-no-route">{ format!("⚠ {}", language.no_route_short(no_route.cause)) }</span> };
    }
    let jobs = route.stops.iter().filter(|stop| !stop.is_break).count();
    if jobs == 0 {
        return html! { <span class="crew-day-facts">{ language.tr(DayText::FreeToday) }</span> };
    }
    let late = route.stops.iter().filter(|stop| stop.late_min > 0).count();
    let facts = format!(
        "{} · {} km · {} {}",
        language.jobs(jobs),
        language.decimal(route.distance_km, 1),
        language.tr(DayText::BackAt),
        route.back_at
    );
    html! {
        <span class="crew-day-facts">
            { facts }
            if late > 0 {
                <span class="crew-day-late">{ " · " }<Icon kind={IconKind::Late} />{ format!("{late} {}", language.tr(CrewViewText::Late)) }</span>
            }
        </span>
    }
}

/// The jobs left out with their reasons; when they are many, counted by reason (what would
/// help said once) and their names folded under « Voir la liste ».
pub fn left_out(plan: &DayPlan, language: Language) -> Html {
    let names = html! {
        <ul>
            { for plan.unplanned.iter().map(|job| html! { <li><strong>{ language.unplanned_name(job) }</strong>{ " — " }{ language.unplanned(job) }</li> }) }
        </ul>
    };
    if plan.unplanned.len() <= LISTED_UP_TO {
        return names;
    }
    // Counted by reason code: jobs off the road at different distances read as one line.
    let mut by_reason: Vec<(&UnplannedJob, usize)> = Vec::new();
    for job in &plan.unplanned {
        match by_reason.iter_mut().find(|(first, _)| first.reason == job.reason) {
            Some((_, count)) => *count += 1,
            None => by_reason.push((job, 1)),
        }
    }
    by_reason.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    let reason = |job: &UnplannedJob, count: usize| match count {
        1 => language.unplanned(job),
        _ => language.unplanned(&UnplannedJob { distance_m: None, ..job.clone() }),
    };
    html! {
        <>
            <ul class="left-out-reasons">
                { for by_reason.into_iter().map(|(job, count)| html! { <li><strong>{ count }</strong>{ " — " }{ reason(job, count) }</li> }) }
            </ul>
            <details class="left-out-names">
                <summary>{ format!("{} ({})", language.tr(CrewViewText::ShowLeftOut), plan.unplanned.len()) }</summary>
                { names }
            </details>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{test_stop, TimeOfDay};

    fn crew_plan() -> DayPlan {
        let route = |id: &str, stops: &[&str]| TechnicianPlan {
            technician: id.into(),
            name: id.into(),
            stops: stops.iter().map(|stop| test_stop(stop, TimeOfDay::MIDNIGHT, false)).collect(),
            departure: None,
            back_at: TimeOfDay::MIDNIGHT,
            travel_min: 0,
            distance_km: 0.0,
            overtime_min: 0,
            no_route: None,
        };
        DayPlan {
            technicians: vec![route("T1", &["A", "B"]), route("T2", &["C"]), route("T3", &["D"])],
            unplanned: Vec::new(),
        }
    }

    #[test]
    fn my_day_on_the_map_is_mine_alone_each_technician_keeping_his_place() {
        let plan = crew_plan();
        let mine = day_on_map(&plan, DayView::Mine, Some("T2")).expect("T2 is in the crew");
        let stops: Vec<Vec<&str>> =
            mine.technicians.iter().map(|route| route.stops.iter().map(|stop| stop.id.as_str()).collect()).collect();
        assert_eq!(stops, [vec![], vec!["C"], vec![]], "T2 keeps the second place, so the second colour");
        assert_eq!(day_on_map(&plan, DayView::Crew, Some("T2")), None, "the crew view draws everyone");
        assert_eq!(day_on_map(&plan, DayView::Mine, None), None, "nobody said whose phone this is");
        assert_eq!(day_on_map(&plan, DayView::Mine, Some("T9")), None, "a technician not in today's crew");
    }
}
