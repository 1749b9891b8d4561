//! The about panel: what the app is, its version, and the OpenStreetMap credit.

use crate::app::state::{use_app, Action};
use crate::app::texts::ShellText;
use crate::road::OSM_ATTRIBUTION;
use yew::prelude::*;

/// Version of this build, from Cargo.toml.
const VERSION: &str = env!("CARGO_PKG_VERSION");

use crate::app::wasm_memory::wasm_memory_bytes;

/// A modal dialog over the current tab, closed by its button.
#[function_component]
pub fn AboutPanel() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let onclose = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetAboutOpen(false)))
    };
    html! {
        <div class="overlay">
            <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="about-title">
                <h2 id="about-title">{ language.tr(ShellText::About) }</h2>
                <p><strong>{ "Tournée" }</strong>{ " — " }{ language.tr(ShellText::AboutSummary) }</p>
                <dl class="facts">
                    <dt>{ language.tr(ShellText::Version) }</dt>
                    <dd class="version">{ VERSION }</dd>
                    <dt>{ language.tr(ShellText::MemoryUsed) }</dt>
                    <dd class="memory" data-bytes={format!("{:.0}", wasm_memory_bytes())}>{ format!("{:.1} Mo", wasm_memory_bytes() / 1e6) }</dd>
                    <dt>{ language.tr(ShellText::MapDataCredit) }</dt>
                    <dd>
                        <a href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank">{ OSM_ATTRIBUTION }</a>
                        { " (ODbL)" }
                    </dd>
                </dl>
                <button class="button button-primary" onclick={onclose}>{ language.tr(ShellText::Close) }</button>
            </section>
        </div>
    }
}
