//! Where each technician stands when the day is re-planned: the input of a re-plan.

use crate::model::{LatLon, TimeOfDay};
use serde::{Deserialize, Serialize};

/// Where a technician stands when the day is re-planned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechnicianNow {
    /// Current position (geolocation, else the last stop).
    pub position: LatLon,
    /// When they are free: the end of the job in progress, or now.
    pub free_at: TimeOfDay,
    /// The next stop, already announced to its customer: kept first (intervention id).
    pub next_locked: Option<String>,
    /// When the technician left in the morning: the longest working time counts from it.
    #[serde(default)]
    pub working_since: Option<TimeOfDay>,
}

/// A re-planning request: the day goes on from here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Replan {
    /// Interventions done or in progress: not planned again (ids).
    pub settled: Vec<String>,
    /// Each technician's situation, in the day's order.
    pub technicians: Vec<TechnicianNow>,
    /// Technicians (ids) who have had their lunch break already: not planned again.
    #[serde(default)]
    pub lunch_taken: Vec<String>,
}
