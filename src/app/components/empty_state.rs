//! What a section shows while it has nothing yet.

use super::{Icon, IconKind};
use yew::prelude::*;

/// Properties of [`EmptyState`], their words already in the user's language.
#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    /// Heading of the section.
    pub heading: &'static str,
    /// Icon matching the section.
    pub icon: IconKind,
    /// One line saying what is missing.
    pub title: &'static str,
    /// One line saying what to do about it.
    pub hint: &'static str,
}

/// The section heading, then a centred icon, title and hint.
#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    html! {
        <>
            <h2 class="page-title">{ props.heading }</h2>
            <section class="empty-state">
                <Icon kind={props.icon} />
                <p class="empty-title">{ props.title }</p>
                <p>{ props.hint }</p>
            </section>
        </>
    }
}
