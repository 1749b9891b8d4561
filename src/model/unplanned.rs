//! Why a job was left out of the plan: a code the interface words in the user's language.

use serde::{Deserialize, Serialize};

/// The reason a job is not in anyone's route today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnplannedReason {
    /// Nobody works today: the crew is empty.
    NoTechnician,
    /// No technician working today holds every skill the job needs.
    NoTechnicianWithSkill,
    /// The appointment window cannot be reached from any route, even an empty one.
    WindowUnreachable,
    /// The job fits no shift: it would end after the technician must be back.
    ShiftTooShort,
    /// It fits the shift, but not the technician's longest working time.
    MaxWorkingTime,
    /// Every technician already has their maximum number of jobs.
    MaxJobsReached,
    /// It would fit alone, but a more urgent job took its place: without that job it would fit.
    DisplacedByHigherPriority,
    /// It would fit alone, but the crew's day is full of jobs as urgent as it: only more
    /// working time (another technician, overtime) would let it in.
    CrewFull,
    /// It needs more capacity than any able vehicle has.
    CapacityExceeded,
    /// Its place is inside the road region but far from every road: a wrong coordinate, surely.
    OffRoad,
    /// Only technicians with no route today could take it (it is given to one of them, or only
    /// they hold its skills): their start or end is off the crew's roads.
    TechnicianWithoutRoute,
    /// No road joins its place to the crew on the day's date (a pass closed for the season, or
    /// a road missing from the region).
    NoRoad,
    /// A road the technicians closed cuts its place off from the crew (another road would
    /// reach it without that closure).
    ClosedRoad,
}
