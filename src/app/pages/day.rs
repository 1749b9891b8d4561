//! The Journée tab: the day's timeline per technician (ETAs, windows, drives, waits, risk).

use crate::app::components::{
    numbered_stops, ClosuresList, EmptyState, ExportButtons, IconKind, LegLine, NewDay, NewerDayNotice, ReadyCheck,
    ReplanProposal, StopItem, StopWords,
};
use crate::app::day_store::DayOrigin;
use crate::app::i18n::Language;
use crate::app::state::failure::{Failure, StorageFailure};
use crate::app::state::PlanState;
use crate::app::state::{use_app, AppContext};
use crate::app::texts::{CommonText, DayText, ShellText};
use crate::model::{Day, DayProgress, LatLon, PlannedStop, StopStatus};
use crate::model::{DayPlan, TechnicianPlan};
use crate::plan::coverage::far_from_crew;
use std::rc::Rc;
use yew::prelude::*;

/// Where the drive to `stop` leaves from, when that drive is still ahead: the stop before it
/// (breaks left out), else the technician's start.
fn leg_from(route: &TechnicianPlan, stop: &PlannedStop, day: Option<&Day>, progress: &DayProgress) -> Option<LatLon> {
    if stop.is_break || progress.status(&stop.id) != StopStatus::Planned {
        return None;
    }
    let before = route.stops.iter().take_while(|s| s.id != stop.id).filter(|s| !s.is_break).last();
    match before {
        Some(before) => Some(before.at),
        None => day?.technicians.iter().find(|tech| tech.id == route.technician).map(|tech| tech.shift.start_place),
    }
}

/// One technician's column: totals, then the stops in order (open one for its hand-offs).
fn technician(
    route: &TechnicianPlan,
    day: Option<&Day>,
    progress: &DayProgress,
    focus: Option<&str>,
    language: Language,
) -> Html {
    let job = |id: &str| day.and_then(|day| day.interventions.iter().find(|job| job.id == id));
    let phone = |id: &str| -> Option<AttrValue> { job(id)?.phone.clone().map(AttrValue::from) };
    let address = |id: &str| -> Option<AttrValue> { job(id)?.address.clone().map(AttrValue::from) };
    let notes = |id: &str| -> Option<AttrValue> {
        job(id)
            .map(|job| job.notes.trim())
            .filter(|notes| !notes.is_empty())
            .map(|notes| AttrValue::from(notes.to_string()))
    };
    let skills = |id: &str| job(id).map(|job| job.skills.clone()).unwrap_or_default();
    let assigned = |id: &str| {
        day.and_then(|day| day.interventions.iter().find(|job| job.id == id))
            .is_some_and(|job| job.assigned_to.is_some())
    };
    let others: Vec<(AttrValue, AttrValue)> = day
        .into_iter()
        .flat_map(|day| &day.technicians)
        .filter(|tech| tech.id != route.technician)
        .map(|tech| (AttrValue::from(tech.id.clone()), AttrValue::from(tech.name.clone())))
        .collect();
    let totals = format!(
        "{} {} · {} {} · {} {} · {} km · {}",
        language.tr(DayText::Departure),
        route.departure.map_or_else(|| "—".to_string(), |time| time.to_string()),
        language.tr(DayText::BackAt),
        route.back_at,
        route.travel_min,
        language.tr(DayText::MinutesDriving),
        language.decimal(route.distance_km, 1),
        language.jobs(route.stops.iter().filter(|stop| !stop.is_break).count())
    );
    let overtime =
        (route.overtime_min > 0).then(|| format!("{} {} min", language.tr(CommonText::Overtime), route.overtime_min));
    html! {
        <section class="card technician-plan">
            <h3>{ &route.name }</h3>
            if let Some(no_route) = &route.no_route {
                <p class="card warning no-route" role="alert">{ "⚠ " }{ language.no_route(no_route) }</p>
            } else if route.stops.is_empty() {
                <p class="totals free-day">{ language.tr(DayText::FreeToday) }</p>
            } else {
                <p class="totals">{ totals }</p>
            }
            if let Some(overtime) = overtime { <p class="totals overtime">{ overtime }</p> }
            <ol class="stops">
                { for numbered_stops(&route.stops).map(|(number, stop)| html! {
                    <>
                    if let Some(from) = leg_from(route, stop, day, progress) {
                        <LegLine key={format!("leg-{}", stop.id)} {from} to={stop.at} />
                    }
                    <StopItem key={stop.id.clone()} stop={stop.clone()} {number} {language} technician={route.name.clone()} technician_id={route.technician.clone()} phone={phone(&stop.id)} address={address(&stop.id)} notes={notes(&stop.id)} skills={skills(&stop.id)} status={progress.status(&stop.id)} on_site_min={progress.time_on_site(&stop.id)} signed={progress.signature(&stop.id).map(|(at, file)| (at, file.to_string().into()))} photos={progress.photos(&stop.id)} removed_photo={progress.last_removed_photo(&stop.id)} photo_bytes={progress.photo_bytes()} others={others.clone()} assigned={assigned(&stop.id)} open={focus == Some(stop.id.as_str())} />
                    </>
                }) }
            </ol>
        </section>
    }
}

/// The plan: every technician, then the jobs left out with their reasons, then the exports.
fn plan_view(plan: &Rc<DayPlan>, day: Option<&Rc<Day>>, app: &AppContext, language: Language) -> Html {
    let far = day.and_then(|day| far_from_crew(day));
    html! {
        <>
            if app.day_origin == DayOrigin::Demo { <p class="hint">{ language.tr(CommonText::DemoDay) }</p> }
            if let Some(far) = far {
                <p class="card warning far-from-crew" role="alert">{ "⚠ " }{ language.far_from_crew(&far) }</p>
            }
            <StopWords {language} />
            <ClosuresList />
            { super::day_crew::crew_days(plan, app, language, |route| technician(route, day.map(|day| &**day), &app.progress, app.focus_stop.as_deref(), language)) }
            if !plan.unplanned.is_empty() {
                <section class="card unplanned">
                    <h3>{ language.tr(DayText::UnplannedHeading) }</h3>
                    { super::day_crew::left_out(plan, language) }
                </section>
            }
            if let Some(day) = day { <ExportButtons plan={plan.clone()} day={day.clone()} /> }
        </>
    }
}

/// The optimiser at work: how far, and a way to stop it.
fn progress_bar(app: &AppContext, share: f64, first_shown: bool, language: Language) -> Html {
    let cancel = {
        let app = app.clone();
        Callback::from(move |_| crate::app::planning::cancel(&app))
    };
    let (what, stop) = if first_shown {
        (DayText::PlanImproving, language.tr(DayText::KeepThisPlan))
    } else {
        (DayText::PlanSolving, language.tr(CommonText::Cancel))
    };
    html! {
        <section class="card solving" aria-live="polite">
            <p class="empty-title">{ language.tr(what) }</p>
            <progress max="1" value={format!("{share:.2}")} aria-label={language.tr(DayText::PlanSolving)}></progress>
            <button class="button" type="button" onclick={cancel}>{ stop }</button>
        </section>
    }
}

/// The day's plan, or what is happening until it is there.
#[function_component]
pub fn DayPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let optimise = {
        let app = app.clone();
        Callback::from(move |_| crate::app::planning::optimise(&app))
    };
    // The day planned, and whether it is today (in Paris): re-planning « from now » another day
    // is asked twice, never done by a stray tap.
    let date = app.day.as_ref().map(|day| day.date);
    // Only with a day loaded (the browser's clock is not there when rendering natively).
    let today = date.map(|_| crate::app::planning::today());
    let other_day = date.is_some() && date != today;
    let confirming = use_state(|| false);
    let replan = {
        let (app, confirming) = (app.clone(), confirming.clone());
        Callback::from(move |_| {
            if other_day && !*confirming {
                confirming.set(true);
                return;
            }
            confirming.set(false);
            let app = app.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let position = crate::app::geolocation::current_position().await;
                crate::app::planning::replan(&app, position);
            });
        })
    };
    let date_line = match date {
        Some(date) => html! {
            <>
                <p class="day-date">{ language.long_date(date) }</p>
                if let (true, Some(today)) = (other_day, today) {
                    <p class="not-today" role="status">{ format!("⚠ {} {}.", language.tr(DayText::NotToday), language.long_date(today)) }</p>
                    if date < today { <NewDay {today} /> }
                }
            </>
        },
        None => html! {},
    };
    // A stop tapped on the map is brought into view, opened.
    use_effect_with(app.focus_stop.clone(), |focus| {
        if let Some(id) = focus {
            let stop = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(&format!(".stop[data-id=\"{}\"]", id.replace('"', ""))).ok().flatten());
            if let Some(stop) = stop {
                stop.scroll_into_view();
            }
        }
    });
    let started = !app.progress.events.is_empty();
    let main_button = if started {
        let label = if *confirming { DayText::ReplanOtherDay } else { DayText::Replan };
        html! { <button class="button button-primary button-wide replan" type="button" onclick={replan}>{ language.tr(label) }</button> }
    } else {
        html! { <button class="button button-primary button-wide optimise" type="button" onclick={optimise}>{ language.tr(DayText::Optimise) }</button> }
    };
    let day = app.day.as_ref();
    match &app.plan {
        PlanState::Ready(plan) => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                { date_line.clone() }
                <ReadyCheck />
                { main_button }
                { plan_view(plan, day, &app, language) }
            </>
        },
        PlanState::Proposed { current, proposal, changes, crossed } => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                { date_line.clone() }
                <ReplanProposal current={current.clone()} proposal={proposal.clone()} changes={changes.clone()} crossed={crossed.clone()} />
                { plan_view(proposal, day, &app, language) }
            </>
        },
        PlanState::Solving { share, previous, first, .. } => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                { date_line.clone() }
                { progress_bar(&app, *share, first.is_some(), language) }
                if let Some(plan) = first {
                    <div class="first-plan">{ plan_view(plan, day, &app, language) }</div>
                } else if let Some(plan) = previous {
                    <div class="stale">{ plan_view(plan, day, &app, language) }</div>
                }
            </>
        },
        PlanState::Failed(failure) => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                <div class="error" role="alert"><strong>{ "⚠ " }{ language.tr(failure_heading(failure)) }</strong><p>{ language.failure(failure) }</p></div>
                { main_button }
            </>
        },
        PlanState::NewerDay { schema, set_aside_failed } => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                <NewerDayNotice schema={*schema} set_aside_failed={set_aside_failed.clone()} />
            </>
        },
        PlanState::Idle => html! {
            <EmptyState heading={language.tr(ShellText::TabDay)} icon={IconKind::Day} title={language.tr(DayText::DayEmptyTitle)} hint={language.tr(DayText::DayEmptyHint)} />
        },
    }
}

/// The heading over a failure on Journée: the day itself could not be read, or it could not be
/// planned.
fn failure_heading(failure: &Failure) -> DayText {
    match failure {
        Failure::DemoDay(_) | Failure::Storage(StorageFailure::DayRead(_) | StorageFailure::LogRead(_)) => {
            DayText::DayUnavailable
        }
        _ => DayText::PlanFailed,
    }
}
