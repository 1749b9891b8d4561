//! A photo of the visit shown large over the page, with its time and size, « Retirer cette
//! photo » and « Fermer ». Like the other dialogs it closes on « Fermer », on Escape and on the
//! phone's back button (which then does not leave the page).

use super::proof_image::ProofImage;
use crate::app::form_draft::use_back_closes;
use crate::app::i18n::Language;
use crate::app::texts::{ShellText, StopText};
use crate::model::VisitPhoto;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`PhotoViewer`].
#[derive(Properties, PartialEq)]
pub struct PhotoViewerProps {
    /// Interface language.
    pub language: Language,
    /// The photo shown.
    pub photo: VisitPhoto,
    /// « Retirer cette photo ».
    pub on_remove: Callback<MouseEvent>,
    /// Closes the viewer (« Fermer », Escape, back).
    pub on_close: Callback<()>,
}

/// The photo shown large, as a modal dialog.
#[function_component]
pub fn PhotoViewer(props: &PhotoViewerProps) -> Html {
    use_back_closes(props.on_close.clone());
    {
        let on_close = props.on_close.clone();
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|window| window.document());
            let listener = document.map(|document| {
                gloo_events::EventListener::new(&document, "keydown", move |event| {
                    if event.dyn_ref::<KeyboardEvent>().is_some_and(|key| key.key() == "Escape") {
                        on_close.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }
    let language = props.language;
    let photo = &props.photo;
    let caption = format!("{} {}", language.tr(StopText::PhotoTakenAt), photo.at);
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="overlay photo-overlay">
            <figure class="dialog photo-viewer" role="dialog" aria-modal="true" aria-label={caption.clone()}>
                <ProofImage class="photo-large" file={photo.file.clone()} alt={caption.clone()} />
                <figcaption>{ format!("{caption} · {}", language.photo_size(photo.bytes)) }</figcaption>
                <div class="status-buttons">
                    <button class="button photo-remove" type="button" onclick={props.on_remove.clone()}>{ language.tr(StopText::RemovePhoto) }</button>
                    <button class="button button-primary photo-close" type="button" onclick={on_close}>{ language.tr(ShellText::Close) }</button>
                </div>
            </figure>
        </div>
    }
}
