//! The domain of a technician's day, free of any road or browser concern.
//!
//! An [`Intervention`] is a job at a customer's place with an appointment
//! [`TimeWindow`]; a [`Technician`] works a [`Shift`] with [`Skill`]s; a [`Day`]
//! gathers both for one date. Importance is three separate ideas, never one
//! "priority": [`Inclusion`] (must be planned or may be dropped), [`Priority`]
//! (who is visited first) and the appointment window itself.

mod day;
mod intervention;
mod priority;
mod progress;
mod skill;
mod technician;
mod time;

pub use day::{Day, DayError};
pub use intervention::{Intervention, StopPin};
pub use priority::{Inclusion, Priority};
pub use progress::{DayProgress, EventKind, ProgressError, ProgressEvent, StopStatus};
pub use skill::Skill;
pub use technician::{LunchBreak, Shift, Technician};
pub use time::{TimeError, TimeOfDay, TimeWindow};
