//! Planning: turn a day and a travel-time matrix into each technician's ordered stops.
//!
//! The optimiser works on flat arrays of indices and an asymmetric
//! [`TravelMatrix`], never on the road graph. Jobs it cannot place carry an
//! [`UnplannedReason`] the technician can read.

mod travel_matrix;
mod unplanned;

pub use travel_matrix::{MatrixError, TravelMatrix};
pub use unplanned::UnplannedReason;
