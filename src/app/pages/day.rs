//! The Day tab: the day's timeline (ETAs, windows, slack) per technician.

use crate::app::components::{EmptyState, IconKind};
use crate::app::i18n::Text;
use yew::prelude::*;

/// Will show the day's timeline (ETAs, windows, slack) per technician; for now says what is missing and what to do.
#[function_component]
pub fn DayPage() -> Html {
    html! { <EmptyState heading={Text::TabDay} icon={IconKind::Day} title={Text::DayEmptyTitle} hint={Text::DayEmptyHint} /> }
}
