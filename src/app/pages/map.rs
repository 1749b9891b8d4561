//! The Map tab: the road network of the region pack drawn as SVG, with the route on top.

use crate::app::components::{EmptyState, IconKind};
use crate::app::i18n::Text;
use yew::prelude::*;

/// Will show the road network of the region pack drawn as SVG, with the route on top; for now says what is missing and what to do.
#[function_component]
pub fn MapPage() -> Html {
    html! { <EmptyState heading={Text::TabMap} icon={IconKind::Map} title={Text::MapEmptyTitle} hint={Text::MapEmptyHint} /> }
}
