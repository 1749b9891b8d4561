//! « Proposer un créneau »: the slots to offer a calling customer, found in the planner worker
//! over the region it keeps (over the crew's working days and slot width, Réglages), the day the app holds and its plan (the next working days are free
//! days of the same crew: the app keeps one day), and the slot chosen booked into that day.

use super::day::{edit_day, DayPart};
use super::{now, today};
use crate::app::state::{AppContext, PlanState};
use crate::app::worker::planner;
use crate::app::worker::protocol::{KnownPlannedDay, Reply, Request, WorkerError};
use crate::model::{Intervention, Slot};

/// Slots shown at most: enough to choose from on the phone, the first few go by SMS.
pub const SLOTS_SHOWN: usize = 6;

/// Why a search cannot start now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotsUnavailable {
    /// The day is being optimised: the worker is busy with it (a search would stop it).
    Solving,
    /// No day, or no region to route over yet.
    NotReady,
}

/// Looks for the slots of `job` in the planner worker; `on_found` gets them, best first, or why
/// there are none. Nothing is offered today before the time now.
pub fn find_slots(
    app: &AppContext,
    job: Intervention,
    on_found: impl Fn(Result<Vec<Slot>, WorkerError>) + 'static,
) -> Result<(), SlotsUnavailable> {
    let latest = app.latest();
    if matches!(latest.plan, PlanState::Solving { .. }) {
        return Err(SlotsUnavailable::Solving);
    }
    let (Some(day), Some(pack)) = (latest.day.as_ref(), latest.pack.as_ref()) else {
        return Err(SlotsUnavailable::NotReady);
    };
    let plan = latest.sync.followed.as_ref().map(|plan| (**plan).clone());
    let request = Request::FindSlots {
        job: Box::new(job),
        days: vec![KnownPlannedDay { day: (**day).clone(), plan }],
        region: pack.number,
        working_days: latest.settings.slot_days as usize,
        window_s: latest.settings.slot_window_min * 60,
        now: (day.date == today()).then(now),
        max_slots: SLOTS_SHOWN,
    };
    let on_reply = move |reply: Reply| match reply {
        Reply::SlotsFound { slots, search_ms } => {
            web_sys::console::info_1(&format!("Tournée : créneaux cherchés en {search_ms:.0} ms").into());
            on_found(Ok(slots));
        }
        Reply::Failed { error } => on_found(Err(error)),
        _ => {}
    };
    planner::solve(pack.number, &pack.bytes, &request, on_reply).map(|_| ()).map_err(|error| {
        web_sys::console::error_1(&format!("tournee: {error:?}").into());
        SlotsUnavailable::NotReady
    })
}

/// Books `slot` for `job` into the current day: the job (added, or in place of its copy) gets
/// the slot's window as its appointment, and the day is stored and re-planned.
pub fn book_slot(app: &AppContext, job: &Intervention, slot: &Slot) {
    let booked = Intervention { windows: vec![slot.window], ..job.clone() };
    edit_day(app, DayPart::Interventions, |day| {
        match day.interventions.iter_mut().find(|other| other.id == booked.id) {
            Some(kept) => {
                // Who the crew lead gave the job to and its pin stay, as when it is edited.
                let (assigned_to, pin) = (kept.assigned_to.take(), kept.pin);
                *kept = Intervention { assigned_to, pin, ..booked };
            }
            None => day.interventions.push(booked),
        }
    });
}
