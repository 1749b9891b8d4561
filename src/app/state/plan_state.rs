//! Where the day's plan stands, as the state holds it. The planning side
//! ([`crate::app::planning`]) starts solves and stores plans, and dispatches these.

use super::failure::Failure;
use crate::app::idb::StorageError;
use crate::model::DayPlan;
use crate::plan::closed_legs::CrossedLeg;
use crate::plan::replan::StopChange;
use std::rc::Rc;

/// Where the day's plan stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum PlanState {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// The worker is optimising; the plan before this run stays visible below the progress.
    Solving {
        /// The solve's number in the planner worker (see [`crate::app::worker::planner`]).
        solve: u64,
        /// Share of the iteration budget done, 0 to 1.
        share: f64,
        /// The plan before this run, if any.
        previous: Option<Rc<DayPlan>>,
        /// This run's first feasible plan, shown instead of the previous one while the search
        /// improves it, once the search has gone on for a while (a storm day, a slow phone).
        first: Option<Rc<DayPlan>>,
    },
    /// The plan.
    Ready(Rc<DayPlan>),
    /// A re-planned rest of the day, waiting for the technician to accept it.
    Proposed {
        /// The plan followed until now.
        current: Rc<DayPlan>,
        /// The plan to follow if accepted (closed stops kept ahead of the new ones).
        proposal: Rc<DayPlan>,
        /// What changes for each customer, missed appointments first.
        changes: Rc<Vec<StopChange>>,
        /// The legs of the plan followed that cross a road closed since (empty when no
        /// closure changed).
        crossed: Rc<Vec<CrossedLeg>>,
    },
    /// Optimising failed, or the day could not be read: why.
    Failed(Failure),
    /// The stored day was written by a newer version of the app (its envelope's `schema`): it
    /// is left untouched, and the user may update the app or set it aside to start anew.
    NewerDay {
        /// The schema of the stored day.
        schema: u32,
        /// Why setting it aside failed, once the user asked (nothing was changed).
        set_aside_failed: Option<StorageError>,
    },
}

impl PlanState {
    /// The plan to show: the ready one, or while optimising its first plan (once shown), else the
    /// previous one.
    pub fn plan(&self) -> Option<&Rc<DayPlan>> {
        match self {
            PlanState::Ready(plan)
            | PlanState::Solving { first: Some(plan), .. }
            | PlanState::Solving { first: None, previous: Some(plan), .. }
            | PlanState::Proposed { current: plan, .. } => Some(plan),
            _ => None,
        }
    }
}
