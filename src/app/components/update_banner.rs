//! "Nouvelle version — recharger": offered, never forced, when an update is waiting.

use crate::app::service_worker;
use crate::app::state::use_app;
use crate::app::texts::ShellText;
use yew::prelude::*;

/// Shown once a new build is installed; tapping it switches to that build.
///
/// Never automatic: a technician mid-intervention decides when the screen reloads.
#[function_component]
pub fn UpdateBanner() -> Html {
    let app = use_app();
    if !app.update_waiting {
        return html! {};
    }
    let language = app.settings.language;
    let onclick = Callback::from(|_| service_worker::apply_waiting_update());
    html! {
        <div class="banner banner-update" role="status">
            <span>{ language.tr(ShellText::UpdateReady) }</span>
            <button class="button button-primary" {onclick}>{ language.tr(ShellText::Reload) }</button>
        </div>
    }
}
