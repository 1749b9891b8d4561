//! The photos of a done or failed stop: their thumbnails (a tap shows one larger, where it can
//! be taken back: `photo_viewer.rs`), « Ajouter une photo » through the phone's camera (or its
//! gallery), the photo taken back last with « Annuler », and the day's budget in Mo. A photo is made small and kept
//! by `planning::add_photo`; what became of it, or why it was refused, is said in words.

use super::photo_viewer::PhotoViewer;
use super::proof_image::ProofImage;
use crate::app::i18n::Language;
use crate::app::planning::{add_photo, remove_photo, restore_photo};
use crate::app::state::use_app;
use crate::app::texts::StopText;
use crate::model::VisitPhoto;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`StopPhotos`].
#[derive(Properties, PartialEq)]
pub struct StopPhotosProps {
    /// Interface language.
    pub language: Language,
    /// The intervention photographed.
    pub intervention: AttrValue,
    /// The photos that count, oldest first.
    pub photos: Vec<VisitPhoto>,
    /// The photo taken back last, which « Annuler » gives back.
    #[prop_or_default]
    pub removed: Option<VisitPhoto>,
    /// Bytes the day's photos take on the phone.
    pub day_bytes: u64,
}

/// What the last « Ajouter une photo » came to, in words.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// Photos are being prepared.
    Busy,
    /// Kept: what each became.
    Kept(String),
    /// Refused, and why.
    Refused(String),
}

/// The photos of a finished stop, and the way to add one.
#[function_component]
pub fn StopPhotos(props: &StopPhotosProps) -> Html {
    let app = use_app();
    let language = props.language;
    let outcome = use_state(|| None::<Outcome>);
    let shown = use_state(|| None::<VisitPhoto>);
    let busy = matches!(*outcome, Some(Outcome::Busy));
    // Each file chosen in turn (a gallery may give several); the first refusal stops the rest.
    let on_pick = {
        let (app, outcome, id) = (app.clone(), outcome.clone(), props.intervention.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            let files: Vec<web_sys::File> =
                input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
            // Emptied, so that the same file can be chosen again after a refusal.
            input.set_value("");
            if files.is_empty() {
                return;
            }
            outcome.set(Some(Outcome::Busy));
            let (app, outcome, id) = (app.clone(), outcome.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut kept = Vec::new();
                for file in &files {
                    match add_photo(&app, &id, file).await {
                        Ok(jpeg) => kept.push(language.photo_kept(&jpeg)),
                        Err(error) => return outcome.set(Some(Outcome::Refused(language.photo_error(&error)))),
                    }
                }
                outcome.set(Some(Outcome::Kept(kept.join(" "))));
            });
        })
    };
    let on_remove = {
        let (app, outcome, shown, id) = (app.clone(), outcome.clone(), shown.clone(), props.intervention.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(photo) = (*shown).clone() else { return };
            match remove_photo(&app, &id, &photo.file) {
                Ok(()) => outcome.set(None),
                Err(error) => outcome.set(Some(Outcome::Refused(language.progress_error(&error)))),
            }
            shown.set(None);
        })
    };
    let on_undo = {
        let (app, outcome, id, removed) =
            (app.clone(), outcome.clone(), props.intervention.clone(), props.removed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(photo) = &removed else { return };
            if let Err(error) = restore_photo(&app, &id, &photo.file) {
                outcome.set(Some(Outcome::Refused(language.progress_error(&error))));
            }
        })
    };
    let on_close = {
        let shown = shown.clone();
        Callback::from(move |()| shown.set(None))
    };
    let thumbnail = |photo: &VisitPhoto| {
        let label = format!("{} {}", language.tr(StopText::EnlargePhoto), photo.at);
        let (shown, chosen) = (shown.clone(), photo.clone());
        let on_open = Callback::from(move |_: MouseEvent| shown.set(Some(chosen.clone())));
        html! {
            <li>
                <button class="photo-thumb" type="button" aria-label={label.clone()} onclick={on_open}>
                    <ProofImage class="photo-thumbnail" file={photo.file.clone()} alt={label} />
                </button>
            </li>
        }
    };
    html! {
        <div class="stop-photos">
            if !props.photos.is_empty() {
                <ul class="photo-thumbnails">{ for props.photos.iter().map(thumbnail) }</ul>
            }
            if let Some(removed) = &props.removed {
                <p class="photo-removed" data-file={removed.file.clone()}>
                    { language.tr(StopText::PhotoRemoved) }{ " " }
                    <button class="button photo-undo" type="button" onclick={on_undo}>{ language.tr(StopText::UndoPhotoRemoval) }</button>
                </p>
            }
            <label class={classes!("button", "add-photo", busy.then_some("is-busy"))}>
                { language.tr(StopText::AddPhoto) }
                <input class="visually-hidden photo-input" type="file" accept="image/*" capture="environment" multiple=true disabled={busy} onchange={on_pick} />
            </label>
            <p class="hint photo-budget">{ language.photo_budget(props.day_bytes) }</p>
            { match &*outcome {
                Some(Outcome::Busy) => html! { <p class="photo-busy" role="status">{ language.tr(StopText::PhotoBusy) }</p> },
                Some(Outcome::Kept(said)) => html! { <p class="photo-kept" role="status">{ said }</p> },
                Some(Outcome::Refused(why)) => html! { <p class="field-error photo-refused" role="alert">{ "⚠ " }{ why }</p> },
                None => html! {},
            } }
            if let Some(photo) = &*shown {
                <PhotoViewer {language} photo={photo.clone()} {on_remove} {on_close} />
            }
        </div>
    }
}
