//! The stored day was written by a newer version of the app (the app was rolled back): it is
//! left untouched, and the user chooses between updating the app and setting the day aside to
//! start on the demo day, the newer day then waiting in Réglages → « Données mises de côté ».

use crate::app::idb::StorageError;
use crate::app::planning::set_aside_newer_day;
use crate::app::state::use_app;
use crate::app::texts::AsideText;
use yew::prelude::*;

/// Properties of [`NewerDayNotice`].
#[derive(Properties, PartialEq)]
pub struct NewerDayNoticeProps {
    /// The schema of the stored day.
    pub schema: u32,
    /// Why setting it aside failed, if the user asked and it did.
    pub set_aside_failed: Option<StorageError>,
}

/// What happened, what is kept, and the button that sets the newer day aside (the planning
/// side does it: this component never writes the storage).
#[function_component]
pub fn NewerDayNotice(props: &NewerDayNoticeProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let onsetaside = {
        let app = app.clone();
        Callback::from(move |_| set_aside_newer_day(app.clone()))
    };
    html! {
        <div class="error newer-day" role="alert">
            <strong>{ "⚠ " }{ language.tr(AsideText::NewerDayTitle) }{ format!(" ({} {})", language.tr(AsideText::SchemaLabel), props.schema) }</strong>
            <p>{ language.tr(AsideText::NewerDayKept) }</p>
            <button class="button button-wide set-aside-newer" type="button" onclick={onsetaside}>{ language.tr(AsideText::SetAsideAndStart) }</button>
            if let Some(error) = &props.set_aside_failed {
                <p>{ format!("{} ({})", language.tr(AsideText::NothingChanged), language.storage_error(error)) }</p>
            }
        </div>
    }
}
