//! The Journée tab: the day's timeline per technician (ETAs, windows, drives, waits, risk).

use crate::app::components::{EmptyState, IconKind, StopItem};
use crate::app::i18n::{Language, Text};
use crate::app::planning::PlanState;
use crate::app::state::use_app;
use crate::model::Day;
use crate::plan::day_problem::{DayPlan, TechnicianPlan};
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

/// The plan: every technician, then the jobs left out with their reasons.
fn plan_view(plan: &DayPlan, day: Option<&Day>, language: Language) -> Html {
    html! {
        <>
            <p class="hint">{ language.tr(Text::DemoDay) }</p>
            { for plan.technicians.iter().map(|route| technician(route, day, language)) }
            if !plan.unplanned.is_empty() {
                <section class="card unplanned">
                    <h3>{ language.tr(Text::UnplannedHeading) }</h3>
                    <ul>
                        { for plan.unplanned.iter().map(|job| html! { <li><strong>{ &job.customer }</strong>{ " — " }{ &job.explanation }</li> }) }
                    </ul>
                </section>
            }
        </>
    }
}

/// The day's plan, or what is happening until it is there.
#[function_component]
pub fn DayPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    match &app.plan {
        PlanState::Ready(plan) => html! {
            <>
                <h2 class="page-title">{ language.tr(Text::TabDay) }</h2>
                { plan_view(plan, app.day.as_deref(), language) }
            </>
        },
        PlanState::Failed(message) => html! {
            <>
                <h2 class="page-title">{ language.tr(Text::TabDay) }</h2>
                <div class="error" role="alert"><strong>{ "⚠ " }{ language.tr(Text::PlanFailed) }</strong><p>{ message }</p></div>
            </>
        },
        PlanState::Solving => html! {
            <EmptyState heading={Text::TabDay} icon={IconKind::Day} title={Text::PlanSolving} hint={Text::DayEmptyHint} />
        },
        PlanState::Idle => html! {
            <EmptyState heading={Text::TabDay} icon={IconKind::Day} title={Text::DayEmptyTitle} hint={Text::DayEmptyHint} />
        },
    }
}
