//! What can stop the export of a plan to a calendar or GPS file, and the instants of its stops.

use super::paris_time::{paris_to_utc, DateError, IsoDate, UtcTime};
use crate::model::TimeError;
use thiserror::Error;

/// Why a plan could not be written as a calendar (ICS) or GPS (GPX) file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExportError {
    /// The plan's date is not a valid `YYYY-MM-DD` date, so no instant can be computed.
    #[error(transparent)]
    Date(#[from] DateError),
    /// A stop carries a time that is not `HH:MM` (a plan file edited by hand).
    #[error("heure de l'arrêt « {id} » : {source}")]
    StopTime {
        /// Id of the stop (intervention id, or `pause-…` for a lunch break).
        id: String,
        /// What is wrong with the time.
        source: TimeError,
    },
    /// The plan has no technician with this id.
    #[error("aucun technicien « {0} » dans le plan")]
    UnknownTechnician(String),
}

/// The UTC instant of a stop's local `HH:MM` time on `date`, or which stop has an unreadable time.
pub(super) fn stop_instant(date: IsoDate, stop_id: &str, time: &str) -> Result<UtcTime, ExportError> {
    let time = time.parse().map_err(|source| ExportError::StopTime { id: stop_id.to_string(), source })?;
    Ok(paris_to_utc(date, time))
}
