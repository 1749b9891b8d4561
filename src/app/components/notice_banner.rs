//! A message the user must see and acknowledge, such as settings set aside.

use crate::app::state::{use_app, Action};
use crate::app::texts::ShellText;
use yew::prelude::*;

/// Shows the pending notice, if any, with a button to dismiss it.
#[function_component]
pub fn NoticeBanner() -> Html {
    let app = use_app();
    let Some(notice) = app.notice else {
        return html! {};
    };
    let language = app.settings.language;
    let ondismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="banner banner-notice" role="alert">
            <span>{ "⚠ " }{ language.tr(notice) }</span>
            <button class="button" onclick={ondismiss}>{ language.tr(ShellText::Dismiss) }</button>
        </div>
    }
}
