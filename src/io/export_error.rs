//! What can stop the export of a plan to a calendar file.

use thiserror::Error;

/// Why a plan could not be written as a calendar (ICS) file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExportError {
    /// The plan has no technician with this id.
    #[error("no technician \"{0}\" in the plan")]
    UnknownTechnician(String),
}
