//! « Prêt pour la journée » : before leaving the depot (and the mobile signal), the phone
//! checks that everything the day needs works offline — the plan, the day, the road region,
//! the app itself — and that the browser will not evict it. A point found missing alone is the
//! card's title (« Stockage non protégé », not « pas encore prêt » when offline works); opened,
//! each one says what it means and can be put aside until it changes
//! (see [`crate::app::readiness`]). The inspection is [`crate::app::readiness_probe`]. The card
//! keeps one line's height folded, whatever it finds: the plan under it never jumps.

use crate::app::i18n::Language;
use crate::app::readiness::{to_say, ReadyCause};
use crate::app::readiness_probe;
use crate::app::state::region_state::RegionState;
use crate::app::state::{use_app, Action, PlanState};
use crate::app::texts::DayText;
use crate::plan::coverage::{estimated_legs, places_outside};
use yew::prelude::*;

/// One line of the check: ✓ or ⚠, the point, and what to do when it is not ready.
fn line(ok: bool, done: DayText, todo: DayText, language: Language) -> Html {
    html! {
        <li class={if ok { "ready-ok" } else { "ready-todo" }}>
            { if ok { "✓ " } else { "⚠ " } }{ language.tr(if ok { done } else { todo }) }
        </li>
    }
}

/// The title and the meaning of a missing point.
fn words(cause: ReadyCause) -> (DayText, DayText) {
    match cause {
        ReadyCause::DayNotStored => (DayText::CauseDayTitle, DayText::CauseDayMeaning),
        ReadyCause::RegionNotOffline => (DayText::CauseRegionTitle, DayText::CauseRegionMeaning),
        ReadyCause::AppNotOffline => (DayText::CauseAppTitle, DayText::CauseAppMeaning),
        ReadyCause::StorageNotProtected => (DayText::CauseStorageTitle, DayText::CauseStorageMeaning),
    }
}

/// The card: its title, then (opened) each missing point with what it means, the whole check and
/// a button to check again.
#[function_component]
pub fn ReadyCheck() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let builtin = matches!(&app.region, RegionState::Ready(info) if info.is_demo());
    let run = {
        let app = app.clone();
        Callback::from(move |_: ()| readiness_probe::check(app.clone(), builtin))
    };
    {
        let run = run.clone();
        use_effect_with((app.plan.plan().is_some(), builtin), move |_| run.emit(()));
    }
    let plan_ready = matches!(app.plan, PlanState::Ready(_));
    // While the checks run, the card's place is kept (the same card, folded, out of sight), so
    // that the plan under it does not jump down when the findings come.
    let Some(found) = app.readiness else {
        return html! {
            <details class="card ready-check ready-checking" aria-hidden="true">
                <summary>{ "⚠ " }{ language.tr(DayText::ReadyNotYet) }</summary>
            </details>
        };
    };
    let outside = match (&app.region, app.day.as_deref()) {
        (RegionState::Ready(info), Some(day)) => places_outside(day, info.bounds).map(|p| (p, info.name.clone())),
        _ => None,
    };
    let legs = app.plan.plan().map(|plan| estimated_legs(plan)).filter(|legs| legs.estimated > 0);
    let covered = outside.is_none() && legs.is_none();
    let region_line = match (outside, legs) {
        (Some((outside, region)), _) => html! {
            <li class="ready-todo region-not-covering">{ "⚠ " }{ language.places_outside(outside, &region) }</li>
        },
        (None, Some(legs)) => {
            html! { <li class="ready-todo estimated-legs">{ "⚠ " }{ language.estimated_legs(legs) }</li> }
        }
        (None, None) => line(found.region_offline, DayText::ReadyRegion, DayText::ReadyRegionTodo, language),
    };
    let offline = plan_ready && covered && found.works_offline();
    let said = to_say(&found, &app.settings.ready_dismissed);
    // A point said alone (the plan ready and covered) is the card's title, not said twice.
    let alone = said.len() == 1 && plan_ready && covered;
    let (mark, title) = match said.as_slice() {
        [] if offline && found.storage_persistent => ("✓ ", DayText::ReadyAll),
        [] if offline => ("✓ ", DayText::ReadyOffline),
        [only] if alone => ("⚠ ", words(*only).0),
        _ => ("⚠ ", DayText::ReadyNotYet),
    };
    let warning = |cause: ReadyCause| {
        let (heading, meaning) = words(cause);
        let dismiss = {
            let app = app.clone();
            Callback::from(move |_: MouseEvent| app.dispatch(Action::DismissReadyCause(cause)))
        };
        html! {
            <div class="ready-warning" data-cause={cause.code()} role="status">
                if !alone { <p class="ready-warning-title">{ "⚠ " }{ language.tr(heading) }</p> }
                <p class="ready-warning-meaning">{ language.tr(meaning) }</p>
                <button class="button ready-dismiss" type="button" onclick={dismiss}>{ language.tr(DayText::ReadyDismiss) }</button>
            </div>
        }
    };
    let again = run.reform(|_: MouseEvent| ());
    html! {
        <details class={classes!("card", "ready-check", (offline && said.is_empty()).then_some("ready-all"))}>
            <summary>{ mark }{ language.tr(title) }</summary>
            { for said.into_iter().map(warning) }
            <ul>
                { line(plan_ready, DayText::ReadyPlan, DayText::ReadyPlanTodo, language) }
                { line(found.day_stored, DayText::ReadyDay, DayText::ReadyDayTodo, language) }
                { region_line }
                { line(found.app_offline, DayText::ReadyApp, DayText::ReadyAppTodo, language) }
                { line(found.storage_persistent, DayText::ReadyStorage, DayText::ReadyStorageTodo, language) }
            </ul>
            <button class="button" type="button" onclick={again}>{ language.tr(DayText::CheckAgain) }</button>
        </details>
    }
}
