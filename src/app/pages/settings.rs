//! The Réglages tab: the crew's profiles and the planning date, the SMS threshold of re-plans,
//! the slots offered to a calling customer, the road region, the language.

use crate::app::components::{AsidePanel, CrewCard, LanguagePicker, RegionCard, SlotSettings, SmsThreshold};
use crate::app::state::{use_app, Action};
use crate::app::texts::ShellText;
use yew::prelude::*;

/// Preferences, and the way to the about panel.
#[function_component]
pub fn SettingsPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let onabout = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetAboutOpen(true)))
    };
    html! {
        <>
            <h2 class="page-title">{ language.tr(ShellText::TabSettings) }</h2>
            <CrewCard />
            <SmsThreshold />
            <SlotSettings />
            <RegionCard />
            <LanguagePicker />
            <AsidePanel />
            <button class="button button-wide" onclick={onabout}>{ language.tr(ShellText::About) }</button>
        </>
    }
}
