//! A slot the crew can offer a calling customer: a day, a window, the technician who would
//! come, what it costs in driving and how much margin it leaves to the appointments already
//! promised that day.

use super::{IsoDate, TimeOfDay, TimeWindow};
use serde::{Deserialize, Serialize};

/// One slot to offer, as the slot finder ranks them (see `plan::slot_finder`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    /// The day.
    pub date: IsoDate,
    /// The window promised to the customer: service starts inside it.
    pub window: TimeWindow,
    /// The technician who would come (id).
    pub technician: String,
    /// Their name, as the crew knows them.
    pub technician_name: String,
    /// Minutes of driving the visit adds to that technician's day.
    pub extra_drive_min: u32,
    /// The smallest margin, in minutes, left to any appointment already promised on that
    /// technician's day once the visit is inserted (`None`: no appointment promised there).
    pub risk_min: Option<u32>,
    /// Where the visit goes in that technician's planned stops (0: before the first).
    pub position: usize,
    /// When service would start, as planned (inside `window`).
    pub start: TimeOfDay,
}
