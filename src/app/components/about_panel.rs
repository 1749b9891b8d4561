//! The about panel: what the app is, its version, and the OpenStreetMap credit.

use crate::app::i18n::Text;
use crate::app::state::{use_app, Action};
use crate::road::OSM_ATTRIBUTION;
use yew::prelude::*;

/// Version of this build, from Cargo.toml.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Bytes of the interface's WebAssembly memory (the plan, the map, the road pack as read):
/// what a phone low on memory would run out of first.
fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|memory| memory.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |buffer| f64::from(buffer.byte_length()))
}

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
                <h2 id="about-title">{ language.tr(Text::About) }</h2>
                <p><strong>{ "Tournée" }</strong>{ " — " }{ language.tr(Text::AboutSummary) }</p>
                <dl class="facts">
                    <dt>{ language.tr(Text::Version) }</dt>
                    <dd class="version">{ VERSION }</dd>
                    <dt>{ language.tr(Text::MemoryUsed) }</dt>
                    <dd class="memory" data-bytes={format!("{:.0}", wasm_memory_bytes())}>{ format!("{:.1} Mo", wasm_memory_bytes() / 1e6) }</dd>
                    <dt>{ language.tr(Text::MapDataCredit) }</dt>
                    <dd>
                        <a href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank">{ OSM_ATTRIBUTION }</a>
                        { " (ODbL)" }
                    </dd>
                </dl>
                <button class="button button-primary" onclick={onclose}>{ language.tr(Text::Close) }</button>
            </section>
        </div>
    }
}
