//! Roads: where things are and how long it takes to drive between them.
//!
//! This first slice holds validated coordinates, region bounds and the
//! straight-line distance every later piece builds on. The OSM import, the
//! travel-time model, snapping, the contraction hierarchy and region packs
//! follow the flow described in the crate docs.

mod attribution;
mod bounds;
mod lat_lon;

pub use attribution::OSM_ATTRIBUTION;
pub use bounds::BoundingBox;
pub use lat_lon::{CoordinateError, LatLon};
