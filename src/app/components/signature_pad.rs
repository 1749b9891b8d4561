//! The customer's signature drawn on the screen with a finger (or a stylus, or a mouse): a
//! white canvas sized for a phone, « Effacer » and « Valider ». The PNG drawn is handed to
//! `planning::sign`, which stores it and records it in the day's log.

use crate::app::i18n::Language;
use crate::app::planning::{sign, SignError};
use crate::app::state::use_app;
use crate::app::texts::StopText;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, PointerEvent};
use yew::prelude::*;

/// The canvas's drawing size in pixels: twice its size on a 390 px phone, for a sharp line.
const WIDTH: u32 = 680;
/// See [`WIDTH`].
const HEIGHT: u32 = 300;

/// Properties of [`SignaturePad`].
#[derive(Properties, PartialEq)]
pub struct SignaturePadProps {
    /// Interface language.
    pub language: Language,
    /// The intervention signed for.
    pub intervention: AttrValue,
}

/// The canvas's 2D context.
fn context(canvas: &NodeRef) -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas = canvas.cast::<HtmlCanvasElement>()?;
    let context = canvas.get_context("2d").ok().flatten()?.dyn_into::<CanvasRenderingContext2d>().ok()?;
    Some((canvas, context))
}

/// Paints the canvas white (the PNG is then readable on any background) and sets the pen.
fn blank(canvas: &NodeRef) {
    if let Some((_, context)) = context(canvas) {
        context.set_fill_style_str("#fff");
        context.fill_rect(0.0, 0.0, f64::from(WIDTH), f64::from(HEIGHT));
        context.set_stroke_style_str("#111");
        context.set_line_width(5.0);
        context.set_line_cap("round");
        context.set_line_join("round");
    }
}

/// Where `event` is on the canvas, in the canvas's own pixels.
fn point(canvas: &HtmlCanvasElement, event: &PointerEvent) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    let x = (f64::from(event.client_x()) - rect.left()) * f64::from(WIDTH) / rect.width().max(1.0);
    let y = (f64::from(event.client_y()) - rect.top()) * f64::from(HEIGHT) / rect.height().max(1.0);
    (x, y)
}

/// The PNG bytes of what is drawn (the data URL's base64 decoded).
fn png_bytes(canvas: &HtmlCanvasElement) -> Option<Vec<u8>> {
    let url = canvas.to_data_url().ok()?;
    let base64 = url.strip_prefix("data:image/png;base64,")?;
    let binary = web_sys::window()?.atob(base64).ok()?;
    Some(binary.chars().map(|c| c as u8).collect())
}

/// The pad: drawn with pointer events (the page does not scroll under the finger).
#[function_component]
pub fn SignaturePad(props: &SignaturePadProps) -> Html {
    let app = use_app();
    let language = props.language;
    let canvas = use_node_ref();
    let drawing = use_mut_ref(|| false);
    let drawn = use_mut_ref(|| false);
    let message = use_state(|| None::<String>);
    {
        let canvas = canvas.clone();
        use_effect_with((), move |_| blank(&canvas));
    }
    // Drawing again takes back a refusal said before.
    let on_down = {
        let (canvas, drawing, drawn, message) = (canvas.clone(), drawing.clone(), drawn.clone(), message.clone());
        Callback::from(move |event: PointerEvent| {
            if let Some((element, context)) = context(&canvas) {
                event.prevent_default();
                let _ = element.set_pointer_capture(event.pointer_id());
                let (x, y) = point(&element, &event);
                context.begin_path();
                context.move_to(x, y);
                context.line_to(x, y);
                context.stroke();
                *drawing.borrow_mut() = true;
                *drawn.borrow_mut() = true;
                message.set(None);
            }
        })
    };
    let on_move = {
        let (canvas, drawing) = (canvas.clone(), drawing.clone());
        Callback::from(move |event: PointerEvent| {
            if !*drawing.borrow() {
                return;
            }
            if let Some((element, context)) = context(&canvas) {
                let (x, y) = point(&element, &event);
                context.line_to(x, y);
                context.stroke();
            }
        })
    };
    let on_up = {
        let drawing = drawing.clone();
        Callback::from(move |_: PointerEvent| *drawing.borrow_mut() = false)
    };
    let on_clear = {
        let (canvas, drawn, message) = (canvas.clone(), drawn.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            blank(&canvas);
            *drawn.borrow_mut() = false;
            message.set(None);
        })
    };
    let on_confirm = {
        let (canvas, drawn, message, id) = (canvas.clone(), drawn.clone(), message.clone(), props.intervention.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(png) =
                drawn.borrow().then(|| canvas.cast::<HtmlCanvasElement>()).flatten().and_then(|c| png_bytes(&c))
            else {
                return message.set(Some(language.tr(StopText::SignatureEmpty).to_string()));
            };
            let (app, id, message) = (app.clone(), id.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match sign(&app, &id, png).await {
                    Ok(()) => message.set(None),
                    Err(SignError::Refused(error)) => message.set(Some(language.progress_error(&error))),
                    Err(SignError::Storage(error)) => message.set(Some(language.storage_error(&error))),
                }
            });
        })
    };
    html! {
        <div class="signature-pad">
            <p class="stop-details">{ language.tr(StopText::SignatureHint) }</p>
            <canvas ref={canvas} class="signature-canvas" width={WIDTH.to_string()} height={HEIGHT.to_string()}
                aria-label={language.tr(StopText::SignatureImage)} role="img"
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointercancel={on_up} />
            <div class="status-buttons">
                <button class="button signature-clear" type="button" onclick={on_clear}>{ language.tr(StopText::ClearSignature) }</button>
                <button class="button button-primary signature-confirm" type="button" onclick={on_confirm}>{ language.tr(StopText::ConfirmSignature) }</button>
            </div>
            if let Some(message) = &*message { <p class="field-error" role="alert">{ "⚠ " }{ message }</p> }
        </div>
    }
}
