//! The first plan of a whole day's solve, sent to the page only when the search is still going
//! on a second later: a quick search sends its final plan alone, so the page never shows two
//! plans in turn, nor decodes one it would not show (a storm day's is 600 stops).

use super::protocol::Reply;
use super::worker_side::post;
use crate::model::Day;
use crate::plan::day_problem::{day_plan, DayProblem};
use crate::plan::Solution;
use web_sys::DedicatedWorkerGlobalScope;

/// Time after the search's start when its first plan is worth showing, in seconds: the demo
/// day's search ends well before on a phone of today (about 0.3 s), a storm day's (the 5 s cap)
/// does not.
const FIRST_PLAN_AFTER_S: f64 = 1.0;

/// The first plan kept until it is due, then sent once (none kept: nothing is sent).
pub(super) struct FirstPlanLater {
    plan: Option<Solution>,
    started_s: f64,
}

impl FirstPlanLater {
    /// Nothing kept yet, for a search that started at `started_s`.
    pub fn new(started_s: f64) -> FirstPlanLater {
        FirstPlanLater { plan: None, started_s }
    }

    /// Keeps `plan`, the search's first, to send when it is due (a whole day's only: a re-plan
    /// is a proposal, judged on its final plan).
    pub fn keep(&mut self, plan: Solution) {
        self.plan = Some(plan);
    }

    /// Sends the first plan, once, if the search has gone on for [`FIRST_PLAN_AFTER_S`] at
    /// `now_s`.
    pub fn send_if_due(&mut self, scope: &DedicatedWorkerGlobalScope, now_s: f64, day: &Day, prepared: &DayProblem) {
        if now_s - self.started_s < FIRST_PLAN_AFTER_S {
            return;
        }
        if let Some(first) = self.plan.take() {
            post(scope, &Reply::FirstPlan { plan: Box::new(day_plan(day, prepared, &first)) }, None);
        }
    }
}
