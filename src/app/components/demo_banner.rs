//! While the Andorra demonstration is in use, a line under the top bar says so on every tab,
//! with the one tap that leaves it: « Mon équipe, ma région ».

use crate::app::day_store::DayOrigin;
use crate::app::state::region_state::RegionState;
use crate::app::state::{use_app, Action};
use crate::app::texts::{SetupText, ShellText};
use yew::prelude::*;

/// The demonstration's label and the way out of it.
#[function_component]
pub fn DemoBanner() -> Html {
    let app = use_app();
    let demo = matches!(&app.region, RegionState::Ready(info) if info.is_demo());
    // Not before the day is read either: its sentence depends on the day, and at a first start
    // « Mon équipe, ma région » opens over it as soon as the day is there, so a banner shown in
    // between would push the page down and back (a layout shift of 0.16 each way).
    if !demo || app.setup_open || app.day.is_none() {
        return html! {};
    }
    let language = app.settings.language;
    let sentence = if app.day_origin == DayOrigin::Demo { ShellText::DemoBanner } else { ShellText::DemoRegionBanner };
    let onclick = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetSetupOpen(true)))
    };
    html! {
        <div class="banner banner-demo" role="status">
            <span>{ language.tr(sentence) }</span>
            <button class="button button-primary open-setup" type="button" {onclick}>{ language.tr(SetupText::MyCrewMyRegion) }</button>
        </div>
    }
}
