//! The page's side of the planner: one worker kept between solves, holding the decoded region.
//!
//! The region's pack is sent, and decoded, once per region: the solves that follow name it and
//! send only the day. A solve cannot be interrupted inside the worker (it runs to its end on
//! the worker's one thread), so replacing or cancelling a running solve stops that worker; the
//! next solve starts another and sends it the region again.

use super::client::take_worker;
use super::protocol::{open, seal, OpenError, Reply, Request, WorkerError};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// What a solve does with each reply.
type OnReply = Rc<dyn Fn(Reply)>;

/// What the worker's handlers share with the page.
struct Link {
    worker: Worker,
    /// The worker said it listens: messages may go (earlier ones would be lost).
    ready: bool,
    /// Messages waiting for `ready`, with the buffers they transfer.
    waiting: Vec<(js_sys::Array, js_sys::Array)>,
    /// The solve running, and where its replies go.
    running: Option<(u64, OnReply)>,
    /// The worker stopped (out of memory…): the next solve starts another.
    stopped: bool,
}

impl Link {
    /// Sends `message` now, or once the worker listens; false (and the worker marked stopped)
    /// when it cannot be sent.
    fn send(&mut self, message: js_sys::Array, transfer: js_sys::Array) -> bool {
        if !self.ready {
            self.waiting.push((message, transfer));
        } else if self.worker.post_message_with_transfer(&message, &transfer).is_err() {
            self.stopped = true;
        }
        !self.stopped
    }
}

/// The running solve, if any, ends with `error`. Its handler runs once `link` is no longer
/// borrowed: it may drop the solve, which looks at `link` again.
fn end_with(link: &RefCell<Link>, error: WorkerError) {
    let running = link.borrow_mut().running.take();
    if let Some((_, on_reply)) = running {
        on_reply(Reply::Failed { error });
    }
}

/// The kept worker.
struct Planner {
    link: Rc<RefCell<Link>>,
    /// The region the worker holds (sent to it), by the page's number.
    region: Option<u64>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl Planner {
    /// A planner on the worker started ahead, or on a new one.
    fn start() -> Result<Planner, WorkerError> {
        let (worker, ready) = take_worker()?;
        let link = Rc::new(RefCell::new(Link {
            worker: worker.clone(),
            ready,
            waiting: Vec::new(),
            running: None,
            stopped: false,
        }));
        let on_message = {
            let link = Rc::clone(&link);
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                let data = js_sys::Array::from(&event.data());
                let reply = data.get(0).as_string().ok_or(OpenError::Unreadable).and_then(|json| open::<Reply>(&json));
                match reply {
                    Ok(Reply::Ready) => {
                        let sent = {
                            let mut link = link.borrow_mut();
                            link.ready = true;
                            std::mem::take(&mut link.waiting).into_iter().all(|(m, t)| link.send(m, t))
                        };
                        if !sent {
                            end_with(&link, WorkerError::Stopped);
                        }
                    }
                    Ok(reply) => {
                        // The plan, the slots or a failure end the request; progress leaves it running.
                        let ends =
                            matches!(reply, Reply::DayPlanned { .. } | Reply::SlotsFound { .. } | Reply::Failed { .. });
                        let running = {
                            let mut link = link.borrow_mut();
                            if ends {
                                link.running.take()
                            } else {
                                link.running.clone()
                            }
                        };
                        if let Some((_, on_reply)) = running {
                            on_reply(reply);
                        }
                    }
                    Err(OpenError::OtherVersion(_)) => end_with(&link, WorkerError::OtherVersion),
                    Err(OpenError::Unreadable) => end_with(&link, WorkerError::Unreadable),
                }
            })
        };
        let on_error = {
            let link = Rc::clone(&link);
            Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                if let Some(error) = event.dyn_ref::<web_sys::ErrorEvent>() {
                    web_sys::console::error_1(&format!("tournee-worker stopped: {}", error.message()).into());
                }
                // The worker is gone, and the region with it: the next solve starts another.
                link.borrow_mut().stopped = true;
                end_with(&link, WorkerError::Stopped);
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Planner { link, region: None, _on_message: on_message, _on_error: on_error })
    }
}

impl Drop for Planner {
    fn drop(&mut self) {
        let link = self.link.borrow();
        link.worker.set_onmessage(None);
        link.worker.set_onerror(None);
        link.worker.terminate();
    }
}

thread_local! {
    static PLANNER: RefCell<Option<Planner>> = const { RefCell::new(None) };
    static NEXT_SOLVE: Cell<u64> = const { Cell::new(0) };
}

/// The number of the solve running, if any (see [`solve`]).
pub fn running() -> Option<u64> {
    PLANNER.with(|planner| planner.borrow().as_ref().and_then(|p| p.link.borrow().running.as_ref().map(|(id, _)| *id)))
}

/// Stops solve number `solve` if it is still running (that is how « Annuler » works, and how a
/// plan another tab stored replaces this tab's run); the next solve starts another worker.
pub fn stop(solve: u64) {
    PLANNER.with(|planner| {
        let mut planner = planner.borrow_mut();
        let running = planner.as_ref().and_then(|p| p.link.borrow().running.as_ref().map(|(id, _)| *id));
        if running == Some(solve) {
            planner.take();
        }
    });
}

/// Sends `request` (a [`Request::SolveDay`] or a [`Request::FindSlots`] over `region`) to the planner, first sending it
/// `pack`, the region's bytes, unless it holds that region already; `on_reply` gets the
/// progress and the plan, or why there is none. Returns the solve's number (see [`stop`]); a
/// solve still running is replaced.
pub fn solve(
    region: u64,
    pack: &[u8],
    request: &Request,
    on_reply: impl Fn(Reply) + 'static,
) -> Result<u64, WorkerError> {
    let id = NEXT_SOLVE.with(|next| next.replace(next.get() + 1));
    PLANNER.with(|planner| {
        let mut planner = planner.borrow_mut();
        if planner.as_ref().is_some_and(|p| {
            let link = p.link.borrow();
            link.running.is_some() || link.stopped
        }) {
            // Busy with a solve this one replaces (only stopping the worker stops it), or stopped.
            planner.take();
        }
        if planner.is_none() {
            *planner = Some(Planner::start()?);
        }
        let planner = planner.as_mut().expect("started above");
        let mut link = planner.link.borrow_mut();
        if planner.region != Some(region) {
            let bytes = js_sys::Uint8Array::from(pack);
            let message = js_sys::Array::of2(&JsValue::from_str(&seal(&Request::SetRegion { region })), &bytes);
            if !link.send(message, js_sys::Array::of1(&bytes.buffer())) {
                return Err(WorkerError::Stopped);
            }
            planner.region = Some(region);
        }
        if !link.send(js_sys::Array::of1(&JsValue::from_str(&seal(request))), js_sys::Array::new()) {
            return Err(WorkerError::Stopped);
        }
        link.running = Some((id, Rc::new(on_reply)));
        Ok(id)
    })
}
