//! What a section shows while it has nothing yet.

use super::{Icon, IconKind};
use crate::app::i18n::Text;
use crate::app::state::use_app;
use yew::prelude::*;

/// Properties of [`EmptyState`].
#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    /// Heading of the section.
    pub heading: Text,
    /// Icon matching the section.
    pub icon: IconKind,
    /// One line saying what is missing.
    pub title: Text,
    /// One line saying what to do about it.
    pub hint: Text,
}

/// The section heading, then a centred icon, title and hint, in the current language.
#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let language = use_app().settings.language;
    html! {
        <>
            <h2 class="page-title">{ language.tr(props.heading) }</h2>
            <section class="empty-state">
                <Icon kind={props.icon} />
                <p class="empty-title">{ language.tr(props.title) }</p>
                <p>{ language.tr(props.hint) }</p>
            </section>
        </>
    }
}
