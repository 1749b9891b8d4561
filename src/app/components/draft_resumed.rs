//! The line a form shows when it opened on a kept draft: what happened, and a way to start
//! again from the untouched form.

use crate::app::state::use_app;
use crate::app::texts::CommonText;
use yew::prelude::*;

/// Properties of [`DraftResumed`].
#[derive(Properties, PartialEq)]
pub struct DraftResumedProps {
    /// Back to the untouched form.
    pub on_restart: Callback<()>,
}

/// « Saisie reprise là où vous l'aviez laissée. » with « Tout effacer ».
#[function_component]
pub fn DraftResumed(props: &DraftResumedProps) -> Html {
    let language = use_app().settings.language;
    let onclick = props.on_restart.reform(|_: MouseEvent| ());
    html! {
        <p class="draft-resumed" role="status">
            { language.tr(CommonText::DraftResumed) }
            <button class="button" type="button" {onclick}>{ language.tr(CommonText::DraftRestart) }</button>
        </p>
    }
}
