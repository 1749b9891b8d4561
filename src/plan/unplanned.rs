//! Why a job was left out of the plan, in words the technician understands.

use serde::{Deserialize, Serialize};
use std::fmt;

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
    /// It would fit alone, but more urgent jobs took the time.
    DisplacedByHigherPriority,
    /// It needs more capacity than any able vehicle has.
    CapacityExceeded,
    /// Its place is inside the road region but far from every road: a wrong coordinate, surely.
    OffRoad,
}

impl fmt::Display for UnplannedReason {
    /// The French sentence shown under the job in the Journée tab.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UnplannedReason::NoTechnician => "aucun technicien dans l'équipe du jour",
            UnplannedReason::NoTechnicianWithSkill => "aucun technicien n'a la compétence requise",
            UnplannedReason::WindowUnreachable => "créneau impossible à atteindre",
            UnplannedReason::ShiftTooShort => "journée trop courte",
            UnplannedReason::MaxWorkingTime => "durée maximale de travail dépassée",
            UnplannedReason::MaxJobsReached => "nombre maximal d'interventions atteint",
            UnplannedReason::DisplacedByHigherPriority => "place prise par des interventions plus urgentes",
            UnplannedReason::CapacityExceeded => "dépasse la capacité du véhicule",
            UnplannedReason::OffRoad => "lieu loin de toute route : vérifiez ses coordonnées",
        })
    }
}
