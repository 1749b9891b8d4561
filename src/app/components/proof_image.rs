//! A proof image (the customer's signature) read from the phone's storage by the key the log
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

/// `bytes` of a PNG image as a `data:` URL (the page's policy allows them for images).
fn data_url(bytes: &[u8]) -> Option<String> {
    let binary: String = bytes.iter().map(|&byte| char::from(byte)).collect();
    let base64 = web_sys::window()?.btoa(&binary).ok()?;
    Some(format!("data:image/png;base64,{base64}"))
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
                    Ok(bytes) => url.set(bytes.as_deref().and_then(data_url)),
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
