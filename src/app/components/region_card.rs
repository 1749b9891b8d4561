//! The road region card of the settings: what region is in use, and building another one.

use super::DeployedPacks;
use crate::app::i18n::Language;
use crate::app::region::{self, stage_text};
use crate::app::state::region_state::{PackBuildState, RegionInfo, RegionOrigin, RegionState};
use crate::app::state::{use_app, AppContext};
use crate::app::texts::{CommonText, RegionText};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// An ISO date as the user reads dates: `19/01/2025` in French, ISO in English.
pub(super) fn local_date(iso: &str, language: Language) -> String {
    match (language, iso.split('-').collect::<Vec<_>>().as_slice()) {
        (Language::Fr, [year, month, day]) => format!("{day}/{month}/{year}"),
        _ => iso.to_string(),
    }
}

/// Facts about the region in use.
fn facts(info: &RegionInfo, language: Language) -> Html {
    let origin = match &info.origin {
        RegionOrigin::Demo => language.tr(RegionText::RegionBuiltin).to_string(),
        RegionOrigin::Deployed(_) => language.tr(RegionText::RegionDeployed).to_string(),
        RegionOrigin::UserFile => format!("{} {}", language.tr(RegionText::RegionBuiltFrom), info.source),
    };
    html! {
        <>
            if info.is_demo() { <p><span class="demo-badge">{ language.tr(CommonText::DemoLabel) }</span></p> }
            <p class="region-name">{ &info.name }</p>
            <p>{ format!("{} {} · {:.0} {}", info.junctions, language.tr(RegionText::Junctions), info.km, language.tr(RegionText::KmOfRoads)) }</p>
            <p>{ origin }</p>
            if let Some(date) = &info.osm_date {
                <p class="attribution">{ format!("{} {}", language.tr(RegionText::OsmDataOf), local_date(date, language)) }</p>
            }
            <a class="attribution-link" href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank">{ &info.attribution }</a>
        </>
    }
}

/// The build in progress, or the button to start one.
fn build_controls(app: &AppContext, language: Language) -> Html {
    if let PackBuildState::Running { file_name, stage, share, .. } = &app.pack_build {
        let percent = (share * 100.0).round();
        let oncancel = {
            let app = app.clone();
            Callback::from(move |_| region::cancel_build(&app))
        };
        return html! {
            <div class="build-progress" role="status">
                <p>{ format!("{file_name} — {} {percent:.0} %", language.tr(stage_text(*stage))) }</p>
                <progress max="100" value={percent.to_string()} aria-label={language.tr(stage_text(*stage))}></progress>
                <button class="button" onclick={oncancel}>{ language.tr(CommonText::Cancel) }</button>
            </div>
        };
    }
    let onchange = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("an input").unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                region::add_from_file(app.clone(), file);
            }
            input.set_value("");
        })
    };
    html! {
        <>
            <label class="button button-wide file-button">
                { language.tr(RegionText::BuildFromExtract) }
                <input type="file" accept=".pbf,.osm.pbf,.bin" class="visually-hidden" {onchange} />
            </label>
            <p class="hint">{ language.tr(RegionText::BuildHint) }</p>
        </>
    }
}

/// Region card: facts, build controls, last build error, way back to the demo.
#[function_component]
pub fn RegionCard() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let body = match &app.region {
        RegionState::Loading => html! { <p>{ language.tr(RegionText::RegionLoading) }</p> },
        RegionState::Ready(info) => facts(info, language),
        RegionState::Failed(failure) => html! { <p class="error">{ "⚠ " }{ language.failure(failure) }</p> },
    };
    let failure = match &app.pack_build {
        PackBuildState::Failed(failure) => html! {
            <div class="error" role="alert">
                <strong>{ "⚠ " }{ language.tr(RegionText::BuildFailed) }</strong>
                <p>{ language.failure(failure) }</p>
                <p class="hint">{ language.tr(RegionText::BuildOnComputer) }</p>
            </div>
        },
        _ => html! {},
    };
    let custom = matches!(&app.region, RegionState::Ready(info) if !info.is_demo());
    let ondemo = {
        let app = app.clone();
        Callback::from(move |_| region::switch_to_demo(app.clone()))
    };
    html! {
        <section class="card region-card" aria-labelledby="region-heading">
            <h3 id="region-heading">{ language.tr(RegionText::RegionHeading) }</h3>
            { body }
            <DeployedPacks />
            { failure }
            { build_controls(&app, language) }
            if custom && matches!(app.pack_build, PackBuildState::Idle | PackBuildState::Failed(_)) {
                <button class="button button-wide" onclick={ondemo}>{ language.tr(RegionText::UseDemoRegion) }</button>
            }
        </section>
    }
}
