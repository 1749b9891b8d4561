//! The page's side of the planner: workers kept between solves, each holding the decoded
//! region: the first for every request, the others too for a day searched by several at once
//! (`shared_day.rs`).
//!
//! The region's pack is sent, and decoded, once per region and worker: the solves that follow
//! name it and send only the day. A solve cannot be interrupted inside a worker (it runs to its
//! end on the worker's one thread), so replacing or cancelling a running solve stops its
//! workers; the next solve starts others and sends them the region again.

use super::client::take_worker;
use super::protocol::{open, seal, OpenError, Reply, Request, WorkerError};
use super::shared_day::SharedRun;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// What a solve does with each reply.
pub(super) type OnReply = Rc<dyn Fn(Reply)>;

/// What the worker's handlers share with the page.
pub(super) struct Link {
    worker: Worker,
    /// The worker said it listens: messages may go (earlier ones would be lost).
    ready: bool,
    /// Messages waiting for `ready`, with the buffers they transfer.
    waiting: Vec<(js_sys::Array, js_sys::Array)>,
    /// The solve running, and where its replies go.
    pub(super) running: Option<(u64, OnReply)>,
    /// The worker stopped (out of memory…): the next solve starts another.
    pub(super) stopped: bool,
}

impl Link {
    /// Sends `request` now, or once the worker listens; false (and the worker marked stopped)
    /// when it cannot be sent.
    pub(super) fn send_request(&mut self, request: &Request) -> bool {
        self.send(js_sys::Array::of1(&JsValue::from_str(&seal(request))), js_sys::Array::new())
    }

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
    /// The kept workers: the first answers every request, the others join it for a day
    /// searched by several at once.
    static PLANNERS: RefCell<Vec<Planner>> = const { RefCell::new(Vec::new()) };
    static NEXT_SOLVE: Cell<u64> = const { Cell::new(0) };
}

/// The number of the solve running, if any (see [`solve`]).
pub fn running() -> Option<u64> {
    PLANNERS.with(|planners| planners.borrow().iter().find_map(|p| p.link.borrow().running.as_ref().map(|(id, _)| *id)))
}

/// Stops solve number `solve` if it is still running (that is how « Annuler » works, and how a
/// plan another tab stored replaces this tab's run); the next solve starts other workers.
pub fn stop(solve: u64) {
    PLANNERS.with(|planners| {
        planners.borrow_mut().retain(|p| p.link.borrow().running.as_ref().map(|(id, _)| *id) != Some(solve))
    });
}

/// Makes the first `count` kept workers ready for a new solve: those busy with a solve it
/// replaces (only stopping a worker stops its solve) or stopped are dropped, and new ones
/// started; each is sent `pack`, region `region`'s bytes, unless it holds that region already.
fn ready_planners(planners: &mut Vec<Planner>, count: usize, region: u64, pack: &[u8]) -> Result<(), WorkerError> {
    planners.retain(|p| {
        let link = p.link.borrow();
        link.running.is_none() && !link.stopped
    });
    while planners.len() < count {
        planners.push(Planner::start()?);
    }
    for planner in &mut planners[..count] {
        if planner.region != Some(region) {
            let bytes = js_sys::Uint8Array::from(pack);
            let message = js_sys::Array::of2(&JsValue::from_str(&seal(&Request::SetRegion { region })), &bytes);
            if !planner.link.borrow_mut().send(message, js_sys::Array::of1(&bytes.buffer())) {
                return Err(WorkerError::Stopped);
            }
            planner.region = Some(region);
        }
    }
    Ok(())
}

/// Sends `request` (a [`Request::SolveDay`] or a [`Request::FindSlots`] over `region`) to the
/// first worker, first sending it `pack`, the region's bytes, unless it holds that region
/// already; `on_reply` gets the progress and the plan, or why there is none. Returns the solve's
/// number (see [`stop`]); a solve still running is replaced.
pub fn solve(
    region: u64,
    pack: &[u8],
    request: &Request,
    on_reply: impl Fn(Reply) + 'static,
) -> Result<u64, WorkerError> {
    let id = NEXT_SOLVE.with(|next| next.replace(next.get() + 1));
    PLANNERS.with(|planners| {
        let mut planners = planners.borrow_mut();
        ready_planners(&mut planners, 1, region, pack)?;
        let mut link = planners[0].link.borrow_mut();
        if !link.send_request(request) {
            return Err(WorkerError::Stopped);
        }
        link.running = Some((id, Rc::new(on_reply)));
        Ok(id)
    })
}

/// As [`solve`] for a [`Request::SolveDay`], searched by `workers` workers at once sharing their
/// best plan (one: as [`solve`]); the replies are those of one worker's solve, the plan the best
/// of all. The same day and number of workers always give the same plan.
pub fn solve_day(
    region: u64,
    pack: &[u8],
    request: Request,
    workers: usize,
    on_reply: impl Fn(Reply) + 'static,
) -> Result<u64, WorkerError> {
    let Request::SolveDay { day, region: _, iterations, max_seconds, replan, crossing, worker: _ } = request else {
        return solve(region, pack, &request, on_reply);
    };
    if workers <= 1 {
        let request = Request::SolveDay { day, region, iterations, max_seconds, replan, crossing, worker: None };
        return solve(region, pack, &request, on_reply);
    }
    let id = NEXT_SOLVE.with(|next| next.replace(next.get() + 1));
    PLANNERS.with(|planners| {
        let mut planners = planners.borrow_mut();
        ready_planners(&mut planners, workers, region, pack)?;
        let links: Vec<Rc<RefCell<Link>>> = planners[..workers].iter().map(|p| Rc::clone(&p.link)).collect();
        let run = SharedRun::new(&links, Rc::new(on_reply));
        for (worker, link) in links.iter().enumerate() {
            let (day, replan, crossing) = (day.clone(), replan.clone(), crossing.clone());
            let request =
                Request::SolveDay { day, region, iterations, max_seconds, replan, crossing, worker: Some(worker) };
            let mut link = link.borrow_mut();
            if !link.send_request(&request) {
                return Err(WorkerError::Stopped);
            }
            link.running = Some((id, SharedRun::replies_of(&run, worker)));
        }
        Ok(id)
    })
}
