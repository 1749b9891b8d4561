//! The stored day was written by a newer version of the app (the app was rolled back): it is
//! left untouched, and the user chooses between updating the app and setting the day aside to
//! start on the demo day, the newer day then waiting in Réglages → « Données mises de côté ».

use crate::app::state::use_app;
use crate::app::texts::AsideText;
use yew::prelude::*;

/// Properties of [`NewerDayNotice`].
#[derive(Properties, PartialEq)]
pub struct NewerDayNoticeProps {
    /// The schema of the stored day.
    pub schema: u32,
}

/// What happened, what is kept, and the button that sets the newer day aside.
#[function_component]
pub fn NewerDayNotice(props: &NewerDayNoticeProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let failure = use_state(|| None::<crate::app::idb::StorageError>);
    let onsetaside = {
        let failure = failure.clone();
        Callback::from(move |_| {
            let failure = failure.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::app::set_aside::set_aside_newer_day().await {
                    Ok(()) => {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }
                    Err(reason) => failure.set(Some(reason)),
                }
            });
        })
    };
    html! {
        <div class="error newer-day" role="alert">
            <strong>{ "⚠ " }{ language.tr(AsideText::NewerDayTitle) }{ format!(" ({} {})", language.tr(AsideText::SchemaLabel), props.schema) }</strong>
            <p>{ language.tr(AsideText::NewerDayKept) }</p>
            <button class="button button-wide set-aside-newer" type="button" onclick={onsetaside}>{ language.tr(AsideText::SetAsideAndStart) }</button>
            if let Some(error) = &*failure {
                <p>{ format!("{} ({})", language.tr(AsideText::NothingChanged), language.storage_error(error)) }</p>
            }
        </div>
    }
}
