//! Roads: where things are and how long it takes to drive between them.
//!
//! [`osm`] reads an OpenStreetMap extract into a [`RoadGraph`] whose arcs carry
//! travel times from the mountain model of [`travel_time`]; [`ch`] prepares it
//! for fast queries (contraction hierarchy) and answers routes and many-to-many
//! matrices.

mod attribution;
mod bounds;
pub mod cch;
pub mod ch;
pub mod clip;
pub mod closure_point;
mod communes;
pub(crate) mod compact_geometry;
mod elevation;
mod estimate;
pub mod graph;
pub mod legs;
pub mod osm;
pub mod pack;
pub mod pack_builder;
pub mod router;
pub mod snap;
pub mod travel_time;

pub use crate::model::{CoordinateError, LatLon, METRES_PER_DEGREE};
pub use attribution::OSM_ATTRIBUTION;
pub use bounds::BoundingBox;
pub use communes::{fold_accents, Commune, CommuneDataError, CommuneError, CommuneRef, Communes, LISTED_IN_MESSAGE};
pub use elevation::{ElevationError, ElevationSet, ElevationTile};
pub use estimate::{estimate_travel, EstimatePoint, TravelEstimate};
pub use graph::{Metric, RoadGraph};
pub use router::{ClosedRoads, RoadMatrix, Route, RouteError, Router};
