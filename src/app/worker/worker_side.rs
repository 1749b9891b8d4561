//! The worker's loop. As the planner it keeps the region it was sent, decoded, and optimises
//! each day it is asked over it (or finds the slots to offer a calling customer); as the pack builder it builds a pack from an extract,
//! reporting progress, and sends it back.

use super::first_plan::FirstPlanLater;
use super::protocol::{
    open, seal, InternalError, KnownPlannedDay, OpenError, Reply, Request, SolveTiming, WorkerError,
};
use super::shared_search::{self, SharedDay};
use crate::app::wasm_memory::wasm_memory_bytes;
use crate::io::check_day;
use crate::model::Day;
use crate::model::{DayPlan, Slot};
use crate::plan::closed_legs::legs_crossing_closures;
use crate::plan::day_problem::{day_plan, day_problem_from, DayProblem, DayProblemError, Replan};
use crate::plan::slot_finder::{find_slots, KnownDay, SlotSearch};
use crate::plan::{solve_showing_first, Solution, SolveOptions};
use crate::road::pack::read_pack;
use crate::road::pack_builder::{build_pack, PackSource};
use crate::road::Router;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The region the planner holds, decoded once, with the page's number for it.
struct KeptRegion {
    region: u64,
    router: Router,
}

thread_local! {
    static REGION: RefCell<Option<KeptRegion>> = const { RefCell::new(None) };
    /// Time the last [`Request::SetRegion`] took, reported with the solve that follows it.
    static DECODE_MS: Cell<f64> = const { Cell::new(0.0) };
}

/// Posts `reply` (and `bytes`, transferred without a copy) to the page.
pub(super) fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply, bytes: Option<&[u8]>) {
    let message = js_sys::Array::new();
    message.push(&JsValue::from_str(&seal(reply)));
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
    let request = data.get(0).as_string().ok_or(OpenError::Unreadable).and_then(|json| open::<Request>(&json));
    let payload = data.get(1).dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec());
    match request {
        Ok(Request::BuildPack { extract_name, region_name }) => {
            build(scope, extract_name, region_name, payload.unwrap_or_default())
        }
        Ok(Request::SetRegion { region }) => set_region(scope, region, &payload.unwrap_or_default()),
        Ok(Request::SolveDay { day, region, iterations, max_seconds, replan, crossing, worker: Some(worker) }) => {
            let started = REGION.with(|kept| match &*kept.borrow() {
                Some(kept) if kept.region == region => {
                    let settled = replan.as_ref().map_or(&[][..], |replan| &replan.settled[..]);
                    let crossed = crossing
                        .map(|before| legs_crossing_closures(&kept.router, &day, &before, settled))
                        .unwrap_or_default();
                    let solve = SharedDay { day: *day, budget: (iterations, max_seconds), replan, crossed, worker };
                    shared_search::start(scope, solve, &kept.router)
                }
                _ => Err(WorkerError::RegionMissing),
            });
            if let Err(error) = started {
                post(scope, &Reply::Failed { error }, None);
            }
        }
        Ok(Request::NextEpoch { best }) => shared_search::next_epoch(scope, best),
        Ok(Request::FinishDay) => shared_search::finish(scope),
        Ok(Request::SolveDay { day, region, iterations, max_seconds, replan, crossing, worker: None }) => {
            let solved = REGION.with(|kept| match &*kept.borrow() {
                Some(kept) if kept.region == region => {
                    let solved = solve_day(scope, &day, (iterations, max_seconds), replan.as_ref(), &kept.router);
                    let settled = replan.as_ref().map_or(&[][..], |replan| &replan.settled[..]);
                    let crossed = crossing
                        .map(|before| legs_crossing_closures(&kept.router, &day, &before, settled))
                        .unwrap_or_default();
                    solved.map(|(plan, timing)| (plan, timing, crossed))
                }
                _ => Err(WorkerError::RegionMissing),
            });
            let reply = solved.map_or_else(
                |error| Reply::Failed { error },
                |(plan, timing, crossed)| Reply::DayPlanned { plan: Box::new(plan), timing, crossed },
            );
            post(scope, &reply, None);
        }
        Ok(Request::FindSlots { job, days, region, working_days, window_s, now, max_slots }) => {
            let search = SlotSearch { job: *job, working_days, window_s, now, max_slots };
            let found = REGION.with(|kept| match &*kept.borrow() {
                Some(kept) if kept.region == region => slots(scope, &search, &days, &kept.router),
                _ => Err(WorkerError::RegionMissing),
            });
            let reply = found.map_or_else(
                |error| Reply::Failed { error },
                |(slots, search_ms)| Reply::SlotsFound { slots, search_ms },
            );
            post(scope, &reply, None);
        }
        Err(OpenError::OtherVersion(_)) => post(scope, &Reply::Failed { error: WorkerError::OtherVersion }, None),
        Err(OpenError::Unreadable) => post(scope, &Reply::Failed { error: WorkerError::Unreadable }, None),
    }
}

/// Decodes the pack `bytes` and keeps it as region `region` (the one held before is dropped
/// first, so that two regions never fill the worker's memory together).
fn set_region(scope: &DedicatedWorkerGlobalScope, region: u64, bytes: &[u8]) {
    let started = scope.performance().map_or(0.0, |p| p.now());
    REGION.with(|kept| kept.borrow_mut().take());
    match read_pack(bytes) {
        Ok((_, router)) => {
            REGION.with(|kept| *kept.borrow_mut() = Some(KeptRegion { region, router }));
            DECODE_MS.with(|ms| ms.set(scope.performance().map_or(0.0, |p| p.now()) - started));
        }
        Err(error) => {
            // The reader's own detail, for support: the page words the typed error.
            web_sys::console::error_1(&format!("tournee-worker: {error}").into());
            post(scope, &Reply::Failed { error: WorkerError::Pack(error) }, None)
        }
    }
}

/// The worker's clock, in milliseconds.
pub(super) fn clock_ms(scope: &DedicatedWorkerGlobalScope) -> Result<web_sys::Performance, WorkerError> {
    scope.performance().ok_or(WorkerError::Internal(InternalError::NoClock))
}

/// Checks `day` and builds its problem (or that of its rest, from `replan`) over `router`.
pub(super) fn prepare(day: &Day, replan: Option<&Replan>, router: &Router) -> Result<DayProblem, WorkerError> {
    check_day(day).map_err(WorkerError::Day)?;
    Ok(day_problem_from(day, Some(router), replan, false).inspect_err(|error| {
        if let DayProblemError::Problem(problem) = error {
            web_sys::console::error_1(&format!("tournee-worker: {problem}").into());
        }
    })?)
}

/// The options of a day's search: `iterations` (the same day always gives the same plan), at
/// most `max_seconds`.
pub(super) fn day_options(day: &Day, (iterations, max_seconds): (u64, f64)) -> SolveOptions {
    SolveOptions {
        seed: 1,
        max_iterations: Some(iterations),
        time_limit_s: Some(max_seconds),
        minimise_vehicles: day.fewest_technicians,
    }
}

/// Time the last region's decoding took, reported once, with the solve that follows it.
pub(super) fn take_decode_ms() -> f64 {
    DECODE_MS.with(|ms| ms.replace(0.0))
}

/// Optimises a day (or its rest, from `replan`) for `iterations` (at most `max_seconds`), over
/// the region kept.
fn solve_day(
    scope: &DedicatedWorkerGlobalScope,
    day: &Day,
    budget: (u64, f64),
    replan: Option<&Replan>,
    router: &Router,
) -> Result<(DayPlan, SolveTiming), WorkerError> {
    let performance = clock_ms(scope)?;
    let started = performance.now();
    let prepared = prepare(day, replan, router)?;
    let prepared_at = performance.now();
    let clock = {
        let performance = performance.clone();
        move || performance.now() / 1000.0
    };
    let options = day_options(day, budget);
    // A whole day's first plan is shown if the search goes on; a re-plan is a proposal, judged
    // on its final plan only.
    let first_plan = RefCell::new(FirstPlanLater::new(prepared_at / 1000.0));
    let mut report = |progress: crate::plan::Progress| {
        post(scope, &Reply::SolveProgress { share: progress.share }, None);
        first_plan.borrow_mut().send_if_due(scope, clock(), day, &prepared);
    };
    let mut first = |solution: &Solution| {
        if replan.is_none() {
            first_plan.borrow_mut().keep(solution.clone());
        }
    };
    let solved = solve_showing_first(&prepared.problem, options, &clock, &mut first, &mut report, &|| false);
    let timing = SolveTiming {
        region_ms: take_decode_ms(),
        prepare_ms: prepared_at - started,
        solve_ms: performance.now() - prepared_at,
        iterations: solved.iterations,
    };
    Ok((day_plan(day, &prepared, &solved.solution), timing))
}

/// The slots of `search` over `days` and the region kept, and how long the search took (ms).
fn slots(
    scope: &DedicatedWorkerGlobalScope,
    search: &SlotSearch,
    days: &[KnownPlannedDay],
    router: &Router,
) -> Result<(Vec<Slot>, f64), WorkerError> {
    let now = || scope.performance().map_or(0.0, |p| p.now());
    let started = now();
    for known in days {
        check_day(&known.day).map_err(WorkerError::Day)?;
    }
    let known: Vec<KnownDay> = days.iter().map(|d| KnownDay { day: &d.day, plan: d.plan.as_ref() }).collect();
    let slots = find_slots(search, &known, Some(router))
        .map_err(|error| WorkerError::from_slot_error(error, &search.job.customer))?;
    Ok((slots, now() - started))
}

/// Builds a pack from an extract, reporting progress, and sends it back.
fn build(scope: &DedicatedWorkerGlobalScope, extract_name: String, region_name: String, extract: Vec<u8>) {
    let started = scope.performance().map_or(0.0, |p| p.now());
    let mut last_percent = -1;
    let no_elevation = crate::road::ElevationSet::new();
    let bytes = extract.as_slice();
    let source = PackSource { extract: &bytes, extract_name, region_name, elevation: &no_elevation, area: None };
    let result = build_pack(source, &mut |stage, share| {
        // One message per percent is plenty for a progress bar.
        let percent = (share * 100.0) as i32;
        if percent != last_percent {
            last_percent = percent;
            post(scope, &Reply::Progress { stage, share }, None);
        }
    });
    match result {
        Ok(built) => {
            let (meta, bytes) = (Box::new(built.meta), built.bytes);
            drop(built.router);
            let build_ms = scope.performance().map_or(0.0, |p| p.now()) - started;
            let reply = Reply::PackBuilt { meta, build_ms, memory_bytes: wasm_memory_bytes() };
            post(scope, &reply, Some(&bytes))
        }
        Err(error) => post(scope, &Reply::Failed { error: WorkerError::Extract(error) }, None),
    }
}

/// Entry point of the worker binary: listens for requests until the page terminates it.
pub fn run() {
    // A panic aborts the worker: say why in the console first (the page only sees that it stopped).
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&format!("tournee-worker: {info}").into())));
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let listening = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event| handle(&listening, event));
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives exactly as long as this handler.
    on_message.forget();
    post(&scope, &Reply::Ready, None);
}
