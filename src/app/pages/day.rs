//! The Journée tab: the day's timeline per technician (ETAs, windows, drives, waits, risk).

use crate::app::components::{EmptyState, ExportButtons, IconKind, StopItem};
use crate::app::day_store::DayOrigin;
use crate::app::i18n::{Language, Text};
use crate::app::planning::PlanState;
use crate::app::state::{use_app, AppContext};
use crate::model::Day;
use crate::plan::day_problem::{DayPlan, TechnicianPlan};
use std::rc::Rc;
use yew::prelude::*;

/// One technician's column: totals, then the stops in order (open one for its hand-offs).
fn technician(route: &TechnicianPlan, day: Option<&Day>, language: Language) -> Html {
    let phone = |id: &str| -> Option<AttrValue> {
        day?.interventions.iter().find(|job| job.id == id)?.phone.clone().map(AttrValue::from)
    };
    let totals = format!(
        "{} {} · {} {} · {} {}",
        language.tr(Text::BackAt),
        route.back_at,
        route.travel_min,
        language.tr(Text::MinutesDriving),
        route.stops.iter().filter(|stop| !stop.is_break).count(),
        language.tr(Text::Stops)
    );
    html! {
        <section class="card technician-plan">
            <h3>{ &route.name }</h3>
            <p class="totals">{ totals }</p>
            <ol class="stops">
                { for route.stops.iter().map(|stop| html! {
                    <StopItem stop={stop.clone()} {language} technician={route.name.clone()} phone={phone(&stop.id)} />
                }) }
            </ol>
        </section>
    }
}

/// The plan: every technician, then the jobs left out with their reasons, then the exports.
fn plan_view(plan: &Rc<DayPlan>, day: Option<&Rc<Day>>, origin: DayOrigin, language: Language) -> Html {
    html! {
        <>
            if origin == DayOrigin::Demo { <p class="hint">{ language.tr(Text::DemoDay) }</p> }
            { for plan.technicians.iter().map(|route| technician(route, day.map(|day| &**day), language)) }
            if !plan.unplanned.is_empty() {
                <section class="card unplanned">
                    <h3>{ language.tr(Text::UnplannedHeading) }</h3>
                    <ul>
                        { for plan.unplanned.iter().map(|job| html! { <li><strong>{ &job.customer }</strong>{ " — " }{ &job.explanation }</li> }) }
                    </ul>
                </section>
            }
            if let Some(day) = day { <ExportButtons plan={plan.clone()} day={day.clone()} /> }
        </>
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
            <p class="empty-title">{ language.tr(Text::PlanSolving) }</p>
            <progress max="1" value={format!("{share:.2}")} aria-label={language.tr(Text::PlanSolving)}></progress>
            <button class="button" type="button" onclick={cancel}>{ language.tr(Text::Cancel) }</button>
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
    let optimise_button = html! {
        <button class="button button-primary button-wide optimise" type="button" onclick={optimise}>{ language.tr(Text::Optimise) }</button>
    };
    let day = app.day.as_ref();
    match &app.plan {
        PlanState::Ready(plan) => html! {
            <>
                <h2 class="page-title">{ language.tr(Text::TabDay) }</h2>
                { plan_view(plan, day, app.day_origin, language) }
                { optimise_button }
            </>
        },
        PlanState::Solving { share, previous } => html! {
            <>
                <h2 class="page-title">{ language.tr(Text::TabDay) }</h2>
                { progress_bar(&app, *share, language) }
                if let Some(plan) = previous { <div class="stale">{ plan_view(plan, day, app.day_origin, language) }</div> }
            </>
        },
        PlanState::Failed(message) => html! {
            <>
                <h2 class="page-title">{ language.tr(Text::TabDay) }</h2>
                <div class="error" role="alert"><strong>{ "⚠ " }{ language.tr(Text::PlanFailed) }</strong><p>{ message }</p></div>
                { optimise_button }
            </>
        },
        PlanState::Idle => html! {
            <EmptyState heading={Text::TabDay} icon={IconKind::Day} title={Text::DayEmptyTitle} hint={Text::DayEmptyHint} />
        },
    }
}
