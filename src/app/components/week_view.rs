//! « Semaine »: the day on screen and the days stored after it, each technician's load on each
//! (jobs, and hours of work out of their shift), the jobs the crew lead must see, and the way
//! to open or prepare another day.

use super::week_exports::WeekExports;
use crate::app::i18n::Language;
use crate::app::planning::open_day;
use crate::app::state::{use_app, PlanState};
use crate::app::texts::WeekText;
use crate::model::{day_load, Day, DayLoad, DayPlan, IsoDate};
use crate::plan::slot_finder::working_dates;
use std::rc::Rc;
use yew::prelude::*;

/// Minutes as « 3 h 05 ».
fn hours(minutes: u32) -> String {
    format!("{} h {:02}", minutes / 60, minutes % 60)
}

/// One day of the week: its date, its jobs, each technician's line, its flagged jobs.
fn day_block(
    day: &Day,
    (plan, failure): (Option<&DayPlan>, Option<String>),
    on_screen: bool,
    language: Language,
    open: Option<Callback<MouseEvent>>,
) -> Html {
    let load: DayLoad = day_load(day, plan);
    let name = |id: &str| day.technicians.iter().find(|t| t.id == id).map_or(id.to_string(), |t| t.name.clone());
    let customer =
        |id: &str| day.interventions.iter().find(|j| j.id == id).map_or(id.to_string(), |j| j.customer.clone());
    let mut heading = format!("{} · {}", language.short_date(day.date), language.jobs(load.jobs));
    if on_screen {
        heading.push_str(&format!(" · {}", language.tr(WeekText::OnScreen)));
    }
    html! {
        <div class={classes!("week-day", on_screen.then_some("week-day-on-screen"))} data-date={day.date.to_string()}>
            <h3 class="week-date">{ heading }</h3>
            <ul class="week-loads">
                { for load.technicians.iter().map(|tech| html! {
                    <li class="week-load" data-technician={tech.technician.clone()}>
                        <span class="week-name">{ name(&tech.technician) }</span>
                        if let Some(cause) = tech.no_route {
                            <span class="week-figures week-no-route">{ format!("⚠ {}", language.no_route_short(cause)) }</span>
                        } else {
                            <span class="week-figures">{ format!("{} · {} / {}", tech.jobs, hours(tech.busy_min), hours(tech.shift_min)) }</span>
                        }
                    </li>
                }) }
            </ul>
            if let Some(failure) = &failure {
                <p class="week-failed" role="alert">{ format!("⚠ {}{}{failure}", language.tr(WeekText::NotPlanned), language.colon()) }</p>
            } else if load.jobs > 0 && !load.planned {
                <p class="hint week-planning" role="status">{ language.tr(WeekText::Planning) }</p>
            } else if load.unassigned > 0 {
                <p class="week-unassigned">{ format!("⚠ {} {}", load.unassigned, language.tr(WeekText::Unassigned)) }</p>
            }
            { for load.flagged.iter().map(|id| html! {
                <p class="week-flag" role="status">{ format!("⚠ {}{}{}", customer(id), language.colon(), language.tr(WeekText::PostponedTwice)) }</p>
            }) }
            if let Some(open) = open {
                <button class="button button-wide open-day" type="button" onclick={open}>{ language.tr(WeekText::OpenDay) }</button>
            }
        </div>
    }
}

/// The week view, on the Interventions tab.
#[function_component]
pub fn WeekView() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let chosen = use_state(|| None::<IsoDate>);
    let Some(current) = app.day.clone() else { return html! {} };
    let open = |date: IsoDate| {
        let app = app.clone();
        Some(Callback::from(move |_: MouseEvent| open_day(&app, date, Vec::new())))
    };
    let followed = app.sync.followed.as_deref();
    let on_screen_failure = match &app.plan {
        PlanState::Failed(failure) => Some(language.failure(failure)),
        _ => None,
    };
    let stored: Vec<IsoDate> = app.other.after(current.date).map(|s| s.day.date).collect();
    let free: Vec<IsoDate> = working_dates(current.date, app.settings.slot_days as usize + 1)
        .into_iter()
        .skip(1)
        .filter(|date| !stored.contains(date))
        .collect();
    let pick = chosen.filter(|date| free.contains(date)).or(free.first().copied());
    let on_pick = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let value = event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|select| select.value());
            chosen.set(value.and_then(|v| v.parse().ok()));
        })
    };
    // The files of the week: each day that has a plan, the day on screen first.
    let mut planned: Vec<(Rc<Day>, Rc<DayPlan>)> = Vec::new();
    if let Some(plan) = &app.sync.followed {
        planned.push((Rc::clone(&current), Rc::clone(plan)));
    }
    let mut not_planned = 0;
    for stored in app.other.after(current.date).filter(|s| !s.day.interventions.is_empty()) {
        match app.other.plan_on(stored.day.date) {
            Some(plan) => planned.push((Rc::new(stored.day.clone()), plan)),
            None => not_planned += 1,
        }
    }
    html! {
        <section class="card week-view">
            <h2>{ language.tr(WeekText::Title) }</h2>
            <p class="hint">{ language.tr(WeekText::Hint) }</p>
            { day_block(&current, (followed, on_screen_failure), true, language, None) }
            { for app.other.after(current.date).map(|s| {
                let plan = app.other.plan_on(s.day.date);
                let failure = app.other.failure_on(s.day.date).map(|error| language.worker_error(error));
                day_block(&s.day, (plan.as_deref(), failure), false, language, open(s.day.date))
            }) }
            if let Some(date) = pick {
                <div class="week-prepare">
                    <label class="field">
                        <span>{ language.tr(WeekText::PrepareDay) }</span>
                        <select class="prepare-date" onchange={on_pick}>
                            { for free.iter().map(|d| html! { <option value={d.to_string()} selected={*d == date}>{ language.short_date(*d) }</option> }) }
                        </select>
                    </label>
                    <button class="button button-wide prepare-day" type="button" onclick={open(date).expect("a callback")}>{ language.tr(WeekText::Prepare) }</button>
                </div>
            }
            <WeekExports days={Rc::new(planned)} {not_planned} />
        </section>
    }
}
