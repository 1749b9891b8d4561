//! A proof image (the customer's signature, a photo of the visit) read from the phone's storage by the key the log
//! names, shown as an image; nothing while it is read or when it cannot be.

use crate::app::planning::proof_image;
use yew::prelude::*;

/// Properties of [`ProofImage`].
#[derive(Properties, PartialEq)]
pub struct ProofImageProps {
    /// The image's storage key, as the log names it.
    pub file: AttrValue,
    /// What the image shows, for screen readers.
    pub alt: AttrValue,
    /// The image's class.
    #[prop_or_default]
    pub class: Classes,
}

/// The image type of the proof stored under `file`: its key ends as the image is written.
fn image_type(file: &str) -> &'static str {
    if file.ends_with(".jpg") {
        "image/jpeg"
    } else {
        "image/png"
    }
}

/// `bytes` of the image stored under `file` as a `data:` URL (the page's policy allows them
/// for images).
fn data_url(file: &str, bytes: &[u8]) -> Option<String> {
    let binary: String = bytes.iter().map(|&byte| char::from(byte)).collect();
    let base64 = web_sys::window()?.btoa(&binary).ok()?;
    Some(format!("data:{};base64,{base64}", image_type(file)))
}

/// The image, once read.
#[function_component]
pub fn ProofImage(props: &ProofImageProps) -> Html {
    let url = use_state(|| None::<String>);
    {
        let url = url.clone();
        use_effect_with(props.file.clone(), move |file| {
            let file = file.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                match proof_image(&file).await {
                    Ok(bytes) => url.set(bytes.and_then(|bytes| data_url(&file, &bytes))),
                    Err(error) => web_sys::console::warn_1(&format!("{file}: {error}").into()),
                }
            });
        });
    }
    match &*url {
        Some(url) => html! { <img class={props.class.clone()} src={url.clone()} alt={props.alt.clone()} /> },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photo_is_shown_as_jpeg_and_a_signature_as_png() {
        assert_eq!(image_type("proof.2026-11-26.a.photo-001764150000000.jpg"), "image/jpeg");
        assert_eq!(image_type("proof.2026-11-26.a.signature-001764150000000.png"), "image/png");
    }
}
