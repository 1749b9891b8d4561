//! The worker's loop: receive an extract, build the pack, report progress, send it back.

use super::protocol::{Reply, Request};
use crate::road::pack_builder::{build_pack, PackSource};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Posts `reply` (and `bytes`, transferred without a copy) to the page.
fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply, bytes: Option<&[u8]>) {
    let message = js_sys::Array::new();
    message.push(&JsValue::from_str(&serde_json::to_string(reply).expect("plain data")));
    let transfer = js_sys::Array::new();
    if let Some(bytes) = bytes {
        let array = js_sys::Uint8Array::from(bytes);
        transfer.push(&array.buffer());
        message.push(&array);
    }
    let _ = scope.post_message_with_transfer(&message, &transfer);
}

/// Handles one message from the page.
fn handle(scope: &DedicatedWorkerGlobalScope, event: MessageEvent) {
    let data = js_sys::Array::from(&event.data());
    let request = data.get(0).as_string().and_then(|json| serde_json::from_str::<Request>(&json).ok());
    let Some(Request::BuildPack { extract_name, region_name }) = request else {
        post(scope, &Reply::Failed { message: "message inattendu".into() }, None);
        return;
    };
    let extract = js_sys::Uint8Array::new(&data.get(1)).to_vec();
    let mut last_percent = -1;
    let source = PackSource { extract: &extract, extract_name, region_name, elevation: None };
    let result = build_pack(source, &mut |stage, share| {
        // One message per percent is plenty for a progress bar.
        let percent = (share * 100.0) as i32;
        if percent != last_percent {
            last_percent = percent;
            post(scope, &Reply::Progress { stage, share }, None);
        }
    });
    match result {
        Ok(built) => post(scope, &Reply::PackBuilt { meta: Box::new(built.meta) }, Some(&built.bytes)),
        Err(error) => post(scope, &Reply::Failed { message: error.to_string() }, None),
    }
}

/// Entry point of the worker binary: listens for requests until the page terminates it.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let listening = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event| handle(&listening, event));
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives exactly as long as this handler.
    on_message.forget();
    post(&scope, &Reply::Ready, None);
}
