//! « Prêt pour la journée » : before leaving the depot (and the mobile signal), the phone
//! checks that everything the day needs works offline — the plan, the day, the road region,
//! the app itself — and that the browser will not evict it.

use crate::app::i18n::Language;
use crate::app::region::{ACTIVE_PACK_KEY, DEMO_PACK_URL};
use crate::app::state::region_state::RegionState;
use crate::app::state::use_app;
use crate::app::state::PlanState;
use crate::app::texts::DayText;
use crate::plan::coverage::{estimated_legs, places_outside};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// What was found, each point true when ready.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Findings {
    day_stored: bool,
    region_offline: bool,
    app_offline: bool,
    storage_persistent: bool,
}

/// Checks the stored day, the region pack (stored, or the demo in the app's cache), the
/// service worker's control and the persistence of storage.
async fn inspect(builtin_region: bool) -> Findings {
    let window = web_sys::window().expect("the app runs in a window");
    let day_stored = matches!(crate::app::idb::get(crate::app::day_store::DAY_KEY).await, Ok(Some(_)));
    let region_offline = if builtin_region {
        match window.caches() {
            Ok(caches) => {
                JsFuture::from(caches.match_with_str(DEMO_PACK_URL)).await.is_ok_and(|found| !found.is_undefined())
            }
            Err(_) => false,
        }
    } else {
        matches!(crate::app::idb::get(ACTIVE_PACK_KEY).await, Ok(Some(_)))
    };
    let app_offline = window.navigator().service_worker().controller().is_some();
    let storage_persistent = match window.navigator().storage().persisted() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    };
    Findings { day_stored, region_offline, app_offline, storage_persistent }
}

/// One line of the check: ✓ or ⚠, the point, and what to do when it is not ready.
fn line(ok: bool, done: DayText, todo: DayText, language: Language) -> Html {
    html! {
        <li class={if ok { "ready-ok" } else { "ready-todo" }}>
            { if ok { "✓ " } else { "⚠ " } }{ language.tr(if ok { done } else { todo }) }
        </li>
    }
}

/// The card: the points, and a button to check again.
#[function_component]
pub fn ReadyCheck() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let findings = use_state(|| None::<Findings>);
    let builtin = matches!(&app.region, RegionState::Ready(info) if info.is_demo());
    let run = {
        let findings = findings.clone();
        Callback::from(move |_: ()| {
            let findings = findings.clone();
            wasm_bindgen_futures::spawn_local(async move {
                crate::app::idb::ask_for_persistent_storage().await;
                findings.set(Some(inspect(builtin).await));
            });
        })
    };
    {
        let run = run.clone();
        use_effect_with((app.plan.plan().is_some(), builtin), move |_| run.emit(()));
    }
    let plan_ready = matches!(app.plan, PlanState::Ready(_));
    // While the checks run, the card's place is kept (the same card, folded, out of sight), so
    // that the plan under it does not jump down when the findings come.
    let Some(found) = *findings else {
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
    let all = plan_ready
        && found.day_stored
        && found.region_offline
        && covered
        && found.app_offline
        && found.storage_persistent;
    let again = run.reform(|_: MouseEvent| ());
    html! {
        <details class={classes!("card", "ready-check", all.then_some("ready-all"))}>
            <summary>{ if all { "✓ " } else { "⚠ " } }{ language.tr(if all { DayText::ReadyAll } else { DayText::ReadyNotYet }) }</summary>
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
