//! One job at a customer's place.

use super::{Inclusion, Priority, Skill, TimeWindow};
use crate::model::{IsoDate, LatLon};
use serde::{Deserialize, Serialize};

/// A job to do today: where, how long, when the customer expects us, and what it needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Intervention {
    /// The dispatcher's reference (ticket number), unique within a day.
    pub id: String,
    /// Customer name as shown to the technician.
    pub customer: String,
    /// Customer phone, for the one-tap call and the prepared SMS.
    #[serde(default)]
    pub phone: Option<String>,
    /// Where the job is.
    pub location: LatLon,
    /// The commune the place was given by, as the department's list spells it: then `location`
    /// is its town hall. Kept so that the form shows the commune again, not bare coordinates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
    /// Time on site, in seconds.
    pub service_s: u32,
    /// Appointment windows; service starts inside one of them. Empty means any time.
    #[serde(default)]
    pub windows: Vec<TimeWindow>,
    /// Skills the technician must hold.
    #[serde(default)]
    pub skills: Vec<Skill>,
    /// Urgency rank: who is visited first.
    #[serde(default)]
    pub priority: Priority,
    /// Whether the job may be dropped when the day is full.
    #[serde(default)]
    pub inclusion: Inclusion,
    /// The street address, as the dispatcher gave it (the place itself is `location`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Free notes for the technician (access code, dog, key at the town hall).
    #[serde(default)]
    pub notes: String,
    /// The technician (id) the crew lead gave this job to: only they may be planned on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// Where it must come in that technician's day, if anywhere in particular.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<StopPin>,
    /// The days this job was postponed from, oldest first (« Reporter »): a vital customer or an
    /// emergency put off twice is for the crew lead to see.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub postponed_from: Vec<IsoDate>,
}

/// A job's place imposed in its technician's day (only for a job given to a technician).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopPin {
    /// The first visit of the day (the key to collect, the customer waiting at opening time).
    First,
    /// The last visit before going home (the job near home, the part to drop at the depot).
    Last,
}
