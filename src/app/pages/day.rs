//! The Journée tab: the day's timeline per technician (ETAs, windows, drives, waits, risk).

use crate::app::components::{numbered_stops, StopWords};
use crate::app::components::{EmptyState, ExportButtons, Icon, IconKind, NewerDayNotice, ReadyCheck, StopItem};
use crate::app::day_store::DayOrigin;
use crate::app::i18n::Language;
use crate::app::state::PlanState;
use crate::app::state::{use_app, AppContext};
use crate::app::texts::{CommonText, DayText, ShellText};
use crate::model::{Day, DayProgress, EventKind, ProgressEvent};
use crate::model::{DayPlan, TechnicianPlan};
use crate::plan::coverage::far_from_crew;
use crate::plan::replan::StopChange;
use std::rc::Rc;
use yew::prelude::*;

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
        "{} {} · {} {} · {} {} · {} km · {} {}",
        language.tr(DayText::Departure),
        route.departure.map_or_else(|| "—".to_string(), |time| time.to_string()),
        language.tr(DayText::BackAt),
        route.back_at,
        route.travel_min,
        language.tr(DayText::MinutesDriving),
        language.decimal(route.distance_km, 1),
        route.stops.iter().filter(|stop| !stop.is_break).count(),
        language.tr(CommonText::Stops)
    );
    let overtime =
        (route.overtime_min > 0).then(|| format!("{} {} min", language.tr(CommonText::Overtime), route.overtime_min));
    html! {
        <section class="card technician-plan">
            <h3>{ &route.name }</h3>
            if route.stops.is_empty() {
                <p class="totals free-day">{ language.tr(DayText::FreeToday) }</p>
            } else {
                <p class="totals">{ totals }</p>
            }
            if let Some(overtime) = overtime { <p class="totals overtime">{ overtime }</p> }
            <ol class="stops">
                { for numbered_stops(&route.stops).map(|(number, stop)| html! {
                    <StopItem key={stop.id.clone()} stop={stop.clone()} {number} {language} technician={route.name.clone()} technician_id={route.technician.clone()} phone={phone(&stop.id)} address={address(&stop.id)} notes={notes(&stop.id)} skills={skills(&stop.id)} status={progress.status(&stop.id)} others={others.clone()} assigned={assigned(&stop.id)} open={focus == Some(stop.id.as_str())} />
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
            { for plan.technicians.iter().map(|route| technician(route, day.map(|day| &**day), &app.progress, app.focus_stop.as_deref(), language)) }
            if !plan.unplanned.is_empty() {
                <section class="card unplanned">
                    <h3>{ language.tr(DayText::UnplannedHeading) }</h3>
                    <ul>
                        { for plan.unplanned.iter().map(|job| html! { <li><strong>{ language.unplanned_name(job) }</strong>{ " — " }{ language.unplanned(job) }</li> }) }
                    </ul>
                </section>
            }
            if let Some(day) = day { <ExportButtons plan={plan.clone()} day={day.clone()} /> }
        </>
    }
}

/// One customer's change, with the prepared SMS (a missed appointment is never a surprise).
fn change_item(change: &StopChange, plan: &DayPlan, day: Option<&Day>, app: &AppContext, language: Language) -> Html {
    let job = day.and_then(|day| day.interventions.iter().find(|job| job.id == change.id));
    let technician = plan
        .technicians
        .iter()
        .find(|route| route.stops.iter().any(|stop| stop.id == change.id))
        .map_or("", |route| route.name.as_str());
    let times = match (&change.before, &change.after) {
        (Some(before), Some(after)) => format!("{before} → {after}"),
        (Some(before), None) => format!("{before} → {}", language.tr(DayText::NotPlannedAnyMore)),
        (None, Some(after)) => format!("+ {after}"),
        (None, None) => String::new(),
    };
    let mut facts = vec![times];
    facts.extend(change.window.map(|window| window.to_string()));
    if change.missed && change.after.is_some() {
        facts.push(language.tr(DayText::OutOfWindow).to_string());
    }
    facts.extend(change.reason.as_ref().map(|job| language.unplanned(job)));
    let sms = job.and_then(|job| job.phone.clone()).map(|phone| {
        let (message, label) = match &change.after {
            Some(after) if !change.missed => {
                (crate::app::links::new_time_message(technician, *after, change.window), DayText::SmsNewTime)
            }
            _ => (crate::app::links::missed_window_message(technician, change.window), DayText::SmsNewSlot),
        };
        let (app, id) = (app.clone(), change.id.clone());
        let told = Callback::from(move |_| {
            let event = ProgressEvent { intervention: id.clone(), at: crate::app::planning::now(), kind: EventKind::SmsPrepared };
            let _ = crate::app::planning::record(&app, event);
        });
        html! { <a class="button sms-change" href={crate::app::links::sms(&phone, &message)} onclick={told}>{ language.tr(label) }</a> }
    });
    html! {
        <li class={classes!("change", change.missed.then_some("change-missed"))} data-id={change.id.clone()}>
            <strong>if change.missed { <Icon kind={IconKind::Late} /> } else { { "↻ " } }{ &change.customer }</strong>
            <p>{ facts.join(" · ") }</p>
            { for sms }
        </li>
    }
}

/// A re-planned rest of the day: what changes for customers, then accept or keep.
fn proposal_view(
    current: &Rc<DayPlan>,
    proposal: &Rc<DayPlan>,
    changes: &[StopChange],
    app: &AppContext,
    language: Language,
) -> Html {
    let day = app.day.as_deref();
    let (missed, moved): (Vec<&StopChange>, Vec<&StopChange>) = changes.iter().partition(|c| c.missed);
    let accept = {
        let (app, proposal) = (app.clone(), proposal.clone());
        Callback::from(move |_| crate::app::planning::accept(&app, &proposal))
    };
    let keep = {
        let app = app.clone();
        Callback::from(move |_| crate::app::planning::keep_current(&app))
    };
    html! {
        <section class="card proposal" aria-live="polite">
            <h3>{ language.tr(DayText::ProposalHeading) }</h3>
            if changes.is_empty() { <p>{ language.tr(DayText::ProposalNoChange) }</p> }
            if !missed.is_empty() {
                <h4>{ language.tr(DayText::MissedHeading) }</h4>
                <ul class="changes changes-missed">{ for missed.iter().map(|c| change_item(c, current, day, app, language)) }</ul>
            }
            if !moved.is_empty() {
                <h4>{ language.tr(DayText::MovedHeading) }</h4>
                <ul class="changes changes-moved">{ for moved.iter().map(|c| change_item(c, proposal, day, app, language)) }</ul>
            }
            <button class="button button-primary button-wide accept-plan" type="button" onclick={accept}>{ language.tr(DayText::AcceptPlan) }</button>
            <button class="button button-wide keep-plan" type="button" onclick={keep}>{ language.tr(DayText::KeepPlan) }</button>
        </section>
    }
}

/// The optimiser at work: how far, and a way to stop it.
fn progress_bar(app: &AppContext, share: f64, language: Language) -> Html {
    let cancel = {
        let app = app.clone();
        Callback::from(move |_| crate::app::planning::cancel(&app))
    };
    html! {
        <section class="card solving" aria-live="polite">
            <p class="empty-title">{ language.tr(DayText::PlanSolving) }</p>
            <progress max="1" value={format!("{share:.2}")} aria-label={language.tr(DayText::PlanSolving)}></progress>
            <button class="button" type="button" onclick={cancel}>{ language.tr(CommonText::Cancel) }</button>
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
        PlanState::Proposed { current, proposal, changes } => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                { date_line.clone() }
                { proposal_view(current, proposal, changes, &app, language) }
                { plan_view(proposal, day, &app, language) }
            </>
        },
        PlanState::Solving { share, previous, .. } => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                { date_line.clone() }
                { progress_bar(&app, *share, language) }
                if let Some(plan) = previous { <div class="stale">{ plan_view(plan, day, &app, language) }</div> }
            </>
        },
        PlanState::Failed(failure) => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                <div class="error" role="alert"><strong>{ "⚠ " }{ language.tr(DayText::PlanFailed) }</strong><p>{ language.failure(failure) }</p></div>
                { main_button }
            </>
        },
        PlanState::NewerDay { schema } => html! {
            <>
                <h2 class="page-title">{ language.tr(ShellText::TabDay) }</h2>
                <NewerDayNotice schema={*schema} />
            </>
        },
        PlanState::Idle => html! {
            <EmptyState heading={language.tr(ShellText::TabDay)} icon={IconKind::Day} title={language.tr(DayText::DayEmptyTitle)} hint={language.tr(DayText::DayEmptyHint)} />
        },
    }
}
