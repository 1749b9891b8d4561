//! The Interventions tab: the day's jobs to import, add, edit and delete.

use crate::app::components::{EmptyState, IconKind};
use crate::app::i18n::Text;
use yew::prelude::*;

/// Will show the day's jobs to import, add, edit and delete; for now says what is missing and what to do.
#[function_component]
pub fn InterventionsPage() -> Html {
    html! { <EmptyState heading={Text::TabInterventions} icon={IconKind::List} title={Text::InterventionsEmptyTitle} hint={Text::InterventionsEmptyHint} /> }
}
