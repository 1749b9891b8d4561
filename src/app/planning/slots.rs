//! « Proposer un créneau »: the slots to offer a calling customer, found in the planner worker
//! over the region it keeps (over the crew's working days and slot width, Réglages), the day on
//! screen and the days stored after it with their plans (a working day without one is a free
//! day of the same crew), and the slot chosen booked into its day.

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
    // The days stored after it, each with the plan made for it (one not planned yet is skipped
    // by the search: its appointments' times are not known).
    let later = latest.other.after(day.date).map(|stored| KnownPlannedDay {
        day: stored.day.clone(),
        plan: latest.other.plan_on(stored.day.date).map(|plan| (*plan).clone()),
    });
    let request = Request::FindSlots {
        job: Box::new(job),
        days: std::iter::once(KnownPlannedDay { day: (**day).clone(), plan }).chain(later).collect(),
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

/// Books `slot` for `job`: the job gets the slot's window as its appointment, in the day on
/// screen (added, or in place of its copy; then stored and re-planned) or in the later day of
/// the slot's date (see [`super::other_days::book_into`]).
pub fn book_slot(app: &AppContext, job: &Intervention, slot: &Slot) {
    let booked = Intervention { windows: vec![slot.window], ..job.clone() };
    if app.latest().day.as_ref().is_some_and(|day| day.date != slot.date) {
        return super::other_days::book_into(app, booked, slot.date);
    }
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
