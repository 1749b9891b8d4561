//! A technician and the limits of their working day.

use super::{Skill, TimeOfDay, TimeWindow};
use crate::model::LatLon;
use serde::{Deserialize, Serialize};

/// A lunch break of `duration_s` seconds, taken wherever the technician is, starting inside `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LunchBreak {
    /// When the break may start (for example 11:45–14:00).
    pub window: TimeWindow,
    /// Length of the break, in seconds.
    pub duration_s: u32,
}

/// The limits of one working day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shift {
    /// Leaves the start place no earlier than this.
    pub start: TimeOfDay,
    /// End of normal hours: back at the end place by then, or within `overtime_s` after it.
    pub end: TimeOfDay,
    /// Where the day starts (home or depot).
    pub start_place: LatLon,
    /// Where the day ends; may differ from the start.
    pub end_place: LatLon,
    /// Lunch break, if the technician takes one.
    #[serde(default)]
    pub lunch: Option<LunchBreak>,
    /// Most jobs in a day, if capped.
    #[serde(default)]
    pub max_jobs: Option<u32>,
    /// Longest working time, departure to return (waiting and lunch included), in seconds, if
    /// capped: a long shift window need not be a long day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_work_s: Option<u32>,
    /// Overtime allowed after `end`, in seconds: the plan may bring the technician back that
    /// much later rather than leave a job out, and keeps overtime as short as it can.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overtime_s: Option<u32>,
}

/// A technician who can be given jobs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Technician {
    /// Stable identifier (employee number or initials).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Skills held.
    pub skills: Vec<Skill>,
    /// Today's shift.
    pub shift: Shift,
}

impl Technician {
    /// Whether this technician holds every skill in `required`.
    pub fn can_do(&self, required: &[Skill]) -> bool {
        required.iter().all(|skill| self.skills.contains(skill))
    }
}
