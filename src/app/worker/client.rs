//! The page's side: a worker started ahead of need, and one-off tasks (a pack build) in a
//! worker of their own, followed until they end or are dropped.

use super::protocol::{open, seal, OpenError, Reply, Request, WorkerError, WORKER_SCRIPT};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// A worker started ahead of need (at start-up, while the page fetches the region), so that
/// the first plan does not wait for the worker's code to load.
struct Spare {
    worker: Worker,
    ready: std::rc::Rc<std::cell::Cell<bool>>,
    _on_ready: Closure<dyn Fn(MessageEvent)>,
}

thread_local! {
    static SPARE: std::cell::RefCell<Option<Spare>> = const { std::cell::RefCell::new(None) };
}

/// Starts a worker now for the next task, if none is waiting.
pub fn warm_up() {
    SPARE.with(|spare| {
        if spare.borrow().is_some() {
            return;
        }
        let Ok(worker) = Worker::new(WORKER_SCRIPT) else { return };
        let ready = std::rc::Rc::new(std::cell::Cell::new(false));
        let on_ready = {
            let ready = std::rc::Rc::clone(&ready);
            Closure::<dyn Fn(MessageEvent)>::new(move |_: MessageEvent| ready.set(true))
        };
        worker.set_onmessage(Some(on_ready.as_ref().unchecked_ref()));
        *spare.borrow_mut() = Some(Spare { worker, ready, _on_ready: on_ready });
    });
}

/// The waiting worker and whether it is ready, or a new one.
pub(super) fn take_worker() -> Result<(Worker, bool), WorkerError> {
    if let Some(spare) = SPARE.with(|spare| spare.borrow_mut().take()) {
        return Ok((spare.worker, spare.ready.get()));
    }
    let worker = Worker::new(WORKER_SCRIPT).map_err(|e| {
        web_sys::console::error_1(&e);
        WorkerError::Stopped
    })?;
    Ok((worker, false))
}

/// A running task; dropping it stops the worker (that is how "Annuler" works).
pub struct WorkerTask {
    worker: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl WorkerTask {
    /// Starts a worker and sends it `request` with `payload` (file bytes, moved without a copy)
    /// once it is ready; `on_reply` gets each reply, with the bytes that come with it.
    pub fn start(
        request: &Request,
        payload: Option<js_sys::Uint8Array>,
        on_reply: impl Fn(Reply, Option<Vec<u8>>) + 'static,
    ) -> Result<WorkerTask, WorkerError> {
        let (worker, ready) = take_worker()?;
        let on_reply = std::rc::Rc::new(on_reply);
        let message = js_sys::Array::of1(&JsValue::from_str(&seal(request)));
        let transfer = js_sys::Array::new();
        if let Some(payload) = &payload {
            message.push(payload);
            transfer.push(&payload.buffer());
        }
        // Sends the request (once the worker listens).
        let send = {
            let (on_reply, worker) = (std::rc::Rc::clone(&on_reply), worker.clone());
            move || {
                if worker.post_message_with_transfer(&message, &transfer).is_err() {
                    on_reply(Reply::Failed { error: WorkerError::Stopped }, None);
                }
            }
        };
        let on_message = {
            let (on_reply, send) = (std::rc::Rc::clone(&on_reply), send.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                let data = js_sys::Array::from(&event.data());
                let reply = data.get(0).as_string().ok_or(OpenError::Unreadable).and_then(|json| open::<Reply>(&json));
                let bytes = data.get(1).dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec());
                match reply {
                    Ok(Reply::Ready) => send(),
                    Ok(reply) => on_reply(reply, bytes),
                    Err(OpenError::OtherVersion(_)) => {
                        on_reply(Reply::Failed { error: WorkerError::OtherVersion }, None)
                    }
                    Err(OpenError::Unreadable) => on_reply(Reply::Failed { error: WorkerError::Unreadable }, None),
                }
            })
        };
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Some(error) = event.dyn_ref::<web_sys::ErrorEvent>() {
                web_sys::console::error_1(&format!("tournee-worker stopped: {}", error.message()).into());
            }
            on_reply(Reply::Failed { error: WorkerError::Stopped }, None);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // A worker started ahead has said Ready already: the request goes now.
        if ready {
            send();
        }
        Ok(WorkerTask { worker, _on_message: on_message, _on_error: on_error })
    }
}

impl Drop for WorkerTask {
    fn drop(&mut self) {
        // Handlers first: a message already queued must not reach a closure about to be freed.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
