//! The title bar: the app name, the network state and the about button.

use super::{Icon, IconKind};
use crate::app::state::{use_app, Action};
use crate::app::texts::ShellText;
use yew::prelude::*;

/// Top bar; shows "Hors ligne" while the device has no network, so the
/// technician knows nothing will be sent.
#[function_component]
pub fn TopBar() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let onabout = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetAboutOpen(true)))
    };
    html! {
        <header class="top-bar">
            <h1 class="app-name">{ "Tournée" }</h1>
            if !app.online {
                <span class="offline-badge" role="status">{ language.tr(ShellText::Offline) }</span>
            }
            <button class="icon-button" onclick={onabout} aria-label={language.tr(ShellText::About)}>
                <Icon kind={IconKind::Info} />
            </button>
        </header>
    }
}
