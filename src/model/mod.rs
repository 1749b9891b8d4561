//! The domain of a technician's day, free of any road or browser concern.
//!
//! An [`Intervention`] is a job at a customer's place with an appointment
//! [`TimeWindow`]; a [`Technician`] works a [`Shift`] with [`Skill`]s; a [`Day`]
//! gathers both for one date. Importance is three separate ideas, never one
//! "priority": [`Inclusion`] (must be planned or may be dropped), [`Priority`]
//! (who is visited first) and the appointment window itself.

mod closure;
mod date;
mod day;
mod day_load;
mod day_report;
mod intervention;
mod lat_lon;
mod plan;
mod postponement;
mod priority;
mod progress;
mod skill;
mod slot;
mod technician;
mod time;
mod unplanned;
mod visit_photos;

pub use closure::{ClosureEnd, ClosureReason, RoadClosure};
pub use date::{days_in_month, is_leap_year, DateChar, DateError, IsoDate};
pub use day::{Day, DayError};
pub use day_load::{day_load, DayLoad, TechnicianLoad};
pub use day_report::{day_report, DayReport, Outcome, ReportStop};
pub use intervention::{Intervention, StopPin};
pub use lat_lon::{CoordinateError, LatLon, METRES_PER_DEGREE};
#[cfg(test)]
pub(crate) use plan::test_stop;
pub use plan::{DayPlan, NoRoute, NoRouteCause, PlannedStop, ShiftPlace, TechnicianPlan, UnplannedJob};
pub use postponement::{
    free_day, needs_crew_lead, postpone_into, take_back, unfinished, PostponeError, FLAG_AFTER_POSTPONEMENTS,
};
pub use priority::{Inclusion, Priority};
pub use progress::{DayProgress, EventKind, ProgressError, ProgressEvent, StopStatus};
pub use skill::Skill;
pub use slot::Slot;
pub use technician::{LunchBreak, Shift, Technician};
pub use time::{TimeError, TimeOfDay, TimeWindow};
pub use unplanned::UnplannedReason;
pub use visit_photos::{VisitPhoto, PHOTO_BUDGET_BYTES};
