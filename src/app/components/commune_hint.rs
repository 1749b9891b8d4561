//! What a typed commune designates, under its field: the commune it matched (even misspelt), or
//! the communes close to an unknown name — the import's own suggestions — each a button that
//! fills the field, or why it is not one commune.

use crate::app::state::use_app;
use crate::road::{CommuneError, Communes};
use yew::prelude::*;

/// Properties of [`CommuneHint`].
#[derive(Properties, PartialEq)]
pub struct CommuneHintProps {
    /// The commune field as typed.
    pub typed: String,
    /// Called with a suggested commune's name when it is tapped.
    pub on_pick: Callback<String>,
}

/// The line under a commune field; nothing while it is empty.
#[function_component]
pub fn CommuneHint(props: &CommuneHintProps) -> Html {
    let language = use_app().settings.language;
    if props.typed.trim().is_empty() {
        return html! {};
    }
    match Communes::embedded().find(&props.typed) {
        Ok(commune) => {
            html! { <span class="hint commune-hint commune-found">{ language.commune_found(&props.typed, commune) }</span> }
        }
        Err(CommuneError::Unknown { suggestions, .. }) if !suggestions.is_empty() => html! {
            <span class="hint commune-hint commune-suggestions">
                { language.did_you_mean(&props.typed) }
                <span class="suggestion-list">
                    { for suggestions.into_iter().map(|commune| {
                        let on_pick = props.on_pick.clone();
                        let name = commune.name.clone();
                        html! {
                            <button class="button suggestion" type="button" onclick={move |_| on_pick.emit(name.clone())}>
                                { commune.name }
                            </button>
                        }
                    }) }
                </span>
            </span>
        },
        Err(error) => html! { <span class="hint commune-hint">{ "⚠ " }{ language.commune_error(&error) }</span> },
    }
}
