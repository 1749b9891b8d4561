//! The customer's signature on a done stop: « Signé à 11:12 » with the image once signed, else
//! « Faire signer le client », which opens the signature pad.

use super::proof_image::ProofImage;
use super::signature_pad::SignaturePad;
use crate::app::i18n::Language;
use crate::app::texts::StopText;
use crate::model::TimeOfDay;
use yew::prelude::*;

/// Properties of [`StopSignature`].
#[derive(Properties, PartialEq)]
pub struct StopSignatureProps {
    /// Interface language.
    pub language: Language,
    /// The intervention.
    pub intervention: AttrValue,
    /// When the customer signed and the key of the image, once signed.
    pub signed: Option<(TimeOfDay, AttrValue)>,
}

/// The signature, or the way to ask for it.
#[function_component]
pub fn StopSignature(props: &StopSignatureProps) -> Html {
    let language = props.language;
    let asking = use_state(|| false);
    if let Some((at, file)) = &props.signed {
        return html! {
            <div class="stop-signature">
                <p class="stop-signed">{ format!("✍ {} {at}", language.tr(StopText::SignedAt)) }</p>
                <ProofImage class="signature-thumbnail" file={file.clone()} alt={language.tr(StopText::SignatureImage)} />
            </div>
        };
    }
    if *asking {
        return html! { <SignaturePad {language} intervention={props.intervention.clone()} /> };
    }
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    html! {
        <div class="stop-signature">
            <button class="button ask-signature" type="button" onclick={ask}>{ language.tr(StopText::AskSignature) }</button>
        </div>
    }
}
